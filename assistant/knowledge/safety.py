"""Checks before a file is parsed: size, emptiness, binary content, zip bombs, XML entity bombs."""

from __future__ import annotations

import io
import re
import zipfile

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

MAX_RATIO = 100  # a .docx part inflating more than 100x is treated as a bomb
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_ENTRIES = 2000  # an office file has tens of parts; thousands is an attack on whoever lists them
_UNSAFE_NAME = re.compile(r"^[/\\]|^[A-Za-z]:|(^|[/\\])\.\.([/\\]|$)")


class UnsafeFile(ValueError):
    """The file is refused before parsing; the message says why."""


def check_zip(raw: bytes, max_unzipped: int = MAX_UNZIPPED, parse_xml: bool = True) -> zipfile.ZipFile:
    """A .docx or .xlsx is a zip: its number of entries, their names, declared sizes and compression ratios are
    checked before anything is inflated, and (``parse_xml``) its XML parts are parsed with entity expansion
    forbidden."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        raise UnsafeFile(f"corrupt file: not a valid .docx (zip) archive ({exc})") from exc
    if len(zf.infolist()) > MAX_ENTRIES:
        raise UnsafeFile(f"refused: the archive holds {len(zf.infolist())} entries (more than {MAX_ENTRIES})")
    total = 0
    for info in zf.infolist():
        if _UNSAFE_NAME.search(info.filename):
            raise UnsafeFile(f"refused: unsafe entry name {info.filename!r} in the archive")
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
    for name in zf.namelist() if parse_xml else []:
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                SafeET.fromstring(zf.read(name))
            except DefusedXmlException as exc:
                raise UnsafeFile(f"refused: {name} declares XML entities ({type(exc).__name__})") from exc
            except SafeET.ParseError as exc:
                raise UnsafeFile(f"corrupt file: {name} is not well-formed XML ({exc})") from exc
    return zf
