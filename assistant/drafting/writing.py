"""Facts written the way drafts write them: a date (with its weekday), a date range and a number, in Chinese or
English. Pure functions; what ``surface`` reads back."""

from __future__ import annotations

from datetime import date

_ZH_WD = "一二三四五六日"
_EN_WD = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip


def write_date(d: date, lang: str, weekday: bool = True) -> str:
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日" + (f"（周{_ZH_WD[d.weekday()]}）" if weekday else "")
    return (f"{_EN_WD[d.weekday()]}, " if weekday else "") + f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}"


def write_range(a: date, b: date, lang: str) -> str:
    sep = "至" if lang == "zh" else " – "
    return write_date(a, lang, weekday=False) + sep + write_date(b, lang, weekday=False)


def write_number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"
