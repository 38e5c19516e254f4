"""First-run speed: ``hr-assistant init --demo`` into an empty home with an empty embedding cache, as
``make run`` does on a fresh machine (target: at most 60 s on the 2-core reference machine). A measurement,
not a test: prints the seconds of one run and the ratio to the target.

    .venv/bin/python -m evals.bench.demo_init
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 60.0


def main() -> None:
    cli = str(Path(sys.executable).with_name("hr-assistant"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HR_ASSISTANT_")}
        start = time.perf_counter()
        subprocess.run([cli, "--home", str(Path(tmp) / "home"), "init", "--demo"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        took = time.perf_counter() - start
    print(f"init --demo (fresh home, empty caches): {took:.1f} s; target {TARGET_S:.0f} s; "
          f"ratio {took / TARGET_S:.2f}; cores {os.cpu_count()}")  # fmt: skip


if __name__ == "__main__":
    main()
