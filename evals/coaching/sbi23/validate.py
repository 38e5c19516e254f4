#!/usr/bin/env python3
"""Validator for the sbi23 blind set (Situation-Behaviour-Impact extraction).

Usage:  python3 validate.py          (run from anywhere; reads files next to this script)
Needs:  Python 3 + PyYAML.  Exit code 0 = pass, 1 = fail.

Checks
  * ids s23-en-001..030 / s23-zh-001..030, lang, required keys, types
  * every behaviour / situation / impact / judgement string occurs exactly once in the note
  * spans of one observation do not overlap; judgements overlap no observation span
    and no other judgement
  * observations are listed in order of appearance of their behaviour
  * 1-4 observations per note, 2-6 sentences or bullets per note
  * negatives.yaml covers every id with valid 1-based indices
  * aggregate targets (shape mix, negative share, judgement count)
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
NEG_FILE = "negatives.yaml"
N_PER_LANG = 30

errors = []


def err(msg):
    errors.append(msg)


BULLET_RE = re.compile(r"^\s*(?:[-*•·]|\d+[.、)）]|[（(]\d+[)）]|[①-⑩])\s*")
# sentence ends: CJK terminators anywhere, ASCII terminators followed by whitespace
SPLIT_RE = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+")
CONTENT_RE = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]")


def count_units(note):
    """Sentences or bullets. A bullet line counts once; a prose line counts its sentences."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line or not CONTENT_RE.search(line):
            continue
        if BULLET_RE.match(line):
            n += 1
            continue
        pieces = [p for p in SPLIT_RE.split(line) if p and CONTENT_RE.search(p)]
        n += max(1, len(pieces))
    return n


def is_cjk_heavy(text):
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return cjk > 2 * latin


def span_of(note, s, where):
    if not isinstance(s, str) or not s:
        err(f"{where}: not a non-empty string: {s!r}")
        return None
    if s != s.strip():
        err(f"{where}: leading/trailing whitespace in {s!r}")
    c = note.count(s)
    if c != 1:
        err(f"{where}: occurs {c} times in note (must be exactly once): {s!r}")
        return None
    i = note.find(s)
    return (i, i + len(s))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def load(path):
    with open(os.path.join(HERE, path), encoding="utf-8") as f:
        return yaml.safe_load(f)


