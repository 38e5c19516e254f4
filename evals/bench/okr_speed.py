"""OKR checker speed, measured: start-up (program, embedding model, history of the demo company); a
5-objective set checked offline after start-up (texts already seen, and texts never seen, whose embeddings
must be computed); a whole 294-person cycle of the demo company with a cold and a warm embedding cache.

    .venv/bin/python -m evals.bench.okr_speed [HOME]   (HOME: a demo home; default: built under a temp dir)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from assistant.api import Assistant
from assistant.demo.install import install_demo
from assistant.okr.model import OkrSetIn

ADMIN, OWNER = "E0265", "E0004"


def five_objectives(n: int) -> OkrSetIn:
    objs = [{"id": f"O{i}", "title": f"Make checkout faster for merchants in market {n}-{i}",
             "key_results": [f"Reduce P95 latency of the checkout API from {300 + i + n} to {200 + i}ms",
                             f"Raise checkout conversion from {2 + i / 10:.1f}% to {2.5 + i / 10:.1f}% in region {n}",
                             f"Launch the new payment page {n}-{i}"]}
            for i in range(5)]  # fmt: skip
    return OkrSetIn.model_validate({"owner": OWNER, "objectives": objs})


def cycle_seconds(a: Assistant, cycle: str) -> tuple[int, float]:
    start = time.perf_counter()
    people = sum(1 for _ in a.okr.cycle(a.actor(ADMIN), cycle))
    return people, time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp) / "home"
        cold_cache = Path(tmp) / "cold-cache"
        a = Assistant.open(home)
        if not a.core.has_data():
            install_demo(a, reuse=False)
        t0 = time.perf_counter()
        a = Assistant.open(home, cache_dir=cold_cache)
        a.okr.check(five_objectives(0), a.actor(OWNER))
        print(
            f"start-up (open, load the embedding model, read the history, first check): {time.perf_counter() - t0:.2f} s"
        )
        seen = five_objectives(0)
        warm = []
        for _ in range(30):
            s = time.perf_counter()
            a.okr.check(seen, a.actor(OWNER))
            warm.append((time.perf_counter() - s) * 1000)
        fresh = []
        for n in range(1, 21):
            s = time.perf_counter()
            a.okr.check(five_objectives(n), a.actor(OWNER))
            fresh.append((time.perf_counter() - s) * 1000)
        print(
            f"5 objectives / 15 KRs, HRIS parents + history, rewrites on: seen texts median {statistics.median(warm):.1f} ms "
            f"(max {max(warm):.1f}); new texts median {statistics.median(fresh):.1f} ms (max {max(fresh):.1f})"
        )
        people, cold = cycle_seconds(a, "2026-H2")
        _, warm_cycle = cycle_seconds(a, "2026-H2")
        print(f"cycle 2026-H2, {people} people: cold embedding cache {cold:.1f} s, warm {warm_cycle:.1f} s")


if __name__ == "__main__":
    main()
