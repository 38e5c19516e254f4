"""Hostile files: every parser the assistant feeds with users' files (documents, CSV/XLSX, Lark JSON, OKR text)
either reads a file or refuses it with a clear error — never another exception — under property-based fuzzing;
archive bombs, entity bombs, zip-slip names, huge archives and deeply nested JSON are refused, and nothing is
half-written. Time and memory per refusal are measured in evals/bench/hostile_files.py, not here."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.knowledge.formats import parse
from assistant.knowledge.safety import UnsafeFile
from assistant.okr.reader import read_okr_text
from tests.helpers import load_people, snapshot

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=40,
)


def _docx_with(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _real_docx() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Calibration meets in January.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@FUZZ
@given(raw=st.binary(max_size=4096), suffix=st.sampled_from([".md", ".txt", ".html", ".docx", ".pdf"]))
def test_document_parsers_read_or_refuse_any_bytes(raw: bytes, suffix: str) -> None:
    with contextlib.suppress(ValueError, AssistantError):  # UnsafeFile and "no text" are ValueErrors
        parse(Path(f"f{suffix}"), raw)


@FUZZ
@given(data=st.data())
def test_a_mutated_docx_is_read_or_refused(data: st.DataObject) -> None:
    raw = bytearray(_real_docx())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    with contextlib.suppress(ValueError, AssistantError):  # UnsafeFile and "no text" are ValueErrors
        parse(Path("f.docx"), bytes(raw))


@FUZZ
@given(text=st.text(max_size=2000) | json_values.map(json.dumps))
def test_the_okr_reader_reads_or_refuses_any_text(text: str) -> None:
    with contextlib.suppress(AssistantError):
        read_okr_text(text)


@pytest.mark.parametrize(
    ("parts", "why"),
    [
        ({"word/document.xml": b"\0" * (20 * 1024 * 1024)}, "zip bomb"),
        ({f"word/p{i}.xml": b"<a/>" for i in range(3000)}, "entries"),
        ({"../../evil.xml": b"<a/>", "word/document.xml": b"<a/>"}, "name"),
        ({"/etc/passwd.xml": b"<a/>"}, "name"),
        (
            {
                "word/document.xml": b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>'
            },
            "entities",
        ),
    ],
)
def test_archive_attacks_are_refused_before_anything_is_inflated(parts: dict[str, bytes], why: str) -> None:
    with pytest.raises(UnsafeFile) as exc:
        parse(Path("bomb.docx"), _docx_with(parts))
    assert why.split()[0] in str(exc.value)


def test_hostile_tables_and_json_are_refused_and_nothing_is_half_written(tmp_path: Path) -> None:
    a = Assistant.open(tmp_path / "home")
    load_people(a)
    admin = a.actor("u_hr")
    before = snapshot(a)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    bomb = tmp_path / "people.xlsx"
    bomb.write_bytes(_docx_with({"xl/worksheets/sheet1.xml": b"\0" * (20 * 1024 * 1024)}))
    mapping = Path(__file__).parent / "fixtures" / "tables" / "employees.map.yaml"
    for call in (lambda: a.hris.import_lark([deep], admin),
                 lambda: a.hris.import_table(bomb, mapping, admin)):  # fmt: skip
        with pytest.raises(AssistantError) as exc:
            call()
        assert "Traceback" not in exc.value.message("en") and exc.value.message("zh")
    assert snapshot(a) == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values)
def test_any_lark_json_is_imported_or_refused_whole(
    tmp_path_factory: pytest.TempPathFactory, value: object
) -> None:
    tmp = tmp_path_factory.mktemp("lark")
    a = Assistant.open(tmp / "home")
    load_people(a)
    before = snapshot(a)
    path = tmp / "okr.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    try:
        a.hris.import_lark([path], a.actor("u_hr"))
    except AssistantError:
        assert snapshot(a) == before


PEOPLE_HEADERS = ["id", "name", "manager_id", "org_unit", "office", "role"]
RATING_HEADERS = ["employee_id", "cycle", "rater_id", "rating", "calibrated_rating", "potential"]
cells = st.one_of(
    st.sampled_from(
        ["", "u_hr", "u_mgr", "E1", "3", "5", "0", "9", "manager", "hr_admin", "high", "2026-H2"]
    ),
    st.text(max_size=30),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=st.sampled_from([PEOPLE_HEADERS, RATING_HEADERS]), rows=st.lists(st.lists(cells, min_size=0,
       max_size=8), max_size=6), raw=st.binary(max_size=512), as_bytes=st.booleans(),
       suffix=st.sampled_from([".csv", ".xlsx"]))  # fmt: skip
def test_any_table_is_imported_or_refused_whole(tmp_path_factory: pytest.TempPathFactory, headers: list[str],
                                                rows: list[list[str]], raw: bytes, as_bytes: bool,
                                                suffix: str) -> None:  # fmt: skip
    """Canonical tables with any cell values (quotes, line breaks, odd widths, unknown ids) and arbitrary bytes
    under a table's name: imported, or refused with a message in both languages and no row written."""
    import csv

    tmp = tmp_path_factory.mktemp("table")
    a = Assistant.open(tmp / "home")
    load_people(a)
    before = snapshot(a)
    path = tmp / f"table{suffix}"
    if as_bytes or suffix == ".xlsx":
        path.write_bytes(raw if as_bytes or not raw else _docx_with({"xl/workbook.xml": raw}))
    else:
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([headers, *rows])
    try:
        a.hris.import_table(path, None, a.actor("u_hr"))
    except AssistantError as exc:
        assert exc.message("en") and exc.message("zh") and "Traceback" not in exc.message("en")
        assert snapshot(a) == before
