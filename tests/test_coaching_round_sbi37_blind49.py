"""Rules of the round that read sbi37 and blind49 (and the defects the last review left open): each probe is
written for the class of phrasing the round handled, not copied from the sets."""

from __future__ import annotations

import pytest

from assistant.coaching.wording import flag_notes
from tests.coaching_probes import flags as _flags
from tests.coaching_probes import sbi as _sbi


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("He's pretty hot-headed with the vendors.", "hot-headed", "personality"),
        ("She's a bit scatty on Mondays.", "scatty", "personality"),
        ("He has a real temper when plans change.", "has a real temper", "personality"),
        ("She gets so worked up about small edits.", "worked up", "personality"),
        ("He talked over the client and is rather full of himself.", "full of himself", "personality"),
        ("It's probably just hormones this week.", "hormones", "biased"),
        ("He had a breakdown in 2023, so I'd keep him off nights.", "had a breakdown", "biased"),
        ("Since she got engaged she's been distracted.", "got engaged", "biased"),
        ("He's only 23, so not ready for the lead role.", "He's only 23", "biased"),
        ("Honestly not the face we want at the front desk.", "not the face we want", "biased"),
        ("Filipinos don't push back enough in meetings.", "Filipinos", "biased"),
        ("He's not serious about his job.", "not serious about his job", "vague"),
        ("Great with patients.", "Great with patients", "vague"),
        ("The crew doesn't really warm to him.", "warm to him", "vague"),
        ("The monthly reporting is lacklustre.", "lacklustre", "vague"),
        ("他超 aggressive，开会老打断人。", "超 aggressive", "personality"),
        ("有孩子的人肯定顾不上加班。", "有孩子的人", "biased"),
        ("组长这个位置还是找个男的吧。", "还是找个男的", "biased"),
        ("他马上要当爸爸了，出差先别排他。", "要当爸爸了", "biased"),
        ("做决定缺乏魄力。", "缺乏魄力", "vague"),
        ("技术水平一般。", "技术水平一般", "vague"),
        ("这个人人品不行。", "人品不行", "personality"),
        ("新流程落实不到位。", "落实不到位", "vague"),
        ("她缺少 executive presence，暂不考虑。", "缺少 executive presence", "biased"),
        ("他一口潮汕话，客户听不懂。", "潮汕话", "biased"),
    ],
)
def test_wording_flags_of_the_blind49_round(notes: str, phrase: str, category: str) -> None:
    assert any(phrase in text and cat == category for text, cat in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "The customer was rude, but Ana stayed calm and refunded the order.",
        "The callers were mouthy all night and he kept to the script.",
        "客户非常强势，他还是守住了价格。",
        "She never cuts corners on safety checks.",
        "He never raises his voice with patients.",
        "她会讲潮汕方言，接待只会说方言的老人很方便。",
        "她整理了一份四川话客服话术。",
        "她有两周在照顾住院的母亲，已批准居家办公，交付日期改到下周五。",
        "团队审计从来没出过问题。",
        "她从来没出过错。",
        "She didn't miss a single deadline in Q3.",
        "We didn't lose a single order during the cutover.",
    ],
)
def test_wording_not_flagged_in_the_blind49_round(notes: str) -> None:
    assert not _flags(notes), _flags(notes)


def test_sbi_harm_that_did_not_come_a_state_reached_and_what_others_used() -> None:
    (s,) = _sbi("During the migration she ran the cutover checklist; we didn't lose a single order.")
    assert s.impact == "we didn't lose a single order"
    (s,) = _sbi(
        "At the audit he rebuilt the evidence folder. Nothing was missing, and the auditor signed off."
    )
    assert s.impact.startswith("Nothing was missing")
    (s,) = _sbi(
        "After the flood he rebuilt the line schedule overnight. The line was back up 5 hours ahead of plan."
    )
    assert s.impact == "The line was back up 5 hours ahead of plan"
    (s,) = _sbi(
        "Before the launch she wrote a release checklist. The engineers used her checklist for every release."
    )
    assert s.impact == "The engineers used her checklist for every release"
    (s,) = _sbi("She wrote a triage guide that cut first-response time from 6 hours to 2.")
    assert (s.behaviour, s.impact) == (
        "She wrote a triage guide",
        "cut first-response time from 6 hours to 2",
    )
    (s,) = _sbi("He didn't miss a single shift in March.")  # his own record, no effect on others
    assert "impact" in s.asks


def test_sbi_situations_a_file_label_a_routine_and_plural_days() -> None:
    (s,) = _sbi(
        "For Mia's year-end file: when the printer failed on 3 June, Mia moved the jobs to the backup site."
    )
    assert s.situation == "when the printer failed on 3 June"
    (s,) = _sbi("He has started shadowing the buyer on Tuesdays.")
    assert "situation" in s.asks


def test_sbi_the_managers_aside_is_no_impact() -> None:
    (s,) = _sbi("In the Q3 review she skipped the risk slide, and I worry she'll do it again.")
    assert "impact" in s.asks and "worry" not in s.behaviour
    (s,) = _sbi(
        "At the handover he left the keys unlabelled, so the night team lost an hour, and I'll raise it at our 1:1."
    )
    assert s.impact == "the night team lost an hour"
    (s,) = _sbi("盘点时他漏扫了一排货架，导致库存差了两千，我打算下周再跟他复盘。", "zh")
    assert s.impact == "库存差了两千"
    (s,) = _sbi("周会上她没带周报，回头我再提醒她。", "zh")
    assert "impact" in s.asks


