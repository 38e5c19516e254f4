"""Files to text with structure: Markdown, plain text, .docx, PDF and HTML become one text plus blocks
(heading, text, table) that point into it, so that every chunk and every quote is an exact slice of the
document's text."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.hris.files import decode_text
from assistant.knowledge.safety import UnsafeFile, check_zip

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".docx": "docx", ".pdf": "pdf",
            ".html": "html", ".htm": "html"}  # fmt: skip
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_DATE = re.compile(
    r"(?:Effective(?: date)?|生效日期)\s*[:：]\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})", re.I
)


@dataclass
class Block:
    kind: str  # heading | text | table
    start: int
    end: int
    level: int = 0  # heading level


@dataclass
class ParsedDoc:
    text: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    effective_date: str | None = None


class Unsupported(ValueError):
    pass


def parse(path: Path, raw: bytes) -> ParsedDoc:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise Unsupported(
            f"unsupported format {path.suffix or '(no extension)'}; use {', '.join(sorted(SUFFIXES))}"
        )
    if kind in ("markdown", "text"):
        text = decode_text(raw, str(path)) if raw else ""
        doc = _markdown(text) if kind == "markdown" else _plain(text)
    elif kind in ("docx", "pdf"):
        try:
            doc = _docx(raw) if kind == "docx" else _pdf(raw)
        except UnsafeFile:
            raise
        except Exception as exc:  # whatever a third-party parser raises on a damaged file: refused, named
            raise UnsafeFile(f"corrupt .{kind} file ({type(exc).__name__}: {exc})") from exc
    else:
        doc = _html(decode_text(raw, str(path)))
    if not doc.text.strip():
        raise ValueError("no text in the file")
    doc.title = doc.title or path.stem
    m = _DATE.search(doc.text[:3000])
    if m:
        doc.effective_date = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    return doc


def _markdown(text: str) -> ParsedDoc:
    """Headings, tables (runs of | lines), fenced code, paragraphs; YAML front matter gives the title."""
    doc = ParsedDoc(text=text, title="")
    lines = text.splitlines(keepends=True)
    pos, i = 0, 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    offsets.append(pos)
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            if lines[j].strip() == "---":
                for fm in lines[1:j]:
                    if fm.startswith("title:"):
                        doc.title = fm.split(":", 1)[1].strip().strip("\"'")
                i = j + 1
                break
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        m = _HEADING.match(stripped)
        if m:
            start = offsets[i] + line.index(m[2]) if m[2] else offsets[i]
            doc.blocks.append(Block("heading", start, start + len(m[2]), len(m[1])))
            doc.title = doc.title or (m[2] if len(m[1]) == 1 else "")
            i += 1
            continue
        j = i
        if stripped.startswith("|"):
            while j < len(lines) and lines[j].strip().startswith("|"):
                j += 1
            kind = "table"
        elif stripped.startswith("```"):
            j = i + 1
            while j < len(lines) and not lines[j].strip().startswith("```"):
                j += 1
            j = min(j + 1, len(lines))
            kind = "text"
        else:
            while (
                j < len(lines)
                and lines[j].strip()
                and not _HEADING.match(lines[j].strip())
                and not (lines[j].strip().startswith("|") and j > i)
            ):
                j += 1
            kind = "text"
        doc.blocks.append(
            Block(kind, offsets[i], offsets[j] - (1 if text[offsets[j] - 1 : offsets[j]] == "\n" else 0))
        )
        i = j
    return doc


def _plain(text: str) -> ParsedDoc:
    doc = ParsedDoc(text=text, title="")
    for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        doc.blocks.append(Block("text", m.start(), m.end()))
    return doc


def _assemble(parts: list[tuple[str, str, int]]) -> ParsedDoc:
    """Blocks (kind, text, level) joined by blank lines into one text with offsets."""
    text, blocks, pos = [], [], 0
    for kind, body, level in parts:
        body = body.strip()
        if not body:
            continue
        if text:
            text.append("\n\n")
            pos += 2
        blocks.append(Block(kind, pos, pos + len(body), level))
        text.append(body)
        pos += len(body)
    joined = "".join(text)
    title = next((joined[b.start : b.end] for b in blocks if b.kind == "heading"), "")
    return ParsedDoc(text=joined, title=title, blocks=blocks)


def _docx(raw: bytes) -> ParsedDoc:
    check_zip(raw)
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:
        raise UnsafeFile(f"corrupt .docx: {exc}") from exc
    parts: list[tuple[str, str, int]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = (item.style.name if item.style is not None else "") or ""
            level = (
                int(style.split()[-1]) if style.startswith("Heading") and style.split()[-1].isdigit() else 0
            )
            kind = "heading" if level or style == "Title" else "text"
            parts.append((kind, _visible_text(item), level or (1 if style == "Title" else 0)))
        elif isinstance(item, Table):
            rows = [
                "| " + " | ".join(c.text.strip().replace("\n", " ") for c in r.cells) + " |"
                for r in item.rows
            ]
            parts.append(("table", "\n".join(rows), 0))
    return _assemble(parts)


def _visible_text(paragraph: Any) -> str:
    """A .docx paragraph as a reader sees it: runs marked hidden, white or under 2 pt are left out (text that
    only a program would read, the usual hiding place of a planted instruction)."""
    from docx.shared import RGBColor

    out = []
    for item in paragraph.iter_inner_content():  # runs, and hyperlinks with their runs
        for run in getattr(item, "runs", [item]):
            font = run.font
            white = (
                font.color is not None
                and font.color.type is not None
                and font.color.rgb == RGBColor(255, 255, 255)
            )
            if not (font.hidden or white or (font.size is not None and font.size.pt <= 2)):
                out.append(run.text)
    return "".join(out)


def _pdf(raw: bytes) -> ParsedDoc:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UnsafeFile(f"corrupt PDF: {exc}") from exc
    parts = [("text", para, 0) for page in pages for para in re.split(r"\n\s*\n", page)]
    return _assemble(parts)


_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[0-2](\.\d+)?(px|pt)?\s*(;|$)"
    r"|(?<![-\w])color\s*:\s*(#fff(fff)?|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))",
    re.I,
)


def _html(markup: str) -> ParsedDoc:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "noscript"]):
        tag.decompose()
    for tag in soup.find_all(style=_HIDDEN_STYLE):  # text a reader does not see (see _visible_text)
        tag.decompose()
    for tag in soup.find_all(hidden=True):
        tag.decompose()
    parts: list[tuple[str, str, int]] = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "table", "pre"]):
        if el.find_parent(["table", "li"]) and el.name != "table":
            continue
        if el.name == "table":
            rows = ["| " + " | ".join(c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])) + " |"
                    for tr in el.find_all("tr")]  # fmt: skip
            parts.append(("table", "\n".join(rows), 0))
        elif el.name.startswith("h"):
            parts.append(("heading", el.get_text(" ", strip=True), int(el.name[1])))
        else:
            parts.append(("text", el.get_text(" ", strip=True), 0))
    doc = _assemble(parts)
    title = soup.title.get_text(strip=True) if soup.title else ""
    doc.title = title or doc.title
    return doc
