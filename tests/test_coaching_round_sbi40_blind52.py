"""Rules of the round that read sbi40 and blind52: each probe is written for the class of phrasing the round
handled, not copied from the sets."""

from __future__ import annotations

import pytest

from tests.coaching_probes import flags as _flags
from tests.coaching_probes import sbi as _sbi


def test_sbi_a_later_clause_whose_subject_changed_from_then_on() -> None:
    s = _sbi("He rebuilt the intake checklist, and referrals now arrive complete.")
    assert (
        s[0].behaviour == "He rebuilt the intake checklist" and s[0].impact == "referrals now arrive complete"
    )
    s = _sbi("She stopped double-booking the training room, teams haven't been bumped since.")
    assert s[0].impact == "teams haven't been bumped since"
    # the report's own new habit is no impact
    assert "impact" in _sbi("He rewrote the tests, and he now runs them nightly.")[0].asks


def test_sbi_a_measure_that_held_or_a_department_that_hit_its_mark_in_the_next_sentence() -> None:
    s = _sbi(
        "During the payroll cut-over she kept the FAQ page current. Our ticket volume for that week didn't rise."
    )
    assert len(s) == 1 and s[0].impact == "Our ticket volume for that week didn't rise"
    s = _sbi("In peak week Sam moved two drivers to the early run. Dispatch hit every collection window.")
    assert len(s) == 1 and s[0].impact == "Dispatch hit every collection window"


def test_sbi_zh_others_no_longer_went_wrong_or_someone_reacted() -> None:
    s = _sbi("他把供应商的对账口径整理成了一张表，财务那边月结没再出过差错。", "zh")
    assert s[0].impact == "财务那边月结没再出过差错"
    s = _sbi("她在周会上当众批评了实习生的报告，有人私下跟我说不太敢发言了。", "zh")
    assert s[0].impact == "有人私下跟我说不太敢发言了"
    # the report herself no longer late: her act, no impact
    assert "impact" in _sbi("她提醒了两次，后来没再迟到。", "zh")[0].asks


def test_sbi_zh_a_day_or_a_shift_opening_an_act_with_no_subject() -> None:
    assert _sbi("周二夜班把两张出库单录反了。", "zh")[0].situation == "周二夜班"
    assert _sbi("周末自己回来把积压的工单清了。", "zh")[0].situation == "周末"
    assert "situation" in _sbi("周末作业没有交。", "zh")[0].asks  # weekend homework: a thing, not a time


