#!/usr/bin/env python3
"""Validator for blind set blind26 (manager notes with flagged wording).

Python 3 + PyYAML only.  Usage:
    python3 validate.py            # validate notes_en.yaml and notes_zh.yaml
    python3 validate.py --counts   # print the count lines for the file headers

Checks: record structure, id sequence, lang, categories and subtypes, every
flag text is an exact substring occurring exactly once and not overlapping
another flag of the same note, 45 notes / 15 clean per language, flag totals
and spread (biased about one third, every subtype present), and that the
'# counts:' / '# biased_subtypes:' header lines equal the computed counts.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 80)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.45)    # "biased about one third"
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
OPTIONAL_KEYS = {"why"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def compute_counts(records):
    c = {"notes": len(records), "clean": 0, "flags": 0}
    c.update({k: 0 for k in CATEGORIES})
    sub = {k: 0 for k in SUBTYPES}
    for r in records:
        flags = r.get("flags") or []
        if not flags:
            c["clean"] += 1
        for f in flags:
            c["flags"] += 1
            if f.get("category") in c:
                c[f["category"]] += 1
            if f.get("category") == "biased" and f.get("subtype") in sub:
                sub[f["subtype"]] += 1
    return c, sub


def header_lines(c, sub):
    a = "# counts: " + " ".join(f"{k}={c[k]}" for k in
                                ("notes", "clean", "flags") + CATEGORIES)
    b = "# biased_subtypes: " + " ".join(f"{k}={sub[k]}" for k in SUBTYPES)
    return a, b


def check_file(lang, path, errors, warnings):
    def err(msg):
        errors.append(f"{os.path.basename(path)}: {msg}")

    def warn(msg):
        warnings.append(f"{os.path.basename(path)}: {msg}")

    if not os.path.exists(path):
        err("missing file")
        return None
    text = open(path, encoding="utf-8").read()
    try:
        records = yaml.safe_load(text)
    except yaml.YAMLError as e:
        err(f"YAML error: {e}")
        return None
    if not isinstance(records, list):
        err("top level is not a list")
        return None

    head = []
    for line in text.splitlines():
        if line.startswith("#"):
            head.append(line)
        elif line.strip():
            break
    head_txt = "\n".join(head)
    for needle in ("# counts:", "# biased_subtypes:", "source", "licen"):
        if needle not in head_txt.lower() and needle not in head_txt:
            err(f"comment header lacks '{needle}'")

    expected_ids = [f"b26n-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in records]
    if ids != expected_ids:
        err(f"ids are not exactly {expected_ids[0]} ... {expected_ids[-1]} in order")

    for r in records:
        if not isinstance(r, dict):
            err(f"record is not a mapping: {r!r}")
            continue
        rid = r.get("id", "?")
        keys = set(r)
        if not REQUIRED_KEYS <= keys:
            err(f"{rid}: missing keys {sorted(REQUIRED_KEYS - keys)}")
        if keys - REQUIRED_KEYS - OPTIONAL_KEYS:
            err(f"{rid}: unknown keys {sorted(keys - REQUIRED_KEYS - OPTIONAL_KEYS)}")
        if r.get("lang") != lang:
            err(f"{rid}: lang is {r.get('lang')!r}, expected {lang!r}")
        for k in ("employee_role", "note"):
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f"{rid}: {k} must be a non-empty string")
        if "why" in r and not isinstance(r["why"], str):
            err(f"{rid}: why must be a string")
        note = r.get("note") or ""
        if lang == "zh" and not CJK.search(note):
            err(f"{rid}: zh note has no Chinese characters")
        if lang == "en" and CJK.search(note):
            err(f"{rid}: en note contains Chinese characters")
        flags = r.get("flags")
        if not isinstance(flags, list):
            err(f"{rid}: flags must be a list ([] when clean)")
            continue
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                err(f"{rid}: flag is not a mapping: {f!r}")
                continue
            t, cat = f.get("text"), f.get("category")
            extra = set(f) - {"text", "category", "subtype"}
            if extra:
                err(f"{rid}: flag has unknown keys {sorted(extra)}")
            if cat not in CATEGORIES:
                err(f"{rid}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{rid}: biased flag {t!r} needs a subtype from {SUBTYPES}")
            elif "subtype" in f:
                err(f"{rid}: subtype given on non-biased flag {t!r}")
            if not isinstance(t, str) or not t:
                err(f"{rid}: flag text must be a non-empty string")
                continue
            n = note.count(t)
            if n != 1:
                err(f"{rid}: flag text {t!r} occurs {n} times in the note (must be 1)")
                continue
            if t != t.strip():
                err(f"{rid}: flag text {t!r} has leading/trailing whitespace")
            start = note.index(t)
            spans.append((start, start + len(t), t))
            size = len(t.split()) if lang == "en" else len(re.sub(r"\s", "", t))
            if (lang == "en" and size > 9) or (lang == "zh" and size > 14):
                warn(f"{rid}: long span {t!r} ({size})")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(f"{rid}: flags {t1!r} and {t2!r} overlap")

    c, sub = compute_counts(records)
    if c["notes"] != N_NOTES:
        err(f"{c['notes']} notes, expected {N_NOTES}")
    if c["clean"] != N_CLEAN:
        err(f"{c['clean']} clean notes, expected {N_CLEAN}")
    if not FLAG_RANGE[0] <= c["flags"] <= FLAG_RANGE[1]:
        err(f"{c['flags']} flags, expected {FLAG_RANGE[0]}-{FLAG_RANGE[1]}")
    for k in CATEGORIES:
        if c[k] < 8:
            err(f"only {c[k]} {k} flags")
    share = c["biased"] / c["flags"] if c["flags"] else 0
    if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
        err(f"biased share {share:.2f} outside {BIASED_SHARE}")
    for k in SUBTYPES:
        if sub[k] == 0:
            err(f"biased subtype {k} absent")
    a, b = header_lines(c, sub)
    if a not in head:
        err(f"header counts line missing or stale; expected: {a}")
    if b not in head:
        err(f"header subtypes line missing or stale; expected: {b}")
    return c, sub


def main():
    errors, warnings = [], []
    results = {}
    for lang, fn in FILES.items():
        results[lang] = check_file(lang, os.path.join(HERE, fn), errors, warnings)
    if "--counts" in sys.argv:
        for lang, res in results.items():
            if res:
                print(lang)
                print("\n".join(header_lines(*res)))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    for lang, res in results.items():
        if res:
            c, sub = res
            print(f"{lang}: " + ", ".join(f"{k}={v}" for k, v in c.items())
                  + " | " + ", ".join(f"{k}={v}" for k, v in sub.items())
                  + f" | biased share {c['biased'] / max(c['flags'], 1):.2f}")
    if errors:
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
