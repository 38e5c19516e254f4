#!/usr/bin/env python3
"""Validate blind set blind6 (Python 3 + PyYAML only).

Usage:
    python3 validate.py            # structural checks; exit 1 on any error
    python3 validate.py --oos      # also print corpus hits of the main terms of
                                   # every out-of-scope question, for review
    python3 validate.py --root DIR # project root (default: three levels up)

Checks:
  * corpora.yaml: small = 8 existing concrete pages incl. the 4 required ones;
    medium = the agreed globs; large = {split_from: medium, split_at: ['## ', '### ']}
  * each question file: a YAML list preceded by a comment header whose
    "# counts:" line matches both the expected and the actual counts
  * items: fields id/lang/question/gold/key only; id format and prefix;
    numbering 001.. contiguous per language; lang matches the script used
  * answerable items: 1+ gold entries, every source belongs to the file's
    corpus, every quote is an exact substring of its page; 1-3 keys, each an
    exact substring of one of the item's gold quotes
  * every page of the file's corpus that contains a gold quote verbatim is
    listed as a gold entry with that quote (e.g. the deep-rag-benchmark copy
    of a GitLab page)
  * large: every gold quote lies inside one "## "/"### " section of its page
  * out-of-scope items: gold == [] and key == [], and main terms are listed in
    OOS_TERMS below (used by --oos)
Warnings (not errors): an English question sharing a run of >= 6 words with
its gold quote (a hint that it copies the page instead of paraphrasing).
"""
import argparse
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

REQUIRED_SMALL = [
    "../shared/corpus/handbooks/sourcegraph/company-info-and-process__working-at-sourcegraph__career-frameworks.md",
    "../shared/corpus/rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/company_okrs__index.md",
    "../shared/corpus/rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/people-group_promotions-transfers.md",
    "../shared/corpus/rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/people-group_talent-assessment.md",
]
MEDIUM_GLOBS = [
    "../shared/corpus/handbooks/gitlab/*.md",
    "../shared/corpus/handbooks/gitlab-2017-snapshot/*.md",
    "../shared/corpus/handbooks/sourcegraph/*.md",
    "../shared/corpus/handbooks/posthog/*.md",
    "../shared/corpus/rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/*.md",
    "../shared/corpus/lark-api/LARK_OKR_PERFORMANCE_API_LAYOUT.md",
    "../shared/corpus/lark-api/larksuite-cli-okr-v2/*.md",
]
SPLIT_AT = ["## ", "### "]

# file -> (id prefix, {(lang, answerable): count})
EXPECTED = {
    "small.yaml": ("b6s", {("en", True): 16, ("zh", True): 16, ("en", False): 8, ("zh", False): 8}),
    "medium.yaml": ("b6m", {("en", True): 18, ("zh", True): 18, ("en", False): 9, ("zh", False): 9}),
    "large.yaml": ("b6l", {("en", True): 18, ("zh", True): 18, ("en", False): 9, ("zh", False): 9}),
}
FIELDS = ["id", "lang", "question", "gold", "key"]
CJK = re.compile(r"[\u3400-\u9fff]")

