"""Load: 20 simulated users on the web app for 2 minutes over loopback (locust, headless), once with SQLite
(WAL, so readers do not block the writer) and once with PostgreSQL, each over its own copy of the demo company.
Users log in with the form's fields, open the app, ask policy questions, check OKRs and open analytics reports
(see locustfile.py). Printed per action: count, failures, p50, p95 and max in milliseconds; failures must be 0.
Afterwards the app's log must hold no traceback and the database must pass its integrity check.

    .venv/bin/python -m evals.load.run [--users 20] [--seconds 120] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import select

from assistant.api import Assistant
from assistant.demo.install import DEMO_PASSWORD, install_demo, load_manifest
from assistant.hris.models import Employee

HERE = Path(__file__).parent
RESULTS = HERE.parent / "results" / "load.json"
MIX = {"employee": 12, "manager": 5, "hrbp": 2, "hr_admin": 1}  # of 20 users; scaled to --users


def accounts(a: Assistant, users: int) -> list[dict[str, str]]:
    """``users`` log-ins of the demo company in the MIX of roles, the demo accounts first; each gets the demo
    password (set by an HR admin, as the app's admin would)."""
    demo = load_manifest(a)["accounts"]
    admin = a.actor(next(x["id"] for x in demo if x["role"] == "hr_admin"))
    with a.core.db.session() as s:
        people = [
            (e.id, e.role) for e in s.exec(select(Employee).where(Employee.active).order_by(Employee.id))
        ]
    picked = [{"id": x["id"], "role": x["role"]} for x in demo]
    for role, share in MIX.items():
        want = max(1, round(share * users / sum(MIX.values())))
        have = sum(1 for p in picked if p["role"] == role)
        picked += [
            {"id": i, "role": r} for i, r in people if r == role and i not in {p["id"] for p in picked}
        ][: max(0, want - have)]
    for p in picked:
        a.accounts.set_password(p["id"], DEMO_PASSWORD, admin)
    return picked[:users]


def stats(prefix: Path) -> dict[str, dict[str, Any]]:
    """Per action from locust's CSV: count, failures, p50, p95, max (ms)."""
    out = {}
    with (prefix.parent / f"{prefix.name}_stats.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["Name"] != "Aggregated" and "(" not in row["Name"]:  # actions, not their two requests
                out[row["Name"]] = {
                    "count": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "p50_ms": float(row["50%"]),
                    "p95_ms": float(row["95%"]),
                    "max_ms": float(row["Max Response Time"]),
                }
    return out


def run_backend(
    backend: str, users: int, seconds: int, tmp: Path, database_url: str | None
) -> dict[str, Any]:
    from tests.ui_app import start_app

    home = tmp / backend
    if database_url:
        home.mkdir(parents=True)
        (home / "config.toml").write_text(f'database_url = "{database_url}"\n', encoding="utf-8")
    a = Assistant.open(home)
    install_demo(a, reuse=False)
    a.analytics.precheck()  # what the app does in the background when it starts: measured here in steady state
    logins = accounts(a, users)
    result: dict[str, Any] = {"backend": backend, "users": users, "seconds": seconds}
    for url in start_app(home, tmp / f"{backend}-app"):
        app_home = tmp / f"{backend}-app" / "home"
        prefix = tmp / f"{backend}-locust"
        env = {**os.environ, "LOAD_ACCOUNTS": json.dumps(logins), "LOAD_PASSWORD": DEMO_PASSWORD}
        proc = subprocess.run(
            [sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--headless", "-u", str(users),
             "-r", str(max(1, users // 5)), "-t", f"{seconds}s", "--host", url, "--only-summary",
             "--csv", str(prefix), "--exit-code-on-error", "0"],
            env=env, capture_output=True, text=True, timeout=seconds + 300,
        )  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(f"locust failed: {proc.stderr[-2000:]}")
        result["actions"] = stats(prefix)
        failures = prefix.parent / f"{prefix.name}_failures.csv"
        result["failure_examples"] = list(csv.DictReader(failures.open(encoding="utf-8")))[:5]
        checked = Assistant.open(app_home)
        with checked.core.db.session() as s:
            if backend == "sqlite":
                result["journal_mode"] = s.execute(text("PRAGMA journal_mode")).scalar()
                result["integrity"] = s.execute(text("PRAGMA integrity_check")).scalar()
            else:
                result["integrity"] = (
                    "ok" if s.execute(text("SELECT count(*) FROM employee")).scalar() else "empty"
                )
    log = (tmp / f"{backend}-app" / "app.log").read_text(encoding="utf-8", errors="replace")
    result["tracebacks"] = log.count("Traceback")
    result["failures"] = sum(v["failures"] for v in result["actions"].values())
    return result


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| backend | action | count | failures | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for name, v in r["actions"].items():
            lines.append(f"| {r['backend']} | {name} | {v['count']} | {v['failures']} | {v['p50_ms']:.0f} | "
                         f"{v['p95_ms']:.0f} | {v['max_ms']:.0f} |")  # fmt: skip
        lines.append(f"| {r['backend']} | journal {r.get('journal_mode', '-')}, integrity {r['integrity']}, "
                     f"tracebacks {r['tracebacks']} | | | | | |")  # fmt: skip
    return "\n".join(lines)


def run(users: int = 20, seconds: int = 120, backends: tuple[str, ...] = ("sqlite", "postgresql")) -> list[dict[str, Any]]:  # fmt: skip
    from tests.pg import PostgresServer

    results = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for backend in backends:
            if backend == "postgresql":
                pg = PostgresServer()
                try:
                    results.append(run_backend(backend, users, seconds, tmp, pg.new_database()))
                finally:
                    pg.stop()
            else:
                results.append(run_backend(backend, users, seconds, tmp, None))
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = run(args.users, args.seconds, backends)
    print(table(results))
    bad = [r["backend"] for r in results if r["failures"] or r["tracebacks"] or r["integrity"] != "ok"]
    if bad:
        print(f"failures, tracebacks or integrity errors on: {', '.join(bad)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
