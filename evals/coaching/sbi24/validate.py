#!/usr/bin/env python3
"""Validate the sbi24 blind set (Situation-Behaviour-Impact extraction).

Checks structure, span integrity and the target distribution.
Usage:  python3 validate.py            (run from anywhere; needs PyYAML)
Exit code 0 = all checks pass, 1 = at least one error.
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
NEG_FILE = "negatives.yaml"
N_PER_LANG = 30

RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
CJK = re.compile(r"[\u3400-\u9fff]")

# distribution targets ("about"), as inclusive fraction ranges over all observations
TARGETS = {
    "SBI": (0.25, 0.42),   # about 1/3
    "B": (0.12, 0.28),     # about 1/5
    "BI": (0.12, 0.35),    # rest split between B+I and S+B
    "SB": (0.12, 0.35),
}
NEG_RANGE = (0.14, 0.28)       # about 1 in 5
JUDGEMENT_RANGE = (32, 50)     # about 40
UNITS_RANGE = (2, 6)           # sentences or bullets per note
MIN_SHARE_2_3_OBS = 0.70       # "most 2-3"

BULLET = re.compile(r"^\s*(?:[-*•·+]|\d+[.)、]|[一二三四五六七八九十]+[、.])\s+|^\s*[-*•·+]\s*")
ABBR = {"Dr", "Mr", "Mrs", "Ms", "Sr", "Jr", "St", "vs", "etc", "e.g", "i.e", "No"}

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, sub):
    """Count possibly-overlapping occurrences of sub in text."""
    if not sub:
        return 0
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n


def split_units(note):
    """Rough count of sentences / bullets: split lines, drop list markers, split sentences."""
    units = []
    for line in note.splitlines():
        line = BULLET.sub("", line).strip()
        if not line:
            continue
        start = 0
        for i, ch in enumerate(line):
            if ch in "。！？":
                units.append(line[start:i + 1])
                start = i + 1
            elif ch in ".!?" and (i + 1 == len(line) or line[i + 1].isspace()):
                m = re.search(r"(\S+)$", line[start:i])
                word = m.group(1) if m else ""
                if ch == "." and (word in ABBR or re.fullmatch(r"[A-Z]", word)):
                    continue
                units.append(line[start:i + 1])
                start = i + 1
        units.append(line[start:])
    return [u.strip() for u in units if re.search(r"\w", u)]


def span(note, s, where):
    """Return (start, end) of s in note, checking it occurs exactly once."""
    if not isinstance(s, str) or not s.strip():
        err(f"{where}: must be a non-empty string, got {s!r}")
        return None
    if s != s.strip():
        err(f"{where}: leading/trailing whitespace in {s!r}")
    n = occurrences(note, s)
    if n != 1:
        err(f"{where}: {s!r} occurs {n} times in the note (must be exactly 1)")
        return None
    i = note.find(s)
    return (i, i + len(s))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def shape(o):
    return ("S" if o.get("situation") else "") + "B" + ("I" if o.get("impact") else "")


def main():
    all_records = []
    for lang, fname in FILES.items():
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if not isinstance(data, list):
            err(f"{fname}: top level must be a list")
            continue
        if len(data) != N_PER_LANG:
            err(f"{fname}: {len(data)} records, expected {N_PER_LANG}")
        expected_ids = [f"s24-{lang}-{i:03d}" for i in range(1, N_PER_LANG + 1)]
        got_ids = [r.get("id") for r in data if isinstance(r, dict)]
        if got_ids != expected_ids:
            err(f"{fname}: ids must be exactly {expected_ids[0]} ... {expected_ids[-1]} in order")
        for r in data:
            if not isinstance(r, dict):
                err(f"{fname}: record is not a mapping: {r!r}")
                continue
            check_record(r, lang)
            all_records.append(r)

    negatives = check_negatives(all_records)
    stats(all_records, negatives)

    if errors:
        print(f"\nFAIL: {len(errors)} error(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


def check_record(r, lang):
    rid = r.get("id", "?")
    keys = set(r)
    if keys != RECORD_KEYS:
        err(f"{rid}: keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
    if r.get("lang") != lang:
        err(f"{rid}: lang {r.get('lang')!r} != {lang!r}")
    if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
        err(f"{rid}: employee_role must be non-empty text")
    note = r.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{rid}: note must be non-empty text")
        return
    has_cjk = bool(CJK.search(note))
    if lang == "zh" and not has_cjk:
        err(f"{rid}: zh note contains no Chinese characters")
    if lang == "en" and has_cjk:
        err(f"{rid}: en note contains Chinese characters")

    units = split_units(note)
    if not (UNITS_RANGE[0] <= len(units) <= UNITS_RANGE[1]):
        err(f"{rid}: {len(units)} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}: {units}")

    obs = r.get("observations")
    if not isinstance(obs, list) or not (1 <= len(obs) <= 4):
        err(f"{rid}: observations must be a list of 1-4 items")
        obs = obs if isinstance(obs, list) else []

    all_obs_spans = []
    prev_b = -1
    for k, o in enumerate(obs, 1):
        where = f"{rid} obs{k}"
        if not isinstance(o, dict) or set(o) != OBS_KEYS:
            err(f"{where}: must have exactly keys {sorted(OBS_KEYS)}")
            continue
        spans = []
        b = span(note, o["behaviour"], f"{where}.behaviour")
        if b:
            spans.append(b)
            if b[0] <= prev_b:
                err(f"{where}: observations not in order of appearance of the behaviour")
            prev_b = b[0]
        for part in ("situation", "impact"):
            v = o[part]
            if v is None:
                continue
            sp = span(note, v, f"{where}.{part}")
            if sp:
                spans.append(sp)
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                if overlap(spans[i], spans[j]):
                    err(f"{where}: spans of one observation overlap")
        all_obs_spans.extend(spans)

    js = r.get("judgements")
    if not isinstance(js, list):
        err(f"{rid}: judgements must be a list")
        return
    jspans = []
    for m, j in enumerate(js, 1):
        sp = span(note, j, f"{rid} judgement{m}")
        if not sp:
            continue
        for o_sp in all_obs_spans:
            if overlap(sp, o_sp):
                err(f"{rid} judgement{m}: overlaps an observation span")
        for other in jspans:
            if overlap(sp, other):
                err(f"{rid} judgement{m}: overlaps another judgement")
        jspans.append(sp)


def check_negatives(records):
    path = os.path.join(HERE, NEG_FILE)
    with open(path, encoding="utf-8") as f:
        neg = yaml.safe_load(f)
    if not isinstance(neg, dict):
        err(f"{NEG_FILE}: must be a mapping id -> list")
        return {}
    by_id = {r.get("id"): r for r in records}
    if set(neg) != set(by_id):
        missing = sorted(set(by_id) - set(neg))
        extra = sorted(set(neg) - set(by_id))
        err(f"{NEG_FILE}: ids differ from notes (missing {missing}, unknown {extra})")
    for rid, idx in neg.items():
        if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
            err(f"{NEG_FILE}: {rid}: value must be a list of integers")
            continue
        if idx != sorted(set(idx)):
            err(f"{NEG_FILE}: {rid}: indices must be sorted and unique")
        n = len(by_id.get(rid, {}).get("observations") or [])
        for i in idx:
            if not (1 <= i <= n):
                err(f"{NEG_FILE}: {rid}: index {i} out of range 1..{n}")
    return neg


def stats(records, negatives):
    obs = [(r["id"], o) for r in records for o in (r.get("observations") or []) if isinstance(o, dict)]
    total = len(obs)
    if total == 0:
        err("no observations")
        return
    shapes = Counter(shape(o) for _, o in obs)
    n_neg = sum(len(v) for v in negatives.values() if isinstance(v, list))
    n_judg = sum(len(r.get("judgements") or []) for r in records)
    per_note = Counter(len(r.get("observations") or []) for r in records)
    units = Counter(len(split_units(r["note"])) for r in records if isinstance(r.get("note"), str))

    print(f"notes: {len(records)}  observations: {total}")
    for lang in FILES:
        lo = [o for rid, o in obs if rid.startswith(f"s24-{lang}-")]
        ln = sum(len(v) for k, v in negatives.items() if k.startswith(f"s24-{lang}-") and isinstance(v, list))
        lj = sum(len(r.get("judgements") or []) for r in records if r["id"].startswith(f"s24-{lang}-"))
        ls = Counter(shape(o) for o in lo)
        print(f"  {lang}: obs={len(lo)} shapes={dict(sorted(ls.items()))} negatives={ln} judgements={lj}")
    for k in ("SBI", "SB", "BI", "B"):
        frac = shapes.get(k, 0) / total
        lo_, hi_ = TARGETS[k]
        flag = "" if lo_ <= frac <= hi_ else "  <-- out of range"
        print(f"  shape {k:<3}: {shapes.get(k, 0):3d}  ({frac:.0%}, target {lo_:.0%}-{hi_:.0%}){flag}")
        if flag:
            err(f"shape {k} share {frac:.2f} outside {TARGETS[k]}")
    nf = n_neg / total
    print(f"  negatives : {n_neg:3d}  ({nf:.0%}, target {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%})")
    if not (NEG_RANGE[0] <= nf <= NEG_RANGE[1]):
        err(f"negative share {nf:.2f} outside {NEG_RANGE}")
    print(f"  judgements: {n_judg:3d}  (target {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]})")
    if not (JUDGEMENT_RANGE[0] <= n_judg <= JUDGEMENT_RANGE[1]):
        err(f"judgement count {n_judg} outside {JUDGEMENT_RANGE}")
    print(f"  observations per note: {dict(sorted(per_note.items()))}")
    share23 = (per_note.get(2, 0) + per_note.get(3, 0)) / max(1, len(records))
    if share23 < MIN_SHARE_2_3_OBS:
        err(f"only {share23:.0%} of notes have 2-3 observations")
    print(f"  sentences/bullets per note: {dict(sorted(units.items()))}")


if __name__ == "__main__":
    sys.exit(main())
