"""The KR parser on the phrasings people write, in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.okr.parse_kr import parse_kr
from assistant.okr.quantities import quantities

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Increase weekly active merchants from 12,000 to 15,000", {"baseline": 12000, "target": 15000, "direction": "increase"}),
        ("周活跃商家提升至 15 万", {"target": 150000, "baseline": None, "direction": "increase"}),
        ("客户满意度从 78% 提高到 88%", {"baseline": 78, "target": 88, "unit": "%", "direction": "increase"}),
        ("退款率降低 20%", {"change": 20, "change_unit": "%", "direction": "decrease", "target": None}),
        ("NPS 50 (currently 42)", {"baseline": 42, "target": 50, "metric": "NPS"}),
        ("p95 latency ≤ 200ms", {"target": 200, "unit": "ms", "direction": "decrease"}),
        ("Grow ARR by X%", {"placeholder": True, "target": None, "change": None}),
        ("DAU 从 1.2万 提升到 2万", {"baseline": 12000, "target": 20000, "metric": "DAU"}),
        ("将平均交付周期由 3.2 天缩短到 2 天", {"baseline": 3.2, "target": 2, "direction": "decrease"}),
        ("p99 延迟从 1.2s 降到 800ms", {"baseline": 1200, "target": 800, "unit": "ms"}),
        ("Churn 4.2% -> 3.0%", {"baseline": 4.2, "target": 3.0, "direction": "decrease"}),
        ("系统可用性不低于 99.9%", {"target": 99.9, "direction": "increase"}),
        ("单客获客成本不超过 35 元", {"target": 35, "direction": "decrease"}),
        ("Increase ARPU by €3 to €28", {"change": 3, "target": 28, "baseline": None}),
        ("重复进线工单量减少三成", {"change": 30, "direction": "decrease"}),
        ("Reach $1.5M ARR by 2026-06-30", {"target": 1_500_000, "unit": "USD", "deadline": "2026-06-30"}),
        ("Zero P0 incidents in production this quarter", {"target": 0}),
    ],
)  # fmt: skip
def test_phrasings(text: str, expected: dict) -> None:
    got = parse_kr(text).model_dump(mode="json")
    for key, value in expected.items():
        if isinstance(value, float | int) and not isinstance(value, bool):
            assert got[key] == pytest.approx(value), (text, key, got)
        else:
            assert got[key] == value, (text, key, got)


@pytest.mark.parametrize("text", ["Ship OKR 2.0 in Q3", "Pass ISO 27001 audit", "Fix all P0 bugs", "Implement RFC 42",
                                  "Top 3 reasons for churn", "2026年6月30日前上线", "FY24-Q1 review", "输出《新经理 90 天成长手册》"])  # fmt: skip
def test_names_and_dates_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_parse_set_accuracy() -> None:
    """Baseline, target, change and direction all right on at least 90% of the 130 labelled phrasings."""
    cases = yaml.safe_load((ROOT / "evals" / "okr" / "parse.yaml").read_text(encoding="utf-8"))
    assert len(cases) >= 80
    right = 0
    for c in cases:
        got = parse_kr(c["text"]).model_dump()
        ok = True
        for f in ("baseline", "target", "change", "direction"):
            want = c["parsed"].get(f)
            if isinstance(want, list):
                ok &= got[f] in want
            elif isinstance(want, int | float):
                ok &= got[f] is not None and abs(got[f] - want) <= 1e-6 * max(1, abs(want))
            else:
                ok &= got[f] == want
        right += ok
    assert right / len(cases) >= 0.9
