#!/usr/bin/env python3
"""Validator for the sbi28 blind set (Situation-Behaviour-Impact extraction).

Python 3 + PyYAML only.  Run from anywhere:

    python3 validate.py            # checks, prints counts, exit 1 on any error
    python3 validate.py --quiet    # only errors and the final verdict

Checks
  structure   : 30 English + 30 Chinese records, ids s28-en-001..030 / s28-zh-001..030,
                lang matches file and script, required keys and types,
                1-4 observations per note, 2-6 sentences or bullets per note.
  spans       : behaviour / situation / impact / judgement strings are exact substrings
                of the note and occur exactly once; no leading/trailing whitespace;
                spans of one observation do not overlap; behaviours of different
                observations do not overlap; judgements overlap no observation span and
                no other judgement; observations are in order of their behaviour.
  negatives   : negatives.yaml lists every id exactly once, values are sorted unique
                1-based indices into that record's observations.
  targets     : shape mix (S+B+I, B only, B+I, S+B), share of negatives, number of
                judgements, share of notes with 2-3 observations (tolerances below).
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# aggregate targets (whole set); the brief gives "about" figures, these are the tolerances
TARGETS = {
    "SBI": (0.28, 0.40),   # about 1/3
    "B": (0.15, 0.25),     # about 1/5
    "BI": (0.17, 0.30),    # rest split between B+I and S+B
    "SB": (0.17, 0.30),
    "negative": (0.15, 0.25),  # about 1 in 5
}
JUDGEMENTS_RANGE = (32, 48)   # about 40
MIN_SHARE_2_3_OBS = 0.70      # "most" notes have 2-3 observations
UNITS_RANGE = (2, 6)          # sentences or bullets per note

CJK = re.compile(r"[\u4e00-\u9fff]")
BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[)）、．.]|[①②③④⑤⑥⑦⑧⑨])\s*")
# sentence terminators: Latin ones only when followed by whitespace or end of line
TERM = re.compile(r"[.!?]+(?=\s|$)|[。！？]+")

errors = []


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate mapping keys (PyYAML silently keeps the last)."""


def _no_dup_mapping(loader, node, deep=False):
    keys = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        keys.add(key)
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_dup_mapping)


def load_yaml(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=UniqueKeyLoader)


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def count_units(note):
    """Sentences or bullets: each non-empty line counts its sentences (at least 1)."""
    total = 0
    for line in note.splitlines():
        s = line.strip()
        if not s:
            continue
        body = BULLET.sub("", s) if BULLET.match(s) else s
        n = 0
        last_end = 0
        for m in TERM.finditer(body):
            if body[last_end:m.start()].strip():
                n += 1
            last_end = m.end()
        if body[last_end:].strip():
            n += 1
        total += max(1, n)
    return total


