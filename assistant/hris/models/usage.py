"""The LLM usage log: what was asked of which engine, at what cost. Never any prompt or answer text."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel


class UsageLog(SQLModel, table=True):
    __tablename__ = "usage_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    task: str
    engine: str  # offline | llm
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms: float = 0.0
    fallback_reason: str | None = None
    cached: bool = False
