"""The exception hierarchy. Every error a user can meet derives from :class:`AssistantError`
and renders as a clear message in the user's language from the i18n catalogue.

Problems with an input (:class:`Problem`) carry a catalogue key and parameters, not text: an
:class:`InputError` renders its list of problems in whichever language it is asked for. Locations made in
code ("row 12", "line 3 column 4", "header") are :class:`Msg` values too, so a Chinese rendering holds no
English apart from the user's own file names, field names and values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cache
from typing import Any

from assistant.i18n import Lang, catalog_keys, t

SHOWN_PROBLEMS = 20  # an InputError lists this many problems, then "… (+N)"


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


# --- texts from the catalogue ---------------------------------------------------------------------------
@cache
def _known_keys() -> frozenset[str]:
    return frozenset(catalog_keys())


def render(key: str, params: Mapping[str, Any], lang: Lang = "en") -> str:
    """Catalogue text for ``key``; parameters that can render themselves (:class:`Msg`, :class:`Place`) are
    rendered in ``lang`` first. A text that is not a catalogue key and not a ``problem.`` key is legacy free
    text and is returned as it is (English only)."""
    if key not in _known_keys() and not key.startswith("problem."):
        return key
    return t(key, lang, **{k: _param(v, lang) for k, v in params.items()})


def _param(value: Any, lang: Lang) -> Any:
    return value.render(lang) if isinstance(value, Msg | Place) else value


@dataclass(frozen=True)
class Msg:
    """A catalogue key with its parameters, rendered when the language is known."""

    key: str
    params: Mapping[str, Any] = dc_field(default_factory=dict, hash=False)

    def render(self, lang: Lang = "en") -> str:
        return render(self.key, self.params, lang)

    def __str__(self) -> str:
        return self.render("en")


def at_row(row: int) -> Msg:
    """The record "row N" of a table (N as a person counts rows, the header being row 1)."""
    return Msg("problem.at.row", {"row": row})


def at_line(line: int, column: int) -> Msg:
    """The record "line L column C" of a text file (both counted from 1)."""
    return Msg("problem.at.line_col", {"line": line, "column": column})


AT_HEADER = Msg("problem.at.header")
AT_COLUMNS = Msg("problem.at.columns")

Where = str | Msg  # a record: the user's own path or id as it is, or a location made in code


def shown(value: Any, limit: int = 60) -> str:
    """A value from the input as it is shown in a problem: its repr, shortened."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_TYPE_NAMES = {dict: "object", list: "list", tuple: "list", str: "string", int: "integer", float: "number",
               bool: "boolean", type(None): "null"}  # fmt: skip


def type_name(value: Any) -> Msg:
    """The kind of a value in JSON/YAML terms ("a list", "an integer"…), in the user's language."""
    name = _TYPE_NAMES.get(type(value))
    if name is None:
        return Msg("problem.type_name.other", {"name": type(value).__name__})
    return Msg(f"problem.type_name.{name}")


class InvalidValue(ValueError):
    """A ValueError whose reason is a catalogue key, so that a validator's complaint (also one raised inside
    pydantic) reaches the user in their language. ``str()`` is the English text."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(render(key, params, "en"))


def reason_of(exc: BaseException) -> Msg:
    """The reason an exception gives: its catalogue text when it has one, else its own (untranslated) words
    shown as a detail."""
    if isinstance(exc, InvalidValue):
        return Msg(exc.key, exc.params)
    return Msg("problem.detail", {"detail": str(exc) or type(exc).__name__})


# --- one problem with an input ---------------------------------------------------------------------------
def place(file: Where, record: Where, fld: str, lang: Lang = "en") -> str:
    """``file › record › field``, with the parts that are empty left out."""
    parts = (p.render(lang) if isinstance(p, Msg) else p for p in (file, record, fld))
    return " › ".join(part for part in parts if part)


@dataclass(frozen=True)
class Place:
    """Where something is (a file and a record in it), as a parameter of another message."""

    file: Where
    record: Where = ""
    field: str = ""

    def render(self, lang: Lang = "en") -> str:
        return place(self.file, self.record, self.field, lang)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which file, which record, which field, and what (a ``problem.*``
    catalogue key with its parameters). ``render(lang)`` is the whole line, ``text(lang)`` the reason only."""

    file: Where  # a file name, or a Msg for input that has none (pasted text)
    record: Where
    field: str
    key: str
    params: Mapping[str, Any] = dc_field(default_factory=dict, hash=False)

    @property
    def reason(self) -> Msg:
        return Msg(self.key, self.params)

    def text(self, lang: Lang = "en") -> str:
        return render(self.key, self.params, lang)

    def where(self, lang: Lang = "en") -> str:
        return place(self.file, self.record, self.field, lang)

    def render(self, lang: Lang = "en") -> str:
        where, text = self.where(lang), self.text(lang)
        return t("problem.line", lang, where=where, text=text) if where else text

    @property
    def problem(self) -> str:
        """The reason in English (what this field held before problems were translated)."""
        return self.text("en")

    def __str__(self) -> str:
        return self.render("en")


