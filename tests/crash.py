"""Crash cases: a real command killed with SIGKILL at a chosen point (or from outside, mid-run), then the home
checked as a restarted process sees it. Each case returns what was verified, so the red-team eval can print
the same cases as a table (``python -m evals.redteam.crash``).

The kill points are set by patching one function in the child process before the command runs; the child
kills itself with SIGKILL there, so no ``finally``, ``atexit`` or rollback of ours runs, as after kill -9."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from pathlib import Path

from sqlmodel import select

from assistant.api import Assistant
from assistant.demo.install import POLICIES
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument, OkrCheckSummary
from tests.helpers import copy_home, snapshot

PRELUDE = """
import os, signal, sys
def die():
    os.kill(os.getpid(), signal.SIGKILL)
def patch(owner, name, before=None, after=None):
    real = getattr(owner, name)
    def wrapper(*args, **kwargs):
        if before and before(*args, **kwargs):
            die()
        out = real(*args, **kwargs)
        if after and after(*args, **kwargs):
            die()
        return out
    setattr(owner, name, wrapper)
"""
RUN_CLI = """
import sys
sys.argv = ["hr-assistant", *sys.argv[1:]]
from assistant.cli.main import run
run()
"""


@dataclass
class Case:
    name: str
    killed: bool = False
    verified: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> None:
        if not ok:
            raise AssertionError(f"{self.name}: not true after the crash: {what}")
        self.verified.append(what)


def _env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("HR_ASSISTANT_") or k == "HR_ASSISTANT_CACHE_DIR"
    }


def killed_cli(patches: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI with ``args`` in a child that first runs ``patches`` (after PRELUDE)."""
    code = PRELUDE + patches + RUN_CLI
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=_env(),
                          timeout=600)  # fmt: skip


def integrity(home: Path) -> str:
    con = sqlite3.connect(home / "hr.db")
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def index_state(a: Assistant) -> tuple[set[str], set[str], dict[str, str]]:
    """(chunk ids of indexed documents in the database, vector ids in Chroma, status per document)."""
    with a.core.db.session() as s:
        chunks = set(
            s.exec(
                select(KnowledgeChunk.id)
                .join(KnowledgeDocument, KnowledgeDocument.path == KnowledgeChunk.document_path)
                .where(KnowledgeDocument.status == "indexed")
            )
        )
        docs = {d.path: d.status for d in s.exec(select(KnowledgeDocument))}
    return chunks, set(a.knowledge.store.scopes()), docs


# --- ingest ----------------------------------------------------------------------------------------------
def ingest_killed_from_outside(home: Path, admin: str, tmp: Path) -> Case:
    """kill -9 from outside once the first documents of a folder are committed."""
    case = Case("ingest: kill -9 from outside, mid-folder")
    folder = tmp / "policies"
    folder.mkdir()
    for n, path in enumerate(sorted(POLICIES.glob("*.md"))):  # new paths: all of them are ingested again
        (folder / f"copy{n}-{path.name}").write_text(path.read_text("utf-8") + f"\n\nCopy {n}.\n", "utf-8")
    cmd = [sys.executable, "-c", RUN_CLI, "--home", str(home), "--as", admin, "ingest", str(folder)]
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        con = sqlite3.connect(home / "hr.db", timeout=30)
        try:
            done = con.execute("SELECT count(*) FROM knowledge_document WHERE path LIKE ?",
                               (f"{folder}%",)).fetchone()[0]  # fmt: skip
        finally:
            con.close()
        if done >= 2:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    case.killed = proc.wait() == -signal.SIGKILL
    case.check(case.killed, "the ingest was killed mid-folder")
    case.check(integrity(home) == "ok", "SQLite integrity_check: ok")
    a = Assistant.open(home)
    chunks, _, docs = index_state(a)
    committed = {p for p, st in docs.items() if p.startswith(str(folder)) and st == "indexed"}
    case.check(0 < len(committed) < len(list(folder.iterdir())), "some documents committed, not all")
    hits = a.knowledge.retriever.search("calibration rating guideline", None, k=20)
    case.check({h.chunk.id for h in hits} <= chunks, "searches show committed chunks only")
    a.knowledge.ingestor.reconcile()  # what a restart runs (warm_up, the next ingest)
    chunks, vectors, _ = index_state(a)
    case.check(chunks == vectors, "after the restart's repair: one vector per committed chunk, no other")
    results = {r.path: r.status for r in a.knowledge.ingest([str(folder)], a.actor(admin))}
    case.check({p for p, st in results.items() if st == "unchanged"} == committed,
               "committed documents kept as they were (unchanged on the next run)")  # fmt: skip
    case.check(set(results.values()) <= {"unchanged", "indexed"}, "the next run indexes the rest")
    chunks, vectors, _ = index_state(a)
    case.check(chunks == vectors, "index and database agree after the next run")
    return case


