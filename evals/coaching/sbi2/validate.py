#!/usr/bin/env python3
"""Validate the SBI blind set (sbi2) and refresh the count headers.

Usage: python3 validate.py            # validate, rewrite YAML headers and LABELS.md counts
       python3 validate.py --check    # validate only, write nothing
       python3 validate.py --check --partial   # while writing: do not require 40 notes

Checks: YAML structure, ids, keys, exact-substring + single occurrence of every
span, no overlap inside an observation, no partial overlap between observations
(an identical shared situation span is allowed), judgements disjoint from all
spans, 1-4 observations per note, no leading/trailing blanks or end punctuation.
"""

import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("notes_en.yaml", "en"), ("notes_zh.yaml", "zh")]
KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
SHAPES = ["S+B+I", "B+I", "S+B", "B"]
END_PUNCT = tuple(".,;:!?。，；：！？、")

# Observations whose impact / outcome is negative (something went wrong).
# Key: record id -> list of 0-based observation indexes. Kept here so that the
# share can be counted by script; the YAML format itself has no such field.
NEGATIVE = {
    # English
    "s2-en-002": [1],
    "s2-en-004": [0],
    "s2-en-006": [1],
    "s2-en-008": [1],
    "s2-en-010": [1],
    "s2-en-012": [2],
    "s2-en-013": [1],
    "s2-en-014": [1],
    "s2-en-017": [0],
    "s2-en-018": [1],
    "s2-en-019": [2],
    "s2-en-020": [1],
    "s2-en-022": [0],
    "s2-en-024": [0],
    "s2-en-027": [1],
    "s2-en-028": [1],
    "s2-en-031": [1],
    "s2-en-032": [2],
    "s2-en-035": [2],
    "s2-en-037": [0],
    "s2-en-038": [2],
    # Chinese
    "s2-zh-001": [1],
    "s2-zh-002": [1],
    "s2-zh-006": [1],
    "s2-zh-007": [1],
    "s2-zh-008": [1],
    "s2-zh-010": [1],
    "s2-zh-011": [1],
    "s2-zh-014": [1],
    "s2-zh-016": [2],
    "s2-zh-017": [1],
    "s2-zh-020": [1],
    "s2-zh-021": [1],
    "s2-zh-022": [1],
    "s2-zh-023": [1],
    "s2-zh-026": [1],
    "s2-zh-027": [1],
    "s2-zh-030": [1],
    "s2-zh-032": [1],
    "s2-zh-037": [0],
    "s2-zh-039": [1],
}

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def shape(o):
    s, i = o.get("situation") is not None, o.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B"}[(s, i)]


def locate(rid, note, span, what, punct_ok=False):
    if not isinstance(span, str) or not span:
        err(rid, f"{what} is not a non-empty string: {span!r}")
        return None
    if span != span.strip():
        err(rid, f"{what} has leading/trailing whitespace: {span!r}")
    if not punct_ok and span.endswith(END_PUNCT):
        err(rid, f"{what} ends with punctuation: {span!r}")
    n = note.count(span)
    if n != 1:
        err(rid, f"{what} occurs {n} times in note: {span!r}")
        return None
    a = note.index(span)
    return (a, a + len(span))


def overlap(x, y):
    return x[0] < y[1] and y[0] < x[1]


