"""Traditional Chinese read as Simplified, character by character (OpenCC's tables, bundled with the package),
and Latin letters read without their accents ("Lucía García" as "Lucia Garcia"): the text keeps its length, so
a position in the text as read is the same position in the original."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import opencc

_HAN_START = 0x2E80


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified form (same length)."""
    return "".join(
        _char(ch) if ord(ch) >= _HAN_START and not 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text
    )


@cache
def _bare(ch: str) -> str:
    parts = unicodedata.normalize("NFKD", ch)
    if parts[0].isascii() and parts[0].isalpha() and all(unicodedata.combining(c) for c in parts[1:]):
        return parts[0]
    return ch


def unaccented(text: str) -> str:
    """``text`` with each accented Latin letter replaced by its bare letter (same length)."""
    return "".join(_bare(ch) if 0xC0 <= ord(ch) < 0x250 else ch for ch in text)


_FINANCIAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
# a run of the numerals cheques and contracts use ("人民币壹佰元"): two or more, or one before an amount unit, so
# that 陆 and 伍 as family names stay as they are
_FINANCIAL_RUN = re.compile(
    r"[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]{2,}|[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟](?=[元圆圓万萬])"
)


def financial(text: str) -> str:
    """``text`` with runs of financial numerals (壹佰) in their everyday form (一百), same length."""
    return _FINANCIAL_RUN.sub(lambda m: m.group().translate(_FINANCIAL), text)


def as_read(text: str) -> str:
    """The form the checks read a text in: Simplified characters, everyday numerals, Latin letters without
    accents."""
    return unaccented(financial(simplified(text)))
