#!/usr/bin/env python3
"""Structure, span and count checks for the sbi32 SBI extraction set.

Usage:  python3 validate.py [folder]
Exits 0 when every check passes, 1 otherwise (errors are printed).
Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# whole-set tolerances (inclusive)
UNITS_RANGE = (2, 6)            # sentences or bullets per note
OBS_RANGE = (1, 4)              # observations per note
MIN_SHARE_2_3 = 0.70            # share of notes with 2-3 observations
SHAPE_RANGES = {                # share of all observations
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEG_RANGE = (0.15, 0.25)        # share of observations marked negative
JUDGEMENT_RANGE = (32, 48)      # judgement spans in the whole set

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def occurrences(text, sub):
    """All start offsets of sub in text, overlapping matches included."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


_SPLIT = re.compile(r"(?<=[。！？!?])|(?<=\.)(?=\s|$)")
_CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")


def count_units(note):
    """Sentences or bullets: every non-empty line, split on sentence-final punctuation."""
    units = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        for part in _SPLIT.split(line):
            if _CONTENT.search(part):
                units += 1
    return units


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError:
        err(os.path.basename(path), "file missing")
    except yaml.YAMLError as exc:
        err(os.path.basename(path), f"YAML error: {exc}")
    return None


def span_of(rid, note, label, value):
    """Check one span string; return (start, end, label) or None."""
    if not isinstance(value, str) or not value:
        err(rid, f"{label} must be a non-empty string, got {value!r}")
        return None
    if value != value.strip():
        err(rid, f"{label} has leading/trailing whitespace: {value!r}")
    hits = occurrences(note, value)
    if len(hits) != 1:
        err(rid, f"{label} {value!r} occurs {len(hits)} times in the note (must be exactly 1)")
        return None
    return (hits[0], hits[0] + len(value), label)


