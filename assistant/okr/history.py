"""Past KRs as numbers: what each owner planned and reached per metric, read once through the access layer
(only objectives the viewer may see) and indexed by metric, for the ambition rules."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from assistant.access.repository import HRData
from assistant.okr.parse_kr import parse_kr


@dataclass(frozen=True)
class Point:
    cycle_id: str
    cycle_end: date
    owner_id: str
    kr_id: str
    baseline: float | None
    target: float | None
    current: float | None
    score: float | None
    unit: str | None
    direction: str | None


def metric_key(metric: str | None) -> str:
    return re.sub(r"[\W_]+", "", (metric or "").lower())


@dataclass
class _Row:
    text: str
    point: Point


@dataclass
class History:
    """Past KRs, parsed lazily: a metric's history is built the first time a check asks for it, from the KRs
    whose text mentions the metric."""

    rows: list[_Row] = field(default_factory=list)
    by_owner: dict[str, list[Point]] = field(default_factory=lambda: defaultdict(list))
    _by_metric: dict[str, list[Point]] = field(default_factory=dict)

    def add(self, text: str, point: Point) -> None:
        self.rows.append(_Row(text, point))
        self.by_owner[point.owner_id].append(point)

    def similar(self, metric: str | None, before: date | None = None) -> list[Point]:
        key = metric_key(metric)
        if not key:
            return []
        if key not in self._by_metric:
            needle = (metric or "").lower().strip()
            found = []
            for row in self.rows:
                if needle not in row.text.lower():
                    continue
                parsed = parse_kr(row.text)
                if metric_key(parsed.metric) != key:
                    continue
                pt = row.point
                if pt.baseline is None and pt.target is None:  # a KR imported as text only
                    pt = replace(pt, baseline=parsed.baseline, target=parsed.target, unit=parsed.unit,
                                 direction=parsed.intended or parsed.direction)  # fmt: skip
                else:  # indicator values in the HRIS may be in another scale than the text (万元 vs 元)
                    pt = _to_text_scale(pt, parsed.baseline if parsed.baseline is not None else parsed.target,
                                        pt.baseline if parsed.baseline is not None else pt.target, parsed.unit)  # fmt: skip
                found.append(pt)
            self._by_metric[key] = found
        return [p for p in self._by_metric[key] if before is None or p.cycle_end < before]

    def owner_last(self, owner: str, metric: str | None, before: date | None) -> Point | None:
        """The owner's most recent closed KR on this metric that has a reached value."""
        points = [p for p in self.similar(metric, before) if p.owner_id == owner and p.current is not None]
        return max(points, key=lambda p: p.cycle_end) if points else None

    def owner_cycles(self, owner: str, before: date | None) -> list[tuple[str, list[float]]]:
        """(cycle, KR scores) for the owner's scored cycles before ``before``, newest first."""
        scores: dict[tuple[date, str], list[float]] = defaultdict(list)
        for p in self.by_owner.get(owner, []):
            if p.score is not None and (before is None or p.cycle_end < before):
                scores[(p.cycle_end, p.cycle_id)].append(p.score)
        return [(cid, s) for (_, cid), s in sorted(scores.items(), reverse=True)]


def load_history(data: HRData) -> History:
    """Every visible KR of every cycle (numbers from the HRIS indicator fields, else parsed when asked)."""
    ends = {c.id: c.end for c in data.cycles()}
    history = History()
    for (
        cycle_id,
        owner,
        kr_id,
        content,
        baseline,
        target,
        current,
        score,
        unit,
        direction,
    ) in data.key_result_rows():
        history.add(content, Point(cycle_id, ends[cycle_id], owner, kr_id, baseline, target, current, score, unit,
                                   direction))  # fmt: skip
    return history


def _to_text_scale(pt: Point, text_value: float | None, stored: float | None, text_unit: str | None) -> Point:
    if text_value is None or not stored:
        return pt
    scale = text_value / stored
    if abs(scale - 1) < 1e-9 or min(abs(scale - f) for f in (1e4, 1e8, 1e3, 1e6, 1e-4)) > 1e-6 * abs(scale):
        return pt
    return replace(pt, baseline=_times(pt.baseline, scale), target=_times(pt.target, scale),
                   current=_times(pt.current, scale), unit=text_unit)  # fmt: skip


def _times(value: float | None, scale: float) -> float | None:
    return None if value is None else value * scale
