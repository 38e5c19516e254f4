#!/usr/bin/env python3
"""Structure and count checker for the b49n blind evaluation set.

Usage:
    python3 validate.py            # check both files, exit 0 when every check passes
    python3 validate.py --counts   # also print the "# counts" line each file should carry

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
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}

# Example phrases quoted in the label definitions. No note may contain one of them
# as a whole. The single common words never / always / constantly / every time /
# 总是 / 一直 / 从来 are allowed and therefore not listed.
DEFINITION_EXAMPLES = [
    # vague
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "态度不错", "不够主动", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    # personality
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    # biased
    "too old to learn", "年轻人就是浮躁", "35 岁了", "女生就是细心", "for a woman",
    "bossy", "刚生完孩子精力不够", "has kids so can't travel", "外地人",
    "not a native speaker so", "有乙肝", "his depression", "not leadership material",
    "not a culture fit", "不像做管理的料",
    # absolute
    "never meets deadlines", "每次都迟到", "从来不", "每次都",
    "has not missed a single deadline", "always prepared for client calls", "从没出过错",
    # context rules
    "he never calls back", "the client wrote 'he never calls back'",
    "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 march to 30 june, so the q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(s):
    """Lower-case, unify apostrophes, drop all whitespace (so '35岁了' matches '35 岁了')."""
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", "", s)


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff"


def count_line(records):
    flags = [f for r in records for f in (r.get("flags") or []) if isinstance(f, dict)]
    clean = sum(1 for r in records if not r.get("flags"))
    cat = {c: sum(1 for f in flags if f.get("category") == c) for c in CATEGORIES}
    sub = {s: sum(1 for f in flags if f.get("category") == "biased" and f.get("subtype") == s)
           for s in SUBTYPES}
    share = (cat["biased"] / len(flags)) if flags else 0.0
    line = (
        f"# counts: notes={len(records)} clean={clean} flagged={len(records) - clean} "
        f"flags={len(flags)} vague={cat['vague']} personality={cat['personality']} "
        f"biased={cat['biased']} absolute={cat['absolute']} biased_share={share * 100:.1f}% | "
        + "biased subtypes: " + " ".join(f"{s}={sub[s]}" for s in SUBTYPES)
    )
    return line, flags, clean, cat, sub, share


def check_file(lang, fname, print_counts):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        err(fname, "file missing")
        return
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    header = []
    for line in text.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    try:
        records = yaml.safe_load(text)
    except yaml.YAMLError as e:
        err(fname, f"YAML parse error: {e}")
        return
    if not isinstance(records, list):
        err(fname, "top level must be a list of records")
        return

    # ---- per-record checks ----
    for i, r in enumerate(records, 1):
        where = f"{fname}#{i}"
        if not isinstance(r, dict):
            err(where, "record is not a mapping")
            continue
        rid = r.get("id")
        where = f"{fname}:{rid}"
        missing = REQUIRED_KEYS - set(r)
        if missing:
            err(where, f"missing keys {sorted(missing)}")
        extra = set(r) - RECORD_KEYS
        if extra:
            err(where, f"unknown keys {sorted(extra)}")
        expected_id = f"b49n-{lang}-{i:03d}"
        if rid != expected_id:
            err(where, f"id should be {expected_id}")
        if r.get("lang") != lang:
            err(where, f"lang should be {lang}")
        role = r.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 8:
            err(where, "employee_role must be a descriptive string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(where, "note must be a non-empty string")
            continue
        if "why" in r and not (isinstance(r["why"], str) and r["why"].strip()):
            err(where, "why, when present, must be a non-empty string")
        segments = [s for s in re.split(r"[.!?。！？\n]+", note) if s.strip()]
        if len(segments) < 2:
            err(where, "note should have at least 2 sentences or bullets")
        if len(note) > 900:
            err(where, "note is too long (> 900 characters)")
        if lang == "zh":
            cjk = sum(1 for ch in note if is_cjk(ch))
            if cjk < 20:
                err(where, "Chinese note has too few Chinese characters")
        else:
            if any(is_cjk(ch) for ch in note):
                err(where, "English note contains CJK characters")

        nnote = norm(note)
        for phrase in DEFINITION_EXAMPLES:
            if norm(phrase) in nnote:
                err(where, f"note contains a definition example phrase: {phrase!r}")

        flags = r.get("flags")
        if not isinstance(flags, list):
            err(where, "flags must be a list ([] when clean)")
            continue
        spans = []
        for j, f in enumerate(flags, 1):
            fw = f"{where} flag {j}"
            if not isinstance(f, dict):
                err(fw, "flag must be a mapping")
                continue
            fkeys = set(f)
            if not {"text", "category"} <= fkeys or fkeys - {"text", "category", "subtype"}:
                err(fw, f"flag keys must be text, category[, subtype]; got {sorted(fkeys)}")
            t = f.get("text")
            c = f.get("category")
            if c not in CATEGORIES:
                err(fw, f"bad category {c!r}")
            if c == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(fw, f"biased flag needs subtype in {SUBTYPES}, got {f.get('subtype')!r}")
            elif "subtype" in f:
                err(fw, "subtype is only allowed on biased flags")
            if not isinstance(t, str) or not t.strip():
                err(fw, "text must be a non-empty string")
                continue
            if t != t.strip():
                err(fw, "text has leading/trailing whitespace")
            n = note.count(t)
            if n != 1:
                err(fw, f"text {t!r} occurs {n} times in note (must be exactly 1)")
                continue
            start = note.index(t)
            spans.append((start, start + len(t), t))
            # span length guidance: <= 10 words (en); <= 14 units (zh: each Chinese
            # character and each Latin word counts as one unit)
            if lang == "en" and len(t.split()) > 10:
                err(fw, f"span too long ({len(t.split())} words)")
            if lang == "zh":
                units = sum(1 for ch in t if is_cjk(ch)) + len(re.findall(r"[A-Za-z0-9]+", t))
                if units > 14:
                    err(fw, f"span too long ({units} units)")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err(where, f"flags overlap: {a[2]!r} / {b[2]!r}")

    # ---- set-level checks ----
    if len(records) != N_NOTES:
        err(fname, f"expected {N_NOTES} notes, found {len(records)}")
    ids = [r.get("id") for r in records if isinstance(r, dict)]
    if len(set(ids)) != len(ids):
        err(fname, "duplicate ids")
    line, flags, clean, cat, sub, share = count_line([r for r in records if isinstance(r, dict)])
    if clean != N_CLEAN:
        err(fname, f"expected {N_CLEAN} clean notes, found {clean}")
    if len(records) - clean != N_FLAGGED:
        err(fname, f"expected {N_FLAGGED} flagged notes, found {len(records) - clean}")
    if not FLAGS_MIN <= len(flags) <= FLAGS_MAX:
        err(fname, f"total flags {len(flags)} outside {FLAGS_MIN}-{FLAGS_MAX}")
    if not BIASED_SHARE_MIN <= share <= BIASED_SHARE_MAX:
        err(fname, f"biased share {share:.1%} outside 25-45%")
    for c in CATEGORIES:
        if cat[c] == 0:
            err(fname, f"category {c} absent")
    for s in SUBTYPES:
        if sub[s] == 0:
            err(fname, f"biased subtype {s} absent")

    # ---- header checks ----
    count_lines = [h for h in header if h.startswith("# counts")]
    if len(count_lines) != 1:
        err(fname, "header must contain exactly one line starting '# counts'")
    elif count_lines[0].strip() != line:
        err(fname, f"header counts line is stale.\n   expected: {line}\n   found:    {count_lines[0]}")
    if not any("sources" in h.lower() for h in header):
        err(fname, "header must name the sources consulted")
    if not any("licence: CC BY 4.0" in h for h in header):
        err(fname, "header must state 'licence: CC BY 4.0'")
    if lang == "zh":
        # exactly one note written in traditional characters (checked via common traditional-only characters)
        trad_chars = set("們這個說問題對會經過還現時為與從發給開關點幾戶據當應實體績評語")
        trad_notes = [r["id"] for r in records if isinstance(r, dict) and isinstance(r.get("note"), str)
                      and sum(1 for ch in r["note"] if ch in trad_chars) >= 4]
        if len(trad_notes) != 1:
            err(fname, f"expected exactly one traditional-character note, found {trad_notes}")

    if print_counts:
        print(f"{fname}\n  {line}")


def main():
    print_counts = "--counts" in sys.argv[1:]
    for lang, fname in FILES.items():
        check_file(lang, fname, print_counts)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("OK: all checks passed for " + ", ".join(FILES.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
