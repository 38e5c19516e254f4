"""The coaching service: feedback preparation (flagged wording and SBI statements linked to the report's
records) and conversation plans citing the company's policy. The employee's records are read through the
access layer as the acting user; a manager may coach only about their own reports, and a refusal says the
same whether the person is out of scope or does not exist."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.access.actor import Actor
from assistant.access.repository import HRData
from assistant.coaching.docx_out import write_docx
from assistant.coaching.plans import (
    KINDS,
    POLICY_QUERIES,
    EmployeeFacts,
    Kind,
    Plan,
    build_plan,
    policy_lines,
)
from assistant.coaching.sbi import Statement, statements
from assistant.coaching.wording import Flag, flag_notes
from assistant.errors import AccessDenied, AssistantError, InputError, NotFound, Problem
from assistant.i18n import Lang, detect_lang
from assistant.knowledge.answering import below_title
from assistant.llm.answer import sentences

if TYPE_CHECKING:
    from assistant.core import Core
    from assistant.knowledge.service import KnowledgeService

MAX_NOTES = 20_000  # characters: a page or two of notes is plenty for one feedback conversation
EVIDENCE_MIN = 0.82  # cosine of a statement and a record line for the record to count as its evidence


@dataclass
class FeedbackPrep:
    notes: str
    flags: list[Flag]
    statements: list[Statement]
    about: str | None = None
    citations: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "flags": [{"phrase": f.phrase, "category": f.category, "subtype": f.subtype, "start": f.start,
                       "suggestion": f.suggestion} for f in self.flags],
            "statements": [{"situation": s.situation, "behaviour": s.behaviour, "impact": s.impact,
                            "complete": s.complete, "evidence": s.evidence} for s in self.statements],
            "citations": self.citations,
        }  # fmt: skip


def check_notes(notes: str) -> None:
    """Empty, too long, or in a third language: a problem in the user's language, nothing kept."""
    text = notes.strip()
    if not text:
        raise InputError([Problem("", "", "notes", "problem.coach.empty_notes")])
    if len(text) > MAX_NOTES:
        raise InputError(
            [Problem("", "", "notes", "problem.coach.long_notes", {"chars": len(text), "limit": MAX_NOTES})]
        )
    letters = [ch for ch in text if ch.isalpha()]
    ours = sum(ch.isascii() or "\u4e00" <= ch <= "\u9fff" for ch in letters)
    if letters and ours / len(letters) < 0.6:
        raise InputError([Problem("", "", "notes", "problem.coach.language")])


class CoachingService:
    def __init__(self, core: Core, knowledge: KnowledgeService) -> None:
        self.core, self.knowledge = core, knowledge

    def _report(self, data: HRData, about: str) -> str:
        """``about`` as stored, when the actor may coach about them: their own report (an HR admin or HRBP: anyone
        in scope). The refusal is the same for someone out of scope and for an id that does not exist."""
        actor = data.actor
        try:
            employee = data.employee(about)
            allowed = actor.can_see(employee.id) and employee.id != actor.employee_id
            if actor.role == "manager" and employee.manager_id != actor.employee_id:
                allowed = False
        except NotFound:
            allowed = False
        if not allowed:
            raise AccessDenied("error.coach_scope")
        return employee.id

    def _facts(self, data: HRData, employee_id: str, lang: Lang) -> EmployeeFacts:
        from assistant.okr.hris_context import current_cycle

        cycle = current_cycle(data, date.today())
        krs = [
            (kr.content, kr.score)
            for v in data.objectives(of=employee_id, cycle_id=cycle.id)
            for kr in v.key_results
        ]
        past = [c for c in data.cycles() if c.end < date.today()]
        rating = None
        reviews: list[str] = []
        if past:
            last = past[-1]
            ratings = data.ratings(of=employee_id, cycle_id=last.id)
            rating = (ratings[0].post_calibration or ratings[0].pre_calibration) if ratings else None
            for review in data.reviews(of=employee_id, cycle_id=last.id):
                if review.kind == "manager":
                    reviews += sentences(review.text)[:3]
        name = data.employee(employee_id).name
        return EmployeeFacts(name, cycle.name_zh if lang == "zh" else cycle.name_en, krs, rating, reviews)

    def feedback(
        self, notes: str, actor: Actor | None, about: str | None = None, lang: Lang | None = None
    ) -> FeedbackPrep:
        """Flagged wording and SBI statements from ``notes``; with ``about``, each statement linked to the
        report's records (OKR progress, past reviews) that bear on it."""
        check_notes(notes)
        lang = lang or detect_lang(notes)
        flags = flag_notes(notes)
        found = statements(notes, flags, lang)
        if about is None:
            return FeedbackPrep(notes, flags, found)
        if actor is None:
            raise AccessDenied("error.coach_scope")
        with self.core.data(actor) as data:
            employee = self._report(data, about)
            records = self._record_lines(data, employee)
        if records and found:
            embed = self.core.embedder
            sims = embed.passages([s.source for s in found]) @ embed.passages(records).T
            for s, row in zip(found, sims, strict=True):
                s.evidence = [records[j] for j in np.argsort(-row)[:2] if row[j] >= EVIDENCE_MIN]
        return FeedbackPrep(notes, flags, found, employee)

    def _record_lines(self, data: HRData, employee_id: str) -> list[str]:
        lines = []
        for cycle in data.cycles()[-3:]:
            for view in data.objectives(of=employee_id, cycle_id=cycle.id):
                lines += [f"{cycle.id} KR: {kr.content}" + (f" ({kr.score:.1f})" if kr.score is not None else "")
                          for kr in view.key_results]  # fmt: skip
            for review in data.reviews(of=employee_id, cycle_id=cycle.id):
                lines += [f"{cycle.id} {review.kind}: {s}" for s in sentences(review.text)[:6]]
        return lines

    def conversation(self, about: str, kind: str, actor: Actor, lang: Lang = "en") -> Plan:
        """A plan for a conversation with ``about`` citing the policy passages it follows."""
        if kind not in KINDS:
            raise AssistantError("error.coach_kind")
        with self.core.data(actor) as data:
            employee = self._report(data, about)
            facts = self._facts(data, employee, lang)
        passages = self._policy(kind, actor)  # type: ignore[arg-type]
        return build_plan(kind, facts, policy_lines(passages, kind), lang)  # type: ignore[arg-type]

    def _policy(self, kind: Kind, actor: Actor) -> list[tuple[str, str, str, str]]:
        retriever = self.knowledge.retriever
        out: list[tuple[str, str, str, str]] = []
        for query in POLICY_QUERIES[kind]:
            for hit in retriever.search(query, actor, k=3):
                item = (hit.document.path, hit.document.title, below_title(hit.chunk.heading, hit.document.title),
                        hit.chunk.text)  # fmt: skip
                if item not in out:
                    out.append(item)
        return out

    def conversation_docx(self, plan: Plan, path: Path) -> Path:
        return write_docx(plan, path)
