"""Rewrites for findings. The offline engine fills a bilingual template from the parsed parts and asks for
what is missing ("from [current value?] to 15,000"); with an LLM configured, the model proposes a rewrite
through the generation interface. Either way the same rules re-check the text, and a rewrite is shown as
fixed only when the finding is gone and no new error appeared."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from assistant.i18n import t
from assistant.llm.backends.offline import passthrough
from assistant.llm.types import GenerationRequest, GenerationResult, TextOut
from assistant.okr.model import Rewrite
from assistant.okr.parse_kr import TIME_UNITS, ParsedKR
from assistant.okr.quantities import show

TASK = "okr_rewrite"
Lang = Literal["zh", "en"]
Recheck = Callable[[str], tuple[list[str], ParsedKR]]  # KR text -> the codes it triggers, and how it reads


passthrough(TASK)


def number(value: float | None, unit: str | None, lang: Lang) -> str:
    if value is None:
        return ""
    if unit == "day":
        return f"{show(value)} {'天' if lang == 'zh' else 'days'}"
    return show(value, unit)


def measurable_text(p: ParsedKR, lang: Lang, baseline: float | None = None, target: float | None = None,
                    deadline: date | None = None) -> str:  # fmt: skip
    """ "Increase {metric} from {baseline} to {target} by {deadline}" with the parts known, and
    [which metric?] / [current value?] / [target?] where they are not."""
    base = baseline if baseline is not None else p.baseline
    goal = target if target is not None else p.target
    if goal is None and p.change is not None and base is not None:
        sign = 1 if (p.intended or p.direction) != "decrease" else -1
        goal = (
            base + sign * p.change
            if p.change_unit == "pp" or (p.unit == "%" and p.change_unit != "%")
            else base * (1 + sign * p.change / 100)
            if p.change_unit == "%"
            else base + sign * p.change
        )
        goal = round(goal, 2)
    key = "okr.suggest.down" if (p.intended or p.direction) == "decrease" else "okr.suggest.up"
    when = deadline or p.deadline
    if goal is None and p.change is not None:  # "cut complaints by 20%": keep the change, ask for the start
        change = (
            f"{show(p.change)} {'个百分点' if lang == 'zh' else 'pp'}"
            if p.change_unit == "pp"
            else show(p.change, p.change_unit)
        )
        text = t(f"{key}_by", lang, metric=p.metric or t("okr.suggest.ask_metric", lang), change=change,
                 baseline=t("okr.suggest.ask_baseline", lang), deadline=when.isoformat() if when else "")  # fmt: skip
        return re.sub(r"(?:，截至|\s+by)\s*$", "", text)
    text = t(key, lang, metric=p.metric or t("okr.suggest.ask_metric", lang),
             baseline=number(base, p.unit, lang) if base is not None else t("okr.suggest.ask_baseline", lang),
             target=number(goal, p.unit, lang) if goal is not None else t("okr.suggest.ask_target", lang),
             deadline=when.isoformat() if when else "")  # fmt: skip
    return re.sub(r"(?:，截至|\s+by)\s*$", "", text)


def offline_suggestion(code: str, kr_text: str, p: ParsedKR, lang: Lang, evidence: dict[str, Any],
                       known_baseline: float | None, deadline: date | None) -> str | None:  # fmt: skip
    if code in ("KR_NO_BASELINE", "KR_PLACEHOLDER_TARGET", "KR_NO_METRIC"):
        return measurable_text(p, lang, baseline=known_baseline, deadline=deadline)
    if code == "KR_IS_TASK":
        outcome = measurable_text(
            ParsedKR(direction=p.direction, intended=p.intended), lang, deadline=deadline
        )
        return t("okr.suggest.task", lang, rewrite=outcome, text=kr_text)
    if code == "AMB_BELOW_BASELINE":
        return measurable_text(p.model_copy(update={"target": None}), lang, deadline=deadline)
    if code == "AMB_SANDBAG" and evidence.get("suggested_target") is not None:
        return measurable_text(p, lang, baseline=evidence.get("last_reached"), target=evidence["suggested_target"],
                               deadline=deadline)  # fmt: skip
    if code == "AMB_UNREALISTIC" and p.baseline is not None:
        best = evidence["best_historical_growth"] * 3
        sign = 1 if (p.intended or p.direction) != "decrease" else -1
        goal = p.baseline + sign * best if p.unit == "%" else p.baseline * (1 + sign * best)
        return t("okr.suggest.AMB_UNREALISTIC", lang, suggested=number(round(goal, 2), p.unit, lang))
    if code == "KR_DUPLICATE":
        return t("okr.suggest.KR_DUPLICATE", lang)
    if code in ("KPI_AS_KR",):
        return t("okr.suggest.kpi_as_kr", lang)
    return None


def verify(text: str, codes: list[str], recheck: Recheck, engine: Literal["offline", "llm"],
           original: ParsedKR) -> Rewrite:  # fmt: skip
    """Re-check ``text``: verified when none of ``codes`` remains, it raises no error of its own, keeps the
    metric's direction and unit, and keeps a share within 0–100%. ``needs`` names the parts the user must
    supply (the template's [current value?] / [target?] / [which metric?])."""
    after, parsed = recheck(text)
    remaining = [c for c in after if c in codes or c in _ERRORS] + drift(original, parsed)
    needs = [part for part in ("metric", "baseline", "target")
             if any(t(f"okr.suggest.ask_{part}", lg) in text for lg in ("zh", "en"))]  # fmt: skip
    return Rewrite(text=text, verified=not remaining and not needs, engine=engine, remaining=remaining,
                   needs=needs)  # fmt: skip


def drift(before: ParsedKR, after: ParsedKR) -> list[str]:
    """How a rewrite changed what the KR measures: REWRITE_DIRECTION (lower-is-better became higher or the
    reverse), REWRITE_UNIT (days became %), REWRITE_SHARE (a share pushed outside 0–100%)."""
    out = []
    was, now = before.intended or before.direction, after.intended or after.direction
    if after.baseline is not None and after.target is not None and after.baseline != after.target:
        now = "increase" if after.target > after.baseline else "decrease"  # where the numbers move it
    if was and now and was != now:
        out.append("REWRITE_DIRECTION")
    if (
        before.unit
        and after.unit
        and before.unit != after.unit
        and not {before.unit, after.unit} <= TIME_UNITS
    ):
        out.append("REWRITE_UNIT")
    within = all(v is None or 0 <= v <= 100 for v in (before.baseline, before.target))
    if (
        within
        and after.unit == "%"
        and any(v is not None and not 0 <= v <= 100 for v in (after.baseline, after.target))
    ):
        out.append("REWRITE_SHARE")
    return out


_ERRORS = {"KR_NO_METRIC", "KR_PLACEHOLDER_TARGET", "AMB_BELOW_BASELINE"}


def llm_rewrite(generator: Any, kr_text: str, objective: str, codes: list[str], messages: list[str],
                offline: str, lang: Lang, recheck: Recheck, original: ParsedKR) -> Rewrite | None:  # fmt: skip
    """Ask the LLM for a rewrite; ``None`` when it fell back or its proposal did not pass the rules."""

    def checker(result: GenerationResult, request: GenerationRequest) -> list[str]:
        data = result.data
        if not isinstance(data, TextOut) or not data.text.strip():
            return ["the reply has no rewrite text"]
        rw = verify(data.text, codes, recheck, "llm", original)
        return [f"the rewrite still triggers {', '.join(rw.remaining)}"] if rw.remaining else []

    request = GenerationRequest(
        task=TASK, lang=lang, output=TextOut,
        inputs={"key_result": kr_text, "objective": objective, "findings": messages, "offline": offline},
    )  # fmt: skip
    result = generator.generate(request, checker)
    if result.engine != "llm" or not isinstance(result.data, TextOut):
        return None
    return Rewrite(text=result.data.text, verified=True, engine="llm")
