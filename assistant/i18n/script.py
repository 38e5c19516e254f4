"""Traditional Chinese read as Simplified, character by character (OpenCC's tables, bundled with the package),
and Latin letters read without their accents ("Lucía García" as "Lucia Garcia"): the text keeps its length, so
a position in the text as read is the same position in the original."""

from __future__ import annotations

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


def as_read(text: str) -> str:
    """The form the checks read a text in: Simplified characters, Latin letters without accents."""
    return unaccented(simplified(text))
