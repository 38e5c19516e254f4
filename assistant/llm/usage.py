"""Token budgets and the usage log (in the database; counts and reasons only, no text)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy import func
from sqlmodel import select

from assistant.hris.db import Database
from assistant.hris.models import UsageLog
from assistant.llm.types import GenerationResult


class UsageLedger:
    def __init__(self, db: Database | None, daily_budget: int) -> None:
        self.db = db
        self.daily_budget = daily_budget

    def used_today(self) -> int:
        if self.db is None:
            return 0
        midnight = datetime.combine(datetime.now(UTC).date(), time.min, tzinfo=UTC)
        with self.db.session() as s:
            total = s.exec(
                select(func.coalesce(func.sum(UsageLog.prompt_tokens + UsageLog.completion_tokens), 0)).where(
                    UsageLog.at >= midnight,
                    UsageLog.engine == "llm",
                    UsageLog.cached == False,  # noqa: E712
                )
            ).one()
        return int(total)

    def allows(self, tokens: int) -> bool:
        return self.used_today() + tokens <= self.daily_budget

    def record(self, task: str, result: GenerationResult) -> None:
        if self.db is None:
            return
        with self.db.transaction() as s:
            s.add(
                UsageLog(
                    at=datetime.now(UTC), task=task, engine=result.engine, model=result.model,
                    prompt_tokens=result.usage.prompt_tokens, completion_tokens=result.usage.completion_tokens,
                    latency_ms=round(result.latency_ms, 1), fallback_reason=result.fallback_reason, cached=result.cached,
                )
            )  # fmt: skip
