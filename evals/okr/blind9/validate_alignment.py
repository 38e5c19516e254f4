#!/usr/bin/env python3
"""Validate the blind9 alignment set and write a count header into alignment.yaml.

Usage:
    python3 validate_alignment.py [path/to/alignment.yaml] [--no-write]

Checks structure, ids, languages, label / aligned_to / best_parent consistency,
key-result and parent counts and the label counts per language. When everything
passes, the leading comment block of the YAML file is replaced by a fresh count
header (unless --no-write). Exit code 0 = pass, 1 = errors. Needs Python 3 + PyYAML.
"""
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PATH = os.path.join(HERE, "alignment.yaml")

LANGS = ("en", "zh")
PER_LANG = 30
LABELS = (None, "ALIGN_WEAK", "ALIGN_NONE", "ALIGN_SUGGESTED")
EXPECTED_COUNTS = {None: 15, "ALIGN_WEAK": 6, "ALIGN_NONE": 4, "ALIGN_SUGGESTED": 5}
MIN_WEAK_NULL_BEST = 1          # per language
CASE_KEYS = {"id", "lang", "source", "parents", "objective", "expect", "best_parent", "note"}
PARENT_KEYS = {"id", "title", "key_results"}
OBJ_KEYS = {"id", "title", "key_results", "aligned_to"}
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def label_name(x):
    return "null" if x is None else x


def has_cjk(s):
    return bool(CJK.search(s or ""))


def text_lang(s):
    return "zh" if has_cjk(s) else "en"


def nonempty_str(x):
    return isinstance(x, str) and x.strip() != ""


