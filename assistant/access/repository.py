"""The one data-access layer. Every module reads HRIS records through :class:`HRData`, which applies the
viewer's scope in the query itself, so an out-of-scope record never leaves the database."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import String, any_, bindparam, func, or_
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Session, SQLModel, select

from assistant.access.actor import Actor, find_employee
from assistant.access.gate import require_hr
from assistant.access.scope import descendants, invert
from assistant.errors import AccessDenied, NotFound
from assistant.hris.models import (
    Alignment,
    Cycle,
    CycleStage,
    Employee,
    KeyResult,
    Kpi,
    Objective,
    OrgUnit,
    PotentialAssessment,
    ProgressRecord,
    Rating,
    Review,
)

T = TypeVar("T", bound=SQLModel)
_INLINE_IDS = 1000  # scopes up to this size go into SQL as one bound parameter per id

# Private tables and the column naming the employee a record is about.
PRIVATE_SUBJECT: dict[type[SQLModel], str] = {
    Rating: "employee_id",
    Review: "reviewee_id",
    Kpi: "employee_id",
    PotentialAssessment: "employee_id",
}


@dataclass
class ObjectiveView:
    objective: Objective
    key_results: list[KeyResult]
    alignments: list[Alignment] = field(default_factory=list)  # links to parent objectives

    @property
    def aligned_to(self) -> list[str]:
        return [a.to_objective_id for a in self.alignments]


class HRData:
    """Scoped reads for one acting user."""

    def __init__(self, session: Session, actor: Actor, okr_visibility: str = "company",
                 peer_reviewers_visible: bool = False) -> None:  # fmt: skip
        self.session = session
        self.actor = actor
        self.okr_visibility = okr_visibility
        self.peer_reviewers_visible = peer_reviewers_visible
        self.reads: Counter[tuple[str, str]] = Counter()  # (whose, which records) read: for the audit log

    # --- the directory is not private -------------------------------------------------------
    def people(self) -> list[Employee]:
        return list(self.session.exec(select(Employee).where(Employee.active).order_by(Employee.id)))

    def employee(self, employee_id: str) -> Employee:
        """The employee (ids are matched without regard to case, as people type them)."""
        emp = find_employee(self.session, employee_id)
        if emp is None:
            raise NotFound("error.no_such_employee", id=employee_id)
        return emp

    def direct_reports(self, manager_id: str) -> list[Employee]:
        manager_id = self.employee(manager_id).id
        query = (
            select(Employee).where(Employee.manager_id == manager_id, Employee.active).order_by(Employee.id)
        )
        return list(self.session.exec(query))

    def org_units(self) -> list[OrgUnit]:
        return list(self.session.exec(select(OrgUnit).order_by(OrgUnit.id)))

    def cycles(self) -> list[Cycle]:
        return list(self.session.exec(select(Cycle).order_by(Cycle.start)))

    def audience(self, target: str) -> list[Employee]:
        """The people a communication to ``target`` ("unit:ID": an org unit and its sub-units; "cycle:ID": everyone
        employed during the cycle) reaches, within the viewer's scope. Only HR admins and HRBPs address
        audiences."""
        require_hr(self.actor)
        kind, _, key = target.partition(":")
        query = select(Employee).where(Employee.active)
        if kind == "unit":
            query = query.where(self.among(Employee.id, self.unit_members(key)))
        elif kind == "cycle":
            cycle = self.cycle(key.strip())
            query = query.where(or_(Employee.hire_date.is_(None), Employee.hire_date <= cycle.end))  # type: ignore[union-attr,operator]
        else:
            raise NotFound("error.bad_audience", target=target)
        people = self.session.exec(query.order_by(Employee.id)).all()
        return [p for p in people if self.actor.can_see(p.id)]

    def cycle(self, cycle_id: str) -> Cycle:
        cycle = self.session.get(Cycle, cycle_id)
        if cycle is None:
            raise NotFound("error.no_such_cycle", id=cycle_id)
        return cycle

    def unit_members(self, unit_id: str) -> frozenset[str]:
        """Everyone in an org unit and its sub-units (the directory is not private; records stay scoped)."""
        unit = self.session.get(OrgUnit, unit_id.strip())
        if unit is None:
            raise NotFound("error.no_such_unit", id=unit_id)
        parents = dict(self.session.exec(select(OrgUnit.id, OrgUnit.parent_id)).all())
        units = {unit.id} | descendants(invert(parents), [unit.id])
        return frozenset(
            self.session.exec(select(Employee.id).where(self.among(Employee.org_unit_id, units))).all()
        )

    def stages(self, cycle_id: str) -> list[CycleStage]:
        cycle = self.cycle(cycle_id)
        rows = self.session.exec(select(CycleStage).where(CycleStage.cycle_id == cycle.id)).all()
        return sorted(rows, key=lambda st: st.start)

    # --- private records --------------------------------------------------------------------
    def require(self, employee_id: str) -> str:
        """``employee_id`` as stored; AccessDenied unless the viewer may read their private records."""
        employee_id = self.employee(employee_id).id
        if not self.actor.can_see(employee_id):
            raise AccessDenied("error.access_denied", viewer=self.actor.employee_id, subject=employee_id)
        return employee_id

    def private(self, model: type[T], of: str | None = None, cycle_id: str | None = None) -> list[T]:
        """Records of a private table, about ``of`` (checked) or about everyone in scope."""
        column = getattr(model, PRIVATE_SUBJECT[model])
        query = select(model)
        query = query.where(column == self.require(of)) if of is not None else self.scoped(query, column)
        if cycle_id is not None:
            query = query.where(model.cycle_id == cycle_id)  # type: ignore[attr-defined]
        rows = list(self.session.exec(query.order_by(model.cycle_id, model.id)))  # type: ignore[attr-defined]
        for row in rows:
            if (whose := getattr(row, PRIVATE_SUBJECT[model])) != self.actor.employee_id:
                self.reads[(whose, str(model.__tablename__))] += 1
        return self._hide_peer_reviewers(rows) if model is Review else rows  # type: ignore[return-value]

    def scoped(self, query: Any, subject: Any) -> Any:
        """``query`` (an aggregate over private records) limited to the people in the viewer's scope, by the
        column ``subject`` that names the person the record is about."""
        return query if self.actor.scope is None else query.where(self.among(subject, self.actor.scope))

    def aggregate(self, query: Any, subject: Any) -> list[Any]:
        """The rows of an aggregate over private records, scoped by ``subject`` (see :meth:`scoped`), as plain
        tuples: executed at the SQL layer, without the ORM's per-row work (analytics reads 10⁵–10⁶ rows)."""
        result = self.session.connection().execute(self.scoped(query, subject))
        rows = result.cursor.fetchall()  # the driver's tuples: no Row objects for 10⁵ rows
        result.close()
        self.reads[("*", "aggregate")] += 1
        return rows

    def among(self, column: Any, ids: Iterable[str]) -> Any:
        """``column IN ids`` for any number of ids: a few as one bound parameter each, many as one JSON (SQLite)
        or array (PostgreSQL) parameter, since the servers cap bound parameters (32,766 and 65,535)."""
        ordered = sorted(ids)
        if len(ordered) <= _INLINE_IDS:
            return column.in_(ordered)
        if self.session.get_bind().dialect.name == "postgresql":
            return column == any_(bindparam(None, ordered, type_=ARRAY(String)))
        values = func.json_each(json.dumps(ordered)).table_valued("value")
        return column.in_(select(values.c.value))

    def _hide_peer_reviewers(self, reviews: list[Review]) -> list[Review]:
        """In the reviewee's own peer reviews the reviewer is hidden (``reviewer_id`` empty, and the id, which
        names the reviewer, made opaque) unless the company's settings show it; managers and HR see who wrote
        them. The rows handed out are copies."""
        if self.peer_reviewers_visible or self.actor.scope is None:  # HR admins see everything
            return reviews
        me = self.actor.employee_id
        return [Review(**{**r.model_dump(), "reviewer_id": "", "id": _opaque(r)}) if r.kind == "peer"
                and r.reviewee_id == me and r.reviewer_id != me else r for r in reviews]  # fmt: skip

    def ratings(self, of: str | None = None, cycle_id: str | None = None) -> list[Rating]:
        return self.private(Rating, of, cycle_id)

    def reviews(self, of: str | None = None, cycle_id: str | None = None) -> list[Review]:
        return self.private(Review, of, cycle_id)

    def kpis(self, of: str | None = None, cycle_id: str | None = None) -> list[Kpi]:
        return self.private(Kpi, of, cycle_id)

    def potential(self, of: str | None = None, cycle_id: str | None = None) -> list[PotentialAssessment]:
        return self.private(PotentialAssessment, of, cycle_id)

    # --- OKRs: company-wide by default, private objectives only within scope ------------------
    def _objective_filter(self):  # type: ignore[no-untyped-def]
        if self.actor.scope is None:
            return True
        in_scope = self.among(Objective.owner_id, self.actor.scope)
        if self.okr_visibility == "private":
            return in_scope
        return or_(Objective.private == False, in_scope)  # noqa: E712

    def objectives(self, of: str | None = None, cycle_id: str | None = None) -> list[ObjectiveView]:
        query = select(Objective).where(self._objective_filter())
        if of is not None:
            of = self.employee(of).id
            query = query.where(Objective.owner_id == of)
            if self.okr_visibility == "private" and not self.actor.can_see(of):
                raise AccessDenied("error.access_denied", viewer=self.actor.employee_id, subject=of)
        if cycle_id is not None:
            self.cycle(cycle_id)
            query = query.where(Objective.cycle_id == cycle_id)
        objectives = list(
            self.session.exec(
                query.order_by(Objective.cycle_id, Objective.owner_id, Objective.position, Objective.id)
            )
        )
        return self._with_key_results(objectives)

    def key_result_rows(self) -> list[Any]:
        """The key results of every objective this viewer may see, as plain rows (no ORM objects: the OKR
        history reads all of them): cycle_id, owner_id, id, content, baseline, target, current, score, unit,
        direction; by cycle, owner and position."""
        o, k = Objective, KeyResult
        query = (select(o.cycle_id, o.owner_id, k.id, k.content, k.baseline, k.target, k.current, k.score, k.unit,
                        k.direction).join(o, o.id == k.objective_id).where(self._objective_filter())
                 .order_by(o.cycle_id, o.owner_id, o.position, o.id, k.position, k.id))  # fmt: skip
        return list(self.session.connection().execute(query))

    def objectives_digest(self) -> str:
        """A digest of the ids of every objective this viewer may see: viewers with the same digest see the
        same OKRs (company-wide OKRs make that most viewers), so what is derived from them can be shared."""
        ids = self.session.exec(select(Objective.id).where(self._objective_filter()).order_by(Objective.id))
        digest = hashlib.sha1()
        for oid in ids:
            digest.update(oid.encode() + b"\n")
        return digest.hexdigest()

    def objective(self, objective_id: str) -> ObjectiveView:
        obj = self.session.exec(
            select(Objective).where(Objective.id == objective_id, self._objective_filter())
        ).first()
        if obj is None:
            raise NotFound("error.no_such_objective", id=objective_id)
        return self._with_key_results([obj])[0]

    def _with_key_results(self, objectives: Sequence[Objective]) -> list[ObjectiveView]:
        ids = [o.id for o in objectives]
        krs: dict[str, list[KeyResult]] = {i: [] for i in ids}
        links: dict[str, list[Alignment]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            for kr in self.session.exec(
                select(KeyResult)
                .where(KeyResult.objective_id.in_(chunk))
                .order_by(KeyResult.position, KeyResult.id)
            ):
                krs[kr.objective_id].append(kr)
            visible_parent = (
                select(Alignment)
                .join(Objective, Objective.id == Alignment.to_objective_id)
                .where(Alignment.from_objective_id.in_(chunk), self._objective_filter())
            )
            for link in self.session.exec(visible_parent):
                links[link.from_objective_id].append(link)
        return [ObjectiveView(o, krs[o.id], sorted(links[o.id], key=lambda a: a.id)) for o in objectives]

    def children(self, objective_ids: Sequence[str]) -> list[Alignment]:
        """Alignment links whose parent is one of ``objective_ids`` and whose child the viewer may see."""
        out: list[Alignment] = []
        for chunk in _chunks(list(objective_ids)):
            out += self.session.exec(
                select(Alignment)
                .join(Objective, Objective.id == Alignment.from_objective_id)
                .where(Alignment.to_objective_id.in_(chunk), self._objective_filter())
                .order_by(Alignment.id)
            )
        return out

    def progress(self, views: Sequence[ObjectiveView]) -> list[ProgressRecord]:
        """Progress records of objectives and KRs the caller obtained through this layer."""
        target_ids = [v.objective.id for v in views] + [kr.id for v in views for kr in v.key_results]
        out: list[ProgressRecord] = []
        for chunk in _chunks(list(target_ids)):
            out += self.session.exec(
                select(ProgressRecord)
                .where(ProgressRecord.target_id.in_(chunk))
                .order_by(ProgressRecord.modified_at, ProgressRecord.id)
            )
        return out


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)] or [[]]


def _opaque(review: Review) -> str:
    """The review's id with the reviewer in it replaced by a stable token (the rest — cycle, stage, field —
    stays, for exports)."""
    token = "peer-" + hashlib.sha256(review.id.encode("utf-8")).hexdigest()[:12]
    if review.reviewer_id and f":{review.reviewer_id}:" in review.id:
        return review.id.replace(f":{review.reviewer_id}:", f":{token}:", 1)
    return token if review.reviewer_id in review.id else review.id
