#!/usr/bin/env python3
"""Validate the s14 SBI blind set and write the count headers.

Usage: python3 validate.py [--write]
  --write  rewrite the comment header at the top of notes_en.yaml / notes_zh.yaml
           with the counts computed here (the records themselves are not touched).
Exit status 0 when every check passes.
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
POLARITY = HERE / "polarity.yaml"
KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = ["behaviour", "situation", "impact"]
SHAPES = ["S+B+I", "B+I", "S+B", "B"]

errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    """All start offsets, overlapping matches included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B"}[(s, i)]


def sentence_units(note, lang):
    """Rough count of sentences/bullets/fragments, for the 2-6 rule."""
    lines = [l.strip() for l in note.splitlines() if l.strip()]
    if all(l.startswith("- ") for l in lines):
        return len(lines)
    text = " ".join(lines)
    if lang == "zh":
        parts = [p for p in re.split(r"[。！？!?]", text) if p.strip()]
    else:
        # split on . ! ? followed by space/end, and on em-dash asides used as fragment breaks
        parts = [p for p in re.split(r"(?<=[.!?])\s+|\s—\s", text) if p.strip()]
    return len(parts)


def check_file(lang, path, negatives):
    raw = path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, list):
        err(f"{path.name}: top level is not a list")
        return None
    if len(data) != 30:
        err(f"{path.name}: {len(data)} records, expected 30")
    shapes = Counter()
    n_obs = n_judg = n_neg = 0
    per_note_obs = Counter()
    for k, rec in enumerate(data, 1):
        rid = f"s14-{lang}-{k:03d}"
        where = f"{path.name}[{k}]"
        if not isinstance(rec, dict):
            err(f"{where}: record is not a mapping")
            continue
        if list(rec.keys()) != KEYS:
            err(f"{where}: keys {list(rec.keys())} != {KEYS}")
        if rec.get("id") != rid:
            err(f"{where}: id {rec.get('id')!r}, expected {rid}")
        where = rec.get("id", where)
        if rec.get("lang") != lang:
            err(f"{where}: lang {rec.get('lang')!r}")
        if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
            err(f"{where}: empty employee_role")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: empty note")
            continue
        if note != note.strip() or any(l != l.rstrip() for l in note.splitlines()):
            err(f"{where}: note has stray leading/trailing whitespace")
        units = sentence_units(note, lang)
        if not 2 <= units <= 6:
            err(f"{where}: note has {units} sentences/bullets, expected 2-6")
        if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
            err(f"{where}: zh note without Chinese characters")
        obs = rec.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{where}: needs 1-4 observations")
            continue
        judg = rec.get("judgements")
        if not isinstance(judg, list):
            err(f"{where}: judgements must be a list")
            judg = []

        def locate(span, label):
            if not isinstance(span, str) or not span:
                err(f"{where}: {label} is not a non-empty string")
                return None
            if span != span.strip():
                err(f"{where}: {label} has leading/trailing whitespace: {span!r}")
            occ = occurrences(note, span)
            if len(occ) != 1:
                err(f"{where}: {label} {span!r} occurs {len(occ)} times in the note")
                return None
            return (occ[0], occ[0] + len(span))

        bi_spans = []  # behaviour/impact intervals across observations
        for j, o in enumerate(obs, 1):
            lab = f"obs{j}"
            if not isinstance(o, dict) or list(o.keys()) != OBS_KEYS:
                err(f"{where}: {lab} keys {list(o.keys()) if isinstance(o, dict) else o!r} != {OBS_KEYS}")
                continue
            if o["behaviour"] is None:
                err(f"{where}: {lab} behaviour is null")
                continue
            iv = {}
            for key in OBS_KEYS:
                if o[key] is None:
                    continue
                r = locate(o[key], f"{lab}.{key}")
                if r:
                    iv[key] = r
            keys = list(iv)
            for a in range(len(keys)):
                for b in range(a + 1, len(keys)):
                    x, y = iv[keys[a]], iv[keys[b]]
                    if x[0] < y[1] and y[0] < x[1]:
                        err(f"{where}: {lab} {keys[a]} and {keys[b]} overlap")
            for key in ("behaviour", "impact"):
                if key in iv:
                    for (pj, pk, piv) in bi_spans:
                        if iv[key][0] < piv[1] and piv[0] < iv[key][1]:
                            err(f"{where}: {lab}.{key} overlaps obs{pj}.{pk}")
                    bi_spans.append((j, key, iv[key]))
            shapes[shape(o)] += 1
            n_obs += 1
        per_note_obs[len(obs)] += 1
        # judgements: exact, once, and disjoint from every observation span
        obs_iv = []
        for o in obs:
            if isinstance(o, dict):
                for key in OBS_KEYS:
                    if o.get(key):
                        occ = occurrences(note, o[key])
                        if len(occ) == 1:
                            obs_iv.append((occ[0], occ[0] + len(o[key])))
        for t, jd in enumerate(judg, 1):
            r = locate(jd, f"judgement{t}")
            n_judg += 1
            if r:
                for x in obs_iv:
                    if r[0] < x[1] and x[0] < r[1]:
                        err(f"{where}: judgement {jd!r} overlaps an observation span")
        for pos in negatives.pop(rec["id"], []):
            if not 1 <= pos <= len(obs):
                err(f"polarity.yaml: {rec['id']} has no observation {pos}")
            n_neg += 1
    return raw, data, shapes, n_obs, n_judg, n_neg, per_note_obs


