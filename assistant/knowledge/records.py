"""Past cycles as knowledge: OKRs, KPI results, review texts and ratings become passages for a question —
but only records the access layer hands over for this viewer, so an out-of-scope record never reaches
ranking, a prompt, an answer or a log."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from assistant.access.repository import HRData
from assistant.hris.models import Cycle, Employee
from assistant.knowledge.embedding import Embedder

ABOUT_ME = re.compile(r"\b(i|my|me|mine)\b|我的|我在|我上|我们组|我自己", re.I)
ABOUT_TEAM = re.compile(
    r"\b(my team|my reports|my direct reports|team's|our team)\b|我的团队|团队|下属|组员|我们组", re.I
)
RECORD_WORDS = re.compile(
    r"\b(okrs?|kpis?|commit(?:ted)?|feedback|review|reviews|rating|ratings|rated|score|scored|goals?|objectives?)\b"
    r"|OKR|KPI|承诺|反馈|评价|评语|绩效|等级|打分|得分|目标",
    re.I,
)
KIND_WORDS = {
    "okr": re.compile(
        r"\b(okrs?|commit(?:ted)?|goals?|objectives?|key results?)\b|OKR|目标|承诺|关键结果", re.I
    ),
    "review": re.compile(r"\b(feedback|reviews?|themes?|comments?)\b|反馈|评价|评语", re.I),
    "rating": re.compile(r"\b(ratings?|rated|grade)\b|等级|评级", re.I),
    "kpi": re.compile(r"\bkpis?\b|KPI|指标", re.I),
}
HALF = re.compile(r"(20\d\d)\s*[-年 ]?\s*(H1|H2|上半年|下半年)", re.I)
LAST_HALF = re.compile(
    r"\blast\s+(H1|H2)\b|上一?个?(H1|H2)|去年(上|下)半年|last cycle|上个周期|上一个周期", re.I
)


@dataclass
class RecordPassage:
    source: str  # hris://okr/<id>, hris://review/<id>, ...
    heading: str
    text: str
    score: float


def _cycles(data: HRData, question: str, today: date) -> list[Cycle]:
    cycles = data.cycles()
    closed = [c for c in cycles if c.end < today]
    m = HALF.search(question)
    if m:
        half = "H1" if m[2].upper() == "H1" or m[2] == "上半年" else "H2"
        return [c for c in cycles if c.name_en == f"{m[1]} {half}" or c.id == f"{m[1]}-{half}"]
    m = LAST_HALF.search(question)
    if m:
        wanted = (m[1] or m[2] or "").upper() or ({"上": "H1", "下": "H2"}.get(m[3] or "", ""))
        pool = [c for c in closed if not wanted or c.name_en.endswith(wanted)]
        return pool[-1:] if pool else closed[-1:]
    return closed[-2:] + [c for c in cycles if c.start <= today <= c.end]


def _people(data: HRData, question: str, everyone: list[Employee]) -> list[Employee]:
    me = data.employee(data.actor.employee_id)
    scope = data.actor.scope
    named = [e for e in everyone if (scope is None or e.id in scope) and e.id != me.id and (
        e.name in question or (e.name_en and e.name_en.lower() in question.lower()) or e.id in question)]  # fmt: skip
    people = named
    if ABOUT_TEAM.search(question) and not named:
        people = [e for e in everyone if e.manager_id == me.id]
    elif ABOUT_ME.search(question) and not named:
        people = [me]
    return people


def wants_records(question: str) -> bool:
    return bool(RECORD_WORDS.search(question))


def record_passages(
    data: HRData, question: str, embedder: Embedder, today: date, limit: int = 6
) -> list[RecordPassage]:
    """The viewer's in-scope records that best match ``question`` (empty when it is not about records)."""
    if not wants_records(question):
        return []
    everyone = data.people()
    people = _people(data, question, everyone)
    if not people:
        return []
    cycles = _cycles(data, question, today)
    names = {e.id: e.name for e in everyone}
    out: list[RecordPassage] = []
    for person in people[:20]:
        for cycle in cycles:
            label = f"{person.name} · {cycle.name_en if data.actor.language == 'en' else cycle.name_zh}"
            for view in data.objectives(of=person.id, cycle_id=cycle.id):
                lines = [view.objective.content] + [f"- {kr.content}" + (f" ({kr.score:.1f})" if kr.score is not None
                                                                          else "") for kr in view.key_results]  # fmt: skip
                out.append(
                    RecordPassage(f"hris://okr/{view.objective.id}", f"{label} · OKR", "\n".join(lines), 0)
                )
            if data.actor.can_see(person.id):
                for review in data.reviews(of=person.id, cycle_id=cycle.id):
                    who = names.get(review.reviewer_id, review.reviewer_id)
                    out.append(RecordPassage(f"hris://review/{review.id}", f"{label} · {review.kind} · {who}",
                                             review.text, 0))  # fmt: skip
                for rating in data.ratings(of=person.id, cycle_id=cycle.id):
                    text = f"{person.name} {cycle.name_en}: rating {rating.post_calibration or rating.pre_calibration}"
                    out.append(RecordPassage(f"hris://rating/{rating.id}", f"{label} · rating", text, 0))
                for kpi in data.kpis(of=person.id, cycle_id=cycle.id):
                    text = f"{kpi.indicator}: actual {kpi.actual} (target {kpi.target}), score {kpi.score}"
                    out.append(RecordPassage(f"hris://kpi/{kpi.id}", f"{label} · KPI", text, 0))
    if not out:
        return []
    sims = embedder.passages([f"{p.heading}\n{p.text}" for p in out]) @ embedder.query(question)
    wanted = {kind for kind, pattern in KIND_WORDS.items() if pattern.search(question)}
    sims = sims + np.array([0.1 if p.source.split("/")[2] in wanted else 0.0 for p in out], dtype=np.float32)
    for p, s in zip(out, sims, strict=True):
        p.score = float(s)
    order = np.argsort(-sims)
    return [out[i] for i in order[:limit]]
