"""Reading input files safely: size limits, JSON with positions, text in UTF-8, UTF-8 with BOM or GBK."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import InputError, Msg, Problem, Where, at_line, reason_of

# json's own reasons (CPython's decoder and scanner), as catalogue keys.
_JSON_REASONS = {
    "Expecting value": "problem.json.expecting_value",
    "Expecting property name enclosed in double quotes": "problem.json.property_name",
    "Expecting ':' delimiter": "problem.json.colon",
    "Expecting ',' delimiter": "problem.json.comma",
    "Extra data": "problem.json.extra_data",
    "Unterminated string starting at": "problem.json.unterminated_string",
    "Invalid control character at": "problem.json.control_character",
    "Invalid \\escape": "problem.json.bad_escape",
    "Invalid \\uXXXX escape": "problem.json.bad_unicode_escape",
    "Illegal trailing comma before end of object": "problem.json.trailing_comma",
    "Illegal trailing comma before end of array": "problem.json.trailing_comma",
}
# PyYAML's most common complaints (the start of ``exc.problem``), as catalogue keys.
_YAML_REASONS = {
    "mapping values are not allowed here": "problem.yaml.mapping_values",
    "found character '\\t' that cannot start any token": "problem.yaml.tab",
    "found a tab character": "problem.yaml.tab",
    "could not find expected ':'": "problem.yaml.colon",
    "expected ',' or ']'": "problem.yaml.list_end",
    "expected ',' or '}'": "problem.yaml.mapping_end",
    "expected <block end>": "problem.yaml.indentation",
    "found unexpected end of stream": "problem.yaml.unclosed_quote",
    "expected the node content": "problem.yaml.node_content",
    "block sequence entries are not allowed here": "problem.yaml.list_item",
    "found unknown escape character": "problem.yaml.bad_escape",
}


def read_bytes(path: Path, max_mb: float) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError([Problem(name, "", "", "problem.file.not_found")])
    if path.is_dir():
        raise InputError([Problem(name, "", "", "problem.file.is_folder")])
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise InputError(
            [
                Problem(
                    name,
                    "",
                    "",
                    "problem.file.too_big",
                    {"size": f"{size / 1048576:.1f}", "limit": f"{max_mb:g}"},
                )
            ]
        )
    if size == 0:
        raise InputError([Problem(name, "", "", "problem.file.empty")])
    return path.read_bytes()


def read_input(path: Path, max_mb: float) -> bytes:
    """``read_bytes`` for a user's file: one that cannot be read (permissions…) is an InputError with the
    reason, named by the file's name, never a stack trace."""
    try:
        return read_bytes(path, max_mb)
    except OSError as exc:
        reason = reason_of(exc)
        raise InputError([Problem(path.name, "", "", reason.key, reason.params)]) from None


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else GBK/GB18030; anything else is refused with a clear message."""
    if b"\x00" in raw[:4096]:
        raise InputError([Problem(name, "", "", "problem.file.binary")])
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError([Problem(name, "", "", "problem.file.encoding")])


def json_problem(name: Where, exc: json.JSONDecodeError) -> Problem:
    """ "not valid JSON" at the line and column json names, with its reason in the user's language."""
    key = _JSON_REASONS.get(exc.msg)
    reason = Msg(key) if key else Msg("problem.json.other", {"detail": exc.msg})
    return Problem(name, at_line(exc.lineno, exc.colno), "", "problem.json.invalid", {"reason": reason})


def yaml_problem(name: Where, exc: Exception) -> Problem:
    """ "not valid YAML", at the line and column PyYAML names (if any), with its reason. ``exc`` may also
    be the ValueError of a value YAML cannot build, such as the date 2026-02-30."""
    mark = getattr(exc, "problem_mark", None)
    where: Where = at_line(mark.line + 1, mark.column + 1) if mark else ""
    detail = str(getattr(exc, "problem", None) or exc)
    key = next((k for start, k in _YAML_REASONS.items() if detail.startswith(start)), None)
    if key:
        reason = Msg(key)
    elif not isinstance(exc, yaml.YAMLError) and ("range" in detail or "must be in" in detail):
        reason = Msg("problem.yaml.bad_date")  # datetime's own words: "day is out of range for month"…
    else:
        reason = Msg("problem.yaml.other", {"detail": detail})
    return Problem(name, where, "", "problem.yaml.invalid", {"reason": reason})


def read_json(path: Path, max_mb: float) -> Any:
    name = str(path)
    text = decode_text(read_bytes(path, max_mb), name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([json_problem(name, exc)]) from exc
    except RecursionError:  # nested deeper than any real export
        raise InputError([Problem(name, "", "", "problem.json.too_deep")]) from None
