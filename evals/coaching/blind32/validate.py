#!/usr/bin/env python3
"""Validator for the blind32 manager-notes set (Python 3 + PyYAML only).

Checks structure, ids, categories/subtypes, that every flag is an exact,
unique, non-overlapping substring of its note, the target counts, that the
header comment counts match the data, and that no note copies an example
phrase quoted in the label definitions.

Usage:  python3 validate.py            (exit code 0 = pass)
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_NOTES = 45
N_CLEAN = 15
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
FLAG_TOTAL_RANGE = (50, 75)          # "about 60 flags per language"
BIASED_SHARE_RANGE = (0.25, 0.42)    # "biased about one third"
EN_MAX_WORDS = 8                     # spans are "usually 1-6 words"
ZH_MAX_CHARS = 14                    # spans are "usually 2-10 characters"

# Example phrases quoted in the label definitions: no note may contain them.
BANNED_EN = [
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "abrasive", "aggressive", "emotional", "lazy",
    "arrogant", "too old to learn", "for a woman", "bossy",
    "has kids so can't travel", "not a native speaker", "his depression",
    "not leadership material", "not a culture fit", "every time",
    "never meets deadlines", "has not missed a single deadline",
    "always prepared for client calls", "he never calls back",
    "not lazy at all", "since becoming a mother", "on parental leave from 3 march",
    "flagged the outage risk",
]
BANNED_ZH = [
    "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向",
    "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "35岁了", "女生就是细心",
    "刚生完孩子精力不够", "外地人", "有乙肝", "不像做管理的料", "从来不",
    "每次都", "每次都迟到", "从没出过错", "并不是不主动",
]

CJK = re.compile(r"[\u4e00-\u9fff]")
HEADER_LINE = re.compile(r"^#\s*(counts|categories|biased_subtypes):\s*(.*)$")


def parse_header(path):
    """Read the key=value count lines from the leading comment block."""
    header = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                if line.strip():
                    break
                continue
            m = HEADER_LINE.match(line.strip())
            if m:
                for pair in m.group(2).split():
                    k, _, v = pair.partition("=")
                    header[(m.group(1), k)] = int(v)
    return header


def check_file(lang, fname, errors, warnings):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return None
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        errors.append(f"{fname}: top level must be a YAML list")
        return None
    if len(data) != N_NOTES:
        errors.append(f"{fname}: {len(data)} records, expected {N_NOTES}")

    expected_ids = [f"b32n-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in data]
    if ids != expected_ids[: len(ids)] or len(ids) != len(expected_ids):
        missing = sorted(set(expected_ids) - set(ids))
        extra = sorted(set(i for i in ids if i) - set(expected_ids))
        errors.append(f"{fname}: ids not the sequence {expected_ids[0]}..{expected_ids[-1]}"
                      f" (missing={missing[:5]}, unexpected={extra[:5]})")

    stats = {"notes": 0, "clean": 0, "flagged": 0, "flags": 0}
    cats = {c: 0 for c in CATEGORIES}
    subs = {s: 0 for s in SUBTYPES}
    seen_notes = set()
    banned = BANNED_EN if lang == "en" else BANNED_ZH

    for rec in data:
        if not isinstance(rec, dict):
            errors.append(f"{fname}: record is not a mapping: {rec!r}")
            continue
        rid = rec.get("id", "?")
        keys = set(rec)
        if REQUIRED_KEYS - keys:
            errors.append(f"{rid}: missing keys {sorted(REQUIRED_KEYS - keys)}")
        if keys - RECORD_KEYS:
            errors.append(f"{rid}: unknown keys {sorted(keys - RECORD_KEYS)}")
        if rec.get("lang") != lang:
            errors.append(f"{rid}: lang is {rec.get('lang')!r}, expected {lang!r}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 5:
            errors.append(f"{rid}: employee_role must be a non-empty string")
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            errors.append(f"{rid}: why must be a non-empty string when present")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{rid}: note must be a non-empty string")
            continue
        if note in seen_notes:
            errors.append(f"{rid}: duplicate note text")
        seen_notes.add(note)
        stats["notes"] += 1

        # language sanity
        n_cjk = len(CJK.findall(note))
        if lang == "zh" and n_cjk < 30:
            errors.append(f"{rid}: Chinese note has only {n_cjk} CJK characters")
        if lang == "en" and n_cjk > 0:
            errors.append(f"{rid}: English note contains CJK characters")

        # rough length: 2-7 sentences or bullets (plus an optional heading line)
        units = [u for u in re.split(r"(?<=[.!?。！？])\s*|\n", note) if u.strip()]
        if len(units) < 2 or len(units) > 10:
            warnings.append(f"{rid}: {len(units)} sentence/bullet units (expected about 2-7 plus heading)")

        low = note.lower()
        for phrase in banned:
            if phrase.lower() in low:
                errors.append(f"{rid}: note contains definition example phrase {phrase!r}")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{rid}: flags must be a list ([] when clean)")
            continue
        if flags:
            stats["flagged"] += 1
        else:
            stats["clean"] += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append(f"{rid}: flag is not a mapping: {f!r}")
                continue
            fkeys = set(f)
            if fkeys - {"text", "category", "subtype"}:
                errors.append(f"{rid}: flag has unknown keys {sorted(fkeys - {'text', 'category', 'subtype'})}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{rid}: flag text missing")
                continue
            if cat not in CATEGORIES:
                errors.append(f"{rid}: flag {text!r} has bad category {cat!r}")
                continue
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{rid}: biased flag {text!r} needs subtype in {SUBTYPES}")
                else:
                    subs[f["subtype"]] += 1
            elif "subtype" in f:
                errors.append(f"{rid}: flag {text!r} has a subtype but is not biased")
            count = note.count(text)
            if count != 1:
                errors.append(f"{rid}: flag {text!r} occurs {count} times in note (must be exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            cats[cat] += 1
            stats["flags"] += 1
            if text != text.strip():
                errors.append(f"{rid}: flag {text!r} has leading/trailing whitespace")
            if lang == "en":
                nw = len(text.split())
                if nw > EN_MAX_WORDS:
                    errors.append(f"{rid}: flag {text!r} is {nw} words (> {EN_MAX_WORDS})")
            else:
                nc = len(re.sub(r"\s", "", text))
                if nc < 2 or nc > ZH_MAX_CHARS:
                    errors.append(f"{rid}: flag {text!r} is {nc} chars (outside 2-{ZH_MAX_CHARS})")
                elif nc > 10:
                    warnings.append(f"{rid}: flag {text!r} is {nc} chars (usual max 10)")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f"{rid}: flags {t1!r} and {t2!r} overlap")

    # target counts
    if stats["clean"] != N_CLEAN:
        errors.append(f"{fname}: {stats['clean']} clean notes, expected {N_CLEAN}")
    if stats["flagged"] != N_NOTES - N_CLEAN:
        errors.append(f"{fname}: {stats['flagged']} flagged notes, expected {N_NOTES - N_CLEAN}")
    lo, hi = FLAG_TOTAL_RANGE
    if not lo <= stats["flags"] <= hi:
        errors.append(f"{fname}: {stats['flags']} flags, expected about 60 ({lo}-{hi})")
    if stats["flags"]:
        share = cats["biased"] / stats["flags"]
        lo, hi = BIASED_SHARE_RANGE
        if not lo <= share <= hi:
            errors.append(f"{fname}: biased share {share:.2f} outside {lo}-{hi}")
    for c in CATEGORIES:
        if cats[c] == 0:
            errors.append(f"{fname}: no flags of category {c}")
    for s in SUBTYPES:
        if subs[s] == 0:
            errors.append(f"{fname}: no biased flags of subtype {s}")

    # header comment must state the same counts
    header = parse_header(path)
    actual = {}
    for k, v in stats.items():
        actual[("counts", k)] = v
    for k, v in cats.items():
        actual[("categories", k)] = v
    for k, v in subs.items():
        actual[("biased_subtypes", k)] = v
    for key, v in actual.items():
        if key not in header:
            errors.append(f"{fname}: header lacks '{key[0]}: {key[1]}=...'")
        elif header[key] != v:
            errors.append(f"{fname}: header says {key[0]} {key[1]}={header[key]}, data has {v}")
    with open(path, encoding="utf-8") as fh:
        head = "".join(line for line in fh if line.startswith("#"))
    if "CC BY 4.0" not in head:
        errors.append(f"{fname}: header must state the licence (CC BY 4.0)")
    if "source" not in head.lower():
        errors.append(f"{fname}: header must name the public sources consulted")

    return stats, cats, subs


def main():
    errors, warnings = [], []
    for lang, fname in FILES.items():
        res = check_file(lang, fname, errors, warnings)
        if res:
            stats, cats, subs = res
            print(f"{fname}: " + " ".join(f"{k}={v}" for k, v in stats.items()))
            print("  categories: " + " ".join(f"{k}={v}" for k, v in cats.items()))
            print("  biased_subtypes: " + " ".join(f"{k}={v}" for k, v in subs.items()))
    if not os.path.exists(os.path.join(HERE, "LABELS.md")):
        errors.append("LABELS.md missing")
    for w in warnings:
        print("WARN  " + w)
    for e in errors:
        print("ERROR " + e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
