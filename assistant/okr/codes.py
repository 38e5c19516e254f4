"""Every finding code the checker emits, with its severity and the guide section it rests on. Messages and
suggestions live in the i18n catalogue under ``okr.code.<CODE>`` and ``okr.suggest.<CODE>``."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.okr.model import Severity


@dataclass(frozen=True)
class Code:
    severity: Severity
    area: str  # kr | objective | set | alignment | ambition | kpi
    guide: str  # "okr §4" / "kpi 2.2": where the rule comes from


CODES: dict[str, Code] = {
    "KR_NO_METRIC": Code("error", "kr", "okr §4"),
    "KR_PLACEHOLDER_TARGET": Code("error", "kr", "okr §4"),
    "KR_NO_BASELINE": Code("warning", "kr", "okr §4"),
    "KR_IS_TASK": Code("warning", "kr", "okr §4"),
    "KR_DUPLICATE": Code("warning", "kr", "okr §4"),
    "KR_WEIGHT_LOW": Code("info", "kr", "okr §5"),
    "O_IS_METRIC": Code("warning", "objective", "okr §3"),
    "O_KR_COUNT": Code("warning", "objective", "okr §5"),
    "SET_OBJECTIVE_COUNT": Code("warning", "set", "okr §5"),
    "KR_WEIGHTS": Code("error", "objective", "okr §5"),
    "O_WEIGHTS": Code("error", "set", "okr §5"),
    "ALIGN_NONE": Code("error", "alignment", "okr §6"),
    "ALIGN_WEAK": Code("warning", "alignment", "okr §6"),
    "ALIGN_SUGGESTED": Code("info", "alignment", "okr §6"),
    "ALIGN_UNCERTAIN": Code("info", "alignment", "okr §6"),
    "ALIGN_UNKNOWN_PARENT": Code("warning", "alignment", "okr §6"),
    "AMB_BELOW_BASELINE": Code("error", "ambition", "okr §7.2"),
    "AMB_SANDBAG": Code("warning", "ambition", "okr §7.2"),
    "AMB_UNREALISTIC": Code("warning", "ambition", "okr §7.3"),
    "KPI_COUNT": Code("warning", "kpi", "kpi 2.1"),
    "KPI_WEIGHTS": Code("error", "kpi", "kpi 2.1"),
    "KPI_WEIGHT_RANGE": Code("warning", "kpi", "kpi 2.1"),
    "KPI_NO_FORMULA": Code("warning", "kpi", "kpi 2.2"),
    "KPI_NO_SOURCE": Code("warning", "kpi", "kpi 2.2"),
    "KPI_LEVELS_MISSING": Code("error", "kpi", "kpi 2.3"),
    "KPI_LEVELS_ORDER": Code("error", "kpi", "kpi 2.3"),
    "KPI_AS_KR": Code("error", "kpi", "kpi 1.2"),
    "KPI_DUPLICATE": Code("warning", "kpi", "kpi 2.2"),
    "KPI_MODEL_WEIGHTS": Code("error", "kpi", "kpi 4.1"),
}
KR_CODES = ("KR_NO_METRIC", "KR_PLACEHOLDER_TARGET", "KR_NO_BASELINE", "KR_IS_TASK", "AMB_BELOW_BASELINE")
ALIGN_CODES = ("ALIGN_NONE", "ALIGN_WEAK", "ALIGN_SUGGESTED")
