#!/usr/bin/env python3
"""Validate the blind35 manager-note set (structure, spans, counts).

Usage: python3 validate.py            (run from anywhere; reads files next to this script)
Needs only Python 3 and PyYAML. Exit code 0 = all checks pass.
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
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
FLAG_KEYS = {"text", "category", "subtype"}
FLAGS_RANGE = (50, 75)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.42)     # "biased about one third"

# Example phrases quoted in the label definitions: no note may contain them as wholes.
BANNED_EN = [
    "good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant", "too old to learn", "for a woman",
    "bossy", "has kids so can't travel", "not a native speaker so", "his depression",
    "not leadership material", "not a culture fit", "never meets deadlines",
    "has not missed a single deadline", "always prepared for client calls",
    "she flagged the outage risk", "she is not lazy at all", "he never calls back",
    "since becoming a mother",
]
BANNED_ZH = [
    "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "35岁了", "女生就是细心", "刚生完孩子精力不够", "外地人", "有乙肝",
    "不像做管理的料", "每次都迟到", "从没出过错", "并不是不主动",
]

CJK = re.compile(r"[\u4e00-\u9fff]")
errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def header_counts(path):
    """Parse key=value pairs from the leading comment block."""
    counts = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            if "machine-checked" in line:
                for k, v in re.findall(r"(\w+)=(\d+)", line):
                    counts[k] = int(v)
    return counts


def span_overlaps(note, texts):
    spans = []
    for t in texts:
        i = note.find(t)
        if i >= 0:
            spans.append((i, i + len(t), t))
    spans.sort()
    for (a0, a1, ta), (b0, b1, tb) in zip(spans, spans[1:]):
        if b0 < a1:
            err(f"overlapping flags {ta!r} and {tb!r}")


def check_file(lang, fname, seen_ids):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"{fname}: missing")
        return None
    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    if not first.startswith("#"):
        err(f"{fname}: must open with a comment header")
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        err(f"{fname}: top level must be a list")
        return None
    if len(data) != N_NOTES:
        err(f"{fname}: {len(data)} records, expected {N_NOTES}")

    stats = Counter()
    subtypes = Counter()
    for idx, rec in enumerate(data, 1):
        where = f"{fname}#{idx}"
        if not isinstance(rec, dict):
            err(f"{where}: record is not a mapping")
            continue
        rid = rec.get("id")
        where = f"{fname}:{rid}"
        extra = set(rec) - RECORD_KEYS
        missing = REQUIRED_KEYS - set(rec)
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
        exp_id = f"b35n-{lang}-{idx:03d}"
        if rid != exp_id:
            err(f"{where}: id should be {exp_id}")
        if rid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(rid)
        if rec.get("lang") != lang:
            err(f"{where}: lang must be {lang}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 8:
            err(f"{where}: employee_role missing or too short")
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            err(f"{where}: why must be a non-empty string when present")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: note missing")
            continue
        if note != note.strip():
            err(f"{where}: note has leading/trailing whitespace")
        if lang == "zh" and len(CJK.findall(note)) < 20:
            err(f"{where}: Chinese note has too few CJK characters")
        if lang == "en" and CJK.search(note):
            err(f"{where}: English note contains CJK characters")
        low = note.lower()
        for b in (BANNED_EN if lang == "en" else BANNED_ZH):
            if b.lower() in low:
                err(f"{where}: note contains definition example phrase {b!r}")
        # rough length check: 2-7 sentences or bullets (header line excluded)
        units = [u for u in re.split(r"(?<=[.!?。！？])\s*|\n", note) if len(u.strip()) > 1]
        if len(units) < 2:
            warn(f"{where}: note looks shorter than 2 sentences/bullets")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            err(f"{where}: flags must be a list")
            continue
        stats["notes"] += 1
        stats["clean" if not flags else "flagged"] += 1
        texts = []
        for f in flags:
            if not isinstance(f, dict):
                err(f"{where}: flag is not a mapping")
                continue
            if set(f) - FLAG_KEYS:
                err(f"{where}: flag has unknown keys {sorted(set(f) - FLAG_KEYS)}")
            t, c = f.get("text"), f.get("category")
            if not isinstance(t, str) or not t:
                err(f"{where}: flag text missing")
                continue
            if c not in CATEGORIES:
                err(f"{where}: bad category {c!r} for {t!r}")
            st = f.get("subtype")
            if c == "biased":
                if st not in SUBTYPES:
                    err(f"{where}: biased flag {t!r} needs subtype in {sorted(SUBTYPES)}")
                else:
                    subtypes[st] += 1
            elif st is not None:
                err(f"{where}: subtype given on non-biased flag {t!r}")
            n = note.count(t)
            if n != 1:
                err(f"{where}: flag {t!r} occurs {n} times in note (must be exactly 1)")
            if t != t.strip():
                err(f"{where}: flag {t!r} has surrounding whitespace")
            if lang == "en":
                words = len(t.split())
                if words > 8:
                    warn(f"{where}: long English span ({words} words): {t!r}")
            else:
                chars = len(re.sub(r"\s", "", t))
                if chars < 2 or chars > 12:
                    warn(f"{where}: Chinese span length {chars}: {t!r}")
            if t in texts:
                err(f"{where}: duplicate flag {t!r}")
            texts.append(t)
            stats["flags"] += 1
            if c in CATEGORIES:
                stats[c] += 1
        span_overlaps(note, texts)

    # aggregate checks
    if stats["clean"] != N_CLEAN:
        err(f"{fname}: {stats['clean']} clean notes, expected {N_CLEAN}")
    lo, hi = FLAGS_RANGE
    if not lo <= stats["flags"] <= hi:
        err(f"{fname}: {stats['flags']} flags, expected {lo}-{hi}")
    for c in CATEGORIES:
        if stats[c] == 0:
            err(f"{fname}: no flags of category {c}")
    if stats["flags"]:
        share = stats["biased"] / stats["flags"]
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            err(f"{fname}: biased share {share:.2f} outside {BIASED_SHARE}")
    for s in SUBTYPES:
        if subtypes[s] == 0:
            err(f"{fname}: biased subtype {s} absent")

    # header counts must match
    hdr = header_counts(path)
    computed = dict(stats)
    computed.update(subtypes)
    if not hdr:
        err(f"{fname}: header has no machine-checked counts")
    for k, v in hdr.items():
        if computed.get(k, 0) != v:
            err(f"{fname}: header says {k}={v}, computed {computed.get(k, 0)}")
    for k in ["notes", "clean", "flagged", "flags", *sorted(CATEGORIES), *sorted(SUBTYPES)]:
        if k not in hdr:
            err(f"{fname}: header lacks count {k}")
    return stats, subtypes


def main():
    seen = set()
    summary = {}
    for lang, fname in FILES.items():
        res = check_file(lang, fname, seen)
        if res:
            summary[lang] = res
    for lang, (stats, subtypes) in summary.items():
        print(f"[{lang}] notes={stats['notes']} clean={stats['clean']} flagged={stats['flagged']} "
              f"flags={stats['flags']} vague={stats['vague']} personality={stats['personality']} "
              f"biased={stats['biased']} absolute={stats['absolute']} | "
              + " ".join(f"{s}={subtypes[s]}" for s in sorted(SUBTYPES)))
    for w in warnings:
        print("WARN:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
