#!/usr/bin/env python3
"""Structure, span and count checks for the sbi29 SBI extraction evaluation set.

Usage:  python3 validate.py [FOLDER]
FOLDER defaults to the directory holding this script. Exits 0 when every check
passes, 1 otherwise (all problems are listed). Needs Python 3 and PyYAML.
"""
import os
import re
import sys
from collections import Counter

import yaml

LANGS = ("en", "zh")
N_PER_LANG = 30
OBS_KEYS = {"behaviour", "situation", "impact"}
REC_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}

# Set-level tolerances (fractions of all observations / notes in both files).
SHAPE_RANGES = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
MIN_NOTES_2_3_OBS = 0.70
NEG_RANGE = (0.15, 0.25)
JUDGEMENT_RANGE = (32, 48)
UNITS_RANGE = (2, 6)
OBS_RANGE = (1, 4)

LIST_MARKER = re.compile(
    r"^(?:[-*•·→>]+|\d{1,2}[.)、]|[（(]\d{1,2}[)）]|[①-⑩])\s*"
)
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
CJK = re.compile(r"[\u3400-\u9fff]")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def count_units(note):
    """Sentences or bullets: each non-empty line, split at sentence ends.

    A list marker at the start of a line (-, *, •, 1., ①, (2) ...) is ignored,
    so '1. Did X.' counts once. Semicolons do not end a unit.
    """
    n = 0
    for line in note.split("\n"):
        line = LIST_MARKER.sub("", line.strip()).strip()
        if not line:
            continue
        n += sum(1 for seg in SENT_SPLIT.split(line) if seg.strip())
    return n


