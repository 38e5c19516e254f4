"""Loads ``catalog.yaml`` once and renders entries in zh or en."""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

Lang = Literal["zh", "en"]
_FOLDER = Path(__file__).parent  # catalog.yaml plus one file per feature (okr.yaml…), one key space
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _entries() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for path in sorted(_FOLDER.glob("*.yaml")):
        for key, entry in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            if str(key) in out:
                raise ValueError(f"catalogue key {key!r} is defined twice ({path.name})")
            out[str(key)] = entry
    return out


def catalog_keys() -> list[str]:
    return sorted(_entries())


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def t(key: str, lang: Lang = "en", /, **params: Any) -> str:
    """The catalogue text for ``key`` in ``lang`` with ``params`` filled in."""
    entry = _entries().get(key)
    if entry is None:
        raise KeyError(f"no catalogue entry {key!r}")
    return entry[lang].format(**params)


def detect_lang(text: str) -> Lang:
    """'zh' when at least one in five letters is a Han character, else 'en'."""
    han = len(_HAN.findall(text))
    letters = sum(ch.isalpha() for ch in text)
    return "zh" if letters and han / letters >= 0.2 else "en"
