"""The lexical bridge: a Chinese question's words carry their English senses (CC-CEDICT and the HR glossary),
so that the sentence of an English page that answers it is the one quoted, and keyword search reaches it."""

from __future__ import annotations

from pathlib import Path

from assistant.api import Assistant
from assistant.knowledge.bridge import asks_number, concepts, holds_number, match_scores, senses
from assistant.knowledge.retrieval import Retriever

PAGE = """# Internal mobility

## Moving to another team

Internal mobility helps people grow, and we encourage managers to support it.
Performance conversations happen every quarter, and a manager who sees a problem should raise it early.
Team members on a performance improvement plan are not eligible for an internal transfer until the plan is closed.
An improvement plan lasts between 30 and 60 days and is agreed with the People team.
A transfer request is reviewed by the current manager and the hiring manager within ten working days.
When you move, your unused annual leave carries over to the new team.
Relocation between offices is handled by the People team and is not covered here.

## Travel

Flights are booked through the travel desk, and economy class is the default for trips under six hours.
"""


def test_a_chinese_word_carries_its_english_senses() -> None:
    found = concepts("绩效改进期间可以申请转岗吗？")
    words = set().union(*found)
    assert {"performance", "improve", "apply", "transfer"} <= words
    assert not any({"can", "may"} & c for c in found)  # 可以 is a function word: it matches every sentence
    assert "performance" in senses("绩效") and senses("How long is a review?") == ""


def test_the_answering_sentence_scores_highest_across_languages() -> None:
    candidates = [
        "Internal mobility helps people grow, and we encourage managers to support it.",
        "Team members on a performance improvement plan are not eligible for an internal transfer.",
        "Flights are booked through the travel desk.",
    ]
    scores = match_scores("我在绩效改进计划期间还能申请内部转岗吗？", candidates)
    assert scores.index(max(scores)) == 1 and scores[2] == 0.0
    # a word every candidate holds tells little: "eligible" outweighs "transfers" here
    both = ["Transfers are reviewed monthly.", "Transfers are eligible after a year."]
    common, rare = match_scores("Who is eligible for transfers?", both)
    assert rare == 1.0 and common < 0.25


def test_questions_that_ask_for_a_number_and_sentences_that_give_one() -> None:
    for q in ("How many people should I nominate?", "When is the review due?", "多久开一次一对一？",
              "审批要几天？", "加权比例是多少？"):  # fmt: skip
        assert asks_number(q), q
    for q in ("Who approves a transfer?", "可以申请内部转岗吗？"):
        assert not asks_number(q), q
    assert holds_number("within ten working days") and holds_number("每周一次") and holds_number("3-5 people")
    assert not holds_number("The manager approves it.")


def test_a_chinese_question_quotes_the_english_sentence_that_answers_it(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "mobility.en.md").write_text(PAGE, encoding="utf-8")
    a = Assistant.open(tmp_path / "home")
    assert {r.status for r in a.knowledge.ingest([str(docs)], None)} == {"indexed"}
    result = a.knowledge.ask("我现在在绩效改进计划里，还能申请内部转岗吗？", None)
    assert not result.refused
    assert any("not eligible for an internal transfer" in c.quote for c in result.citations)
    quotes = [c.quote for c in result.citations]
    assert len(quotes) == len(set(quotes)) and not any(  # no quote repeats or holds another
        x in y for x in quotes for y in quotes if x is not y
    )
    days = a.knowledge.ask("转岗申请多少天内会被审核？", None)
    assert any("within ten working days" in c.quote for c in days.citations)
    leave = a.knowledge.ask("转岗以后原来的年假还保留吗？", None)
    assert any("annual leave carries over" in c.quote for c in leave.citations)


def test_keyword_search_gets_a_list_with_the_dictionary_senses_for_chinese_only() -> None:
    zh = Retriever._keyword_queries("绩效改进期间可以转岗吗？")
    assert len(zh) == 3 and "transfer" in zh[2] and zh[2].startswith("绩效改进期间可以转岗吗？")
    assert len(Retriever._keyword_queries("Can I transfer during a PIP?")) == 2
