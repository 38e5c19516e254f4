"""The feedback-wording lexicon (``knowledge/coaching/wording.yaml``) and the words it is matched on: English
words by pattern, Chinese by jieba's segmentation (a listed word never fires inside another), phrases with "…"
for up to three words in between, English words with their -s/-ed/-ing forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

WORDING = Path(__file__).resolve().parents[2] / "knowledge" / "coaching" / "wording.yaml"
Category = Literal["vague", "personality", "biased", "absolute"]
HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:\.\d+)?|[\u4e00-\u9fff]+|\S")
# a full stop ends a sentence, not the one of a title ("Mr. Ruiz", "Dr. Lee")
SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bProf)\.|[!?。！？；;\n]")
COMMA = re.compile(r"[,，;；]")
_GAP = "…"


@dataclass(frozen=True)
class Token:
    text: str  # lower-cased
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    tokens: tuple[str, ...]
    category: Category
    subtype: str | None


@cache
def _segmenter() -> Any:
    """A jieba tokenizer of its own that knows the lexicon's Chinese words, so "刚生完孩子" segments around
    "生完孩子" as the lexicon does (the knowledge index's tokenizer is left as it is)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    data = yaml.safe_load(WORDING.read_text(encoding="utf-8"))
    words = (
        [w for item in data["lists"] for w in item.get("zh", [])]
        + data["traits"]["zh"]
        + data["regions"]["zh"]
    )
    words += [
        w
        for key in ("always", "never", "lapses", "praise", "diligence", "needless")
        for w in data["absolutes"][key]["zh"]
    ]
    for word in words:
        if HAN.search(word) and " " not in word:
            tk.add_word(word)
    # an absolute is one word even where its end and the next word make another ("从来没准时": not "没准")
    # (with a margin over the least that makes it one word: the least moves as the lexicon grows)
    for word in (w for key in ("always", "never") for w in data["absolutes"][key]["zh"]):
        tk.add_word(word, freq=2 * tk.suggest_freq(word, tune=False))
    return tk


def tokenize(text: str) -> list[Token]:
    """Words with their offsets: English words and numbers by pattern, Chinese by jieba's segmentation."""
    out: list[Token] = []
    for m in _WORD.finditer(text):
        if HAN.match(m.group()):
            out += [Token(w, m.start() + s, m.start() + e) for w, s, e in _segmenter().tokenize(m.group())]
        elif (
            m.group() == "-"
            and text[m.start() - 1 : m.start()].isalpha()
            and text[m.end() : m.end() + 1].isalpha()
        ):
            continue  # a hyphen joins the words of one: "know-it-all" is "know it all"
        elif not m.group().isspace():
            out.append(Token(m.group().lower().replace("’", "'"), m.start(), m.end()))  # doesn’t = doesn't
    return out


def _pattern(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(phrase.replace("...", _GAP)))


@cache
def lexicon() -> dict[str, Any]:
    data = yaml.safe_load(WORDING.read_text(encoding="utf-8"))
    # a one-word English trait is a judgement of the person only when said of one ("she is cold", "a bit
    # cold"): the templates read it there; alone it is as often an object's ("difficult customers", "cold calls")
    said_of = {w.lower() for w in data["traits"]["en"]}
    entries = [_Entry(_pattern(p), item["category"], item.get("subtype"))
               for item in data["lists"] for lang in ("en", "zh") for p in item.get(lang, [])
               if not (item["category"] == "personality" and p.lower() in said_of)]  # fmt: skip
    words = {key: {_pattern(p) for lang in ("en", "zh") for p in data[key][lang]}
             for key in ("negators", "reporting", "evidence")}  # fmt: skip
    absolutes = {key: {_pattern(p) for lang in ("en", "zh") for p in data["absolutes"][key][lang]}
                 for key in ("always", "never", "lapses", "praise", "diligence", "needless", "negation",
                             "commitment", "records", "remedies")}  # fmt: skip
    lists = {"trait": data["traits"]["en"], "trait_zh": data["traits"]["zh"], "region": data["regions"]["zh"],
             "nationality": data["regions"]["en"], "lapse_zh": data["absolutes"]["lapses"]["zh"]}  # fmt: skip
    slots = {k: "|".join(re.escape(w) for w in sorted(v, key=len, reverse=True)) for k, v in lists.items()}
    templates = [(re.compile(re.sub(r"\{([a-z_]+)\}", lambda m: slots[m[1]], t["pattern"]), re.I), t["category"],
                  t.get("subtype")) for t in data["templates"]]  # fmt: skip
    grammar = {key: frozenset(w.lower() for w in data["grammar"][key]) for key in ("links", "adverbs", "people", "others",
                                                                                "subjects")}  # fmt: skip
    grammar["degree"] = tuple(data["grammar"]["degree"])  # type: ignore[assignment]
    return {"entries": sorted(entries, key=lambda e: -len(e.tokens)), "words": words, "absolutes": absolutes,
            "grammar": grammar, "reporting_zh": tuple(data["reporting"]["zh"]),
            "praised_traits": frozenset(data["praised_traits"]),
            "templates": templates, "suggestions": data["suggestions"]}  # fmt: skip


def _same(token: str, word: str) -> bool:
    if token == word:
        return True
    if not word.isascii() or not word.isalpha():
        return False
    doubled = word + word[-1]  # "skip" in "skipped", "slip" in "slipping"
    if len(word) <= 3:  # "bugs", "cutting", "erred"; "notes" is no form of "not"
        return token in (word + "s", doubled + "ed", doubled + "ing")
    return token in (word + "s", word + "es", word + "ed", word + "d", word + "ing", doubled + "ed",
                     doubled + "ing") or (word.endswith("e") and token == word[:-1] + "ing")  # fmt: skip


def match(tokens: list[Token], i: int, pattern: tuple[str, ...]) -> int | None:
    """The index after the match of ``pattern`` at token ``i`` (None when it does not match)."""
    j = i
    for k, word in enumerate(pattern):
        if word == _GAP:
            continue
        if k > 0 and pattern[k - 1] == _GAP:
            found = next(
                (j2 for j2 in range(j, min(j + 4, len(tokens))) if _same(tokens[j2].text, word)), None
            )
            if found is None:
                return None
            j = found + 1
        elif j < len(tokens) and _same(tokens[j].text, word):
            j += 1
        else:
            return None
    return j


def any_at(tokens: list[Token], i: int, patterns: set[tuple[str, ...]]) -> int | None:
    return max((end for p in patterns if (end := match(tokens, i, p)) is not None), default=None)


SENTENCE_REACH = 600  # characters: a "sentence" with no end in sight is cut there, so long notes stay linear


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (at most SENTENCE_REACH characters on either side)."""
    floor = max(0, start - SENTENCE_REACH)
    left = max((m.end() for m in SENTENCE_END.finditer(text, floor, start)), default=floor)
    right = SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    return left, right.start() if right else min(len(text), end + SENTENCE_REACH)


def opens_with(word: str, phrases: set[tuple[str, ...]]) -> bool:
    """A Chinese word that opens with a listed word of two characters or more (亲自参加 with 亲自)."""
    return HAN.match(word) is not None and any(
        len(p) == 1 and len(p[0]) >= 2 and word.startswith(p[0]) and word != p[0] for p in phrases
    )
