#!/usr/bin/env python3
"""Validate the sbi15 blind set and refresh the count headers.

Checks: YAML structure and keys, ids and languages, note length (2-6 sentences/bullets),
1-4 observations per note, every span an exact substring occurring exactly once in its
note, no surrounding whitespace, no overlap between the spans of one observation, no
overlap between a judgement and any observation span, negatives.yaml consistency.
Then writes the shape counts into the comment header of each YAML file and into the
block between the COUNTS markers of LABELS.md.

Usage: python3 validate.py            (validate + rewrite headers)
       python3 validate.py --check    (validate only, exit 1 on error or stale headers)
"""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = {"en": HERE / "notes_en.yaml", "zh": HERE / "notes_zh.yaml"}
KEYS = ["id", "lang", "employee_role", "note", "observations", "judgements"]
OBS_KEYS = {"behaviour", "situation", "impact"}
SHAPES = ["S+B+I", "B+I", "S+B", "B only"]
errors = []


def err(msg):
    errors.append(msg)


def shape(o):
    s, i = o["situation"] is not None, o["impact"] is not None
    return {(True, True): "S+B+I", (False, True): "B+I", (True, False): "S+B", (False, False): "B only"}[(s, i)]


BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)、])\s+")


def units(note):
    """Rough count of units: bullets when the note is a bulleted list (a title line
    above the list is not counted), otherwise sentences / fragments."""
    lines = [l for l in note.splitlines() if l.strip()]
    bullets = [l for l in lines if BULLET.match(l)]
    if len(bullets) >= 2:
        return len(bullets)
    parts = re.split(r"(?<=[.!?])\s+|(?<=[。！？])", note)
    return len([p for p in parts if re.search(r"\w", p)])


def load(lang):
    path = FILES[lang]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        err(f"{path.name}: top level is not a list")
        return []
    if len(data) != 30:
        err(f"{path.name}: {len(data)} records, expected 30")
    for n, rec in enumerate(data, 1):
        rid = f"s15-{lang}-{n:03d}"
        if not isinstance(rec, dict) or list(rec.keys()) != KEYS:
            err(f"{rid}: keys {list(rec.keys()) if isinstance(rec, dict) else type(rec)} != {KEYS}")
            continue
        if rec["id"] != rid:
            err(f"{rec['id']}: expected id {rid}")
        if rec["lang"] != lang:
            err(f"{rid}: lang {rec['lang']}")
        if not isinstance(rec["employee_role"], str) or not rec["employee_role"].strip():
            err(f"{rid}: empty employee_role")
        note = rec["note"]
        if not isinstance(note, str) or not note.strip():
            err(f"{rid}: empty note")
            continue
        u = units(note)
        if not 2 <= u <= 6:
            err(f"{rid}: note has ~{u} sentences/bullets (want 2-6)")
        if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", note):
            err(f"{rid}: zh note without Chinese characters")
        obs = rec["observations"]
        if not isinstance(obs, list) or not 1 <= len(obs) <= 4:
            err(f"{rid}: needs 1-4 observations")
            continue
        all_ranges = []

        def locate(span, what):
            if not isinstance(span, str) or not span:
                err(f"{rid}: {what} is not a non-empty string: {span!r}")
                return None
            if span != span.strip():
                err(f"{rid}: {what} has surrounding whitespace: {span!r}")
            c = note.count(span)
            if c != 1:
                err(f"{rid}: {what} occurs {c} times in note: {span!r}")
                return None
            start = note.index(span)
            return (start, start + len(span))

        for k, o in enumerate(obs, 1):
            if not isinstance(o, dict) or set(o.keys()) != OBS_KEYS:
                err(f"{rid} obs{k}: keys {o.keys() if isinstance(o, dict) else o}")
                continue
            ranges = []
            for part in ("behaviour", "situation", "impact"):
                v = o[part]
                if v is None:
                    if part == "behaviour":
                        err(f"{rid} obs{k}: behaviour is null")
                    continue
                r = locate(v, f"obs{k}.{part}")
                if r:
                    ranges.append((r, part))
            for a in range(len(ranges)):
                for b in range(a + 1, len(ranges)):
                    (s1, e1), p1 = ranges[a]
                    (s2, e2), p2 = ranges[b]
                    if s1 < e2 and s2 < e1:
                        err(f"{rid} obs{k}: {p1} and {p2} overlap")
            all_ranges += [r for r, _ in ranges]
        behs = [o.get("behaviour") for o in obs if isinstance(o, dict)]
        if len(set(behs)) != len(behs):
            err(f"{rid}: two observations share a behaviour")
        j = rec["judgements"]
        if not isinstance(j, list):
            err(f"{rid}: judgements is not a list")
            continue
        for t in j:
            r = locate(t, "judgement")
            if r and any(r[0] < e and s < r[1] for s, e in all_ranges):
                err(f"{rid}: judgement overlaps an observation span: {t!r}")
    return data


