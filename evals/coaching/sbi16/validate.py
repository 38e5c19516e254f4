#!/usr/bin/env python3
"""Validator for the sbi16 blind set (Situation-Behaviour-Impact extraction).

Checks structure, span integrity and the distribution targets, then writes the
counts into the comment headers of notes_en.yaml / notes_zh.yaml / negatives.yaml
and into LABELS.md (between the COUNTS markers).

Usage:  python3 validate.py            # check + rewrite counts
        python3 validate.py --check    # check only, write nothing
Exit code 0 = pass, 1 = fail.  Needs Python 3 + PyYAML only.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
NEG_FILE = "negatives.yaml"
LABELS = "LABELS.md"
N_PER_LANG = 30
RECORD_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
SHAPES = ["S+B+I", "B+I", "S+B", "B"]

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def occurrences(hay, needle):
    """Start offsets of all (possibly overlapping) occurrences."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def count_units(note, lang):
    """Rough count of sentences / bullet items (header lines count as one unit)."""
    n = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        if lang == "zh":
            parts = re.split(r"(?<=[。！？!?])", line)
        else:
            parts = re.split(r"(?<=[.!?])\s+", line)
        n += sum(1 for p in parts if re.search(r"[A-Za-z0-9\u4e00-\u9fff]", p))
    return n


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B"}[(s, i)]


def check_span(rid, note, label, span):
    if not isinstance(span, str) or not span:
        err(rid, f"{label} must be a non-empty string, got {span!r}")
        return None
    if span != span.strip():
        err(rid, f"{label} has leading/trailing whitespace: {span!r}")
    if "\n" in span:
        err(rid, f"{label} spans a line break: {span!r}")
    occ = occurrences(note, span)
    if len(occ) != 1:
        err(rid, f"{label} occurs {len(occ)} times in note (must be exactly 1): {span!r}")
        return None
    return (occ[0], occ[0] + len(span))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check_file(lang):
    path = os.path.join(HERE, FILES[lang])
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    stats = {"notes": 0, "obs": 0, "judgements": 0, "shapes": {k: 0 for k in SHAPES},
             "obs_per_note": {}, "ids": [], "nobs": {}}
    if not isinstance(data, list):
        err(FILES[lang], "top level must be a list")
        return stats
    expected = [f"s16-{lang}-{i:03d}" for i in range(1, N_PER_LANG + 1)]
    got = [r.get("id") if isinstance(r, dict) else None for r in data]
    if got != expected:
        err(FILES[lang], f"ids must be exactly {expected[0]} ... {expected[-1]} in order; got {got}")
    for rec in data:
        if not isinstance(rec, dict):
            err(FILES[lang], f"record is not a mapping: {rec!r}")
            continue
        rid = rec.get("id", "?")
        stats["notes"] += 1
        stats["ids"].append(rid)
        keys = set(rec)
        if keys != RECORD_KEYS:
            err(rid, f"keys {sorted(keys)} != {sorted(RECORD_KEYS)}")
        if rec.get("lang") != lang:
            err(rid, f"lang must be {lang!r}")
        if not isinstance(rec.get("employee_role"), str) or not rec["employee_role"].strip():
            err(rid, "employee_role must be a non-empty string")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            err(rid, "note must be a non-empty string")
            continue
        if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
            err(rid, "zh note contains no Chinese characters")
        units = count_units(note, lang)
        if not 2 <= units <= 6:
            err(rid, f"note has ~{units} sentences/bullets (need 2-6)")
        obs_list = rec.get("observations")
        if not isinstance(obs_list, list) or not 1 <= len(obs_list) <= 4:
            err(rid, "observations must be a list of 1-4 items")
            obs_list = obs_list if isinstance(obs_list, list) else []
        stats["nobs"][rid] = len(obs_list)
        stats["obs_per_note"][len(obs_list)] = stats["obs_per_note"].get(len(obs_list), 0) + 1
        all_obs_spans = []
        b_starts = []
        behaviours = []
        for k, obs in enumerate(obs_list, 1):
            if not isinstance(obs, dict) or set(obs) != OBS_KEYS:
                err(rid, f"observation {k} must have exactly keys {sorted(OBS_KEYS)}")
                continue
            stats["obs"] += 1
            stats["shapes"][shape(obs)] += 1
            spans = []
            b = check_span(rid, note, f"obs {k} behaviour", obs["behaviour"])
            if b:
                spans.append(("behaviour", b))
                b_starts.append(b[0])
            behaviours.append(obs["behaviour"])
            for part in ("situation", "impact"):
                if obs[part] is None:
                    continue
                sp = check_span(rid, note, f"obs {k} {part}", obs[part])
                if sp:
                    spans.append((part, sp))
            for x in range(len(spans)):
                for y in range(x + 1, len(spans)):
                    if overlaps(spans[x][1], spans[y][1]):
                        err(rid, f"obs {k}: {spans[x][0]} and {spans[y][0]} overlap")
            all_obs_spans.extend(sp for _, sp in spans)
        if b_starts != sorted(b_starts) or len(set(b_starts)) != len(b_starts):
            err(rid, "observations are not in order of appearance of the behaviour")
        if len(set(behaviours)) != len(behaviours):
            err(rid, "two observations share the same behaviour span")
        judg = rec.get("judgements")
        if not isinstance(judg, list):
            err(rid, "judgements must be a list")
            judg = []
        j_spans = []
        for j in judg:
            sp = check_span(rid, note, "judgement", j)
            if not sp:
                continue
            for osp in all_obs_spans:
                if overlaps(sp, osp):
                    err(rid, f"judgement overlaps an observation span: {j!r}")
            for other in j_spans:
                if overlaps(sp, other):
                    err(rid, f"judgements overlap each other: {j!r}")
            j_spans.append(sp)
            stats["judgements"] += 1
    return stats


