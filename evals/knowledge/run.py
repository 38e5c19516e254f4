"""Knowledge evals: retrieval recall@1/5/10 and MRR (hybrid, dense, BM25, LangChain's default recipe) on the
project's zh/en cross-lingual set and the Deep RAG benchmark subset; refusal and false refusal; citation
validity. Prints a table and writes evals/results/knowledge.json.

    .venv/bin/python -m evals.knowledge.run
"""

from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path
from typing import Any

import yaml

from assistant.api import Assistant
from assistant.i18n import detect_lang
from assistant.knowledge import answering
from evals.knowledge.baseline import LangChainBaseline

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
DEEP = Path("../shared/corpus/rag-benchmarks/deep-rag-benchmark")
SUBSET = {"people-group/talent-assessment.md": "people-group_talent-assessment.md",
          "people-group/_index.md": "people-group__index.md", "company/okrs/_index.md": "company_okrs__index.md",
          "people-group/promotions-transfers.md": "people-group_promotions-transfers.md"}  # fmt: skip
CORPUS = ["knowledge/policies", "../shared/corpus/handbooks", str(DEEP / "knowledge-base-subset")]
_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


def is_hit(source: str, text: str, gold: list[dict[str, str]]) -> bool:
    for g in gold:
        if source != g["source"]:
            continue
        q, t = norm(g["quote"]), norm(text)
        if q in t:
            return True
        words = [w for w in re.findall(r"\w+", q) if len(w) > 2] or list(q)
        if words and sum(w in t for w in words) / len(words) >= 0.7:
            return True
    return False


def deep_rag_questions() -> tuple[list[dict[str, Any]], int]:
    rows = [json.loads(line) for line in (DEEP / "perf-related-questions.jsonl").open(encoding="utf-8")]
    out = []
    for r in rows:
        files = [f for entry in r["retrieval"] for f in entry]
        if files and all(f in SUBSET for f in files):
            gold = [{"source": str(DEEP / "knowledge-base-subset" / SUBSET[f]), "quote": p}
                    for entry in r["retrieval"] for f, ps in entry.items() for p in ps]  # fmt: skip
            out.append({"id": f"deep{r['id']}", "lang": "en", "question": r["question"], "context": r.get("context"),
                        "gold": gold, "direction": "same"})  # fmt: skip
    return out, len(rows)


def retrieval_metrics(name: str, questions: list[dict[str, Any]], search) -> dict[str, float]:  # type: ignore[no-untyped-def]
    ranks, times = [], []
    for q in questions:
        text = f"{q['context']} {q['question']}" if q.get("context") else q["question"]
        start = time.perf_counter()
        found = search(text)
        times.append((time.perf_counter() - start) * 1000)
        rank = next((i + 1 for i, (src, chunk) in enumerate(found) if is_hit(src, chunk, q["gold"])), None)
        ranks.append(rank)
    n = len(ranks)
    return {"system": name, "n": n, **{f"R@{k}": round(sum(r is not None and r <= k for r in ranks) / n, 3)
            for k in (1, 5, 10)}, "MRR": round(sum(1 / r for r in ranks if r) / n, 3),
            "p50_ms": round(statistics.median(times), 1)}  # fmt: skip


