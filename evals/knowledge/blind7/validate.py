#!/usr/bin/env python3
"""Validate the blind7 question sets (Python 3 + PyYAML only).

Usage:
    python3 validate.py                 # check corpora.yaml, small/medium/large.yaml
    python3 validate.py --oos           # also print corpus hits of the probe terms of every
                                        # out-of-scope question, for a human to review
    python3 validate.py --root /path    # project root (default: three folders up from this file)

Checks:
  * corpora.yaml: small is a list of concrete existing pages, medium a list of globs that match,
    large is {split_from: medium, split_at: ['## ', '### ']}.
  * each set file: a leading comment header; a YAML list of items with exactly the fields
    id, lang, question, gold, key; id prefix/lang/number form; unique ids; counts per
    language and answerable / out-of-scope.
  * answerable items: gold has 1+ entries {source, quote}; source is a page of that corpus; the quote
    is an exact substring of the page; key has 1-3 strings, each an exact substring of a gold quote;
    every other page of the corpus that holds a gold quote verbatim is listed as a gold entry too.
  * out-of-scope items: gold == [] and key == [].
  * large: every gold quote lies inside one section of its page (split_at headings).
  * language: zh questions contain CJK characters, en questions do not.
Exit code 0 when everything passes, 1 otherwise.
"""
import argparse
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

EXPECTED = {
    # file: (prefix, corpus, {(lang, answerable): count})
    "small.yaml": ("b7s", "small", {("en", True): 16, ("zh", True): 16, ("en", False): 8, ("zh", False): 8}),
    "medium.yaml": ("b7m", "medium", {("en", True): 18, ("zh", True): 18, ("en", False): 9, ("zh", False): 9}),
    "large.yaml": ("b7l", "large", {("en", True): 18, ("zh", True): 18, ("en", False): 9, ("zh", False): 9}),
}
FIELDS = ["id", "lang", "question", "gold", "key"]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Hand-written probe terms for each out-of-scope question: the main terms a reviewer would grep the
# corpus for. `--oos` prints every line of the question's corpus that contains one of them
# (case-insensitive) so a human can confirm that no page answers the question.
OOS_PROBES = {
    # small
    "b7s-en-017": ["PTO", "vacation", "paid time off", "days off"],
    "b7s-en-018": ["expense", "reimburs", "coffee", "lunch"],
    "b7s-en-019": ["travel", "flight", "offsite"],
    "b7s-en-020": ["appeal", "dispute", "disagree", "rating"],
    "b7s-en-021": ["record", "recording"],
    "b7s-en-022": ["salary", "raise", "compensation", "merit"],
    "b7s-en-023": ["VPN", "laptop", "password"],
    "b7s-en-024": ["parental", "maternity", "paternity", "leave from work", "leave of absence"],
    "b7s-zh-017": ["probation", "trial period", "confirm"],
    "b7s-zh-018": ["bonus", "year-end"],
    "b7s-zh-019": ["sick", "medical", "doctor", "leave from work", "leave of absence"],
    "b7s-zh-020": ["first day", "diploma", "identity", "paperwork", "original"],
    "b7s-zh-021": ["notice", "resign", "quit", "offboard"],
    "b7s-zh-022": ["referral", "refer a", "referred"],
    "b7s-zh-023": ["overtime", "weekend"],
    "b7s-zh-024": ["learning", "training", "course", "certif", "budget"],
    # medium
    "b7m-en-019": ["sick"],
    "b7m-en-020": ["401", "retirement", "pension"],
    "b7m-en-021": ["per diem", "travel", "hotel", "meal"],
    "b7m-en-022": ["internet", "home office", "stipend"],
    "b7m-en-023": ["insurance", "spouse", "dependent", "health plan"],
    "b7m-en-024": ["notice period", "two weeks", "resign"],
    "b7m-en-025": ["dog", " pets", "the office"],
    "b7m-en-026": ["holiday"],
    "b7m-en-027": ["carry over", "carryover", "roll over", "vacation", "PTO"],
    "b7m-zh-019": ["carry over", "roll over", "vacation", "annual leave", "PTO"],
    "b7m-zh-020": ["social insurance", "housing fund", "pension", "insurance"],
    "b7m-zh-021": ["hotel", "travel", "accommodation", "lodging"],
    "b7m-zh-022": ["wedding", "marriage"],
    "b7m-zh-023": ["monitor", "equipment", "home office", "stipend"],
    "b7m-zh-024": ["party", "year-end", "annual event", "celebration"],
    "b7m-zh-025": ["nursing", "breastfeed", "lactation"],
    "b7m-zh-026": ["team building", "offsite", "team event", "social budget"],
    "b7m-zh-027": ["overtime", "time off in lieu", "comp time"],
    # large
    "b7l-en-019": ["on-call", "on call", "pager"],
    "b7l-en-020": ["bereavement", "funeral"],
    "b7l-en-021": ["sabbatical"],
    "b7l-en-022": ["side job", "moonlight", "outside employment", "second job"],
    "b7l-en-023": ["advance", "loan", "hardship"],
    "b7l-en-024": ["jury"],
    "b7l-en-025": [" car ", "mileage", "vehicle", "drive"],
    "b7l-en-026": ["paternity", "parental", "leave of absence", "protected leave", "leaves@"],
    "b7l-en-027": ["gym", "wellness", "fitness"],
    "b7l-zh-019": ["sick"],
    "b7l-zh-020": ["medical", "insurance", "health plan", "benefits"],
    "b7l-zh-021": ["expat", "abroad", "relocat", "allowance", "international assignment"],
    "b7l-zh-022": ["overtime", "weekend"],
    "b7l-zh-023": ["bereavement", "funeral"],
    "b7l-zh-024": ["birthday", "gift"],
    "b7l-zh-025": ["parking"],
    "b7l-zh-026": ["laptop", "equipment", "hardware"],
    "b7l-zh-027": ["stock option", "exercise price", "strike", "vesting", "RSU"],
}


