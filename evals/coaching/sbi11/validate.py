#!/usr/bin/env python3
"""Validate the sbi11 blind set and refresh the count headers.

Checks: YAML structure, ids, lang, observation count (1-4), every span an exact
substring occurring exactly once in its note, no overlap between the spans of one
observation, judgements not overlapping any observation span. Then counts the
observation shapes (S+B+I, B+I, S+B, B only), the observations marked
`# negative` in the YAML source, and a few placement statistics, writes them into
the comment header of each YAML file and between the count markers of LABELS.md.

Usage: python3 validate.py            (validate, rewrite headers, update LABELS.md)
       python3 validate.py --check    (validate only, write nothing)
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
LABELS = HERE / "LABELS.md"
NOTE_KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = ["behaviour", "situation", "impact"]
SHAPES = ["S+B+I", "B+I", "S+B", "B only"]

errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    """Start offsets of every (possibly overlapping) occurrence."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B only"}[(s, i)]


def negative_flags(raw):
    """Per note id, a list of booleans (one per observation) from '# negative' comments."""
    flags, cur = {}, None
    for line in raw.splitlines():
        m = re.match(r"^- id: (\S+)", line)
        if m:
            cur = m.group(1)
            flags[cur] = []
            continue
        if re.match(r"^\s+- behaviour:", line):
            flags[cur].append(bool(re.search(r"#\s*negative\s*$", line)))
        elif "# negative" in line and not line.startswith("#"):
            err(f"'# negative' marker outside a behaviour line: {line.strip()}")
    return flags


def sentence_units(note):
    """Rough count of sentences or bullets, for the 2-6 rule."""
    lines = [l.strip() for l in note.splitlines() if l.strip()]
    if all(l.startswith("- ") for l in lines):
        return len(lines)
    parts = re.split(r"(?<=[.!?。！？])\s*", note.strip())
    return len([p for p in parts if p.strip()])


def validate(lang, path):
    raw = path.read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    neg = negative_flags(raw)
    stats = {k: 0 for k in SHAPES}
    stats.update(notes=0, obs=0, negative=0, judgements=0, notes_with_judgements=0,
                 impact_before_behaviour=0, situation_after_behaviour=0,
                 obs_per_note={1: 0, 2: 0, 3: 0, 4: 0})
    if not isinstance(data, list):
        err(f"{path.name}: top level is not a list")
        return stats
    if len(data) != 30:
        err(f"{path.name}: {len(data)} notes, expected 30")
    for n, rec in enumerate(data, 1):
        want_id = f"s11-{lang}-{n:03d}"
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = f"{path.name}:{rid or n}"
        if not isinstance(rec, dict) or list(rec.keys()) != NOTE_KEYS:
            err(f"{where}: keys {list(rec.keys()) if isinstance(rec, dict) else rec} != {NOTE_KEYS}")
            continue
        if rid != want_id:
            err(f"{where}: id should be {want_id}")
        if rec["lang"] != lang:
            err(f"{where}: lang {rec['lang']!r}")
        if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip():
            err(f"{where}: empty employee_role")
        note = rec["note"]
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: empty note")
            continue
        units = sentence_units(note)
        if not 2 <= units <= 6:
            err(f"{where}: {units} sentences/bullets, expected 2-6")
        obs = rec["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{where}: needs 1-4 observations")
            continue
        stats["notes"] += 1
        stats["obs_per_note"][len(obs)] += 1
        if len(neg.get(rid, [])) != len(obs):
            err(f"{where}: could not map '# negative' markers to observations")
        used = []  # (start, end) of every observation span in this note
        for k, o in enumerate(obs):
            ow = f"{where} obs{k + 1}"
            if not isinstance(o, dict) or list(o.keys()) != OBS_KEYS:
                err(f"{ow}: keys must be exactly {OBS_KEYS} in that order")
                continue
            if not isinstance(o["behaviour"], str):
                err(f"{ow}: behaviour must be a string")
                continue
            spans = []
            for part in OBS_KEYS:
                v = o[part]
                if v is None:
                    continue
                if not isinstance(v, str) or not v.strip() or v != v.strip():
                    err(f"{ow}: {part} must be a non-empty string without outer spaces: {v!r}")
                    continue
                occ = occurrences(note, v)
                if len(occ) != 1:
                    err(f"{ow}: {part} {v!r} occurs {len(occ)} times in the note")
                    continue
                spans.append((part, occ[0], occ[0] + len(v)))
            for a in range(len(spans)):
                for b in range(a + 1, len(spans)):
                    pa, sa, ea = spans[a]
                    pb, sb, eb = spans[b]
                    if sa < eb and sb < ea:
                        err(f"{ow}: {pa} and {pb} overlap")
            used += [(s, e) for _, s, e in spans]
            pos = {p: s for p, s, _ in spans}
            if "impact" in pos and pos["impact"] < pos["behaviour"]:
                stats["impact_before_behaviour"] += 1
            if "situation" in pos and pos["situation"] > pos["behaviour"]:
                stats["situation_after_behaviour"] += 1
            stats[shape(o)] += 1
            stats["obs"] += 1
            if neg.get(rid) and k < len(neg[rid]) and neg[rid][k]:
                stats["negative"] += 1
        js = rec["judgements"]
        if not isinstance(js, list):
            err(f"{where}: judgements must be a list")
            continue
        if js:
            stats["notes_with_judgements"] += 1
        for j in js:
            stats["judgements"] += 1
            if not isinstance(j, str) or not j.strip():
                err(f"{where}: bad judgement {j!r}")
                continue
            occ = occurrences(note, j)
            if len(occ) != 1:
                err(f"{where}: judgement {j!r} occurs {len(occ)} times")
                continue
            s, e = occ[0], occ[0] + len(j)
            if any(s < ue and us < e for us, ue in used):
                err(f"{where}: judgement {j!r} overlaps an observation span")
    return stats


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def header(lang, st):
    lines = [
        f"# sbi11 blind set: SBI extraction from managers' notes ({'English' if lang == 'en' else 'Chinese'}).",
        "# Licence CC BY 4.0. Definitions and conventions: LABELS.md. Counts written by validate.py.",
        f"# notes: {st['notes']}   observations: {st['obs']}   judgements: {st['judgements']}",
        "# observations by shape:",
    ]
    for k in SHAPES:
        lines.append(f"#   {k:<7} {st[k]:>3}  ({pct(st[k], st['obs'])})")
    lines.append(f"# went wrong (behaviour lines marked negative): {st['negative']} ({pct(st['negative'], st['obs'])})")
    lines.append("# observations per note: " + ", ".join(f"{k}: {v}" for k, v in st["obs_per_note"].items()))
    return "\n".join(lines) + "\n"