# Main terms of each out-of-scope question (regular expressions, matched
# case-insensitively against the corpus of its file). These are the terms that
# were grepped when the question was written; --oos prints what they hit so a
# reviewer can confirm that no page answers the question.
OOS_TERMS = {
    # ---- small ----
    "b6s-en-017": [r"PTO", r"vacation", r"paid time off", r"days off"],
    "b6s-en-018": [r"parental", r"maternity", r"paternity"],
    "b6s-en-019": [r"401", r"retirement", r"pension"],
    "b6s-en-020": [r"cowork", r"expens", r"reimburs"],
    "b6s-en-021": [r"harass", r"hotline", r"complaint"],
    "b6s-en-022": [r"resign", r"notice period", r"two weeks' notice", r"\bquit"],
    "b6s-en-023": [r"health insurance", r"medical", r"open enrollment", r"\bdental\b"],
    "b6s-en-024": [r"laptop", r"password", r"it_help", r"helpdesk", r"2FA"],
    "b6s-zh-017": [r"sick", r"doctor", r"medical"],
    "b6s-zh-018": [r"probation", r"trial period"],
    "b6s-zh-019": [r"year-end", r"annual bonus", r"bonus", r"13th"],
    "b6s-zh-020": [r"commut", r"transport", r"allowance", r"stipend"],
    "b6s-zh-021": [r"marriage", r"wedding", r"bereavement", r"funeral"],
    "b6s-zh-022": [r"relocat", r"Singapore", r"location factor", r"local market"],
    "b6s-zh-023": [r"party", r"annual meeting", r"offsite"],
    "b6s-zh-024": [r"health check", r"check-up", r"physical exam", r"medical"],
    # ---- medium ----
    "b6m-en-019": [r"\bdating\b", r"romantic", r"personal relationship", r"\bdisclos"],
    "b6m-en-020": [r"parental", r"paternity", r"maternity", r"weeks? of (?:paid )?leave"],
    "b6m-en-021": [r"\bgym\b", r"wellness", r"fitness", r"allowance"],
    "b6m-en-022": [r"per diem", r"\bmeals?\b", r"travel"],
    "b6m-en-023": [r"resign", r"notice period", r"two weeks'? notice", r"last day"],
    "b6m-en-024": [r"internet", r"home office", r"stipend", r"reimburs"],
    "b6m-en-025": [r"\bjury\b", r"civic dut", r"\bcourt\b"],
    "b6m-en-026": [r"\bsick\b", r"doctor", r"medical (?:note|certificate)"],
    "b6m-en-027": [r"meeting room", r"conference room", r"book(?:ing)? a room", r"\boffice\b"],
    "b6m-zh-019": [r"carry ?over", r"roll ?over", r"accru", r"vacation"],
    "b6m-zh-020": [r"insurance", r"medical", r"parents", r"\bdependents?\b"],
    "b6m-zh-021": [r"probation"],
    "b6m-zh-022": [r"marriage", r"wedding"],
    "b6m-zh-023": [r"part[- ]time", r"reduced hours", r"full[- ]time"],
    "b6m-zh-024": [r"13th", r"thirteenth", r"annual bonus", r"\bbonus"],
    "b6m-zh-025": [r"housing", r"\brent(?:al)?\b", r"accommodation"],
    "b6m-zh-026": [r"unused", r"pay ?out", r"final pay", r"offboarding"],
    "b6m-zh-027": [r"cafeteria", r"canteen", r"\blunch\b", r"\bmeals?\b"],
    # ---- large ----
    "b6l-en-019": [r"bereavement", r"funeral", r"\bdeath\b", r"passed away", r"compassionate"],
    "b6l-en-020": [r"side (?:gig|project|job|business)", r"moonlight", r"outside (?:work|employment|activit)", r"freelanc", r"conflict of interest"],
    "b6l-en-021": [r"standing desk", r"home office", r"stipend", r"equipment"],
    "b6l-en-022": [r"\bdental\b", r"spouse", r"\bdependents?\b", r"enrol"],
    "b6l-en-023": [r"referral", r"\brefer (?:a|someone)"],
    "b6l-en-024": [r"sabbatical", r"unpaid"],
    "b6l-en-025": [r"\btax(?:es|ed|ation)?\b", r"exercis(?:e|ing) (?:your |the )?(?:options|shares)", r"stock option"],
    "b6l-en-026": [r"ESPP", r"purchase plan", r"\bdiscount"],
    "b6l-en-027": [r"parking", r"garage", r"\bcar\b"],
    "b6l-zh-019": [r"maternity", r"paternity", r"parental", r"\bbirth"],
    "b6l-zh-020": [r"housing fund", r"provident", r"social insurance", r"social security"],
    "b6l-zh-021": [r"hotel", r"lodging", r"travel", r"expens"],
    "b6l-zh-022": [r"\bsick\b", r"illness"],
    "b6l-zh-023": [r"holiday", r"new year", r"festival"],
    "b6l-zh-024": [r"unpaid leave", r"leave of absence", r"\bunpaid\b"],
    "b6l-zh-025": [r"birthday", r"anniversar", r"\bgifts?\b"],
    "b6l-zh-026": [r"non-?compete", r"restrictive covenant", r"garden leave"],
    "b6l-zh-027": [r"shuttle", r"\bbus\b", r"commut"],
}


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def read(root, rel):
    with open(os.path.normpath(os.path.join(root, rel)), encoding="utf-8") as f:
        return f.read()


