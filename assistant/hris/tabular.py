"""CSV/XLSX import of ratings, KPI results, potential assessments and the people directory, driven by
a column-mapping file (YAML):

    kind: ratings                 # ratings | kpis | potential | employees | org_units
    columns:                      # our field: the column header in the file
      employee_id: 工号
      pre_calibration: 校准前等级
      post_calibration: 最终等级
    defaults:                     # values for fields the file does not have
      cycle_id: 2025-H2

Only the mapped (and defaulted) fields are written; other fields of an existing record are kept.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from sqlmodel import Session, SQLModel

from assistant.errors import (
    AT_COLUMNS,
    AT_HEADER,
    InputError,
    Msg,
    Problem,
    at_row,
    reason_of,
    shown,
    validation_reason,
)
from assistant.hris.batch import RowBatch, commit_batch
from assistant.hris.files import decode_text, read_bytes, yaml_problem
from assistant.hris.lark.performance import rating_id
from assistant.hris.models import RATINGS, ROLES, Employee, Kpi, OrgUnit, PotentialAssessment, Rating
from assistant.knowledge.safety import check_zip


@dataclass(frozen=True)
class Kind:
    model: type[SQLModel]
    required: tuple[str, ...]
    optional: tuple[str, ...]
    choices: dict[str, tuple[str, ...]]

    def make_id(self, values: dict[str, Any]) -> str:
        if "id" in values:
            return str(values["id"])
        if self.model is Rating:
            return rating_id(values["cycle_id"], values["employee_id"])
        if self.model is Kpi:
            return f"{values['cycle_id']}:{values['employee_id']}:{values['indicator']}"
        return f"{values['cycle_id']}:{values['employee_id']}"


KINDS: dict[str, Kind] = {
    "ratings": Kind(
        Rating,
        ("employee_id", "cycle_id"),
        ("rater_id", "pre_calibration", "post_calibration", "calibration_session_id", "change_reason"),
        {"pre_calibration": RATINGS, "post_calibration": RATINGS},
    ),
    "kpis": Kind(
        Kpi,
        ("employee_id", "cycle_id", "indicator"),
        (
            "id",
            "weight",
            "formula",
            "data_source",
            "unit",
            "direction",
            "threshold",
            "target",
            "challenge",
            "actual",
            "score",
        ),
        {"direction": ("increase", "decrease")},
    ),
    "potential": Kind(
        PotentialAssessment,
        ("employee_id", "cycle_id", "potential"),
        ("assessor_id", "note"),
        {"potential": ("high", "medium", "low")},
    ),
    "employees": Kind(
        Employee,
        ("id", "name"),
        (
            "name_en",
            "email",
            "manager_id",
            "org_unit_id",
            "office",
            "language",
            "level",
            "job_family",
            "role",
            "hire_date",
            "lark_open_id",
        ),
        {"role": ROLES, "language": ("zh", "en")},
    ),
    "org_units": Kind(OrgUnit, ("id", "name_zh", "name_en"), ("parent_id", "kind"), {}),
}


def load_mapping(path: Path) -> tuple[Kind, dict[str, str], dict[str, Any]]:
    name = str(path)
    try:
        spec = yaml.safe_load(decode_text(read_bytes(path, 1), name))
    except yaml.YAMLError as exc:
        raise InputError([yaml_problem(name, exc)]) from exc
    except ValueError as exc:  # a value YAML cannot build, such as the date 2026-02-30
        raise InputError([yaml_problem(name, exc)]) from exc
    if not isinstance(spec, dict):
        raise InputError([Problem(name, "", "", "problem.mapping.not_a_mapping")])
    kind = KINDS.get(str(spec.get("kind")))
    if kind is None:
        raise InputError(
            [Problem(name, "", "kind", "problem.mapping.bad_kind",
                     {"kinds": ", ".join(KINDS), "value": shown(spec.get("kind"))})]
        )  # fmt: skip
    columns, defaults = spec.get("columns") or {}, spec.get("defaults") or {}
    if not isinstance(columns, dict) or not isinstance(defaults, dict):
        raise InputError([Problem(name, "", "columns", "problem.mapping.not_mappings")])
    allowed = set(kind.required) | set(kind.optional)
    problems = [
        Problem(
            name, AT_COLUMNS, str(k), "problem.mapping.unknown_field", {"known": ", ".join(sorted(allowed))}
        )
        for k in [*columns, *defaults]
        if k not in allowed
    ]
    problems += [
        Problem(name, AT_COLUMNS, k, "problem.mapping.required_unmapped")
        for k in kind.required
        if k not in columns and k not in defaults
    ]
    if problems:
        raise InputError(problems)
    return kind, {str(k): str(v) for k, v in columns.items()}, defaults


def read_table(path: Path, max_mb: float) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number as a person counts it, {header: value}) for a CSV or XLSX file."""
    name = str(path)
    raw = read_bytes(path, max_mb)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        yield from _read_xlsx(raw, name)
        return
    reader = csv.reader(io.StringIO(decode_text(raw, name), newline=""))
    try:
        header = [h.strip() for h in next(reader, [])]
        for n, row in enumerate(reader, start=2):
            if any(cell.strip() for cell in row):
                yield n, dict(zip(header, row, strict=False))
    except csv.Error as exc:
        raise InputError(
            [Problem(name, at_row(reader.line_num), "", "problem.csv.invalid", {"reason": _csv_reason(exc)})]
        ) from exc


