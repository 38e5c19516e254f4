"""Drafting: briefs, the bilingual fact check, the offline and LLM drafts, the files, and bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from docx import Document

from assistant.api import Assistant
from assistant.drafting.brief import parse_brief
from assistant.drafting.check import check
from assistant.drafting.facts import make_fact
from assistant.drafting.links import without_links
from assistant.drafting.periods import same_duration
from assistant.drafting.proportions import proportions
from assistant.drafting.surface import mentions
from assistant.drafting.times import times
from assistant.errors import AssistantError, InputError
from tests.conftest import run_cli
from tests.helpers import llm_demo

FACTS = {
    "Self-review deadline / 自评截止": date(2026, 12, 17),
    "校准会": "2027年1月8日",
    "HRBP": {"zh": "王芳", "en": "Wang Fang"},
    "Employees in scope": "1,248",
    "Guideline share of A": "20%",
    "Review form": "https://hr.example.com/review/2026h2",
    "Results call": "18:00",
}
ZH = ("各位同事：请于12月17日（周四）前在飞书完成自评。绩效校准会定于2027年1月8日举行，由 HRBP 王芳主持。"
      "本次共一千二百四十八人参加，A 档指引比例为百分之二十。表单：https://hr.example.com/review/2026h2 。"
      "结果沟通会下午6点开始。")  # fmt: skip
EN = ("Dear colleagues, please finish your self-review in Lark by Thu 17 December. The calibration meeting is on "
      "January 8, 2027, led by our HRBP Wang Fang. 1248 employees take part; the guideline share of A is 20 percent. "
      "Form: https://hr.example.com/review/2026h2/ . The results call starts at 6 pm.")  # fmt: skip


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


def _facts() -> list:
    return [make_fact(k, v, 2026) for k, v in FACTS.items()]


def _problems(facts: list, zh: str, en: str) -> list[tuple[str, str, str | None]]:
    """(kind, version, fact) of each problem the check finds in the two versions."""
    return [(i.kind, i.lang, i.fact) for i in check(facts, {"zh": zh, "en": en}).issues]


def clean_then_caught(facts: list, texts: dict[str, str], wrong: dict[str, str], expected: list) -> None:
    """The pair passes the check; with one value changed (``wrong``), exactly ``expected`` is reported."""
    report = check(facts, texts)
    assert report.ok, report.issues
    assert [(i.kind, i.lang, i.fact) for i in check(facts, wrong).issues] == expected


def test_the_same_facts_written_differently_in_each_language_pass() -> None:
    report = check(_facts(), {"zh": ZH, "en": EN})
    assert report.ok, [i.as_json() for i in report.issues]
    assert all(found == {"zh": True, "en": True} for _, found in report.facts)


@pytest.mark.parametrize(
    ("lang", "old", "new", "kind", "fact"),
    [
        (
            "zh",
            "12月17日（周四）",
            "12月18日（周五）",
            "missing",
            "Self-review deadline / 自评截止",
        ),  # a date changed
        ("en", "Thu 17 December", "Wed 17 December", "weekday", None),  # a weekday that does not match
        ("en", "1248 employees", "1284 employees", "missing", "Employees in scope"),  # a number altered
        ("zh", "百分之二十", "百分之二十五", "missing", "Guideline share of A"),  # a percentage altered
        ("en", "Wang Fang", "Wang Feng", "missing", "HRBP"),  # a name misspelt
        (
            "zh",
            "表单：https://hr.example.com/review/2026h2 。",
            "",
            "missing",
            "Review form",
        ),  # a link dropped
        ("en", "The calibration meeting", "The performance alignment meeting", "term", None),  # a term
        ("zh", "下午6点", "下午5点", "missing", "Results call"),  # a time changed
    ],
)
def test_every_seeded_error_is_caught_in_the_version_it_is_in(lang, old, new, kind, fact) -> None:  # type: ignore[no-untyped-def]
    texts = {"zh": ZH, "en": EN}
    assert old in texts[lang]
    texts[lang] = texts[lang].replace(old, new)
    issues = check(_facts(), texts).issues
    assert any(i.kind == kind and i.lang == lang and (fact is None or i.fact == fact) for i in issues), issues
    assert all(i.lang == lang for i in issues), issues  # the other version is not blamed


def test_a_date_in_one_version_only_is_a_conflict_even_when_it_is_no_fact() -> None:
    issues = check(
        _facts(), {"zh": ZH + "补交截止12月20日。", "en": EN + " Late submissions until 21 December."}
    ).issues
    assert {(i.kind, i.lang, i.found) for i in issues} == {("conflict", "zh", "12月20日"),
                                                          ("conflict", "en", "21 December")}  # fmt: skip


def test_surface_forms() -> None:
    found = {(m.kind, m.value if m.kind != "date" else m.value[1:]) for m in mentions(
        "¥1,500；1.5k；一千五百元；两成；12/17；17 Dec 2026；2026/12/17；12月10日至17日；10–17 December；6:30 pm")}  # fmt: skip
    assert {
        ("number", 1500.0),
        ("percent", 20.0),
        ("date", (12, 17)),
        ("date", (12, 10)),
        ("time", 1110),
    } <= found
    assert make_fact("x", "2026-12-10 to 2026-12-17", 2026).kind == "range"
    assert make_fact("x", "Lark / 飞书", 2026).value == {"zh": "飞书", "en": "Lark"}
    assert make_fact("x", "12月30日至1月5日", 2026).value == (date(2026, 12, 30), date(2027, 1, 5))
    assert {m.value for m in mentions("预算三亿五千万元")} == {350_000_000.0}


def test_numbers_times_units_and_names_as_writers_vary_them() -> None:
    """Forms that once raised false alarms: English number words joined ("Sixty-two", "one hundred and five",
    and "five and eight" as two numbers), times with a dot ("8.45 am"), a number with the brief's own unit in
    Chinese numerals (八学时), and a system name whose first characters start an ordinary word (绩效周期)."""
    assert {m.value for m in mentions("Sixty-two new hires, one hundred and five seats")} == {62.0, 105.0}
    assert {m.value for m in mentions("Between five and eight raters.")} == {5.0, 8.0}
    assert [(m.kind, m.value) for m in mentions("report at 8.45 am")] == [("time", 525)]
    facts = [
        make_fact("Drill", "8学时", 2026),
        make_fact("System", {"zh": "绩效云", "en": "PerfCloud"}, 2026),
    ]
    zh = "应急撤离实操不少于八学时。请在绩效云完成，本绩效周期共两轮。"
    en = "At least 8 hours of evacuation drill. Please use PerfCloud."
    assert check(facts, {"zh": zh, "en": en}).ok
    slip = check(facts, {"zh": zh + "如有问题请在绩效芸反馈。", "en": en}).issues  # one character changed
    assert [(i.lang, i.found) for i in slip] == [("zh", "绩效芸")], slip


def test_possessives_range_weekdays_and_terms_inside_other_terms() -> None:
    """A name in the possessive is the name; each end of a Chinese date range keeps its weekday; a looser
    form inside another glossary term ("manager" of "skip-level manager") does not stand for its own term."""
    facts = [make_fact("Hospital", {"zh": "仁和医院", "en": "Renhe Hospital"}, 2026)]
    assert check(facts, {"zh": "仁和医院年假制度。", "en": "Renhe Hospital's leave policy."}).ok
    wrong = [m for m in mentions("校准会6月24日（周四）至6月26日（周五）进行") if m.weekday is not None]
    assert [(m.value[1:], m.weekday) for m in wrong] == [((6, 24), 3), ((6, 26), 4)]
    issues = check(
        [], {"zh": "员工须由其直属经理提名。", "en": "Employees are nominated by their skip-level manager."}
    ).issues
    assert ("term", "en") in {(i.kind, i.lang) for i in issues}
    fine = check([], {"zh": "员工须由其直属经理提名。", "en": "Employees are nominated by their manager."})
    assert fine.ok, fine.issues


def test_traditional_chinese_and_noon() -> None:
    """A Traditional Chinese version is read like a Simplified one, and problems quote its own characters."""
    facts = [make_fact("校準會議", date(2026, 11, 17), 2026), make_fact("會議時間", "14:00", 2026),
             make_fact("提前申請", "2週", 2026), make_fact("主持人", {"zh": "林志豪", "en": "Lin Chih-hao"}, 2026)]  # fmt: skip
    zh = "校準會議訂於2026年11月17日（週二）下午2點舉行，由林志豪主持。請最少提前兩星期申請，由直屬上司批核。"
    en = "The calibration meeting is on Tuesday 17 November 2026 at 2 p.m., chaired by Lin Chih-hao. Apply at least two weeks ahead; your line manager approves."
    assert check(facts, {"zh": zh, "en": en}).ok, check(facts, {"zh": zh, "en": en}).issues
    wrong = check(facts, {"zh": zh.replace("（週二）", "（週三）"), "en": en}).issues
    assert [(i.kind, i.lang, i.found) for i in wrong] == [("weekday", "zh", "2026年11月17日（週三）")]
    noon = [make_fact("说明会时间", "12:00", 2026)]
    assert check(noon, {"zh": "说明会中午12点开始。", "en": "The session starts at noon."}).ok


def test_amounts_ranges_places_and_leave_terms_as_writers_vary_them() -> None:
    facts = [make_fact("上限", "RM 3,000", 2027), make_fact("KR数", "2-4", 2027), make_fact("开始", "14:00", 2027),
             make_fact("结束", "17:30", 2027), make_fact("时长", "30分钟", 2027), make_fact("频率", "每周1次", 2027),
             make_fact("地点", {"zh": "总部20楼会议室", "en": "20/F conference room, Causeway Bay headquarters"}, 2027),
             make_fact("公司", {"zh": "武汉星澜科技", "en": "Xinglan Technology (Wuhan)"}, 2027),
             make_fact("眼镜", "RM 300/两年", 2027)]  # fmt: skip
    zh = ("武汉星澜科技：每年最多3,000令吉；每个目标二到四条关键结果；下午2时至5时半在总部20楼会议室；每次约半小时，"
          "每周一次；眼镜每两年RM 300。陪产假14天。")  # fmt: skip
    en = ("Xinglan Technology (Wuhan): up to RM3,000 a year; two to four key results per objective; 2:00–5:30 p.m. "
          "in the 20/F conference room at our Causeway Bay headquarters; about half an hour, once a week; glasses "
          "RM300 every two years. A fortnight of paternity leave.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh, "en": en.replace("2:00–5:30 p.m.", "2:00–5:00 p.m.")},
                      [("missing", "en", "结束")])  # fmt: skip


def test_frequencies_and_half_days_in_other_words() -> None:
    facts = [make_fact("频率", "每2周1次", 2026), make_fact("单位", "半天", 2026), make_fact("配对期", "3个月", 2026),
             make_fact("加幅", "5%-10%", 2026)]  # fmt: skip
    zh = "经理每两周与员工进行一次1:1；最小请假单位为半天；导师配对期为三个月；晋升另加百分之五至十。"
    en = "Managers meet each report one-on-one once a fortnight; the minimum unit is half a day; mentors for a quarter; promotions add 5% to 10%."
    assert check(facts, {"zh": zh, "en": en}).ok, check(facts, {"zh": zh, "en": en}).issues
    monthly = check(facts, {"zh": zh, "en": en.replace("once a fortnight", "once a month")}).issues
    assert [(i.kind, i.lang, i.fact) for i in monthly] == [("missing", "en", "频率")]


def test_a_season_of_three_months_and_a_time_range_said_with_between() -> None:
    """为期一季 is three months (第一季 is which quarter, not how long); "between 8 and 10 am" is 08:00-10:00."""
    facts = [make_fact("试行期", "3 months", 2026), make_fact("打卡区间", "08:00-10:00", 2026),
             make_fact("答疑", "14:00-17:00", 2026)]  # fmt: skip
    zh = "试行为期一季；早上八点至十点之间打卡；答疑时间为下午两点到五点。"
    en = "The pilot runs for three months; clock in between 8 and 10 am; questions between 2 and 5 pm."
    assert _problems(facts, zh, en) == []
    for other in ("第一季起试行", "与上一季相比", "在四季酒店试行"):  # which quarter, a season, a hotel
        assert _problems(facts, other + "；早上八点至十点之间打卡；答疑时间为下午两点到五点。", en) == [
            ("missing", "zh", "试行期")
        ]
    assert _problems(facts, zh, en.replace("between 8 and 10 am", "between 9 and 10 am")) == [
        ("missing", "en", "打卡区间")
    ]
    assert _problems(facts, zh, en.replace("between 2 and 5 pm", "at 2 and 5 pm")) == [
        ("missing", "en", "答疑")
    ]


def test_frequencies_are_compared_as_frequencies_and_odd_text_is_read() -> None:
    weekly = [make_fact("频率", "每周1次", 2026)]
    assert check(weekly, {"zh": "每周一次。", "en": "Once a week."}).ok
    assert ("missing", "en") in {
        (i.kind, i.lang) for i in check(weekly, {"zh": "每周一次。", "en": "Once a month."}).issues
    }
    once = [make_fact("次数", "1次", 2026)]
    assert not check(once, {"zh": "可申请1次。", "en": "Once you submit, you may apply three times."}).ok
    span = [make_fact("期限", "3个月", 2026)]
    assert not check(span, {"zh": "3月1日起，为期六个月。", "en": "For three months."}).ok
    for odd in ("14 dayſ", "2 mİnutes", "every fortnİght", "daİly", "测试\ud800", " " * 20000):
        check([make_fact("x", "2周", 2026)], {"zh": "两周" + odd, "en": odd})  # read, never a crash


def test_times_in_words_time_ranges_quarter_hours_and_name_forms() -> None:
    """Hours said in words, a time range as one fact, quarter hours, accents and the family name first or last."""
    facts = [make_fact("答疑时段", "13:30-16:00", 2027), make_fact("签到", "08:45", 2027),
             make_fact("测评时长", "45分钟", 2027), make_fact("联系人", {"zh": "朴智勋", "en": "Park Ji-hoon"}, 2027),
             make_fact("讲师", {"zh": "何塞·佩雷斯", "en": "José Pérez"}, 2027)]  # fmt: skip
    zh = "答疑时段为下午一点半至四点，请于上午八点三刻签到。测评约需三刻钟。联系人：朴智勋；讲师：何塞·佩雷斯。"
    en = ("Drop-in hours run from half past one to four in the afternoon; please sign in at a quarter to nine in "
          "the morning. The assessment takes three quarters of an hour. Contact: Jihoon Park; trainer: Jose Perez.")  # fmt: skip
    assert _problems(facts, zh, en) == []
    late = en.replace("to four in the afternoon", "to five in the afternoon")
    assert _problems(facts, zh, late) == [("missing", "en", "答疑时段")]
    misspelt = check(facts, {"zh": zh, "en": en + " Questions to Jose Peres."}).issues
    assert [(i.kind, i.found) for i in misspelt] == [("conflict", "Jose Peres")]
    assert [m.value for m in mentions("at half past two, eleven managers, 3 o'clock")] == [150, 11.0, 180]
    assert check(
        [make_fact("时间", "14:30", 2027)], {"zh": "两点半开始。", "en": "Starts at half past two."}
    ).ok
    assert not check(
        [make_fact("时间", "09:30", 2027)], {"zh": "九点半开始。", "en": "Starts at 9:30 pm."}
    ).ok


def test_shares_and_multiples_ranges_with_weekdays_and_months_in_days() -> None:
    """A percentage as a fraction or a multiple, "24/7", a range with a weekday at each end, 60 days as two months."""
    facts = [make_fact("加班工资", "200%", 2027), make_fact("报销比例", "50%", 2027),
             make_fact("首批", "25%", 2027), make_fact("试用期", "60 days", 2027),
             make_fact("培训", "2027-03-02 to 2027-03-04", 2027)]  # fmt: skip
    zh = "法定节假日加班按双倍工资计；学费报销一半；首批归属四分之一；试用期两个月；培训3月2日（周二）至4日（周四）；热线7×24小时。"
    en = ("Holiday overtime is paid at double the rate; half of tuition is reimbursed; a quarter vests first; "
          "probation lasts two months; training runs Tuesday 2 to Thursday 4 March; the hotline is open 24/7.")  # fmt: skip
    assert _problems(facts, zh, en) == []
    assert _problems(facts, zh, en.replace("a quarter vests", "a fifth vests")) == [("missing", "en", "首批")]
    assert _problems(facts, zh, en.replace("Thursday 4 March", "Friday 4 March")) == [("weekday", "en", None)]
    assert _problems(facts, zh.replace("两个月", "三个月"), en) == [("missing", "zh", "试用期")]
    india = [make_fact("奖金", "INR 250,000", 2027), make_fact("补贴", "INR 1,200,000", 2027),
             make_fact("病假工资", "100%", 2027), make_fact("联系人", {"zh": "王海涛", "en": "Haitao Wang"}, 2027)]  # fmt: skip
    zh = "奖金25万卢比，补贴120万卢比，病假期间发全薪。联系人：王海涛。"
    en = "A bonus of ₹2.5 lakh and an allowance of ₹12,00,000, at full pay during sick leave. Contact Haitao Wang; thank Haitao and the team."
    assert _problems(india, zh, en) == []
    assert _problems(india, zh, en.replace("at full pay", "at half pay")) == [("missing", "en", "病假工资")]


def test_regional_ways_of_writing_dates_times_and_amounts() -> None:
    """ "2–5 p.m.", a weekday range in brackets, "1/8（五）", "6萬6千", financial numerals, "15-Feb-2027", "twice"."""
    facts = [make_fact("会议时间", "14:00-17:00", 2027), make_fact("搬迁", "2027-05-14 to 2027-05-16", 2027),
             make_fact("报名截止", date(2027, 1, 8), 2027), make_fact("奖金", "TWD 66,000", 2027),
             make_fact("补贴", "CNY 100", 2027), make_fact("报到", date(2027, 2, 15), 2027),
             make_fact("每月会面次数", 2, 2027)]  # fmt: skip
    zh = ("会议下午2点至5点；5月14日至16日（周五至周日）搬迁；1/8（五）前报名；头奖6萬6千元；每月补贴人民币壹佰元；"
          "2月15日报到；每月会面两次。")  # fmt: skip
    en = ("The meeting runs 2–5 p.m.; the move is Friday 14 to Sunday 16 May; register by Friday 8 January; the "
          "top prize is NT$66,000; an allowance of CNY 100 a month; report on 15-Feb-2027; meet twice a month.")  # fmt: skip
    assert _problems(facts, zh, en) == []
    assert _problems(facts, zh.replace("（周五至周日）", "（周五至周六）"), en) == [("weekday", "zh", None)]
    assert _problems(facts, zh, en.replace("2–5 p.m.", "2–6 p.m.")) == [("missing", "en", "会议时间")]
    warned = check(
        [], {"zh": "未通过者将收到书面警告。", "en": "Those who do not pass receive a verbal warning."}
    )
    assert {(i.kind, i.lang) for i in warned.issues} >= {("term", "en")}


def test_durations_in_other_units_and_a_term_standing_in_for_another() -> None:
    facts = [
        make_fact("任职", "12个月", 2026),
        make_fact("交接", "2周", 2026),
        make_fact("花红", "1.5个月", 2026),
    ]
    zh = "任职满12个月；交接须在两周内完成；花红为一个半月基本薪金。"
    assert check(
        facts, {"zh": zh, "en": "After a full year in role; handover within 14 days; a 1.5-month bonus."}
    ).ok
    short = check(
        facts, {"zh": zh, "en": "After a full year in role; handover within 10 days; a 1.5-month bonus."}
    )
    assert [(i.kind, i.lang, i.fact) for i in short.issues] == [("missing", "en", "交接")]
    zh = "请于3月26日前完成调薪沟通，调薪结果4月1日生效。"
    en = "Please hold promotion conversations by 26 March; the salary adjustment takes effect on 1 April."
    blamed = {(i.kind, i.lang) for i in check([], {"zh": zh, "en": en}).issues}
    assert {
        ("term", "zh"),
        ("term", "en"),
    } <= blamed  # "promotion" lacks 晋升, and stands where 调薪 was meant


def test_a_number_and_a_half_pay_in_full_and_the_names_of_the_hr_team() -> None:
    """ "one and a half", "一个半", "全額給付" for 100%; "People & Culture" and 人事部 name the HR team; a probation
    review is not an annual review."""
    facts = [make_fact("Bonus (months of basic salary)", 1.5, 2027), make_fact("陪产假工资", "100%", 2027),
             make_fact("Overtime hours cap", 2.5, 2027)]  # fmt: skip
    zh = "花红相等于一个半月基本月薪；陪产假期间薪资照常全額給付；每日加班不超过两个半小时。人事部"
    en = ("A bonus of one and a half months' basic salary; 100% of pay during paternity leave; overtime of no "
          "more than 2 and a half hours a day. People & Culture")  # fmt: skip
    assert _problems(facts, zh, en) == []
    assert _problems(facts, zh, en.replace("one and a half", "two")) == [
        ("missing", "en", "Bonus (months of basic salary)")
    ]
    assert _problems(facts, zh.replace("全額給付", "部分給付"), en) == [("missing", "zh", "陪产假工资")]
    zh, en = (
        "经理应在试用期满前完成年度考核。",
        "Managers complete the probation review before probation ends.",
    )
    assert ("term", "zh") in {(i.kind, i.lang) for i in check([], {"zh": zh, "en": en}).issues}
    assert check([], {"zh": "经理应在试用期满前完成转正评估。", "en": en}).ok


def test_rates_in_words_dotted_time_ranges_between_dates_and_words_that_look_like_names() -> None:
    """ "double"/"triple" for 2 and 3 times, "12.30 to 1.15 pm", "between March 15 and 19", 五级; 心理咨询 is a word
    of the language, not the provider 心桥咨询 misspelt; 人資夥伴 is an HR business partner."""
    facts = [make_fact("休息日加班费率", "2 times", 2027), make_fact("公共假期加班费率", "3 times", 2027),
             make_fact("简报会时间", "12:30-13:15", 2027), make_fact("面谈期", "2027-03-15 to 2027-03-19", 2027),
             make_fact("评级等级数", 5, 2027), make_fact("服务机构", {"zh": "心桥咨询", "en": "MindBridge"}, 2027)]  # fmt: skip
    zh = ("休息日加班为2倍，公共假期为3倍；简报会12:30–13:15；3月15日至19日面谈；采用五级评级制度；"
          "公司与心桥咨询合作提供心理咨询服务；请洽人資夥伴。")  # fmt: skip
    en = ("Overtime is paid double on rest days and triple on public holidays; the briefing runs from 12.30 to "
          "1.15 pm; meetings take place between March 15 and 19; we use a five-point scale; MindBridge provides "
          "counselling; contact your HR business partner.")  # fmt: skip
    assert _problems(facts, zh, en) == []
    assert _problems(facts, zh, en.replace("triple on", "double on")) == [
        ("missing", "en", "公共假期加班费率")
    ]
    assert _problems(facts, zh, en.replace("1.15 pm", "1.45 pm")) == [("missing", "en", "简报会时间")]
    assert _problems(facts, zh.replace("五级", "四级"), en) == [("missing", "zh", "评级等级数")]
    assert [(v, f) for _, v, f in _problems(facts, zh.replace("与心桥咨询", "与心乔咨询"), en)] == [
        ("zh", "服务机构")
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("kind: email\ntopic: x\nfacts: {}\n", "problem.draft.no_facts"),
        (
            "kind: email\ntopic: x\nfacts:\n  Deadline: 2026-12-17\n  Deadline: 2026-12-18\n",
            "problem.draft.contradiction",
        ),
        ("kind: email\ntopic: x\nfacts:\n  Deadline: 2026-02-30\n", "problem.yaml.invalid"),
        ("kind: email\ntopic: x\nfacts:\n  截止: 2026年2月30日\n", "problem.draft.bad_date"),
        ("kind: email\ntopic: x\nfacts:\n  Window: 12月17日至12日\n", "problem.draft.range_backwards"),
        ("kind: memo\ntopic: x\nfacts: {a: 1}\n", "problem.one_of"),
        ("kind: email\ntopic: x\nfacts: {a: 1}\nlanguage: [fr]\n", "problem.extra_forbidden"),
        ("- just a list\n", "problem.draft.not_a_brief"),
        ("kind: email\ntopic: x\nfacts:\n  Day: 2月29日\n  Year: 2027-01-01\n", "problem.draft.bad_date"),
        ("kind: email\ntopic: x\nfacts:\n  Budget: .inf\n", "problem.draft.bad_number"),
    ],
)
def test_a_bad_brief_is_refused_with_its_reason(text: str, key: str) -> None:
    with pytest.raises(InputError) as exc:
        parse_brief(text, "brief.yaml")
    keys = [p.key for p in exc.value.problems]
    assert key in keys or any(key in str(p.params) for p in exc.value.problems), keys
    assert "brief.yaml" in exc.value.message("zh") and exc.value.message("zh") != exc.value.message("en")


def test_offline_draft_files_carry_both_languages(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text("kind: email\ntopic: 2026 H2 year-end review / 2026 下半年年终评估\naudience: All employees\n"
                     "facts:\n  HRBP: {zh: 王芳, en: Wang Fang}\n  Facilitator / 主持人: employee:E0268\n"
                     "layout: side_by_side\n", encoding="utf-8")  # fmt: skip
    admin = _acc(manifest)["hr_admin"]
    res = run_cli(demo_home, "draft", "--brief", str(brief), "--cycle", "2026-H2", "--out", str(tmp_path / "out"),
                  "--json", as_user=admin, check=True)  # fmt: skip
    data = json.loads(res.out)
    assert data["ok"] and set(data) >= {"files", "facts", "ok"}
    assert {f["fact"] for f in data["facts"]} >= {
        "HRBP",
        "Calibration / 绩效校准",
        "Employees in scope / 覆盖人数",
    }
    assert all(f["zh"] and f["en"] for f in data["facts"])
    files = {Path(p).suffix: Path(p) for p in data["files"]}
    assert set(files) == {".docx", ".eml", ".md"}
    msg = BytesParser(policy=policy.default).parsebytes(files[".eml"].read_bytes())
    raw_headers = files[".eml"].read_bytes().split(b"\n\n", 1)[0]
    assert raw_headers.isascii() and b"=?utf-8?" in raw_headers  # Chinese headers encoded (RFC 2047)
    assert msg["Subject"] == "2026 下半年年终评估 / 2026 H2 year-end review"
    assert msg.get_content_type() == "multipart/alternative"
    plain, html = msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()
    for text in (plain, html):
        assert (
            "王芳" in text and "Wang Fang" in text and "2026年12月10日" in text and "10 December 2026" in text
        )
    doc = Document(str(files[".docx"]))

    def text_of(tables) -> str:  # type: ignore[no-untyped-def]
        return " ".join(c.text + " " + text_of(c.tables) for t in tables for row in t.rows for c in row.cells)

    cells = text_of(doc.tables)
    assert len(doc.tables) == 1 and len(doc.tables[0].columns) == 2
    assert "王芳" in cells and "Wang Fang" in cells  # side by side: both languages in the layout table
    assert "v1" in doc.sections[0].footer.paragraphs[0].text
    employee = run_cli(demo_home, "--lang", "zh", "draft", "--brief", str(brief), "--cycle", "2026-H2", "--out",
                       str(tmp_path / "x"), as_user=_acc(manifest)["employee"])  # fmt: skip
    assert employee.code == 3 and "HRBP" in employee.err and not (tmp_path / "x").exists()


def test_the_docx_renders_to_pdf_with_both_languages(demo: Assistant, tmp_path: Path) -> None:
    import pypdf

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is installed by `make test` (scripts/system-deps.sh)"
    brief = parse_brief(
        "kind: handout\ntopic: Calibration / 绩效校准\nfacts:\n  Meeting / 会议: 2027-01-08\n"
    )
    files = demo.drafting.export(demo.drafting.draft(brief), tmp_path / "out")
    docx = next(p for p in files if p.suffix == ".docx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "pdf"), str(docx)], check=True, capture_output=True, timeout=180)  # fmt: skip
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "pdf" / f"{docx.stem}.pdf").pages)
    squashed = "".join(text.split())  # PDF text puts spaces between CJK characters and digits
    assert "绩效校准" in squashed and "2027年1月8日" in squashed and "8January2027" in squashed


def test_an_unwritable_folder_leaves_no_partial_file(demo: Assistant, tmp_path: Path) -> None:
    brief = parse_brief("kind: email\ntopic: x\nfacts:\n  Deadline: 2026-12-17\n")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    with pytest.raises(AssistantError) as exc:
        demo.drafting.export(demo.drafting.draft(brief), blocked / "out")
    assert exc.value.key == "error.draft_unwritable" and "没有写入任何文件" in exc.value.message("zh")
    draft = demo.drafting.draft(brief)
    out = tmp_path / "out"
    (out / f"{draft.stem}.eml").mkdir(parents=True)  # the .eml cannot be written: nor are the others
    with pytest.raises(AssistantError):
        demo.drafting.export(draft, out)
    assert [p.name for p in out.iterdir()] == [f"{draft.stem}.eml"]


def test_an_llm_draft_is_used_only_when_it_keeps_every_fact(demo_home: Path, tmp_path: Path) -> None:
    from tests.fake_openai import FakeOpenAI

    fake = FakeOpenAI()
    try:
        a = llm_demo(demo_home, tmp_path, fake.base_url)
        brief = parse_brief("kind: email\ntopic: Year-end review\nlanguages: [en]\nlength: short\n"
                            "facts:\n  Self-review deadline: 2026-12-17\n")  # fmt: skip
        good = "# Year-end review\n\nHello all, please send your self-review by Thursday, 17 December 2026. Thanks!"
        fake.script = [("text", json.dumps({"text": good}))]
        d = a.drafting.draft(brief)
        assert d.engines == {"en": "llm"} and d.versions["en"] == good and d.report.ok
        wrong = "# Year-end review\n\nPlease send your self-review by Friday, 18 December 2026."
        fake.script = [("text", json.dumps({"text": wrong}))] * 2
        fake.requests.clear()
        d = a.drafting.draft(brief)
        assert d.engines == {"en": "offline"} and d.notices and d.report.ok
        assert "17 December 2026" in d.versions["en"]
        repair = fake.requests[-1]["messages"][-1]["content"]
        assert "Self-review deadline" in repair and "18 December 2026" in repair
    finally:
        fake.stop()


def test_offline_translation_translates_glossary_terms_only_and_says_so(
    demo: Assistant, tmp_path: Path
) -> None:
    doc = tmp_path / "policy.md"
    doc.write_text("# 绩效校准\n\n请在12月17日前完成自评。", encoding="utf-8")
    result = demo.drafting.translate(doc, "en", "zh")
    assert "calibration" in result.text.lower() and "self-review" in result.text and "12月17日" in result.text
    assert result.engine == "offline" and "术语" in result.notices[0]
    with pytest.raises(InputError):
        demo.drafting.translate(doc, "zh", "en")  # already Chinese


def test_an_llm_translation_keeps_the_facts_and_the_glossary_or_falls_back(
    demo_home: Path, tmp_path: Path
) -> None:
    from tests.fake_openai import FakeOpenAI

    fake = FakeOpenAI()
    try:
        a = llm_demo(demo_home, tmp_path, fake.base_url)
        doc = tmp_path / "notice.md"
        doc.write_text("# 绩效校准\n\n请在2026年12月17日前完成自评，共1,248人参加。", encoding="utf-8")
        good = "# Calibration\n\nPlease finish your self-review by 17 December 2026; 1,248 people take part."
        fake.script = [("text", json.dumps({"text": good}))]
        result = a.drafting.translate(doc, "en", "en")
        assert result.engine == "llm" and result.text == good and not result.problems and not result.notices
        assert (
            "绩效校准 → calibration" in fake.requests[-1]["messages"][-1]["content"]
        )  # the glossary is given
        lossy = "# Performance alignment\n\nPlease finish your self-review by 18 December 2026."
        fake.script = [("text", json.dumps({"text": lossy}))] * 2
        fake.requests.clear()
        result = a.drafting.translate(doc, "en", "zh")
        assert result.engine == "offline" and "术语" in result.notices[-1] and "12月17日" in result.text
        repair = fake.requests[-1]["messages"][-1]["content"]
        assert "1,248" in repair and "calibration" in repair  # the verifier named what was lost
    finally:
        fake.stop()


def test_bad_brief_files_and_unknown_people_are_refused_in_the_users_language(
    demo_home: Path, manifest: dict, tmp_path: Path
) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(
        "kind: email\ntopic: x\nfacts:\n  a: 1\n# " + "x" * (5 * 1024 * 1024) + "\n", encoding="utf-8"
    )
    res = run_cli(demo_home, "--lang", "zh", "draft", "--brief", str(big), "--out", str(tmp_path / "o"))
    assert (
        res.code == 2
        and "big.yaml" in res.err
        and "Traceback" not in res.err
        and not (tmp_path / "o").exists()
    )
    person = tmp_path / "p.yaml"
    person.write_text("kind: email\ntopic: x\nfacts:\n  HRBP: employee:E9999\n", encoding="utf-8")
    res = run_cli(demo_home, "--lang", "zh", "draft", "--brief", str(person), "--out", str(tmp_path / "o"),
                  as_user=_acc(manifest)["hr_admin"])  # fmt: skip
    assert res.code == 4 and "E9999" in res.err and not (tmp_path / "o").exists()


def test_a_term_in_a_host_name_and_regional_leave_terms() -> None:
    """ "360" in a link's host name is no 360 feedback: the Chinese version that calls the cycle a manager
    review is caught; 恩恤假 (Hong Kong, Singapore) is compassionate leave and "compensatory off" (India) is
    补休, so neither is a term problem."""
    link = make_fact("System", "https://360.example.com.tw", 2026)
    zh = "2026年度主管評核將於10月12日開放。系統網址：https://360.example.com.tw"
    en = "The 2026 peer feedback cycle opens on October 12. System link: https://360.example.com.tw"
    issues = check([link], {"zh": zh, "en": en}).issues
    assert ("term", "zh") in {(i.kind, i.lang) for i in issues}
    fine = check([link], {"zh": zh.replace("主管評核", "同儕回饋"), "en": en})
    assert fine.ok, fine.issues
    leave = check([], {"zh": "直系亲属逝世可享三天恩恤假；休息日加班不能安排补休的，按2倍支付。",
                       "en": "Three days of compassionate leave; weekly-off work with no compensatory off is paid at double."})  # fmt: skip
    assert leave.ok, leave.issues


def test_discounts_scores_cents_military_times_and_hyphenated_given_names() -> None:
    """七折 is 30% off, "80分（满分100分）" a pass mark of 80%, "50 cents for every dollar" a 50% match, "paid in
    full" 100%, "1430hrs" 14:30, "Leung Chi-ho" the brief's "Leung Chi Ho"."""
    facts = [make_fact("折扣", "30%", 2026), make_fact("及格线", "80%", 2026), make_fact("配对", "50%", 2026),
             make_fact("薪资", "100%", 2026), make_fact("时间", "14:30", 2026),
             make_fact("联络人", {"zh": "梁志豪", "en": "Leung Chi Ho"}, 2026)]  # fmt: skip
    zh = "家属可按七折参加；得分达到80分（满分100分）即为通过；公司按供款额的一半配对；假期内支取全薪；下午2时30分开会，联络人梁志豪。"
    en = ("Family members get 30% off; you need a score of 80% to pass; we match 50 cents for every dollar; the leave "
          "is paid in full; the meeting is at 1430hrs; contact Mr Leung Chi-ho.")  # fmt: skip
    report = check(facts, {"zh": zh, "en": en})
    assert report.ok, report.issues
    wrong = check(facts, {"zh": zh.replace("七折", "八折"), "en": en.replace("1430hrs", "1530hrs")}).issues
    assert {(i.kind, i.lang, i.fact) for i in wrong} == {("missing", "zh", "折扣"), ("missing", "en", "时间")}


