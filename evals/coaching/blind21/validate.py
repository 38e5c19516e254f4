#!/usr/bin/env python3
"""Validate the blind21 coaching-note eval set (notes_en.yaml, notes_zh.yaml).

Checks: record schema, id sequence, categories/subtypes, every flag text occurs
exactly once in its note, no overlapping flags of the same note, and that the
counts written in each file's comment header match the data.
Usage: python3 validate.py [--counts]
"""
import re, sys, os, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
KEYS_REQ = {"id", "lang", "employee_role", "note", "flags"}
KEYS_OPT = {"why"}


def counts(recs):
    c = collections.Counter()
    c["notes"] = len(recs)
    c["clean_notes"] = sum(1 for r in recs if not r["flags"])
    c["flagged_notes"] = c["notes"] - c["clean_notes"]
    for r in recs:
        for f in r["flags"]:
            c["flags"] += 1
            c["cat:" + f["category"]] += 1
            if f["category"] == "biased":
                c["biased:" + f["subtype"]] += 1
    return c


def header_counts(text):
    """Parse '#   key: value' lines of the header block."""
    out = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s+([a-z_:]+):\s+(\d+)\s*$", line)
        if m:
            out[m.group(1)] = int(m.group(2))
    return out


def check(fname, lang, n_expected=45):
    errs = []
    path = os.path.join(HERE, fname)
    text = open(path, encoding="utf-8").read()
    recs = yaml.safe_load(text)
    if not isinstance(recs, list):
        return [f"{fname}: top level is not a list"], None
    if len(recs) != n_expected:
        errs.append(f"{fname}: {len(recs)} records, expected {n_expected}")
    for i, r in enumerate(recs, 1):
        rid = r.get("id", f"#{i}")
        keys = set(r)
        if not KEYS_REQ <= keys:
            errs.append(f"{rid}: missing keys {KEYS_REQ - keys}")
            continue
        if keys - KEYS_REQ - KEYS_OPT:
            errs.append(f"{rid}: unknown keys {keys - KEYS_REQ - KEYS_OPT}")
        if r["id"] != f"b21n-{lang}-{i:03d}":
            errs.append(f"{rid}: id out of sequence (expected b21n-{lang}-{i:03d})")
        if r["lang"] != lang:
            errs.append(f"{rid}: lang {r['lang']!r}")
        note = r["note"]
        if not isinstance(note, str) or not note.strip():
            errs.append(f"{rid}: empty note")
            continue
        if not isinstance(r["employee_role"], str) or not r["employee_role"].strip():
            errs.append(f"{rid}: empty employee_role")
        if not isinstance(r["flags"], list):
            errs.append(f"{rid}: flags not a list")
            continue
        spans = []
        for f in r["flags"]:
            t, cat = f.get("text"), f.get("category")
            if set(f) - {"text", "category", "subtype"}:
                errs.append(f"{rid}: unknown flag keys {set(f)}")
            if cat not in CATS:
                errs.append(f"{rid}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errs.append(f"{rid}: biased flag {t!r} needs subtype")
            elif "subtype" in f:
                errs.append(f"{rid}: subtype on non-biased flag {t!r}")
            if not isinstance(t, str) or not t:
                errs.append(f"{rid}: empty flag text")
                continue
            n = note.count(t)
            if n != 1:
                errs.append(f"{rid}: flag {t!r} occurs {n} times in note")
                continue
            s = note.index(t)
            spans.append((s, s + len(t), t))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append(f"{rid}: flags {a[2]!r} and {b[2]!r} overlap")
    c = counts(recs)
    hc = header_counts(text)
    if not hc:
        errs.append(f"{fname}: no counts in header")
    for k, v in hc.items():
        if c.get(k, 0) != v:
            errs.append(f"{fname}: header says {k}: {v}, data has {c.get(k, 0)}")
    for k, v in c.items():
        if k not in hc:
            errs.append(f"{fname}: header lacks count {k}: {v}")
    return errs, c


def main():
    all_errs = []
    for fname, lang in (("notes_en.yaml", "en"), ("notes_zh.yaml", "zh")):
        errs, c = check(fname, lang)
        all_errs += errs
        if c is not None and "--counts" in sys.argv:
            print(fname)
            for k in sorted(c):
                print(f"#   {k}: {c[k]}")
    for e in all_errs:
        print("ERROR", e)
    print("OK" if not all_errs else f"{len(all_errs)} error(s)")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
