"""Quality rules: is each KR a measurable outcome with a baseline and a target; are objectives aspirations;
are counts and weights within the OKR guide."""

from __future__ import annotations

import re

from assistant.okr import lexicon as lx
from assistant.okr.model import KeyResultIn, ObjectiveIn, OkrSetIn
from assistant.okr.parse_kr import ParsedKR
from assistant.okr.policy import OkrPolicy
from assistant.okr.quantities import has_placeholder, quantities, show
from assistant.okr.rules import Hit


def kr_hits(kr: KeyResultIn, p: ParsedKR) -> list[Hit]:
    """The quality and baseline-ambition findings of one KR, from its text and parsed parts."""
    hits: list[Hit] = []
    measurable = p.measurable
    # a clause with a target beside one without ("… to 40% and improve 7-day retention", "…，坏账进一步下降",
    # "… and grow expansion ARR by X%"): that one has no target
    open_clause = measurable and vague_clause(kr.text)
    task = is_task(kr.text, p)
    # a deliverable with no number ("Rollout of the new CRM to the sales teams") measures nothing, unless it
    # tracks a measure ("track conversion across the funnel")
    names = p.names_metric and (not task or bool(lx.MEASURE_NOUNS.search(kr.text)))
    if open_clause or (not measurable and (p.placeholder or (names and not p.has_quantity))):
        hits.append(Hit("KR_PLACEHOLDER_TARGET", kr.id, {"metric": p.metric or "?"}))
    elif not measurable and not p.has_quantity:
        hits.append(Hit("KR_NO_METRIC", kr.id))
    if task:
        hits.append(Hit("KR_IS_TASK", kr.id, {"verb": p.task_verb}))
    if measurable and p.baseline is None and not p.new_count and (not task or task_clause(kr.text)):
        hits.append(Hit("KR_NO_BASELINE", kr.id, {"metric": p.metric or "?"}))
    if below_baseline(p):
        hits.append(Hit("AMB_BELOW_BASELINE", kr.id, {"baseline": show(p.baseline, p.unit), "target": show(p.target, p.unit)},
                        {"baseline": p.baseline, "target": p.target, "direction": p.intended}))  # fmt: skip
    return hits


_OUTCOME_CLAUSE = re.compile(
    rf"(?:\b(?:{lx.INCREASE_EN}|{lx.DECREASE_EN}|reach|achieve|maintain)\b|{lx.INCREASE_ZH}|{lx.DECREASE_ZH}|达到)"
    r"[^,;，；。]{0,40}?(?:\d|(?<![A-Za-z])(?:X|XX|N|Y|TBD)(?![A-Za-z])|%)",
    re.I,
)
_BY_TASK = re.compile(rf"\b(?:by|through|via)\s+(?:{lx.TASK_VERBS_EN})\b[^,;.]{{0,40}}?\d", re.I)


def is_task(text: str, p: ParsedKR) -> bool:
    """An activity or deliverable rather than an outcome (OKR guide §4). "Improve X by completing 4
    initiatives" is a task (the number belongs to the task); "Start tracking DORA and improve it by X%" is not
    (a clause states an outcome)."""
    if task_clause(text):
        return True
    if p.task_verb is None:
        if deliverable_count(text, p):
            return True
        return bool(_BY_TASK.search(text)) and not (p.baseline is not None and p.target is not None)
    if _OUTCOME_CLAUSE.search(text[len(p.task_verb) :] if text.startswith(p.task_verb) else text):
        return False
    if p.baseline is not None and p.target is not None:
        return False
    if p.change is not None and p.intended is not None:
        return False
    return not (p.measurable and p.names_metric and not lx.ACTIVITY_NOUNS.search(text))


_CLAUSES = re.compile(r"[,;，；、]|\band\b|\bwhile\b|\bplus\b|同时|并且|并|且")
_VAGUE = re.compile(
    rf"\b(?:{lx.INCREASE_EN}|{lx.DECREASE_EN}|higher|lower|better|more|fewer|less)\b|{lx.INCREASE_ZH}|{lx.DECREASE_ZH}|"
    r"进一步|持续|有所|逐步|稳步",
    re.I,
)


_CONJUNCTION = re.compile(r"^\s*(?:and|also|while|plus|同时|并且|并|且)?\s*", re.I)
_STARTS_WITH_DIRECTION = re.compile(
    rf"(?:{lx.INCREASE_EN}|{lx.DECREASE_EN}|keep|maintain)\b|(?:{lx.INCREASE_ZH}|{lx.DECREASE_ZH}|进一步|持续)",
    re.I,
)


def vague_clause(text: str) -> bool:
    """Whether a clause after the first has a placeholder for its target ("… and grow expansion ARR by X%"), or
    is a goal of its own with no value: it starts with a direction ("and improve 7-day retention") or, in
    Chinese, with its metric ("坏账金额进一步下降"). A clause that explains the first ("driven by more
    onboarding conversion", "with better coverage") is not a goal."""
    for c in _CLAUSES.split(text)[1:]:
        if has_placeholder(c):
            return True
        body = c[_CONJUNCTION.match(c).end() :]  # type: ignore[union-attr]
        own_goal = _STARTS_WITH_DIRECTION.match(body) or (
            re.match(r"[\u4e00-\u9fff]", body) and lx.METRIC_WORDS.search(body[:12])
        )
        if own_goal and lx.METRIC_WORDS.search(body) and _VAGUE.search(body) and not quantities(body):
            return True
    return False


