#!/usr/bin/env python3
"""Validator for the sbi19 blind set (Situation-Behaviour-Impact extraction).

Python 3 + PyYAML only. Run from anywhere:  python3 validate.py
Exit code 0 = all checks pass; 1 = at least one error (all errors are listed).
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}

# Aggregate targets from the brief ("about"), turned into tolerance bands.
SHAPE_BANDS = {          # share of all observations
    "S+B+I": (0.28, 0.40),   # about 1/3
    "B": (0.15, 0.25),       # about 1/5
    "B+I": (0.17, 0.33),     # rest split between B+I and S+B
    "S+B": (0.17, 0.33),
}
NEG_BAND = (0.15, 0.25)      # about 1 in 5 observations negative
JUDGEMENT_BAND = (32, 48)    # about 40 judgements in all
SENTENCE_BAND = (2, 6)       # 2-6 sentences or bullets per note
MIN_SHARE_2_3_OBS = 0.6      # "most" notes have 2-3 observations

CJK = re.compile(r"[\u3400-\u9fff]")
errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    """All start offsets of needle in hay, overlapping matches included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


ABBREV = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|St|vs|e\.g|i\.e|etc)\.)$")


def sentence_units(note, labelled):
    """Count sentences/bullets, ignoring header lines (e.g. '1:1 prep – Sam',
    '【待改进】', 'Behaviours observed:') that carry no labelled span."""
    units = []
    lines = [l.strip() for l in note.split("\n") if l.strip()]
    for line in lines:
        body = re.sub(r"^(?:[-•·*]|\d+[.)]|（\d+）|\d+）)\s*", "", line)
        has_span = any(s in line for s in labelled)
        is_header = (
            re.fullmatch(r"【[^】]*】", body) is not None
            or (body.endswith((":", "：")) and not has_span)
            or (not has_span and not re.search(r"[.!?。！？]$", body) and len(lines) > 1
                and line == lines[0])
        )
        if is_header:
            continue
        # split on Chinese terminators, and on . ! ? followed by whitespace
        parts, buf = [], ""
        i = 0
        while i < len(body):
            ch = body[i]
            buf += ch
            end = False
            if ch in "。！？":
                end = True
            elif ch in ".!?" and (i + 1 == len(body) or body[i + 1].isspace()):
                end = not ABBREV.search(buf)
            if end:
                parts.append(buf)
                buf = ""
            i += 1
        parts.append(buf)
        for p in parts:
            p = p.strip()
            # drop fragments without any letter/CJK (e.g. stray numbering)
            if re.search(r"[A-Za-z\u3400-\u9fff]", p):
                units.append(p)
    return units


def shape(o):
    s = "S+" if o["situation"] is not None else ""
    i = "+I" if o["impact"] is not None else ""
    return f"{s}B{i}"


