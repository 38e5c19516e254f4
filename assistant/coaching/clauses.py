"""Where a clause of a manager's notes ends, and the words that open a habit said of every occasion: 每个…都 (each
one of a kind), 一…就 (whenever something happens), "every …" as its clause's subject. Pure functions over the
tokens of ``lexicon.tokenize`` (read by the absolutes, ``absolutes.py``)."""

from __future__ import annotations

import re
from typing import Any

from assistant.coaching.lexicon import HAN, Token, any_at, sentence
from assistant.i18n.numerals import EN_NUMBER_WORDS

CLAUSE_END = re.compile(
    r"[,，;；.。!！?？:：、\"“”「」–—]|and|but|or|while|though|although|但|但是|而|而且|并且|可是|不过"
)


_EACH = re.compile(r"每一?[个位家单项件条张份篇台笔场轮批名户间]")


def each_at(tokens: list[Token], i: int) -> int | None:
    """The index after 每 + a measure word at token ``i`` (每个, 每家, 每一单, 每位): each one of a kind."""
    if not tokens[i].text.startswith("每"):
        return None
    for k in (i + 1, i + 2):
        if k <= len(tokens) and _EACH.fullmatch("".join(t.text for t in tokens[i:k])):
            return k
    return None


_SET_OFF = frozenset("有到说忙听看碰遇出开提问催讲被上")  # 一有 / 一到 / 一上台 … 就: whenever it happens


def whenever(tokens: list[Token], i: int) -> bool:
    """Token ``i`` opens "一 <what happens> 就" (一开会就, 一有问题就, 一被批评就): whenever it happens; not a
    count or a time (一个月后就, 一周就)."""
    t = tokens[i].text
    if not (t == "一" or (len(t) in (2, 3) and t[0] == "一" and t[1] in _SET_OFF)):
        return False
    for j in range(i + 1, min(i + 4, len(tokens))):
        if tokens[j].text == "就":
            return True
        if ends_clause(tokens, j):
            return False
    return False


_HE_SHE = frozenset(["他", "她", "他们", "她们", "ta"])


def every_subject(tokens: list[Token], i: int) -> bool:
    """ "every" opening its clause as the subject's word ("…, and every investigation drags past the 30-day mark"),
    not a time ("every time", "every day") nor what an act is done to ("documents every incident")."""
    return (
        tokens[i].text.lower() == "every"
        and (i == 0 or ends_clause(tokens, i - 1))
        and i + 1 < len(tokens)
        and tokens[i + 1].text.lower()
        not in ("time", "single", "day", "week", "month", "year", "morning", "night")
        # its lapse is the subject's, not one in a relative clause: "every family that missed a conference got a call"
        and not any(t.text.lower() in ("that", "who", "which", "whose") for t in tokens[i + 2 : i + 4])
    )


def then(tokens: list[Token], end: int, stop: int) -> list[int]:
    """Where the 都 of 每…都 may stand: in the clause, or in the next after a comma, after its subject
    ("每一次季度回顾，她都…") or before 是 and the subject ("每次客户来审厂，都是他…")."""
    comma = stop + 2 < len(tokens) and tokens[stop].text in (",", "，")
    more = comma and tokens[stop + 1].text in _HE_SHE
    is_who = (
        comma and stop + 3 < len(tokens) and tokens[stop + 1].text == "都" and tokens[stop + 2].text == "是"
        and tokens[stop + 3].text in _HE_SHE
    )  # fmt: skip
    return [*range(end, stop), *((stop + 1,) if is_who else ()), *((stop + 2,) if more else ())]


def ends_clause(tokens: list[Token], i: int) -> bool:
    """Token ``i`` ends a clause; an "or" or "and" between two numbers does not ("two or three alternatives")."""
    if not CLAUSE_END.fullmatch(tokens[i].text):
        return False
    return not (
        tokens[i].text in ("or", "and")
        and 0 < i < len(tokens) - 1
        and is_number(tokens[i - 1].text)
        and is_number(tokens[i + 1].text)
    )


def is_number(word: str) -> bool:
    return word.isdigit() or word.lower() in EN_NUMBER_WORDS


def committed(tokens: list[Token], i: int, ab: dict[str, Any]) -> bool:
    """The absolute is a practice agreed for the future ("agreed to run the checks every time", "同意每次合并前先
    跑一遍"), not a past habit generalised: a word of commitment before it in its clause."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if CLAUSE_END.fullmatch(tokens[j].text):
            return False
        if any_at(tokens, j, ab["commitment"]) is not None:
            return True
    return False


_OTHER_SUBJECT = frozenset(["the", "a", "an", "i", "we", "you", "they", "our", "my", "someone", "anyone"])


def opens_occasion(tokens: list[Token], i: int, end: int, stop: int) -> bool:
    """ "Every time" or "whenever" opens its sentence with a clause about someone else, ended by a comma ("Every time
    the contractor raised a pour request, …"): the occasion, not what the person does."""
    return (
        tokens[i].text.lower() in ("every", "each", "whenever")
        and (i == 0 or ends_clause(tokens, i - 1))
        and end < stop < len(tokens) - 1
        and tokens[stop].text == ","
        and tokens[end].text.lower() in _OTHER_SUBJECT
    )


_COUNTED = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twice)\s+times\b|[两二三四五六七八九十\d]+\s?次",
    re.I,
)
# the most common Chinese surnames (Ministry of Public Security household-register counts)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


def titled(text: str, at: int) -> bool:
    """The 总 of 总是 at ``at`` closes a title: 张总是一位优秀的管理者 is Director Zhang, not "always" (a surname
    opening the clause; 小张总是迟到 is Xiao Zhang, who is always late)."""
    return (
        text.startswith("总是", at)
        and at > 0
        and text[at - 1] in _SURNAMES
        and (at == 1 or HAN.match(text[at - 2]) is None)
    )


def counted(text: str, at: int) -> bool:
    """The sentence before ``at`` counts the occasions ("three times in January, and each time the build broke"):
    an "each time" after it is a fact about that set, not an absolute."""
    return _COUNTED.search(text, sentence(text, at, at)[0], at) is not None
