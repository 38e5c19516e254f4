"""Tables with the canonical headers, imported without a mapping file (the import contract checks from outside
the project rely on):

    people:  id,name,manager_id,org_unit,office,role          role: employee | manager | hrbp | hr_admin
    ratings: employee_id,cycle,rater_id,rating,calibrated_rating,potential
             rating and calibrated_rating on the company scale 1–5 (5 = S … 1 = D; the letters work too),
             potential low | medium | high

Org units and cycles the file names but the HRIS does not have are created (a cycle id such as "2025-H2" gives
its dates; another id needs the cycle to exist)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from assistant.errors import InputError, Problem, at_row, shown
from assistant.hris.batch import RowBatch, commit_batch
from assistant.hris.lark.performance import rating_id
from assistant.hris.models import ROLES, Cycle, Employee, OrgUnit, PotentialAssessment, Rating
from assistant.hris.tabular import read_table

PEOPLE = ("id", "name", "manager_id", "org_unit", "office", "role")
RATINGS = ("employee_id", "cycle", "rater_id", "rating", "calibrated_rating", "potential")
_SCALE = {"5": "S", "4": "A", "3": "B", "2": "C", "1": "D", **{g: g for g in "SABCD"}}
_HALF = re.compile(r"^(\d{4})-H([12])$", re.I)


def canonical_kind(headers: list[str]) -> str | None:
    """ "people" or "ratings" when ``headers`` are the canonical ones (in any order), else None."""
    names = {h.strip().lower() for h in headers}
    if names == set(PEOPLE):
        return "people"
    if names == set(RATINGS):
        return "ratings"
    return None


def _cell(cells: dict[str, Any], key: str) -> str | None:
    value = next((v for k, v in cells.items() if k.strip().lower() == key), None)
    text = "" if value is None else str(value).strip()
    if text.endswith(".0") and text[:-2].isdigit():  # a spreadsheet's 4.0
        text = text[:-2]
    return text or None


def import_canonical(session: Session, path: Path, max_mb: float) -> dict[str, int]:
    name = path.name
    batch = RowBatch()
    kind = None
    for n, cells in read_table(path, max_mb):
        if kind is None:
            kind = canonical_kind(list(cells))
            if kind is None:
                raise InputError([Problem(name, "", "", "problem.table.not_canonical",
                                          {"people": ",".join(PEOPLE), "ratings": ",".join(RATINGS)})])  # fmt: skip
        (_person if kind == "people" else _rating)(session, batch, name, n, cells)
    if kind is None:
        raise InputError([Problem(name, "", "", "problem.table.no_rows")])
    return commit_batch(session, batch)


def _person(session: Session, batch: RowBatch, name: str, n: int, cells: dict[str, Any]) -> None:
    record = at_row(n)
    pid, person, role = _cell(cells, "id"), _cell(cells, "name"), (_cell(cells, "role") or "employee").lower()
    if not pid or not person:
        batch.problem(name, record, "id" if not pid else "name", "problem.table.value_missing")
        return
    if role not in ROLES:
        batch.problem(
            name, record, "role", "problem.table.not_one_of", value=shown(role), options=", ".join(ROLES)
        )
        return
    unit = _cell(cells, "org_unit")
    if unit and session.get(OrgUnit, unit) is None and unit not in {k[0] for k in batch.rows[OrgUnit]}:
        batch.add(OrgUnit(id=unit, name_zh=unit, name_en=unit, kind="team"), name, record)
    batch.add(Employee(id=pid, name=person, manager_id=_cell(cells, "manager_id"), org_unit_id=unit,
                       office=_cell(cells, "office"), role=role), name, record,
              keep={"password_hash", "email", "name_en", "language", "level", "job_family", "hire_date"})  # fmt: skip


def _grade(batch: RowBatch, name: str, record: Any, column: str, value: str | None) -> str | bool | None:
    if value is None:
        return None
    grade = _SCALE.get(value.upper())
    if grade is None:
        batch.problem(name, record, column, "problem.table.rating_scale", value=shown(value))
        return False
    return grade


def _rating(session: Session, batch: RowBatch, name: str, n: int, cells: dict[str, Any]) -> None:
    record = at_row(n)
    emp, cycle = _cell(cells, "employee_id"), _cell(cells, "cycle")
    if not emp or not cycle:
        batch.problem(name, record, "employee_id" if not emp else "cycle", "problem.table.value_missing")
        return
    pre = _grade(batch, name, record, "rating", _cell(cells, "rating"))
    post = _grade(batch, name, record, "calibrated_rating", _cell(cells, "calibrated_rating"))
    potential = (_cell(cells, "potential") or "").lower() or None
    if potential and potential not in ("low", "medium", "high"):
        batch.problem(name, record, "potential", "problem.table.not_one_of", value=shown(potential),
                      options="low, medium, high")  # fmt: skip
        return
    if pre is False or post is False:
        return
    if session.get(Cycle, cycle) is None and cycle not in {k[0] for k in batch.rows[Cycle]}:
        m = _HALF.match(cycle)
        if m is None:
            batch.problem(name, record, "cycle", "problem.table.unknown_cycle", value=shown(cycle))
            return
        year, half = int(m[1]), int(m[2])
        start, end = (
            (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))
        )
        batch.add(Cycle(id=cycle, name_zh=f"{year} 年{'上' if half == 1 else '下'}半年", name_en=f"{year} H{half}",
                        start=start, end=end), name, record)  # fmt: skip
    batch.add(Rating(id=rating_id(cycle, emp), cycle_id=cycle, employee_id=emp, rater_id=_cell(cells, "rater_id"),
                     pre_calibration=pre or None, post_calibration=post or None), name, record,
              keep={"calibration_session_id", "change_reason"})  # fmt: skip
    if potential:
        batch.add(PotentialAssessment(id=f"{cycle}:{emp}", cycle_id=cycle, employee_id=emp, potential=potential),
                  name, record)  # fmt: skip