def check_record(rec, lang, idx):
    rid = f"s19-{lang}-{idx:03d}"
    where = f"{FILES[lang]}[{idx}]"
    if not isinstance(rec, dict):
        err(f"{where}: record is not a mapping")
        return None
    keys = set(rec)
    if keys != RECORD_KEYS:
        err(f"{where}: keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
        return None
    if rec["id"] != rid:
        err(f"{where}: id {rec['id']!r}, expected {rid!r}")
    where = rec["id"]
    if rec["lang"] != lang:
        err(f"{where}: lang {rec['lang']!r}, expected {lang!r}")
    if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip():
        err(f"{where}: employee_role must be non-empty text")
    note = rec["note"]
    if not isinstance(note, str) or not note.strip():
        err(f"{where}: note must be non-empty text")
        return None
    # language sanity
    n_cjk = len(CJK.findall(note))
    n_lat = len(re.findall(r"[A-Za-z]", note))
    if lang == "en" and n_cjk:
        err(f"{where}: English note contains CJK characters")
    if lang == "zh" and n_cjk < 2 * n_lat:
        err(f"{where}: Chinese note is not mainly Chinese ({n_cjk} CJK vs {n_lat} Latin)")

    obs = rec["observations"]
    if not isinstance(obs, list) or not (1 <= len(obs) <= 4):
        err(f"{where}: observations must be a list of 1-4 items")
        return None
    all_spans = []          # (kind, obs_index, (start, end), text)
    labelled = []

    def locate(text, label):
        if not isinstance(text, str) or not text.strip():
            err(f"{where}: {label} must be non-empty text or null")
            return None
        if text != text.strip():
            err(f"{where}: {label} has leading/trailing whitespace: {text!r}")
        occ = occurrences(note, text)
        if len(occ) != 1:
            err(f"{where}: {label} {text!r} occurs {len(occ)} times in note (need exactly 1)")
            return None
        labelled.append(text)
        return (occ[0], occ[0] + len(text))

    b_starts = []
    for k, o in enumerate(obs, 1):
        if not isinstance(o, dict) or set(o) != OBS_KEYS:
            err(f"{where}: observation {k} must have exactly keys {sorted(OBS_KEYS)}")
            continue
        if o["behaviour"] is None:
            err(f"{where}: observation {k} has no behaviour")
            continue
        spans = {}
        for field in ("behaviour", "situation", "impact"):
            if field != "behaviour" and o[field] is None:
                continue
            iv = locate(o[field], f"obs{k}.{field}")
            if iv:
                spans[field] = iv
                all_spans.append((field, k, iv, o[field]))
        fields = list(spans)
        for a in range(len(fields)):
            for b in range(a + 1, len(fields)):
                if overlaps(spans[fields[a]], spans[fields[b]]):
                    err(f"{where}: obs{k} {fields[a]} and {fields[b]} overlap")
        if "behaviour" in spans:
            b_starts.append(spans["behaviour"][0])
    if b_starts != sorted(b_starts) or len(set(b_starts)) != len(b_starts):
        err(f"{where}: observations are not in order of appearance of the behaviour")

    # a behaviour may not overlap any span of another observation
    # (a situation/impact may be shared verbatim by two observations, but not partly)
    for f1, k1, iv1, t1 in all_spans:
        for f2, k2, iv2, t2 in all_spans:
            if k1 >= k2 or not overlaps(iv1, iv2):
                continue
            if f1 == "behaviour" or f2 == "behaviour":
                err(f"{where}: obs{k1}.{f1} overlaps obs{k2}.{f2}")
            elif iv1 != iv2:
                err(f"{where}: obs{k1}.{f1} partly overlaps obs{k2}.{f2}")

    judg = rec["judgements"]
    if not isinstance(judg, list):
        err(f"{where}: judgements must be a list")
        judg = []
    j_ivs = []
    for j in judg:
        iv = locate(j, "judgement")
        if not iv:
            continue
        for f, k, oiv, _ in all_spans:
            if overlaps(iv, oiv):
                err(f"{where}: judgement {j!r} overlaps obs{k}.{f}")
        for other in j_ivs:
            if overlaps(iv, other):
                err(f"{where}: judgements overlap each other")
        j_ivs.append(iv)

    units = sentence_units(note, labelled)
    if not (SENTENCE_BAND[0] <= len(units) <= SENTENCE_BAND[1]):
        err(f"{where}: {len(units)} sentences/bullets, need {SENTENCE_BAND[0]}-{SENTENCE_BAND[1]}")
    return {"id": rec["id"], "lang": lang, "shapes": [shape(o) for o in obs
                                                      if isinstance(o, dict) and set(o) == OBS_KEYS],
            "n_obs": len(obs), "n_judg": len(judg), "n_units": len(units), "note": note}


def main():
    summaries = []
    for lang, fname in FILES.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(f"missing {fname}")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != N_PER_LANG:
            err(f"{fname}: need a list of {N_PER_LANG} records")
            continue
        for idx, rec in enumerate(data, 1):
            s = check_record(rec, lang, idx)
            if s:
                summaries.append(s)

    notes = Counter(s["note"] for s in summaries)
    for n, c in notes.items():
        if c > 1:
            err(f"duplicate note text: {n[:40]!r}")

    # negatives.yaml
    by_id = {s["id"]: s for s in summaries}
    neg_path = os.path.join(HERE, "negatives.yaml")
    neg = {}
    if not os.path.exists(neg_path):
        err("missing negatives.yaml")
    else:
        with open(neg_path, encoding="utf-8") as fh:
            neg = yaml.safe_load(fh) or {}
        expected = {f"s19-{l}-{i:03d}" for l in FILES for i in range(1, N_PER_LANG + 1)}
        if set(neg) != expected:
            err(f"negatives.yaml: ids differ from the 60 note ids "
                f"(missing {sorted(expected - set(neg))[:5]}, extra {sorted(set(neg) - expected)[:5]})")
        for rid, idxs in neg.items():
            if not isinstance(idxs, list) or any(not isinstance(x, int) for x in idxs):
                err(f"negatives.yaml: {rid} must map to a list of integers")
                continue
            if idxs != sorted(set(idxs)):
                err(f"negatives.yaml: {rid} indices must be sorted and unique")
            if rid in by_id and any(not (1 <= x <= by_id[rid]["n_obs"]) for x in idxs):
                err(f"negatives.yaml: {rid} index out of range 1..{by_id[rid]['n_obs']}")

    for f in ("LABELS.md",):
        if not os.path.exists(os.path.join(HERE, f)):
            err(f"missing {f}")

    # aggregate counts
    def report(label, subset):
        shapes = Counter(sh for s in subset for sh in s["shapes"])
        n_obs = sum(shapes.values())
        n_neg = sum(len(neg.get(s["id"], []) or []) for s in subset)
        n_j = sum(s["n_judg"] for s in subset)
        obs_hist = Counter(s["n_obs"] for s in subset)
        unit_hist = Counter(s["n_units"] for s in subset)
        print(f"[{label}] notes={len(subset)} observations={n_obs} judgements={n_j} "
              f"negative={n_neg} ({n_neg / max(n_obs, 1):.0%})")
        print("   shapes: " + ", ".join(f"{k}={shapes.get(k, 0)} ({shapes.get(k, 0) / max(n_obs, 1):.0%})"
                                        for k in SHAPE_BANDS))
        print("   observations per note: " + ", ".join(f"{k}:{obs_hist[k]}" for k in sorted(obs_hist)))
        print("   sentences/bullets per note: " + ", ".join(f"{k}:{unit_hist[k]}" for k in sorted(unit_hist)))
        return shapes, n_obs, n_neg, n_j, obs_hist

    for lang in FILES:
        report(lang, [s for s in summaries if s["lang"] == lang])
    shapes, n_obs, n_neg, n_j, obs_hist = report("all", summaries)

    if len(summaries) == 2 * N_PER_LANG and n_obs:
        for k, (lo, hi) in SHAPE_BANDS.items():
            share = shapes.get(k, 0) / n_obs
            if not lo <= share <= hi:
                err(f"share of {k} observations {share:.2f} outside {lo}-{hi}")
        if set(shapes) - set(SHAPE_BANDS):
            err(f"unexpected shapes {set(shapes) - set(SHAPE_BANDS)}")
        share_neg = n_neg / n_obs
        if not NEG_BAND[0] <= share_neg <= NEG_BAND[1]:
            err(f"negative share {share_neg:.2f} outside {NEG_BAND}")
        if not JUDGEMENT_BAND[0] <= n_j <= JUDGEMENT_BAND[1]:
            err(f"{n_j} judgements, expected {JUDGEMENT_BAND}")
        share_23 = (obs_hist[2] + obs_hist[3]) / len(summaries)
        if share_23 < MIN_SHARE_2_3_OBS:
            err(f"only {share_23:.0%} of notes have 2-3 observations")

    if errors:
        print(f"\nFAIL: {len(errors)} error(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
