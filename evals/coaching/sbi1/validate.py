#!/usr/bin/env python3
"""Validate the SBI blind set and (with --write-header) refresh the count header
at the top of each YAML file.  Usage: python3 validate.py [--write-header]"""
import sys, re, os, collections
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]

# Observations whose behaviour went wrong (negative impact, or a negative
# behaviour with no impact stated). Keyed by note id -> 0-based indexes.
NEGATIVE = {
    "en": {
        "s1-en-005": [0], "s1-en-007": [1], "s1-en-009": [0], "s1-en-012": [1],
        "s1-en-014": [0], "s1-en-017": [0], "s1-en-020": [2], "s1-en-022": [1],
        "s1-en-024": [1], "s1-en-026": [0], "s1-en-028": [0], "s1-en-029": [2],
        "s1-en-030": [1], "s1-en-032": [1], "s1-en-034": [0], "s1-en-036": [0],
        "s1-en-038": [2], "s1-en-040": [1],
    },
    "zh": {
        "s1-zh-004": [0], "s1-zh-007": [0], "s1-zh-008": [1], "s1-zh-011": [1],
        "s1-zh-014": [0], "s1-zh-017": [1], "s1-zh-018": [0], "s1-zh-020": [0],
        "s1-zh-022": [0], "s1-zh-025": [0], "s1-zh-027": [0], "s1-zh-029": [1],
        "s1-zh-031": [0], "s1-zh-034": [0], "s1-zh-035": [2], "s1-zh-038": [0],
        "s1-zh-040": [0],
    },
}

def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B only"}[(s, i)]

def check(lang):
    path = os.path.join(HERE, FILES[lang])
    if not os.path.exists(path):
        return None, []
    errs = []
    data = yaml.safe_load(open(path, encoding="utf-8"))
    if not isinstance(data, list):
        return None, [f"{path}: top level is not a list"]
    counts = collections.Counter()
    nobs = 0
    seen = set()
    for n, rec in enumerate(data, 1):
        rid = rec.get("id", f"#{n}")
        if list(rec.keys()) != KEYS:
            errs.append(f"{rid}: keys {list(rec.keys())} != {KEYS}")
        want = f"s1-{lang}-{n:03d}"
        if rid != want:
            errs.append(f"{rid}: expected id {want}")
        if rid in seen:
            errs.append(f"{rid}: duplicate id")
        seen.add(rid)
        if rec.get("lang") != lang:
            errs.append(f"{rid}: lang {rec.get('lang')}")
        if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
            errs.append(f"{rid}: employee_role missing")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errs.append(f"{rid}: empty note"); continue
        obs = rec.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            errs.append(f"{rid}: needs 1-4 observations"); continue
        js = rec.get("judgements")
        if not isinstance(js, list):
            errs.append(f"{rid}: judgements must be a list"); js = []

        def locate(s, what):
            if not isinstance(s, str) or not s:
                errs.append(f"{rid}: {what} not a non-empty string: {s!r}"); return None
            if s != s.strip():
                errs.append(f"{rid}: {what} has edge whitespace: {s!r}")
            c = note.count(s)
            if c != 1:
                errs.append(f"{rid}: {what} occurs {c}x in note: {s!r}"); return None
            st = note.index(s)
            return (st, st + len(s))

        beh_spans = []
        all_spans = []
        for k, o in enumerate(obs):
            if list(o.keys()) != ["behaviour", "situation", "impact"]:
                errs.append(f"{rid} obs{k}: keys {list(o.keys())}")
            spans = []
            for part in ("behaviour", "situation", "impact"):
                v = o.get(part)
                if v is None and part != "behaviour":
                    continue
                sp = locate(v, f"obs{k}.{part}")
                if sp:
                    spans.append((part, sp))
                    all_spans.append((f"obs{k}.{part}", sp))
                    if part == "behaviour":
                        beh_spans.append((k, sp))
            for a in range(len(spans)):
                for b in range(a + 1, len(spans)):
                    (pa, x), (pb, y) = spans[a], spans[b]
                    if x[0] < y[1] and y[0] < x[1]:
                        errs.append(f"{rid} obs{k}: {pa} overlaps {pb}")
            counts[shape(o)] += 1
            nobs += 1
        for a in range(len(beh_spans)):
            for b in range(a + 1, len(beh_spans)):
                (ka, x), (kb, y) = beh_spans[a], beh_spans[b]
                if x[0] < y[1] and y[0] < x[1]:
                    errs.append(f"{rid}: behaviours of obs{ka} and obs{kb} overlap")
        for j in js:
            sp = locate(j, "judgement")
            if sp:
                for name, y in all_spans:
                    if sp[0] < y[1] and y[0] < sp[1]:
                        errs.append(f"{rid}: judgement {j!r} overlaps {name}")
    neg = NEGATIVE.get(lang, {})
    byid = {r.get("id"): r for r in data}
    nneg = 0
    for rid, idxs in neg.items():
        for i in idxs:
            if rid not in byid or i >= len(byid[rid]["observations"]):
                errs.append(f"NEGATIVE entry {rid}[{i}] does not exist")
            else:
                nneg += 1
    ib = sa = 0
    per_note = collections.Counter()
    for r in data:
        note, obs = r.get("note") or "", r.get("observations") or []
        per_note[len(obs)] += 1
        for o in obs:
            try:
                b = note.index(o["behaviour"])
                ib += bool(o.get("impact") and note.index(o["impact"]) < b)
                sa += bool(o.get("situation") and note.index(o["situation"]) > b)
            except (ValueError, TypeError, KeyError):
                pass
    stats = dict(notes=len(data), observations=nobs, shapes=counts,
                 impact_first=ib, situation_after=sa, per_note=per_note,
                 negative=nneg, judgements=sum(len(r.get("judgements") or []) for r in data),
                 with_judgement=sum(1 for r in data if r.get("judgements")))
    return stats, errs

def header(lang, st):
    n = st["observations"]
    lines = [f"# SBI blind set {lang}: {st['notes']} notes, {n} observations, "
             f"{st['judgements']} judgements (in {st['with_judgement']} notes)",
             "# observations by shape:"]
    for k in ("S+B+I", "B+I", "S+B", "B only"):
        c = st["shapes"].get(k, 0)
        lines.append(f"#   {k:7s} {c:3d}  ({100*c/n:.0f}%)" if n else f"#   {k} 0")
    lines.append(f"#   negative (something went wrong): {st['negative']} ({100*st['negative']/n:.0f}%)" if n else "")
    lines.append(f"#   impact placed before its behaviour: {st['impact_first']}; "
                 f"situation placed after its behaviour: {st['situation_after']}")
    lines.append("#   notes by number of observations: " +
                 ", ".join(f"{k}: {v}" for k, v in sorted(st["per_note"].items())))
    lines.append("# generated by validate.py --write-header; see LABELS.md")
    return "\n".join(lines) + "\n"

def main():
    write = "--write-header" in sys.argv
    bad = False
    for lang in FILES:
        st, errs = check(lang)
        if st is None and not errs:
            print(f"[{lang}] file absent"); continue
        for e in errs:
            print(f"[{lang}] ERROR {e}")
        bad |= bool(errs)
        if st:
            print(header(lang, st), end="")
            if write and not errs:
                path = os.path.join(HERE, FILES[lang])
                body = open(path, encoding="utf-8").read().split("\n")
                while body and body[0].startswith("#"):
                    body.pop(0)
                open(path, "w", encoding="utf-8").write(header(lang, st) + "\n" + "\n".join(body).lstrip("\n"))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
