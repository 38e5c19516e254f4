"""Thumbs up/down on answers, kept for evals: who rated which question and answer, and when."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class AnswerFeedback(SQLModel, table=True):
    __tablename__ = "answer_feedback"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    employee_id: str = Field(foreign_key="employee.id", index=True)
    question: str
    answer: str
    sources: str = ""  # the cited sources, one per line
    engine: str = "offline"
    helpful: bool
