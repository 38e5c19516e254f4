"""The root object the CLI, the web app and the evals hold. It owns the :class:`Core` and exposes one service
per capability; it holds no capability logic. A caller resolves the acting user once per request
(:meth:`Assistant.actor`) and passes the :class:`Actor` to the services."""

from __future__ import annotations

import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.access.actor import Actor
from assistant.access.audit import AuditService
from assistant.accounts.service import AccountService
from assistant.core import Core
from assistant.hris.service import HrisService
from assistant.settings import Settings, load_settings

if TYPE_CHECKING:
    from assistant.analytics.service import AnalyticsService
    from assistant.coaching.service import CoachingService
    from assistant.drafting.service import DraftingService
    from assistant.knowledge.service import KnowledgeService
    from assistant.llm.admin import LlmService
    from assistant.okr.service import OkrService


class Assistant:
    def __init__(self, settings: Settings) -> None:
        self.core = Core(settings)

    @classmethod
    def open(cls, home: Path | None = None, **overrides: Any) -> Assistant:
        return cls(load_settings(home, **overrides))

    @property
    def settings(self) -> Settings:
        return self.core.settings

    def actor(self, employee_id: str) -> Actor:
        return self.core.actor(employee_id)

    @cached_property
    def accounts(self) -> AccountService:
        return AccountService(self.core)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.core)

    @cached_property
    def hris(self) -> HrisService:
        return HrisService(self.core)

    @cached_property
    def knowledge(self) -> KnowledgeService:
        from assistant.knowledge.service import (
            KnowledgeService,  # chroma and the embedding load only when used
        )

        return KnowledgeService(self.core)

    @cached_property
    def okr(self) -> OkrService:
        from assistant.okr.service import OkrService

        return OkrService(self.core)

    @cached_property
    def coaching(self) -> CoachingService:
        from assistant.coaching.service import CoachingService

        return CoachingService(self.core, self.knowledge, self.okr)

    @cached_property
    def drafting(self) -> DraftingService:
        from assistant.drafting.service import DraftingService

        return DraftingService(self.core, self.knowledge)

    @cached_property
    def analytics(self) -> AnalyticsService:
        from assistant.analytics.service import AnalyticsService

        return AnalyticsService(self.core, self.okr)

    @cached_property
    def llm(self) -> LlmService:
        from assistant.llm.admin import LlmService

        return LlmService(self.core)

    def warm_up(self) -> None:
        """Repair the vector index after a crash, start checking the current cycle's OKR sets in the background
        (okr-health), then load the embedding model, the keyword index and the checker once, before the first
        user waits."""
        self.knowledge.ingestor.reconcile()
        threading.Thread(target=self.analytics.precheck, name="okr-precheck", daemon=True).start()
        self.knowledge.ask("OKR", None)
        self.okr.check("O1: Warm up\n- KR1: Raise NPS from 40 to 45", None, rewrites=False)
