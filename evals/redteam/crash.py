"""Crash safety: each case of tests/crash.py (kill -9 during an ingest, a Lark import and a draft export, at
fixed points and from outside), run over a fresh copy of the demo company; printed with what was verified
after each restart.

    .venv/bin/python -m evals.redteam.crash
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from assistant.api import Assistant
from assistant.demo.install import install_demo, load_manifest
from tests.crash import CASES
from tests.helpers import copy_home

RESULTS = Path(__file__).resolve().parents[1] / "results" / "redteam-crash.json"


def run() -> list[dict[str, Any]]:
    out = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        base = Assistant.open(tmp / "demo")
        install_demo(base, reuse=False)
        base.analytics.precheck()
        admin = next(a["id"] for a in load_manifest(base)["accounts"] if a["role"] == "hr_admin")
        for key, case_fn, args in CASES:
            work = tmp / key
            work.mkdir()
            home = copy_home(tmp / "demo", work / "home")
            try:
                case = case_fn(home, admin, work, *args)
                out.append(
                    {"case": case.name, "killed": case.killed, "consistent": True, "verified": case.verified}
                )
            except AssertionError as exc:
                out.append({"case": key, "killed": None, "consistent": False, "verified": [str(exc)]})
    RESULTS.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def main() -> None:
    results = run()
    for r in results:
        print(f"{'ok ' if r['consistent'] else 'BAD'} {r['case']}")
        for v in r["verified"]:
            print(f"      {v}")
    if not all(r["consistent"] for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
