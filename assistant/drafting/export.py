"""A draft's files: Word (.docx, in the brief's bilingual layout, with a header and footer giving the date and
version), e-mail (.eml: RFC 5322, plain text and HTML, the subject in both languages) and Markdown. The three
are written together or not at all."""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt

from assistant.errors import AssistantError


@dataclass(frozen=True)
class Block:
    kind: str  # title | heading | para | bullet | quote | table
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def blocks(markdown: str) -> list[Block]:
    """The small Markdown the drafts use: # title, ## heading, paragraphs, - bullets, > quotes, | tables."""
    out: list[Block] = []
    para: list[str] = []
    rows: list[tuple[str, ...]] = []

    def flush() -> None:
        if para:
            out.append(Block("para", " ".join(para)))
            para.clear()
        if rows:
            out.append(Block("table", rows=tuple(rows)))
            rows.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            if para:
                out.append(Block("para", " ".join(para)))
                para.clear()
            cells = tuple(c.strip() for c in line.strip("|").split("|"))
            if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                rows.append(cells)
            continue
        if not line:
            flush()
            continue
        if rows:
            flush()
        if m := re.match(r"^(#{1,3})\s+(.*)", line):
            flush()
            out.append(Block("title" if len(m[1]) == 1 else "heading", m[2]))
        elif m := re.match(r"^(?:[-*]|\d+\.)\s+(?:\[ \]\s+)?(.*)", line):
            flush()
            out.append(Block("bullet", m[1]))
        elif line.startswith(">"):
            flush()
            out.append(Block("quote", line.lstrip("> ").strip()))
        else:
            para.append(line)
    flush()
    return out


def plain(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*|\*(.+?)\*", lambda m: m[1] or m[2], text)


def _runs(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if part:
            paragraph.add_run(plain(part)).bold = i % 2 == 1


# --- Word -------------------------------------------------------------------------------------------------
def _write_blocks(container, items: list[Block]) -> None:  # type: ignore[no-untyped-def]
    """``items`` into a document or a table cell."""
    for b in items:
        if b.kind == "table":
            table = container.add_table(rows=0, cols=max(len(r) for r in b.rows))
            table.style = "Table Grid"
            for r, cells in enumerate(b.rows):
                row = table.add_row().cells
                for c, text in enumerate(cells):
                    _runs(row[c].paragraphs[0], text)
                    if r == 0:
                        for run in row[c].paragraphs[0].runs:
                            run.bold = True
            continue
        style = {"title": "Title", "heading": "Heading 2", "bullet": "List Bullet", "quote": "Quote"}.get(
            b.kind
        )
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        _runs(p, b.text)


def _sections(items: list[Block]) -> list[list[Block]]:
    """The blocks cut at each title or heading: the rows of a side-by-side layout."""
    out: list[list[Block]] = []
    for b in items:
        if b.kind in ("title", "heading") or not out:
            out.append([])
        out[-1].append(b)
    return out


def docx_bytes(versions: dict[str, str], layout: str, title: str, version: str, made: datetime) -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Sans CJK SC")
    section = doc.sections[0]
    stamp = f"{made:%Y-%m-%d} · v{version}"
    section.header.paragraphs[0].text = title
    section.footer.paragraphs[0].text = stamp
    langs = list(versions)
    parsed = {lang: blocks(text) for lang, text in versions.items()}
    if layout == "side_by_side" and len(langs) == 2:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        left, right = (_sections(parsed[lang]) for lang in langs)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for i in range(max(len(left), len(right))):
            cells = table.add_row().cells
            for cell, part in zip(cells, (left, right), strict=True):
                cell.paragraphs[0].text = ""
                _write_blocks(cell, part[i] if i < len(part) else [])
    else:
        for i, lang in enumerate(langs):
            if i:
                doc.add_page_break()
            _write_blocks(doc, parsed[lang])
    with tempfile.TemporaryFile() as fh:
        doc.save(fh)
        fh.seek(0)
        return fh.read()


# --- e-mail -----------------------------------------------------------------------------------------------
def _html(items: list[Block]) -> str:
    def inline(text: str) -> str:
        return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html.escape(text))

    out, in_list = [], False
    for b in items:
        if b.kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if b.kind == "title":
            out.append(f"<h1>{inline(b.text)}</h1>")
        elif b.kind == "heading":
            out.append(f"<h2>{inline(b.text)}</h2>")
        elif b.kind == "bullet":
            out.append(("" if in_list else "<ul>") + f"<li>{inline(b.text)}</li>")
            in_list = True
        elif b.kind == "quote":
            out.append(f"<blockquote>{inline(b.text)}</blockquote>")
        elif b.kind == "table":
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{'th' if r == 0 else 'td'}>{inline(c)}</{'th' if r == 0 else 'td'}>" for c in row
                )
                + "</tr>"
                for r, row in enumerate(b.rows)
            )
            out.append(f'<table border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table>')
        else:
            out.append(f"<p>{inline(b.text)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def html_page(versions: dict[str, str], layout: str) -> str:
    parts = {lang: f'<div lang="{lang}">{_html(blocks(text))}</div>' for lang, text in versions.items()}
    if layout == "side_by_side" and len(parts) == 2:
        cells = "".join(f'<td valign="top" width="50%">{p}</td>' for p in parts.values())
        body = f"<table><tr>{cells}</tr></table>"
    else:
        body = "\n<hr>\n".join(parts.values())
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>\n'


def eml_bytes(versions: dict[str, str], layout: str, subject: str, sender: str, digest: str, made: datetime) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = "undisclosed-recipients:;"
    msg["Date"] = format_datetime(made)
    msg["Message-ID"] = make_msgid(domain="hr-assistant.local")
    msg["X-HR-Assistant-Draft"] = digest
    text = "\n\n----------\n\n".join(
        "\n".join(plain(line.lstrip("#> ").rstrip()) for line in v.splitlines()) for v in versions.values()
    )
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html_page(versions, layout), subtype="html", charset="utf-8")
    return bytes(msg)


