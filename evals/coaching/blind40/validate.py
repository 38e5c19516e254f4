#!/usr/bin/env python3
"""Validate the blind40 manager-note set (notes_en.yaml, notes_zh.yaml).

Python 3 + PyYAML only.  Usage:  python3 validate.py  [folder]
Exit code 0 when every check passes, 1 otherwise.

Checks
  * structure: list of records with id, lang, employee_role, note, flags (+ optional why), no other keys
  * ids b40n-<lang>-001 ... -045 in order, lang matches file
  * category in {vague, personality, biased, absolute}; subtype required for biased only,
    in {age, gender, family, origin, health, coded}
  * every flag text occurs exactly once in its note and flags of one note do not overlap
  * counts: 45 notes, 15 clean per language; 50-75 flags per language; biased 25-45 % of flags;
    every category and every biased subtype present in each language
  * the comment header of each file states the counts the validator computes (line starting "# counts")
    and names sources and the licence
  * no note contains, as a whole, one of the example phrases quoted in the label definitions
    (the single common words never/always/constantly/every time/总是/一直/从来 etc. are allowed)
  * warnings (not errors) for unusually long spans
"""
import os
import re
import sys

import yaml

CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
ALLOWED_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 75)
BIASED_SHARE = (0.25, 0.45)

# Example phrases quoted in the brief's label definitions; notes must not copy them as wholes.
# (Single common words such as never / always / 总是 / 一直 are explicitly allowed.)
BANNED_EN = [
    "good attitude", "too old to learn", "needs to be more proactive", "great team player",
    "not strategic enough", "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "for a woman", "bossy", "has kids so can't travel", "not a native speaker so",
    "his depression", "not leadership material", "not a culture fit", "never meets deadlines",
    "has not missed a single deadline", "always prepared for client calls",
    "he never calls back", "she is not lazy at all",
    "proactive: she flagged the outage risk", "since becoming a mother",
    "on parental leave from 3 march to 30 june",
]
BANNED_ZH = [
    "不够主动", "女生就是细心", "态度不错", "能力一般", "有待提高", "脾气差", "性格太内向",
    "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "35岁了", "刚生完孩子精力不够", "外地人",
    "有乙肝", "不像做管理的料", "每次都迟到", "从没出过错", "并不是不主动",
]


def load(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    header = []
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line)
        else:
            break
    return header, yaml.safe_load(text)


