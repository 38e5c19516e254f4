#!/usr/bin/env python3
"""Validate blind evaluation set 9 (b9s): 1-1 meetings and everyday feedback.

Usage:
    python3 validate.py          # structure, counts, sources, quotes, keys
    python3 validate.py --oos    # also print every corpus line that contains a
                                 # probe term of an out-of-scope question

Page paths in corpora.yaml are relative to the project root (the folder three
levels above this file), e.g. ../shared/corpus/handbooks/...md.

Needs Python 3 and PyYAML. Exits 0 and prints "OK: all checks passed" when
every check passes; otherwise lists the problems and exits 1.
"""
import argparse
import re
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # evals/knowledge/blind9 -> project root
PREFIX = "b9s"
ID_RE = re.compile(r"^%s-(en|zh)-(\d{3})$" % PREFIX)
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FIELDS = ["id", "lang", "question", "gold", "key"]
N_PAGES = 8
EXPECTED = {
    ("en", True): 16,
    ("zh", True): 16,
    ("en", False): 8,
    ("zh", False): 8,
}

# Hand-written probe terms for each out-of-scope question. `--oos` prints every
# line of the 8 pages that contains one of them (case-insensitive, whole words;
# a trailing * matches any word that starts with the term), so a person can read
# the hits and confirm that no page answers the question.
OOS_PROBES = {
    # record 1:1s on Zoom, consent
    "b9s-en-017": ["record*", "consent*", "permission*", "zoom", "notes"],
    # appeal an unfair rating, deadline
    "b9s-en-018": ["appeal*", "dispute*", "unfair*", "contest*", "deadline*", "disagree*"],
    # time zones for 1:1s
    "b9s-en-019": ["time zone*", "timezone*", "working hours", "overlap*", "hours"],
    # team lunch budget
    "b9s-en-020": ["lunch*", "budget*", "celebrat*", "meal*", "expense*", "reimburs*"],
    # reporting harassment anonymously
    "b9s-en-021": ["harass*", "anonym*", "confidential*", "whistle*", "misconduct", "complain*"],
    # retention of 1:1 docs after someone leaves
    "b9s-en-022": ["leaves the company", "leave the company", "offboard*", "delet*", "archiv*", "retention", "retain*"],
    # parental leave
    "b9s-en-023": ["parental", "paternity", "maternity", "leave"],
    # payroll date
    "b9s-en-024": ["payroll", "payday", "pay day", "salary", "paid"],
    # 1:1 frequency during a PIP
    "b9s-zh-017": ["PIP", "improvement plan*", "twice a week", "underperform*"],
    # camera on for remote 1:1s
    "b9s-zh-018": ["camera*", "video*", "webcam*", "zoom", "face-to-face", "face to face"],
    # reimburse coffee to thank a colleague
    "b9s-zh-019": ["coffee", "reimburs*", "expense*", "gift*", "budget*"],
    # internal transfer approval
    "b9s-zh-020": ["transfer*", "internal*", "approv*", "sign off", "sign-off"],
    # probation period
    "b9s-zh-021": ["probation*", "trial period", "new hire*", "new teammate*", "onboard*"],
    # sick leave, doctor's note
    "b9s-zh-022": ["sick*", "doctor*", "medical*", "illness*", "health*"],
    # cc the other person's manager on cross-team feedback
    "b9s-zh-023": ["cc", "copy", "loop in", "other department*", "another department", "other team*", "their manager*"],
    # language of 1:1 meetings
    "b9s-zh-024": ["language*", "english", "chinese", "native", "translat*"],
}


def probe_regex(term):
    """Whole-word, case-insensitive; a trailing * allows any word ending."""
    if term.endswith("*"):
        body, tail = term[:-1], ""
    else:
        body, tail = term, r"(?![A-Za-z0-9])"
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(body) + tail, re.IGNORECASE)


def norm_question(text):
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", "", text)


