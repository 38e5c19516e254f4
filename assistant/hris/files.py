"""Reading input files safely: size limits, JSON with positions, text in UTF-8, UTF-8 with BOM or GBK."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import InputError, Problem


def read_bytes(path: Path, max_mb: float) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError([Problem(name, "", "", "file not found")])
    if path.is_dir():
        raise InputError([Problem(name, "", "", "is a folder, not a file")])
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise InputError(
            [Problem(name, "", "", f"file is {size / 1048576:.1f} MB; the limit is {max_mb:g} MB")]
        )
    if size == 0:
        raise InputError([Problem(name, "", "", "file is empty")])
    return path.read_bytes()


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else GBK/GB18030; anything else is refused with a clear message."""
    if b"\x00" in raw[:4096]:
        raise InputError([Problem(name, "", "", "binary file, not text")])
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError([Problem(name, "", "", "text encoding not recognised (expected UTF-8 or GBK)")])


def read_json(path: Path, max_mb: float) -> Any:
    name = str(path)
    text = decode_text(read_bytes(path, max_mb), name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            [Problem(name, f"line {exc.lineno} column {exc.colno}", "", f"not valid JSON: {exc.msg}")]
        ) from exc