def counts(records, negatives):
    c = {s: 0 for s in SHAPES}
    neg = 0
    n_obs = 0
    n_judg = 0
    notes_with_j = 0
    for rec in records:
        for k, o in enumerate(rec["observations"], 1):
            c[shape(o)] += 1
            n_obs += 1
            if k in negatives.get(rec["id"], []):
                neg += 1
        n_judg += len(rec["judgements"])
        notes_with_j += bool(rec["judgements"])
    return {"notes": len(records), "observations": n_obs, **c, "negative": neg,
            "judgements": n_judg, "notes_with_judgements": notes_with_j}


def fmt(cnt):
    n = cnt["observations"]
    pct = lambda x: f"{x} ({100 * x / n:.0f}%)" if n else str(x)
    return [
        f"notes: {cnt['notes']}   observations: {n}",
        "observations by shape: " + ", ".join(f"{s} {pct(cnt[s])}" for s in SHAPES),
        f"negative (something went wrong): {pct(cnt['negative'])}",
        f"judgements: {cnt['judgements']} in {cnt['notes_with_judgements']} notes",
    ]


def main():
    check_only = "--check" in sys.argv
    negatives = yaml.safe_load((HERE / "negatives.yaml").read_text(encoding="utf-8")) or {}
    recs = {lang: load(lang) for lang in FILES}
    by_id = {r["id"]: r for lang in recs for r in recs[lang] if isinstance(r, dict) and "id" in r}
    for rid, idx in negatives.items():
        if rid not in by_id:
            err(f"negatives.yaml: unknown id {rid}")
            continue
        for k in idx:
            if not 1 <= k <= len(by_id[rid]["observations"]):
                err(f"negatives.yaml: {rid} has no observation {k}")
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)

    per = {lang: counts(recs[lang], negatives) for lang in FILES}
    total = counts(recs["en"] + recs["zh"], negatives)
    stale = False
    for lang, path in FILES.items():
        header = ["# sbi15 blind set - " + ("English" if lang == "en" else "Chinese") +
                  " notes. Record format and conventions: LABELS.md. Licence: CC BY 4.0.",
                  "# COUNTS (computed by validate.py; do not edit by hand)"]
        header += ["#   " + line for line in fmt(per[lang])]
        text = path.read_text(encoding="utf-8")
        body = re.sub(r"\A(#[^\n]*\n)+", "", text)
        new = "\n".join(header) + "\n" + body
        if new != text:
            stale = True
            if not check_only:
                path.write_text(new, encoding="utf-8")
    labels = HERE / "LABELS.md"
    if labels.exists():
        lt = labels.read_text(encoding="utf-8")
        block = ["<!-- COUNTS:BEGIN (written by validate.py) -->", "", "| | " + " | ".join(
            ["notes", "observations"] + SHAPES + ["negative", "judgements"]) + " |",
            "|---|" + "---|" * (len(SHAPES) + 4)]
        for name, cnt in (("English", per["en"]), ("Chinese", per["zh"]), ("Total", total)):
            n = cnt["observations"]
            cells = [str(cnt["notes"]), str(n)] + [f"{cnt[s]} ({100 * cnt[s] / n:.0f}%)" for s in SHAPES] + [
                f"{cnt['negative']} ({100 * cnt['negative'] / n:.0f}%)", str(cnt["judgements"])]
            block.append(f"| {name} | " + " | ".join(cells) + " |")
        block += ["", "<!-- COUNTS:END -->"]
        new_lt = re.sub(r"<!-- COUNTS:BEGIN.*?<!-- COUNTS:END -->", "\n".join(block), lt, flags=re.S)
        if new_lt != lt:
            stale = True
            if not check_only:
                labels.write_text(new_lt, encoding="utf-8")
    for name, cnt in (("en", per["en"]), ("zh", per["zh"]), ("total", total)):
        print(f"[{name}]", " | ".join(fmt(cnt)))
    if check_only and stale:
        print("count headers are stale: run without --check")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
