"""A batch of rows to import: collected from files, checked as a whole, written in one transaction.

Every problem names the file, the record and the field, and nothing is written while any remain.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

from assistant.access.scope import find_cycle
from assistant.errors import InputError, Place, Problem, Where, shown
from assistant.hris.models import TABLES, Alignment, Employee, OrgUnit


def primary_key(row: SQLModel) -> tuple[Any, ...]:
    return tuple(getattr(row, c.name) for c in row.__table__.primary_key.columns)  # type: ignore[attr-defined]


@dataclass
class RowBatch:
    rows: dict[type[SQLModel], dict[tuple[Any, ...], SQLModel]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    origin: dict[tuple[type[SQLModel], tuple[Any, ...]], tuple[str, Where]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # Per row, the columns its source does not carry: kept as they are when the row already exists.
    keep: dict[tuple[type[SQLModel], tuple[Any, ...]], set[str]] = field(default_factory=dict)

    def add(
        self, row: SQLModel, file: str, record: Where, keep: set[str] | frozenset[str] = frozenset()
    ) -> None:
        model, key = type(row), primary_key(row)
        if key in self.rows[model]:
            first_file, first_record = self.origin[(model, key)]
            self.problems.append(
                Problem(
                    file,
                    record,
                    "id",
                    "problem.duplicate_id_at",
                    {"id": "/".join(map(str, key)), "at": Place(first_file, first_record)},
                )
            )
            return
        self.rows[model][key] = row
        self.origin[(model, key)] = (file, record)
        if keep:
            self.keep[(model, key)] = set(keep)

    def remove(self, model: type[SQLModel], key: tuple[Any, ...]) -> None:
        self.rows[model].pop(key, None)
        self.origin.pop((model, key), None)
        self.keep.pop((model, key), None)

    def get(self, model: type[SQLModel], *key: Any) -> SQLModel | None:
        return self.rows.get(model, {}).get(tuple(key))

    def problem(self, file: str, record: Where, fld: str, key: str, /, **params: Any) -> None:
        """A problem (stops the import): ``key`` is a ``problem.*`` catalogue key, ``params`` its values."""
        self.problems.append(Problem(file, record, fld, key, params))

    def warn(self, file: str, record: Where, fld: str, key: str, /, **params: Any) -> None:
        """A note that does not stop the import (catalogue key and values, as for :meth:`problem`)."""
        self.warnings.append(Problem(file, record, fld, key, params))

    def counts(self) -> dict[str, int]:
        return {m.__tablename__: len(r) for m, r in self.rows.items() if r}  # type: ignore[attr-defined]

    def where(self, row: SQLModel) -> tuple[str, Where]:
        return self.origin[(type(row), primary_key(row))]


def _existing(session: Session, model: type[SQLModel], column: str, values: set[Any]) -> set[Any]:
    col = getattr(model, column)
    found: set[Any] = set()
    ordered = sorted(values, key=str)
    for i in range(0, len(ordered), 500):
        found.update(session.exec(select(col).where(col.in_(ordered[i : i + 500]))).scalars())  # type: ignore[call-overload]
    return found


# Tables a foreign key may point at, each with its own "unknown …" text; any other: problem.unknown.other.
UNKNOWN_KEYS = {t: f"problem.unknown.{t}" for t in
                ("employee", "cycle", "objective", "key_result", "org_unit", "calibration_session")}  # fmt: skip


def unknown_ref(table: str, value: Any) -> tuple[str, dict[str, Any]]:
    """The problem "unknown <table> <value>" as a catalogue key and its parameters."""
    if table in UNKNOWN_KEYS:
        return UNKNOWN_KEYS[table], {"value": shown(value)}
    return "problem.unknown.other", {"table": table, "value": shown(value)}


def check_references(session: Session, batch: RowBatch) -> None:
    """Every foreign key points at a row in the batch or already in the database."""
    by_table = {m.__tablename__: m for m in TABLES}  # type: ignore[attr-defined]
    for model, rows in list(batch.rows.items()):
        for fk in model.__table__.foreign_keys:  # type: ignore[attr-defined]
            target = by_table[fk.column.table.name]
            column, target_col = fk.parent.name, fk.column.name
            wanted = {getattr(r, column) for r in rows.values()} - {None}
            in_batch = {getattr(r, target_col) for r in batch.rows.get(target, {}).values()}
            missing = wanted - in_batch
            if missing:
                missing -= _existing(session, target, target_col, missing)
            for row in rows.values():
                value = getattr(row, column)
                if value in missing:
                    file, record = batch.where(row)
                    key, params = unknown_ref(target.__tablename__, value)  # type: ignore[attr-defined]
                    batch.problem(file, record, column, key, **params)


def check_loops(session: Session, batch: RowBatch) -> None:
    """No circular manager chains, org-unit trees or objective alignments."""
    for model, child, parent, key in (
        (Employee, "id", "manager_id", "problem.loop.manager"),
        (OrgUnit, "id", "parent_id", "problem.loop.org_unit"),
    ):
        if not batch.rows.get(model):
            continue
        parent_of = dict(session.exec(select(getattr(model, child), getattr(model, parent))).all())  # type: ignore[call-overload]
        parent_of.update({getattr(r, child): getattr(r, parent) for r in batch.rows[model].values()})
        loop = find_cycle(parent_of)
        if loop:
            row = batch.get(model, loop[0]) or next(iter(batch.rows[model].values()))
            file, record = batch.where(row)
            batch.problem(file, record, parent, key, chain=" → ".join(loop))
    if batch.rows.get(Alignment):
        edges: dict[str, set[str]] = defaultdict(set)
        for a in session.exec(select(Alignment)).scalars():  # type: ignore[call-overload]
            edges[a.from_objective_id].add(a.to_objective_id)
        for a in batch.rows[Alignment].values():
            edges[a.from_objective_id].add(a.to_objective_id)  # type: ignore[attr-defined]
        loop = _graph_cycle(edges)
        if loop:
            row = next(a for a in batch.rows[Alignment].values() if a.from_objective_id in loop)  # type: ignore[attr-defined]
            file, record = batch.where(row)
            batch.problem(file, record, "aligned_to", "problem.loop.alignment", chain=" → ".join(loop))


def _graph_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    for start in list(edges):
        if state.get(start):
            continue
        stack: list[tuple[str, list[str]]] = [(start, sorted(edges.get(start, ())))]
        path = [start]
        state[start] = 1
        while stack:
            node, todo = stack[-1]
            if not todo:
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            nxt = todo.pop()
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(edges.get(nxt, ()))))
    return None


def upsert(session: Session, model: type[SQLModel], rows: list[SQLModel]) -> None:
    """Insert or update rows by primary key, in chunks, with the dialect's native upsert."""
    if not rows:
        return
    table = model.__table__  # type: ignore[attr-defined]
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
    keys = [c.name for c in table.primary_key.columns]
    columns = [c.name for c in sa_inspect(model).columns]  # type: ignore[union-attr]
    stmt = insert(table)
    update = {c: stmt.excluded[c] for c in columns if c not in keys}
    stmt = (
        stmt.on_conflict_do_update(index_elements=keys, set_=update)
        if update
        else stmt.on_conflict_do_nothing()
    )
    for i in range(0, len(rows), 5000):
        session.execute(stmt, [{c: getattr(r, c) for c in columns} for r in rows[i : i + 5000]])


