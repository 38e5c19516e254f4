#!/usr/bin/env python3
"""Structure and count checker for the b47n blind evaluation set.

Run from this folder:  python3 validate.py
Exit status 0 when every check passes, 1 otherwise.
`python3 validate.py --counts` prints the expected "# counts" header lines.

Needs Python 3 and PyYAML.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
DOCS = ["LABELS.md", "README.md"]

N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
MIN_FLAGS, MAX_FLAGS = 50, 75
MIN_BIASED, MAX_BIASED = 0.25, 0.45

CATEGORIES = ["vague", "personality", "biased", "absolute"]
SUBTYPES = ["age", "gender", "family", "origin", "health", "coded"]
REQUIRED_KEYS = ["id", "lang", "employee_role", "note", "flags"]
OPTIONAL_KEYS = ["why"]

# Span length ceilings (the guide says "usually 1-6 words / 2-10 characters";
# these are hard outer limits, not the target). Chinese spans are measured in
# units: one per CJK character or mark, one per embedded English word.
MAX_EN_WORDS = 10
MAX_ZH_CHARS = 15

# Example phrases quoted in the label definitions. No note may contain one as
# a whole. The single common words never / always / constantly / every time /
# 总是 / 一直 / 从来 are deliberately allowed and therefore not listed.
FORBIDDEN = [
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人",
    "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到", "从来不", "每次都",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错", "he never calls back", "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

# Characters that exist only in traditional script (their simplified forms differ).
TRAD_ONLY = set("這個們為與會時說對將來開關過還進運動問題應點經頭學實現發變後價專業務員組織請質準確導師體總結該區報際處產級評語績轉間隊負責調態慮試驗陳廠將規門讓給錄")

CJK = re.compile(r"[\u3400-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


def zh_units(s):
    """Length of a Chinese span: each CJK character or punctuation mark counts 1,
    each run of Latin letters/digits (an English word inside 中英夹杂) counts 1."""
    return len(re.findall(r"[A-Za-z0-9.%]+|[^\sA-Za-z0-9.%]", s))


def norm(s):
    return re.sub(r"\s+", " ", s).casefold()


def occurrences(hay, needle):
    """Positions of needle in hay, overlapping matches included."""
    out, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def load(lang):
    path = os.path.join(HERE, FILES[lang])
    if not os.path.exists(path):
        err(f"{FILES[lang]}: missing")
        return None, []
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        err(f"{FILES[lang]}: YAML error: {exc}")
        return None, raw.splitlines()
    return data, raw.splitlines()


def compute_counts(records):
    cats = {c: 0 for c in CATEGORIES}
    subs = {s: 0 for s in SUBTYPES}
    clean = flagged = 0
    for r in records:
        flags = r.get("flags") or []
        if flags:
            flagged += 1
        else:
            clean += 1
        for f in flags:
            c = f.get("category")
            if c in cats:
                cats[c] += 1
            if c == "biased" and f.get("subtype") in subs:
                subs[f["subtype"]] += 1
    total = sum(cats.values())
    share = cats["biased"] / total if total else 0.0
    return {"notes": len(records), "clean": clean, "flagged": flagged,
            "flags": total, "cats": cats, "subs": subs, "share": share}


def counts_line(c):
    cats = c["cats"]
    subs = " ".join(f"{s}={c['subs'][s]}" for s in SUBTYPES)
    return (f"# counts: notes={c['notes']} clean={c['clean']} flagged={c['flagged']} "
            f"flags={c['flags']} vague={cats['vague']} personality={cats['personality']} "
            f"biased={cats['biased']} ({c['share'] * 100:.1f}%) absolute={cats['absolute']} "
            f"| biased subtypes: {subs}")


def check_header(lang, lines, c):
    fname = FILES[lang]
    header = []
    for ln in lines:
        if ln.startswith("#"):
            header.append(ln)
        elif ln.strip() == "":
            continue
        else:
            break
    if not header:
        err(f"{fname}: no comment header")
        return
    count_lines = [h for h in header if h.startswith("# counts")]
    if len(count_lines) != 1:
        err(f"{fname}: header needs exactly one line starting '# counts'")
    elif count_lines[0].strip() != counts_line(c):
        err(f"{fname}: header counts line is\n    {count_lines[0].strip()}\n  but computed\n    {counts_line(c)}")
    if not any("sources" in h.lower() for h in header):
        err(f"{fname}: header does not name the sources consulted")
    if not any("licence: CC BY 4.0" in h for h in header):
        err(f"{fname}: header lacks 'licence: CC BY 4.0'")


def check_record(lang, idx, r, seen_notes):
    fname = FILES[lang]
    want_id = f"b47n-{lang}-{idx:03d}"
    where = f"{fname}[{idx}]"
    if not isinstance(r, dict):
        err(f"{where}: record is not a mapping")
        return
    for k in REQUIRED_KEYS:
        if k not in r:
            err(f"{where}: missing key '{k}'")
    for k in r:
        if k not in REQUIRED_KEYS + OPTIONAL_KEYS:
            err(f"{where}: unexpected key '{k}'")
    if r.get("id") != want_id:
        err(f"{where}: id is {r.get('id')!r}, expected {want_id!r}")
    where = f"{fname} {r.get('id')}"
    if r.get("lang") != lang:
        err(f"{where}: lang is {r.get('lang')!r}, expected {lang!r}")
    for k in ("employee_role", "note"):
        if not isinstance(r.get(k), str) or not r.get(k).strip():
            err(f"{where}: '{k}' must be a non-empty string")
    if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
        err(f"{where}: 'why' must be a non-empty string when present")
    note = r.get("note") if isinstance(r.get("note"), str) else ""

    # note language and size
    if lang == "zh":
        if len(CJK.findall(note)) < 20:
            err(f"{where}: Chinese note has too few CJK characters")
        if not 40 <= len(note) <= 320:
            err(f"{where}: note length {len(note)} outside 40-320 characters")
    else:
        if CJK.search(note):
            err(f"{where}: English note contains CJK characters")
        words = len(note.split())
        if not 15 <= words <= 130:
            err(f"{where}: note has {words} words, outside 15-130")
    key = norm(note)
    if key in seen_notes:
        err(f"{where}: duplicate note text (same as {seen_notes[key]})")
    seen_notes[key] = r.get("id")

    # forbidden example phrases
    for phrase in FORBIDDEN:
        if norm(phrase) in key:
            err(f"{where}: note contains a definition example phrase ({phrase!r})")

    flags = r.get("flags")
    if not isinstance(flags, list):
        err(f"{where}: 'flags' must be a list ([] when clean)")
        return
    spans = []
    for j, f in enumerate(flags):
        fw = f"{where} flag {j + 1}"
        if not isinstance(f, dict):
            err(f"{fw}: not a mapping")
            continue
        allowed = {"text", "category", "subtype"}
        for k in f:
            if k not in allowed:
                err(f"{fw}: unexpected key '{k}'")
        text, cat = f.get("text"), f.get("category")
        if not isinstance(text, str) or not text.strip():
            err(f"{fw}: 'text' must be a non-empty string")
            continue
        if text != text.strip():
            err(f"{fw}: span has leading/trailing whitespace")
        if cat not in CATEGORIES:
            err(f"{fw}: category {cat!r} not in {CATEGORIES}")
        if cat == "biased":
            if f.get("subtype") not in SUBTYPES:
                err(f"{fw}: biased flag needs subtype in {SUBTYPES}, got {f.get('subtype')!r}")
        elif "subtype" in f:
            err(f"{fw}: subtype given for non-biased category {cat!r}")
        pos = occurrences(note, text)
        if len(pos) != 1:
            err(f"{fw}: span {text!r} occurs {len(pos)} times in the note (must be exactly once)")
            continue
        if lang == "en" and len(text.split()) > MAX_EN_WORDS:
            err(f"{fw}: span {text!r} longer than {MAX_EN_WORDS} words")
        if lang == "zh":
            n = zh_units(text)
            if n < 2 or n > MAX_ZH_CHARS:
                err(f"{fw}: span {text!r} has {n} units, outside 2-{MAX_ZH_CHARS}")
        spans.append((pos[0], pos[0] + len(text), text))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(f"{where}: spans {a[2]!r} and {b[2]!r} overlap")


def check_mix(lang, c):
    fname = FILES[lang]
    if c["notes"] != N_NOTES:
        err(f"{fname}: {c['notes']} notes, expected {N_NOTES}")
    if c["clean"] != N_CLEAN or c["flagged"] != N_FLAGGED:
        err(f"{fname}: {c['clean']} clean / {c['flagged']} flagged, expected {N_CLEAN} / {N_FLAGGED}")
    if not MIN_FLAGS <= c["flags"] <= MAX_FLAGS:
        err(f"{fname}: {c['flags']} flags, expected {MIN_FLAGS}-{MAX_FLAGS}")
    if not MIN_BIASED <= c["share"] <= MAX_BIASED:
        err(f"{fname}: biased share {c['share']:.1%} outside {MIN_BIASED:.0%}-{MAX_BIASED:.0%}")
    for cat, n in c["cats"].items():
        if n == 0:
            err(f"{fname}: category {cat!r} absent")
    for sub, n in c["subs"].items():
        if n == 0:
            err(f"{fname}: biased subtype {sub!r} absent")


def check_traditional(records):
    trad = [r.get("id") for r in records
            if isinstance(r.get("note"), str) and sum(ch in TRAD_ONLY for ch in r["note"]) >= 5]
    if len(trad) != 1:
        err(f"{FILES['zh']}: expected exactly one note in traditional characters, found {len(trad)}: {trad}")


def check_docs(all_records, all_counts):
    labels = os.path.join(HERE, "LABELS.md")
    if not os.path.exists(labels):
        err("LABELS.md: missing")
    else:
        text = open(labels, encoding="utf-8").read()
        for needle in ("## Label definitions", "CC BY 4.0",
                       "A note is labelled with a list of flags",
                       "Context rules (apply to all categories):"):
            if needle not in text:
                err(f"LABELS.md: missing {needle!r}")
        for lang, c in all_counts.items():
            line = counts_line(c)[2:]  # without the leading '# '
            if line not in text:
                err(f"LABELS.md: counts for {lang} not found or stale; expected a line containing\n    {line}")
    # The docs must describe calls in general terms only: no note span may be quoted.
    for doc in DOCS:
        path = os.path.join(HERE, doc)
        if not os.path.exists(path):
            continue
        dtext = norm(open(path, encoding="utf-8").read())
        for lang, records in all_records.items():
            for r in records:
                for f in r.get("flags") or []:
                    t = f.get("text", "")
                    long_enough = (len(t.split()) >= 2) if lang == "en" else (zh_units(t) >= 4)
                    if long_enough and norm(t) in dtext:
                        err(f"{doc}: quotes the span {t!r} from {r.get('id')}")


def main():
    all_records, all_counts = {}, {}
    for lang in ("en", "zh"):
        data, lines = load(lang)
        if data is None:
            continue
        if not isinstance(data, list):
            err(f"{FILES[lang]}: top level must be a list of records")
            continue
        seen = {}
        for i, r in enumerate(data, start=1):
            check_record(lang, i, r, seen)
        records = [r for r in data if isinstance(r, dict)]
        c = compute_counts(records)
        all_records[lang], all_counts[lang] = records, c
        if "--counts" in sys.argv:
            print(f"{FILES[lang]}: {counts_line(c)}")
            continue
        check_mix(lang, c)
        check_header(lang, lines, c)
        if lang == "zh":
            check_traditional(records)
    if "--counts" in sys.argv:
        return 0
    check_docs(all_records, all_counts)

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    for lang in ("en", "zh"):
        print(f"{FILES[lang]}: {counts_line(all_counts[lang])[2:]}")
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