def test_regional_forms_of_terms_and_a_term_standing_for_another() -> None:
    """ "calibrate" is calibration, 自我評核 a self-review, a "reporting manager" the line manager, 逐一 one by one;
    a "mid-probation review" is no probation review; "annual leave" where the other version says 调休 is a term
    problem."""
    fine = check([], {"zh": "管理层将进行评级校准；请完成自我評核；直属经理会在试用期过半时做中期评估，并向员工逐一反馈。",
                      "en": "Leaders calibrate ratings; complete your self-review; your reporting manager holds a "
                            "mid-probation review and shares ratings one-on-one."})  # fmt: skip
    assert fine.ok, fine.issues
    swapped = check([], {"zh": "休息日加班优先安排调休，调休须在三个月内使用完毕。",
                         "en": "For rest-day work you first get annual leave, to be used within three months."})  # fmt: skip
    assert "term" in {i.kind for i in swapped.issues}


def test_overtime_rates_frequencies_ranges_and_day_first_dates() -> None:
    """ "time and a half" is 150%; 每两年…一次 says "once every 2 years" with words between; "半年到一年" is
    6-12 months; a text that writes "19 November" writes 5/11 day first; "10% per completed year of
    service" is a percentage, "一成" in Chinese."""
    facts = [make_fact("平日", "150% of hourly rate", 2027), make_fact("体检", "once every 2 years", 2027),
             make_fact("期限", "6-12 months", 2027), make_fact("截止", date(2027, 11, 5), 2027),
             make_fact("归属", "10% per completed year of service", 2027)]  # fmt: skip
    zh = "平日超时按时薪1.5倍计；每两年可免费接受全面身体检查一次；借调通常为半年到一年；颁奖典礼在11月19日，请于11月5日（星期五）前回复；每完成一年服务可享一成归属。"
    en = ("Weekday overtime is paid at time and a half; a free check-up every two years; secondments last six to "
          "twelve months; the ceremony is on 19 November, please RSVP by Friday, 5/11; you vest 10% for each "
          "completed year of service.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh.replace("半年到一年", "半年到两年"), "en": en},
                      [("missing", "zh", "期限")])  # fmt: skip