def main():
    records = {}
    stats = {}
    for lang, fn in FILES.items():
        data = load(fn)
        if not isinstance(data, list):
            err(f"{fn}: top level must be a list")
            continue
        want = [f"s23-{lang}-{i:03d}" for i in range(1, N_PER_LANG + 1)]
        got = [r.get("id") for r in data]
        if got != want:
            err(f"{fn}: ids must be exactly {want[0]}..{want[-1]} in order; got {got}")
        st = {"notes": 0, "obs": 0, "SBI": 0, "B": 0, "BI": 0, "SB": 0,
              "judgements": 0, "units": [], "obs_per_note": []}
        for r in data:
            rid = r.get("id", "?")
            records[rid] = r
            keys = {"id", "lang", "employee_role", "note", "observations", "judgements"}
            if set(r) != keys:
                err(f"{rid}: keys {sorted(r)} != {sorted(keys)}")
            if r.get("lang") != lang:
                err(f"{rid}: lang {r.get('lang')!r} != {lang!r}")
            if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
                err(f"{rid}: employee_role missing")
            note = r.get("note")
            if not isinstance(note, str) or not note.strip():
                err(f"{rid}: note missing")
                continue
            if lang == "zh" and not is_cjk_heavy(note):
                err(f"{rid}: zh note is not mainly Chinese")
            if lang == "en" and re.search(r"[\u4e00-\u9fff]", note):
                err(f"{rid}: en note contains CJK")
            units = count_units(note)
            if not 2 <= units <= 6:
                err(f"{rid}: {units} sentences/bullets (need 2-6)")
            obs = r.get("observations")
            if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
                err(f"{rid}: need 1-4 observations")
                continue
            st["notes"] += 1
            st["units"].append(units)
            st["obs_per_note"].append(len(obs))
            all_obs_spans = []
            prev_b = -1
            for k, o in enumerate(obs, 1):
                where = f"{rid} obs{k}"
                if not isinstance(o, dict) or set(o) != {"behaviour", "situation", "impact"}:
                    err(f"{where}: keys must be behaviour/situation/impact")
                    continue
                spans = []
                b = span_of(note, o["behaviour"], where + " behaviour")
                if b:
                    spans.append(b)
                    if b[0] <= prev_b:
                        err(f"{where}: observations not in order of behaviour appearance")
                    prev_b = b[0]
                for part in ("situation", "impact"):
                    if o[part] is None:
                        continue
                    sp = span_of(note, o[part], f"{where} {part}")
                    if sp:
                        spans.append(sp)
                for i in range(len(spans)):
                    for j in range(i + 1, len(spans)):
                        if overlap(spans[i], spans[j]):
                            err(f"{where}: spans overlap")
                all_obs_spans.extend(spans)
                shape = ("S" if o["situation"] is not None else "") + "B" + \
                        ("I" if o["impact"] is not None else "")
                st[shape] += 1
                st["obs"] += 1
            js = r.get("judgements")
            if not isinstance(js, list):
                err(f"{rid}: judgements must be a list")
                continue
            jspans = []
            for k, j in enumerate(js, 1):
                sp = span_of(note, j, f"{rid} judgement{k}")
                if not sp:
                    continue
                for osp in all_obs_spans:
                    if overlap(sp, osp):
                        err(f"{rid} judgement{k}: overlaps an observation span")
                for other in jspans:
                    if overlap(sp, other):
                        err(f"{rid} judgement{k}: overlaps another judgement")
                jspans.append(sp)
            st["judgements"] += len(js)
        stats[lang] = st

    # negatives
    neg = load(NEG_FILE)
    n_neg = {"en": 0, "zh": 0}
    if not isinstance(neg, dict):
        err(f"{NEG_FILE}: must be a mapping id -> list of indices")
        neg = {}
    for rid in records:
        if rid not in neg:
            err(f"{NEG_FILE}: missing id {rid}")
    for rid, idx in neg.items():
        if rid not in records:
            err(f"{NEG_FILE}: unknown id {rid}")
            continue
        n = len(records[rid].get("observations") or [])
        if not isinstance(idx, list) or any(not isinstance(i, int) or not 1 <= i <= n for i in idx) \
                or len(set(idx)) != len(idx) or idx != sorted(idx):
            err(f"{NEG_FILE}: {rid}: indices must be a sorted list of distinct ints in 1..{n}: {idx}")
            continue
        n_neg[records[rid]["lang"]] += len(idx)

    # aggregate report + targets
    tot = {k: sum(stats[l][k] for l in stats) for k in ("notes", "obs", "SBI", "B", "BI", "SB", "judgements")}
    print("lang  notes obs  S+B+I  B-only  B+I  S+B  neg  judgements  obs/note dist   units range")
    for lang in stats:
        s = stats[lang]
        dist = {k: s["obs_per_note"].count(k) for k in range(1, 5)}
        print(f"{lang:4}  {s['notes']:5} {s['obs']:4} {s['SBI']:6} {s['B']:7} {s['BI']:4} {s['SB']:4} "
              f"{n_neg[lang]:4} {s['judgements']:11}  {dist}  {min(s['units'])}-{max(s['units'])}")
    all_neg = sum(n_neg.values())
    print(f"all   {tot['notes']:5} {tot['obs']:4} {tot['SBI']:6} {tot['B']:7} {tot['BI']:4} {tot['SB']:4} "
          f"{all_neg:4} {tot['judgements']:11}")
    o = tot["obs"] or 1
    print(f"shares: S+B+I {tot['SBI']/o:.0%}  B-only {tot['B']/o:.0%}  B+I {tot['BI']/o:.0%}  "
          f"S+B {tot['SB']/o:.0%}  negative {all_neg/o:.0%}")

    def target(name, val, lo, hi):
        if not lo <= val <= hi:
            err(f"target {name}: {val:.3f} not in [{lo}, {hi}]")

    target("S+B+I share", tot["SBI"] / o, 0.28, 0.40)
    target("B-only share", tot["B"] / o, 0.15, 0.25)
    target("B+I share", tot["BI"] / o, 0.17, 0.30)
    target("S+B share", tot["SB"] / o, 0.17, 0.30)
    target("negative share", all_neg / o, 0.15, 0.25)
    target("judgements total", tot["judgements"], 35, 45)
    for lang in stats:
        s = stats[lang]
        lo = s["obs"] or 1
        target(f"{lang} S+B+I share", s["SBI"] / lo, 0.25, 0.42)
        target(f"{lang} B-only share", s["B"] / lo, 0.12, 0.28)
        target(f"{lang} negative share", n_neg[lang] / lo, 0.12, 0.28)
        two_three = sum(1 for k in s["obs_per_note"] if k in (2, 3)) / max(1, s["notes"])
        target(f"{lang} share of notes with 2-3 observations", two_three, 0.6, 1.0)

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
