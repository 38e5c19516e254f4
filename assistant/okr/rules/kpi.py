"""KPIs and the combined OKR+KPI model (KPI guide): count, weights, required elements, ordered three levels,
no KPI repeated as a KR, and the combined weights."""

from __future__ import annotations

import re

from assistant.okr.model import CombinedModel, KeyResultIn, KpiIn
from assistant.okr.parse_kr import ParsedKR
from assistant.okr.policy import OkrPolicy
from assistant.okr.rules import Hit


def kpi_hits(kpis: list[KpiIn], policy: OkrPolicy) -> list[Hit]:
    if not kpis:
        return []
    hits: list[Hit] = []
    lo, hi = policy.kpi_count
    if not lo <= len(kpis) <= hi:
        hits.append(Hit("KPI_COUNT", "set", {"count": len(kpis), "lo": lo, "hi": hi}))
    weights = [k.weight for k in kpis]
    scaled = [
        (w / 100 if any((x or 0) > 1 for x in weights) else w) if w is not None else None for w in weights
    ]
    total = sum(w or 0 for w in scaled)
    if None in scaled or abs(total - 1.0) > 0.011:
        hits.append(
            Hit(
                "KPI_WEIGHTS",
                "set",
                {"total": f"{total:.0%}"},
                {"weights": dict(zip([k.id for k in kpis], scaled, strict=True))},
            )
        )
    wlo, whi = policy.kpi_weight
    seen: dict[str, str] = {}
    for k, w in zip(kpis, scaled, strict=True):
        if w is not None and not wlo - 1e-9 <= w <= whi + 1e-9:
            hits.append(
                Hit("KPI_WEIGHT_RANGE", k.id, {"weight": f"{w:.0%}", "lo": f"{wlo:.0%}", "hi": f"{whi:.0%}"})
            )
        if not (k.formula or "").strip():
            hits.append(Hit("KPI_NO_FORMULA", k.id, {"name": k.name}))
        if not (k.data_source or "").strip():
            hits.append(Hit("KPI_NO_SOURCE", k.id, {"name": k.name}))
        levels = {"threshold": k.threshold, "target": k.target, "challenge": k.challenge}
        missing = [name for name, v in levels.items() if v is None]
        if missing:
            hits.append(Hit("KPI_LEVELS_MISSING", k.id, {"name": k.name, "missing": ", ".join(missing)}))
        elif not _ordered(k):
            hits.append(Hit("KPI_LEVELS_ORDER", k.id, {"name": k.name, "direction": k.direction}, levels))
        key = _key(k.name)
        if key in seen:
            hits.append(Hit("KPI_DUPLICATE", k.id, {"other": seen[key]}))
        seen.setdefault(key, k.id)
    return hits


def kpi_as_kr_hits(kpis: list[KpiIn], krs: list[tuple[KeyResultIn, ParsedKR]]) -> list[Hit]:
    """A KR that measures what one of the owner's KPIs already measures (KPI guide 1.2)."""
    hits = []
    names = [(k, _key(k.name)) for k in kpis]
    for kr, p in krs:
        text = _key(kr.text)
        metric = _key(p.metric)
        for k, name in names:
            if len(name) >= 2 and (
                name in text or (metric and (metric in name or name in metric) and len(metric) >= 2)
            ):
                hits.append(Hit("KPI_AS_KR", kr.id, {"kpi": k.name}, {"kpi": k.id}))
                break
    return hits


def model_hits(model: CombinedModel | None) -> list[Hit]:
    if model is None:
        return []
    kpi, okr = (model.kpi / 100, model.okr / 100) if max(model.kpi, model.okr) > 1 else (model.kpi, model.okr)
    if abs(kpi + okr - 1.0) > 0.011:
        return [Hit("KPI_MODEL_WEIGHTS", "set", {"kpi": f"{kpi:.0%}", "okr": f"{okr:.0%}"})]
    return []


def _ordered(k: KpiIn) -> bool:
    t, g, c = k.threshold, k.target, k.challenge
    assert t is not None and g is not None and c is not None
    return t < g < c if k.direction == "increase" else t > g > c


def _key(text: str | None) -> str:
    text = re.sub(r"[（(][^)）]*[)）]", "", text or "")
    return re.sub(r"[\W_]+|达成率$|rate$", "", text.lower())