def test_halves_after_the_unit_dates_joined_by_and_and_counts_per_period() -> None:
    """一年半 is 18 months, "an hour and a half" 90 minutes, 半个月 half a month; two dates joined by 及 or "and"
    are both read; "twice a month" is a count per month; 五等第 counts five levels; "1430 to 1630 hrs" is a
    range of times."""
    facts = [make_fact("任职", "18 months", 2028), make_fact("说明会", "90 minutes", 2028),
             make_fact("加发", "0.5 months", 2028), make_fact("假期", "2028-01-26 to 2028-01-27", 2028),
             make_fact("Meetings per month", 2, 2028), make_fact("等级", 5, 2028),
             make_fact("工作坊", "14:30-16:30", 2028)]  # fmt: skip
    zh = ("任职满一年半；说明会约一个半小时；考绩A者另加发半个月；1月26日（星期三）及27日（星期四）放假；每月面谈两次；"
          "采五等第评等；工作坊下午2时30分至4时30分。")  # fmt: skip
    en = ("At least 18 months in role; the session lasts about an hour and a half; an extra half month for an A; "
          "Wednesday 26 and Thursday 27 January 2028 are holidays; meet twice a month; a five-level scale; the "
          "workshop runs from 1430 to 1630 hrs.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh.replace("一年半", "两年半"), "en": en},
                      [("missing", "zh", "任职")])  # fmt: skip