def write_header(path, text):
    raw = path.read_text(encoding="utf-8")
    body = re.sub(r"\A(?:#[^\n]*\n)*\n?", "", raw)
    path.write_text(text + "\n" + body, encoding="utf-8")


def counts_table(all_stats):
    tot = {k: sum(s[k] for s in all_stats.values()) for k in
           SHAPES + ["notes", "obs", "negative", "judgements", "notes_with_judgements",
                     "impact_before_behaviour", "situation_after_behaviour"]}
    rows = ["| | English | Chinese | total |", "|---|---:|---:|---:|"]

    def row(label, key, share=False):
        vals = [all_stats["en"][key], all_stats["zh"][key], tot[key]]
        if share:
            obs = [all_stats["en"]["obs"], all_stats["zh"]["obs"], tot["obs"]]
            cells = [f"{v} ({pct(v, o)})" for v, o in zip(vals, obs)]
        else:
            cells = [str(v) for v in vals]
        rows.append(f"| {label} | " + " | ".join(cells) + " |")

    row("notes", "notes")
    row("observations", "obs")
    for k in SHAPES:
        row(f"shape {k}", k, share=True)
    row("went wrong (negative impact or failing)", "negative", share=True)
    row("impact placed before the behaviour", "impact_before_behaviour")
    row("situation placed after the behaviour", "situation_after_behaviour")
    row("judgement strings", "judgements")
    row("notes with at least one judgement", "notes_with_judgements")
    per = ["| observations per note | " + " | ".join(
        ", ".join(f"{k}: {v}" for k, v in all_stats[l]["obs_per_note"].items()) for l in ("en", "zh"))
        + " | |"]
    return "\n".join(rows + per)


def main():
    check_only = "--check" in sys.argv
    all_stats = {lang: validate(lang, p) for lang, p in FILES.items()}
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    table = counts_table(all_stats)
    print(table)
    if check_only:
        return
    for lang, p in FILES.items():
        write_header(p, header(lang, all_stats[lang]))
    if LABELS.exists():
        txt = LABELS.read_text(encoding="utf-8")
        new = re.sub(r"(<!-- counts:start -->\n).*?(\n<!-- counts:end -->)",
                     lambda m: m.group(1) + table + m.group(2), txt, flags=re.S)
        LABELS.write_text(new, encoding="utf-8")
    # re-validate after rewriting headers
    errors.clear()
    for lang, p in FILES.items():
        validate(lang, p)
    if errors:
        print("problem after rewriting headers:", errors)
        sys.exit(1)
    print("OK: headers and LABELS.md counts updated")


if __name__ == "__main__":
    main()
