#!/usr/bin/env python3
"""Validate blind set blind11 (alignment.yaml) and rewrite its count header.

Usage: python3 validate_alignment.py [path/to/alignment.yaml] [--no-write]

Checks structure, ids, languages, label / aligned_to / best_parent consistency,
key-result and parent counts and the per-language label counts. On success the
leading comment block of the YAML file is replaced by a fresh count header
(unless --no-write). Exit code 0 = pass, 1 = errors found.
Needs Python 3 and PyYAML only.
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "alignment.yaml")

LANGS = ("en", "zh")
PER_LANG = 30
LABELS = (None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED")
TARGET = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
OBJ_KEYS = {"id", "title", "key_results", "aligned_to"}
PARENT_KEYS = {"id", "title", "key_results"}
ID_RE = re.compile(r"^b11a-(en|zh)-(\d{3})$")
PID_RE = re.compile(r"^P[1-9]\d*$")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# soft minimums per language (composition the brief asks for)
MIN_TWO_DECLARED = 3        # cases declaring two or more parents
MIN_CROSS_LANG_CASES = 3    # cases with at least one parent in the other language
MIN_PARENTS_WITH_KRS = 2    # parents that carry key results
MIN_WEAK_NULL = 1           # ALIGN_WEAK cases with best_parent null


def has_cjk(s):
    return bool(CJK.search(s))


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def check(cases):
    errors = []
    stats = {l: Counter() for l in LANGS}
    labels = {l: Counter() for l in LANGS}
    nums = {l: [] for l in LANGS}
    best_pos = Counter()
    seen = set()

    if not isinstance(cases, list):
        return ["top level must be a list of cases"], stats, labels, best_pos
    if len(cases) != PER_LANG * len(LANGS):
        errors.append(f"expected {PER_LANG * len(LANGS)} cases, found {len(cases)}")

    for i, c in enumerate(cases):
        where = f"case #{i + 1}"
        if not isinstance(c, dict):
            errors.append(f"{where}: not a mapping")
            continue
        cid = c.get("id")
        where = f"{cid or where}"
        keys = set(c)
        if keys != CASE_KEYS:
            errors.append(f"{where}: keys missing {sorted(CASE_KEYS - keys)} extra {sorted(keys - CASE_KEYS)}")
            continue
        m = ID_RE.match(str(cid))
        if not m:
            errors.append(f"{where}: bad id")
            continue
        if cid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(cid)
        lang = c["lang"]
        if lang not in LANGS or lang != m.group(1):
            errors.append(f"{where}: lang '{lang}' does not match id")
            continue
        nums[lang].append(int(m.group(2)))
        if c["source"] != "written":
            errors.append(f"{where}: source must be 'written'")
        if not nonempty_str(c["note"]):
            errors.append(f"{where}: note missing")
        elif has_cjk(c["note"]):
            errors.append(f"{where}: note must be in English (no CJK characters)")

        # parents
        parents = c["parents"]
        pids = []
        if not isinstance(parents, list) or not 2 <= len(parents) <= 6:
            errors.append(f"{where}: needs 2-6 candidate parents")
            parents = parents if isinstance(parents, list) else []
        cross = False
        for j, p in enumerate(parents, 1):
            if not isinstance(p, dict) or set(p) != PARENT_KEYS:
                errors.append(f"{where}: parent {j} must have exactly {sorted(PARENT_KEYS)}")
                continue
            if p["id"] != f"P{j}":
                errors.append(f"{where}: parent {j} id should be P{j}, got {p['id']}")
            pids.append(p["id"])
            if not nonempty_str(p["title"]):
                errors.append(f"{where}: parent {p['id']} empty title")
                continue
            krs = p["key_results"]
            if not isinstance(krs, list) or not all(nonempty_str(k) for k in krs) or len(krs) > 5:
                errors.append(f"{where}: parent {p['id']} key_results must be a list of 0-5 strings")
            elif krs:
                stats[lang]["parents_with_krs"] += 1
            if has_cjk(p["title"]) != (lang == "zh"):
                cross = True
        if len(set(pids)) != len(pids):
            errors.append(f"{where}: duplicate parent ids")
        stats[lang]["parents"] += len(parents)
        stats[lang][f"cases_with_{len(parents)}_parents"] += 1
        if cross:
            stats[lang]["cases_with_other_language_parent"] += 1

        # objective
        o = c["objective"]
        if not isinstance(o, dict) or set(o) != OBJ_KEYS:
            errors.append(f"{where}: objective must have exactly {sorted(OBJ_KEYS)}")
            continue
        if not nonempty_str(o["id"]) or o["id"] in pids:
            errors.append(f"{where}: bad objective id")
        if not nonempty_str(o["title"]):
            errors.append(f"{where}: objective title empty")
            continue
        krs = o["key_results"]
        if not isinstance(krs, list) or not 1 <= len(krs) <= 4 or not all(nonempty_str(k) for k in krs):
            errors.append(f"{where}: objective needs 1-4 key results (strings)")
            krs = []
        texts = [o["title"]] + krs
        if lang == "zh" and not all(has_cjk(t) for t in texts):
            errors.append(f"{where}: zh child title/KRs must be written in Chinese")
        if lang == "en" and any(has_cjk(t) for t in texts):
            errors.append(f"{where}: en child title/KRs contain Chinese characters")
        aligned = o["aligned_to"]
        if not isinstance(aligned, list) or len(set(aligned)) != len(aligned):
            errors.append(f"{where}: aligned_to must be a list without duplicates")
            continue
        for a in aligned:
            if a not in pids:
                errors.append(f"{where}: aligned_to {a} is not a candidate parent")
        if len(aligned) >= 2:
            stats[lang]["two_or_more_declared"] += 1
        if len(aligned) >= len(pids):
            errors.append(f"{where}: every candidate is declared; leave at least one undeclared")

        # label consistency
        exp, best = c["expect"], c["best_parent"]
        if exp not in LABELS:
            errors.append(f"{where}: expect '{exp}' not one of {LABELS}")
            continue
        labels[lang][exp] += 1
        if best is not None and best not in pids:
            errors.append(f"{where}: best_parent {best} is not a candidate parent")
        if exp is None:
            if not aligned:
                errors.append(f"{where}: null needs declared parents")
            if best not in aligned:
                errors.append(f"{where}: null needs best_parent among the declared parents")
        elif exp == "ALIGN_WEAK":
            if not aligned:
                errors.append(f"{where}: ALIGN_WEAK needs declared parents")
            if best is not None and best in aligned:
                errors.append(f"{where}: ALIGN_WEAK best_parent must be an undeclared candidate or null")
            if best is None:
                stats[lang]["weak_best_null"] += 1
        elif exp == "ALIGN_NONE":
            if aligned:
                errors.append(f"{where}: ALIGN_NONE must declare nothing")
            if best is not None:
                errors.append(f"{where}: ALIGN_NONE needs best_parent null")
        elif exp == "ALIGN_SUGGESTED":
            if aligned:
                errors.append(f"{where}: ALIGN_SUGGESTED must declare nothing")
            if best is None:
                errors.append(f"{where}: ALIGN_SUGGESTED must name best_parent")
        if best is not None:
            best_pos[best] += 1

    for l in LANGS:
        if sorted(nums[l]) != list(range(1, PER_LANG + 1)):
            errors.append(f"{l}: ids must run b11a-{l}-001 .. b11a-{l}-{PER_LANG:03d} without gaps")
        for lab, n in TARGET.items():
            if labels[l][lab] != n:
                errors.append(f"{l}: {lab or 'null'} count {labels[l][lab]} != {n}")
        s = stats[l]
        if s["weak_best_null"] < MIN_WEAK_NULL:
            errors.append(f"{l}: need at least {MIN_WEAK_NULL} ALIGN_WEAK case with best_parent null")
        if s["two_or_more_declared"] < MIN_TWO_DECLARED:
            errors.append(f"{l}: need at least {MIN_TWO_DECLARED} cases declaring two parents")
        if s["cases_with_other_language_parent"] < MIN_CROSS_LANG_CASES:
            errors.append(f"{l}: need at least {MIN_CROSS_LANG_CASES} cases with an other-language parent")
        if s["parents_with_krs"] < MIN_PARENTS_WITH_KRS:
            errors.append(f"{l}: need at least {MIN_PARENTS_WITH_KRS} parents with key results")
        three_four = s["cases_with_3_parents"] + s["cases_with_4_parents"]
        if three_four * 2 <= PER_LANG:
            errors.append(f"{l}: most cases should have 3-4 candidate parents")
    return errors, stats, labels, best_pos


def header(stats, labels, best_pos, n):
    out = [
        "# blind11: alignment check, bilingual OKR checker (blind set, written by hand)",
        f"# cases: {n}  | licence: CC BY 4.0  | header written by validate_alignment.py",
    ]
    for l in LANGS:
        lab = labels[l]
        s = stats[l]
        out.append(
            f"# {l}: null {lab[None]}, ALIGN_WEAK {lab['ALIGN_WEAK']} (best_parent null: {s['weak_best_null']}), "
            f"ALIGN_NONE {lab['ALIGN_NONE']}, ALIGN_SUGGESTED {lab['ALIGN_SUGGESTED']}"
        )
        sizes = ", ".join(f"{k}:{s[f'cases_with_{k}_parents']}" for k in range(2, 7) if s[f"cases_with_{k}_parents"])
        out.append(
            f"#     parents {s['parents']} (cases by candidate count {sizes}); two declared parents: "
            f"{s['two_or_more_declared']}; other-language parent: {s['cases_with_other_language_parent']}; "
            f"parents with KRs: {s['parents_with_krs']}"
        )
    pos = ", ".join(f"{k} {best_pos[k]}" for k in sorted(best_pos, key=lambda x: int(x[1:])))
    out.append(f"# best_parent position: {pos}")
    return "\n".join(out) + "\n"


def main(argv):
    write = "--no-write" not in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else DEFAULT
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines(keepends=True)
    k = 0
    while k < len(lines) and (lines[k].startswith("#") or lines[k].strip() == ""):
        k += 1
    body = "".join(lines[k:])
    try:
        cases = yaml.safe_load(body)
    except yaml.YAMLError as e:
        print(f"FAIL: YAML does not parse: {e}")
        return 1
    errors, stats, labels, best_pos = check(cases)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    hdr = header(stats, labels, best_pos, len(cases))
    print(hdr, end="")
    if write:
        with open(path, "w", encoding="utf-8") as f:
            f.write(hdr + "\n" + body)
        print(f"PASS: header written to {path}")
    else:
        print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
