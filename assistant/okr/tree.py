"""The alignment tree a user sees: the company's objectives at the root, down through the user's management
chain to the user's own objectives (and, for a manager, the direct reports'), each objective of the user
and the team marked with its alignment finding (unaligned, weakly aligned, or fine)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.access.repository import HRData, ObjectiveView
from assistant.errors import AccessDenied
from assistant.okr.checker import OkrChecker
from assistant.okr.history import History
from assistant.okr.hris_context import as_set, build_context, chain_above


@dataclass
class TreeNode:
    id: str
    title: str
    owner_id: str
    owner_name: str
    status: str | None = (
        None  # ALIGN_NONE | ALIGN_WEAK | ALIGN_SUGGESTED | ALIGN_UNKNOWN_PARENT | "ok" | None (not checked)
    )
    children: list[TreeNode] = field(default_factory=list)


def alignment_tree(
    data: HRData, checker: OkrChecker, user: str, cycle_id: str, history: History | None
) -> list[TreeNode]:
    chain = [emp for emp, _ in reversed(chain_above(data, user))]
    team = (
        [e.id for e in data.direct_reports(user)]
        if data.actor.role != "employee" or user != data.actor.employee_id
        else []
    )
    checked = [user, *[t for t in team if data.actor.can_see(t)]]
    views: dict[str, ObjectiveView] = {}
    owners: dict[str, str] = {}
    for emp in [*chain, *checked]:
        try:
            visible = data.objectives(of=emp, cycle_id=cycle_id)
        except AccessDenied:  # private OKRs of someone above the user
            continue
        for v in visible:
            views[v.objective.id] = v
            owners[v.objective.id] = emp
    status: dict[str, str] = {}
    for emp in checked:
        mine = [v for v in views.values() if v.objective.owner_id == emp]
        if not mine:
            continue
        ctx = build_context(data, emp, cycle_id, history)
        report = checker.check(as_set(mine, emp, cycle_id), ctx, "en", rewrites=False)
        align = {f.target: f.code for f in report.findings if f.code.startswith("ALIGN_")}
        for v in mine:
            status[v.objective.id] = align.get(v.objective.id, "ok")
    names = {e: data.employee(e).name for e in set(owners.values())}
    nodes = {
        oid: TreeNode(oid, v.objective.content, owners[oid], names[owners[oid]], status.get(oid))
        for oid, v in views.items()
    }
    roots: list[TreeNode] = []
    for oid, v in views.items():
        parents = [p for p in v.aligned_to if p in nodes]
        if parents:
            nodes[parents[0]].children.append(nodes[oid])
        else:
            roots.append(nodes[oid])
    order = {emp: i for i, emp in enumerate([*chain, *checked])}
    roots.sort(key=lambda n: (order.get(n.owner_id, 99), n.id))
    return roots
