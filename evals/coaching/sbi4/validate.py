#!/usr/bin/env python3
"""Validate the SBI4 blind set. Usage: python3 validate.py [--write-header] [files...]"""
import re, sys, yaml, pathlib
HERE = pathlib.Path(__file__).parent
KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}

def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B"}[(s, i)]

def check(path, lang):
    errs = []
    recs = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    counts = {"S+B+I": 0, "B+I": 0, "S+B": 0, "B": 0}
    nj = 0
    for n, r in enumerate(recs, 1):
        rid = r.get("id")
        exp = f"s4-{lang}-{n:03d}"
        if rid != exp: errs.append(f"{rid}: expected id {exp}")
        if set(r) != KEYS: errs.append(f"{rid}: keys {sorted(set(r) ^ KEYS)}")
        if r.get("lang") != lang: errs.append(f"{rid}: lang")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip(): errs.append(f"{rid}: role")
        note = r.get("note")
        if not isinstance(note, str): errs.append(f"{rid}: note"); continue
        obs = r.get("observations") or []
        if not 1 <= len(obs) <= 4: errs.append(f"{rid}: {len(obs)} observations")
        def span(s, what):
            if not isinstance(s, str) or not s: errs.append(f"{rid}: {what} not a string"); return None
            c = note.count(s)
            if c != 1: errs.append(f"{rid}: {what} {s!r} occurs {c} times"); return None
            if s != s.strip(): errs.append(f"{rid}: {what} {s!r} has outer whitespace")
            st = note.index(s); return (st, st + len(s))
        for k, o in enumerate(obs):
            if set(o) != {"behaviour", "situation", "impact"}: errs.append(f"{rid}: obs {k} keys {sorted(o)}")
            spans = []
            b = span(o.get("behaviour"), f"obs{k}.behaviour")
            spans.append(b)
            for part in ("situation", "impact"):
                if o.get(part) is not None: spans.append(span(o[part], f"obs{k}.{part}"))
            spans = sorted(x for x in spans if x)
            for a, c in zip(spans, spans[1:]):
                if a[1] > c[0]: errs.append(f"{rid}: obs {k} spans overlap {note[a[0]:a[1]]!r} / {note[c[0]:c[1]]!r}")
            counts[shape(o)] += 1
        js = r.get("judgements")
        if not isinstance(js, list): errs.append(f"{rid}: judgements not a list"); js = []
        for j in js: span(j, "judgement")
        nj += len(js)
        bspans = [o["behaviour"] for o in obs if isinstance(o.get("behaviour"), str)]
        if len(set(bspans)) != len(bspans): errs.append(f"{rid}: duplicate behaviour")
    if len(recs) != 30: errs.append(f"{path.name}: {len(recs)} records")
    return recs, counts, nj, errs

def header(lang, recs, counts, nj):
    tot = sum(counts.values())
    pct = lambda v: f"{100*v/tot:.0f}%" if tot else "-"
    return (f"# SBI4 blind set, {lang}: {len(recs)} notes, {tot} observations, {nj} judgements\n"
            f"# S+B+I: {counts['S+B+I']} ({pct(counts['S+B+I'])})  B+I: {counts['B+I']} ({pct(counts['B+I'])})  "
            f"S+B: {counts['S+B']} ({pct(counts['S+B'])})  B only: {counts['B']} ({pct(counts['B'])})\n"
            f"# counts written by validate.py; licence CC BY 4.0\n")

if __name__ == "__main__":
    write = "--write-header" in sys.argv
    files = [a for a in sys.argv[1:] if not a.startswith("--")] or ["notes_en.yaml", "notes_zh.yaml"]
    bad = False
    for f in files:
        p = HERE / f if not pathlib.Path(f).is_absolute() else pathlib.Path(f)
        if not p.exists(): print(f"{f}: missing"); continue
        lang = "zh" if "zh" in p.name else "en"
        recs, counts, nj, errs = check(p, lang)
        print(header(lang, recs, counts, nj), end="")
        for e in errs: print("  ERROR", e)
        bad |= bool(errs)
        if write:
            body = re.sub(r"\A(#[^\n]*\n)*", "", p.read_text(encoding="utf-8"))
            p.write_text(header(lang, recs, counts, nj) + body, encoding="utf-8")
    sys.exit(1 if bad else 0)
