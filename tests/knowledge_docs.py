"""Small real documents in every supported format, written by the tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

ZH = """# 出差报销制度

生效日期：2025年3月1日

## 报销时限

员工应在出差结束后 15 个自然日内提交报销申请，逾期需部门负责人书面说明。

## 住宿标准

| 城市 | 每晚上限 |
|---|---|
| 北京、上海、深圳 | 600 元 |
| 其他城市 | 450 元 |
"""

EN = """# Remote Work Guidelines

Effective date: 2025-02-01

## Core hours

Everyone working remotely is reachable between 10:00 and 16:00 local time on working days.

## Equipment

The company provides one laptop and one external monitor; a second monitor needs the manager's approval.
"""


def write_docx(path: Path, title: str, paragraphs: list[str]) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Level", "Budget"
    table.cell(1, 0).text, table.cell(1, 1).text = "P5", "USD 1,500"
    d.save(path)
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A minimal one-page PDF with Helvetica text, written by hand."""
    body = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{obj}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())
    return path


def write_zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<a>" + b"0" * (60 * 1024 * 1024) + b"</a>")
    return path


def write_entity_bomb(path: Path) -> Path:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            "<w:document>&lol2;</w:document>")  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", bomb)
    return path