def test_readings_that_are_not_what_they_look_like() -> None:
    """ "time and a half" is 150% and no 50%; "2000 hrs of training" is no time of day; 一年半载 is no 18 months;
    "6 to 12 months" is a range whose unit is months."""
    assert proportions("paid at time and a half") == [150.0]
    assert times("complete 2000 hrs of training") == []
    assert not same_duration("18 months", "一年半载")
    facts = [make_fact("期限", "6 to 12 months", 2027)]
    clean_then_caught(facts, {"zh": "借调为半年到一年。", "en": "Secondments last six months to a year."},
                      {"zh": "借调为一年到一年。", "en": "Secondments last six months to a year."},
                      [("missing", "zh", "期限")])  # fmt: skip


def test_roc_years_space_grouped_amounts_fractions_full_funding_and_ways_of_working() -> None:
    """116/6/21 is 2027 in Taiwan's calendar; "CNY 10 000" is 10,000; "1/12 of annual basic salary" is the
    share one-twelfth or 十二分之一 (and "(1/12) of" no date); "fully funded" and 全额承担 are 100%; 兼职 is
    no flexible working arrangement."""
    facts = [make_fact("自評期間", "2027-06-21 to 2027-07-02", 2027), make_fact("獎金", "RMB 10,000", 2027),
             make_fact("第十三个月薪", "1/12 of annual basic salary", 2027),
             make_fact("公司承担", "100%", 2027)]  # fmt: skip
    zh = "自評開放時間為116/6/21（一）至116/7/2（五）。獎金一萬元人民幣，另發基本薪資總額的十二分之一，費用由公司全額承擔。"
    en = ("Self-assessments run from Monday 21 June to Friday 2 July 2027. A cash award of CNY 10 000, plus "
          "one-twelfth (1/12) of your basic salary; the programme is fully funded by the company.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh.replace("116/6/21", "116/6/22"), "en": en},
                      [("missing", "zh", "自評期間"), ("weekday", "zh", None), ("conflict", "zh", None)])  # fmt: skip
    assert proportions("fully funded by the company") == [100.0]
    clean_then_caught([], {"zh": "弹性工作安排自7月起试行。", "en": "The flexible working arrangement starts in July."},
                      {"zh": "弹性工作安排自7月起试行。", "en": "The part-time working arrangement starts in July."},
                      [("term", "en", None), ("term", "zh", None), ("term", "zh", None), ("term", "en", None)])  # fmt: skip


def test_dashed_day_first_dates_a_share_of_a_group_and_indian_terms() -> None:
    """01-09-2026 is 1 September in a text that writes "13th October"; "one in five" is 20%; a "salary hike" is
    薪资调整 and a "complaint" may render 申诉; 9-15 alone stays a range of numbers."""
    facts = [make_fact("提名", "2026-09-01 to 2026-09-15", 2026), make_fact("上限", "20%", 2026)]
    zh = "提名自2026年9月1日起至9月15日止，委员会10月13日开会，评为S的人数不超过两成，薪资调整另行通知，申诉请发邮件。"
    en = ("Nominations open on 01-09-2026 and close on 15-09-2026; the committee meets on 13th October. No more "
          "than one in five may be rated S; the salary hike follows; file a complaint by e-mail.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh, "en": en.replace("one in five", "one in four")},
                      [("missing", "en", "上限")])  # fmt: skip
    assert [m.value for m in mentions("9-15 days")] == [9.0, 15.0]


def test_words_that_open_like_fractions_and_numbers_that_look_like_dates() -> None:
    """ "A quarter-end bonus" and "a third-party vendor" are no shares, "12/31 of each year" is a date; version
    numbers and references are no dates; "3 200-page manuals" is 3 and 200."""
    assert make_fact("x", "A quarter-end bonus of RMB 5,000", 2026).kind == "text"
    assert make_fact("x", "a third-party vendor", 2026).kind == "text"
    assert make_fact("x", "by 12/31 of each year", 2026).kind == "date"
    for text in ("版本 112.3.4 已上线", "Chrome 116.1.5", "Version 1.2.2026", "ID 11-12-2025-001"):
        assert not [m for m in mentions(text) if m.kind == "date"], text
    assert [m.value for m in mentions("3 200-page manuals")] == [3.0, 200.0]


