#!/usr/bin/env python3
"""Validator for blind set blind33 (manager notes with flagged wording).

Python 3 + PyYAML only. Run from anywhere:

    python3 validate.py            # checks notes_en.yaml and notes_zh.yaml next to this file

Checks, per file:
  * YAML list of 45 records with ids b33n-<lang>-001 ... 045 in order, lang matching the file;
  * allowed keys only (id, lang, employee_role, note, flags, why), non-empty strings;
  * each flag: text is an exact substring occurring exactly once in the note, category in the
    four categories, subtype present for and only for `biased` and in the six subtypes,
    no two flags of a note overlap;
  * counts: 15 clean notes, 50-70 flags, biased share 0.25-0.45, every category and every
    biased subtype present;
  * the "# counts:" line in the file header matches the records exactly, and the header
    names a licence and sources;
  * no note copies an example phrase quoted in the label definitions (common absolute
    words such as "never", "always", "总是", "一直" are allowed);
  * soft warnings (not failures) for unusually long spans and notes outside 2-7 sentences.
Exit code 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
N_NOTES = 45
N_CLEAN = 15
FLAG_RANGE = (50, 70)
BIASED_SHARE = (0.25, 0.45)
CATEGORIES = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
KEYS_OPTIONAL = {"why"}

# Example phrases quoted in the label definitions; notes must not copy them as wholes.
DEFINITION_EXAMPLES = [
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "35岁了", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人", "not a native speaker so",
    "有乙肝", "his depression", "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到", "has not missed a single deadline",
    "always prepared for client calls", "从没出过错", "she is not lazy at all", "并不是不主动",
    "he never calls back", "since becoming a mother she is less committed",
]
# Common absolute words the brief explicitly allows in notes.
ALLOWED_COMMON = {"never", "always", "every time", "constantly", "从来不", "每次都", "总是", "一直", "从来"}

COUNT_KEYS = ["notes", "clean", "flagged", "flags", "vague", "personality", "absolute", "biased",
              "age", "gender", "family", "origin", "health", "coded"]


def contains_phrase(note, phrase):
    """Case-insensitive containment; whole-word for Latin-script phrases."""
    if re.search(r"[A-Za-z]", phrase):
        pat = r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])"
        return re.search(pat, note, flags=re.IGNORECASE) is not None
    return phrase in note


def count_sentences(note, lang):
    lines = [l for l in note.splitlines() if l.strip()]
    bullets = [l for l in lines if re.match(r"\s*(-|\d+[)）.])\s*", l)]
    if lang == "zh":
        n = len(re.findall(r"[。！？!?]", note))
    else:
        n = len(re.findall(r"[.!?](?:\s|$|['\"])", note))
    return max(n, len(bullets), 1)


def parse_header(path):
    header = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                header.append(line.rstrip("\n"))
            elif line.strip() == "":
                continue
            else:
                break
    return header


def check_file(lang, fname, errors, warnings):
    path = os.path.join(HERE, fname)
    tag = fname
    if not os.path.exists(path):
        errors.append(f"{tag}: missing")
        return None
    header = parse_header(path)
    if not header:
        errors.append(f"{tag}: no comment header")
    htext = "\n".join(header)
    if "CC BY 4.0" not in htext:
        errors.append(f"{tag}: header must name the licence (CC BY 4.0)")
    if "source" not in htext.lower():
        errors.append(f"{tag}: header must name the public sources consulted")
    declared = None
    for line in header:
        m = re.match(r"#\s*counts:\s*(.*)$", line)
        if m:
            declared = dict(re.findall(r"(\w+)=(\d+)", m.group(1)))
            declared = {k: int(v) for k, v in declared.items()}
    if declared is None:
        errors.append(f"{tag}: header lacks a '# counts:' line")

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        errors.append(f"{tag}: top level must be a list")
        return None
    if len(data) != N_NOTES:
        errors.append(f"{tag}: expected {N_NOTES} records, found {len(data)}")

    cat = Counter()
    sub = Counter()
    n_clean = 0
    seen_notes = set()
    for i, rec in enumerate(data, 1):
        want_id = f"b33n-{lang}-{i:03d}"
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = f"{tag} record {i} ({rid})"
        if not isinstance(rec, dict):
            errors.append(f"{where}: not a mapping")
            continue
        keys = set(rec)
        if not KEYS_REQUIRED <= keys:
            errors.append(f"{where}: missing keys {sorted(KEYS_REQUIRED - keys)}")
        if keys - KEYS_REQUIRED - KEYS_OPTIONAL:
            errors.append(f"{where}: unknown keys {sorted(keys - KEYS_REQUIRED - KEYS_OPTIONAL)}")
        if rid != want_id:
            errors.append(f"{where}: id should be {want_id}")
        if rec.get("lang") != lang:
            errors.append(f"{where}: lang should be {lang}")
        for k in ("employee_role", "note"):
            if not isinstance(rec.get(k), str) or not rec.get(k).strip():
                errors.append(f"{where}: {k} must be a non-empty string")
        if "why" in rec and (not isinstance(rec["why"], str) or not rec["why"].strip()):
            errors.append(f"{where}: why, when present, must be a non-empty string")
        note = rec.get("note") or ""
        if note in seen_notes:
            errors.append(f"{where}: duplicate note text")
        seen_notes.add(note)

        has_cjk = re.search(r"[\u4e00-\u9fff]", note) is not None
        if lang == "zh" and not has_cjk:
            errors.append(f"{where}: Chinese note has no Chinese characters")
        if lang == "en" and has_cjk:
            errors.append(f"{where}: English note contains Chinese characters")

        ns = count_sentences(note, lang)
        if not 2 <= ns <= 7:
            warnings.append(f"{where}: about {ns} sentences/bullets (brief says 2-7)")

        for ex in DEFINITION_EXAMPLES:
            if ex.lower() in ALLOWED_COMMON:
                continue
            if contains_phrase(note, ex):
                errors.append(f"{where}: note copies definition example '{ex}'")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list ([] when clean)")
            continue
        if not flags:
            n_clean += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append(f"{where}: flag is not a mapping: {f!r}")
                continue
            fk = set(f)
            if fk - {"text", "category", "subtype"}:
                errors.append(f"{where}: flag has unknown keys {sorted(fk - {'text', 'category', 'subtype'})}")
            text = f.get("text")
            c = f.get("category")
            if not isinstance(text, str) or not text:
                errors.append(f"{where}: flag text missing")
                continue
            occ = note.count(text)
            if occ != 1:
                errors.append(f"{where}: flag '{text}' occurs {occ} times in the note (must be exactly 1)")
            if text != text.strip():
                errors.append(f"{where}: flag '{text}' has leading/trailing whitespace")
            if c not in CATEGORIES:
                errors.append(f"{where}: flag '{text}' has bad category {c!r}")
            if c == "biased":
                st = f.get("subtype")
                if st not in SUBTYPES:
                    errors.append(f"{where}: biased flag '{text}' needs a subtype in {sorted(SUBTYPES)}")
                else:
                    sub[st] += 1
            elif "subtype" in f:
                errors.append(f"{where}: flag '{text}' has a subtype but is not biased")
            if c in CATEGORIES:
                cat[c] += 1
            if text.strip().lower() in {e.lower() for e in DEFINITION_EXAMPLES}:
                errors.append(f"{where}: flag '{text}' is a definition example")
            if occ >= 1:
                start = note.find(text)
                spans.append((start, start + len(text), text))
            # soft span-length check
            if lang == "en" and len(text.split()) > 10:
                warnings.append(f"{where}: long English span ({len(text.split())} words): '{text}'")
            if lang == "zh" and len(re.sub(r"\s", "", text)) > 16:
                warnings.append(f"{where}: long Chinese span ({len(text)} chars): '{text}'")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f"{where}: flags overlap: '{t1}' / '{t2}'")

    n_flags = sum(cat.values())
    actual = {
        "notes": len(data), "clean": n_clean, "flagged": len(data) - n_clean, "flags": n_flags,
        "vague": cat["vague"], "personality": cat["personality"], "absolute": cat["absolute"],
        "biased": cat["biased"], **{s: sub[s] for s in sorted(SUBTYPES)},
    }
    if n_clean != N_CLEAN:
        errors.append(f"{tag}: expected {N_CLEAN} clean notes, found {n_clean}")
    if not FLAG_RANGE[0] <= n_flags <= FLAG_RANGE[1]:
        errors.append(f"{tag}: {n_flags} flags, expected about 60 ({FLAG_RANGE[0]}-{FLAG_RANGE[1]})")
    for c in CATEGORIES:
        if cat[c] == 0:
            errors.append(f"{tag}: no flags of category {c}")
    for s in SUBTYPES:
        if sub[s] == 0:
            errors.append(f"{tag}: no biased flags of subtype {s}")
    if n_flags:
        share = cat["biased"] / n_flags
        if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
            errors.append(f"{tag}: biased share {share:.2f} outside {BIASED_SHARE}")
    if declared is not None:
        for k in COUNT_KEYS:
            if declared.get(k) != actual[k]:
                errors.append(f"{tag}: header says {k}={declared.get(k)}, records give {actual[k]}")
    return actual


def main():
    errors, warnings = [], []
    results = {}
    for lang, fname in FILES.items():
        results[lang] = check_file(lang, fname, errors, warnings)
    for lang, r in results.items():
        if r:
            print(f"[{lang}] " + " ".join(f"{k}={r[k]}" for k in COUNT_KEYS))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
