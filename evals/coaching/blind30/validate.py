#!/usr/bin/env python3
"""Validator for the blind30 manager-notes set (Python 3 + PyYAML only).

Checks, for notes_en.yaml and notes_zh.yaml in this folder:
  * structure: 45 records, ids b30n-<lang>-001..045 in order, allowed keys only,
    lang matches the file, non-empty role and note, flags is a list;
  * flags: category in {vague, personality, biased, absolute}; subtype present exactly
    for biased and in {age, gender, family, origin, health, coded}; text is an exact
    substring occurring once in the note; no two flags of a note overlap; no flag sits
    inside quoted speech;
  * counts: 15 clean / 30 flagged notes; 55-70 flags; biased share 0.28-0.40;
    every category and every biased subtype present;
  * the comment header's count lines equal the counts recomputed from the records,
    and the header names sources and the CC BY 4.0 licence;
  * no note contains an example phrase quoted in the label definitions;
  * Chinese notes contain CJK text, English notes none; no duplicate notes.
Exit status 0 when everything passes, 1 otherwise.
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
FLAG_RANGE = (55, 70)
BIASED_SHARE = (0.28, 0.40)
CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
KEYS_ALLOWED = KEYS_REQUIRED | {"why"}

# Example phrases quoted in the label definitions: no note may contain them.
BANNED_EN = [
    "good attitude", "needs to be more proactive", "great team player",
    "not strategic enough", "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "too old to learn", "for a woman", "bossy", "has kids so can't travel",
    "not a native speaker so", "his depression", "not leadership material",
    "not a culture fit", "never", "always", "every time", "constantly",
    "never meets deadlines", "has not missed a single deadline",
    "always prepared for client calls", "he never calls back", "she is not lazy at all",
    "on parental leave from 3 March to 30 June",
    "since becoming a mother she is less committed",
    "she flagged the outage risk two weeks before launch",
]
BANNED_ZH = [
    "不够主动", "女生就是细心", "态度不错", "能力一般", "有待提高", "脾气差", "性格太内向",
    "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "35岁了", "刚生完孩子精力不够",
    "外地人", "有乙肝", "不像做管理的料", "从来不", "每次都", "总是", "一直", "每次都迟到",
    "从没出过错", "并不是不主动",
    # traditional-script forms of the same phrases
    "總是", "態度不錯", "能力一般", "有待提高", "脾氣差", "外地人", "從來不", "每次都",
]

CJK = re.compile(r"[\u4e00-\u9fff]")
QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”|「[^」]*」|『[^』]*』')
HEADER_LINE = re.compile(r"^#\s*(counts|categories|biased subtypes):\s*(.*)$")


def header_counts(path):
    """Return ({key: int}, header_text) from the leading comment block."""
    found, lines = {}, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            lines.append(line)
            m = HEADER_LINE.match(line.strip())
            if m:
                for k, v in re.findall(r"([a-z]+)=(\d+)", m.group(2)):
                    found[m.group(1) + ":" + k] = int(v)
    return found, "".join(lines)


def banned_hits(note, lang):
    hits = []
    if lang == "en":
        low = note.lower()
        for p in BANNED_EN:
            if re.search(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", low):
                hits.append(p)
    for p in BANNED_ZH:
        if p in note:
            hits.append(p)
    return hits


def check_file(lang, errors, warnings):
    path = os.path.join(HERE, FILES[lang])
    if not os.path.exists(path):
        errors.append(f"{FILES[lang]}: missing")
        return None
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list):
        errors.append(f"{FILES[lang]}: top level must be a list")
        return None
    if len(data) != N_NOTES:
        errors.append(f"{FILES[lang]}: {len(data)} records, expected {N_NOTES}")

    cat = Counter()
    sub = Counter()
    n_clean = 0
    n_flags = 0
    seen_notes = set()
    for i, rec in enumerate(data, 1):
        want_id = f"b30n-{lang}-{i:03d}"
        where = f"{FILES[lang]}#{i}"
        if not isinstance(rec, dict):
            errors.append(f"{where}: record is not a mapping")
            continue
        rid = rec.get("id")
        where = f"{FILES[lang]}:{rid}"
        if rid != want_id:
            errors.append(f"{where}: id should be {want_id}")
        missing = KEYS_REQUIRED - rec.keys()
        extra = rec.keys() - KEYS_ALLOWED
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        if rec.get("lang") != lang:
            errors.append(f"{where}: lang should be {lang}")
        role = rec.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            errors.append(f"{where}: employee_role empty")
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note empty")
            continue
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            errors.append(f"{where}: why must be a non-empty string when present")
        if note in seen_notes:
            errors.append(f"{where}: duplicate note text")
        seen_notes.add(note)
        has_cjk = bool(CJK.search(note))
        if lang == "zh" and not has_cjk:
            errors.append(f"{where}: Chinese note has no CJK characters")
        if lang == "en" and has_cjk:
            errors.append(f"{where}: English note contains CJK characters")
        for p in banned_hits(note, lang):
            errors.append(f"{where}: note contains definition example phrase {p!r}")
        # rough size check: 2-7 sentences or bullets (allow a little slack)
        units = [u for u in re.split(r"[.!?。！？;；\n]+", note) if u.strip()]
        if not 2 <= len(units) <= 9:
            warnings.append(f"{where}: {len(units)} sentence/bullet units")

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list")
            continue
        if not flags:
            n_clean += 1
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(note)]
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append(f"{where}: flag is not a mapping: {f!r}")
                continue
            fkeys = set(f.keys())
            if not {"text", "category"} <= fkeys or fkeys - {"text", "category", "subtype"}:
                errors.append(f"{where}: flag keys must be text, category[, subtype]: {f!r}")
            text, c = f.get("text"), f.get("category")
            if c not in CATEGORIES:
                errors.append(f"{where}: bad category {c!r}")
            if c == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append(f"{where}: biased flag needs subtype in {SUBTYPES}: {text!r}")
                else:
                    sub[f["subtype"]] += 1
            elif "subtype" in f:
                errors.append(f"{where}: subtype only allowed for biased: {text!r}")
            if not isinstance(text, str) or not text:
                errors.append(f"{where}: empty flag text")
                continue
            k = note.count(text)
            if k != 1:
                errors.append(f"{where}: flag text occurs {k} times: {text!r}")
                continue
            s = note.index(text)
            e = s + len(text)
            for qs, qe in quoted:
                if qs <= s and e <= qe:
                    errors.append(f"{where}: flag inside quoted speech: {text!r}")
            spans.append((s, e, text))
            cat[c] += 1
            n_flags += 1
            size = len(text.split()) if lang == "en" else len(re.sub(r"\s", "", text))
            limit = 12 if lang == "en" else 16
            if size > limit:
                warnings.append(f"{where}: long span ({size}): {text!r}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{where}: overlapping flags {a[2]!r} / {b[2]!r}")

    n_flagged = len(data) - n_clean
    if n_clean != N_CLEAN:
        errors.append(f"{FILES[lang]}: {n_clean} clean notes, expected {N_CLEAN}")
    if not FLAG_RANGE[0] <= n_flags <= FLAG_RANGE[1]:
        errors.append(f"{FILES[lang]}: {n_flags} flags, expected {FLAG_RANGE}")
    share = cat["biased"] / n_flags if n_flags else 0
    if not BIASED_SHARE[0] <= share <= BIASED_SHARE[1]:
        errors.append(f"{FILES[lang]}: biased share {share:.2f} outside {BIASED_SHARE}")
    for c in CATEGORIES:
        if not cat[c]:
            errors.append(f"{FILES[lang]}: no {c} flags")
    for s in SUBTYPES:
        if not sub[s]:
            errors.append(f"{FILES[lang]}: no biased/{s} flags")

    computed = {
        "counts:notes": len(data), "counts:clean": n_clean,
        "counts:flagged": n_flagged, "counts:flags": n_flags,
    }
    for c in CATEGORIES:
        computed["categories:" + c] = cat[c]
    for s in SUBTYPES:
        computed["biased subtypes:" + s] = sub[s]
    declared, header = header_counts(path)
    if not header:
        errors.append(f"{FILES[lang]}: missing comment header")
    for k, v in computed.items():
        if declared.get(k) != v:
            errors.append(f"{FILES[lang]}: header {k} = {declared.get(k)}, records give {v}")
    for k in declared.keys() - computed.keys():
        errors.append(f"{FILES[lang]}: unknown header count {k}")
    if "Sources" not in header:
        errors.append(f"{FILES[lang]}: header does not name sources")
    if "CC BY 4.0" not in header:
        errors.append(f"{FILES[lang]}: header does not state the CC BY 4.0 licence")
    return computed, share


def main():
    errors, warnings = [], []
    summary = {}
    for lang in FILES:
        res = check_file(lang, errors, warnings)
        if res:
            summary[lang] = res
    for name in ("LABELS.md",):
        if not os.path.exists(os.path.join(HERE, name)):
            errors.append(f"{name}: missing")
    for lang, (c, share) in summary.items():
        print(f"[{lang}] notes={c['counts:notes']} clean={c['counts:clean']} "
              f"flagged={c['counts:flagged']} flags={c['counts:flags']} "
              f"biased_share={share:.2f}")
        print("     " + " ".join(f"{k.split(':')[1]}={v}" for k, v in c.items()
                                  if k.startswith(("categories", "biased subtypes"))))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