def test_sbi_zh_no_occasion_in_a_filler_a_word_with_zai_or_a_place_after_a_verb() -> None:
    assert "situation" in _sbi("还有就是 他每天下班前都会把工位收拾干净", "zh")[0].asks
    assert "situation" in _sbi("存在问题：两次没在交接本上签字就下班了。", "zh")[0].asks
    assert "situation" in _sbi("她会把当天的异常都写在看板上，接班的同事一看就懂。", "zh")[0].asks
    assert _sbi("她在双十一大促期间把滞销库存清了。", "zh")[0].situation == "在双十一大促期间"


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("Honestly he's a proper worrier about rota changes.", "proper worrier", "personality"),
        ("Mr Obi is completely disorganised with the stock room.", "completely disorganised", "personality"),
        ("Missed two handovers this month. total flake", "total flake", "personality"),
        ("Honestly a bit weepy in client reviews.", "bit weepy", "personality"),
        ("He mostly keeps to himself.", "mostly keeps to himself", "personality"),
        ("Quiet. Keeps to herself.", "Keeps to herself", "personality"),
        ("Every audit week is a drama with him.", "Every audit week is a drama with him", "absolute"),
        ("Leaves the bar messy every Sunday.", "Leaves the bar messy every Sunday", "absolute"),
        ("Shows up, does the bare minimum.", "does the bare minimum", "vague"),
        ("Good output but not enough hunger.", "not enough hunger", "vague"),
        ("Her head is on the wedding most days.", "Her head is on the wedding", "biased"),
        ("Great quarter, but she's about to hit the baby years.", "the baby years", "biased"),
        ("On the next pitch let the guys on the team present.", "let the guys on the team present", "biased"),
        (
            "Honestly the young ones here just want to job-hop.",
            "the young ones here just want to job-hop",
            "biased",
        ),
        (
            "Strong engineer, not sure she'd represent the firm well.",
            "not sure she'd represent the firm well",
            "biased",
        ),
        ("His asthma makes him a liability on the night run.", "His asthma makes him a liability", "biased"),
        ("Her in-laws must be keeping her busy.", "Her in-laws must be keeping her busy", "biased"),
        ("Quiet, classic Filipino nurse.", "classic Filipino nurse", "biased"),
        ("小马滑头得很，你得盯着。", "滑头", "personality"),
        ("佢做嘢求求其其。", "求求其其", "personality"),
        ("志強工作態度消極。", "工作態度消極", "vague"),
        ("这个月完全不在状态。", "不在状态", "vague"),
        ("小韩推一下动一下。", "推一下动一下", "vague"),
        ("老王手脚也慢。", "手脚也慢", "vague"),
        ("说实话他不是我们要的那种人。", "不是我们要的那种人", "biased"),
        ("她家里有个特殊儿童要照顾，外派不考虑她。", "有个特殊儿童要照顾", "biased"),
        ("他去年开过刀，精神头大不如前。", "开过刀，精神头大不如前", "biased"),
        ("小马有点滑头。", "有点滑头", "personality"),
        ("Ms 李 team spirit 很差。", "team spirit 很差", "vague"),
        ("开会老打断别人。", "老打断", "absolute"),
        ("安徽那批人吃不了苦。", "安徽那批人", "biased"),
        ("阿明成日迟交 weekly report。", "成日迟交 weekly report", "absolute"),
    ],
)
def test_flags_of_the_round(notes: str, phrase: str, category: str) -> None:
    assert (phrase, category) in _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "每次客户来验厂，都是他提前一周把台账整理好。",  # 每…，都是他 + diligence: praise
        "交接记录每天都完整。",
        "She always leaves the bay spotless.",
        "Her mind is on the launch plan this week.",  # no life event
        "Every launch this year was a success.",
        "The test result was completely negative.",  # of a thing
        # the review's cases: things, other parties, a workload, facts and praise
        "The vendor did the bare minimum on the contract, so she escalated.",
        "The new client keeps to himself, so she sends written summaries after each call.",
        "Her mind was on the wedding account all week and she closed it on Friday.",
        "Every launch she runs is a production: rehearsed, on time, and fun.",
        "The project is in its baby stage, so he kept the scope small.",
        "Young people want to pay by app, so he added QR codes at the tills.",
        "Not sure she can represent the team on the 14th as she's on leave; Amir will go.",
        "The patient's condition made him a risk for falls, and she flagged it at handover.",
        "She ordered classic Italian for the team lunch after launch.",
        "The server room can get cold at night, so he brought the heaters in.",
        "Every morning he collects the unattended bags and logs them.",
        "市场对新品的态度消极，他据此调整了备货。",
        "仓库的手脚架搭得慢，他催了供应商。",
        "这个滑头螺丝要换，她已经下单。",
        "她周五请假，带特殊儿童去康复中心复诊。",
        "客户老板动过手术，精力不如以前，所以她把汇报缩短到二十分钟。",
        "仓库网络老断，他申请了备用线路。",
        "我提醒她别老打断别人，她当场就改了。",
        "她每个季度都超过目标。",
        "每个班次，都有人迟到，她做了提醒机制。",
    ],
)
def test_praise_and_facts_stay_clean(notes: str) -> None:
    assert _flags(notes) == []


def test_a_condition_and_the_judgement_drawn_from_it_are_flagged_apart() -> None:
    found = _flags("ADHD makes her unreliable on deadlines.")
    assert ("ADHD", "biased") in found and any(c == "vague" and "unreliable" in p for p, c in found)
