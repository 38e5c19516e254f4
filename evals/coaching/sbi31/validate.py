#!/usr/bin/env python3
"""Structure, span and count checks for the sbi31 SBI-extraction evaluation set.

Usage:  python3 validate.py [DIR]     (DIR defaults to this file's folder)
Exit status 0 when every check passes, 1 otherwise.  Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

PREFIX = "s31"
LANGS = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
NEGATIVES_FILE = "negatives.yaml"

RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# Whole-set targets (inclusive bounds, percentages of all observations unless noted).
SHAPE_BOUNDS = {
    "S+B+I": (28.0, 40.0),
    "B": (15.0, 25.0),
    "B+I": (17.0, 30.0),
    "S+B": (17.0, 30.0),
}
NEGATIVE_BOUNDS = (15.0, 25.0)
JUDGEMENT_BOUNDS = (32, 48)          # absolute count over the whole set
MIN_SHARE_2_3_OBS = 70.0             # % of notes with 2 or 3 observations
UNITS_BOUNDS = (2, 6)                # sentences or bullets per note
OBS_PER_NOTE = (1, 4)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
EN_SPLIT = re.compile(r"(?<=[.!?])\s+")
ZH_SPLIT = re.compile(r"(?<=[。！？!?])")
WORDISH = re.compile(r"\w")

errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    """Number of (possibly overlapping) occurrences of needle in hay."""
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def count_units(note, lang):
    """Heuristic count of sentences / bullets / lines in a note.

    Every non-empty line is at least one unit; inside a line, sentence-final
    punctuation (. ! ? for English when followed by a space, 。！？ for Chinese)
    starts a new unit.  Fragments without a letter or character are ignored.
    """
    splitter = EN_SPLIT if lang == "en" else ZH_SPLIT
    units = 0
    for line in note.splitlines():
        if not line.strip():
            continue
        units += sum(1 for piece in splitter.split(line) if WORDISH.search(piece))
    return units


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B",
            (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def check_span(rid, label, span, note):
    """Check one span; return its (start, end) interval or None."""
    if not isinstance(span, str) or not span:
        err(f"{rid}: {label} is not a non-empty string: {span!r}")
        return None
    if span != span.strip():
        err(f"{rid}: {label} has leading/trailing whitespace: {span!r}")
    n = occurrences(note, span)
    if n != 1:
        err(f"{rid}: {label} occurs {n} times in the note (must be exactly once): {span!r}")
        return None
    start = note.find(span)
    return (start, start + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def load_yaml(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        err(f"missing file: {path}")
    except yaml.YAMLError as exc:
        err(f"{path}: YAML error: {exc}")
    return None


def check_record(rec, lang, expected_id, seen_notes):
    if not isinstance(rec, dict):
        err(f"{expected_id}: record is not a mapping")
        return None
    rid = rec.get("id", expected_id)
    keys = set(rec)
    if keys != RECORD_KEYS:
        err(f"{rid}: keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
    if rec.get("id") != expected_id:
        err(f"{rid}: expected id {expected_id}")
    if rec.get("lang") != lang:
        err(f"{rid}: lang {rec.get('lang')!r} != {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(f"{rid}: employee_role missing or empty")

    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{rid}: note missing or empty")
        return None
    if note in seen_notes:
        err(f"{rid}: duplicate note text (also {seen_notes[note]})")
    seen_notes[note] = rid

    cjk = len(CJK.findall(note))
    if lang == "zh" and cjk < 15:
        err(f"{rid}: Chinese note has only {cjk} CJK characters")
    if lang == "en" and cjk:
        err(f"{rid}: English note contains CJK characters")

    units = count_units(note, lang)
    if not UNITS_BOUNDS[0] <= units <= UNITS_BOUNDS[1]:
        err(f"{rid}: note has {units} sentences/bullets (allowed {UNITS_BOUNDS})")

    intervals = []  # (interval, label) of every span in the record
    observations = rec.get("observations")
    shapes = []
    if not isinstance(observations, list) or not observations:
        err(f"{rid}: observations must be a non-empty list")
        observations = []
    if observations and not OBS_PER_NOTE[0] <= len(observations) <= OBS_PER_NOTE[1]:
        err(f"{rid}: {len(observations)} observations (allowed {OBS_PER_NOTE})")

    prev_b_start = -1
    for k, obs in enumerate(observations, 1):
        tag = f"observation {k}"
        if not isinstance(obs, dict):
            err(f"{rid}: {tag} is not a mapping")
            continue
        if set(obs) != OBS_KEYS:
            err(f"{rid}: {tag} keys {sorted(obs)} != {sorted(OBS_KEYS)}")
        b = check_span(rid, f"{tag} behaviour", obs.get("behaviour"), note)
        if obs.get("behaviour") is None:
            err(f"{rid}: {tag} has no behaviour")
        own = []
        if b:
            own.append((b, f"{tag} behaviour"))
            if b[0] <= prev_b_start:
                err(f"{rid}: {tag} is out of order (observations follow the order of their behaviours)")
            prev_b_start = b[0]
        for slot in ("situation", "impact"):
            val = obs.get(slot)
            if val is None:
                continue
            iv = check_span(rid, f"{tag} {slot}", val, note)
            if iv:
                own.append((iv, f"{tag} {slot}"))
        for x in range(len(own)):
            for y in range(x + 1, len(own)):
                if overlaps(own[x][0], own[y][0]):
                    err(f"{rid}: {own[x][1]} overlaps {own[y][1]}")
        for iv, label in own:
            for iv2, label2 in intervals:
                if overlaps(iv, iv2):
                    err(f"{rid}: {label} overlaps {label2}")
        intervals.extend(own)
        shapes.append(shape(obs))

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(f"{rid}: judgements must be a list")
        judgements = []
    for j, text in enumerate(judgements, 1):
        iv = check_span(rid, f"judgement {j}", text, note)
        if not iv:
            continue
        for iv2, label2 in intervals:
            if overlaps(iv, iv2):
                err(f"{rid}: judgement {j} overlaps {label2}")
        intervals.append((iv, f"judgement {j}"))

    return {"id": expected_id, "n_obs": len(observations), "shapes": shapes,
            "n_judgements": len(judgements)}


def pct(part, whole):
    return 100.0 * part / whole if whole else 0.0


def main():
    folder = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stats = []
    seen_notes = {}
    for lang, fname in LANGS.items():
        data = load_yaml(os.path.join(folder, fname))
        if data is None:
            continue
        if not isinstance(data, list):
            err(f"{fname}: top level must be a list of records")
            continue
        if len(data) != N_PER_LANG:
            err(f"{fname}: {len(data)} records, expected {N_PER_LANG}")
        for n, rec in enumerate(data, 1):
            st = check_record(rec, lang, f"{PREFIX}-{lang}-{n:03d}", seen_notes)
            if st:
                st["lang"] = lang
                stats.append(st)

    n_obs_by_id = {st["id"]: st["n_obs"] for st in stats}
    expected_ids = [f"{PREFIX}-{lang}-{n:03d}" for lang in LANGS for n in range(1, N_PER_LANG + 1)]

    negatives = load_yaml(os.path.join(folder, NEGATIVES_FILE))
    n_negative = 0
    if negatives is not None:
        if not isinstance(negatives, dict):
            err(f"{NEGATIVES_FILE}: must be a mapping id -> list of indices")
        else:
            missing = [i for i in expected_ids if i not in negatives]
            extra = [i for i in negatives if i not in expected_ids]
            if missing:
                err(f"{NEGATIVES_FILE}: ids missing: {missing}")
            if extra:
                err(f"{NEGATIVES_FILE}: unknown ids: {extra}")
            for rid, idx in negatives.items():
                if not isinstance(idx, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in idx):
                    err(f"{NEGATIVES_FILE}: {rid}: value must be a list of integers")
                    continue
                if idx != sorted(set(idx)):
                    err(f"{NEGATIVES_FILE}: {rid}: indices must be unique and ascending")
                n_obs = n_obs_by_id.get(rid)
                if n_obs is not None and any(v < 1 or v > n_obs for v in idx):
                    err(f"{NEGATIVES_FILE}: {rid}: index out of range 1..{n_obs}: {idx}")
                n_negative += len(set(idx))

    # Whole-set targets.
    all_shapes = [s for st in stats for s in st["shapes"]]
    total_obs = len(all_shapes)
    n_notes = len(stats)
    print(f"notes: {n_notes}  observations: {total_obs}")
    for lang in LANGS:
        sub = [st for st in stats if st["lang"] == lang]
        sh = [s for st in sub for s in st["shapes"]]
        counts = {k: sh.count(k) for k in SHAPE_BOUNDS}
        print(f"  {lang}: notes {len(sub)}, observations {len(sh)}, "
              + ", ".join(f"{k} {v}" for k, v in counts.items())
              + f", judgements {sum(st['n_judgements'] for st in sub)}")
    for name, (lo, hi) in SHAPE_BOUNDS.items():
        c = all_shapes.count(name)
        p = pct(c, total_obs)
        print(f"  shape {name:6s} {c:4d}  {p:5.1f}%  (target {lo}-{hi}%)")
        if not lo <= p <= hi:
            err(f"shape {name}: {p:.1f}% outside {lo}-{hi}%")
    p_neg = pct(n_negative, total_obs)
    print(f"  negative observations {n_negative}  {p_neg:.1f}%  (target {NEGATIVE_BOUNDS[0]}-{NEGATIVE_BOUNDS[1]}%)")
    if not NEGATIVE_BOUNDS[0] <= p_neg <= NEGATIVE_BOUNDS[1]:
        err(f"negatives: {p_neg:.1f}% outside {NEGATIVE_BOUNDS}")
    n_j = sum(st["n_judgements"] for st in stats)
    print(f"  judgements {n_j}  (target {JUDGEMENT_BOUNDS[0]}-{JUDGEMENT_BOUNDS[1]})")
    if not JUDGEMENT_BOUNDS[0] <= n_j <= JUDGEMENT_BOUNDS[1]:
        err(f"judgements: {n_j} outside {JUDGEMENT_BOUNDS}")
    n23 = sum(1 for st in stats if st["n_obs"] in (2, 3))
    p23 = pct(n23, n_notes)
    dist = {k: sum(1 for st in stats if st["n_obs"] == k) for k in range(1, 5)}
    print(f"  observations per note {dist}; 2-3 observations: {p23:.1f}% (min {MIN_SHARE_2_3_OBS}%)")
    if p23 < MIN_SHARE_2_3_OBS:
        err(f"only {p23:.1f}% of notes have 2-3 observations")

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
