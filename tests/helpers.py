from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import TABLES

FIXTURES = Path(__file__).parent / "fixtures"
_DATABASES = ("*.db", "*.sqlite", "*.sqlite3")


def copy_home(src: Path, dst: Path) -> Path:
    """A copy of a home whose databases this process may have open: files by copy, SQLite databases through
    SQLite's backup API. (Copying a database file with plain open/close in a process that holds SQLite locks on
    it drops those POSIX locks, and a writer elsewhere then corrupts the original.)"""
    import shutil
    import sqlite3

    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(*_DATABASES, "*-wal", "*-shm", "*-journal"))
    for pattern in _DATABASES:
        for db in src.rglob(pattern):
            source, target = sqlite3.connect(db), sqlite3.connect(dst / db.relative_to(src))
            try:
                source.backup(target)
            finally:
                source.close()
                target.close()
    return dst


def load_people(a: Assistant) -> None:
    t = FIXTURES / "tables"
    a.hris.import_table(t / "org_units.csv", t / "org_units.map.yaml", None)
    a.hris.import_table(t / "employees.csv", t / "employees.map.yaml", None)


def snapshot(a: Assistant, tables: tuple[type, ...] = TABLES) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as JSON-able dicts sorted by primary key."""
    out = {}
    with a.core.db.session() as s:
        for model in tables:
            rows = [r.model_dump(mode="json") for r in s.exec(select(model))]
            out[model.__tablename__] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    return out


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def llm_demo(demo_home: Path, tmp_path: Path, base_url: str) -> Assistant:
    """A copy of the demo home whose LLM is the scripted server at ``base_url`` (short timeouts, no retries)."""
    home = copy_home(demo_home, tmp_path / "home")
    return Assistant.open(home, llm_base_url=base_url, llm_model="scripted-model", llm_timeout=2.0,
                          llm_connect_timeout=1.0, llm_max_retry_wait=1.0, llm_max_retries=0)  # fmt: skip
