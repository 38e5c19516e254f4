"""Ingestion: files and folders into the index, incrementally and crash-safely.

A document is marked ``pending`` before anything of it is written and ``indexed`` only when its chunks are
all in place; searches see indexed documents only. After a crash (even kill -9) the next run removes what a
pending document left behind and ingests it again; unchanged files are skipped by hash, changed ones
replaced, deleted ones removed, and embeddings come from the cache."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import delete, select

from assistant.errors import InputError, Problem
from assistant.hris.db import Database
from assistant.hris.files import read_bytes
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument
from assistant.i18n import Lang
from assistant.knowledge.chunking import chunk, text_lang
from assistant.knowledge.embedding import Embedder
from assistant.knowledge.formats import SUFFIXES, parse
from assistant.knowledge.store import VectorStore

Progress = Callable[[str, int, int], None]  # (path, files done, files in all)


@dataclass
class FileResult:
    path: str
    status: str  # indexed | unchanged | removed | error
    chunks: int = 0
    problems: list[Problem] = field(default_factory=list)  # why it failed (an error) or a note (indexed)

    def message(self, lang: Lang = "en") -> str:
        return "; ".join(p.text(lang) for p in self.problems)


def chunk_id(path: str, content_hash: str, ordinal: int) -> str:
    return hashlib.sha1(f"{path}|{content_hash}|{ordinal}".encode()).hexdigest()[:24]


def expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """(files to ingest, folders given) — folders recursively, hidden files skipped, paths kept as given."""
    files, folders = [], []
    for given in paths:
        if os.path.isdir(given):
            folders.append(given)
            for root, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files += [os.path.join(root, n) for n in sorted(names) if not n.startswith(".")]
        else:
            files.append(given)
    return files, folders


class Ingestor:
    def __init__(self, db: Database, store: VectorStore, embedder: Embedder, max_mb: float = 20.0) -> None:
        self.db, self.store, self.embedder, self.max_mb = db, store, embedder, max_mb

    def recover(self) -> list[str]:
        """Remove whatever documents interrupted mid-write left behind."""
        with self.db.session() as s:
            pending = list(
                s.exec(select(KnowledgeDocument.path).where(KnowledgeDocument.status == "pending"))
            )
        for path in pending:
            self._drop(path)
        return pending

    def ingest(
        self, paths: list[str], scope: str = "all", progress: Progress | None = None
    ) -> list[FileResult]:
        self.recover()
        files, folders = expand(paths)
        results = []
        for n, path in enumerate(files):
            results.append(self._one(path, scope))
            if progress:
                progress(path, n + 1, len(files))
        seen = set(files)
        for folder in folders:  # files that were in a folder and are gone
            prefix = folder.rstrip("/") + "/"
            with self.db.session() as s:
                known = s.exec(
                    select(KnowledgeDocument.path).where(KnowledgeDocument.path.startswith(prefix))
                ).all()
            for path in known:
                if path not in seen and not os.path.exists(path):
                    self._drop(path)
                    results.append(FileResult(path, "removed"))
        return results

    def _one(self, path: str, scope: str) -> FileResult:
        try:
            if Path(path).suffix.lower() not in SUFFIXES:
                raise ValueError(f"unsupported format {Path(path).suffix or '(no extension)'}; use "
                                 f"{', '.join(sorted(SUFFIXES))}")  # fmt: skip
            raw = read_bytes(Path(path), self.max_mb)
            digest = hashlib.sha256(raw).hexdigest()
            with self.db.session() as s:
                known = s.get(KnowledgeDocument, path)
                if (
                    known
                    and known.status == "indexed"
                    and known.content_hash == digest
                    and known.scope == scope
                ):
                    return FileResult(path, "unchanged", known.chunks)
                duplicate = s.exec(
                    select(KnowledgeDocument.path).where(
                        KnowledgeDocument.content_hash == digest, KnowledgeDocument.path != path
                    )
                ).first()
            doc = parse(Path(path), raw)
            chunks = chunk(doc)
            vectors = self.embedder.passages([f"{doc.title} › {c.heading}\n{c.text}" for c in chunks])
        except InputError as exc:
            return FileResult(path, "error", problems=exc.problems)
        except Exception as exc:  # a parser's error, a corrupt file, an embedding failure: this file only
            detail = str(exc) or type(exc).__name__
            return FileResult(
                path, "error", problems=[Problem(path, "", "", "problem.unreadable", {"detail": detail})]
            )
        self._write(path, digest, scope, len(raw), doc, chunks, vectors)
        note = (
            [Problem(path, "", "", "problem.duplicate_content", {"other": Path(duplicate).name})]
            if duplicate
            else []
        )
        return FileResult(path, "indexed", len(chunks), note)

    def _write(self, path, digest, scope, size, doc, chunks, vectors) -> None:  # type: ignore[no-untyped-def]
        with self.db.transaction() as s:  # 1. pending: from here on a crash is cleaned up by recover()
            row = s.get(KnowledgeDocument, path) or KnowledgeDocument(
                path=path, content_hash=digest, title="", lang=""
            )
            row.status, row.content_hash = "pending", digest
            s.add(row)
        try:
            self.store.delete_document(path)
            with self.db.transaction() as s:
                s.execute(delete(KnowledgeChunk).where(KnowledgeChunk.document_path == path))
            ids = [chunk_id(path, digest, c.ordinal) for c in chunks]
            meta = [{"path": path, "scope": scope, "lang": c.lang} for c in chunks]
            self.store.upsert(ids, vectors, meta)
            with self.db.transaction() as s:  # 2. indexed: chunks and document in one commit
                for cid, c in zip(ids, chunks, strict=True):
                    s.add(KnowledgeChunk(id=cid, document_path=path, ordinal=c.ordinal, heading=c.heading,
                                         text=c.text, lang=c.lang, tokens=c.tokens, start=c.start, end=c.end))  # fmt: skip
                row = s.get(KnowledgeDocument, path)
                row.title, row.lang, row.effective_date = doc.title, text_lang(doc.text), doc.effective_date
                row.scope, row.chunks, row.size = scope, len(chunks), size
                row.status, row.ingested_at = "indexed", datetime.now(UTC)
        except BaseException:
            self._drop(path)
            raise

    def _drop(self, path: str) -> None:
        self.store.delete_document(path)
        with self.db.transaction() as s:
            s.execute(delete(KnowledgeChunk).where(KnowledgeChunk.document_path == path))
            s.execute(delete(KnowledgeDocument).where(KnowledgeDocument.path == path))


def iter_indexed(db: Database) -> Iterator[tuple[KnowledgeChunk, KnowledgeDocument]]:
    with db.session() as s:
        rows = s.exec(
            select(KnowledgeChunk, KnowledgeDocument)
            .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
            .where(KnowledgeDocument.status == "indexed")
            .order_by(KnowledgeChunk.document_path, KnowledgeChunk.ordinal)
        )
        yield from rows
