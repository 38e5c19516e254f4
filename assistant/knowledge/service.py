"""The knowledge base as the rest of the program sees it: ingest, search, ask, status."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from assistant.access.repository import HRData
from assistant.access.viewer import Viewer, load_viewer
from assistant.hris.db import Database
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument
from assistant.knowledge.answering import KnowledgeAnswerer
from assistant.knowledge.embedding import Embedder
from assistant.knowledge.ingest import Ingestor
from assistant.knowledge.records import RecordPassage, record_passages
from assistant.knowledge.retrieval import Retriever
from assistant.knowledge.store import VectorStore
from assistant.llm import Generator
from assistant.settings import Settings


class KnowledgeBase:
    def __init__(self, settings: Settings, db: Database, embedder: Embedder) -> None:
        self.settings, self.db, self.embedder = settings, db, embedder

    @cached_property
    def store(self) -> VectorStore:
        return VectorStore(self.settings)

    @cached_property
    def ingestor(self) -> Ingestor:
        return Ingestor(self.db, self.store, self.embedder, self.settings.max_upload_mb)

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.db, self.store, self.embedder)

    @cached_property
    def answerer(self) -> KnowledgeAnswerer:
        generator = Generator(self.settings, self.db)
        return KnowledgeAnswerer(
            self.retriever, self.embedder, generator, self.settings.hr_contact, self._records
        )

    def _records(self, question: str, viewer: Viewer) -> list[RecordPassage]:
        """Past-cycle records for the question, read through the access layer as ``viewer``."""
        with self.db.session() as s:
            data = HRData(s, load_viewer(s, viewer.employee_id), self.settings.okr_visibility)
            return record_passages(data, question, self.embedder, date.today())

    def passage_containing(self, source: str, quote: str, viewer: Viewer | None) -> str | None:
        """The chunk of ``source`` that contains ``quote``, when ``viewer`` may see the document; records
        (``hris://``) are their own passage."""
        if source.startswith("hris://"):
            return quote
        scopes, _ = self.retriever.allowed_scopes(viewer)
        with self.db.session() as s:
            doc = s.get(KnowledgeDocument, source)
            if doc is None or doc.scope not in scopes:
                return None
            for chunk in s.exec(select(KnowledgeChunk).where(KnowledgeChunk.document_path == source)):
                if quote in chunk.text:
                    return chunk.text
        return None

    def status(self) -> dict[str, Any]:
        with self.db.session() as s:
            docs = s.exec(select(func.count()).select_from(KnowledgeDocument)).one()
            chunks = s.exec(select(func.count()).select_from(KnowledgeChunk)).one()
            langs = dict(
                s.exec(select(KnowledgeChunk.lang, func.count()).group_by(KnowledgeChunk.lang)).all()
            )
            last = s.exec(select(func.max(KnowledgeDocument.ingested_at))).one()
            pending = s.exec(
                select(func.count())
                .select_from(KnowledgeDocument)
                .where(KnowledgeDocument.status == "pending")
            ).one()
        return {"documents": docs, "chunks": chunks, "languages": langs, "pending": pending,
                "last_build": last.isoformat() if last else None}  # fmt: skip
