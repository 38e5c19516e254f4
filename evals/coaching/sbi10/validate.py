#!/usr/bin/env python3
"""Validate the s10 SBI extraction set and (with --write) refresh the count
header at the top of notes_en.yaml / notes_zh.yaml.

Checks: YAML structure and keys, ids and lang, 30 notes per file, 1-4
observations per note, 2-6 sentences/bullets per note (warning only),
every span is an exact substring occurring exactly once in its note, spans
carry no surrounding whitespace or trailing punctuation (judgements excepted),
the three spans of an observation do not overlap, judgements do not overlap
any observation span, valence.yaml references exist.
Usage: python3 validate.py [--write]
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
TOP_KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = ["behaviour", "situation", "impact"]
TRAIL_PUNCT = tuple(".,;:!?。，；：！？、")
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B only"}[(s, i)]


def units(note):
    """Rough count of sentences / bullets (for the 2-6 check)."""
    n = 0
    for line in note.splitlines():
        line = re.sub(r"^\s*[-*•]\s*", "", line).strip()
        if not line:
            continue
        parts = [p for p in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", line) if p.strip()]
        n += len(parts)
    return n


def check_file(lang, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err(f"{path.name}: top level is not a list")
        return []
    if len(data) != 30:
        err(f"{path.name}: {len(data)} records, expected 30")
    for n, rec in enumerate(data, 1):
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = f"{path.name}:{rid or n}"
        if not isinstance(rec, dict) or list(rec.keys()) != TOP_KEYS:
            err(f"{where}: keys {list(rec.keys()) if isinstance(rec, dict) else rec} != {TOP_KEYS}")
            continue
        if rid != f"s10-{lang}-{n:03d}":
            err(f"{where}: id should be s10-{lang}-{n:03d}")
        if rec["lang"] != lang:
            err(f"{where}: lang {rec['lang']!r}")
        if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip():
            err(f"{where}: empty employee_role")
        note = rec["note"]
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: empty note")
            continue
        u = units(note)
        if not 2 <= u <= 6:
            warnings.append(f"{where}: about {u} sentences/bullets (expected 2-6)")
        obs = rec["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{where}: needs 1-4 observations")
            continue
        all_spans = []
        for k, o in enumerate(obs, 1):
            ow = f"{where}#{k}"
            if not isinstance(o, dict) or list(o.keys()) != OBS_KEYS:
                err(f"{ow}: observation keys {list(o.keys()) if isinstance(o, dict) else o}")
                continue
            if not isinstance(o["behaviour"], str):
                err(f"{ow}: behaviour must be a string")
                continue
            ranges = []
            for key in OBS_KEYS:
                span = o[key]
                if span is None:
                    continue
                if not isinstance(span, str) or not span:
                    err(f"{ow}: {key} must be a non-empty string or null")
                    continue
                c = note.count(span)
                if c != 1:
                    err(f"{ow}: {key} {span!r} occurs {c} times in note")
                    continue
                if span != span.strip() or span.endswith(TRAIL_PUNCT) or span.startswith(TRAIL_PUNCT):
                    err(f"{ow}: {key} {span!r} has surrounding space/punctuation")
                a = note.index(span)
                ranges.append((a, a + len(span), key))
                all_spans.append((a, a + len(span)))
            ranges.sort()
            for (a1, b1, k1), (a2, b2, k2) in zip(ranges, ranges[1:]):
                if a2 < b1:
                    err(f"{ow}: {k1} and {k2} overlap")
        j = rec["judgements"]
        if not isinstance(j, list):
            err(f"{where}: judgements must be a list")
            continue
        for span in j:
            if not isinstance(span, str) or note.count(span) != 1:
                err(f"{where}: judgement {span!r} must occur exactly once")
                continue
            a = note.index(span)
            b = a + len(span)
            for (x, y) in all_spans:
                if a < y and x < b:
                    err(f"{where}: judgement {span!r} overlaps an observation span")
    return data


def stats(data, negatives):
    shapes = Counter()
    per_note = Counter()
    neg = 0
    judg = 0
    for rec in data:
        per_note[len(rec["observations"])] += 1
        judg += len(rec["judgements"])
        for k, o in enumerate(rec["observations"], 1):
            shapes[shape(o)] += 1
            if f"{rec['id']}#{k}" in negatives:
                neg += 1
    total = sum(shapes.values())
    pos = Counter()
    for rec in data:
        note = rec["note"]
        for o in rec["observations"]:
            b = note.index(o["behaviour"])
            for key in ("situation", "impact"):
                if o[key] is not None:
                    pos[f"{key} {'before' if note.index(o[key]) < b else 'after'} behaviour"] += 1
    return dict(notes=len(data), obs=total, shapes=shapes, per_note=per_note,
                neg=neg, judg=judg, pos=pos,
                notes_with_judg=sum(1 for r in data if r["judgements"]))


def header(lang, st):
    t = st["obs"]
    pct = lambda n: f"{100 * n / t:.0f}%" if t else "0%"
    order = ["S+B+I", "B+I", "S+B", "B only"]
    lines = [
        f"# s10 SBI extraction eval set, {'English' if lang == 'en' else 'Chinese'} notes. Licence: CC BY 4.0. See LABELS.md.",
        "# Counts below are computed by validate.py --write; do not edit by hand.",
        f"# notes: {st['notes']}   observations: {t}   judgements: {st['judg']} (in {st['notes_with_judg']} notes)",
        "# observations by shape:",
    ]
    for s in order:
        lines.append(f"#   {s:<7} {st['shapes'][s]:>3}  ({pct(st['shapes'][s])})")
    lines.append(f"# observations describing something that went wrong (valence.yaml): {st['neg']} ({pct(st['neg'])})")
    lines.append("# span order: " + ", ".join(f"{k} {v}" for k, v in sorted(st["pos"].items())))
    lines.append("# observations per note: " + ", ".join(
        f"{k}: {st['per_note'][k]}" for k in sorted(st["per_note"])))
    return lines


def write_header(path, lines):
    text = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(text) and text[i].startswith("#"):
        i += 1
    path.write_text("\n".join(lines + text[i:]) + "\n", encoding="utf-8")


def write_labels_counts(all_st):
    """Replace the block between the count markers in LABELS.md."""
    path = HERE / "LABELS.md"
    if not path.exists():
        return
    order = ["S+B+I", "B+I", "S+B", "B only"]
    rows = ["| | English | Chinese | both |", "|---|---:|---:|---:|"]
    def row(label, f):
        vals = [f(all_st["en"]), f(all_st["zh"])]
        tot = sum(vals)
        rows.append(f"| {label} | {vals[0]} | {vals[1]} | {tot} |")
    row("notes", lambda s: s["notes"])
    row("observations", lambda s: s["obs"])
    for k in order:
        row(f"shape {k}", lambda s, k=k: s["shapes"][k])
    row("went wrong (valence.yaml)", lambda s: s["neg"])
    row("judgements", lambda s: s["judg"])
    for k in ["situation before behaviour", "situation after behaviour",
              "impact before behaviour", "impact after behaviour"]:
        row(k, lambda s, k=k: s["pos"][k])
    for n in range(1, 5):
        row(f"notes with {n} observation{'s' if n > 1 else ''}", lambda s, n=n: s["per_note"][n])
    tot = sum(s["obs"] for s in all_st.values())
    sh = Counter()
    for s in all_st.values():
        sh.update(s["shapes"])
    neg = sum(s["neg"] for s in all_st.values())
    rows.append("")
    rows.append("Shares over both languages: " + ", ".join(
        f"{k} {100 * sh[k] / tot:.0f}%" for k in order) + f"; went wrong {100 * neg / tot:.0f}%.")
    text = path.read_text(encoding="utf-8")
    a, b = "<!-- counts:start -->", "<!-- counts:end -->"
    i, j = text.index(a) + len(a), text.index(b)
    path.write_text(text[:i] + "\n" + "\n".join(rows) + "\n" + text[j:], encoding="utf-8")


def main():
    val = yaml.safe_load((HERE / "valence.yaml").read_text(encoding="utf-8"))
    negatives = set(val.get("negative_observations") or [])
    datasets = {lang: check_file(lang, p) for lang, p in FILES.items()}
    known = {f"{r['id']}#{k}" for d in datasets.values() for r in d
             if isinstance(r, dict) and isinstance(r.get("observations"), list)
             for k in range(1, len(r["observations"]) + 1)}
    for ref in sorted(negatives - known):
        err(f"valence.yaml: unknown observation {ref}")
    all_st = {}
    for lang, d in datasets.items():
        if errors:
            break
        st = stats(d, negatives)
        all_st[lang] = st
        for line in header(lang, st):
            print(line)
        print()
        if "--write" in sys.argv:
            write_header(FILES[lang], header(lang, st))
    if all_st:
        tot = sum(s["obs"] for s in all_st.values())
        sh = Counter()
        for s in all_st.values():
            sh.update(s["shapes"])
        neg = sum(s["neg"] for s in all_st.values())
        print(f"# both languages: {tot} observations; " + ", ".join(
            f"{k} {sh[k]} ({100*sh[k]/tot:.0f}%)" for k in ["S+B+I", "B+I", "S+B", "B only"])
            + f"; negative {neg} ({100*neg/tot:.0f}%)")
    if all_st and "--write" in sys.argv and not errors:
        write_labels_counts(all_st)
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
