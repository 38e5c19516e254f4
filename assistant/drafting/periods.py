"""Durations and frequencies written in other units or words: "12个月" is "a full year", "2周" is "14 days" or
"a fortnight", "1.5个月" is "一个半月", "每2周1次" is "每两周进行一次" or "once a fortnight". Only exact
equivalents count: days and weeks are compared in days, months, quarters and years in months."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.i18n.numerals import EN_NUMBER_PATTERN, ZH_NUMERAL_CHARS, en_number, number, zh_number

_WS = re.compile(r"\s+")

# Durations in another unit: "12个月" is "a full year", "2周" is "14 days" or "a fortnight", "1.5个月" is "一个半月".
# Each unit in a base (days or months; hours in minutes), so only exact equivalents count.
_DURATION_UNITS = {
    "天": ("d", 1), "日": ("d", 1), "个工作日": ("wd", 1), "工作日": ("wd", 1), "days": ("d", 1), "day": ("d", 1),
    "working days": ("wd", 1), "working day": ("wd", 1), "business days": ("wd", 1), "business day": ("wd", 1),
    "working weeks": ("wd", 5), "working week": ("wd", 5), "work weeks": ("wd", 5), "work week": ("wd", 5),
    "business weeks": ("wd", 5), "business week": ("wd", 5), "个工作周": ("wd", 5), "工作周": ("wd", 5),
    "周": ("d", 7), "个星期": ("d", 7), "星期": ("d", 7), "weeks": ("d", 7), "week": ("d", 7),
    "fortnights": ("d", 14), "fortnight": ("d", 14), "个月": ("m", 1), "月": ("m", 1), "months": ("m", 1),
    "month": ("m", 1), "年": ("m", 12), "years": ("m", 12), "year": ("m", 12), "小时": ("min", 60),
    "个小时": ("min", 60), "hours": ("min", 60), "hour": ("min", 60), "分钟": ("min", 1), "minutes": ("min", 1),
    "minute": ("min", 1), "quarters": ("m", 3), "quarter": ("m", 3), "个季度": ("m", 3), "季度": ("m", 3),
}  # fmt: skip
_WHOLE = {"半小时": ("min", 30.0), "half an hour": ("min", 30.0), "half-hour": ("min", 30.0),
          "半年": ("m", 6.0), "half a year": ("m", 6.0), "一个半小时": ("min", 90.0), "半天": ("d", 0.5),
          "half a day": ("d", 0.5), "half-day": ("d", 0.5), "一刻钟": ("min", 15.0), "三刻钟": ("min", 45.0),
          "quarter of an hour": ("min", 15.0), "a quarter of an hour": ("min", 15.0),
          "quarter-hour": ("min", 15.0), "three quarters of an hour": ("min", 45.0),
          "three-quarters of an hour": ("min", 45.0), "three-quarter-hour": ("min", 45.0),
          "three-quarter hour": ("min", 45.0), "半个月": ("m", 0.5), "half a month": ("m", 0.5),
          "half month": ("m", 0.5), "half-month": ("m", 0.5), "半个小时": ("min", 30.0),
          "为期一季": ("m", 3.0), "為期一季": ("m", 3.0)}  # a quarter of a year (not 四季酒店, 上一季, 一季报)  # fmt: skip
_UNIT_WORDS = "|".join(sorted(map(re.escape, _DURATION_UNITS), key=len, reverse=True))
# a duration said as a whole ("a quarter of an hour") first: "a quarter" alone is three months
_DURATION = re.compile(
    rf"(?P<whole>{'|'.join(sorted(map(re.escape, _WHOLE), key=len, reverse=True))})(?![A-Za-z])"
    rf"|(?:(?P<half>(?<![上下前后大多个個\d一二两三四五六七八九十])半[个個]?|half\s+an?)|(?P<digits>\d+(?:\.\d+)?)|(?P<zh>[{ZH_NUMERAL_CHARS}]+?)(?P<ge>个半|个)?"
    rf"|(?P<en>{EN_NUMBER_PATTERN}|\ban?\b)(?P<and_half>\s+and\s+a\s+half)?)?[ -]?"
    rf"(?:(?:full|whole|calendar|clear)\s+)?(?P<unit>{_UNIT_WORDS})(?P<half_after>半(?!载)|\s+and\s+a\s+half(?!-))?"
    r"(?![A-Za-z])(?!\s*\d)",
    re.I,
)


def _duration(raw: str) -> tuple[str, float] | None:
    """A brief's value as a duration in its base unit ("2周" -> ("d", 14)), or None."""
    found = _durations(raw)
    return found[0] if len(found) == 1 else None


