#!/usr/bin/env python3
"""Validate the sbi25 blind set (Python 3 + PyYAML only).

Checks record structure, exact-substring spans, overlaps, observation order,
note length, negatives.yaml, and the target distributions. Exit code 0 = pass.

    python3 validate.py            # from this folder, or
    python3 path/to/validate.py    # from anywhere
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

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, sub):
    """All start positions of sub in text, overlapping matches included."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


LIST_MARK = re.compile(r"^\s*(?:[-*\u2022]|\d+[.\u3001)]|[(\uff08]\d+[)\uff09])\s*")
SENT_SPLIT = re.compile(r"(?<=[\u3002\uff01\uff1f])|(?<=[.!?])\s+")


def count_sentences(note):
    n = 0
    for line in note.splitlines():
        line = LIST_MARK.sub("", line).strip()
        if not line:
            continue
        n += len([p for p in SENT_SPLIT.split(line) if p and p.strip()])
    return n


def shape(o):
    return ("S" if o.get("situation") else "") + "B" + ("I" if o.get("impact") else "")


def check_span(rid, what, span, note):
    if not isinstance(span, str) or not span:
        err(f"{rid}: {what} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(f"{rid}: {what} has leading/trailing whitespace: {span!r}")
    occ = occurrences(note, span)
    if len(occ) != 1:
        err(f"{rid}: {what} occurs {len(occ)} times in note (need exactly 1): {span!r}")
        return None
    return (occ[0], occ[0] + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    records = []
    for lang, fname in FILES.items():
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if not isinstance(data, list):
            err(f"{fname}: top level must be a list")
            continue
        if len(data) != N_PER_LANG:
            err(f"{fname}: expected {N_PER_LANG} records, got {len(data)}")
        for i, r in enumerate(data, 1):
            exp_id = f"s25-{lang}-{i:03d}"
            if not isinstance(r, dict):
                err(f"{fname}#{i}: record must be a mapping")
                continue
            rid = r.get("id", f"{fname}#{i}")
            if set(r) != KEYS:
                err(f"{rid}: keys {sorted(r)} != {sorted(KEYS)}")
            if r.get("id") != exp_id:
                err(f"{fname}#{i}: id {r.get('id')!r}, expected {exp_id}")
            if r.get("lang") != lang:
                err(f"{rid}: lang {r.get('lang')!r}, expected {lang}")
            if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
                err(f"{rid}: employee_role must be a non-empty string")
            note = r.get("note")
            if not isinstance(note, str) or not note.strip():
                err(f"{rid}: note must be a non-empty string")
                continue
            if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
                err(f"{rid}: zh note contains no Chinese characters")
            ns = count_sentences(note)
            if not 2 <= ns <= 6:
                err(f"{rid}: note has {ns} sentences/bullets (need 2-6)")
            obs = r.get("observations")
            if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
                err(f"{rid}: observations must be a list of 1-4")
                obs = obs if isinstance(obs, list) else []
            obs_spans = []
            last_b = -1
            for k, o in enumerate(obs, 1):
                tag = f"{rid} obs{k}"
                if not isinstance(o, dict) or set(o) != OBS_KEYS:
                    err(f"{tag}: keys must be exactly {sorted(OBS_KEYS)}")
                    continue
                spans = []
                b = check_span(tag, "behaviour", o["behaviour"], note)
                if b:
                    spans.append(b)
                    if b[0] <= last_b:
                        err(f"{tag}: observations not in order of appearance of the behaviour")
                    last_b = b[0]
                for part in ("situation", "impact"):
                    if o[part] is None:
                        continue
                    s = check_span(tag, part, o[part], note)
                    if s:
                        spans.append(s)
                for x in range(len(spans)):
                    for y in range(x + 1, len(spans)):
                        if overlaps(spans[x], spans[y]):
                            err(f"{tag}: spans of one observation overlap")
                obs_spans.extend(spans)
            judg = r.get("judgements")
            if not isinstance(judg, list):
                err(f"{rid}: judgements must be a list")
                judg = []
            j_spans = []
            for j in judg:
                s = check_span(rid, "judgement", j, note)
                if not s:
                    continue
                for os_ in obs_spans:
                    if overlaps(s, os_):
                        err(f"{rid}: judgement overlaps an observation span: {j!r}")
                for js in j_spans:
                    if overlaps(s, js):
                        err(f"{rid}: judgements overlap each other: {j!r}")
                j_spans.append(s)
            records.append(r)

    # negatives.yaml
    with open(os.path.join(HERE, "negatives.yaml"), encoding="utf-8") as f:
        neg = yaml.safe_load(f)
    ids = [r["id"] for r in records if isinstance(r, dict) and "id" in r]
    if not isinstance(neg, dict):
        err("negatives.yaml: top level must be a mapping id -> list")
        neg = {}
    if set(neg) != set(ids):
        missing = sorted(set(ids) - set(neg))
        extra = sorted(set(neg) - set(ids))
        err(f"negatives.yaml: ids differ from notes (missing {missing}, extra {extra})")
    by_id = {r["id"]: r for r in records}
    n_neg = 0
    for rid, idx in neg.items():
        if not isinstance(idx, list) or any(not isinstance(x, int) for x in idx):
            err(f"negatives.yaml {rid}: value must be a list of ints")
            continue
        if idx != sorted(set(idx)):
            err(f"negatives.yaml {rid}: indices must be unique and sorted")
        n_obs = len(by_id.get(rid, {}).get("observations", []))
        for x in idx:
            if not 1 <= x <= n_obs:
                err(f"negatives.yaml {rid}: index {x} out of range 1..{n_obs}")
        n_neg += len(idx)

    # distributions
    all_obs = [o for r in records for o in r.get("observations", []) if isinstance(o, dict)]
    n = len(all_obs)
    shapes = {}
    for o in all_obs:
        shapes[shape(o)] = shapes.get(shape(o), 0) + 1
    n_j = sum(len(r.get("judgements") or []) for r in records)
    per_note = {}
    for r in records:
        k = len(r.get("observations", []))
        per_note[k] = per_note.get(k, 0) + 1

    print(f"notes: {len(records)}   observations: {n}   judgements: {n_j}   negatives: {n_neg}")
    for lang in FILES:
        lo = [o for r in records if r["lang"] == lang for o in r["observations"]]
        ls = {}
        for o in lo:
            ls[shape(o)] = ls.get(shape(o), 0) + 1
        lj = sum(len(r["judgements"]) for r in records if r["lang"] == lang)
        ln = sum(len(v) for k, v in neg.items() if k.startswith(f"s25-{lang}-"))
        print(f"  {lang}: obs {len(lo)}  " + "  ".join(f"{k} {ls.get(k, 0)}" for k in ("SBI", "B", "BI", "SB"))
              + f"  judgements {lj}  negatives {ln}")
    if n:
        print("shapes: " + "  ".join(f"{k} {shapes.get(k, 0)} ({100 * shapes.get(k, 0) / n:.0f}%)"
                                    for k in ("SBI", "B", "BI", "SB")))
        print(f"negative share: {100 * n_neg / n:.0f}%")
    print("observations per note: " + "  ".join(f"{k}:{v}" for k, v in sorted(per_note.items())))

    def within(name, value, lo, hi):
        if not lo <= value <= hi:
            err(f"distribution: {name} = {value:.2f}, expected {lo}-{hi}")

    if n:
        within("share S+B+I", shapes.get("SBI", 0) / n, 0.28, 0.40)
        within("share B only", shapes.get("B", 0) / n, 0.15, 0.25)
        within("share B+I", shapes.get("BI", 0) / n, 0.15, 0.32)
        within("share S+B", shapes.get("SB", 0) / n, 0.15, 0.32)
        within("share negative", n_neg / n, 0.15, 0.25)
    within("judgements total", n_j, 32, 48)
    two_three = per_note.get(2, 0) + per_note.get(3, 0)
    if records and two_three / len(records) < 0.7:
        err("distribution: most notes should have 2-3 observations")

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
