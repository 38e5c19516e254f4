#!/usr/bin/env python3
"""Validator for the sbi21 blind set (Situation-Behaviour-Impact extraction).

Usage:  python3 validate.py            (run from anywhere; reads files next to this script)
Needs:  Python 3 + PyYAML.  Exit code 0 = all checks pass, 1 = errors found.

Checks
  * files: notes_en.yaml, notes_zh.yaml, negatives.yaml present and parseable
  * ids: s21-en-001..030 / s21-zh-001..030, unique, in order, lang matches the file
  * fields: id, lang, employee_role, note, observations, judgements (no others)
  * each observation: behaviour (non-empty str), situation / impact (str or null)
  * every span occurs exactly once in its note (overlapping occurrences count too)
  * spans of one observation do not overlap; behaviours of different observations do
    not overlap; no judgement overlaps any observation span or another judgement
  * observations listed in order of appearance of their behaviour
  * 1-4 observations per note; 2-6 sentences/bullets per note
  * negatives.yaml: one entry per id, valid 1-based indices, no duplicates
  * distribution targets (per whole set): S+B+I about 1/3, B-only about 1/5, the rest
    split between B+I and S+B; negatives about 1/5; judgements about 40; most notes
    have 2-3 observations
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
FIELDS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_FIELDS = {"behaviour", "situation", "impact"}

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, sub):
    """All start offsets of sub in text, overlapping matches included."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


LIST_MARK = re.compile(r"^(?:[-•·*+]\s+|\d+[.)）]\s*|[（(]\d+[)）]\s*|【[^】]*】)")
SENT_END = re.compile(r"[。！？]+|[.!?]+(?=\s|$)")


