"""What every command needs: the API object, the acting user, the language, and how to print."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang, t


@dataclass
class CliContext:
    assistant: Assistant
    as_user: str | None
    lang_option: Lang | None

    @property
    def lang(self) -> Lang:
        if self.lang_option:
            return self.lang_option
        if self.as_user:
            try:
                return "zh" if self.assistant.viewer(self.as_user).language == "zh" else "en"
            except AssistantError:
                pass
        return self.assistant.settings.default_lang

    def user(self) -> str:
        if not self.as_user:
            raise AssistantError("error.need_user")
        if not self.assistant.has_data():
            raise AssistantError("error.no_database", home=str(self.assistant.settings.home))
        return self.as_user

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)


out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def table(ctx: CliContext, columns: list[str], rows: list[list[Any]], title: str | None = None) -> None:
    tbl = Table(title=title, show_lines=False)
    for key in columns:
        tbl.add_column(ctx.t(f"label.{key}"))
    for row in rows:
        tbl.add_row(*["" if v is None else str(v) for v in row])
    out.print(tbl)