def expand(root, patterns, rep):
    pages = []
    for pat in patterns:
        hits = sorted(glob.glob(os.path.normpath(os.path.join(root, pat))))
        if not hits:
            rep.err(f"corpora.yaml: pattern matches nothing: {pat}")
        for h in hits:
            rel = os.path.relpath(h, root)
            if rel not in pages:
                pages.append(rel)
    return pages


def section_starts(text):
    """Offsets where a new section starts: 0 and every line starting with '## ' or '### '."""
    starts = [0]
    pos = 0
    for line in text.splitlines(keepends=True):
        if any(line.startswith(p) for p in SPLIT_AT) and pos != 0:
            starts.append(pos)
        pos += len(line)
    return starts


def in_one_section(text, quote):
    starts = section_starts(text)
    i = text.find(quote)
    while i != -1:
        e = i + len(quote)
        if not any(i < b < e for b in starts):
            return True
        i = text.find(quote, i + 1)
    return False


def load_corpora(root, rep):
    path = os.path.join(HERE, "corpora.yaml")
    with open(path, encoding="utf-8") as f:
        cfg = yaml.safe_load(f)
    if not isinstance(cfg, dict) or set(cfg) != {"small", "medium", "large"}:
        rep.err("corpora.yaml: top-level keys must be exactly small, medium, large")
        return {}
    small = cfg["small"]
    if not isinstance(small, list) or len(small) != 8 or len(set(small)) != 8:
        rep.err("corpora.yaml: small must list 8 distinct pages")
    for p in small:
        if any(ch in p for ch in "*?["):
            rep.err(f"corpora.yaml: small must use concrete paths, not globs: {p}")
        if not p.startswith("../shared/corpus/"):
            rep.err(f"corpora.yaml: path must start with ../shared/corpus/: {p}")
        if not os.path.isfile(os.path.normpath(os.path.join(root, p))):
            rep.err(f"corpora.yaml: missing page {p}")
    for p in REQUIRED_SMALL:
        if p not in small:
            rep.err(f"corpora.yaml: small lacks required page {p}")
    extra = [p for p in small if p not in REQUIRED_SMALL]
    for p in extra:
        if not p.startswith("../shared/corpus/handbooks/"):
            rep.err(f"corpora.yaml: the 4 chosen small pages must come from handbooks/: {p}")
    if cfg["medium"] != MEDIUM_GLOBS:
        rep.err("corpora.yaml: medium must be exactly the agreed globs, in order")
    if cfg["large"] != {"split_from": "medium", "split_at": SPLIT_AT}:
        rep.err("corpora.yaml: large must be {split_from: medium, split_at: ['## ', '### ']}")
    corpora = {"small": expand(root, small, rep), "medium": expand(root, MEDIUM_GLOBS, rep)}
    corpora["large"] = corpora["medium"]
    return corpora


def header_counts(raw):
    header = []
    for line in raw.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    m = None
    for line in header:
        m = re.match(
            r"#\s*counts:\s*total (\d+); en answerable (\d+); zh answerable (\d+); "
            r"en out-of-scope (\d+); zh out-of-scope (\d+)\s*$", line)
        if m:
            break
    return header, m


def shared_words(question, quote, n=6):
    qw = re.findall(r"[a-z0-9%$']+", question.lower())
    tw = " " + " ".join(re.findall(r"[a-z0-9%$']+", quote.lower())) + " "
    best = 0
    for i in range(len(qw)):
        for j in range(i + n, len(qw) + 1):
            if " " + " ".join(qw[i:j]) + " " in tw:
                best = max(best, j - i)
            else:
                break
    return best


