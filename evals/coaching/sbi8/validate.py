#!/usr/bin/env python3
"""Validate the SBI blind set (sbi8) and write computed counts.

Usage:  python3 validate.py          # validate, rewrite YAML headers and the LABELS.md counts block
        python3 validate.py --check  # validate only, write nothing

Checks: YAML structure, ids, lang, exact-substring + uniqueness of every span,
no overlap inside an observation, no overlap between observations (except a
situation span shared verbatim), judgements disjoint from observation spans,
span edges (no surrounding whitespace / trailing punctuation), note length
(2-6 sentences or bullets), 1-4 observations per note.
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
LABELS = HERE / "LABELS.md"
KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = ["behaviour", "situation", "impact"]
EDGE_PUNCT = set(",.;:!?，。；：！？、 \t\n")

# Observations that describe something that went wrong (negative impact / negative behaviour).
# note id -> 1-based observation indices. Kept here because the record format has no field for it.
NEGATIVE = {
    "s8-en-002": [2], "s8-en-004": [1], "s8-en-006": [2], "s8-en-007": [2],
    "s8-en-010": [2], "s8-en-012": [1], "s8-en-017": [3], "s8-en-019": [1, 2],
    "s8-en-022": [2], "s8-en-023": [2], "s8-en-025": [2], "s8-en-027": [4],
    "s8-en-028": [3],
    "s8-zh-002": [1], "s8-zh-003": [2], "s8-zh-006": [1], "s8-zh-007": [2],
    "s8-zh-009": [2], "s8-zh-012": [2], "s8-zh-013": [2], "s8-zh-015": [2],
    "s8-zh-019": [1], "s8-zh-023": [2], "s8-zh-026": [3], "s8-zh-027": [2],
    "s8-zh-029": [2], "s8-zh-030": [3],
}

SHAPES = ["S+B+I", "B+I", "S+B", "B only"]
errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B only"}[(s, i)]


def units(note):
    """Rough count of sentences / bullets, ignoring header lines ending with a colon."""
    n = 0
    lines = [l.strip() for l in note.splitlines() if l.strip()]
    bulleted = any(re.match(r"^([-•*]|\d+\.)\s", l) for l in lines)
    for idx, l in enumerate(lines):
        if l.endswith((":", "：")):
            continue
        is_bullet = re.match(r"^([-•*]|\d+\.)\s", l)
        if bulleted and not is_bullet and idx == 0:
            continue  # header line such as "1:1 prep – Priya"
        if is_bullet:
            n += 1
            continue
        parts = [p for p in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", l) if p.strip()]
        n += len(parts)
    return n


def span_at(rid, note, text, what):
    if not isinstance(text, str) or not text:
        err(rid, f"{what} must be a non-empty string, got {text!r}")
        return None
    if text != text.strip():
        err(rid, f"{what} has surrounding whitespace: {text!r}")
    c = note.count(text)
    if c != 1:
        err(rid, f"{what} occurs {c} times in note: {text!r}")
        return None
    return (note.index(text), note.index(text) + len(text))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def validate(lang, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    stats = Counter()
    recs = []
    if not isinstance(data, list) or len(data) != 30:
        err(path.name, f"expected a list of 30 records, got {type(data).__name__} of {len(data) if isinstance(data, list) else '?'}")
        return stats, recs
    for n, r in enumerate(data, 1):
        rid = r.get("id", f"{path.name}#{n}") if isinstance(r, dict) else f"{path.name}#{n}"
        if not isinstance(r, dict) or list(r.keys()) != KEYS:
            err(rid, f"keys must be exactly {KEYS} in that order, got {list(r.keys()) if isinstance(r, dict) else r!r}")
            continue
        if r["id"] != f"s8-{lang}-{n:03d}":
            err(rid, f"expected id s8-{lang}-{n:03d}")
        if r["lang"] != lang:
            err(rid, f"lang {r['lang']!r} != {lang!r}")
        if not isinstance(r["employee_role"], str) or not r["employee_role"].strip():
            err(rid, "employee_role empty")
        note = r["note"]
        if not isinstance(note, str) or not note.strip() or note != note.strip():
            err(rid, "note empty or has surrounding whitespace")
            continue
        u = units(note)
        if not 2 <= u <= 6:
            err(rid, f"note has {u} sentences/bullets (want 2-6)")
        obs = r["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(rid, "observations must be a list of 1-4")
            continue
        jd = r["judgements"]
        if not isinstance(jd, list):
            err(rid, "judgements must be a list")
            jd = []
        all_obs_spans = []  # (interval, text, kind, obs index)
        for k, o in enumerate(obs, 1):
            if not isinstance(o, dict) or sorted(o.keys()) != sorted(OBS_KEYS):
                err(rid, f"obs {k}: keys must be {OBS_KEYS}")
                continue
            if o["behaviour"] is None:
                err(rid, f"obs {k}: behaviour is null")
                continue
            iv = {}
            for key in OBS_KEYS:
                if o[key] is None:
                    continue
                t = o[key]
                sp = span_at(rid, note, t, f"obs {k} {key}")
                if sp is None:
                    continue
                if t[0] in EDGE_PUNCT or t[-1] in EDGE_PUNCT:
                    err(rid, f"obs {k} {key} starts/ends with punctuation: {t!r}")
                iv[key] = sp
                all_obs_spans.append((sp, t, key, k))
            keys = list(iv)
            for a in range(len(keys)):
                for b in range(a + 1, len(keys)):
                    if overlaps(iv[keys[a]], iv[keys[b]]):
                        err(rid, f"obs {k}: {keys[a]} overlaps {keys[b]}")
            st = shape(o)
            stats[st] += 1
            stats["observations"] += 1
            if k in NEGATIVE.get(r["id"], []):
                stats["negative"] += 1
            if "impact" in iv and iv["impact"][0] < iv["behaviour"][0]:
                stats["impact before behaviour"] += 1
            if "situation" in iv:
                stats["situation before behaviour" if iv["situation"][0] < iv["behaviour"][0]
                      else "situation after behaviour"] += 1
        # cross-observation overlaps (a situation shared verbatim is allowed)
        for a in range(len(all_obs_spans)):
            for b in range(a + 1, len(all_obs_spans)):
                (ia, ta, ka, oa), (ib, tb, kb, ob) = all_obs_spans[a], all_obs_spans[b]
                if oa == ob:
                    continue
                if ka == kb == "situation" and ta == tb:
                    stats["shared situation"] += 1
                    continue
                if overlaps(ia, ib):
                    err(rid, f"obs {oa} {ka} overlaps obs {ob} {kb}")
        for j in jd:
            sp = span_at(rid, note, j, "judgement")
            if sp is None:
                continue
            for (ia, ta, ka, oa) in all_obs_spans:
                if overlaps(sp, ia):
                    err(rid, f"judgement {j!r} overlaps obs {oa} {ka}")
            stats["judgements"] += 1
        for k in NEGATIVE.get(r["id"], []):
            if k > len(obs):
                err(rid, f"NEGATIVE index {k} out of range")
        stats["notes"] += 1
        stats[f"notes with {len(obs)} obs"] += 1
        recs.append(r)
    return stats, recs


def header(lang, s):
    n = s["observations"]
    pct = lambda x: f"{100 * x / n:.0f}%" if n else "-"
    lines = [
        f"# sbi8 blind evaluation set: Situation-Behaviour-Impact extraction from managers' notes ({'English' if lang == 'en' else 'Chinese'}).",
        "# Licence: CC BY 4.0. Definitions, conventions and sources: LABELS.md. Counts below are written by validate.py.",
        f"# notes: {s['notes']}   observations: {n}   judgements: {s['judgements']}",
        "# observations by shape: " + "   ".join(f"{k}: {s[k]} ({pct(s[k])})" for k in SHAPES),
        f"# negative (something went wrong): {s['negative']} ({pct(s['negative'])})   impact stated before behaviour: {s['impact before behaviour']}"
        f"   situation before/after behaviour: {s['situation before behaviour']}/{s['situation after behaviour']}   shared situation spans: {s['shared situation']}",
        "# notes by number of observations: " + "   ".join(f"{i}: {s[f'notes with {i} obs']}" for i in range(1, 5)),
    ]
    return "\n".join(lines) + "\n"


def counts_table(all_stats):
    tot = Counter()
    for s in all_stats.values():
        tot.update(s)
    rows = ["| | en | zh | total |", "|---|---:|---:|---:|"]
    def row(label, key):
        rows.append(f"| {label} | {all_stats['en'][key]} | {all_stats['zh'][key]} | {tot[key]} |")
    row("notes", "notes")
    row("observations", "observations")
    for k in SHAPES:
        row(f"shape {k}", k)
    row("negative observations", "negative")
    row("judgements", "judgements")
    row("impact stated before behaviour", "impact before behaviour")
    row("situation before behaviour", "situation before behaviour")
    row("situation after behaviour", "situation after behaviour")
    row("shared situation spans", "shared situation")
    for i in range(1, 5):
        row(f"notes with {i} observation(s)", f"notes with {i} obs")
    n = tot["observations"]
    rows.append("")
    rows.append("Shares over both languages: " + ", ".join(f"{k} {100 * tot[k] / n:.1f}%" for k in SHAPES)
                + f", negative {100 * tot['negative'] / n:.1f}%.")
    return "\n".join(rows)


def main():
    check_only = "--check" in sys.argv
    all_stats = {}
    for lang, path in FILES.items():
        all_stats[lang], _ = validate(lang, path)
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for lang, s in all_stats.items():
        print(header(lang, s))
    if check_only:
        print("OK (check only)")
        return
    for lang, path in FILES.items():
        text = path.read_text(encoding="utf-8")
        body = "\n".join(l for l in text.split("\n") if True)
        lines = text.split("\n")
        while lines and lines[0].startswith("#"):
            lines.pop(0)
        path.write_text(header(lang, all_stats[lang]) + "\n".join(lines), encoding="utf-8")
    if LABELS.exists():
        t = LABELS.read_text(encoding="utf-8")
        a, b = "<!-- counts:start -->", "<!-- counts:end -->"
        if a in t and b in t:
            pre, rest = t.split(a, 1)
            _, post = rest.split(b, 1)
            LABELS.write_text(pre + a + "\n" + counts_table(all_stats) + "\n" + b + post, encoding="utf-8")
    # re-validate what was written
    errors.clear()
    for lang, path in FILES.items():
        validate(lang, path)
    if errors:
        print("FAILED after rewrite:", errors)
        sys.exit(1)
    print("OK: headers and LABELS.md counts written")


if __name__ == "__main__":
    main()
