"""Rules of the round that read sbi39 and blind51: each probe is written for the class of phrasing the round
handled, not copied from the sets."""

from __future__ import annotations

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
