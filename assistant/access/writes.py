"""Scoped writes: records a user creates are theirs, written only as that user."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from assistant.access.actor import Actor
from assistant.errors import AccessDenied
from assistant.hris.models import AnswerFeedback, OkrCheckSummary, SendLog


class ScopedWrites:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session, self.actor = session, actor

    def answer_feedback(
        self, question: str, answer: str, sources: list[str], engine: str, helpful: bool
    ) -> None:
        self.session.add(AnswerFeedback(at=datetime.now(UTC), employee_id=self.actor.employee_id,
                                        question=question, answer=answer, sources="\n".join(sources),
                                        engine=engine, helpful=helpful))  # fmt: skip

    def sent(self, draft: str, recipient_ids: list[str], subject: str) -> None:
        """Who received a draft, sent by this user (never the text)."""
        at = datetime.now(UTC)
        for rid in recipient_ids:
            self.session.add(SendLog(draft=draft, recipient_id=rid, sent_by=self.actor.employee_id, sent_at=at,
                                     subject=subject))  # fmt: skip

    def okr_checks(self, cycle_id: str, counts: dict[str, tuple[int, int, bool]]) -> None:
        """The checker's counts for sets this user may see: owner -> (KRs, KRs with a finding, sandbagging)."""
        for owner, (krs, flagged, sandbagging) in counts.items():
            if not self.actor.can_see(owner):
                raise AccessDenied("error.access_denied", viewer=self.actor.employee_id, subject=owner)
            self.session.merge(OkrCheckSummary(id=f"{cycle_id}:{owner}", cycle_id=cycle_id, owner_id=owner, krs=krs,
                                               krs_with_findings=flagged, sandbagging=sandbagging))  # fmt: skip
