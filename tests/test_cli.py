"""The console script as a user runs it: JSON shapes, scopes, clear errors and exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.helpers import FIXTURES


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


def test_init_demo_json_lists_the_demo_accounts(demo_home: Path, manifest: dict) -> None:
    res = run_cli(demo_home, "init", "--demo", "--json", check=True)  # idempotent: the demo is already there
    accounts = json.loads(res.out)["accounts"]
    assert [a["role"] for a in accounts] == ["employee", "manager", "hrbp", "hr_admin"]
    assert all(set(a) == {"id", "name", "role"} for a in accounts)
    assert accounts == manifest["accounts"]


def test_people_and_whoami(demo_home: Path, manifest: dict) -> None:
    acc = _acc(manifest)
    people = json.loads(run_cli(demo_home, "people", "--json", as_user=acc["employee"], check=True).out)
    assert len(people) > 280 and set(people[0]) == {"id", "name", "manager_id", "org_unit", "office"}
    me = json.loads(run_cli(demo_home, "whoami", "--json", as_user=acc["manager"], check=True).out)
    assert me["role"] == "manager" and acc["employee"] in me["scope"] and acc["manager"] in me["scope"]
    admin = json.loads(run_cli(demo_home, "whoami", "--json", as_user=acc["hr_admin"], check=True).out)
    assert admin["scope"] is None


def test_readings_inside_and_outside_scope(demo_home: Path, manifest: dict) -> None:
    acc = _acc(manifest)
    employee, manager = acc["employee"], acc["manager"]
    own = json.loads(
        run_cli(demo_home, "ratings", "--of", employee, "--json", as_user=employee, check=True).out
    )
    assert len(own) == 6 and {r["employee_id"] for r in own} == {employee}
    reviews = json.loads(
        run_cli(demo_home, "reviews", "--of", employee, "--json", as_user=manager, check=True).out
    )
    assert {r["kind"] for r in reviews} >= {"self", "manager"}
    okrs = json.loads(
        run_cli(
            demo_home,
            "okrs",
            "--of",
            manager,
            "--cycle",
            manifest["current_cycle"],
            "--json",
            as_user=employee,
            check=True,
        ).out
    )
    assert okrs and all(o["owner_id"] == manager and o["key_results"] for o in okrs)
    secret = json.loads(
        run_cli(demo_home, "reviews", "--of", manager, "--json", as_user=acc["hr_admin"]).out
    )[0]["text"]
    for command in ("ratings", "reviews", "kpis", "potential"):
        res = run_cli(demo_home, "--lang", "en", command, "--of", manager, "--json", as_user=employee)
        assert res.code == 3, (command, res)
        assert res.out == "" and "Not allowed" in res.err and "Traceback" not in res.err
        assert secret[:20] not in res.err
    # without --lang, messages follow the acting user's language preference (this employee: zh)
    res = run_cli(demo_home, "ratings", "--of", manager, as_user=employee)
    assert res.code == 3 and "无权查看" in res.err


def test_clear_errors(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    acc = _acc(manifest)
    res = run_cli(demo_home, "ratings", "--of", acc["employee"])
    assert res.code != 0 and "--as" in res.err and "Traceback" not in res.err
    res = run_cli(demo_home, "--lang", "en", "ratings", "--of", "E9999", as_user=acc["hr_admin"])
    assert res.code == 4 and "No such employee: E9999" in res.err
    res = run_cli(
        demo_home,
        "--lang",
        "en",
        "okrs",
        "--of",
        acc["employee"],
        "--cycle",
        "1999-H1",
        as_user=acc["employee"],
    )
    assert res.code == 4 and "No such cycle: 1999-H1" in res.err
    res = run_cli(tmp_path / "empty", "people", as_user="E0001")
    assert res.code != 0 and "init --demo" in res.err
    res = run_cli(
        demo_home,
        "--lang",
        "en",
        "import",
        "lark",
        str(FIXTURES / "lark" / "okr_v2.json"),
        as_user=acc["manager"],
    )
    assert res.code == 3 and "Only an HR admin" in res.err


def test_export_and_import_through_the_cli(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    acc = _acc(manifest)
    cycle = manifest["cycles"][-2]
    out = tmp_path / "export.json"
    run_cli(
        demo_home, "export", "lark", "--cycle", cycle, "--out", str(out), as_user=acc["hr_admin"], check=True
    )
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["okr_v2"]["objectives"] and bundle["performance"]["datas"]
    # a manager's export holds only what the manager may read
    mine = json.loads(
        run_cli(demo_home, "export", "lark", "--cycle", cycle, as_user=acc["manager"], check=True).out
    )
    me = json.loads(run_cli(demo_home, "whoami", "--json", as_user=acc["manager"], check=True).out)
    assert {d["user_id"]["user_id"] for d in mine["performance"]["datas"]} <= set(me["scope"])
    # importing the admin's export into the demo changes nothing, not even what the format cannot carry
    from assistant.api import Assistant
    from tests.helpers import snapshot

    before = snapshot(Assistant.open(demo_home))
    res = run_cli(demo_home, "import", "lark", str(out), "--json", as_user=acc["hr_admin"], check=True)
    counts = json.loads(res.out)["imported"]
    assert counts["objective"] == len(bundle["okr_v2"]["objectives"]) > 0
    assert snapshot(Assistant.open(demo_home)) == before
    # a manager's export holds only what the manager may read: no private objective of anyone else
    private = [p["objective"] for p in manifest["private_objectives"] if p["owner"] not in me["scope"]]
    text = json.dumps(mine)
    assert private and not any(oid in text for oid in private)


def test_cli_errors_for_files_and_settings(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    acc = _acc(manifest)
    res = run_cli(demo_home, "--lang", "en", "export", "lark", "--cycle", manifest["cycles"][-2], "--out",
                  str(tmp_path / "no" / "such" / "dir.json"), as_user=acc["hr_admin"])  # fmt: skip
    assert res.code != 0 and "Cannot write" in res.err and "Traceback" not in res.err
    res = run_cli(demo_home, "--lang", "en", "people", as_user=acc["employee"],
                  env={"HR_ASSISTANT_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"})  # fmt: skip
    assert res.code == 6 and "Cannot use the database postgresql://nobody@127.0.0.1:1/none" in res.err
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "config.toml").write_text("llm_timeout = 'soon'\n", encoding="utf-8")
    res = run_cli(tmp_path / "cfg", "--lang", "en", "people")
    assert res.code == 2 and "Configuration problem: llm.timeout" in res.err
    res = run_cli(tmp_path / "cfg", "--lang", "zh", "people")
    assert res.code == 2 and "配置项 llm.timeout 的值有误" in res.err and "Input should" not in res.err
    (tmp_path / "cfg" / "config.toml").write_text("[llm]\nmodle = 'qwen'\n", encoding="utf-8")  # a typo
    res = run_cli(tmp_path / "cfg", "--lang", "en", "people")
    assert res.code == 2 and "Unknown setting: llm.modle" in res.err
    res = run_cli(tmp_path / "cfg2", "--lang", "en", "people", env={"HR_ASSISTANT_DATABSE_URL": "sqlite://"})
    assert res.code == 2 and "Unknown setting: HR_ASSISTANT_DATABSE_URL" in res.err
    res = run_cli(tmp_path / "cfg2", "--lang", "en", "people", env={"HR_ASSISTANT_LLM_TIMEOUTS": "3"})
    assert res.code == 2 and "Unknown setting: llm.timeouts" in res.err
    res = run_cli(tmp_path / "cfg2", "--lang", "en", "demo")
    assert res.code != 0 and "Traceback" not in res.err


def test_demo_tour_runs(demo_home: Path) -> None:
    res = run_cli(demo_home, "--lang", "en", "demo", check=True)
    assert "HR admin" in res.out and "Not allowed" in res.out
    tail = res.out[res.out.index("What to try next") :]  # it ends by showing the app, ask and okr check
    assert "make run" in tail and "http://127.0.0.1:7860/" in tail and " ask " in tail and "okr check" in tail


def test_ids_are_case_insensitive_wherever_people_type_them(demo_home: Path, manifest: dict) -> None:
    acc = {a["role"]: a["id"] for a in manifest["accounts"]}
    low = {role: i.lower() for role, i in acc.items()}
    mine = run_cli(demo_home, "--lang", "en", "ratings", "--of", low["employee"], as_user=low["manager"])
    assert mine.code == 0 and manifest["cycles"][-2] in mine.out
    team = run_cli(
        demo_home, "--lang", "en", "okr", "check", "--team", low["manager"], as_user=low["manager"]
    )
    assert team.code == 0 and acc["employee"] in team.out
    refused = run_cli(demo_home, "--lang", "en", "ratings", "--of", low["manager"], as_user=low["employee"])
    assert refused.code != 0 and "outside" in refused.err  # the same scope, whatever the case


def test_index_status_and_rebuild(demo_home: Path, manifest: dict) -> None:
    """`index status` counts the documents to rebuild; `index rebuild` is for HR admins and has nothing to do on
    an index of the current format."""
    acc = _acc(manifest)
    res = run_cli(demo_home, "--lang", "en", "index", "status", as_user=acc["hr_admin"], check=True)
    assert "0 to rebuild" in res.out and "rebuild" not in res.err
    info = json.loads(
        run_cli(demo_home, "index", "status", "--json", as_user=acc["hr_admin"], check=True).out
    )
    assert info["stale"] == 0 and info["documents"] > 0
    assert (
        json.loads(run_cli(demo_home, "index", "rebuild", "--json", as_user=acc["hr_admin"], check=True).out)
        == []
    )
    res = run_cli(demo_home, "--lang", "en", "index", "rebuild", as_user=acc["employee"])
    assert res.code != 0 and "Traceback" not in res.err
