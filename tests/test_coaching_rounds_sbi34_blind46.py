"""Rules of the round that read sbi34, blind46 and blind55: each probe is written for the class of phrasing the round
handled, not copied from the sets."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.coaching.sbi import statements
from assistant.coaching.wording import flag_notes
from assistant.i18n.numerals import zh_number


def _sbi(notes: str, lang: str) -> list[Any]:
    return statements(notes, flag_notes(notes), lang)


def test_sbi_headings_before_a_dash_or_colon_that_name_an_occasion() -> None:
    """An occasion before a dash, then the person and a verb, is the situation ("Example 1 –" is not); a named day
    and a talk are occasions; a lead-in ending in a name before an irregular past verb is one too."""
    (s,) = _sbi("Quarterly planning offsite - Priya split the roadmap into three tracks.", "en")
    assert s.situation == "Quarterly planning offsite" and s.behaviour.startswith("Priya")
    (s,) = _sbi("Example 2 – During the audit week, Omar reconciled every petty-cash float.", "en")
    assert s.situation.startswith("During the audit")
    (s,) = _sbi("Open Day: Grace ran the welcome desk for six hours.", "en")
    assert s.situation == "Open Day"
    (s,) = _sbi("Conference talk: he demoed the offline mode live. 500+ downloads that weekend.", "en")
    assert s.situation == "Conference talk" and s.impact == "500+ downloads that weekend"
    (s,) = _sbi("For the June board pack Lena built the cash-flow bridge in two days.", "en")
    assert s.situation == "For the June board pack" and s.behaviour.startswith("Lena built")


def test_sbi_habits_and_places_are_no_occasion() -> None:
    (s,) = _sbi("She hasn't updated the risk log in months.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("He posts rota changes late at night.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("She writes a summary after every supplier call.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("He skipped the torque check during tyre changes a few times.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("She restacked the shelves while two porters waited at the loading bay.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("She left the charts unfinished at handover three times this month.", "en")
    assert s.situation == "at handover"  # a counted lapse keeps its occasion


def test_sbi_results_said_by_others_and_things() -> None:
    (s,) = _sbi(
        "He skipped the second signature on the dosage sheet. Pharmacy caught it before the round.", "en"
    )
    assert s.impact == "Pharmacy caught it before the round"
    (s,) = _sbi("she built the stock tracker for the launch, store leads were checking it twice a day", "en")
    assert s.impact == "store leads were checking it twice a day"
    (s,) = _sbi("She indexed 3,000+ invoices over the holiday.", "en")
    assert "3,000+" in s.behaviour and "impact" in s.asks
    (s,) = _sbi("He logged 30+ defects the same afternoon.", "en")
    assert "impact" in s.asks  # a count of what the person did is the act
    (s,) = _sbi("On the Kestrel renewal she pulled legal in early, closed 3 wks early at +12% ARR.", "en")
    assert s.impact == "closed 3 wks early at +12% ARR"


def test_sbi_chinese_results_occasions_and_fillers() -> None:
    (s,) = _sbi("店庆前一周她把所有价签重新核对了一遍，当天零客诉。", "zh")
    assert s.situation == "店庆前一周" and s.impact == "当天零客诉"
    (s,) = _sbi("台风那晚他把所有冷冻货先转进了冷库，一箱都没坏。", "zh")
    assert s.impact == "一箱都没坏"
    (s,) = _sbi("他带了三个新收银员，现在都能独立开班了。", "zh")
    assert s.impact == "现在都能独立开班了"
    (s,) = _sbi("评审会之前，Kevin 先和两个业务方对齐了口径，评审一次就过了。", "zh")
    assert s.situation == "评审会之前"
    (s,) = _sbi("年会那场她临时顶替主持人串了两个小时场。", "zh")
    assert s.situation == "年会那场"
    (s,) = _sbi("嗯 就是 上次大促前压测 他把详情页的图片改成了懒加载", "zh")
    assert s.behaviour.startswith("他把")
    (s,) = _sbi("这次招标项目，小林把三十多份标书的报价做成了一张对比表。总监直接拿去跟客户谈判用了。", "zh")
    assert s.impact.startswith("总监")
    first, second = _sbi("上周暴雨那晚他守在机房。业主群里有人投诉，他直接在群里回怼了。", "zh")
    assert "impact" in first.asks and second.behaviour.startswith("他直接")


@pytest.mark.parametrize(
    "notes",
    [
        "She is a bit of a wallflower at client dinners.",
        "He'll probably ease off once he starts a family.",
        "Great analyst, but not really a leader.",
        "Handled the complaint well, which is impressive for a lad.",
        "Peer feedback is mixed.",
        "At his stage of life he should be winding down.",
        "Being 52, he struggles with the new dashboards.",
        "他这个人不太合群。",
        "工作态度还需端正。",
        "明年在执行力上再加强。",
        "他是农村户口，见识有限。",
        "她腰椎不好，带大团队不合适。",
        "技术视野有待拓宽。",
        "其他方面还OK。",
    ],
)
def test_wording_flags_of_the_blind46_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "Store visits are steady at 22 a day.",
        "She mentors the new nurses through their medication competencies.",
        "她一直有个习惯，每天下班前先核对一遍库存。",
        "系统稳定性有待改善。",
        "海外渠道有待拓展。",
    ],
)
def test_wording_not_flagged_in_the_blind46_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_twenty_and_thirty_in_one_character() -> None:
    assert zh_number("廿二") == 22 and zh_number("卅一") == 31 and zh_number("廿") == 20


def test_sbi_the_review_of_the_sbi34_round() -> None:
    """A topic or a habit before a dash is no occasion; stock lead-ins are asides; a sick day is no occasion; a habit's
    time gives way to an occasion said after it; a named occasion said "a few times" keeps it; a lapse of the
    person's own, 也会, 搞定 and 零下 are no results; a role that is also a verb is no group of people; a figure
    reached is a result; what the other party then said is; 每周例会 is a habit."""
    for notes in (
        "Change management - Priya owns the rollout plan.",
        "Top 3 priorities - Ana needs to delegate more.",
    ):
        (s,) = _sbi(notes, "en")
        assert "situation" in s.asks, notes
    (s,) = _sbi("At the same time Jo sent the revised quote.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("Sick Day: Tom called in at 9.", "en")
    assert s.situation != "Sick Day"
    (s,) = _sbi("He worked late at night during the audit.", "en")
    assert s.situation == "during the audit"
    (s,) = _sbi("She got the stock count wrong in the March audit a few times.", "en")
    assert s.situation == "in the March audit"
    for notes in (
        "她接了五个工单，一个都没处理。",
        "他带的新人现在也会偷懒了。",
        "她修了打印机，半天就搞定了。",
        "冷库温度保持在零下五度。",
    ):
        (s,) = _sbi(notes, "zh")
        assert "impact" in s.asks, notes
    first, _ = _sbi("Maya fixed the rota. Jo heads the incident rota and took two extra shifts.", "en")
    assert "impact" in first.asks
    (s,) = _sbi("She rebuilt the pipeline, reached 120% of target.", "en")
    assert s.impact == "reached 120% of target"
    (s,) = _sbi("他签下了续约。客户当场续了约，他说下次还找我们。", "zh")
    assert s.impact.startswith("客户当场")
    (s,) = _sbi("每周例会他都迟到。", "zh")
    assert "situation" in s.asks


def test_sbi_of_the_sbi35_round() -> None:
    """A lead-in after an occasion label names the occasion; a remark on the act is no impact; results said by a
    count of people, by people who still use it, by the manager's own state, by a party after a semicolon, by what
    the act was worth or where it ranked; 没一个, 少亏了, 后面…, a project's label, a name's label before a holiday,
    whose week a heading is."""
    (s,) = _sbi(
        "Call review: on the 3 May call where the client threatened to leave, Ines refunded on the spot.",
        "en",
    )
    assert s.situation.startswith("on the 3 May call")
    (s,) = _sbi(
        "At the depot visit she trained the drivers on the scanner, which nobody asked her to do. "
        "We've had zero scan errors since.",
        "en",
    )
    assert s.impact.startswith("We've had zero")
    (s,) = _sbi("She started a reading club and fifteen Year 9s now come every Friday.", "en")
    assert s.impact == "fifteen Year 9s now come every Friday"
    (s,) = _sbi("He wrote the returns FAQ; store managers still hand it to new staff.", "en")
    assert s.impact == "store managers still hand it to new staff"
    (s,) = _sbi("still forwards me every ticket, my inbox is a mess", "en")
    assert s.impact == "my inbox is a mess"
    (s,) = _sbi(
        "When the supplier threatened to stop shipping she flew out that day; supplier dropped the claim.",
        "en",
    )
    assert s.impact == "supplier dropped the claim"
    (s,) = _sbi("He renegotiated the freight contract. That is about €90k saved next year.", "en")
    assert s.impact.startswith("That is about")
    (s,) = _sbi("Fire drill: she cleared the floor in four minutes. 97, top score in the building.", "en")
    assert s.impact.startswith("97")
    (s,) = _sbi("行情波动那周，她逐个打电话给客户解释追加保证金，没一个客户被强平。", "zh")
    assert s.impact == "没一个客户被强平"
    (s,) = _sbi("大促那晚他盯到两点，把叠加出错的券下架了。后面算了一下，大概少亏了五万。", "zh")
    assert s.impact.startswith("后面算了一下")
    (s,) = _sbi("产线改造专案：志明重新定义了参数窗口，良率由 91% 提升到 95%。", "zh")
    assert s.situation == "产线改造专案"
    (s,) = _sbi("阿芳：七夕当天在仓库盯了一整天打包，没有一单发错。", "zh")
    assert s.situation == "七夕当天"
    (s,) = _sbi("本周 BD 小周：\n1. 给片区 8 家新签商家做了菜单优化，客单价平均涨了 4 块。", "zh")
    assert "situation" in s.asks
    (s,) = _sbi("他给每个孩子都安排了轮流当小组长，几个平时不爱说话的孩子现在会主动举手了。", "zh")
    assert s.impact.startswith("几个平时")


@pytest.mark.parametrize(
    "notes",
    [
        "Given his three kids, travel is out.",
        "He's Russian-educated, so the reporting style is different.",
        "He's damn blur in standups.",
        "Needs a better work ethic.",
        "He doesn't seem engaged lately.",
        "As a family man he's steady.",
        "She can come across as blunt with vendors.",
        "他思想比较保守。",
        "跟客户沟通放不开。",
        "平时有点自由散漫。",
        "她三天两头请假。",
        "沟通上有点 passive。",
        "专业上挺 solid 的。",
    ],
)
def test_wording_flags_of_the_blind47_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "He files his visit reports every week without slipping.",
        "She works remotely two days a week while caring for her father after his surgery; we agreed, and her "
        "turnaround did not change.",
        "She's expecting and due in May; from April she stops night shifts on her GP's advice and her caseload "
        "drops from 30 to 24.",
        "She rewrote our stroke rehab protocol.",
        "He runs the diabetic foot clinic on Tuesdays.",
        "她的 code review 意见总是附带复现步骤。",
        "他做的预算一直很扎实，偏差在 1% 以内。",
        "本年度完成住院病历 280 份。",
        "之前有人觉得他“太闷”，其实他每次例会都讲复盘。",
        "The old onboarding doc needs work.",
        "这个方案不够高端。",
        "新来的几个人不太合群，她主动带他们吃饭。",
    ],
)
def test_wording_not_flagged_in_the_blind47_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_wording_the_review_of_the_blind46_round_still_flags() -> None:
    for notes in (
        "At 55 a career change is hard for him.",
        "她一直有个习惯不好，开会总迟到。",
        "He always ships without testing.",
    ):
        assert flag_notes(notes), notes
    assert zh_number("一廿二") is None and zh_number("廿廿二") is None
