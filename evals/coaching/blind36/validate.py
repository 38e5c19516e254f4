#!/usr/bin/env python3
"""Validator for blind set blind36 (manager notes with flagged wording).

Checks structure, label rules and target counts of notes_en.yaml and notes_zh.yaml,
and that the machine-checked counts in each file's comment header match the data.
Needs only Python 3 and PyYAML.  Usage:  python3 validate.py   (exit 0 = pass)
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
PREFIX = "b36n"
N_NOTES = 45
N_CLEAN = 15
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
RECORD_KEYS_ALLOWED = RECORD_KEYS_REQUIRED | {"why"}
FLAG_KEYS_ALLOWED = {"text", "category", "subtype"}
TOTAL_FLAGS_RANGE = (55, 72)        # "about 60 flags per language"
BIASED_SHARE_RANGE = (0.28, 0.40)   # "biased about one third"
MIN_PER_CATEGORY = 8

# Example phrases quoted in the label definitions: no note may contain them as wholes.
BANNED_EXAMPLES = [
    "good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "不够主动", "能力一般", "有待提高",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    "too old to learn", "年轻人就是浮躁", "35 岁了", "女生就是细心", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人", "not a native speaker so",
    "有乙肝", "his depression", "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到", "has not missed a single deadline",
    "always prepared for client calls", "从没出过错", "proactive: she flagged the outage risk",
    "on parental leave from 3 march", "since becoming a mother", "she is not lazy at all",
    "并不是不主动", "he never calls back",
]

CJK = re.compile(r"[\u3400-\u9fff]")


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def units(note):
    """Rough count of sentences / bullet lines."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        # split after CJK sentence marks, or after . ! ? that follow a non-digit
        parts = [p for p in re.split(r"(?<=[。！？])|(?<=[^\d\s][.!?])\s+", line)
                 if p and p.strip()]
        n += max(1, len(parts))
    return n


def parse_header(path):
    counts = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            if "counts" in line and "machine-checked" in line:
                for k, v in re.findall(r"(\w+)=(\d+)", line):
                    counts[k] = int(v)
    return counts


