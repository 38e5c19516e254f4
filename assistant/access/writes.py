"""Scoped writes: records a user creates are theirs, written only as that user."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from assistant.access.actor import Actor
from assistant.hris.models import AnswerFeedback


class ScopedWrites:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.session, self.actor = session, actor

    def answer_feedback(
        self, question: str, answer: str, sources: list[str], engine: str, helpful: bool
    ) -> None:
        self.session.add(AnswerFeedback(at=datetime.now(UTC), employee_id=self.actor.employee_id,
                                        question=question, answer=answer, sources="\n".join(sources),
                                        engine=engine, helpful=helpful))  # fmt: skip
