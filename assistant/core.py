"""What every service shares: settings, the database, the embedder and the generator, plus the two ways to
act as a user: resolve an :class:`Actor` once per request, and read the HRIS through the access layer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import select

from assistant.access import audit
from assistant.access.actor import Actor, resolve_actor
from assistant.access.repository import HRData
from assistant.access.writes import ScopedWrites
from assistant.hris.db import Database
from assistant.hris.models import Employee
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.knowledge.embedding import Embedder
    from assistant.llm import Generator


class Core:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db = Database(settings.database_url or "")
        self.data_version = 0  # bumped by imports in this process: caches of HRIS data key on it

    def data_changed(self) -> None:
        """After an import: this process's caches of HRIS data are stale, and the planner's statistics are
        refreshed (what the database derived from the old data went in the import's own commit)."""
        self.data_version += 1
        self.db.data_changed()

    @cached_property
    def embedder(self) -> Embedder:
        """The offline embedding, with its cache by content: shared by every service."""
        from assistant.knowledge.embedding import Embedder

        assert self.settings.cache_dir is not None
        return Embedder(self.settings.cache_dir / "embeddings.sqlite")

    @cached_property
    def generator(self) -> Generator:
        """Text generation: the configured LLM with verification and fallback, or the offline engine."""
        from assistant.llm import Generator

        self.ensure_schema()  # the LLM's usage is logged in the database
        return Generator(self.settings, self.db)

    def ensure_schema(self) -> int:
        return self.db.create_or_upgrade()

    def has_data(self) -> bool:
        if self.db.is_empty():
            return False
        self.db.schema_version()
        with self.db.session() as s:
            return bool(s.exec(select(func.count()).select_from(Employee)).one())

    def actor(self, employee_id: str) -> Actor:
        """The acting user with their role and scope: resolved once per request and passed to the services."""
        with self.db.session() as s:
            return resolve_actor(s, employee_id)

    @contextmanager
    def data(self, actor: Actor) -> Iterator[HRData]:
        """Scoped reads of the HRIS as ``actor``."""
        self.ensure_schema()
        with self.db.session() as s:
            data = HRData(
                s, actor, self.settings.okr.visibility, self.settings.privacy.peer_reviewers_visible
            )
            try:
                yield data
            finally:
                if data.reads:  # who read whose private records (never what they said), kept for a while
                    with self.db.transaction() as w:
                        audit.record(w, actor, data.reads, self.settings.privacy.audit_retention_days)

    @contextmanager
    def writes(self, actor: Actor) -> Iterator[ScopedWrites]:
        """Scoped writes as ``actor``, committed together."""
        self.ensure_schema()
        with self.db.transaction() as s:
            yield ScopedWrites(s, actor)
