#!/usr/bin/env python3
"""Validator for blind set blind39 (manager notes with flagged wording).

Checks structure, ids, flag spans, categories/subtypes, target counts, that the
notes do not reuse the example phrases quoted in the label definitions, and that
each YAML file's header comment states the counts the file actually has.

Usage:  python3 validate.py            # validate both files (exit code 0 = pass)
        python3 validate.py --counts   # print the counts line for each file
Requires Python 3 and PyYAML only.
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
PREFIX = "b39n"
N_NOTES = 45
N_CLEAN = 15
FLAGS_RANGE = (50, 80)          # "about 60 flags per language"
BIASED_SHARE = (0.25, 0.42)     # "biased about one third"
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
ALLOWED_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
MAX_SPAN_EN_WORDS = 10
MAX_SPAN_ZH_CHARS = 16
CJK = re.compile(r"[\u3400-\u9fff]")

# Example phrases quoted in the label definitions: no note may reuse them whole.
BANNED = [
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "abrasive", "aggressive", "emotional", "lazy",
    "arrogant", "too old to learn", "for a woman", "bossy",
    "has kids so can't travel", "not a native speaker", "his depression",
    "not leadership material", "not a culture fit", "never meets deadlines",
    "has not missed a single deadline", "always prepared for client calls",
    "not lazy at all", "since becoming a mother", "flagged the outage risk",
    "he never calls back", "parental leave from 3 march",
    "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向",
    "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "35岁了", "女生就是细心",
    "刚生完孩子精力不够", "有乙肝", "外地人", "不像做管理的料", "每次都迟到",
    "从没出过错", "并不是不主动",
]


def zh_span_len(text):
    """Length of a Chinese span: CJK characters plus Latin/digit words (code-mixing)."""
    return len(CJK.findall(text)) + len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'+.-]*", text))


def compute_counts(records):
    c = Counter()
    c["notes"] = len(records)
    for r in records:
        flags = r.get("flags") or []
        c["clean" if not flags else "flagged"] += 1
        for f in flags:
            c["flags"] += 1
            c[f.get("category")] += 1
            if f.get("category") == "biased":
                c[f.get("subtype")] += 1
    return c


def counts_line(c):
    keys = ["notes", "clean", "flagged", "flags", *CATEGORIES, *SUBTYPES]
    return " ".join(f"{k}={c.get(k, 0)}" for k in keys)


def header_lines(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                out.append(line.rstrip("\n"))
            elif line.strip() == "":
                continue
            else:
                break
    return out


def check_file(lang, fname, errors):
    path = os.path.join(HERE, fname)
    def err(msg):
        errors.append(f"{fname}: {msg}")

    if not os.path.exists(path):
        err("missing")
        return None
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        err("top level must be a YAML list")
        return None
    if len(data) != N_NOTES:
        err(f"expected {N_NOTES} records, found {len(data)}")

    expected_ids = [f"{PREFIX}-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    seen = set()
    for idx, r in enumerate(data):
        where = f"record #{idx + 1}"
        if not isinstance(r, dict):
            err(f"{where}: not a mapping")
            continue
        rid = r.get("id")
        where = f"{rid or where}"
        missing = REQUIRED_KEYS - set(r)
        extra = set(r) - ALLOWED_KEYS
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
        if extra:
            err(f"{where}: unexpected keys {sorted(extra)}")
        if idx < len(expected_ids) and rid != expected_ids[idx]:
            err(f"{where}: id out of sequence, expected {expected_ids[idx]}")
        if rid in seen:
            err(f"{where}: duplicate id")
        seen.add(rid)
        if r.get("lang") != lang:
            err(f"{where}: lang must be {lang!r}")
        role = r.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            err(f"{where}: employee_role must be a non-empty string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: note must be a non-empty string")
            continue
        if lang == "zh" and not CJK.search(note):
            err(f"{where}: Chinese note contains no CJK characters")
        if lang == "en" and CJK.search(note):
            err(f"{where}: English note contains CJK characters")
        low = note.lower()
        for b in BANNED:
            if b.lower() in low:
                err(f"{where}: note reuses a definition example phrase ({b!r})")
        if "why" in r and not (isinstance(r["why"], str) and r["why"].strip()):
            err(f"{where}: why must be a non-empty string when present")

        flags = r.get("flags")
        if not isinstance(flags, list):
            err(f"{where}: flags must be a list ([] when clean)")
            continue
        spans = []
        for j, f in enumerate(flags):
            fw = f"{where} flag {j + 1}"
            if not isinstance(f, dict):
                err(f"{fw}: not a mapping")
                continue
            fextra = set(f) - {"text", "category", "subtype"}
            if fextra:
                err(f"{fw}: unexpected keys {sorted(fextra)}")
            text = f.get("text")
            cat = f.get("category")
            if not isinstance(text, str) or not text:
                err(f"{fw}: text must be a non-empty string")
                continue
            if text != text.strip():
                err(f"{fw}: text has leading/trailing whitespace")
            if cat not in CATEGORIES:
                err(f"{fw}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{fw}: biased flag needs subtype in {SUBTYPES}")
            elif "subtype" in f:
                err(f"{fw}: subtype is only allowed for biased")
            n = note.count(text)
            if n != 1:
                err(f"{fw}: text {text!r} occurs {n} times in note (must be exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            if lang == "en" and len(text.split()) > MAX_SPAN_EN_WORDS:
                err(f"{fw}: span longer than {MAX_SPAN_EN_WORDS} words")
            if lang == "zh" and zh_span_len(text) > MAX_SPAN_ZH_CHARS:
                err(f"{fw}: span longer than {MAX_SPAN_ZH_CHARS} characters")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"{where}: flags overlap ({a[2]!r} / {b[2]!r})")

    c = compute_counts(data)
    if c["clean"] != N_CLEAN:
        err(f"expected {N_CLEAN} clean notes, found {c['clean']}")
    lo, hi = FLAGS_RANGE
    if not lo <= c["flags"] <= hi:
        err(f"flag total {c['flags']} outside {FLAGS_RANGE}")
    for cat in CATEGORIES:
        if c[cat] == 0:
            err(f"no flags of category {cat}")
    for st in SUBTYPES:
        if c[st] == 0:
            err(f"no biased flags of subtype {st}")
    if c["flags"]:
        share = c["biased"] / c["flags"]
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            err(f"biased share {share:.2f} outside {BIASED_SHARE}")

    head = header_lines(path)
    head_text = "\n".join(head)
    m = re.search(r"^# counts: (.*)$", head_text, re.M)
    if not m:
        err("header comment has no '# counts: ...' line")
    elif m.group(1).strip() != counts_line(c):
        err(f"header counts do not match data; expected: # counts: {counts_line(c)}")
    if "CC BY 4.0" not in head_text:
        err("header must state the licence (CC BY 4.0)")
    if "http" not in head_text:
        err("header must list the public sources consulted (with URLs)")
    return c


def main():
    errors = []
    results = {}
    for lang, fname in FILES.items():
        results[lang] = check_file(lang, fname, errors)
    labels = os.path.join(HERE, "LABELS.md")
    if not os.path.exists(labels):
        errors.append("LABELS.md: missing")
    else:
        with open(labels, encoding="utf-8") as fh:
            txt = fh.read()
        for needle in ("CC BY 4.0", "vague", "personality", "biased", "absolute"):
            if needle not in txt:
                errors.append(f"LABELS.md: does not mention {needle!r}")
        for lang, c in results.items():
            if c is not None and counts_line(c) not in txt:
                errors.append(f"LABELS.md: counts line for {lang} missing or stale: {counts_line(c)}")

    if "--counts" in sys.argv:
        for lang, c in results.items():
            if c is not None:
                print(f"{lang}: {counts_line(c)}")
    if errors:
        print(f"FAIL ({len(errors)} problems)")
        for e in errors:
            print(" -", e)
        return 1
    print("OK: both files pass")
    for lang, c in results.items():
        print(f"  {lang}: {counts_line(c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
