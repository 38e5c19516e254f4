"""Hybrid retrieval: dense vectors (Chroma) and BM25 keywords, fused by reciprocal rank, with glossary
translation. Documents ingested with a narrower scope are filtered out before ranking.

Three ranked lists are fused: dense, BM25 on the question as asked, and BM25 on the question plus the
glossary translation of its terms (which is how a Chinese question reaches an English passage by keyword).
Keeping the untranslated list stops a long English question's many translated terms from flooding the
results with Chinese passages. Each chunk also gets a document prior: the rank of its document among the
dense list's documents, so that a chunk found by keyword in the document the dense side likes best rises
(cross-lingual dense often finds the right document but not the right chunk)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from sqlalchemy import func
from sqlmodel import select

from assistant.access.actor import Actor
from assistant.access.gate import document_scopes
from assistant.hris.db import Database
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument
from assistant.knowledge.bridge import senses
from assistant.knowledge.embedding import Embedder
from assistant.knowledge.glossary import expand
from assistant.knowledge.ingest import iter_indexed
from assistant.knowledge.keyword import KeywordIndex
from assistant.knowledge.store import VectorStore

Mode = Literal["hybrid", "dense", "keyword"]
RRF_K = 10  # small: the first places of each list count for much more than the tail
CANDIDATES = 60
DOC_WEIGHT = 1.0  # the document prior, as one more list ranked by document
NEAREST = 3  # Hits.nearest: a question the documents cover has a few related chunks, not one chance match


@dataclass
class _Snapshot:
    generation: tuple[int, object]  # (indexed documents, last ingest time)
    index: KeywordIndex
    doc_of: dict[str, str]  # chunk id -> document path
    masks: dict[tuple[str, ...], np.ndarray | None] = field(default_factory=dict)  # per scope set


@dataclass
class Hit:
    chunk: KnowledgeChunk
    document: KnowledgeDocument
    score: float  # fused (RRF)
    dense: float | None = None  # cosine similarity, when the dense side found it
    keyword: float | None = None  # BM25 score, when the keyword side found it


class Hits(list[Hit]):
    """Search results, best first; the cosines of the NEAREST closest chunks (``nearest``, empty without a dense
    search); and how many chunks were searched (``searched``): chance matches grow with that number, which the
    refusal rule corrects for."""

    nearest: tuple[float, ...] = ()
    searched: int = 0


class Retriever:
    def __init__(self, db: Database, store: VectorStore, embedder: Embedder) -> None:
        self.db, self.store, self.embedder = db, store, embedder
        self._snapshot: _Snapshot | None = None
        self._lock = threading.Lock()

    def _index(self) -> _Snapshot:
        """The keyword index of the indexed chunks as they are now, with its own masks: requests served at the
        same time share one snapshot, and a mask is only ever applied to the index it was computed for."""
        with self.db.session() as s:
            generation = s.exec(
                select(func.count(), func.max(KnowledgeDocument.ingested_at)).where(
                    KnowledgeDocument.status == "indexed"
                )
            ).one()
        with self._lock:
            if self._snapshot is None or generation != self._snapshot.generation:
                rows = list(iter_indexed(self.db))
                index = KeywordIndex(
                    [c.id for c, _ in rows], [f"{d.title} {c.heading}\n{c.text}" for c, d in rows]
                )
                self._snapshot = _Snapshot(generation, index, {c.id: d.path for c, d in rows})
            return self._snapshot

    def search(self, query: str, actor: Actor | None, k: int = 8, mode: Mode = "hybrid") -> Hits:
        with self.db.session() as s:
            scopes, unfiltered = document_scopes(s, actor)
        ranks: dict[str, float] = {}
        dense: dict[str, float] = {}
        keyword: dict[str, float] = {}

        def fuse(ranked: list[str], weight: float = 1.0) -> None:
            for rank, cid in enumerate(ranked):
                ranks[cid] = ranks.get(cid, 0.0) + weight / (RRF_K + rank + 1)

        if mode in ("hybrid", "dense"):
            vector = self.embedder.query(query)
            # no scope filter when every scope is allowed: filters slow Chroma down
            found = self.store.query(vector, CANDIDATES, None if unfiltered else scopes)
            dense = dict(found)
            fuse([cid for cid, _ in found])
        snapshot = self._index()
        if mode in ("hybrid", "keyword"):
            key = tuple(scopes)
            if key not in snapshot.masks:  # per scope set, until the index changes
                snapshot.masks[key] = (
                    None if unfiltered else snapshot.index.mask(self._allowed_chunks(scopes))
                )
            mask = snapshot.masks[key]
            for found_kw in (
                snapshot.index.search(q, CANDIDATES, mask) for q in self._keyword_queries(query)
            ):
                keyword.update({cid: score for cid, score in found_kw if cid not in keyword})
                fuse([cid for cid, _ in found_kw])
        if mode == "hybrid" and dense:  # the document prior
            doc_rank: dict[str, int] = {}
            for cid in dense:  # best first
                doc = snapshot.doc_of.get(cid)
                if doc is not None and doc not in doc_rank:
                    doc_rank[doc] = len(doc_rank)
            for cid in ranks:
                doc = snapshot.doc_of.get(cid)
                if doc in doc_rank:
                    ranks[cid] += DOC_WEIGHT / (RRF_K + doc_rank[doc] + 1)
        best = sorted(ranks, key=lambda c: -ranks[c])
        # always by the allowed scopes: "unfiltered" was true of the index as it was when the search began, and
        # a document of a new scope may have been committed since (its vectors reach Chroma first)
        rows = self._rows(best[: k * 3], scopes)
        hits = Hits(
            Hit(rows[c][0], rows[c][1], ranks[c], dense.get(c), keyword.get(c)) for c in best if c in rows
        )
        del hits[k:]
        hits.nearest = tuple(sorted(dense.values(), reverse=True)[:NEAREST])
        hits.searched = len(snapshot.doc_of)  # every indexed chunk: chance matches grow with their number
        return hits

    @staticmethod
    def _keyword_queries(query: str) -> list[str]:
        """The question as asked; with its glossary terms translated; and, for a Chinese question, with the
        dictionary senses of its words (a list of its own, so that their noise cannot drown the glossary's)."""
        extra = senses(query)
        return [query, expand(query)] + ([f"{query} {extra}"] if extra else [])

    def _allowed_chunks(self, scopes: list[str]) -> set[str]:
        with self.db.session() as s:
            return set(
                s.exec(
                    select(KnowledgeChunk.id)
                    .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                    .where(KnowledgeDocument.status == "indexed", KnowledgeDocument.scope.in_(scopes))
                )
            )

    def _rows(self, ids: list[str], scopes: list[str]) -> dict[str, tuple[KnowledgeChunk, KnowledgeDocument]]:
        """Chunks of indexed documents only (what a crashed ingest left in Chroma is never shown), and of the
        allowed scopes only, whatever the indexes returned."""
        if not ids:
            return {}
        with self.db.session() as s:
            rows = s.exec(
                select(KnowledgeChunk, KnowledgeDocument)
                .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                .where(KnowledgeChunk.id.in_(ids), KnowledgeDocument.status == "indexed",  # type: ignore[attr-defined]
                       KnowledgeDocument.scope.in_(scopes))  # type: ignore[attr-defined]
            ).all()  # fmt: skip
        return {c.id: (c, d) for c, d in rows}
