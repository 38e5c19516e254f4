#!/usr/bin/env python3
"""Structural checks for the blind10 evaluation set (performance reviews and calibration).

Run from the project root (/work/main):

    python3 evals/knowledge/blind10/validate.py          # structural checks
    python3 evals/knowledge/blind10/validate.py --oos    # also print the corpus lines that
                                                         # hit each out-of-scope probe term

Exits 0 and prints "OK: all checks passed" when every check passes, 1 otherwise.
Paths in corpora.yaml and in gold sources are relative to the project root; the root is
found from this file's location, so the checks also work from another directory.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # evals/knowledge/blind10 -> project root
PREFIX = "b10s"
LANGS = ("en", "zh")
N_PER_LANG = 24
ANSWERABLE = range(1, 17)   # 001-016
OUT_OF_SCOPE = range(17, 25)  # 017-024
MIN_QUESTIONS_PER_PAGE = 2
ITEM_FIELDS = {"id", "lang", "question", "gold", "key"}
GOLD_FIELDS = {"source", "quote"}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Hand-written probe terms for each out-of-scope question (case-insensitive regular
# expressions). `--oos` prints every corpus line that matches one of them, so a person
# can read the hits and confirm that no page answers the question.
OOS_PROBES: dict[str, list[str]] = {
    # PIP length
    "b10s-en-017": [r"\bPIPs?\b", r"performance improvement plan", r"remediation",
                    r"\b(30|60|90)[- ]days?\b"],
    # merit % for a given rating
    "b10s-en-018": [r"superior", r"percent", r"recommended merit", r"increase %",
                    r"\d+\s?%\s+(merit|increase|raise)"],
    # resigning during the cycle
    "b10s-en-019": [r"resign", r"notice period", r"\bterminat", r"leav(e|ing) (the company|gitlab|sourcegraph)",
                    r"\bdepart(ure|ures|ing|s)?\b", r"offboard"],
    # interns
    "b10s-en-020": [r"\bintern(s|ship|ships)?\b", r"student", r"temporary"],
    # language of the self review
    "b10s-en-021": [r"language", r"english", r"\bnative\b", r"translat"],
    # retention of review records
    "b10s-en-022": [r"retention", r"\bretain", r"archiv", r"on file", r"records?\b", r"delet"],
    # probation (off-topic)
    "b10s-en-023": [r"probation", r"trial period", r"first (3|three) months", r"first 90 days",
                    r"3 months"],
    # pay date (off-topic)
    "b10s-en-024": [r"pay ?day", r"pay date", r"payroll", r"paid (on|out)", r"day of the month",
                    r"first of the month"],
    # bonus multiplier per rating
    "b10s-zh-017": [r"bonus", r"multiplier", r"payout"],
    # two years of Developing -> dismissal?
    "b10s-zh-018": [r"two years", r"consecutive", r"in a row", r"\bterminat", r"dismiss", r"\bfired?\b",
                    r"previous (fiscal )?year"],
    # part-time employees
    "b10s-zh-019": [r"part[- ]time", r"hours per week", r"full[- ]time", r"\bFTEs?\b"],
    # promotion raise %
    "b10s-zh-020": [r"promotion increase", r"promotional increase", r"promotion.{0,40}%",
                    r"%.{0,40}promot", r"percent"],
    # works council / employee representatives
    "b10s-zh-021": [r"works council", r"union", r"employee representative", r"german",
                    r"co-?determination", r"consult"],
    # parental leave (off-topic)
    "b10s-zh-022": [r"parental", r"maternity", r"paternity", r"weeks? of leave", r"protected leave"],
    # sick note (off-topic)
    "b10s-zh-023": [r"\bsick", r"doctor", r"medical", r"illness", r"health"],
    # relocation (off-topic)
    "b10s-zh-024": [r"relocat", r"moving (cost|expense|allowance)", r"allowance", r"stipend"],
}


def load_yaml(path: Path):
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def expected_ids() -> list[str]:
    return [f"{PREFIX}-{lang}-{n:03d}" for lang in LANGS for n in range(1, N_PER_LANG + 1)]


def check(errors: list[str]) -> tuple[list[dict], dict[str, str]]:
    corpora = load_yaml(HERE / "corpora.yaml")
    if not isinstance(corpora, dict) or list(corpora) != ["small"]:
        errors.append("corpora.yaml must have exactly one key: small")
        return [], {}
    pages: dict[str, str] = {}
    for rel in corpora["small"]:
        path = ROOT / rel
        if not rel.startswith("../shared/corpus/handbooks/") or not rel.endswith(".md"):
            errors.append(f"corpora.yaml: unexpected path {rel}")
        if not path.is_file():
            errors.append(f"corpora.yaml: missing file {rel}")
            continue
        pages[rel] = path.read_text(encoding="utf-8")
    if len(corpora["small"]) != 8 or len(set(corpora["small"])) != 8:
        errors.append(f"corpora.yaml: expected 8 distinct pages, got {len(corpora['small'])}")
    if len({p.split('/')[4] for p in corpora["small"]}) < 2:
        errors.append("corpora.yaml: pages must come from at least two companies")

    items = load_yaml(HERE / "small.yaml")
    if not isinstance(items, list):
        errors.append("small.yaml must be a list of items")
        return [], pages
    if len(items) != 2 * N_PER_LANG:
        errors.append(f"small.yaml: expected {2 * N_PER_LANG} items, got {len(items)}")

    ids = [it.get("id") for it in items if isinstance(it, dict)]
    dup_ids = [i for i, c in Counter(ids).items() if c > 1]
    if dup_ids:
        errors.append(f"duplicate ids: {dup_ids}")
    if sorted(ids) != sorted(expected_ids()):
        missing = sorted(set(expected_ids()) - set(ids))
        extra = sorted(set(ids) - set(expected_ids()))
        errors.append(f"id set mismatch; missing={missing} extra={extra}")

    seen_questions: dict[str, str] = {}
    page_use: Counter = Counter()
    counts: Counter = Counter()
    for it in items:
        if not isinstance(it, dict):
            errors.append(f"item is not a mapping: {it!r}")
            continue
        iid = str(it.get("id"))
        if set(it) != ITEM_FIELDS:
            errors.append(f"{iid}: fields {sorted(it)} != {sorted(ITEM_FIELDS)}")
            continue
        m = re.fullmatch(rf"{PREFIX}-(en|zh)-(\d{{3}})", iid)
        if not m:
            errors.append(f"{iid}: malformed id")
            continue
        id_lang, num = m.group(1), int(m.group(2))
        lang, q, gold, key = it["lang"], it["question"], it["gold"], it["key"]
        if lang != id_lang:
            errors.append(f"{iid}: lang {lang!r} does not match id")
        if not isinstance(q, str) or not q.strip():
            errors.append(f"{iid}: empty question")
            continue
        has_han = bool(HAN.search(q))
        if lang == "zh" and not has_han:
            errors.append(f"{iid}: zh question has no Han characters")
        if lang == "en" and has_han:
            errors.append(f"{iid}: en question contains Han characters")
        norm = re.sub(r"\s+", " ", q.strip().lower())
        if norm in seen_questions:
            errors.append(f"{iid}: repeats question of {seen_questions[norm]}")
        seen_questions[norm] = iid
        if not isinstance(gold, list) or not isinstance(key, list):
            errors.append(f"{iid}: gold and key must be lists")
            continue

        if num in OUT_OF_SCOPE:
            counts[(lang, "oos")] += 1
            if gold or key:
                errors.append(f"{iid}: out-of-scope item must have gold: [] and key: []")
            probes = OOS_PROBES.get(iid)
            if not probes:
                errors.append(f"{iid}: no probe terms in OOS_PROBES")
            else:
                for p in probes:
                    try:
                        re.compile(p)
                    except re.error as exc:
                        errors.append(f"{iid}: bad probe {p!r}: {exc}")
            continue

        counts[(lang, "ans")] += 1
        if iid in OOS_PROBES:
            errors.append(f"{iid}: answerable item listed in OOS_PROBES")
        if not gold:
            errors.append(f"{iid}: answerable item has no gold")
        if not 1 <= len(key) <= 3:
            errors.append(f"{iid}: answerable item needs 1-3 keys, has {len(key)}")
        quotes = []
        for g in gold:
            if not isinstance(g, dict) or set(g) != GOLD_FIELDS:
                errors.append(f"{iid}: gold entry must have exactly source and quote: {g!r}")
                continue
            src, quote = g["source"], g["quote"]
            if src not in pages:
                errors.append(f"{iid}: gold source not in corpora.yaml: {src}")
                continue
            if not isinstance(quote, str) or len(quote.strip()) < 10:
                errors.append(f"{iid}: quote too short")
                continue
            if "\n" in quote:
                errors.append(f"{iid}: quote spans lines")
            if quote not in pages[src]:
                errors.append(f"{iid}: quote not an exact substring of {src}: {quote[:70]!r}")
            quotes.append(quote)
        for k in key:
            if not isinstance(k, str) or not k.strip():
                errors.append(f"{iid}: empty key")
            elif not any(k in qt for qt in quotes):
                errors.append(f"{iid}: key not in any gold quote: {k!r}")
        for qt in quotes:
            if not any(isinstance(k, str) and k and k in qt for k in key):
                errors.append(f"{iid}: gold quote has no key phrase: {qt[:70]!r}")
        for src in {g.get("source") for g in gold if isinstance(g, dict)}:
            page_use[src] += 1

    for lang in LANGS:
        if counts[(lang, "ans")] != len(ANSWERABLE):
            errors.append(f"{lang}: {counts[(lang, 'ans')]} answerable, expected {len(ANSWERABLE)}")
        if counts[(lang, "oos")] != len(OUT_OF_SCOPE):
            errors.append(f"{lang}: {counts[(lang, 'oos')]} out of scope, expected {len(OUT_OF_SCOPE)}")
    for rel in pages:
        if page_use[rel] < MIN_QUESTIONS_PER_PAGE:
            errors.append(f"page used by {page_use[rel]} question(s), expected >= "
                          f"{MIN_QUESTIONS_PER_PAGE}: {rel}")
    stray = set(OOS_PROBES) - set(ids)
    if stray:
        errors.append(f"OOS_PROBES has unknown ids: {sorted(stray)}")

    print(f"items: {len(items)}  " + "  ".join(
        f"{lang}: {counts[(lang, 'ans')]} answerable + {counts[(lang, 'oos')]} out of scope"
        for lang in LANGS))
    for rel in pages:
        print(f"  {page_use[rel]:2d} questions  {rel.split('handbooks/')[1]}")
    return items, pages


def print_oos_hits(items: list[dict], pages: dict[str, str]) -> None:
    print("\n=== out-of-scope probe hits (read each one: none may answer the question) ===")
    for it in items:
        iid = it.get("id")
        if iid not in OOS_PROBES:
            continue
        print(f"\n## {iid}: {it.get('question')}")
        for probe in OOS_PROBES[iid]:
            rx = re.compile(probe, re.IGNORECASE)
            hits = []
            for rel, text in pages.items():
                short = rel.split("handbooks/")[1]
                for n, line in enumerate(text.splitlines(), 1):
                    if rx.search(line):
                        hits.append(f"    {short}:{n}: {line.strip()[:220]}")
            print(f"  probe /{probe}/: {len(hits)} hit(s)")
            for h in hits:
                print(h)


def main(argv: list[str]) -> int:
    errors: list[str] = []
    items, pages = check(errors)
    if "--oos" in argv and items and pages:
        print_oos_hits(items, pages)
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(f"  - {e}")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