def check_file(lang, fname, errors, warnings):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return None
    with open(path, encoding="utf-8") as fh:
        head = fh.read(400)
    if not head.startswith("#"):
        errors.append(f"{fname}: must open with a comment header")
    for word in ("counts", "sources", "licence"):
        if word not in open(path, encoding="utf-8").read().split("\n- id:")[0]:
            errors.append(f"{fname}: header lacks '{word}'")
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        errors.append(f"{fname}: top level must be a list")
        return None
    if len(data) != N_NOTES:
        errors.append(f"{fname}: {len(data)} records, expected {N_NOTES}")

    stats = {c: 0 for c in CATEGORIES}
    stats.update({s: 0 for s in SUBTYPES})
    stats.update(notes=len(data), clean=0, flagged=0, flags=0)
    seen_notes = set()
    for i, rec in enumerate(data, 1):
        want_id = f"{PREFIX}-{lang}-{i:03d}"
        where = f"{fname}#{i}"
        if not isinstance(rec, dict):
            errors.append(f"{where}: record is not a mapping")
            continue
        rid = rec.get("id")
        where = f"{fname}:{rid}"
        if rid != want_id:
            errors.append(f"{where}: id should be {want_id}")
        keys = set(rec)
        if RECORD_KEYS_REQUIRED - keys:
            errors.append(f"{where}: missing keys {sorted(RECORD_KEYS_REQUIRED - keys)}")
        if keys - RECORD_KEYS_ALLOWED:
            errors.append(f"{where}: unknown keys {sorted(keys - RECORD_KEYS_ALLOWED)}")
        if rec.get("lang") != lang:
            errors.append(f"{where}: lang must be {lang}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 8:
            errors.append(f"{where}: employee_role missing or too short")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note missing")
            continue
        if note != note.strip():
            errors.append(f"{where}: note has leading/trailing whitespace")
        if norm(note) in seen_notes:
            errors.append(f"{where}: duplicate note")
        seen_notes.add(norm(note))
        u = units(note)
        if not 2 <= u <= 8:
            errors.append(f"{where}: note has {u} sentences/bullets (want 2-7, tolerance 8)")
        has_cjk = bool(CJK.search(note))
        if lang == "zh" and not has_cjk:
            errors.append(f"{where}: zh note without Chinese text")
        if lang == "en" and has_cjk:
            errors.append(f"{where}: en note contains CJK text")
        nn = norm(note)
        for b in BANNED_EXAMPLES:
            if norm(b) in nn:
                errors.append(f"{where}: note copies definition example {b!r}")
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            errors.append(f"{where}: why must be a non-empty string")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list")
            continue
        if flags:
            stats["flagged"] += 1
        else:
            stats["clean"] += 1
        spans = []
        for j, fl in enumerate(flags, 1):
            fw = f"{where} flag {j}"
            if not isinstance(fl, dict):
                errors.append(f"{fw}: not a mapping")
                continue
            if set(fl) - FLAG_KEYS_ALLOWED:
                errors.append(f"{fw}: unknown keys {sorted(set(fl) - FLAG_KEYS_ALLOWED)}")
            text, cat, sub = fl.get("text"), fl.get("category"), fl.get("subtype")
            if not isinstance(text, str) or not text.strip() or text != text.strip():
                errors.append(f"{fw}: text empty or padded")
                continue
            if cat not in CATEGORIES:
                errors.append(f"{fw}: bad category {cat!r}")
                continue
            if cat == "biased":
                if sub not in SUBTYPES:
                    errors.append(f"{fw}: biased flag needs subtype in {SUBTYPES}")
                else:
                    stats[sub] += 1
            elif "subtype" in fl:
                errors.append(f"{fw}: subtype only allowed for biased")
            stats[cat] += 1
            stats["flags"] += 1
            cnt = note.count(text)
            if cnt != 1:
                errors.append(f"{fw}: text {text!r} occurs {cnt} times in note (need exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            # span-length guidance (warning only)
            if lang == "en":
                nw = len(text.split())
                if nw > 10:
                    warnings.append(f"{fw}: long span ({nw} words): {text!r}")
            else:
                # CJK characters count one each, a Latin word or number counts one
                nc = len(CJK.findall(text)) + len(re.findall(r"[A-Za-z0-9]+", text))
                if nc < 2 or nc > 14:
                    warnings.append(f"{fw}: span length {nc} chars: {text!r}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: flags overlap: {a[2]!r} / {b[2]!r}")

    # target counts
    if stats["clean"] != N_CLEAN:
        errors.append(f"{fname}: {stats['clean']} clean notes, expected {N_CLEAN}")
    lo, hi = TOTAL_FLAGS_RANGE
    if not lo <= stats["flags"] <= hi:
        errors.append(f"{fname}: {stats['flags']} flags, expected {lo}-{hi}")
    if stats["flags"]:
        share = stats["biased"] / stats["flags"]
        if not BIASED_SHARE_RANGE[0] <= share <= BIASED_SHARE_RANGE[1]:
            errors.append(f"{fname}: biased share {share:.2f} outside {BIASED_SHARE_RANGE}")
    for c in CATEGORIES:
        if stats[c] < MIN_PER_CATEGORY:
            errors.append(f"{fname}: only {stats[c]} '{c}' flags (min {MIN_PER_CATEGORY})")
    for s in SUBTYPES:
        if stats[s] < 1:
            errors.append(f"{fname}: biased subtype '{s}' absent")

    # header counts must match the data
    header = parse_header(path)
    if not header:
        errors.append(f"{fname}: header has no machine-checked counts line")
    for k, v in header.items():
        if k not in stats:
            errors.append(f"{fname}: header count '{k}' is unknown")
        elif stats[k] != v:
            errors.append(f"{fname}: header says {k}={v}, data has {stats[k]}")
    for k in stats:
        if k not in header:
            errors.append(f"{fname}: header lacks count '{k}'")
    return stats


def main():
    errors, warnings = [], []
    allstats = {}
    for lang, fname in FILES.items():
        st = check_file(lang, fname, errors, warnings)
        if st:
            allstats[lang] = st
    for need in ("LABELS.md",):
        if not os.path.exists(os.path.join(HERE, need)):
            errors.append(f"{need} missing")
    for lang, st in allstats.items():
        order = ["notes", "clean", "flagged", "flags", *CATEGORIES, *SUBTYPES]
        print(f"[{lang}] " + " ".join(f"{k}={st[k]}" for k in order)
              + f" biased_share={st['biased'] / max(1, st['flags']):.2f}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("FAIL" if errors else "PASS")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
