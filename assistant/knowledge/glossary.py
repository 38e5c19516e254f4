"""Query translation with the zh<->en HR glossary (``knowledge/glossary.yaml``).

Chinese glossary terms match as substrings of the question; English ones as whole words after the keyword
tokeniser's stemming, so that "promotions?" finds "promotion" but "level" does not fire inside "develop"."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from assistant.knowledge.keyword import stems

GLOSSARY = Path(__file__).resolve().parents[2] / "knowledge" / "glossary.yaml"
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _entries() -> list[tuple[list[str], list[str], list[str]]]:
    """(zh terms, en terms, the en terms as stemmed word sequences " a b ")."""
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    out = []
    for e in data:
        zh, en = [str(z) for z in e["zh"]], [str(x) for x in e["en"]]
        out.append((zh, en, [f" {' '.join(s)} " for x in en if (s := stems(x))]))
    return out


def translate(query: str) -> str:
    """The other language's terms for every glossary term the query contains (empty when there are none)."""
    low = query.lower()
    words = f" {' '.join(stems(query))} "
    extra: list[str] = []
    for zh, en, en_stems in _entries():
        if any(z.lower() in low for z in zh if _HAN.search(z)):
            extra += en
        if any(s in words for s in en_stems):
            extra += zh
    return " ".join(dict.fromkeys(extra))


def expand(query: str) -> str:
    """The query plus the other language's terms for every glossary term it contains."""
    extra = translate(query)
    return f"{query} {extra}" if extra else query