def test_years_carried_over_from_nearby_dates_terms_split_by_a_verb_and_channels_named_by_a_term() -> None:
    """A date without its year takes the year, among the brief's, that puts it nearest to the brief's dates
    ("back on Monday, January 4" after a closure that ends on 2027-01-01); a date the text writes with last
    year's number does not pull a date without one to that year; 主管审核评估 is a manager assessment; a
    term that names a mailbox (申诉信箱) need not be said where the other version gives the address; casual
    leave is no annual leave."""
    facts = [
        make_fact("Closure", "2026-12-24 to 2027-01-01", 2026),
        make_fact("Mailbox", "hr@example.com", 2026),
    ]
    zh = "办公室12月24日至2027年1月1日关闭，1月4日（周一）复工。主管审核评估须在复工后完成。意见请寄申诉信箱 hr@example.com。"
    en = ("The office closes from December 24 to Friday, January 1, 2027, and reopens on Monday, January 4. "
          "Manager assessments follow the reopening. Write to hr@example.com.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh, "en": en.replace("Monday, January 4", "Monday, January 5")},
                      [("weekday", "en", None), ("conflict", "zh", None), ("conflict", "en", None)])  # fmt: skip
    last = [make_fact("Review", "2026-03-20", 2026)]
    assert not check(last, {"zh": "上一轮始于2025年3月7日（周五）。本轮自评3月9日（周一）开始，3月20日（周五）评审。",
                            "en": "Last cycle began on Friday, March 7, 2025. Self-reviews open on Monday, March 9; "
                                  "the review is on Friday, March 20."}).issues  # fmt: skip
    zh2, en2 = "员工可申请年假。", "Employees may apply for annual leave."
    clean_then_caught([], {"zh": zh2, "en": en2}, {"zh": zh2, "en": en2.replace("annual", "casual")},
                      [("term", "en", None), ("term", "zh", None), ("term", "zh", None), ("term", "en", None)])  # fmt: skip


def test_pay_as_usual_confirmation_replacement_leave_and_committees() -> None:
    """薪資照給 is pay in full (100%); 已转正 says probation; a replacement day off is time off in lieu; a
    promotion committee is no pay committee (晉升審議委員會 is one, with words between its parts)."""
    facts = [make_fact("陪产假薪资", "100%", 2027)]
    zh = "陪產假期間薪資照給。已轉正員工值班後另給補假。晉升審議委員會每季開會一次。"
    en = ("Paternity leave is at full pay. Staff who have completed probation get a replacement day off after a "
          "duty shift. The Promotion Review Committee meets once a quarter.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh.replace("晉升", "薪酬"), "en": en},
                      [("term", "zh", None), ("term", "en", None), ("term", "en", None), ("term", "zh", None)])  # fmt: skip
    [issue, *_] = check(facts, {"zh": zh.replace("晉升", "薪酬"), "en": en}).issues
    assert "…" not in issue.expected  # a looser form with a gap is matched, never suggested
    # a promotion decided by a committee is no promotion committee
    assert not check(
        [],
        {
            "zh": "晋升结果将由委员会在3月20日公布。",
            "en": "Promotion results will be announced by the committee on March 20.",
        },
    ).issues
    assert proportions("工资照常发放") == [100.0] and proportions("半薪") == [50.0]


def test_working_weeks_halves_in_chinese_tenths_and_decimal_scores() -> None:
    """ "two working weeks" is 10 working days, 七成半 75%, 减半 50%, an OKR score of "0.7分" 70%; 试用期检讨 (Malaysia,
    Singapore) is a probation review."""
    facts = [make_fact("远程上限", "10 working days", 2027), make_fact("报销", "75%", 2027),
             make_fact("理想达成度", "70%", 2027), make_fact("病假工资", "50%", 2027)]  # fmt: skip
    zh = "每年最多远程十个工作日；报销费用的七成半；OKR达到0.7分即为理想；病假期间工资减半；经理将与您进行试用期检讨。"
    en = ("Up to two working weeks of remote work a year; we reimburse 75% of fees; an OKR at 70% is the sweet spot; "
          "sick leave is paid at half pay; your manager will hold your probation review.")  # fmt: skip
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh.replace("七成半", "六成半"), "en": en},
                      [("missing", "zh", "报销"), ("conflict", "zh", None)])  # fmt: skip
    assert proportions("0.5天的假期") == [] and proportions("0.75 FTE") == []


def test_nil_is_zero_and_menstrual_leave_is_no_compassionate_leave() -> None:
    """ "from nil to 8%" is the range 0%-8%; 生理假 rendered as "compassionate leave" is a term problem."""
    facts = [make_fact("个人调薪区间", "0%-8%", 2027)]
    assert check(
        facts, {"zh": "个人调薪幅度在0%至8%之间。", "en": "Individual increases range from nil to 8%."}
    ).ok
    swapped = check(
        [],
        {
            "zh": "女性同仁每月得請生理假一日。",
            "en": "Female employees may take one day of compassionate leave a month.",
        },
    )
    assert ("term", "en") in {(i.kind, i.lang) for i in swapped.issues}


def test_a_multiple_of_the_amount_just_stated_and_colleagues_feedback() -> None:
    """ "该金额的两倍" after S$1,000 is S$2,000 ("three times" of nothing said is no amount); 同事反馈 (what colleagues
    say) does not demand a 360 review in the other version."""
    facts = [make_fact("10-year award", "S$1,000", 2026), make_fact("20-year award", "S$2,000", 2026)]
    en = "Ten years of service earns S$1,000 and twenty years earns S$2,000."
    zh = "服务满十年可获新币1,000元，满二十年者可获得该金额的两倍。"
    clean_then_caught(facts, {"zh": zh, "en": en}, {"zh": zh.replace("两倍", "三倍"), "en": en},
                      [("missing", "zh", "20-year award")])  # fmt: skip
    assert check([], {"zh": "试行结束后将根据同事反馈评估是否延续。",
                      "en": "After the trial we will review feedback and decide whether to continue."}).ok  # fmt: skip


def test_medical_leave_verbs_and_things_withheld_are_no_term_problems() -> None:
    """病假 may be "medical leave"; 目标设定得不够… uses the term as a verb; 逾期不予补休 says leave lapses; 关键成果 may
    be key achievements. 补休 given as unpaid leave is still a term problem."""
    zh = "病假须提供医疗证明。目标设定得不够有挑战性时，评分可能偏高。婚假逾期不予补休。请写清楚过去一年的关键成果。"
    en = ("Medical leave requires a medical certificate. If an objective is not ambitious enough, scores may run "
          "high. Marriage leave not taken in time lapses. Describe your main achievements of the past year.")  # fmt: skip
    assert not check([], {"zh": zh, "en": en}).issues
    [issue] = check(
        [], {"zh": "加班后可申请补休。", "en": "After overtime you may apply for unpaid leave."}
    ).issues
    assert (issue.kind, issue.lang, issue.found) == ("term", "en", "补休")


def test_a_promotion_committee_that_deliberates_is_one() -> None:
    """晉升評議委員會 (Traditional) is the promotion committee."""
    zh = "晉升評議委員會將於5月18日召開。"
    en = "The Promotion Committee will meet on May 18."
    facts = [make_fact("評議日", "2027-05-18", 2027)]
    assert not check(facts, {"zh": zh, "en": en}).issues
    assert check(facts, {"zh": zh, "en": en.replace("Promotion Committee", "Pay Committee")}).issues


def test_an_interval_said_as_a_frequency_regional_terms_and_the_full_cost() -> None:
    """An interval of 2 weeks is "every other week" (not "every week"); 主管評核 is a manager review, 直屬同仁 a
    direct report, an increment a pay increase; the company paying the full cost is 100%."""
    facts = [make_fact("面谈间隔", "2 weeks", 2027), make_fact("公司承担", "100%", 2027)]
    zh = "主管評核每兩週進行一次。員工補充醫療保險由公司全額承擔。請與直屬同仁確認。通過晉升者一般可獲調薪。"
    en = ("Manager reviews happen every other week. The company pays the full cost of supplementary medical "
          "insurance. Please confirm with each direct report. Those promoted normally receive an increment.")  # fmt: skip
    assert _clean_then_one(facts, zh, en, ("every other week", "every week")) == ("missing", "en")


def test_terms_after_refusals_and_degrees_and_durations_that_are_no_intervals() -> None:
    """不予晋升 is still "not promoted" and 晋升得很快 still promotion; a probation of six months is no "twice a
    year"."""
    for zh, en in (("绩效为C者不予晋升。", "Employees rated C will not be promoted."),
                   ("晋升得很快的员工需要辅导。", "Employees promoted quickly need coaching.")):  # fmt: skip
        assert not check([], {"zh": zh, "en": en}).issues
    facts = [make_fact("试用期", "6 months", 2027)]
    issues = check(facts, {"zh": "试用期为6个月。", "en": "Probation reviews happen twice a year."}).issues
    assert ("missing", "en", "试用期") in {(i.kind, i.lang, i.fact) for i in issues}


def test_leave_terms_sharing_a_head_and_hospitalisation_leave() -> None:
    """A head shared by a list ("Marriage and compassionate leave") names each leave in it; 住院病假 is
    hospitalisation leave, not a second sick leave, and "hospitalisation" alone may render it; 病假工资 may be
    "sick pay". A leave named in a list that the other version does not have is still a term problem."""
    zh = "住院病假每年最多三十天。婚假、丧假维持不变。病假期间工资按八成发放。"
    en = ("Hospitalisation is covered for up to 30 days a year. Marriage and compassionate leave stay the same. "
          "Sick pay is 80% of salary.")  # fmt: skip
    assert not check([], {"zh": zh, "en": en}).issues
    issues = check([], {"zh": "婚假维持不变。", "en": "Annual and sick leave stay the same."}).issues
    found = {(i.kind, i.lang, i.found) for i in issues}
    assert ("term", "en", "婚假") in found
    assert ("term", "zh", "Annual and sick leave") in found  # annual leave, said in the list


def test_one_and_a_half_times_in_chinese_and_a_range_ending_on_the_day() -> None:
    """一倍半 is 150% (一倍 alone is 100%); "from November 9th to the 20th" ends the range on the 20th."""
    facts = [make_fact("平日加班费率", "150%", 2026), make_fact("评估期", "2026-11-09 to 2026-11-20", 2026)]
    zh = "平日加班按时薪的一倍半计算。评估于十一月九日开放，十一月二十日截止。"
    en = "Weekday overtime is paid at one and a half times the hourly rate. Reviews run from November 9th to the 20th."
    assert not check(facts, {"zh": zh, "en": en}).issues
    wrong = check(facts, {"zh": zh.replace("一倍半", "一倍"), "en": en}).issues
    assert ("zh", "平日加班费率") in {(i.lang, i.fact) for i in wrong}


def test_lists_only_for_leave_and_review_heads_and_a_count_after_a_date() -> None:
    """A list shares only a leave's or a review's head ("the probation period and annual leave" names no period
    leave); "March 3 to the 25 participants" is a date and a count, not a range."""
    zh, en = "试用期和年假额度保持不变。", "The probation period and annual leave entitlement are unchanged."
    assert not check([], {"zh": zh, "en": en}).issues
    facts = [make_fact("发出日", "2026-03-03", 2026)]
    assert not check(
        facts,
        {"zh": "邀请将于3月3日发出。", "en": "The invitation goes out on March 3 to the 25 participants."},
    ).issues


