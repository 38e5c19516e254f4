#!/usr/bin/env python3
"""Structure, span and count checks for the sbi37 SBI extraction evaluation set.

Usage:  python3 validate.py [DIR]      (DIR defaults to the folder of this script)
Exit status 0 when every check passes, 1 otherwise.  Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

EXPECTED_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
PER_FILE = 30
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}

# whole-set targets (inclusive bounds)
SHAPE_BOUNDS = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEG_BOUNDS = (0.15, 0.25)
JUDGEMENT_BOUNDS = (32, 48)
MIN_SHARE_2_3 = 0.70
UNITS_BOUNDS = (2, 6)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
WORDCHAR = re.compile(r"[A-Za-z\u3400-\u4dbf\u4e00-\u9fff]")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def sentence_units(note):
    """Sentences or bullets: every line is split at sentence-final punctuation;
    pieces with fewer than two letters/CJK characters (list numbers etc.) are ignored."""
    n = 0
    for line in note.splitlines():
        for piece in SENT_SPLIT.split(line):
            if len(WORDCHAR.findall(piece)) >= 2:
                n += 1
    return n


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def check_span(where, note, span, label):
    """Return (start, end) of a span that occurs exactly once, else None."""
    if not isinstance(span, str) or not span:
        err(where, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(where, f"{label} has leading/trailing whitespace: {span!r}")
    count = note.count(span)
    if count != 1:
        err(where, f"{label} occurs {count} times in the note (must be exactly once): {span!r}")
        return None
    start = note.index(span)
    return (start, start + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check_record(rec, lang, expected_id):
    where = expected_id
    if not isinstance(rec, dict):
        err(where, "record is not a mapping")
        return None
    keys = set(rec)
    if keys != EXPECTED_KEYS:
        err(where, f"keys {sorted(keys)} != {sorted(EXPECTED_KEYS)}")
    if rec.get("id") != expected_id:
        err(where, f"id {rec.get('id')!r} out of sequence (expected {expected_id})")
    if rec.get("lang") != lang:
        err(where, f"lang {rec.get('lang')!r} != {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(where, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(where, "note must be a non-empty string")
        return None

    # language of the note
    n_cjk, n_lat = len(CJK.findall(note)), len(LATIN.findall(note))
    if lang == "en" and n_cjk:
        err(where, "English note contains CJK characters")
    if lang == "zh" and n_cjk < 0.4 * (n_cjk + n_lat):
        err(where, f"Chinese note is mostly Latin script ({n_cjk} CJK vs {n_lat} Latin)")

    units = sentence_units(note)
    if not UNITS_BOUNDS[0] <= units <= UNITS_BOUNDS[1]:
        err(where, f"note has {units} sentences/bullets (allowed {UNITS_BOUNDS})")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not 1 <= len(obs_list) <= 4:
        err(where, "observations must be a list of 1-4 items")
        return None

    placed = []  # (interval, label, obs index or None)
    sit_imp_texts = []
    behaviour_starts = []
    for k, obs in enumerate(obs_list, 1):
        w = f"{where} obs {k}"
        if not isinstance(obs, dict) or set(obs) != OBS_KEYS:
            err(w, f"observation keys must be {sorted(OBS_KEYS)}")
            continue
        own = []
        b = check_span(w, note, obs["behaviour"], "behaviour")
        if b:
            own.append((b, "behaviour"))
            behaviour_starts.append(b[0])
        for slot in ("situation", "impact"):
            val = obs[slot]
            if val is None:
                continue
            iv = check_span(w, note, val, slot)
            if iv:
                own.append((iv, slot))
                sit_imp_texts.append((val, w, slot))
        # spans of one observation do not overlap
        for x in range(len(own)):
            for y in range(x + 1, len(own)):
                if overlaps(own[x][0], own[y][0]):
                    err(w, f"{own[x][1]} and {own[y][1]} overlap")
        # spans of different observations do not overlap (covers behaviours and
        # shared situation/impact spans)
        for iv, label in own:
            for piv, plabel, pk in placed:
                if pk is not None and overlaps(iv, piv):
                    err(w, f"{label} overlaps {plabel} of observation {pk}")
        placed.extend((iv, label, k) for iv, label in own)

    if behaviour_starts != sorted(behaviour_starts):
        err(where, "observations are not in order of appearance of their behaviour")
    seen = {}
    for text, w, slot in sit_imp_texts:
        if text in seen:
            err(w, f"{slot} span {text!r} is shared with {seen[text]}")
        seen[text] = w

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(where, "judgements must be a list")
        judgements = []
    j_ivs = []
    for j in judgements:
        iv = check_span(where, note, j, "judgement")
        if not iv:
            continue
        for piv, plabel, pk in placed:
            if overlaps(iv, piv):
                err(where, f"judgement {j!r} overlaps {plabel} of observation {pk}")
        for other in j_ivs:
            if overlaps(iv, other):
                err(where, f"judgement {j!r} overlaps another judgement")
        j_ivs.append(iv)
    return rec


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    records = []
    for lang, fname in FILES.items():
        path = os.path.join(base, fname)
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except Exception as exc:  # noqa: BLE001
            err(fname, f"cannot load: {exc}")
            continue
        if not isinstance(data, list):
            err(fname, "top level must be a list of records")
            continue
        if len(data) != PER_FILE:
            err(fname, f"{len(data)} records (expected {PER_FILE})")
        for n, rec in enumerate(data, 1):
            r = check_record(rec, lang, f"s37-{lang}-{n:03d}")
            if r:
                records.append(r)

    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        err("set", "duplicate ids")

    # negatives.yaml
    neg_path = os.path.join(base, "negatives.yaml")
    negatives = {}
    try:
        with open(neg_path, encoding="utf-8") as fh:
            negatives = yaml.safe_load(fh) or {}
    except Exception as exc:  # noqa: BLE001
        err("negatives.yaml", f"cannot load: {exc}")
    if not isinstance(negatives, dict):
        err("negatives.yaml", "top level must be a mapping id -> list")
        negatives = {}
    by_id = {r["id"]: r for r in records}
    missing = sorted(set(by_id) - set(negatives))
    extra = sorted(set(negatives) - set(by_id))
    if missing:
        err("negatives.yaml", f"ids not listed: {missing}")
    if extra:
        err("negatives.yaml", f"unknown ids: {extra}")
    n_neg = 0
    for rid, idx in negatives.items():
        if rid not in by_id:
            continue
        n_obs = len(by_id[rid]["observations"])
        if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
            err("negatives.yaml", f"{rid}: value must be a list of integers")
            continue
        if len(set(idx)) != len(idx) or idx != sorted(idx):
            err("negatives.yaml", f"{rid}: indices must be unique and ascending")
        bad = [i for i in idx if not 1 <= i <= n_obs]
        if bad:
            err("negatives.yaml", f"{rid}: indices {bad} out of range 1..{n_obs}")
        n_neg += len(set(idx))

    # whole-set targets
    all_obs = [o for r in records for o in r["observations"] if isinstance(o, dict) and set(o) == OBS_KEYS]
    total = len(all_obs)
    if records and total:
        share_2_3 = sum(1 for r in records if len(r["observations"]) in (2, 3)) / len(records)
        if share_2_3 < MIN_SHARE_2_3:
            err("set", f"only {share_2_3:.0%} of notes have 2-3 observations (need >= {MIN_SHARE_2_3:.0%})")
        counts = {k: 0 for k in SHAPE_BOUNDS}
        for o in all_obs:
            counts[shape(o)] += 1
        for k, (lo, hi) in SHAPE_BOUNDS.items():
            frac = counts[k] / total
            if not lo <= frac <= hi:
                err("set", f"shape {k}: {counts[k]}/{total} = {frac:.1%} outside {lo:.0%}-{hi:.0%}")
        neg_frac = n_neg / total
        if not NEG_BOUNDS[0] <= neg_frac <= NEG_BOUNDS[1]:
            err("set", f"negatives {n_neg}/{total} = {neg_frac:.1%} outside {NEG_BOUNDS[0]:.0%}-{NEG_BOUNDS[1]:.0%}")
        n_j = sum(len(r["judgements"]) for r in records if isinstance(r.get("judgements"), list))
        if not JUDGEMENT_BOUNDS[0] <= n_j <= JUDGEMENT_BOUNDS[1]:
            err("set", f"{n_j} judgements outside {JUDGEMENT_BOUNDS}")

        print(f"notes: {len(records)}  observations: {total}  judgements: {n_j}  negatives: {n_neg} ({neg_frac:.1%})")
        print("shapes: " + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in counts.items()))
        dist = {}
        for r in records:
            dist[len(r["observations"])] = dist.get(len(r["observations"]), 0) + 1
        print("observations per note: " + ", ".join(f"{k}: {dist[k]}" for k in sorted(dist))
              + f"  (2-3: {share_2_3:.0%})")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
