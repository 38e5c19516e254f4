"""A manager's view of a cycle: every report's OKRs checked, a summary row each, and coverage — which of the
manager's KRs no report's objective supports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from assistant.access.repository import HRData
from assistant.okr.checker import OkrChecker
from assistant.okr.history import History
from assistant.okr.hris_context import build_context, own_set
from assistant.okr.model import CheckReport, OkrSetIn
from assistant.okr.rules.alignment import RELATED, objective_text


@dataclass
class TeamRow:
    employee_id: str
    name: str
    objectives: int
    key_results: int
    score: int
    errors: int
    warnings: int
    top_codes: list[str]


@dataclass
class TeamReport:
    manager_id: str
    cycle_id: str
    rows: list[TeamRow] = field(default_factory=list)
    reports: dict[str, CheckReport] = field(default_factory=dict)
    uncovered: list[dict[str, str]] = field(default_factory=list)  # the manager's KRs nobody supports


def check_each(data: HRData, checker: OkrChecker, people: list[str], cycle_id: str, history: History | None,
               lang: str = "en") -> Iterator[tuple[str, OkrSetIn, CheckReport]]:  # fmt: skip
    """(employee, their set, its report) for each of ``people`` who has objectives in the cycle; each must be
    in the viewer's scope (KPIs and findings are private)."""
    for emp in people:
        data.require(emp)
    for emp in people:
        okr_set = own_set(data, emp, cycle_id)
        if okr_set.objectives:
            ctx = build_context(data, emp, cycle_id, history)
            yield emp, okr_set, checker.check(okr_set, ctx, lang, rewrites=False)  # type: ignore[arg-type]


def check_team(data: HRData, checker: OkrChecker, manager_id: str, cycle_id: str | None, history: History | None,
               lang: str = "en") -> TeamReport:  # fmt: skip
    reports = {e.id: e for e in data.direct_reports(manager_id)}
    team = TeamReport(manager_id, build_context(data, None, cycle_id, history).cycle_id or "")
    sets = {}
    for emp_id, okr_set, report in check_each(data, checker, list(reports), team.cycle_id, history, lang):
        sets[emp_id] = okr_set
        team.reports[emp_id] = report
        counts = report.counts()
        codes = sorted({f.code for f in report.findings if f.severity != "info"})
        team.rows.append(TeamRow(emp_id, reports[emp_id].name, len(okr_set.objectives),
                                 sum(len(o.key_results) for o in okr_set.objectives), report.score,
                                 counts["error"], counts["warning"], codes[:4]))  # fmt: skip
    team.uncovered = _coverage(data, checker, manager_id, team.cycle_id, sets)
    return team


def _coverage(
    data: HRData, checker: OkrChecker, manager_id: str, cycle_id: str, sets: dict
) -> list[dict[str, str]]:
    """Manager KRs without support: no report objective aligned to the KR's objective that is also close in
    meaning to the KR (or linked to the KR itself)."""
    mine = data.objectives(of=manager_id, cycle_id=cycle_id)
    children = data.children([v.objective.id for v in mine])
    kids = {o.id: o for s in sets.values() for o in s.objectives}
    out = []
    for view in mine:
        linked = [
            c for c in children if c.to_objective_id == view.objective.id and c.from_objective_id in kids
        ]
        for kr in view.key_results:
            direct = any(c.to_key_result_id == kr.id for c in linked)
            close = False
            if linked and not direct and checker.embed is not None:
                texts = [
                    objective_text(
                        kids[c.from_objective_id].title,
                        [k.text for k in kids[c.from_objective_id].key_results],
                    )
                    for c in linked
                ]
                vecs = checker.embed([kr.content, *texts])
                close = bool((vecs[1:] @ vecs[0]).max() >= RELATED)
            if not (direct or close):
                out.append({"objective": view.objective.id, "key_result": kr.id, "text": kr.content})
    return out
