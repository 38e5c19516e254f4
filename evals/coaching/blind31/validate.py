#!/usr/bin/env python3
"""Validate blind set blind31 (notes_en.yaml, notes_zh.yaml).

Python 3 + PyYAML only. Usage: python3 validate.py  (run from any directory)
Exit code 0 when every check passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
PREFIX = "b31n"
N_NOTES = 45
N_CLEAN = 15
FLAGS_RANGE = (55, 72)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.42)     # "about one third"
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
KEYS_ALLOWED = KEYS_REQUIRED | {"why"}

# Example phrases quoted in the label definitions: no note may contain them.
FORBIDDEN = [
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "too old to learn", "for a woman", "bossy",
    "has kids so can't travel", "not a native speaker so", "his depression",
    "not leadership material", "not a culture fit", "abrasive", "aggressive",
    "emotional", "lazy", "arrogant", "never", "always", "every time",
    "constantly", "never meets deadlines", "has not missed a single deadline",
    "always prepared for client calls", "he never calls back",
    "she is not lazy at all", "since becoming a mother",
    "态度不错", "不够主动", "能力一般", "有待提高", "女生就是细心", "脾气差",
    "性格太内向", "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "35岁了",
    "刚生完孩子精力不够", "外地人", "有乙肝", "不像做管理的料", "从来不",
    "每次都", "总是", "一直", "每次都迟到", "从没出过错", "并不是不主动",
]

CJK = re.compile(r"[\u4e00-\u9fff]")


def header_counts(path):
    """Read '# counts:' and '# biased subtypes:' lines from the file header."""
    counts, subs, has_sources, has_licence = {}, {}, False, False
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                if line.strip():
                    break
                continue
            low = line.lower()
            if low.startswith("# counts:"):
                counts = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}
            elif low.startswith("# biased subtypes:"):
                subs = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}
            elif low.startswith("# sources"):
                has_sources = True
            elif low.startswith("# licence") or low.startswith("# license"):
                has_licence = "cc by 4.0" in low
    return counts, subs, has_sources, has_licence


def check_file(lang, fname):
    errors = []
    path = os.path.join(HERE, fname)
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        return [f"{fname}: top level must be a list"], {}

    if len(data) != N_NOTES:
        errors.append(f"{fname}: {len(data)} notes, expected {N_NOTES}")

    cat_count, sub_count = Counter(), Counter()
    n_clean = n_flags = 0
    for i, rec in enumerate(data, 1):
        want_id = f"{PREFIX}-{lang}-{i:03d}"
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = f"{fname}:{rid or i}"
        if not isinstance(rec, dict):
            errors.append(f"{where}: record is not a mapping")
            continue
        keys = set(rec)
        if KEYS_REQUIRED - keys:
            errors.append(f"{where}: missing keys {sorted(KEYS_REQUIRED - keys)}")
        if keys - KEYS_ALLOWED:
            errors.append(f"{where}: unknown keys {sorted(keys - KEYS_ALLOWED)}")
        if rid != want_id:
            errors.append(f"{where}: id should be {want_id}")
        if rec.get("lang") != lang:
            errors.append(f"{where}: lang should be {lang}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            errors.append(f"{where}: employee_role must be a non-empty string")
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            errors.append(f"{where}: why must be a non-empty string when present")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note must be a non-empty string")
            continue
        if lang == "zh" and len(CJK.findall(note)) < 20:
            errors.append(f"{where}: zh note has too few Chinese characters")
        if lang == "en" and CJK.search(note):
            errors.append(f"{where}: en note contains Chinese characters")
        low = note.lower()
        for phrase in FORBIDDEN:
            if phrase.lower() in low:
                errors.append(f"{where}: note contains definition example phrase {phrase!r}")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list")
            continue
        if not flags:
            n_clean += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append(f"{where}: flag is not a mapping: {f!r}")
                continue
            fk = set(f)
            if not fk <= {"text", "category", "subtype"}:
                errors.append(f"{where}: flag has unknown keys {sorted(fk)}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                errors.append(f"{where}: flag text missing")
                continue
            if cat not in CATEGORIES:
                errors.append(f"{where}: bad category {cat!r} for {text!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{where}: biased flag {text!r} needs a valid subtype")
                else:
                    sub_count[f["subtype"]] += 1
            elif "subtype" in f:
                errors.append(f"{where}: subtype only allowed on biased ({text!r})")
            occ = note.count(text)
            if occ != 1:
                errors.append(f"{where}: flag {text!r} occurs {occ} times in note (need 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            cat_count[cat] += 1
            n_flags += 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: flags overlap: {a[2]!r} / {b[2]!r}")

    if n_clean != N_CLEAN:
        errors.append(f"{fname}: {n_clean} clean notes, expected {N_CLEAN}")
    if not FLAGS_RANGE[0] <= n_flags <= FLAGS_RANGE[1]:
        errors.append(f"{fname}: {n_flags} flags, expected {FLAGS_RANGE[0]}-{FLAGS_RANGE[1]}")
    missing = SUBTYPES - set(sub_count)
    if missing:
        errors.append(f"{fname}: biased subtypes missing: {sorted(missing)}")
    for cat in CATEGORIES:
        if cat_count[cat] == 0:
            errors.append(f"{fname}: no flags of category {cat}")
    if n_flags:
        share = cat_count["biased"] / n_flags
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            errors.append(f"{fname}: biased share {share:.2f} outside {BIASED_SHARE}")

    stats = {
        "notes": len(data), "clean": n_clean, "flagged": len(data) - n_clean,
        "flags": n_flags, **{c: cat_count[c] for c in ("vague", "personality", "biased", "absolute")},
    }
    subs = {s: sub_count[s] for s in ("age", "gender", "family", "origin", "health", "coded")}

    hc, hs, has_src, has_lic = header_counts(path)
    if hc != stats:
        errors.append(f"{fname}: header counts {hc} != computed {stats}")
    if hs != subs:
        errors.append(f"{fname}: header subtypes {hs} != computed {subs}")
    if not has_src:
        errors.append(f"{fname}: header lacks a '# sources' line")
    if not has_lic:
        errors.append(f"{fname}: header lacks '# licence: CC BY 4.0'")
    return errors, {"stats": stats, "subtypes": subs}


def main():
    all_errors = []
    for lang, fname in FILES.items():
        errs, info = check_file(lang, fname)
        all_errors += errs
        if info:
            s, t = info["stats"], info["subtypes"]
            print(f"{fname}: " + " ".join(f"{k}={v}" for k, v in s.items()))
            print(f"{' ' * len(fname)}  biased subtypes: " + " ".join(f"{k}={v}" for k, v in t.items()))
    for name in ("LABELS.md",):
        if not os.path.exists(os.path.join(HERE, name)):
            all_errors.append(f"{name} missing")
    if all_errors:
        print("\nFAIL")
        for e in all_errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
