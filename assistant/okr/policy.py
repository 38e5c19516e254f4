"""The company's OKR and KPI thresholds (``knowledge/okr_policy.yaml``), with the guide each comes from."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel

POLICY_FILE = Path(__file__).resolve().parents[2] / "knowledge" / "okr_policy.yaml"


class OkrPolicy(BaseModel):
    okr_guide: str
    kpi_guide: str
    objectives_per_set: tuple[int, int] = (2, 5)
    key_results_per_objective: tuple[int, int] = (2, 5)
    kr_weight_min: float = 0.10
    unrealistic_factor: float = 3.0
    unrealistic_min_history: int = 3
    sandbag_cycles: int = 2
    sandbag_share: float = 0.5
    kpi_count: tuple[int, int] = (3, 6)
    kpi_weight: tuple[float, float] = (0.10, 0.40)
    combined_model: dict[str, float] = {"kpi": 0.6, "okr": 0.4}


@cache
def load_policy(path: Path = POLICY_FILE) -> OkrPolicy:
    return OkrPolicy.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
