"""Schema versions: a new database is created, an older one upgraded, a newer or foreign one refused
with a clear message and left untouched."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from assistant.api import Assistant
from assistant.errors import SchemaVersionError
from assistant.hris import db as dbmod
from assistant.hris.models import SchemaInfo


def _set_version(a: Assistant, version: int) -> None:
    with a.core.db.transaction() as s:
        s.get(SchemaInfo, 1).version = version


def test_new_database_gets_the_current_version(assistant: Assistant) -> None:
    assert assistant.core.db.schema_version() == dbmod.SCHEMA_VERSION
    assert assistant.core.ensure_schema() == dbmod.SCHEMA_VERSION


def test_newer_database_is_refused(assistant: Assistant) -> None:
    _set_version(assistant, dbmod.SCHEMA_VERSION + 1)
    with pytest.raises(SchemaVersionError) as exc:
        assistant.core.ensure_schema()
    assert "newer version" in exc.value.message("en") and "未被修改" in exc.value.message("zh")
    assert assistant.core.db.schema_version() == dbmod.SCHEMA_VERSION + 1


def test_older_database_is_upgraded_in_a_transaction(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = dbmod.SCHEMA_VERSION
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", old + 1)

    def add_column(session) -> None:  # type: ignore[no-untyped-def]
        session.execute(text("ALTER TABLE employee ADD COLUMN nickname VARCHAR"))

    monkeypatch.setitem(dbmod.MIGRATIONS, old, add_column)
    assert assistant.core.ensure_schema() == old + 1
    assert "nickname" in {c["name"] for c in inspect(assistant.core.db.engine).get_columns("employee")}
    assert assistant.core.db.schema_version() == old + 1


def test_unupgradable_and_foreign_databases(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", dbmod.SCHEMA_VERSION + 5)
    with pytest.raises(SchemaVersionError) as exc:
        assistant.core.ensure_schema()
    assert "Cannot upgrade" in exc.value.message("en")
    with assistant.core.db.transaction() as s:
        s.execute(text("DROP TABLE schema_info"))
    with pytest.raises(SchemaVersionError) as exc:
        assistant.core.ensure_schema()
    assert "not an hr-assistant database" in exc.value.message("en")


def test_a_version_1_database_is_upgraded_step_by_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database as version 1 made it (no usage_log table) is upgraded in place, data kept."""
    from sqlmodel import SQLModel

    from assistant.hris.db import Database
    from tests.helpers import load_people

    url = f"sqlite:///{tmp_path / 'v1.db'}"
    db = Database(url)
    later = {
        "usage_log",
        "knowledge_document",
        "knowledge_chunk",
        "answer_feedback",
        "send_log",
        "okr_check",
        "audit_log",
    }
    v1_tables = [t for name, t in SQLModel.metadata.tables.items() if name not in later]
    SQLModel.metadata.create_all(db.engine, tables=v1_tables)
    with db.transaction() as s:
        for name in ("ux_alignment_pair", "ux_rating_cycle_employee", "ux_potential_cycle_employee"):
            s.execute(text(f"DROP INDEX {name}"))  # version 1 had no unique indexes
        s.add(SchemaInfo(version=1, app_version="0.1.0"))
    a = Assistant.open(tmp_path / "home", database_url=url)
    load_people(a)  # runs ensure_schema: the upgrade
    assert any(i["unique"] for i in inspect(a.core.db.engine).get_indexes("rating"))
    assert later <= set(inspect(a.core.db.engine).get_table_names())
    assert a.core.db.schema_version() == dbmod.SCHEMA_VERSION == 9
    with a.core.db.session() as s:
        assert s.exec(text("SELECT count(*) FROM employee")).one()[0] == 5


def test_a_failing_migration_changes_nothing(assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    old = dbmod.SCHEMA_VERSION
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", old + 1)

    def half_done(session) -> None:  # type: ignore[no-untyped-def]
        session.execute(text("ALTER TABLE employee ADD COLUMN nickname VARCHAR"))
        raise RuntimeError("the second step of the migration failed")

    monkeypatch.setitem(dbmod.MIGRATIONS, old, half_done)
    with pytest.raises(RuntimeError):
        assistant.core.ensure_schema()
    assert "nickname" not in {c["name"] for c in inspect(assistant.core.db.engine).get_columns("employee")}
    assert assistant.core.db.schema_version() == old