def check_file(path, lang, errors, warnings):
    header, data = load(path)
    tag = os.path.basename(path)
    if not isinstance(data, list):
        errors.append(f"{tag}: top level is not a list")
        return None
    if len(data) != N_NOTES:
        errors.append(f"{tag}: {len(data)} records, expected {N_NOTES}")

    cat_counts = {c: 0 for c in CATEGORIES}
    sub_counts = {s: 0 for s in SUBTYPES}
    n_clean = 0
    n_flags = 0
    banned = BANNED_EN if lang == "en" else BANNED_ZH

    for i, rec in enumerate(data, 1):
        rid = rec.get("id", f"#{i}") if isinstance(rec, dict) else f"#{i}"
        if not isinstance(rec, dict):
            errors.append(f"{tag} {rid}: record is not a mapping")
            continue
        extra = set(rec) - ALLOWED_KEYS
        missing = {"id", "lang", "employee_role", "note", "flags"} - set(rec)
        if extra:
            errors.append(f"{tag} {rid}: unexpected keys {sorted(extra)}")
        if missing:
            errors.append(f"{tag} {rid}: missing keys {sorted(missing)}")
            continue
        want_id = f"b40n-{lang}-{i:03d}"
        if rec["id"] != want_id:
            errors.append(f"{tag}: record {i} has id {rec['id']!r}, expected {want_id!r}")
        if rec["lang"] != lang:
            errors.append(f"{tag} {rid}: lang {rec['lang']!r}, expected {lang!r}")
        for key in ("employee_role", "note"):
            if not isinstance(rec[key], str) or not rec[key].strip():
                errors.append(f"{tag} {rid}: {key} must be a non-empty string")
        if "why" in rec and (not isinstance(rec["why"], str) or not rec["why"].strip()):
            errors.append(f"{tag} {rid}: why must be a non-empty string when present")
        note = rec["note"] if isinstance(rec["note"], str) else ""
        low = note.lower()
        for b in banned:
            if b.lower() in low:
                errors.append(f"{tag} {rid}: note copies definition example phrase {b!r}")

        flags = rec["flags"]
        if not isinstance(flags, list):
            errors.append(f"{tag} {rid}: flags must be a list")
            continue
        if not flags:
            n_clean += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append(f"{tag} {rid}: flag is not a mapping: {f!r}")
                continue
            fx = set(f) - {"text", "category", "subtype"}
            if fx:
                errors.append(f"{tag} {rid}: flag has unexpected keys {sorted(fx)}")
            text = f.get("text")
            cat = f.get("category")
            sub = f.get("subtype")
            if not isinstance(text, str) or not text:
                errors.append(f"{tag} {rid}: flag text missing")
                continue
            if cat not in CATEGORIES:
                errors.append(f"{tag} {rid}: bad category {cat!r} for {text!r}")
            else:
                cat_counts[cat] += 1
            if cat == "biased":
                if sub not in SUBTYPES:
                    errors.append(f"{tag} {rid}: biased flag {text!r} needs subtype in {sorted(SUBTYPES)}")
                else:
                    sub_counts[sub] += 1
            elif sub is not None:
                errors.append(f"{tag} {rid}: subtype given for non-biased flag {text!r}")
            n_occ = note.count(text)
            if n_occ != 1:
                errors.append(f"{tag} {rid}: flag text {text!r} occurs {n_occ} times in note (must be 1)")
                continue
            if "\n" in text:
                errors.append(f"{tag} {rid}: flag text {text!r} spans a line break")
            start = note.index(text)
            spans.append((start, start + len(text), text))
            n_flags += 1
            size = len(text.split()) if lang == "en" else len(re.sub(r"\s", "", text))
            if (lang == "en" and size > 9) or (lang == "zh" and size > 16):
                warnings.append(f"{tag} {rid}: long span ({size}) {text!r}")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f"{tag} {rid}: flags {t1!r} and {t2!r} overlap")

    # counts
    if n_clean != N_CLEAN:
        errors.append(f"{tag}: {n_clean} clean notes, expected {N_CLEAN}")
    if not FLAG_RANGE[0] <= n_flags <= FLAG_RANGE[1]:
        errors.append(f"{tag}: {n_flags} flags, expected {FLAG_RANGE[0]}-{FLAG_RANGE[1]}")
    for c, n in cat_counts.items():
        if n == 0:
            errors.append(f"{tag}: no flags of category {c}")
    for s, n in sub_counts.items():
        if n == 0:
            errors.append(f"{tag}: no biased flags of subtype {s}")
    if n_flags:
        share = cat_counts["biased"] / n_flags
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            errors.append(f"{tag}: biased share {share:.2f} outside {BIASED_SHARE}")

    counts_line = (
        f"notes={len(data)} clean={n_clean} flagged={len(data) - n_clean} flags={n_flags} "
        f"vague={cat_counts['vague']} personality={cat_counts['personality']} "
        f"absolute={cat_counts['absolute']} biased={cat_counts['biased']} "
        f"(age={sub_counts['age']} gender={sub_counts['gender']} family={sub_counts['family']} "
        f"origin={sub_counts['origin']} health={sub_counts['health']} coded={sub_counts['coded']})"
    )
    stated = [h for h in header if h.startswith("# counts")]
    if not stated:
        errors.append(f"{tag}: header has no '# counts' line")
    elif counts_line not in stated[0]:
        errors.append(f"{tag}: header counts differ from computed counts:\n    header:   {stated[0]}\n"
                      f"    computed: {counts_line}")
    head = "\n".join(header).lower()
    if "source" not in head:
        errors.append(f"{tag}: header does not name sources")
    if "cc by 4.0" not in head:
        errors.append(f"{tag}: header does not state the licence (CC BY 4.0)")
    return counts_line


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, warnings = [], []
    for lang in ("en", "zh"):
        path = os.path.join(folder, f"notes_{lang}.yaml")
        if not os.path.exists(path):
            errors.append(f"missing {path}")
            continue
        counts = check_file(path, lang, errors, warnings)
        if counts:
            print(f"{lang}: {counts}")
    for name in ("LABELS.md",):
        if not os.path.exists(os.path.join(folder, name)):
            errors.append(f"missing {name}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