def test_new_years_day_a_chinese_decimal_a_later_day_and_a_multiplier_as_double() -> None:
    """2027年元旦 is 1 January 2027; 二點五 is 2.5; "6月8日开放、19日关闭" closes on 19 June (while "5日内" counts
    days); a multiplier of 2.0 may be "double" (a count of 2 people may not)."""
    facts = [make_fact("生效日期", "2027-01-01", 2026), make_fact("年终奖基数", "2.5 months", 2026),
             make_fact("反馈窗口", "2026-06-08 to 2026-06-19", 2026), make_fact("S档系数", "2.0", 2026)]  # fmt: skip
    zh = "自2027年元旦起生效。年終獎金以二點五個月本薪為基數。反馈将于6月8日开放、19日关闭。S档系数为2.0。"
    en = ("Effective from 1 January 2027. The bonus is based on 2.5 months of base pay. Feedback opens on June 8 "
          "and closes on June 19. An S rating earns double.")  # fmt: skip
    assert not check(facts, {"zh": zh, "en": en}).issues
    wrong = check(
        facts, {"zh": zh.replace("19日关闭", "5日内关闭"), "en": en.replace("double", "more")}
    ).issues
    assert {("zh", "反馈窗口"), ("en", "S档系数")} <= {(i.lang, i.fact) for i in wrong}
    people = [make_fact("评估人数", "2", 2026)]
    assert check(people, {"zh": "评估人数为2人。", "en": "The number of raters will double."}).issues


def test_a_short_slash_date_after_its_weekday_and_taiwanese_terms() -> None:
    """ "Fri 7/3" is a date (its weekday checked), while "1/2" alone stays a fraction; 升遷 is promotion and
    績效改善計畫 the performance improvement plan (Taiwan)."""
    facts = [make_fact("自評表繳交", "2026-07-03", 2026)]
    zh = "自評表最晚7/3（五）寄給我。評列丙等者須提出績效改善計畫。升遷自4月1日起生效。"
    en = ("Email your self-assessment by Fri 7/3. Anyone rated C must be put on a performance improvement plan. "
          "Promotions take effect on April 1.")  # fmt: skip
    assert _clean_then_one(facts, zh, en, ("Fri 7/3", "Thu 7/3")) == ("weekday", "en")
    assert not [m for m in mentions("Half the team (1/2) attended.") if m.kind == "date"]


def test_a_range_of_shares_fifty_percent_as_a_limit_and_regional_terms() -> None:
    """20%-25% may be "between a fifth and a quarter"; 五成為限 is 50% as a limit (成为 alone is "become");
    申覆 is an appeal (Taiwan), 转正答辩 a confirmation review, "self-scoring" a 自评."""
    facts = [make_fact("A档比例", "20%-25%", 2026), make_fact("優甲合計上限", "50%", 2026)]
    zh = "A档控制在20%–25%。優、甲兩等合計以五成為限。不服者可提出申覆。部门会安排转正答辩。请先完成自评。"
    en = ("A ratings between a fifth and a quarter of headcount; Outstanding and A together are capped at 50%. "
          "You may appeal. Your department will arrange a confirmation review. Complete your self-scoring first.")  # fmt: skip
    assert _clean_then_one(facts, zh, en, ("a fifth", "a tenth")) == ("missing", "en")
    assert not [m for m in mentions("他后来五成为主力。") if m.kind == "percent"]


def test_a_day_of_the_same_month_an_roc_range_with_weekdays_and_tenths_with_a_unit_digit() -> None:
    """同月18日 is a day of the month named before it; "114年3月2日（日）至13日（四）" is a range in Taiwan's
    calendar with a weekday at each end; 三成五 is 35% (also before 为上限); initials in brackets may sit inside a
    name; a People Partner is an HRBP and 晋升评审小组 the promotion panel."""
    facts = [make_fact("自评截止", "2025-03-06", 2025), make_fact("经理评估截止", "2025-03-18", 2025),
             make_fact("自評期間", "2025-03-02 to 2025-03-13", 2025), make_fact("A档上限", "35%", 2025),
             make_fact("HRBP", {"zh": "林佳慧", "en": "Lin Chia-hui"}, 2025)]  # fmt: skip
    zh = ("自评须于3月6日前完成；经理须在同月18日前提交。自評期間為114年3月2日（日）至13日（四）。A档以三成五为上限。"
          "晋升评审小组由人事伙伴林佳慧协调。")  # fmt: skip
    en = ("Self-reviews are due by 6 March; managers submit theirs by 18 March. The window runs Sun 2 – Thu 13 March 2025. "
          "A ratings are capped at 35%. The promotion panel is coordinated by your People Partner, Chia-hui (C.H.) Lin.")  # fmt: skip
    assert _clean_then_one(facts, zh, en, ("(C.H.) Lin", "(C.H.) Lim")) == ("missing", "en")
    zh_wrong = zh.replace("同月18日", "同月19日")
    assert ("missing", "zh") in {(i.kind, i.lang) for i in check(facts, {"zh": zh_wrong, "en": en}).issues}


def _clean_then_one(facts: list, zh: str, en: str, edit: tuple[str, str]) -> tuple[str, str]:
    """Checks that the pair is clean, then returns the kind and language of the one issue that an edit of the
    English version raises."""
    assert not check(facts, {"zh": zh, "en": en}).issues
    [issue] = check(facts, {"zh": zh, "en": en.replace(*edit)}).issues
    return issue.kind, issue.lang


def test_dates_and_numbers_the_review_found() -> None:
    """A room number or a count of days after a date is no later date, and what lies between two dates is read;
    New Year's Day keeps its weekday; "She sat 3/5 exams" names no Saturday; 一点一滴 is no 1.1; a multiplier of 2
    is not "twice a year"."""
    assert [m.value for m in mentions("培训6月8日举行，12号会议室。") if m.kind == "date"] == [(None, 6, 8)]
    assert [m.value for m in mentions("结果6月8日公布，30日后生效。") if m.kind == "date"] == [(None, 6, 8)]
    assert [m.kind for m in mentions("系统6月8日下午六点开放，19日关闭。")] == ["date", "time", "date"]
    [ny] = mentions("2027年元旦（周四）起")
    assert (ny.value, ny.weekday) == ((2027, 1, 1), 3)
    assert not [m for m in mentions("She sat 3/5 exams") if m.kind == "date"]
    assert not mentions("一点一滴")
    facts = [make_fact("S档系数", "2.0", 2026)]
    issues = check(
        facts, {"zh": "S档系数为2.0。", "en": "The coefficient is 1.5; bonuses are paid twice a year."}
    )
    assert ("missing", "en") in {(i.kind, i.lang) for i in issues.issues}


def test_a_rendering_the_glossary_declares_for_two_terms() -> None:
    """ "self-review" is a 自评 and the glossary also lets it render 述职 (述职材料, the self-review pack): said for
    述职 it raises no alarm either way, while a wrong term for 述职 ("exit interview") still does."""
    from assistant.drafting.terms import inconsistent

    zh = "请在试用期满前提交转正申请及述职材料。"
    assert (
        inconsistent(zh, "Submit your confirmation request and a short self-review before probation ends.")
        == []
    )
    assert inconsistent(zh, "Submit your confirmation request and an exit interview before probation ends.")
    assert inconsistent("请先完成自评。", "Please finish your debrief first.")  # 述职's own form is no 自评


def test_a_list_items_number_states_no_fact_and_debrief_asks_for_no_term() -> None:
    """ "2. Employees … get paid exam leave" does not state "2 days": the 2 numbers the item; a decimal, a
    bracketed count after its item mark and a number that opens a line without one are still read. "Debrief" may
    render 述职, but said of a 360 report's walk-through it asks for no 述职 in the Chinese."""
    assert [m.text for m in mentions("1. Staff with 12 months\n2. Staff get paid exam leave")] == ["12"]
    assert [m.value for m in mentions("2.5 days\n(3) 5 days\n3 days of leave\n2、服務滿一年")] == [2.5, 5, 3, 1]  # fmt: skip
    assert mentions("2．审批\n## 3. Leave\n**4.** Pay\n十二、其他") == []  # full-width, heading, bold, 十二、
    wrapped = (
        "Under the carry-over rule the most annual leave that you may carry is\n5. Any days above that lapse."
    )
    assert [m.value for m in mentions(wrapped)] == [5]  # a wrapped sentence, not a list
    facts = [make_fact("考試假", "2 days", 2026)]
    zh = "1. 服務滿一年可申請。\n2. 每科考試可獲兩天有薪考試假。"
    en = "1. Staff with a year of service may apply.\n2. Staff also get paid exam leave."
    assert [(i.kind, i.lang) for i in check(facts, {"zh": zh, "en": en}).issues] == [("missing", "en")]
    assert check(facts, {"zh": zh, "en": en.replace("paid exam leave", "two days of paid exam leave")}).ok
    from assistant.drafting.terms import inconsistent

    assert (
        inconsistent(
            "如需一对一解读，可预约人才发展部。", "To book a one-to-one debrief, contact Talent Development."
        )
        == []
    )
    assert (
        inconsistent("7月20日参加述职。", "Attend your debrief on 20 July.") == []
    )  # still a rendering of 述职


def test_a_length_of_time_is_not_a_count_of_something_else_and_regional_terms() -> None:
    """ "2 years" of service is not 两次考核 (two appraisals) nor "2 times"; 2年, 两年 and "3个月" still state
    lengths, and so does a person-day (人天). Taiwan's 試用考核 is a probation review."""
    facts = [make_fact("現職級最短年資", "2 years", 2026), make_fact("试用期", "3 months", 2026)]
    en = "Nominees need two years at their level; probation is 3 months."
    assert [
        (i.kind, i.lang)
        for i in check(facts, {"zh": "最近兩次考核須為甲等，試用期三個月。", "en": en}).issues
    ] == [("missing", "zh")]
    assert check(facts, {"zh": "現職級須滿兩年，試用期三個月。", "en": en}).ok
    from assistant.drafting.terms import inconsistent
    from assistant.i18n.script import simplified

    assert (
        inconsistent(
            simplified("試用期滿由主管進行試用考核。"),
            "Probation ends with a probation review by your manager.",
        )
        == []
    )
    # a person-day is a day of work: "20人天" states "20 days"
    assert check(
        [make_fact("Training effort", "20 days", 2026)], {"zh": "培训投入共20人天。", "en": "20 person-days."}
    ).ok


def test_a_link_without_its_scheme_holds_no_term_and_later_days_said_by_their_ordinal() -> None:
    """ "pip" in "hr.example.tech/pip-guide" is no PIP, so a wrong English term for 绩效改进计划 is still caught;
    "close on Friday the 26th" is a later day of the month just named (not "the 26th floor"), and so is
    "至26日（周五）" after a comma (not "the 4th quarter"); a host with a capital after its dot is no link
    ("Goals.OKRs", "1.Promotion")."""
    facts = [make_fact("自评窗口", "2027-03-15 to 2027-03-26", 2027)]
    zh = "自评于3月15日（周一）开放，至26日（周五）关闭，会议在26楼。"
    en = "Self-reviews open on Monday, March 15 and close on Friday the 26th; we meet on the 26th floor."
    assert not check(facts, {"zh": zh, "en": en}).issues
    wrong = check(facts, {"zh": zh, "en": en.replace("Friday the 26th", "Friday the 19th")}).issues
    assert {("missing", "en"), ("conflict", "en")} == {(i.kind, i.lang) for i in wrong}
    pip = check(
        [],
        {
            "zh": "绩效改进计划模板：hr.example.tech/pip-guide",
            "en": "Incentive plan template: hr.example.tech/pip-guide",
        },
    )
    assert ("term", "en") in {(i.kind, i.lang) for i in pip.issues}
    assert [
        m.value for m in mentions("On 3 March the team closed the 4th quarter books.") if m.kind == "date"
    ] == [(None, 3, 3)]
    assert without_links("1.Promotion Goals.OKRs Mr.Wang") == "1.Promotion Goals.OKRs Mr.Wang"


