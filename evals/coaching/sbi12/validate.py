#!/usr/bin/env python3
"""Validate the sbi12 blind set and compute its counts.

python3 validate.py            check, print counts
python3 validate.py --write    also rewrite the comment header of each YAML file
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
REC_KEYS = {"id", "lang", "employee_role", "note", "observations", "judgements"}
OBS_KEYS = {"behaviour", "situation", "impact"}
SHAPES = ["S+B+I", "B+I", "S+B", "B only"]

errors = []


def err(msg):
    errors.append(msg)


def occurrences(text, sub):
    """All start positions of sub in text, overlapping ones included."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def span_of(note, s, where):
    if not isinstance(s, str) or not s:
        err(f"{where}: not a non-empty string: {s!r}")
        return None
    if s != s.strip():
        err(f"{where}: leading/trailing whitespace: {s!r}")
    pos = occurrences(note, s)
    if len(pos) != 1:
        err(f"{where}: occurs {len(pos)} times in the note: {s!r}")
        return None
    return (pos[0], pos[0] + len(s))


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def units(note):
    """Sentences or bullets in a note (rough count, for the 2-6 rule)."""
    lines = [l for l in note.split("\n") if l.strip()]
    if all(re.match(r"\s*[-*•]\s", l) for l in lines):
        return len(lines)
    parts = re.split(r"(?<=[.!?。！？])\s*", note.replace("\n", " "))
    return len([p for p in parts if re.search(r"\w", p)])


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B only"}[(s, i)]


polarity = yaml.safe_load((HERE / "polarity.yaml").read_text(encoding="utf-8")) or {}
stats = {}
place = {l: Counter() for l in FILES}
all_ids = set()

for lang, path in FILES.items():
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err(f"{path.name}: top level is not a list")
        continue
    if len(data) != 30:
        err(f"{path.name}: {len(data)} records, expected 30")
    c = Counter()
    n_obs = n_neg = n_judg = 0
    unit_counts, obs_per_note, roles = [], [], set()
    for k, rec in enumerate(data, 1):
        exp_id = f"s12-{lang}-{k:03d}"
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = rid or f"{path.name}#{k}"
        if not isinstance(rec, dict) or set(rec) != REC_KEYS:
            err(f"{where}: keys {sorted(rec) if isinstance(rec, dict) else rec!r} != {sorted(REC_KEYS)}")
            continue
        if rid != exp_id:
            err(f"{where}: id should be {exp_id}")
        all_ids.add(rid)
        if rec["lang"] != lang:
            err(f"{where}: lang {rec['lang']!r} != {lang!r}")
        if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip():
            err(f"{where}: empty employee_role")
        roles.add(rec["employee_role"])
        note = rec["note"]
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: empty note")
            continue
        u = units(note)
        unit_counts.append(u)
        if not 2 <= u <= 6:
            err(f"{where}: {u} sentences/bullets, expected 2-6")
        obs = rec["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{where}: needs 1-4 observations")
            continue
        obs_per_note.append(len(obs))
        neg_idx = polarity.get(rid, [])
        for j in neg_idx:
            if not 0 <= j < len(obs):
                err(f"{where}: polarity index {j} out of range")
        n_neg += len(neg_idx)
        behaviour_spans = []
        all_spans = []
        for j, o in enumerate(obs):
            ow = f"{where} obs{j}"
            if not isinstance(o, dict) or set(o) != OBS_KEYS:
                err(f"{ow}: keys {sorted(o) if isinstance(o, dict) else o!r} != {sorted(OBS_KEYS)}")
                continue
            spans = {}
            for part in ("behaviour", "situation", "impact"):
                v = o[part]
                if v is None:
                    if part == "behaviour":
                        err(f"{ow}: behaviour is null")
                    spans[part] = None
                    continue
                spans[part] = span_of(note, v, f"{ow}.{part}")
            parts = [p for p in spans if spans[p] is not None]
            for a in range(len(parts)):
                for b in range(a + 1, len(parts)):
                    if overlaps(spans[parts[a]], spans[parts[b]]):
                        err(f"{ow}: {parts[a]} and {parts[b]} overlap")
            for prev in behaviour_spans:
                if overlaps(prev, spans["behaviour"]):
                    err(f"{ow}: behaviour overlaps another observation's behaviour")
            behaviour_spans.append(spans["behaviour"])
            all_spans.extend(s for s in spans.values() if s is not None)
            c[shape(o)] += 1
            n_obs += 1
            b = spans["behaviour"]
            if b and spans["situation"]:
                place[lang]["situation before behaviour" if spans["situation"][0] < b[0] else "situation after behaviour"] += 1
            if b and spans["impact"]:
                i = spans["impact"]
                if i[0] < b[0]:
                    place[lang]["impact before behaviour"] += 1
                gap = note[min(b[1], i[1]):max(b[0], i[0])]
                if re.search(r"[.!?。！？\n]", gap):
                    place[lang]["impact in another sentence/bullet"] += 1
        judg = rec["judgements"]
        if not isinstance(judg, list):
            err(f"{where}: judgements is not a list")
            continue
        for j, s in enumerate(judg):
            sp = span_of(note, s, f"{where} judgement{j}")
            for other in all_spans:
                if overlaps(sp, other):
                    err(f"{where} judgement{j}: overlaps an observation span")
        n_judg += len(judg)
    stats[lang] = dict(notes=len(data), obs=n_obs, shapes=c, neg=n_neg, judg=n_judg,
                       notes_with_judg=sum(1 for r in data if isinstance(r, dict) and r.get("judgements")),
                       units=(min(unit_counts), max(unit_counts)) if unit_counts else None,
                       obs_per_note=Counter(obs_per_note), roles=len(roles))