def fail(errors, msg):
    errors.append(msg)


def resolve_corpora(root, errors):
    path = os.path.join(HERE, "corpora.yaml")
    with open(path, encoding="utf-8") as f:
        cfg = yaml.safe_load(f)
    corpora = {}
    small = cfg.get("small")
    if not isinstance(small, list) or len(small) != 8:
        fail(errors, "corpora.yaml: small must list exactly 8 pages")
        small = small or []
    for p in small:
        if any(ch in p for ch in "*?["):
            fail(errors, f"corpora.yaml: small entry is a glob: {p}")
        if not p.startswith("../shared/corpus/handbooks/"):
            fail(errors, f"corpora.yaml: small entry outside handbooks/: {p}")
        if not os.path.isfile(os.path.normpath(os.path.join(root, p))):
            fail(errors, f"corpora.yaml: small page missing: {p}")
    if len(set(small)) != len(small):
        fail(errors, "corpora.yaml: duplicate small page")
    corpora["small"] = sorted(set(small))
    medium = []
    for g in cfg.get("medium") or []:
        hits = sorted(glob.glob(os.path.join(root, g)))
        if not hits:
            fail(errors, f"corpora.yaml: medium glob matches nothing: {g}")
        for h in hits:
            rel = os.path.relpath(h, root)
            if rel not in medium:
                medium.append(rel)
    corpora["medium"] = medium
    large = cfg.get("large") or {}
    if large.get("split_from") != "medium" or large.get("split_at") != ["## ", "### "]:
        fail(errors, "corpora.yaml: large must be {split_from: medium, split_at: ['## ', '### ']}")
    corpora["large"] = list(medium)
    return corpora, large.get("split_at") or ["## ", "### "]


def read_pages(root, corpora):
    texts = {}
    for pages in corpora.values():
        for p in pages:
            if p not in texts:
                with open(os.path.normpath(os.path.join(root, p)), encoding="utf-8") as f:
                    texts[p] = f.read()
    return texts


def sections(text, split_at):
    out, cur = [], []
    for line in text.split("\n"):
        if any(line.startswith(s) for s in split_at) and cur:
            out.append("\n".join(cur))
            cur = []
        cur.append(line)
    out.append("\n".join(cur))
    return out