def test_a_declared_rendering_yields_to_the_term_it_belongs_to() -> None:
    """ "self-review" renders 自评 where the Chinese says 自评: 述职 beside it is still missing in English."""
    zh = "员工需在7月10日前完成自评，并于7月20日参加述职。"
    en = "Employees complete their self-review by 10 July and meet their manager on 20 July."
    assert ("term", "en") in {(i.kind, i.lang) for i in check([], {"zh": zh, "en": en}).issues}


def test_moderation_an_improvement_plan_irregular_hours_and_a_zero_share() -> None:
    """British "moderation" renders 校准; 改善计划 (without 绩效) is an improvement plan; 不定时工作制 may be rendered
    "flexible working hours"; "a zero multiplier" states 0%. A zero said of something else still leaves a missing
    share missing."""
    facts = [make_fact("待改进系数", "0%", 2027)]
    zh = "校准会议于12月3日举行。待改进者奖金系数为0%，须制定改善计划。总监实行不定时工作制。"
    en = ("The moderation meeting is on 3 December. Those needing improvement get a zero multiplier and must "
          "agree an improvement plan. Directors work flexible working hours.")  # fmt: skip
    assert not check(facts, {"zh": zh, "en": en}).issues
    assert proportions("a zero multiplier") == [0.0]
    assert proportions("zero tolerance for harassment") == []
    short = check(facts, {"zh": zh, "en": en.replace("a zero multiplier", "a reduced multiplier")})
    assert [(i.kind, i.lang) for i in short.issues] == [("missing", "en")]


def test_a_rate_per_head_a_range_in_words_a_range_with_qi_and_regional_names_of_terms() -> None:
    """An amount per person per year is the amount, whichever way each version words the rate; "between ten and
    fifteen per cent" gives both ends of 10%-15%; "自7月6日（一）起至24日（五）止" runs to 24 July; 人資BP is an HRBP,
    Feishu is Lark; 不设补假 gives no time off in lieu, so the English need not name it."""
    facts = [
        make_fact("家属保费", "RMB 980 per person per year", 2026),
        make_fact("高潜占比", "10%-15%", 2026),
        make_fact("考核期间", "2026-07-06 to 2026-07-24", 2026),
    ]
    zh = ("家属每人每年保费980元。高潜人才占比控制在10%–15%之间。考核自7月6日（一）起至24日（五）止。"
          "请联系人資BP，在飞书提交。生日假不设补假。")  # fmt: skip
    en = ("The premium is CNY 980 per spouse or child per year. High potentials should be between ten and fifteen "
          "per cent. The review runs from Monday, July 6 through Friday, July 24. Contact your HRBP and submit in "
          "Feishu. Birthday leave cannot be carried over.")  # fmt: skip
    assert not check(facts, {"zh": zh, "en": en}).issues
    wrong = check(facts, {"zh": zh, "en": en.replace("fifteen", "twenty")}).issues
    assert ("missing", "en", "高潜占比") in {(i.kind, i.lang, i.fact) for i in wrong}
    assert not check(facts, {"zh": zh.replace("24日（五）", "23日（四）"), "en": en}).ok


def test_the_review_of_this_session_a_rate_keeps_its_period_zero_of_a_share_only_and_leave_withheld() -> None:
    """A rate's period must match ("per year" is not "per month"); "zero" states 0% only of a share ("zero
    flexibility" does not); leave withheld (不设补假) needs no English name, and may have one; 起 joins a range only
    before 至 or 到."""
    rate = [make_fact("Meal allowance", "RMB 980 per person per year", 2026)]
    zh = "餐补标准为每人每年980元。"
    assert not check(rate, {"zh": zh, "en": "The allowance is RMB 980 per person per year."}).issues
    assert check(rate, {"zh": zh, "en": "The allowance is RMB 980 per person per month."}).issues
    share = [make_fact("系数", "0%", 2026)]
    en = "Employees rated C receive half the usual bonus. There is zero flexibility on this."
    assert check(share, {"zh": "评级为C的员工奖金系数为0%。", "en": en}).issues
    for en in ("Weekend overtime is paid; no time off in lieu is given.", "Weekend overtime is paid."):
        assert not check([], {"zh": "周末加班支付加班费，不设补假。", "en": en}).issues
    assert [m.value for m in mentions("3月1日起及5日内完成") if m.kind == "date"] == [(None, 3, 1)]


def test_a_percentage_and_a_half_in_words_half_a_factor_an_evening_hour_and_a_work_report() -> None:
    """ "three and a half per cent" is 3.5%; a factor of 0.5 may be "half" (减半); 晚六点 is 18:00; "work report" may
    render 述职报告."""
    facts = [
        make_fact("调薪预算", "3.5%", 2026),
        make_fact("C档系数", 0.5, 2026),
        make_fact("提交时间", "18:00", 2026),
    ]
    zh = "整体调薪预算为3.5%。C档奖金减半。请于晚六点前提交述职报告。"
    en = ("The pay budget is three and a half per cent. Band C gets half. Submit your work report by 6 pm.")  # fmt: skip
    assert not check(facts, {"zh": zh, "en": en}).issues
    wrong = check(
        facts, {"zh": zh.replace("晚六点", "晚五点"), "en": en.replace("three and", "four and")}
    ).issues
    assert {("missing", "zh", "提交时间"), ("missing", "en", "调薪预算")} <= {
        (i.kind, i.lang, i.fact) for i in wrong
    }


def test_a_length_of_time_is_no_percentage_and_scales_and_signals_in_chinese_numerals() -> None:
    """ "5 years" is not stated by a 5% contribution; a scale's ends in Chinese numerals ("零到一的区间") and a
    signal's number ("八號") are numbers; 表現改善計劃 (Hong Kong) is a PIP and "direct superior" a rendering of
    直属上司."""
    vest = [make_fact("全數歸屬年期", "5 years", 2026)]
    en = "On top of the 5% mandatory contribution, ours vest in full after five years."
    assert [
        (i.kind, i.lang) for i in check(vest, {"zh": "在5%強制性供款以外另行供款。", "en": en}).issues
    ] == [("missing", "zh")]
    assert check(vest, {"zh": "在5%強制性供款以外另行供款，服務滿五年後全數歸屬。", "en": en}).ok
    scale = [make_fact("评分区间", "0-1", 2026), make_fact("警告信號", 8, 2026)]
    assert check(
        scale,
        {
            "zh": "评分采用零到一的区间；懸掛八號或以上信號時毋須上班。",
            "en": "Scores range from 0 to 1; no one reports for work under Signal No. 8 or above.",
        },
    ).ok
    from assistant.drafting.terms import inconsistent
    from assistant.i18n.script import simplified

    wrong = inconsistent(
        simplified("評分低於2分的同事須開始表現改善計劃。"), "Staff below 2 begin a Performance Bonus Plan."
    )
    assert [(lang, used) for _, lang, used in wrong] == [("en", "表现改善计划")]
    assert (
        inconsistent(simplified("評分低於2分的同事須開始表現改善計劃。"), "Staff below 2 begin a PIP.") == []
    )
    assert inconsistent("请抄送直属上司。", "Please copy your direct superior.") == []
    # 统一号召 and 周二号召 hold no number before 号
    one = [make_fact("Positions", 1, 2026)]
    assert [
        (i.kind, i.lang)
        for i in check(one, {"zh": "公司统一号召员工报名。", "en": "1 position is open."}).issues
    ] == [("missing", "zh")]


def test_three_quarters_of_an_hour_and_regional_renderings_of_review_terms() -> None:
    """45 minutes said as "a three-quarter-hour course"; 評級分佈指引 as "distribution guidance"; 試用期考核表 as a
    "probation evaluation form"."""
    from assistant.drafting.terms import inconsistent
    from assistant.i18n.script import simplified

    facts = [make_fact("培訓時長", "45 minutes", 2026)]
    assert check(
        facts, {"zh": "須完成45分鐘的網上課程。", "en": "Complete the three-quarter-hour online course."}
    ).ok
    assert inconsistent(simplified("評級分佈指引如下。"), "Distribution guidance is as follows.") == []
    assert inconsistent("奖金按部门分配。", "Bonus distribution guidance follows department lines.") == []
    assert not check(
        facts, {"zh": "須完成45分鐘的網上課程。", "en": "Check-ins are three-quarter-hourly."}
    ).ok
    assert (
        inconsistent(simplified("請完成試用期考核表。"), "Please complete the probation evaluation form.")
        == []
    )


def test_double_pay_in_chinese_calibration_by_its_mainland_name_a_sick_note_and_an_internship() -> None:
    """工资加倍 is 200%; 绩效拉通会 is the calibration meeting; 病假单（MC）is a sick note, not sick leave; 实习期 said
    where the other version says probation is a term error, and 实习 said of a placement is none."""
    facts = [make_fact("国定假日出勤工资", "200%", 2027)]
    zh = "国定假日出勤工资加倍发给。各部门绩效拉通会定于12月17日召开。需附上诊所收据和病假单（MC）。"
    en = ("Work on a national holiday is paid double. Department calibration meetings are on 17 December. "
          "Attach the clinic receipt and the MC.")  # fmt: skip
    assert not check(facts, {"zh": zh, "en": en}).issues
    assert check(facts, {"zh": zh.replace("加倍", "照常"), "en": en}).issues
    assert check(
        facts, {"zh": zh.replace("工资加倍发给", "工资照发，请大家加倍注意安全"), "en": en}
    ).issues  # no pay
    assert not check(facts, {"zh": zh, "en": en.replace("paid double", "paid at a doubled rate")}).issues
    probation = "The probation period for new hires is six months."
    assert not check([], {"zh": "新入职员工试用期为六个月。", "en": probation}).issues
    wrong = check([], {"zh": "新入职员工实习期为六个月。", "en": probation}).issues
    assert ("term", "zh") in {(i.kind, i.lang) for i in wrong}
    placement = {
        "zh": "入职培训期会安排你到不同部门实习。",
        "en": "Induction includes placements in other departments.",
    }
    assert not check([], placement).issues


def test_a_later_day_with_its_weekday_in_the_next_sentence_and_a_given_name_in_brackets() -> None:
    """ "Scores freeze … on Friday the 6th" after "Monday 2 March" in the sentence before, and "6日（周五）" after
    "3月2日（周一）" across a semicolon, are 6 March; a wrong weekday there is still caught. "Peter Wong (Ka-Fai)"
    is Ka-Fai Wong with an English name."""
    facts = [make_fact("提交截止", "2026-03-02", 2026), make_fact("锁定日", "2026-03-06", 2026),
             make_fact("联系人", {"zh": "黄家辉", "en": "Ka-Fai Wong"}, 2026)]  # fmt: skip
    zh = "请于3月2日（周一）前提交；6日（周五）中午锁定评分。如有疑问请联系黄家辉。"
    en = "Submit by Monday 2 March 2026. Scores freeze at noon on Friday the 6th. Questions: Peter Wong (Ka-Fai)."
    assert not check(facts, {"zh": zh, "en": en}).issues
    wrong = check(facts, {"zh": zh.replace("6日（周五）", "6日（周四）"), "en": en}).issues
    assert ("weekday", "zh") in {(i.kind, i.lang) for i in wrong}
    assert check(facts, {"zh": zh, "en": en.replace("Wong (Ka-Fai)", "Wong (Ka-Ming)")}).issues


