"""The grounded-answer task: a question answered only from supplied passages, with exact quotes.

The offline composer is extractive: it picks the passage sentences that share most terms with the question
and cites each; a sentence that reads like an instruction to an assistant is never quoted. The LLM path is
checked with :func:`answer_checker`."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.i18n import detect_lang, t
from assistant.llm.backends.offline import composer
from assistant.llm.guard import instruction_like
from assistant.llm.types import Citation, GenerationRequest, GenerationResult, Passage
from assistant.llm.verify import citation_complaints, forbidden_complaints

TASK = "answer"
_EN_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(])")
_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the of to in on for and or is are be was were do does did how what when who which why my our your i "
        "we you it its at by with from this that as can will would should if not no any",
    )
)


class QuoteRef(BaseModel):
    passage: int
    quote: str


class AnswerOutput(BaseModel):
    answer: str
    citations: list[QuoteRef] = Field(default_factory=list)
    refused: bool = False


def terms(text: str) -> set[str]:
    """English words (no stop words) and Chinese character bigrams."""
    low = text.lower()
    words = {w for w in _WORD.findall(low) if w not in _STOP and len(w) > 1}
    han = "".join(_HAN.findall(text))
    return words | {han[i : i + 2] for i in range(len(han) - 1)}


def sentences(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = line.strip().lstrip("#>-*| ").strip()
        if not line:
            continue
        for part in re.split(r"(?<=[。！？；])", line):
            out += [s.strip() for s in _EN_SPLIT.split(part) if s.strip()]
    return out


_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def table_rows(text: str, quote: str) -> tuple[int, list[int]] | None:
    """When ``quote`` lies in rows of a Markdown table of ``text``: (the line of the table's header, the lines of
    the whole rows it covers); otherwise None."""
    start = text.find(quote)
    if start < 0:
        return None
    lines = text.split("\n")
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, start + len(quote))
    if not all(lines[i].strip().startswith("|") for i in range(first, last + 1)):
        return None
    top = first
    while top > 0 and lines[top - 1].strip().startswith("|"):
        top -= 1
    if top + 1 >= len(lines) or not _SEPARATOR.match(lines[top + 1]) or first <= top + 1:
        return None
    return top, list(range(first, last + 1))


def table_markdown(text: str, top: int, rows: list[int]) -> str:
    """The header, separator and ``rows`` (line numbers) of the table at line ``top``, as a Markdown table."""
    lines = text.split("\n")
    return "\n".join(lines[i].strip() for i in [top, top + 1, *sorted(set(rows))])


LEAD_IN_REACH = 400  # characters: a lead-in and its list items, at most
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(\S.*)$")


def with_items(text: str, sentence: str) -> str:
    """A lead-in closed by a colon ("… have a hire date on or before:") with the list items right after it, which
    it never answers without (exact text of ``text``, at most LEAD_IN_REACH characters, no item that gives
    orders); any other sentence as it is."""
    start = text.find(sentence)
    if not sentence.endswith((":", "：")) or start < 0:
        return sentence
    base = end = start + len(sentence)
    for line in re.finditer(r"[^\n]+", text[base:]):
        if not line[0].strip():
            continue
        item = _LIST_ITEM.match(line[0])
        if item is None or instruction_like(item[1]) or base + line.end() - start > LEAD_IN_REACH:
            break
        end = base + line.end()
    return text[start:end]


def rank_sentences(question: str, passages: list[Passage]) -> list[tuple[float, Passage, str]]:
    """Sentences by the question's words they share (a lead-in with its list items, see ``with_items``)."""
    q = terms(question)
    ranked = []
    for p in passages:
        for s in sentences(p.text):
            if instruction_like(s) or len(s) < 6:
                continue
            s = with_items(p.text, s)
            overlap = len(q & terms(s))
            if overlap:
                ranked.append((overlap + 0.1 * p.score, p, s))
    ranked.sort(key=lambda x: -x[0])
    return ranked


