"""Words of a lapse in managers' notes ("misses", "late", 漏交, 写错, "left a P1 unassigned"): what an absolute
before or after them generalises into a complaint, and what "never" before them turns into praise. Pure functions
over jieba / word tokens."""

from __future__ import annotations

import re
from typing import Any

from assistant.coaching.lexicon import HAN, Token, any_at

_LAPSE_MORPHEMES = "漏迟"
_ABSENT_BEFORE = re.compile(r"(?:零|无|无一|毫无|零次)$")
# a breach of rules heads the words jieba keeps whole (违章操作, 违规记录)
BREACHES = ("违章", "违规", "违纪", "违反")
# lapses with 缺, 丢, 乱 or 拖 (other words with them name a topic: 缺点, 短缺, 混乱, 丢件, 乱码, 拖车)
_LAPSE_WORDS = frozenset(
    [
        "缺勤",
        "缺席",
        "缺岗",
        "缺交",
        "缺过",
        "缺课",
        "丢单",
        "乱填",
        "乱写",
        "乱放",
        "乱报",
        "拖稿",
        "拖期",
        "拖欠",
        "拖单",
        "摸鱼",
        "晚交",
        "晚到",
        "晚发",
        "晚报",
        "晚回",
    ]
)
# a thing done wrongly (写错, 算错): a lapse; 认错, 纠错 and 查错 are acts, 不错 and 没错 praise
_WRONGLY_DONE = frozenset(
    ["写错", "算错", "填错", "记错", "报错", "弄错", "搞错", "输错", "做错", "发错", "打错", "看错", "放错"]
)
_DENIED = frozenset(["没", "没有", "未", "未曾", "不", "无"])
_HAPPENED = frozenset(["出", "出过", "犯", "犯过", "发生", "出现", "过"])
_MISHAP = re.compile(r"错|误|事故|故障|问题|岔子|纰漏|迟到|迟交|漏|延误|逾期|投诉|返工|bug", re.I)
_STATES = frozenset(["incomplete", "inaccurate", "illegible", "short"])
# lapses said as nouns: "X free" with a space means the lapse is absent only after one of these ("error free")
_FREE_OF = frozenset(
    ["error", "errors", "mistake", "mistakes", "incident", "incidents", "bug", "bugs", "outage", "outages",
     "violation", "violations", "breach", "breaches", "delay", "delays", "rework", "correction", "corrections"]
)  # fmt: skip


def absent_lapse(tokens: list[Token], i: int, ab: dict[str, Any], text: str) -> bool:
    """A word of a lapse said to be absent: "零差错", "无事故" (praise under "every month"); "without slipping",
    "without a single slip" (not "without testing": no lapse word)."""
    word, start = tokens[i].text, tokens[i].start
    if not HAN.match(word):
        before = [t.text.lower() for t in tokens[max(0, i - 3) : i]]
        return (
            "without" in before
            and all(w in ("without", "a", "any", "single", "one") for w in before[before.index("without") :])
            and _lapse_word(tokens, i, ab, text)
        )
    if word[0] in "零无" and (word[1:],) in ab["lapses"]:  # 无差错 kept whole
        return True
    return _ABSENT_BEFORE.search(text[max(0, start - 2) : start]) is not None and _lapse_word(
        tokens, i, ab, text
    )


def lapse_at(tokens: list[Token], i: int, ab: dict[str, Any], text: str) -> bool:
    """A word of a lapse at token ``i`` that is not said to be absent (see ``_lapse_word``)."""
    return not absent_lapse(tokens, i, ab, text) and _lapse_word(tokens, i, ab, text)