def _csv_reason(exc: csv.Error) -> Msg:
    detail = str(exc)
    limit = re.fullmatch(r"field larger than field limit \((\d+)\)", detail)
    if limit:
        return Msg("problem.csv.field_limit", {"limit": int(limit.group(1))})
    if detail.startswith("line contains NUL"):
        return Msg("problem.csv.nul")
    return Msg("problem.csv.other", {"detail": detail})


def _read_xlsx(raw: bytes, name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        check_zip(
            raw, parse_xml=False
        )  # before anything is inflated; openpyxl parses the XML through defusedxml
        from openpyxl import load_workbook  # only needed for spreadsheets

        sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).active
    except Exception as exc:
        raise InputError([Problem(name, "", "", "problem.xlsx.invalid", {"reason": reason_of(exc)})]) from exc
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
    for n, row in enumerate(rows, start=2):
        if any(c not in (None, "") for c in row):
            yield n, dict(zip(header, row, strict=False))


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def import_table(session: Session, path: Path, mapping: Path, max_mb: float = 50.0) -> dict[str, int]:
    kind, columns, defaults = load_mapping(mapping)
    name = str(path)
    batch = RowBatch()
    pk = {c.name for c in kind.model.__table__.primary_key.columns}  # type: ignore[attr-defined]
    # Every stored column the file does not name is kept as it is (an employee's log-in, active flag…).
    unmapped = {c for c in kind.model.model_fields if c not in columns and c not in defaults} - pk
    rows = read_table(path, max_mb)
    first = True
    for n, cells in rows:
        if first:
            missing = [col for col in columns.values() if col not in cells]
            if missing:
                raise InputError(
                    [Problem(name, AT_HEADER, col, "problem.table.column_missing") for col in missing]
                )
            first = False
        values = {k: v for k, v in defaults.items()}
        blank = set()
        for fld, col in columns.items():
            cell = _clean(cells.get(col))
            if cell is not None:
                values[fld] = cell
            else:
                blank.add(fld)  # an empty cell changes nothing
        record = at_row(n)
        bad = False
        for fld in kind.required:
            if values.get(fld) in (None, ""):
                batch.problem(name, record, columns.get(fld, fld), "problem.table.value_missing")
                bad = True
        for fld, options in kind.choices.items():
            if fld in values:
                values[fld] = str(values[fld]).strip()
                if fld in ("pre_calibration", "post_calibration"):
                    values[fld] = values[fld].upper()
                if values[fld] not in options:
                    batch.problem(
                        name,
                        record,
                        columns.get(fld, fld),
                        "problem.table.not_one_of",
                        value=shown(values[fld]),
                        options=", ".join(options),
                    )
                    bad = True
        weight = values.get("weight")
        if isinstance(weight, int | float | str) and kind.model is Kpi:
            try:
                if not 0 <= float(weight) <= 1:
                    batch.problem(name, record, columns.get("weight", "weight"),
                                  "problem.table.weight_fraction", value=shown(weight))  # fmt: skip
                    bad = True
            except ValueError:
                pass  # reported by validation below
        if bad:
            continue
        values["id"] = kind.make_id(values)
        try:
            row = kind.model.model_validate(
                {
                    k: str(v) if isinstance(v, int | float) and k.endswith("_id") else v
                    for k, v in values.items()
                }
            )
        except ValidationError as exc:
            for err in exc.errors():
                fld = str(err["loc"][0]) if err["loc"] else ""
                reason = validation_reason(err)
                batch.problem(name, record, columns.get(fld, fld), reason.key, **reason.params)
            continue
        batch.add(row, name, record, unmapped | (blank - set(kind.required)))
    if first:
        raise InputError([Problem(name, "", "", "problem.table.no_rows")])
    return commit_batch(session, batch)
