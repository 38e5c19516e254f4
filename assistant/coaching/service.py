"""The coaching service: feedback preparation (flagged wording and SBI statements linked to the report's
records) and conversation plans citing the company's policy. The employee's records are read through the
access layer as the acting user; a manager may coach only about their own reports, and a refusal says the
same whether the person is out of scope or does not exist."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.access.actor import Actor
from assistant.access.repository import HRData
from assistant.coaching import goals
from assistant.coaching.docx_out import write_docx
from assistant.coaching.goals import GoalSession
from assistant.coaching.plans import (
    KINDS,
    POLICY_QUERIES,
    EmployeeFacts,
    Kind,
    Plan,
    build_plan,
    fluent,
    plan_complaints,
    plan_request,
    policy_lines,
)
from assistant.coaching.sbi import Statement, statements
from assistant.coaching.wording import Flag, flag_notes
from assistant.errors import AccessDenied, AssistantError, InputError, NotFound, Problem
from assistant.i18n import Lang, detect_lang, t
from assistant.knowledge.answering import below_title
from assistant.llm.answer import sentences, terms
from assistant.llm.guard import REMOVED, blank, neutralise
from assistant.okr.hris_context import current_cycle

if TYPE_CHECKING:
    from assistant.core import Core
    from assistant.knowledge.service import KnowledgeService
    from assistant.okr.service import OkrService

MAX_NOTES = 20_000  # characters: a page or two of notes is plenty for one feedback conversation
EVIDENCE_MIN = (
    0.3  # cosine of a statement and a record line (with shared terms) for the line to be its evidence
)
_NUM = re.compile(r"\d+(?:\.\d+)?")


def shared(a: str, b: str) -> tuple[int, int]:
    """(numbers, words or Chinese bigrams) two texts have in common: a record is evidence for a statement only
    when they speak of the same things, not merely of similar ones."""
    return len(set(_NUM.findall(a)) & set(_NUM.findall(b))), len(terms(a) & terms(b))


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


@dataclass
class GoalTurn:
    reply: str  # the coach's message: a question, or the finished set
    session: GoalSession
    done: bool = False
    proposal: str | None = None  # the set as proposed (when the coach has one)


def _review_sentences(text: str) -> list[str]:
    """A review's sentences, without the paragraphs that speak to a model (they say nothing about the person)."""
    return [x for x in sentences(neutralise(text)[0]) if x != REMOVED]


