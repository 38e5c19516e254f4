"""Rules of the round that read sbi39 and blind51: each probe is written for the class of phrasing the round
handled, not copied from the sets."""

from __future__ import annotations

import pytest

from tests.coaching_probes import flags as _flags
from tests.coaching_probes import sbi as _sbi


def test_sbi_harm_that_did_not_come_and_work_made_easier_after_a_comma() -> None:
    s = _sbi("双十一当晚库存同步出错，她马上暂停了两个链接并手工改库存，超卖率没有明显上升。", "zh")
    assert s[0].impact == "超卖率没有明显上升"
    s = _sbi("暴雨那周，他每天给商户打电话确认备货，沒有一家商户斷貨。", "zh")
    assert s[0].impact == "沒有一家商户斷貨"
    s = _sbi("她把报销模板重新整理成表格，大家填起来轻松多了。", "zh")
    assert s[0].behaviour == "她把报销模板重新整理成表格" and s[0].impact == "大家填起来轻松多了"


def test_sbi_people_of_a_kind_who_use_what_was_made() -> None:
    s = _sbi("Wrote the returns playbook, and store managers rely on it every week.")
    assert (
        s[0].behaviour == "Wrote the returns playbook"
        and s[0].impact == "store managers rely on it every week"
    )


def test_sbi_one_person_named_by_a_role_in_the_next_sentence() -> None:
    s = _sbi("Skipped the lockout check on line 4. Plant safety officer suspended his permit.")
    assert len(s) == 1 and s[0].impact == "Plant safety officer suspended his permit"
    # a role with a name after it is the report's colleague acting, not a result
    s = _sbi("Ran the stock count. Store manager Jo rebuilt the rota.")
    assert len(s) == 2


def test_sbi_a_colon_between_digits_is_no_label() -> None:
    s = _sbi("- Moves his 1:1s with new hires more often than he keeps them.")
    assert s[0].behaviour.startswith("Moves his 1:1s") and "situation" in s[0].asks
    # a label may hold one: "Notes for our 1:1:" names the notes, and the act follows it
    s = _sbi("Notes for our 1:1: reran the failed payroll batch before 9am, nobody was paid late.")
    assert s[0].behaviour == "reran the failed payroll batch before 9am" and "situation" in s[0].asks


def test_sbi_times_that_are_no_occasion_of_the_act() -> None:
    # when the people described did something, and a verb whose particle is "over"
    assert "situation" in _sbi("She mentored the three graduates who started in September.")[0].asks
    s = _sbi("He didn't hand over the open incident at shift change, and it sat for five hours.")
    assert s[0].situation == "at shift change" or s[0].situation == "at shift"
    # "that" before a noun is a determiner: the time is the act's
    assert _sbi("She fixed that bug in March and crashes fell to 0.1%.")[0].situation == "in March"


def test_sbi_an_occasion_pointed_at_before_the_report() -> None:
    s = _sbi("上次开放日她一个人带了六场参观，当天有九家客户留了联系方式。", "zh")
    assert s[0].situation == "上次开放日"


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("Honestly not much of a self-starter this half.", "not much of a self-starter", "vague"),
        (
            "He doesn't appear particularly motivated lately.",
            "doesn't appear particularly motivated",
            "vague",
        ),
        (
            "She has young kids, so she can't do the Singapore rotation.",
            "has young kids, so she can't do",
            "biased",
        ),
        ("He is too Latin about timekeeping for the German client.", "too Latin about timekeeping", "biased"),
        ("They're too Nordic about feedback for this team.", "too Nordic about feedback", "biased"),
        (
            "I put her on reception because women are naturally better with guests.",
            "women are naturally better",
            "biased",
        ),
        ("Since the divorce his heart is not in the role any more.", "heart is not in the role", "vague"),
        ("Attendance over the year has been adequate.", "has been adequate", "vague"),
        ("Some room for growth on delegation.", "room for growth", "vague"),
        ("A bit of a show-off on client calls.", "show-off", "personality"),
        ("I doubt she really fits in with our culture.", "fits in with our culture", "biased"),
        ("前台这种岗位更适合女生做。", "适合女生", "biased"),
        ("一口东北腔，见客户不太合适。", "一口东北腔", "biased"),
        ("这个人上不了台面，重要客户别让他去。", "上不了台面", "biased"),
        ("老黄都快50了，学新系统太慢。", "快50了", "biased"),
        ("她化疗刚结束，体力肯定吃不消，项目先别给她。", "化疗刚结束", "biased"),
        ("今年积极性明显不如去年。", "积极性明显不如去年", "vague"),
        ("他的干劲明显不如去年。", "干劲明显不如去年", "vague"),
        ("活一忙就出错，得盯着。", "一忙就出错", "absolute"),
        ("小钟老忘打卡。", "老忘", "absolute"),
    ],
)
def test_wording_flags_of_the_blind51_round(notes: str, phrase: str, category: str) -> None:
    assert any(phrase in text and cat == category for text, cat in _flags(notes)), _flags(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "一直以来他对新人的提问都回复得很耐心。",  # all along … 都 praise
        "他从来不当众指责组员，有问题都是单独谈。",  # never does a harmful act: praise
        "The client has two toddlers, so he can't meet before 10.",  # someone else's children
        "The Italian way of dry-curing is what our new product line copies.",  # a method, not a person's manner
    ],
)
def test_not_flagged_in_the_blind51_round(notes: str) -> None:
    assert _flags(notes) == []


@pytest.mark.parametrize(
    "notes",
    [
        # from the review of the round: others' reactions, things, praise
        "Customers didn't seem very interested in the bundle, so she rebuilt the pitch.",
        "她一口流利的普通话，客户很认可。",
        "这份方案终于上得了台面了。",
        "The deck felt too Scandinavian for the Gulf client, so she redid the palette.",
        "There is room for growth in the APAC market; she built a pipeline of 12 accounts.",
        "Sales were slow overall in Q3, but she closed four enterprise deals.",
    ],
)
def test_review_not_flagged_in_the_blind51_round(notes: str) -> None:
    assert _flags(notes) == []


def test_review_sbi_the_reports_next_act_and_over_a_time() -> None:
    # a verb first: the report's next act, though it names a role
    assert len(_sbi("Built the onboarding checklist. Took the lead on training the new starters.")) == 2
    assert _sbi("She covered over the Easter weekend and cleared 60 tickets.")[0].situation.startswith(
        "over the Easter"
    )
    assert "situation" in _sbi("这次又是她最后一个交周报。", "zh")[0].asks
