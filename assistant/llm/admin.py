"""The LLM service for HR admins: is the configured endpoint usable, and for what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.access.actor import Actor
from assistant.access.gate import require_admin
from assistant.llm.check import CheckReport as EndpointReport
from assistant.llm.check import check_endpoint

if TYPE_CHECKING:
    from assistant.core import Core


class LlmService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def check(self, actor: Actor | None) -> EndpointReport | None:
        """The endpoint check of `llm check`; None when no endpoint is configured."""
        with self.core.db.session() as s:
            require_admin(s, actor)
        return check_endpoint(self.core.settings) if self.core.settings.llm.base_url else None
