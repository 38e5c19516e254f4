"""Rules of the round that read sbi36 and blind48: each probe is written for the class of phrasing the round
handled, not copied from the sets."""

from __future__ import annotations

import pytest

from tests.coaching_probes import flags as _flags
from tests.coaching_probes import sbi as _sbi


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("She gets offended too easily in stand-ups.", "offended too easily", "personality"),
        ("He's been lazy since March.", "lazy", "personality"),
        ("Honestly a bit mouthy on the radio.", "mouthy", "personality"),
        ("Decent numbers, but he needs to earn more trust with the drivers.", "earn more trust", "vague"),
        ("Solid engineer. Not really a corporate type though.", "corporate type", "biased"),
        ("She recently had her first baby, so no travel roles for now.", "had her first baby", "biased"),
        ("方案写得有点糙。", "写得有点糙", "vague"),
        ("沟通没问题，就是 accountability 不太够。", "accountability 不太够", "vague"),
        ("东北妹子嘛，说话冲。", "东北妹子", "biased"),
        ("他好 stubborn，改不动。", "好 stubborn", "personality"),
        ("能力可以，但是没有领导的气场。", "没有领导的气场", "biased"),
    ],
)
def test_wording_flags_of_the_blind48_round(notes: str, phrase: str, category: str) -> None:
    assert any(phrase in text and cat == category for text, cat in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "The forecast model is a bit slow on Mondays.",
        "他跟新人讲流程的时候很耐心，新人一周就上手了。",
        "她主导的糖尿病患者随访项目覆盖了 300 人。",
        "Sales planning needs work across the region, not just in her team.",
    ],
)
def test_wording_not_flagged_in_the_blind48_round(notes: str) -> None:
    assert not _flags(notes), _flags(notes)


def test_sbi_results_of_others_counted_and_zero_written_as_a_digit() -> None:
    (s,) = _sbi("她改了交接清单，上线当周 0 投诉。", "zh")
    assert s.impact == "上线当周 0 投诉"
    (s,) = _sbi("他带了三个实习生，三个人都拿到了转正。", "zh")
    assert s.impact == "三个人都拿到了转正"
    (s,) = _sbi("She rebuilt the intake form and they're still the ones the clinic uses.")
    assert s.impact == "they're still the ones the clinic uses"
    (s,) = _sbi("Hired 3 analysts, all still here.")
    assert s.impact == "all still here"


def test_sbi_own_initiative_is_no_result_of_the_act_before() -> None:
    first, second = _sbi("- 月底前完成了所有对账\n- 系统切换那周主动加班做数据清洗，切换后零重复付款", "zh")
    assert "impact" in first.asks and second.situation == "系统切换那周"
    (s,) = _sbi("She spotted that 40 invoices had been paid twice.")
    assert "impact" in s.asks and s.behaviour.startswith("She spotted that 40 invoices")


def test_sbi_occasions_named_by_a_day_a_meeting_or_after_a_name() -> None:
    (s,) = _sbi("Re Ola — Tuesday's board dinner, she seated the guests in 10 minutes.")
    assert s.situation == "Tuesday's board dinner"
    (s,) = _sbi("王芳：上周六那场路演，她一个人搭完了展台。", "zh")
    assert s.situation == "上周六那场路演"
    (s,) = _sbi("供应商 review meeting 上，他把三家报价拉成了一张表。", "zh")
    assert s.situation.endswith("review meeting 上")
    (s,) = _sbi("但是她跟客户对账的时候把两张发票弄混了。", "zh")
    assert s.situation == "跟客户对账的时候"


def test_sbi_counted_occasions_routines_and_whose_line_name_none() -> None:
    (s,) = _sbi("Skipped the ID check on three refund calls.")
    assert "situation" in s.asks
    (s,) = _sbi("Logs every delivery into the tracker before end of shift.")
    assert "situation" in s.asks
    (s,) = _sbi("他的回复都在24小时内发出。", "zh")
    assert "situation" in s.asks
    (s,) = _sbi("Branch 12 – Joy (BM)\n- Ran the fire drill on her own", "en")
    assert "situation" in s.asks


