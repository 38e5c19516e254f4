"""Checks before a file is parsed: size, emptiness, binary content, zip bombs, XML entity bombs."""

from __future__ import annotations

import io
import zipfile

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

MAX_RATIO = 100  # a .docx part inflating more than 100x is treated as a bomb
MAX_UNZIPPED = 200 * 1024 * 1024


class UnsafeFile(ValueError):
    """The file is refused before parsing; the message says why."""


def check_zip(raw: bytes, max_unzipped: int = MAX_UNZIPPED) -> zipfile.ZipFile:
    """A .docx is a zip: its declared sizes and compression ratios are checked before anything is inflated,
    and its XML parts are parsed with entity expansion forbidden."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        raise UnsafeFile(f"corrupt file: not a valid .docx (zip) archive ({exc})") from exc
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 1024 * 1024
        ):
            raise UnsafeFile(
                f"refused: {info.filename} would inflate {info.file_size / info.compress_size:.0f}x (zip bomb)"
            )
        if total > max_unzipped:
            raise UnsafeFile(
                f"refused: the archive unpacks to more than {max_unzipped // 1048576} MB (zip bomb)"
            )
    for name in zf.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                SafeET.fromstring(zf.read(name))
            except DefusedXmlException as exc:
                raise UnsafeFile(f"refused: {name} declares XML entities ({type(exc).__name__})") from exc
            except SafeET.ParseError as exc:
                raise UnsafeFile(f"corrupt file: {name} is not well-formed XML ({exc})") from exc
    return zf