def _lapse_word(tokens: list[Token], i: int, ab: dict[str, Any], text: str) -> bool:
    """A word of a lapse at token ``i``; a short Chinese word holding 漏 or 迟 counts (漏交, 迟报: jieba keeps them
    one word, or cuts 时漏 / 交), and so does a thing done wrongly (写错); other one-character lapses are too common
    inside words (打卡, 晚班, 不错); a thing left un-…-ed is one ("left a P1 unassigned")."""
    word = tokens[i].text
    # "error-free", "bugs-free", "incident free": the lapse is absent, and "breaks free" is no lapse either
    # ("misses free training", "lost free samples": a verb and its object; "free-form" is no "-free")
    if (
        i + 1 < len(tokens)
        and tokens[i + 1].text.lower() == "free"
        and tokens[i + 1].start == tokens[i].end + 1
        and text[tokens[i + 1].end : tokens[i + 1].end + 1] != "-"
        and (
            text[tokens[i].end] == "-"
            or word.lower() in _FREE_OF
            or word.lower() in ("break", "breaks", "broke")
        )
    ):
        return False
    if re.fullmatch(r"un[a-z]{3,}ed", word.lower()) and any(
        t.text.lower() in ("left", "leave", "leaves", "leaving") for t in tokens[max(0, i - 4) : i]
    ):
        return True  # a thing left undone: "has never left a P1 unassigned"
    if word in ("卡", "卡过") and re.match(r"\s*(?:过)?\s*(?:一遍|一道|一下|一轮)", text[tokens[i].end :]):
        return False  # 把卖点卡过一遍: checked through, not stuck
    if (
        word == "卡"
        and i > 0
        and HAN.match(tokens[i - 1].text)
        and tokens[i - 1].end == tokens[i].start
        and text[tokens[i].end : tokens[i].end + 1] not in ("住", "顿", "了", "在", "壳")
    ):
        return False  # a card after its noun (按作业卡执行, 刷工卡), not 卡住 / 卡了一周
    if len(word) == 2 and word[1] == "过" and (word[0],) in ab["lapses"]:
        return True  # 晚过, 迟过, 漏过: a lapse said as one that has happened
    return any_at(tokens, i, ab["lapses"]) is not None or (
        1 < len(word) <= 3
        and HAN.match(word) is not None
        and (any(ch in _LAPSE_MORPHEMES for ch in word) or word in _WRONGLY_DONE or word in _LAPSE_WORDS)
    )


def denied_lapse(tokens: list[Token], i: int, ab: dict[str, Any], text: str) -> bool:
    """A mishap its word denies: 没出过错, 没有迟到过, 不迟到, 没漏 (under 一直 or 每次: praise); not a lapse that is a
    negation itself (不回, 不配合), an act left undone (没处理投诉, 没催款) or one repeated (不断出错)."""
    word = tokens[i].text
    if word[:1] in _DENIED and len(word) > 1 and word not in _DENIED:
        return (word[1:],) in ab["lapses"] and _MISHAP.search(
            word
        ) is not None  # jieba's one word for 没 / 漏
    if word not in _DENIED or "".join(t.text for t in tokens[i : i + 2]).startswith(("不断", "不停")):
        return False  # 不断出错: a lapse over and over
    j = i + 1  # past a verb of happening: 没出过差错, 没有发生过事故 (发生 / 过)
    while j < len(tokens) - 1 and j < i + 3 and tokens[j].text in _HAPPENED:
        j += 1
    said = "".join(t.text for t in tokens[j : j + 2])
    return (
        j < len(tokens)
        and not tokens[j].text.startswith(("不", "没"))
        and _MISHAP.search(said) is not None  # a mishap, not an act left undone (没催款, 没取消)
        and lapse_at(tokens, j, ab, text)
    )


def state_lapse(tokens: list[Token], i: int) -> int | None:
    """The index after a state that is a lapse only beside "every …" ("ELN entries are incomplete every week",
    "every filing he touches is last-minute"); elsewhere the words name what a diligent act is about ("flags
    incomplete records")."""
    word = tokens[i].text.lower()
    if word in _STATES:
        return i + 1
    return (
        i + 2 if word == "last" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "minute" else None
    )
