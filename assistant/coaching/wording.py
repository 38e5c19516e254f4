"""Feedback wording that hurts: vague judgements, personality instead of behaviour, biased or coded references
(age, gender, family, origin, health), and absolutes in criticism. The lists are data
(``knowledge/coaching/wording.yaml``, with their sources); this module matches them on words — jieba's
segmentation for Chinese, so a listed word never fires inside another — and applies the context rules:
quoted words reported from someone else, a denied problem, an absolute that praises ("never misses a
deadline"), a judgement made concrete in the same sentence. Every flagged phrase is an exact substring of
the notes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

WORDING = Path(__file__).resolve().parents[2] / "knowledge" / "coaching" / "wording.yaml"
Category = Literal["vague", "personality", "biased", "absolute"]
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:\.\d+)?|[\u4e00-\u9fff]+|\S")
_COMMA = re.compile(r"[,，;；]")
_SENTENCE_END = re.compile(r"[.!?。！？；;\n]")
_CLOCK = re.compile(r"\b\d{1,2}[:：]\d{2}\b")
_QUOTED = [
    *(re.compile(re.escape(a) + r"([^" + re.escape(b) + r"\n]{1,400})" + re.escape(b))
      for a, b in [("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'), ("‘", "’")]),
    # 'single quotes': an apostrophe between letters (don't, Ravi's) neither opens nor closes one
    re.compile(r"(?<![A-Za-z0-9])'([^'\n]{1,400}?)'(?![A-Za-z0-9])"),
]  # fmt: skip
# a quotation introduced by a colon, or named as what a document or a person said after it ("…”的要求")
_INTRODUCED = re.compile(r"[:：]\s*$")
_NAMED_AFTER = re.compile(
    r"^\s*(?:的(?:要求|说法|原话|评价|反馈|描述|表述|字样|条件|写法)|[,，]?\s*(?:he|she|they|\w+) (?:said|wrote|says|writes))",
    re.I,
)
_GAP = "…"
_CLAUSE_END = re.compile(
    r"[,，;；.。!！?？:：、\"“”「」]|and|but|or|while|though|although|但|但是|而|而且|并且|可是|不过"
)
_DENIED_AFTER = re.compile(  # a judgement denied right after it is said: reported, not the manager's
    r"\s*[，,;；:：—–-]\s*(?:但|可|而)?(?:其实|实际上|事实上)并?(?:不是|不然|不对)"
    r"|\s*[,;:—–-]\s*(?:but )?(?:that['’]?s|which (?:is|was)n['’]?t|it['’]?s) (?:not (?:true|right|the case|fair)|wrong)",
    re.I,
)
_FACTUAL = re.compile(  # a leave or an accommodation stated as a fact: family and health words are not bias there
    r"\b(?:leave|accommodations?|accommodated|returned|return to work|sick days|requested|adjustments?|provided)\b"
    r"|产假|陪产假|育儿假|病假|休假|复工|返岗|调休|申请|调整",
    re.I,
)
# ... when the sentence dates it or says what it changes in the goals ("on leave from 3 March, so the Q2 goals
# were re-scoped"); "since her maternity leave she is less committed" is a judgement, not a fact
_RESCOPED = re.compile(
    r"\d|[一二三四五六七八九十两]+(?:个)?(?:月|周|天|星期)|\b(?:goals?|targets?|re-?scoped?|scope|prorated|pro rata|adjusted|"
    r"quota|workload|caseload)\b|目标|指标|调整|顺延|折算|按比例|工作量",
    re.I,
)


@dataclass(frozen=True)
class Token:
    text: str  # lower-cased
    start: int
    end: int


@dataclass(frozen=True)
class Flag:
    phrase: str  # an exact substring of the notes
    start: int
    end: int
    category: Category
    subtype: str | None
    suggestion: dict[str, str]


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
        if _HAN.search(word) and " " not in word:
            tk.add_word(word)
    # an absolute is one word even where its end and the next word make another ("从来没准时": not "没准")
    for word in (w for key in ("always", "never") for w in data["absolutes"][key]["zh"]):
        tk.suggest_freq(word, tune=True)
    return tk


def tokenize(text: str) -> list[Token]:
    """Words with their offsets: English words and numbers by pattern, Chinese by jieba's segmentation."""
    out: list[Token] = []
    for m in _WORD.finditer(text):
        if _HAN.match(m.group()):
            out += [Token(w, m.start() + s, m.start() + e) for w, s, e in _segmenter().tokenize(m.group())]
        elif (
            m.group() == "-"
            and text[m.start() - 1 : m.start()].isalpha()
            and text[m.end() : m.end() + 1].isalpha()
        ):
            continue  # a hyphen joins the words of one: "know-it-all" is "know it all"
        elif not m.group().isspace():
            out.append(Token(m.group().lower(), m.start(), m.end()))
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
                 for key in ("always", "never", "lapses", "praise", "diligence", "needless")}  # fmt: skip
    lists = {"trait": data["traits"]["en"], "trait_zh": data["traits"]["zh"], "region": data["regions"]["zh"],
             "nationality": data["regions"]["en"]}  # fmt: skip
    slots = {k: "|".join(re.escape(w) for w in sorted(v, key=len, reverse=True)) for k, v in lists.items()}
    templates = [(re.compile(re.sub(r"\{([a-z_]+)\}", lambda m: slots[m[1]], t["pattern"]), re.I), t["category"],
                  t.get("subtype")) for t in data["templates"]]  # fmt: skip
    grammar = {key: frozenset(w.lower() for w in data["grammar"][key]) for key in ("links", "adverbs", "people",
                                                                                "occasions")}  # fmt: skip
    grammar["degree"] = tuple(data["grammar"]["degree"])  # type: ignore[assignment]
    return {"entries": sorted(entries, key=lambda e: -len(e.tokens)), "words": words, "absolutes": absolutes,
            "grammar": grammar,
            "templates": templates, "suggestions": data["suggestions"], "sources": data["sources"]}  # fmt: skip


