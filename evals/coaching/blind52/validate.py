#!/usr/bin/env python3
"""Structure and count checker for the blind52 coaching-note evaluation set.

Usage:
    python3 validate.py                 # check notes_en.yaml and notes_zh.yaml next to this script
    python3 validate.py --counts        # print the '# counts:' line computed for each file
    python3 validate.py FILE [FILE ...] # check other copies (language taken from '_en'/'_zh' in
                                        # the file name, else from the first record's id)

Exit status 0 when every check passes, 1 otherwise. Needs Python 3 and PyYAML.
"""
import argparse
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("validate.py needs PyYAML (pip install pyyaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILES = ["notes_en.yaml", "notes_zh.yaml"]

CATEGORIES = ("vague", "personality", "biased", "absolute")
SUBTYPES = ("age", "gender", "family", "origin", "health", "coded")
REQUIRED_FIELDS = ("id", "lang", "employee_role", "note", "flags")
OPTIONAL_FIELDS = ("why",)

# Required mix, per language file.
N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
FLAGS_MIN, FLAGS_MAX = 50, 75
BIASED_SHARE_MIN, BIASED_SHARE_MAX = 0.25, 0.45
FLAGS_PER_NOTE_MIN, FLAGS_PER_NOTE_MAX = 1, 5
SUBTYPE_AIM = (3, 5)          # outside this range -> warning, not failure
MAX_SPAN_UNITS = {"en": 10, "zh": 14}   # words (en) / CJK chars + latin words (zh)

ID_RE = re.compile(r"^b52n-(en|zh)-(\d{3})$")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Example phrases quoted in the label definitions. No note may contain one of them as a whole.
# (The single common words never / always / constantly / every time / 总是 / 一直 / 从来 are allowed.)
BANNED_PHRASES = [
    # span examples and vague
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    # personality
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    # biased
    "年轻人就是浮躁", "35 岁了", "for a woman", "bossy", "刚生完孩子精力不够",
    "has kids so can't travel", "外地人", "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    # absolute
    "从来不", "每次都", "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls", "从没出过错",
    # context rules
    "he never calls back", "The client wrote 'he never calls back'", "she is not lazy at all",
    "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

# Traditional -> simplified for the characters that occur in the banned Chinese phrases, so a
# traditional-character note cannot slip a banned phrase past the check.
_T2S = str.maketrans({
    "夠": "够", "動": "动", "態": "态", "細": "细", "與": "与", "輕": "轻", "氣": "气",
    "內": "内", "剛": "刚", "過": "过", "從": "从", "來": "来", "遲": "迟", "錯": "错",
    "並": "并", "歲": "岁", "沒": "没", "爲": "为", "為": "为", "腦": "脑", "幹": "干",
})


def _norm(s):
    """Normalise for the banned-phrase check: fold case, unify quotes, drop all whitespace."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.translate(_T2S).casefold()
    return re.sub(r"\s+", "", s)


BANNED_NORM = [(p, _norm(p)) for p in BANNED_PHRASES]


def occurrences(hay, needle):
    """All start offsets of needle in hay, overlapping matches included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def span_units(text, lang):
    if lang == "en":
        return len(text.split())
    return len(CJK_RE.findall(text)) + len(re.findall(r"[A-Za-z0-9]+", text))


def expected_lang(path, records):
    base = os.path.basename(path)
    if "_en" in base:
        return "en"
    if "_zh" in base:
        return "zh"
    if records and isinstance(records[0], dict):
        m = ID_RE.match(str(records[0].get("id", "")))
        if m:
            return m.group(1)
    return None


def compute_counts(records):
    c = {"notes": 0, "clean": 0, "flagged": 0, "flags": 0}
    c.update({k: 0 for k in CATEGORIES})
    c.update({k: 0 for k in SUBTYPES})
    for r in records:
        if not isinstance(r, dict):
            continue
        c["notes"] += 1
        flags = r.get("flags") or []
        if not isinstance(flags, list):
            continue
        if flags:
            c["flagged"] += 1
        else:
            c["clean"] += 1
        for f in flags:
            if not isinstance(f, dict):
                continue
            c["flags"] += 1
            cat = f.get("category")
            if cat in c:
                c[cat] += 1
            if cat == "biased" and f.get("subtype") in SUBTYPES:
                c[f["subtype"]] += 1
    return c


def counts_line(c):
    share = 100.0 * c["biased"] / c["flags"] if c["flags"] else 0.0
    return ("# counts: notes={notes} clean={clean} flagged={flagged} flags={flags} | "
            "vague={vague} personality={personality} biased={biased} ({share:.1f}%) absolute={absolute} | "
            "age={age} gender={gender} family={family} origin={origin} health={health} coded={coded}"
            ).format(share=share, **c)


def load(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    return raw, yaml.safe_load(raw)


def check_file(path):
    """Return (errors, warnings, counts) for one YAML file."""
    errors, warnings = [], []
    try:
        raw, data = load(path)
    except (OSError, yaml.YAMLError) as exc:
        return ["cannot load: %s" % exc], [], None
    if not isinstance(data, list):
        return ["top level must be a list of records"], [], None

    lang = expected_lang(path, data)
    if lang not in ("en", "zh"):
        errors.append("cannot tell the file's language (name it *_en.yaml or *_zh.yaml)")

    # ---- header -------------------------------------------------------------------------
    header = []
    for line in raw.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip():
            break
    if not header:
        errors.append("file must open with a comment header")
    counts = compute_counts(data)
    want_line = counts_line(counts)
    count_lines = [h for h in header if h.startswith("# counts:")]
    if len(count_lines) != 1:
        errors.append("header must hold exactly one '# counts:' line")
    elif count_lines[0].rstrip() != want_line:
        errors.append("header counts line is stale;\n    have: %s\n    want: %s"
                      % (count_lines[0].rstrip(), want_line))
    if not any("sources" in h.lower() for h in header):
        errors.append("header must list the sources consulted")
    if not any("licence" in h.lower() and "CC BY 4.0" in h for h in header):
        errors.append("header must state the licence (CC BY 4.0)")

    # ---- records ------------------------------------------------------------------------
    seen_ids, seen_notes = set(), {}
    for idx, rec in enumerate(data, 1):
        where = "record %d" % idx
        if not isinstance(rec, dict):
            errors.append("%s: not a mapping" % where)
            continue
        rid = rec.get("id")
        where = "%s (%s)" % (where, rid)
        for k in REQUIRED_FIELDS:
            if k not in rec:
                errors.append("%s: missing field '%s'" % (where, k))
        for k in rec:
            if k not in REQUIRED_FIELDS + OPTIONAL_FIELDS:
                errors.append("%s: unknown field '%s'" % (where, k))

        m = ID_RE.match(str(rid))
        if not m:
            errors.append("%s: id must look like b52n-%s-001" % (where, lang or "xx"))
        else:
            if m.group(1) != lang:
                errors.append("%s: id language does not match the file (%s)" % (where, lang))
            if int(m.group(2)) != idx:
                errors.append("%s: ids must run 001..%03d in order (expected %03d)"
                              % (where, N_NOTES, idx))
        if rid in seen_ids:
            errors.append("%s: duplicate id" % where)
        seen_ids.add(rid)

        if rec.get("lang") != lang:
            errors.append("%s: lang must be '%s'" % (where, lang))
        for k in ("employee_role", "note"):
            v = rec.get(k)
            if not isinstance(v, str) or not v.strip():
                errors.append("%s: '%s' must be a non-empty string" % (where, k))
        if "why" in rec and (not isinstance(rec["why"], str) or not rec["why"].strip()):
            errors.append("%s: 'why' must be a non-empty string when present" % where)

        note = rec.get("note")
        if not isinstance(note, str):
            continue
        if lang == "zh" and not CJK_RE.search(note):
            errors.append("%s: Chinese note has no Chinese characters" % where)
        if lang == "en" and len(CJK_RE.findall(note)) > 0:
            errors.append("%s: English note contains Chinese characters" % where)
        if note in seen_notes:
            errors.append("%s: same note text as %s" % (where, seen_notes[note]))
        seen_notes[note] = rid

        nnote = _norm(note)
        for phrase, nphrase in BANNED_NORM:
            if nphrase in nnote:
                errors.append("%s: note contains the definition example phrase %r" % (where, phrase))

        flags = rec.get("flags")
        if not isinstance(flags, list):
            errors.append("%s: 'flags' must be a list ([] when clean)" % where)
            continue
        if flags and not (FLAGS_PER_NOTE_MIN <= len(flags) <= FLAGS_PER_NOTE_MAX):
            errors.append("%s: flagged notes need %d-%d flags, has %d"
                          % (where, FLAGS_PER_NOTE_MIN, FLAGS_PER_NOTE_MAX, len(flags)))
        spans = []
        for j, f in enumerate(flags, 1):
            fw = "%s flag %d" % (where, j)
            if not isinstance(f, dict):
                errors.append("%s: must be a mapping" % fw)
                continue
            extra = set(f) - {"text", "category", "subtype"}
            if extra:
                errors.append("%s: unknown keys %s" % (fw, sorted(extra)))
            text, cat = f.get("text"), f.get("category")
            if cat not in CATEGORIES:
                errors.append("%s: category %r not one of %s" % (fw, cat, CATEGORIES))
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errors.append("%s: biased flag needs subtype in %s" % (fw, SUBTYPES))
            elif "subtype" in f:
                errors.append("%s: subtype only allowed on biased flags" % fw)
            if not isinstance(text, str) or not text.strip():
                errors.append("%s: text must be a non-empty string" % fw)
                continue
            if text != text.strip():
                errors.append("%s: text has leading/trailing whitespace" % fw)
            occ = occurrences(note, text)
            if len(occ) != 1:
                errors.append("%s: text %r occurs %d times in the note (must be exactly once)"
                              % (fw, text, len(occ)))
            else:
                spans.append((occ[0], occ[0] + len(text), text))
            units = span_units(text, lang)
            if units > MAX_SPAN_UNITS.get(lang, 99):
                errors.append("%s: span %r is too long (%d units > %d)"
                              % (fw, text, units, MAX_SPAN_UNITS[lang]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append("%s: flags %r and %r overlap" % (where, a[2], b[2]))

    # ---- mix ----------------------------------------------------------------------------
    c = counts
    if c["notes"] != N_NOTES:
        errors.append("need %d notes, found %d" % (N_NOTES, c["notes"]))
    if c["clean"] != N_CLEAN:
        errors.append("need %d clean notes, found %d" % (N_CLEAN, c["clean"]))
    if c["flagged"] != N_FLAGGED:
        errors.append("need %d flagged notes, found %d" % (N_FLAGGED, c["flagged"]))
    if not FLAGS_MIN <= c["flags"] <= FLAGS_MAX:
        errors.append("need %d-%d flags, found %d" % (FLAGS_MIN, FLAGS_MAX, c["flags"]))
    if c["flags"]:
        share = c["biased"] / c["flags"]
        if not BIASED_SHARE_MIN <= share <= BIASED_SHARE_MAX:
            errors.append("biased share %.1f%% outside %d-%d%%"
                          % (100 * share, 100 * BIASED_SHARE_MIN, 100 * BIASED_SHARE_MAX))
    for k in CATEGORIES:
        if c[k] == 0:
            errors.append("category '%s' never used" % k)
    for k in SUBTYPES:
        if c[k] == 0:
            errors.append("biased subtype '%s' never used" % k)
        elif not SUBTYPE_AIM[0] <= c[k] <= SUBTYPE_AIM[1]:
            warnings.append("subtype '%s' has %d flags (aim %d-%d)" % ((k, c[k]) + SUBTYPE_AIM))
    return errors, warnings, counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", action="store_true", help="print the computed counts line per file")
    ap.add_argument("files", nargs="*", help="YAML files to check (default: the two set files)")
    args = ap.parse_args(argv)
    files = args.files or [os.path.join(HERE, f) for f in DEFAULT_FILES]

    if args.counts:
        status = 0
        for path in files:
            try:
                _, data = load(path)
            except (OSError, yaml.YAMLError) as exc:
                print("%s: cannot load: %s" % (os.path.basename(path), exc))
                status = 1
                continue
            print("%s  %s" % (os.path.basename(path), counts_line(compute_counts(data or []))))
        return status

    failed = False
    for path in files:
        errors, warnings, counts = check_file(path)
        name = os.path.basename(path)
        for w in warnings:
            print("%s: warning: %s" % (name, w))
        for e in errors:
            print("%s: ERROR: %s" % (name, e))
        if errors:
            failed = True
            print("%s: FAIL (%d errors)" % (name, len(errors)))
        else:
            print("%s: OK  %s" % (name, counts_line(counts)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
