#!/usr/bin/env python3
"""Validator for blind set blind5 (Python 3 + PyYAML only).

Usage:
    python3 validate.py          # check corpora.yaml and small/medium/large.yaml
    python3 validate.py --oos    # also print corpus hits for the main terms of
                                 # every out-of-scope question, for human review

Checks:
  * corpora.yaml: small = 8 concrete existing pages, none of them used by an
    earlier set; medium = the required globs; large = split of medium.
  * each question file: YAML list, comment header, item fields, id format
    (b5s-/b5m-/b5l- prefix, -en-/-zh-, 3 digits), unique ids, language of the
    question, counts per language and per answerable/out-of-scope.
  * every gold source belongs to the file's corpus, every quote is an exact
    substring of its page, every key is a substring of a gold quote, and every
    other page of the corpus holding the same quote verbatim is listed too.
  * large: every quote lies inside one heading section of its page.
Exit code 0 when everything passes, 1 otherwise.
"""
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))  # /work/main

SHARED = "../shared/corpus/"
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

# Pages used by earlier sets: the small corpus must avoid them.
USED_BEFORE = {
    "gitlab-2017-snapshot": ["leadership_1-1", "people-operations_performance-reviews",
                             "underperformance"],
    "gitlab": ["company__okrs__okrs-basics", "leadership__1-1", "leadership__coaching",
               "leadership__compensation-review-conversations",
               "leadership__crucial-conversations", "leadership__underperformance",
               "people-group__360-feedback", "people-group__competencies",
               "people-group__guidance-on-feedback",
               "people-group__learning-and-development__career-development__igp-guide",
               "people-group__promotion-document-style-guide",
               "people-group__promotions-transfers", "people-group__quarterly-talent-review",
               "people-group__talent-assessment",
               "total-rewards__compensation__compensation-review-cycle",
               "total-rewards__compensation__compensation-review-cycle__review-cycle-inputs"],
    "posthog": ["company__goal-setting", "people__career-progression", "people__feedback"],
    "sourcegraph": [
        "benefits-pay-perks__pay-expenses__compensation__compensation-change-approvals",
        "company-info-and-process__communication__1-1",
        "company-info-and-process__working-at-sourcegraph__teammate-development__addressing-underperformance",
        "company__goals__guidelines_2021",
        "departments__people-talent__onboarding-feedback-milestones",
        "departments__people-talent__people-ops__process__compensation-and-leveling__compensation-role-changes",
        "departments__people-talent__people-ops__process__compensation-and-leveling__preparing-for-calibrations",
        "departments__people-talent__people-ops__process__giving-feedback",
        "departments__people-talent__people-ops__process__teammate-sentiment__impact-reviews",
        "departments__sales__sales-performance-goals"],
}
USED_PATHS = {f"{SHARED}handbooks/{d}/{n}.md" for d, names in USED_BEFORE.items() for n in names}

