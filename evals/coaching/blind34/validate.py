#!/usr/bin/env python3
"""Validate blind set blind34 (notes_en.yaml, notes_zh.yaml).

Python 3 + PyYAML only. Usage:
    python3 validate.py            # check; exit 1 on any error
    python3 validate.py --header   # print the COUNTS header line each file should carry

Checks: record structure, ids in sequence, lang, category/subtype vocabulary, every flag
text an exact substring occurring exactly once in its note, no overlapping flags within a
note, no flag equal to an example phrase quoted in the label definitions, the target
counts (45 notes, 15 clean, ~60 flags, biased ~1/3, every biased subtype present), Chinese
notes actually written in Chinese, and that the COUNTS comment header matches the data.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 75)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.42)    # "biased about one third"
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
REQUIRED = ["id", "lang", "employee_role", "note", "flags"]
OPTIONAL = {"why"}

# Example phrases quoted in the label definitions: no flag may be exactly one of these.
BANNED = {
    "good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "不够主动", "能力一般", "有待提高", "abrasive", "aggressive", "emotional", "lazy",
    "arrogant", "脾气差", "性格太内向", "情商低", "玻璃心", "too old to learn", "年轻人就是浮躁",
    "35 岁了", "女生就是细心", "for a woman", "bossy", "刚生完孩子精力不够", "has kids so can't travel",
    "外地人", "not a native speaker so", "有乙肝", "his depression", "not leadership material",
    "not a culture fit", "不像做管理的料", "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls", "从没出过错",
    "she is not lazy at all", "并不是不主动",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def load(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return text, yaml.safe_load(text)


def stats(records):
    s = {"notes": len(records), "clean": 0, "flags": 0}
    for c in sorted(CATEGORIES):
        s[c] = 0
    for t in sorted(SUBTYPES):
        s[t] = 0
    for r in records:
        flags = r.get("flags") or []
        if not flags:
            s["clean"] += 1
        for f in flags:
            s["flags"] += 1
            s[f["category"]] += 1
            if f["category"] == "biased":
                s[f["subtype"]] += 1
    return s


def header_line(s):
    order = ["notes", "clean", "flags", "vague", "personality", "biased", "absolute",
             "age", "gender", "family", "origin", "health", "coded"]
    return " ".join(f"{k}={s[k]}" for k in order)


def check_file(lang, fname, all_errors):
    errors = []
    s = _check_file(lang, fname, errors)
    all_errors.extend(errors)
    return s


def _check_file(lang, fname, errors):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return None
    text, data = load(path)
    if not isinstance(data, list):
        errors.append(f"{fname}: top level must be a YAML list")
        return None
    if not text.startswith("#"):
        errors.append(f"{fname}: must open with a comment header")
    for i, r in enumerate(data, 1):
        want_id = f"b34n-{lang}-{i:03d}"
        where = f"{fname}[{i}]"
        if not isinstance(r, dict):
            errors.append(f"{where}: record is not a mapping")
            continue
        for k in REQUIRED:
            if k not in r:
                errors.append(f"{where}: missing key {k}")
        extra = set(r) - set(REQUIRED) - OPTIONAL
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        if r.get("id") != want_id:
            errors.append(f"{where}: id {r.get('id')!r}, expected {want_id}")
        if r.get("lang") != lang:
            errors.append(f"{where}: lang {r.get('lang')!r}, expected {lang}")
        for k in ("employee_role", "note"):
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                errors.append(f"{where}: {k} must be a non-empty string")
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
            errors.append(f"{where}: why must be a non-empty string when present")
        note = r.get("note") or ""
        if lang == "zh" and len(CJK.findall(note)) < 15:
            errors.append(f"{where}: zh note has too little Chinese text")
        if lang == "en" and len(CJK.findall(note)) > 0:
            errors.append(f"{where}: en note contains Chinese characters")
        flags = r.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list ([] when clean)")
            continue
        spans = []
        for j, f in enumerate(flags, 1):
            fw = f"{where}.flags[{j}]"
            if not isinstance(f, dict):
                errors.append(f"{fw}: flag is not a mapping")
                continue
            keys = set(f)
            if not {"text", "category"} <= keys or keys - {"text", "category", "subtype"}:
                errors.append(f"{fw}: keys must be text, category[, subtype], got {sorted(keys)}")
                continue
            t, c = f["text"], f["category"]
            if c not in CATEGORIES:
                errors.append(f"{fw}: bad category {c!r}")
            if c == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{fw}: biased flag needs subtype in {sorted(SUBTYPES)}")
            elif "subtype" in f:
                errors.append(f"{fw}: subtype only allowed for biased")
            if not isinstance(t, str) or not t:
                errors.append(f"{fw}: empty text")
                continue
            if t != t.strip():
                errors.append(f"{fw}: text has leading/trailing whitespace")
            n = note.count(t)
            if n != 1:
                errors.append(f"{fw}: text {t!r} occurs {n} times in note (must be exactly 1)")
                continue
            if t.lower() in BANNED:
                errors.append(f"{fw}: text {t!r} copies an example phrase from the definitions")
            start = note.index(t)
            spans.append((start, start + len(t), t))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: flags overlap: {a[2]!r} / {b[2]!r}")
    ids = [r.get("id") for r in data if isinstance(r, dict)]
    if len(ids) != len(set(ids)):
        errors.append(f"{fname}: duplicate ids")
    if errors:
        return None
    s = stats(data)
    if s["notes"] != N_NOTES:
        errors.append(f"{fname}: {s['notes']} notes, expected {N_NOTES}")
    if s["clean"] != N_CLEAN:
        errors.append(f"{fname}: {s['clean']} clean notes, expected {N_CLEAN}")
    if not FLAG_RANGE[0] <= s["flags"] <= FLAG_RANGE[1]:
        errors.append(f"{fname}: {s['flags']} flags, expected about 60 {FLAG_RANGE}")
    share = s["biased"] / max(s["flags"], 1)
    if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
        errors.append(f"{fname}: biased share {share:.2f} outside {BIASED_SHARE}")
    for c in CATEGORIES:
        if s[c] == 0:
            errors.append(f"{fname}: category {c} absent")
    for t in SUBTYPES:
        if s[t] == 0:
            errors.append(f"{fname}: biased subtype {t} absent")
    m = re.search(r"^# COUNTS \(machine-checked by validate\.py\): (.*)$", text, re.M)
    if not m:
        errors.append(f"{fname}: no '# COUNTS (machine-checked by validate.py): ...' header line")
    elif m.group(1).strip() != header_line(s):
        errors.append(f"{fname}: header counts {m.group(1).strip()!r} != actual {header_line(s)!r}")
    return s


def main():
    errors = []
    results = {}
    for lang, fname in FILES.items():
        results[lang] = check_file(lang, fname, errors)
    if "--header" in sys.argv:
        for lang, fname in FILES.items():
            _, data = load(os.path.join(HERE, fname))
            print(f"{fname}: {header_line(stats(data))}")
        return 0
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    for lang, s in results.items():
        print(f"{FILES[lang]}: {header_line(s)} biased_share={s['biased'] / s['flags']:.2f}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
