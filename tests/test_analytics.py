"""Analytics: the demo company's planted patterns recovered, small hand-computed cases, scope and small groups."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.analytics.stats import holm, multinomial_test, rater_effects
from assistant.api import Assistant
from assistant.errors import AssistantError, NotFound
from tests.conftest import run_cli


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


def test_the_planted_lenient_and_severe_raters_are_the_ones_flagged(demo: Assistant, manifest: dict) -> None:
    data = demo.analytics.report("leniency", demo.actor(_acc(manifest)["hr_admin"]), lang="en")
    flagged = {r["rater_id"]: r["flag"] for r in data["raters"] if r["flag"]}
    [lenient], [severe] = manifest["lenient_raters"], manifest["severe_raters"]
    assert flagged == {lenient: "lenient", severe: "severe"}
    effects = [r["effect"] for r in data["raters"]]
    assert data["raters"][0]["rater_id"] == lenient and data["raters"][-1]["rater_id"] == severe
    assert effects == sorted(effects, reverse=True)
    naive_flags = sum(abs(r["naive"]) > 0.4 for r in data["raters"])  # what rater means alone would suggest
    assert naive_flags > 2
    top = data["raters"][0]
    assert f"{top['n']} ratings" in top["explanation"] and top["explanation"].startswith("Lenient")


def test_the_off_guideline_department_is_flagged_in_its_cycle_only(demo: Assistant, manifest: dict) -> None:
    admin = demo.actor(_acc(manifest)["hr_admin"])
    breach = manifest["distribution_breach"]
    for cycle in manifest["cycles"][1:]:
        units = demo.analytics.report("distribution", admin, cycle, "en")["units"]
        flagged = {u["unit"] for u in units if u["flag"]}
        assert flagged == ({breach["department"]} if cycle == breach["cycle"] else set()), cycle
    hit = next(u for u in demo.analytics.report("distribution", admin, breach["cycle"], "zh")["units"]
               if u["unit"] == breach["department"])  # fmt: skip
    assert "偏离指引分布" in hit["verdict"] and hit["p_adjusted"] < 0.05


def test_nine_box_and_calibration_moves(demo: Assistant, manifest: dict) -> None:
    admin = demo.actor(_acc(manifest)["hr_admin"])
    planted = manifest["high_potential_low_performers"]
    box = demo.analytics.report("ninebox", admin, planted[0]["cycle"])
    assert {p["employee"] for p in planted} <= {p["id"] for p in box["cells"]["low/high"]["people"]}
    assert sum(c["count"] for c in box["cells"].values()) == manifest["counts"]["rating"] // 6
    moves = demo.analytics.report("calibration", admin, planted[0]["cycle"])["rows"]
    with demo.core.data(admin) as data:
        ratings = data.ratings(cycle_id=planted[0]["cycle"])
    order = "DCBAS"
    assert sum(r["up"] for r in moves) == sum(
        order.index(r.post_calibration) > order.index(r.pre_calibration) for r in ratings
    )
    assert sum(r["down"] for r in moves) == sum(
        order.index(r.post_calibration) < order.index(r.pre_calibration) for r in ratings
    )


def test_small_hand_computed_cases() -> None:
    exact = multinomial_test(np.array([10, 20, 55, 10, 5]), np.array([10, 20, 55, 10, 5]))
    assert exact.p_value > 0.99 and exact.method == "chi-square"
    small = multinomial_test(np.array([2, 1, 1, 0, 0]), np.array([10, 20, 55, 10, 5]))
    assert (
        small.method == "monte-carlo" and 0 < small.p_value < 0.2
    )  # 3 of 4 at the top is unlikely by chance
    assert holm([0.01, 0.04, 0.03, 0.5]) == pytest.approx([0.04, 0.09, 0.09, 0.5])
    # two raters, employees rated by both in turn: rater B gives one grade more than rater A to the same people
    emp = np.array([0, 0, 1, 1, 2, 2, 3, 3])
    rat = np.array([0, 1, 0, 1, 0, 1, 0, 1])
    y = np.array([3, 4, 2, 3, 4, 5, 3, 4], dtype=float)
    fit = rater_effects(emp, rat, y, ["A", "B"])
    assert fit.effect[1] - fit.effect[0] > 0 and fit.sigma < 0.01
    # a rater whose employees no one else rated: nothing to compare, so no effect and no flag
    fit = rater_effects(
        np.array([0, 1, 2, 2]), np.array([0, 0, 1, 2]), np.array([5, 5, 3, 3.0]), ["A", "B", "C"]
    )
    assert fit.effect[0] == 0 and fit.low[0] <= 0 <= fit.high[0]
    # no residual left (one employee, two raters): no rater can be judged
    fit = rater_effects(np.array([0, 0]), np.array([0, 1]), np.array([3, 4.0]), ["A", "B"])
    assert not fit.evidence.any()
    # raters who do not differ: shrunk to zero, yet each interval keeps a width (the uncertainty of the
    # estimated spread counts), never the point [0, 0]
    rng = np.random.default_rng(7)
    emp = np.repeat(np.arange(60), 2)
    rat = np.concatenate([rng.choice(8, 2, replace=False) for _ in range(60)])
    fit = rater_effects(
        emp, rat, np.repeat(rng.normal(3, 1, 60), 2) + rng.normal(0, 0.5, 120), list("ABCDEFGH")
    )
    assert np.all(fit.high - fit.low > 0) and np.all(fit.low <= fit.effect) and np.all(fit.effect <= fit.high)


def test_scope_small_groups_and_bad_input(demo: Assistant, manifest: dict) -> None:
    acc = _acc(manifest)
    employee = demo.actor(acc["employee"])
    units = demo.analytics.report("distribution", employee)["units"]
    assert (
        len(units) == 1 and units[0]["counts"] == {} and units[0]["n"] is None
    )  # one person: not broken out
    hrbp = demo.actor(acc["hrbp"])
    seen = {r["rater_id"] for r in demo.analytics.report("leniency", hrbp)["raters"]}
    everyone = {
        r["rater_id"] for r in demo.analytics.report("leniency", demo.actor(acc["hr_admin"]))["raters"]
    }
    assert seen < everyone
    for report in ("ninebox", "leniency", "achievement"):  # a mistyped cycle is an error, not an empty report
        with pytest.raises(NotFound):
            demo.analytics.report(report, hrbp, "1999-H1")
    with pytest.raises(AssistantError) as exc:
        demo.analytics.report("payroll", hrbp)
    assert "distribution" in exc.value.message("en")


def test_cli_leniency_json_contract(demo_home, manifest: dict) -> None:  # type: ignore[no-untyped-def]
    res = run_cli(
        demo_home, "analytics", "leniency", "--json", as_user=_acc(manifest)["hr_admin"], check=True
    )
    raters = json.loads(res.out)["raters"]
    assert raters and all({"rater_id", "n", "effect", "low", "high", "flag"} <= set(r) for r in raters)
    assert all(
        r["flag"] in ("lenient", "severe", None) and r["low"] <= r["effect"] <= r["high"] for r in raters
    )


def test_exports_and_achievement(demo_home, manifest: dict, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from openpyxl import load_workbook

    admin = _acc(manifest)["hr_admin"]
    for ext in ("xlsx", "docx", "png"):
        out = tmp_path / f"dist.{ext}"
        run_cli(demo_home, "--lang", "zh", "analytics", "distribution", "--cycle", manifest["distribution_breach"]["cycle"],
                "--out", str(out), as_user=admin, check=True)  # fmt: skip
        assert out.stat().st_size > 1000
    sheets = load_workbook(tmp_path / "dist.xlsx").worksheets
    rows = list(sheets[0].iter_rows(values_only=True))
    assert (
        rows[0][0] == "部门"
        and any("偏离指引分布" in str(r[-1]) for r in rows[1:])
        and sheets[1].title == "指引比例"
    )
    doc = Document(str(tmp_path / "dist.docx"))
    assert doc.inline_shapes and doc.paragraphs[0].text == "各部门评级分布与指引对比"
    assert (tmp_path / "dist.png").read_bytes()[:4] == b"\x89PNG"
    res = run_cli(demo_home, "analytics", "achievement", "--json", as_user=admin, check=True)
    rows = json.loads(res.out)["rows"]
    eng = [r for r in rows if r["group"] == "D-engineering" and r["okr_score"] is not None]
    assert len(eng) >= 6 and all(0 <= r["okr_score"] <= 1 for r in eng)
    assert eng[1]["okr_change"] == round(eng[1]["okr_score"] - eng[0]["okr_score"], 3)
    levels = json.loads(run_cli(demo_home, "analytics", "achievement", "--by", "level", "--json", as_user=admin,
                                check=True).out)  # fmt: skip
    home = Assistant.open(demo_home)
    with home.core.data(home.actor(admin)) as data:
        known = {e.level for e in data.people()}
    assert levels["by"] == "level" and {r["group"] for r in levels["rows"]} <= known | {"-"}
    wrong = run_cli(demo_home, "analytics", "achievement", "--by", "shoe_size", as_user=admin)
    assert wrong.code != 0 and "job_family" in wrong.err and "Traceback" not in wrong.err
    bad = run_cli(demo_home, "analytics", "ninebox", "--out", str(tmp_path / "x.pdf"), as_user=admin)
    assert bad.code != 0 and ".xlsx" in bad.err and "Traceback" not in bad.err


PEOPLE = """id,name,manager_id,org_unit,office,role
H1,Ada Admin,,HQ,Shenzhen,hr_admin
M1,Mo Manager,H1,Sales-East,Shanghai,manager
M2,Mei Manager,H1,Sales-West,Shanghai,manager
E1,Eve,M1,Sales-East,Shanghai,employee
E2,Eli,M1,Sales-East,Shanghai,employee
E3,Ema,M2,Sales-West,Shanghai,employee
"""
RATINGS = """employee_id,cycle,rater_id,rating,calibrated_rating,potential
E1,2025-H1,M1,5,4,high
E2,2025-H1,M1,4,3,medium
E3,2025-H1,M2,3,3,low
E1,2025-H2,M2,4,4,high
"""


def test_canonical_headers_import_without_a_mapping(tmp_path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "ratings.csv").write_text(RATINGS, encoding="utf-8")
    run_cli(home, "import", "csv", str(tmp_path / "people.csv"), check=True)
    res = run_cli(home, "import", "csv", str(tmp_path / "ratings.csv"), "--json", as_user="H1", check=True)
    assert "2" in res.out  # two cycles created from their ids
    a = Assistant.open(home)
    with a.core.data(a.actor("H1")) as data:
        units = {u.id for u in data.org_units()}
        assert {"HQ", "Sales-East", "Sales-West"} <= units
        r = data.ratings(of="E1", cycle_id="2025-H1")[0]
        assert (r.pre_calibration, r.post_calibration, r.rater_id) == ("S", "A", "M1")
        assert data.potential(of="E1", cycle_id="2025-H1")[0].potential == "high"
        assert data.cycle("2025-H2").start.month == 7
    raters = json.loads(run_cli(home, "analytics", "leniency", "--json", as_user="H1", check=True).out)[
        "raters"
    ]
    assert raters and all(r["flag"] is None for r in raters)  # 2 ratings each: too little to judge
    (tmp_path / "bad.csv").write_text(RATINGS.splitlines()[0] + "\nE1,2025-H1,M1,7,4,high\nE2,FY25,M1,4,3,\n")
    bad = run_cli(home, "--lang", "zh", "import", "csv", str(tmp_path / "bad.csv"), as_user="H1")
    assert bad.code == 2 and "第 2 行" in bad.err and "1–5" in bad.err and "FY25" in bad.err
    other = tmp_path / "other.csv"
    other.write_text("工号,姓名\n1,张三\n", encoding="utf-8")
    res = run_cli(home, "import", "csv", str(other), as_user="H1")
    assert res.code == 2 and "--mapping" in res.err


def test_the_sandbagging_team_is_flagged_from_the_okr_checker(demo: Assistant, manifest: dict) -> None:
    team = manifest["sandbagging_team"]
    teams = demo.analytics.report("okr-health", demo.actor(_acc(manifest)["hr_admin"]), team["cycles"][-2])[
        "teams"
    ]
    assert {t["unit"] for t in teams if t["sandbagging_flag"]} == {team["org_unit"]}
    row = next(t for t in teams if t["unit"] == team["org_unit"])
    assert row["sandbagging_people"] == len(team["members"]) and 0 < row["kr_finding_share"] <= 1
    # the checks are kept: a second report reads the stored counts; an import clears them
    from assistant.analytics.okr_health import unchecked

    admin = demo.actor(_acc(manifest)["hr_admin"])
    with demo.core.data(admin) as data:
        assert unchecked(data, team["cycles"][-2]) == []
    assert demo.analytics.report("okr-health", admin, team["cycles"][-2])["teams"] == teams
    with demo.core.db.data_transaction():  # as every import writes: the counts go in the same commit
        pass
    with demo.core.data(admin) as data:
        assert set(team["members"]) <= set(unchecked(data, team["cycles"][-2]))


def test_aggregates_only_cover_people_the_viewer_may_see(demo: Assistant, manifest: dict) -> None:
    """Every report is computed over the viewer's scope, so no aggregate (nor the difference of two) holds a
    rating the viewer could not read anyway."""
    manager = demo.actor(_acc(manifest)["manager"])
    cycle = manifest["cycles"][-2]
    with demo.core.data(manager) as data:
        visible = data.ratings(cycle_id=cycle)
    units = demo.analytics.report("distribution", manager, cycle)["units"]
    shown = sum(sum(u["counts"].values()) for u in units)
    assert shown <= len(visible) and all(u["n"] is None or u["n"] >= 5 for u in units)
    boxed = {
        p["id"]
        for c in demo.analytics.report("ninebox", manager, cycle)["cells"].values()
        for p in c["people"]
    }
    assert boxed <= {r.employee_id for r in visible}
    model = demo.analytics.report("leniency", manager, cycle)["model"]
    assert model["employees"] <= len({r.employee_id for r in visible})


def test_drill_down_to_a_unit_stays_within_scope(demo: Assistant, manifest: dict) -> None:
    breach = manifest["distribution_breach"]
    admin = demo.actor(_acc(manifest)["hr_admin"])
    units = demo.analytics.report("distribution", admin, breach["cycle"], unit=breach["department"])["units"]
    assert [u["unit"] for u in units] == [breach["department"]] and units[0]["flag"]
    hrbp = demo.actor(_acc(manifest)["hrbp"])
    theirs = set(manifest["hrbp_assignments"][hrbp.employee_id])
    other = next(d for ds in manifest["hrbp_assignments"].values() for d in ds if d not in theirs)
    assert demo.analytics.report("ninebox", hrbp, breach["cycle"], unit=other)["cells"] == {}
    with pytest.raises(NotFound):
        demo.analytics.report("ninebox", hrbp, breach["cycle"], unit="NO-SUCH-UNIT")
