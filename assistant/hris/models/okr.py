"""Objectives, key results, alignment links and progress records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class Objective(SQLModel, table=True):
    # covers goal achievement's per-person means (analytics at 100k employees)
    __table_args__ = (Index("ix_objective_owner_cycle_score", "owner_id", "cycle_id", "score"),)

    id: str = Field(primary_key=True)
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    owner_id: str = Field(foreign_key="employee.id", index=True)
    okr_id: str | None = None  # Lark v1: one OKR (batch) per user per period
    position: int = 1
    content: str
    notes: str = ""
    score: float | None = None  # 0..1
    weight: float | None = None  # 0..1
    progress_percent: int | None = None
    progress_status: str | None = None  # none | normal | at_risk | delayed
    deadline: datetime | None = None
    category_id: str | None = None
    private: bool = False


class KeyResult(SQLModel, table=True):
    __tablename__ = "key_result"

    id: str = Field(primary_key=True)
    objective_id: str = Field(foreign_key="objective.id", index=True)
    position: int = 1
    content: str
    score: float | None = None  # 0..1
    weight: float | None = None  # 0..1 within the objective
    progress_percent: int | None = None
    progress_status: str | None = None
    deadline: datetime | None = None
    # Quantitative indicator (Lark v2 Indicator), where known.
    indicator_id: str | None = None
    baseline: float | None = None
    target: float | None = None
    current: float | None = None
    unit: str | None = None
    direction: str | None = None  # increase | decrease


class Alignment(SQLModel, table=True):
    """The child objective ``from_objective_id`` serves the parent objective (or one of its KRs)."""

    __table_args__ = (Index("ux_alignment_pair", "from_objective_id", "to_objective_id", unique=True),)

    id: str = Field(primary_key=True)
    from_objective_id: str = Field(foreign_key="objective.id", index=True)
    to_objective_id: str = Field(foreign_key="objective.id", index=True)
    to_key_result_id: str | None = Field(default=None, foreign_key="key_result.id")


class ProgressRecord(SQLModel, table=True):
    __tablename__ = "progress_record"

    id: str = Field(primary_key=True)
    target_type: str  # objective | key_result
    target_id: str = Field(index=True)
    modified_at: datetime
    text: str


class OkrCheckSummary(SQLModel, table=True):
    """What the OKR checker found in one person's set of one cycle, kept until the HRIS data change (an import
    clears the table): OKR health reads these counts in SQL instead of re-checking every set."""

    __tablename__ = "okr_check"

    id: str = Field(primary_key=True)  # "<cycle>:<owner>"
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    owner_id: str = Field(foreign_key="employee.id", index=True)
    krs: int
    krs_with_findings: int
    sandbagging: bool