def find_once(note, span, where, label):
    """Return (start, end) of span in note, or None after recording an error."""
    if not isinstance(span, str) or not span:
        err(where, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(where, f"{label} has leading/trailing whitespace: {span!r}")
    c = note.count(span)
    if c != 1:
        err(where, f"{label} occurs {c} times in the note (must be exactly once): {span!r}")
        return None
    i = note.index(span)
    return (i, i + len(span))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def shape_of(ob):
    s = ob.get("situation") is not None
    i = ob.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B",
            (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def check_record(rec, lang, idx):
    exp_id = f"s29-{lang}-{idx:03d}"
    where = f"{lang}[{idx}]"
    if not isinstance(rec, dict):
        err(where, "record is not a mapping")
        return None
    rid = rec.get("id")
    where = f"{rid or where}"
    if rid != exp_id:
        err(where, f"id should be {exp_id}")
    if set(rec) != REC_KEYS:
        err(where, f"keys {sorted(rec)} != {sorted(REC_KEYS)}")
    if rec.get("lang") != lang:
        err(where, f"lang should be {lang}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(where, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(where, "note must be a non-empty string")
        return None
    if lang == "zh" and len(CJK.findall(note)) < 20:
        err(where, "zh note has fewer than 20 CJK characters")
    if lang == "en" and CJK.search(note):
        err(where, "en note contains CJK characters")

    units = count_units(note)
    if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
        err(where, f"note has {units} sentences/bullets (need {UNITS_RANGE[0]}-{UNITS_RANGE[1]})")

    obs = rec.get("observations")
    if not isinstance(obs, list) or not OBS_RANGE[0] <= len(obs) <= OBS_RANGE[1]:
        err(where, f"observations must be a list of {OBS_RANGE[0]}-{OBS_RANGE[1]}")
        return None

    all_spans = []  # (range, label)
    beh_starts = []
    shapes = []
    for k, ob in enumerate(obs, 1):
        w = f"{where} obs {k}"
        if not isinstance(ob, dict) or set(ob) != OBS_KEYS:
            err(w, f"observation must have exactly keys {sorted(OBS_KEYS)}")
            continue
        if ob["behaviour"] is None:
            err(w, "behaviour must not be null")
            continue
        b = find_once(note, ob["behaviour"], w, "behaviour")
        own = []
        if b:
            own.append((b, f"obs {k} behaviour"))
            beh_starts.append(b[0])
        for slot in ("situation", "impact"):
            if ob[slot] is None:
                continue
            r = find_once(note, ob[slot], w, slot)
            if r:
                own.append((r, f"obs {k} {slot}"))
        shapes.append(shape_of(ob))
        all_spans.extend(own)

    if len(beh_starts) == len(obs) and beh_starts != sorted(beh_starts):
        err(where, "observations are not in order of appearance of the behaviour")

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(where, "judgements must be a list ([] when none)")
        judgements = []
    for j, jt in enumerate(judgements, 1):
        r = find_once(note, jt, f"{where} judgement {j}", "judgement")
        if r:
            all_spans.append((r, f"judgement {j}"))

    # No two labelled spans of a note overlap (this covers: spans of one
    # observation, behaviours of different observations, judgements vs
    # observation spans, and situation/impact spans shared between
    # observations).
    for x in range(len(all_spans)):
        for y in range(x + 1, len(all_spans)):
            if overlap(all_spans[x][0], all_spans[y][0]):
                err(where, f"{all_spans[x][1]} overlaps {all_spans[y][1]}")

    return {"id": rid, "n_obs": len(obs), "shapes": shapes,
            "n_judgements": len(judgements)}


def main(folder):
    stats = []
    ids_nobs = {}
    for lang in LANGS:
        path = os.path.join(folder, f"notes_{lang}.yaml")
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except Exception as e:  # noqa: BLE001
            err(path, f"cannot load: {e}")
            continue
        if not isinstance(data, list) or len(data) != N_PER_LANG:
            err(path, f"must be a list of {N_PER_LANG} records")
            if not isinstance(data, list):
                continue
        seen = Counter(r.get("id") for r in data if isinstance(r, dict))
        for rid, c in seen.items():
            if c > 1:
                err(path, f"duplicate id {rid}")
        for idx, rec in enumerate(data, 1):
            st = check_record(rec, lang, idx)
            if st:
                stats.append(st)
                ids_nobs[st["id"]] = st["n_obs"]

    # negatives.yaml
    n_neg = 0
    neg_path = os.path.join(folder, "negatives.yaml")
    try:
        with open(neg_path, encoding="utf-8") as fh:
            neg = yaml.safe_load(fh)
    except Exception as e:  # noqa: BLE001
        err(neg_path, f"cannot load: {e}")
        neg = None
    if isinstance(neg, dict):
        expected = {f"s29-{l}-{i:03d}" for l in LANGS for i in range(1, N_PER_LANG + 1)}
        missing = expected - set(neg)
        extra = set(neg) - expected
        if missing:
            err(neg_path, f"ids missing: {sorted(missing)}")
        if extra:
            err(neg_path, f"unknown ids: {sorted(extra)}")
        for rid, lst in neg.items():
            if not isinstance(lst, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in lst):
                err(neg_path, f"{rid}: value must be a list of integers")
                continue
            if len(set(lst)) != len(lst):
                err(neg_path, f"{rid}: duplicate indices")
            if lst != sorted(lst):
                err(neg_path, f"{rid}: indices not sorted")
            n = ids_nobs.get(rid)
            if n is not None:
                for v in lst:
                    if not 1 <= v <= n:
                        err(neg_path, f"{rid}: index {v} outside 1..{n}")
            n_neg += len(set(lst))
    elif neg is not None:
        err(neg_path, "must be a mapping id -> list of indices")

    # Set-level targets
    total_obs = sum(s["n_obs"] for s in stats)
    shapes = Counter(sh for s in stats for sh in s["shapes"])
    n_notes = len(stats)
    n_23 = sum(1 for s in stats if s["n_obs"] in (2, 3))
    n_j = sum(s["n_judgements"] for s in stats)
    print(f"notes: {n_notes}  observations: {total_obs}  judgements: {n_j}  negatives: {n_neg}")
    if n_notes and total_obs:
        print(f"notes with 2-3 observations: {n_23} ({n_23 / n_notes:.1%})")
        if n_23 / n_notes < MIN_NOTES_2_3_OBS:
            err("set", f"only {n_23 / n_notes:.1%} of notes have 2-3 observations (need >= 70%)")
        for shape, (lo, hi) in SHAPE_RANGES.items():
            frac = shapes[shape] / total_obs
            print(f"shape {shape:6s}: {shapes[shape]:3d} ({frac:.1%})  target {lo:.0%}-{hi:.0%}")
            if not lo <= frac <= hi:
                err("set", f"shape {shape} is {frac:.1%}, outside {lo:.0%}-{hi:.0%}")
        frac = n_neg / total_obs
        print(f"negative observations: {n_neg} ({frac:.1%})  target {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%}")
        if not NEG_RANGE[0] <= frac <= NEG_RANGE[1]:
            err("set", f"negatives are {frac:.1%}, outside target")
        if not JUDGEMENT_RANGE[0] <= n_j <= JUDGEMENT_RANGE[1]:
            err("set", f"{n_j} judgements, outside {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]}")
        for lang in LANGS:
            ls = [s for s in stats if s["id"] and s["id"].startswith(f"s29-{lang}-")]
            print(f"  {lang}: {len(ls)} notes, {sum(s['n_obs'] for s in ls)} observations, "
                  f"{sum(s['n_judgements'] for s in ls)} judgements, "
                  + ", ".join(f"{k} {v}" for k, v in sorted(Counter(sh for s in ls for sh in s['shapes']).items())))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks pass")
    return 0


if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(folder))
