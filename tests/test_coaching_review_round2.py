"""Defects a review of the previous round found in SBI and wording: each probe is the reviewer's class of phrasing,
written for the class, not copied from an evaluation set."""

from __future__ import annotations

import pytest

from tests.coaching_probes import flags as _flags
from tests.coaching_probes import sbi as _sbi


@pytest.mark.parametrize("lead", ["on reflection,", "in particular,", "on balance", "at times", "in the end"])
def test_a_stock_lead_in_after_an_occasion_label_keeps_the_label(lead: str) -> None:
    (s,) = _sbi(f"Acme renewal call: {lead} she offered a credit and the client signed.")
    assert s.situation == "Acme renewal call" and s.behaviour.startswith("she offered")
    assert s.impact == "the client signed"


@pytest.mark.parametrize(
    ("notes", "situation"),
    [
        ("Q3 - she closed the Henley deal and revenue rose 12%.", "Q3"),
        ("H2 - she rebuilt the forecast and the board approved it.", "H2"),
        ("3/10 - she fixed the outage in 20 minutes.", "3/10"),
        (
            "Acme renewal call (Oct 3) - she offered a credit and the client signed.",
            "Acme renewal call (Oct 3)",
        ),
        ("Board meeting (9 Oct) - Ana presented the numbers.", "Board meeting (9 Oct)"),
        ("Onboarding week - Ana paired the new hires and all four shipped by Friday.", "Onboarding week"),
        ("Boxing Day - he covered the night shift and the ward stayed safe.", "Boxing Day"),
        ("Payday - she fixed the payroll run.", "Payday"),
    ],
)
def test_a_dash_heading_with_a_period_date_or_occasion_is_the_situation(notes: str, situation: str) -> None:
    (s,) = _sbi(notes)
    assert s.situation == situation and not s.behaviour.startswith(situation)


@pytest.mark.parametrize("act", ["was on call all night", "had the runbook ready", "told the client early",
                                 "left the war room at 6pm", "sat with support"])  # fmt: skip
def test_was_had_told_left_sat_are_verbs_after_a_dash_heading(act: str) -> None:
    (s,) = _sbi(f"Launch day - she {act} and tickets dropped 30%.")
    assert s.situation == "Launch day" and s.behaviour == f"she {act}"


@pytest.mark.parametrize(
    "notes",
    [
        "She signed off on the merger agreement and legal closed the file.",
        "She logged every fault on the shutdown record and QA fixed them.",
        "She answered calls on the recall line and 40 customers got refunds.",
    ],
)
def test_a_document_or_line_after_on_is_no_occasion(notes: str) -> None:
    (s,) = _sbi(notes)
    assert "situation" in s.asks


@pytest.mark.parametrize(
    ("head", "situation"),
    [("上周 大促", "上周 大促"), ("这周 周会", "这周 周会"), ("本周 年会", "本周 年会")],
)
def test_a_chinese_heading_of_a_period_and_an_event_is_the_occasion(head: str, situation: str) -> None:
    (s,) = _sbi(f"{head}：\n他讲了方案，大家都通过了。", "zh")
    assert s.situation == situation and s.impact == "大家都通过了"


@pytest.mark.parametrize(
    "notes",
    [
        "He rushed the report, my worry is the numbers are off.",
        "He rewrote the spec, my hope is that it sticks.",
        "She pushed back on the vendor, my sense is she was right.",
        "He missed the deadline, my view is unchanged.",
        "She sent the board report. That was 3 days late.",
        "He submitted the claim. That is 2 weeks after the deadline.",
        "She renegotiated the lease. That is about 3 weeks of work for her.",
    ],
)
def test_the_managers_own_view_and_a_restated_delay_are_no_impact(notes: str) -> None:
    assert all("impact" in s.asks for s in _sbi(notes))


def test_the_managers_inbox_and_a_sum_saved_remain_impacts() -> None:
    (s,) = _sbi("He cc'd me on every reply, my inbox is unreadable.")
    assert s.impact == "my inbox is unreadable"
    (s,) = _sbi("She renegotiated the lease. That is roughly €310k we don't have to find.")
    assert s.impact.startswith("That is roughly €310k")


