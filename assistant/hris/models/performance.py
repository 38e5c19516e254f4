"""Private performance records: KPIs, reviews, ratings, calibration sessions, potential."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

RATINGS = ("S", "A", "B", "C", "D")
REVIEW_KINDS = ("self", "manager", "peer")
POTENTIALS = ("high", "medium", "low")


class Kpi(SQLModel, table=True):
    id: str = Field(primary_key=True)
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    employee_id: str = Field(foreign_key="employee.id", index=True)
    indicator: str
    weight: float | None = None  # 0..1
    formula: str | None = None
    data_source: str | None = None
    unit: str | None = None
    direction: str = "increase"
    threshold: float | None = None
    target: float | None = None
    challenge: float | None = None
    actual: float | None = None
    score: float | None = None  # 0..120, see the KPI guide


class Review(SQLModel, table=True):
    id: str = Field(primary_key=True)
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    reviewee_id: str = Field(foreign_key="employee.id", index=True)
    reviewer_id: str = Field(foreign_key="employee.id", index=True)
    kind: str  # self | manager | peer
    stage: str = "year_end_review"
    text: str
    lang: str = "zh"
    submitted_at: datetime | None = None


class CalibrationSession(SQLModel, table=True):
    __tablename__ = "calibration_session"

    id: str = Field(primary_key=True)
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    org_unit_id: str = Field(foreign_key="org_unit.id")
    facilitator_id: str | None = Field(default=None, foreign_key="employee.id")
    held_on: date | None = None


class Rating(SQLModel, table=True):
    __table_args__ = (
        Index("ux_rating_cycle_employee", "cycle_id", "employee_id", unique=True),
        # covers the rater model's sums per employee and rater (analytics at 100k employees)
        Index("ix_rating_employee_rater", "employee_id", "rater_id", "pre_calibration", "post_calibration"),
    )

    id: str = Field(primary_key=True)
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    employee_id: str = Field(foreign_key="employee.id", index=True)
    rater_id: str | None = Field(default=None, foreign_key="employee.id", index=True)
    pre_calibration: str | None = None  # S A B C D
    post_calibration: str | None = None
    calibration_session_id: str | None = Field(default=None, foreign_key="calibration_session.id")
    change_reason: str | None = None


class PotentialAssessment(SQLModel, table=True):
    __tablename__ = "potential_assessment"
    __table_args__ = (Index("ux_potential_cycle_employee", "cycle_id", "employee_id", unique=True),)

    id: str = Field(primary_key=True)
    cycle_id: str = Field(foreign_key="cycle.id", index=True)
    employee_id: str = Field(foreign_key="employee.id", index=True)
    assessor_id: str | None = Field(default=None, foreign_key="employee.id")
    potential: str  # high | medium | low
    note: str | None = None
