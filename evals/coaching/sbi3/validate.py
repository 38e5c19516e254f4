#!/usr/bin/env python3
"""Validate the SBI blind set (sbi3) and write the count header into each YAML file.

Usage:
  python3 validate.py                 # validate all files present, print counts
  python3 validate.py --write-header  # also rewrite the leading comment header
  python3 validate.py --partial       # allow fewer than 40 notes (while writing)
  python3 validate.py --markdown      # also print the count table used in LABELS.md
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
EXPECTED_N = 40
KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = {"behaviour", "situation", "impact"}

# Observations that describe something that went wrong (negative impact or
# negative behaviour). Annotated here, outside the record format, so the
# record format stays exactly as specified. note id -> 0-based observation indices.
NEGATIVE = {
    "en": {
        "s3-en-002": [2], "s3-en-004": [1], "s3-en-006": [0], "s3-en-008": [2],
        "s3-en-010": [2], "s3-en-012": [1], "s3-en-014": [1], "s3-en-016": [1],
        "s3-en-017": [2], "s3-en-019": [1], "s3-en-021": [0], "s3-en-023": [2],
        "s3-en-024": [1], "s3-en-025": [1], "s3-en-026": [1], "s3-en-030": [1],
        "s3-en-036": [1], "s3-en-038": [0], "s3-en-040": [3],
    },
    "zh": {
        "s3-zh-002": [2], "s3-zh-004": [1], "s3-zh-006": [0], "s3-zh-008": [2],
        "s3-zh-010": [2], "s3-zh-012": [1], "s3-zh-014": [1],
        "s3-zh-016": [1], "s3-zh-017": [2], "s3-zh-019": [1], "s3-zh-021": [0],
        "s3-zh-023": [2], "s3-zh-024": [1], "s3-zh-025": [1], "s3-zh-026": [1],
        "s3-zh-030": [1], "s3-zh-036": [1], "s3-zh-038": [0], "s3-zh-040": [3],
    },
}


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B only"}[(s, i)]


def validate(lang, path, partial):
    errors = []
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        return [f"{path.name}: top level is not a list"], None
    if not partial and len(data) != EXPECTED_N:
        errors.append(f"{path.name}: {len(data)} notes, expected {EXPECTED_N}")
    counts = {"S+B+I": 0, "B+I": 0, "S+B": 0, "B only": 0}
    n_obs = n_judg = 0
    per_note = []
    neg_map = NEGATIVE.get(lang, {})
    n_neg = 0
    for k, rec in enumerate(data, 1):
        where = f"{path.name} record {k}"
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a mapping"); continue
        if list(rec.keys()) != KEYS:
            errors.append(f"{where}: keys {list(rec.keys())} != {KEYS}")
        rid = rec.get("id")
        exp_id = f"s3-{lang}-{k:03d}"
        if rid != exp_id:
            errors.append(f"{where}: id {rid!r}, expected {exp_id!r}")
        where = f"{rid}"
        if rec.get("lang") != lang:
            errors.append(f"{where}: lang {rec.get('lang')!r}")
        if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
            errors.append(f"{where}: employee_role missing")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note missing"); continue
        obs = rec.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            errors.append(f"{where}: observations must be a list of 1-4"); continue
        judg = rec.get("judgements")
        if not isinstance(judg, list):
            errors.append(f"{where}: judgements must be a list"); judg = []
        all_obs_intervals = []
        behaviours = set()
        for j, o in enumerate(obs):
            ow = f"{where} obs {j}"
            if not isinstance(o, dict) or set(o.keys()) != OBS_KEYS:
                errors.append(f"{ow}: keys must be {sorted(OBS_KEYS)}"); continue
            ivs = []
            for part in ("behaviour", "situation", "impact"):
                span = o[part]
                if span is None:
                    if part == "behaviour":
                        errors.append(f"{ow}: behaviour is null")
                    continue
                if not isinstance(span, str) or not span:
                    errors.append(f"{ow}: {part} not a non-empty string"); continue
                if span != span.strip():
                    errors.append(f"{ow}: {part} has outer whitespace: {span!r}")
                occ = occurrences(note, span)
                if len(occ) != 1:
                    errors.append(f"{ow}: {part} occurs {len(occ)}x: {span!r}"); continue
                ivs.append((occ[0], occ[0] + len(span), part))
            ivs.sort()
            for a, b in zip(ivs, ivs[1:]):
                if b[0] < a[1]:
                    errors.append(f"{ow}: {a[2]} and {b[2]} overlap")
            all_obs_intervals.extend(ivs)
            if o.get("behaviour") in behaviours:
                errors.append(f"{ow}: duplicate behaviour")
            behaviours.add(o.get("behaviour"))
            counts[shape(o)] += 1
            n_obs += 1
        # behaviour spans of different observations must not overlap either
        bivs = sorted(iv for iv in all_obs_intervals if iv[2] == "behaviour")
        for a, b in zip(bivs, bivs[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: behaviour spans of two observations overlap")
        for jd in judg:
            if not isinstance(jd, str) or not jd:
                errors.append(f"{where}: bad judgement {jd!r}"); continue
            occ = occurrences(note, jd)
            if len(occ) != 1:
                errors.append(f"{where}: judgement occurs {len(occ)}x: {jd!r}"); continue
            s, e = occ[0], occ[0] + len(jd)
            for (a, b, part) in all_obs_intervals:
                if s < b and a < e:
                    errors.append(f"{where}: judgement overlaps a {part} span: {jd!r}")
            n_judg += 1
        for idx in neg_map.get(rid, []):
            if idx >= len(obs):
                errors.append(f"{where}: NEGATIVE index {idx} out of range")
            else:
                n_neg += 1
        per_note.append(len(obs))
    for nid in ([] if partial else neg_map):
        if not any(isinstance(r, dict) and r.get("id") == nid for r in data):
            errors.append(f"NEGATIVE refers to unknown id {nid}")
    stats = dict(notes=len(data), observations=n_obs, judgements=n_judg,
                 negative=n_neg, shapes=counts, per_note=per_note)
    return errors, stats


def header(lang, st):
    n = st["observations"] or 1
    pct = lambda x: f"{x} ({100 * x / n:.0f}%)"
    c = st["shapes"]
    name = {"en": "English", "zh": "Chinese"}[lang]
    return [
        f"# SBI extraction blind set v3 ({name}) - CC BY 4.0 - see LABELS.md",
        "# Counts below are computed by validate.py --write-header; do not edit by hand.",
        f"# notes: {st['notes']}  observations: {st['observations']}  judgements: {st['judgements']}",
        f"# shapes: S+B+I {pct(c['S+B+I'])}, B+I {pct(c['B+I'])}, S+B {pct(c['S+B'])}, B only {pct(c['B only'])}",
        f"# went wrong (negative, listed in validate.py NEGATIVE): {pct(st['negative'])}",
        f"# observations per note: " + ", ".join(
            f"{k}: {st['per_note'].count(k)}" for k in (1, 2, 3, 4)),
    ]


def write_header(path, lines):
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    i = 0
    while i < len(text) and (text[i].startswith("#") or not text[i].strip()):
        i += 1
    path.write_text("\n".join(lines) + "\n\n" + "".join(text[i:]), encoding="utf-8")


def main():
    partial = "--partial" in sys.argv
    ok = True
    all_stats = {}
    for lang, path in FILES.items():
        if not path.exists():
            print(f"{path.name}: missing" + (" (skipped)" if partial else ""))
            ok = ok and partial
            continue
        errors, st = validate(lang, path, partial)
        for e in errors:
            print("ERROR", e)
        ok = ok and not errors
        if st:
            all_stats[lang] = st
            for line in header(lang, st):
                print(line)
            if "--write-header" in sys.argv and not errors:
                write_header(path, header(lang, st))
                print(f"  header written to {path.name}")
    if "--markdown" in sys.argv:
        print()
        print("| file | notes | observations | S+B+I | B+I | S+B | B only | went wrong | judgements |")
        print("|---|---|---|---|---|---|---|---|---|")
        for lang, st in all_stats.items():
            n = st["observations"]; c = st["shapes"]
            f = lambda x: f"{x} ({100 * x / n:.0f}%)"
            print(f"| notes_{lang}.yaml | {st['notes']} | {n} | {f(c['S+B+I'])} | {f(c['B+I'])} | "
                  f"{f(c['S+B'])} | {f(c['B only'])} | {f(st['negative'])} | {st['judgements']} |")
    if "--markdown" in sys.argv:
        print()
        print("| file | situation before behaviour | situation after behaviour | impact after behaviour | impact before behaviour |")
        print("|---|---|---|---|---|")
        for lang, path in FILES.items():
            if not path.exists():
                continue
            sb = sa = ia = ib = 0
            for rec in yaml.safe_load(path.read_text(encoding="utf-8")):
                note = rec["note"]
                for o in rec["observations"]:
                    b = note.find(o["behaviour"])
                    if o["situation"] is not None:
                        if note.find(o["situation"]) < b: sb += 1
                        else: sa += 1
                    if o["impact"] is not None:
                        if note.find(o["impact"]) < b: ib += 1
                        else: ia += 1
            print(f"| {path.name} | {sb} | {sa} | {ia} | {ib} |")
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
