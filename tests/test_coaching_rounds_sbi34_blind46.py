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
