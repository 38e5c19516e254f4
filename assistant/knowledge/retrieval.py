"""Hybrid retrieval: dense vectors (Chroma) and BM25 keywords, fused by reciprocal rank, with glossary
expansion. Documents ingested with a narrower scope are filtered out before ranking."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from sqlalchemy import func
from sqlmodel import select

from assistant.access.scope import descendants, invert
from assistant.access.viewer import Viewer
from assistant.hris.db import Database
from assistant.hris.models import Employee, KnowledgeChunk, KnowledgeDocument, OrgUnit
from assistant.knowledge.embedding import Embedder
from assistant.knowledge.glossary import expand
from assistant.knowledge.ingest import iter_indexed
from assistant.knowledge.keyword import KeywordIndex
from assistant.knowledge.store import VectorStore

Mode = Literal["hybrid", "dense", "keyword"]
RRF_K = 60
CANDIDATES = 40


@dataclass
class Hit:
    chunk: KnowledgeChunk
    document: KnowledgeDocument
    score: float  # fused (RRF)
    dense: float | None = None  # cosine similarity, when the dense side found it
    keyword: float | None = None  # BM25 score, when the keyword side found it


def visible(scope: str, viewer: Viewer | None, unit: str | None, units_under: dict[str, set[str]]) -> bool:
    """Whether a document ingested with ``scope`` may be shown to ``viewer``."""
    if scope == "all":
        return True
    if viewer is None:
        return False
    if viewer.role == "hr_admin":
        return True
    kind, _, values = scope.partition(":")
    wanted = {v.strip() for v in values.split(",") if v.strip()}
    if kind == "role":
        return viewer.role in wanted
    if kind == "unit":
        return unit is not None and any(unit in units_under.get(w, {w}) for w in wanted)
    return False


class Retriever:
    def __init__(self, db: Database, store: VectorStore, embedder: Embedder) -> None:
        self.db, self.store, self.embedder = db, store, embedder
        self._keyword: KeywordIndex | None = None
        self._generation: tuple[int, object] | None = None
        self._masks: dict[tuple[str, ...], np.ndarray | None] = {}

    def _index(self) -> KeywordIndex:
        with self.db.session() as s:
            generation = s.exec(
                select(func.count(), func.max(KnowledgeDocument.ingested_at)).where(
                    KnowledgeDocument.status == "indexed"
                )
            ).one()
        if self._keyword is None or generation != self._generation:
            rows = list(iter_indexed(self.db))
            self._keyword = KeywordIndex(
                [c.id for c, _ in rows], [f"{d.title} {c.heading}\n{c.text}" for c, d in rows]
            )
            self._generation = generation
            self._masks = {}
        return self._keyword

    def allowed_scopes(self, viewer: Viewer | None) -> tuple[list[str], bool]:
        """The document scopes ``viewer`` may see, and whether that is every scope in the index."""
        with self.db.session() as s:
            scopes = sorted(set(s.exec(select(KnowledgeDocument.scope).distinct())))
            unit = s.get(Employee, viewer.employee_id).org_unit_id if viewer else None  # type: ignore[union-attr]
            parents = dict(s.exec(select(OrgUnit.id, OrgUnit.parent_id)).all())
        tree = invert(parents)
        under = {u: {u} | descendants(tree, [u]) for u in parents}
        allowed = [sc for sc in scopes if visible(sc, viewer, unit, under)]
        return allowed, len(allowed) == len(scopes)

    def search(self, query: str, viewer: Viewer | None, k: int = 8, mode: Mode = "hybrid") -> list[Hit]:
        scopes, unfiltered = self.allowed_scopes(viewer)
        expanded = expand(query)
        ranks: dict[str, float] = {}
        dense: dict[str, float] = {}
        keyword: dict[str, float] = {}
        if mode in ("hybrid", "dense"):
            vector = self.embedder.query(query)
            for rank, (cid, sim) in enumerate(
                self.store.query(
                    vector, CANDIDATES, None if unfiltered else scopes
                )  # filters slow Chroma down
            ):
                dense[cid] = sim
                ranks[cid] = ranks.get(cid, 0.0) + 1 / (RRF_K + rank + 1)
        if mode in ("hybrid", "keyword"):
            index = self._index()
            key = tuple(scopes)
            if key not in self._masks:  # per scope set, until the index changes
                self._masks[key] = None if unfiltered else index.mask(self._allowed_chunks(scopes))
            for rank, (cid, score) in enumerate(index.search(expanded, CANDIDATES, self._masks[key])):
                keyword[cid] = score
                ranks[cid] = ranks.get(cid, 0.0) + 1 / (RRF_K + rank + 1)
        best = sorted(ranks, key=lambda c: -ranks[c])
        rows = self._rows(best[: k * 3])
        hits = [
            Hit(rows[c][0], rows[c][1], ranks[c], dense.get(c), keyword.get(c)) for c in best if c in rows
        ]
        return hits[:k]

    def _allowed_chunks(self, scopes: list[str]) -> set[str]:
        with self.db.session() as s:
            return set(
                s.exec(
                    select(KnowledgeChunk.id)
                    .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                    .where(KnowledgeDocument.status == "indexed", KnowledgeDocument.scope.in_(scopes))
                )
            )

    def _rows(self, ids: list[str]) -> dict[str, tuple[KnowledgeChunk, KnowledgeDocument]]:
        """Chunks of indexed documents only: what a crashed ingest left in Chroma is never shown."""
        if not ids:
            return {}
        with self.db.session() as s:
            rows = s.exec(
                select(KnowledgeChunk, KnowledgeDocument)
                .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                .where(KnowledgeChunk.id.in_(ids), KnowledgeDocument.status == "indexed")
            ).all()
        return {c.id: (c, d) for c, d in rows}