def ingest_update_killed(home: Path, admin: str, tmp: Path, step: str) -> Case:
    """A committed document changed and re-ingested; killed after its new vectors are written (``vectors``)
    or after the new version commits, before the old vectors go (``commit``)."""
    case = Case(f"ingest: re-ingest of a changed document, killed after {step}")
    doc = tmp / f"leave-{step}.md"
    doc.write_text("# Leave\n\nAnnual leave is 10 working days a year.\n", "utf-8")
    a = Assistant.open(home)
    a.knowledge.ingest([str(doc)], a.actor(admin))
    doc.write_text("# Leave\n\nAnnual leave is 15 working days a year.\n", "utf-8")
    if step == "vectors":  # after the upsert of the new version's vectors
        patches = ("from assistant.knowledge.store import VectorStore\n"
                   "patch(VectorStore, 'upsert', after=lambda *a, **k: True)\n")  # fmt: skip
    else:  # before the old version's vectors are deleted: the reconcile at the start deletes none (call 1)
        patches = ("from assistant.knowledge.store import VectorStore\nn = [0]\n"
                   "def second(*a, **k):\n    n[0] += 1\n    return n[0] == 2\n"
                   "patch(VectorStore, 'delete_ids', before=second)\n")  # fmt: skip
    proc = killed_cli(patches, "--home", str(home), "--as", admin, "ingest", str(doc))
    case.killed = proc.returncode == -signal.SIGKILL
    case.check(case.killed, f"killed after {step}")
    case.check(integrity(home) == "ok", "SQLite integrity_check: ok")
    a = Assistant.open(home)
    chunks, vectors, _ = index_state(a)
    texts = " ".join(c.text for c in _chunks_of(a, str(doc)))
    expected = "10 working days" if step == "vectors" else "15 working days"
    case.check(expected in texts, f"the last committed version is indexed ({expected!r})")
    case.check(len(vectors - chunks) > 0, "the uncommitted/old version's vectors are in Chroma, unseen")
    hits = a.knowledge.retriever.search("annual leave working days", None, k=10)
    case.check(all(h.chunk.id in chunks for h in hits), "searches show committed chunks only")
    a.knowledge.ingestor.reconcile()
    chunks, vectors, _ = index_state(a)
    case.check(chunks == vectors, "after the restart's repair: one vector per committed chunk, no other")
    a.knowledge.ingest([str(doc)], a.actor(admin))
    case.check(
        "15 working days" in " ".join(c.text for c in _chunks_of(a, str(doc))), "the next run indexes v2"
    )
    return case


def _chunks_of(a: Assistant, path: str) -> list[KnowledgeChunk]:
    with a.core.db.session() as s:
        return list(s.exec(select(KnowledgeChunk).where(KnowledgeChunk.document_path == path)))


# --- Lark import ------------------------------------------------------------------------------------------
def lark_import_killed(home: Path, admin: str, tmp: Path, step: str) -> Case:
    """A Lark export of a cycle, edited, imported; killed with every row sent to the database but before the
    commit (``flushed``), or after the commit before the statistics refresh (``committed``)."""
    case = Case(
        f"Lark import: killed {'inside the transaction, rows flushed' if step == 'flushed' else 'after commit'}"
    )
    a = Assistant.open(home)
    cycle = "2026-H1"
    a.analytics.report("okr-health", a.actor(admin), cycle)  # stored checker counts, derived from the data
    with a.core.db.session() as s:
        checks = len(s.exec(select(OkrCheckSummary)).all())
    exported = a.hris.export_lark(cycle, a.actor(admin))
    text = json.dumps(exported, ensure_ascii=False)
    edited = text.replace("Raise", "Lift", 3) if "Raise" in text else text.replace("提升", "提高", 3)
    file = tmp / f"lark-{step}.json"
    file.write_text(edited, "utf-8")
    clean = copy_home(home, tmp / f"clean-{step}")
    Assistant.open(clean).hris.import_lark([file], Assistant.open(clean).actor(admin))
    before = snapshot(a)
    case.check(snapshot(Assistant.open(clean)) != before, "the edited export changes data when imported")
    if step == "flushed":
        patches = ("from assistant.hris.lark.importer import LarkImporter\n"
                   "real = LarkImporter.commit\n"
                   "def commit(self):\n    out = real(self)\n    self.session.flush()\n    die()\n"
                   "LarkImporter.commit = commit\n")  # fmt: skip
    else:
        patches = ("from assistant.hris.db import Database\n"
                   "patch(Database, 'data_changed', before=lambda *a, **k: True)\n")  # fmt: skip
    proc = killed_cli(patches, "--home", str(home), "--as", admin, "import", "lark", str(file))
    case.killed = proc.returncode == -signal.SIGKILL
    case.check(case.killed, f"killed ({step})")
    case.check(integrity(home) == "ok", "SQLite integrity_check: ok")
    a = Assistant.open(home)
    after = snapshot(a)
    want = snapshot(Assistant.open(clean))
    if step == "flushed":
        case.check(after == before, "every table exactly as before the import (nothing half-imported)")
        with a.core.db.session() as s:
            case.check(len(s.exec(select(OkrCheckSummary)).all()) == checks, "stored checker counts kept")
        a.hris.import_lark([file], a.actor(admin))
        case.check(snapshot(a) == want, "importing again gives what a clean import gives")
    else:
        case.check(after == want, "every table as a clean import leaves it (nothing committed lost)")
        with a.core.db.session() as s:
            case.check(not s.exec(select(OkrCheckSummary)).all(), "no checker counts of the old data remain")
    return case