def header(lang, shapes, n_obs, n_judg, n_neg, per_note_obs, n_notes):
    pct = lambda n: f"{100 * n / n_obs:.0f}%"
    lines = [
        f"# s14 SBI extraction blind set, {'English' if lang == 'en' else 'Chinese'} notes. Licence: CC BY 4.0. See LABELS.md.",
        "# Counts below are computed by validate.py (python3 validate.py --write); do not edit by hand.",
        f"# notes: {n_notes}   observations: {n_obs}   judgements: {n_judg}",
        "# observations by shape:",
    ]
    for s in SHAPES:
        lines.append(f"#   {s:<6} {shapes[s]:>3}  ({pct(shapes[s])})")
    lines.append(f"# negative observations (polarity.yaml): {n_neg} ({pct(n_neg)})")
    lines.append("# observations per note: " + ", ".join(f"{k}: {per_note_obs[k]}" for k in sorted(per_note_obs)))
    return "\n".join(lines) + "\n"


def write_labels_counts(results, totals, tot_obs, tot_judg, tot_neg):
    """Replace the block between the counts markers in LABELS.md."""
    labels = HERE / "LABELS.md"
    if not labels.exists():
        return
    text = labels.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in text or end not in text:
        err("LABELS.md: counts markers missing")
        return
    rows = ["| | notes | observations | S+B+I | B+I | S+B | B only | negative | judgements |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    def cell(n, d):
        return f"{n} ({100 * n / d:.0f}%)"
    for lang, (raw, data, shapes, n_obs, n_judg, n_neg, per_note) in results.items():
        rows.append(f"| {lang} | {len(data)} | {n_obs} | " + " | ".join(cell(shapes[s], n_obs) for s in SHAPES)
                    + f" | {cell(n_neg, n_obs)} | {n_judg} |")
    n_notes = sum(len(r[1]) for r in results.values())
    rows.append(f"| **all** | {n_notes} | {tot_obs} | " + " | ".join(cell(totals[s], tot_obs) for s in SHAPES)
                + f" | {cell(tot_neg, tot_obs)} | {tot_judg} |")
    per = Counter()
    for r in results.values():
        per.update(r[6])
    rows.append("")
    rows.append("Observations per note: " + ", ".join(f"{k} obs: {per[k]} notes" for k in sorted(per)) + ".")
    block = start + "\n" + "\n".join(rows) + "\n" + end
    new = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    labels.write_text(new, encoding="utf-8")


def main():
    write = "--write" in sys.argv
    pol = yaml.safe_load(POLARITY.read_text(encoding="utf-8")) or {}
    negatives = {k: list(v) for k, v in pol.items()}
    totals = Counter()
    tot_obs = tot_neg = tot_judg = 0
    results = {}
    for lang, path in FILES.items():
        r = check_file(lang, path, negatives)
        if r is None:
            continue
        raw, data, shapes, n_obs, n_judg, n_neg, per_note = r
        results[lang] = r
        totals.update(shapes)
        tot_obs += n_obs
        tot_neg += n_neg
        tot_judg += n_judg
    for k in negatives:
        err(f"polarity.yaml: unknown id {k}")
    for lang, (raw, data, shapes, n_obs, n_judg, n_neg, per_note) in results.items():
        h = header(lang, shapes, n_obs, n_judg, n_neg, per_note, len(data))
        print(h, end="")
        if write:
            body = raw.split("\n")
            while body and body[0].startswith("#"):
                body.pop(0)
            new = h + "\n".join(body)
            if yaml.safe_load(new) != data:
                err(f"{lang}: header rewrite changed the data")
            else:
                FILES[lang].write_text(new, encoding="utf-8")
    print(f"# TOTAL observations: {tot_obs}; judgements: {tot_judg}; "
          + ", ".join(f"{s}: {totals[s]} ({100*totals[s]/tot_obs:.0f}%)" for s in SHAPES)
          + f"; negative: {tot_neg} ({100*tot_neg/tot_obs:.0f}%)")
    if write and not errors:
        write_labels_counts(results, totals, tot_obs, tot_judg, tot_neg)
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
