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
from assistant.i18n import Lang, t
from assistant.knowledge.embedding import Embedder

# About one's own records: a possessive ("my rating", "我的绩效") or a past result ("what did I get", "我上个
# 周期"), not any "I": "How many objectives should I set?" asks the policy, not for one's own OKRs.
ABOUT_ME = re.compile(
    r"\b(my|mine)\b|\b(?:did|have|was|were)\s+i\b|\bi\s+(?:got|received|scored|was\s+rated|achieved|reached)\b"
    r"|我的|我上|我去年|我今年|我这(?:个|一)?(?:周期|季度|半年)|我(?:拿|得|被评)|我们组|我自己",
    re.I,
)
PRIVATE_WORDS = re.compile(
    r"\b(kpis?|feedback|reviews?|ratings?|rated|scores?|scored|grades?|potential|calibrat\w*|salary|bonus)\b"
    r"|KPI|反馈|评价|评语|绩效|等级|评级|打分|得分|潜力|校准|薪|奖金",
    re.I,
)
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
_ID_LIKE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{1,3}-?\d{3,}(?![A-Za-z0-9])"
)  # what an employee id looks like
HALF = re.compile(r"(20\d\d)\s*[-年 ]?\s*(H1|H2|上半年|下半年)", re.I)
LAST_HALF = re.compile(
    r"\blast\s+(H1|H2)\b|上一?个?(H1|H2)|去年(上|下)半年|last cycle|上个周期|上一个周期", re.I
)


@dataclass
class RecordPassage:
    source: str  # hris://okr/<id>, hris://review/<id>, ...
    heading: str  # what users see: "Your 2026 H1 manager review, by your manager"
    text: str
    score: float


@dataclass
class Records:
    passages: list[RecordPassage]
    others_private: bool = False  # the question asks about someone else's private records, out of scope


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


def _named(data: HRData, question: str, everyone: list[Employee]) -> list[Employee]:
    """People other than the viewer whom the question names (the directory is not private)."""
    low = question.lower()
    return [e for e in everyone if e.id != data.actor.employee_id and (
        e.name in question or (e.name_en and e.name_en.lower() in low) or re.search(rf"\b{re.escape(e.id)}\b", question, re.I))]  # fmt: skip


def wants_records(question: str) -> bool:
    return bool(RECORD_WORDS.search(question) or PRIVATE_WORDS.search(question))


def _title(record: str, whose: str, cycle: str, lang: Lang, **extra: str) -> str:
    return t(f"record.{record}", lang, whose=whose, cycle=cycle, **extra)


def record_passages(data: HRData, question: str, embedder: Embedder, today: date, lang: Lang = "en",
                    limit: int = 6) -> Records:  # fmt: skip
    """The viewer's in-scope records that best match ``question`` (none when it is not about records), and
    whether it asks about someone's private records the viewer may not see."""
    if not wants_records(question):
        return Records([])
    everyone = data.people()
    me = data.actor.employee_id
    named = _named(data, question, everyone)
    visible = [e for e in named if data.actor.can_see(e.id)]
    known = {e.id.upper() for e in visible} | {me.upper()}
    strangers = [
        i for i in _ID_LIKE.findall(question) if i.upper() not in known
    ]  # out of scope or unknown alike
    if PRIVATE_WORDS.search(question) and (len(visible) < len(named) or strangers):
        return Records([], others_private=True)
    people = visible
    if not named and ABOUT_TEAM.search(question):
        people = [e for e in everyone if e.manager_id == me]
    elif not named and ABOUT_ME.search(question):
        people = [data.employee(me)]
    if not people:
        return Records([])
    cycles = _cycles(data, question, today)
    names = {e.id: e.name for e in everyone}
    out: list[RecordPassage] = []
    for person in people[:20]:
        whose = t("record.whose.mine" if person.id == me else "record.whose.other", lang, name=person.name)
        for cycle in cycles:
            when = cycle.name_en if lang == "en" else cycle.name_zh
            for view in data.objectives(of=person.id, cycle_id=cycle.id):
                lines = [view.objective.content] + [f"- {kr.content}" + (f" ({kr.score:.1f})" if kr.score is not None
                                                                          else "") for kr in view.key_results]  # fmt: skip
                out.append(RecordPassage(f"hris://okr/{view.objective.id}", _title("okr", whose, when, lang),
                                         "\n".join(lines), 0))  # fmt: skip
            for review in data.reviews(of=person.id, cycle_id=cycle.id):
                kind = t(f"review.{review.kind}", lang)
                title = (_title("self_review", whose, when, lang, kind=kind) if review.kind == "self" else
                         _title("review", whose, when, lang, kind=kind,
                                by=_reviewer(review.kind, review.reviewer_id, person.id, me, names, lang)))  # fmt: skip
                out.append(RecordPassage(f"hris://review/{review.id}", title, review.text, 0))
            for rating in data.ratings(of=person.id, cycle_id=cycle.id):
                value = rating.post_calibration or rating.pre_calibration or "-"
                out.append(RecordPassage(f"hris://rating/{rating.id}", _title("rating", whose, when, lang),
                                         t("record.rating_text", lang, name=person.name, cycle=when, value=value), 0))  # fmt: skip
            for kpi in data.kpis(of=person.id, cycle_id=cycle.id):
                text = t("record.kpi_text", lang, indicator=kpi.indicator, actual=kpi.actual, target=kpi.target,
                         score=kpi.score)  # fmt: skip
                out.append(RecordPassage(f"hris://kpi/{kpi.id}", _title("kpi", whose, when, lang), text, 0))
    if not out:
        return Records([])
    sims = embedder.passages([f"{p.heading}\n{p.text}" for p in out]) @ embedder.query(question)
    wanted = {kind for kind, pattern in KIND_WORDS.items() if pattern.search(question)}
    sims = sims + np.array([0.1 if p.source.split("/")[2] in wanted else 0.0 for p in out], dtype=np.float32)
    for p, s in zip(out, sims, strict=True):
        p.score = float(s)
    order = np.argsort(-sims)
    return Records([out[i] for i in order[:limit]])


def _reviewer(kind: str, reviewer: str, reviewee: str, me: str, names: dict[str, str], lang: Lang) -> str:
    """Who wrote a review, as the viewer may know it: "your manager", "a colleague" (hidden), a name."""
    if not reviewer:
        return t("record.by.hidden", lang)
    if reviewee == me and kind == "manager":
        return t("record.by.your_manager", lang)
    return names.get(reviewer, reviewer)
