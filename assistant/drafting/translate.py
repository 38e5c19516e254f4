"""Translating an existing document (Word or Markdown) between Chinese and English. The LLM engine translates
with the glossary enforced and every date, number, percentage and link checked against the source; offline,
only glossary terms are translated, and the result says so."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from assistant.drafting import terms
from assistant.drafting.surface import mentions
from assistant.errors import InputError, Problem
from assistant.hris.files import decode_text, read_input
from assistant.i18n import Lang, detect_lang, t
from assistant.llm.backends.offline import composer
from assistant.llm.types import GenerationRequest, GenerationResult, TextOut, text_of

TASK = "draft_translate"
MAX_MB = 5.0


@dataclass
class Translation:
    text: str
    target_lang: str
    engine: str
    notices: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # facts of the source the translation lost


def read_document(path: Path) -> str:
    """The text of a .docx (paragraphs and tables, as Markdown) or a Markdown/text file."""
    raw = read_input(path, MAX_MB)
    if path.suffix.lower() != ".docx":
        return decode_text(raw, path.name)
    from docx import Document

    try:
        doc = Document(io.BytesIO(raw))
    except Exception:  # python-docx raises several kinds for a file that is not Word
        raise InputError([Problem(path.name, "", "", "problem.file.unreadable_docx")]) from None
    lines = []
    for p in doc.paragraphs:
        style = (p.style.name if p.style is not None else "") or ""
        prefix = "# " if style == "Title" else "## " if style.startswith("Heading") else ""
        if p.text.strip():
            lines.append(prefix + p.text.strip())
    for table in doc.tables:
        for row in table.rows:
            lines.append("| " + " | ".join(c.text.strip() for c in row.cells) + " |")
    return "\n\n".join(lines)


def lost_facts(source: str, target: str) -> list[str]:
    """Dates, percentages, numbers and links of ``source`` that ``target`` does not carry."""
    have = {m.key for m in mentions(target)}
    out = []
    for m in mentions(source):
        if m.key not in have and m.text not in out:
            out.append(m.text)
    return out


def _glossary(source: str, to: str) -> list[str]:
    src = "en" if to == "zh" else "zh"
    return [
        f"{m.group()} → {term.forms(to)[0]}" for term in terms.terms() if (m := terms.find(term, source, src))
    ]


@composer(TASK)
def compose_offline(request: GenerationRequest) -> GenerationResult:
    text, _ = terms.translate(str(request.inputs["source"]), request.lang, words=False)
    return GenerationResult(text=text, data=TextOut(text=text))


def _checker(source: str, to: str):  # type: ignore[no-untyped-def]
    def complaints(result: GenerationResult, request: GenerationRequest) -> list[str]:
        text = text_of(result)
        out = [f"'{x}' of the source is missing" for x in lost_facts(source, text)]
        src = "en" if to == "zh" else "zh"
        for term in terms.terms():
            if terms.find(term, source, src) and not (
                terms.find(term, text, to) or terms.find(term, text, src)
            ):
                out.append(f"translate {term.forms(src)[0]} as {term.forms(to)[0]}")
        return out

    return complaints


def translate(source: str, to: Lang, generator, llm: bool, lang: Lang) -> Translation:  # type: ignore[no-untyped-def]
    """``source`` in the language ``to``; notices in the user's language ``lang``."""
    src = detect_lang(source)
    if src == to:
        raise InputError(
            [Problem("", "", "", "problem.draft.same_language", {"lang": t(f"draft.lang.{to}", lang)})]
        )
    request = GenerationRequest(task=TASK, lang=to, output=TextOut,
                                inputs={"source": source, "glossary": _glossary(source, to)})  # fmt: skip
    result = generator.generate(request, _checker(source, to))
    text = text_of(result)
    notices = [] if result.engine == "llm" else [t("draft.engine.offline_only", lang)]
    if llm and result.engine != "llm" and (why := result.notice(lang)):
        notices.insert(0, why)
    problems = lost_facts(source, text) if result.engine == "llm" else []
    return Translation(text, to, result.engine, notices, problems)