def find_once(rid, note, span, what):
    if not isinstance(span, str) or not span:
        err(rid, f"{what} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(rid, f"{what} has leading/trailing whitespace: {span!r}")
    n = note.count(span)
    if n != 1:
        err(rid, f"{what} occurs {n} times in note (must be exactly once): {span!r}")
        return None
    i = note.index(span)
    return (i, i + len(span))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def shape(o):
    s = o.get("situation") is not None
    i = o.get("impact") is not None
    return {(True, True): "SBI", (False, False): "B", (False, True): "BI", (True, False): "SB"}[(s, i)]


def main():
    quiet = "--quiet" in sys.argv
    records = []
    for lang, fname in FILES.items():
        path = os.path.join(HERE, fname)
        data = load_yaml(path)
        if not isinstance(data, list):
            err(fname, "top level must be a list")
            continue
        expected = [f"s28-{lang}-{k:03d}" for k in range(1, N_PER_LANG + 1)]
        ids = [r.get("id") if isinstance(r, dict) else None for r in data]
        if ids != expected:
            err(fname, f"ids must be exactly {expected[0]}..{expected[-1]} in order; got {ids}")
        for r in data:
            if not isinstance(r, dict):
                err(fname, f"record is not a mapping: {r!r}")
                continue
            r["_lang_file"] = lang
            records.append(r)

    seen_notes = set()
    for r in records:
        rid = r.get("id", "?")
        if set(r) - {"_lang_file"} != KEYS:
            err(rid, f"keys must be {sorted(KEYS)}, got {sorted(set(r) - {'_lang_file'})}")
        lang = r.get("lang")
        if lang != r["_lang_file"]:
            err(rid, f"lang {lang!r} does not match file ({r['_lang_file']})")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            err(rid, "employee_role must be a non-empty string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(rid, "note must be a non-empty string")
            continue
        if note in seen_notes:
            err(rid, "duplicate note text")
        seen_notes.add(note)
        has_cjk = bool(CJK.search(note))
        if lang == "zh" and len(CJK.findall(note)) < 0.3 * len(re.sub(r"\s", "", note)):
            err(rid, "zh note has too few Chinese characters")
        if lang == "en" and has_cjk:
            err(rid, "en note contains Chinese characters")
        units = count_units(note)
        r["_units"] = units
        if not UNITS_RANGE[0] <= units <= UNITS_RANGE[1]:
            err(rid, f"note has {units} sentences/bullets, expected {UNITS_RANGE}")

        obs = r.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(rid, "observations must be a list of 1-4 items")
            continue
        all_obs_spans = []
        b_spans = []
        for k, o in enumerate(obs, 1):
            if not isinstance(o, dict) or set(o) != OBS_KEYS:
                err(rid, f"observation {k} must have exactly keys {sorted(OBS_KEYS)}")
                continue
            spans = []
            b = find_once(rid, note, o["behaviour"], f"obs {k} behaviour")
            if b:
                spans.append(("behaviour", b))
                b_spans.append((k, b))
            for part in ("situation", "impact"):
                v = o[part]
                if v is None:
                    continue
                sp = find_once(rid, note, v, f"obs {k} {part}")
                if sp:
                    spans.append((part, sp))
            for x in range(len(spans)):
                for y in range(x + 1, len(spans)):
                    if overlap(spans[x][1], spans[y][1]):
                        err(rid, f"obs {k}: {spans[x][0]} and {spans[y][0]} overlap")
            all_obs_spans.extend((k, p, sp) for p, sp in spans)
        for x in range(len(b_spans)):
            for y in range(x + 1, len(b_spans)):
                if overlap(b_spans[x][1], b_spans[y][1]):
                    err(rid, f"behaviours of obs {b_spans[x][0]} and {b_spans[y][0]} overlap")
        starts = [sp[0] for _, sp in b_spans]
        if starts != sorted(starts):
            err(rid, "observations are not in order of appearance of their behaviour")

        js = r.get("judgements")
        if not isinstance(js, list):
            err(rid, "judgements must be a list")
            continue
        j_spans = []
        for j in js:
            sp = find_once(rid, note, j, "judgement")
            if not sp:
                continue
            for k, p, osp in all_obs_spans:
                if overlap(sp, osp):
                    err(rid, f"judgement {j!r} overlaps obs {k} {p}")
            for other in j_spans:
                if overlap(sp, other):
                    err(rid, f"judgement {j!r} overlaps another judgement")
            j_spans.append(sp)

    # negatives
    neg = load_yaml(os.path.join(HERE, "negatives.yaml"))
    by_id = {r.get("id"): r for r in records}
    if not isinstance(neg, dict):
        err("negatives.yaml", "must be a mapping id -> list")
        neg = {}
    if set(neg) != set(by_id):
        err("negatives.yaml", f"ids differ from notes: missing {sorted(set(by_id) - set(neg))}, "
                              f"extra {sorted(set(neg) - set(by_id))}")
    n_neg = 0
    for rid, idx in neg.items():
        if not isinstance(idx, list) or any(not isinstance(i, int) or isinstance(i, bool) for i in idx):
            err(rid, "negatives value must be a list of integers")
            continue
        if idx != sorted(set(idx)):
            err(rid, "negatives indices must be sorted and unique")
        n_obs = len(by_id.get(rid, {}).get("observations") or [])
        for i in idx:
            if not 1 <= i <= n_obs:
                err(rid, f"negative index {i} out of range 1..{n_obs}")
        n_neg += len(idx)

    # aggregate counts
    stats = {}
    for lang in ("en", "zh", "all"):
        rs = [r for r in records if lang == "all" or r.get("lang") == lang]
        obs = [o for r in rs for o in (r.get("observations") or []) if isinstance(o, dict)]
        shapes = {"SBI": 0, "B": 0, "BI": 0, "SB": 0}
        for o in obs:
            shapes[shape(o)] += 1
        negs = sum(len(neg.get(r.get("id"), []) or []) for r in rs)
        judg = sum(len(r.get("judgements") or []) for r in rs)
        per_note = {}
        for r in rs:
            n = len(r.get("observations") or [])
            per_note[n] = per_note.get(n, 0) + 1
        units = {}
        for r in rs:
            u = r.get("_units")
            units[u] = units.get(u, 0) + 1
        stats[lang] = dict(notes=len(rs), obs=len(obs), shapes=shapes, negatives=negs,
                           judgements=judg, per_note=per_note, units=units)

    a = stats["all"]
    if a["obs"]:
        for key, (lo, hi) in TARGETS.items():
            val = (a["negatives"] if key == "negative" else a["shapes"][key]) / a["obs"]
            if not lo <= val <= hi:
                err("targets", f"share {key} = {val:.2f}, expected {lo:.2f}-{hi:.2f}")
        if not JUDGEMENTS_RANGE[0] <= a["judgements"] <= JUDGEMENTS_RANGE[1]:
            err("targets", f"{a['judgements']} judgements, expected {JUDGEMENTS_RANGE}")
        share23 = (a["per_note"].get(2, 0) + a["per_note"].get(3, 0)) / max(1, a["notes"])
        if share23 < MIN_SHARE_2_3_OBS:
            err("targets", f"only {share23:.2f} of notes have 2-3 observations")

    if not quiet:
        for lang in ("en", "zh", "all"):
            s = stats[lang]
            o = max(1, s["obs"])
            print(f"[{lang}] notes={s['notes']} observations={s['obs']} "
                  + " ".join(f"{k}={v} ({v / o:.0%})" for k, v in s["shapes"].items())
                  + f" negatives={s['negatives']} ({s['negatives'] / o:.0%})"
                  + f" judgements={s['judgements']}"
                  + f" obs/note={dict(sorted(s['per_note'].items()))}"
                  + f" units/note={dict(sorted((k, v) for k, v in s['units'].items() if k is not None))}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: sbi28 passes all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
