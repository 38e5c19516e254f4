"""A 100% fact said as the whole ("paid in full", 全额报销, 承诺型应全部达成), and only where the clause gives no other
share; tenths of the staff (六成员工) read as a share."""

from __future__ import annotations

import pytest

from assistant.drafting.proportions import same_proportion
from assistant.drafting.surface import mentions


@pytest.mark.parametrize(
    "text",
    [
        "Committed KRs are expected to be delivered in full, while 70% on a stretch KR counts as excellent.",
        "承诺型应全部达成；挑战型达成七成即属优秀。",
        "门诊费用全额报销。",
        "Relocation costs are reimbursed in full.",
    ],
)
def test_the_whole_carries_a_hundred_percent(text: str) -> None:
    assert same_proportion(100.0, text)


@pytest.mark.parametrize(
    "text",
    [
        "The payout is 80%. We are fully committed to the plan.",
        "The team is fully remote; payout is 90%.",
        "按80%发放，全部完成培训后生效。",
        "Please read the plan in full.",
    ],
)
def test_a_stray_fully_does_not(text: str) -> None:
    assert not same_proportion(100.0, text)


def test_tenths_of_the_staff() -> None:
    shares = sorted(
        m.value
        for m in mentions("去年约有六成员工为家属加保，六到七成员工参加了培训。")
        if m.kind == "percent"
    )
    assert shares == [60.0, 60.0, 70.0]
