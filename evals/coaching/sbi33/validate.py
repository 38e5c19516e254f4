#!/usr/bin/env python3
"""Structure, span and count checks for the sbi33 SBI extraction evaluation set.

Usage:  python3 validate.py [DIR]     (DIR defaults to the folder holding this script)
Exit 0 when every check passes, 1 otherwise. Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
SLOTS = ("behaviour", "situation", "impact")
OBS_KEYS = set(SLOTS)
REC_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}

# whole-set targets (fractions are inclusive bounds)
SHAPE_RANGES = {"S+B+I": (0.28, 0.40), "B": (0.15, 0.25), "B+I": (0.17, 0.30), "S+B": (0.17, 0.30)}
NEG_RANGE = (0.15, 0.25)
JUDGEMENT_RANGE = (32, 48)
MIN_SHARE_2_3 = 0.70
UNITS_RANGE = (2, 6)
OBS_RANGE = (1, 4)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff]")
EDGE_PUNCT = set(" \t\n.,;:!?。，；：！？、")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def count_units(note):
    """Sentences or bullets: lines, split further at sentence-final punctuation."""
    n = 0
    for line in note.splitlines():
        for part in SENT_SPLIT.split(line):
            if LETTER.search(part):
                n += 1
    return n


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def locate(where, note, span, label):
    """Return (start, end) of span in note, or None after recording an error."""
    if not isinstance(span, str) or not span:
        err(where, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span[0] in EDGE_PUNCT or span[-1] in EDGE_PUNCT:
        err(where, f"{label} {span!r} starts or ends with whitespace/punctuation")
    c = note.count(span)
    if c != 1:
        err(where, f"{label} {span!r} occurs {c} times in the note (must be exactly once)")
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
    if keys != REC_KEYS:
        err(where, f"keys {sorted(keys)} != {sorted(REC_KEYS)}")
    if rec.get("id") != expected_id:
        err(where, f"id {rec.get('id')!r}, expected {expected_id!r}")
    if rec.get("lang") != lang:
        err(where, f"lang {rec.get('lang')!r}, expected {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(where, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(where, "note must be a non-empty string")
        return None
    if note != note.strip():
        err(where, "note has leading/trailing whitespace")
    if any(l != l.rstrip() for l in note.splitlines()):
        err(where, "note has trailing spaces on a line")
    if lang == "zh" and not CJK.search(note):
        err(where, "Chinese note contains no CJK characters")
    if lang == "en" and CJK.search(note):
        err(where, "English note contains CJK characters")

    units = count_units(note)
    if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
        err(where, f"note has {units} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not OBS_RANGE[0] <= len(obs_list) <= OBS_RANGE[1]:
        err(where, f"observations must be a list of {OBS_RANGE[0]}-{OBS_RANGE[1]} items")
        return None

    positioned = []  # (obs_index, slot, (start, end))
    shapes = []
    b_starts = []
    for k, obs in enumerate(obs_list, 1):
        w = f"{where} obs {k}"
        if not isinstance(obs, dict) or set(obs) != OBS_KEYS:
            err(w, f"observation must have exactly the keys {sorted(OBS_KEYS)}")
            continue
        if obs["behaviour"] is None:
            err(w, "behaviour is null (every observation has a behaviour)")
            continue
        own = []
        for slot in SLOTS:
            span = obs[slot]
            if span is None:
                continue
            pos = locate(w, note, span, slot)
            if pos is None:
                continue
            for other_slot, other_pos in own:
                if overlaps(pos, other_pos):
                    err(w, f"{slot} overlaps {other_slot} of the same observation")
            own.append((slot, pos))
            positioned.append((k, slot, pos))
            if slot == "behaviour":
                b_starts.append(pos[0])
        shapes.append(shape(obs))

    # spans of different observations: behaviours never overlap, situation/impact never shared;
    # this set is stricter and keeps every span of one observation apart from every span of another
    for x in range(len(positioned)):
        for y in range(x + 1, len(positioned)):
            kx, sx, px = positioned[x]
            ky, sy, py = positioned[y]
            if kx != ky and overlaps(px, py):
                err(where, f"obs {kx} {sx} overlaps obs {ky} {sy}")

    if b_starts != sorted(b_starts):
        err(where, "observations are not in order of appearance of the behaviour")

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(where, "judgements must be a list")
        judgements = []
    jpos = []
    for j in judgements:
        pos = locate(where, note, j, "judgement")
        if pos is None:
            continue
        for k, slot, p in positioned:
            if overlaps(pos, p):
                err(where, f"judgement {j!r} overlaps obs {k} {slot}")
        for q in jpos:
            if overlaps(pos, q):
                err(where, f"judgement {j!r} overlaps another judgement")
        jpos.append(pos)

    return {"n_obs": len(obs_list), "shapes": shapes, "n_judgements": len(judgements)}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stats = {}
    all_ids = []
    for lang, fname in FILES.items():
        path = os.path.join(base, fname)
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except Exception as exc:  # noqa: BLE001
            err(fname, f"cannot load: {exc}")
            continue
        if not isinstance(data, list) or len(data) != N_PER_LANG:
            err(fname, f"must be a list of {N_PER_LANG} records")
            if not isinstance(data, list):
                continue
        for n, rec in enumerate(data, 1):
            rid = f"s33-{lang}-{n:03d}"
            all_ids.append(rid)
            st = check_record(rec, lang, rid)
            if st:
                stats[rid] = st

    # negatives.yaml
    neg_count = 0
    try:
        with open(os.path.join(base, "negatives.yaml"), encoding="utf-8") as fh:
            neg = yaml.safe_load(fh)
    except Exception as exc:  # noqa: BLE001
        err("negatives.yaml", f"cannot load: {exc}")
        neg = None
    if neg is not None:
        if not isinstance(neg, dict):
            err("negatives.yaml", "must be a mapping id -> list")
        else:
            missing = sorted(set(all_ids) - set(neg))
            extra = sorted(set(neg) - set(all_ids))
            if missing:
                err("negatives.yaml", f"ids missing: {missing}")
            if extra:
                err("negatives.yaml", f"unknown ids: {extra}")
            for rid, idx in neg.items():
                if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
                    err("negatives.yaml", f"{rid}: value must be a list of integers")
                    continue
                if idx != sorted(set(idx)):
                    err("negatives.yaml", f"{rid}: indices must be unique and ascending")
                n_obs = stats.get(rid, {}).get("n_obs")
                if n_obs is not None and any(i < 1 or i > n_obs for i in idx):
                    err("negatives.yaml", f"{rid}: index out of range 1..{n_obs}")
                neg_count += len(set(idx))

    # whole-set targets
    if stats:
        n_notes = len(stats)
        n_obs = sum(s["n_obs"] for s in stats.values())
        share_2_3 = sum(1 for s in stats.values() if s["n_obs"] in (2, 3)) / n_notes
        shapes = {k: 0 for k in SHAPE_RANGES}
        for s in stats.values():
            for sh in s["shapes"]:
                shapes[sh] += 1
        n_judg = sum(s["n_judgements"] for s in stats.values())
        print(f"notes {n_notes}, observations {n_obs}, judgements {n_judg}, negatives {neg_count}")
        print(f"notes with 2-3 observations: {share_2_3:.1%}")
        if share_2_3 < MIN_SHARE_2_3:
            err("targets", f"only {share_2_3:.1%} of notes have 2-3 observations (min {MIN_SHARE_2_3:.0%})")
        for sh, (lo, hi) in SHAPE_RANGES.items():
            frac = shapes[sh] / n_obs if n_obs else 0
            print(f"shape {sh:6s} {shapes[sh]:4d}  {frac:.1%}  (target {lo:.0%}-{hi:.0%})")
            if not lo <= frac <= hi:
                err("targets", f"shape {sh} at {frac:.1%}, outside {lo:.0%}-{hi:.0%}")
        frac = neg_count / n_obs if n_obs else 0
        print(f"negative observations {neg_count}  {frac:.1%}  (target {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%})")
        if not NEG_RANGE[0] <= frac <= NEG_RANGE[1]:
            err("targets", f"negatives at {frac:.1%}, outside {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%}")
        if not JUDGEMENT_RANGE[0] <= n_judg <= JUDGEMENT_RANGE[1]:
            err("targets", f"{n_judg} judgements, outside {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
