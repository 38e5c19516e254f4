#!/usr/bin/env python3
"""Structure and count checker for the blind43 coaching evaluation set.

Usage:
    python3 validate.py                # run all checks, exit 0 when they pass
    python3 validate.py --print-counts # print the "# counts" header line per file

Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
PREFIX = "b43n"

N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
FLAGS_MIN, FLAGS_MAX = 50, 75
BIASED_MIN, BIASED_MAX = 0.25, 0.45

CATEGORIES = ["vague", "personality", "biased", "absolute"]
SUBTYPES = ["age", "gender", "family", "origin", "health", "coded"]
NOTE_KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
NOTE_KEYS_OPTIONAL = {"why"}
FLAG_KEYS = {"text", "category", "subtype"}

# Example phrases quoted in the label definitions. No note may contain one of
# them as a whole. The single common words never / always / constantly /
# every time / 总是 / 一直 / 从来 are allowed and are therefore not listed.
EXAMPLE_PHRASES = [
    # vague
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "态度不错", "不够主动", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    # personality
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    # biased
    "too old to learn", "年轻人就是浮躁", "35 岁了", "35岁了",
    "女生就是细心", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel",
    "外地人", "not a native speaker so",
    "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    # absolute
    "never meets deadlines", "每次都迟到", "从来不", "每次都",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错",
    # context rules
    "he never calls back", "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 March to 30 June",
    "the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

# Characters that exist only in traditional script (their simplified forms differ).
TRADITIONAL_ONLY = set("績個專員財達經過數幾歲營業們說話這還會麼從來對時間處學習實現點問題確認繼續")
CJK = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    return re.sub(r"\s+", "", s).lower()


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, yaml.safe_load(text)


def compute_counts(records):
    c = {"notes": len(records), "clean": 0, "flagged": 0, "flags": 0}
    c.update({k: 0 for k in CATEGORIES})
    c.update({k: 0 for k in SUBTYPES})
    for r in records:
        flags = r.get("flags") or []
        if flags:
            c["flagged"] += 1
        else:
            c["clean"] += 1
        for fl in flags:
            c["flags"] += 1
            cat = fl.get("category")
            if cat in c:
                c[cat] += 1
            if cat == "biased" and fl.get("subtype") in c:
                c[fl["subtype"]] += 1
    return c


def counts_line(c):
    share = 100.0 * c["biased"] / c["flags"] if c["flags"] else 0.0
    return (
        "# counts: notes={notes} clean={clean} flagged={flagged} flags={flags} | "
        "vague={vague} personality={personality} biased={biased} absolute={absolute} | "
        "biased: age={age} gender={gender} family={family} origin={origin} "
        "health={health} coded={coded} | biased_share={share:.1f}%"
    ).format(share=share, **c)


def check_file(lang, fname, errors):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return None
    text, records = load(path)

    def err(msg):
        errors.append(f"{fname}: {msg}")

    # header
    header = []
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    if not header:
        err("no comment header at top of file")
    counts_lines = [h for h in header if h.startswith("# counts")]
    if len(counts_lines) != 1:
        err("header must contain exactly one line starting '# counts'")
    if not any("licence: CC BY 4.0" in h for h in header):
        err("header must contain 'licence: CC BY 4.0'")
    if not any("sources" in h.lower() for h in header):
        err("header must name the sources consulted")

    if not isinstance(records, list):
        err("top level must be a list of records")
        return None
    if len(records) != N_NOTES:
        err(f"expected {N_NOTES} notes, found {len(records)}")

    expected_ids = [f"{PREFIX}-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    seen_notes = set()
    for i, r in enumerate(records):
        where = f"record {i + 1}"
        if not isinstance(r, dict):
            err(f"{where}: not a mapping")
            continue
        rid = r.get("id")
        where = str(rid)
        keys = set(r.keys())
        missing = NOTE_KEYS_REQUIRED - keys
        extra = keys - NOTE_KEYS_REQUIRED - NOTE_KEYS_OPTIONAL
        if missing:
            err(f"{where}: missing keys {sorted(missing)}")
        if extra:
            err(f"{where}: unexpected keys {sorted(extra)}")
        if i < len(expected_ids) and rid != expected_ids[i]:
            err(f"{where}: id out of sequence, expected {expected_ids[i]}")
        if r.get("lang") != lang:
            err(f"{where}: lang must be '{lang}'")
        role = r.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            err(f"{where}: employee_role must be a non-empty string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: note must be a non-empty string")
            continue
        if note in seen_notes:
            err(f"{where}: duplicate note text")
        seen_notes.add(note)
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
            err(f"{where}: why, when present, must be a non-empty string")

        has_cjk = bool(CJK.search(note))
        if lang == "zh" and not has_cjk:
            err(f"{where}: Chinese note has no Chinese characters")
        if lang == "en" and has_cjk:
            err(f"{where}: English note contains Chinese characters")

        # length: 2-7 sentences or bullets (rough count)
        if lang == "en":
            units = [u for u in re.split(r"(?<=[.!?])\s+|\n", note) if u.strip()]
        else:
            units = [u for u in re.split(r"[。！？!?\n]", note) if u.strip()]
        if not 2 <= len(units) <= 8:
            err(f"{where}: note should have 2-7 sentences or bullets (found ~{len(units)})")

        # example phrases from the definitions
        low, nlow = note.lower(), norm(note)
        for ph in EXAMPLE_PHRASES:
            if ph.lower() in low or norm(ph) in nlow:
                err(f"{where}: note contains a definition example phrase: {ph!r}")

        flags = r.get("flags")
        if not isinstance(flags, list):
            err(f"{where}: flags must be a list ([] when clean)")
            continue
        spans = []
        for fl in flags:
            if not isinstance(fl, dict):
                err(f"{where}: flag is not a mapping")
                continue
            fk = set(fl.keys())
            if not {"text", "category"} <= fk or fk - FLAG_KEYS:
                err(f"{where}: flag keys must be text, category[, subtype]: {sorted(fk)}")
            t = fl.get("text")
            cat = fl.get("category")
            if cat not in CATEGORIES:
                err(f"{where}: bad category {cat!r}")
            if cat == "biased":
                if fl.get("subtype") not in SUBTYPES:
                    err(f"{where}: biased flag needs a subtype from {SUBTYPES}: {t!r}")
            elif "subtype" in fl:
                err(f"{where}: subtype only allowed for biased flags: {t!r}")
            if not isinstance(t, str) or not t.strip():
                err(f"{where}: empty flag text")
                continue
            if t != t.strip():
                err(f"{where}: flag text has leading/trailing whitespace: {t!r}")
            n = note.count(t)
            if n != 1:
                err(f"{where}: flag text must occur exactly once in note (found {n}): {t!r}")
                continue
            start = note.index(t)
            spans.append((start, start + len(t), t))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(f"{where}: overlapping flags {a[2]!r} and {b[2]!r}")

    c = compute_counts(records)
    if c["clean"] != N_CLEAN:
        err(f"expected {N_CLEAN} clean notes, found {c['clean']}")
    if c["flagged"] != N_FLAGGED:
        err(f"expected {N_FLAGGED} flagged notes, found {c['flagged']}")
    if not FLAGS_MIN <= c["flags"] <= FLAGS_MAX:
        err(f"total flags {c['flags']} outside {FLAGS_MIN}-{FLAGS_MAX}")
    if c["flags"]:
        share = c["biased"] / c["flags"]
        if not BIASED_MIN <= share <= BIASED_MAX:
            err(f"biased share {share:.1%} outside {BIASED_MIN:.0%}-{BIASED_MAX:.0%}")
    for k in CATEGORIES:
        if c[k] == 0:
            err(f"category {k} absent")
    for k in SUBTYPES:
        if c[k] == 0:
            err(f"biased subtype {k} absent")
    if lang == "zh":
        if not any(isinstance(r, dict) and TRADITIONAL_ONLY & set(str(r.get("note", "")))
                   for r in records):
            err("no note in traditional characters")

    line = counts_line(c)
    if counts_lines and counts_lines[0].strip() != line:
        err(f"header counts line does not match computed counts:\n  header:   {counts_lines[0].strip()}\n  computed: {line}")
    return c


def main():
    errors = []
    results = {}
    for lang, fname in FILES.items():
        results[lang] = check_file(lang, fname, errors)
    if "--print-counts" in sys.argv:
        for lang, c in results.items():
            if c:
                print(f"{FILES[lang]}: {counts_line(c)}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    for lang, c in results.items():
        print(f"OK {FILES[lang]}: {counts_line(c)[2:]}")
    print("All checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