def validate(cases):
    errors, warnings = [], []
    stats = collections.Counter()
    counts = {lang: collections.Counter() for lang in LANGS}
    weak_null = collections.Counter()
    best_pos = collections.Counter()
    seen_ids, seen_titles = set(), {}

    if not isinstance(cases, list):
        return ["top level must be a list of cases"], warnings, None

    for i, c in enumerate(cases):
        where = f"case #{i + 1}"
        if not isinstance(c, dict):
            errors.append(f"{where}: not a mapping")
            continue
        cid = c.get("id")
        where = f"{cid or where}"
        missing, extra = CASE_KEYS - set(c), set(c) - CASE_KEYS
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")

        # id and language
        m = re.fullmatch(r"b9a-(en|zh)-(\d{3})", str(cid))
        if not m:
            errors.append(f"{where}: id must look like b9a-en-001 / b9a-zh-001")
            id_lang = None
        else:
            id_lang = m.group(1)
            if not 1 <= int(m.group(2)) <= PER_LANG:
                errors.append(f"{where}: id number out of range 001-{PER_LANG:03d}")
        if cid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(cid)
        lang = c.get("lang")
        if lang not in LANGS:
            errors.append(f"{where}: lang must be en or zh")
        elif id_lang and lang != id_lang:
            errors.append(f"{where}: lang {lang} does not match id")
        if c.get("source") != "written":
            errors.append(f"{where}: source must be 'written'")

        # parents
        parents = c.get("parents")
        pids = []
        if not isinstance(parents, list) or not 2 <= len(parents) <= 6:
            errors.append(f"{where}: parents must be a list of 2-6 candidates")
            parents = parents if isinstance(parents, list) else []
        stats[f"parents_{len(parents)}"] += 1
        ptitles = set()
        for j, p in enumerate(parents, 1):
            if not isinstance(p, dict):
                errors.append(f"{where}: parent {j} is not a mapping")
                continue
            if set(p) != PARENT_KEYS:
                errors.append(f"{where}: parent {j} keys must be {sorted(PARENT_KEYS)}")
            if p.get("id") != f"P{j}":
                errors.append(f"{where}: parent {j} id should be P{j} (got {p.get('id')})")
            pids.append(p.get("id"))
            if not nonempty_str(p.get("title")):
                errors.append(f"{where}: parent {p.get('id')} has no title")
            elif p["title"] in ptitles:
                errors.append(f"{where}: duplicate parent title {p['title']!r}")
            else:
                ptitles.add(p["title"])
            krs = p.get("key_results")
            if not isinstance(krs, list) or not all(nonempty_str(k) for k in krs):
                errors.append(f"{where}: parent {p.get('id')} key_results must be a list of strings")
                krs = []
            if len(krs) > 5:
                errors.append(f"{where}: parent {p.get('id')} has more than 5 key results")
            stats["parents_total"] += 1
            stats["parents_with_krs" if krs else "parents_title_only"] += 1
            if nonempty_str(p.get("title")) and lang in LANGS and text_lang(p["title"]) != lang:
                stats["parents_other_lang"] += 1
                stats[f"cases_other_lang_{lang}"] += 0  # ensure key exists
                c.setdefault("_other_lang", True)

        if c.pop("_other_lang", False):
            stats[f"cases_other_lang_{lang}"] += 1

        # objective
        obj = c.get("objective")
        if not isinstance(obj, dict):
            errors.append(f"{where}: objective missing")
            obj = {}
        elif set(obj) != OBJ_KEYS:
            errors.append(f"{where}: objective keys must be {sorted(OBJ_KEYS)}")
        if obj.get("id") != "O1":
            errors.append(f"{where}: objective id must be O1")
        title = obj.get("title")
        if not nonempty_str(title):
            errors.append(f"{where}: objective title missing")
            title = ""
        okrs = obj.get("key_results")
        if not isinstance(okrs, list) or not 1 <= len(okrs) <= 4 or not all(nonempty_str(k) for k in okrs):
            errors.append(f"{where}: objective key_results must be 1-4 non-empty strings")
            okrs = okrs if isinstance(okrs, list) else []
        if lang == "zh":
            if not has_cjk(title):
                errors.append(f"{where}: zh child title contains no Chinese")
            if okrs and not any(has_cjk(k) for k in okrs if isinstance(k, str)):
                errors.append(f"{where}: zh child key results contain no Chinese")
        elif lang == "en":
            if has_cjk(title) or any(has_cjk(k) for k in okrs if isinstance(k, str)):
                errors.append(f"{where}: en child contains Chinese characters")
        if title in seen_titles:
            errors.append(f"{where}: child title duplicates {seen_titles[title]}")
        seen_titles[title] = cid

        aligned = obj.get("aligned_to")
        if not isinstance(aligned, list):
            errors.append(f"{where}: aligned_to must be a list")
            aligned = []
        if len(set(aligned)) != len(aligned):
            errors.append(f"{where}: aligned_to has duplicates")
        for a in aligned:
            if a not in pids:
                errors.append(f"{where}: aligned_to {a} is not a candidate parent")
        if len(aligned) >= 2:
            stats["cases_two_plus_declared"] += 1
        if len(parents) and len(aligned) == len(parents):
            warnings.append(f"{where}: every candidate is declared")

        # label consistency
        exp = c.get("expect")
        best = c.get("best_parent")
        if exp not in LABELS:
            errors.append(f"{where}: expect must be null or one of {LABELS[1:]}")
        if best is not None and best not in pids:
            errors.append(f"{where}: best_parent {best} is not a candidate parent")
        if exp is None:
            if not aligned:
                errors.append(f"{where}: null needs a declared parent")
            if best is None or best not in aligned:
                errors.append(f"{where}: null needs best_parent = a declared parent")
        elif exp == "ALIGN_WEAK":
            if not aligned:
                errors.append(f"{where}: ALIGN_WEAK needs a declared parent")
            if best is not None and best in aligned:
                errors.append(f"{where}: ALIGN_WEAK best_parent must not be a declared parent")
            if best is None and lang in LANGS:
                weak_null[lang] += 1
        elif exp == "ALIGN_NONE":
            if aligned:
                errors.append(f"{where}: ALIGN_NONE must have aligned_to: []")
            if best is not None:
                errors.append(f"{where}: ALIGN_NONE must have best_parent: null")
        elif exp == "ALIGN_SUGGESTED":
            if aligned:
                errors.append(f"{where}: ALIGN_SUGGESTED must have aligned_to: []")
            if best is None:
                errors.append(f"{where}: ALIGN_SUGGESTED needs a best_parent")
        if best in pids:
            best_pos[pids.index(best) + 1] += 1

        # note
        note = c.get("note")
        if not nonempty_str(note) or len(note) < 40:
            errors.append(f"{where}: note missing or too short")
        elif has_cjk(note):
            errors.append(f"{where}: note must be written in English (no Chinese characters)")

        if lang in LANGS and exp in LABELS:
            counts[lang][exp] += 1

    # set-level checks
    for lang in LANGS:
        ids = {f"b9a-{lang}-{n:03d}" for n in range(1, PER_LANG + 1)}
        missing = sorted(ids - seen_ids)
        if missing:
            errors.append(f"{lang}: missing ids {missing[:5]}{'...' if len(missing) > 5 else ''}")
        for lab, n in EXPECTED_COUNTS.items():
            if counts[lang][lab] != n:
                errors.append(f"{lang}: {label_name(lab)} count {counts[lang][lab]}, expected {n}")
        if weak_null[lang] < MIN_WEAK_NULL_BEST:
            errors.append(f"{lang}: needs at least {MIN_WEAK_NULL_BEST} ALIGN_WEAK case with best_parent null")
        if stats[f"cases_other_lang_{lang}"] == 0:
            errors.append(f"{lang}: no case has a parent in the other language")
    n = len(cases)
    if n != PER_LANG * len(LANGS):
        errors.append(f"expected {PER_LANG * len(LANGS)} cases, found {n}")
    if stats["parents_title_only"] <= stats["parents_with_krs"]:
        errors.append("parents should mostly be titles only")
    if stats["parents_with_krs"] == 0:
        errors.append("some parents should carry key results")
    if stats["parents_3"] + stats["parents_4"] < n / 2:
        errors.append("most cases should have 3-4 candidate parents")
    if stats["cases_two_plus_declared"] < 3:
        errors.append("several cases should declare two parents")
    # the right parent's position should carry little information
    if best_pos:
        top = max(best_pos.values())
        total = sum(best_pos.values())
        if top > 0.4 * total:
            warnings.append(f"best_parent position skewed: {dict(sorted(best_pos.items()))}")

    summary = dict(counts=counts, weak_null=weak_null, stats=stats, best_pos=best_pos, n=n)
    return errors, warnings, summary


