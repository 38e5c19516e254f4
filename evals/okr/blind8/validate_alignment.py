#!/usr/bin/env python3
"""Validate blind set blind8 (OKR alignment cases) and write a count header.

Usage: python3 validate_alignment.py [path/to/alignment.yaml]

Checks the structure of every case, the label/best_parent/aligned_to logic,
the per-language label counts, and then rewrites the leading comment block of
alignment.yaml with the counts. Exit code 0 = pass, 1 = errors found.
Needs Python 3 and PyYAML only.
"""
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "alignment.yaml")

LABELS = [None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED"]
TARGET = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
PER_LANG = 30
CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
OBJ_KEYS = {"id", "title", "key_results", "aligned_to"}
PARENT_KEYS = {"id", "title", "key_results"}
ID_RE = re.compile(r"^b8a-(en|zh)-(\d{3})$")
CJK_RE = re.compile(r"[\u3400-\u9fff]")


def label_name(x):
    return "null" if x is None else x


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def check_case(c, errs):
    cid = c.get("id", "?") if isinstance(c, dict) else "?"

    def err(msg):
        errs.append(f"{cid}: {msg}")

    if not isinstance(c, dict):
        err("case is not a mapping")
        return
    keys = set(c)
    if keys != CASE_KEYS:
        err(f"keys {sorted(keys)} != {sorted(CASE_KEYS)}")
    m = ID_RE.match(str(c.get("id", "")))
    if not m:
        err("bad id")
        return
    lang, num = m.group(1), int(m.group(2))
    if not 1 <= num <= PER_LANG:
        err("id number out of range")
    if c.get("lang") != lang:
        err(f"lang {c.get('lang')!r} does not match id")
    if c.get("source") != "written":
        err("source must be 'written'")
    if not nonempty_str(c.get("note")):
        err("empty note")

    parents = c.get("parents")
    pids = []
    if not isinstance(parents, list) or not 2 <= len(parents) <= 6:
        err("parents must be a list of 2-6 candidates")
        parents = parents if isinstance(parents, list) else []
    for p in parents:
        if not isinstance(p, dict) or set(p) != PARENT_KEYS:
            err(f"parent has bad keys: {p!r}")
            continue
        if not re.match(r"^P\d+$", str(p["id"])):
            err(f"bad parent id {p['id']!r}")
        if not nonempty_str(p["title"]):
            err(f"parent {p['id']} has empty title")
        if not isinstance(p["key_results"], list) or not all(nonempty_str(k) for k in p["key_results"]):
            err(f"parent {p['id']} key_results must be a list of strings")
        pids.append(p["id"])
    if len(pids) != len(set(pids)):
        err("duplicate parent ids")

    o = c.get("objective")
    if not isinstance(o, dict) or set(o) != OBJ_KEYS:
        err("objective has bad keys")
        return
    if not nonempty_str(o["id"]):
        err("objective id empty")
    if o["id"] in pids:
        err("objective id clashes with a parent id")
    if not nonempty_str(o["title"]):
        err("objective title empty")
    krs = o["key_results"]
    if not isinstance(krs, list) or not 1 <= len(krs) <= 4 or not all(nonempty_str(k) for k in krs):
        err("objective needs 1-4 key results (strings)")
    child_text = o["title"] + " " + " ".join(k for k in krs if isinstance(k, str))
    if lang == "zh" and not CJK_RE.search(o["title"]):
        err("zh case: child title has no Chinese characters")
    if lang == "en" and CJK_RE.search(child_text):
        err("en case: child objective contains Chinese characters")

    aligned = o["aligned_to"]
    if not isinstance(aligned, list):
        err("aligned_to must be a list")
        aligned = []
    for a in aligned:
        if a not in pids:
            err(f"aligned_to names unknown parent {a!r}")
    if len(aligned) != len(set(aligned)):
        err("aligned_to has duplicates")

    exp = c.get("expect")
    bp = c.get("best_parent")
    if exp not in LABELS:
        err(f"expect {exp!r} not in {LABELS}")
        return
    if bp is not None and bp not in pids:
        err(f"best_parent {bp!r} is not a candidate")
    if exp is None:
        if not aligned:
            err("null needs a declared parent")
        if bp not in aligned:
            err("null: best_parent must be one of the declared parents")
    elif exp == "ALIGN_WEAK":
        if not aligned:
            err("ALIGN_WEAK needs declared parents")
        if bp is not None and bp in aligned:
            err("ALIGN_WEAK: best_parent must not be a declared parent")
    elif exp == "ALIGN_NONE":
        if aligned:
            err("ALIGN_NONE needs aligned_to: []")
        if bp is not None:
            err("ALIGN_NONE needs best_parent: null")
    elif exp == "ALIGN_SUGGESTED":
        if aligned:
            err("ALIGN_SUGGESTED needs aligned_to: []")
        if bp is None:
            err("ALIGN_SUGGESTED needs a best_parent")


def strip_header(text):
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or lines[i].strip() == ""):
        i += 1
    return "".join(lines[i:])


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = strip_header(text)
    data = yaml.safe_load(body)
    errs = []
    if not isinstance(data, list):
        print("FAIL: top level must be a list")
        return 1

    ids = [c.get("id") for c in data if isinstance(c, dict)]
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    if dup:
        errs.append(f"duplicate ids: {dup}")
    for c in data:
        check_case(c, errs)

    counts = {lang: collections.Counter() for lang in ("en", "zh")}
    weak_null = collections.Counter()
    for c in data:
        if not isinstance(c, dict) or c.get("lang") not in counts:
            continue
        counts[c["lang"]][c.get("expect")] += 1
        if c.get("expect") == "ALIGN_WEAK" and c.get("best_parent") is None:
            weak_null[c["lang"]] += 1
    for lang in ("en", "zh"):
        expected_ids = {f"b8a-{lang}-{i:03d}" for i in range(1, PER_LANG + 1)}
        have = {i for i in ids if isinstance(i, str) and i.startswith(f"b8a-{lang}-")}
        if have != expected_ids:
            errs.append(f"{lang}: ids missing {sorted(expected_ids - have)} extra {sorted(have - expected_ids)}")
        for lab, n in TARGET.items():
            if counts[lang][lab] != n:
                errs.append(f"{lang}: {label_name(lab)} count {counts[lang][lab]} != {n}")
        if not 1 <= weak_null[lang] <= 2:
            errs.append(f"{lang}: ALIGN_WEAK with best_parent null = {weak_null[lang]}, want 1-2")
    if len(data) != 2 * PER_LANG:
        errs.append(f"total {len(data)} != {2 * PER_LANG}")

    if errs:
        print("FAIL")
        for e in errs:
            print("  -", e)
        return 1

    total = collections.Counter()
    for lang in counts:
        total.update(counts[lang])
    def row(name, cnt, wn):
        parts = [f"{label_name(l)}={cnt[l]}" for l in LABELS]
        return f"# {name}: " + ", ".join(parts) + f" (ALIGN_WEAK with best_parent null: {wn})\n"
    header = (
        "# blind8 OKR alignment cases (written by hand; licence CC BY 4.0; see README.md)\n"
        "# counts written by validate_alignment.py -- do not edit by hand\n"
        f"# total cases: {len(data)}\n"
        + row("en", counts["en"], weak_null["en"])
        + row("zh", counts["zh"], weak_null["zh"])
        + row("all", total, weak_null["en"] + weak_null["zh"])
        + "\n"
    )
    new = header + body
    if new != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(new)
    print("PASS")
    print(header.rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
