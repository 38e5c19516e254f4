"""Builds the whole demo company from one seed. Same seed, same rows, same manifest."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.demo.okrs import OkrGenerator
from assistant.demo.org import build_org
from assistant.demo.performance import PerformanceGenerator
from assistant.demo.reviews import ReviewWriter
from assistant.hris.batch import RowBatch
from assistant.hris.models import Cycle, CycleStage

SEED = 20260101
FIRST_YEAR, HALVES = 2023, 7  # 2023-H2 .. 2026-H2
CURRENT = "2026-H2"


def make_cycles() -> tuple[list[Cycle], list[CycleStage]]:
    cycles, stages = [], []
    for n in range(HALVES):
        year, half = FIRST_YEAR + (n + 1) // 2, 1 + (n + 1) % 2
        h1 = half == 1
        cid = f"{year}-H{half}"
        start, end = (date(year, 1, 1), date(year, 6, 30)) if h1 else (date(year, 7, 1), date(year, 12, 31))
        cycles.append(
            Cycle(
                id=cid,
                name_zh=f"{year} 年{'上' if h1 else '下'}半年",
                name_en=f"{year} H{half}",
                start=start,
                end=end,
            )
        )
        plan = {
            "goal_setting": ((1, 1), (1, 21)) if h1 else ((7, 1), (7, 21)),
            "mid_term_review": ((4, 1), (4, 15)) if h1 else ((10, 1), (10, 15)),
            "year_end_review": ((6, 10), (6, 24)) if h1 else ((12, 10), (12, 24)),
        }
        for stage, ((m1, d1), (m2, d2)) in plan.items():
            stages.append(
                CycleStage(cycle_id=cid, stage=stage, start=date(year, m1, d1), end=date(year, m2, d2))
            )
        cal = (date(year, 7, 1), date(year, 7, 12)) if h1 else (date(year + 1, 1, 5), date(year + 1, 1, 16))
        stages.append(CycleStage(cycle_id=cid, stage="calibration", start=cal[0], end=cal[1]))
    return cycles, stages


@dataclass
class Demo:
    batch: RowBatch
    manifest: dict[str, Any]
    accounts: list[dict[str, str]]


def build_demo(seed: int = SEED) -> Demo:
    rng = random.Random(seed)
    org = build_org(rng)
    ability = {e.id: rng.gauss(0, 1) for e in org.people}
    potential = {i: 0.4 * a + math.sqrt(1 - 0.16) * rng.gauss(0, 1) for i, a in ability.items()}
    sandbag_team = "T-ecommerce_ops-2"
    lenient, severe = org.leads["T-sales-2"], org.leads["T-engineering-3"]
    breach = ("marketing", "2026-H1")
    okrs = OkrGenerator(rng, org, ability, sandbag_team)
    perf = PerformanceGenerator(rng, org, ability, potential, lenient, severe, breach)
    writer = ReviewWriter(rng, org)
    cycles, stages = make_cycles()
    reviews = []
    hipo: list[dict[str, str]] = []
    sandbag_cycles = [c.id for c in cycles[-4:]]
    for cycle in cycles:
        closed = cycle.id != CURRENT
        okrs.cycle(cycle, closed, plant=cycle.id in ("2026-H1", CURRENT), sandbag=cycle.id in sandbag_cycles)
        if not closed:
            continue
        per_owner: dict[str, list[float]] = defaultdict(list)
        krs_of: dict[str, list] = defaultdict(list)
        owner_of = {}
        for o in okrs.out.objectives:
            if o.cycle_id == cycle.id:
                owner_of[o.id] = o.owner_id
                if o.score is not None:
                    per_owner[o.owner_id].append(o.score)
        for kr in okrs.out.key_results:
            if kr.objective_id in owner_of:
                krs_of[owner_of[kr.objective_id]].append((okrs.out.texts[kr.id], kr.score))
        perf.cycle(cycle, {k: sum(v) / len(v) for k, v in per_owner.items()})
        if cycle.id == "2026-H1":
            hipo = perf.plant_high_potential_low_performers(cycle)
        grades = {emp: g for (cid, emp), g in perf.out.grade.items() if cid == cycle.id}
        reviews += writer.cycle(cycle, grades, krs_of)

    batch = RowBatch()
    rows: list[Any] = [
        *org.units,
        *org.people,
        *org.hrbp,
        *cycles,
        *stages,
        *okrs.out.objectives,
        *okrs.out.key_results,
        *okrs.out.alignments,
        *okrs.out.progress,
        *perf.out.kpis,
        *reviews,
        *perf.out.sessions,
        *perf.out.ratings,
        *perf.out.potential,
    ]
    for row in rows:
        batch.add(row, "demo", type(row).__name__)
    by_id = org.by_id()
    accounts = [
        {"id": org.accounts[r], "name": by_id[org.accounts[r]].name, "role": r}
        for r in ("employee", "manager", "hrbp", "hr_admin")
    ]
    team_members = [org.leads[sandbag_team], *org.members[sandbag_team]]
    manifest = {
        "seed": seed,
        "current_cycle": CURRENT,
        "cycles": [c.id for c in cycles],
        "accounts": accounts,
        "lenient_raters": [lenient],
        "severe_raters": [severe],
        "sandbagging_team": {
            "org_unit": sandbag_team,
            "lead": org.leads[sandbag_team],
            "members": team_members,
            "cycles": sandbag_cycles,
        },
        "distribution_breach": {"department": f"D-{breach[0]}", "cycle": breach[1]},
        "high_potential_low_performers": hipo,
        "hrbp_assignments": {a.hrbp_id: [] for a in org.hrbp},
        **okrs.out.manifest,
        "counts": batch.counts(),
    }
    for a in org.hrbp:
        manifest["hrbp_assignments"][a.hrbp_id].append(a.org_unit_id)
    return Demo(batch, manifest, accounts)
