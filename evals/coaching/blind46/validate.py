#!/usr/bin/env python3
"""Structure and count checker for the blind46 coaching evaluation set.

Usage:
    python3 validate.py                 # check notes_en.yaml and notes_zh.yaml
    python3 validate.py --print-counts  # also print the "# counts" line per file

Exit status 0 when every check passes, 1 otherwise.
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
BIASED_MIN, BIASED_MAX = 0.25, 0.45

CATEGORIES = ["vague", "personality", "biased", "absolute"]
SUBTYPES = ["age", "gender", "family", "origin", "health", "coded"]
RECORD_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_KEYS = {"id", "lang", "employee_role", "note", "flags"}
FLAG_KEYS = {"text", "category", "subtype"}

# Span length guidance: usually 1-6 words (en) or 2-10 characters (zh);
# these hard limits only catch spans that are clearly too long.
MAX_EN_WORDS = 8
MAX_ZH_CHARS = 14
MIN_ZH_CHARS = 2

# Example phrases quoted in the label definitions. No note may contain one of
# them as a whole. The single common words never / always / constantly /
# every time / 总是 / 一直 / 从来 are allowed and therefore not listed.
FORBIDDEN_EXAMPLES = [
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

CJK = re.compile(r"[\u3400-\u9fff]")
# Characters that only appear in traditional script (their simplified forms differ).
TRAD_ONLY = set("這們個來時說為會與後從當對於機準術維護們廠區務續處號業戶調預備層報檢濟")


def norm(s):
    return re.sub(r"\s+", "", s.lower())


def counts_line(stats):
    b = stats["cat"]["biased"]
    pct = 100.0 * b / stats["flags"] if stats["flags"] else 0.0
    parts = [
        "# counts: notes=%d clean=%d flagged=%d flags=%d" % (
            stats["notes"], stats["clean"], stats["flagged"], stats["flags"]),
        "vague=%d personality=%d biased=%d (%.1f%%) absolute=%d" % (
            stats["cat"]["vague"], stats["cat"]["personality"], b, pct,
            stats["cat"]["absolute"]),
        "| biased subtypes: " + " ".join(
            "%s=%d" % (s, stats["sub"][s]) for s in SUBTYPES),
    ]
    return " ".join(parts)


def check_file(lang, fname, errors, print_counts):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append("%s: file missing" % fname)
        return
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
    if not header:
        errors.append("%s: no comment header" % fname)
    htext = "\n".join(header)
    if "licence: CC BY 4.0" not in htext:
        errors.append("%s: header lacks 'licence: CC BY 4.0'" % fname)
    if "source" not in htext.lower():
        errors.append("%s: header does not list the sources consulted" % fname)
    header_counts = [h for h in header if h.startswith("# counts")]
    if len(header_counts) != 1:
        errors.append("%s: header needs exactly one line starting '# counts'" % fname)

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        errors.append("%s: YAML error: %s" % (fname, exc))
        return
    if not isinstance(data, list):
        errors.append("%s: top level must be a list of records" % fname)
        return

    stats = {"notes": len(data), "clean": 0, "flagged": 0, "flags": 0,
             "cat": {c: 0 for c in CATEGORIES}, "sub": {s: 0 for s in SUBTYPES}}
    if len(data) != N_NOTES:
        errors.append("%s: %d notes, expected %d" % (fname, len(data), N_NOTES))

    expected_ids = ["b46n-%s-%03d" % (lang, i) for i in range(1, N_NOTES + 1)]
    seen_ids = set()
    trad_notes = 0
    for idx, rec in enumerate(data):
        where = "%s[%d]" % (fname, idx)
        if not isinstance(rec, dict):
            errors.append("%s: record is not a mapping" % where)
            continue
        rid = rec.get("id")
        where = "%s %s" % (fname, rid)
        missing = REQUIRED_KEYS - set(rec)
        extra = set(rec) - RECORD_KEYS
        if missing:
            errors.append("%s: missing keys %s" % (where, sorted(missing)))
        if extra:
            errors.append("%s: unknown keys %s" % (where, sorted(extra)))
        if idx < len(expected_ids) and rid != expected_ids[idx]:
            errors.append("%s: id out of sequence, expected %s" % (where, expected_ids[idx]))
        if rid in seen_ids:
            errors.append("%s: duplicate id" % where)
        seen_ids.add(rid)
        if rec.get("lang") != lang:
            errors.append("%s: lang must be %r" % (where, lang))
        role = rec.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            errors.append("%s: employee_role must be a non-empty string" % where)
        if "why" in rec and not (isinstance(rec["why"], str) and rec["why"].strip()):
            errors.append("%s: why, when present, must be a non-empty string" % where)
        note = rec.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append("%s: note must be a non-empty string" % where)
            continue
        if lang == "en" and CJK.search(note):
            errors.append("%s: English note contains CJK characters" % where)
        if lang == "zh":
            if len(CJK.findall(note)) < 20:
                errors.append("%s: Chinese note has too few Chinese characters" % where)
            if sum(1 for ch in note if ch in TRAD_ONLY) >= 5:
                trad_notes += 1

        nnote = norm(note)
        for phrase in FORBIDDEN_EXAMPLES:
            if norm(phrase) in nnote:
                errors.append("%s: note contains definition example %r" % (where, phrase))

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append("%s: flags must be a list ([] when clean)" % where)
            continue
        if flags:
            stats["flagged"] += 1
        else:
            stats["clean"] += 1
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                errors.append("%s: flag is not a mapping: %r" % (where, f))
                continue
            fextra = set(f) - FLAG_KEYS
            if fextra:
                errors.append("%s: flag has unknown keys %s" % (where, sorted(fextra)))
            text = f.get("text")
            cat = f.get("category")
            if not isinstance(text, str) or not text.strip():
                errors.append("%s: flag text must be a non-empty string" % where)
                continue
            if text != text.strip():
                errors.append("%s: flag text %r has leading/trailing spaces" % (where, text))
            if cat not in CATEGORIES:
                errors.append("%s: flag %r has bad category %r" % (where, text, cat))
            else:
                stats["cat"][cat] += 1
            stats["flags"] += 1
            if cat == "biased":
                st = f.get("subtype")
                if st not in SUBTYPES:
                    errors.append("%s: biased flag %r needs subtype in %s" % (where, text, SUBTYPES))
                else:
                    stats["sub"][st] += 1
            elif "subtype" in f:
                errors.append("%s: flag %r: subtype only allowed for biased" % (where, text))
            n = note.count(text)
            if n != 1:
                errors.append("%s: flag %r occurs %d times in note (must be exactly 1)" % (where, text, n))
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            if lang == "en":
                if len(text.split()) > MAX_EN_WORDS:
                    errors.append("%s: English span %r longer than %d words" % (where, text, MAX_EN_WORDS))
            else:
                nchar = len(re.sub(r"\s", "", text))
                if nchar > MAX_ZH_CHARS or nchar < MIN_ZH_CHARS:
                    errors.append("%s: Chinese span %r outside %d-%d characters" % (where, text, MIN_ZH_CHARS, MAX_ZH_CHARS))
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append("%s: flags %r and %r overlap" % (where, t1, t2))

    # Set-level counts.
    if stats["clean"] != N_CLEAN:
        errors.append("%s: %d clean notes, expected %d" % (fname, stats["clean"], N_CLEAN))
    if stats["flagged"] != N_FLAGGED:
        errors.append("%s: %d flagged notes, expected %d" % (fname, stats["flagged"], N_FLAGGED))
    if not FLAGS_MIN <= stats["flags"] <= FLAGS_MAX:
        errors.append("%s: %d flags, expected %d-%d" % (fname, stats["flags"], FLAGS_MIN, FLAGS_MAX))
    if stats["flags"]:
        share = stats["cat"]["biased"] / float(stats["flags"])
        if not BIASED_MIN <= share <= BIASED_MAX:
            errors.append("%s: biased share %.1f%% outside %d-%d%%" % (
                fname, 100 * share, 100 * BIASED_MIN, 100 * BIASED_MAX))
    for c in CATEGORIES:
        if stats["cat"][c] == 0:
            errors.append("%s: category %s absent" % (fname, c))
    for s in SUBTYPES:
        if stats["sub"][s] == 0:
            errors.append("%s: biased subtype %s absent" % (fname, s))
    if lang == "zh" and trad_notes < 1:
        errors.append("%s: expected at least one note in traditional characters" % fname)

    line = counts_line(stats)
    if print_counts:
        print("%s\n%s" % (fname, line))
    if len(header_counts) == 1 and header_counts[0].strip() != line:
        errors.append("%s: header counts line differs from computed:\n  header:   %s\n  computed: %s"
                      % (fname, header_counts[0].strip(), line))


def main():
    print_counts = "--print-counts" in sys.argv[1:]
    errors = []
    for lang, fname in FILES.items():
        check_file(lang, fname, errors, print_counts)
    if errors:
        for e in errors:
            print("FAIL " + e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: all checks passed for %s" % ", ".join(FILES.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
