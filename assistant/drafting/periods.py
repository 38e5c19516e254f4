"""Durations and frequencies written in other units or words: "12个月" is "a full year", "2周" is "14 days" or
"a fortnight", "1.5个月" is "一个半月", "每2周1次" is "每两周进行一次" or "once a fortnight". Only exact
equivalents count: days and weeks are compared in days, months, quarters and years in months."""

from __future__ import annotations

import re

from assistant.i18n.numerals import EN_NUMBER_PATTERN, ZH_NUMERAL_CHARS, en_number, zh_number

_WS = re.compile(r"\s+")

# Durations in another unit: "12个月" is "a full year", "2周" is "14 days" or "a fortnight", "1.5个月" is "一个半月".
# Each unit in a base (days or months; hours in minutes), so only exact equivalents count.
_DURATION_UNITS = {
    "天": ("d", 1), "日": ("d", 1), "个工作日": ("wd", 1), "工作日": ("wd", 1), "days": ("d", 1), "day": ("d", 1),
    "working days": ("wd", 1), "working day": ("wd", 1), "business days": ("wd", 1), "business day": ("wd", 1),
    "周": ("d", 7), "个星期": ("d", 7), "星期": ("d", 7), "weeks": ("d", 7), "week": ("d", 7),
    "fortnights": ("d", 14), "fortnight": ("d", 14), "个月": ("m", 1), "月": ("m", 1), "months": ("m", 1),
    "month": ("m", 1), "年": ("m", 12), "years": ("m", 12), "year": ("m", 12), "小时": ("min", 60),
    "个小时": ("min", 60), "hours": ("min", 60), "hour": ("min", 60), "分钟": ("min", 1), "minutes": ("min", 1),
    "minute": ("min", 1), "quarters": ("m", 3), "quarter": ("m", 3), "个季度": ("m", 3), "季度": ("m", 3),
}  # fmt: skip
_HALVES = {"半小时": ("min", 30.0), "half an hour": ("min", 30.0), "half-hour": ("min", 30.0),
           "半年": ("m", 6.0), "half a year": ("m", 6.0), "一个半小时": ("min", 90.0), "半天": ("d", 0.5),
           "half a day": ("d", 0.5), "half-day": ("d", 0.5)}  # fmt: skip
_UNIT_WORDS = "|".join(sorted(map(re.escape, _DURATION_UNITS), key=len, reverse=True))
_DURATION = re.compile(
    rf"(?:(\d+(?:\.\d+)?)|([{ZH_NUMERAL_CHARS}]+?)(个半|个)?|({EN_NUMBER_PATTERN}|\ban?\b)(\s+and\s+a\s+half)?)?[ -]?"
    rf"(?:(?:full|whole|calendar|clear)\s+)?({_UNIT_WORDS})(?![A-Za-z])(?!\s*\d)"
    rf"|(一个半小时|半小时|half an hour|half-hour|半年|half a year|半天|half a day|half-day)",
    re.I,
)


def _duration(raw: str) -> tuple[str, float] | None:
    """A brief's value as a duration in its base unit ("2周" -> ("d", 14)), or None."""
    found = _durations(raw)
    return found[0] if len(found) == 1 else None


def _durations(text: str) -> list[tuple[str, float]]:
    out = []
    for m in _DURATION.finditer(_WS.sub(" ", text)):  # runs of blanks (quoted lines blanked) read as one
        if m[7]:
            out.append(_HALVES[m[7].lower()])
            continue
        unit = _DURATION_UNITS.get(m[6].lower())
        if unit is None or (m[6] == "月" and not m[3]) or (m[6] == "日" and not m[2]):
            continue  # "dayſ" folds outside the table; "3月" is a month and "5日" a day of it, "一日" is a day
        if m[1]:
            n: float | None = float(m[1])
        elif m[2]:
            n = zh_number(m[2])
            n = None if n is None else n + (0.5 if m[3] == "个半" else 0.0)
        elif m[4]:
            n = 1.0 if m[4].lower() in ("a", "an") else en_number(m[4])
            n = None if n is None else n + (0.5 if m[5] else 0.0)
        elif m[6].lower().startswith("fortnight"):
            n = 1.0  # "every fortnight": a fortnight is a duration of its own
        else:
            continue  # a unit word with no number ("per month")
        if n is not None and not (m[6] == "年" and n >= 1000):  # "2026年" is a year
            out.append((unit[0], n * unit[1]))
    return out


