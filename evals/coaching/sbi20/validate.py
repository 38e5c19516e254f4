#!/usr/bin/env python3
"""Validate the sbi20 blind set (Situation-Behaviour-Impact extraction).

Usage:  python3 validate.py            (run from anywhere; needs Python 3 + PyYAML)

Hard checks (any failure -> exit code 1):
  * both note files parse; 30 records each; ids s20-en-001..030 / s20-zh-001..030 in order;
    lang matches the id; employee_role and note are non-empty strings;
  * Chinese notes contain CJK text; English notes contain none;
  * 1-4 observations per note; every observation has a behaviour; situation / impact are a
    string or null; no other keys;
  * every behaviour / situation / impact / judgement string occurs exactly once in its note;
  * the spans of one observation do not overlap; no judgement overlaps any observation span;
    judgements do not overlap each other;
  * observations are listed in order of appearance of their behaviour;
  * each note has 2-6 sentences or bullets (heuristic counter, see count_units);
  * negatives.yaml has exactly the 60 ids, each a list of valid, unique, sorted 1-based indices;
  * global targets, with tolerance: S+B+I about 1/3, B only about 1/5, the rest split between
    B+I and S+B; about 1 in 5 observations negative; about 40 judgements; most notes have
    2-3 observations.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_PER_LANG = 30
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
ABBREV = re.compile(r"(?:\b[A-Z]|\bDr|\bMr|\bMrs|\bMs|\bSt|\bvs|e\.g|i\.e|\betc)$")

errors = []


def err(msg):
    errors.append(msg)


def count_units(note):
    """Count sentences or bullets: every non-empty line is split at sentence-final
    punctuation (. ! ? 。 ！ ？); a '.' after a single capital, a common abbreviation or a
    list number ("1.") does not end a sentence; pieces without letters/digits/CJK are ignored."""
    total = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        pieces, start = [], 0
        for m in re.finditer(r"[。！？]|[.!?](?=\s|$)", line):
            before = line[start:m.start()]
            if m.group() == "." and (ABBREV.search(before) or re.fullmatch(r"\s*\d+", before)):
                continue  # abbreviation, initial, or list number such as "1."
            pieces.append(line[start:m.end()])
            start = m.end()
        pieces.append(line[start:])
        total += sum(1 for p in pieces if CONTENT.search(p))
    return total


def span(note, s, where):
    """Return (start, end) of s in note, recording an error unless it occurs exactly once."""
    if not isinstance(s, str) or not s.strip():
        err(f"{where}: empty or non-string span {s!r}")
        return None
    n = note.count(s)
    if n != 1:
        err(f"{where}: span occurs {n} times in note: {s!r}")
        return None
    i = note.index(s)
    return (i, i + len(s))


def overlap(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def shape(o):
    return ("S" if o.get("situation") is not None else "") + "B" + \
           ("I" if o.get("impact") is not None else "")


def main():
    records = {}
    for lang, fname in FILES.items():
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        if not isinstance(data, list):
            err(f"{fname}: top level must be a list")
            continue
        want = [f"s20-{lang}-{i:03d}" for i in range(1, N_PER_LANG + 1)]
        got = [r.get("id") if isinstance(r, dict) else None for r in data]
        if got != want:
            err(f"{fname}: ids must be exactly {want[0]}..{want[-1]} in order; got {got}")
        for r in data:
            if not isinstance(r, dict):
                err(f"{fname}: record is not a mapping")
                continue
            rid = r.get("id", "?")
            if rid in records:
                err(f"{rid}: duplicate id")
            records[rid] = r
            extra = set(r) - {"id", "lang", "employee_role", "note", "observations", "judgements"}
            if extra:
                err(f"{rid}: unexpected keys {sorted(extra)}")
            if r.get("lang") != lang:
                err(f"{rid}: lang must be {lang!r}")
            for k in ("employee_role", "note"):
                if not isinstance(r.get(k), str) or not r.get(k).strip():
                    err(f"{rid}: {k} must be a non-empty string")
            note = r.get("note") or ""
            if lang == "zh" and len(CJK.findall(note)) < 20:
                err(f"{rid}: Chinese note has too little CJK text")
            if lang == "en" and CJK.search(note):
                err(f"{rid}: English note contains CJK text")
            units = count_units(note)
            if not 2 <= units <= 6:
                err(f"{rid}: note has {units} sentences/bullets, want 2-6")

            obs = r.get("observations")
            if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
                err(f"{rid}: observations must be a list of 1-4 items")
                obs = obs if isinstance(obs, list) else []
            all_spans, b_starts = [], []
            for k, o in enumerate(obs, 1):
                w = f"{rid} obs {k}"
                if not isinstance(o, dict):
                    err(f"{w}: not a mapping")
                    continue
                if set(o) != {"behaviour", "situation", "impact"}:
                    err(f"{w}: keys must be behaviour, situation, impact; got {sorted(o)}")
                b = span(note, o.get("behaviour"), w + " behaviour")
                s = None if o.get("situation") is None else span(note, o["situation"], w + " situation")
                i = None if o.get("impact") is None else span(note, o["impact"], w + " impact")
                for x, y, lab in ((b, s, "B/S"), (b, i, "B/I"), (s, i, "S/I")):
                    if overlap(x, y):
                        err(f"{w}: {lab} spans overlap")
                b_starts.append(b[0] if b else -1)
                all_spans += [x for x in (b, s, i) if x]
            if b_starts != sorted(b_starts):
                err(f"{rid}: observations not in order of appearance of their behaviour")

            js = r.get("judgements")
            if not isinstance(js, list):
                err(f"{rid}: judgements must be a list")
                js = []
            j_spans = []
            for j in js:
                sj = span(note, j, f"{rid} judgement")
                if sj is None:
                    continue
                for x in all_spans:
                    if overlap(sj, x):
                        err(f"{rid}: judgement {j!r} overlaps an observation span")
                for x in j_spans:
                    if overlap(sj, x):
                        err(f"{rid}: judgements overlap each other")
                j_spans.append(sj)

    # negatives
    with open(os.path.join(HERE, "negatives.yaml"), encoding="utf-8") as f:
        neg = yaml.safe_load(f)
    if not isinstance(neg, dict):
        err("negatives.yaml: top level must be a mapping")
        neg = {}
    if set(neg) != set(records):
        err(f"negatives.yaml: ids differ from notes: missing {sorted(set(records) - set(neg))},"
            f" extra {sorted(set(neg) - set(records))}")
    n_neg = 0
    for rid, idx in neg.items():
        nobs = len(records.get(rid, {}).get("observations") or [])
        if not isinstance(idx, list) or any(not isinstance(x, int) or isinstance(x, bool) for x in idx):
            err(f"negatives.yaml {rid}: must be a list of integers")
            continue
        if idx != sorted(set(idx)) or any(x < 1 or x > nobs for x in idx):
            err(f"negatives.yaml {rid}: indices must be sorted, unique, within 1..{nobs}: {idx}")
        n_neg += len(idx)

    # global counts
    stats = {}
    for lang in FILES:
        recs = [r for rid, r in records.items() if r.get("lang") == lang]
        obs = [o for r in recs for o in (r.get("observations") or []) if isinstance(o, dict)]
        c = {k: sum(1 for o in obs if shape(o) == k) for k in ("SBI", "B", "BI", "SB")}
        c["obs"] = len(obs)
        c["judgements"] = sum(len(r.get("judgements") or []) for r in recs)
        c["negative"] = sum(len(neg.get(r["id"], []) or []) for r in recs)
        c["notes"] = len(recs)
        c["notes_2_3_obs"] = sum(1 for r in recs if 2 <= len(r.get("observations") or []) <= 3)
        stats[lang] = c
    tot = {k: stats["en"][k] + stats["zh"][k] for k in stats["en"]}
    stats["all"] = tot

    print(f"{'':6}{'notes':>6}{'obs':>6}{'S+B+I':>7}{'B':>5}{'B+I':>6}{'S+B':>6}"
          f"{'neg':>6}{'judg':>6}{'2-3obs':>8}")
    for k, c in stats.items():
        print(f"{k:6}{c['notes']:>6}{c['obs']:>6}{c['SBI']:>7}{c['B']:>5}{c['BI']:>6}{c['SB']:>6}"
              f"{c['negative']:>6}{c['judgements']:>6}{c['notes_2_3_obs']:>8}")
    n = tot["obs"] or 1
    print("shares: S+B+I %.2f  B %.2f  B+I %.2f  S+B %.2f  negative %.2f" % (
        tot["SBI"] / n, tot["B"] / n, tot["BI"] / n, tot["SB"] / n, tot["negative"] / n))

    def need(cond, msg):
        if not cond:
            err("target: " + msg)

    need(0.28 <= tot["SBI"] / n <= 0.40, "S+B+I should be about 1/3 of observations")
    need(0.15 <= tot["B"] / n <= 0.26, "B only should be about 1/5 of observations")
    need(0.15 <= tot["BI"] / n <= 0.32 and 0.15 <= tot["SB"] / n <= 0.32,
         "the rest should be split between B+I and S+B")
    need(0.15 <= tot["negative"] / n <= 0.27, "about 1 in 5 observations should be negative")
    need(32 <= tot["judgements"] <= 50, "about 40 judgements in all")
    need(tot["notes_2_3_obs"] >= 0.6 * tot["notes"], "most notes should have 2-3 observations")
    for lang in FILES:
        m = stats[lang]["obs"] or 1
        need(stats[lang]["negative"] / m >= 0.12, f"{lang}: too few negative observations")
        need(min(stats[lang][k] for k in ("SBI", "B", "BI", "SB")) >= 0.12 * m,
             f"{lang}: every shape should be represented")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