def test_a_leave_said_in_a_list_with_the_longer_one_and_a_year_end_report() -> None:
    """ "maternity and paternity leave" says maternity leave though "paternity leave" is 陪产假's; "year-end
    reports" render 述职."""
    zh = "产假或陪产假结束后可申请弹性返岗。各部门负责人于年底进行述职。"
    en = "After maternity and paternity leave, staff may ask for a flexible return. Heads give year-end reports."
    assert not check([], {"zh": zh, "en": en}).issues
    assert check([], {"zh": zh, "en": en.replace("maternity and paternity leave", "paternity leave")}).issues


def test_a_mainland_dotted_date_before_a_deadline_word_and_not_a_coefficient() -> None:
    """ "11.27前" is 27 November in Chinese text; "系数1.15起" and "评分3.5以上" are no dates."""
    facts = [make_fact("截止", "2026-11-27", 2026), make_fact("系数", "1.15", 2026)]
    zh = "请于11.27前提交，系数1.15起，评分3.5以上可申请。"
    en = "Submit by 27 November; a factor of 1.15 applies and scores of 3.5 or more may apply."
    assert not check(facts, {"zh": zh, "en": en}).issues
    assert check(facts, {"zh": zh.replace("11.27前", "11.26前"), "en": en}).issues


def test_the_review_of_the_blind49_round_another_month_between_and_lists_of_leave_only() -> None:
    """A bare day after another month is named belongs to that month; only leave shares its head in a list
    ("annual review" after "probation" is no 转正评估); 生育假 is maternity leave; lists with commas and slashes."""
    facts = [make_fact("自评截止", "2026-03-02", 2026)]
    zh = "3月2日（周一）前提交自评。4月进入校准，10日（周五）结束。"
    en = "Submit your self-review by Monday 2 March. Calibration runs in April and ends on Friday the 10th."
    assert not check(facts, {"zh": zh, "en": en}).issues
    for zh, en in [
        ("试用期结束并完成年度评估后可调薪。", "After probation and annual review, pay may change."),
        ("生育假和陪产假照常。", "Maternity and paternity leave are unchanged."),
        ("员工享有产假、婚假和陪产假。", "Staff get maternity, marriage and paternity leave."),
        ("产假/陪产假照常。", "Maternity/paternity leave is unchanged."),
    ]:
        assert not check([], {"zh": zh, "en": en}).issues, en


def test_tenths_with_a_digit_and_regional_renderings_of_review_and_panel_terms() -> None:
    """ "8成人手" is 80%; 主管面谈 renders "manager review meetings", 评委 a promotion panel's members and 考績分布 a
    rating distribution."""
    facts = [make_fact("最低人手", "80%", 2026)]
    assert not check(
        facts, {"zh": "春节期间须维持最少8成人手。", "en": "Keep staffing at 80% or above."}
    ).issues
    assert check(facts, {"zh": "春节期间须维持最少7成人手。", "en": "Keep staffing at 80% or above."}).issues
    for zh, en in [
        ("主管面谈期间为7月20日至31日。", "Manager review meetings run from July 20 to 31."),
        ("评委须为P6及以上职级。", "Promotion panel members must be P6 or above."),
        ("本年度考绩分布原则如下。", "This year's rating distribution rules are as follows."),
    ]:
        assert not check([], {"zh": zh, "en": en}).issues, en


def test_a_chinese_schedule_keeps_the_afternoon_of_its_first_time() -> None:
    """ "下午一点半签到；两点整开始，五点半结束": later clock times in the sentence stay in the afternoon, and "两点整" is
    a time; the "点" of "三点建议" or a time in the next sentence is not."""
    facts = [make_fact("签到", "13:30", 2027), make_fact("研讨会", "14:00-17:30", 2027)]
    zh = "签到：下午一点半；两点整正式开始，五点半结束。"
    en = "Sign in at 1:30 pm; the workshop runs 2:00–5:30 pm."
    assert _problems(facts, zh, en) == []
    assert _problems(facts, zh, en.replace("5:30 pm", "4:30 pm")) == [("missing", "en", "研讨会")]
    assert [divmod(m.value, 60) for m in times("晚上八点开始，十一点结束")] == [(20, 0), (23, 0)]
    assert [m.text for m in times("下午两点开会，讨论三点建议。九点再看")] == ["下午两点"]


def test_the_blind51_round_chinese_numeral_ranges_tenths_hours_as_days_and_a_promotion_interview() -> None:
    """ "十二月十五日（星期二）至十七日（星期四）" is a range with both weekdays; "六到七成" is 60%-70%; "48 hours" may be
    written 两天; 晋升答辩 is what a promotion panel holds (晋升 inside it is not blanked as another term)."""
    facts = [make_fact("述职日期", "2026-12-15 to 2026-12-17", 2026), make_fact("理想得分区间", "60%-70%", 2026),
             make_fact("上传时限", "48 hours", 2026)]  # fmt: skip
    zh = (
        "述职会于十二月十五日（星期二）至十七日（星期四）举行；得分落在六到七成最为理想；会后两天内上传理由。"
    )
    en = ("The presentations run from Tuesday 15 to Thursday 17 December; a score of 60-70% is ideal; upload the "
          "rationale within 48 hours.")  # fmt: skip
    assert _problems(facts, zh, en) == []
    moved = _problems(facts, zh.replace("十七日（星期四）", "十八日（星期五）"), en)
    assert ("missing", "zh", "述职日期") in moved and {p[1] for p in moved} == {"zh"}, moved
    for changed, fact in [("五到七成", "理想得分区间"), ("三天内", "上传时限")]:
        found = _problems(
            facts, zh.replace({"理想得分区间": "六到七成", "上传时限": "两天内"}[fact], changed), en
        )
        assert ("missing", "zh", fact) in found and {p[1] for p in found} == {"zh"}, found
    assert not check(
        [],
        {
            "zh": "春季晋升的答辩安排：晋升答辩在4月14日。",
            "en": "Spring promotions: promotion panel interviews are on 14 April.",
        },
    ).issues
    assert check(
        [],
        {
            "zh": "春季晋升的答辩安排：晋升答辩在4月14日。",
            "en": "Spring promotions: compensation committee interviews are on 14 April.",
        },
    ).issues


def test_the_review_of_the_blind51_round_another_day_a_count_of_points_and_set_phrases() -> None:
    """A time on a later day keeps no afternoon ("次日9点"); "提了三点" counts points; a clock time in digits starts
    a schedule too; 三到五成群 and 六到七成熟 are no percentages."""
    assert check([make_fact("公布时间", "09:00", 2027)], {"zh": "周五下午3点截止提交，下周一9点公布结果。",
                 "en": "Submit by 3 pm on Friday; results are out at 9 am next Monday."}).ok  # fmt: skip
    assert [m.text for m in times("下午两点开会，会上他提了三点。")] == ["下午两点"]
    assert [divmod(m.value, 60) for m in times("14:00开始，五点结束。")] == [(14, 0), (17, 0)]
    for text in ["员工三到五成群地去食堂。", "牛排六到七成熟最好。"]:
        assert not [m for m in mentions(text) if m.kind == "percent"], text


def test_probation_confirmation_time_off_in_lieu_and_advancement() -> None:
    """转正 is "probation confirmation" (an English term with no 转正 or 确认 is a term error); "a day in lieu"
    renders 补休; "advancement" renders 晋升."""
    zh = "员工应于试用期满前14天提交转正申请。"
    assert not check(
        [], {"zh": zh, "en": "Submit the probation confirmation form 14 days before probation ends."}
    ).issues
    wrong = "员工应于试用期满前14天提交转岗申请。"
    assert check(
        [], {"zh": wrong, "en": "Submit the probation confirmation form 14 days before probation ends."}
    ).issues
    assert not check(
        [], {"zh": "门市同事可另择一日补休。", "en": "Outlet staff may take another day in lieu."}
    ).issues
    assert not check(
        [], {"zh": "N2晋升N3申请已开放。", "en": "Applications for advancement from N2 to N3 are open."}
    ).issues


def test_the_review_of_the_blind52_round_false_friends_of_confirmation_in_lieu_and_advance() -> None:
    """在职证明 is no 转正; "a regular employee" renders 转正; "payment in lieu of notice" is no 补休 and "a salary
    advance" no 晋升."""
    assert not check(
        [], {"zh": "人事已出具在职证明。", "en": "HR issued a confirmation of employment."}
    ).issues
    assert not check([], {"zh": "他下月转正。", "en": "He becomes a regular employee next month."}).issues
    assert check([], {"zh": "补休一天。", "en": "Payment in lieu of notice."}).issues
    assert check([], {"zh": "晋升名额有限。", "en": "Received a salary advance."}).issues


def test_drafting_a_months_last_day_said_as_its_end() -> None:
    """ "3月底" and "the end of March" name the month's last day: the same fact as 31 March, and another day's
    rendering still conflicts with it."""
    assert [m.value for m in mentions("须在2027年3月底前用完")] == [(2027, 3, 31)]
    assert [m.value for m in mentions("by the end of February 2028")] == [(2028, 2, 29)]
    facts = [make_fact("Use carried leave by", date(2027, 3, 31), 2026)]
    zh, en = "结转的年假须在2027年3月底前用完。", "Carried leave must be used by 31 March 2027."
    assert _problems(facts, zh, en) == []
    assert _problems(facts, "结转的年假须在2027年2月底前用完。", en)


def test_drafting_a_months_end_with_its_weekday_and_no_month_in_lower_case() -> None:
    """The weekday written after 3月底 is read (31 March 2027 is a Wednesday); "may" in lower case is no month."""
    (m,) = mentions("2027年3月底（周五）前")
    assert (m.value, m.weekday) == ((2027, 3, 31), 4)
    assert mentions("二〇二七年三月底")[0].value == (2027, 3, 31)
    assert mentions("The end of may be in sight.") == []


def test_taiwan_rating_distribution_and_personal_leave_as_a_balance() -> None:
    """考績等第分配 is Taiwan's word for a rating distribution; "personal leave" requires no 事假 (in Australia it
    is sick and carer's leave, and "your personal leave balance" is one's own leave), though 事假 still accepts it."""
    ok = check([], {"zh": "115年度考績等第分配原則：「優等」以四分之一為上限。",
                    "en": "2026 rating distribution principles: \"Excellent\" is capped at a quarter."})  # fmt: skip
    assert ok.ok, ok.issues
    leave = check([], {"zh": "停工期间其余四个工作日将从个人年假中扣除。",
                       "en": "The remaining four working days will come out of your personal leave balance."})  # fmt: skip
    assert leave.ok, leave.issues
    wrong = check([], {"zh": "本次调整适用于强制分布。", "en": "This applies to the calibration."}).issues
    assert ("term", "en") in {(i.kind, i.lang) for i in wrong} or ("term", "zh") in {
        (i.kind, i.lang) for i in wrong
    }
