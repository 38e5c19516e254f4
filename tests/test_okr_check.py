"""The OKR checker end to end: every rule on a real file, the input formats people use, bad input, the HRIS
context (parents, history, KPIs) through the access layer, the team view, and re-checked rewrites."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml

from assistant.api import Assistant
from assistant.errors import AccessDenied, InputError
from assistant.okr.model import OkrSetIn
from tests.conftest import ROOT, run_cli

FIX = ROOT / "tests" / "fixtures" / "okr"


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """An assistant with no HRIS data: checks see only the file."""
    return Assistant.open(tmp_path_factory.mktemp("okr-home"))


def codes(report, target: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in report.findings if f.target == target}


def test_every_rule_fires_where_planted_and_nowhere_else(offline: Assistant) -> None:
    report = offline.okr.check(FIX / "mixed_set.yaml", None, lang="zh")
    assert codes(report, "KR1") == set()  # measurable, baseline, target, deadline, aligned parent related
    assert codes(report, "KR2") == {"KR_NO_METRIC"}
    assert codes(report, "KR3") == {"KR_PLACEHOLDER_TARGET"}
    assert codes(report, "KR4") == {"KR_NO_BASELINE"}
    assert codes(report, "KR5") == {"KR_IS_TASK", "KR_NO_METRIC"}
    assert codes(report, "KR6") == {"AMB_BELOW_BASELINE"}
    assert codes(report, "KR7") == {"KR_NO_BASELINE", "KR_DUPLICATE"}
    assert codes(report, "O1") == {"KR_WEIGHTS"}  # 50 + 30 + 30 = 110%
    # a number; a revenue objective under a people parent: the embedding separates the parents by a few
    # hundredths only (0.06 on an AMD EPYC; less on an Intel Xeon, whose SIMD paths give other low bits), which is
    # within its noise: the declared parent is at most reported as uncertain, at info severity, never weak (the
    # decision itself is tested with set similarities below)
    assert codes(report, "O2") - {"ALIGN_UNCERTAIN"} == {"O_IS_METRIC"}
    assert all(
        f.severity == "info" for f in report.findings if f.target == "O2" and f.code.startswith("ALIGN")
    )
    assert codes(report, "set") == set()  # two objectives, weights 60 + 40
    assert report.parsed["KR1"] == {"metric": "weekly active merchants", "baseline": 12000.0, "target": 15000.0,
                                    "direction": "increase", "deadline": "2026-06-30"}  # fmt: skip
    for f in report.findings:
        assert f.message["zh"] and f.message["en"] and f.message["zh"] != f.message["en"]
    assert 0 < report.score < 100
    weights = next(f for f in report.findings if f.code == "KR_WEIGHTS")
    assert sum(weights.evidence["suggested_weights"].values()) == pytest.approx(1.0)


def test_rewrites_are_rechecked_and_never_shown_fixed_when_they_fail(offline: Assistant) -> None:
    report = offline.okr.check(FIX / "mixed_set.yaml", None, lang="en")
    by = {(f.target, f.code): f for f in report.findings}
    no_base = by[("KR4", "KR_NO_BASELINE")]
    assert "[current value?]" in no_base.rewrite.text and "3,400" in no_base.rewrite.text
    assert no_base.rewrite.verified is False and "KR_NO_BASELINE" in no_base.rewrite.remaining
    below = by[("KR6", "AMB_BELOW_BASELINE")]
    assert "from 80% to [target?]" in below.rewrite.text and not below.rewrite.verified
    # the rewrite, once the owner fills in the gap, passes the same rules
    filled = no_base.rewrite.text.replace("[current value?]", "2,750")
    fixed = offline.okr.check(
        f"objectives:\n  - id: O\n    title: Grow\n    key_results:\n      - {{id: K, text: '{filled}'}}\n",
        None,
    )
    assert not any(f.target == "K" for f in fixed.findings)


def test_cli_json_shape(tmp_path: Path) -> None:
    res = run_cli(tmp_path / "home", "okr", "check", str(FIX / "mixed_set.yaml"), "--json", "--lang", "en")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert 0 <= data["score"] <= 100
    f = data["findings"][0]
    assert set(f) >= {"code", "severity", "target", "message", "suggestion", "evidence"}
    assert f["severity"] in ("error", "warning", "info") and set(f["message"]) == {"zh", "en"}
    targets = {x["target"] for x in data["findings"]}
    assert targets <= {"set", "O1", "O2", "KR1", "KR2", "KR3", "KR4", "KR5", "KR6", "KR7"}
    assert data["parsed"]["KR6"]["baseline"] == 80.0
    severities = [x["severity"] for x in data["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_markdown_in_chinese_and_gitlab_style(offline: Assistant) -> None:
    zh = offline.okr.read(FIX / "team_okrs.md")
    assert [o.title for o in zh.objectives] == ["让新商家在 90 天内成功起步", "提升客服效率"]
    assert zh.objectives[0].weight == 0.6 and [k.weight for k in zh.objectives[0].key_results] == [
        0.4,
        0.3,
        0.3,
    ]
    assert zh.objectives[0].aligned_to == ["C1"]
    report = offline.okr.check(FIX / "team_okrs.md", None, lang="zh")
    kr = {k.text: k.id for o in zh.objectives for k in o.key_results}
    assert codes(report, kr["完成 3 次商家培训"]) == {"KR_IS_TASK"}
    assert codes(report, kr["提升客户满意度"]) == {"KR_PLACEHOLDER_TARGET"}
    assert codes(report, kr["首次响应时长控制在 2 小时以内"]) == {"KR_NO_BASELINE"}
    gl = offline.okr.read(FIX / "gitlab_style.md")
    assert len(gl.objectives) == 2 and len(gl.objectives[0].key_results) == 2
    assert gl.objectives[0].key_results[0].text == "Increase Ultimate adoption by X% versus current estimates"


def test_lark_okr_json_is_read(offline: Assistant) -> None:
    okr_set = offline.okr.read(ROOT / "tests" / "fixtures" / "lark" / "okr_v2.json")
    assert okr_set.objectives and all(o.key_results for o in okr_set.objectives)
    report = offline.okr.check(okr_set, None)
    assert set(report.parsed) == {k.id for o in okr_set.objectives for k in o.key_results}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ('{"hello": "world"}', "no objectives"),
        ("objectives: [\n  - broken", "not valid YAML"),
        ("Just a paragraph about our quarter, nothing structured.", "a mapping with objectives"),
        ("objectives:\n  - {id: O1, title: '', key_results: []}\n", "title"),
        ("objectives:\n  - {id: O1, title: A}\n  - {id: O1, title: B}\n", "duplicate id"),
        (
            "objectives:\n  - {id: O1, title: A, key_results: [{id: K, text: x, deadline: 2026-02-30}]}\n",
            "not valid YAML",
        ),
        ("objectives:\n  - {id: O1, title: A, key_results: [{id: K, text: x, weight: .nan}]}\n", "weight"),
        (
            "objectives:\n  - {id: O1, title: A, key_results: [{id: K, text: " + "y" * 600 + "}]}\n",
            "at most 500",
        ),
    ],
)
def test_bad_input_gets_a_clear_message(tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "set.yaml"
    path.write_text(content, encoding="utf-8")
    res = run_cli(tmp_path / "home", "okr", "check", str(path))
    assert res.code != 0 and needle in res.err and "Traceback" not in res.err


def test_binary_and_oversized_files(tmp_path: Path, offline: Assistant) -> None:
    blob = tmp_path / "set.json"
    blob.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="binary"):
        offline.okr.read(blob)
    big = tmp_path / "big.yaml"
    big.write_text("x" * (2 * 1024 * 1024), encoding="utf-8")
    small = Assistant.open(tmp_path / "h", limits_import_mb=1)
    with pytest.raises(InputError, match="limit"):
        small.okr.read(big)


def test_ten_thousand_krs_are_capped_with_a_note_and_mixed_languages_parse(offline: Assistant) -> None:
    objectives = [{"id": f"O{i}", "title": f"Objective {i}",
                   "key_results": [{"id": f"O{i}.K{j}", "text": f"DAU 从 {i}万 提升到 {i + 1}万（第 {j} 项）"} for j in range(100)]}
                  for i in range(100)]  # fmt: skip
    report = offline.okr.check(OkrSetIn.model_validate({"objectives": objectives}), None, rewrites=False)
    assert any("2000" in n for n in report.notes)
    assert "O_KR_COUNT" in codes(report, "O0") and "SET_OBJECTIVE_COUNT" in codes(report, "set")
    assert len(report.parsed) == 2000
    assert report.parsed["O0.K0"]["baseline"] == 0 and report.parsed["O3.K5"]["target"] == 40000


def test_unknown_parent_and_unknown_cycle_still_check_the_rest(demo: Assistant) -> None:
    text = "cycle: 2099-H1\nobjectives:\n  - id: O1\n    title: Faster checkout\n    aligned_to: [NOPE]\n    key_results:\n      - {id: K1, text: Improve checkout}\n"
    report = demo.okr.check(text, demo.actor("E0004"))
    assert any("2099-H1" in n for n in report.notes)
    assert codes(report, "K1") == {"KR_NO_METRIC"}
    parents = "parents: [{id: P1, title: Make checkout fast}]\n" + text.replace("cycle: 2099-H1\n", "")
    report = demo.okr.check(parents, None)
    assert "ALIGN_UNKNOWN_PARENT" in codes(report, "O1")


def test_hris_parents_history_and_sandbagging(demo: Assistant, manifest: dict) -> None:
    """A planted sandbagging KR (target at or below what the owner already reached) is flagged with a
    concrete higher target that the rules re-check; parents come from the owner's management chain."""
    planted = manifest["sandbagging_key_results"]
    kr_id = next(p["key_result"] for p in planted if p["key_result"].startswith("O-2026-H2"))
    owner = kr_id.split("-")[3]
    report = demo.okr.check(demo.okr.own(demo.actor(owner)), demo.actor(owner), lang="en")
    assert any("Parents from the HRIS (2026-H2)" in n for n in report.notes)
    sandbag = next(f for f in report.findings if f.target == kr_id and f.code == "AMB_SANDBAG")
    assert sandbag.evidence["suggested_target"] is not None
    assert sandbag.rewrite is not None and sandbag.rewrite.verified
    again = demo.okr.check(OkrSetIn.model_validate({"objectives": [{"id": "O", "title": "x", "key_results": [
        {"id": kr_id, "text": sandbag.rewrite.text}]}]}), demo.actor(owner))  # fmt: skip
    assert "AMB_SANDBAG" not in codes(again, kr_id)