@pytest.mark.parametrize(
    ("notes", "phrase"),
    [
        ("Because of her kids, I took her off the on-call rota in March.", "her kids"),
        ("她本身就是抑郁症患者，带不了大项目。", "抑郁症"),
        ("The way she speaks to the nurses is rude.", "rude"),
        ("At 52 a move to nights is hard for him.", "At 52"),
        ("His code needs work before it goes to review.", "needs work"),
        ("她刚当了宝妈项目就延期了。", "宝妈"),
    ],
)
def test_the_review_of_this_round_still_flags(notes: str, phrase: str) -> None:
    assert any(phrase in text for text, _ in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "Customers get upset easily when the queue is long; she kept calm and opened a second till.",
        "We need to build trust with the union before the rota change.",
        "Chen is not the client-facing person on this account; Maya is.",
        "She negotiated what looked like a sweetheart deal with the vendor.",
        "Our biggest client just had a baby, so the QBR moved to May.",
        "With the backlog being 60 and climbing, she triaged the queue.",
        "The customers were aggressive and she kept calm.",
        "她负责香港仔那家分店。",
        "客户那边非常 aggressive，她顶住了压力没降价。",
        "下周他不会带团队去深圳。",
        "She's on maternity leave from 3 March; less available for calls till then.",
    ],
)
def test_the_review_of_this_round_false_flags_are_gone(notes: str) -> None:
    assert not _flags(notes), _flags(notes)


def test_the_review_of_this_round_sbi() -> None:
    first, *rest = _sbi("双十一那周她把漏发的三十单全部补发了。客户主动打电话来表扬。", "zh")
    assert first.impact == "客户主动打电话来表扬" and not rest
    (s,) = _sbi(
        "In the March outage, Sam restored the payments service. That was 2 hours less downtime than usual."
    )
    assert s.impact.startswith("That was 2 hours less downtime")
    (s,) = _sbi("During the audit, Mei reconciled all 212 pallets. That was 3 days late.")
    assert "impact" in s.asks  # the timing said again: no statement of its own
    (s,) = _sbi(
        "At the site visit, Jo rewrote the checklist, which nobody asked her to do, and she stayed until 9."
    )
    assert "impact" in s.asks
    (s,) = _sbi("上个月她跟了三次夜班，现在能独立值班了。", "zh")
    assert "impact" in s.asks
    (s,) = _sbi("In the end-of-quarter review she walked the board through the numbers.")
    assert s.situation == "In the end-of-quarter review"
    (s,) = _sbi("Friday's close went smoothly because she pre-booked the accruals.")
    assert not s.situation.endswith("because")
    (s,) = _sbi("昨天：她把库存全部盘了一遍，零超卖。", "zh")
    assert s.situation == "昨天"
    (s,) = _sbi("【3月12日周会】她把数据讲错了，老板当场让她重做。", "zh")
    assert "3月12日" in s.situation
    (s,) = _sbi("Acme QBR – Sarah Lee (AM): she walked the CFO through the renewal, and they signed.")
    assert s.situation.startswith("Acme QBR")
    (s,) = _sbi("他跟客户沟通的时候，经常打断对方。", "zh")
    assert "situation" in s.asks
    (s,) = _sbi("In the March incident, Alex rewrote the runbook, and my worry is that nobody else knows it.")
    assert s.behaviour == "Alex rewrote the runbook" and "impact" in s.asks


@pytest.mark.parametrize(
    ("notes", "phrase"),
    [
        ("She took Monday off because of her pregnancy, so I gave the launch to Tom.", "pregnancy"),
        ("He took 3 days off for his depression, so I doubt he can handle the lead role.", "depression"),
        ("他对这个客户特别 aggressive。", "aggressive"),
        ("Her way with the new starters is too harsh.", "harsh"),
    ],
)
def test_the_second_review_of_this_round_still_flags(notes: str, phrase: str) -> None:
    assert any(phrase in text for text, _ in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "In the Christmas peak she relaunched a doll range, and sell-through hit 80%.",
        "During the outage the billing system, being 20 years old, crashed twice.",
        "她做了抑郁症干预方案。",
        "她起草了哺乳期排班制度。",
        "The vendor needs to build more trust with us before we renew.",
        "This is not a client-facing type of role.",
        "这个 deadline 好 aggressive，她还是按时交了。",
        "图标的线条画得太粗了，客户要求改细。",
        "新版本的 performance 比较 average。",
    ],
)
def test_the_second_review_of_this_round_false_flags_are_gone(notes: str) -> None:
    assert not _flags(notes), _flags(notes)


def test_the_second_review_of_this_round_sbi() -> None:
    (s,) = _sbi("Sunil - he was late to three standups in a row, and the team waited each time.")
    assert "situation" in s.asks
    (s,) = _sbi("She presented the roadmap on 12 Jan at the all-hands.")
    assert "12 Jan" in s.situation
    (s,) = _sbi("今年三月起老师傅带了她两个月，现在能独立值班了。", "zh")
    assert "impact" in s.asks
    (s,) = _sbi("三月她接手客服组，从零搭建工单系统。", "zh")
    assert "impact" in s.asks
    (s,) = _sbi("夜班纪律：她连续三次睡岗。", "zh")
    assert "situation" in s.asks
