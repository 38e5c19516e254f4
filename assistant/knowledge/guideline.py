"""The company's rating guideline (``knowledge/rating_guideline.yaml``): the share of each rating a department is
expected to give and the tolerance. Drafts quote it; analytics tests distributions against it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

GUIDELINE = Path(__file__).resolve().parents[2] / "knowledge" / "rating_guideline.yaml"


@cache
def guideline() -> dict[str, Any]:
    return yaml.safe_load(GUIDELINE.read_text(encoding="utf-8"))
