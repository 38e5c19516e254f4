#!/usr/bin/env python3
"""Structure and count checker for the blind evaluation set b51n.

Usage:
    python3 validate.py            # run all checks, exit 0 when everything passes
    python3 validate.py --counts   # print the '# counts' line computed for each file

Needs Python 3 and PyYAML. Only reads files in this folder.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}

N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
FLAGS_MIN, FLAGS_MAX = 50, 75
BIASED_MIN, BIASED_MAX = 0.25, 0.45

CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}

# Example phrases quoted in the label definitions. No note may contain one of them
# as a whole (case-insensitive). The single common words never / always /
# constantly / every time / 总是 / 一直 / 从来(不) / 每次都 are allowed and are
# therefore not listed here.
FORBIDDEN_EXAMPLES = [
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "态度不错", "不够主动", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    "too old to learn", "年轻人就是浮躁", "35 岁了", "35岁了",
    "女生就是细心", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人",
    "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错", "he never calls back", "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

CJK = re.compile(r"[\u3400-\u9fff]")
# characters that only occur in traditional script (used to check the one traditional note)
TRADITIONAL_ONLY = set("這個們實會與還說為對們過時場較間擔臺機維護養負責計劃輪設備個")

errors = []


def err(msg):
    errors.append(msg)


def compute_counts(records):
    c = {k: 0 for k in ("notes", "clean", "flagged", "flags") + CATEGORIES + SUBTYPES}
    c["notes"] = len(records)
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


def counts_line(c):
    share = 100.0 * c["biased"] / c["flags"] if c["flags"] else 0.0
    return (
        "# counts: notes={notes} clean={clean} flagged={flagged} flags={flags} "
        "vague={vague} personality={personality} biased={biased} absolute={absolute} "
        "biased_share={share:.1f}% | biased subtypes: age={age} gender={gender} "
        "family={family} origin={origin} health={health} coded={coded}"
    ).format(share=share, **c)


def check_header(path, text, c):
    header = []
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    if not header:
        err(f"{path}: missing comment header")
        return
    counts = [h for h in header if h.startswith("# counts")]
    if len(counts) != 1:
        err(f"{path}: header must have exactly one line starting '# counts' (found {len(counts)})")
    elif counts[0].strip() != counts_line(c):
        err(f"{path}: '# counts' line does not match computed counts\n   header:   {counts[0].strip()}\n   computed: {counts_line(c)}")
    if not any("licence: CC BY 4.0" in h for h in header):
        err(f"{path}: header must contain 'licence: CC BY 4.0'")
    if not any("sources" in h.lower() for h in header):
        err(f"{path}: header must name the sources consulted")


def check_record(path, lang, i, r, seen_notes):
    where = f"{path} record {i + 1}"
    if not isinstance(r, dict):
        err(f"{where}: not a mapping")
        return
    keys = set(r)
    missing = REQUIRED_KEYS - keys
    extra = keys - RECORD_KEYS
    if missing:
        err(f"{where}: missing keys {sorted(missing)}")
    if extra:
        err(f"{where}: unexpected keys {sorted(extra)}")
    rid = r.get("id")
    expected = f"b51n-{lang}-{i + 1:03d}"
    if rid != expected:
        err(f"{where}: id {rid!r}, expected {expected!r}")
    where = f"{path} {rid}"
    if r.get("lang") != lang:
        err(f"{where}: lang {r.get('lang')!r}, expected {lang!r}")
    role = r.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err(f"{where}: employee_role must be a non-empty string")
    note = r.get("note")
    if not isinstance(note, str) or not note.strip():
        err(f"{where}: note must be a non-empty string")
        return
    if note in seen_notes:
        err(f"{where}: duplicate note text")
    seen_notes.add(note)
    if lang == "en" and CJK.search(note):
        err(f"{where}: English note contains CJK characters")
    if lang == "zh" and len(CJK.findall(note)) < 20:
        err(f"{where}: Chinese note has too few CJK characters")
    if lang == "en" and not (15 <= len(note.split()) <= 160):
        err(f"{where}: English note length {len(note.split())} words is outside 15-160")
    if lang == "zh" and not (25 <= len(note) <= 300):
        err(f"{where}: Chinese note length {len(note)} chars is outside 25-300")
    low = note.lower()
    for phrase in FORBIDDEN_EXAMPLES:
        if phrase.lower() in low:
            err(f"{where}: note contains a definition example phrase: {phrase!r}")
    if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
        err(f"{where}: why, when present, must be a non-empty string")

    flags = r.get("flags")
    if not isinstance(flags, list):
        err(f"{where}: flags must be a list ([] when clean)")
        return
    spans = []
    for j, f in enumerate(flags):
        fw = f"{where} flag {j + 1}"
        if not isinstance(f, dict):
            err(f"{fw}: not a mapping")
            continue
        fkeys = set(f)
        if not {"text", "category"} <= fkeys:
            err(f"{fw}: needs text and category")
            continue
        if fkeys - {"text", "category", "subtype"}:
            err(f"{fw}: unexpected keys {sorted(fkeys - {'text', 'category', 'subtype'})}")
        text, cat = f["text"], f["category"]
        if not isinstance(text, str) or not text.strip():
            err(f"{fw}: text must be a non-empty string")
            continue
        if text != text.strip():
            err(f"{fw}: text has leading/trailing whitespace")
        if cat not in CATEGORIES:
            err(f"{fw}: category {cat!r} not in {CATEGORIES}")
        if cat == "biased":
            if f.get("subtype") not in SUBTYPES:
                err(f"{fw}: biased flag needs subtype in {SUBTYPES}, got {f.get('subtype')!r}")
        elif "subtype" in f:
            err(f"{fw}: subtype is only allowed for biased flags")
        n = note.count(text)
        if n != 1:
            err(f"{fw}: text {text!r} occurs {n} times in the note (must be exactly once)")
            continue
        start = note.index(text)
        spans.append((start, start + len(text), text))
        if lang == "en" and len(text.split()) > 12:
            err(f"{fw}: span longer than 12 words")
        if lang == "zh" and len(text) > 20:
            err(f"{fw}: span longer than 20 characters")
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"{where}: flags overlap: {t1!r} / {t2!r}")


def check_file(lang, fname):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"{fname}: file not found")
        return None
    text = open(path, encoding="utf-8").read()
    try:
        records = yaml.safe_load(text)
    except yaml.YAMLError as e:
        err(f"{fname}: YAML error: {e}")
        return None
    if not isinstance(records, list):
        err(f"{fname}: top level must be a list of records")
        return None
    if len(records) != N_NOTES:
        err(f"{fname}: {len(records)} records, expected {N_NOTES}")
    seen = set()
    for i, r in enumerate(records):
        check_record(fname, lang, i, r, seen)
    c = compute_counts(records)
    if c["clean"] != N_CLEAN:
        err(f"{fname}: {c['clean']} clean notes, expected {N_CLEAN}")
    if c["flagged"] != N_FLAGGED:
        err(f"{fname}: {c['flagged']} flagged notes, expected {N_FLAGGED}")
    if not FLAGS_MIN <= c["flags"] <= FLAGS_MAX:
        err(f"{fname}: {c['flags']} flags, expected {FLAGS_MIN}-{FLAGS_MAX}")
    if c["flags"]:
        share = c["biased"] / c["flags"]
        if not BIASED_MIN <= share <= BIASED_MAX:
            err(f"{fname}: biased share {share:.1%} outside {BIASED_MIN:.0%}-{BIASED_MAX:.0%}")
    for cat in CATEGORIES:
        if c[cat] == 0:
            err(f"{fname}: category {cat} absent")
    for st in SUBTYPES:
        if c[st] == 0:
            err(f"{fname}: biased subtype {st} absent")
    if lang == "zh":
        trad = [r.get("id") for r in records if isinstance(r, dict)
                and isinstance(r.get("note"), str)
                and len(TRADITIONAL_ONLY & set(r["note"])) >= 3]
        if not trad:
            err(f"{fname}: no note written in traditional characters")
    check_header(fname, text, c)
    return c


def main():
    if "--counts" in sys.argv:
        for lang, fname in FILES.items():
            records = yaml.safe_load(open(os.path.join(HERE, fname), encoding="utf-8"))
            print(f"{fname}: {counts_line(compute_counts(records))}")
        return 0
    results = {}
    for lang, fname in FILES.items():
        results[lang] = check_file(lang, fname)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    for lang, c in results.items():
        print(f"{lang}: {counts_line(c)[2:]}")
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