@pytest.mark.parametrize(
    "notes",
    ["他完成了一期交付，后面还有二期要做。", "他做完了盘点，后面需要财务确认。", "她把报价发给了客户，后面我会再跟一下。",
     "他讲到一半，讲不下去了。", "她接手了项目，三周后做不下去了，提了转岗。",
     "他接手报表半年，没一个月按时交过。", "他负责周报，没一个星期按时发出。"],
)  # fmt: skip
def test_chinese_plans_own_giving_up_and_restated_lapses_are_no_impact(notes: str) -> None:
    assert all("impact" in s.asks for s in _sbi(notes, "zh"))


def test_others_giving_up_is_an_impact() -> None:
    (s,) = _sbi("他讲了四十分钟，客户听不下去了。", "zh")
    assert s.impact == "客户听不下去了"


def test_what_follows_an_aside_nobody_asked_for_is_the_impact() -> None:
    (s,) = _sbi("He sorted the archive, which nobody asked him to do, and the audit passed first time.")
    assert s.behaviour.startswith("He sorted the archive") and s.impact == "the audit passed first time"
    (s,) = _sbi("He sent the summary, and nobody asked him to redo it.")
    assert "impact" in s.asks


@pytest.mark.parametrize(
    ("notes", "impact"),
    [
        ("迁移那晚她盯了一整晚，零宕机。", "零宕机"),
        ("他重排了班表，全月零迟到。", "全月零迟到"),
        ("她改了分拣规则，当天零错发。", "当天零错发"),
        ("他通知得太晚，一个人都没来。", "一个人都没来"),
        ("她做了留任面谈，一个都没走。", "一个都没走"),
        ("她带了两个新人三个月，现在能独立管店了。", "现在能独立管店了"),
    ],
)
def test_chinese_zero_counts_nobody_came_and_now_able_are_impacts(notes: str, impact: str) -> None:
    (s,) = _sbi(notes, "zh")
    assert s.impact == impact


@pytest.mark.parametrize(
    "notes",
    [
        "今年预算放不开，他只能先做一期。",
        "这版方案的设计思想比较保守，但风险可控。",
        "这次排期有点 aggressive，他还是按时交了。",
        "他交了一个技术上挺 solid 的方案。",
        "Her car needs work.",
        "Capacity planning needs work across the region.",
        "She took Friday off to be with her kids.",
        "She built the campaign for the Chinese-educated segment.",
        "She sold the tickets at 45 a head and filled the room.",
        "He priced the kits at 30 a box.",
    ],
)
def test_wording_about_things_budgets_customers_and_prices_is_not_flagged(notes: str) -> None:
    assert _flags(notes) == []


def test_bluntness_of_a_message_is_no_trait_but_of_a_person_is() -> None:
    assert ("too blunt", "personality") not in _flags("Her feedback to the vendor was too blunt.")
    assert ("too blunt", "personality") in _flags("She is too blunt.")


@pytest.mark.parametrize(
    ("notes", "phrase"),
    [
        ("宝妈写方案总是拖。", "宝妈"),
        ("He gets anxiety before training.", "anxiety"),
        ("On her GP's advice she works three days a week, but being pregnant she is clearly less committed now.",
         "pregnant"),
        ("He's quite organised for a bloke.", "for a bloke"),
        ("He is great but being 58 and tired he will struggle.", "being 58"),
    ],
)  # fmt: skip
def test_biased_wording_next_to_a_procedure_or_fact_is_still_flagged(notes: str, phrase: str) -> None:
    assert any(phrase in text and category == "biased" for text, category in _flags(notes))


@pytest.mark.parametrize("notes", ["他的风格有问题。", "沟通风格有问题，下属有意见。"])
def test_a_style_said_to_be_a_problem_is_vague(notes: str) -> None:
    assert any(category == "vague" for _, category in _flags(notes))
