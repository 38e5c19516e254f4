#!/usr/bin/env python3
"""Structure and count checker for the blind48 coaching-flag evaluation set.

Run from anywhere:  python3 validate.py
Exit status 0 when every check passes, 1 otherwise.
`python3 validate.py --counts` prints the expected "# counts" header lines.

Licence: CC BY 4.0
"""
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}

N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
FLAGS_MIN, FLAGS_MAX = 50, 75
BIASED_PCT_MIN, BIASED_PCT_MAX = 25.0, 45.0

CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
RECORD_KEYS_REQUIRED = {"id", "lang", "employee_role", "note", "flags"}
RECORD_KEYS_OPTIONAL = {"why"}

# Example phrases quoted in the label definitions.  No note may contain one of
# these as a whole.  The single common words never / always / constantly /
# every time / 总是 / 一直 / 从来 are deliberately NOT in this list.
BANNED_EXAMPLES = [
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
    "since becoming a mother she is less committed",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    # absolute
    "never meets deadlines", "从来不", "每次都", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls",
    "从没出过错",
    # context-rule examples
    "the client wrote 'he never calls back'", "he never calls back",
    "she is not lazy at all", "并不是不主动",
]

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# characters that only occur in traditional script (simplified forms differ)
TRADITIONAL_ONLY = set("們這個來說時會對與為從業績評務關當點發進過還應")


def norm_spaced(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s)


def norm_nospace(s):
    return re.sub(r"\s+", "", norm_spaced(s))


def contains_banned(note):
    a, b = norm_spaced(note), norm_nospace(note)
    hits = []
    for p in BANNED_EXAMPLES:
        if norm_spaced(p) in a or norm_nospace(p) in b:
            hits.append(p)
    return hits


def read_header(path):
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


def compute_counts(records):
    flags = [f for r in records for f in (r.get("flags") or [])]
    cat = {c: sum(1 for f in flags if f.get("category") == c) for c in CATEGORIES}
    sub = {s: sum(1 for f in flags if f.get("category") == "biased" and f.get("subtype") == s)
           for s in SUBTYPES}
    clean = sum(1 for r in records if not r.get("flags"))
    n_flags = len(flags)
    pct = round(100.0 * cat["biased"] / n_flags, 1) if n_flags else 0.0
    line = ("# counts: notes=%d clean=%d flagged=%d flags=%d " % (len(records), clean, len(records) - clean, n_flags)
            + " ".join("%s=%d" % (c, cat[c]) for c in CATEGORIES)
            + " biased_pct=%.1f | biased subtypes: " % pct
            + " ".join("%s=%d" % (s, sub[s]) for s in SUBTYPES))
    return line, cat, sub, clean, n_flags, pct


