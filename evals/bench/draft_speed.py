"""Speed of the offline drafting path: brief -> both language versions -> fact check -> .docx + .eml + .md
bytes, without policy retrieval (a home with no data). The target is 1 s per draft.

    .venv/bin/python -m evals.bench.draft_speed
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from assistant.api import Assistant
from assistant.drafting.brief import parse_brief

BRIEF = """kind: email
topic: 2026 H2 year-end review kickoff / 2026 下半年年终评估启动
audience: All employees in the 2026 H2 cycle
facts:
  Self-review opens / 自评开始: 2026-12-10
  Self-review deadline / 自评截止: 2026年12月17日
  Manager review deadline / 上级评价截止: December 24, 2026
  Calibration / 绩效校准: 2027-01-05 to 2027-01-16
  Employees in scope / 覆盖人数: 1,248
  Guideline share of A / A 档指引比例: 20%
  HRBP: {zh: 王芳, en: Wang Fang}
  Review form / 评估表: https://hr.example.com/review/2026h2
layout: side_by_side
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        a = Assistant.open(Path(home))
        brief = parse_brief(BRIEF)
        a.drafting.files(a.drafting.draft(brief))  # warm-up: templates, regexes, python-docx
        times = []
        for _ in range(20):
            start = time.perf_counter()
            a.drafting.files(a.drafting.draft(brief))
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(
        f"offline draft + check + .docx/.eml/.md: median {median * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
        f"over {len(times)} runs; target 1000 ms (ratio {median / 1.0:.3f})"
    )


if __name__ == "__main__":
    main()