def header(summary):
    counts, weak_null, stats = summary["counts"], summary["weak_null"], summary["stats"]
    lines = [
        "# blind9 - alignment check, blind evaluation set (written by hand, CC BY 4.0)",
        f"# {summary['n']} cases: en {sum(counts['en'].values())}, zh {sum(counts['zh'].values())}",
    ]
    for lang in LANGS:
        c = counts[lang]
        lines.append(
            f"# {lang}: null {c[None]}, ALIGN_WEAK {c['ALIGN_WEAK']} "
            f"(best_parent null: {weak_null[lang]}), ALIGN_NONE {c['ALIGN_NONE']}, "
            f"ALIGN_SUGGESTED {c['ALIGN_SUGGESTED']}")
    dist = ", ".join(f"{k}:{stats.get(f'parents_{k}', 0)}" for k in range(2, 7))
    lines.append(f"# candidate parents per case (n:cases): {dist}; "
                 f"{stats['parents_total']} parents, {stats['parents_with_krs']} with key results, "
                 f"{stats['parents_other_lang']} in the other language")
    lines.append(f"# cases declaring 2+ parents: {stats['cases_two_plus_declared']}; "
                 f"best_parent position (pos:count): "
                 + ", ".join(f"P{k}:{v}" for k, v in sorted(summary["best_pos"].items())))
    lines.append("# header written by validate_alignment.py - do not edit by hand")
    return "\n".join(lines) + "\n"


def write_header(path, head):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    k = 0
    while k < len(lines) and (lines[k].startswith("#") or not lines[k].strip()):
        k += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + "\n" + "".join(lines[k:]))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    path = args[0] if args else DEFAULT_PATH
    with open(path, encoding="utf-8") as f:
        cases = yaml.safe_load(f)
    errors, warnings, summary = validate(cases)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    head = header(summary)
    if "--no-write" not in argv:
        write_header(path, head)
    print(head, end="")
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