def check_file(fname, lang):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, list):
        err(fname, "top level is not a list")
        return None
    stats = Counter()
    neg = 0
    seen = set()
    for k, rec in enumerate(data, 1):
        rid = rec.get("id", f"{fname}#{k}") if isinstance(rec, dict) else f"{fname}#{k}"
        if not isinstance(rec, dict):
            err(rid, "record is not a mapping")
            continue
        if set(rec) != KEYS:
            err(rid, f"keys {sorted(rec)} != {sorted(KEYS)}")
        exp = f"s2-{lang}-{k:03d}"
        if rid != exp:
            err(rid, f"id out of sequence, expected {exp}")
        if rid in seen:
            err(rid, "duplicate id")
        seen.add(rid)
        if rec.get("lang") != lang:
            err(rid, f"lang {rec.get('lang')!r} != {lang!r}")
        if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
            err(rid, "employee_role missing")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            err(rid, "note missing")
            continue
        obs = rec.get("observations")
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(rid, f"needs 1-4 observations, has {len(obs) if isinstance(obs, list) else obs!r}")
            continue
        all_spans = []  # (obs index, part, (a, b), text)
        for j, o in enumerate(obs):
            if not isinstance(o, dict) or set(o) != OBS_KEYS:
                err(rid, f"observation {j} keys {sorted(o) if isinstance(o, dict) else o!r}")
                continue
            local = []
            for part in ("behaviour", "situation", "impact"):
                v = o[part]
                if v is None and part != "behaviour":
                    continue
                pos = locate(rid, note, v, f"obs{j}.{part}")
                if pos:
                    local.append((j, part, pos, v))
            for x in range(len(local)):
                for y in range(x + 1, len(local)):
                    if overlap(local[x][2], local[y][2]):
                        err(rid, f"obs{j}: {local[x][1]} and {local[y][1]} overlap")
            all_spans.extend(local)
            stats[shape(o)] += 1
        # across observations: identical shared situation OK, otherwise disjoint
        for x in range(len(all_spans)):
            for y in range(x + 1, len(all_spans)):
                jx, px, sx, tx = all_spans[x]
                jy, py, sy, ty = all_spans[y]
                if jx == jy or not overlap(sx, sy):
                    continue
                if sx == sy and px == py == "situation":
                    continue
                err(rid, f"obs{jx}.{px} overlaps obs{jy}.{py}: {tx!r} / {ty!r}")
        jud = rec.get("judgements")
        if not isinstance(jud, list):
            err(rid, "judgements is not a list")
            jud = []
        for t in jud:
            pos = locate(rid, note, t, "judgement", punct_ok=True)
            if pos:
                for j, p, s, tx in all_spans:
                    if overlap(pos, s):
                        err(rid, f"judgement {t!r} overlaps obs{j}.{p}")
        stats["notes"] += 1
        stats["judgements"] += len(jud)
        stats["notes_with_judgements"] += bool(jud)
        for j in NEGATIVE.get(rid, []):
            if j >= len(obs):
                err(rid, f"NEGATIVE index {j} out of range")
            else:
                neg += 1
    stats["negative"] = neg
    if stats["notes"] != 40 and "--partial" not in sys.argv:
        err(fname, f"expected 40 notes, found {stats['notes']}")
    return stats


def header(lang, st):
    total = sum(st[s] for s in SHAPES)
    lines = [
        f"# sbi2 blind set, lang={lang}: {st['notes']} notes, {total} observations "
        f"(counts written by validate.py; do not edit by hand)"
    ]
    for s in SHAPES:
        lines.append(f"#   {s:<6} {st[s]:>3}  ({100 * st[s] / total:.0f}%)")
    lines.append(
        f"#   negative impact/outcome (annotator-flagged): {st['negative']} "
        f"({100 * st['negative'] / total:.0f}%)"
    )
    lines.append(f"#   judgements: {st['judgements']} in {st['notes_with_judgements']} notes")
    return "\n".join(lines) + "\n"


def rewrite_header(fname, text_header):
    path = os.path.join(HERE, fname)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    k = 0
    while k < len(lines) and lines[k].startswith("#"):
        k += 1
    body = "\n".join(lines[k:])
    with open(path, "w", encoding="utf-8") as f:
        f.write(text_header + body)


def table(results):
    rows = ["| | " + " | ".join(l for l, _ in results) + " | total |", "|---|" + "---|" * (len(results) + 1)]

    def row(label, key):
        vals = [r[key] for _, r in results]
        return f"| {label} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |"

    rows.append(row("notes", "notes"))
    for s in SHAPES:
        rows.append(row(f"observations {s}", s))
    tot = [sum(r[s] for s in SHAPES) for _, r in results]
    rows.append("| observations total | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    rows.append(row("negative (annotator-flagged)", "negative"))
    rows.append(row("judgements", "judgements"))
    rows.append(row("notes with judgements", "notes_with_judgements"))
    return "\n".join(rows)


def main():
    check_only = "--check" in sys.argv
    results = []
    for fname, lang in FILES:
        st = check_file(fname, lang)
        if st is not None:
            results.append((lang, st))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for lang, st in results:
        print(header(lang, st))
    if check_only:
        return
    for fname, lang in FILES:
        for l, st in results:
            if l == lang:
                rewrite_header(fname, header(lang, st))
    lab = os.path.join(HERE, "LABELS.md")
    if os.path.exists(lab) and results:
        with open(lab, encoding="utf-8") as f:
            t = f.read()
        new = re.sub(
            r"(<!-- COUNTS START -->\n).*?(\n<!-- COUNTS END -->)",
            lambda m: m.group(1) + table(results) + m.group(2),
            t,
            flags=re.S,
        )
        with open(lab, "w", encoding="utf-8") as f:
            f.write(new)
    print("OK")


if __name__ == "__main__":
    main()
