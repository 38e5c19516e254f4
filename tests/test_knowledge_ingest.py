"""Ingestion: every format, structure-aware chunks, incremental rebuilds, crash safety, bad files."""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument
from assistant.knowledge.chunking import chunk
from assistant.knowledge.formats import parse
from tests import knowledge_docs as kd


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "travel.zh.md").write_text(kd.ZH, encoding="utf-8")
    (folder / "remote.en.md").write_text(kd.EN, encoding="utf-8")
    (folder / "sub" / "gbk.txt").write_bytes(
        "加班调休须在三个月内使用完毕。\n\n未用完的调休作废。".encode("gbk")
    )
    kd.write_docx(folder / "sub" / "training.docx", "Training budget",
                  ["Each employee has an annual training budget.", "Unused budget does not roll over."])  # fmt: skip
    kd.write_pdf(folder / "sub" / "security.pdf", ["Lock your screen when you leave your desk.",
                                                     "Report lost laptops within 24 hours."])  # fmt: skip
    (folder / "sub" / "page.html").write_text(
        "<html><head><title>Parking</title><script>x()</script></head><body><h1>Parking</h1>"
        "<p>Visitor parking must be booked one day ahead.</p><table><tr><td>Zone</td><td>Floor</td></tr>"
        "<tr><td>A</td><td>B2</td></tr></table></body></html>", encoding="utf-8")  # fmt: skip
    return folder


@pytest.fixture
def kb(tmp_path: Path) -> Assistant:
    a = Assistant.open(tmp_path / "home")
    a.core.ensure_schema()
    return a


def chunks_of(a: Assistant, path: str) -> list[KnowledgeChunk]:
    with a.core.db.session() as s:
        return list(s.exec(select(KnowledgeChunk).where(KnowledgeChunk.document_path == path)))


def test_formats_and_structure(docs: Path) -> None:
    for name in (
        "travel.zh.md",
        "remote.en.md",
        "sub/gbk.txt",
        "sub/training.docx",
        "sub/security.pdf",
        "sub/page.html",
    ):
        path = docs / name
        doc = parse(path, path.read_bytes())
        pieces = chunk(doc)
        assert pieces and all(doc.text[c.start : c.end] == c.text for c in pieces), name
    doc = parse(docs / "travel.zh.md", (docs / "travel.zh.md").read_bytes())
    assert (doc.title, doc.effective_date) == ("出差报销制度", "2025-03-01")
    table = next(c for c in chunk(doc) if "|" in c.text)
    assert table.heading == "出差报销制度 › 住宿标准" and "450 元" in table.text and table.lang == "zh"
    html = parse(docs / "sub/page.html", (docs / "sub/page.html").read_bytes())
    assert html.title == "Parking" and "x()" not in html.text and "| A | B2 |" in html.text
    assert (
        "Lock your screen" in parse(docs / "sub/security.pdf", (docs / "sub/security.pdf").read_bytes()).text
    )
    assert (
        "| P5 | USD 1,500 |"
        in parse(docs / "sub/training.docx", (docs / "sub/training.docx").read_bytes()).text
    )


def test_incremental_ingest(kb: Assistant, docs: Path) -> None:
    first = kb.knowledge.ingest([str(docs)], None)
    assert {r.status for r in first} == {"indexed"} and len(first) == 6
    assert {r.status for r in kb.knowledge.ingest([str(docs)], None)} == {"unchanged"}
    travel = str(docs / "travel.zh.md")
    old = {c.id for c in chunks_of(kb, travel)}
    (docs / "travel.zh.md").write_text(kd.ZH.replace("15 个自然日", "30 个自然日"), encoding="utf-8")
    (docs / "sub" / "page.html").unlink()
    again = {r.path: r.status for r in kb.knowledge.ingest([str(docs)], None)}
    assert again[travel] == "indexed" and again[str(docs / "sub" / "page.html")] == "removed"
    new = chunks_of(kb, travel)
    assert not old & {c.id for c in new} and any("30 个自然日" in c.text for c in new)
    status = kb.knowledge.status(None)
    assert status["documents"] == 5 and kb.knowledge.store.count() == status["chunks"]
    # a rebuild from scratch re-embeds nothing: the vectors come from the cache by content
    other = kb.settings.home.parent / "rebuilt"
    (other / "cache").mkdir(parents=True)
    shutil.copy(kb.settings.cache_dir / "embeddings.sqlite", other / "cache" / "embeddings.sqlite")
    fresh = Assistant.open(other)
    fresh.core.ensure_schema()
    fresh.knowledge.ingest([str(docs)], None)
    assert fresh.core.embedder.misses == 0 and fresh.core.embedder.hits > 0


