"""The checker on the demo company's HRIS: recall of the planted patterns (vague KRs, sandbagging KRs,
misaligned and unaligned objectives) and how often each code fires on objectives and KRs with nothing
planted, over the last closed and the current cycle; and the time to check every person's set in a cycle.

    .venv/bin/python -m evals.okr.demo_patterns [HOME]   (default: a demo home under evals/results)
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from assistant.api import Assistant
from assistant.demo.install import install_demo, load_manifest

ROOT = Path(__file__).resolve().parents[2]
ADMIN_ROLE = "hr_admin"


def run(a: Assistant, cycles: tuple[str, ...] = ("2026-H1", "2026-H2")) -> dict[str, Any]:
    m = load_manifest(a)
    admin = next(x["id"] for x in m["accounts"] if x["role"] == ADMIN_ROLE)
    vague = {v["key_result"]: v["flaw"] for v in m["vague_key_results"]}
    sand = {v["key_result"] for v in m["sandbagging_key_results"]}
    mis = {v["objective"] for v in m["misaligned_objectives"]}
    una = {v["objective"] for v in m["unaligned_objectives"]}
    hits: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    timing = {}
    for cycle in cycles:
        start = time.perf_counter()
        people = 0
        for _, okr_set, report in a.okr.cycle(a.actor(admin), cycle):
            people += 1
            codes: dict[str, set[str]] = defaultdict(set)
            for f in report.findings:
                codes[f.target].add(f.code)
            for o in okr_set.objectives:
                c = codes[o.id]
                if o.id in mis:
                    planted["misaligned → ALIGN_WEAK"] += 1
                    hits["misaligned → ALIGN_WEAK"] += "ALIGN_WEAK" in c
                elif o.id in una:
                    planted["unaligned → ALIGN_NONE/SUGGESTED"] += 1
                    hits["unaligned → ALIGN_NONE/SUGGESTED"] += bool({"ALIGN_NONE", "ALIGN_SUGGESTED"} & c)
                else:
                    clean["objective"] += 1
                    fired.update(f"objective {k}" for k in c)
                for kr in o.key_results:
                    c = codes[kr.id]
                    if kr.id in vague:
                        key = f"vague ({vague[kr.id]}) → a KR quality code"
                        planted[key] += 1
                        hits[key] += bool(
                            c & {"KR_NO_METRIC", "KR_PLACEHOLDER_TARGET", "KR_IS_TASK", "KR_NO_BASELINE"}
                        )
                    elif kr.id in sand:
                        planted["sandbagging → AMB_SANDBAG"] += 1
                        hits["sandbagging → AMB_SANDBAG"] += "AMB_SANDBAG" in c
                    else:
                        clean["kr"] += 1
                        fired.update(f"kr {k}" for k in c)
        timing[cycle] = {"people": people, "seconds": round(time.perf_counter() - start, 2)}
    return {"recall": {k: (hits[k], planted[k]) for k in sorted(planted)},
            "fired_on_unplanted": {k: (v, clean[k.split()[0]]) for k, v in sorted(fired.items())},
            "timing": timing}  # fmt: skip


def main() -> None:
    home = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "evals" / "results" / "okr-demo-home"
    a = Assistant.open(home)
    if not a.core.has_data():
        install_demo(a, reuse=False)
    result = run(a)
    for key, (hit, n) in result["recall"].items():
        print(f"planted {key:45} {hit:4}/{n:<4} = {hit / n:.2f}")
    for key, (n, total) in result["fired_on_unplanted"].items():
        print(f"fires on unplanted {key:32} {n:4}/{total:<5} = {n / total:.3f}")
    for cycle, t in result["timing"].items():
        print(f"cycle {cycle}: {t['people']} people checked in {t['seconds']} s")


if __name__ == "__main__":
    main()
