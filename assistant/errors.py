"""The exception hierarchy. Every error a user can meet derives from :class:`AssistantError`
and renders as a clear message in the user's language from the i18n catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.i18n import Lang, t


class AssistantError(Exception):
    """User-facing base error: a catalogue key plus parameters, rendered in zh or en."""

    key = "error.generic"
    exit_code = 1

    def __init__(self, key: str | None = None, /, **params: Any) -> None:
        self.key = key or self.key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Lang = "en") -> str:
        return t(self.key, lang, **self.params)


class AccessDenied(AssistantError):
    key = "error.access_denied"
    exit_code = 3


class NotFound(AssistantError):
    key = "error.not_found"
    exit_code = 4


class ConfigError(AssistantError):
    key = "error.config"
    exit_code = 2


class SchemaVersionError(AssistantError):
    key = "error.schema_newer"
    exit_code = 5


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which file, which record, which field, and what."""

    file: str
    record: str
    field: str
    problem: str

    def __str__(self) -> str:
        where = self.file
        if self.record:
            where += f" › {self.record}"
        if self.field:
            where += f" › {self.field}"
        return f"{where}: {self.problem}"


class InputError(AssistantError):
    """Bad input (a file to import, a mapping, an OKR set). Lists every problem found."""

    key = "error.input"
    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:20])
        more = len(problems) - 20
        if more > 0:
            shown += f"\n  … (+{more})"
        super().__init__(self.key, count=len(problems), details=shown)


class OkrInputError(InputError):
    """An OKR set that cannot be read (nothing is written by a check, so the message does not say so)."""

    key = "error.okr_input"
