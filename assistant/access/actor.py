"""The acting user, resolved once per request: who they are, their role and the scope the access layer
enforces for them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from sqlalchemy import func
from sqlmodel import Session, select

from assistant.access.scope import compute_scope
from assistant.errors import NotFound
from assistant.hris.models import Employee, HrbpAssignment, OrgUnit


class Role(StrEnum):
    EMPLOYEE = "employee"
    MANAGER = "manager"
    HRBP = "hrbp"
    HR_ADMIN = "hr_admin"


@dataclass(frozen=True)
class Actor:
    employee_id: str
    name: str
    role: Role
    scope: frozenset[str] | None  # None: everyone (HR admin)
    language: str = "zh"
    via: str = "api"  # the entry point: api | cli | web (for the audit log)

    def can_see(self, employee_id: str) -> bool:
        return self.scope is None or employee_id in self.scope

    @property
    def is_admin(self) -> bool:
        return self.role is Role.HR_ADMIN

    def narrowed(self, people: frozenset[str]) -> Actor:
        """The same user looking at ``people`` only (a drill-down): never wider than their own scope."""
        scope = people if self.scope is None else self.scope & people
        return replace(self, scope=scope)

    def through(self, entry: str) -> Actor:
        """The same user, acting through ``entry`` (cli, web)."""
        return replace(self, via=entry)


SYSTEM = Actor("system", "system", Role.HR_ADMIN, None, "en", "system")
"""The app's own maintenance jobs (never a user): what they read is stored for users' scoped reports, never
shown, and the audit log names them."""


def find_employee(session: Session, employee_id: str) -> Employee | None:
    """The employee with this id; ids are matched without regard to case or surrounding spaces."""
    key = employee_id.strip()
    emp = session.get(Employee, key)
    if emp is None and key:
        emp = session.exec(select(Employee).where(func.lower(Employee.id) == key.lower())).first()
    return emp


def resolve_actor(session: Session, employee_id: str) -> Actor:
    me = find_employee(session, employee_id)
    if me is None or not me.active:
        raise NotFound("error.no_such_user", id=employee_id)
    people = session.exec(select(Employee.id, Employee.manager_id, Employee.org_unit_id)).all()
    units = session.exec(select(OrgUnit.id, OrgUnit.parent_id)).all()
    hrbp_units = session.exec(select(HrbpAssignment.org_unit_id).where(HrbpAssignment.hrbp_id == me.id)).all()
    scope = compute_scope(
        me.id,
        me.role,
        manager_of={e: m for e, m, _ in people},
        unit_of={e: u for e, _, u in people},
        unit_parent_of=dict(units),
        hrbp_units=hrbp_units,
    )
    return Actor(employee_id=me.id, name=me.name, role=Role(me.role), scope=scope, language=me.language)
