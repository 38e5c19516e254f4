#!/usr/bin/env python3
"""Validate the sbi5 blind set and write the counts.

Checks: YAML structure, ids, field types, exact-substring + exactly-once for every
span, no overlap between the spans of one observation, judgements not overlapping
any observation span, 1-4 observations per note, 40 notes per language.
Then rewrites the comment header of each YAML file with the shape counts and the
block between the COUNTS markers in LABELS.md.

Usage: python3 validate.py   (exit status 1 on any error)
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
LABELS = HERE / "LABELS.md"

# Observations that describe something that went wrong (author's annotation,
# kept here rather than in the records so the record format stays as specified).
# Key: note id -> 1-based indexes of observations.
NEGATIVE = {
    "s5-en-002": [2], "s5-en-003": [2], "s5-en-004": [2], "s5-en-007": [2],
    "s5-en-008": [2], "s5-en-010": [2], "s5-en-012": [2], "s5-en-014": [2],
    "s5-en-016": [1], "s5-en-017": [2], "s5-en-019": [2], "s5-en-022": [2],
    "s5-en-025": [2], "s5-en-029": [2], "s5-en-030": [2], "s5-en-032": [2],
    "s5-en-034": [2], "s5-en-037": [2], "s5-en-039": [2],
    "s5-zh-002": [2], "s5-zh-003": [2], "s5-zh-004": [1], "s5-zh-006": [2],
    "s5-zh-008": [2], "s5-zh-011": [2], "s5-zh-013": [2], "s5-zh-015": [2],
    "s5-zh-016": [1], "s5-zh-019": [3], "s5-zh-021": [3], "s5-zh-023": [2],
    "s5-zh-027": [2], "s5-zh-030": [2], "s5-zh-033": [1], "s5-zh-037": [2],
    "s5-zh-039": [2], "s5-zh-040": [2],
}

SHAPES = ["S+B+I", "B+I", "S+B", "B only"]
KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = ["behaviour", "situation", "impact"]

errors = []


def err(msg):
    errors.append(msg)


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B only"}[(s, i)]


def span_of(note, text, where):
    if not isinstance(text, str) or not text:
        err(f"{where}: span must be a non-empty string, got {text!r}")
        return None
    if text != text.strip():
        err(f"{where}: span has leading/trailing whitespace: {text!r}")
    n = note.count(text)
    if n != 1:
        err(f"{where}: span occurs {n} times in note (must be exactly 1): {text!r}")
        return None
    start = note.index(text)
    return (start, start + len(text))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def sentence_units(note):
    # rough count: bullets, or sentences ended by . ! ? 。！？ or a line end
    units = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = [p for p in re.split(r"(?<=[.!?。！？])\s*", line) if p.strip()]
        units += max(1, len(parts))
    return units


def check_file(lang, path):
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        err(f"{path.name}: YAML error {e}")
        return None
    if not isinstance(data, list):
        err(f"{path.name}: top level must be a list")
        return None
    stats = {s: 0 for s in SHAPES}
    stats.update(notes=0, observations=0, judgements=0, negative=0,
                 sit_after_b=0, sit_prev_sentence=0, imp_before_b=0, imp_next_sentence=0,
                 notes_with_judgements=0, sentences_min=99, sentences_max=0,
                 obs_per_note={})
    expected_ids = [f"s5-{lang}-{i:03d}" for i in range(1, 41)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in data]
    if ids != expected_ids:
        err(f"{path.name}: ids must be exactly {expected_ids[0]}..{expected_ids[-1]} in order; got {ids}")
    for rec in data:
        if not isinstance(rec, dict):
            err(f"{path.name}: record is not a mapping: {rec!r}")
            continue
        rid = rec.get("id", "?")
        if list(rec.keys()) != KEYS:
            err(f"{rid}: keys must be {KEYS}, got {list(rec.keys())}")
        if rec.get("lang") != lang:
            err(f"{rid}: lang must be {lang}")
        if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
            err(f"{rid}: employee_role must be a non-empty string")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{rid}: note must be a non-empty string")
            continue
        su = sentence_units(note)
        stats["sentences_min"] = min(stats["sentences_min"], su)
        stats["sentences_max"] = max(stats["sentences_max"], su)
        if not 2 <= su <= 6:
            err(f"{rid}: note has {su} sentences/bullets (want 2-6)")
        obs = rec.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{rid}: observations must be a list of 1-4 items")
            continue
        stats["notes"] += 1
        stats["obs_per_note"][len(obs)] = stats["obs_per_note"].get(len(obs), 0) + 1
        all_spans = []
        for k, o in enumerate(obs, 1):
            where = f"{rid} obs{k}"
            if not isinstance(o, dict) or list(o.keys()) != OBS_KEYS:
                err(f"{where}: keys must be {OBS_KEYS}")
                continue
            if o["behaviour"] is None:
                err(f"{where}: behaviour must not be null")
                continue
            spans = {}
            for key in OBS_KEYS:
                if o[key] is None:
                    continue
                sp = span_of(note, o[key], f"{where}.{key}")
                if sp:
                    spans[key] = sp
            ks = list(spans)
            for a in range(len(ks)):
                for b in range(a + 1, len(ks)):
                    if overlap(spans[ks[a]], spans[ks[b]]):
                        err(f"{where}: {ks[a]} and {ks[b]} overlap")
            all_spans.extend(spans.values())
            b = spans.get("behaviour")
            if b and "situation" in spans:
                s = spans["situation"]
                if s[0] > b[0]:
                    stats["sit_after_b"] += 1
                elif re.search(r"[.!?。！？\n]", note[s[1]:b[0]]):
                    stats["sit_prev_sentence"] += 1
            if b and "impact" in spans:
                i = spans["impact"]
                if i[0] < b[0]:
                    stats["imp_before_b"] += 1
                elif re.search(r"[.!?。！？;；\n]", note[b[1]:i[0]]):
                    stats["imp_next_sentence"] += 1
            stats[shape(o)] += 1
            stats["observations"] += 1
        for k in NEGATIVE.get(rid, []):
            if k > len(obs):
                err(f"{rid}: NEGATIVE index {k} out of range")
        stats["negative"] += len(NEGATIVE.get(rid, []))
        judg = rec.get("judgements")
        if not isinstance(judg, list):
            err(f"{rid}: judgements must be a list")
            continue
        if judg:
            stats["notes_with_judgements"] += 1
        for j in judg:
            sp = span_of(note, j, f"{rid}.judgements")
            if sp:
                for osp in all_spans:
                    if overlap(sp, osp):
                        err(f"{rid}: judgement {j!r} overlaps an observation span")
            stats["judgements"] += 1
    if stats["notes"] != 40:
        err(f"{path.name}: {stats['notes']} valid notes (want 40)")
    for rid in NEGATIVE:
        if rid.startswith(f"s5-{lang}-") and rid not in ids:
            err(f"NEGATIVE refers to unknown id {rid}")
    return stats


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def header_lines(lang, st):
    n = st["observations"]
    lines = [
        f"# sbi5 blind set, {lang}: SBI extraction from managers' notes (see LABELS.md). Licence: CC BY 4.0.",
        "# Counts written by validate.py - do not edit by hand.",
        f"# notes: {st['notes']}   observations: {n}   judgements: {st['judgements']} "
        f"(in {st['notes_with_judgements']} notes)",
        "# observations by shape: " + "   ".join(
            f"{s}: {st[s]} ({pct(st[s], n)})" for s in SHAPES),
        f"# observations describing something that went wrong: {st['negative']} ({pct(st['negative'], n)})",
        "# observations per note: " + ", ".join(
            f"{k}: {v}" for k, v in sorted(st["obs_per_note"].items())),
    ]
    return lines


def rewrite_header(path, lines):
    text = path.read_text(encoding="utf-8")
    body = text.split("\n")
    i = 0
    while i < len(body) and body[i].startswith("#"):
        i += 1
    new = "\n".join(lines + body[i:])
    if new != text:
        path.write_text(new, encoding="utf-8")


def labels_table(all_stats):
    rows = ["| | notes | observations | S+B+I | B+I | S+B | B only | went wrong | judgements |",
            "|---|---|---|---|---|---|---|---|---|"]
    tot = {k: 0 for k in ["notes", "observations", "judgements", "negative"] + SHAPES}
    for lang, st in all_stats.items():
        n = st["observations"]
        rows.append(f"| {lang} | {st['notes']} | {n} | " + " | ".join(
            f"{st[s]} ({pct(st[s], n)})" for s in SHAPES) +
            f" | {st['negative']} ({pct(st['negative'], n)}) | {st['judgements']} |")
        for k in tot:
            tot[k] += st[k]
    n = tot["observations"]
    rows.append(f"| **all** | {tot['notes']} | {n} | " + " | ".join(
        f"{tot[s]} ({pct(tot[s], n)})" for s in SHAPES) +
        f" | {tot['negative']} ({pct(tot['negative'], n)}) | {tot['judgements']} |")
    return rows


def main():
    all_stats = {}
    for lang, path in FILES.items():
        st = check_file(lang, path)
        if st:
            all_stats[lang] = st
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    for lang, st in all_stats.items():
        rewrite_header(FILES[lang], header_lines(lang, st))
    table = labels_table(all_stats)
    neg_list = ", ".join(f"{rid}#{k}" for rid, ks in NEGATIVE.items() for k in ks)
    place = ["", "Placement (informational): " + "; ".join(
        f"{lang}: situation after the behaviour {st['sit_after_b']}, situation in an earlier sentence "
        f"{st['sit_prev_sentence']}, impact before the behaviour {st['imp_before_b']}, impact after a "
        f"sentence break or semicolon {st['imp_next_sentence']}" for lang, st in all_stats.items())]
    table = table + place
    block = table + ["", "Observations marked as describing something that went wrong "
                     "(id#observation, 1-based): " + neg_list]
    if LABELS.exists():
        text = LABELS.read_text(encoding="utf-8")
        start, end = "<!-- COUNTS START -->", "<!-- COUNTS END -->"
        if start in text and end in text:
            pre, rest = text.split(start, 1)
            _, post = rest.split(end, 1)
            LABELS.write_text(pre + start + "\n" + "\n".join(block) + "\n" + end + post,
                              encoding="utf-8")
    print("\n".join(table))
    for lang, st in all_stats.items():
        print(lang, "sentences/bullets per note:", st["sentences_min"], "-", st["sentences_max"],
              "| obs per note:", st["obs_per_note"])
    print("OK")


if __name__ == "__main__":
    main()
