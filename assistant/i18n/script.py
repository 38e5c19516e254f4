"""Traditional Chinese read as Simplified, character by character (OpenCC's tables, bundled with the package):
the text keeps its length, so a position in the simplified text is the same position in the original."""

from __future__ import annotations

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
