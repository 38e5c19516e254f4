"""The HRIS data model (sqlmodel tables). Same code on SQLite and PostgreSQL."""

from assistant.hris.models.cycle import STAGES, Cycle, CycleStage
from assistant.hris.models.drafting import SendLog
from assistant.hris.models.feedback import AnswerFeedback
from assistant.hris.models.knowledge import KnowledgeChunk, KnowledgeDocument
from assistant.hris.models.meta import SchemaInfo
from assistant.hris.models.okr import Alignment, KeyResult, Objective, OkrCheckSummary, ProgressRecord
from assistant.hris.models.org import ROLES, Employee, HrbpAssignment, OrgUnit
from assistant.hris.models.performance import (
    POTENTIALS,
    RATINGS,
    REVIEW_KINDS,
    CalibrationSession,
    Kpi,
    PotentialAssessment,
    Rating,
    Review,
)
from assistant.hris.models.usage import AuditLog, UsageLog

# Tables in dependency order: parents before children (inserts), reversed for deletes.
TABLES: tuple[type, ...] = (
    OrgUnit,
    Employee,
    HrbpAssignment,
    Cycle,
    CycleStage,
    Objective,
    KeyResult,
    Alignment,
    ProgressRecord,
    Kpi,
    Review,
    CalibrationSession,
    Rating,
    PotentialAssessment,
)

__all__ = [
    "POTENTIALS",
    "RATINGS",
    "REVIEW_KINDS",
    "ROLES",
    "STAGES",
    "TABLES",
    "Alignment",
    "AnswerFeedback",
    "AuditLog",
    "CalibrationSession",
    "Cycle",
    "CycleStage",
    "Employee",
    "HrbpAssignment",
    "KeyResult",
    "KnowledgeChunk",
    "KnowledgeDocument",
    "Kpi",
    "Objective",
    "OkrCheckSummary",
    "OrgUnit",
    "PotentialAssessment",
    "ProgressRecord",
    "Rating",
    "Review",
    "SchemaInfo",
    "SendLog",
    "UsageLog",
]
