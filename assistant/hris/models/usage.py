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


class AuditLog(SQLModel, table=True):
    """Who read whose private records, when and through which entry point — never the records' content."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    viewer_id: str = Field(index=True)
    subject_id: str = Field(index=True)  # the person the records are about; "*" for an aggregate over a scope
    record: str  # rating | review | kpi | potential_assessment | aggregate
    count: int = 1
    entry: str = "api"  # api | cli | web
