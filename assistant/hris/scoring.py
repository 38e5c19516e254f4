"""Scoring rules from the company's guides, as pure functions."""

from __future__ import annotations


def kpi_score(actual: float, threshold: float, target: float, challenge: float) -> float:
    """KPI guide: 0 below threshold, 60 at threshold, 100 at target, 120 at challenge (cap), linear between.
    Works for 'lower is better' KPIs too, whose levels run from high to low."""
    sign = 1.0 if challenge >= threshold else -1.0
    a, th, tg, ch = sign * actual, sign * threshold, sign * target, sign * challenge
    if a < th:
        return 0.0
    if a >= ch:
        return 120.0
    if a <= tg:
        return round(60 + 40 * (a - th) / (tg - th), 1) if tg != th else 100.0
    return round(100 + 20 * (a - tg) / (ch - tg), 1) if ch != tg else 120.0


def weighted_score(parts: list[tuple[float | None, float | None]]) -> float | None:
    """Weighted average of (score, weight) pairs that have both, rounded to one decimal."""
    known = [(s, w) for s, w in parts if s is not None and w]
    total = sum(w for _, w in known)
    if not known or not total:
        return None
    return round(sum(s * w for s, w in known) / total, 1)
