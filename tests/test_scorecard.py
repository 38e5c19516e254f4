"""The eval scorecard's verdicts: a figure below its committed floor (or above its ceiling) is a regression and
fails the run; the CLI refuses an unknown suite in the user's language."""

from __future__ import annotations

from pathlib import Path

import yaml

from evals.scorecard import FULL, THRESHOLDS, Figure, floors_from, judge, markdown
from tests.conftest import run_cli


def test_a_figure_past_its_floor_is_a_regression() -> None:
    floors = {"okr/blind/kr_micro_f1": {"min": 0.79}, "access/red-team/leaks": {"max": 0.0}}
    figures = judge([Figure("okr", "blind/kr_micro_f1", 0.78), Figure("okr", "blind/kr_micro_f1", 0.79),
                     Figure("access", "red-team/leaks", 1.0), Figure("access", "red-team/leaks", 0.0),
                     Figure("drafting", "blind5/seeded_caught", 0.5)], floors)  # fmt: skip
    assert [f.status for f in figures] == ["REGRESSION", "ok", "REGRESSION", "ok", "new"]
    table = markdown(figures, "fast", 1.0)
    assert "| okr | blind/kr_micro_f1 | 0.780 |  | ≥ 0.79 |" in table and "| ≤ 0 |" in table
    assert floors_from(figures[:1]) == {"okr/blind/kr_micro_f1": {"min": 0.78}}


def test_the_committed_floors_name_suites_that_exist_and_hold_no_leak() -> None:
    floors = yaml.safe_load(THRESHOLDS.read_text("utf-8"))
    suites = {key.split("/")[0] for key in floors}
    assert suites <= set(FULL)
    assert all(
        v == {"max": 0.0} for k, v in floors.items() if k.endswith(("leaks", "_followed", "failed_share"))
    )
    assert floors["crash/kill-9/cases_consistent"] == {"min": 1.0}


def test_the_cli_refuses_an_unknown_suite(tmp_path: Path) -> None:
    res = run_cli(tmp_path / "home", "--lang", "zh", "eval", "--suite", "nightly")
    assert res.code != 0 and "没有“nightly”这套评测" in res.err and "Traceback" not in res.err
