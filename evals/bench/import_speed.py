"""Import speed: a Lark OKR v2 file with 100k OKR rows (objectives + key results) into SQLite and a real
PostgreSQL server on 127.0.0.1. A measurement, not a test: prints rows/s for one run.

    .venv/bin/python -m evals.bench.import_speed [--rows 100000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from assistant.api import Assistant
from assistant.demo.generator import build_demo
from assistant.hris.batch import RowBatch, commit_batch
from assistant.hris.models import Employee, HrbpAssignment, OrgUnit
from tests.pg import PostgresServer

KRS_PER_OBJECTIVE = 4


def make_file(path: Path, rows: int, owners: list[str]) -> int:
    stamp, start, end = "1735660800000", "1735660800000", "1751299199999"
    block = lambda text: {"blocks": [{"block_element_type": "paragraph", "paragraph": {"elements": [  # noqa: E731
        {"paragraph_element_type": "textRun", "text_run": {"text": text}}]}}]}  # fmt: skip
    user = lambda uid: {"owner_type": "user", "user_id": uid}  # noqa: E731
    n_obj = rows // (1 + KRS_PER_OBJECTIVE)
    data: dict[str, list] = {
        "cycles": [],
        "objectives": [],
        "key_results": [],
        "indicators": [],
        "alignments": [],
    }
    for uid in owners:
        data["cycles"].append({"id": f"uc-{uid}", "create_time": stamp, "update_time": stamp, "tenant_cycle_id": "bench",
                               "owner": user(uid), "start_time": start, "end_time": end})  # fmt: skip
    for i in range(n_obj):
        uid = owners[i % len(owners)]
        oid = f"o{i}"
        data["objectives"].append({"id": oid, "create_time": stamp, "update_time": stamp, "owner": user(uid),
                                   "cycle_id": f"uc-{uid}", "position": i // len(owners) % 100 + 1,
                                   "content": block(f"提升第 {i} 号商家群的复购率"), "score": 0.7, "weight": 0.25})  # fmt: skip
        for k in range(KRS_PER_OBJECTIVE):
            kid = f"{oid}k{k}"
            data["key_results"].append({"id": kid, "create_time": stamp, "update_time": stamp, "owner": user(uid),
                                        "objective_id": oid, "position": k + 1,
                                        "content": block(f"复购率从 {20 + k}% 提升到 {26 + k}%"), "score": 0.6,
                                        "weight": 0.25})  # fmt: skip
            data["indicators"].append({"id": f"i{kid}", "create_time": stamp, "update_time": stamp, "owner": user(uid),
                                       "entity_type": 3, "entity_id": kid, "indicator_status": 0,
                                       "status_calculate_type": 0, "start_value": 20 + k, "target_value": 26 + k,
                                       "current_value": 24 + k, "unit": {"unit_type": 0, "unit_value": "PERCENT"}})  # fmt: skip
        if i >= len(owners):
            data["alignments"].append({"id": f"a{i}", "create_time": stamp, "update_time": stamp, "from_owner": user(uid),
                                       "to_owner": user(owners[0]), "from_entity_type": 2, "from_entity_id": oid,
                                       "to_entity_type": 2, "to_entity_id": f"o{i % len(owners)}"})  # fmt: skip
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return n_obj * (1 + KRS_PER_OBJECTIVE)


def run(url: str, home: Path, file: Path, directory: RowBatch, admin: str) -> float:
    a = Assistant.open(home, database_url=url, limits_import_mb=1024)
    a.core.ensure_schema()
    with a.core.db.transaction() as s:
        commit_batch(s, directory)
    t0 = time.perf_counter()
    a.hris.import_lark([file], a.actor(admin))
    elapsed = time.perf_counter() - t0
    a.core.db.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    demo = build_demo()
    directory = RowBatch()
    for model in (OrgUnit, Employee, HrbpAssignment):
        for row in demo.batch.rows[model].values():
            directory.add(row, "demo", model.__name__)
    owners = sorted(e.id for e in demo.batch.rows[Employee].values())  # type: ignore[attr-defined]
    admin = next(a["id"] for a in demo.accounts if a["role"] == "hr_admin")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        file = tmpdir / "okr_v2.json"
        rows = make_file(file, args.rows, owners)
        size = file.stat().st_size / 1e6
        print(f"file: {rows:,} OKR rows ({rows // 5:,} objectives + {rows * 4 // 5:,} key results), "
              f"plus {rows * 4 // 5:,} indicators and alignments; {size:.1f} MB")  # fmt: skip
        results = {"sqlite": run(f"sqlite:///{tmpdir / 'bench.db'}", tmpdir / "h1", file, directory, admin)}
        pg = PostgresServer()
        try:
            results["postgresql"] = run(pg.new_database(), tmpdir / "h2", file, directory, admin)
        finally:
            pg.stop()
    print(f"{'database':<12}{'seconds':>10}{'OKR rows/s':>14}")
    for name, secs in results.items():
        print(f"{name:<12}{secs:>10.1f}{rows / secs:>14,.0f}")


if __name__ == "__main__":
    main()
