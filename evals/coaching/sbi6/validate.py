#!/usr/bin/env python3
"""Validate the SBI-6 blind set and write the counts into the file headers.

Checks: YAML structure, ids, lang, exact-substring + uniqueness of every span,
no overlap between the spans of one observation, judgements not overlapping any
observation span, 1-4 observations per note, rough 2-6 sentence/bullet length.
Then counts observations by shape (S+B+I, B+I, S+B, B only) and negatives
(from negatives.yaml) and writes them into the comment header of each notes
file and between the COUNTS markers of LABELS.md.

Usage: python3 validate.py [--check]   (--check: validate only, write nothing)
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
NEG_FILE = HERE / "negatives.yaml"
LABELS = HERE / "LABELS.md"
TOP_KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = ["behaviour", "situation", "impact"]
SHAPES = ["S+B+I", "B+I", "S+B", "B"]

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B"}[(s, i)]


def units(note, lang):
    """Rough count of sentences / bullets."""
    n = 0
    for line in note.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            n += 1
            continue
        if lang == "zh":
            parts = [p for p in re.split(r"[。!?]", line) if p.strip()]
        else:
            parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Za-z])|(?<=\.)\s+", line) if p.strip()]
        n += len(parts)
    return n


def load(lang):
    data = yaml.safe_load(FILES[lang].read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err(lang, "top level is not a list")
        return []
    return data


def check(lang, recs, negs):
    counts = Counter()
    neg = 0
    n_judg = 0
    if len(recs) != 30:
        err(lang, f"expected 30 records, got {len(recs)}")
    for k, r in enumerate(recs, 1):
        rid = r.get("id", f"{lang}#{k}") if isinstance(r, dict) else f"{lang}#{k}"
        if not isinstance(r, dict) or list(r.keys()) != TOP_KEYS:
            err(rid, f"keys must be exactly {TOP_KEYS}, got {list(r.keys()) if isinstance(r, dict) else r}")
            continue
        if r["id"] != f"s6-{lang}-{k:03d}":
            err(rid, f"id out of sequence, expected s6-{lang}-{k:03d}")
        if r["lang"] != lang:
            err(rid, "lang mismatch")
        if not isinstance(r["employee_role"], str) or not r["employee_role"].strip():
            err(rid, "employee_role empty")
        note = r["note"]
        if not isinstance(note, str) or not note.strip():
            err(rid, "note empty")
            continue
        u = units(note, lang)
        if not 2 <= u <= 6:
            err(rid, f"note has {u} sentences/bullets (want 2-6)")
        obs = r["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(rid, "observations must be a list of 1-4")
            continue
        all_obs_ranges = []
        for j, o in enumerate(obs, 1):
            if not isinstance(o, dict) or list(o.keys()) != OBS_KEYS:
                err(rid, f"obs {j}: keys must be exactly {OBS_KEYS}")
                continue
            if not isinstance(o["behaviour"], str) or not o["behaviour"]:
                err(rid, f"obs {j}: behaviour missing")
                continue
            ranges = []
            for key in OBS_KEYS:
                v = o[key]
                if v is None:
                    continue
                if not isinstance(v, str) or not v:
                    err(rid, f"obs {j}: {key} must be a non-empty string or null")
                    continue
                if v != v.strip():
                    err(rid, f"obs {j}: {key} has leading/trailing whitespace")
                c = note.count(v)
                if c != 1:
                    err(rid, f"obs {j}: {key} {v!r} occurs {c} times in note")
                    continue
                st = note.index(v)
                ranges.append((st, st + len(v), key))
            ranges.sort()
            for a, b in zip(ranges, ranges[1:]):
                if b[0] < a[1]:
                    err(rid, f"obs {j}: {a[2]} and {b[2]} overlap")
            all_obs_ranges += ranges
            counts[shape(o)] += 1
            if j in negs.get(rid, []):
                neg += 1
        for idx in negs.get(rid, []):
            if not 1 <= idx <= len(obs):
                err(rid, f"negatives.yaml index {idx} out of range")
        judg = r["judgements"]
        if not isinstance(judg, list):
            err(rid, "judgements must be a list")
            continue
        for jv in judg:
            n_judg += 1
            if not isinstance(jv, str) or note.count(jv) != 1:
                err(rid, f"judgement {jv!r} not found exactly once")
                continue
            st = note.index(jv)
            for a, b, key in all_obs_ranges:
                if st < b and a < st + len(jv):
                    err(rid, f"judgement {jv!r} overlaps an observation {key}")
    return counts, neg, n_judg


def fmt(lang, counts, neg, n_notes, n_judg):
    tot = sum(counts.values())
    parts = ", ".join(f"{s} {counts[s]} ({100*counts[s]/tot:.0f}%)" for s in SHAPES)
    return (f"# SBI-6 blind set, {lang}: {n_notes} notes, {tot} observations, {n_judg} judgements.\n"
            f"# Observations by shape: {parts}.\n"
            f"# Negative (something went wrong): {neg} ({100*neg/tot:.0f}%). "
            f"Counts written by validate.py; licence CC BY 4.0; see LABELS.md.\n")


def main():
    write = "--check" not in sys.argv
    negs = yaml.safe_load(NEG_FILE.read_text(encoding="utf-8")) or {}
    ids_seen = set()
    table = []
    grand = Counter()
    gneg = gjudg = gnotes = 0
    for lang in ("en", "zh"):
        recs = load(lang)
        for r in recs:
            if isinstance(r, dict):
                if r.get("id") in ids_seen:
                    err(r.get("id"), "duplicate id")
                ids_seen.add(r.get("id"))
        counts, neg, nj = check(lang, recs, negs)
        grand += counts
        gneg += neg
        gjudg += nj
        gnotes += len(recs)
        table.append((lang, len(recs), counts, neg, nj))
        if write:
            text = FILES[lang].read_text(encoding="utf-8")
            lines = text.split("\n")
            while lines and lines[0].startswith("#"):
                lines.pop(0)
            FILES[lang].write_text(fmt(lang, counts, neg, len(recs), nj) + "\n".join(lines), encoding="utf-8")
    for k in negs:
        if k not in ids_seen:
            err(k, "negatives.yaml names an unknown id")
    table.append(("all", gnotes, grand, gneg, gjudg))

    md = ["| set | notes | observations | S+B+I | B+I | S+B | B only | negative | judgements |",
          "|---|---|---|---|---|---|---|---|---|"]
    for lang, n, c, ng, nj in table:
        tot = sum(c.values())
        cells = [f"{c[s]} ({100*c[s]/tot:.0f}%)" for s in SHAPES]
        md.append(f"| {lang} | {n} | {tot} | " + " | ".join(cells) + f" | {ng} ({100*ng/tot:.0f}%) | {nj} |")
    md_text = "\n".join(md)
    print(md_text)
    if write and LABELS.exists():
        t = LABELS.read_text(encoding="utf-8")
        t2 = re.sub(r"(<!-- COUNTS:BEGIN -->\n).*?(\n<!-- COUNTS:END -->)",
                    lambda m: m.group(1) + md_text + m.group(2), t, flags=re.S)
        LABELS.write_text(t2, encoding="utf-8")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed.")


if __name__ == "__main__":
    main()