class CoachingService:
    def __init__(self, core: Core, knowledge: KnowledgeService, okr: OkrService) -> None:
        self.core, self.knowledge, self.okr = core, knowledge, okr

    # --- the goal coach ------------------------------------------------------------------------
    def goal_start(
        self, idea: str, actor: Actor | None, lang: Lang | None = None, about: str | None = None
    ) -> GoalTurn:
        """Begin from a rough idea ("I want my team to onboard merchants faster"): the first question."""
        if not idea.strip():
            raise InputError([Problem("", "", "idea", "problem.coach.empty_idea")])
        lang = lang or detect_lang(idea)
        owner, cycle_end = None, None
        if actor is not None and self.core.has_data():
            with self.core.data(actor) as data:
                owner = self._report(data, about) if about else actor.employee_id
                cycle_end = current_cycle(data, date.today()).end
        session = goals.start(idea, lang, owner, cycle_end)
        return self.goal_reply(session, None, actor)

    def goal_reply(self, session: GoalSession, text: str | None, actor: Actor | None) -> GoalTurn:
        """The user's answer (None: just continue); the next question, or the finished, checked set."""
        lang = session.lang
        if text is not None:
            problem = goals.answer(session, text)
            if problem:
                return self._say(session, problem + " " + goals.question(session))
        self._hint(session, actor)
        if session.missing() is not None:
            return self._say(session, goals.question(session))
        text_set = goals.proposal(session)
        report = self.okr.check(text_set, actor if self.core.has_data() else None, lang=lang)
        suggested = next(
            (f for f in report.findings if f.code == "ALIGN_SUGGESTED" and f.evidence.get("candidates")), None
        )
        if suggested is not None and not session.aligned_to:
            session.aligned_to = [suggested.evidence["candidates"][0]["id"]]
            text_set = goals.proposal(session)
            report = self.okr.check(text_set, actor if self.core.has_data() else None, lang=lang)
        blocking = [f for f in report.findings if f.target != "set" and f.severity in ("error", "warning")]
        if not blocking:
            return self._say(session, t("coach.goal.done", lang, okrs=text_set), done=True, proposal=text_set)
        first = blocking[0]
        if first.code == "O_KR_COUNT":
            return self._say(session, t("coach.goal.propose", lang, okrs=text_set) + goals.question(session),
                             proposal=text_set)  # fmt: skip
        if session.extra_krs and first.target.endswith(f"KR1.{len(session.extra_krs) + 1}"):
            session.extra_krs.pop()  # the last KR the user gave still has a problem: asked again
        session.asked = "more"
        return self._say(session, t("coach.goal.fix", lang, okrs=text_set, problem=first.message[lang]),
                         proposal=text_set)  # fmt: skip

    def _hint(self, session: GoalSession, actor: Actor | None) -> None:
        """The value the owner last reached on the metric: offered when the coach asks for the baseline."""
        if session.hint_baseline is not None or not session.metric or actor is None or not session.owner:
            return
        with self.core.data(actor) as data:
            last = self.okr._history(data).owner_last(session.owner, session.metric, date.today())
        if last is not None and last.current is not None:
            session.hint_baseline = last.current

    @staticmethod
    def _say(session: GoalSession, reply: str, done: bool = False, proposal: str | None = None) -> GoalTurn:
        session.turns.append({"role": "coach", "text": reply})
        return GoalTurn(reply, session, done, proposal)

    def coachees(self, actor: Actor) -> list[tuple[str, str]]:
        """(id, name) of the people ``actor`` may prepare conversations about: a manager's direct reports (HR:
        everyone in scope but themselves)."""
        if not self.core.has_data():
            return []
        with self.core.data(actor) as data:
            if actor.role == "manager":
                people = data.direct_reports(actor.employee_id)
            elif actor.role in ("hrbp", "hr_admin"):
                people = [e for e in data.people() if actor.can_see(e.id) and e.id != actor.employee_id]
            else:
                people = []
            return [(e.id, e.name) for e in people]

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
                    reviews += _review_sentences(review.text)[:3]
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
        found = statements(blank(notes), flags, lang)  # a line that speaks to a model is no feedback
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
                overlap = [shared(s.source, line) for line in records]
                ranked = sorted(range(len(records)), key=lambda j: (-sum(overlap[j]), -row[j]))
                s.evidence = [
                    records[j]
                    for j in ranked  # two shared numbers, or shared words and meaning
                    if overlap[j][0] >= 2 or (sum(overlap[j]) >= 2 and row[j] >= EVIDENCE_MIN)
                ][:2]
        return FeedbackPrep(notes, flags, found, employee)

    def _record_lines(self, data: HRData, employee_id: str) -> list[str]:
        lines = []
        for cycle in data.cycles()[-3:]:
            for view in data.objectives(of=employee_id, cycle_id=cycle.id):
                lines += [f"{cycle.id} KR: {kr.content}" + (f" ({kr.score:.1f})" if kr.score is not None else "")
                          for kr in view.key_results]  # fmt: skip
            for review in data.reviews(of=employee_id, cycle_id=cycle.id):
                lines += [f"{cycle.id} {review.kind}: {s}" for s in _review_sentences(review.text)[:6]]
        return lines

    def conversation(self, about: str, kind: str, actor: Actor, lang: Lang = "en") -> Plan:
        """A plan for a conversation with ``about`` citing the policy passages it follows."""
        if kind not in KINDS:
            raise AssistantError("error.coach_kind")
        with self.core.data(actor) as data:
            employee = self._report(data, about)
            facts = self._facts(data, employee, lang)
        passages = self._policy(kind, actor)  # type: ignore[arg-type]
        plan = build_plan(kind, facts, policy_lines(passages, kind), lang)  # type: ignore[arg-type]
        if not self.core.settings.llm.base_url:
            return plan
        result = self.core.generator.generate(plan_request(plan, facts), plan_complaints)
        return fluent(plan, result)

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
