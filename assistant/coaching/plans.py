"""Conversation plans: a GROW development conversation (with an individual development plan), a mid-term or
year-end review, an underperformance conversation with the documentation checklist of the company's PIP
procedure. The offline engine fills each section from the employee's records (read through the access layer
by the caller) and from policy passages retrieved for the kind; every policy line is an exact sentence of a
cited passage, every line about the employee comes from their records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel

from assistant.i18n import Lang, t
from assistant.llm.answer import sentences
from assistant.llm.backends.offline import composer
from assistant.llm.types import GenerationRequest, GenerationResult

Kind = Literal["growth", "midterm", "yearend", "underperformance"]
KINDS: tuple[Kind, ...] = ("growth", "midterm", "yearend", "underperformance")

# what to retrieve from the company's documents for each kind (both languages: the index may hold either)
POLICY_QUERIES: dict[Kind, tuple[str, ...]] = {
    "growth": ("development conversation career growth individual development plan one-to-one",
               "个人发展计划 职业发展 一对一沟通 辅导"),
    "midterm": ("mid-term review progress update OKR score-to-date conversation", "期中回顾 进展 OKR 评分 沟通"),
    "yearend": ("half-year-end review self-assessment manager assessment rating calibration",
                "年终 半年度 绩效评估 自评 上级评价 等级 校准"),
    "underperformance": ("performance improvement plan PIP steps documentation HRBP review weekly check-in",
                         "绩效改进计划 PIP 步骤 书面记录 HRBP 每周跟进"),
}  # fmt: skip
_CHECKLIST = re.compile(
    r"document|record|written|writing|in writing|signed|sign-off|evidence|minutes|copy|记录|书面|签字|签署|存档|证据|备案",
    re.I,
)


@dataclass
class PolicyLine:
    text: str  # an exact sentence of the passage
    title: str
    heading: str
    source: str
    ref: int = 0


@dataclass
class Section:
    title: str
    lines: list[str] = field(default_factory=list)
    cites: list[int] = field(default_factory=list)  # [n] of the policy lines this section follows


@dataclass
class Plan:
    kind: Kind
    employee: str  # the name, as the manager knows it
    lang: Lang
    sections: list[Section]
    citations: list[PolicyLine]
    engine: Literal["offline", "llm"] = "offline"
    notice: str | None = None  # why the offline plan is shown when an LLM was configured


@dataclass
class EmployeeFacts:
    """What the plan may say about the employee: their records as the manager may read them."""

    name: str
    cycle: str
    krs: list[tuple[str, float | None]]  # KR text, score 0..1 (None: not scored yet)
    last_rating: str | None = None
    review_lines: list[str] = field(default_factory=list)  # sentences of their last reviews


def policy_lines(passages: list[tuple[str, str, str, str]], kind: Kind, limit: int = 6) -> list[PolicyLine]:
    """Sentences of the retrieved passages (source, title, heading, text) to follow, in order; for an
    underperformance plan the documentation steps come first."""
    lines = [PolicyLine(s, title, heading, source) for source, title, heading, text in passages
             for s in sentences(text) if len(s) >= 12 and s in text]  # fmt: skip
    if kind == "underperformance":
        lines.sort(key=lambda p: not _CHECKLIST.search(p.text))
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.text not in seen:
            seen.add(line.text)
            out.append(line)
    for n, line in enumerate(out[:limit], 1):
        line.ref = n
    return out[:limit]


def build_plan(kind: Kind, facts: EmployeeFacts, policy: list[PolicyLine], lang: Lang) -> Plan:
    """The offline plan: sections filled from the facts and the policy lines (cited by [n])."""
    low = [kr for kr, score in facts.krs if score is not None and score < 0.4]
    high = [kr for kr, score in facts.krs if score is not None and score >= 0.7]
    progress = [
        t("coach.plan.kr", lang, kr=kr, score="-" if s is None else f"{s:.1f}") for kr, s in facts.krs
    ]
    refs = [p.ref for p in policy]
    checklist = [p.ref for p in policy if _CHECKLIST.search(p.text)]

    def section(key: str, lines: list[str], cites: list[int] | None = None) -> Section:
        return Section(t(f"coach.plan.{key}", lang), [ln for ln in lines if ln], cites or [])

    name, cycle = facts.name, facts.cycle
    rating = t("coach.plan.rating", lang, rating=facts.last_rating) if facts.last_rating else ""
    if kind == "growth":
        sections = [
            section("goal", [t("coach.q.goal", lang, name=name)], refs[:2]),
            section("reality", [*progress, rating, *facts.review_lines[:2], t("coach.q.reality", lang)]),
            section("options", [t("coach.q.options", lang)] + [t("coach.plan.build_on", lang, kr=k) for k in high[:2]]),
            section("will", [t("coach.q.will", lang)], refs[2:4]),
            section("idp", [t("coach.idp.goals", lang), t("coach.idp.actions", lang), t("coach.idp.support", lang),
                            t("coach.idp.dates", lang)], refs),
        ]  # fmt: skip
    elif kind in ("midterm", "yearend"):
        sections = [
            section("opening", [t(f"coach.{kind}.opening", lang, name=name, cycle=cycle)], refs[:2]),
            section("progress", progress or [t("coach.plan.no_okrs", lang, cycle=cycle)]),
            section("talking", [t("coach.plan.recognise", lang, kr=k) for k in high[:3]]
                    + [t("coach.plan.explore", lang, kr=k) for k in low[:3]] + facts.review_lines[:2]),
            section("next", [t(f"coach.{kind}.next", lang)], refs[2:]),
        ]  # fmt: skip
    else:
        steps = [p for p in policy if p.ref not in checklist][:4]
        concern = [
            *(t("coach.plan.explore", lang, kr=k) for k in low[:4]),
            rating,
            t("coach.pip.facts", lang),
        ]
        documented = [p.text for p in policy if p.ref in checklist] or [t("coach.pip.no_procedure", lang)]
        sections = [
            section("concern", concern, refs[:2]),
            section("steps", [p.text for p in steps], [p.ref for p in steps]),
            section("checklist", documented, checklist),
        ]
    return Plan(kind, name, lang, sections, policy)


class SectionOut(BaseModel):
    title: str
    lines: list[str]
    cites: list[int] = []


class PlanOut(BaseModel):
    """What the LLM returns for a plan (and what the offline composer returns unchanged)."""

    sections: list[SectionOut]


TASK = "coach_plan"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@composer(TASK)
def compose_plan(request: GenerationRequest) -> GenerationResult:
    data = PlanOut.model_validate_json(str(request.inputs["offline"]))
    return GenerationResult(text=data.model_dump_json(), data=data)


def plan_request(plan: Plan, facts: EmployeeFacts) -> GenerationRequest:
    offline = PlanOut(
        sections=[SectionOut(title=s.title, lines=s.lines, cites=s.cites) for s in plan.sections]
    )
    fact_lines = [
        t("coach.plan.kr", plan.lang, kr=kr, score="-" if s is None else f"{s:.1f}") for kr, s in facts.krs
    ]
    fact_lines += [t("coach.plan.rating", plan.lang, rating=facts.last_rating)] if facts.last_rating else []
    fact_lines += facts.review_lines
    return GenerationRequest(task=TASK, lang=plan.lang, output=PlanOut, inputs={
        "employee": plan.employee, "kind": plan.kind, "facts": fact_lines,
        "policy": [{"n": p.ref, "text": p.text} for p in plan.citations], "offline": offline.model_dump_json()})  # fmt: skip


def plan_complaints(result: GenerationResult, request: GenerationRequest) -> list[str]:
    """What makes an LLM plan unusable: other sections, a citation not listed, a number from nowhere."""
    data = result.data
    if not isinstance(data, PlanOut):
        return ["the reply is not a plan object"]
    offline = PlanOut.model_validate_json(str(request.inputs["offline"]))
    out = []
    if [s.title for s in data.sections] != [s.title for s in offline.sections]:
        out.append("the sections must keep the titles and order of the plan given")
    refs = {p["n"] for p in request.inputs["policy"]}
    if bad := sorted({n for s in data.sections for n in s.cites} - refs):
        out.append(f"citations {bad} are not among the numbered policy passages")
    known = " ".join([*request.inputs["facts"], *(p["text"] for p in request.inputs["policy"]),
                      str(request.inputs["offline"]), str(request.inputs["employee"])])  # fmt: skip
    allowed = set(_NUMBER.findall(known))
    if invented := sorted(
        {n for s in data.sections for line in s.lines for n in _NUMBER.findall(line)} - allowed
    ):
        out.append(f"numbers {invented} are not in the facts, the policy or the plan")
    return out


def fluent(plan: Plan, result: GenerationResult) -> Plan:
    """The plan with the LLM's verified sections (the offline plan, with the reason, when it fell back)."""
    if result.engine != "llm" or not isinstance(result.data, PlanOut):
        return Plan(plan.kind, plan.employee, plan.lang, plan.sections, plan.citations, "offline",
                    result.notice(plan.lang))  # fmt: skip
    sections = [Section(s.title, s.lines, s.cites) for s in result.data.sections]
    return Plan(plan.kind, plan.employee, plan.lang, sections, plan.citations, "llm")


def plan_text(plan: Plan) -> str:
    """The plan as Markdown, with [n] after each line that follows a cited policy passage."""
    out = [f"# {t(f'coach.kind.{plan.kind}', plan.lang)}: {plan.employee}"]
    for s in plan.sections:
        cite = " " + "".join(f"[{n}]" for n in s.cites) if s.cites else ""
        out += ["", f"## {s.title}{cite}", *(f"- {line}" for line in s.lines)]
    if plan.citations:
        out += ["", f"## {t('coach.plan.sources', plan.lang)}"]
        out += [f"[{p.ref}] {p.title} › {p.heading}: {p.text}" for p in plan.citations]
    return "\n".join(out)
