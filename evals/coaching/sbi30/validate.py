#!/usr/bin/env python3
"""Structure, span and count checks for the sbi30 evaluation set.

Usage:  python3 validate.py [DIR]     (DIR defaults to the folder of this script)
Exits 0 when every check passes, 1 otherwise (all problems are listed).
Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# whole-set tolerances (inclusive)
SHAPE_RANGES = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEG_RANGE = (0.15, 0.25)
JUDGEMENT_RANGE = (32, 48)
TWO_THREE_MIN = 0.70
UNITS_RANGE = (2, 6)
OBS_RANGE = (1, 4)

BAD_EDGE = set(" \t\n\r,.;:!?，。；：！？、")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
BULLET = re.compile(r"^([-*•+–—→]|\d+[.)、])\s*")

LABEL_LINES = [
    '- **Situation (S)**: when and where it happened, the occasion: a meeting, a release, a period, '
    'a project phase, a customer visit, an incident ("In Tuesday\'s sprint review", "during the port strike", '
    '"For the March close", "双十一备战期间", "上个月的质检会上").',
    '- **Behaviour (B)**: what the person observably did or said, not a judgement of who they are '
    '("rewrote the flaky payment tests", "没跟商家确认备餐能力就上了满减活动").',
    '- **Impact (I)**: the effect of that behaviour on people, customers, the team, the work or the business '
    '("so the regional number was off by $180k", "we had zero escalations to legal", '
    '"导致两个司机同一天休息没人顶班", "客户当场指出来，我们比较被动").',
    '- **Judgement**: a sentence (or a semicolon-separated clause) that only evaluates, with no observable '
    'behaviour: "Great attitude overall.", "Needs to delegate more", "整体还行，就是文档写得少。".',
    "Every observation has a behaviour. A situation or impact the note does not state is `null`.",
    "Negative (for negatives.yaml): an observation that describes something that went wrong.",
]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def count_units(note):
    """Sentences or bullets: each bullet line is one unit; other lines are split
    into sentences on . ! ? (followed by whitespace or end) and 。！？."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        if BULLET.match(line) and len(line) > 2:
            n += 1
            continue
        parts = re.split(r"(?<=[.!?])\s+|(?<=[。！？])", line)
        n += sum(1 for p in parts if re.search(r"\w", p))
    return n


