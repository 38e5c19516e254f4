"""Runs every rule over an OKR set and returns the report: findings with bilingual messages, suggestions and
re-checked rewrites, the parsed parts of each KR, and a 0–100 score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from assistant.i18n import detect_lang, t
from assistant.okr.codes import CODES
from assistant.okr.history import History
from assistant.okr.model import (
    SEVERITY_ORDER,
    CheckReport,
    Finding,
    KeyResultIn,
    KpiIn,
    OkrSetIn,
    ParentIn,
    Rewrite,
    parsed_dump,
)
from assistant.okr.parse_kr import ParsedKR, parse_kr
from assistant.okr.policy import OkrPolicy, load_policy
from assistant.okr.rewrite import llm_rewrite, offline_suggestion, verify
from assistant.okr.rules import Hit
from assistant.okr.rules.alignment import Embed, alignment_hits
from assistant.okr.rules.ambition import ambition_hits, growth, streak_hits
from assistant.okr.rules.kpi import kpi_as_kr_hits, kpi_hits, model_hits
from assistant.okr.rules.quality import duplicate_hits, kr_hits, objective_hits, set_hits

Lang = Literal["zh", "en"]
PENALTY = {"error": 30, "warning": 12, "info": 3}
_EXPLICIT = ("metric", "baseline", "target", "unit", "direction", "deadline")


@dataclass
class Context:
    """What the checker knows beside the set itself (from the HRIS or the file)."""

    parents: list[ParentIn] | None = None  # None: alignment is skipped
    history: History | None = None  # None: no comparison with the past
    owner: str | None = None
    cycle_id: str | None = None
    cycle_start: date | None = None  # history is what happened before it
    cycle_end: date | None = None  # the default deadline and year
    kpis: list[KpiIn] = field(default_factory=list)
    lookup_parent: Callable[[str], ParentIn | None] | None = None  # a declared parent outside the chain
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # catalogue key, parameters


class OkrChecker:
    def __init__(self, policy: OkrPolicy | None = None, embed: Embed | None = None, generator: Any = None,
                 max_key_results: int = 2000) -> None:  # fmt: skip
        self.policy = policy or load_policy()
        self.embed = embed
        self.generator = generator  # with an LLM configured, rewrites are proposed by it
        self.max_key_results = max_key_results

    def parse(self, kr: KeyResultIn, ctx: Context) -> ParsedKR:
        p = parse_kr(kr.text, ctx.cycle_end.year if ctx.cycle_end else None)
        given = {k: getattr(kr, k) for k in _EXPLICIT if getattr(kr, k) is not None}
        if given.get("direction"):
            given["intended"] = given["direction"]
        return p.model_copy(update=given)

    def kr_codes(self, kr: KeyResultIn, p: ParsedKR, ctx: Context) -> list[Hit]:
        hits = kr_hits(kr, p)
        if ctx.history is not None:
            hits += ambition_hits(kr, p, ctx.owner, ctx.cycle_start, ctx.history, self.policy)
        return hits

    def check(self, okr_set: OkrSetIn, ctx: Context, lang: Lang = "en", rewrites: bool = True) -> CheckReport:
        notes = list(ctx.notes)
        okr_set, dropped = self._limit(okr_set)
        if dropped:
            notes.append(("okr.note.truncated", {"count": self.max_key_results}))
        krs: dict[str, tuple[KeyResultIn, ParsedKR, str]] = {}  # KR id -> (KR, parsed, objective title)
        for obj in okr_set.objectives:
            krs |= {kr.id: (kr, self.parse(kr, ctx), obj.title) for kr in obj.key_results}
        hits = set_hits(okr_set, self.policy)
        for obj in okr_set.objectives:
            hits += objective_hits(obj, self.policy)
        for kr, p, _ in krs.values():
            hits += self.kr_codes(kr, p, ctx)
        hits += duplicate_hits([(kr, p) for kr, p, _ in krs.values()])
        parents = okr_set.parents if okr_set.parents is not None else ctx.parents
        if parents and ctx.lookup_parent is not None and okr_set.parents is None:
            known = {p.id for p in parents}
            declared = {pid for o in okr_set.objectives for pid in o.aligned_to if pid not in known}
            parents = parents + [p for pid in sorted(declared) if (p := ctx.lookup_parent(pid)) is not None]
        if parents and self.embed is not None:
            hits += alignment_hits(okr_set.objectives, parents, self.embed)
        else:
            notes.append(("okr.note.alignment_skipped", {}))
        if ctx.history is not None and ctx.owner:
            gains = {
                kr.id: growth(p.baseline, p.target, p.unit, p.intended or p.direction)
                for kr, p, _ in krs.values()
            }
            flat = [kr_id for kr_id, g in gains.items() if g is not None and g <= 0.02]
            hits += streak_hits(ctx.owner, ctx.cycle_start, flat, ctx.history, self.policy)
        else:
            notes.append(("okr.note.history_skipped", {}))
        kpis = okr_set.kpis or ctx.kpis
        hits += (
            kpi_hits(kpis, self.policy)
            + kpi_as_kr_hits(kpis, [(kr, p) for kr, p, _ in krs.values()])
            + model_hits(okr_set.model)
        )
        hits = _dedupe(hits)
        findings = [self._finding(h, krs, ctx, lang, rewrites) for h in hits]
        order = {
            i: n
            for n, i in enumerate(
                ["set", *(i for o in okr_set.objectives for i in [o.id, *(k.id for k in o.key_results)])]
            )
        }
        findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], order.get(f.target, len(order)), f.code))
        llm_used = any(f.rewrite is not None and f.rewrite.engine == "llm" for f in findings)
        return CheckReport(
            score=score(findings, len(okr_set.objectives) + len(krs)),
            findings=findings,
            parsed={kr_id: parsed_dump(p) for kr_id, (_, p, _) in krs.items()},
            notes=[t(key, lang, **params) for key, params in notes],
            owner=okr_set.owner or ctx.owner,
            cycle=okr_set.cycle or ctx.cycle_id,
            engine="llm" if llm_used else "offline",
        )

    def _finding(self, hit: Hit, krs: dict[str, tuple[KeyResultIn, ParsedKR, str]], ctx: Context, lang: Lang,
                 rewrites: bool) -> Finding:  # fmt: skip
        code = CODES[hit.code]
        message = {lg: t(hit.message or f"okr.code.{hit.code}", lg, **hit.params) for lg in ("zh", "en")}  # type: ignore[arg-type]
        evidence = {
            **hit.evidence,
            "guide": f"{self.policy.okr_guide if code.guide.startswith('okr') else self.policy.kpi_guide} {code.guide.split(' ', 1)[1]}",
        }
        finding = Finding(
            code=hit.code, severity=code.severity, target=hit.target, message=message, evidence=evidence
        )
        kr_match = krs.get(hit.target)
        if kr_match is not None:
            kr, p, objective = kr_match
            known = (
                self._known_baseline(p, ctx)
                if hit.code in ("KR_NO_BASELINE", "KR_PLACEHOLDER_TARGET")
                else None
            )
            suggestion = offline_suggestion(
                hit.code, kr.text, p, _kr_lang(kr.text, lang), hit.evidence, known, ctx.cycle_end
            )
            finding.suggestion = suggestion
            if suggestion and rewrites and hit.code not in ("KR_DUPLICATE", "KPI_AS_KR", "AMB_UNREALISTIC"):
                finding.rewrite = self._rewrite(kr, objective, hit, suggestion, message[lang], ctx, lang)
        else:
            finding.suggestion = _other_suggestion(hit, lang)
        return finding

    def _rewrite(self, kr: KeyResultIn, objective: str, hit: Hit, offline: str, message: str, ctx: Context,
                 lang: Lang) -> Rewrite:  # fmt: skip
        def recheck(text: str) -> tuple[list[str], ParsedKR]:
            probe = KeyResultIn(id=kr.id, text=text, weight=kr.weight)
            parsed = self.parse(probe, ctx)
            return [h.code for h in self.kr_codes(probe, parsed, ctx)], parsed

        original = self.parse(kr, ctx)
        if self.generator is not None and self.generator.backend is not None:
            proposed = llm_rewrite(self.generator, kr.text, objective, [hit.code], [message], offline,
                                   _kr_lang(kr.text, lang), recheck, original)  # fmt: skip
            if proposed is not None:
                return proposed
        return verify(offline, [hit.code], recheck, "offline", original)

    def _known_baseline(self, p: ParsedKR, ctx: Context) -> float | None:
        """The value the owner last reached on this metric: the natural baseline."""
        if ctx.history is None or not ctx.owner:
            return None
        last = ctx.history.owner_last(ctx.owner, p.metric, ctx.cycle_start)
        return last.current if last else None

    def _limit(self, okr_set: OkrSetIn) -> tuple[OkrSetIn, bool]:
        count, kept = 0, []
        for obj in okr_set.objectives:
            room = self.max_key_results - count
            if room <= 0:
                break
            kept.append(
                obj
                if len(obj.key_results) <= room
                else obj.model_copy(update={"key_results": obj.key_results[:room]})
            )
            count += min(room, len(obj.key_results))
        dropped = count < sum(len(o.key_results) for o in okr_set.objectives)
        return (okr_set.model_copy(update={"objectives": kept}), True) if dropped else (okr_set, False)


def score(findings: list[Finding], items: int) -> int:
    """100 minus the findings' penalties (error 30, warning 12, info 3) spread over the set's objectives and
    KRs: a perfect set scores 100, a set where every item has an error scores near 0."""
    if items == 0:
        return 0
    penalty = sum(PENALTY[f.severity] for f in findings)
    return max(0, round(100 - 100 * penalty / (items * PENALTY["error"] * 1.2)))


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen: set[tuple[str, str]] = set()
    out = []
    for h in hits:
        if (h.code, h.target) not in seen:
            seen.add((h.code, h.target))
            out.append(h)
    return out


def _kr_lang(text: str, fallback: Lang) -> Lang:
    return detect_lang(text) if text.strip() else fallback


def _other_suggestion(hit: Hit, lang: Lang) -> str | None:
    if hit.code in ("KR_WEIGHTS", "O_WEIGHTS"):
        weights = hit.evidence["suggested_weights"]
        return t("okr.suggest.weights", lang, weights=", ".join(f"{k} {v:.0%}" for k, v in weights.items()))
    if hit.code == "ALIGN_WEAK" and (groups := hit.evidence.get("groups")):
        return t("okr.suggest.align_groups", lang, objective=t(f"okr.group.{groups['objective']}", lang),
                 parent=t(f"okr.group.{groups['parent']}", lang))  # fmt: skip
    if hit.code in ("ALIGN_WEAK", "ALIGN_SUGGESTED", "ALIGN_UNCERTAIN") and hit.evidence.get("candidates"):
        return t(
            "okr.suggest.align",
            lang,
            candidates=", ".join(f"{c['id']} ({c['title']})" for c in hit.evidence["candidates"]),
        )
    if hit.code in ("ALIGN_NONE", "ALIGN_WEAK"):
        return t("okr.suggest.align_none", lang)
    if hit.code == "ALIGN_UNKNOWN_PARENT":
        return t("okr.suggest.unknown_parent", lang)
    if hit.code == "O_IS_METRIC":
        return t("okr.suggest.O_IS_METRIC", lang, title=hit.params["title"])
    if hit.code.startswith("KPI_"):
        return t("okr.suggest.kpi", lang)
    return None
