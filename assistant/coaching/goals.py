"""The goal-writing coach: from a rough idea to a clean OKR set, one question at a time. It reads what the idea
already says (metric, baseline, target, date), asks for the first thing missing — with the value the owner
last reached on that metric as a hint when their history has it — proposes an objective and key results, runs
the OKR checker on its own proposal, and asks for what the checker still finds missing until the set is clean.
The session is plain data (JSON), so it can be saved and resumed."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.i18n import Lang, t
from assistant.okr.parse_kr import ParsedKR, parse_kr
from assistant.okr.quantities import quantities, show
from assistant.okr.rewrite import measurable_text

Slot = Literal["metric", "baseline", "target", "deadline", "more", "done"]
SLOTS: tuple[Slot, ...] = ("metric", "baseline", "target", "deadline")
_DATE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")
_CYCLE_END = re.compile(r"cycle end|end of (?:the )?cycle|default|周期末|周期结束|默认", re.I)


class GoalSession(BaseModel):
    """What the coach knows so far; saved and resumed as JSON."""

    model_config = ConfigDict(extra="forbid")

    lang: Lang
    idea: str
    owner: str | None = None
    cycle_end: date | None = None
    metric: str | None = None
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None
    direction: Literal["increase", "decrease"] | None = None
    deadline: date | None = None
    extra_krs: list[str] = Field(default_factory=list)
    aligned_to: list[str] = Field(default_factory=list)
    asked: Slot | None = None
    turns: list[dict[str, str]] = Field(default_factory=list)  # {"role": "coach"|"user", "text": …}
    hint_baseline: float | None = None  # what the owner last reached on this metric

    def missing(self) -> Slot | None:
        return next((s for s in SLOTS if getattr(self, s) is None), None)


def start(idea: str, lang: Lang, owner: str | None = None, cycle_end: date | None = None) -> GoalSession:
    """A session from the rough idea, with whatever it already states."""
    session = GoalSession(lang=lang, idea=idea.strip(), owner=owner, cycle_end=cycle_end)
    p = parse_kr(idea)
    session.metric = p.metric if p.has_quantity else None  # a rough idea with no number names no metric yet
    session.baseline, session.target, session.unit = p.baseline, p.target, p.unit
    session.direction = p.intended or p.direction
    session.deadline = p.deadline
    session.turns.append({"role": "user", "text": session.idea})
    return session


def question(session: GoalSession) -> str:
    """The next question (and remember which slot it asks for)."""
    slot = session.missing()
    lang = session.lang
    if slot is None:
        session.asked = "more"
        return t("coach.goal.ask.more", lang)
    session.asked = slot
    hint = ""
    if slot == "baseline" and session.hint_baseline is not None:
        hint = t("coach.goal.hint.baseline", lang, value=show(session.hint_baseline, session.unit))
    if slot == "deadline" and session.cycle_end is not None:
        hint = t("coach.goal.hint.deadline", lang, date=session.cycle_end.isoformat())
    return t(f"coach.goal.ask.{slot}", lang, metric=session.metric or "", idea=session.idea) + hint


def answer(session: GoalSession, text: str) -> str | None:
    """Record the user's answer to the last question; a message when it could not be read (asked again)."""
    text = text.strip()
    session.turns.append({"role": "user", "text": text})
    slot, lang = session.asked, session.lang
    if slot == "metric":
        if len(text) < 2:
            return t("coach.goal.unclear", lang)
        session.metric = text.rstrip("。.")
        p = parse_kr(f"{text} from 1 to 2")
        session.direction = session.direction or p.intended
    elif slot in ("baseline", "target"):
        found = quantities(text)
        if not found:
            return t("coach.goal.need_number", lang)
        setattr(session, slot, found[0].value)
        session.unit = session.unit or found[0].unit
        if session.baseline is not None and session.target is not None and session.direction is None:
            session.direction = "increase" if session.target > session.baseline else "decrease"
    elif slot == "deadline":
        if m := _DATE.search(text):
            try:
                session.deadline = date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:  # 2026-02-30
                return t("coach.goal.need_date", lang)
        elif _CYCLE_END.search(text) and session.cycle_end is not None:
            session.deadline = session.cycle_end
        else:
            return t("coach.goal.need_date", lang)
    elif slot == "more":
        if len(text) < 4:
            return t("coach.goal.unclear", lang)
        session.extra_krs.append(text)
    return None


def proposal(session: GoalSession) -> str:
    """The OKR set the coach proposes, in the text form the checker (and people) read."""
    lang = session.lang
    kr = measurable_text(ParsedKR(metric=session.metric, baseline=session.baseline, target=session.target,
                                  unit=session.unit, direction=session.direction, intended=session.direction),
                         lang, deadline=session.deadline)  # fmt: skip
    title = re.sub(
        r"^(?:i want (?:my team )?to|we want to|我想(?:让)?|想让|希望|我们要)\s*",
        "",
        session.idea,
        flags=re.I,
    )
    title = title.rstrip("。.!！") or session.idea
    lines = [f"O1: {title[:1].upper() + title[1:]}"]
    if session.aligned_to:
        lines.append(("  对齐：" if lang == "zh" else "  Aligned to: ") + ", ".join(session.aligned_to))
    lines += [f"- KR1.{i}: {text}" for i, text in enumerate([kr, *session.extra_krs], 1)]
    return "\n".join(lines) + "\n"
