"""The knowledge service: ingest (HR admins), ask with citations or refuse, look up a cited passage, index
status, answer feedback. Every call takes the acting user, resolved once by the caller."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from sqlalchemy import func
from sqlmodel import select

from assistant.access.actor import Actor
from assistant.access.gate import document_scopes, require_admin
from assistant.errors import InputError, Problem
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument
from assistant.knowledge.answering import AskResult, Conversation, KnowledgeAnswerer
from assistant.knowledge.ingest import FileResult, Ingestor, Progress
from assistant.knowledge.records import Records, record_passages
from assistant.knowledge.retrieval import Retriever
from assistant.knowledge.store import VectorStore

if TYPE_CHECKING:
    from assistant.core import Core

SUGGESTED = Path(__file__).resolve().parents[2] / "knowledge" / "suggested_questions.yaml"


class KnowledgeService:
    def __init__(self, core: Core) -> None:
        self.core = core
        core.ensure_schema()
        self._suggested: dict[tuple[str, str], tuple[Any, list[str]]] = {}

    @cached_property
    def store(self) -> VectorStore:
        return VectorStore(self.core.settings)

    @cached_property
    def ingestor(self) -> Ingestor:
        return Ingestor(self.core.db, self.store, self.core.embedder, self.core.settings.limits.upload_mb)

    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.core.db, self.store, self.core.embedder)

    @cached_property
    def answerer(self) -> KnowledgeAnswerer:
        return KnowledgeAnswerer(self.retriever, self.core.embedder, self.core.generator,
                                 self.core.settings.hr_contact, self._records)  # fmt: skip

    def _records(self, question: str, actor: Actor, lang: Literal["zh", "en"]) -> Records:
        """Past-cycle records for the question, read through the access layer as ``actor``."""
        with self.core.data(actor) as data:
            return record_passages(data, question, self.core.embedder, date.today(), lang)

    # --- what users call ---------------------------------------------------------------------
    def ingest(
        self, paths: list[str], actor: Actor | None, scope: str = "all", progress: Progress | None = None
    ) -> list[FileResult]:
        """Add documents to the knowledge base (HR admins)."""
        self.require_admin(actor)
        return self.ingestor.ingest(paths, scope, progress)

    def rebuild(self, actor: Actor | None, progress: Progress | None = None) -> list[FileResult]:
        """Index again the documents an earlier parser or chunker indexed (HR admins)."""
        self.require_admin(actor)
        return self.ingestor.rebuild(progress)

    def require_admin(self, actor: Actor | None) -> None:
        with self.core.db.session() as s:
            require_admin(s, actor)

    def ask(
        self, question: str, actor: Actor | None, lang: Literal["zh", "en"] | None = None,
        conversation: Conversation | None = None,
    ) -> AskResult:  # fmt: skip
        """Answer from the documents the user may see, with citations, or refuse."""
        if not question.strip():
            raise InputError([Problem("", "", "question", "problem.empty_question")])
        return self.answerer.ask(question.strip(), actor, lang, conversation)

    def ask_stream(
        self, question: str, actor: Actor | None, lang: Literal["zh", "en"] | None = None,
        conversation: Conversation | None = None,
    ) -> Iterator[str | AskResult]:  # fmt: skip
        """The answer as text pieces (verified text only), then the whole result."""
        from assistant.llm.service import pieces

        result = self.ask(question, actor, lang, conversation)
        yield from pieces(result.answer)
        yield result

    def suggestions(self, actor: Actor, lang: Literal["zh", "en"], limit: int = 4) -> list[str]:
        """Questions for the first screen that the documents this user may see do answer (asked once as the
        user, then kept until the index changes)."""
        version = self._index_version()
        key = (actor.employee_id, lang)
        cached = self._suggested.get(key)
        if cached is None or cached[0] != version:
            pool = (
                yaml.safe_load(SUGGESTED.read_text(encoding="utf-8")).get(str(actor.role), {}).get(lang, [])
            )
            answered = []
            for question in pool:
                result = self.answerer.ask(question, actor, lang)
                if not result.refused and any(not c.source.startswith("hris://") for c in result.citations):
                    answered.append(question)
                if len(answered) == limit:
                    break
            if len(self._suggested) > 1000:
                self._suggested.clear()
            cached = self._suggested[key] = (version, answered)
        return cached[1]

    def _index_version(self) -> Any:
        with self.core.db.session() as s:
            return s.exec(select(func.count(), func.max(KnowledgeDocument.ingested_at))
                          .select_from(KnowledgeDocument)).one()  # fmt: skip

    def record_feedback(self, actor: Actor, question: str, result: AskResult, helpful: bool) -> None:
        with self.core.writes(actor) as w:
            w.answer_feedback(
                question, result.answer, [c.source for c in result.citations], result.engine, helpful
            )

    def passage_containing(self, source: str, quote: str, actor: Actor | None) -> str | None:
        """The chunk of ``source`` that contains ``quote``, when ``actor`` may see the document; records
        (``hris://``) are their own passage."""
        if source.startswith("hris://"):
            return quote
        with self.core.db.session() as s:
            scopes, _ = document_scopes(s, actor)
            doc = s.get(KnowledgeDocument, source)
            if doc is None or doc.scope not in scopes:
                return None
            for chunk in s.exec(select(KnowledgeChunk).where(KnowledgeChunk.document_path == source)):
                if quote in chunk.text:
                    return chunk.text
        return None

    def status(self, actor: Actor | None) -> dict[str, Any]:
        """Index size and state (HR admins)."""
        self.require_admin(actor)
        with self.core.db.session() as s:
            docs = s.exec(select(func.count()).select_from(KnowledgeDocument)).one()
            chunks = s.exec(select(func.count()).select_from(KnowledgeChunk)).one()
            langs = dict(
                s.exec(select(KnowledgeChunk.lang, func.count()).group_by(KnowledgeChunk.lang)).all()
            )
            last = s.exec(select(func.max(KnowledgeDocument.ingested_at))).one()
            pending = s.exec(select(func.count()).select_from(KnowledgeDocument)
                             .where(KnowledgeDocument.status == "pending")).one()  # fmt: skip
        return {"documents": docs, "chunks": chunks, "vectors": self.store.count(), "languages": langs,
                "pending": pending, "stale": len(self.ingestor.stale()),
                "last_build": last.isoformat() if last else None}  # fmt: skip
