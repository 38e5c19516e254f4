from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import TABLES

FIXTURES = Path(__file__).parent / "fixtures"


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
