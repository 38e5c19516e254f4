"""Knowledge speed, measured: ingest throughput (tokens/s) cold and with a warm embedding cache; query
p50/p95 (embedding included) at 1k, 10k and 100k chunks; index size on disk; peak memory.
The 10k and 100k indexes repeat the real policy chunks with jittered vectors (embedding 100k real chunks
would take hours on this machine); queries are the real cross-lingual eval questions.

    .venv/bin/python -m evals.bench.knowledge_speed [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml
from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import KnowledgeChunk, KnowledgeDocument

ROOT = Path(__file__).resolve().parents[2]
POLICIES = str(ROOT / "knowledge" / "policies")


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def ingest_throughput(tmp: Path) -> None:
    for label, cache in (("cold", tmp / "cache-a"), ("warm cache", tmp / "cache-a")):
        home = tmp / f"ingest-{label.replace(' ', '-')}"
        a = Assistant.open(home, cache_dir=cache)
        a.core.ensure_schema()
        start = time.perf_counter()
        a.knowledge.ingestor.ingest([POLICIES])
        secs = time.perf_counter() - start
        tokens = a.knowledge.status(None)["chunks"] and sum(
            c.tokens for c in a.knowledge.db.session().__enter__().exec(select(KnowledgeChunk))
        )
        print(f"ingest {label:<11} {tokens:,} tokens in {secs:6.1f} s = {tokens / secs:8,.0f} tokens/s "
              f"({a.core.embedder.misses} chunks embedded, {a.core.embedder.hits} from cache)")  # fmt: skip


def scaled_index(tmp: Path, size: int, source: Assistant) -> Assistant:
    with source.db.session() as s:
        base = list(s.exec(select(KnowledgeChunk)))
    vectors = source.core.embedder.passages([c.text for c in base])  # cached: no re-embedding
    home = tmp / f"scale-{size}"
    a = Assistant.open(home, cache_dir=tmp / "cache-a")
    a.core.ensure_schema()
    rng = np.random.default_rng(7)
    docs = max(1, size // 20)
    with a.core.db.transaction() as s:
        for d in range(docs):
            s.add(KnowledgeDocument(path=f"synthetic/doc{d}.md", content_hash=str(d), title=f"doc {d}", lang="en",
                                    chunks=20, status="indexed"))  # fmt: skip
    rows, ids, vecs, meta = [], [], [], []
    for i in range(size):
        c = base[i % len(base)]
        cid = hashlib.sha1(f"{size}-{i}".encode()).hexdigest()[:24]
        path = f"synthetic/doc{i % docs}.md"
        rows.append(KnowledgeChunk(id=cid, document_path=path, ordinal=i, heading=c.heading, text=c.text, lang=c.lang,
                                   tokens=c.tokens, start=0, end=len(c.text)))  # fmt: skip
        v = vectors[i % len(base)] + rng.normal(0, 0.03, vectors.shape[1]).astype(np.float32)
        vecs.append(v / np.linalg.norm(v))
        ids.append(cid)
        meta.append({"path": path, "scope": "all", "lang": c.lang})
    with a.core.db.transaction() as s:
        s.add_all(rows)
    a.knowledge.store.upsert(ids, np.asarray(vecs, dtype=np.float32), meta)
    return a


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 100000])
    args = parser.parse_args()
    questions = [
        q["question"] for q in yaml.safe_load((ROOT / "evals/knowledge/crosslingual.yaml").read_text())
    ][:60]
    tmp = Path(tempfile.mkdtemp(prefix="hr-kbench-"))
    try:
        ingest_throughput(tmp)
        source = Assistant.open(tmp / "ingest-warm-cache", cache_dir=tmp / "cache-a")
        print(f"\n{'chunks':>8}{'build s':>9}{'BM25 s':>8}{'p50 ms':>8}{'p95 ms':>8}{'index MB':>10}")
        for size in args.sizes:
            start = time.perf_counter()
            a = scaled_index(tmp, size, source)
            build = time.perf_counter() - start
            start = time.perf_counter()
            a.knowledge.retriever.search("warm up", None)
            bm25 = time.perf_counter() - start
            times = []
            for q in questions:
                t0 = time.perf_counter()
                a.knowledge.retriever.search(q, None, k=8)
                times.append((time.perf_counter() - t0) * 1000)
            p95 = statistics.quantiles(times, n=20)[-1]
            size_mb = (du(a.settings.home) - du(a.settings.cache_dir)) / 1e6  # Chroma folder + database
            print(
                f"{size:>8,}{build:>9.1f}{bm25:>8.1f}{statistics.median(times):>8.1f}{p95:>8.1f}{size_mb:>10.1f}"
            )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\npeak memory (RSS) of this run: {peak:,.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
