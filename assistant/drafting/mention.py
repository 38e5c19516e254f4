"""A value found in a text: what kind it is, where it is, and its normalised value (shared by the readers of
dates, times, numbers and links)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from assistant.i18n.numerals import EN_NUMBER_PATTERN, ZH_NUMERAL_CHARS, number, zh_number

Kind = Literal["date", "number", "percent", "time", "link"]


@dataclass(frozen=True)
class Mention:
    kind: Kind
    start: int
    end: int
    value: Any  # date: (year | None, month, day); number/percent: float; time: minutes; link: normalised text
    text: str
    weekday: int | None = None  # 0 = Monday: a weekday written next to a date

    @property
    def key(self) -> tuple[Any, ...]:
        """What two mentions share when they state the same value (a date's month and day; a number)."""
        if self.kind == "date":
            return (self.kind, *self.value[1:])
        return (self.kind, round(self.value, 6) if isinstance(self.value, float) else self.value)


ZH_NUM = f"[{ZH_NUMERAL_CHARS}]"
ZH_N = rf"(?:\d+|{ZH_NUM}+)"


def int_of(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    value = zh_number(text)
    return None if value is None else int(value)


# a number and a half: "one and a half months", "2 and a half days", "一个半月", "两个半小时", "三天半", "一年半"
_AND_A_HALF = re.compile(
    rf"(?i:(?<![\w.])({EN_NUMBER_PATTERN}|\d+)\s+and\s+a\s+half\b)"
    rf"|(?<![\d.]|{ZH_NUM})({ZH_NUM}+|\d+)\s*(?:[个個]半(?=[月天日年周星钟小分])|(?:天|日|年|周|小时|小時)半)"
    rf"|(?<![\d.上下前后大多]|{ZH_NUM})半[个個](?=[月天日年周星钟小分])"  # a half alone: "半个月至两个半月" is 0.5 to 2.5
)


def halves(text: str) -> list[Mention]:
    """Numbers said with a half: 1.5 for "one and a half", 2.5 for "两个半", 0.5 for "半个"."""
    out = []
    for m in _AND_A_HALF.finditer(text):
        base = number(m[1] or m[2]) if m[1] or m[2] else 0.0
        if base is not None:
            out.append(Mention("number", m.start(), m.end(), base + 0.5, m.group()))
    return out


def valid_date(year: int | None, month: int | None, day: int | None) -> bool:
    """A real calendar day (without a year, in a leap year: 29 February is one)."""
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    try:
        date(year or 2028, month, day)  # a leap year: 29 February without a year is a date
    except ValueError:
        return False
    return True


def year_of(text: str | None) -> int | None:
    """A year as written: 2027, 二〇二七, or 116 of the Republic of China calendar (1911 + 116)."""
    y = int_of(text)
    return y + 1911 if y is not None and y < 1000 else y