def commit_batch(session: Session, batch: RowBatch) -> dict[str, int]:
    """Check the batch against the database and write it, all or nothing. Raises InputError."""
    if not batch.problems:
        check_references(session, batch)
        check_loops(session, batch)
    if batch.problems:
        raise InputError(batch.problems)
    _apply_keep(session, batch)
    for model in TABLES:
        rows = list(batch.rows.get(model, {}).values())
        if model is Employee:
            rows = _parents_first(rows, "manager_id")
        elif model is OrgUnit:
            rows = _parents_first(rows, "parent_id")
        upsert(session, model, rows)
    return batch.counts()


def _apply_keep(session: Session, batch: RowBatch) -> None:
    """Where a row exists already, the columns its source does not carry take their stored values."""
    wanted: dict[type[SQLModel], list[tuple[Any, ...]]] = defaultdict(list)
    for model, key in batch.keep:
        wanted[model].append(key)
    for model, keys in wanted.items():
        [pk] = model.__table__.primary_key.columns  # type: ignore[attr-defined]
        ids = [k[0] for k in keys]
        for i in range(0, len(ids), 500):
            for stored in session.exec(
                select(model).where(getattr(model, pk.name).in_(ids[i : i + 500]))
            ).scalars():  # type: ignore[call-overload]
                key = (getattr(stored, pk.name),)
                row = batch.rows[model][key]
                for column in batch.keep[(model, key)]:
                    setattr(row, column, getattr(stored, column))


def _parents_first(rows: list[SQLModel], parent: str) -> list[SQLModel]:
    """Order self-referencing rows so that a parent is inserted before its children (loops checked)."""
    by_id = {r.id: r for r in rows}  # type: ignore[attr-defined]
    depth: dict[str, int] = {}

    def level(node: str) -> int:
        chain = []
        while node in by_id and node not in depth:
            chain.append(node)
            node = getattr(by_id[node], parent)
        base = depth.get(node, -1) if node in by_id else -1
        for n in reversed(chain):
            base += 1
            depth[n] = base
        return depth[chain[0]] if chain else depth[node]

    return sorted(rows, key=lambda r: level(r.id))  # type: ignore[attr-defined]