def check_file(name, corpus_name, corpora, texts, rep):
    prefix, expected = EXPECTED[name]
    path = os.path.join(HERE, name)
    if not os.path.isfile(path):
        rep.err(f"{name}: missing")
        return []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    header, m = header_counts(raw)
    if len(header) < 5:
        rep.err(f"{name}: needs a comment header (corpus, sources, licences, fields, counts)")
    try:
        items = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        rep.err(f"{name}: YAML error {e}")
        return []
    if not isinstance(items, list):
        rep.err(f"{name}: top level must be a list")
        return []
    pages = set(corpora.get(corpus_name, []))
    counts = {k: 0 for k in expected}
    seen_ids, seen_q = set(), set()
    numbers = {"en": [], "zh": []}
    for n, it in enumerate(items):
        where = f"{name}[{n}]"
        if not isinstance(it, dict):
            rep.err(f"{where}: item must be a mapping")
            continue
        if list(it.keys()) != FIELDS:
            rep.err(f"{where}: fields must be exactly {FIELDS} in that order, got {list(it.keys())}")
        iid = it.get("id", "")
        where = f"{name} {iid}"
        lang = it.get("lang")
        mm = re.fullmatch(r"(b6[sml])-(en|zh)-(\d{3})", str(iid))
        if not mm:
            rep.err(f"{where}: bad id")
        else:
            if mm.group(1) != prefix:
                rep.err(f"{where}: id prefix must be {prefix}")
            if mm.group(2) != lang:
                rep.err(f"{where}: id language does not match lang {lang}")
            if lang in numbers:
                numbers[lang].append(int(mm.group(3)))
        if iid in seen_ids:
            rep.err(f"{where}: duplicate id")
        seen_ids.add(iid)
        if lang not in ("en", "zh"):
            rep.err(f"{where}: lang must be en or zh")
        q = it.get("question")
        if not isinstance(q, str) or not q.strip():
            rep.err(f"{where}: empty question")
            q = ""
        if q in seen_q:
            rep.err(f"{where}: duplicate question text")
        seen_q.add(q)
        if lang == "zh" and not CJK.search(q):
            rep.err(f"{where}: zh question has no Chinese characters")
        if lang == "en" and CJK.search(q):
            rep.err(f"{where}: en question contains Chinese characters")
        gold = it.get("gold")
        key = it.get("key")
        if not isinstance(gold, list) or not isinstance(key, list):
            rep.err(f"{where}: gold and key must be lists")
            continue
        answerable = len(gold) > 0
        if (lang, answerable) in counts:
            counts[(lang, answerable)] += 1
        if not answerable:
            if key:
                rep.err(f"{where}: out-of-scope item must have key: []")
            if iid not in OOS_TERMS:
                rep.err(f"{where}: out-of-scope item has no entry in OOS_TERMS")
            continue
        if iid in OOS_TERMS:
            rep.err(f"{where}: answerable item listed in OOS_TERMS")
        quotes = []
        for g in gold:
            if not isinstance(g, dict) or set(g.keys()) != {"source", "quote"}:
                rep.err(f"{where}: gold entry must have exactly source and quote")
                continue
            src, quote = g["source"], g["quote"]
            if not isinstance(quote, str) or len(quote.strip()) < 8:
                rep.err(f"{where}: quote too short or not a string")
                continue
            rel = os.path.normpath(src) if isinstance(src, str) else None
            if rel not in pages:
                rep.err(f"{where}: gold source not in the {corpus_name} corpus: {src}")
                continue
            if quote not in texts[rel]:
                rep.err(f"{where}: quote is not an exact substring of {src}: {quote[:80]!r}")
                continue
            if corpus_name == "large" and not in_one_section(texts[rel], quote):
                rep.err(f"{where}: quote crosses a ##/### section boundary in {src}: {quote[:60]!r}")
            quotes.append(quote)
        # every page of the corpus holding the quote verbatim must be listed
        for quote in set(quotes):
            listed = {os.path.normpath(g["source"]) for g in gold
                      if isinstance(g, dict) and g.get("quote") == quote}
            holders = {p for p in pages if quote in texts[p]}
            missing = holders - listed
            if missing:
                rep.err(f"{where}: quote {quote[:50]!r} also occurs verbatim in "
                        f"{sorted(missing)}; list it as an extra gold entry")
        if not 1 <= len(key) <= 3:
            rep.err(f"{where}: answerable item needs 1-3 keys")
        for k in key:
            if not isinstance(k, str) or len(k.strip()) < 2:
                rep.err(f"{where}: empty key")
            elif not any(k in qt for qt in quotes):
                rep.err(f"{where}: key {k!r} is not a substring of any gold quote")
        if lang == "en":
            for qt in quotes:
                run = shared_words(q, qt)
                if run >= 6:
                    rep.warn(f"{where}: question shares {run} consecutive words with its gold quote")
    for lang, nums in numbers.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            rep.err(f"{name}: {lang} ids must be numbered 001..{len(nums):03d} without gaps")
    total = sum(expected.values())
    if len(items) != total:
        rep.err(f"{name}: {len(items)} items, expected {total}")
    for k, v in expected.items():
        if counts[k] != v:
            kind = "answerable" if k[1] else "out-of-scope"
            rep.err(f"{name}: {counts[k]} {k[0]} {kind} items, expected {v}")
    if m is None:
        rep.err(f"{name}: header lacks a line '# counts: total N; en answerable N; zh answerable N; "
                f"en out-of-scope N; zh out-of-scope N'")
    else:
        declared = [int(x) for x in m.groups()]
        want = [total, expected[("en", True)], expected[("zh", True)],
                expected[("en", False)], expected[("zh", False)]]
        actual = [len(items), counts[("en", True)], counts[("zh", True)],
                  counts[("en", False)], counts[("zh", False)]]
        if declared != want or declared != actual:
            rep.err(f"{name}: header counts {declared} differ from expected {want} / actual {actual}")
    return items


