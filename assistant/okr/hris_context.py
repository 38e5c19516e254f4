"""What the HRIS adds to a check, read through the access layer: the cycle, the parent objectives (the
owner's manager, the managers above up to the company), the owner's KPIs when the viewer may see them,
history for the ambition rules, and the owner's own set."""

from __future__ import annotations

from datetime import date

from assistant.access.repository import HRData, ObjectiveView
from assistant.errors import AccessDenied, NotFound
from assistant.hris.models import Cycle
from assistant.okr.checker import Context
from assistant.okr.history import History
from assistant.okr.model import KpiIn, OkrSetIn, ParentIn


def current_cycle(data: HRData, today: date | None = None) -> Cycle:
    """The cycle running today, else the latest that has started, else the first."""
    today = today or date.today()
    cycles = data.cycles()
    if not cycles:
        raise NotFound("error.no_such_cycle", id="-")
    running = [c for c in cycles if c.start <= today <= c.end]
    started = [c for c in cycles if c.start <= today]
    return (running or started or cycles)[-1]


def chain_above(data: HRData, owner: str) -> list[tuple[str, str]]:
    """(employee, level) for the owner's manager and every manager above: manager, department…, company."""
    out: list[tuple[str, str]] = []
    node = data.employee(owner).manager_id
    while node is not None and len(out) < 8 and node not in [e for e, _ in out]:
        out.append((node, "manager" if not out else "department"))
        node = data.employee(node).manager_id
    if out:
        out[-1] = (out[-1][0], "company")
    return out


def parents_of(data: HRData, owner: str, cycle_id: str) -> list[ParentIn]:
    parents: list[ParentIn] = []
    for emp, level in chain_above(data, owner):
        try:
            views = data.objectives(of=emp, cycle_id=cycle_id)
        except (
            AccessDenied
        ):  # OKRs private to their owners (okr_visibility = private): not a parent we may use
            continue
        for view in views:
            parents.append(ParentIn(id=view.objective.id, title=view.objective.content, owner=emp, level=level,
                                    key_results=[kr.content for kr in view.key_results]))  # fmt: skip
    return parents


def as_set(views: list[ObjectiveView], owner: str | None, cycle_id: str) -> OkrSetIn:
    return OkrSetIn.model_validate({
        "owner": owner, "cycle": cycle_id,
        "objectives": [
            {"id": v.objective.id, "title": v.objective.content, "weight": v.objective.weight,
             "aligned_to": v.aligned_to,
             "key_results": [{"id": kr.id, "text": kr.content, "weight": kr.weight} for kr in v.key_results]}
            for v in views
        ],
    })  # fmt: skip


def own_set(data: HRData, owner: str, cycle_id: str) -> OkrSetIn:
    """The owner's objectives of the cycle from the HRIS (what the viewer may see of them)."""
    return as_set(data.objectives(of=owner, cycle_id=cycle_id), owner, cycle_id)


def owner_kpis(data: HRData, owner: str, cycle_id: str) -> list[KpiIn] | None:
    """The owner's KPIs for the cycle, or None when the viewer may not see them."""
    try:
        rows = data.kpis(of=owner, cycle_id=cycle_id)
    except AccessDenied:
        return None
    return [KpiIn(id=k.id, name=k.indicator, weight=k.weight, formula=k.formula, data_source=k.data_source,
                  threshold=k.threshold, target=k.target, challenge=k.challenge,
                  direction=k.direction if k.direction in ("increase", "decrease") else "increase", unit=k.unit)
            for k in rows]  # fmt: skip


def build_context(data: HRData, owner: str | None, cycle_id: str | None, history: History | None,
                  need_parents: bool = True) -> Context:  # fmt: skip
    cycle = data.cycle(cycle_id) if cycle_id else current_cycle(data)
    ctx = Context(
        owner=owner, cycle_id=cycle.id, cycle_start=cycle.start, cycle_end=cycle.end, history=history
    )
    if owner is None:
        return ctx
    data.employee(owner)
    ctx.lookup_parent = lambda pid: _declared_parent(data, pid)
    if need_parents:
        parents = parents_of(data, owner, cycle.id)
        if parents:
            ctx.parents = parents
            ctx.notes.append(("okr.note.parents_from_hris", {"cycle": cycle.id, "count": len(parents)}))
    kpis = owner_kpis(data, owner, cycle.id)
    if kpis:
        ctx.kpis = kpis
        ctx.notes.append(("okr.note.kpis_from_hris", {"count": len(kpis)}))
    return ctx


def _declared_parent(data: HRData, objective_id: str) -> ParentIn | None:
    """A parent the set declares that is not in the owner's chain (another department's objective)."""
    try:
        view = data.objective(objective_id)
    except NotFound:
        return None
    return ParentIn(id=view.objective.id, title=view.objective.content, owner=view.objective.owner_id,
                    level="declared", key_results=[kr.content for kr in view.key_results])  # fmt: skip
