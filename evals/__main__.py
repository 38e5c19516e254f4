"""``python -m evals [--suite fast|full] [--freeze]``: the scorecard (see :mod:`evals.scorecard`)."""

from __future__ import annotations

import argparse
import sys

import yaml

from evals.scorecard import THRESHOLDS, floors_from, run


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m evals")
    ap.add_argument("--suite", choices=("fast", "full"), default="fast")
    ap.add_argument(
        "--freeze", action="store_true", help="write today's figures as the floors (a reviewed change)"
    )
    args = ap.parse_args()
    figures, ok = run(args.suite)
    if args.freeze:
        floors = yaml.safe_load(THRESHOLDS.read_text("utf-8")) if THRESHOLDS.exists() else {}
        THRESHOLDS.write_text(yaml.safe_dump({**(floors or {}), **floors_from(figures)}, allow_unicode=True,
                                             sort_keys=True), "utf-8")  # fmt: skip
        print(f"floors written to {THRESHOLDS.name}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
