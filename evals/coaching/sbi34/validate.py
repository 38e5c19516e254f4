#!/usr/bin/env python3
"""Structure, span and count checks for the sbi34 evaluation set.

Usage:  python3 validate.py [DIR]     (DIR defaults to this file's folder)
Exits 0 when every check passes, 1 otherwise (every failure is printed).
Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

FILES = (("notes_en.yaml", "en"), ("notes_zh.yaml", "zh"))
N_PER_FILE = 30
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
SLOTS = ("situation", "behaviour", "impact")

# whole-set targets (inclusive bounds)
SHAPE_BOUNDS = {
    "S+B+I": (0.28, 0.40),
    "B": (0.15, 0.25),
    "B+I": (0.17, 0.30),
    "S+B": (0.17, 0.30),
}
MIN_SHARE_2_3_OBS = 0.70
NEG_BOUNDS = (0.15, 0.25)
JUDGEMENT_BOUNDS = (32, 48)
UNITS_BOUNDS = (2, 6)
OBS_BOUNDS = (1, 4)

# a bullet / enumerator / form heading at the start of a line is not a sentence end
LEAD_MARKER = re.compile(
    r"^\s*(?:[-*\u2022]\s+|\(?\d+[.)\u3001]\s*|[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341]+\u3001|\u3010[^\u3011]*\u3011)"
)
SENT_END = re.compile(r"[.!?](?=\s|$)|[\u3002\uff01\uff1f]")
CJK = re.compile(r"[\u3400-\u9fff]")
# characters an observation span should neither start nor end with
EDGE_PUNCT = set(" \t\n,.;:!?\u3001\uff0c\u3002\uff1b\uff1a\uff01\uff1f-")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def count_units(note):
    """Sentences or bullets: per non-empty line, the number of sentence ends (at least 1)."""
    n = 0
    for line in note.splitlines():
        s = line.strip()
        if not s:
            continue
        s = LEAD_MARKER.sub("", s, count=1)
        n += max(1, len(SENT_END.findall(s)))
    return n


def shape(obs):
    parts = []
    if obs.get("situation") is not None:
        parts.append("S")
    parts.append("B")
    if obs.get("impact") is not None:
        parts.append("I")
    return "+".join(parts)


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def locate(where, note, span, what):
    """Return (start, end) of span in note, or None after recording an error."""
    if not isinstance(span, str) or not span:
        err(where, f"{what} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(where, f"{what} has leading/trailing whitespace: {span!r}")
    c = note.count(span)
    if c != 1:
        err(where, f"{what} occurs {c} times in the note (must be exactly once): {span!r}")
        return None
    start = note.index(span)
    return (start, start + len(span))


def check_record(rec, idx, lang, seen_ids):
    where = f"{lang}[{idx}]"
    if not isinstance(rec, dict):
        err(where, "record is not a mapping")
        return None
    keys = set(rec)
    if keys != RECORD_KEYS:
        err(where, f"keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
    rid = rec.get("id")
    expected = f"s34-{lang}-{idx + 1:03d}"
    if rid != expected:
        err(where, f"id {rid!r}, expected {expected!r}")
    where = str(rid)
    if rid in seen_ids:
        err(where, "duplicate id")
    seen_ids.add(rid)
    if rec.get("lang") != lang:
        err(where, f"lang {rec.get('lang')!r}, expected {lang!r}")
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(where, "employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(where, "note must be a non-empty string")
        return None
    units = count_units(note)
    if not UNITS_BOUNDS[0] <= units <= UNITS_BOUNDS[1]:
        err(where, f"note has {units} sentences/bullets, expected {UNITS_BOUNDS[0]}-{UNITS_BOUNDS[1]}")
    cjk = len(CJK.findall(note))
    if lang == "zh" and cjk < 15:
        err(where, f"Chinese note has only {cjk} CJK characters")
    if lang == "en" and cjk > 0:
        err(where, "English note contains CJK characters")

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not OBS_BOUNDS[0] <= len(obs_list) <= OBS_BOUNDS[1]:
        err(where, f"observations must be a list of {OBS_BOUNDS[0]}-{OBS_BOUNDS[1]}")
        return None

    all_spans = []  # (interval, obs index, slot)
    beh_starts = []
    shapes = []
    for k, obs in enumerate(obs_list, 1):
        w = f"{where} obs{k}"
        if not isinstance(obs, dict):
            err(w, "observation is not a mapping")
            continue
        if set(obs) != OBS_KEYS:
            err(w, f"keys {sorted(obs)} != {sorted(OBS_KEYS)}")
        if obs.get("behaviour") is None:
            err(w, "behaviour is missing/null (every observation has a behaviour)")
        own = []
        for slot in SLOTS:
            span = obs.get(slot)
            if span is None:
                continue
            iv = locate(w, note, span, slot)
            if iv is None:
                continue
            if span[0] in EDGE_PUNCT or span[-1] in EDGE_PUNCT:
                err(w, f"{slot} starts or ends with punctuation/space: {span!r}")
            own.append((iv, slot))
            all_spans.append((iv, k, slot))
            if slot == "behaviour":
                beh_starts.append(iv[0])
        for i in range(len(own)):
            for j in range(i + 1, len(own)):
                if overlaps(own[i][0], own[j][0]):
                    err(w, f"{own[i][1]} and {own[j][1]} overlap")
        shapes.append(shape(obs))

    # spans of different observations never overlap (covers behaviours and shared S/I)
    for i in range(len(all_spans)):
        for j in range(i + 1, len(all_spans)):
            (a, ka, sa), (b, kb, sb) = all_spans[i], all_spans[j]
            if ka != kb and overlaps(a, b):
                err(where, f"obs{ka} {sa} overlaps obs{kb} {sb}")
    for slot in ("situation", "impact"):
        vals = [o.get(slot) for o in obs_list if isinstance(o, dict) and o.get(slot) is not None]
        if len(vals) != len(set(vals)):
            err(where, f"two observations share a {slot} span")
    if beh_starts != sorted(beh_starts):
        err(where, "observations are not in order of appearance of their behaviour")

    judgements = rec.get("judgements")
    n_j = 0
    if not isinstance(judgements, list):
        err(where, "judgements must be a list ([] when none)")
    else:
        n_j = len(judgements)
        j_ivs = []
        if len(set(map(str, judgements))) != len(judgements):
            err(where, "duplicate judgement")
        for t in judgements:
            iv = locate(where, note, t, "judgement")
            if iv is None:
                continue
            for (b, kb, sb) in all_spans:
                if overlaps(iv, b):
                    err(where, f"judgement {t!r} overlaps obs{kb} {sb}")
            for other in j_ivs:
                if overlaps(iv, other):
                    err(where, f"judgement {t!r} overlaps another judgement")
            j_ivs.append(iv)
    return {"id": rid, "n_obs": len(obs_list), "shapes": shapes, "n_judgements": n_j}


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stats = []
    seen_ids = set()
    for fname, lang in FILES:
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
        if len(data) != N_PER_FILE:
            err(fname, f"{len(data)} records, expected {N_PER_FILE}")
        for i, rec in enumerate(data):
            st = check_record(rec, i, lang, seen_ids)
            if st:
                st["lang"] = lang
                stats.append(st)

    # negatives.yaml
    neg_path = os.path.join(base, "negatives.yaml")
    n_neg = 0
    try:
        with open(neg_path, encoding="utf-8") as fh:
            neg = yaml.safe_load(fh)
    except Exception as exc:  # noqa: BLE001
        err("negatives.yaml", f"cannot load: {exc}")
        neg = None
    if neg is not None:
        if not isinstance(neg, dict):
            err("negatives.yaml", "must be a mapping id -> list of indices")
        else:
            by_id = {s["id"]: s for s in stats}
            missing = sorted(set(by_id) - set(neg))
            extra = sorted(set(neg) - set(by_id))
            if missing:
                err("negatives.yaml", f"ids missing: {missing}")
            if extra:
                err("negatives.yaml", f"unknown ids: {extra}")
            for rid, idxs in neg.items():
                if rid not in by_id:
                    continue
                if not isinstance(idxs, list) or not all(type(x) is int for x in idxs):
                    err("negatives.yaml", f"{rid}: value must be a list of integers")
                    continue
                if len(set(idxs)) != len(idxs) or idxs != sorted(idxs):
                    err("negatives.yaml", f"{rid}: indices must be unique and ascending")
                for x in idxs:
                    if not 1 <= x <= by_id[rid]["n_obs"]:
                        err("negatives.yaml", f"{rid}: index {x} out of range 1..{by_id[rid]['n_obs']}")
                n_neg += len(idxs)

    # whole-set targets
    n_notes = len(stats)
    all_shapes = [s for st in stats for s in st["shapes"]]
    n_obs = len(all_shapes)
    n_judg = sum(st["n_judgements"] for st in stats)
    print(f"notes: {n_notes}  observations: {n_obs}  judgements: {n_judg}  negatives: {n_neg}")
    if n_notes and n_obs:
        share23 = sum(1 for st in stats if st["n_obs"] in (2, 3)) / n_notes
        print(f"notes with 2-3 observations: {share23:.1%}")
        if share23 < MIN_SHARE_2_3_OBS:
            err("set", f"only {share23:.1%} of notes have 2-3 observations (min {MIN_SHARE_2_3_OBS:.0%})")
        for name, (lo, hi) in SHAPE_BOUNDS.items():
            c = all_shapes.count(name)
            share = c / n_obs
            print(f"shape {name:6s} {c:4d}  {share:.1%}  (target {lo:.0%}-{hi:.0%})")
            if not lo <= share <= hi:
                err("set", f"shape {name} is {share:.1%}, outside {lo:.0%}-{hi:.0%}")
        other = [s for s in all_shapes if s not in SHAPE_BOUNDS]
        if other:
            err("set", f"unexpected shapes: {sorted(set(other))}")
        neg_share = n_neg / n_obs
        print(f"negative observations: {neg_share:.1%}  (target {NEG_BOUNDS[0]:.0%}-{NEG_BOUNDS[1]:.0%})")
        if not NEG_BOUNDS[0] <= neg_share <= NEG_BOUNDS[1]:
            err("set", f"negatives {neg_share:.1%} outside {NEG_BOUNDS[0]:.0%}-{NEG_BOUNDS[1]:.0%}")
        if not JUDGEMENT_BOUNDS[0] <= n_judg <= JUDGEMENT_BOUNDS[1]:
            err("set", f"{n_judg} judgements, outside {JUDGEMENT_BOUNDS[0]}-{JUDGEMENT_BOUNDS[1]}")
        for lang in ("en", "zh"):
            sub = [st for st in stats if st["lang"] == lang]
            shp = [s for st in sub for s in st["shapes"]]
            counts = ", ".join(f"{k} {shp.count(k)}" for k in SHAPE_BOUNDS)
            print(f"  {lang}: {len(sub)} notes, {len(shp)} observations ({counts}), "
                  f"{sum(st['n_judgements'] for st in sub)} judgements")
    if n_notes != 2 * N_PER_FILE:
        err("set", f"{n_notes} valid records, expected {2 * N_PER_FILE}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
