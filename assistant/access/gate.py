"""Access decisions that are not a scoped query: who may administer, which documents a user may see.
Scoped reads are :class:`assistant.access.repository.HRData`; scoped writes :mod:`assistant.access.writes`."""

from __future__ import annotations

from sqlmodel import Session, select

from assistant.access.actor import Actor, Role
from assistant.access.scope import descendants, invert
from assistant.errors import AccessDenied, AssistantError
from assistant.hris.models import Employee, KnowledgeDocument, OrgUnit


def require_admin(session: Session, actor: Actor | None) -> None:
    """AccessDenied unless ``actor`` is an HR admin; only an HRIS with nobody in it yet may be bootstrapped
    by anyone (the first import)."""
    if session.exec(select(Employee.id)).first() is None:
        return
    if actor is None:
        raise AssistantError("error.need_user")
    if not actor.is_admin:
        raise AccessDenied("error.need_admin", viewer=actor.employee_id, role=actor.role)


HR_ROLES = frozenset({Role.HR_ADMIN, Role.HRBP})  # who drafts and sends communications


def require_hr(actor: Actor) -> None:
    """AccessDenied unless ``actor`` is an HR admin or an HRBP."""
    if actor.role not in HR_ROLES:
        raise AccessDenied("error.need_hr", viewer=actor.employee_id, role=actor.role)


def document_visible(
    scope: str, actor: Actor | None, unit: str | None, units_under: dict[str, set[str]]
) -> bool:
    """Whether a document ingested with ``scope`` ("all", "role:a,b", "unit:x,y") may be shown to ``actor``."""
    if scope == "all":
        return True
    if actor is None:
        return False
    if actor.is_admin:
        return True
    kind, _, values = scope.partition(":")
    wanted = {v.strip() for v in values.split(",") if v.strip()}
    if kind == "role":
        return actor.role in wanted
    if kind == "unit":
        return unit is not None and any(unit in units_under.get(w, {w}) for w in wanted)
    return False


def document_scopes(session: Session, actor: Actor | None) -> tuple[list[str], bool]:
    """The document scopes ``actor`` may see, and whether that is every scope in the index."""
    scopes = sorted(set(session.exec(select(KnowledgeDocument.scope).distinct())))
    me = session.get(Employee, actor.employee_id) if actor else None
    parents = dict(session.exec(select(OrgUnit.id, OrgUnit.parent_id)).all())
    tree = invert(parents)
    under = {u: {u} | descendants(tree, [u]) for u in parents}
    allowed = [sc for sc in scopes if document_visible(sc, actor, me.org_unit_id if me else None, under)]
    return allowed, len(allowed) == len(scopes)
