#!/usr/bin/env python3
"""Validator for the sbi18 blind set (Python 3 + PyYAML only).

Checks structure, span rules and counts of notes_en.yaml / notes_zh.yaml /
negatives.yaml, then writes the counts into the comment header of each YAML
file and into LABELS.md (between the COUNTS markers).  Exit code 1 on any error.

Usage: python3 validate.py [--no-write]
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
NEG = HERE / "negatives.yaml"
LABELS = HERE / "LABELS.md"
N_PER_LANG = 30
HDR_BEGIN = "# --- counts (written by validate.py; do not edit by hand) ---"
HDR_END = "# --- end counts ---"
MD_BEGIN = "<!-- COUNTS:BEGIN (written by validate.py) -->"
MD_END = "<!-- COUNTS:END -->"
SHAPES = ["S+B+I", "B+I", "S+B", "B only"]
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B only"}[(s, i)]


def units(note):
    """Rough count of sentences / bullets / chat lines."""
    parts = re.split(r"[。！？!?\n]+|(?<!\b[A-Z]\.)(?<=\.)\s+", note)  # initials like "R." do not end a sentence
    return len([p for p in parts if len(p.strip(" -•*·\t")) >= 2])


def check_span(rid, note, label, span):
    if not isinstance(span, str) or not span.strip():
        err(f"{rid}: {label} is not a non-empty string: {span!r}")
        return None
    n = note.count(span)
    if n != 1:
        err(f"{rid}: {label} occurs {n} times in note: {span!r}")
        return None
    start = note.index(span)
    return (start, start + len(span))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check_file(lang, path):
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, list):
        err(f"{path.name}: top level must be a list")
        return []
    expected = [f"s18-{lang}-{k:03d}" for k in range(1, N_PER_LANG + 1)]
    ids = [r.get("id") for r in data if isinstance(r, dict)]
    if ids != expected:
        err(f"{path.name}: ids must be exactly {expected[0]} ... {expected[-1]} in order; got {ids}")
    for r in data:
        rid = r.get("id", "?")
        keys = set(r)
        want = {"id", "lang", "employee_role", "note", "observations", "judgements"}
        if keys != want:
            err(f"{rid}: keys {sorted(keys)} != {sorted(want)}")
        if r.get("lang") != lang:
            err(f"{rid}: lang {r.get('lang')!r} != {lang!r}")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            err(f"{rid}: employee_role missing")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{rid}: note missing")
            continue
        if lang == "zh" and len(CJK.findall(note)) < 0.5 * len(re.sub(r"\s", "", note)):
            err(f"{rid}: zh note does not look Chinese")
        if lang == "en" and len(CJK.findall(note)) > 0:
            err(f"{rid}: en note contains CJK characters")
        u = units(note)
        if not 2 <= u <= 6:
            err(f"{rid}: note has {u} sentences/bullets (want 2-6)")
        obs = r.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{rid}: observations must be a list of 1-4")
            continue
        all_spans = []
        last_b = -1
        for k, o in enumerate(obs, 1):
            if set(o) != {"behaviour", "situation", "impact"}:
                err(f"{rid} obs{k}: keys {sorted(o)}")
            spans = []
            b = check_span(rid, note, f"obs{k}.behaviour", o.get("behaviour"))
            if b:
                spans.append(b)
                if b[0] < last_b:
                    err(f"{rid} obs{k}: observations not in order of behaviour appearance")
                last_b = b[0]
            for part in ("situation", "impact"):
                v = o.get(part)
                if v is None:
                    continue
                sp = check_span(rid, note, f"obs{k}.{part}", v)
                if sp:
                    spans.append(sp)
            for x in range(len(spans)):
                for y in range(x + 1, len(spans)):
                    if overlap(spans[x], spans[y]):
                        err(f"{rid} obs{k}: spans overlap: {note[spans[x][0]:spans[x][1]]!r} / {note[spans[y][0]:spans[y][1]]!r}")
            all_spans.extend(spans)
        bs = [o.get("behaviour") for o in obs]
        if len(set(bs)) != len(bs):
            err(f"{rid}: duplicate behaviour")
        js = r.get("judgements")
        if not isinstance(js, list):
            err(f"{rid}: judgements must be a list")
            continue
        if len(set(js)) != len(js):
            err(f"{rid}: duplicate judgement")
        for j in js:
            sp = check_span(rid, note, "judgement", j)
            if sp:
                for s2 in all_spans:
                    if overlap(sp, s2):
                        err(f"{rid}: judgement {j!r} overlaps observation span {note[s2[0]:s2[1]]!r}")
    return data


def main():
    write = "--no-write" not in sys.argv
    recs = {lang: check_file(lang, p) for lang, p in FILES.items()}

    neg = yaml.safe_load(NEG.read_text(encoding="utf-8")) or {}
    all_ids = {r["id"]: r for lang in recs for r in recs[lang]}
    if set(neg) != set(all_ids):
        err(f"negatives.yaml: keys differ from record ids: missing {sorted(set(all_ids) - set(neg))}, extra {sorted(set(neg) - set(all_ids))}")
    for rid, idx in neg.items():
        if rid not in all_ids:
            continue
        n = len(all_ids[rid]["observations"])
        if not isinstance(idx, list) or any(not isinstance(i, int) or not 1 <= i <= n for i in idx) or len(set(idx)) != len(idx) or idx != sorted(idx):
            err(f"negatives.yaml: {rid}: bad indices {idx!r} (note has {n} observations)")

    # counts
    stats = {}
    for lang in ("en", "zh"):
        c = {s: 0 for s in SHAPES}
        nobs = njudg = nneg = 0
        per_note = {}
        for r in recs[lang]:
            for o in r["observations"]:
                c[shape(o)] += 1
            nobs += len(r["observations"])
            per_note[len(r["observations"])] = per_note.get(len(r["observations"]), 0) + 1
            njudg += len(r["judgements"])
            nneg += len(neg.get(r["id"], []) or [])
        stats[lang] = dict(notes=len(recs[lang]), obs=nobs, shapes=c, judg=njudg, neg=nneg,
                           per_note=dict(sorted(per_note.items())))
    tot = {s: stats["en"]["shapes"][s] + stats["zh"]["shapes"][s] for s in SHAPES}
    tobs = stats["en"]["obs"] + stats["zh"]["obs"]
    tneg = stats["en"]["neg"] + stats["zh"]["neg"]
    tj = stats["en"]["judg"] + stats["zh"]["judg"]

    # target bands (the brief says "about"; these are generous)
    def band(name, val, lo, hi):
        if not lo <= val <= hi:
            err(f"target: {name} = {val:.2f} outside [{lo}, {hi}]")
    if tobs:
        band("share S+B+I", tot["S+B+I"] / tobs, 0.27, 0.40)
        band("share B only", tot["B only"] / tobs, 0.15, 0.25)
        band("share B+I", tot["B+I"] / tobs, 0.15, 0.30)
        band("share S+B", tot["S+B"] / tobs, 0.15, 0.30)
        band("share negative", tneg / tobs, 0.15, 0.27)
    band("judgements total", tj, 32, 48)
    for lang in ("en", "zh"):
        if stats[lang]["obs"]:
            band(f"{lang} share S+B+I", stats[lang]["shapes"]["S+B+I"] / stats[lang]["obs"], 0.25, 0.42)
            band(f"{lang} share B only", stats[lang]["shapes"]["B only"] / stats[lang]["obs"], 0.13, 0.27)

    def pct(a, b):
        return f"{100 * a / b:.0f}%" if b else "-"

    rows = ["| | " + " | ".join(SHAPES) + " | observations | negative | judgements | notes |",
            "|---|" + "---|" * (len(SHAPES) + 4)]
    for lang in ("en", "zh"):
        s = stats[lang]
        rows.append(f"| {lang} | " + " | ".join(f"{s['shapes'][k]} ({pct(s['shapes'][k], s['obs'])})" for k in SHAPES)
                    + f" | {s['obs']} | {s['neg']} | {s['judg']} | {s['notes']} |")
    rows.append("| all | " + " | ".join(f"{tot[k]} ({pct(tot[k], tobs)})" for k in SHAPES)
                + f" | {tobs} | {tneg} ({pct(tneg, tobs)}) | {tj} | {stats['en']['notes'] + stats['zh']['notes']} |")
    per_note = "; ".join(f"{lang}: " + ", ".join(f"{k} obs x {v} notes" for k, v in stats[lang]["per_note"].items())
                         for lang in ("en", "zh"))
    md_block = "\n".join([MD_BEGIN, "", *rows, "", f"Observations per note: {per_note}.", "", MD_END])

    for lang in ("en", "zh"):
        s = stats[lang]
        print(f"{lang}: notes={s['notes']} obs={s['obs']} " + " ".join(f"{k}={v}" for k, v in s['shapes'].items())
              + f" negative={s['neg']} judgements={s['judg']} per_note={s['per_note']}")
    print(f"all: obs={tobs} " + " ".join(f"{k}={v}" for k, v in tot.items()) + f" negative={tneg} judgements={tj}")

    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)

    if write:
        for lang, path in FILES.items():
            s = stats[lang]
            hdr = [HDR_BEGIN,
                   f"# notes: {s['notes']}  observations: {s['obs']}  negative observations: {s['neg']}  judgements: {s['judg']}",
                   "# shapes: " + ", ".join(f"{k} {s['shapes'][k]}" for k in SHAPES),
                   "# observations per note: " + ", ".join(f"{k}: {v}" for k, v in s["per_note"].items()),
                   HDR_END]
            replace_block(path, "\n".join(hdr), HDR_BEGIN, HDR_END, prepend=True)
        s_neg = [HDR_BEGIN, f"# negative observations: en {stats['en']['neg']}, zh {stats['zh']['neg']}, all {tneg} of {tobs}", HDR_END]
        replace_block(NEG, "\n".join(s_neg), HDR_BEGIN, HDR_END, prepend=True)
        replace_block(LABELS, md_block, MD_BEGIN, MD_END, prepend=False)
        # re-parse to be sure headers did not break anything
        for p in list(FILES.values()) + [NEG]:
            yaml.safe_load(p.read_text(encoding="utf-8"))
    print("OK")


def replace_block(path, block, begin, end, prepend):
    text = path.read_text(encoding="utf-8")
    if begin in text and end in text:
        a = text.index(begin)
        b = text.index(end) + len(end)
        text = text[:a] + block + text[b:]
    elif prepend:
        text = block + "\n" + text
    else:
        err(f"{path.name}: count markers missing")
        return
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