FILES = {
    # name: (id prefix, corpus, answerable en, answerable zh, oos en, oos zh)
    "small.yaml": ("b5s", "small", 16, 16, 8, 8),
    "medium.yaml": ("b5m", "medium", 18, 18, 9, 9),
    "large.yaml": ("b5l", "large", 18, 18, 9, 9),
}
FIELDS = ["id", "lang", "question", "gold", "key"]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Main terms of every out-of-scope question (regular expressions, case-insensitive).
# `--oos` greps the file's corpus for them and prints the hits for review; a hit
# only means the topic is mentioned, the reviewer checks it does not answer.
OOS_TERMS = {
    # small
    "b5s-en-017": [r"paternity", r"parental leave", r"\bdads?\b"],
    "b5s-en-018": [r"401", r"retirement", r"pension", r"match"],
    "b5s-en-019": [r"vacation", r"carry.?over", r"roll.?over", r"\bPTO\b"],
    "b5s-en-020": [r"growth and development fund", r"budget", r"reimburs", r"\$\d"],
    "b5s-en-021": [r"notice period", r"resign", r"two weeks"],
    "b5s-en-022": [r"on-?call", r"overtime", r"weekend"],
    "b5s-en-023": [r"per diem", r"travel", r"hotel"],
    "b5s-en-024": [r"stipend", r"home office", r"equipment", r"monitor"],
    "b5s-zh-017": [r"sick", r"doctor", r"medical", r"病假"],
    "b5s-zh-018": [r"bonus", r"year-end", r"年终奖"],
    "b5s-zh-019": [r"probation", r"试用期"],
    "b5s-zh-020": [r"marriage", r"wedding", r"婚假"],
    "b5s-zh-021": [r"housing fund", r"social security", r"social insurance", r"公积金"],
    "b5s-zh-022": [r"\bvest", r"equity", r"stock", r"\bRSUs?\b"],
    "b5s-zh-023": [r"overtime", r"time off in lieu", r"comp time", r"调休"],
    "b5s-zh-024": [r"gym", r"fitness", r"wellness", r"健身"],
    # medium
    "b5m-en-019": [r"bereavement", r"funeral", r"passes away"],
    "b5m-en-020": [r"401", r"retirement", r"pension"],
    "b5m-en-021": [r"paid out", r"payout", r"unused", r"accru", r"final pay"],
    "b5m-en-022": [r"stipend", r"home office", r"co-?working"],
    "b5m-en-023": [r"maternity", r"parental leave", r"weeks? (of )?(paid )?leave"],
    "b5m-en-024": [r"jury", r"civic duty"],
    "b5m-en-025": [r"ESPP", r"stock purchase", r"discount"],
    "b5m-en-026": [r"health insurance", r"medical plan", r"spouse", r"\bdependents?\b"],
    "b5m-en-027": [r"dress code", r"attire"],
    "b5m-zh-019": [r"maternity", r"产假", r"parental"],
    "b5m-zh-020": [r"notice period", r"resignation", r"离职"],
    "b5m-zh-021": [r"social security", r"housing fund", r"社保", r"公积金"],
    "b5m-zh-022": [r"hotel", r"lodging", r"travel polic", r"住宿"],
    "b5m-zh-023": [r"year-end bonus", r"13th", r"年终奖"],
    "b5m-zh-024": [r"health check", r"medical exam", r"physical", r"体检"],
    "b5m-zh-025": [r"breastfeed", r"nursing", r"lactation", r"哺乳"],
    "b5m-zh-026": [r"meal", r"lunch", r"food allowance", r"餐补"],
    "b5m-zh-027": [r"flexible hours", r"core hours", r"clock in", r"打卡"],
    # large
    "b5l-en-019": [r"sick", r"illness", r"doctor"],
    "b5l-en-020": [r"vacation", r"carry.?over", r"roll.?over", r"accru", r"\bPTO\b"],
    "b5l-en-021": [r"public holiday", r"holiday pay", r"day off"],
    "b5l-en-022": [r"mileage", r"per diem", r"travel", r"reimburs"],
    "b5l-en-023": [r"sabbatical", r"unpaid leave", r"career break"],
    "b5l-en-024": [r"christmas", r"new year", r"shutdown", r"office closed", r"holiday"],
    "b5l-en-025": [r"severance", r"layoff", r"redundan"],
    "b5l-en-026": [r"student loan", r"loan repayment", r"\bloans?\b"],
    "b5l-en-027": [r"parking", r"badge", r"office access"],
    "b5l-zh-019": [r"annual leave", r"vacation", r"PTO", r"年假"],
    "b5l-zh-020": [r"sick", r"病假"],
    "b5l-zh-021": [r"overtime", r"taxi", r"ride.?share", r"reimburs", r"打车"],
    "b5l-zh-022": [r"health insurance", r"commercial insurance", r"保险"],
    "b5l-zh-023": [r"relocat", r"moving (costs|expenses)", r"搬家"],
    "b5l-zh-024": [r"birthday", r"生日"],
    "b5l-zh-025": [r"paternity", r"parental", r"陪产"],
    "b5l-zh-026": [r"badge", r"access card", r"key ?card", r"门禁"],
    "b5l-zh-027": [r"laptop", r"computer", r"hardware", r"电脑"],
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as fh:
        return fh.read()


def expand(patterns):
    out = []
    for pat in patterns:
        hits = sorted(glob.glob(os.path.join(ROOT, pat)))
        if not hits:
            err(f"corpora.yaml: pattern matches nothing: {pat}")
        for h in hits:
            rel = os.path.relpath(h, ROOT)
            if rel not in out:
                out.append(rel)
    return out


def sections(text, starts):
    """Cut a page into sections: a line starting with one of `starts` opens a new one."""
    secs, cur = [], []
    for line in text.splitlines(keepends=True):
        if any(line.startswith(s) for s in starts) and cur:
            secs.append("".join(cur))
            cur = []
        cur.append(line)
    if cur:
        secs.append("".join(cur))
    return secs


def load_corpora():
    path = os.path.join(HERE, "corpora.yaml")
    with open(path, encoding="utf-8") as fh:
        cfg = yaml.safe_load(fh)
    if not isinstance(cfg, dict) or set(cfg) != {"small", "medium", "large"}:
        err("corpora.yaml: top-level keys must be exactly small, medium, large")
        return {}
    small = cfg["small"]
    if not isinstance(small, list) or len(small) != 8:
        err("corpora.yaml: small must list 8 pages")
        small = small if isinstance(small, list) else []
    for p in small:
        if any(c in p for c in "*?["):
            err(f"corpora.yaml: small must use concrete paths, not globs: {p}")
        if not p.startswith(SHARED):
            err(f"corpora.yaml: path must start with {SHARED}: {p}")
        if not (p.startswith(SHARED + "handbooks/") or p.startswith(
                SHARED + "rag-benchmarks/deep-rag-benchmark/knowledge-base-subset/")):
            err(f"corpora.yaml: small page outside the allowed folders: {p}")
        if p in USED_PATHS:
            err(f"corpora.yaml: small page was used by an earlier set: {p}")
        if not os.path.isfile(os.path.join(ROOT, p)):
            err(f"corpora.yaml: small page does not exist: {p}")
    if len(set(small)) != len(small):
        err("corpora.yaml: small lists a page twice")
    if cfg["medium"] != MEDIUM_GLOBS:
        err("corpora.yaml: medium must be exactly the required globs, in order")
    if cfg["large"] != {"split_from": "medium", "split_at": SPLIT_AT}:
        err("corpora.yaml: large must be {split_from: medium, split_at: ['## ', '### ']}")
    medium = expand(cfg["medium"] if isinstance(cfg["medium"], list) else [])
    pages = {p: read(p) for p in set(small) | set(medium) if os.path.isfile(os.path.join(ROOT, p))}
    return {
        "small": {p: pages[p] for p in small if p in pages},
        "medium": {p: pages[p] for p in medium},
        "large": {p: pages[p] for p in medium},
    }


def check_file(name, corpora, oos_report):
    prefix, cname, n_en, n_zh, o_en, o_zh = FILES[name]
    path = os.path.join(HERE, name)
    if not os.path.isfile(path):
        err(f"{name}: missing")
        return []
    raw = open(path, encoding="utf-8").read()
    if not raw.lstrip().startswith("#"):
        err(f"{name}: must start with a comment header")
    for word in ("corpus", "licen", "fields", "counts"):
        if word not in raw.split("\n- ")[0].lower():
            err(f"{name}: comment header should mention {word!r}")
    try:
        items = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        err(f"{name}: YAML error: {e}")
        return []
    if not isinstance(items, list):
        err(f"{name}: top level must be a list")
        return []
    pages = corpora.get(cname, {})
    secs = {p: sections(t, SPLIT_AT) for p, t in pages.items()} if cname == "large" else {}
    counts = {("en", True): 0, ("zh", True): 0, ("en", False): 0, ("zh", False): 0}
    seen = set()
    id_re = re.compile(rf"^{prefix}-(en|zh)-(\d{{3}})$")
    for i, it in enumerate(items):
        where = f"{name}[{i}]"
        if not isinstance(it, dict):
            err(f"{where}: item must be a mapping")
            continue
        if list(it.keys()) != FIELDS:
            err(f"{where}: fields must be {FIELDS} in this order, got {list(it.keys())}")
        qid = it.get("id")
        where = f"{name}:{qid}"
        m = id_re.match(str(qid))
        if not m:
            err(f"{where}: bad id")
        if qid in seen:
            err(f"{where}: duplicate id")
        seen.add(qid)
        lang = it.get("lang")
        if lang not in ("en", "zh"):
            err(f"{where}: lang must be en or zh")
        if m and m.group(1) != lang:
            err(f"{where}: id language does not match lang")
        q = it.get("question")
        if not isinstance(q, str) or len(q.strip()) < 8:
            err(f"{where}: question missing or too short")
            q = ""
        if lang == "zh" and not CJK.search(q):
            err(f"{where}: zh question has no Chinese characters")
        if lang == "en" and CJK.search(q):
            err(f"{where}: en question contains Chinese characters")
        gold, key = it.get("gold"), it.get("key")
        if not isinstance(gold, list) or not isinstance(key, list):
            err(f"{where}: gold and key must be lists")
            continue
        answerable = bool(gold)
        if lang in ("en", "zh"):
            counts[(lang, answerable)] += 1
        if not answerable:
            if key:
                err(f"{where}: out-of-scope item must have key: []")
            if qid not in OOS_TERMS:
                err(f"{where}: out-of-scope item has no grep terms in OOS_TERMS")
            else:
                oos_report.append((name, qid, q, OOS_TERMS[qid], pages))
            continue
        if not 1 <= len(key) <= 3:
            err(f"{where}: key must hold 1-3 phrases")
        quotes = []
        listed = set()
        for g in gold:
            if not isinstance(g, dict) or set(g) != {"source", "quote"}:
                err(f"{where}: gold entry must have exactly source and quote")
                continue
            src, quote = g["source"], g["quote"]
            listed.add((src, quote))
            if not isinstance(quote, str) or len(quote.strip()) < 10:
                err(f"{where}: quote too short: {quote!r}")
                continue
            quotes.append(quote)
            if src not in pages:
                err(f"{where}: gold source not in the {cname} corpus: {src}")
                continue
            if quote not in pages[src]:
                err(f"{where}: quote is not an exact substring of {src}: {quote[:80]!r}")
                continue
            if cname == "large" and not any(quote in s for s in secs[src]):
                err(f"{where}: quote crosses a section boundary in {src}: {quote[:80]!r}")
        for g in gold:
            if not isinstance(g, dict) or "quote" not in g:
                continue
            for p, text in pages.items():
                if g["quote"] in text and (p, g["quote"]) not in listed:
                    err(f"{where}: quote also occurs verbatim in {p}; list it as gold too")
        for k in key:
            if not isinstance(k, str) or len(k.strip()) < 2:
                err(f"{where}: empty key")
            elif not any(k in qt for qt in quotes):
                err(f"{where}: key is not a substring of any gold quote: {k!r}")
        # paraphrase check: warn when the question copies 6+ consecutive words of a quote
        if lang == "en":
            qw = re.findall(r"[a-z0-9']+", q.lower())
            for qt in quotes:
                tw = " ".join(re.findall(r"[a-z0-9']+", qt.lower()))
                for j in range(len(qw) - 5):
                    if " ".join(qw[j:j + 6]) in tw:
                        warn(f"{where}: question copies 6 words of its quote: {' '.join(qw[j:j+6])!r}")
                        break
    want = {("en", True): n_en, ("zh", True): n_zh, ("en", False): o_en, ("zh", False): o_zh}
    for k, v in want.items():
        if counts[k] != v:
            kind = "answerable" if k[1] else "out-of-scope"
            err(f"{name}: expected {v} {k[0]} {kind} items, found {counts[k]}")
    if len(items) != n_en + n_zh + o_en + o_zh:
        err(f"{name}: expected {n_en + n_zh + o_en + o_zh} items, found {len(items)}")
    return items


def print_oos(report):
    for name, qid, q, terms, pages in report:
        print(f"\n=== {name} {qid}: {q}")
        for t in terms:
            rx = re.compile(t, re.IGNORECASE)
            hits = []
            for p, text in pages.items():
                for ln in text.splitlines():
                    if rx.search(ln):
                        hits.append((p, ln.strip()))
            print(f"  term /{t}/: {len(hits)} hit(s)")
            for p, ln in hits[:6]:
                short = p.replace(SHARED, "")
                print(f"    {short}: {ln[:160]}")
            if len(hits) > 6:
                print(f"    ... {len(hits) - 6} more")


def main():
    corpora = load_corpora()
    oos_report = []
    all_q = {}
    for name in FILES:
        for it in check_file(name, corpora, oos_report):
            if isinstance(it, dict) and isinstance(it.get("question"), str):
                all_q.setdefault(it["question"].strip().lower(), []).append(it.get("id"))
    for q, ids in all_q.items():
        if len(ids) > 1:
            err(f"same question text used by {ids}")
    used_ids = {qid for _, qid, _, _, _ in oos_report}
    for qid in OOS_TERMS:
        if qid not in used_ids:
            err(f"OOS_TERMS has {qid}, which is not an out-of-scope item")
    if "--oos" in sys.argv:
        print_oos(oos_report)
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    n = sum(len(v) for v in corpora.values()) if corpora else 0
    print(f"\n{len(errors)} error(s), {len(warnings)} warning(s); "
          f"corpora: small {len(corpora.get('small', {}))} pages, "
          f"medium {len(corpora.get('medium', {}))} pages, "
          f"large split from {len(corpora.get('large', {}))} pages ({n} page loads)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
