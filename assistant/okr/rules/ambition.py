"""Ambition against history (OKR guide §7): a target at or below what the owner already reached, a record of
full scores with flat targets, and growth far beyond anything similar KRs have achieved."""

from __future__ import annotations

from datetime import date

from assistant.okr.history import History, Point
from assistant.okr.model import KeyResultIn
from assistant.okr.parse_kr import ParsedKR
from assistant.okr.policy import OkrPolicy
from assistant.okr.quantities import show
from assistant.okr.rules import Hit


def growth(
    baseline: float | None, value: float | None, unit: str | None, direction: str | None
) -> float | None:
    """Improvement from ``baseline`` to ``value`` in the direction of improvement: percentage points for
    percentages, else relative to the baseline."""
    if baseline is None or value is None or direction is None:
        return None
    sign = 1 if direction == "increase" else -1
    if unit == "%":
        return sign * (value - baseline)
    if baseline == 0:
        return None
    return sign * (value - baseline) / abs(baseline)


def ambition_hits(kr: KeyResultIn, p: ParsedKR, owner: str | None, before: date | None,
                  history: History, policy: OkrPolicy) -> list[Hit]:  # fmt: skip
    hits: list[Hit] = []
    direction = p.intended or p.direction
    if owner and p.target is not None and direction:
        last = history.owner_last(owner, p.metric, before)
        if last is not None and last.current is not None and _comparable(p.baseline, last.current):
            sign = 1 if direction == "increase" else -1
            if sign * (p.target - last.current) <= 0:
                hits.append(Hit("AMB_SANDBAG", kr.id, {"cycle": last.cycle_id, "reached": show(last.current, p.unit),
                                                       "target": show(p.target, p.unit)},
                                {"last_cycle": last.cycle_id, "last_reached": last.current, "target": p.target,
                                 "suggested_target": _raise(last, p, history, before)}))  # fmt: skip
    planned = growth(p.baseline, p.target, p.unit, direction)
    if planned is not None and planned > 0:
        achieved = [g for g in (growth(h.baseline, h.current, h.unit or p.unit, h.direction or direction)
                                for h in history.similar(p.metric, before)) if g is not None]  # fmt: skip
        best = max(achieved, default=0.0)
        if (
            len(achieved) >= policy.unrealistic_min_history
            and best > 0
            and planned > policy.unrealistic_factor * best
        ):
            hits.append(Hit("AMB_UNREALISTIC", kr.id,
                            {"planned": _growth_text(planned, p.unit), "best": _growth_text(best, p.unit),
                             "factor": f"{policy.unrealistic_factor:g}", "n": len(achieved)},
                            {"planned_growth": round(planned, 4), "best_historical_growth": round(best, 4),
                             "similar_krs": len(achieved)}))  # fmt: skip
    return hits


def streak_hits(owner: str | None, before: date | None, flat: list[str], history: History,
                policy: OkrPolicy) -> list[Hit]:  # fmt: skip
    """Full scores on most KRs for ``sandbag_cycles`` cycles running, and targets that are again flat."""
    if not owner or not flat:
        return []
    recent = history.owner_cycles(owner, before)[: policy.sandbag_cycles]
    if len(recent) < policy.sandbag_cycles:
        return []
    shares = [sum(s >= 1.0 for s in scores) / len(scores) for _, scores in recent]
    if all(share > policy.sandbag_share for share in shares):
        return [Hit("AMB_SANDBAG", kr_id, {"cycle": ", ".join(c for c, _ in recent), "reached": "1.0", "target": "="},
                    {"full_score_share": [round(s, 2) for s in shares], "cycles": [c for c, _ in recent]})
                for kr_id in flat]  # fmt: skip
    return []


def _raise(last: Point, p: ParsedKR, history: History, before: date | None) -> float | None:
    """A target above what was reached: the reached value plus the median planned improvement of similar KRs."""
    direction = p.intended or p.direction
    planned = sorted(g for g in (growth(h.baseline, h.target, h.unit or p.unit, h.direction or direction)
                                 for h in history.similar(p.metric, before)) if g is not None and g > 0)  # fmt: skip
    if last.current is None or not planned or direction is None:
        return None
    step = planned[len(planned) // 2]
    sign = 1 if direction == "increase" else -1
    value = last.current + sign * step if p.unit == "%" else last.current * (1 + sign * step)
    if p.unit == "%" and 0 <= last.current <= 100 and not 0 <= value <= 100:  # a share stays a share
        if last.current in (0, 100):
            return None
        return round((last.current + (100 if sign > 0 else 0)) / 2, 1)  # halfway to the bound
    return _round_like(value, last.current)


def _round_like(value: float, like: float) -> float:
    decimals = len(f"{like:g}".split(".")[1]) if "." in f"{like:g}" else 0
    return round(value, decimals) if decimals else float(round(value))


def _growth_text(g: float, unit: str | None) -> str:
    return f"{g:+.1f} pp" if unit == "%" else f"{g:+.0%}"


def _comparable(baseline: float | None, reached: float) -> bool:
    """History speaks to this KR only when its stated starting point is near what was reached; a baseline far
    from it means the metric was redefined or rescoped, and the two are not comparable."""
    if baseline is None:
        return True
    return abs(baseline - reached) <= 0.25 * max(abs(reached), abs(baseline), 1e-9)
