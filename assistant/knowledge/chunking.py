"""Structure-aware chunks sized in tokens: a chunk never crosses a heading, keeps its heading path, keeps a
table whole where it fits, and is an exact slice of the document's text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.knowledge.formats import Block, ParsedDoc
from assistant.llm.tokens import count_tokens

MAX_TOKENS = 320
TABLE_MAX_TOKENS = 640  # a table up to this size stays whole
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"(?<=[。！？；.!?])\s*")


@dataclass
class Chunk:
    ordinal: int
    start: int
    end: int
    heading: str  # heading path, "A › B"
    text: str
    lang: str  # zh | en | mixed
    tokens: int


def text_lang(text: str) -> str:
    han = len(_HAN.findall(text))
    letters = sum(ch.isalpha() for ch in text) or 1
    share = han / letters
    return "zh" if share >= 0.5 else "en" if share <= 0.1 else "mixed"


def _pieces(doc: ParsedDoc, block: Block, limit: int) -> list[tuple[int, int]]:
    """A block that is too long, cut at sentence (or row) ends into spans of at most ``limit`` tokens."""
    text = doc.text[block.start : block.end]
    if count_tokens(text) <= limit:
        return [(block.start, block.end)]
    cuts = [
        m.end() for m in (re.finditer(r"\n", text) if block.kind == "table" else _SENTENCE_END.finditer(text))
    ]
    spans, begin, last = [], 0, 0
    for cut in [*cuts, len(text)]:
        if cut <= begin:
            continue
        if count_tokens(text[begin:cut]) > limit and last > begin:
            spans.append((begin, last))
            begin = last
        last = cut
    spans.append((begin, len(text)))
    out = []
    for a, b in spans:  # a single over-long sentence: cut by characters
        while count_tokens(text[a:b]) > limit * 1.5:
            step = max(50, (b - a) // 2)
            out.append((a, a + step))
            a += step
        out.append((a, b))
    return [(block.start + a, block.start + b) for a, b in out if text[a:b].strip()]


def chunk(doc: ParsedDoc, max_tokens: int = MAX_TOKENS) -> list[Chunk]:
    chunks: list[Chunk] = []
    path: list[tuple[int, str]] = []
    current: list[tuple[int, int]] = []
    used = 0

    def flush() -> None:
        nonlocal current, used
        if current:
            start, end = current[0][0], current[-1][1]
            text = doc.text[start:end]
            heading = " › ".join(h for _, h in path)
            chunks.append(
                Chunk(len(chunks), start, end, heading, text, text_lang(heading + text), count_tokens(text))
            )
        current, used = [], 0

    for block in doc.blocks:
        if block.kind == "heading":
            flush()
            while path and path[-1][0] >= block.level:
                path.pop()
            path.append((block.level, doc.text[block.start : block.end].strip()))
            continue
        limit = TABLE_MAX_TOKENS if block.kind == "table" else max_tokens
        for start, end in _pieces(doc, block, limit):
            tokens = count_tokens(doc.text[start:end])
            if current and used + tokens > limit:
                flush()
            current.append((start, end))
            used += tokens
            if block.kind == "table":
                flush()
    flush()
    return chunks