def locate(where, note, span, label):
    """Return (start, end) of span in note, or None after recording an error."""
    if not isinstance(span, str) or not span:
        err(where, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span[0] in BAD_EDGE or span[-1] in BAD_EDGE:
        err(where, f"{label} {span!r} starts/ends with whitespace or punctuation")
    c = note.count(span)
    if c != 1:
        err(where, f"{label} {span!r} occurs {c} times in the note (must be exactly once)")
        return None
    i = note.index(span)
    return (i, i + len(span))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def shape(o):
    s = o.get("situation") is not None
    i = o.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except FileNotFoundError:
        err(os.path.basename(path), "missing")
    except yaml.YAMLError as e:
        err(os.path.basename(path), f"YAML error: {e}")
    return None


all_records = []
for lang, fname in FILES.items():
    recs = load(os.path.join(DIR, fname))
    if recs is None:
        continue
    if not isinstance(recs, list):
        err(fname, "top level must be a list")
        continue
    expected = [f"s30-{lang}-{k:03d}" for k in range(1, N_PER_LANG + 1)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in recs]
    if ids != expected:
        err(fname, f"ids must be exactly {expected[0]} ... {expected[-1]} in order; got {len(ids)} records")
    for r in recs:
        if not isinstance(r, dict):
            err(fname, f"record is not a mapping: {r!r}")
            continue
        rid = r.get("id", "?")
        where = f"{fname}:{rid}"
        if set(r.keys()) != RECORD_KEYS:
            err(where, f"keys {sorted(r.keys())} != {sorted(RECORD_KEYS)}")
        if r.get("lang") != lang:
            err(where, f"lang must be {lang!r}")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            err(where, "employee_role must be a non-empty string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(where, "note must be a non-empty string")
            continue
        # language sanity
        n_cjk, n_lat = len(CJK.findall(note)), len(LATIN.findall(note))
        if lang == "en" and n_cjk:
            err(where, "English note contains CJK characters")
        if lang == "zh" and n_cjk < n_lat:
            err(where, f"Chinese note has fewer CJK characters ({n_cjk}) than Latin letters ({n_lat})")
        units = count_units(note)
        if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
            err(where, f"note has {units} sentences/bullets, expected {UNITS_RANGE[0]}-{UNITS_RANGE[1]}")
        obs = r.get("observations")
        if not isinstance(obs, list) or not OBS_RANGE[0] <= len(obs) <= OBS_RANGE[1]:
            err(where, f"observations must be a list of {OBS_RANGE[0]}-{OBS_RANGE[1]} items")
            obs = obs if isinstance(obs, list) else []
        spans = []  # (start, end, label)
        b_starts = []
        for k, o in enumerate(obs, 1):
            ow = f"{where} obs{k}"
            if not isinstance(o, dict) or set(o.keys()) != OBS_KEYS:
                err(ow, f"observation keys must be {sorted(OBS_KEYS)}")
                continue
            own = []
            for key in ("behaviour", "situation", "impact"):
                v = o[key]
                if v is None and key != "behaviour":
                    continue
                loc = locate(ow, note, v, key)
                if loc:
                    own.append((loc[0], loc[1], f"obs{k}.{key}"))
                    if key == "behaviour":
                        b_starts.append(loc[0])
            spans.extend(own)
        if b_starts != sorted(b_starts):
            err(where, "observations are not in order of appearance of their behaviours")
        judg = r.get("judgements")
        if not isinstance(judg, list):
            err(where, "judgements must be a list")
            judg = []
        for j, s in enumerate(judg, 1):
            loc = locate(f"{where} judgement{j}", note, s, "judgement")
            if loc:
                spans.append((loc[0], loc[1], f"judgement{j}"))
        # all spans of a record are pairwise disjoint: covers overlap inside an observation,
        # between behaviours, judgement/observation overlap and shared situation/impact spans
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                if overlap(spans[a], spans[b]):
                    err(where, f"{spans[a][2]} overlaps {spans[b][2]}")
        r["_n_obs"] = len(obs)
        all_records.append(r)

# negatives.yaml
neg = load(os.path.join(DIR, "negatives.yaml"))
n_neg = 0
if isinstance(neg, dict):
    want = {r["id"]: r["_n_obs"] for r in all_records}
    missing = sorted(set(want) - set(neg))
    extra = sorted(set(neg) - set(want))
    if missing:
        err("negatives.yaml", f"ids missing: {missing}")
    if extra:
        err("negatives.yaml", f"unknown ids: {extra}")
    for rid, idx in neg.items():
        if rid not in want:
            continue
        if not isinstance(idx, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in idx):
            err("negatives.yaml", f"{rid}: value must be a list of integers")
            continue
        if len(set(idx)) != len(idx) or idx != sorted(idx):
            err("negatives.yaml", f"{rid}: indices must be unique and ascending")
        bad = [x for x in idx if not 1 <= x <= want[rid]]
        if bad:
            err("negatives.yaml", f"{rid}: indices {bad} out of range 1..{want[rid]}")
        n_neg += len(idx)
elif neg is not None:
    err("negatives.yaml", "top level must be a mapping id -> list")

# whole-set targets
if all_records:
    obs_all = [o for r in all_records for o in r["observations"] if isinstance(o, dict) and set(o) == OBS_KEYS]
    n_obs = len(obs_all)
    shapes = {}
    for o in obs_all:
        shapes[shape(o)] = shapes.get(shape(o), 0) + 1
    for name, (lo, hi) in SHAPE_RANGES.items():
        frac = shapes.get(name, 0) / n_obs if n_obs else 0
        if not lo <= frac <= hi:
            err("targets", f"shape {name}: {shapes.get(name, 0)}/{n_obs} = {frac:.1%}, expected {lo:.0%}-{hi:.0%}")
    two_three = sum(1 for r in all_records if r["_n_obs"] in (2, 3)) / len(all_records)
    if two_three < TWO_THREE_MIN:
        err("targets", f"notes with 2-3 observations: {two_three:.1%} < {TWO_THREE_MIN:.0%}")
    n_j = sum(len(r["judgements"]) for r in all_records if isinstance(r.get("judgements"), list))
    if not JUDGEMENT_RANGE[0] <= n_j <= JUDGEMENT_RANGE[1]:
        err("targets", f"judgements: {n_j}, expected {JUDGEMENT_RANGE[0]}-{JUDGEMENT_RANGE[1]}")
    if n_obs:
        f_neg = n_neg / n_obs
        if not NEG_RANGE[0] <= f_neg <= NEG_RANGE[1]:
            err("targets", f"negatives: {n_neg}/{n_obs} = {f_neg:.1%}, expected {NEG_RANGE[0]:.0%}-{NEG_RANGE[1]:.0%}")

    print(f"notes: {len(all_records)}  observations: {n_obs}  judgements: {n_j}  negatives: {n_neg}")
    for name in SHAPE_RANGES:
        print(f"  {name:6s} {shapes.get(name, 0):3d}  {shapes.get(name, 0) / n_obs:.1%}")
    dist = {}
    for r in all_records:
        dist[r["_n_obs"]] = dist.get(r["_n_obs"], 0) + 1
    print("  observations per note:", dict(sorted(dist.items())), f"(2-3: {two_three:.1%})")

# LABELS.md
labels_path = os.path.join(DIR, "LABELS.md")
if not os.path.exists(labels_path):
    err("LABELS.md", "missing")
else:
    with open(labels_path, encoding="utf-8") as f:
        labels = f.read()
    for line in LABEL_LINES:
        if line not in labels:
            err("LABELS.md", f"label definition not found verbatim: {line[:60]}...")
    if "CC BY 4.0" not in labels:
        err("LABELS.md", "licence CC BY 4.0 not stated")

if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK: all checks pass")
sys.exit(0)
