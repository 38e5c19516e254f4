"""Imports merge into what is stored: a field a file does not carry is kept, never wiped."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import Alignment, KeyResult, Objective, Rating
from tests.helpers import FIXTURES, load_people, write_json

LARK = FIXTURES / "lark"


def load(name: str) -> dict[str, Any]:
    data = json.loads((LARK / name).read_text(encoding="utf-8"))
    return data.get("data", data)


def test_partial_performance_files_keep_the_other_rating(assistant: Assistant, tmp_path: Path) -> None:
    load_people(assistant)
    assistant.hris.import_lark(
        [LARK / "okr_v1_bundle.json", LARK / "performance_v1.json"], assistant.actor("u_hr")
    )
    with assistant.core.db.transaction() as s:
        s.get(Rating, "7067724095781142548:u_dev").change_reason = "calibrated against peers"
    perf = load("performance_v1.json")
    leader_only = json.loads(json.dumps(perf))
    leader_only["datas"][0]["stages"] = [perf["datas"][0]["stages"][0]]
    leader_only["datas"][0]["stages"][0]["data"][1]["option_id"] = "opt_s"
    assistant.hris.import_lark([write_json(tmp_path / "leader.json", leader_only)], assistant.actor("u_hr"))
    result_only = json.loads(json.dumps(perf))
    result_only["datas"][0]["stages"] = [perf["datas"][0]["stages"][1]]
    result_only["datas"][0]["stages"][0]["data"][0]["option_id"] = "opt_c"
    assistant.hris.import_lark([write_json(tmp_path / "result.json", result_only)], assistant.actor("u_hr"))
    with assistant.core.db.session() as s:
        r = s.get(Rating, "7067724095781142548:u_dev")
    assert (r.pre_calibration, r.rater_id, r.post_calibration, r.change_reason) == (
        "S", "u_mgr", "C", "calibrated against peers")  # fmt: skip


def test_formats_keep_what_they_do_not_carry(assistant: Assistant, tmp_path: Path) -> None:
    load_people(assistant)
    assistant.hris.import_lark([LARK / "okr_v2.json"], assistant.actor("u_hr"))
    with assistant.core.db.transaction() as s:
        s.get(Objective, "o_mgr_1").private = True
    # a v1 file for the same objectives: no categories, no indicators, no privacy flag
    v1 = {"periods": [], "user_okrs": [{"user_id": "u_mgr", "okr_list": [{"id": "b1", "period_id": "tc_2025h1",
          "objective_list": [{"id": "o_mgr_1", "content": "把结算链路做快做稳", "score": 80, "weight": 60,
                              "progress_rate": {"percent": 90, "status": "2"},
                              "kr_list": [{"id": "kr_mgr_1", "content": "结算接口 P95 延迟从 380ms 降到 250ms",
                                           "score": 80, "kr_weight": 50,
                                           "progress_rate": {"percent": 90, "status": "2"}}]}]}]}]}  # fmt: skip
    assistant.hris.import_lark([write_json(tmp_path / "v1.json", v1)], assistant.actor("u_hr"))
    with assistant.core.db.session() as s:
        o, kr = s.get(Objective, "o_mgr_1"), s.get(KeyResult, "kr_mgr_1")
        assert (o.score, o.progress_percent, o.progress_status, o.private) == (0.8, 90, "delayed", True)
        assert (kr.baseline, kr.target, kr.unit, kr.progress_status) == (380, 250, "ms", "delayed")
    # and back: a v2 file without an indicator for a KR keeps the KR's status and numbers
    v2 = load("okr_v2.json")
    v2["indicators"] = []
    assistant.hris.import_lark([write_json(tmp_path / "v2.json", v2)], assistant.actor("u_hr"))
    with assistant.core.db.session() as s:
        o, kr = s.get(Objective, "o_mgr_1"), s.get(KeyResult, "kr_mgr_1")
        assert (o.progress_percent, o.progress_status, o.private, o.category_id) == (
            90,
            "delayed",
            True,
            None,
        )
        assert (kr.progress_status, kr.baseline, kr.progress_percent) == ("delayed", 380, 90)


def test_one_link_per_child_and_parent(assistant: Assistant, tmp_path: Path) -> None:
    load_people(assistant)
    assistant.hris.import_lark([LARK / "okr_v2.json"], assistant.actor("u_hr"))
    v1 = {"user_okrs": [{"user_id": "u_ops", "okr_list": [{"id": "b2", "period_id": "tc_2025h1", "objective_list": [
        {"id": "o_ops_1", "content": "Grow repeat purchases in North America",
         "aligning_objective_list": [{"id": "o_mgr_1"}, {"id": "o_elsewhere"}], "kr_list": []}]}]}]}  # fmt: skip
    report = assistant.hris.import_lark([write_json(tmp_path / "v1.json", v1)], assistant.actor("u_hr"))
    with assistant.core.db.session() as s:
        links = s.exec(select(Alignment)).all()
    assert [(a.id, a.from_objective_id, a.to_objective_id) for a in links] == [("al_1", "o_ops_1", "o_mgr_1")]
    assert any("'o_elsewhere' is not imported or stored; link skipped" in w.problem for w in report.warnings)


def test_what_is_skipped_is_said(assistant: Assistant, tmp_path: Path) -> None:
    load_people(assistant)
    v2 = load("okr_v2.json")
    v2["objectives"][2]["owner"] = {"owner_type": "dept", "user_id": "od-123"}
    v2["key_results"] = [k for k in v2["key_results"] if k["objective_id"] != "o_ops_1"]
    v2["alignments"] = []
    report = assistant.hris.import_lark([write_json(tmp_path / "team.json", v2)], assistant.actor("u_hr"))
    assert report.counts["objective"] == 2
    assert any("team OKRs (dept) are not imported" in w.problem for w in report.warnings)
    v1 = load("okr_v1_bundle.json")
    v1["user_okrs"][1]["okr_list"][0]["permission"] = 0
    report = assistant.hris.import_lark([write_json(tmp_path / "perm.json", v1)], assistant.actor("u_hr"))
    assert any("no permission to read this OKR" in w.problem for w in report.warnings)
    perf = load("performance_v1.json")
    perf["indicators"].append({"id": "ind_values", "options": [{"id": "opt_great", "label": "Role model"}]})
    perf["datas"][0]["stages"][0]["data"].append({"field_id": "f_values", "reviewer_user_id": {"user_id": "u_mgr"},
                                                  "indicator_id": "ind_values", "option_id": "opt_great"})  # fmt: skip
    assistant.hris.import_lark(
        [write_json(tmp_path / "perf.json", perf)], assistant.actor("u_hr")
    )  # a values indicator is not a rating
    with assistant.core.db.session() as s:
        assert s.exec(select(Rating)).one().pre_calibration == "A"