for pid in polarity:
    if pid not in all_ids:
        err(f"polarity.yaml: unknown id {pid}")


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def header(lang):
    s = stats[lang]
    n = s["obs"]
    lines = [
        f"# sbi12 blind set, {lang}: {s['notes']} notes, {n} observations, {s['judg']} judgements",
        "# observations by shape (computed by validate.py):",
    ]
    for sh in SHAPES:
        lines.append(f"#   {sh:<7} {s['shapes'][sh]:>3}  ({pct(s['shapes'][sh], n)})")
    lines.append(f"#   negative (per polarity.yaml): {s['neg']} ({pct(s['neg'], n)})")
    lines.append("# format and conventions: LABELS.md; licence CC BY 4.0")
    return "\n".join(lines) + "\n"


for lang, s in stats.items():
    n = s["obs"]
    print(f"[{lang}] notes={s['notes']} observations={n} judgements={s['judg']} "
          f"(in {s['notes_with_judg']} notes) negative={s['neg']} ({pct(s['neg'], n)}) "
          f"roles={s['roles']} units/note={s['units']} obs/note={dict(sorted(s['obs_per_note'].items()))}")
    print("     " + "  ".join(f"{sh}: {s['shapes'][sh]} ({pct(s['shapes'][sh], n)})" for sh in SHAPES))
    print("     " + "  ".join(f"{k}: {v}" for k, v in sorted(place[lang].items())))
tot = Counter()
for s in stats.values():
    tot.update(s["shapes"])
N = sum(s["obs"] for s in stats.values())
NEG = sum(s["neg"] for s in stats.values())
print(f"[all] observations={N} negative={NEG} ({pct(NEG, N)}) judgements={sum(s['judg'] for s in stats.values())}")
print("     " + "  ".join(f"{sh}: {tot[sh]} ({pct(tot[sh], N)})" for sh in SHAPES))

if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)

if "--write" in sys.argv:
    for lang, path in FILES.items():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        k = 0
        while k < len(lines) and (lines[k].startswith("#") or not lines[k].strip()):
            k += 1
        path.write_text(header(lang) + "\n" + "".join(lines[k:]), encoding="utf-8")
    print("headers written")
print("OK")
