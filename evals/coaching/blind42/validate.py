#!/usr/bin/env python3
"""Structure and count checker for the b42n blind evaluation set.

Run from anywhere:  python3 validate.py
Exit code 0 when every check passes, 1 otherwise. Needs Python 3 and PyYAML.
It prints the expected "# counts" header line for each file, so a header can be
corrected by copying that line.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_NOTES, N_CLEAN, N_FLAGGED = 45, 15, 30
MIN_FLAGS, MAX_FLAGS = 50, 75
BIASED_MIN, BIASED_MAX = 0.25, 0.45
CATEGORIES = ["vague", "personality", "biased", "absolute"]
SUBTYPES = ["age", "gender", "family", "origin", "health", "coded"]
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}

# Every phrase quoted as an example in the label definitions and context rules.
# No note may contain one of them as a whole. The single common words
# never / always / constantly / every time / 总是 / 一直 / 从来 are allowed.
EXAMPLE_PHRASES = [
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel",
    "外地人", "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    "从来不", "每次都", "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错", "The client wrote 'he never calls back'", "he never calls back",
    "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]
ALLOWED_SINGLE = {"never", "always", "constantly", "every time", "总是", "一直", "从来"}

CJK = re.compile(r"[\u3400-\u9fff]")
# characters that exist only in traditional script (their simplified forms differ)
TRAD_ONLY = set("這們過來時個為與說紀錄機負責週調數該進師陳長請廠兩當處從實際應")

errors = []


def err(msg):
    errors.append(msg)


def norm_quotes(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'")
             .replace("\u201c", '"').replace("\u201d", '"'))


def contains_phrase(note, phrase):
    """Whole-phrase match: word boundaries for Latin text, plain substring for CJK;
    spaces are ignored for phrases containing CJK characters; case-insensitive."""
    n = norm_quotes(note)
    p = norm_quotes(phrase)
    if CJK.search(p):
        return p.replace(" ", "") in n.replace(" ", "")
    pat = r"(?<![A-Za-z0-9])" + re.escape(p) + r"(?![A-Za-z0-9])"
    return re.search(pat, n, flags=re.IGNORECASE) is not None


def counts_line(stats):
    c, s = stats["cat"], stats["sub"]
    pct = 100.0 * c["biased"] / stats["flags"] if stats["flags"] else 0.0
    return ("# counts: notes={notes} clean={clean} flagged={flagged} flags={flags} | "
            "vague={v} personality={p} biased={b} ({pct:.1f}%) absolute={a} | "
            "biased subtypes: age={age} gender={gender} family={family} origin={origin} "
            "health={health} coded={coded}").format(
        notes=stats["notes"], clean=stats["clean"], flagged=stats["flagged"],
        flags=stats["flags"], v=c["vague"], p=c["personality"], b=c["biased"],
        pct=pct, a=c["absolute"], **s)


def sentence_units(note, lang):
    """Rough count of sentences / bullets, for the 2-7 guideline (checked loosely)."""
    units = 0
    for line in note.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            units += 1
            continue
        if lang == "zh":
            parts = [x for x in re.split(r"[。!?!?]", line) if x.strip()]
        else:
            parts = [x for x in re.split(r"(?<=[.!?])\s+", line) if x.strip()]
        units += max(1, len(parts))
    return units


def check_file(lang, fname):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(f"{fname}: missing")
        return None
    text = open(path, encoding="utf-8").read()
    header = []
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        err(f"{fname}: YAML error: {e}")
        return None
    if not isinstance(data, list):
        err(f"{fname}: top level must be a list of records")
        return None

    stats = {"notes": len(data), "clean": 0, "flagged": 0, "flags": 0,
             "cat": {c: 0 for c in CATEGORIES}, "sub": {s: 0 for s in SUBTYPES}}
    seen_ids = set()
    trad_notes = 0
    for i, rec in enumerate(data, start=1):
        exp_id = f"b42n-{lang}-{i:03d}"
        where = f"{fname}#{i}"
        if not isinstance(rec, dict):
            err(f"{where}: record is not a mapping")
            continue
        keys = set(rec)
        if not REQUIRED_KEYS <= keys:
            err(f"{where}: missing keys {sorted(REQUIRED_KEYS - keys)}")
            continue
        if keys - RECORD_KEYS:
            err(f"{where}: unknown keys {sorted(keys - RECORD_KEYS)}")
        rid = rec["id"]
        where = f"{fname}:{rid}"
        if rid != exp_id:
            err(f"{where}: expected id {exp_id}")
        if rid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(rid)
        if rec["lang"] != lang:
            err(f"{where}: lang must be {lang}")
        role = rec["employee_role"]
        if not isinstance(role, str) or len(role.strip()) < 5:
            err(f"{where}: employee_role must be a non-empty description")
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            err(f"{where}: why, when present, must be a non-empty string")
        note = rec["note"]
        if not isinstance(note, str) or not note.strip():
            err(f"{where}: note must be a non-empty string")
            continue
        units = sentence_units(note, lang)
        if not 2 <= units <= 8:
            err(f"{where}: note has {units} sentence/bullet units (expected about 2-7)")
        cjk = len(CJK.findall(note))
        if lang == "en" and cjk:
            err(f"{where}: English note contains CJK characters")
        if lang == "zh":
            letters = len(re.findall(r"[A-Za-z]", note))
            if cjk < 20 or 3 * cjk < letters:
                err(f"{where}: Chinese note has too little Chinese text")
            if sum(ch in TRAD_ONLY for ch in note) >= 5:
                trad_notes += 1
        for phrase in EXAMPLE_PHRASES:
            if phrase.lower() in ALLOWED_SINGLE:
                continue
            if contains_phrase(note, phrase):
                err(f"{where}: note contains definition example phrase {phrase!r}")

        flags = rec["flags"]
        if not isinstance(flags, list):
            err(f"{where}: flags must be a list ([] when clean)")
            continue
        if flags:
            stats["flagged"] += 1
        else:
            stats["clean"] += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                err(f"{where}: flag is not a mapping: {f!r}")
                continue
            fk = set(f)
            if not {"text", "category"} <= fk or fk - {"text", "category", "subtype"}:
                err(f"{where}: flag keys must be text, category[, subtype]: {f!r}")
                continue
            t, c = f["text"], f["category"]
            if not isinstance(t, str) or not t or t != t.strip():
                err(f"{where}: flag text empty or padded with whitespace: {t!r}")
                continue
            if c not in CATEGORIES:
                err(f"{where}: bad category {c!r}")
                continue
            if c == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{where}: biased flag needs a subtype from {SUBTYPES}: {t!r}")
                else:
                    stats["sub"][f["subtype"]] += 1
            elif "subtype" in f:
                err(f"{where}: subtype only allowed on biased flags: {t!r}")
            n_occ = note.count(t)
            if n_occ != 1:
                err(f"{where}: flag text must occur exactly once in note (found {n_occ}): {t!r}")
                continue
            start = note.index(t)
            spans.append((start, start + len(t), t))
            stats["flags"] += 1
            stats["cat"][c] += 1
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(f"{where}: overlapping flags {t1!r} / {t2!r}")

    # set-level checks
    if stats["notes"] != N_NOTES:
        err(f"{fname}: {stats['notes']} notes, expected {N_NOTES}")
    if stats["clean"] != N_CLEAN:
        err(f"{fname}: {stats['clean']} clean notes, expected {N_CLEAN}")
    if stats["flagged"] != N_FLAGGED:
        err(f"{fname}: {stats['flagged']} flagged notes, expected {N_FLAGGED}")
    if not MIN_FLAGS <= stats["flags"] <= MAX_FLAGS:
        err(f"{fname}: {stats['flags']} flags, expected {MIN_FLAGS}-{MAX_FLAGS}")
    if stats["flags"]:
        share = stats["cat"]["biased"] / stats["flags"]
        if not BIASED_MIN <= share <= BIASED_MAX:
            err(f"{fname}: biased share {share:.1%} outside {BIASED_MIN:.0%}-{BIASED_MAX:.0%}")
    for c in CATEGORIES:
        if stats["cat"][c] == 0:
            err(f"{fname}: category {c} absent")
    for s in SUBTYPES:
        if stats["sub"][s] == 0:
            err(f"{fname}: biased subtype {s} absent")
    if lang == "zh" and trad_notes < 1:
        err(f"{fname}: expected at least one note in traditional characters")

    # header checks
    expected = counts_line(stats)
    got = [h for h in header if h.startswith("# counts")]
    if len(got) != 1:
        err(f"{fname}: header needs exactly one line starting '# counts'")
    elif got[0].strip() != expected:
        err(f"{fname}: counts header is out of date\n    have: {got[0].strip()}\n    want: {expected}")
    if not any("licence: CC BY 4.0" in h for h in header):
        err(f"{fname}: header must contain 'licence: CC BY 4.0'")
    if not any("sources consulted" in h.lower() for h in header):
        err(f"{fname}: header must list the sources consulted")
    print(f"{fname}: {expected[2:]}")
    return data


def check_labels(all_data):
    path = os.path.join(HERE, "LABELS.md")
    if not os.path.exists(path):
        err("LABELS.md: missing")
        return
    text = open(path, encoding="utf-8").read()
    for needle in [
        "A note is labelled with a list of flags; each flag is an EXACT substring of the note",
        "- vague: a general evaluative judgement, positive or negative, that names no observable behaviour",
        "- personality: describes who the person is (a trait, temperament or character) rather than what they did",
        "- biased: refers to, or relies on, a personal characteristic that must not drive a performance judgement",
        "- absolute: a sweeping frequency or universal word that generalises a criticism over all occasions",
        "Context rules (apply to all categories):",
        "CC BY 4.0",
    ]:
        if needle not in text:
            err(f"LABELS.md: missing required text: {needle[:60]}...")
    # LABELS.md must describe calls in general terms only: no flag span may appear in it
    for data in all_data:
        for rec in data or []:
            if not isinstance(rec, dict):
                continue
            for f in rec.get("flags") or []:
                t = f.get("text", "") if isinstance(f, dict) else ""
                if t and len(t) >= 4 and t in text:
                    err(f"LABELS.md: quotes flag span from {rec.get('id')}: {t!r}")


def main():
    datas = []
    for lang, fname in FILES.items():
        datas.append(check_file(lang, fname))
    check_labels(datas)
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