def _durations(text: str) -> list[tuple[str, float]]:
    out = []
    text = _WS.sub(" ", text)  # runs of blanks (quoted lines blanked) read as one
    for m in _DURATION.finditer(text):
        if text[max(m.start() - 1, 0) : m.start()] == "第":
            continue  # "第一季", "第3周": which one, not how long
        if m["whole"]:
            out.append(_WHOLE[m["whole"].lower()])
            continue
        word = m["unit"]
        unit = _DURATION_UNITS.get(word.lower())
        if unit is None or (word == "月" and not (m["ge"] or m["half"])) or (word == "日" and not m["zh"]):
            continue  # "dayſ" folds outside the table; "3月" is a month and "5日" a day of it, "一日" is a day
        if m["half"]:  # "半个工作日", "half a working day"
            n: float | None = 0.5
        elif m["digits"]:
            n = float(m["digits"])
        elif m["zh"]:
            n = zh_number(m["zh"])
            n = None if n is None else n + (0.5 if m["ge"] == "个半" else 0.0)
        elif m["en"]:
            n = 1.0 if m["en"].lower() in ("a", "an") else en_number(m["en"])
            n = None if n is None else n + (0.5 if m["and_half"] else 0.0)
        elif word.lower().startswith("fortnight"):
            n = 1.0  # "every fortnight": a fortnight is a duration of its own
        else:
            continue  # a unit word with no number ("per month")
        if n is not None and m["half_after"]:  # "一年半", "an hour and a half"
            n += 0.5
        if n is not None and not (word == "年" and n >= 1000):  # "2026年" is a year
            out.append((unit[0], n * unit[1]))
    return out


# Frequencies: "每2周1次" is "每两周进行一次", "once a fortnight", "every two weeks", "biweekly".
_PERIODS = {"天": ("d", 1), "日": ("d", 1), "周": ("d", 7), "星期": ("d", 7), "月": ("m", 1), "季度": ("m", 3),
            "年": ("m", 12), "day": ("d", 1), "week": ("d", 7), "fortnight": ("d", 14), "month": ("m", 1),
            "quarter": ("m", 3), "year": ("m", 12)}  # fmt: skip
_ZH_FREQ = re.compile(
    rf"每\s*(\d+|[{ZH_NUMERAL_CHARS}]+)?\s*个?\s*(天|日|周|星期|月|季度|年)[^\d{ZH_NUMERAL_CHARS}次，。；,;]{{0,16}}?"
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
    return number(word)


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
    2.0: r"\btwice\b|\bdouble\b",  # "2 times" the rate: "double on rest days"
    3.0: r"\bthrice\b|\btriple\b|\btreble\b",
}


# a multiplier ("S档系数: 2.0") written as one: "double", "twice the base" (not "paid twice a year")
_MULTIPLE_WORDS = {
    2.0: r"\bdouble\b|\btwice (?:the|as|that|their|his|her)\b",
    3.0: r"\btriple\b|\btreble\b|\bthree times (?:the|as|that|their|his|her)\b",
}


