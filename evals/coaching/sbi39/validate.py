#!/usr/bin/env python3
"""Structure, span and count checks for the sbi39 SBI extraction evaluation set.

Usage:  python3 validate.py [FOLDER]
FOLDER defaults to the folder this script lives in. Exits 0 when every check
passes, 1 otherwise (every failure is printed). Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

PREFIX = "s39"
N_PER_LANG = 30
LANGS = ("en", "zh")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# Whole-set targets (inclusive bounds).
SHAPE_BOUNDS = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
NEG_BOUNDS = (0.15, 0.25)
JUDGEMENT_BOUNDS = (32, 48)
MIN_SHARE_2_3_OBS = 0.70
OBS_PER_NOTE = (1, 4)
UNITS_PER_NOTE = (2, 6)

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
BULLET = re.compile(r"^\s*(?:[-*+•·]|\d{1,2}[.)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s+|^\s*(?:\d{1,2}[)）]|[（(]\d{1,2}[)）])")
SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")

errors = []


def err(msg):
    errors.append(msg)


def sentence_units(note):
    """Sentences or bullets: each non-empty line (list marker removed) split at
    . ! ? followed by whitespace and after 。！？. Fragments without a letter or
    digit (stray punctuation) are not counted."""
    n = 0
    for line in note.split("\n"):
        line = BULLET.sub("", line, count=1).strip()
        if not line:
            continue
        for part in SPLIT.split(line):
            if re.search(r"\w", part):
                n += 1
    return n


def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "S+B+I", (False, False): "B", (False, True): "B+I", (True, False): "S+B"}[(s, i)]


def locate(rid, note, span, what):
    """Return (start, end) of span in note, or None after reporting an error."""
    if not isinstance(span, str) or not span:
        err(f"{rid}: {what} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(f"{rid}: {what} has leading/trailing whitespace: {span!r}")
    count = note.count(span)
    if count != 1:
        err(f"{rid}: {what} must occur exactly once in the note, found {count}: {span!r}")
        return None
    start = note.index(span)
    return (start, start + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check_record(rec, lang, expected_id):
    rid = rec.get("id") if isinstance(rec, dict) else None
    if not isinstance(rec, dict):
        err(f"{expected_id}: record is not a mapping")
        return None
    if set(rec) != RECORD_KEYS:
        err(f"{rid}: keys {sorted(rec)} != {sorted(RECORD_KEYS)}")
    if rid != expected_id:
        err(f"{rid}: expected id {expected_id} at this position")
    if rec.get("lang") != lang:
        err(f"{rid}: lang {rec.get('lang')!r} != {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(f"{rid}: employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{rid}: note must be a non-empty string")
        return None
    if note != note.strip():
        err(f"{rid}: note has leading/trailing whitespace")
    cjk = len(CJK.findall(note))
    if lang == "zh" and cjk < 10:
        err(f"{rid}: zh note has only {cjk} CJK characters")
    if lang == "en" and cjk:
        err(f"{rid}: en note contains CJK characters")

    units = sentence_units(note)
    if not UNITS_PER_NOTE[0] <= units <= UNITS_PER_NOTE[1]:
        err(f"{rid}: note has {units} sentences/bullets, expected {UNITS_PER_NOTE[0]}-{UNITS_PER_NOTE[1]}")

    obs = rec.get("observations")
    if not isinstance(obs, list) or not OBS_PER_NOTE[0] <= len(obs) <= OBS_PER_NOTE[1]:
        err(f"{rid}: observations must be a list of {OBS_PER_NOTE[0]}-{OBS_PER_NOTE[1]} items")
        return None
    judg = rec.get("judgements")
    if not isinstance(judg, list):
        err(f"{rid}: judgements must be a list ([] when none)")
        judg = []

    spans = []  # (label, (start, end))
    beh_starts = []
    for k, o in enumerate(obs, 1):
        if not isinstance(o, dict) or set(o) != OBS_KEYS:
            err(f"{rid}: observation {k} must have exactly the keys {sorted(OBS_KEYS)}")
            continue
        b = locate(rid, note, o["behaviour"], f"observation {k} behaviour")
        if b:
            spans.append((f"obs{k}.behaviour", b))
            beh_starts.append(b[0])
        for slot in ("situation", "impact"):
            if o[slot] is None:
                continue
            p = locate(rid, note, o[slot], f"observation {k} {slot}")
            if p:
                spans.append((f"obs{k}.{slot}", p))
    if beh_starts != sorted(beh_starts):
        err(f"{rid}: observations are not in order of appearance of their behaviour")
    if len(set(judg)) != len(judg):
        err(f"{rid}: duplicate judgement")
    for k, j in enumerate(judg, 1):
        p = locate(rid, note, j, f"judgement {k}")
        if p:
            spans.append((f"judgement{k}", p))

    # All spans of a record are pairwise disjoint. This covers the required rules
    # (spans of one observation, behaviours of different observations, judgement
    # vs observation spans, no shared situation/impact) and is what this set uses.
    for x in range(len(spans)):
        for y in range(x + 1, len(spans)):
            if overlaps(spans[x][1], spans[y][1]):
                err(f"{rid}: {spans[x][0]} overlaps {spans[y][0]}")
    return rec


def main():
    folder = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    records = []
    for lang in LANGS:
        path = os.path.join(folder, f"notes_{lang}.yaml")
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
        except Exception as e:  # noqa: BLE001
            err(f"{path}: cannot load: {e}")
            continue
        if not isinstance(data, list):
            err(f"{path}: top level must be a list")
            continue
        if len(data) != N_PER_LANG:
            err(f"{path}: {len(data)} records, expected {N_PER_LANG}")
        ids = [r.get("id") if isinstance(r, dict) else None for r in data]
        if len(set(ids)) != len(ids):
            err(f"{path}: duplicate ids")
        for n, rec in enumerate(data, 1):
            r = check_record(rec, lang, f"{PREFIX}-{lang}-{n:03d}")
            if r is not None:
                records.append(r)

    # negatives.yaml
    neg_path = os.path.join(folder, "negatives.yaml")
    try:
        with open(neg_path, encoding="utf-8") as f:
            negs = yaml.safe_load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{neg_path}: cannot load: {e}")
        negs = {}
    if not isinstance(negs, dict):
        err(f"{neg_path}: top level must be a mapping id -> list")
        negs = {}
    all_ids = {f"{PREFIX}-{l}-{n:03d}" for l in LANGS for n in range(1, N_PER_LANG + 1)}
    if set(negs) != all_ids:
        missing, extra = sorted(all_ids - set(negs)), sorted(set(negs) - all_ids)
        err(f"{neg_path}: ids missing {missing[:5]}{'...' if len(missing) > 5 else ''}, unexpected {extra[:5]}")
    by_id = {r["id"]: r for r in records if isinstance(r.get("id"), str)}
    n_neg = 0
    for rid, idx in negs.items():
        if not isinstance(idx, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in idx):
            err(f"{neg_path}: {rid}: value must be a list of integers")
            continue
        if len(set(idx)) != len(idx):
            err(f"{neg_path}: {rid}: duplicate index")
        rec = by_id.get(rid)
        if rec is not None:
            n_obs = len(rec["observations"])
            for i in idx:
                if not 1 <= i <= n_obs:
                    err(f"{neg_path}: {rid}: index {i} out of range 1..{n_obs}")
        n_neg += len(set(idx))

    # Whole-set targets
    all_obs = [o for r in records for o in r["observations"] if isinstance(o, dict) and set(o) == OBS_KEYS]
    total = len(all_obs)
    counts = {k: 0 for k in SHAPE_BOUNDS}
    for o in all_obs:
        counts[shape(o)] += 1
    n_judg = sum(len(r["judgements"]) for r in records if isinstance(r.get("judgements"), list))
    n_2_3 = sum(1 for r in records if len(r["observations"]) in (2, 3))
    if total:
        for k, (lo, hi) in SHAPE_BOUNDS.items():
            share = counts[k] / total
            if not lo <= share <= hi:
                err(f"shape {k}: {counts[k]}/{total} = {share:.1%}, expected {lo:.0%}-{hi:.0%}")
        share = n_neg / total
        if not NEG_BOUNDS[0] <= share <= NEG_BOUNDS[1]:
            err(f"negative observations: {n_neg}/{total} = {share:.1%}, expected {NEG_BOUNDS[0]:.0%}-{NEG_BOUNDS[1]:.0%}")
    if records:
        share = n_2_3 / len(records)
        if share < MIN_SHARE_2_3_OBS:
            err(f"notes with 2-3 observations: {n_2_3}/{len(records)} = {share:.1%}, expected >= {MIN_SHARE_2_3_OBS:.0%}")
    if not JUDGEMENT_BOUNDS[0] <= n_judg <= JUDGEMENT_BOUNDS[1]:
        err(f"judgements: {n_judg}, expected {JUDGEMENT_BOUNDS[0]}-{JUDGEMENT_BOUNDS[1]}")

    print(f"notes: {len(records)}  observations: {total}  judgements: {n_judg}  negatives: {n_neg}")
    if total:
        print("shapes: " + ", ".join(f"{k} {v} ({v / total:.1%})" for k, v in counts.items()))
        print(f"negative share: {n_neg / total:.1%}  notes with 2-3 observations: {n_2_3}/{len(records)}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
