#!/usr/bin/env python3
"""Structure, span and count checks for the sbi35 evaluation set.

Usage:
    python3 validate.py            # checks the folder this script lives in
    python3 validate.py OTHER_DIR  # checks a copy (e.g. a deliberately broken one)

Exit code 0 when every check passes, 1 otherwise. Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
PER_FILE = 30
OBS_KEYS = {"behaviour", "situation", "impact"}
REC_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}

# Whole-set tolerances (fractions of all observations unless stated).
SHAPE_RANGES = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEGATIVE_RANGE = (0.15, 0.25)
JUDGEMENT_TOTAL = (32, 48)
MIN_SHARE_2_3_OBS = 0.70
UNITS_RANGE = (2, 6)

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_heading(line):
    """Heading-like lines (a label ending in a colon, a 【】 section title,
    a markdown heading) are not counted as sentences or bullets."""
    if re.fullmatch(r"【[^】]*】", line):
        return True
    if line.startswith("#"):
        return True
    if (line.endswith(":") or line.endswith("：")) and len(line) <= 40:
        return True
    return False


def count_units(note):
    """Approximate number of sentences / bullets / semicolon clauses."""
    n = 0
    for raw in note.splitlines():
        line = raw.strip()
        if not line or is_heading(line):
            continue
        parts = re.split(r"(?<=[。！？；;])|(?<=[.!?])(?=\s)", line)
        n += sum(1 for p in parts if re.search(r"[A-Za-z\u3400-\u9fff]", p))
    return n


def span_pos(note, span, where, label):
    """Return (start, end) of span in note, checking it occurs exactly once."""
    if not isinstance(span, str) or not span:
        err(where, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(where, f"{label} has leading/trailing whitespace: {span!r}")
    c = note.count(span)
    if c != 1:
        err(where, f"{label} occurs {c} times in the note (must be exactly once): {span!r}")
        return None
    i = note.find(span)
    return (i, i + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def check_record(rec, lang, expected_id):
    where = expected_id
    if not isinstance(rec, dict):
        err(where, "record is not a mapping")
        return None
    keys = set(rec)
    if keys != REC_KEYS:
        err(where, f"keys {sorted(keys)} != {sorted(REC_KEYS)}")
    if rec.get("id") != expected_id:
        err(where, f"id is {rec.get('id')!r}, expected {expected_id!r}")
    if rec.get("lang") != lang:
        err(where, f"lang is {rec.get('lang')!r}, expected {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(where, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(where, "note must be a non-empty string")
        return None
    if lang == "zh" and not re.search(r"[\u3400-\u9fff]", note):
        err(where, "zh note contains no Chinese characters")
    if lang == "en" and re.search(r"[\u3400-\u9fff]", note):
        err(where, "en note contains Chinese characters")

    units = count_units(note)
    if not (UNITS_RANGE[0] <= units <= UNITS_RANGE[1]):
        err(where, f"note has {units} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not (1 <= len(obs_list) <= 4):
        err(where, "observations must be a list of 1-4 items")
        return None

    all_spans = []  # (label, (start, end))
    b_starts = []
    shapes = []
    for k, obs in enumerate(obs_list, 1):
        ow = f"{where} obs {k}"
        if not isinstance(obs, dict) or set(obs) != OBS_KEYS:
            err(ow, f"observation must have exactly keys {sorted(OBS_KEYS)}")
            continue
        if obs["behaviour"] is None:
            err(ow, "behaviour is null (every observation needs a behaviour)")
            continue
        own = []
        for slot in ("behaviour", "situation", "impact"):
            v = obs[slot]
            if v is None:
                continue
            p = span_pos(note, v, ow, slot)
            if p:
                own.append((f"obs {k} {slot}", p))
                if slot == "behaviour":
                    b_starts.append(p[0])
        all_spans.extend(own)
        shapes.append(shape(obs))
    if b_starts != sorted(b_starts):
        err(where, "observations are not in order of appearance of their behaviour")

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(where, "judgements must be a list ([] when none)")
        judgements = []
    for j, jt in enumerate(judgements, 1):
        p = span_pos(note, jt, where, f"judgement {j}")
        if p:
            all_spans.append((f"judgement {j}", p))

    # No two labelled spans of a record overlap (covers: slots of one observation,
    # behaviours of different observations, judgements vs observation spans,
    # shared situation/impact spans across observations).
    for a in range(len(all_spans)):
        for b in range(a + 1, len(all_spans)):
            if overlaps(all_spans[a][1], all_spans[b][1]):
                err(where, f"{all_spans[a][0]} overlaps {all_spans[b][0]}")
    # Explicit check for shared situation/impact text across observations.
    seen = {}
    for k, obs in enumerate(obs_list, 1):
        if not isinstance(obs, dict):
            continue
        for slot in ("situation", "impact"):
            v = obs.get(slot)
            if v is None:
                continue
            if v in seen:
                err(where, f"obs {k} {slot} repeats the span of {seen[v]}")
            seen[v] = f"obs {k} {slot}"
    return {"n_obs": len(obs_list), "shapes": shapes, "n_judgements": len(judgements)}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stats = {}
    for lang, fname in FILES.items():
        path = os.path.join(base, fname)
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
        except Exception as e:  # noqa: BLE001
            err(fname, f"cannot load: {e}")
            continue
        if not isinstance(data, list):
            err(fname, "top level must be a list of records")
            continue
        if len(data) != PER_FILE:
            err(fname, f"{len(data)} records, expected {PER_FILE}")
        ids = [r.get("id") if isinstance(r, dict) else None for r in data]
        if len(set(ids)) != len(ids):
            err(fname, "duplicate ids")
        for n, rec in enumerate(data, 1):
            rid = f"s35-{lang}-{n:03d}"
            st = check_record(rec, lang, rid)
            if st:
                stats[rid] = st

    # negatives.yaml
    neg_path = os.path.join(base, "negatives.yaml")
    try:
        with open(neg_path, encoding="utf-8") as f:
            neg = yaml.safe_load(f)
    except Exception as e:  # noqa: BLE001
        err("negatives.yaml", f"cannot load: {e}")
        neg = None
    n_neg = 0
    if not isinstance(neg, dict):
        err("negatives.yaml", "top level must be a mapping id -> list of indices")
    else:
        expected = {f"s35-{l}-{n:03d}" for l in FILES for n in range(1, PER_FILE + 1)}
        missing = expected - set(neg)
        extra = set(neg) - expected
        if missing:
            err("negatives.yaml", f"missing ids: {sorted(missing)}")
        if extra:
            err("negatives.yaml", f"unknown ids: {sorted(extra)}")
        for rid, idx in neg.items():
            if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
                err("negatives.yaml", f"{rid}: value must be a list of integers")
                continue
            if len(set(idx)) != len(idx) or idx != sorted(idx):
                err("negatives.yaml", f"{rid}: indices must be unique and ascending")
            if rid in stats:
                for i in idx:
                    if not (1 <= i <= stats[rid]["n_obs"]):
                        err("negatives.yaml", f"{rid}: index {i} out of range 1..{stats[rid]['n_obs']}")
            n_neg += len(idx)

    # whole-set targets
    total_obs = sum(s["n_obs"] for s in stats.values())
    n_notes = len(stats)
    if total_obs and n_notes:
        share_23 = sum(1 for s in stats.values() if s["n_obs"] in (2, 3)) / n_notes
        if share_23 < MIN_SHARE_2_3_OBS:
            err("set", f"only {share_23:.0%} of notes have 2-3 observations (need >= {MIN_SHARE_2_3_OBS:.0%})")
        counts = {k: 0 for k in SHAPE_RANGES}
        for s in stats.values():
            for sh in s["shapes"]:
                counts[sh] += 1
        for k, (lo, hi) in SHAPE_RANGES.items():
            frac = counts[k] / total_obs
            if not (lo <= frac <= hi):
                err("set", f"shape {k} is {frac:.1%} of observations, expected {lo:.0%}-{hi:.0%}")
        neg_frac = n_neg / total_obs
        if not (NEGATIVE_RANGE[0] <= neg_frac <= NEGATIVE_RANGE[1]):
            err("set", f"negative observations {neg_frac:.1%}, expected {NEGATIVE_RANGE[0]:.0%}-{NEGATIVE_RANGE[1]:.0%}")
        n_j = sum(s["n_judgements"] for s in stats.values())
        if not (JUDGEMENT_TOTAL[0] <= n_j <= JUDGEMENT_TOTAL[1]):
            err("set", f"{n_j} judgements in all, expected {JUDGEMENT_TOTAL[0]}-{JUDGEMENT_TOTAL[1]}")

        print(f"notes: {n_notes}  observations: {total_obs}  judgements: {n_j}")
        print("notes by number of observations: " + ", ".join(
            f"{k}: {sum(1 for s in stats.values() if s['n_obs'] == k)}" for k in (1, 2, 3, 4)))
        print(f"notes with 2-3 observations: {share_23:.1%}")
        print("shapes: " + ", ".join(f"{k} {counts[k]} ({counts[k] / total_obs:.1%})" for k in SHAPE_RANGES))
        print(f"negative observations: {n_neg} ({neg_frac:.1%})")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")
    sys.exit(0)


if __name__ == "__main__":
    main()