def times_word(raw: str, value: float, text: str) -> bool:
    """A count of times ("1次", "2 times") written "once", "twice"; a multiplier of 2 written "double"."""
    if re.search(r"系数|係數|倍数|倍數|倍率|\bmultiplier\b|\bcoefficient\b", raw, re.I):
        return value in _MULTIPLE_WORDS and re.search(_MULTIPLE_WORDS[value], text, re.I) is not None
    per = r"次|times?\b|\bper (?:day|week|month|quarter|year)\b|每[天日周月年]"  # "Meetings per month: 2"
    return bool(re.search(per, raw, re.I)) and bool(
        value in _TIMES_WORDS and re.search(_TIMES_WORDS[value], text, re.I)
    )


def _days(months: float) -> set[float]:
    """What a number of whole months is in days as people write it: 30 a month ("90 days" for three months),
    365 a year."""
    if months != int(months) or months < 1:
        return set()
    return {30 * months} | ({365 * months / 12} if months % 12 == 0 else set())


def is_duration(raw: str) -> bool:
    """Whether a brief's value is a length of time ("2 years", "10个工作日")."""
    return _duration(raw) is not None


def same_duration(raw: str, text: str) -> bool:
    """A duration stated in another unit ("12个月" as "a full year", "2周" as "14 days", "90天" as "three
    months")."""
    want = _duration(raw)
    return want is not None and any(_same_length(found, want) for found in _durations(text))


_INTERVAL = re.compile(r"间隔|間隔|频率|頻率|周期|週期|多久一次|interval|frequency|cadence|how often", re.I)


def same_interval(raw: str, label: str, text: str) -> bool:
    """An interval (a fact whose label says so: "进度检讨间隔: 2 weeks") stated as how often it recurs:
    "fortnightly", "every other week", "每两周一次". A duration of another kind (a probation of six months) is
    not "twice a year"."""
    want = _duration(raw)
    return (
        want is not None
        and _INTERVAL.search(label) is not None
        and any(_same_length((base, 1 / rate), want) for base, rate in _frequencies(text) if rate > 0)
    )


def same_duration_range(raws: tuple[str, str], text: str) -> bool:
    """A range of durations stated in other units, its ends one after the other ("6 months" to "12 months" as
    "半年到一年")."""
    want = [_duration(raw) for raw in raws]
    found = _durations(text)
    return None not in want and any(
        _same_length(a, want[0]) and _same_length(b, want[1])  # type: ignore[arg-type]
        for a, b in pairwise(found)
    )


def _same_length(found: tuple[str, float], want: tuple[str, float]) -> bool:
    (unit, n), (base, m) = found, want
    if unit == base:
        return abs(n - m) < 1e-6
    if {unit, base} == {"d", "m"}:
        days, months = (n, m) if unit == "d" else (m, n)
        return days in _days(months)
    if {unit, base} == {"d", "min"}:  # "48 hours" as 两天, "2 days" as "48 hours" (whole days only)
        days, minutes = (n, m) if unit == "d" else (m, n)
        return days == int(days) and abs(days * 24 * 60 - minutes) < 1e-6
    return False


# the period of a rate ("RMB 980 per person per year"): each version must say the same one
_RATE_PERIODS = {
    "year": r"每年|一年|全年|年度|/\s*年|(?i:\b(?:a|per|each|every) year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|\bp\.a\.)",
    "month": r"每月|每个月|/\s*月|(?i:\b(?:a|per|each|every) month\b|\bmonthly\b)",
    "week": r"每周|每週|每星期|/\s*周|(?i:\b(?:a|per|each|every) week\b|\bweekly\b)",
    "day": r"每天|每日|/\s*[天日]|(?i:\b(?:a|per|each|every) day\b|\bdaily\b)",
}
_RATE = re.compile(r"(?i:\b(?:per|a|each|every)\s+(year|month|week|day|annum)\b)")


def same_period(raw: str, text: str) -> bool:
    """``text`` states the period of the rate ``raw`` gives ("per month": 每月, "monthly"), or ``raw`` gives none."""
    return all(
        re.search(_RATE_PERIODS["year" if m[1].lower() == "annum" else m[1].lower()], text)
        for m in _RATE.finditer(raw)
    )