# --- all three, or none --------------------------------------------------------------------------------------
def write_all(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` (name -> bytes) into ``out_dir`` as one set: each to a temporary part first (flushed to
    disk), then a journal naming the set, then every part renamed, then the journal removed. A failure removes
    the parts; a writer killed mid-way (kill -9) is completed by the next write into the folder: a journal's
    set is renamed in full, parts without a journal are removed. So a folder never keeps a half-written file
    or a part of a set."""
    temps: list[tuple[Path, Path]] = []
    done: list[Path] = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        finish_interrupted(out_dir)
        for name in files:
            if (out_dir / name).is_dir():
                raise IsADirectoryError(21, "Is a directory", str(out_dir / name))
        for name, data in files.items():
            temps.append((_part(out_dir, data), out_dir / name))
        journal = _part(out_dir, json.dumps([[t.name, f.name] for t, f in temps]).encode())
        journal = journal.replace(journal.with_suffix(".journal"))
        for tmp, final in temps:
            tmp.replace(final)
            done.append(final)
        journal.unlink()
    except OSError as exc:
        for tmp, final in temps:
            tmp.unlink(missing_ok=True)
            if final in done:
                final.unlink(missing_ok=True)
        raise AssistantError(
            "error.draft_unwritable", folder=str(out_dir), reason=exc.strerror or str(exc)
        ) from None
    return [final for _, final in temps]


def _part(out_dir: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".draft-{os.getpid()}-", suffix=".part")
    with open(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return Path(tmp)


def _writer_alive(leftover: Path) -> bool:
    """Whether the process that wrote ``leftover`` (its pid is in the name) is still running."""
    try:
        os.kill(int(leftover.name.split("-")[1]), 0)
    except (ValueError, IndexError, ProcessLookupError):
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def finish_interrupted(out_dir: Path) -> None:
    """Complete the sets of writers that were killed mid-way in ``out_dir`` (see :func:`write_all`)."""
    for journal in sorted(out_dir.glob(".draft-*.journal")):
        if _writer_alive(journal):
            continue
        for tmp, final in json.loads(journal.read_text("utf-8")):
            if (out_dir / tmp).exists():
                (out_dir / tmp).replace(out_dir / final)
        journal.unlink()
    for part in out_dir.glob(".draft-*.part"):
        if not _writer_alive(part):
            part.unlink(missing_ok=True)


def subject_of(titles: dict[str, str]) -> str:
    return " / ".join(dict.fromkeys(titles.values()))
