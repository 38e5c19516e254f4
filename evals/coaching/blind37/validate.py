#!/usr/bin/env python3
"""Validate blind set blind37 (manager notes with flagged wording).

Usage:
    python3 validate.py                 # check both files, exit 1 on any error
    python3 validate.py --print-counts  # print the header count lines per file

Needs only Python 3 and PyYAML.
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_NOTES = 45
N_CLEAN = 15
FLAGS_RANGE = (50, 75)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.45)     # "biased about one third"
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags"}
OPTIONAL_KEYS = {"why"}
FLAG_KEYS = {"text", "category"}

# Example phrases quoted in the label definitions: no note may contain them as wholes.
BANNED = [
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "态度不错", "不够主动", "能力一般", "有待提高",
    "she flagged the outage risk", "abrasive", "aggressive", "emotional", "lazy",
    "arrogant", "脾气差", "性格太内向", "情商低", "玻璃心", "too old to learn",
    "年轻人就是浮躁", "35 岁了", "35岁了", "女生就是细心", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人",
    "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到", "has not missed a single deadline",
    "always prepared for client calls", "从没出过错", "he never calls back",
    "she is not lazy at all", "并不是不主动", "parental leave from 3 march to 30 june",
    "since becoming a mother",
]

CJK = re.compile(r"[\u4e00-\u9fff]")


def header_counts(path):
    """Return {key: int} parsed from the '# counts' and '# biased subtypes' header lines."""
    found = {}
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if not lines or not lines[0].startswith("#"):
        return None
    for line in lines:
        if not line.startswith("#"):
            break
        low = line.lower()
        if low.startswith("# counts") or low.startswith("# biased subtypes"):
            for key, val in re.findall(r"([a-z_]+)=(\d+)", line):
                found[key] = int(val)
    return found


def compute_counts(records):
    cats = Counter()
    subs = Counter()
    n_flags = 0
    clean = 0
    for r in records:
        flags = r.get("flags") or []
        if not flags:
            clean += 1
        for f in flags:
            n_flags += 1
            cats[f.get("category")] += 1
            if f.get("category") == "biased":
                subs[f.get("subtype")] += 1
    out = {"notes": len(records), "clean": clean, "flagged": len(records) - clean,
           "flags": n_flags}
    for c in CATEGORIES:
        out[c] = cats[c]
    for s in SUBTYPES:
        out[s] = subs[s]
    return out


def check_file(lang, fname):
    errors, warnings = [], []
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        return [f"{fname}: missing"], warnings, None
    with open(path, encoding="utf-8") as fh:
        try:
            records = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            return [f"{fname}: YAML error: {exc}"], warnings, None
    if not isinstance(records, list):
        return [f"{fname}: top level must be a list"], warnings, None

    if len(records) != N_NOTES:
        errors.append(f"{fname}: {len(records)} records, expected {N_NOTES}")

    seen_notes = set()
    for i, r in enumerate(records, 1):
        want_id = f"b37n-{lang}-{i:03d}"
        where = f"{fname}#{i}"
        if not isinstance(r, dict):
            errors.append(f"{where}: record is not a mapping")
            continue
        rid = r.get("id")
        where = f"{fname}:{rid}"
        if rid != want_id:
            errors.append(f"{where}: id should be {want_id}")
        keys = set(r)
        if not RECORD_KEYS <= keys:
            errors.append(f"{where}: missing keys {sorted(RECORD_KEYS - keys)}")
        extra = keys - RECORD_KEYS - OPTIONAL_KEYS
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        if r.get("lang") != lang:
            errors.append(f"{where}: lang must be {lang}")
        role = r.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 5:
            errors.append(f"{where}: employee_role missing or too short")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note missing")
            continue
        if note in seen_notes:
            errors.append(f"{where}: duplicate note text")
        seen_notes.add(note)
        has_cjk = bool(CJK.search(note))
        if lang == "zh" and not has_cjk:
            errors.append(f"{where}: zh note has no Chinese characters")
        if lang == "en" and has_cjk:
            errors.append(f"{where}: en note contains Chinese characters")
        low = note.lower()
        for b in BANNED:
            if b.lower() in low:
                errors.append(f"{where}: note contains definition example phrase {b!r}")
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
            errors.append(f"{where}: why must be a non-empty string when present")

        flags = r.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list ([] when clean)")
            continue
        spans = []
        for j, f in enumerate(flags, 1):
            fw = f"{where} flag {j}"
            if not isinstance(f, dict):
                errors.append(f"{fw}: not a mapping")
                continue
            cat = f.get("category")
            text = f.get("text")
            allowed = FLAG_KEYS | ({"subtype"} if cat == "biased" else set())
            if set(f) - allowed:
                errors.append(f"{fw}: unexpected keys {sorted(set(f) - allowed)}")
            if cat not in CATEGORIES:
                errors.append(f"{fw}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{fw}: biased flag needs subtype in {SUBTYPES}")
            if not isinstance(text, str) or not text:
                errors.append(f"{fw}: text missing")
                continue
            n = note.count(text)
            if n != 1:
                errors.append(f"{fw}: text {text!r} occurs {n} times in note (need exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            # soft length check: span should be a short phrase
            if lang == "en" and len(text.split()) > 12:
                warnings.append(f"{fw}: long English span ({len(text.split())} words)")
            if lang == "zh" and len(text) > 20:
                warnings.append(f"{fw}: long Chinese span ({len(text)} chars)")
            if text != text.strip():
                errors.append(f"{fw}: span has leading/trailing whitespace")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: flags overlap: {a[2]!r} / {b[2]!r}")

    counts = compute_counts(records)
    if counts["clean"] != N_CLEAN:
        errors.append(f"{fname}: {counts['clean']} clean notes, expected {N_CLEAN}")
    lo, hi = FLAGS_RANGE
    if not lo <= counts["flags"] <= hi:
        errors.append(f"{fname}: {counts['flags']} flags, expected {lo}-{hi}")
    for c in CATEGORIES:
        if counts[c] == 0:
            errors.append(f"{fname}: no flags of category {c}")
    for s in SUBTYPES:
        if counts[s] == 0:
            errors.append(f"{fname}: no biased flags of subtype {s}")
    if counts["flags"]:
        share = counts["biased"] / counts["flags"]
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            errors.append(f"{fname}: biased share {share:.2f} outside {BIASED_SHARE}")

    hdr = header_counts(path)
    if hdr is None:
        errors.append(f"{fname}: file must open with a comment header")
    else:
        if not hdr:
            errors.append(f"{fname}: header has no '# counts' / '# biased subtypes' lines")
        for key, val in counts.items():
            if key not in hdr:
                errors.append(f"{fname}: header lacks count {key}")
            elif hdr[key] != val:
                errors.append(f"{fname}: header says {key}={hdr[key]}, actual {val}")
        with open(path, encoding="utf-8") as fh:
            head = "".join(l for l in fh if l.startswith("#")).lower()
        for word in ("source", "licen"):
            if word not in head:
                errors.append(f"{fname}: header must mention {word}")
    return errors, warnings, counts


def header_lines(counts):
    main = " ".join(f"{k}={counts[k]}" for k in
                    ("notes", "clean", "flagged", "flags") + CATEGORIES)
    subs = " ".join(f"{k}={counts[k]}" for k in SUBTYPES)
    return f"# counts: {main}\n# biased subtypes: {subs}"


def main():
    all_errors = []
    for lang, fname in FILES.items():
        errors, warnings, counts = check_file(lang, fname)
        all_errors += errors
        if "--print-counts" in sys.argv and counts:
            print(f"== {fname}\n{header_lines(counts)}")
        for w in warnings:
            print("warning:", w)
        for e in errors:
            print("ERROR:", e)
        if counts:
            print(f"{fname}: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if all_errors:
        print(f"FAILED with {len(all_errors)} error(s)")
        sys.exit(1)
    print("OK: both files pass")


if __name__ == "__main__":
    main()
