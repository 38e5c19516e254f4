#!/usr/bin/env python3
"""Validate the blind25 manager-note set (Python 3 + PyYAML only).

Checks structure, label rules, counts, that no note contains an example phrase quoted in
the label definitions, and that each file's comment header states the counts computed
here. Exit code 0 = pass. Usage: python3 validate.py [--print-counts]
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
BIASED_SHARE = (0.25, 0.42)      # "biased about one third"
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
REC_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQ_KEYS = {"id", "lang", "employee_role", "note", "flags"}

# Example phrases quoted in the label definitions: no note may contain them.
FORBIDDEN_EN = [
    "good attitude", "too old to learn", "needs to be more proactive", "great team player",
    "not strategic enough", "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "for a woman", "bossy", "has kids so can't travel", "not a native speaker so",
    "his depression", "not leadership material", "not a culture fit", "never", "always",
    "every time", "constantly", "never meets deadlines", "has not missed a single deadline",
    "always prepared for client calls", "he never calls back", "she is not lazy at all",
    "on parental leave from 3 march to 30 june", "since becoming a mother",
    "she flagged the outage risk two weeks before launch",
]
FORBIDDEN_ZH = [
    "不够主动", "女生就是细心", "态度不错", "能力一般", "有待提高", "脾气差", "性格太内向",
    "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "35岁了", "刚生完孩子精力不够", "外地人",
    "有乙肝", "不像做管理的料", "从来不", "每次都", "总是", "一直", "每次都迟到",
    "并不是不主动", "从没出过错",
]

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def span_len(text, lang):
    return len(text.split()) if lang == "en" else len(re.sub(r"\s", "", text))


def check_file(lang, path):
    raw = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        err(f"{path.name}: YAML error: {e}")
        return None
    if not isinstance(data, list):
        err(f"{path.name}: top level must be a list")
        return None
    if len(data) != N_NOTES:
        err(f"{path.name}: {len(data)} records, expected {N_NOTES}")
    cats, subs = Counter(), Counter()
    n_clean = n_flags = 0
    seen_notes = set()
    for i, rec in enumerate(data, 1):
        want_id = f"b25n-{lang}-{i:03d}"
        if not isinstance(rec, dict):
            err(f"{path.name}#{i}: record is not a mapping")
            continue
        rid = rec.get("id")
        where = f"{path.name}:{rid}"
        if rid != want_id:
            err(f"{where}: id should be {want_id}")
        missing = REQ_KEYS - rec.keys()
        extra = rec.keys() - REC_KEYS
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")
        if rec.get("lang") != lang:
            err(f"{where}: lang must be {lang}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            err(f"{where}: employee_role must be a non-empty string")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: note must be a non-empty string")
            continue
        if note in seen_notes:
            err(f"{where}: duplicate note text")
        seen_notes.add(note)
        if "why" in rec and not isinstance(rec["why"], str):
            err(f"{where}: why must be a string")
        if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
            err(f"{where}: Chinese note has no CJK characters")
        low = note.lower()
        for ph in (FORBIDDEN_EN if lang == "en" else FORBIDDEN_ZH):
            if (ph in low) if lang == "en" else (ph in note):
                err(f"{where}: note contains definition example phrase {ph!r}")
        flags = rec.get("flags")
        if not isinstance(flags, list):
            err(f"{where}: flags must be a list")
            continue
        if not flags:
            n_clean += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                err(f"{where}: flag is not a mapping: {f!r}")
                continue
            if set(f) - {"text", "category", "subtype"}:
                err(f"{where}: unknown flag keys {sorted(set(f) - {'text', 'category', 'subtype'})}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                err(f"{where}: flag text missing")
                continue
            if cat not in CATEGORIES:
                err(f"{where}: bad category {cat!r} for {text!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{where}: biased flag {text!r} needs subtype in {sorted(SUBTYPES)}")
                else:
                    subs[f["subtype"]] += 1
            elif "subtype" in f:
                err(f"{where}: subtype only allowed for biased ({text!r})")
            occ = note.count(text)
            if occ != 1:
                err(f"{where}: flag text {text!r} occurs {occ} times in note (must be exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            cats[cat] += 1
            n_flags += 1
            n = span_len(text, lang)
            if (lang == "en" and n > 12) or (lang == "zh" and n > 16):
                warn(f"{where}: long span ({n}) {text!r}")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(f"{where}: flags overlap: {t1!r} / {t2!r}")
    # counts
    if n_clean != N_CLEAN:
        err(f"{path.name}: {n_clean} clean notes, expected {N_CLEAN}")
    if not FLAG_RANGE[0] <= n_flags <= FLAG_RANGE[1]:
        err(f"{path.name}: {n_flags} flags, expected {FLAG_RANGE[0]}-{FLAG_RANGE[1]}")
    share = cats["biased"] / n_flags if n_flags else 0
    if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
        err(f"{path.name}: biased share {share:.2f} outside {BIASED_SHARE}")
    for c in CATEGORIES:
        if cats[c] == 0:
            err(f"{path.name}: no {c} flags")
    for s in SUBTYPES:
        if subs[s] == 0:
            err(f"{path.name}: no biased/{s} flag")
    summary = (
        f"{len(data)} notes, {n_clean} clean, {len(data) - n_clean} flagged, {n_flags} flags; "
        + ", ".join(f"{c} {cats[c]}" for c in ("vague", "personality", "absolute", "biased"))
        + "; biased subtypes: "
        + ", ".join(f"{s} {subs[s]}" for s in ("age", "gender", "family", "origin", "health", "coded"))
    )
    # header must state the computed counts
    header = "\n".join(l for l in raw.splitlines()[:30] if l.startswith("#"))
    m = re.search(r"^# Counts \(machine-checked by validate\.py\): (.*)$", header, re.M)
    if not m:
        err(f"{path.name}: header lacks '# Counts (machine-checked by validate.py): ...' line")
    elif m.group(1).strip() != summary:
        err(f"{path.name}: header counts differ from computed:\n  header:   {m.group(1).strip()}\n  computed: {summary}")
    for word in ("Licence: CC BY 4.0", "sources"):
        if word not in header:
            err(f"{path.name}: header should mention {word!r}")
    return summary


def main():
    summaries = {}
    for lang, path in FILES.items():
        if not path.exists():
            err(f"missing {path.name}")
            continue
        summaries[lang] = check_file(lang, path)
    if not (HERE / "LABELS.md").exists():
        err("missing LABELS.md")
    for lang, s in summaries.items():
        print(f"{lang}: {s}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
