"""The accounts service: verify a password, set one, and the fingerprint that ends old sessions."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from sqlmodel import select

from assistant.access.actor import Actor, find_employee, resolve_actor
from assistant.access.gate import require_admin
from assistant.accounts.passwords import hash_password, verify_password
from assistant.errors import AccessDenied, AssistantError, NotFound
from assistant.hris.models import Employee

if TYPE_CHECKING:
    from assistant.core import Core

MIN_PASSWORD = 8


class AccountService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def authenticate(self, employee_id: str, password: str) -> Actor:
        """The user, when the password matches the stored hash; AccessDenied otherwise (same for unknown ids)."""
        with self.core.db.session() as s:
            emp = find_employee(s, employee_id)
            stored = emp.password_hash if emp is not None and emp.active else None
            if not verify_password(password, stored):
                raise AccessDenied("error.login_failed")
            return resolve_actor(s, emp.id)  # type: ignore[union-attr]

    def has_password(self, employee_id: str) -> bool:
        with self.core.db.session() as s:
            emp = find_employee(s, employee_id)
            return bool(emp is not None and emp.password_hash)

    def fingerprint(self, employee_id: str) -> str | None:
        """A value that changes with the user's password (so a new password ends old sessions); None when the
        user is unknown, inactive or has no password."""
        with self.core.db.session() as s:
            emp = find_employee(s, employee_id)
            if emp is None or not emp.active or not emp.password_hash:
                return None
            return hashlib.sha256(emp.password_hash.encode()).hexdigest()[:16]

    def set_password(self, employee_id: str, password: str, actor: Actor | None) -> None:
        """Users set their own password; an HR admin may set anyone's (or anyone may, in an HRIS with no
        password set yet, to bootstrap)."""
        if len(password) < MIN_PASSWORD:
            raise AssistantError("error.password_short")
        with self.core.db.transaction() as s:
            nobody = s.exec(select(Employee.id).where(Employee.password_hash.is_not(None))).first() is None  # type: ignore[union-attr]
            emp = find_employee(s, employee_id)
            if emp is None:
                raise NotFound("error.no_such_employee", id=employee_id)
            if not nobody and (actor is None or actor.employee_id != emp.id):
                require_admin(s, actor)
            emp.password_hash = hash_password(password)
            s.add(emp)
