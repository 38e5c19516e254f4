"""Bad input gets a clear error naming file, record and field, and nothing is half-written."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.api import Assistant
from assistant.errors import InputError
from tests.helpers import FIXTURES, load_people, snapshot, write_json

LARK = FIXTURES / "lark"


def v1() -> dict[str, Any]:
    return json.loads((LARK / "okr_v1_bundle.json").read_text(encoding="utf-8"))["data"]


def v2() -> dict[str, Any]:
    return json.loads((LARK / "okr_v2.json").read_text(encoding="utf-8"))


@pytest.fixture
def people(assistant: Assistant) -> Assistant:
    load_people(assistant)
    return assistant


def problems_of(a: Assistant, *paths: Path) -> list[str]:
    before = snapshot(a)
    with pytest.raises(InputError) as exc:
        a.hris.import_lark(list(paths), a.actor("u_hr"))
    assert snapshot(a) == before, "a failed import must write nothing"
    return [str(p) for p in exc.value.problems]


def test_malformed_json_names_the_position(people: Assistant, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"periods": [\n  {"id": "1",, }\n]}', encoding="utf-8")
    [msg] = problems_of(people, bad)
    assert "broken.json" in msg and "line 2 column" in msg and "not valid JSON" in msg


def test_wrong_timestamp_types(people: Assistant, tmp_path: Path) -> None:
    data = v1()
    obj = data["user_okrs"][1]["okr_list"][0]["objective_list"][0]
    obj["deadline"] = 1727654400000  # a number, not a string
    data["periods"][0]["period_start_time"] = "2024-07-01"  # a date, not epoch milliseconds
    msgs = problems_of(people, write_json(tmp_path / "ts.json", data))
    assert any(
        "user_okrs[1].okr_list[0].objective_list[0] › deadline: expected a string of epoch milliseconds, got an integer"
        in m
        for m in msgs
    ), msgs
    assert any("periods[0] › period_start_time" in m and "'2024-07-01'" in m for m in msgs), msgs


def test_missing_and_unknown_fields(people: Assistant, tmp_path: Path) -> None:
    data = v2()
    del data["objectives"][0]["cycle_id"]
    msgs = problems_of(people, write_json(tmp_path / "missing.json", data))
    assert any("objectives[0] › cycle_id: required field is missing" in m for m in msgs), msgs
    data = v2()
    data["objectives"][0]["shiny_new_field"] = 1
    report = people.hris.import_lark([write_json(tmp_path / "unknown.json", data)], people.actor("u_hr"))
    assert report.counts["objective"] == 3
    assert any(w.record == "objectives[0]" and w.field == "shiny_new_field" for w in report.warnings)


def test_duplicate_ids(people: Assistant, tmp_path: Path) -> None:
    data = v2()
    data["key_results"].append(copy.deepcopy(data["key_results"][0]))
    msgs = problems_of(people, write_json(tmp_path / "dup.json", data))
    assert any(
        "key_results[4] › id: duplicate id kr_mgr_1 (also at" in m and "key_results[0]" in m for m in msgs
    ), msgs


def test_unknown_employee_and_cycle(people: Assistant, tmp_path: Path) -> None:
    data = v1()
    data["user_okrs"][0]["user_id"] = "u_ghost"
    data["user_okrs"][1]["okr_list"][0]["period_id"] = "no-such-period"
    msgs = problems_of(people, write_json(tmp_path / "ghost.json", data))
    assert any("owner_id: unknown employee 'u_ghost'" in m for m in msgs), msgs
    assert any("cycle_id: unknown cycle 'no-such-period'" in m for m in msgs), msgs
    perf = json.loads((LARK / "performance_v1.json").read_text(encoding="utf-8"))
    perf["data"]["datas"][0]["user_id"] = {"user_id": "u_ghost"}
    msgs = problems_of(people, write_json(tmp_path / "perf.json", perf))
    assert any("datas[0] › user_id: unknown employee 'u_ghost'" in m for m in msgs), msgs


def test_circular_alignment(people: Assistant, tmp_path: Path) -> None:
    data = v2()
    T = "1725000000000"
    data["alignments"].append(
        {
            "id": "al_back",
            "create_time": T,
            "update_time": T,
            "from_owner": {"user_id": "u_mgr"},
            "to_owner": {"user_id": "u_ops"},
            "from_entity_type": 2,
            "from_entity_id": "o_mgr_1",
            "to_entity_type": 2,
            "to_entity_id": "o_ops_1",
        }
    )
    msgs = problems_of(people, write_json(tmp_path / "loop.json", data))
    assert any("circular alignment" in m and "o_mgr_1" in m and "o_ops_1" in m for m in msgs), msgs


def test_one_bad_file_stops_the_whole_batch(people: Assistant, tmp_path: Path) -> None:
    bad = v2()
    bad["objectives"][0]["score"] = 7  # v2 scores are 0..1
    msgs = problems_of(people, LARK / "okr_v1_bundle.json", write_json(tmp_path / "bad.json", bad))
    assert any("objectives[0] › score" in m and "less than or equal to 1" in m for m in msgs), msgs


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"[1, 2, 3]", "expected a JSON object, got a list"),
        (
            b'{"code": 99991663, "msg": "token invalid", "data": {}}',
            "the API reported an error: token invalid",
        ),
        (b'{"hello": "world"}', "not a Lark OKR (v1/v2) or Performance file"),
    ],
)
def test_files_that_are_not_lark_data(
    people: Assistant, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    [msg] = problems_of(people, path)
    assert "input.json" in msg and expected in msg


def test_missing_and_oversized_files(people: Assistant, tmp_path: Path) -> None:
    [msg] = problems_of(people, tmp_path / "nope.json")
    assert "nope.json: file not found" in msg
    small = Assistant.open(tmp_path / "h", database_url=people.settings.database_url, limits_import_mb=0.001)
    big = write_json(tmp_path / "big.json", {"periods": [], "pad": "x" * 5000})
    [msg] = problems_of(small, big)
    assert "the limit is 0.001 MB" in msg


def test_structures_of_the_wrong_kind(people: Assistant, tmp_path: Path) -> None:
    msgs = problems_of(people, write_json(tmp_path / "a.json", {"periods": 5}))
    assert any("periods: must be a list, got an integer" in m for m in msgs), msgs
    data = v2()
    data["objectives"][0]["content"] = {"blocks": [{"block_element_type": "paragraph",
                                                    "paragraph": {"elements": ["just a string"]}}]}  # fmt: skip
    msgs = problems_of(people, write_json(tmp_path / "b.json", data))
    assert any(
        "objectives[0] › content: expected a paragraph's elements to be a list of objects" in m for m in msgs
    )
    data = v1()
    data["periods"][0]["period_end_time"] = "99999999999999999999"
    msgs = problems_of(people, write_json(tmp_path / "c.json", data))
    assert any("period_end_time: epoch milliseconds out of range" in m for m in msgs), msgs
    data = v1()
    data["periods"][0]["period_end_time"] = "1600000000000"
    msgs = problems_of(people, write_json(tmp_path / "d.json", data))
    assert any("period_end_time: ends (2020-09-13) before it starts (2024-07-01)" in m for m in msgs), msgs


def test_a_batch_where_everything_was_skipped_says_why(people: Assistant, tmp_path: Path) -> None:
    data = {"user_okrs": [{"user_id": "u_dev", "okr_list": [{"id": "b", "period_id": "p", "permission": 0}]}]}
    [msg] = problems_of(people, write_json(tmp_path / "skip.json", data))
    assert "skip.json › user_okrs[0].okr_list[0] › permission" in msg and "nothing was imported" in msg


def test_bootstrap_only_into_an_empty_hris(people: Assistant) -> None:
    from assistant.errors import AssistantError
    from assistant.hris.models import Employee

    with people.core.db.transaction() as s:
        s.get(Employee, "u_hr").role = "employee"  # no HR admin left, but the HRIS is not empty
    with pytest.raises(AssistantError):
        people.hris.import_lark([LARK / "okr_v2.json"], None)
