#!/usr/bin/env python3
"""Validate the sbi9 blind set and write the counts.

Checks: YAML structure, ids, exact-substring + single-occurrence of every span,
no overlap between the spans of one observation, no overlap between judgements
and observation spans, 1-4 observations and 2-6 sentences/bullets per note.
Writes the shape counts into the comment header of each YAML file and into the
block between the COUNTS markers in LABELS.md.

Usage: python3 validate.py          (validate + rewrite headers/counts)
       python3 validate.py --check  (validate only, exit 1 on error)
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
SHAPES = ["S+B+I", "B+I", "S+B", "B only"]

# Observations that describe something that went wrong (author's tally, by
# 0-based observation index). Not a record field; used only for the README count.
NEGATIVE = {
    "s9-en-002": [1], "s9-en-004": [1], "s9-en-005": [1], "s9-en-010": [0, 1],
    "s9-en-013": [0], "s9-en-014": [2], "s9-en-017": [0], "s9-en-020": [0],
    "s9-en-023": [1], "s9-en-025": [2], "s9-en-026": [2], "s9-en-028": [0],
    "s9-zh-002": [1], "s9-zh-003": [1], "s9-zh-004": [2], "s9-zh-006": [0],
    "s9-zh-008": [1], "s9-zh-011": [1], "s9-zh-013": [0], "s9-zh-014": [2],
    "s9-zh-016": [0], "s9-zh-021": [2], "s9-zh-023": [1], "s9-zh-024": [1],
    "s9-zh-028": [0], "s9-zh-030": [0],
}

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def span_of(rid, note, s, what):
    if not isinstance(s, str) or not s:
        err(rid, f"{what} is not a non-empty string: {s!r}")
        return None
    if s != s.strip():
        err(rid, f"{what} has leading/trailing whitespace: {s!r}")
    n = note.count(s)
    if n != 1:
        err(rid, f"{what} occurs {n} times in note (must be exactly 1): {s!r}")
        return None
    i = note.index(s)
    return (i, i + len(s))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def units(note):
    lines = [l for l in note.splitlines() if l.strip()]
    if any(l.lstrip().startswith("- ") for l in lines):
        return len(lines)
    return len([p for p in re.split(r"(?<=[.!?。！？])\s*", note) if p.strip()])


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B only"}[(s, i)]


def check_file(lang, path):
    recs = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(recs, list):
        err(path.name, "top level is not a list")
        return None
    counts = {k: 0 for k in SHAPES}
    n_obs = n_judg = n_neg = 0
    expected = [f"s9-{lang}-{k:03d}" for k in range(1, 31)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in recs]
    if ids != expected:
        err(path.name, f"ids are not exactly {expected[0]}..{expected[-1]} in order: {ids}")
    for r in recs:
        rid = r.get("id", "?")
        if set(r) != KEYS:
            err(rid, f"keys {sorted(r)} != {sorted(KEYS)}")
            continue
        if r["lang"] != lang:
            err(rid, f"lang {r['lang']!r} != {lang!r}")
        if not isinstance(r["employee_role"], str) or not r["employee_role"].strip():
            err(rid, "employee_role empty")
        note = r["note"]
        if not isinstance(note, str) or not note.strip():
            err(rid, "note empty")
            continue
        u = units(note)
        if not 2 <= u <= 6:
            err(rid, f"note has {u} sentences/bullets (want 2-6)")
        obs = r["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(rid, "observations must be a list of 1-4")
            continue
        all_spans = []
        for k, o in enumerate(obs):
            if not isinstance(o, dict) or set(o) != OBS_KEYS:
                err(rid, f"obs {k}: keys must be {sorted(OBS_KEYS)}")
                continue
            sp = {}
            for part in ("behaviour", "situation", "impact"):
                if part != "behaviour" and o[part] is None:
                    continue
                sp[part] = span_of(rid, note, o[part], f"obs {k} {part}")
            got = [(p, v) for p, v in sp.items() if v]
            for a in range(len(got)):
                for b in range(a + 1, len(got)):
                    if overlaps(got[a][1], got[b][1]):
                        err(rid, f"obs {k}: {got[a][0]} overlaps {got[b][0]}")
            all_spans += [v for _, v in got]
            counts[shape(o)] += 1
            n_obs += 1
        for k in NEGATIVE.get(rid, []):
            if k >= len(obs):
                err(rid, f"NEGATIVE index {k} out of range")
        n_neg += len(NEGATIVE.get(rid, []))
        j = r["judgements"]
        if not isinstance(j, list):
            err(rid, "judgements must be a list")
            continue
        for s in j:
            js = span_of(rid, note, s, "judgement")
            if js:
                for v in all_spans:
                    if overlaps(js, v):
                        err(rid, f"judgement overlaps an observation span: {s!r}")
        n_judg += len(j)
    return {"notes": len(recs), "obs": n_obs, "judgements": n_judg,
            "negative": n_neg, **counts}


def header(lang, c):
    pct = lambda k: f"{100 * c[k] / c['obs']:.0f}%"
    return (
        f"# sbi9 blind SBI-extraction set, {lang}: {c['notes']} notes, {c['obs']} observations, "
        f"{c['judgements']} judgements (counts written by validate.py)\n"
        f"# observations by shape: S+B+I {c['S+B+I']} ({pct('S+B+I')}), B+I {c['B+I']} ({pct('B+I')}), "
        f"S+B {c['S+B']} ({pct('S+B')}), B only {c['B only']} ({pct('B only')})\n"
        f"# observations describing something that went wrong: {c['negative']} ({pct('negative')})\n"
        f"# licence: CC BY 4.0; see LABELS.md\n"
    )


def table(stats):
    tot = {k: sum(s[k] for s in stats.values()) for k in next(iter(stats.values()))}
    rows = ["| | notes | observations | S+B+I | B+I | S+B | B only | went wrong | judgements |",
            "|---|---|---|---|---|---|---|---|---|"]
    for name, c in list(stats.items()) + [("total", tot)]:
        rows.append(f"| {name} | {c['notes']} | {c['obs']} | {c['S+B+I']} | {c['B+I']} | {c['S+B']} | "
                    f"{c['B only']} | {c['negative']} | {c['judgements']} |")
    sit = tot["S+B+I"] + tot["S+B"]
    imp = tot["S+B+I"] + tot["B+I"]
    rows.append("")
    rows.append(f"Situation stated in {sit} of {tot['obs']} observations (null in {tot['obs'] - sit}); "
                f"impact stated in {imp} (null in {tot['obs'] - imp}). "
                f"S+B+I share {100 * tot['S+B+I'] / tot['obs']:.0f}%, B-only share "
                f"{100 * tot['B only'] / tot['obs']:.0f}%, went-wrong share {100 * tot['negative'] / tot['obs']:.0f}%.")
    return "\n".join(rows)


def main():
    check_only = "--check" in sys.argv
    stats = {}
    for lang, path in FILES.items():
        c = check_file(lang, path)
        if c:
            stats[lang] = c
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    for lang, path in FILES.items():
        body = "".join(l for l in path.read_text(encoding="utf-8").splitlines(True)
                       if not l.startswith("#"))
        new = header(lang, stats[lang]) + body
        if not check_only:
            path.write_text(new, encoding="utf-8")
        elif path.read_text(encoding="utf-8") != new:
            print(f"{path.name}: header out of date")
            sys.exit(1)
    t = table(stats)
    labels = HERE / "LABELS.md"
    if labels.exists():
        txt = labels.read_text(encoding="utf-8")
        new = re.sub(r"(<!-- COUNTS:START -->\n).*?(\n<!-- COUNTS:END -->)",
                     lambda m: m.group(1) + t + m.group(2), txt, flags=re.S)
        if not check_only:
            labels.write_text(new, encoding="utf-8")
        elif new != txt:
            print("LABELS.md counts out of date")
            sys.exit(1)
    print(t)
    print("OK")


if __name__ == "__main__":
    main()