def main() -> None:
    home = ROOT / "evals" / "results" / "knowledge-home"
    a = Assistant.open(home)
    a.core.ensure_schema()
    start = time.perf_counter()
    results = a.knowledge.ingestor.ingest(CORPUS)
    errors = [r for r in results if r.status == "error"]
    print(f"ingest: {sum(r.status == 'indexed' for r in results)} indexed, "
          f"{sum(r.status == 'unchanged' for r in results)} unchanged, {len(errors)} errors "
          f"in {time.perf_counter() - start:.1f} s")  # fmt: skip
    cross = yaml.safe_load((HERE / "crosslingual.yaml").read_text(encoding="utf-8"))
    refusal = yaml.safe_load((HERE / "refusal.yaml").read_text(encoding="utf-8"))
    deep, deep_total = deep_rag_questions()
    print(f"sets: cross-lingual {len(cross)} questions; Deep RAG subset {len(deep)} of {deep_total} questions "
          f"(those whose gold passages lie in the 4 files provided); refusal {len(refusal)}")  # fmt: skip
    retriever = a.knowledge.retriever
    files = [r.path for r in results if r.status != "error"]
    baseline = LangChainBaseline(files, home / "baseline-chroma")

    def ours(mode: str):  # type: ignore[no-untyped-def]
        return lambda text: [(h.document.path, h.chunk.text) for h in retriever.search(text, None, 10, mode)]  # type: ignore[arg-type]

    systems = {"hybrid": ours("hybrid"), "dense": ours("dense"), "bm25": ours("keyword"),
               "langchain default": lambda text: baseline.search(text, 10)}  # fmt: skip
    report: dict[str, Any] = {"retrieval": {}}
    for set_name, qs in (("cross-lingual", cross), ("deep-rag subset", deep)):
        rows = [retrieval_metrics(n, qs, fn) for n, fn in systems.items()]
        report["retrieval"][set_name] = rows
        print(f"\n{set_name} ({len(qs)} questions)")
        print(f"  {'system':<18}{'R@1':>7}{'R@5':>7}{'R@10':>7}{'MRR':>7}{'p50 ms':>9}")
        for r in rows:
            print(f"  {r['system']:<18}{r['R@1']:>7}{r['R@5']:>7}{r['R@10']:>7}{r['MRR']:>7}{r['p50_ms']:>9}")
        if set_name == "cross-lingual":
            for direction in ("cross", "same"):
                sub = [q for q in qs if q["direction"] == direction]
                r = retrieval_metrics("hybrid", sub, systems["hybrid"])
                print(f"  hybrid, {direction}-language only ({len(sub)}): R@5 {r['R@5']}, MRR {r['MRR']}")
    report["refusal"] = refusal_eval(a, cross, refusal)
    print(json.dumps(report["refusal"], ensure_ascii=False, indent=1))
    out = ROOT / "evals" / "results" / "knowledge.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwritten: {out.relative_to(ROOT)}")


def refusal_eval(
    a: Assistant, answerable: list[dict[str, Any]], unanswerable: list[dict[str, Any]]
) -> dict[str, Any]:
    """Best dense similarity per question, a single-threshold sweep, then the end-to-end answers with the
    refusal rule in use (best similarity above its chance level, answering.evidence)."""

    def best(q: str) -> float:
        return max((h.dense or 0.0 for h in a.knowledge.retriever.search(q, None, 6)), default=0.0)

    pos = [best(q["question"]) for q in answerable]
    neg = [best(q["question"]) for q in unanswerable]
    sweep = []
    for tau in [x / 100 for x in range(20, 61, 2)]:
        sweep.append({"threshold": tau, "refusal": round(sum(s < tau for s in neg) / len(neg), 3),
                      "false_refusal": round(sum(s < tau for s in pos) / len(pos), 3)})  # fmt: skip

    def evidence(q: str) -> float:
        return answering.KnowledgeAnswerer.evidence(a.knowledge.retriever.search(q, None, 6), detect_lang(q))

    pos_e = [evidence(q["question"]) for q in answerable]
    neg_e = [evidence(q["question"]) for q in unanswerable]
    evidence_sweep = []
    for tau in [x / 1000 for x in range(-40, 81, 10)]:
        evidence_sweep.append({"min_evidence": tau, "refusal": round(sum(s < tau for s in neg_e) / len(neg_e), 3),
                               "false_refusal": round(sum(s < tau for s in pos_e) / len(pos_e), 3)})  # fmt: skip
    used = {"min_evidence": dict(answering.MIN_EVIDENCE), "cross_language_bonus": answering.CROSS_LANGUAGE_BONUS,
            "chance_spread": answering.CHANCE_SPREAD}  # fmt: skip
    answered, refused_ok, citations, exact, supporting = 0, 0, 0, 0, 0
    for q in unanswerable:
        refused_ok += a.knowledge.ask(q["question"], None).refused
    for q in answerable:
        r = a.knowledge.ask(q["question"], None)
        if r.refused:
            continue
        answered += 1
        gold_sources = {g["source"] for g in q["gold"]}
        for c in r.citations:
            citations += 1
            text = (ROOT / c.source).read_text(encoding="utf-8") if (ROOT / c.source).exists() else ""
            exact += c.quote in text
            supporting += c.source in gold_sources
    return {"threshold": used, "refusal_rate": round(refused_ok / len(unanswerable), 3),
            "false_refusal_rate": round(1 - answered / len(answerable), 3),
            "citation_exact_substring": round(exact / max(citations, 1), 3),
            "citation_from_gold_source": round(supporting / max(citations, 1), 3),
            "citations": citations, "sweep": sweep, "evidence_sweep": evidence_sweep}  # fmt: skip


if __name__ == "__main__":
    main()
