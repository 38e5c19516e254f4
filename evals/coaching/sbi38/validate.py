#!/usr/bin/env python3
"""Structure, span and count checks for the sbi38 evaluation set.

Usage:
    python3 validate.py            # checks the files next to this script
    python3 validate.py DIR        # checks notes_en.yaml, notes_zh.yaml and
                                   # negatives.yaml in DIR instead

Exits 0 when every check passes, 1 otherwise (each problem is printed).
Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

# ---------------------------------------------------------------- targets
N_PER_LANG = 30
OBS_PER_NOTE = (1, 4)
UNITS_PER_NOTE = (2, 6)            # sentences or bullets
MIN_SHARE_2_3_OBS = 0.70
SHAPE_RANGES = {                    # share of all observations, inclusive
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEG_RANGE = (0.15, 0.25)
JUDGEMENT_RANGE = (32, 48)

RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
EDGE_PUNCT = ".,;:!?。，；：！？、…"
CJK = re.compile(r"[\u3400-\u9fff]")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def occurrences(text, span):
    """Start offsets of every (possibly overlapping) occurrence of span."""
    out, i = [], text.find(span)
    while i != -1:
        out.append(i)
        i = text.find(span, i + 1)
    return out


def count_units(note):
    """Sentences or bullets: non-empty lines, split after . ! ? (when followed
    by whitespace) and after 。！？; pieces with fewer than two word
    characters (e.g. a bare list number "1.") are not counted."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        for part in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", line):
            if len(re.findall(r"\w", part)) >= 2:
                n += 1
    return n


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B",
            (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def check_span(where, note, span, label):
    """Return (start, end) of span in note, or None after reporting."""
    if not isinstance(span, str) or not span:
        err(where, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(where, f"{label} has leading/trailing whitespace: {span!r}")
    if span[-1] in EDGE_PUNCT or span[0] in EDGE_PUNCT:
        err(where, f"{label} starts or ends with punctuation: {span!r}")
    occ = occurrences(note, span)
    if len(occ) != 1:
        err(where, f"{label} occurs {len(occ)} times in the note (must be exactly 1): {span!r}")
        return None
    return (occ[0], occ[0] + len(span))


def check_record(rec, lang, idx, stats):
    want_id = f"s38-{lang}-{idx:03d}"
    where = f"{lang}[{idx}]"
    if not isinstance(rec, dict):
        err(where, "record is not a mapping")
        return None
    rid = rec.get("id")
    where = str(rid or where)
    if set(rec) != RECORD_KEYS:
        err(where, f"keys {sorted(rec)} != {sorted(RECORD_KEYS)}")
    if rid != want_id:
        err(where, f"id should be {want_id}")
    if rec.get("lang") != lang:
        err(where, f"lang should be {lang}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(where, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(where, "note must be a non-empty string")
        return None
    if note != note.strip():
        err(where, "note has leading/trailing whitespace")
    has_cjk = bool(CJK.search(note))
    if lang == "zh" and not has_cjk:
        err(where, "zh note contains no Chinese characters")
    if lang == "en" and has_cjk:
        err(where, "en note contains Chinese characters")

    units = count_units(note)
    if not UNITS_PER_NOTE[0] <= units <= UNITS_PER_NOTE[1]:
        err(where, f"note has {units} sentences/bullets, want {UNITS_PER_NOTE[0]}-{UNITS_PER_NOTE[1]}")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not OBS_PER_NOTE[0] <= len(obs_list) <= OBS_PER_NOTE[1]:
        err(where, f"observations must be a list of {OBS_PER_NOTE[0]}-{OBS_PER_NOTE[1]} items")
        return None
    judgements = rec.get("judgements")
    if not isinstance(judgements, list):
        err(where, "judgements must be a list ([] when none)")
        judgements = []

    intervals = []   # (start, end, label)
    b_starts = []
    for k, obs in enumerate(obs_list, 1):
        ow = f"{where} obs {k}"
        if not isinstance(obs, dict) or set(obs) != OBS_KEYS:
            err(ow, f"observation keys must be exactly {sorted(OBS_KEYS)}")
            continue
        own = []
        b = check_span(ow, note, obs["behaviour"], "behaviour")
        if b:
            own.append((*b, f"obs {k} behaviour"))
            b_starts.append(b[0])
        for slot in ("situation", "impact"):
            val = obs[slot]
            if val is None:
                continue
            r = check_span(ow, note, val, slot)
            if r:
                own.append((*r, f"obs {k} {slot}"))
        intervals.extend(own)
        stats["shapes"][shape(obs)] += 1
        stats["obs"] += 1
    if b_starts != sorted(b_starts):
        err(where, "observations are not in order of appearance of the behaviour")
    for j, jud in enumerate(judgements, 1):
        r = check_span(where, note, jud, f"judgement {j}")
        if r:
            intervals.append((*r, f"judgement {j}"))
    # No two labelled spans may overlap (covers: spans within an observation,
    # behaviours across observations, judgements vs observations, and two
    # observations sharing a situation or impact).
    intervals.sort()
    for a, b in zip(intervals, intervals[1:]):
        if b[0] < a[1]:
            err(where, f"{a[2]} overlaps {b[2]}: {note[a[0]:a[1]]!r} / {note[b[0]:b[1]]!r}")
    stats["judgements"] += len(judgements)
    stats["notes"] += 1
    if 2 <= len(obs_list) <= 3:
        stats["notes_2_3"] += 1
    return rid, len(obs_list)


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        err(os.path.basename(path), f"cannot load: {exc}")
        return None


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stats = {"notes": 0, "obs": 0, "judgements": 0, "notes_2_3": 0,
             "shapes": {k: 0 for k in SHAPE_RANGES}}
    n_obs = {}
    for lang in ("en", "zh"):
        data = load(os.path.join(base, f"notes_{lang}.yaml"))
        if data is None:
            continue
        if not isinstance(data, list) or len(data) != N_PER_LANG:
            err(f"notes_{lang}.yaml", f"must be a list of {N_PER_LANG} records")
            if not isinstance(data, list):
                continue
        for idx, rec in enumerate(data, 1):
            res = check_record(rec, lang, idx, stats)
            if res and res[0]:
                if res[0] in n_obs:
                    err(res[0], "duplicate id")
                n_obs[res[0]] = res[1]

    negs = load(os.path.join(base, "negatives.yaml"))
    n_neg = 0
    if isinstance(negs, dict):
        for rid in n_obs:
            if rid not in negs:
                err("negatives.yaml", f"{rid} missing (list every id, [] = none)")
        for rid, val in negs.items():
            if rid not in n_obs:
                err("negatives.yaml", f"unknown id {rid}")
                continue
            if not isinstance(val, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in val):
                err("negatives.yaml", f"{rid}: value must be a list of integers")
                continue
            if val != sorted(set(val)):
                err("negatives.yaml", f"{rid}: indices must be unique and ascending")
            if any(not 1 <= v <= n_obs[rid] for v in val):
                err("negatives.yaml", f"{rid}: index out of range 1..{n_obs[rid]}")
            n_neg += len(set(val))
    elif negs is not None:
        err("negatives.yaml", "must be a mapping id -> list of indices")

    # ------------------------------------------------------- set-level targets
    total = stats["obs"]
    if stats["notes"]:
        share = stats["notes_2_3"] / stats["notes"]
        if share < MIN_SHARE_2_3_OBS:
            err("set", f"only {share:.0%} of notes have 2-3 observations (min {MIN_SHARE_2_3_OBS:.0%})")
    if total:
        for name, (lo, hi) in SHAPE_RANGES.items():
            s = stats["shapes"][name] / total
            if not lo <= s <= hi:
                err("set", f"shape {name} is {s:.1%} of observations, want {lo:.0%}-{hi:.0%}")
        s = n_neg / total
        if not NEG_RANGE[0] <= s <= NEG_RANGE[1]:
            err("set", f"negative observations {s:.1%}, want {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%}")
    if not JUDGEMENT_RANGE[0] <= stats["judgements"] <= JUDGEMENT_RANGE[1]:
        err("set", f"{stats['judgements']} judgements, want {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]}")

    print(f"notes: {stats['notes']}  observations: {total}  judgements: {stats['judgements']}")
    if total:
        print("shapes: " + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in stats["shapes"].items()))
        print(f"negative observations: {n_neg} ({n_neg / total:.1%})")
    if stats["notes"]:
        print(f"notes with 2-3 observations: {stats['notes_2_3']} ({stats['notes_2_3'] / stats['notes']:.0%})")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