def test_team_check_and_scope(demo: Assistant) -> None:
    team = demo.okr.team("E0003", demo.actor("E0003"))
    assert team.rows and all(r.key_results > 0 for r in team.rows)
    with demo.core.data(demo.actor("E0003")) as data:
        reports = {e.id for e in data.direct_reports("E0003")}
        with_okrs = {e for e in reports if data.objectives(of=e, cycle_id=team.cycle_id)}
    assert reports and {r.employee_id for r in team.rows} == with_okrs
    with pytest.raises(AccessDenied):
        demo.okr.team("E0003", demo.actor("E0004"))  # an employee may not see a whole team's findings
    res = run_cli(Path(demo.settings.home), "okr", "check", "--team", "E0003", "--json", as_user="E0003")
    data = json.loads(res.out)
    assert data["cycle"] == "2026-H2" and len(data["rows"]) == len(team.rows)
    assert isinstance(data["uncovered"], list)
    denied = run_cli(Path(demo.settings.home), "okr", "check", "--team", "E0003", as_user="E0004")
    assert denied.code == 3 and "Traceback" not in denied.err


def test_kpi_rules_and_kpi_repeated_as_kr(offline: Assistant) -> None:
    data = yaml.safe_load((FIX / "mixed_set.yaml").read_text(encoding="utf-8"))
    data["kpis"] = [
        {"id": "K1", "name": "GMV达成率", "weight": 35, "formula": "实际GMV÷GMV目标", "data_source": "BI",
         "threshold": 85, "target": 100, "challenge": 115},
        {"id": "K2", "name": "店铺转化率", "weight": 45, "threshold": 2.4, "target": 2.0, "challenge": 2.8},
        {"id": "K3", "name": "退款率", "weight": 20, "direction": "decrease", "formula": "f", "data_source": "OMS",
         "threshold": 6.0, "target": 4.5},
    ]  # fmt: skip
    data["model"] = {"kpi": 60, "okr": 30}
    data["objectives"][0]["key_results"].append({"id": "KR8", "text": "店铺转化率从 2.1% 提升到 2.6%"})
    report = offline.okr.check(OkrSetIn.model_validate(data), None)
    assert {"KPI_NO_FORMULA", "KPI_NO_SOURCE", "KPI_WEIGHT_RANGE", "KPI_LEVELS_ORDER"} <= codes(report, "K2")
    assert "KPI_LEVELS_MISSING" in codes(report, "K3")
    assert "KPI_LEVELS_ORDER" not in codes(report, "K1") and "KPI_NO_FORMULA" not in codes(report, "K1")
    assert "KPI_MODEL_WEIGHTS" in codes(report, "set")
    assert "KPI_AS_KR" in codes(report, "KR8")