def test_index_of_an_older_format_is_rebuilt(kb: Assistant, docs: Path) -> None:
    """A file indexed by an earlier parser or chunker is not kept as "unchanged" with the old rules' chunks."""
    kb.knowledge.ingest([str(docs)], None)
    travel = str(docs / "travel.zh.md")
    with kb.core.db.session() as s:  # as an earlier release recorded it: the hash of the bytes alone
        row = s.get(KnowledgeDocument, travel)
        assert row is not None
        row.content_hash = hashlib.sha256((docs / "travel.zh.md").read_bytes()).hexdigest()
        s.add(row)
        s.commit()
    again = {r.path: r.status for r in kb.knowledge.ingest([str(docs)], None)}
    assert again[travel] == "indexed"
    assert {st for p, st in again.items() if p != travel} == {"unchanged"}
    assert {r.status for r in kb.knowledge.ingest([str(docs)], None)} == {"unchanged"}
    status = kb.knowledge.status(None)
    assert kb.knowledge.store.count() == status["chunks"]


CRASH = """
import os, signal, sys
from assistant.api import Assistant
from assistant.knowledge.store import VectorStore
calls = 0
real = VectorStore.upsert
def dying(self, *args, **kwargs):
    global calls
    calls += 1
    real(self, *args, **kwargs)
    if calls == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # like kill -9 mid-ingest: vectors written, document not finished
VectorStore.upsert = dying
a = Assistant.open(sys.argv[1])
a.knowledge.ingest([sys.argv[2]], None)
"""


def test_kill_9_leaves_the_index_consistent_and_the_next_run_resumes(kb: Assistant, docs: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", CRASH, str(kb.settings.home), str(docs)], capture_output=True
    )
    assert proc.returncode == -signal.SIGKILL
    a = Assistant.open(kb.settings.home)
    with a.core.db.session() as s:
        states = {d.path: d.status for d in s.exec(select(KnowledgeDocument))}
    assert sorted(states.values()) == ["indexed", "indexed"]  # the third never committed
    assert a.knowledge.store.count() > a.knowledge.status(None)["chunks"]  # its vectors reached Chroma
    # searches see committed documents only, even though the unfinished one's vectors are in Chroma
    hits = a.knowledge.retriever.search("parking booking travel remote", None, k=20)
    assert {h.document.path for h in hits} <= set(states)
    results = {r.path: r.status for r in a.knowledge.ingest([str(docs)], None)}
    assert {p for p, st in results.items() if st == "unchanged"} == set(
        states
    )  # committed: kept as they were
    assert {st for p, st in results.items() if p not in states} == {"indexed"}
    with a.core.db.session() as s:
        assert all(d.status == "indexed" for d in s.exec(select(KnowledgeDocument)))
    assert a.knowledge.store.count() == a.knowledge.status(None)["chunks"]


