"""Rules of the round that read sbi38 and blind50 (and the defects the last review left open): each probe is
written for the class of phrasing the round handled, not copied from the sets."""

from __future__ import annotations

import pytest

from tests.coaching_probes import flags as _flags
from tests.coaching_probes import sbi as _sbi


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("Honestly she has a short fuse in planning meetings.", "short fuse", "personality"),
        ("He flew off the handle at the roster change.", "flew off the handle", "personality"),
        ("老罗超倔，谁说都不听。", "超倔", "personality"),
        ("Brazilians always argue about scope.", "Brazilians", "biased"),
        ("The Dutch are too blunt for our clients.", "The Dutch", "biased"),
        ("She really has to raise her game next half.", "has to raise her game", "vague"),
        ("He's not particularly tech-savvy.", "not particularly tech-savvy", "vague"),
        ("Being from Visayas, he may not suit the head-office role.", "Being from Visayas", "biased"),
        ("He does not have a local hukou, so the transfer is risky.", "have a local hukou", "biased"),
        ("She wouldn't fit our brand for the flagship store.", "wouldn't fit our brand", "biased"),
        ("He lacked confidence in the pitch rehearsals.", "lacked confidence", "personality"),
        ("After her knee op she has slowed down a lot.", "After her knee op", "biased"),
        ("He is a bit of a grouch on early shifts.", "a bit of a grouch", "personality"),
        ("老张思想比较僵化，新方法推不动。", "思想比较僵化", "personality"),
        ("说实话小吴不像带团队的料。", "不像带团队的料", "biased"),
        ("他是回族，出差安排不太方便。", "是回族", "biased"),
        ("她普通话不够标准，不适合做前台。", "普通话不够标准", "biased"),
        ("感觉他心思早就不在岗位上了。", "心思早就不在岗位上", "vague"),
        ("Presentation skills 有待 improve。", "有待 improve", "vague"),
    ],
)
def test_wording_flags_of_the_blind50_round(notes: str, phrase: str, category: str) -> None:
    # the phrase is flagged with its category (a longer span around it, "Being from Visayas, he may not suit", too)
    assert any(phrase in text and cat == category for text, cat in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "She has never once gossiped about a colleague and never talks down to the interns.",  # praise
        "He never loses his cool with upset callers.",
        "小陈一直没出过差错，账实相符。",  # a lapse denied on every occasion: praise
        "她每次都没漏掉复核签字。",
        "他能用方言跟村里的老人解释报销流程。",  # a dialect used as a skill
        "她每天都在 8 点前把排班表发到群里。",  # a routine kept at a set time
        "He always loops in the broker on changed shipments, which is why we had zero billing disputes this year.",
        "She is decisive in the way that counts here: she stopped the line when the seal test failed.",
        "Ravi joined from our Pune office last spring.",  # a place named, no origin drawn
        "The photo op after the award ran long.",  # not an operation
        "我们今年的预算比较保守。",  # a budget, not a person
    ],
)
def test_wording_not_flagged_in_the_blind50_round(notes: str) -> None:
    assert _flags(notes) == []


def test_a_lapse_under_always_that_is_an_act_stays_flagged() -> None:
    assert _flags("他一直没处理那几单投诉。") == [("一直没处理那几单投诉", "absolute")]
    assert _flags("她一直不回客户消息。") == [("一直不回客户消息", "absolute")]


def test_sbi_a_comma_or_and_before_others_and_the_harm_averted() -> None:
    s = _sbi(
        "During the payroll freeze he stopped answering the HR inbox for two days, staff had no idea what to expect."
    )
    assert s[0].impact == "staff had no idea what to expect"
    s = _sbi("He has been skipping the Monday stand-up and the night team aren't getting the handover.")
    assert s[0].behaviour == "He has been skipping the Monday stand-up"
    assert s[0].impact == "the night team aren't getting the handover"
    s = _sbi(
        "At the Dock 4 lift she spotted the frayed sling and stopped the crane. Could have cost us a week."
    )
    assert s[0].impact == "Could have cost us a week"
    s = _sbi(
        "He emailed the draft contract with our margin notes still in it. Their lawyer quoted them back to us."
    )
    assert s[0].impact == "Their lawyer quoted them back to us"


def test_sbi_trailing_occasions_and_two_word_review_labels() -> None:
    assert _sbi("She covered the Leeds accounts after Tom resigned.")[0].situation == "after Tom resigned"
    s = _sbi("He rebooked every guest the day the ferry was cancelled, no refunds claimed.")
    assert s[0].situation == "the day the ferry was cancelled"
    s = _sbi("For Mei's year-end review notes: she rewrote the intake form, which cut errors by half.")
    assert "situation" in s[0].asks and s[0].impact == "cut errors by half"


