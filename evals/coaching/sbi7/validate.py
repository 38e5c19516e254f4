#!/usr/bin/env python3
"""Validate the s7 SBI blind set and write the count headers.

Usage: python3 validate.py          (validate, rewrite the '# ' header of each YAML file)
       python3 validate.py --check  (validate only, no writes; exit 1 on any error)
"""
import re, sys, os, yaml
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
OBS_KEYS = ["behaviour", "situation", "impact"]
REC_KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
# Observations that describe something that went wrong (negative impact / problem behaviour).
# (id, 1-based observation index). Kept here because the record format has no polarity field.
NEGATIVE = {
    "en": {(2, 2), (4, 2), (5, 2), (6, 2), (7, 3), (9, 2), (10, 2), (13, 2), (14, 2), (16, 2),
           (19, 1), (24, 1), (27, 3), (28, 3), (30, 2)},
    "zh": {(2, 2), (4, 2), (5, 2), (6, 2), (7, 2), (10, 2), (11, 2), (12, 2), (15, 2), (16, 2),
           (19, 3), (20, 2), (23, 2), (30, 2)},
}
errors = []

def err(msg):
    errors.append(msg)

def occurrences(hay, needle):
    """All start offsets, overlapping occurrences included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out

def units(note, lang):
    lines = [l for l in note.splitlines() if l.strip()]
    if len(lines) > 1 and all(re.match(r"\s*[-*•]\s", l) for l in lines):
        return len(lines)
    ends = r"[.!?。！？]+" if lang == "en" else r"[。！？!?]+"
    n = 0
    for l in lines:
        parts = [p for p in re.split(ends, l) if p.strip()]
        n += max(1, len(parts))
    return n

def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B"}[(s, i)]

def check(lang, path):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, list):
        err(f"{path}: top level is not a list"); return None
    stats = Counter(); neg = 0; nobs = 0; njud = 0
    if len(data) != 30:
        err(f"{path}: {len(data)} records, expected 30")
    for n, rec in enumerate(data, 1):
        rid = f"s7-{lang}-{n:03d}"
        if not isinstance(rec, dict) or list(rec.keys()) != REC_KEYS:
            err(f"{rid}: keys {list(rec.keys()) if isinstance(rec, dict) else rec!r} != {REC_KEYS}"); continue
        if rec["id"] != rid: err(f"{rec['id']}: expected id {rid}")
        if rec["lang"] != lang: err(f"{rid}: lang {rec['lang']}")
        if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip(): err(f"{rid}: employee_role")
        note = rec["note"]
        if not isinstance(note, str) or not note.strip(): err(f"{rid}: empty note"); continue
        u = units(note, lang)
        if not 2 <= u <= 6: err(f"{rid}: {u} sentences/bullets (want 2-6)")
        obs = rec["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{rid}: observations must be a list of 1-4"); continue
        all_spans = []
        for k, o in enumerate(obs, 1):
            if not isinstance(o, dict) or list(o.keys()) != OBS_KEYS:
                err(f"{rid}#{k}: keys {list(o.keys()) if isinstance(o, dict) else o!r}"); continue
            spans = []
            for key in OBS_KEYS:
                v = o[key]
                if v is None:
                    if key == "behaviour": err(f"{rid}#{k}: behaviour is null")
                    continue
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    err(f"{rid}#{k}.{key}: empty or untrimmed {v!r}"); continue
                occ = occurrences(note, v)
                if len(occ) != 1:
                    err(f"{rid}#{k}.{key}: occurs {len(occ)} times: {v!r}"); continue
                spans.append((occ[0], occ[0] + len(v), key))
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]: err(f"{rid}#{k}: {a[2]} overlaps {b[2]}")
            all_spans += spans
            stats[shape(o)] += 1; nobs += 1
            if (n, k) in NEGATIVE[lang]: neg += 1
        js = rec["judgements"]
        if not isinstance(js, list): err(f"{rid}: judgements not a list"); continue
        for j in js:
            njud += 1
            if not isinstance(j, str) or not j.strip():
                err(f"{rid}: bad judgement {j!r}"); continue
            occ = occurrences(note, j)
            if len(occ) != 1:
                err(f"{rid}: judgement occurs {len(occ)} times: {j!r}"); continue
            a, b = occ[0], occ[0] + len(j)
            for s, e, key in all_spans:
                if s < b and a < e: err(f"{rid}: judgement {j!r} overlaps an observation {key}")
    for (n, k) in NEGATIVE[lang]:
        if n > len(data) or k > len(data[n - 1]["observations"]):
            err(f"NEGATIVE[{lang}] refers to missing observation {n}#{k}")
    return {"notes": len(data), "observations": nobs, "judgements": njud, "negative": neg, **stats}

def header(lang, c):
    n = c["observations"]
    pct = lambda x: f"{100 * x / n:.0f}%"
    return [
        f"# s7 SBI extraction blind set, {'English' if lang == 'en' else 'Chinese'} notes. Licence: CC BY 4.0. See LABELS.md.",
        f"# counts (computed by validate.py): notes={c['notes']} observations={n} judgements={c['judgements']}",
        f"#   S+B+I={c['S+B+I']} ({pct(c['S+B+I'])})  B+I={c['B+I']} ({pct(c['B+I'])})  "
        f"S+B={c['S+B']} ({pct(c['S+B'])})  B only={c['B']} ({pct(c['B'])})",
        f"#   negative (something went wrong)={c['negative']} ({pct(c['negative'])})",
    ]

def main():
    write = "--check" not in sys.argv
    results = {}
    for lang, fn in FILES.items():
        path = os.path.join(HERE, fn)
        c = check(lang, path)
        if c is None: continue
        for key in ["S+B+I", "B+I", "S+B", "B"]: c.setdefault(key, 0)
        results[lang] = c
        if write and not errors:
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            i = 0
            while i < len(lines) and lines[i].startswith("#"): i += 1
            new = "\n".join(header(lang, c) + lines[i:])
            with open(path, "w", encoding="utf-8") as f: f.write(new)
    for e in errors: print("ERROR", e)
    tot = Counter()
    for lang, c in results.items():
        print(lang, dict(c)); tot.update(c)
    print("total", dict(tot))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
