"""A conversation plan as a Word document (python-docx): headings, bullet lines, and the cited policy passages
at the end, so the manager can print it or attach it to the HRIS record."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from assistant.coaching.plans import Plan
from assistant.i18n import t


def write_docx(plan: Plan, path: Path) -> Path:
    doc = Document()
    doc.core_properties.title = f"{t(f'coach.kind.{plan.kind}', plan.lang)}: {plan.employee}"
    doc.add_heading(doc.core_properties.title, level=1)
    for section in plan.sections:
        cite = " " + "".join(f"[{n}]" for n in section.cites) if section.cites else ""
        doc.add_heading(section.title + cite, level=2)
        for line in section.lines:
            doc.add_paragraph(line, style="List Bullet")
    if plan.citations:
        doc.add_heading(t("coach.plan.sources", plan.lang), level=2)
        for p in plan.citations:
            doc.add_paragraph(f"[{p.ref}] {p.title} › {p.heading}: {p.text}")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path
