#!/usr/bin/env python3
"""Structure and count checker for the blind45 note-flagging evaluation set.

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

CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
RECORD_KEYS_ALLOWED = RECORD_KEYS_REQUIRED | {"why"}
FLAG_KEYS_ALLOWED = {"text", "category", "subtype"}

N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
FLAGS_MIN, FLAGS_MAX = 50, 75
BIASED_SHARE_MIN, BIASED_SHARE_MAX = 0.25, 0.45

# Every phrase quoted in the label definitions. A note must not contain any of
# them as a whole. The single common words never / always / constantly /
# every time / 总是 / 一直 / 从来 are allowed and therefore not listed.
DEFINITION_EXAMPLES = [
    # spans shown at the top of the definitions
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    # vague
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    # personality
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    # biased
    "年轻人就是浮躁", "35 岁了", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人",
    "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    # absolute
    "从来不", "每次都", "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错",
    # context rules
    "he never calls back", "she is not lazy at all", "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

# characters that exist only in traditional script (used for an informational check)
TRADITIONAL_ONLY = set("這個們與為會時說對發現問題麼裡進過還應當於從經濟禮體級質員獲產點開關單週幫導擔議論")


def squash(s):
    return re.sub(r"\s+", "", s.lower())


def counts_line(stats):
    b = stats["cat"]["biased"]
    share = 100.0 * b / stats["flags"] if stats["flags"] else 0.0
    sub = " ".join(f"{s}={stats['sub'][s]}" for s in SUBTYPES)
    cat = " ".join(f"{c}={stats['cat'][c]}" for c in CATEGORIES)
    return (f"# counts: notes={stats['notes']} clean={stats['clean']} "
            f"flagged={stats['flagged']} flags={stats['flags']} {cat} "
            f"biased_share={share:.1f}% | biased subtypes: {sub}")


def check_file(lang, fname, errors, infos):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return None
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    header = []
    for line in raw.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip() == "":
            continue
        else:
            break
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        errors.append(f"{fname}: YAML parse error: {exc}")
        return None
    if not isinstance(data, list):
        errors.append(f"{fname}: top level must be a list of records")
        return None

    stats = {"notes": 0, "clean": 0, "flagged": 0, "flags": 0,
             "cat": {c: 0 for c in CATEGORIES}, "sub": {s: 0 for s in SUBTYPES}}
    seen_ids = set()
    expected_ids = [f"b45n-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    traditional_notes = 0

    for idx, rec in enumerate(data):
        where = f"{fname} record {idx + 1}"
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a mapping")
            continue
        rid = rec.get("id", "?")
        where = f"{fname} {rid}"
        missing = RECORD_KEYS_REQUIRED - rec.keys()
        extra = set(rec.keys()) - RECORD_KEYS_ALLOWED
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        if idx < len(expected_ids) and rid != expected_ids[idx]:
            errors.append(f"{where}: expected id {expected_ids[idx]}")
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(rid)
        if rec.get("lang") != lang:
            errors.append(f"{where}: lang must be {lang!r}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            errors.append(f"{where}: employee_role must be a non-empty string")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note must be a non-empty string")
            continue
        if "why" in rec and (not isinstance(rec["why"], str) or not rec["why"].strip()):
            errors.append(f"{where}: why, when present, must be a non-empty string")
        if note != note.strip():
            errors.append(f"{where}: note has leading/trailing whitespace")
        if lang == "zh" and any(ch in TRADITIONAL_ONLY for ch in note):
            traditional_notes += 1

        low, sq = note.lower(), squash(note)
        for ex in DEFINITION_EXAMPLES:
            if ex.lower() in low or squash(ex) in sq:
                errors.append(f"{where}: note contains the definition example {ex!r}")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list ([] when clean)")
            continue
        stats["notes"] += 1
        if flags:
            stats["flagged"] += 1
        else:
            stats["clean"] += 1
        spans = []
        for j, fl in enumerate(flags):
            fw = f"{where} flag {j + 1}"
            if not isinstance(fl, dict):
                errors.append(f"{fw}: not a mapping")
                continue
            extra = set(fl.keys()) - FLAG_KEYS_ALLOWED
            if extra:
                errors.append(f"{fw}: unexpected keys {sorted(extra)}")
            text, cat = fl.get("text"), fl.get("category")
            if not isinstance(text, str) or not text:
                errors.append(f"{fw}: text must be a non-empty string")
                continue
            if text != text.strip():
                errors.append(f"{fw}: text has leading/trailing whitespace")
            if cat not in CATEGORIES:
                errors.append(f"{fw}: category {cat!r} not in {CATEGORIES}")
                continue
            if cat == "biased":
                if fl.get("subtype") not in SUBTYPES:
                    errors.append(f"{fw}: biased flag needs subtype in {SUBTYPES}")
                else:
                    stats["sub"][fl["subtype"]] += 1
            elif "subtype" in fl:
                errors.append(f"{fw}: subtype is only allowed on biased flags")
            n_occ = note.count(text)
            if n_occ != 1:
                errors.append(f"{fw}: text {text!r} occurs {n_occ} times in the note (must be exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            stats["flags"] += 1
            stats["cat"][cat] += 1
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f"{where}: flags {t1!r} and {t2!r} overlap")

    if stats["notes"] != N_NOTES:
        errors.append(f"{fname}: {stats['notes']} notes, expected {N_NOTES}")
    if set(expected_ids) - seen_ids:
        errors.append(f"{fname}: missing ids {sorted(set(expected_ids) - seen_ids)}")
    if stats["clean"] != N_CLEAN:
        errors.append(f"{fname}: {stats['clean']} clean notes, expected {N_CLEAN}")
    if stats["flagged"] != N_FLAGGED:
        errors.append(f"{fname}: {stats['flagged']} flagged notes, expected {N_FLAGGED}")
    if not FLAGS_MIN <= stats["flags"] <= FLAGS_MAX:
        errors.append(f"{fname}: {stats['flags']} flags, expected {FLAGS_MIN}-{FLAGS_MAX}")
    if stats["flags"]:
        share = stats["cat"]["biased"] / stats["flags"]
        if not BIASED_SHARE_MIN <= share <= BIASED_SHARE_MAX:
            errors.append(f"{fname}: biased share {share:.1%} outside 25-45 %")
    for c in CATEGORIES:
        if stats["cat"][c] == 0:
            errors.append(f"{fname}: no flag of category {c}")
    for s in SUBTYPES:
        if stats["sub"][s] == 0:
            errors.append(f"{fname}: no biased flag of subtype {s}")

    expected_line = counts_line(stats)
    count_lines = [h for h in header if h.startswith("# counts")]
    if len(count_lines) != 1:
        errors.append(f"{fname}: header must contain exactly one line starting '# counts'")
    elif count_lines[0].rstrip() != expected_line:
        errors.append(f"{fname}: header counts line is stale\n    have: {count_lines[0]}\n    want: {expected_line}")
    if not any("licence: CC BY 4.0" in h for h in header):
        errors.append(f"{fname}: header must state 'licence: CC BY 4.0'")
    if not any("sources" in h.lower() for h in header):
        errors.append(f"{fname}: header must list the sources consulted")
    if lang == "zh":
        infos.append(f"{fname}: {traditional_notes} note(s) with traditional-only characters")
    infos.append(expected_line.replace("# counts:", f"{fname}:"))
    return stats


def main():
    errors, infos = [], []
    for lang, fname in FILES.items():
        check_file(lang, fname, errors, infos)
    for line in infos:
        print(line)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