def test_sbi_chinese_results_after_a_comma_or_a_space_and_subjectless_occasions() -> None:
    s = _sbi("她把月报模板改成了自动汇总，部门经理直接拿去做了季度汇报。", "zh")
    assert s[0].impact == "部门经理直接拿去做了季度汇报"
    s = _sbi("他接手了两个延期的项目，两个都如期上线。", "zh")
    assert s[0].impact == "两个都如期上线"
    s = _sbi("她整理了一份常见故障手册 现在夜班都在用。", "zh")
    assert (s[0].behaviour, s[0].impact) == ("她整理了一份常见故障手册", "现在夜班都在用")
    s = _sbi("有一次报价没复核，合同多让了三万多。", "zh")
    assert s[0].impact == "合同多让了三万多"
    assert _sbi("台风来之前把仓库的门窗全部加固了一遍。", "zh")[0].situation == "台风来之前"
    assert _sbi("春季发布会她把演示环节重新排了一遍。", "zh")[0].situation == "春季发布会"
    # a routine's time is no occasion; one held on a weekday is
    assert "situation" in _sbi("小林每天上午10点前把日报发出来，主管不用再催。", "zh")[0].asks


def test_sbi_a_question_closing_a_quote_ends_the_act() -> None:
    s = _sbi("他在工作群里回了一句“这也要问我？”新同事后来都不敢提问了。", "zh")
    assert s[0].behaviour == "他在工作群里回了一句“这也要问我？”"
    assert s[0].impact == "新同事后来都不敢提问了"


def test_sbi_a_form_topic_before_the_occasion_and_what_the_notes_are_for() -> None:
    s = _sbi("Delivery: When the vendor went dark in week 3, Amara rebuilt the feed herself.")
    assert (s[0].situation, s[0].behaviour) == (
        "When the vendor went dark in week 3",
        "Amara rebuilt the feed herself",
    )
    s = _sbi("Lena's H2 notes – at the Lyon trade fair she booked 14 demos. Contract signed in October.")
    assert s[0].situation == "at the Lyon trade fair" and s[0].impact == "Contract signed in October"
    s = _sbi("open day: she ran the campus tours alone, 40 families signed up")
    assert s[0].situation == "open day" and s[0].impact == "40 families signed up"
    s = _sbi("质量管理：有一批货入库时没做抽检，客户退回了两箱。", "zh")
    assert s[0].situation == "有一批货入库时" and s[0].impact == "客户退回了两箱"


@pytest.mark.parametrize(
    "notes",
    [
        # from the review of the round: what the new rules must leave alone
        "The cheese always runs out by noon, so she now orders twice.",  # a thing, not a people
        "The Japanese can be hard to learn, but he passed N2 in March.",  # a language
        "他是上班族，周末才有空。",  # a way of life, not a people
        "这位老人普通话不太流利，他耐心地用方言解释。",  # someone else's Mandarin
        "Our customers are not very tech-savvy, so she wrote a one-page guide.",  # others
        "The committee lacked confidence in the forecast, so she rebuilt the model.",
        "The customer flew off the handle and she calmly de-escalated.",
        "Since the bypass opened, deliveries are on time.",  # a road
        "Being from Finance, she will own the budget tracker.",  # a department
        "She always swears by the checklist before every release.",  # trusts it
    ],
)
def test_review_not_flagged_in_the_blind50_round(notes: str) -> None:
    assert _flags(notes) == []


def test_review_lapses_repeated_or_acts_left_undone_stay_flagged() -> None:
    assert _flags("他一直不断出错。") == [("一直不断出错", "absolute")]  # 不断: over and over, no denial
    assert _flags("他一直没催客户回款。") == [("一直没催客户回款", "absolute")]  # an act left undone
    assert _flags("小王一直没发生过事故。") == []  # a mishap denied, past 发生 / 过
    assert _flags("He always leaves the pallet jack in the aisle, which is why we had no space to unload.")


def test_review_sbi_critiques_and_purposes_are_no_parts() -> None:
    s = _sbi("In the QBR he presented the churn data. Could have led with the summary though.")
    assert "impact" in s[0].asks
    s = _sbi("看到之前的报告，他发现了一个错误。", "zh")
    assert "situation" in s[0].asks
    s = _sbi("上周每个人都在加班的时候他提前走了。", "zh")
    assert s[0].situation == "上周每个人都在加班的时候"
    s = _sbi(
        "In the March pitch she led the pricing. Contract signed by the wrong person, legal had to redo it."
    )
    assert "impact" in s[0].asks
    s = _sbi("他回了一句“知道了。”就下线了。", "zh")
    assert s[0].behaviour == "他回了一句“知道了。”就下线了"
