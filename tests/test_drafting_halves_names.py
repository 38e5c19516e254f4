"""Exact equivalents the fact check reads: a share said as "an extra quarter", half of a unit (半个工作日, "half a
working day", 半个月), pinyin's ü spelt as writers and passports do (Lü, Lyu, Lv), a glossary term said as a past
participle ("self-rated"). And what stays an error: Lu is another family name than Lü."""

from __future__ import annotations

import pytest

from assistant.drafting.check import check
from assistant.drafting.facts import make_fact


def issues(facts: dict[str, object], zh: str, en: str) -> list[dict[str, object]]:
    made = [make_fact(k, v, 2027) for k, v in facts.items()]
    return [i.as_json() for i in check(made, {"zh": zh, "en": en}).issues]


@pytest.mark.parametrize(
    ("facts", "zh", "en"),
    [
        (
            {"额外奖励": "20%"},
            "评级为S者另加基本奖金的20%。",
            "Those rated S get an additional fifth of the base award.",
        ),
        (
            {"Top-up": "50%"},
            "连续两年评优者再加发50%。",
            "Two years running at the top earns a further half on top.",
        ),
        (
            {"培训假": "0.5 working days"},
            "每人可申请半个工作日的培训假。",
            "Each person may take half a working day of training leave.",
        ),
        ({"Study leave": "0.5 days"}, "考前可请半天假。", "Take half a day off before the exam."),
        (
            {"补贴范围（月薪）": "0.5-1.5"},
            "补贴一般为半个月至一个半月工资。",
            "The allowance is usually 0.5 to 1.5 months' pay.",
        ),
        ({"联系人": {"zh": "吕晓婷", "en": "Lü Xiaoting"}}, "请联系吕晓婷。", "Please contact Xiaoting Lyu."),
        ({"联系人": {"zh": "聂女英", "en": "Nie Nüying"}}, "请联系聂女英。", "Please contact Nie Nuying."),
        ({"Owner": {"zh": "吕楠", "en": "Lyu Nan"}}, "负责人：吕楠。", "Owner: Lü Nan."),
        ({"Contact": {"zh": "米乐", "en": "Anna Müller"}}, "联系米乐。", "Contact Anna Muller."),
        # from the review: an ü that is no pinyin, spelt the same in both
        ({"联系人": {"zh": "施吕特", "en": "Anna Schlüter"}}, "联系施吕特。", "Contact Anna Schlüter."),
        ({"截止日": "2027-03-05"}, "请于3月5日前完成自评。", "Please have your goals self-rated by 5 March."),
    ],
)
def test_exact_equivalents_raise_nothing(facts: dict[str, object], zh: str, en: str) -> None:
    assert issues(facts, zh, en) == []


@pytest.mark.parametrize(
    ("facts", "zh", "en", "lang"),
    [
        (
            {"联系人": {"zh": "卢晓婷", "en": "Lu Xiaoting"}},
            "请联系卢晓婷。",
            "Please contact Xiaoting Lyu.",
            "en",
        ),
        (
            {"培训假": "0.5 working days"},
            "每人可申请一个工作日的培训假。",
            "Each person may take half a working day of leave.",
            "zh",
        ),
        (
            {"额外奖励": "25%"},
            "另加基本奖金的25%。",
            "Those rated S get an extra fifth of the base award.",
            "en",
        ),
    ],
)
def test_a_different_value_is_still_missing(facts: dict[str, object], zh: str, en: str, lang: str) -> None:
    assert [(i["kind"], i["lang"]) for i in issues(facts, zh, en)] == [("missing", lang)]


@pytest.mark.parametrize(
    ("facts", "zh", "en"),
    [
        # from the review of the round: what the new readings must leave alone
        (
            {"津贴": "0.5个月"},
            "津贴在下半月发放。",
            "The allowance is half a month's pay.",
        ),  # 下半月: when, not how much
        ({"假期": "0.5个工作日"}, "可请1个半工作日。", "Take half a working day."),
        ({"期限": "6个月"}, "六个月后可再申请。", "You may reapply after the half-year review."),
        (
            {"上浮": "25%"},
            "奖金上浮25%；试用期可再延长一个季度。",
            "Probation may be extended by a further quarter.",
        ),
        ({"联系人": {"zh": "陈安雨", "en": "Chen Anyu"}}, "联系陈安雨。", "Contact Chen Anu."),
    ],
)
def test_review_what_is_not_equivalent_stays_reported(facts: dict[str, object], zh: str, en: str) -> None:
    found = issues(facts, zh, en)
    assert found and all(i["kind"] == "missing" for i in found)
