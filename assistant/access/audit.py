"""The audit log: who read whose private records, when and through which entry point (never the content),
kept for ``privacy.audit_retention_days`` and shown to HR admins only."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlmodel import Session, col, select

from assistant.access.actor import Actor
from assistant.access.gate import require_admin
from assistant.hris.models import AuditLog

if TYPE_CHECKING:
    from assistant.core import Core


def record(session: Session, actor: Actor, reads: Counter[tuple[str, str]], retention_days: int) -> None:
    """One row per (person, kind of record) read by ``actor`` in one request; rows past retention go."""
    now = datetime.now(UTC)
    for (subject, kind), n in sorted(reads.items()):
        session.add(AuditLog(at=now, viewer_id=actor.employee_id, subject_id=subject, record=kind, count=n,
                             entry=actor.via))  # fmt: skip
    session.execute(delete(AuditLog).where(col(AuditLog.at) < now - timedelta(days=retention_days)))


class AuditService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def entries(self, actor: Actor, viewer: str | None = None, subject: str | None = None, days: int = 30,
                limit: int = 1000) -> list[AuditLog]:  # fmt: skip
        """The newest entries of the last ``days`` days (HR admins only), optionally for one viewer or subject."""
        self.core.ensure_schema()
        with self.core.db.session() as s:
            require_admin(s, actor)
            query = select(AuditLog).where(col(AuditLog.at) >= datetime.now(UTC) - timedelta(days=days))
            if viewer:
                query = query.where(AuditLog.viewer_id == viewer.strip().upper())
            if subject:
                query = query.where(AuditLog.subject_id == subject.strip().upper())
            return list(s.exec(query.order_by(col(AuditLog.at).desc(), col(AuditLog.id).desc()).limit(limit)))
