#!/usr/bin/env python3
"""Validator for blind set blind29 (manager notes with flagged wording).

Python 3 + PyYAML only. Run from anywhere:

    python3 validate.py            # checks notes_en.yaml and notes_zh.yaml next to this file

Checks
- structure of every record (keys, id pattern and order, lang, role, note, flags)
- every flag: category in the allowed set, subtype present iff category == biased,
  text is an exact substring that occurs exactly once in the note, no overlap with
  another flag of the same note
- no note contains an example phrase quoted in the label definitions
- counts: 45 notes, 15 clean, about 60 flags (50..70), biased about a third
  (27%..40%), every biased subtype present, every category present
- the counts written in the file's comment header ("# counts: ...") equal the
  counts computed from the records
- span length: warning (not failure) outside 1-7 English words / 2-10 Chinese units
Exit code 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 70)
BIASED_SHARE = (0.27, 0.40)

# Example phrases quoted in the label definitions: no note may contain them.
# Compared case-insensitively as substrings (so "never" also bars "nevertheless").
FORBIDDEN = [
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高",
    "proactive: she flagged the outage risk",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "35岁了", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人",
    "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    "never", "always", "every time", "constantly",
    "从来不", "每次都", "总是", "一直",
    "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错", "he never calls back", "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 march to 30 june",
    "since becoming a mother she is less committed",
]

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")


def span_units(text, lang):
    if lang == "en":
        return len(text.split())
    # Chinese: one unit per CJK character plus one per latin word / number
    return len(CJK.findall(text)) + len(LATIN_WORD.findall(text))


def compute_counts(records):
    c = {"notes": len(records), "clean": 0, "flagged": 0, "flags": 0}
    for k in sorted(CATEGORIES) + sorted(SUBTYPES):
        c[k] = 0
    for r in records:
        flags = r.get("flags") or []
        if flags:
            c["flagged"] += 1
        else:
            c["clean"] += 1
        for f in flags:
            c["flags"] += 1
            cat = f.get("category")
            if cat in CATEGORIES:
                c[cat] += 1
            if cat == "biased" and f.get("subtype") in SUBTYPES:
                c[f["subtype"]] += 1
    return c


def parse_header_counts(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*counts:\s*(.*)$", line.strip())
            if m:
                out = {}
                for part in m.group(1).split():
                    if "=" in part:
                        k, v = part.split("=", 1)
                        out[k.strip()] = int(v.strip().rstrip(","))
                return out
    return None


def check_file(fname, lang):
    errors, warnings = [], []
    path = os.path.join(HERE, fname)
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if not raw.startswith("#"):
        errors.append(f"{fname}: file must open with a comment header")
    for needed in ("counts:", "sources", "licen"):
        head = "\n".join(l for l in raw.splitlines() if l.startswith("#")).lower()
        if needed not in head:
            errors.append(f"{fname}: header lacks '{needed}'")
    records = yaml.safe_load(raw)
    if not isinstance(records, list):
        return [f"{fname}: top level must be a list"], warnings, None

    for i, r in enumerate(records, 1):
        want_id = f"b29n-{lang}-{i:03d}"
        where = f"{fname}:{r.get('id', '#' + str(i)) if isinstance(r, dict) else i}"
        if not isinstance(r, dict):
            errors.append(f"{where}: record is not a mapping")
            continue
        keys = set(r)
        if not REQUIRED_KEYS <= keys:
            errors.append(f"{where}: missing keys {sorted(REQUIRED_KEYS - keys)}")
        if keys - RECORD_KEYS:
            errors.append(f"{where}: unknown keys {sorted(keys - RECORD_KEYS)}")
        if r.get("id") != want_id:
            errors.append(f"{where}: id should be {want_id}")
        if r.get("lang") != lang:
            errors.append(f"{where}: lang should be {lang}")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            errors.append(f"{where}: employee_role must be a non-empty string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note must be a non-empty string")
            continue
        if "why" in r and not isinstance(r["why"], str):
            errors.append(f"{where}: why must be a string")
        low = note.lower()
        for p in FORBIDDEN:
            if p.lower() in low:
                errors.append(f"{where}: note contains definition example phrase {p!r}")
        if lang == "zh" and (len(CJK.findall(note)) < 20 or len(CJK.findall(note)) < 0.2 * len(re.sub(r"\s", "", note))):
            errors.append(f"{where}: zh note has too little Chinese text")
        flags = r.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list ([] when clean)")
            continue
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append(f"{where}: flag is not a mapping: {f!r}")
                continue
            fk = set(f)
            if not {"text", "category"} <= fk or fk - {"text", "category", "subtype"}:
                errors.append(f"{where}: flag keys wrong: {sorted(fk)}")
            t, cat = f.get("text"), f.get("category")
            if cat not in CATEGORIES:
                errors.append(f"{where}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{where}: biased flag {t!r} needs subtype in {sorted(SUBTYPES)}")
            elif "subtype" in f:
                errors.append(f"{where}: subtype only allowed for biased ({t!r})")
            if not isinstance(t, str) or not t:
                errors.append(f"{where}: flag text empty")
                continue
            n = note.count(t)
            if n != 1:
                errors.append(f"{where}: flag text {t!r} occurs {n} times in note (must be 1)")
                continue
            start = note.index(t)
            spans.append((start, start + len(t), t))
            u = span_units(t, lang)
            lo, hi = (1, 7) if lang == "en" else (2, 10)
            if not lo <= u <= hi:
                warnings.append(f"{where}: span {t!r} has {u} units (guide {lo}-{hi})")
            if (lang == "en" and u > 12) or (lang == "zh" and u > 16):
                errors.append(f"{where}: span {t!r} far too long ({u})")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: flags overlap: {a[2]!r} / {b[2]!r}")

    counts = compute_counts(records)
    if counts["notes"] != N_NOTES:
        errors.append(f"{fname}: {counts['notes']} notes, want {N_NOTES}")
    if counts["clean"] != N_CLEAN:
        errors.append(f"{fname}: {counts['clean']} clean notes, want {N_CLEAN}")
    if not FLAG_RANGE[0] <= counts["flags"] <= FLAG_RANGE[1]:
        errors.append(f"{fname}: {counts['flags']} flags, want about 60 ({FLAG_RANGE})")
    if counts["flags"]:
        share = counts["biased"] / counts["flags"]
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            errors.append(f"{fname}: biased share {share:.2f} outside {BIASED_SHARE}")
    for k in sorted(CATEGORIES) + sorted(SUBTYPES):
        if counts[k] == 0:
            errors.append(f"{fname}: no flags of {k}")
    header = parse_header_counts(path)
    if header is None:
        errors.append(f"{fname}: no '# counts:' line in header")
    else:
        for k, v in counts.items():
            if header.get(k) != v:
                errors.append(f"{fname}: header says {k}={header.get(k)}, records give {v}")
    return errors, warnings, counts


def main():
    all_err = []
    for fname, lang in (("notes_en.yaml", "en"), ("notes_zh.yaml", "zh")):
        errs, warns, counts = check_file(fname, lang)
        all_err += errs
        for w in warns:
            print("WARN ", w)
        if counts:
            print(f"{fname}: " + " ".join(f"{k}={v}" for k, v in counts.items()))
    for e in all_err:
        print("ERROR", e)
    ids = set()
    for fname in ("notes_en.yaml", "notes_zh.yaml"):
        with open(os.path.join(HERE, fname), encoding="utf-8") as fh:
            for r in yaml.safe_load(fh) or []:
                if isinstance(r, dict):
                    if r.get("id") in ids:
                        all_err.append(f"duplicate id {r.get('id')}")
                        print("ERROR duplicate id", r.get("id"))
                    ids.add(r.get("id"))
    print("OK" if not all_err else f"FAILED ({len(all_err)} errors)")
    return 0 if not all_err else 1


if __name__ == "__main__":
    sys.exit(main())
