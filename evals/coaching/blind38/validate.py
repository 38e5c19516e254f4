#!/usr/bin/env python3
"""Validator for blind set blind38 (manager notes with flagged wording).

Checks structure, label rules and target counts of notes_en.yaml and notes_zh.yaml.
Python 3 + PyYAML only.

    python3 validate.py                # check; exit 1 on any error
    python3 validate.py --write-header # rewrite the '# COUNTS' header line from the data, then check
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 75)            # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.45)      # "biased about one third"
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags"}
OPTIONAL_KEYS = {"why"}
HEADER_PREFIX = "# COUNTS (machine-checked by validate.py): "

# Example phrases quoted in the label definitions; no note may contain them as wholes.
BANNED = [
    "good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant", "too old to learn",
    "for a woman", "bossy", "has kids so can't travel", "not a native speaker so",
    "his depression", "not leadership material", "not a culture fit", "never meets deadlines",
    "has not missed a single deadline", "always prepared for client calls", "he never calls back",
    "she is not lazy at all", "since becoming a mother she is less committed",
    "on parental leave from 3 march to 30 june",
    "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "35岁了", "女生就是细心", "刚生完孩子精力不够", "外地人", "有乙肝",
    "不像做管理的料", "每次都迟到", "从没出过错", "并不是不主动",
]

CJK = re.compile(r"[\u4e00-\u9fff]")


def counts_line(records):
    flags = [f for r in records for f in r["flags"]]
    cat = Counter(f["category"] for f in flags)
    sub = Counter(f["subtype"] for f in flags if f["category"] == "biased")
    clean = sum(1 for r in records if not r["flags"])
    parts = [f"notes={len(records)}", f"clean={clean}", f"flagged={len(records) - clean}",
             f"flags={len(flags)}"]
    parts += [f"{c}={cat.get(c, 0)}" for c in ("vague", "personality", "biased", "absolute")]
    parts += [f"biased.{s}={sub.get(s, 0)}" for s in ("age", "gender", "family", "origin", "health", "coded")]
    return " ".join(parts)


def check_file(lang, path, errors, warnings, write_header=False):
    text = path.read_text(encoding="utf-8")
    try:
        records = yaml.safe_load(text)
    except yaml.YAMLError as e:
        errors.append(f"{path.name}: YAML error: {e}")
        return None
    if not isinstance(records, list):
        errors.append(f"{path.name}: top level must be a list")
        return None
    if not text.startswith("#"):
        errors.append(f"{path.name}: must open with a comment header")

    if len(records) != N_NOTES:
        errors.append(f"{path.name}: expected {N_NOTES} records, found {len(records)}")
    expected_ids = [f"b38n-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in records]
    if ids != expected_ids[:len(ids)] or len(ids) != N_NOTES:
        errors.append(f"{path.name}: ids must run {expected_ids[0]} ... {expected_ids[-1]} in order")

    ok_records = []
    for r in records:
        rid = r.get("id", "?") if isinstance(r, dict) else "?"
        if not isinstance(r, dict):
            errors.append(f"{path.name}: record is not a mapping: {r!r}")
            continue
        keys = set(r)
        if not RECORD_KEYS <= keys:
            errors.append(f"{rid}: missing keys {sorted(RECORD_KEYS - keys)}")
            continue
        if keys - RECORD_KEYS - OPTIONAL_KEYS:
            errors.append(f"{rid}: unknown keys {sorted(keys - RECORD_KEYS - OPTIONAL_KEYS)}")
        if r["lang"] != lang:
            errors.append(f"{rid}: lang must be {lang}")
        for k in ("employee_role", "note"):
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"{rid}: {k} must be a non-empty string")
        if "why" in r and not (isinstance(r["why"], str) and r["why"].strip()):
            errors.append(f"{rid}: why must be a non-empty string when present")
        note = r["note"] if isinstance(r["note"], str) else ""
        if lang == "zh" and len(CJK.findall(note)) < 20:
            errors.append(f"{rid}: Chinese note has too few CJK characters")
        if lang == "en" and CJK.search(note):
            errors.append(f"{rid}: English note contains CJK characters")
        low = note.lower()
        for b in BANNED:
            if b.lower() in low:
                errors.append(f"{rid}: note copies a definition example phrase: {b!r}")
        flags = r["flags"]
        if not isinstance(flags, list):
            errors.append(f"{rid}: flags must be a list")
            continue
        spans = []
        for f in flags:
            if not isinstance(f, dict) or "text" not in f or "category" not in f:
                errors.append(f"{rid}: flag needs text and category: {f!r}")
                continue
            extra = set(f) - {"text", "category", "subtype"}
            if extra:
                errors.append(f"{rid}: flag has unknown keys {sorted(extra)}")
            t, c = f["text"], f["category"]
            if c not in CATEGORIES:
                errors.append(f"{rid}: bad category {c!r}")
            if c == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{rid}: biased flag {t!r} needs subtype in {sorted(SUBTYPES)}")
            elif "subtype" in f:
                errors.append(f"{rid}: subtype only allowed on biased flags ({t!r})")
            if not isinstance(t, str) or not t:
                errors.append(f"{rid}: empty flag text")
                continue
            if t != t.strip():
                errors.append(f"{rid}: flag text has leading/trailing whitespace: {t!r}")
            n = note.count(t)
            if n != 1:
                errors.append(f"{rid}: flag text {t!r} occurs {n} times in note (must be exactly 1)")
                continue
            start = note.index(t)
            spans.append((start, start + len(t), t))
            # span length guidance (warnings only)
            if lang == "en" and len(t.split()) > 10:
                warnings.append(f"{rid}: long English span ({len(t.split())} words): {t!r}")
            if lang == "zh" and len(t) > 15:
                warnings.append(f"{rid}: long Chinese span ({len(t)} chars): {t!r}")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f"{rid}: flags overlap: {t1!r} / {t2!r}")
        ok_records.append(r)

    # counts
    flags = [f for r in ok_records for f in r["flags"] if isinstance(f, dict)]
    clean = sum(1 for r in ok_records if not r["flags"])
    if clean != N_CLEAN:
        errors.append(f"{path.name}: expected {N_CLEAN} clean notes, found {clean}")
    if not FLAG_RANGE[0] <= len(flags) <= FLAG_RANGE[1]:
        errors.append(f"{path.name}: {len(flags)} flags, expected {FLAG_RANGE[0]}-{FLAG_RANGE[1]}")
    cat = Counter(f.get("category") for f in flags)
    for c in CATEGORIES:
        if cat.get(c, 0) < 8:
            errors.append(f"{path.name}: category {c} has only {cat.get(c, 0)} flags")
    if flags:
        share = cat.get("biased", 0) / len(flags)
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            errors.append(f"{path.name}: biased share {share:.2f} outside {BIASED_SHARE}")
    sub = Counter(f.get("subtype") for f in flags if f.get("category") == "biased")
    for s in SUBTYPES:
        if sub.get(s, 0) < 2:
            errors.append(f"{path.name}: biased subtype {s} has {sub.get(s, 0)} flags (need >= 2)")

    # header
    line = counts_line(ok_records)
    lines = text.splitlines(keepends=True)
    idx = next((i for i, l in enumerate(lines[:10]) if l.startswith(HEADER_PREFIX)), None)
    if idx is None:
        errors.append(f"{path.name}: header line starting {HEADER_PREFIX!r} not found")
    elif lines[idx].rstrip("\n") != HEADER_PREFIX + line:
        if write_header:
            lines[idx] = HEADER_PREFIX + line + "\n"
            path.write_text("".join(lines), encoding="utf-8")
            print(f"{path.name}: header rewritten")
        else:
            errors.append(f"{path.name}: header counts out of date; expected: {line}")
    print(f"{path.name}: {line}")
    return ok_records


def main():
    write_header = "--write-header" in sys.argv
    errors, warnings = [], []
    all_ids = []
    for lang, path in FILES.items():
        if not path.exists():
            errors.append(f"missing {path.name}")
            continue
        recs = check_file(lang, path, errors, warnings, write_header)
        if recs:
            all_ids += [r["id"] for r in recs]
    dup = [i for i, n in Counter(all_ids).items() if n > 1]
    if dup:
        errors.append(f"duplicate ids: {dup}")
    if not (HERE / "LABELS.md").exists():
        errors.append("missing LABELS.md")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