def check_file(name, corpora, texts, split_at, errors):
    prefix, corpus, expected = EXPECTED[name]
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if not raw.lstrip().startswith("#"):
        fail(errors, f"{name}: missing comment header")
    items = yaml.safe_load(raw)
    if not isinstance(items, list):
        fail(errors, f"{name}: top level must be a list")
        return []
    pages = set(corpora[corpus])
    counts = {}
    ids = set()
    id_re = re.compile(rf"^{prefix}-(en|zh)-(\d{{3}})$")
    for n, it in enumerate(items):
        where = f"{name}[{n}]"
        if not isinstance(it, dict) or list(it.keys()) != FIELDS:
            fail(errors, f"{where}: fields must be exactly {FIELDS} in that order, got {list(it) if isinstance(it, dict) else it}")
            continue
        iid = it["id"]
        where = f"{name}:{iid}"
        m = id_re.match(str(iid))
        if not m:
            fail(errors, f"{where}: bad id")
        elif m.group(1) != it["lang"]:
            fail(errors, f"{where}: lang {it['lang']} does not match id")
        if iid in ids:
            fail(errors, f"{where}: duplicate id")
        ids.add(iid)
        if it["lang"] not in ("en", "zh"):
            fail(errors, f"{where}: lang must be en or zh")
        q = it["question"]
        if not isinstance(q, str) or len(q.strip()) < 8:
            fail(errors, f"{where}: question missing or too short")
            q = ""
        has_cjk = bool(CJK.search(q))
        if it["lang"] == "zh" and not has_cjk:
            fail(errors, f"{where}: zh question without Chinese characters")
        if it["lang"] == "en" and has_cjk:
            fail(errors, f"{where}: en question contains Chinese characters")
        gold, key = it["gold"], it["key"]
        if not isinstance(gold, list) or not isinstance(key, list):
            fail(errors, f"{where}: gold and key must be lists")
            continue
        answerable = bool(gold)
        counts[(it["lang"], answerable)] = counts.get((it["lang"], answerable), 0) + 1
        if not answerable:
            if key:
                fail(errors, f"{where}: out-of-scope item must have key: []")
            if iid not in OOS_PROBES:
                fail(errors, f"{where}: no probe terms in OOS_PROBES")
            continue
        if not 1 <= len(key) <= 3:
            fail(errors, f"{where}: key must have 1-3 entries")
        quotes, sources = [], set()
        for g in gold:
            if not isinstance(g, dict) or set(g) != {"source", "quote"}:
                fail(errors, f"{where}: gold entry must be {{source, quote}}: {g}")
                continue
            src, quote = g["source"], g["quote"]
            if not isinstance(quote, str) or len(quote) < 8:
                fail(errors, f"{where}: quote too short: {quote!r}")
                continue
            if src not in pages:
                fail(errors, f"{where}: source not in {corpus} corpus: {src}")
                continue
            if quote not in texts[src]:
                fail(errors, f"{where}: quote not found in {src}: {quote[:90]!r}")
                continue
            if corpus == "large":
                if not any(quote in s for s in sections(texts[src], split_at)):
                    fail(errors, f"{where}: quote crosses a section boundary in {src}: {quote[:90]!r}")
            quotes.append(quote)
            sources.add(src)
        for k in key:
            if not isinstance(k, str) or not k or not any(k in q_ for q_ in quotes):
                fail(errors, f"{where}: key is not a substring of a gold quote: {k!r}")
        listed = {(g.get("source"), g.get("quote")) for g in gold if isinstance(g, dict)}
        for quote in quotes:
            for p in pages:
                if quote in texts[p] and (p, quote) not in listed:
                    fail(errors, f"{where}: quote also occurs verbatim in {p}; list it as an extra gold entry: {quote[:70]!r}")
    for k, v in expected.items():
        if counts.get(k, 0) != v:
            lang, ans = k
            fail(errors, f"{name}: expected {v} {lang} {'answerable' if ans else 'out-of-scope'} items, got {counts.get(k, 0)}")
    extra = set(counts) - set(expected)
    if extra:
        fail(errors, f"{name}: unexpected item groups {extra}")
    return items


def print_oos(name, items, corpora, texts):
    _, corpus, _ = EXPECTED[name]
    print(f"\n===== {name}: out-of-scope probe hits (review by hand) =====")
    for it in items:
        if not isinstance(it, dict) or it.get("gold"):
            continue
        print(f"\n--- {it['id']}: {it['question']}")
        for term in OOS_PROBES.get(it["id"], []):
            hits = []
            for p in corpora[corpus]:
                for ln, line in enumerate(texts[p].split("\n"), 1):
                    if term.lower() in line.lower():
                        hits.append(f"      {p.split('/corpus/')[-1]}:{ln}: {line.strip()[:160]}")
            print(f"  [{term}] {len(hits)} hit(s)")
            for h in hits[:12]:
                print(h)
            if len(hits) > 12:
                print(f"      ... {len(hits) - 12} more")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=os.path.abspath(os.path.join(HERE, "..", "..", "..")))
    ap.add_argument("--oos", action="store_true", help="print corpus hits of out-of-scope probe terms")
    args = ap.parse_args()
    errors = []
    corpora, split_at = resolve_corpora(args.root, errors)
    texts = read_pages(args.root, corpora)
    print(f"corpora: small {len(corpora['small'])} pages, medium {len(corpora['medium'])} pages, "
          f"large {sum(len(sections(texts[p], split_at)) for p in corpora['large'])} sections")
    all_items = {}
    for name in EXPECTED:
        all_items[name] = check_file(name, corpora, texts, split_at, errors)
    seen_q = {}
    for name, items in all_items.items():
        for it in items or []:
            if isinstance(it, dict):
                q = str(it.get("question", "")).strip().lower()
                if q in seen_q:
                    errors.append(f"{name}:{it.get('id')}: same question as {seen_q[q]}")
                seen_q[q] = it.get("id")
    if args.oos:
        for name, items in all_items.items():
            print_oos(name, items or [], corpora, texts)
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
