"""Import Lark/Feishu files: detect each file's kind, validate it, check the whole batch, write it in one
transaction. Files may be raw API responses (``{"code": 0, "data": {...}}``), the data part alone, or a
bundle ``{"okr_v1": ..., "okr_v2": ..., "performance": ...}`` as written by ``export lark``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from assistant.errors import InputError, Problem, shown, type_name
from assistant.hris.batch import RowBatch, commit_batch
from assistant.hris.files import read_json
from assistant.hris.lark.okr_v1 import read_v1
from assistant.hris.lark.okr_v2 import read_v2
from assistant.hris.lark.performance import UserId, read_performance
from assistant.hris.models import Alignment, Cycle, Employee, Objective

V1_KEYS = {"periods", "user_okrs", "progress_records"}
V2_KEYS = {"cycles", "objectives", "key_results", "indicators", "alignments", "categories"}
PERF_KEYS = {"semesters", "datas", "activities", "templates", "indicators"}


class LarkImporter:
    def __init__(self, session: Session, max_mb: float = 50.0) -> None:
        self.session = session
        self.max_mb = max_mb
        self.batch = RowBatch()
        self._children: list[tuple[str, str, str]] = []  # (child objective, parent objective, where)
        self.files: list[str] = []

    def add_file(self, path: Path) -> list[str]:
        """Read one file into the batch; returns the kinds found in it."""
        name = str(path)
        self.files.append(name)
        try:
            data = read_json(path, self.max_mb)
        except InputError as exc:
            self.batch.problems += exc.problems
            return []
        return self._add(data, name)

    def _add(self, data: Any, name: str) -> list[str]:
        if not isinstance(data, dict):
            self.batch.problem(name, "", "", "problem.lark.not_an_object", got=type_name(data))
            return []
        if "code" in data and "data" in data:
            if data["code"] != 0:
                self.batch.problem(
                    name, "", "code", "problem.lark.api_error", reason=str(data.get("msg", data["code"]))
                )
                return []
            data = data["data"]
            if not isinstance(data, dict):
                self.batch.problem(name, "", "data", "problem.lark.data_not_an_object")
                return []
        if {"okr_v1", "okr_v2", "performance"} & set(data):
            kinds = []
            for key in ("okr_v1", "okr_v2", "performance"):
                if data.get(key) is not None:
                    kinds += self._add(data[key], f"{name}#{key}")
            return kinds
        if "okr_list" in data and "user_id" in data:
            data = {"user_okrs": [data]}
        keys = set(data)
        if keys & V1_KEYS:
            read_v1(data, self.batch, name, self._children)
            return ["okr_v1"]
        if "semesters" in keys or "datas" in keys:
            read_performance(
                data, self.batch, name, self._cycle_by_dates, self._manager_of, self._resolve_user
            )
            return ["performance"]
        if keys & V2_KEYS:
            read_v2(data, self.batch, name)
            return ["okr_v2"]
        self.batch.problem(name, "", "", "problem.lark.unknown_kind")
        return []

    # --- lookups across this batch and the database -----------------------------------------
    def _cycle_by_dates(self, start: date, end: date) -> Cycle | None:
        for c in self.batch.rows.get(Cycle, {}).values():
            if (c.start, c.end) == (start, end):  # type: ignore[attr-defined]
                return c  # type: ignore[return-value]
        return self.session.exec(select(Cycle).where(Cycle.start == start, Cycle.end == end)).first()

    def _employee(self, emp_id: str) -> Employee | None:
        row = self.batch.get(Employee, emp_id)
        return row if isinstance(row, Employee) else self.session.get(Employee, emp_id)

    def _manager_of(self, emp_id: str) -> str | None:
        emp = self._employee(emp_id)
        return emp.manager_id if emp else None

    def _resolve_user(self, ref: UserId) -> str | None:
        if ref.user_id and self._employee(ref.user_id):
            return ref.user_id
        if ref.open_id:
            emp = self.session.exec(select(Employee).where(Employee.lark_open_id == ref.open_id)).first()
            return emp.id if emp else None
        return None

    def _objective_known(self, objective_id: str) -> bool:
        return (
            self.batch.get(Objective, objective_id) is not None
            or self.session.get(Objective, objective_id) is not None
        )

    def commit(self) -> dict[str, int]:
        """Check and write everything read so far, in the caller's transaction. Raises InputError."""
        for child, parent, where in self._children:
            file, _, record = where.partition(" › ")
            if self.batch.get(Alignment, f"{child}>{parent}") is not None:
                continue  # declared by the child too
            self.batch.add(Alignment(id=f"{child}>{parent}", from_objective_id=child, to_objective_id=parent),
                           file, record)  # fmt: skip
        for o in self.batch.rows.get(Objective, {}).values():
            if self._employee(o.owner_id) is None:  # type: ignore[attr-defined]
                resolved = self._resolve_user(UserId(open_id=o.owner_id))  # type: ignore[attr-defined]
                if resolved:
                    o.owner_id = resolved  # type: ignore[attr-defined]
        self._settle_alignments()
        if not self.batch.rows and not self.batch.problems:
            notes = [
                Problem(w.file, w.record, w.field, "problem.nothing_imported_because", {"reason": w.reason})
                for w in self.batch.warnings
            ]
            raise InputError(notes or [Problem(", ".join(self.files), "", "", "problem.nothing_to_import")])
        return commit_batch(self.session, self.batch)

    def _settle_alignments(self) -> None:
        """One link per (child, parent): the same link from a v1 and a v2 file, or already stored under another
        id, is one row. A link to an objective that is neither imported nor stored is skipped with a note (a
        v1 file names parents by id only; their owners' files may come later)."""
        links = self.batch.rows.get(Alignment, {})
        stored = {}
        children = sorted({a.from_objective_id for a in links.values()})  # type: ignore[attr-defined]
        for i in range(0, len(children), 500):
            for a in self.session.exec(
                select(Alignment).where(Alignment.from_objective_id.in_(children[i : i + 500]))
            ):
                stored[(a.from_objective_id, a.to_objective_id)] = a.id
        seen: dict[tuple[str, str], tuple[Any, ...]] = {}
        for key, link in list(links.items()):
            pair = (link.from_objective_id, link.to_objective_id)  # type: ignore[attr-defined]
            file, record = self.batch.where(link)
            missing = [oid for oid in pair if not self._objective_known(oid)]
            if missing or pair in seen:
                self.batch.remove(Alignment, key)
                if missing:
                    self.batch.warn(
                        file, record, "alignment", "problem.lark.link_skipped", objective=shown(missing[0])
                    )
                continue
            seen[pair] = key
            if pair in stored and stored[pair] != link.id:  # type: ignore[attr-defined]
                self.batch.remove(Alignment, key)
                link.id = stored[pair]  # type: ignore[attr-defined]
                self.batch.add(link, file, record)
