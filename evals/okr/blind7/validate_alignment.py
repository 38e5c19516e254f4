#!/usr/bin/env python3
"""Validate alignment.yaml (blind7) and optionally rewrite its comment header.

Usage: python3 validate_alignment.py [--write-header]
Checks structure, ids, labels, that declared parents exist among the
candidates, that best_parent is consistent with the label, and the counts.
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PATH = HERE / "alignment.yaml"
LABELS = [None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED"]
WANT_PER_LANG = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


def is_zh(text):
    return bool(CJK.search(text))


def check_case(c):
    cid = c.get("id", "?")
    if set(c) != CASE_KEYS:
        err(f"{cid}: keys {sorted(c)} != {sorted(CASE_KEYS)}")
        return
    m = re.fullmatch(r"b7a-(en|zh)-(\d{3})", str(cid))
    if not m:
        err(f"{cid}: bad id")
        return
    if c["lang"] != m.group(1):
        err(f"{cid}: lang {c['lang']} does not match id")
    if c["source"] != "written":
        err(f"{cid}: source must be 'written'")
    if not isinstance(c["note"], str) or len(c["note"].strip()) < 20:
        err(f"{cid}: note missing or too short")
    parents = c["parents"]
    if not isinstance(parents, list) or not 2 <= len(parents) <= 6:
        err(f"{cid}: needs 2-6 parents")
        return
    pids = []
    for p in parents:
        if set(p) != {"id", "title", "key_results"}:
            err(f"{cid}: parent keys {sorted(p)}")
            continue
        if not re.fullmatch(r"P\d+", str(p["id"])):
            err(f"{cid}: parent id {p['id']}")
        if not isinstance(p["title"], str) or not p["title"].strip():
            err(f"{cid}: parent {p['id']} empty title")
        if not isinstance(p["key_results"], list) or not all(isinstance(k, str) and k.strip() for k in p["key_results"]):
            err(f"{cid}: parent {p['id']} key_results must be a list of strings")
        pids.append(p["id"])
    if len(set(pids)) != len(pids):
        err(f"{cid}: duplicate parent ids")
    o = c["objective"]
    if set(o) != {"id", "title", "key_results", "aligned_to"}:
        err(f"{cid}: objective keys {sorted(o)}")
        return
    if not isinstance(o["title"], str) or not o["title"].strip():
        err(f"{cid}: objective title empty")
    if not isinstance(o["key_results"], list) or not o["key_results"] or not all(isinstance(k, str) and k.strip() for k in o["key_results"]):
        err(f"{cid}: objective needs >=1 KR string")
    want_zh = c["lang"] == "zh"
    if is_zh(o["title"]) != want_zh:
        err(f"{cid}: objective title language does not match lang")
    for k in o["key_results"]:
        if want_zh and not is_zh(k):
            err(f"{cid}: zh objective has non-Chinese KR: {k}")
        if not want_zh and is_zh(k):
            err(f"{cid}: en objective has Chinese KR: {k}")
    declared = o["aligned_to"]
    if not isinstance(declared, list):
        err(f"{cid}: aligned_to must be a list")
        return
    for d in declared:
        if d not in pids:
            err(f"{cid}: declared parent {d} not among candidates")
    if len(set(declared)) != len(declared):
        err(f"{cid}: duplicate declared parents")
    label, best = c["expect"], c["best_parent"]
    if label not in LABELS:
        err(f"{cid}: bad label {label!r}")
        return
    if best is not None and best not in pids:
        err(f"{cid}: best_parent {best} not among candidates")
    if label is None:
        if not declared:
            err(f"{cid}: null needs a declared parent")
        if best not in declared:
            err(f"{cid}: null needs best_parent among declared")
    elif label == "ALIGN_WEAK":
        if not declared:
            err(f"{cid}: ALIGN_WEAK needs a declared parent")
        if best is not None and best in declared:
            err(f"{cid}: ALIGN_WEAK best_parent must not be a declared parent")
    elif label == "ALIGN_NONE":
        if declared:
            err(f"{cid}: ALIGN_NONE needs aligned_to: []")
        if best is not None:
            err(f"{cid}: ALIGN_NONE needs best_parent: null")
    elif label == "ALIGN_SUGGESTED":
        if declared:
            err(f"{cid}: ALIGN_SUGGESTED needs aligned_to: []")
        if best is None:
            err(f"{cid}: ALIGN_SUGGESTED needs a best_parent")


def traits(c):
    ps = c["parents"]
    want_zh = c["lang"] == "zh"
    return {
        "titles_only": all(not p["key_results"] for p in ps),
        "other_language_parent": any(is_zh(p["title"]) != want_zh for p in ps),
        "several_declared": len(c["objective"]["aligned_to"]) >= 2,
    }


def main():
    text = PATH.read_text(encoding="utf-8")
    cases = yaml.safe_load(text)
    if not isinstance(cases, list):
        print("alignment.yaml must be a YAML list")
        return 1
    for c in cases:
        check_case(c)
    ids = [c.get("id") for c in cases]
    want_ids = [f"b7a-{l}-{i:03d}" for l in ("en", "zh") for i in range(1, 31)]
    if sorted(ids) != sorted(want_ids):
        err("ids are not exactly b7a-en-001..030 and b7a-zh-001..030 (or duplicates)")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1

    by = Counter((c["lang"], c["expect"]) for c in cases)
    for lang in ("en", "zh"):
        for lab, n in WANT_PER_LANG.items():
            if by[(lang, lab)] != n:
                err(f"{lang}: {lab} has {by[(lang, lab)]}, want {n}")
    tr = Counter()
    for c in cases:
        for k, v in traits(c).items():
            tr[k] += v
    wbest = Counter((c["lang"], c["best_parent"] is None) for c in cases if c["expect"] == "ALIGN_WEAK")

    def name(lab):
        return "null" if lab is None else lab

    lines = [
        "# blind7 alignment eval set (written blind; see README.md). Licence: CC BY 4.0.",
        f"# Counts computed by validate_alignment.py: {len(cases)} cases",
    ]
    for lang in ("en", "zh"):
        n = sum(1 for c in cases if c["lang"] == lang)
        parts = ", ".join(f"{name(l)} {by[(lang, l)]}" for l in LABELS)
        lines.append(f"#   {lang}: {n} cases: {parts}")
    lines.append("#   total: " + ", ".join(f"{name(l)} {by[('en', l)] + by[('zh', l)]}" for l in LABELS))
    lines.append(
        f"#   ALIGN_WEAK with best_parent null: en {wbest[('en', True)]}, zh {wbest[('zh', True)]}"
    )
    lines.append(
        f"#   titles-only parents (no KR on any candidate): {tr['titles_only']}; "
        f"a candidate parent in the other language: {tr['other_language_parent']}; "
        f"two or more declared parents: {tr['several_declared']}"
    )
    header = "\n".join(lines) + "\n"
    print(header, end="")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    if "--write-header" in sys.argv:
        lines_in = text.split("\n")
        while lines_in and (lines_in[0].startswith("#") or not lines_in[0].strip()):
            lines_in.pop(0)  # drop the old header only
        body = "\n".join(lines_in)
        PATH.write_text(header + "\n" + body, encoding="utf-8")
        # re-parse to be sure the header did not break the file
        assert yaml.safe_load(PATH.read_text(encoding="utf-8")) == cases
        print("header written")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