# --- draft export -----------------------------------------------------------------------------------------
def draft_killed(home: Path, admin: str, tmp: Path, step: str) -> Case:
    """The draft's .docx, .eml and .md written into a folder; killed after two of the three parts are written
    (``parts``) or after the first of the three renames (``renames``)."""
    case = Case(f"draft export: killed {'after 2 of 3 parts' if step == 'parts' else 'between renames'}")
    brief = tmp / f"brief-{step}.yaml"
    brief.write_text("kind: email\ntopic: 2026 H2 year-end review / 2026 下半年年终评估\naudience: All employees\n"
                     "facts:\n  Deadline / 截止: 2026-12-18\n  HRBP: {zh: 王芳, en: Wang Fang}\n", "utf-8")  # fmt: skip
    out = tmp / f"out-{step}"
    if step == "parts":
        patches = ("import assistant.drafting.export as e\nn = [0]\n"
                   "def third(*a, **k):\n    n[0] += 1\n    return n[0] == 3\n"
                   "patch(e, '_part', before=third)\n")  # fmt: skip
    else:
        patches = ("import pathlib\nn = [0]\n"
                   "def final(self, target):\n"
                   "    if self.suffix == '.part' and pathlib.Path(target).suffix != '.journal':\n"
                   "        n[0] += 1\n    return n[0] == 1\n"
                   "patch(pathlib.Path, 'replace', after=final)\n")  # fmt: skip
    proc = killed_cli(
        patches, "--home", str(home), "--as", admin, "draft", "--brief", str(brief), "--out", str(out)
    )
    case.killed = proc.returncode == -signal.SIGKILL
    case.check(case.killed, f"killed ({step})")
    names = {p.name for p in out.iterdir()}
    if step == "parts":
        case.check(
            not {n for n in names if not n.startswith(".")}, "no final file written before every part was"
        )
    else:
        case.check(any(n.endswith(".journal") for n in names), "the journal names the interrupted set")
        from assistant.drafting.export import finish_interrupted

        finish_interrupted(out)  # what the next write into the folder does first
        case.check(_whole_set(out), "the interrupted set completed: .docx, .eml and .md, each whole")
    again = killed_cli(
        "", "--home", str(home), "--as", admin, "draft", "--brief", str(brief), "--out", str(out)
    )
    case.check(again.returncode == 0, "the next draft run succeeds")
    case.check(not [n for n in os.listdir(out) if n.startswith(".draft-")], "no part or journal left behind")
    case.check(_whole_set(out), "the folder holds one whole set: .docx, .eml and .md")
    return case


def _whole_set(out: Path) -> bool:
    from docx import Document

    finals = {p.suffix: p for p in out.iterdir() if not p.name.startswith(".")}
    if set(finals) != {".docx", ".eml", ".md"}:
        return False
    text = "\n".join(p.text for p in Document(str(finals[".docx"])).paragraphs)
    mail = BytesParser(policy=policy.default).parsebytes(finals[".eml"].read_bytes())
    return "2026" in text and bool(mail["Subject"]) and "2026" in finals[".md"].read_text("utf-8")


CASES: list[tuple[str, Callable[..., Case], tuple[str, ...]]] = [
    ("ingest-outside", ingest_killed_from_outside, ()),
    ("ingest-vectors", ingest_update_killed, ("vectors",)),
    ("ingest-commit", ingest_update_killed, ("commit",)),
    ("lark-flushed", lark_import_killed, ("flushed",)),
    ("lark-committed", lark_import_killed, ("committed",)),
    ("draft-parts", draft_killed, ("parts",)),
    ("draft-renames", draft_killed, ("renames",)),
]
