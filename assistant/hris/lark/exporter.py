"""Export one cycle as a Lark bundle (OKR v1 or v2, plus Performance), through the access layer: the file
holds only what the acting user may read."""

from __future__ import annotations

from typing import Any, Literal

from assistant.access.repository import HRData
from assistant.errors import NotFound
from assistant.hris.lark.okr_v1 import write_v1
from assistant.hris.lark.okr_v2 import write_v2
from assistant.hris.lark.performance import write_performance


def export_cycle(data: HRData, cycle_id: str, fmt: Literal["v1", "v2"] = "v2") -> dict[str, Any]:
    cycle = data.cycle(cycle_id)
    views = data.objectives(cycle_id=cycle_id)
    owners: dict[str, tuple[str, str | None]] = {
        v.objective.id: (v.objective.owner_id, v.objective.okr_id) for v in views
    }

    def known(objective_id: str) -> bool:
        if objective_id not in owners:
            try:
                o = data.objective(objective_id).objective
            except NotFound:
                return False
            owners[objective_id] = (o.owner_id, o.okr_id)
        return True

    ups = {v.objective.id: [a for a in v.alignments if known(a.to_objective_id)] for v in views}
    bundle: dict[str, Any] = {"format": "hr-assistant/lark-bundle", "cycle": cycle.id}
    if fmt == "v1":
        downs: dict[str, list[Any]] = {v.objective.id: [] for v in views}
        for a in data.children(list(downs)):
            downs[a.to_objective_id].append(a)
            known(a.from_objective_id)
        rows = [(v.objective, v.key_results, ups[v.objective.id], downs[v.objective.id]) for v in views]
        bundle["okr_v1"] = write_v1(cycle, rows, owners, data.progress(views))
    else:
        rows2 = [(v.objective, v.key_results, ups[v.objective.id]) for v in views]
        bundle["okr_v2"] = write_v2(cycle, rows2, {k: owner for k, (owner, _) in owners.items()})
    bundle["performance"] = write_performance(
        cycle, data.reviews(cycle_id=cycle_id), data.ratings(cycle_id=cycle_id)
    )
    return bundle
