#!/usr/bin/env python3
"""Structure and count checker for the blind50 coaching evaluation set.

Run from anywhere:  python3 validate.py
Exit code 0 when every check passes, 1 otherwise.
Requires Python 3 and PyYAML.
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
BIASED_SHARE_MIN, BIASED_SHARE_MAX = 0.25, 0.45

CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
RECORD_KEYS_ALLOWED = RECORD_KEYS_REQUIRED | {"why"}
FLAG_KEYS_ALLOWED = {"text", "category", "subtype"}

# Every phrase quoted as an example in the label definitions. No note may
# contain one of them as a whole (case-insensitive). The single common words
# never / always / constantly / every time / 总是 / 一直 / 从来 are allowed and
# are therefore not in this list.
EXAMPLE_PHRASES = [
    # vague
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "态度不错", "不够主动", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    # personality
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    # biased
    "too old to learn", "年轻人就是浮躁", "35 岁了", "女生就是细心",
    "for a woman", "bossy", "刚生完孩子精力不够", "has kids so can't travel",
    "外地人", "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    # absolute
    "从来不", "每次都", "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错",
    # context rules
    "he never calls back", "the client wrote 'he never calls back'",
    "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 march to 30 june, so the q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

TRAD_ONLY = set("這們個業經開對結過應會來說後時還發給點裡嗎為")
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


def counts_line(records):
    flags = [f for r in records for f in (r.get("flags") or [])]
    n_clean = sum(1 for r in records if not r.get("flags"))
    cat = {c: sum(1 for f in flags if f.get("category") == c) for c in CATEGORIES}
    sub = {s: sum(1 for f in flags if f.get("subtype") == s) for s in SUBTYPES}
    share = (100.0 * cat["biased"] / len(flags)) if flags else 0.0
    return (
        "# counts: notes={} clean={} flagged={} flags={} ".format(
            len(records), n_clean, len(records) - n_clean, len(flags))
        + " ".join("{}={}".format(c, cat[c]) for c in CATEGORIES)
        + " biased_share={:.1f}% | subtypes: ".format(share)
        + " ".join("{}={}".format(s, sub[s]) for s in SUBTYPES)
    )


def check_file(lang, fname):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err("{}: missing".format(fname))
        return
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    try:
        records = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        err("{}: YAML error: {}".format(fname, e))
        return
    if not isinstance(records, list):
        err("{}: top level must be a list".format(fname))
        return

    # ---- header -------------------------------------------------------
    header = []
    for line in raw.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    expected = counts_line(records)
    got = [h for h in header if h.startswith("# counts")]
    if len(got) != 1:
        err("{}: header needs exactly one '# counts' line".format(fname))
    elif got[0].rstrip() != expected:
        err("{}: counts header is\n   {}\n but the data gives\n   {}".format(
            fname, got[0].rstrip(), expected))
    if not any("licence: CC BY 4.0" in h for h in header):
        err("{}: header lacks 'licence: CC BY 4.0'".format(fname))
    if not any("sources" in h.lower() for h in header):
        err("{}: header lacks the sources consulted".format(fname))

    # ---- records ------------------------------------------------------
    if len(records) != N_NOTES:
        err("{}: {} notes, expected {}".format(fname, len(records), N_NOTES))
    seen_notes = set()
    trad_notes = 0
    for i, r in enumerate(records, 1):
        rid = "b50n-{}-{:03d}".format(lang, i)
        where = "{} #{}".format(fname, i)
        if not isinstance(r, dict):
            err("{}: record is not a mapping".format(where))
            continue
        keys = set(r)
        if not RECORD_KEYS_REQUIRED <= keys:
            err("{}: missing keys {}".format(where, sorted(RECORD_KEYS_REQUIRED - keys)))
        if keys - RECORD_KEYS_ALLOWED:
            err("{}: unknown keys {}".format(where, sorted(keys - RECORD_KEYS_ALLOWED)))
        if r.get("id") != rid:
            err("{}: id {!r}, expected {!r}".format(where, r.get("id"), rid))
        where = r.get("id", where)
        if r.get("lang") != lang:
            err("{}: lang {!r}, expected {!r}".format(where, r.get("lang"), lang))
        role = r.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            err("{}: employee_role must be a non-empty string".format(where))
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err("{}: note must be a non-empty string".format(where))
            continue
        if note != note.strip():
            err("{}: note has leading/trailing whitespace".format(where))
        if note in seen_notes:
            err("{}: duplicate note text".format(where))
        seen_notes.add(note)
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
            err("{}: why must be a non-empty string when present".format(where))
        has_cjk = bool(CJK.search(note))
        if lang == "zh" and not has_cjk:
            err("{}: Chinese note has no Chinese characters".format(where))
        if lang == "en" and has_cjk:
            err("{}: English note contains Chinese characters".format(where))
        if lang == "zh" and any(ch in TRAD_ONLY for ch in note):
            trad_notes += 1

        low = note.lower()
        for phrase in EXAMPLE_PHRASES:
            if phrase.lower() in low:
                err("{}: note contains the definition example {!r}".format(where, phrase))

        flags = r.get("flags")
        if not isinstance(flags, list):
            err("{}: flags must be a list ([] when clean)".format(where))
            continue
        spans = []
        for j, f in enumerate(flags, 1):
            fw = "{} flag {}".format(where, j)
            if not isinstance(f, dict):
                err("{}: not a mapping".format(fw))
                continue
            if set(f) - FLAG_KEYS_ALLOWED:
                err("{}: unknown keys {}".format(fw, sorted(set(f) - FLAG_KEYS_ALLOWED)))
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                err("{}: text must be a non-empty string".format(fw))
                continue
            if text != text.strip():
                err("{}: text {!r} has surrounding whitespace".format(fw, text))
            if cat not in CATEGORIES:
                err("{}: bad category {!r}".format(fw, cat))
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err("{}: biased flag needs subtype in {}".format(fw, SUBTYPES))
            elif "subtype" in f:
                err("{}: subtype given for non-biased flag".format(fw))
            n = note.count(text)
            if n != 1:
                err("{}: text {!r} occurs {} times in the note (must be 1)".format(fw, text, n))
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err("{}: flags overlap: {!r} / {!r}".format(where, t1, t2))

    # ---- distribution -------------------------------------------------
    flags = [f for r in records if isinstance(r, dict) for f in (r.get("flags") or [])
             if isinstance(f, dict)]
    n_clean = sum(1 for r in records if isinstance(r, dict) and not r.get("flags"))
    n_flagged = len(records) - n_clean
    if n_clean != N_CLEAN:
        err("{}: {} clean notes, expected {}".format(fname, n_clean, N_CLEAN))
    if n_flagged != N_FLAGGED:
        err("{}: {} flagged notes, expected {}".format(fname, n_flagged, N_FLAGGED))
    if not FLAGS_MIN <= len(flags) <= FLAGS_MAX:
        err("{}: {} flags, expected {}-{}".format(fname, len(flags), FLAGS_MIN, FLAGS_MAX))
    for c in CATEGORIES:
        if not any(f.get("category") == c for f in flags):
            err("{}: category {!r} absent".format(fname, c))
    for s in SUBTYPES:
        if not any(f.get("subtype") == s for f in flags):
            err("{}: biased subtype {!r} absent".format(fname, s))
    if flags:
        share = sum(1 for f in flags if f.get("category") == "biased") / len(flags)
        if not BIASED_SHARE_MIN <= share <= BIASED_SHARE_MAX:
            err("{}: biased share {:.1%} outside {:.0%}-{:.0%}".format(
                fname, share, BIASED_SHARE_MIN, BIASED_SHARE_MAX))
    if lang == "zh" and trad_notes < 1:
        err("{}: no note in traditional characters".format(fname))

    print("{}: {}".format(fname, expected[2:]))


def main():
    for lang, fname in FILES.items():
        check_file(lang, fname)
    if errors:
        print("\nFAILED ({} problems):".format(len(errors)))
        for e in errors:
            print(" - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