def test_sbi_chinese_occasions_before_the_report_and_what_is_no_occasion() -> None:
    (s,) = _sbi("周末她主动去仓库帮忙理货。", "zh")
    assert s.situation == "周末"
    (s,) = _sbi("季度盘点他把差异表提前一天交了。", "zh")
    assert s.situation == "季度盘点"
    (s,) = _sbi("demo 的时候把测试账号的密码投到了大屏上。", "zh")
    assert s.situation == "demo 的时候"
    (s,) = _sbi("他按上个月的销量订了货，结果积压了两百箱。", "zh")
    assert "situation" in s.asks and s.impact == "积压了两百箱"
    (s,) = _sbi("他在客户面前顶撞了主管，有个客户当场就走了。", "zh")
    assert "situation" in s.asks and s.impact == "有个客户当场就走了"
    (s,) = _sbi("复盘会上她把测试结果整理成了一张表。", "zh")
    assert "impact" in s.asks and "整理成了一张表" in s.behaviour


def test_sbi_a_quote_with_its_own_question_mark_and_the_next_day() -> None:
    (s,) = _sbi("她在群里回了一句“这也要问？”，新人后来都不敢问了。", "zh")
    assert "这也要问" in s.behaviour and s.impact == "新人后来都不敢问了"
    (s,) = _sbi(
        "台风那天他把所有订单改了期。第二天没收到一单投诉。", "zh"
    )  # one statement: the next day is its impact
    assert s.impact == "第二天没收到一单投诉"


def test_sbi_headings_of_a_week_and_a_name() -> None:
    (s,) = _sbi("本周巡检：\n- 她发现了两处漏水，物业当天就修好了", "zh")
    assert s.situation == "本周巡检"
    (s,) = _sbi("本周 小周\n- 他漏了两个货架，库存差了三千", "zh")
    assert "situation" in s.asks


@pytest.mark.parametrize(
    ("notes", "phrase"),
    [
        ("她怀孕了，3月的晋升我没有批准。", "怀孕"),
        ("他有抑郁症，晋升评审挪到明年再说，已获批。", "抑郁症"),
        ("她要带孩子，出差名额改为给小陈，申请已获批。", "带孩子"),
        ("有孩子的人精力确实有限。", "有孩子的人"),
    ],
)
def test_review_a_decision_by_a_characteristic_stays_flagged(notes: str, phrase: str) -> None:
    assert any(phrase in text and cat == "biased" for text, cat in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "春节排班她主动把假期让给有孩子的同事，自己连值了五天。",
        "The conveyor on line 3 had another breakdown on Tuesday night.",
        "Since she's engaged the legal team earlier, contract turnaround dropped from 12 days to 5.",
        "The customer has a real temper, but Dana stayed calm and refunded the order.",
        "The customer had a better attitude once she explained the refund policy.",
        "Great with customers, e.g. she talked a furious caller out of cancelling.",
        "供应商配合不积极，她连着跑了三趟仓库。",
    ],
)
def test_review_not_flagged(notes: str) -> None:
    assert not _flags(notes), _flags(notes)


def test_review_a_man_preferred_is_gender_and_an_auditor_can_be_the_report() -> None:
    assert [(f.subtype) for f in flag_notes("这个岗位要经常出差，还是找个男同事比较好。")] == ["gender"]
    assert ("rude", "personality") in _flags("Our new auditor was rude to the finance team during fieldwork.")
    assert _flags("He didn't push back on a single unrealistic date from sales, so the team burned out.")


def test_review_sbi_the_reports_next_sentence_and_real_consequences_stay() -> None:
    first, second = _sbi("Bayo skipped the safety brief on Monday. Bayo was late again on Wednesday.")
    assert "impact" in first.asks and second.behaviour.startswith("Bayo was late")
    (s,) = _sbi("He didn't order the parts on time for the Hull job, so we're going to miss the go-live.")
    assert s.impact == "we're going to miss the go-live"
    (s,) = _sbi("She found the pricing bug that cut conversion from 4% to 2%, and fixed it within the hour.")
    assert "impact" in s.asks
    (s,) = _sbi("3月她给新人做了一次系统培训，之后再也没出过录入错误。", "zh")
    assert s.impact == "之后再也没出过录入错误"
    (s,) = _sbi("双十一前她提前做了全链路压测结果大促当天零故障。", "zh")
    assert s.impact == "大促当天零故障"
    (s,) = _sbi("她改了排班，门店投诉少了一半，她马上又推广到了其他三家门店。", "zh")
    assert s.impact.startswith("门店投诉少了一半")


def test_review_sbi_a_habit_and_an_event_heading() -> None:
    (s,) = _sbi("周末他从不回消息。", "zh")
    assert "situation" in s.asks
    (s,) = _sbi("这周 搬仓\n- 她把三个库位提前清空了，搬仓当天没耽误发货", "zh")
    assert s.situation == "这周 搬仓"
