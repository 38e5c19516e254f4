#!/usr/bin/env python3
"""Validator for the sbi22 blind set (Situation-Behaviour-Impact extraction).

Python 3 + PyYAML only.  Usage:  python3 validate.py [folder]
Checks structure, span integrity (exact, unique, non-overlapping substrings of the
note), observation order, note length, the negatives file and the target counts.
Exit code 0 = all checks pass; 1 = at least one error (errors are listed).
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
SPAN_KEYS = ("behaviour", "situation", "impact")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}

# target bands (fractions of all observations / absolute counts), both languages pooled
BANDS = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.15, 0.30),
    "S+B": (0.15, 0.30),
}
NEG_BAND = (0.15, 0.25)
JUDGEMENT_BAND = (34, 46)
MIN_SHARE_2_3_OBS = 0.70
UNITS_RANGE = (2, 6)

BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7]|\d+[.)\u3001]|\u3010[^\u3011]*\u3011)\s*")
SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[\u3002\uff01\uff1f])")
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

errors = []


def err(msg):
    errors.append(msg)


def count_units(note):
    """Rough count of sentences or bullets: each non-empty line (bullet markers
    stripped) is split on sentence-final punctuation (. ! ? followed by space,
    or 。！？)."""
    n = 0
    for line in note.splitlines():
        line = BULLET.sub("", line.strip(), count=1).strip()
        if not line:
            continue
        parts = [p for p in SPLIT.split(line) if p.strip()]
        n += max(1, len(parts))
    return n


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def span_of(note, text, where):
    """Return (start, end) of text in note, recording an error unless it occurs exactly once."""
    if not isinstance(text, str) or not text.strip():
        err(f"{where}: empty or non-string span {text!r}")
        return None
    if text != text.strip():
        err(f"{where}: span has leading/trailing whitespace: {text!r}")
    c = note.count(text)
    if c != 1:
        err(f"{where}: span occurs {c} times in note (must be exactly 1): {text!r}")
        if c == 0:
            return None
    start = note.find(text)
    return (start, start + len(text))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def load_yaml(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"missing file {name}")
        return None
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def check_records(lang, records):
    expected = [f"s22-{lang}-{i:03d}" for i in range(1, N_PER_LANG + 1)]
    if not isinstance(records, list):
        err(f"{FILES[lang]}: top level must be a list")
        return []
    ids = [r.get("id") if isinstance(r, dict) else None for r in records]
    if ids != expected:
        err(f"{FILES[lang]}: ids must be exactly {expected[0]} .. {expected[-1]} in order; got {ids}")
    notes_seen = set()
    for r in records:
        if not isinstance(r, dict):
            err(f"{FILES[lang]}: record is not a mapping: {r!r}")
            continue
        rid = r.get("id", "?")
        keys = set(r)
        if keys != RECORD_KEYS:
            err(f"{rid}: keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
        if r.get("lang") != lang:
            err(f"{rid}: lang must be {lang!r}")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            err(f"{rid}: employee_role must be a non-empty string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{rid}: note must be a non-empty string")
            continue
        if note in notes_seen:
            err(f"{rid}: duplicate note text")
        notes_seen.add(note)
        # language sanity
        cjk, latin = len(CJK.findall(note)), len(LATIN.findall(note))
        if lang == "zh" and cjk < 2 * latin:
            err(f"{rid}: zh note is not predominantly Chinese (cjk={cjk}, latin={latin})")
        if lang == "en" and cjk:
            err(f"{rid}: en note contains CJK characters")
        units = count_units(note)
        if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
            err(f"{rid}: note has {units} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}")

        obs = r.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{rid}: observations must be a list of 1-4 items")
            obs = obs if isinstance(obs, list) else []
        all_spans = []  # (interval, label)
        b_starts = []
        for k, o in enumerate(obs, 1):
            where = f"{rid} obs {k}"
            if not isinstance(o, dict) or set(o) != set(SPAN_KEYS):
                err(f"{where}: must have exactly keys {SPAN_KEYS}")
                continue
            if o.get("behaviour") is None:
                err(f"{where}: behaviour is required")
            mine = []
            for key in SPAN_KEYS:
                val = o.get(key)
                if val is None:
                    continue
                iv = span_of(note, val, f"{where} {key}")
                if iv:
                    mine.append((iv, key, val))
                    if key == "behaviour":
                        b_starts.append(iv[0])
            for a in range(len(mine)):
                for b in range(a + 1, len(mine)):
                    if overlaps(mine[a][0], mine[b][0]):
                        err(f"{where}: {mine[a][1]} and {mine[b][1]} overlap")
            for iv, key, val in mine:
                for iv2, lab2 in all_spans:
                    if lab2.startswith(f"obs {k} "):
                        continue
                    if overlaps(iv, iv2) and iv != iv2:
                        err(f"{where} {key}: partially overlaps a span of another observation ({lab2})")
                    if iv == iv2 and not (key == "situation" and lab2.endswith("situation")):
                        err(f"{where} {key}: same text reused by another observation ({lab2}); only a shared situation may be reused")
            for iv, key, val in mine:
                all_spans.append((iv, f"obs {k} {key}"))
        if b_starts != sorted(b_starts):
            err(f"{rid}: observations are not in order of appearance of the behaviour")

        js = r.get("judgements")
        if not isinstance(js, list):
            err(f"{rid}: judgements must be a list ([] when none)")
            js = []
        j_ivs = []
        for j in js:
            iv = span_of(note, j, f"{rid} judgement")
            if not iv:
                continue
            for iv2, lab2 in all_spans:
                if overlaps(iv, iv2):
                    err(f"{rid}: judgement {j!r} overlaps {lab2}")
            for iv2 in j_ivs:
                if overlaps(iv, iv2):
                    err(f"{rid}: judgements overlap each other: {j!r}")
            j_ivs.append(iv)
    return records


def main():
    global HERE
    if len(sys.argv) > 1:
        HERE = os.path.abspath(sys.argv[1])
    data = {lang: check_records(lang, load_yaml(fn) or []) for lang, fn in FILES.items()}
    n_obs = {}
    for lang, recs in data.items():
        for r in recs:
            if isinstance(r, dict) and isinstance(r.get("observations"), list):
                n_obs[r.get("id")] = len(r["observations"])

    neg = load_yaml("negatives.yaml")
    neg_count = Counter()
    if not isinstance(neg, dict):
        err("negatives.yaml must be a mapping id -> list of 1-based observation indices")
        neg = {}
    if set(neg) != set(n_obs):
        err(f"negatives.yaml ids differ from note ids: missing={sorted(set(n_obs) - set(neg))} extra={sorted(set(neg) - set(n_obs))}")
    for rid, idx in neg.items():
        if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
            err(f"negatives.yaml {rid}: value must be a list of integers")
            continue
        if idx != sorted(set(idx)):
            err(f"negatives.yaml {rid}: indices must be unique and ascending")
        for i in idx:
            if rid in n_obs and not 1 <= i <= n_obs[rid]:
                err(f"negatives.yaml {rid}: index {i} out of range 1..{n_obs[rid]}")
        neg_count[rid[4:6]] += len(idx)

    # ---- statistics and targets
    print("sbi22 statistics")
    tot_shapes, tot_obs, tot_j, notes_2_3, notes_total = Counter(), 0, 0, 0, 0
    for lang, recs in data.items():
        shapes, o_per_note, j = Counter(), Counter(), 0
        for r in recs:
            if not isinstance(r, dict):
                continue
            obs = r.get("observations") or []
            o_per_note[len(obs)] += 1
            for o in obs:
                if isinstance(o, dict):
                    shapes[shape(o)] += 1
            j += len(r.get("judgements") or [])
        n = sum(shapes.values())
        print(f"  [{lang}] notes={len(recs)} observations={n} negatives={neg_count[lang]} judgements={j}")
        print(f"         shapes: " + ", ".join(f"{k}={shapes[k]}" for k in BANDS))
        print(f"         observations per note: " + ", ".join(f"{k}:{o_per_note[k]}" for k in sorted(o_per_note)))
        if len(recs) != N_PER_LANG:
            err(f"{FILES[lang]}: {len(recs)} records, expected {N_PER_LANG}")
        tot_shapes.update(shapes)
        tot_obs += n
        tot_j += j
        notes_2_3 += o_per_note[2] + o_per_note[3]
        notes_total += len(recs)
    negs = sum(neg_count.values())
    print(f"  [all] observations={tot_obs} negatives={negs} ({negs / max(tot_obs, 1):.0%}) judgements={tot_j}")
    for k, (lo, hi) in BANDS.items():
        share = tot_shapes[k] / max(tot_obs, 1)
        print(f"         {k:6s} {tot_shapes[k]:3d} ({share:.0%}) target {lo:.0%}-{hi:.0%}")
        if not lo <= share <= hi:
            err(f"shape {k}: share {share:.2f} outside target band {lo}-{hi}")
    if not NEG_BAND[0] <= negs / max(tot_obs, 1) <= NEG_BAND[1]:
        err(f"negative share {negs / max(tot_obs, 1):.2f} outside {NEG_BAND}")
    if not JUDGEMENT_BAND[0] <= tot_j <= JUDGEMENT_BAND[1]:
        err(f"judgements total {tot_j} outside {JUDGEMENT_BAND}")
    if notes_2_3 / max(notes_total, 1) < MIN_SHARE_2_3_OBS:
        err(f"only {notes_2_3}/{notes_total} notes have 2-3 observations")

    if errors:
        print(f"\nFAILED: {len(errors)} error(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
