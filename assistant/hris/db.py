"""Engine, sessions and the schema-version check (SQLite by default, PostgreSQL with the same code)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from sqlalchemy import Engine, delete, event, inspect
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel, create_engine, select

from assistant.errors import ConfigError, SchemaVersionError
from assistant.hris import models  # noqa: F401  (registers every table)
from assistant.hris.models import OkrCheckSummary, SchemaInfo

SCHEMA_VERSION = 9


def _v2(session: Session) -> None:
    """1 -> 2: the LLM usage log; one alignment per (child, parent), one rating and one potential
    assessment per person and cycle."""
    tables = SQLModel.metadata.tables
    tables["usage_log"].create(session.connection())
    for table in ("alignment", "rating", "potential_assessment"):
        for index in tables[table].indexes:
            if index.unique:
                index.create(session.connection(), checkfirst=True)


def _v3(session: Session) -> None:
    """2 -> 3: the knowledge index's documents and chunks."""
    for table in ("knowledge_document", "knowledge_chunk"):
        SQLModel.metadata.tables[table].create(session.connection())


def _v4(session: Session) -> None:
    """3 -> 4: thumbs up/down on answers."""
    SQLModel.metadata.tables["answer_feedback"].create(session.connection())


# Upgrades from version N to N+1, run in one transaction each. Add one per schema change.
def _v5(session: Session) -> None:
    """4 -> 5: the log of drafts sent by e-mail."""
    SQLModel.metadata.tables["send_log"].create(session.connection())


def _v6(session: Session) -> None:
    """5 -> 6: covering indexes for analytics (the rater model's sums, goal achievement's means)."""
    tables = SQLModel.metadata.tables
    for table, name in (
        ("rating", "ix_rating_employee_rater"),
        ("objective", "ix_objective_owner_cycle_score"),
    ):
        next(i for i in tables[table].indexes if i.name == name).create(session.connection(), checkfirst=True)


def _v7(session: Session) -> None:
    """6 -> 7: the OKR checker's findings per set, counted (OKR health at 10⁵ employees)."""
    SQLModel.metadata.tables["okr_check"].create(session.connection())


def _v8(session: Session) -> None:
    """7 -> 8: the audit log of private reads."""
    SQLModel.metadata.tables["audit_log"].create(session.connection())


def _v9(session: Session) -> None:
    """8 -> 9: the index format each knowledge document was chunked by (0: unknown, so rebuilt); a table made
    by an earlier step from today's model has it already."""
    if "index_format" not in {
        c["name"] for c in inspect(session.connection()).get_columns("knowledge_document")
    }:
        session.connection().exec_driver_sql(
            "ALTER TABLE knowledge_document ADD COLUMN index_format INTEGER NOT NULL DEFAULT 0"
        )


MIGRATIONS: dict[int, Callable[[Session], None]] = {
    1: _v2, 2: _v3, 3: _v4, 4: _v5, 5: _v6, 6: _v7, 7: _v8, 8: _v9
}  # fmt: skip


def _app_version() -> str:
    try:
        return version("hr-assistant")
    except PackageNotFoundError:
        return "dev"


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves: DDL is transactional too
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN")

        return engine
    if parsed.drivername in ("postgresql", "postgres"):
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One HRIS database: opens it, checks or upgrades its schema, hands out sessions."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = make_engine(url)
        except Exception as exc:  # bad URL, missing driver
            raise ConfigError("error.database_url", url=safe_url(url), reason=str(exc)) from exc

    def create_or_upgrade(self) -> int:
        """Create the schema in an empty database, upgrade an older one, refuse a newer or foreign one."""
        tables = set(inspect(self.engine).get_table_names())
        if not tables:
            SQLModel.metadata.create_all(self.engine)
            with Session(self.engine) as s:
                s.add(SchemaInfo(version=SCHEMA_VERSION, app_version=_app_version()))
                s.commit()
            return SCHEMA_VERSION
        found = self.schema_version()
        if found > SCHEMA_VERSION:
            raise SchemaVersionError("error.schema_newer", found=found, supported=SCHEMA_VERSION)
        while found < SCHEMA_VERSION:
            step = MIGRATIONS.get(found)
            if step is None:
                raise SchemaVersionError("error.schema_unupgradable", found=found, supported=SCHEMA_VERSION)
            with Session(self.engine) as s, s.begin():
                step(s)
                s.get(SchemaInfo, 1).version = found + 1  # type: ignore[union-attr]
            found += 1
        return found

    def schema_version(self) -> int:
        tables = set(inspect(self.engine).get_table_names())
        if "schema_info" not in tables:
            raise SchemaVersionError("error.schema_foreign", url=safe_url(self.url))
        with Session(self.engine) as s:
            info = s.exec(select(SchemaInfo)).first()
        if info is None:
            raise SchemaVersionError("error.schema_foreign", url=safe_url(self.url))
        return info.version

    def reset(self) -> None:
        """Drop every table of ours (for ``init --force``)."""
        SQLModel.metadata.drop_all(self.engine)

    def is_empty(self) -> bool:
        return not inspect(self.engine).get_table_names()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as one unit, or not at all."""
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def data_transaction(self) -> Iterator[Session]:
        """A transaction that changes HRIS data: what was derived from the old data (the OKR checks' counts)
        goes in the same commit, so no crash leaves counts of data that is gone."""
        with self.transaction() as s:
            yield s
            s.execute(delete(OkrCheckSummary))

    def data_changed(self) -> None:
        """After an import: the query planner's table statistics are refreshed (the analytics plans at 10⁵
        employees depend on them)."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA optimize" if self.engine.dialect.name == "sqlite" else "ANALYZE")

    def dispose(self) -> None:
        self.engine.dispose()


def safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable URL>"
