"""Whom a judgement is said of: the person, or a thing ("an aggressive timeline", "the old press is stubborn",
"the new logo doesn't fit our culture"). Pure functions over the notes' text; the wording checker
(``wording.flag_notes``) asks them before it flags a trait, an age word or coded gatekeeping."""

from __future__ import annotations

import re

from assistant.coaching.lexicon import lexicon, sentence

_SUBJECT = (  # (the head noun may have a phrase after it: "her feedback to the vendor was too blunt")
    r"\b(?:the|this|that|these|those|our|its|their|his|her|[A-Za-z]+['’]s)\s+"
    r"(?:(?!(?:she|he|they|it|who|which|that)\b)[\w/-]+\s+){0,3}?(?!(?:she|he|they|it|who|which|that|and|or|but|then|so|also|yet)\b)(?P<head>[\w-]+)\s+"
    r"(?:(?:to|for|of|on|about|from)\s+(?:the|a|an|his|her|their|our|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?"
)
_THING_SUBJECT = re.compile(
    _SUBJECT + r"(?:is|was|are|were|can be|gets|got|seems|looks)[\s,]+(?:\w+[\s,]+){0,2}$", re.I
)
_SUBJECT_BEFORE_VERB = re.compile(_SUBJECT + "$", re.I)  # ... of a span that starts with its verb:
_VERB_FIRST = re.compile(
    r"(?:doesn['’]t|does not|didn['’]t|did not|won['’]t|will not|never)\b", re.I
)  # "doesn't fit"
_MEASURE = re.compile(
    r"\s+(?:rates?|ratios?|percentages?|counts?|share|index|levels?|scores?)\b(?!\s+(?:player|performer))",
    re.I,
)
_ZH_THING = re.compile(r"(?:这|那)(?:台|部|辆|套|款|批|条|种|个系统|个流程|家店)[^，。；,;！？]{0,14}$")
# a plan, a number or a product, or the other party, just before the judgement: "预算放不开", "排期有点
# aggressive", "设计思想比较保守", "目标定得好 aggressive", "客户非常 aggressive" (not "他对客户特别 aggressive")
_ZH_THING_NOUN = re.compile(
    r"(?:^|[，。,;；\s的这那个次版期年只])(?:预算|排期|工期|方案|计划|目标|指标|报价|定价|节奏|进度|时间表|时间线|设计|架构|"
    r"代码|文档|版本|产品|系统|流程|制度|政策|市场|行情|价格|成本|库存|数据|模型|预测|估算|合同|条款|打法|策略|需求|基金|股票|指数|"
    r"客户|甲方|供应商|对方|厂商|竞品|竞争对手|(?i:deadline|timeline|schedule|target|budget|scope|roadmap|kpi|okr|plan|pricing|quote))"
    r"(?:上|里|的|那边|那头|方面)?(?:[\u4e00-\u9fff]{1,2}?[得的])?(?:也|都|又|还)?(?:非常|特别|十分|极其|比较|有点|有些|很|挺|太|超|好)?\s*$"
)


# ... of which a vague judgement is no judgement of the person's work (方案写得糙 is)
_ZH_OTHERS_NOUN = re.compile(
    r"(?:(?:客户|甲方|供应商|对方|厂商|竞争对手)(?:的|那边|那头|方面)|(?:竞品|基金|股票|指数|系统|市场|行情|需求|版本|产品|接口|页面|"
    r"服务器|(?i:app|api))(?:上|里|的|那边|方面)?)"
    r"(?:[\u4e00-\u9fff]{1,2}?[得的])?\s*$"
)


def zh_of_a_thing(text: str, start: int, vague: bool = False) -> bool:
    """A Chinese judgement said of a plan, a product or the other party just before it, not of the person (a
    vague one: of the other party or a market, not of a plan the person wrote)."""
    window = text[max(0, start - 10) : start]
    if re.search(
        r"[对跟和与向给][^，。,;；！？]{0,8}$",
        window,
    ):
        return False  # "他对这个客户特别 aggressive", "对产品的理解不够透": his conduct or grasp, the thing its object
    return bool((_ZH_OTHERS_NOUN if vague else _ZH_THING_NOUN).search(window))


def of_a_thing(text: str, start: int, end: int) -> bool:
    """An English adjective after an article, a count or a demonstrative that describes a thing, not the person:
    the noun it modifies is not a person ("an aggressive timeline", "30 flaky tests"), or a person noun is itself
    a modifier ("an emotional parent meeting"); or one joined to a thing by a hyphen ("the flaky-test bot")."""
    if not text[start:end].isascii():
        return False
    if (joined := re.match(r"-([A-Za-z]+)", text[end:])) and not person(joined[1].lower()):
        return True
    if _MEASURE.match(text, end):
        return True  # what a measure counts: "flaky rate down from 11% to 3%", "the aggressive-bid ratio"
    if not re.search(
        r"\b(?:a|an|the|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many|few|these|those)\s+"
        r"(?:(?:very|really|quite|pretty|so|bit|little|rather|truly|super)\s+)?$",
        text[max(0, start - 20) : start],
        re.I,
    ):
        return False
    after = re.match(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?", text[end:])
    if after is None or person(text[start:end].split()[-1].lower()):
        return False  # the phrase names the person itself: "a solid performer overall"
    noun, next_word = after.group(1).lower(), (after.group(2) or "").lower()
    grammar = lexicon()["grammar"]
    if noun in grammar["links"] | grammar["adverbs"]:
        return False  # "a hothead though", "a pushover with underperformers"
    if not person(noun):
        return True
    return (
        bool(next_word)
        and next_word not in grammar["links"] | grammar["adverbs"]
        and not next_word.endswith("ly")
        and not text[end + after.end(1) :].startswith((",", "."))
    )


def trait_of_a_thing(text: str, start: int) -> bool:
    """A trait said of a thing, not a person: "The new espresso machine is temperamental", "The old press is
    stubborn on cold mornings", "那台老冲床脾气怪", "The new logo doesn't fit our culture"."""
    left = sentence(text, start, start)[0]
    before = text[left:start]
    if m := _THING_SUBJECT.search(before) or (
        _VERB_FIRST.match(text, start) and _SUBJECT_BEFORE_VERB.search(before)
    ):
        head = m["head"].lower()
        if (
            head in lexicon()["grammar"]["others"]
            or (head.endswith("s") and head[:-1] in lexicon()["grammar"]["others"])
        ) and re.search(
            r"\b(?:is|was|are|were|can be|gets|got|seems|looks)[\s,]+(?:(?:very|really|so|quite|pretty|extremely|rather|"
            r"super|too|a bit|kind of|a little|incredibly)\s+)?$",
            before,
            re.I,
        ):
            return True  # the other party's temper, not the report's: "The client was rude", "the callers were mouthy"
        return not (person(head) or head in lexicon()["grammar"]["subjects"] or m["head"][:1].isupper())
    return bool(_ZH_THING.search(before[-20:])) or zh_of_a_thing(text, start)


def person(word: str) -> bool:
    """A noun naming a person (or their manner): listed, or with an agent suffix (negotiator, parent)."""
    return (
        word in lexicon()["grammar"]["people"]
        or (word.endswith("s") and word[:-1] in lexicon()["grammar"]["people"])  # "reps", "colleagues"
        or re.search(r"(?:er|or|ist|ian|ant|ent|ee)s?$", word) is not None
    )
