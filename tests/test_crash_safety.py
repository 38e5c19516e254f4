"""kill -9 during an ingest, a Lark import and a draft export; the restarted process finds the index and the
database consistent and everything committed still there (the cases are in tests/crash.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crash import CASES
from tests.helpers import copy_home


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_a_killed_command_leaves_a_consistent_home(name: str, demo_home: Path, manifest: dict,
                                                   tmp_path: Path) -> None:  # fmt: skip
    _, run, args = next(c for c in CASES if c[0] == name)
    admin = next(a["id"] for a in manifest["accounts"] if a["role"] == "hr_admin")
    home = copy_home(demo_home, tmp_path / "home")
    case = run(home, admin, tmp_path, *args)
    assert case.killed and len(case.verified) >= 4
