"""Cycles (half-year OKR periods that are also review semesters) and their stages."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

STAGES = ("goal_setting", "mid_term_review", "year_end_review", "calibration")


class Cycle(SQLModel, table=True):
    id: str = Field(primary_key=True)  # Lark OKR period id, or ours (e.g. "2025-H2")
    name_zh: str
    name_en: str
    start: date
    end: date
    lark_status: int = 0  # Lark period status: 0 normal, 1 paused, 2 invalid, 3 hidden
    lark_semester_id: str | None = Field(default=None, unique=True)  # Performance API semester

    def state(self, today: date) -> str:
        """planned, active or closed on ``today``."""
        if today < self.start:
            return "planned"
        return "active" if today <= self.end else "closed"


class CycleStage(SQLModel, table=True):
    __tablename__ = "cycle_stage"

    cycle_id: str = Field(foreign_key="cycle.id", primary_key=True)
    stage: str = Field(primary_key=True)  # one of STAGES
    start: date
    end: date