def check_record(rec, lang, expected_id, stats):
    rid = rec.get("id", expected_id) if isinstance(rec, dict) else expected_id
    if not isinstance(rec, dict):
        err(rid, "record is not a mapping")
        return
    keys = set(rec)
    if keys != RECORD_KEYS:
        err(rid, f"keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
    if rec.get("id") != expected_id:
        err(rid, f"id should be {expected_id}")
    if rec.get("lang") != lang:
        err(rid, f"lang should be {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(rid, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(rid, "note must be a non-empty string")
        return
    if lang == "zh" and len(re.findall(r"[\u3400-\u9fff]", note)) < 20:
        err(rid, "zh note has too few Chinese characters")
    if lang == "en" and re.search(r"[\u3400-\u9fff]", note):
        err(rid, "en note contains Chinese characters")

    units = count_units(note)
    if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
        err(rid, f"note has {units} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list):
        err(rid, "observations must be a list")
        return
    if not OBS_RANGE[0] <= len(obs_list) <= OBS_RANGE[1]:
        err(rid, f"{len(obs_list)} observations, expected {OBS_RANGE[0]}-{OBS_RANGE[1]}")
    stats["obs_per_note"].append(len(obs_list))
    stats["n_obs"][rid] = len(obs_list)

    all_spans = []      # (start, end, label) for every labelled span in the record
    beh_starts = []
    for k, obs in enumerate(obs_list, 1):
        where = f"{rid} obs {k}"
        if not isinstance(obs, dict):
            err(where, "observation is not a mapping")
            continue
        if set(obs) != OBS_KEYS:
            err(where, f"keys {sorted(obs)} != {sorted(OBS_KEYS)}")
        b = span_of(where, note, f"obs{k}.behaviour", obs.get("behaviour"))
        own = []
        if b:
            own.append(b)
            beh_starts.append(b[0])
        for slot in ("situation", "impact"):
            val = obs.get(slot)
            if val is None:
                continue
            sp = span_of(where, note, f"obs{k}.{slot}", val)
            if sp:
                own.append(sp)
        for i in range(len(own)):
            for j in range(i + 1, len(own)):
                if overlaps(own[i], own[j]):
                    err(where, f"{own[i][2]} overlaps {own[j][2]}")
        # across observations: behaviours never overlap; situations/impacts never shared
        # or overlapping; stricter still, no span of one observation overlaps a span of another
        for sp in own:
            for other in all_spans:
                if overlaps(sp, other):
                    err(rid, f"{sp[2]} overlaps {other[2]} of another observation")
        all_spans.extend(own)
        stats["shapes"].append(shape(obs))
    if beh_starts != sorted(beh_starts):
        err(rid, "observations are not in order of appearance of their behaviours")
    # situation / impact strings must not repeat across observations
    for slot in ("situation", "impact"):
        vals = [o.get(slot) for o in obs_list if isinstance(o, dict) and o.get(slot) is not None]
        if len(vals) != len(set(vals)):
            err(rid, f"two observations share a {slot} span")

    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(rid, "judgements must be a list")
        return
    if len(judgements) != len(set(map(str, judgements))):
        err(rid, "duplicate judgement")
    jspans = []
    for n, j in enumerate(judgements, 1):
        sp = span_of(rid, note, f"judgement{n}", j)
        if not sp:
            continue
        for other in all_spans + jspans:
            if overlaps(sp, other):
                err(rid, f"judgement{n} {j!r} overlaps {other[2]}")
        jspans.append(sp)
    stats["judgements"] += len(judgements)


def main():
    stats = {"obs_per_note": [], "shapes": [], "judgements": 0, "n_obs": {}}
    for lang, fname in FILES.items():
        data = load(os.path.join(HERE, fname))
        if data is None:
            continue
        if not isinstance(data, list):
            err(fname, "top level must be a list of records")
            continue
        if len(data) != N_PER_LANG:
            err(fname, f"{len(data)} records, expected {N_PER_LANG}")
        ids = [r.get("id") if isinstance(r, dict) else None for r in data]
        if len(ids) != len(set(ids)):
            err(fname, "duplicate ids")
        for n, rec in enumerate(data, 1):
            check_record(rec, lang, f"s32-{lang}-{n:03d}", stats)

    neg = load(os.path.join(HERE, "negatives.yaml"))
    n_neg = 0
    if isinstance(neg, dict):
        missing = sorted(set(stats["n_obs"]) - set(neg))
        extra = sorted(set(neg) - set(stats["n_obs"]))
        if missing:
            err("negatives.yaml", f"ids missing: {missing}")
        if extra:
            err("negatives.yaml", f"unknown ids: {extra}")
        for rid, idx in neg.items():
            if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
                err("negatives.yaml", f"{rid}: value must be a list of integers")
                continue
            if len(idx) != len(set(idx)) or idx != sorted(idx):
                err("negatives.yaml", f"{rid}: indices must be unique and ascending")
            top = stats["n_obs"].get(rid, 0)
            bad = [i for i in idx if not 1 <= i <= top]
            if bad:
                err("negatives.yaml", f"{rid}: indices {bad} out of range 1..{top}")
            n_neg += len(idx)
    elif neg is not None:
        err("negatives.yaml", "top level must be a mapping id -> list")

    # whole-set targets
    total = len(stats["shapes"])
    notes = len(stats["obs_per_note"])
    if total and notes:
        share23 = sum(1 for c in stats["obs_per_note"] if c in (2, 3)) / notes
        if share23 < MIN_SHARE_2_3:
            err("set", f"only {share23:.0%} of notes have 2-3 observations (min {MIN_SHARE_2_3:.0%})")
        print(f"notes: {notes}   observations: {total}   notes with 2-3 obs: {share23:.1%}")
        for name, (lo, hi) in SHAPE_RANGES.items():
            c = stats["shapes"].count(name)
            share = c / total
            flag = "" if lo <= share <= hi else "   <-- out of range"
            print(f"  {name:6s} {c:3d}  {share:6.1%}  (target {lo:.0%}-{hi:.0%}){flag}")
            if flag:
                err("set", f"{name} share {share:.1%} outside {lo:.0%}-{hi:.0%}")
        neg_share = n_neg / total
        print(f"  negative {n_neg:3d}  {neg_share:6.1%}  (target {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%})")
        if not NEG_RANGE[0] <= neg_share <= NEG_RANGE[1]:
            err("set", f"negative share {neg_share:.1%} outside target")
        print(f"  judgements {stats['judgements']}  (target {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]})")
        if not JUDGEMENT_RANGE[0] <= stats["judgements"] <= JUDGEMENT_RANGE[1]:
            err("set", f"{stats['judgements']} judgements outside {JUDGEMENT_RANGE}")

    if errors:
        print(f"\nFAIL: {len(errors)} error(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