def load_yaml(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oos", action="store_true",
                    help="print corpus lines that contain the out-of-scope probe terms")
    args = ap.parse_args()

    errors = []

    # ---------------------------------------------------------------- corpora
    corpora = load_yaml(HERE / "corpora.yaml")
    if not isinstance(corpora, dict) or list(corpora.keys()) != ["small"]:
        errors.append("corpora.yaml must hold exactly one key `small:`")
        pages = []
    else:
        pages = corpora["small"]
    if not isinstance(pages, list) or len(pages) != N_PAGES:
        errors.append("corpora.yaml `small` must list exactly %d pages" % N_PAGES)
        pages = pages if isinstance(pages, list) else []
    if len(set(pages)) != len(pages):
        errors.append("corpora.yaml lists a page twice")
    texts = {}
    companies = set()
    for p in pages:
        if not isinstance(p, str) or not p.startswith("../shared/corpus/"):
            errors.append("page path must start with ../shared/corpus/: %r" % (p,))
            continue
        full = (ROOT / p).resolve()
        if not full.is_file():
            errors.append("page not found: %s (resolved %s)" % (p, full))
            continue
        texts[p] = full.read_text(encoding="utf-8")
        parts = p.split("/")
        if len(parts) > 4 and parts[3] == "handbooks":
            companies.add(parts[4].split("-")[0])
    if len(companies) < 2:
        errors.append("pages must come from at least two companies (found %s)" % sorted(companies))

    # ---------------------------------------------------------------- items
    items = load_yaml(HERE / "small.yaml")
    if not isinstance(items, list):
        print("FAIL: small.yaml must be a list of items")
        return 1

    counts = {k: 0 for k in EXPECTED}
    seen_ids = set()
    seen_q = {}
    used_pages = set()
    oos_ids = []
    for n, it in enumerate(items):
        where = "item %d" % n
        if not isinstance(it, dict):
            errors.append("%s: not a mapping" % where)
            continue
        iid = it.get("id")
        where = "%s (%s)" % (where, iid)
        if list(it.keys()) != FIELDS:
            errors.append("%s: fields must be %s in that order, got %s" % (where, FIELDS, list(it.keys())))
        m = ID_RE.match(str(iid))
        if not m:
            errors.append("%s: bad id" % where)
            continue
        if iid in seen_ids:
            errors.append("%s: duplicate id" % where)
        seen_ids.add(iid)
        lang = it.get("lang")
        if lang not in ("en", "zh"):
            errors.append("%s: lang must be en or zh" % where)
        if m.group(1) != lang:
            errors.append("%s: id language does not match lang %r" % (where, lang))
        q = it.get("question")
        if not isinstance(q, str) or len(q.strip()) < 8:
            errors.append("%s: question missing or too short" % where)
            q = ""
        has_han = bool(HAN_RE.search(q))
        if lang == "zh" and not has_han:
            errors.append("%s: zh question contains no Han characters" % where)
        if lang == "en" and has_han:
            errors.append("%s: en question contains Han characters" % where)
        nq = norm_question(q)
        if nq in seen_q:
            errors.append("%s: question repeats %s" % (where, seen_q[nq]))
        seen_q[nq] = iid

        gold = it.get("gold")
        key = it.get("key")
        if not isinstance(gold, list) or not isinstance(key, list):
            errors.append("%s: gold and key must be lists" % where)
            continue
        answerable = len(gold) > 0
        if (lang, answerable) in counts:
            counts[(lang, answerable)] += 1

        if not answerable:
            oos_ids.append(iid)
            if key:
                errors.append("%s: out-of-scope item must have key: []" % where)
            if iid not in OOS_PROBES or not OOS_PROBES[iid]:
                errors.append("%s: no OOS_PROBES entry" % where)
            continue

        if not 1 <= len(key) <= 3:
            errors.append("%s: answerable item needs 1-3 keys" % where)
        quotes = []
        for g in gold:
            if not isinstance(g, dict) or sorted(g.keys()) != ["quote", "source"]:
                errors.append("%s: gold entry must have exactly source and quote" % where)
                continue
            src, quote = g["source"], g["quote"]
            if src not in pages:
                errors.append("%s: gold source not in corpora.yaml: %s" % (where, src))
                continue
            used_pages.add(src)
            if not isinstance(quote, str) or len(quote.strip()) < 15:
                errors.append("%s: quote missing or too short" % where)
                continue
            if quote != quote.strip():
                errors.append("%s: quote has leading/trailing whitespace" % where)
            if src in texts and quote not in texts[src]:
                errors.append("%s: quote is not an exact substring of %s: %r" % (where, src, quote[:80]))
            quotes.append(quote)
        for k in key:
            if not isinstance(k, str) or not k.strip():
                errors.append("%s: empty key" % where)
                continue
            if not any(k in qt for qt in quotes):
                errors.append("%s: key is not a substring of any gold quote: %r" % (where, k))

    for k, want in EXPECTED.items():
        if counts[k] != want:
            errors.append("count %s %s: got %d, want %d" % (
                k[0], "answerable" if k[1] else "out-of-scope", counts[k], want))
    if len(items) != sum(EXPECTED.values()):
        errors.append("small.yaml has %d items, want %d" % (len(items), sum(EXPECTED.values())))
    for p in pages:
        if p not in used_pages:
            errors.append("page has no answerable question: %s" % p)
    for pid in OOS_PROBES:
        if pid not in oos_ids:
            errors.append("OOS_PROBES has an entry for a non out-of-scope id: %s" % pid)

    # ---------------------------------------------------------------- --oos
    if args.oos:
        qmap = {it["id"]: it["question"] for it in items if isinstance(it, dict) and "id" in it}
        for iid in oos_ids:
            print("=" * 78)
            print("%s  %s" % (iid, qmap.get(iid, "")))
            probes = OOS_PROBES.get(iid, [])
            print("probes: %s" % ", ".join(probes))
            regs = [(t, probe_regex(t)) for t in probes]
            hits = 0
            for p in pages:
                for ln, line in enumerate(texts.get(p, "").splitlines(), 1):
                    found = [t for t, rx in regs if rx.search(line)]
                    if found:
                        hits += 1
                        short = p.rsplit("/", 2)
                        print("  [%s] %s:%d: %s" % (",".join(found), "/".join(short[-2:]), ln, line.strip()[:300]))
            print("  (%d line(s))" % hits)
        print("=" * 78)

    # ---------------------------------------------------------------- report
    print("items: %d  |  en answerable %d, zh answerable %d, en out-of-scope %d, zh out-of-scope %d" % (
        len(items), counts[("en", True)], counts[("zh", True)], counts[("en", False)], counts[("zh", False)]))
    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