@composer(TASK)
def compose_answer(request: GenerationRequest) -> GenerationResult:
    question = str(request.inputs.get("question", ""))
    lang = request.lang
    picked: list[tuple[Passage, str]] = []
    per_passage: dict[int, int] = {}
    focused = [(p, s) for p in request.passages for s in p.focus if s in p.text and not instruction_like(s)]
    ranked = focused or [(p, s) for _, p, s in rank_sentences(question, request.passages)]
    for p, s in ranked:
        if any(q is p and s in said for q, said in picked):
            continue  # an item already quoted with its lead-in
        if per_passage.get(p.id, 0) < 2 and len(picked) < 3:
            picked.append((p, s))
            per_passage[p.id] = per_passage.get(p.id, 0) + 1
    if not picked:
        text = t("answer.refuse", lang, contact=request.inputs.get("hr_contact", "HR"))
        return GenerationResult(text=text, data=AnswerOutput(answer=text, refused=True))
    order = {p.id: i for i, p in enumerate(request.passages)}
    picked.sort(key=lambda ps: (order[ps[0].id], ps[0].text.find(ps[1])))
    records = any(p.source.startswith("hris://") for p, _ in picked)
    lines = [t("answer.intro_records" if records else "answer.intro", lang)]
    tables: dict[tuple[int, int], list[int]] = {}  # (passage, header line) -> rows quoted, shown once
    items: list[tuple[Passage, str, tuple[int, int] | None]] = []
    for p, s in picked:
        found = table_rows(p.text, s)
        if found is None:
            items.append((p, s, None))
            continue
        if (p.id, found[0]) not in tables:
            items.append((p, s, (p.id, found[0])))
        tables.setdefault((p.id, found[0]), []).extend(found[1])
    for p, s, table in items:
        note = t("answer.other_language", lang) if detect_lang(s) != lang else ""
        if table is None:
            lines.append(f"- {note}{s} [{p.id}]")
        else:  # rows of a table, under its header, so the app shows a table and not "| … |" text
            lines.append(f"- {note}[{p.id}]\n\n{table_markdown(p.text, table[1], tables[table])}\n")
    text = "\n".join(lines)
    citations = [
        Citation(passage=p.id, source=p.source, heading=p.heading, quote=s, score=p.score) for p, s in picked
    ]
    refs = [QuoteRef(passage=c.passage, quote=c.quote) for c in citations]
    return GenerationResult(text=text, data=AnswerOutput(answer=text, citations=refs), citations=citations)


def answer_checker(result: GenerationResult, request: GenerationRequest) -> list[str]:
    data = result.data
    if not isinstance(data, AnswerOutput):
        return ["the reply is not an answer object"]
    quotes = [(c.passage, c.quote) for c in data.citations]
    complaints = citation_complaints(data.answer, quotes, request.passages, data.refused)
    return complaints + forbidden_complaints(data.answer, request.forbidden)


def citations_for(data: AnswerOutput, passages: list[Passage]) -> list[Citation]:
    by_id = {p.id: p for p in passages}
    return [
        Citation(passage=c.passage, source=by_id[c.passage].source, heading=by_id[c.passage].heading,
                 quote=c.quote, score=by_id[c.passage].score)
        for c in data.citations
        if c.passage in by_id
    ]  # fmt: skip


def answer_question(
    generator: Any,
    question: str,
    passages: list[Passage],
    lang: Literal["zh", "en"],
    hr_contact: str,
    forbidden: list[str] | None = None,
) -> GenerationResult:
    """Answer ``question`` from ``passages`` only, through the generation interface, verified."""
    request = GenerationRequest(
        task=TASK, lang=lang, inputs={"question": question, "hr_contact": hr_contact}, passages=passages,
        output=AnswerOutput, forbidden=forbidden or [],
    )  # fmt: skip
    result = generator.generate(request, answer_checker)
    if result.engine == "llm" and isinstance(result.data, AnswerOutput):
        result = result.model_copy(update={"citations": citations_for(result.data, passages)})
    return result
