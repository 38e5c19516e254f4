"""Keyword search: BM25 (bm25s) over the indexed chunks, with jieba for Chinese and words for English."""

from __future__ import annotations

import logging
import re
from functools import cache

import numpy as np

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "was",
        "were",
        "do",
        "does",
        "did",
        "how",
        "what",
        "when",
        "who",
        "which",
        "why",
        "my",
        "our",
        "your",
        "i",
        "we",
        "you",
        "it",
        "its",
        "at",
        "by",
        "with",
        "from",
        "this",
        "that",
        "as",
        "can",
        "will",
        "would",
        "should",
        "if",
        "not",
        "no",
        "any",
        "me",
    ]
) | frozenset(
    [
        "的",
        "了",
        "吗",
        "呢",
        "是",
        "在",
        "和",
        "与",
        "我",
        "我们",
        "你",
        "会",
        "要",
        "怎么",
        "什么",
        "多少",
        "哪些",
        "如何",
        "吧",
        "啊",
        "也",
        "都",
        "就",
        "还",
        "把",
        "被",
    ]
)


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """jieba's segmentation of ``text``: (word, start, end)."""
    return list(_jieba().tokenize(text))


def is_word(text: str) -> bool:
    """Whether jieba's dictionary has ``text`` as a word of its own."""
    return bool(_jieba().dt.FREQ.get(text))


def _stem(word: str) -> str:
    """A light English stemmer: plurals and a few verb endings."""
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def stems(text: str) -> list[str]:
    """The English words of ``text``, stemmed, without stop words (hyphenated words kept whole)."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]


def tokenize(text: str) -> list[str]:
    low = text.lower()
    tokens = []
    for w in _WORD.findall(low):
        if w in _STOP:
            continue
        tokens.append(_stem(w))
        if "-" in w:
            tokens += [_stem(p) for p in w.split("-") if p and p not in _STOP]
    for run in _HAN_RUN.findall(text):
        tokens += [t for t in _jieba().lcut_for_search(run) if t.strip() and t not in _STOP]
    return tokens


class KeywordIndex:
    """BM25 over a fixed list of chunk ids and texts (rebuilt when the index changes)."""

    def __init__(self, ids: list[str], texts: list[str]) -> None:
        import bm25s

        self.ids = ids
        self.position = {cid: i for i, cid in enumerate(ids)}
        self.retriever = bm25s.BM25() if ids else None
        if self.retriever is not None:
            self.retriever.index([tokenize(t) or ["∅"] for t in texts], show_progress=False)

    def mask(self, allowed: set[str]) -> np.ndarray:
        out = np.zeros(len(self.ids), dtype=bool)
        out[[self.position[c] for c in allowed if c in self.position]] = True
        return out

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(chunk id, BM25 score), best first; only chunks where ``mask`` is true (None: all) count."""
        tokens = tokenize(query)
        if not tokens or self.retriever is None:
            return []
        scores = np.asarray(self.retriever.get_scores(tokens), dtype=np.float32)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
