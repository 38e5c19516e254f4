"""The acting user and the scope the access layer enforces for them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from assistant.access.scope import compute_scope
from assistant.errors import NotFound
from assistant.hris.models import Employee, HrbpAssignment, OrgUnit


@dataclass(frozen=True)
class Viewer:
    employee_id: str
    name: str
    role: str
    scope: frozenset[str] | None  # None: everyone (HR admin)
    language: str = "zh"

    def can_see(self, employee_id: str) -> bool:
        return self.scope is None or employee_id in self.scope


def load_viewer(session: Session, employee_id: str) -> Viewer:
    me = session.get(Employee, employee_id)
    if me is None or not me.active:
        raise NotFound("error.no_such_user", id=employee_id)
    people = session.exec(select(Employee.id, Employee.manager_id, Employee.org_unit_id)).all()
    units = session.exec(select(OrgUnit.id, OrgUnit.parent_id)).all()
    hrbp_units = session.exec(
        select(HrbpAssignment.org_unit_id).where(HrbpAssignment.hrbp_id == employee_id)
    ).all()
    scope = compute_scope(
        employee_id,
        me.role,
        manager_of={e: m for e, m, _ in people},
        unit_of={e: u for e, _, u in people},
        unit_parent_of=dict(units),
        hrbp_units=hrbp_units,
    )
    return Viewer(employee_id=me.id, name=me.name, role=me.role, scope=scope, language=me.language)