def check_file(lang, fname, errors):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append("%s: missing" % fname)
        return None
    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    if not first.startswith("#"):
        errors.append("%s: file must start with a comment header" % fname)
    with open(path, encoding="utf-8") as fh:
        try:
            data = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            errors.append("%s: YAML error: %s" % (fname, exc))
            return None
    if not isinstance(data, list):
        errors.append("%s: top level must be a list of records" % fname)
        return None

    def err(rid, msg):
        errors.append("%s %s: %s" % (fname, rid, msg))

    if len(data) != N_NOTES:
        errors.append("%s: expected %d notes, found %d" % (fname, N_NOTES, len(data)))

    seen_notes = set()
    for i, r in enumerate(data, 1):
        expected_id = "b48n-%s-%03d" % (lang, i)
        if not isinstance(r, dict):
            err(expected_id, "record is not a mapping")
            continue
        rid = r.get("id", expected_id)
        keys = set(r)
        missing = RECORD_KEYS_REQUIRED - keys
        extra = keys - RECORD_KEYS_REQUIRED - RECORD_KEYS_OPTIONAL
        if missing:
            err(rid, "missing keys %s" % sorted(missing))
        if extra:
            err(rid, "unexpected keys %s" % sorted(extra))
        if r.get("id") != expected_id:
            err(rid, "id should be %s (ids must run in order)" % expected_id)
        if r.get("lang") != lang:
            err(rid, "lang should be %r" % lang)
        role = r.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 5:
            err(rid, "employee_role must be a non-trivial string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(rid, "note must be a non-empty string")
            continue
        if note in seen_notes:
            err(rid, "duplicate note text")
        seen_notes.add(note)
        if lang == "zh" and not CJK_RE.search(note):
            err(rid, "Chinese note contains no CJK characters")
        if lang == "en" and len(CJK_RE.findall(note)) > 0:
            err(rid, "English note contains CJK characters")
        if "why" in r and not (isinstance(r["why"], str) and r["why"].strip()):
            err(rid, "why, when present, must be a non-empty string")
        hits = contains_banned(note)
        if hits:
            err(rid, "note contains definition example phrase(s): %s" % hits)

        flags = r.get("flags")
        if flags is None or not isinstance(flags, list):
            err(rid, "flags must be a list ([] when clean)")
            continue
        spans = []
        for f in flags:
            if not isinstance(f, dict):
                err(rid, "flag is not a mapping: %r" % (f,))
                continue
            fk = set(f)
            text, cat = f.get("text"), f.get("category")
            if cat not in CATEGORIES:
                err(rid, "bad category %r" % (cat,))
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(rid, "biased flag %r needs subtype in %s" % (text, SUBTYPES))
                if fk - {"text", "category", "subtype"}:
                    err(rid, "unexpected flag keys %s" % sorted(fk))
            else:
                if "subtype" in f:
                    err(rid, "subtype only allowed for biased (flag %r)" % (text,))
                if fk - {"text", "category"}:
                    err(rid, "unexpected flag keys %s" % sorted(fk))
            if not isinstance(text, str) or not text.strip():
                err(rid, "flag text must be a non-empty string")
                continue
            if text != text.strip():
                err(rid, "flag text has leading/trailing whitespace: %r" % text)
            n = note.count(text)
            if n != 1:
                err(rid, "flag text %r occurs %d times in note (must be exactly 1)" % (text, n))
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(rid, "flags overlap: %r / %r" % (t1, t2))
    return data


def main():
    errors = []
    report = []
    for lang, fname in FILES.items():
        records = check_file(lang, fname, errors)
        if records is None:
            continue
        line, cat, sub, clean, n_flags, pct = compute_counts(records)
        report.append("%s %s" % (fname, line))
        if "--counts" in sys.argv:
            continue
        if clean != N_CLEAN:
            errors.append("%s: %d clean notes, expected %d" % (fname, clean, N_CLEAN))
        if len(records) - clean != N_FLAGGED:
            errors.append("%s: %d flagged notes, expected %d" % (fname, len(records) - clean, N_FLAGGED))
        if not FLAGS_MIN <= n_flags <= FLAGS_MAX:
            errors.append("%s: %d flags, expected %d-%d" % (fname, n_flags, FLAGS_MIN, FLAGS_MAX))
        if not BIASED_PCT_MIN <= pct <= BIASED_PCT_MAX:
            errors.append("%s: biased share %.1f%%, expected %.0f-%.0f%%" % (fname, pct, BIASED_PCT_MIN, BIASED_PCT_MAX))
        for c in CATEGORIES:
            if cat[c] == 0:
                errors.append("%s: category %s absent" % (fname, c))
        for s in SUBTYPES:
            if sub[s] == 0:
                errors.append("%s: biased subtype %s absent" % (fname, s))
        if lang == "zh":
            trad = [r["id"] for r in records if isinstance(r, dict) and isinstance(r.get("note"), str)
                    and sum(ch in TRADITIONAL_ONLY for ch in r["note"]) >= 3]
            if not trad:
                errors.append("%s: no note written in traditional characters" % fname)
        header = read_header(os.path.join(HERE, fname))
        count_lines = [h for h in header if h.startswith("# counts")]
        if count_lines != [line]:
            errors.append("%s: header counts line must be exactly:\n    %s\n  found: %s" % (fname, line, count_lines))
        text = "\n".join(header).lower()
        if "licence: cc by 4.0" not in text:
            errors.append("%s: header must contain 'licence: CC BY 4.0'" % fname)
        if "source" not in text:
            errors.append("%s: header must name the sources consulted" % fname)

    for line in report:
        print(line)
    if "--counts" in sys.argv:
        return 0
    if errors:
        print("\nFAILED (%d problem%s):" % (len(errors), "" if len(errors) == 1 else "s"))
        for e in errors:
            print(" - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