def test_accepting_rewrites_weights_and_a_suggested_parent_clears_the_findings(offline: Assistant) -> None:
    from assistant.okr.apply import apply_rewrite

    okr_set = offline.okr.read(FIX / "mixed_set.yaml")
    okr_set.objectives[0].aligned_to = []
    report = offline.okr.check(okr_set, None)
    for code, target in (("KR_WEIGHTS", "O1"), ("ALIGN_SUGGESTED", "O1")):
        finding = next(f for f in report.findings if f.code == code and f.target == target)
        okr_set = apply_rewrite(okr_set, finding)
    assert okr_set.objectives[0].aligned_to == ["C1"]
    after = offline.okr.check(okr_set, None)
    assert not codes(after, "O1") & {"KR_WEIGHTS", "ALIGN_SUGGESTED", "ALIGN_NONE", "ALIGN_WEAK"}


def test_pathological_kr_text_is_parsed_quickly(offline: Assistant) -> None:
    import time

    from assistant.okr.parse_kr import parse_kr

    for text in [("1." * 250)[:499], "a" + " " * 480 + "b", "从" * 200 + "1" * 200, "X%" * 240]:
        start = time.perf_counter()
        parse_kr(text)
        assert time.perf_counter() - start < 2.0, text[:40]


def test_private_okr_visibility_still_checks(demo_home: Path) -> None:
    private = Assistant.open(demo_home, okr_visibility="private")
    report = private.okr.check(FIX / "team_okrs.md", private.actor("E0004"))
    assert report.findings and not any("Parents from the HRIS" in n for n in report.notes)
    assert private.okr.tree(private.actor("E0004"))


