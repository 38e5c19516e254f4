#!/usr/bin/env python3
"""Validate blind set 8 (small corpus: compensation review cycles).

Usage:
  python3 validate.py          # structural and content checks
  python3 validate.py --oos    # also print corpus lines hit by each out-of-scope probe term

Checks: corpora.yaml shape (one key `small`, 8 existing, distinct pages from >= 2 companies);
small.yaml shape and counts (16 en / 16 zh answerable, 8 en / 8 zh out of scope);
id format and uniqueness; lang matches id; script (zh questions contain Han characters,
en questions contain none); gold sources listed in corpora.yaml; every quote is an exact
substring of its page; a quote that also occurs verbatim in another corpus page must list
that page too; every key is an exact substring of one of the item's gold quotes; out-of-scope
items have empty gold and key; no question repeated; every out-of-scope item has probes.
Paths in corpora.yaml are relative to the project root (/work/main).
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # evals/knowledge/blind8 -> project root
PREFIX = "b8s"
EXPECTED = {("en", True): 16, ("zh", True): 16, ("en", False): 8, ("zh", False): 8}
ID_RE = re.compile(rf"^{PREFIX}-(en|zh)-(\d{{3}})$")
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FIELDS = {"id", "lang", "question", "gold", "key"}
COMPANY_DIRS = {
    "handbooks/gitlab/": "gitlab",
    "handbooks/gitlab-2017-snapshot/": "gitlab",
    "handbooks/posthog/": "posthog",
    "handbooks/sourcegraph/": "sourcegraph",
    "rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/": "gitlab",
}

# Hand-written probe terms for each out-of-scope question: `--oos` prints every corpus line
# containing one of them (case-insensitive) so a reviewer can confirm no page answers it.
OOS_PROBES = {
    "b8s-en-017": ["bonus", "variable pay", "target"],
    "b8s-en-018": ["parental", "leave", "maternity"],
    "b8s-en-019": ["exercise", "option", "vest", "resign", "terminat"],
    "b8s-en-020": ["PIP", "improvement plan", "underperform"],
    "b8s-en-021": ["severance", "layoff", "laid off", "eliminat", "terminat"],
    "b8s-en-022": ["commission", "clawback", "churn", "pay back", "repay"],
    "b8s-en-023": ["expense", "reimburs", "desk", "home office", "equipment"],
    "b8s-en-024": ["promotion increase", "promotional increase", "promotion raise", "promotion", "% increase"],
    "b8s-zh-017": ["bonus", "13th", "year-end", "thirteenth"],
    "b8s-zh-018": ["social", "housing", "pension", "contribution", "insurance", "benefit"],
    "b8s-zh-019": ["probation", "trial period", "onboarding", "new hire", "too new"],
    "b8s-zh-020": ["sick", "illness", "medical", "PTO", "leave"],
    "b8s-zh-021": ["ESPP", "purchase", "discount", "stock", "share"],
    "b8s-zh-022": ["referral", "refer", "recruit"],
    "b8s-zh-023": ["relocat", "moving", "allowance", "stipend"],
    "b8s-zh-024": ["learning", "training", "course", "conference", "education", "budget"],
}


def company_of(path):
    for d, c in COMPANY_DIRS.items():
        if ("/corpus/" + d) in path:
            return c
    return None


def main(argv):
    errors = []
    err = errors.append

    corpora = yaml.safe_load((HERE / "corpora.yaml").read_text(encoding="utf-8"))
    if not isinstance(corpora, dict) or list(corpora) != ["small"]:
        err("corpora.yaml must have exactly one key: small")
        corpora = {"small": []}
    pages = corpora.get("small") or []
    if len(pages) != 8:
        err(f"corpora.yaml: expected 8 pages, found {len(pages)}")
    if len(set(pages)) != len(pages):
        err("corpora.yaml: duplicate page")
    texts = {}
    for p in pages:
        if not p.startswith("../shared/corpus/"):
            err(f"corpora.yaml: path must start with ../shared/corpus/: {p}")
        f = (ROOT / p).resolve()
        if not f.is_file():
            err(f"corpora.yaml: page not found: {p}")
            continue
        texts[p] = f.read_text(encoding="utf-8")
        if company_of(p) is None:
            err(f"corpora.yaml: page not from an allowed folder: {p}")
    companies = {company_of(p) for p in pages} - {None}
    if len(companies) < 2:
        err(f"corpora.yaml: pages from fewer than two companies: {sorted(companies)}")

    items = yaml.safe_load((HERE / "small.yaml").read_text(encoding="utf-8"))
    if not isinstance(items, list):
        err("small.yaml must be a list")
        items = []
    if len(items) != sum(EXPECTED.values()):
        err(f"small.yaml: expected {sum(EXPECTED.values())} items, found {len(items)}")

    counts = {k: 0 for k in EXPECTED}
    seen_ids, seen_q = set(), {}
    oos_items = []
    for n, it in enumerate(items):
        where = it.get("id", f"item #{n}") if isinstance(it, dict) else f"item #{n}"
        if not isinstance(it, dict):
            err(f"{where}: not a mapping")
            continue
        if set(it) != FIELDS:
            err(f"{where}: fields must be exactly {sorted(FIELDS)}, got {sorted(it)}")
        iid, lang, q = it.get("id"), it.get("lang"), it.get("question")
        gold, key = it.get("gold"), it.get("key")
        m = ID_RE.match(str(iid))
        if not m:
            err(f"{where}: bad id")
        elif m.group(1) != lang:
            err(f"{where}: lang {lang!r} does not match id")
        if iid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(iid)
        if lang not in ("en", "zh"):
            err(f"{where}: lang must be en or zh")
        if not isinstance(q, str) or not q.strip():
            err(f"{where}: empty question")
            q = ""
        if lang == "zh" and not HAN_RE.search(q):
            err(f"{where}: zh question has no Han characters")
        if lang == "en" and HAN_RE.search(q):
            err(f"{where}: en question contains Han characters")
        norm = re.sub(r"\s+", " ", q.strip().lower())
        if norm in seen_q:
            err(f"{where}: question repeats {seen_q[norm]}")
        seen_q[norm] = iid
        if not isinstance(gold, list) or not isinstance(key, list):
            err(f"{where}: gold and key must be lists")
            continue
        answerable = bool(gold)
        if (lang, answerable) in counts:
            counts[(lang, answerable)] += 1
        if not answerable:
            oos_items.append(it)
            if key:
                err(f"{where}: out-of-scope item must have key: []")
            if iid not in OOS_PROBES or not OOS_PROBES[iid]:
                err(f"{where}: no OOS_PROBES entry")
            continue
        if not 1 <= len(key) <= 3:
            err(f"{where}: needs 1-3 keys, has {len(key)}")
        quotes, pairs = [], set()
        for g in gold:
            if not isinstance(g, dict) or set(g) != {"source", "quote"}:
                err(f"{where}: gold entry must have exactly source and quote")
                continue
            src, quote = g["source"], g["quote"]
            if (src, quote) in pairs:
                err(f"{where}: duplicate gold entry")
            pairs.add((src, quote))
            if src not in pages:
                err(f"{where}: gold source not in corpora.yaml: {src}")
                continue
            if not isinstance(quote, str) or not quote.strip():
                err(f"{where}: empty quote")
                continue
            if quote not in texts.get(src, ""):
                err(f"{where}: quote is not an exact substring of {src}: {quote[:70]!r}")
            quotes.append(quote)
        for quote in set(quotes):
            listed = {s for s, qq in pairs if qq == quote}
            for p, t in texts.items():
                if p not in listed and quote in t:
                    err(f"{where}: quote also occurs verbatim in {p}; list that page too")
        for k in key:
            if not isinstance(k, str) or not k.strip():
                err(f"{where}: empty key")
            elif not any(k in qq for qq in quotes):
                err(f"{where}: key is not a substring of any gold quote: {k!r}")

    for k, want in EXPECTED.items():
        if counts[k] != want:
            lang, ans = k
            err(f"count {lang} {'answerable' if ans else 'out-of-scope'}: expected {want}, got {counts[k]}")
    for pid in OOS_PROBES:
        if pid not in {it.get("id") for it in oos_items}:
            err(f"OOS_PROBES has {pid}, which is not an out-of-scope item")

    if "--oos" in argv:
        for it in oos_items:
            print(f"\n=== {it['id']} [{it['lang']}] {it['question']}")
            for term in OOS_PROBES.get(it["id"], []):
                hits = []
                for p, t in texts.items():
                    for ln, line in enumerate(t.splitlines(), 1):
                        if term.lower() in line.lower():
                            hits.append(f"    {Path(p).name}:{ln}: {line.strip()[:220]}")
                print(f"  -- probe {term!r}: {len(hits)} hit(s)")
                for h in hits:
                    print(h)

    print(f"\ncounts: en answerable {counts[('en', True)]}, zh answerable {counts[('zh', True)]}, "
          f"en out-of-scope {counts[('en', False)]}, zh out-of-scope {counts[('zh', False)]}; "
          f"pages {len(pages)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
