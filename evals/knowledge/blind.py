"""Blind knowledge evals: three corpora of different sizes (evals/knowledge/blind/corpora.yaml) with zh/en
questions written by a helper session that never saw the code. Per corpus and language: false refusal of
answerable questions, refusal of out-of-scope ones, recall@5 of a gold passage, and whether the quoted text of
an answer holds the answer (one of the question's key phrases). Writes evals/results/knowledge-blind.json.

    .venv/bin/python -m evals.knowledge.blind [--set blind2|blind3|…|blind9|blind10] [small|medium|large ...]

Sets: ``blind`` and ``blind2`` (evals/knowledge/blind, blind2: read while the rules were changed since, so now
development sets), ``blind3`` (evals/knowledge/blind3, committed before the changes it measured, scored, then read
to look for a refusal signal beside the embedding's: a development set now), ``blind4`` (evals/knowledge/blind4,
new pages for the small corpus; read with blind to blind3 to set the minimum evidence per language of the
question), ``blind5`` (evals/knowledge/blind5, 8 more new pages for the small corpus, committed before that
change and scored with the code before it and after it; read since for the English refusals), ``blind6``
(evals/knowledge/blind6, 4 pages no set used before and 4 used ones for the small corpus, committed before
blind5 was read; a development set since blind7 was committed) and ``blind7`` (evals/knowledge/blind7, 8 pages
on one-to-ones and feedback for the small corpus, committed before blind8; read since for the refusals and the
quotes: a development set), ``blind8`` (evals/knowledge/blind8, 8 pages on compensation review cycles for the
small corpus, used by earlier sets but with questions none of them asked, committed before blind9; read since: a
development set), ``blind9`` (evals/knowledge/blind9, 8 pages on one-to-ones and feedback, used by earlier sets but
with questions none of them asked, committed before blind10; read since for its refusals: a development set) and
``blind10`` (evals/knowledge/blind10, 8 pages on performance reviews and calibration, used by earlier sets but with
questions none of them asked, committed before any change it measures: the figure that counts).
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import yaml

from assistant.api import Assistant

ROOT = Path(__file__).resolve().parents[2]
SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
RESULTS = ROOT / "evals" / "results"
_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


def files_of(spec: list[str]) -> list[str]:
    return [str(Path(p).resolve()) for pattern in spec for p in sorted(glob.glob(str(ROOT / pattern)))]


def split_sections(files: list[str], folder: Path, marks: list[str]) -> dict[str, list[Path]]:
    """Each page cut at its level-2/3 headings into one file per section (the heading kept as its title)."""
    folder.mkdir(parents=True, exist_ok=True)
    sections: dict[str, list[Path]] = {}
    for f in files:
        text = Path(f).read_text(encoding="utf-8")
        parts, current = [], []
        for line in text.splitlines(keepends=True):
            if any(line.startswith(m) for m in marks) and current:
                parts.append("".join(current))
                current = []
            current.append(line)
        parts.append("".join(current))
        stem = Path(f).parent.name + "__" + Path(f).stem
        sections[f] = []
        for i, part in enumerate(p for p in parts if p.strip()):
            path = folder / f"{stem}__s{i:03d}.md"
            path.write_text(part, encoding="utf-8")
            sections[f].append(path)
    return sections


def gold_paths(gold: list[dict[str, str]], sections: dict[str, list[Path]] | None) -> list[tuple[str, str]]:
    """(indexed path, quote) per gold entry: the page itself, or the section of it holding the quote."""
    out = []
    for g in gold:
        page = str((ROOT / g["source"]).resolve())
        if sections is None:
            out.append((page, g["quote"]))
            continue
        for sec in sections.get(page, []):
            if norm(g["quote"]) in norm(sec.read_text(encoding="utf-8")):
                out.append((str(sec), g["quote"]))
    return out


def holds(text: str, keys: list[str]) -> bool:
    t = norm(text)
    return any(norm(k) in t for k in keys)


def run_corpus(folder: Path, name: str, cache: Path) -> dict[str, Any]:
    corpora = yaml.safe_load((folder / "corpora.yaml").read_text(encoding="utf-8"))
    spec = corpora[name]
    base = files_of(corpora[spec["split_from"]] if isinstance(spec, dict) else spec)
    # one home per corpus content: sets that share a corpus share its index
    digest = hashlib.sha1(json.dumps([base, spec if isinstance(spec, dict) else None]).encode()).hexdigest()[
        :10
    ]
    home = RESULTS / f"kb-{name}-{digest}"
    a = Assistant.open(home, cache_dir=cache)
    a.core.ensure_schema()
    sections = None
    if isinstance(spec, dict):  # split from another corpus
        sections = split_sections(base, home / "sections", spec["split_at"])
        files = [str(p) for secs in sections.values() for p in secs]
    else:
        files = base
    start = time.perf_counter()
    results = a.knowledge.ingestor.ingest(files)
    ingest_s = time.perf_counter() - start
    docs = sum(r.status in ("indexed", "unchanged") for r in results)
    questions = yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
    rows = []
    for q in questions:
        r = a.knowledge.ask(q["question"], None)
        row: dict[str, Any] = {"id": q["id"], "lang": q["lang"], "answerable": bool(q["gold"]),
                               "refused": r.refused}  # fmt: skip
        if q["gold"]:
            gold = gold_paths(q["gold"], sections)
            hits = a.knowledge.retriever.search(q["question"], None, 5)
            row["r5"] = any(h.document.path == p and norm(quote)[:80] in norm(h.chunk.text)
                            for h in hits for p, quote in gold)  # fmt: skip
            row["quote_holds"] = (not r.refused) and any(
                holds(c.quote, q.get("key", [])) for c in r.citations
            )
            row["cited_gold"] = (not r.refused) and any(c.source == p for c in r.citations for p, _ in gold)
        rows.append(row)
    return {"documents": docs, "chunks": a.knowledge.status(None)["chunks"], "ingest_s": round(ingest_s, 1),
            "rows": rows, "summary": summarise(rows)}  # fmt: skip


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, float | int]]:
    out = {}
    for lang in ("en", "zh", "all"):
        sub = [r for r in rows if lang == "all" or r["lang"] == lang]
        ans = [r for r in sub if r["answerable"]]
        oos = [r for r in sub if not r["answerable"]]
        answered = [r for r in ans if not r["refused"]]
        out[lang] = {
            "answerable": len(ans), "out_of_scope": len(oos),
            "false_refusal": round(sum(r["refused"] for r in ans) / max(len(ans), 1), 3),
            "refusal": round(sum(r["refused"] for r in oos) / max(len(oos), 1), 3),
            "recall@5": round(sum(r["r5"] for r in ans) / max(len(ans), 1), 3),
            "quote_holds_answer": round(sum(r["quote_holds"] for r in answered) / max(len(answered), 1), 3),
            "cites_gold_source": round(sum(r["cited_gold"] for r in answered) / max(len(answered), 1), 3),
        }  # fmt: skip
    return out


def main(args: list[str]) -> None:
    which = args[args.index("--set") + 1] if "--set" in args else "blind"
    if which not in SETS:
        raise SystemExit(f"unknown set {which!r}: one of {', '.join(SETS)}")
    names = [a for a in args if a not in ("--set", which)]
    cache = RESULTS / "blind-cache"
    report = {}
    for name in names or ["small", "medium", "large"]:
        report[name] = run_corpus(Path(__file__).parent / which, name, cache)
        rep = report[name]
        print(f"\n{name}: {rep['documents']} documents, {rep['chunks']} chunks (ingest {rep['ingest_s']} s)")
        print(
            f"  {'lang':<5}{'ans':>5}{'oos':>5}{'false ref':>11}{'refusal':>9}{'R@5':>7}{'quote ok':>10}{'gold src':>10}"
        )
        for lang, m in rep["summary"].items():
            print(f"  {lang:<5}{m['answerable']:>5}{m['out_of_scope']:>5}{m['false_refusal']:>11}{m['refusal']:>9}"
                  f"{m['recall@5']:>7}{m['quote_holds_answer']:>10}{m['cites_gold_source']:>10}")  # fmt: skip
    out = RESULTS / ("knowledge-blind.json" if which == "blind" else f"knowledge-{which}.json")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwritten: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
