"""Composing a draft in one language. The offline engine fills the kind's template (``prompts/draft_<kind>``)
from the brief's facts and the policy passages retrieved for it; the LLM engine rewrites that draft fluently
(task ``draft_write``) and is verified by the fact check before it is used."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.drafting import terms
from assistant.drafting.brief import Brief
from assistant.drafting.check import body, check
from assistant.drafting.facts import Fact
from assistant.drafting.surface import mentions
from assistant.i18n import t
from assistant.llm.backends.offline import passthrough
from assistant.llm.prompts import render
from assistant.llm.types import GenerationRequest, GenerationResult, TextOut, text_of

TASK = "draft_write"


@dataclass(frozen=True)
class PolicyQuote:
    """A sentence quoted word for word from a policy passage: what a draft's [n] points at."""

    n: int
    lang: str
    title: str
    heading: str
    text: str


def _values(facts: list[Fact], lang: str) -> list[dict[str, str]]:
    return [{"label": f.label_in(lang), "value": f.written(lang), "kind": f.kind} for f in facts]


def _timeline(facts: list[Fact], lang: str) -> list[dict[str, str]]:
    dated = sorted((f for f in facts if f.dates), key=lambda f: f.dates[0])
    return [{"label": f.label_in(lang), "value": f.written(lang)} for f in dated]


def offline_draft(brief: Brief, facts: list[Fact], policy: list[PolicyQuote], contact: str, lang: str) -> str:
    """The offline engine's draft in ``lang``: complete and correct, plain but professional."""
    quotes = [p for p in policy if p.lang == lang][: {"short": 1, "medium": 3, "long": 5}[brief.length]]
    text = render(f"draft_{brief.kind}", lang, contact=contact, facts=_values(facts, lang),
                  timeline=_timeline(facts, lang), policy=[{"n": p.n, "text": p.text} for p in quotes],
                  brief={"topic": terms.label_in(brief.topic, lang),
                         "audience": terms.label_in(brief.audience, lang) if brief.audience else "", "tone": brief.tone,
                         "length": brief.length})  # fmt: skip
    return _tidy(text) + sources(quotes, lang)


def sources(quotes: list[PolicyQuote], lang: str) -> str:
    if not quotes:
        return "\n"
    lines = [f"[{p.n}] {p.title}" + (f" › {p.heading}" if p.heading else "") for p in quotes]
    return f"\n\n## {t('draft.sources', lang)}\n\n" + "\n".join(f"- {line}" for line in lines) + "\n"


def _tidy(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- the LLM engine ------------------------------------------------------------------------------------
passthrough(TASK)


def write_request(brief: Brief, facts: list[Fact], policy: list[PolicyQuote], offline: str, lang: str) -> GenerationRequest:  # fmt: skip
    quotes = [p for p in policy if p.lang == lang]
    return GenerationRequest(task=TASK, lang=lang, output=TextOut, inputs={  # type: ignore[arg-type]
        "kind": t(f"draft.kind.{brief.kind}", lang), "topic": brief.topic, "audience": brief.audience,
        "tone": brief.tone, "length": brief.length, "offline": offline,
        "facts": [f"{f.label_in(lang)}: {f.written(lang)}" for f in facts],
        "policy": [{"n": p.n, "text": p.text} for p in quotes]})  # fmt: skip


def write_checker(facts: list[Fact], policy: list[PolicyQuote], other: tuple[str, str] | None):  # type: ignore[no-untyped-def]
    """The complaints about an LLM draft: a fact missing or altered, a weekday that does not match, a date or
    percentage from nowhere, a quote that is not the policy's words, a citation not listed, and (for the second
    language) a glossary term the first version translated otherwise."""

    def complaints(result: GenerationResult, request: GenerationRequest) -> list[str]:
        text = text_of(result)
        lang, offline = request.lang, str(request.inputs["offline"])
        report = check(facts, {lang: text})
        out = [f"{i.kind}: {i.fact or ''} {i.found or ''} (expected {i.expected or ''})".strip()
               for i in report.issues]  # fmt: skip
        known = {(m.kind, str(m.value[1:] if m.kind == "date" else m.value)) for m in mentions(offline)}
        for m in mentions(body(text)):
            key = (m.kind, str(m.value[1:] if m.kind == "date" else m.value))
            if m.kind in ("date", "percent", "link") and key not in known:
                out.append(f"'{m.text}' is not in the facts or the draft")
        listed = {p.n: p.text for p in policy if p.lang == lang}
        for line in text.splitlines():
            if line.lstrip().startswith(">"):
                cited = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
                quote = re.sub(r"\s*(\[\d+\]\s*)+$", "", line.lstrip()[1:].strip())
                if not cited or any(n not in listed for n in cited):
                    out.append(f"the quote '{quote[:40]}' cites no listed passage")
                elif not any(quote and quote in listed[n] for n in cited):
                    out.append(f"the quote '{quote[:40]}' is not word for word in passage {cited[0]}")
        if other is not None:
            first = {other[0]: other[1], lang: text}
            for term, where, used in terms.inconsistent(first.get("zh", ""), first.get("en", "")):
                if where == lang:
                    out.append(f"'{used}' must be translated as {' or '.join(term.forms(lang)[:2])}")
        return out

    return complaints
