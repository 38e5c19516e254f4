"""What every command needs: the API object, the acting user, the language, and how to print."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.access.actor import Actor
from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang, t


@dataclass
class CliContext:
    assistant: Assistant
    as_user: str | None
    lang_option: Lang | None

    _actor: Actor | None = field(default=None, init=False, repr=False)

    @property
    def lang(self) -> Lang:
        if self.lang_option:
            return self.lang_option
        if self.as_user:
            try:
                return "zh" if self.user().language == "zh" else "en"
            except AssistantError:
                pass
        return self.assistant.settings.default_lang

    def user(self) -> Actor:
        """The acting user, resolved once for the whole command."""
        if not self.as_user:
            raise AssistantError("error.need_user")
        if self._actor is None or self._actor.employee_id.lower() != self.as_user.strip().lower():
            if not self.assistant.core.has_data():
                raise AssistantError("error.no_database", home=str(self.assistant.settings.home))
            self._actor = self.assistant.actor(self.as_user).through("cli")
        return self._actor

    def optional_user(self) -> Actor | None:
        """The acting user when one is given (knowledge commands also work anonymously, on public documents)."""
        return self.user() if self.as_user else None

    def importing_user(self) -> Actor | None:
        """Who imports: nobody needs to be named while the HRIS is empty (the first import bootstraps it)."""
        if not self.assistant.core.has_data():
            return None
        return self.user()

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)


out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def table(ctx: CliContext, columns: list[str], rows: list[list[Any]], title: str | None = None) -> None:
    tbl = Table(title=title, show_lines=False)
    for i, key in enumerate(columns):  # wide enough for the longest word (an id, a code), never cut off
        longest = max((len(w) for row in rows for w in str(row[i] or "").split()), default=0)
        tbl.add_column(ctx.t(f"label.{key}"), overflow="fold", min_width=min(longest, 24))
    for row in rows:
        tbl.add_row(*["" if v is None else escape(str(v)) for v in row])
    out.print(tbl)
