"""CSV/XLSX import with a column mapping: encodings, spreadsheets, and clear errors per row and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import select

from assistant.api import Assistant
from assistant.errors import InputError
from assistant.hris.models import Employee, Kpi, Rating
from tests.helpers import FIXTURES, load_people, snapshot

MAPPING = """kind: ratings
columns:
  employee_id: 工号
  pre_calibration: 校准前等级
  post_calibration: 最终等级
  rater_id: 评估人
defaults:
  cycle_id: "7067724095781142548"
"""
ROWS = "工号,校准前等级,最终等级,评估人\nu_dev,a,B,u_mgr\nu_ops,B,B,u_ceo\n"


@pytest.fixture
def ready(assistant: Assistant) -> Assistant:
    load_people(assistant)
    assistant.hris.import_lark([FIXTURES / "lark" / "okr_v1_bundle.json"], assistant.actor("u_hr"))
    return assistant


def ratings(a: Assistant) -> dict[str, tuple[str | None, str | None, str | None]]:
    with a.core.db.session() as s:
        return {
            r.employee_id: (r.pre_calibration, r.post_calibration, r.rater_id) for r in s.exec(select(Rating))
        }


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_utf8_bom_and_gbk(ready: Assistant, tmp_path: Path, encoding: str) -> None:
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_bytes(ROWS.encode(encoding))
    report = ready.hris.import_table(tmp_path / "r.csv", tmp_path / "map.yaml", ready.actor("u_hr"))
    assert report.counts == {"rating": 2}
    assert ratings(ready) == {"u_dev": ("A", "B", "u_mgr"), "u_ops": ("B", "B", "u_ceo")}


def test_xlsx_kpis_and_partial_update(ready: Assistant, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Employee", "Indicator", "Weight", "Threshold", "Target", "Challenge", "Actual", "Score"])
    ws.append(["u_ops", "GMV attainment", 0.4, 85, 100, 115, 103.5, 104.7])
    ws.append([None, None, None, None, None, None, None, None])
    ws.append(["u_ops", "Refund rate", 0.6, 5, 3, 2, 2.6, 108])
    wb.save(tmp_path / "kpi.xlsx")
    (tmp_path / "kpi.yaml").write_text(
        "kind: kpis\ncolumns: {employee_id: Employee, indicator: Indicator, weight: Weight, threshold: Threshold,\n"
        "  target: Target, challenge: Challenge, actual: Actual, score: Score}\n"
        "defaults: {cycle_id: '7067724095781142548'}\n",
        encoding="utf-8",
    )
    assert ready.hris.import_table(
        tmp_path / "kpi.xlsx", tmp_path / "kpi.yaml", ready.actor("u_hr")
    ).counts == {"kpi": 2}
    with ready.core.db.session() as s:
        k = s.get(Kpi, "7067724095781142548:u_ops:GMV attainment")
        assert (k.weight, k.actual, k.score, k.formula) == (0.4, 103.5, 104.7, None)
        k.formula = "actual / target"
        s.add(k)
        s.commit()
    # a second file with only the actuals keeps the fields it does not map
    (tmp_path / "a.csv").write_text("Employee,Indicator,Actual\nu_ops,GMV attainment,99\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "kind: kpis\ncolumns: {employee_id: Employee, indicator: Indicator, actual: Actual}\n"
        "defaults: {cycle_id: '7067724095781142548'}\n",
        encoding="utf-8",
    )
    ready.hris.import_table(tmp_path / "a.csv", tmp_path / "a.yaml", ready.actor("u_hr"))
    with ready.core.db.session() as s:
        k = s.get(Kpi, "7067724095781142548:u_ops:GMV attainment")
        assert (k.actual, k.weight, k.formula) == (99, 0.4, "actual / target")


def _fails(a: Assistant, csv: Path, mapping: Path) -> list[str]:
    before = snapshot(a)
    with pytest.raises(InputError) as exc:
        a.hris.import_table(csv, mapping, a.actor("u_hr"))
    assert snapshot(a) == before
    return [str(p) for p in exc.value.problems]


def test_row_and_column_errors(ready: Assistant, tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_text("工号,校准前等级,最终等级\nu_dev,A,B\n", encoding="utf-8")
    assert _fails(ready, tmp_path / "r.csv", tmp_path / "map.yaml") == [
        "r.csv".join([str(tmp_path) + "/", ""]) + " › header › 评估人: column is missing"
    ]
    (tmp_path / "r.csv").write_text(ROWS + "u_ghost,E,B,u_mgr\n,A,A,u_mgr\n", encoding="utf-8")
    msgs = _fails(ready, tmp_path / "r.csv", tmp_path / "map.yaml")
    assert any("row 4 › 校准前等级: 'E' is not one of S, A, B, C, D" in m for m in msgs), msgs
    assert any("row 5 › 工号: value is missing" in m for m in msgs), msgs
    (tmp_path / "r.csv").write_text(ROWS + "u_ghost,A,B,u_mgr\n", encoding="utf-8")
    msgs = _fails(ready, tmp_path / "r.csv", tmp_path / "map.yaml")
    assert any("row 4 › employee_id: unknown employee 'u_ghost'" in m for m in msgs), msgs


def test_mapping_errors_and_wrong_encoding(ready: Assistant, tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text(ROWS, encoding="utf-8")
    (tmp_path / "m.yaml").write_text("kind: salaries\ncolumns: {}\n", encoding="utf-8")
    assert "must be one of ratings, kpis" in _fails(ready, tmp_path / "r.csv", tmp_path / "m.yaml")[0]
    (tmp_path / "m.yaml").write_text(
        "kind: ratings\ncolumns: {employee_id: 工号, colour: 颜色}\n", encoding="utf-8"
    )
    msgs = _fails(ready, tmp_path / "r.csv", tmp_path / "m.yaml")
    assert any("colour: unknown field" in m for m in msgs) and any(
        "cycle_id: required field is not mapped" in m for m in msgs
    )
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_bytes("工号,校准前等级,最终等级,评估人\n".encode("utf-16"))
    assert "binary file" in _fails(ready, tmp_path / "r.csv", tmp_path / "map.yaml")[0]
    (tmp_path / "r.csv").write_bytes(b"\xff\xfe\xfd,\x81\n")
    assert "encoding not recognised" in _fails(ready, tmp_path / "r.csv", tmp_path / "map.yaml")[0]


def test_people_import_refuses_a_circular_manager_chain(assistant: Assistant, tmp_path: Path) -> None:
    load_people(assistant)
    (tmp_path / "e.csv").write_text("工号,姓名,上级工号\nu_ceo,周总,u_dev\n", encoding="utf-8")
    (tmp_path / "e.yaml").write_text(
        "kind: employees\ncolumns: {id: 工号, name: 姓名, manager_id: 上级工号}\n", encoding="utf-8"
    )
    msgs = _fails(assistant, tmp_path / "e.csv", tmp_path / "e.yaml")
    assert any("circular manager chain" in m and "u_ceo" in m and "u_dev" in m for m in msgs), msgs
    with assistant.core.db.session() as s:
        assert s.get(Employee, "u_ceo").manager_id is None


def test_people_import_keeps_what_it_does_not_name(assistant: Assistant, tmp_path: Path) -> None:
    load_people(assistant)
    with assistant.core.db.transaction() as s:
        dev = s.get(Employee, "u_dev")
        dev.active, dev.password_hash, dev.level = False, "scrypt$x", "P5"
    (tmp_path / "o.csv").write_text("工号,姓名,办公地点,职级\nu_dev,李工,Singapore,\n", encoding="utf-8")
    (tmp_path / "o.yaml").write_text("kind: employees\ncolumns: {id: 工号, name: 姓名, office: 办公地点, level: 职级}\n",
                                     encoding="utf-8")  # fmt: skip
    assistant.hris.import_table(tmp_path / "o.csv", tmp_path / "o.yaml", assistant.actor("u_hr"))
    with assistant.core.db.session() as s:
        dev = s.get(Employee, "u_dev")
    assert (dev.office, dev.active, dev.password_hash, dev.level, dev.manager_id) == (
        "Singapore",
        False,
        "scrypt$x",
        "P5",
        "u_mgr",
    )  # fmt: skip  (an empty cell changes nothing)


def test_weights_are_fractions_and_ids_are_not_mappable_for_ratings(ready: Assistant, tmp_path: Path) -> None:
    (tmp_path / "k.csv").write_text("e,i,w\nu_ops,GMV,40\n", encoding="utf-8")
    (tmp_path / "k.yaml").write_text("kind: kpis\ncolumns: {employee_id: e, indicator: i, weight: w}\n"
                                     "defaults: {cycle_id: '7067724095781142548'}\n", encoding="utf-8")  # fmt: skip
    assert "weights are fractions from 0 to 1" in _fails(ready, tmp_path / "k.csv", tmp_path / "k.yaml")[0]
    (tmp_path / "r.yaml").write_text("kind: ratings\ncolumns: {id: x, employee_id: e}\n", encoding="utf-8")
    assert "id: unknown field" in _fails(ready, tmp_path / "k.csv", tmp_path / "r.yaml")[0]


def test_a_huge_csv_field_is_a_clear_error(ready: Assistant, tmp_path: Path) -> None:
    (tmp_path / "map.yaml").write_text(MAPPING, encoding="utf-8")
    (tmp_path / "r.csv").write_text(ROWS + 'u_dev,"' + "x" * 200_000 + '",B,u_mgr\n', encoding="utf-8")
    [msg] = _fails(ready, tmp_path / "r.csv", tmp_path / "map.yaml")
    assert "not readable as CSV" in msg and "field larger than field limit" in msg