def test_bad_files_get_a_clear_error_and_the_batch_goes_on(kb: Assistant, docs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.md").write_text("", encoding="utf-8")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (bad / "corrupt.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (bad / "corrupt.pdf").write_bytes(b"%PDF-1.4 garbage")
    (bad / "image.png").write_bytes(b"\x89PNG\r\n")
    kd.write_zip_bomb(bad / "bomb.docx")
    kd.write_entity_bomb(bad / "entities.docx")
    (bad / "huge.md").write_text("x" * (2 * 1024 * 1024), encoding="utf-8")
    shutil.copy(docs / "remote.en.md", bad / "copy-of-remote.md")
    small = Assistant.open(kb.settings.home, limits_upload_mb=1)
    small.knowledge.ingest([str(docs / "remote.en.md")], None)
    results = {Path(r.path).name: r for r in small.knowledge.ingest([str(bad)], None)}
    expected = {"empty.md": "file is empty", "binary.txt": "binary file", "corrupt.docx": "corrupt",
                "corrupt.pdf": "corrupt PDF", "image.png": "unsupported format .png", "bomb.docx": "zip bomb",
                "entities.docx": "declares XML entities", "huge.md": "the limit is 1 MB"}  # fmt: skip
    for name, words in expected.items():
        assert results[name].status == "error" and words in results[name].message(), (name, results[name])
    assert (
        results["copy-of-remote.md"].status == "indexed"
        and "same content as" in results["copy-of-remote.md"].message()
    )
    with small.core.db.session() as s:
        indexed = {Path(d.path).name for d in s.exec(select(KnowledgeDocument))}
    assert indexed == {"remote.en.md", "copy-of-remote.md"}  # nothing half-indexed


def test_documents_of_an_earlier_format_are_listed_and_rebuilt_from_their_files(
    kb: Assistant, docs: Path
) -> None:
    """A schema upgrade marks every document's format unknown; ``status`` counts them and ``rebuild`` indexes
    them again with their own scope; one whose file is gone is removed."""
    from sqlalchemy import inspect, text

    from assistant.hris import db as dbmod
    from assistant.hris.models import SchemaInfo

    kb.knowledge.ingest([str(docs)], None, scope="role:hr_admin")
    assert kb.knowledge.status(None)["stale"] == 0
    with kb.core.db.transaction() as s:  # the database as version 8 left it: no format recorded
        s.execute(text("ALTER TABLE knowledge_document DROP COLUMN index_format"))
        s.get(SchemaInfo, 1).version = 8
    assert kb.core.ensure_schema() == dbmod.SCHEMA_VERSION
    assert "index_format" in {c["name"] for c in inspect(kb.core.db.engine).get_columns("knowledge_document")}
    documents = kb.knowledge.status(None)["documents"]
    assert kb.knowledge.status(None)["stale"] == documents == 6
    remote = str(docs / "remote.en.md")
    (docs / "remote.en.md").unlink()
    stale = {p for p, _ in kb.knowledge.ingestor.stale()}
    results = {r.path: r for r in kb.knowledge.rebuild(None)}
    assert set(results) == stale and len(stale) == documents  # every stale one, once
    assert results[remote].status == "removed"
    assert {r.status for p, r in results.items() if p != remote} == {"unchanged"}  # same bytes, same format
    assert kb.knowledge.ingestor.stale() == [] and not chunks_of(kb, remote)
    assert kb.knowledge.store.count() == kb.knowledge.status(None)["chunks"]
    with kb.core.db.session() as s:
        assert {d.scope for d in s.exec(select(KnowledgeDocument))} == {"role:hr_admin"}


def test_a_stale_document_with_other_chunks_is_chunked_again(kb: Assistant, docs: Path) -> None:
    """A document indexed by an earlier format (its hash is of that format) is chunked again by ``rebuild``."""
    kb.knowledge.ingest([str(docs)], None)
    travel = str(docs / "travel.zh.md")
    with kb.core.db.session() as s:
        row = s.get(KnowledgeDocument, travel)
        assert row is not None
        row.content_hash, row.index_format = hashlib.sha256(b"format 1").hexdigest(), 1
        s.add(row)
        s.commit()
    assert [p for p, _ in kb.knowledge.ingestor.stale()] == [travel]
    (result,) = kb.knowledge.rebuild(None)
    assert (result.path, result.status) == (travel, "indexed") and result.chunks == len(chunks_of(kb, travel))
    assert (
        kb.knowledge.ingestor.stale() == []
        and kb.knowledge.store.count() == kb.knowledge.status(None)["chunks"]
    )
