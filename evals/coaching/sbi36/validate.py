#!/usr/bin/env python3
"""Structure, span and count checks for the sbi36 SBI extraction eval set.

Usage:  python3 validate.py [folder]      (default: the folder holding this script)
Exit code 0 when every check passes, 1 otherwise (all failures are listed).
Requires Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = sys.argv[1] if len(sys.argv) > 1 else HERE

N_PER_LANG = 30
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# whole-set tolerances
SHAPE_RANGES = {          # share of all observations
    "SBI": (0.28, 0.40),
    "B": (0.15, 0.25),
    "BI": (0.17, 0.30),
    "SB": (0.17, 0.30),
}
NEG_RANGE = (0.15, 0.25)
JUDGEMENT_RANGE = (32, 48)
UNITS_RANGE = (2, 6)      # sentences or bullets per note
OBS_RANGE = (1, 4)
MIN_SHARE_2_3_OBS = 0.70

errors = []


def err(msg):
    errors.append(msg)


# --------------------------------------------------------------------------- helpers
ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|vs|e\.g|i\.e|etc|No)|\b[A-Z])\.$")
LIST_MARK = re.compile(r"\s*[-•+*]?\s*\(?\d{1,2}[.)]")   # '1.' opening a numbered line
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def count_units(note):
    """Sentences or bullets: every non-empty line is split on sentence-final
    punctuation (. ! ? followed by a space or line end; 。！？ anywhere) and on
    semicolons (; ；).  Abbreviations such as 'Dr.', an initial 'A.' or a list
    number '1.' do not end a sentence."""
    total = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        pieces = []
        buf = ""
        i = 0
        while i < len(line):
            ch = line[i]
            buf += ch
            end = False
            if ch in "。！？；;":
                end = True
            elif ch in ".!?":
                nxt = line[i + 1] if i + 1 < len(line) else " "
                if nxt.isspace() and not (ch == "." and (ABBREV.search(buf) or LIST_MARK.fullmatch(buf))):
                    end = True
            if end:
                if buf.strip(" \t-•+*–—>"):
                    pieces.append(buf)
                buf = ""
            i += 1
        if buf.strip(" \t-•+*–—>.。"):
            pieces.append(buf)
        total += max(1, len(pieces))
    return total


def find_all(hay, needle):
    out, start = [], 0
    while True:
        k = hay.find(needle, start)
        if k < 0:
            return out
        out.append(k)
        start = k + 1


def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "SBI", (False, False): "B", (False, True): "BI", (True, False): "SB"}[(s, i)]


# --------------------------------------------------------------------------- load
def load(name):
    path = os.path.join(FOLDER, name)
    if not os.path.exists(path):
        err(f"{name}: missing")
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as e:
        err(f"{name}: YAML error: {e}")
        return None


records = []
for lang, fname in (("en", "notes_en.yaml"), ("zh", "notes_zh.yaml")):
    data = load(fname)
    if data is None:
        continue
    if not isinstance(data, list):
        err(f"{fname}: top level must be a list")
        continue
    expected = [f"s36-{lang}-{k:03d}" for k in range(1, N_PER_LANG + 1)]
    got = [r.get("id") if isinstance(r, dict) else None for r in data]
    if got != expected:
        err(f"{fname}: ids must be exactly {expected[0]} ... {expected[-1]} in order; got {len(got)} records")
    for r in data:
        if isinstance(r, dict):
            r["_file"] = fname
            r["_lang_expected"] = lang
            records.append(r)
        else:
            err(f"{fname}: a record is not a mapping")

neg = load("negatives.yaml")

# --------------------------------------------------------------------------- per record
all_obs = []          # (id, index, obs)
n_judgements = 0
obs_counts = []
seen_ids = set()

for r in records:
    rid = r.get("id", "?")
    where = f"{r['_file']}:{rid}"
    if rid in seen_ids:
        err(f"{where}: duplicate id")
    seen_ids.add(rid)
    keys = set(r) - {"_file", "_lang_expected"}
    if keys != RECORD_KEYS:
        err(f"{where}: keys must be {sorted(RECORD_KEYS)}, got {sorted(keys)}")
    if r.get("lang") != r["_lang_expected"]:
        err(f"{where}: lang must be {r['_lang_expected']}")
    if not isinstance(r.get("employee_role"), str) or not r.get("employee_role", "").strip():
        err(f"{where}: employee_role must be a non-empty string")
    note = r.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{where}: note must be a non-empty string")
        continue
    if note != note.strip():
        err(f"{where}: note has leading/trailing whitespace")

    cjk = len(CJK.findall(note))
    if r["_lang_expected"] == "zh" and cjk < 15:
        err(f"{where}: Chinese note has only {cjk} CJK characters")
    if r["_lang_expected"] == "en" and cjk > 0:
        err(f"{where}: English note contains CJK characters")

    units = count_units(note)
    if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
        err(f"{where}: {units} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}")

    obs = r.get("observations")
    if not isinstance(obs, list):
        err(f"{where}: observations must be a list")
        continue
    obs_counts.append(len(obs))
    if not OBS_RANGE[0] <= len(obs) <= OBS_RANGE[1]:
        err(f"{where}: {len(obs)} observations, expected {OBS_RANGE[0]}-{OBS_RANGE[1]}")

    intervals = []   # (start, end, label)

    def place(text, label):
        if not isinstance(text, str) or not text.strip():
            err(f"{where}: {label} must be a non-empty string")
            return None
        if text != text.strip():
            err(f"{where}: {label} has leading/trailing whitespace: {text!r}")
        hits = find_all(note, text)
        if len(hits) != 1:
            err(f"{where}: {label} occurs {len(hits)} times in the note (must be exactly once): {text!r}")
            return None
        iv = (hits[0], hits[0] + len(text), label)
        intervals.append(iv)
        return iv

    prev_b = -1
    for k, o in enumerate(obs, 1):
        if not isinstance(o, dict) or set(o) != OBS_KEYS:
            err(f"{where}: observation {k} must have exactly keys {sorted(OBS_KEYS)}")
            continue
        b = place(o["behaviour"], f"obs{k}.behaviour")
        for slot in ("situation", "impact"):
            if o[slot] is not None:
                place(o[slot], f"obs{k}.{slot}")
        if b is not None:
            if b[0] <= prev_b:
                err(f"{where}: observations not in order of appearance of the behaviour (obs{k})")
            prev_b = b[0]
        all_obs.append((rid, k, o))

    judg = r.get("judgements")
    if not isinstance(judg, list):
        err(f"{where}: judgements must be a list")
        judg = []
    if len(set(map(str, judg))) != len(judg):
        err(f"{where}: duplicate judgement")
    for j, text in enumerate(judg, 1):
        place(text, f"judgement{j}")
    n_judgements += len(judg)

    # no two spans overlap (covers: within an observation, behaviours across
    # observations, judgements vs observation spans, shared situation/impact)
    intervals.sort()
    for a, b2 in zip(intervals, intervals[1:]):
        if b2[0] < a[1]:
            err(f"{where}: spans overlap: {a[2]} and {b2[2]}")

# --------------------------------------------------------------------------- negatives
obs_per_id = {}
for rid, k, o in all_obs:
    obs_per_id[rid] = max(obs_per_id.get(rid, 0), k)
n_neg = 0
if isinstance(neg, dict):
    ids = {r.get("id") for r in records}
    if set(neg) != ids:
        missing = sorted(ids - set(neg))
        extra = sorted(set(neg) - ids)
        err(f"negatives.yaml: keys must be every record id (missing {missing[:5]}, unknown {extra[:5]})")
    for rid, idx in neg.items():
        if not isinstance(idx, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in idx):
            err(f"negatives.yaml:{rid}: value must be a list of integers")
            continue
        if len(set(idx)) != len(idx) or idx != sorted(idx):
            err(f"negatives.yaml:{rid}: indices must be unique and ascending")
        for x in idx:
            if not 1 <= x <= obs_per_id.get(rid, 0):
                err(f"negatives.yaml:{rid}: index {x} out of range")
        n_neg += len(idx)
elif neg is not None:
    err("negatives.yaml: top level must be a mapping id -> list")

# --------------------------------------------------------------------------- set-level targets
n_obs = len(all_obs)
if n_obs:
    shapes = {}
    for _, _, o in all_obs:
        s = shape(o)
        shapes[s] = shapes.get(s, 0) + 1
    for s, (lo, hi) in SHAPE_RANGES.items():
        share = shapes.get(s, 0) / n_obs
        if not lo <= share <= hi:
            err(f"shape {s}: {share:.1%} of observations, expected {lo:.0%}-{hi:.0%}")
    share_neg = n_neg / n_obs
    if not NEG_RANGE[0] <= share_neg <= NEG_RANGE[1]:
        err(f"negatives: {share_neg:.1%} of observations, expected {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%}")
if not JUDGEMENT_RANGE[0] <= n_judgements <= JUDGEMENT_RANGE[1]:
    err(f"judgements: {n_judgements} in all, expected {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]}")
if obs_counts:
    share23 = sum(1 for c in obs_counts if c in (2, 3)) / len(obs_counts)
    if share23 < MIN_SHARE_2_3_OBS:
        err(f"only {share23:.0%} of notes have 2-3 observations, expected >= {MIN_SHARE_2_3_OBS:.0%}")

# --------------------------------------------------------------------------- report
print(f"records: {len(records)}  observations: {n_obs}  negatives: {n_neg}  judgements: {n_judgements}")
if n_obs:
    print("shapes: " + ", ".join(f"{s} {shapes.get(s, 0)} ({shapes.get(s, 0) / n_obs:.1%})" for s in SHAPE_RANGES)
          + f"; negatives {n_neg / n_obs:.1%}")
    dist = {c: obs_counts.count(c) for c in sorted(set(obs_counts))}
    print(f"observations per note: {dist}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK: all checks passed")
sys.exit(0)