# Frequencies: "每2周1次" is "每两周进行一次", "once a fortnight", "every two weeks", "biweekly".
_PERIODS = {"天": ("d", 1), "日": ("d", 1), "周": ("d", 7), "星期": ("d", 7), "月": ("m", 1), "季度": ("m", 3),
            "年": ("m", 12), "day": ("d", 1), "week": ("d", 7), "fortnight": ("d", 14), "month": ("m", 1),
            "quarter": ("m", 3), "year": ("m", 12)}  # fmt: skip
_ZH_FREQ = re.compile(
    rf"每\s*(\d+|[{ZH_NUMERAL_CHARS}]+)?\s*个?\s*(天|日|周|星期|月|季度|年)[^\d{ZH_NUMERAL_CHARS}次，。；,;]{{0,8}}?"
    rf"(\d+|[{ZH_NUMERAL_CHARS}]+)\s*次"
)
_EN_FREQ = re.compile(
    rf"\b(once|twice|thrice|(?:{EN_NUMBER_PATTERN}|\d+)\s+times)\s+(?:a|per|every|each)\s+"
    rf"(?:({EN_NUMBER_PATTERN}|\d+|other)\s+)?(day|week|fortnight|month|quarter|year)s?\b"
    rf"|\bevery\s+(?:({EN_NUMBER_PATTERN}|\d+|other)\s+)?(day|week|fortnight|month|quarter|year)s?\b"
    r"|\b(daily|weekly|fortnightly|biweekly|bi-weekly|monthly|quarterly|annually|yearly)\b",
    re.I,
)
_ADVERBS = {"daily": ("day", 1), "weekly": ("week", 1), "fortnightly": ("fortnight", 1), "biweekly": ("week", 2),
            "bi-weekly": ("week", 2), "monthly": ("month", 1), "quarterly": ("quarter", 1),
            "annually": ("year", 1), "yearly": ("year", 1)}  # fmt: skip


def _number_word(word: str | None) -> float | None:
    if not word:
        return 1.0
    if word.lower() == "other":
        return 2.0
    if word[0].isdigit():
        return float(word)
    try:
        return zh_number(word) if word[0] in ZH_NUMERAL_CHARS else en_number(word)
    except OverflowError:  # a numeral of hundreds of characters
        return None


def _frequencies(text: str) -> list[tuple[str, float]]:
    """Each frequency of ``text`` as (base unit, times per base unit)."""
    out = []
    text = _WS.sub(" ", text)
    for m in _ZH_FREQ.finditer(text):
        n, times = _number_word(m[1]), _number_word(m[3])
        if n and times:
            base, size = _PERIODS[m[2]]
            out.append((base, times / (n * size)))
    for m in _EN_FREQ.finditer(text):
        if m[6]:
            if m[6].lower() not in _ADVERBS:
                continue
            unit, n = _ADVERBS[m[6].lower()]
            times: float | None = 1.0
        else:
            word = (m[1] or "once").lower()
            times = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(word) or _number_word(
                word.rsplit(" ", 1)[0]
            )
            unit, n = (m[3], _number_word(m[2])) if m[1] else (m[5], _number_word(m[4]))  # type: ignore[assignment]
        if times and n and unit.lower() in _PERIODS:
            base, size = _PERIODS[unit.lower()]
            out.append((base, times / (n * size)))
    return out


def is_frequency(raw: str) -> bool:
    """Whether a brief's value states how often ("每2周1次", "twice a month")."""
    return len(_frequencies(raw)) == 1


def same_frequency(raw: str, text: str) -> bool:
    """Whether ``text`` states the frequency the brief's value ``raw`` states ("每2周1次": "once a fortnight")."""
    want = _frequencies(raw)
    return len(want) == 1 and any(
        b == want[0][0] and abs(r - want[0][1]) < 1e-9 for b, r in _frequencies(text)
    )


# "once" as a count, not as a conjunction ("Once you submit, …")
_TIMES_WORDS = {
    1.0: r"\bonce\b(?!,?\s+(?:you|we|they|he|she|it|the|your|our|their|this|that|all|approved|submitted|done)\b)",
    2.0: r"\btwice\b",
    3.0: r"\bthrice\b",
}


def times_word(raw: str, value: float, text: str) -> bool:
    """A count of times ("1次", "2 times") written "once", "twice"."""
    return bool(re.search(r"次|times?\b", raw)) and bool(
        value in _TIMES_WORDS and re.search(_TIMES_WORDS[value], text, re.I)
    )


def same_duration(raw: str, text: str) -> bool:
    """A duration stated in another unit ("12个月" as "a full year", "2周" as "14 days")."""
    want = _duration(raw)
    return want is not None and any(d[0] == want[0] and abs(d[1] - want[1]) < 1e-6 for d in _durations(text))