def _same(token: str, word: str) -> bool:
    if token == word:
        return True
    if not word.isascii() or not word.isalpha():
        return False
    return token in (word + "s", word + "es", word + "ed", word + "d", word + "ing") or (
        word.endswith("e") and token == word[:-1] + "ing"
    )


def _match(tokens: list[Token], i: int, pattern: tuple[str, ...]) -> int | None:
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


def _any_at(tokens: list[Token], i: int, patterns: set[tuple[str, ...]]) -> int | None:
    return max((end for p in patterns if (end := _match(tokens, i, p)) is not None), default=None)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def _reported_quotes(text: str, reporting: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Spans inside quotation marks that follow a reporting word ("the client wrote '…'", "他反馈“…”"), and
    the quotations that follow one of those in the same sentence ("emails: '…' and, after the error, '…'")."""
    spans: list[tuple[int, int]] = []
    for m in sorted((m for pattern in _QUOTED for m in pattern.finditer(text)), key=lambda m: m.start()):
        left = max(
            (e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 60), m.start())), default=0
        )
        before = tokenize(text[max(left, m.start() - 60) : m.start()])[-8:]  # in the quotation's sentence
        if (
            any(_any_at(before, i, reporting) for i in range(len(before)))
            or _INTRODUCED.search(text, 0, m.start())
            or _NAMED_AFTER.match(text[m.end() : m.end() + 40])
            or any(e <= m.start() and not _SENTENCE_END.search(text, e, m.start()) for _, e in spans)
        ):
            spans.append((m.start(), m.end()))
    return spans


def _negated(tokens: list[Token], i: int, negators: set[tuple[str, ...]], text: str) -> bool:
    """A negator just before token ``i`` in the same clause: "not lazy at all", "并不是不主动"."""
    for j in range(max(0, i - 3), i):
        if _any_at(tokens, j, negators) and not re.search(
            r"[,，;；.。]", text[tokens[j].end : tokens[i].start]
        ):
            return True
    return False


def _of_a_thing(text: str, start: int, end: int) -> bool:
    """An English adjective after an article that describes a thing, not the person: the noun it modifies is
    not a person ("an aggressive timeline"), or a person noun is itself a modifier ("an emotional parent
    meeting")."""
    if (
        not re.search(
            r"\b(?:a|an|the)\s+(?:(?:very|really|quite|pretty|so|bit|little|rather|truly|super)\s+)?$",
            text[max(0, start - 20) : start],
            re.I,
        )
        or not text[start:end].isascii()
    ):
        return False
    after = re.match(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?", text[end:])
    if after is None or _person(text[start:end].split()[-1].lower()):
        return False  # the phrase names the person itself: "a solid performer overall"
    noun, next_word = after.group(1).lower(), (after.group(2) or "").lower()
    grammar = lexicon()["grammar"]
    if noun in grammar["links"]:
        return False
    if not _person(noun):
        return True
    return (
        bool(next_word)
        and next_word not in grammar["links"] | grammar["adverbs"]
        and not next_word.endswith("ly")
        and not text[end + after.end(1) :].startswith((",", "."))
    )


def _person(word: str) -> bool:
    """A noun naming a person (or their manner): listed, or with an agent suffix (negotiator, parent)."""
    return (
        word in lexicon()["grammar"]["people"]
        or re.search(r"(?:er|or|ist|ian|ant|ent|ee)s?$", word) is not None
    )


def _concrete(text: str, start: int, end: int, evidence: set[tuple[str, ...]]) -> bool:
    """The sentence of a judgement also says what happened: a number or date, a colon followed by words, or
    an evidence cue ("when", "for example", "比如", "…时")."""
    left, right = _sentence(text, start, end)
    if re.search(
        r"(?<![A-Za-z])\d|[一二三四五六七八九十两]+(?:次|个|天|周|月)", text[left:right]
    ):  # not "Q4", "P99"
        return True
    after = text[end:right]
    if re.match(r"\s*[:：—–-]\s*\S", after) and len(tokenize(after)) >= 5:
        return True
    clause_left = max((m.end() for m in _COMMA.finditer(text, left, start)), default=left)
    clause_right = next((m.start() for m in _COMMA.finditer(text, end, right)), right)
    tokens = tokenize(text[clause_left:clause_right])
    return any(_any_at(tokens, i, evidence) for i in range(len(tokens)))


def _absolute(tokens: list[Token], i: int, lex: dict[str, Any], text: str) -> tuple[int, int] | None:
    """The span of an absolute that generalises a criticism at token ``i`` (None for praise or no absolute)."""
    ab = lex["absolutes"]
    end = _any_at(tokens, i, ab["always"])
    kind = "always"
    if end is None:
        end, kind = _any_at(tokens, i, ab["never"]), "never"
    if end is None:
        return None
    stop = end  # the words it governs: up to the clause's end, a conjunction, or eight words
    while stop < len(tokens) and stop < end + 8 and not _CLAUSE_END.fullmatch(tokens[stop].text):
        stop += 1
    governed = range(end, stop)
    if kind == "never" and stop > end and _any_at(tokens, end, ab["needless"]):
        return None  # what the manager never had to do: "never had to chase him", "从不用催"
    lapse = any(_any_at(tokens, j, ab["lapses"]) for j in governed)
    # a routine kept at a set time ("always posts the summary by 09:00") is diligence
    clause = _COMMA.search(text, tokens[end].start) if stop > end else None
    timed = (
        stop > end
        and _CLOCK.search(
            text,
            tokens[end].start,
            min(
                _sentence(text, tokens[end].start, tokens[end].end)[1],
                clause.start() if clause else len(text),
            ),
        )
        is not None
    )
    praise = timed or any(
        _any_at(tokens, j, ab["praise"]) or _any_at(tokens, j, ab["diligence"]) for j in governed
    )
    negated = any(_any_at(tokens, j, lex["words"]["negators"]) for j in governed)
    # "一直不按规定填写": a routine not kept is a lapse; "never once merged without a second reviewer": a lapse
    # or a second negation under "never" makes it praise
    critical = (lapse or negated or not praise) if kind == "always" else not (lapse or negated)
    if not critical or stop == end:
        return None
    return tokens[i].start, tokens[min(stop, end + 4) - 1].end  # the span: the absolute and what it governs


def _lapse_then_always(tokens: list[Token], i: int, lex: dict[str, Any]) -> tuple[int, int] | None:
    """An absolute after the lapse it generalises: "misses sprint commitments every time", "complains about
    targets in every team meeting". The span runs from the lapse to the absolute and the words it names."""
    ab = lex["absolutes"]
    end = _any_at(tokens, i, ab["always"])
    if end is None and tokens[i].text in ("every", "each"):  # "every" naming occasions: "every team meeting"
        end = max((j + 1 for j in range(i + 1, min(i + 3, len(tokens))) if tokens[j].text.rstrip("s") in lex["grammar"]["occasions"]),
                  default=None)  # fmt: skip
    if end is None:
        return None
    for j in range(i - 1, max(-1, i - 7), -1):
        if _CLAUSE_END.fullmatch(tokens[j].text) or _any_at(tokens, j, ab["never"]):
            return None
        if _any_at(tokens, j, lex["words"]["negators"]):
            return None  # "has not missed one, every sprint": praise
        if _any_at(tokens, j, ab["lapses"]):
            return tokens[j].start, tokens[end - 1].end
    return None


def flag_notes(notes: str) -> list[Flag]:
    """The problem phrases of ``notes``, in order, none overlapping (the longest listed phrase wins)."""
    lex = lexicon()
    words = lex["words"]
    tokens = tokenize(notes)
    quoted = _reported_quotes(notes, words["reporting"])
    taken: list[tuple[int, int]] = []
    flags: list[Flag] = []

    def add(start: int, end: int, category: Category, subtype: str | None) -> None:
        if any(s < end and start < e for s, e in taken) or any(s <= start and end <= e for s, e in quoted):
            return
        taken.append((start, end))
        flags.append(Flag(notes[start:end], start, end, category, subtype, lex["suggestions"][category]))

    for i in range(len(tokens)):
        span = _absolute(tokens, i, lex, notes) or _lapse_then_always(tokens, i, lex)
        if span is not None:
            add(span[0], span[1], "absolute", None)

    def judged(i: int, start: int, stop: int, category: Category, subtype: str | None = None) -> bool:
        """Whether a match is the manager's judgement, not a denied problem, one made concrete, or a leave
        stated as a fact."""
        if category in ("vague", "personality") and (
            _negated(tokens, i, words["negators"], notes) or _DENIED_AFTER.match(notes, stop)
        ):
            return False  # a denied problem: "not lazy at all", "并不是不主动", "有人说她脾气急，其实不是"
        if category in ("biased", "personality") and re.match(r"-[A-Za-z]", notes[stop : stop + 2]):
            return False  # a compound's first part names something else: "medication-administration audit"
        if category in ("vague", "personality") and _of_a_thing(notes, start, stop):
            return False  # "an aggressive timeline", "a good fit logistically", "an emotional parent meeting"
        if subtype in ("family", "health"):
            left, right = _sentence(notes, start, stop)
            if _FACTUAL.search(notes[left:right]) and _RESCOPED.search(notes[left:right]):
                return False  # "on parental leave from 3 March", "请了三周病假"
        return not (category == "vague" and _concrete(notes, start, stop, words["evidence"]))

    found: list[tuple[int, int, Category, str | None]] = []  # candidate spans; the longest wins an overlap
    for i in range(len(tokens)):
        for entry in lex["entries"]:
            end = _match(tokens, i, entry.tokens)
            if end is not None and judged(
                i, tokens[i].start, tokens[end - 1].end, entry.category, entry.subtype
            ):
                found.append((tokens[i].start, tokens[end - 1].end, entry.category, entry.subtype))
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end for t in tokens}
    # a degree adverb jieba joined to the name before it ("小曹太倔": 曹太 / 倔; 赵太急) starts a match all the same
    glued = {t.start + k: i for i, t in enumerate(tokens) if _HAN.match(t.text)
             for k in range(1, len(t.text)) if t.text.startswith(lex["grammar"]["degree"], k)}  # fmt: skip
    for pattern, category, subtype in lex["templates"]:
        for m in pattern.finditer(notes):
            start, stop = m.span("span") if "span" in pattern.groupindex else m.span()
            while stop > start and notes[stop - 1].isspace():
                stop -= 1
            first = starts.get(start, glued.get(start))
            if first is not None and stop in ends and judged(first, start, stop, category, subtype):
                found.append((start, stop, category, subtype))
    for start, stop, category, subtype in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        add(start, stop, category, subtype)
    return sorted(flags, key=lambda f: f.start)