def count_units(note):
    """Sentences or bullets: every non-empty line is split on sentence terminators."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        stripped = LIST_MARK.sub("", line).strip()
        if not stripped:  # a line that is only a marker/header such as 【本周观察】
            n += 1
            continue
        parts = [p for p in SENT_END.split(stripped) if re.search(r"\w", p)]
        n += max(1, len(parts))
    return n


def shape(o):
    return ("S" if o.get("situation") else "") + "B" + ("I" if o.get("impact") else "")


def check_record(rec, lang, expected_id, stats):
    rid = rec.get("id") if isinstance(rec, dict) else None
    where = rid or expected_id
    if not isinstance(rec, dict):
        err(f"{where}: record is not a mapping")
        return
    keys = set(rec)
    if keys != FIELDS:
        err(f"{where}: fields {sorted(keys)} != {sorted(FIELDS)}")
    if rid != expected_id:
        err(f"{where}: expected id {expected_id}")
    if rec.get("lang") != lang:
        err(f"{where}: lang {rec.get('lang')!r} != {lang!r}")
    if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
        err(f"{where}: employee_role must be a non-empty string")
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{where}: note must be a non-empty string")
        return
    if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
        err(f"{where}: zh note contains no CJK characters")

    units = count_units(note)
    stats["units"].append(units)
    if not 2 <= units <= 6:
        err(f"{where}: note has {units} sentences/bullets (want 2-6)")

    def span_of(s, label):
        if not isinstance(s, str) or not s.strip():
            err(f"{where}: {label} must be a non-empty string")
            return None
        if s != s.strip():
            err(f"{where}: {label} has leading/trailing whitespace: {s!r}")
        occ = occurrences(note, s)
        if len(occ) != 1:
            err(f"{where}: {label} {s!r} occurs {len(occ)} times in the note (want 1)")
            return None
        return (occ[0], occ[0] + len(s))

    def overlap(a, b):
        return a and b and a[0] < b[1] and b[0] < a[1]

    obs = rec.get("observations")
    if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
        err(f"{where}: observations must be a list of 1-4 items")
        obs = obs if isinstance(obs, list) else []
    stats["obs_per_note"].append(len(obs))
    all_obs_spans, beh_spans = [], []
    for k, o in enumerate(obs, 1):
        tag = f"obs {k}"
        if not isinstance(o, dict):
            err(f"{where}: {tag} is not a mapping")
            continue
        if set(o) != OBS_FIELDS:
            err(f"{where}: {tag} fields {sorted(o)} != {sorted(OBS_FIELDS)}")
        b = span_of(o.get("behaviour"), f"{tag} behaviour")
        spans = {"behaviour": b}
        for f in ("situation", "impact"):
            v = o.get(f)
            if v is None:
                spans[f] = None
            else:
                spans[f] = span_of(v, f"{tag} {f}")
        names = list(spans)
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                if overlap(spans[names[i]], spans[names[j]]):
                    err(f"{where}: {tag} {names[i]} overlaps {names[j]}")
        beh_spans.append(b)
        all_obs_spans.extend(s for s in spans.values() if s)
        stats["shapes"][lang].append(shape(o))
    for i in range(len(beh_spans)):
        for j in range(i + 1, len(beh_spans)):
            if overlap(beh_spans[i], beh_spans[j]):
                err(f"{where}: behaviours of obs {i+1} and obs {j+1} overlap")
    starts = [s[0] for s in beh_spans if s]
    if len(starts) == len(beh_spans) and starts != sorted(starts):
        err(f"{where}: observations not in order of appearance of the behaviour")

    js = rec.get("judgements")
    if not isinstance(js, list):
        err(f"{where}: judgements must be a list")
        js = []
    jspans = []
    for n, j in enumerate(js, 1):
        sp = span_of(j, f"judgement {n}")
        if sp is None:
            continue
        for s in all_obs_spans:
            if overlap(sp, s):
                err(f"{where}: judgement {j!r} overlaps an observation span")
        for s in jspans:
            if overlap(sp, s):
                err(f"{where}: judgement {j!r} overlaps another judgement")
        jspans.append(sp)
    stats["judgements"][lang] += len(js)
    return len(obs)


def main():
    stats = {"shapes": {"en": [], "zh": []}, "judgements": {"en": 0, "zh": 0},
             "obs_per_note": [], "units": []}
    obs_count = {}
    for lang, fn in FILES.items():
        path = os.path.join(HERE, fn)
        try:
            with open(path, encoding="utf-8") as fh:
                data = yaml.safe_load(fh)
        except Exception as e:  # noqa: BLE001
            err(f"{fn}: cannot load: {e}")
            continue
        if not isinstance(data, list) or len(data) != 30:
            err(f"{fn}: want a list of 30 records, got {type(data).__name__} "
                f"of {len(data) if isinstance(data, list) else '?'}")
            data = data if isinstance(data, list) else []
        for i, rec in enumerate(data, 1):
            eid = f"s21-{lang}-{i:03d}"
            n = check_record(rec, lang, eid, stats)
            if n is not None:
                obs_count[eid] = n

    # negatives
    neg_total = 0
    try:
        with open(os.path.join(HERE, "negatives.yaml"), encoding="utf-8") as fh:
            neg = yaml.safe_load(fh)
    except Exception as e:  # noqa: BLE001
        err(f"negatives.yaml: cannot load: {e}")
        neg = {}
    if not isinstance(neg, dict):
        err("negatives.yaml: want a mapping id -> list of indices")
        neg = {}
    expected = {f"s21-{l}-{i:03d}" for l in FILES for i in range(1, 31)}
    if set(neg) != expected:
        missing, extra = expected - set(neg), set(neg) - expected
        err(f"negatives.yaml: missing {sorted(missing)[:5]} extra {sorted(extra)[:5]}")
    for rid, idx in neg.items():
        if not isinstance(idx, list) or any(not isinstance(x, int) or isinstance(x, bool) for x in idx):
            err(f"negatives.yaml {rid}: want a list of ints")
            continue
        if len(set(idx)) != len(idx):
            err(f"negatives.yaml {rid}: duplicate index")
        n = obs_count.get(rid)
        if n is not None and any(not 1 <= x <= n for x in idx):
            err(f"negatives.yaml {rid}: index out of range 1..{n}: {idx}")
        neg_total += len(idx)

    # distribution
    shapes = stats["shapes"]["en"] + stats["shapes"]["zh"]
    total = len(shapes)
    if total:
        def frac(s):
            return sum(1 for x in shapes if x == s) / total
        checks = [
            ("S+B+I", frac("SBI"), 0.26, 0.42),
            ("B only", frac("B"), 0.14, 0.26),
            ("B+I", frac("BI"), 0.15, 0.35),
            ("S+B", frac("SB"), 0.15, 0.35),
            ("negative", neg_total / total, 0.15, 0.27),
        ]
        for name, v, lo, hi in checks:
            if not lo <= v <= hi:
                err(f"distribution: {name} fraction {v:.2f} outside [{lo}, {hi}]")
        for lang in FILES:
            s = stats["shapes"][lang]
            if s and not 0.2 <= sum(1 for x in s if x == "SBI") / len(s) <= 0.45:
                err(f"distribution: {lang} S+B+I fraction out of [0.2, 0.45]")
        jt = sum(stats["judgements"].values())
        if not 32 <= jt <= 48:
            err(f"distribution: {jt} judgements in all (want about 40)")
        two_three = sum(1 for n in stats["obs_per_note"] if n in (2, 3))
        if two_three < 0.7 * len(stats["obs_per_note"]):
            err("distribution: fewer than 70% of notes have 2-3 observations")

    # report
    print("sbi21 validation")
    for lang in FILES:
        s = stats["shapes"][lang]
        print(f"  {lang}: {len(s)} observations  SBI={s.count('SBI')} SB={s.count('SB')} "
              f"BI={s.count('BI')} B={s.count('B')}  judgements={stats['judgements'][lang]}")
    if total:
        print(f"  all: {total} observations  SBI={shapes.count('SBI')} ({frac('SBI'):.0%}) "
              f"SB={shapes.count('SB')} ({frac('SB'):.0%}) BI={shapes.count('BI')} ({frac('BI'):.0%}) "
              f"B={shapes.count('B')} ({frac('B'):.0%})")
        print(f"  negatives: {neg_total} ({neg_total/total:.0%})  "
              f"judgements: {sum(stats['judgements'].values())}")
        dist = {k: stats['obs_per_note'].count(k) for k in range(1, 5)}
        print(f"  observations per note: {dist}; sentences/bullets per note: "
              f"min {min(stats['units'])}, max {max(stats['units'])}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