def print_oos(name, corpus_name, items, corpora, texts):
    pages = corpora[corpus_name]
    print(f"\n===== {name}: out-of-scope term hits in the {corpus_name} corpus =====")
    for it in items:
        if not isinstance(it, dict) or it.get("gold"):
            continue
        print(f"\n{it['id']}: {it['question']}")
        for term in OOS_TERMS.get(it["id"], []):
            rx = re.compile(term, re.I)
            hits = []
            for p in pages:
                for line in texts[p].splitlines():
                    if rx.search(line):
                        hits.append((p, line.strip()))
            npages = len({p for p, _ in hits})
            print(f"  [{term}] {len(hits)} line(s) in {npages} page(s)")
            for p, line in hits[:3]:
                mt = rx.search(line)
                a = max(0, mt.start() - 70)
                snippet = line[a:mt.end() + 70]
                print(f"     {os.path.basename(p)}: ...{snippet}...")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=os.path.normpath(os.path.join(HERE, "..", "..", "..")),
                    help="project root that corpus paths are relative to")
    ap.add_argument("--oos", action="store_true", help="print corpus hits for out-of-scope terms")
    args = ap.parse_args()
    rep = Report()
    corpora = load_corpora(args.root, rep)
    if not corpora:
        print("\n".join("ERROR " + e for e in rep.errors))
        return 1
    texts = {}
    for p in set(corpora["small"]) | set(corpora["medium"]):
        try:
            texts[p] = read(args.root, p)
        except OSError as e:
            rep.err(f"cannot read {p}: {e}")
    loaded = {}
    for name, corpus_name in (("small.yaml", "small"), ("medium.yaml", "medium"), ("large.yaml", "large")):
        loaded[name] = (corpus_name, check_file(name, corpus_name, corpora, texts, rep))
    for name in ("small.yaml", "medium.yaml", "large.yaml"):
        ids = {it.get("id") for it in loaded[name][1] if isinstance(it, dict)}
        prefix = EXPECTED[name][0]
        for oid in OOS_TERMS:
            if oid.startswith(prefix) and oid not in ids:
                rep.err(f"OOS_TERMS lists {oid}, which is not in {name}")
    if args.oos:
        for name, (corpus_name, items) in loaded.items():
            print_oos(name, corpus_name, items, corpora, texts)
        print()
    for w in rep.warnings:
        print("WARNING " + w)
    for e in rep.errors:
        print("ERROR " + e)
    n = sum(len(v[1]) for v in loaded.values())
    print(f"{n} items checked, {len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
