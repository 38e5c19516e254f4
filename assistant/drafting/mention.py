"""A value found in a text: what kind it is, where it is, and its normalised value (shared by the readers of
dates, times, numbers and links)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from assistant.i18n.numerals import ZH_NUMERAL_CHARS, zh_number

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
