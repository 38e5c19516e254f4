"""Analytics at scale: a synthetic company of 100,000 employees over 8 half-year cycles (ratings with their raters
and calibrations, potential, one scored objective per person and cycle), loaded into SQLite and into a real
PostgreSQL server on 127.0.0.1, then each report timed as an HR admin (the whole company) with its peak memory
(okr-health over the checker's stored counts, as it reads them once every set is checked; the checks
themselves are the OKR checker's, timed in okr_speed). A measurement, not a test: prints one table for one
run. Targets: every report ≤ 2 s, peak memory ≤ 2 GB.

    .venv/bin/python -m evals.bench.analytics [--employees 100000] [--cycles 8]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import insert

from assistant.api import Assistant
from assistant.hris.models import (
    Cycle,
    Employee,
    Objective,
    OkrCheckSummary,
    OrgUnit,
    PotentialAssessment,
    Rating,
)
from tests.pg import PostgresServer

GRADES = np.array(["D", "C", "B", "A", "S"])


def populate(a: Assistant, employees: int, cycles: int, seed: int = 1) -> None:
    """Bulk-insert the synthetic company (vectorised draws, executemany inserts)."""
    rng = np.random.default_rng(seed)
    a.core.ensure_schema()
    n_dept, team_size = 40, 12
    n_mgr = employees // team_size
    units = [{"id": "CO", "name_zh": "公司", "name_en": "Company", "parent_id": None, "kind": "company"}]
    units += [{"id": f"D{d}", "name_zh": f"部门{d}", "name_en": f"Department {d}", "parent_id": "CO",
               "kind": "department"} for d in range(n_dept)]  # fmt: skip
    units += [{"id": f"T{m}", "name_zh": f"团队{m}", "name_en": f"Team {m}", "parent_id": f"D{m % n_dept}",
               "kind": "team"} for m in range(n_mgr)]  # fmt: skip
    ids = [f"X{i:06d}" for i in range(employees)]
    team = rng.integers(0, n_mgr, employees)
    team[:n_mgr] = np.arange(n_mgr)  # the first n_mgr people lead the teams
    people = [{"id": ids[i], "name": f"员工{i}", "manager_id": None if i < n_mgr else ids[team[i]],
               "org_unit_id": f"T{team[i]}", "role": "manager" if i < n_mgr else "employee",
               "level": f"P{1 + i % 8}", "job_family": ["eng", "sales", "ops", "product"][i % 4], "active": True}
              for i in range(employees)]  # fmt: skip
    people[0]["role"] = "hr_admin"
    ability = rng.normal(0, 0.8, employees)
    leniency = rng.normal(0, 0.3, n_mgr)
    with a.core.db.transaction() as s:
        s.execute(insert(OrgUnit), units)
        s.execute(insert(Employee), people)
        for c in range(cycles):
            year, half = 2023 + c // 2, c % 2
            cid = f"{year}-H{half + 1}"
            start, end = (
                (date(year, 1, 1), date(year, 6, 30)) if half == 0 else (date(year, 7, 1), date(year, 12, 31))
            )
            s.execute(
                insert(Cycle), [{"id": cid, "name_zh": cid, "name_en": cid, "start": start, "end": end}]
            )
            rater = np.where(rng.random(employees) < 0.15, rng.integers(0, n_mgr, employees), team)
            post = np.clip(np.round(2 + ability + rng.normal(0, 0.5, employees)), 0, 4).astype(int)
            pre = np.clip(np.round(post + leniency[rater] + rng.normal(0, 0.3, employees)), 0, 4).astype(int)
            pot = np.array(["low", "medium", "high"])[
                np.clip(np.round(1 + ability / 1.5 + rng.normal(0, 0.5, employees)), 0, 2).astype(int)
            ]
            s.execute(insert(Rating), [{"id": f"{cid}:{ids[i]}", "cycle_id": cid, "employee_id": ids[i],
                                        "rater_id": ids[rater[i]], "pre_calibration": GRADES[pre[i]],
                                        "post_calibration": GRADES[post[i]]} for i in range(n_mgr, employees)])  # fmt: skip
            s.execute(insert(PotentialAssessment), [{"id": f"{cid}:{ids[i]}", "cycle_id": cid, "employee_id": ids[i],
                                                     "potential": pot[i]} for i in range(n_mgr, employees)])  # fmt: skip
            score = np.clip(0.7 + 0.15 * ability + rng.normal(0, 0.15, employees), 0, 1).round(1)
            s.execute(insert(Objective), [{"id": f"O-{cid}-{ids[i]}", "cycle_id": cid, "owner_id": ids[i],
                                           "content": "Grow revenue", "score": float(score[i])}
                                          for i in range(employees)])  # fmt: skip
    a.core.data_changed()  # as after an import: the planner's statistics refreshed
    with (
        a.core.db.transaction() as s
    ):  # the OKR checker's stored counts, one per set (as okr-health keeps them)
        for c in range(cycles):
            cid = f"{2023 + c // 2}-H{c % 2 + 1}"
            krs = rng.integers(2, 5, employees)
            s.execute(insert(OkrCheckSummary), [{"id": f"{cid}:{ids[i]}", "cycle_id": cid, "owner_id": ids[i],
                                                 "krs": int(krs[i]), "krs_with_findings": int(rng.integers(0, krs[i] + 1)),
                                                 "sandbagging": bool(rng.random() < 0.05)} for i in range(employees)])  # fmt: skip


def run(a: Assistant, label: str) -> list[tuple[str, str, float, float]]:
    admin = a.actor("X000000")
    cycle = a.analytics.report("distribution", admin)["cycle"]
    out = []
    for name in ("distribution", "leniency", "ninebox", "calibration", "achievement", "okr-health"):
        start = time.perf_counter()
        a.analytics.report(name, admin, None if name == "leniency" else cycle)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out.append((label, name, seconds, peak))
        print(f"{label:10} {name:13} {seconds:7.2f} s   peak RSS so far {peak:7.0f} MB   (target 2 s: ratio {seconds / 2:.2f})",
              flush=True)  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--employees", type=int, default=100_000)
    ap.add_argument("--cycles", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        sqlite = Assistant.open(Path(tmp) / "sqlite")
        populate(sqlite, args.employees, args.cycles)
        print(
            f"SQLite loaded in {time.perf_counter() - start:.1f} s ({args.employees} employees, {args.cycles} cycles)"
        )
        run(sqlite, "SQLite")
        pg = PostgresServer()
        try:
            start = time.perf_counter()
            postgres = Assistant.open(Path(tmp) / "pg", database_url=pg.new_database())
            populate(postgres, args.employees, args.cycles)
            print(f"PostgreSQL loaded in {time.perf_counter() - start:.1f} s")
            run(postgres, "PostgreSQL")
        finally:
            pg.stop()


if __name__ == "__main__":
    main()