def task_clause(text: str) -> bool:
    """Whether one clause is a deliverable of its own, with no number, beside a clause with one ("Ship the
    redesigned checkout and lift conversion to 3.4%", "…，同时完成智能排班系统全量上线"): a KR is clean only if
    each of its clauses is."""
    clauses = [c[_CONJUNCTION.match(c).end() :].strip() for c in _CLAUSES.split(text)]  # type: ignore[union-attr]
    clauses = [c for c in clauses if c]
    counted = [bool(quantities(c)) for c in clauses]
    return any(counted) and any(
        not n and (lx.first_verb_is_task(c) or lx.TASK_ZH.match(c))
        for c, n in zip(clauses, counted, strict=True)
    )


def deliverable_count(text: str, p: ParsedKR) -> bool:
    """Whether the KR's target or baseline counts things the team produces ("from 6 courses to 11", "3 篇客户
    案例"), not some other number of it ("course completion rate … across 12 courses")."""
    return any(
        lx.DELIVERABLE_COUNT.match(text, q.end) for q in quantities(text) if q.value in (p.target, p.baseline)
    )


def below_baseline(p: ParsedKR) -> bool:
    if p.baseline is None or p.target is None:
        return False
    if p.target == p.baseline:
        return True
    if p.intended == "decrease":
        return p.target > p.baseline
    return p.target < p.baseline  # with no lower-is-better sign, higher is better


def duplicate_hits(krs: list[tuple[KeyResultIn, ParsedKR]]) -> list[Hit]:
    """A KR that repeats an earlier one in the set: the same words, or the same metric and target."""
    hits: list[Hit] = []
    seen: list[tuple[KeyResultIn, ParsedKR, set[str]]] = []
    for kr, p in krs:
        grams = _bigrams(kr.text)
        for other, op, og in seen:
            same_words = grams and og and len(grams & og) / len(grams | og) >= 0.8
            same_goal = (p.metric and op.metric and p.metric.lower() == op.metric.lower()
                         and p.target is not None and p.target == op.target)  # fmt: skip
            if same_words or same_goal:
                hits.append(Hit("KR_DUPLICATE", kr.id, {"other": other.id}, {"duplicate_of": other.id}))
                break
        seen.append((kr, p, grams))
    return hits


def _bigrams(text: str) -> set[str]:
    s = re.sub(r"\W+", "", text.lower())
    return {s[i : i + 2] for i in range(len(s) - 1)}


def objective_hits(obj: ObjectiveIn, policy: OkrPolicy) -> list[Hit]:
    hits: list[Hit] = []
    if quantities(obj.title):
        hits.append(Hit("O_IS_METRIC", obj.id, {"title": obj.title}))
    lo, hi = policy.key_results_per_objective
    if not lo <= len(obj.key_results) <= hi:
        hits.append(Hit("O_KR_COUNT", obj.id, {"count": len(obj.key_results), "lo": lo, "hi": hi}))
    weights = [kr.weight for kr in obj.key_results]
    if any(w is not None for w in weights):
        hit = _weights_hit("KR_WEIGHTS", obj.id, [kr.id for kr in obj.key_results], weights)
        hits += [hit] if hit else []
        scaled = _scaled([w or 0.0 for w in weights])
        hits += [Hit("KR_WEIGHT_LOW", kr.id, {"weight": f"{w:.0%}", "min": f"{policy.kr_weight_min:.0%}"})
                 for kr, w in zip(obj.key_results, scaled, strict=True) if 0 < w < policy.kr_weight_min - 1e-9]  # fmt: skip
    return hits


def _weights_hit(code: str, target: str, ids: list[str], weights: list[float | None]) -> Hit | None:
    """Weights that do not add up to 100%, or items without a weight among weighted ones: which, and a fix
    that keeps the given weights' proportions and gives the unweighted items an equal share of what is left
    (equal shares for all when nothing is left)."""
    scaled = _scaled([w or 0.0 for w in weights])
    total = sum(scaled)
    missing = [i for i, w in zip(ids, weights, strict=True) if w is None]
    if not missing and abs(total - 1.0) <= 0.011:
        return None
    if missing:
        left = 1.0 - total
        share = left / len(missing) if left > 0.011 * len(missing) else None
        filled = [s if w is not None else (share or 0.0) for s, w in zip(scaled, weights, strict=True)]
        if share is None:
            filled = [1.0] * len(ids)
    else:
        filled = scaled
    fixed = _normalised(filled)
    params = {"total": f"{total:.0%}", "missing": ", ".join(missing)}
    evidence = {
        "weights": dict(zip(ids, scaled, strict=True)),
        "suggested_weights": dict(zip(ids, fixed, strict=True)),
    }
    return Hit(code, target, params, evidence, message=f"okr.code.{code}.missing" if missing else None)


def set_hits(okr_set: OkrSetIn, policy: OkrPolicy) -> list[Hit]:
    hits: list[Hit] = []
    lo, hi = policy.objectives_per_set
    n = len(okr_set.objectives)
    if not lo <= n <= hi:
        hits.append(Hit("SET_OBJECTIVE_COUNT", "set", {"count": n, "lo": lo, "hi": hi}))
    weights = [o.weight for o in okr_set.objectives]
    if any(w is not None for w in weights):
        hit = _weights_hit("O_WEIGHTS", "set", [o.id for o in okr_set.objectives], weights)
        hits += [hit] if hit else []
    return hits


def _scaled(weights: list[float]) -> list[float]:
    """Weights as fractions: 30 → 0.3 when they are written as percentages."""
    return [w / 100 for w in weights] if any(w > 1.0 for w in weights) else list(weights)


def _normalised(weights: list[float]) -> list[float]:
    """Weights rescaled to sum to 1 (equal shares when none is positive), in whole percent."""
    total = sum(w for w in weights if w > 0)
    raw = [w / total if total else 1 / len(weights) for w in weights] if weights else []
    pct = [round(w * 100) for w in raw]
    if pct:
        pct[pct.index(max(pct))] += 100 - sum(pct)
    return [p / 100 for p in pct]
