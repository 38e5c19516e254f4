"""Ingestion: files and folders into the index, incrementally and crash-safely.

The database is the record of what is indexed; the vector index is derived from it. A document's new vectors
are written first (under ids of the new content), then its chunks and its row in one commit, then the old
version's vectors are deleted. A crash (even kill -9) at any point leaves the last committed version whole and
searchable: vectors the database does not know are never shown (searches keep chunks of indexed documents
only) and ``reconcile`` deletes them; chunks whose vectors are missing are embedded again from their stored
text. Unchanged files are skipped by hash, changed ones replaced, deleted ones removed, and embeddings come
from the cache. The hash covers INDEX_FORMAT too: a file indexed by an earlier parser or chunker is indexed again,
not kept with the chunks of the old rules; each document records the format it was chunked by, so ``stale`` lists
those an upgrade left behind and ``rebuild`` indexes them again from their files."""

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
# how files become chunks: raise it when parsing or chunking changes, so that existing indexes are rebuilt (1: the
# first release; 2: chunks of 2026-12-04 onwards)
INDEX_FORMAT = 2


def content_digest(raw: bytes) -> str:
    """The file's identity in the index: its bytes under the current INDEX_FORMAT."""
    return hashlib.sha256(f"index-format {INDEX_FORMAT}\n".encode() + raw).hexdigest()


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

    def reconcile(self) -> dict[str, int]:
        """Make the vector index agree with the database: documents an older version left ``pending`` are
        removed, vectors of chunks the database does not know are deleted, and indexed chunks without a vector
        are embedded again from their text. Returns the counts of each repair."""
        with self.db.session() as s:
            pending = list(
                s.exec(select(KnowledgeDocument.path).where(KnowledgeDocument.status == "pending"))
            )
        for path in pending:
            self._drop(path)
        with self.db.session() as s:  # ids and metadata only: the texts are read for missing vectors alone
            known = {cid: (path, scope, lang) for cid, path, scope, lang in s.exec(
                select(KnowledgeChunk.id, KnowledgeDocument.path, KnowledgeDocument.scope, KnowledgeChunk.lang)
                .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                .where(KnowledgeDocument.status == "indexed"))}  # fmt: skip
        stored = self.store.scopes()
        extra = sorted(stored.keys() - known.keys())
        missing = sorted(known.keys() - stored.keys())
        rescoped = {i: _meta(*m) for i, m in known.items() if i in stored and stored[i] != m[1]}
        self.store.delete_ids(extra)
        self.store.set_scopes(rescoped)
        for i in range(0, len(missing), 256):
            with self.db.session() as s:
                part = s.exec(
                    select(KnowledgeChunk, KnowledgeDocument)
                    .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                    .where(KnowledgeChunk.id.in_(missing[i : i + 256]))  # type: ignore[attr-defined]
                ).all()
            vectors = self.embedder.passages([f"{d.title} › {c.heading}\n{c.text}" for c, d in part])
            self.store.upsert(
                [c.id for c, _ in part], vectors, [_meta(d.path, d.scope, c.lang) for c, d in part]
            )
        return {"pending_removed": len(pending), "vectors_removed": len(extra), "vectors_restored": len(missing),
                "scopes_repaired": len(rescoped)}  # fmt: skip

    def ingest(
        self, paths: list[str], scope: str = "all", progress: Progress | None = None
    ) -> list[FileResult]:
        self.reconcile()
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

    def stale(self) -> list[tuple[str, str]]:
        """(path, scope) of the indexed documents chunked by an earlier INDEX_FORMAT."""
        with self.db.session() as s:
            return [(p, sc) for p, sc in s.exec(
                select(KnowledgeDocument.path, KnowledgeDocument.scope)
                .where(KnowledgeDocument.status == "indexed", KnowledgeDocument.index_format < INDEX_FORMAT)
                .order_by(KnowledgeDocument.path))]  # fmt: skip

    def rebuild(self, progress: Progress | None = None) -> list[FileResult]:
        """Index the stale documents again from their files, each with its own scope; a document whose file is
        gone is removed, as an ingest of its folder would (paths are read as stored: relative ones from the
        folder ingest ran in)."""
        self.reconcile()
        stale, results = self.stale(), []
        for n, (path, scope) in enumerate(stale):
            if os.path.exists(path):
                results.append(self._one(path, scope))
            else:
                self._drop(path)
                results.append(FileResult(path, "removed"))
            if progress:
                progress(path, n + 1, len(stale))
        return results

    def _one(self, path: str, scope: str) -> FileResult:
        try:
            if Path(path).suffix.lower() not in SUFFIXES:
                raise ValueError(f"unsupported format {Path(path).suffix or '(no extension)'}; use "
                                 f"{', '.join(sorted(SUFFIXES))}")  # fmt: skip
            raw = read_bytes(Path(path), self.max_mb)
            digest = content_digest(raw)
            with self.db.session() as s:
                known = s.get(KnowledgeDocument, path)
                if (
                    known
                    and known.status == "indexed"
                    and known.content_hash == digest
                    and known.scope == scope
                ):
                    if known.index_format != INDEX_FORMAT:  # chunked by this format (the hash says so)
                        known.index_format = INDEX_FORMAT  # before the format was recorded: record it
                        s.add(known)
                        s.commit()
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
        ids = [chunk_id(path, digest, c.ordinal) for c in chunks]
        meta = [_meta(path, scope, c.lang) for c in chunks]
        with self.db.session() as s:
            old = set(s.exec(select(KnowledgeChunk.id).where(KnowledgeChunk.document_path == path)))
        try:
            self.store.upsert(ids, vectors, meta)  # 1. the new version's vectors, unseen until 2. commits
        except BaseException:
            self.store.delete_ids(sorted(set(ids) - old))
            raise
        with self.db.transaction() as s:  # 2. document and chunks in one commit: the new version is indexed
            row = s.get(KnowledgeDocument, path) or KnowledgeDocument(path=path, content_hash=digest, title="",
                                                                       lang="")  # fmt: skip
            row.title, row.lang, row.effective_date = doc.title, text_lang(doc.text), doc.effective_date
            row.scope, row.chunks, row.size, row.content_hash = scope, len(chunks), size, digest
            row.status, row.ingested_at, row.index_format = "indexed", datetime.now(UTC), INDEX_FORMAT
            s.add(row)
            s.flush()
            s.execute(delete(KnowledgeChunk).where(KnowledgeChunk.document_path == path))
            for cid, c in zip(ids, chunks, strict=True):
                s.add(KnowledgeChunk(id=cid, document_path=path, ordinal=c.ordinal, heading=c.heading,
                                     text=c.text, lang=c.lang, tokens=c.tokens, start=c.start, end=c.end))  # fmt: skip
        self.store.delete_ids(sorted(old - set(ids)))  # 3. the old version's vectors

    def _drop(self, path: str) -> None:
        self.store.delete_document(path)
        with self.db.transaction() as s:
            s.execute(delete(KnowledgeChunk).where(KnowledgeChunk.document_path == path))
            s.execute(delete(KnowledgeDocument).where(KnowledgeDocument.path == path))


def _meta(path: str, scope: str, lang: str) -> dict[str, str]:
    """A chunk's metadata in the vector index (searches filter on the scope)."""
    return {"path": path, "scope": scope, "lang": lang}


def iter_indexed(db: Database) -> Iterator[tuple[KnowledgeChunk, KnowledgeDocument]]:
    with db.session() as s:
        rows = s.exec(
            select(KnowledgeChunk, KnowledgeDocument)
            .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
            .where(KnowledgeDocument.status == "indexed")
            .order_by(KnowledgeChunk.document_path, KnowledgeChunk.ordinal)
        )
        yield from rows
