#!/usr/bin/env python3
"""Validate blind set blind28 (manager notes with flagged wording).

Usage:
    python3 validate.py            # check both files, exit 1 on any error
    python3 validate.py --header   # print the machine-checked count lines for each file

Needs Python 3 and PyYAML only.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 72)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.42)    # "biased about one third"
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
FLAG_KEYS = {"text", "category", "subtype"}
HEADER_NEEDS = ("source", "licen")  # header must name sources and the licence

# Example phrases quoted in the label definitions of the brief; no note may contain them.
BANNED_EN = [
    "good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant", "too old to learn", "for a woman",
    "bossy", "has kids so can't travel", "not a native speaker so", "his depression",
    "not leadership material", "not a culture fit", "never", "always", "every time", "constantly",
    "never meets deadlines", "has not missed a single deadline", "always prepared for client calls",
    "he never calls back", "she is not lazy at all", "proactive: she flagged the outage risk",
    "since becoming a mother", "on parental leave from 3 march to 30 june",
]
BANNED_ZH = [
    "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "35岁了", "女生就是细心", "刚生完孩子精力不够", "外地人", "有乙肝",
    "不像做管理的料", "从来不", "每次都", "总是", "一直", "每次都迟到", "从没出过错", "并不是不主动",
]

CJK = re.compile(r"[\u3400-\u9fff]")


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


def compute_counts(records):
    c = {"notes": len(records), "clean": 0, "flagged": 0, "flags": 0}
    c.update({k: 0 for k in CATEGORIES})
    sub = {k: 0 for k in SUBTYPES}
    for r in records:
        flags = r.get("flags") or []
        if flags:
            c["flagged"] += 1
        else:
            c["clean"] += 1
        for f in flags:
            c["flags"] += 1
            cat = f.get("category")
            if cat in c:
                c[cat] += 1
            if cat == "biased" and f.get("subtype") in sub:
                sub[f["subtype"]] += 1
    return c, sub


def header_lines(c, sub):
    return [
        "# counts: " + " ".join(f"{k}={c[k]}" for k in
                                ("notes", "clean", "flagged", "flags") + CATEGORIES),
        "# biased subtypes: " + " ".join(f"{k}={sub[k]}" for k in SUBTYPES),
    ]


def parse_kv(line):
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", line)}


def check_file(lang, fname, errors):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return None
    header, records = load(path)

    def err(msg):
        errors.append(f"{fname}: {msg}")

    if not isinstance(records, list):
        err("top level is not a YAML list")
        return None
    if not header:
        err("no comment header")
    htext = "\n".join(header).lower()
    for need in HEADER_NEEDS:
        if need not in htext:
            err(f"header does not mention '{need}'")

    seen = set()
    banned = BANNED_EN if lang == "en" else BANNED_ZH
    for i, r in enumerate(records, 1):
        want_id = f"b28n-{lang}-{i:03d}"
        if not isinstance(r, dict):
            err(f"record {i} is not a mapping")
            continue
        rid = r.get("id", f"#{i}")
        missing = REQUIRED_KEYS - set(r)
        extra = set(r) - RECORD_KEYS
        if missing:
            err(f"{rid}: missing keys {sorted(missing)}")
        if extra:
            err(f"{rid}: unknown keys {sorted(extra)}")
        if rid != want_id:
            err(f"{rid}: expected id {want_id}")
        if rid in seen:
            err(f"{rid}: duplicate id")
        seen.add(rid)
        if r.get("lang") != lang:
            err(f"{rid}: lang must be {lang}")
        for key in ("employee_role", "note"):
            if not isinstance(r.get(key), str) or not r.get(key).strip():
                err(f"{rid}: {key} must be a non-empty string")
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
            err(f"{rid}: why must be a non-empty string when present")
        note = r.get("note") if isinstance(r.get("note"), str) else ""
        if lang == "zh" and not CJK.search(note):
            err(f"{rid}: Chinese note has no CJK characters")
        if lang == "en" and CJK.search(note):
            err(f"{rid}: English note contains CJK characters")
        for phrase in banned:
            if lang == "en":
                # whole-word match, so e.g. "whenever" does not count as "never"
                hit = re.search(r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])", note, re.I)
            else:
                hit = phrase in note
            if hit:
                err(f"{rid}: note contains a phrase quoted in the definitions: {phrase!r}")

        flags = r.get("flags")
        if not isinstance(flags, list):
            err(f"{rid}: flags must be a list ([] when clean)")
            continue
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                err(f"{rid}: flag is not a mapping: {f!r}")
                continue
            extra = set(f) - FLAG_KEYS
            if extra:
                err(f"{rid}: flag has unknown keys {sorted(extra)}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                err(f"{rid}: flag text missing")
                continue
            if cat not in CATEGORIES:
                err(f"{rid}: bad category {cat!r} for {text!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{rid}: biased flag {text!r} needs subtype in {SUBTYPES}")
            elif "subtype" in f:
                err(f"{rid}: subtype only allowed on biased flags ({text!r})")
            n = note.count(text)
            if n != 1:
                err(f"{rid}: flag text {text!r} occurs {n} times in note (must be exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"{rid}: flags overlap: {a[2]!r} / {b[2]!r}")

    c, sub = compute_counts(records)
    # targets from the brief
    if c["notes"] != N_NOTES:
        err(f"{c['notes']} notes, expected {N_NOTES}")
    if c["clean"] != N_CLEAN:
        err(f"{c['clean']} clean notes, expected {N_CLEAN}")
    if not FLAG_RANGE[0] <= c["flags"] <= FLAG_RANGE[1]:
        err(f"{c['flags']} flags, expected {FLAG_RANGE[0]}-{FLAG_RANGE[1]}")
    if c["flags"]:
        share = c["biased"] / c["flags"]
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            err(f"biased share {share:.2f} outside {BIASED_SHARE}")
    for k in CATEGORIES:
        if c[k] == 0:
            err(f"no {k} flags")
    for k in SUBTYPES:
        if sub[k] == 0:
            err(f"no biased/{k} flags")
    # header must state the computed counts
    want = header_lines(c, sub)
    for wline in want:
        prefix = wline.split(":")[0] + ":"
        got = [h for h in header if h.startswith(prefix)]
        if not got:
            err(f"header lacks line '{prefix} ...'")
        elif parse_kv(got[0]) != parse_kv(wline):
            err(f"header counts stale: has '{got[0]}', computed '{wline}'")
    return c, sub


def main():
    errors = []
    results = {}
    for lang, fname in FILES.items():
        res = check_file(lang, fname, errors)
        if res:
            results[lang] = res
    if "--header" in sys.argv:
        for lang, (c, sub) in results.items():
            print(f"[{FILES[lang]}]")
            print("\n".join(header_lines(c, sub)))
        return 0
    for lang, (c, sub) in results.items():
        print(f"{FILES[lang]}: " + ", ".join(f"{k}={v}" for k, v in c.items())
              + " | " + ", ".join(f"{k}={v}" for k, v in sub.items()))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