def check_negatives(all_stats):
    path = os.path.join(HERE, NEG_FILE)
    with open(path, encoding="utf-8") as fh:
        neg = yaml.safe_load(fh)
    counts = {lang: 0 for lang in all_stats}
    if not isinstance(neg, dict):
        err(NEG_FILE, "top level must be a mapping id -> list")
        return counts
    nobs = {}
    for lang, st in all_stats.items():
        for rid in st["ids"]:
            nobs[rid] = (lang, st["nobs"].get(rid, 0))
    if set(neg) != set(nobs):
        missing = sorted(set(nobs) - set(neg))
        extra = sorted(set(neg) - set(nobs))
        err(NEG_FILE, f"ids mismatch; missing={missing} extra={extra}")
    for rid, idx in neg.items():
        if rid not in nobs:
            continue
        lang, n = nobs[rid]
        if not isinstance(idx, list) or not all(isinstance(i, int) for i in idx):
            err(NEG_FILE, f"{rid}: value must be a list of ints")
            continue
        if idx != sorted(set(idx)):
            err(NEG_FILE, f"{rid}: indices must be unique and ascending")
        for i in idx:
            if not 1 <= i <= n:
                err(NEG_FILE, f"{rid}: index {i} out of range 1..{n}")
        counts[lang] += len(idx)
    return counts


def pct(a, b):
    return f"{100.0 * a / b:.0f}%" if b else "n/a"


def check_targets(all_stats, neg_counts):
    tot_obs = sum(s["obs"] for s in all_stats.values())
    tot_j = sum(s["judgements"] for s in all_stats.values())
    for lang, st in all_stats.items():
        n = st["obs"]
        if not n:
            continue
        sh = st["shapes"]
        checks = [
            ("S+B+I share", sh["S+B+I"] / n, 0.27, 0.40),
            ("B-only share", sh["B"] / n, 0.14, 0.27),
            ("B+I share", sh["B+I"] / n, 0.14, 0.30),
            ("S+B share", sh["S+B"] / n, 0.14, 0.30),
            ("negative share", neg_counts[lang] / n, 0.15, 0.27),
        ]
        for name, val, lo, hi in checks:
            if not lo <= val <= hi:
                err(lang, f"{name} {val:.2f} outside target {lo}-{hi}")
        many = st["obs_per_note"].get(2, 0) + st["obs_per_note"].get(3, 0)
        if many < st["notes"] / 2:
            err(lang, "most notes should have 2-3 observations")
    if not 32 <= tot_j <= 48:
        err("all", f"{tot_j} judgements, target about 40")
    return tot_obs, tot_j