class InputError(AssistantError):
    """Bad input (a file to import, a mapping, an OKR set). Lists every problem found."""

    key = "error.input"
    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self.key, count=len(self.problems))

    def details(self, lang: Lang = "en") -> str:
        """The first problems, one a line, in ``lang``; "… (+N)" for the rest."""
        shown_lines = "\n".join(f"  - {p.render(lang)}" for p in self.problems[:SHOWN_PROBLEMS])
        more = len(self.problems) - SHOWN_PROBLEMS
        if more > 0:
            shown_lines += f"\n  … (+{more})"
        return shown_lines

    def message(self, lang: Lang = "en") -> str:
        return t(self.key, lang, **self.params, details=self.details(lang))


class OkrInputError(InputError):
    """An OKR set that cannot be read (nothing is written by a check, so the message does not say so)."""

    key = "error.okr_input"


# --- pydantic validation errors ---------------------------------------------------------------------------
_PYDANTIC: dict[str, str] = {
    "missing": "problem.required_missing",
    "extra_forbidden": "problem.extra_forbidden",
    "string_type": "problem.type.string",
    "int_type": "problem.type.integer",
    "int_parsing": "problem.type.integer",
    "int_from_float": "problem.type.integer",
    "float_type": "problem.type.number",
    "float_parsing": "problem.type.number",
    "bool_type": "problem.type.boolean",
    "bool_parsing": "problem.type.boolean",
    "date_type": "problem.type.date",
    "date_parsing": "problem.type.date",
    "date_from_datetime_parsing": "problem.type.date",
    "date_from_datetime_inexact": "problem.type.date",
    "datetime_type": "problem.type.datetime",
    "datetime_parsing": "problem.type.datetime",
    "datetime_from_date_parsing": "problem.type.datetime",
    "datetime_object_invalid": "problem.type.datetime",
    "finite_number": "problem.finite_number",
    "list_type": "problem.type.list",
    "dict_type": "problem.type.object",
    "model_type": "problem.type.object",
    "model_attributes_type": "problem.type.object",
    "string_too_short": "problem.string_too_short",
    "string_too_long": "problem.string_too_long",
    "too_short": "problem.too_short",
    "too_long": "problem.too_long",
    "greater_than": "problem.greater_than",
    "greater_than_equal": "problem.greater_than_equal",
    "less_than": "problem.less_than",
    "less_than_equal": "problem.less_than_equal",
    "literal_error": "problem.one_of",
    "enum": "problem.one_of",
}


def _limit(value: Any) -> Any:
    """A bound as pydantic's own message shows it: 1.0 as 1, 0.5 as 0.5."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _choices(expected: Any) -> str:
    """pydantic's "'a', 'b' or 'c'" as "'a', 'b', 'c'" (no English "or")."""
    text = str(expected)
    head, sep, last = text.rpartition(" or ")
    return f"{head}, {last}" if sep else text


def validation_reason(err: Mapping[str, Any]) -> Msg:
    """A pydantic error (an item of ``ValidationError.errors()``) as a catalogue message: the common error
    types by their own keys with their ``ctx`` values, any other type with pydantic's English text as a
    detail."""
    kind = str(err.get("type", ""))
    ctx = err.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        inner = ctx.get("error")
        if isinstance(inner, InvalidValue):
            return Msg(inner.key, inner.params)
        reason = str(inner) if inner is not None else str(err.get("msg", "")).removeprefix("Value error, ")
        return Msg("problem.value_error", {"reason": reason})
    key = _PYDANTIC.get(kind)
    if key is None:
        return Msg("problem.invalid", {"reason": str(err.get("msg", kind))})
    value = shown(err.get("input"))
    params: dict[str, Any] = {
        "problem.type.list": {"got": type_name(err.get("input"))},
        "problem.type.object": {"got": type_name(err.get("input"))},
        "problem.string_too_short": {"min_length": ctx.get("min_length")},
        "problem.string_too_long": {"max_length": ctx.get("max_length")},
        "problem.too_short": {"min_length": ctx.get("min_length"), "actual_length": ctx.get("actual_length")},
        "problem.too_long": {"max_length": ctx.get("max_length"), "actual_length": ctx.get("actual_length")},
        "problem.greater_than": {"limit": _limit(ctx.get("gt"))},
        "problem.greater_than_equal": {"limit": _limit(ctx.get("ge"))},
        "problem.less_than": {"limit": _limit(ctx.get("lt"))},
        "problem.less_than_equal": {"limit": _limit(ctx.get("le"))},
        "problem.one_of": {"options": _choices(ctx.get("expected", "")), "value": value},
        "problem.required_missing": {},
        "problem.extra_forbidden": {},
    }.get(key, {"value": value})
    return Msg(key, params)
