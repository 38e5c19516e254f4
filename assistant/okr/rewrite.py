"""Rewrites for findings. The offline engine fills a bilingual template from the parsed parts and asks for
what is missing ("from [current value?] to 15,000"); with an LLM configured, the model proposes a rewrite
through the generation interface. Either way the same rules re-check the text, and a rewrite is shown as
fixed only when the finding is gone and no new error appeared."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from assistant.i18n import t
from assistant.llm.backends.offline import composer
from assistant.llm.types import GenerationRequest, GenerationResult
from assistant.okr.model import Rewrite
from assistant.okr.parse_kr import ParsedKR
from assistant.okr.quantities import show

TASK = "okr_rewrite"
Lang = Literal["zh", "en"]
Recheck = Callable[[str], list[str]]  # KR text -> codes it triggers (errors and the original codes matter)


class RewriteProposal(BaseModel):
    text: str


@composer(TASK)
def compose_rewrite(request: GenerationRequest) -> GenerationResult:
    text = str(request.inputs["offline"])
    return GenerationResult(text=text, data=RewriteProposal(text=text))


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


def verify(text: str, codes: list[str], recheck: Recheck, engine: Literal["offline", "llm"]) -> Rewrite:
    """Re-check ``text``: verified when none of ``codes`` remains and it raises no error of its own."""
    after = recheck(text)
    remaining = [c for c in after if c in codes or c in _ERRORS]
    return Rewrite(text=text, verified=not remaining, engine=engine, remaining=remaining)


_ERRORS = {"KR_NO_METRIC", "KR_PLACEHOLDER_TARGET", "AMB_BELOW_BASELINE"}


def llm_rewrite(generator: Any, kr_text: str, objective: str, codes: list[str], messages: list[str],
                offline: str, lang: Lang, recheck: Recheck) -> Rewrite | None:  # fmt: skip
    """Ask the LLM for a rewrite; ``None`` when it fell back or its proposal did not pass the rules."""

    def checker(result: GenerationResult, request: GenerationRequest) -> list[str]:
        data = result.data
        if not isinstance(data, RewriteProposal) or not data.text.strip():
            return ["the reply has no rewrite text"]
        rw = verify(data.text, codes, recheck, "llm")
        return [f"the rewrite still triggers {', '.join(rw.remaining)}"] if rw.remaining else []

    request = GenerationRequest(
        task=TASK, lang=lang, output=RewriteProposal,
        inputs={"key_result": kr_text, "objective": objective, "findings": messages, "offline": offline},
    )  # fmt: skip
    result = generator.generate(request, checker)
    if result.engine != "llm" or not isinstance(result.data, RewriteProposal):
        return None
    return Rewrite(text=result.data.text, verified=True, engine="llm")