def counts_lines(all_stats, neg_counts):
    lines = []
    tot = {k: 0 for k in SHAPES}
    tot_obs = tot_j = tot_neg = 0
    for lang, st in all_stats.items():
        n = st["obs"]
        sh = st["shapes"]
        lines.append(
            f"{lang}: {st['notes']} notes, {n} observations "
            f"(S+B+I {sh['S+B+I']} = {pct(sh['S+B+I'], n)}, B+I {sh['B+I']} = {pct(sh['B+I'], n)}, "
            f"S+B {sh['S+B']} = {pct(sh['S+B'], n)}, B only {sh['B']} = {pct(sh['B'], n)}), "
            f"negative {neg_counts[lang]} = {pct(neg_counts[lang], n)}, judgements {st['judgements']}, "
            f"observations per note {dict(sorted(st['obs_per_note'].items()))}"
        )
        for k in SHAPES:
            tot[k] += sh[k]
        tot_obs += n
        tot_j += st["judgements"]
        tot_neg += neg_counts[lang]
    lines.append(
        f"all: {sum(s['notes'] for s in all_stats.values())} notes, {tot_obs} observations "
        f"(S+B+I {tot['S+B+I']}, B+I {tot['B+I']}, S+B {tot['S+B']}, B only {tot['B']}), "
        f"negative {tot_neg} = {pct(tot_neg, tot_obs)}, judgements {tot_j}"
    )
    return lines


def rewrite_header(fname, lines):
    path = os.path.join(HERE, fname)
    with open(path, encoding="utf-8") as fh:
        text = fh.read().splitlines()
    out, i, done = [], 0, False
    while i < len(text):
        line = text[i]
        if not done and line.startswith("# counts:"):
            out.append("# counts:")
            out.extend("#   " + l for l in lines)
            i += 1
            while i < len(text) and text[i].startswith("#   "):
                i += 1
            done = True
            continue
        out.append(line)
        i += 1
    if not done:
        err(fname, "no '# counts:' header line to update")
        return
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def rewrite_labels(all_stats, neg_counts):
    path = os.path.join(HERE, LABELS)
    if not os.path.exists(path):
        err(LABELS, "missing")
        return
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    begin, end = "<!-- COUNTS:BEGIN -->", "<!-- COUNTS:END -->"
    if begin not in text or end not in text:
        err(LABELS, "COUNTS markers missing")
        return
    rows = ["| lang | notes | observations | S+B+I | B+I | S+B | B only | negative | judgements |",
            "|---|---|---|---|---|---|---|---|---|"]
    tot = {"notes": 0, "obs": 0, "neg": 0, "j": 0, **{k: 0 for k in SHAPES}}
    for lang, st in all_stats.items():
        n, sh = st["obs"], st["shapes"]
        rows.append(f"| {lang} | {st['notes']} | {n} | {sh['S+B+I']} ({pct(sh['S+B+I'], n)}) | "
                    f"{sh['B+I']} ({pct(sh['B+I'], n)}) | {sh['S+B']} ({pct(sh['S+B'], n)}) | "
                    f"{sh['B']} ({pct(sh['B'], n)}) | {neg_counts[lang]} ({pct(neg_counts[lang], n)}) | "
                    f"{st['judgements']} |")
        tot["notes"] += st["notes"]
        tot["obs"] += n
        tot["neg"] += neg_counts[lang]
        tot["j"] += st["judgements"]
        for k in SHAPES:
            tot[k] += sh[k]
    n = tot["obs"]
    rows.append(f"| all | {tot['notes']} | {n} | {tot['S+B+I']} ({pct(tot['S+B+I'], n)}) | "
                f"{tot['B+I']} ({pct(tot['B+I'], n)}) | {tot['S+B']} ({pct(tot['S+B'], n)}) | "
                f"{tot['B']} ({pct(tot['B'], n)}) | {tot['neg']} ({pct(tot['neg'], n)}) | {tot['j']} |")
    per_note = []
    for lang, st in all_stats.items():
        per_note.append(f"Observations per note ({lang}): " + ", ".join(
            f"{k} obs: {v} notes" for k, v in sorted(st["obs_per_note"].items())) + ".")
    block = begin + "\n" + "\n".join(rows) + "\n\n" + "\n".join(per_note) + "\n" + end
    pre = text.split(begin)[0]
    post = text.split(end, 1)[1]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(pre + block + post)


def main():
    check_only = "--check" in sys.argv
    all_stats = {lang: check_file(lang) for lang in FILES}
    neg_counts = check_negatives(all_stats)
    check_targets(all_stats, neg_counts)
    lines = counts_lines(all_stats, neg_counts)
    for l in lines:
        print(l)
    if not check_only:
        for fname in FILES.values():
            rewrite_header(fname, lines)
        rewrite_header(NEG_FILE, lines)
        rewrite_labels(all_stats, neg_counts)
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