def test_okr_check_resolves_the_acting_user_once(demo_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`okr check` reads the user's own OKRs, the HRIS context, history and KPIs: the actor is resolved once."""
    from typer.testing import CliRunner

    import assistant.core
    from assistant.cli.main import app

    calls: list[str] = []
    real = assistant.core.resolve_actor

    def counting(session, employee_id):  # type: ignore[no-untyped-def]
        calls.append(employee_id)
        return real(session, employee_id)

    monkeypatch.setattr(assistant.core, "resolve_actor", counting)
    res = CliRunner().invoke(app, ["--home", str(demo_home), "--as", "e0004", "okr", "check", "--json"])
    assert res.exit_code == 0, res.output
    assert calls == ["e0004"]  # ids are case-insensitive too
    assert json.loads(res.output)["findings"] is not None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_declared_parent_that_serves_the_other_group_is_weak(offline: Assistant, lang: str) -> None:
    """Shared words are no alignment: employee churn under a customer-churn parent is weak, and told why."""
    data = {
        "parents": [
            {"id": "C1", "title": "Reduce customer churn", "key_results": ["Gross customer churn from 9% to 6%"]},
            {"id": "C2", "title": "Build a great place to work", "key_results": ["Regretted attrition below 8%"]},
            {"id": "C3", "title": "Expand into two new regions", "key_results": ["Open offices in Madrid and Seoul"]},
        ],
        "objectives": [
            {"id": "O1", "title": "Reduce churn in our own support team", "aligned_to": ["C1"],
             "key_results": [{"id": "KR1", "text": "Agent attrition from 30% to 18% by 2026-12-31"}]},
        ],
    }  # fmt: skip
    report = offline.okr.check(OkrSetIn.model_validate(data), None, lang=lang)
    weak = next(f for f in report.findings if f.code == "ALIGN_WEAK" and f.target == "O1")
    assert weak.evidence["groups"] == {"objective": "people", "parent": "customers"}
    assert ("客户" if lang == "zh" else "customers") in (weak.suggestion or "")


def _unit(cos: float) -> list[float]:
    return [cos, (1 - cos * cos) ** 0.5]


@pytest.mark.parametrize(
    ("declared", "others", "expected"),
    [
        (0.50, (0.56, 0.50), "ALIGN_UNCERTAIN"),  # below the mean, beaten by 0.06: noise, said at info
        (0.40, (0.56, 0.52), "ALIGN_WEAK"),  # below the mean and beaten by 0.16: clearly another parent's
        (0.50, (0.56, 0.40), None),  # above the mean, edged out by 0.06: not worth a note
        (0.60, (0.50, 0.45), None),  # the best parent
    ],
)
def test_alignment_decision_on_set_similarities(
    declared: float, others: tuple[float, float], expected: str | None
) -> None:
    """The alignment rule's decision, with similarities set by hand (the embedding's own figures move between kinds
    of CPU in their last hundredths)."""
    from assistant.okr.model import ObjectiveIn, ParentIn
    from assistant.okr.rules.alignment import alignment_hits

    vectors = {"Ship the mobile app": [1.0, 0.0], "Parent A": _unit(declared), "Parent B": _unit(others[0]),
               "Parent C": _unit(others[1])}  # fmt: skip

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray([vectors[t] for t in texts], dtype=np.float32)

    objective = ObjectiveIn(id="O", title="Ship the mobile app", aligned_to=["A"])
    parents = [ParentIn(id=x, title=f"Parent {x}") for x in "ABC"]
    hits = alignment_hits([objective], parents, embed)
    assert [h.code for h in hits] == ([expected] if expected else [])
