"""Query expansion with the zh<->en HR glossary (``knowledge/glossary.yaml``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

GLOSSARY = Path(__file__).resolve().parents[2] / "knowledge" / "glossary.yaml"


@cache
def _entries() -> list[tuple[list[str], list[str]]]:
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    return [([str(z) for z in e["zh"]], [str(x) for x in e["en"]]) for e in data]


def expand(query: str) -> str:
    """The query plus the other language's terms for every glossary term it contains."""
    low = query.lower()
    extra: list[str] = []
    for zh, en in _entries():
        if any(z.lower() in low for z in zh):
            extra += en
        if any(f" {e.lower()} " in f" {low} " or (len(e) > 4 and e.lower() in low) for e in en):
            extra += zh
    return f"{query} {' '.join(dict.fromkeys(extra))}" if extra else query
