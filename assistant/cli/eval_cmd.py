"""``hr-assistant eval [--suite fast|full]``: the eval scorecard (``python -m evals``), from a source checkout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.errors import AssistantError

ROOT = Path(__file__).resolve().parents[2]


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def run_eval(
        suite: Annotated[
            str, typer.Option("--suite", help="fast (what make test runs) | full (make eval)")
        ] = "fast",
    ) -> None:
        """Run every eval suite and print one scorecard; exits 1 on a regression below the committed floors."""
        if suite not in ("fast", "full"):
            raise AssistantError("error.eval_suite", suite=suite)
        if not (ROOT / "evals" / "scorecard.py").exists():
            raise AssistantError("error.eval_checkout")
        code = subprocess.call([sys.executable, "-m", "evals", "--suite", suite], cwd=ROOT)
        raise typer.Exit(code)
