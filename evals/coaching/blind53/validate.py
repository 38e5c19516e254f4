#!/usr/bin/env python3
"""Validator for the blind53 coaching-notes evaluation set.

Usage:
    python3 validate.py                 # check notes_en.yaml and notes_zh.yaml beside this script
    python3 validate.py FILE [FILE...]  # check other copies (language taken from the file name
                                        # (..._en / ..._zh) or, failing that, from the records)
    python3 validate.py --counts [FILE...]  # print the computed '# counts:' line of each file

Exit status 0 when every file passes (warnings do not fail), 1 otherwise.
Needs Python 3 and PyYAML.
"""
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.stderr.write("PyYAML is required (pip install pyyaml)\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILES = [os.path.join(HERE, "notes_en.yaml"), os.path.join(HERE, "notes_zh.yaml")]

REQUIRED = ["id", "lang", "employee_role", "note", "flags"]
OPTIONAL = ["why"]
CATEGORIES = ["vague", "personality", "biased", "absolute"]
SUBTYPES = ["age", "gender", "family", "origin", "health", "coded"]
FLAG_KEYS = {"text", "category", "subtype"}

# Mix required of each file.
N_NOTES, N_CLEAN, N_FLAGGED = 45, 15, 30
FLAGS_PER_NOTE = (1, 5)
FLAGS_PER_FILE = (50, 75)
BIASED_SHARE = (0.25, 0.45)
SUBTYPE_RANGE = (3, 5)  # outside -> warning; zero -> error

# Span sanity caps.
EN_MAX_WORDS = 10
ZH_MAX_UNITS = 14

# Example phrases quoted in the label definitions and context rules. No note may contain
# one of them as a whole. The single common words never / always / constantly /
# every time / 总是 / 一直 / 从来 are allowed and therefore not listed.
BANNED = [
    # vague
    "good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "不够主动", "能力一般", "有待提高",
    "proactive: she flagged the outage risk two weeks before launch",
    # personality
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心",
    # biased
    "too old to learn", "年轻人就是浮躁", "35 岁了", "女生就是细心", "for a woman", "bossy",
    "刚生完孩子精力不够", "has kids so can't travel", "外地人", "not a native speaker so",
    "有乙肝", "his depression", "not leadership material", "not a culture fit", "不像做管理的料",
    # absolute
    "从来不", "每次都", "never meets deadlines", "每次都迟到",
    "has not missed a single deadline", "always prepared for client calls", "从没出过错",
    # context rules
    "he never calls back", "The client wrote 'he never calls back'", "she is not lazy at all",
    "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

# Traditional -> simplified forms of the characters that occur in the banned phrases.
TRAD2SIMP = {
    "態": "态", "夠": "够", "動": "动", "氣": "气", "內": "内", "輕": "轻", "歲": "岁",
    "細": "细", "剛": "刚", "從": "从", "來": "来", "遲": "迟", "沒": "没", "過": "过",
    "錯": "错", "並": "并", "總": "总", "會": "会", "爲": "为", "為": "为", "裡": "里",
    "裏": "里", "麼": "么", "嗎": "吗", "這": "这", "們": "们", "對": "对", "說": "说",
}
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\u2033\uff02"
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\uff07"

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019.,\-][A-Za-z0-9]+)*")
EN_WORD_RE = re.compile(r"[A-Za-z0-9$%#@&]+(?:['\u2019.,\-/][A-Za-z0-9%]+)*")
COUNTS_RE = re.compile(r"^#\s*counts:")
ID_RE = re.compile(r"^b53n-(en|zh)-(\d{3})$")


def normalise(text):
    """Fold case, unify quotes, map traditional forms, drop whitespace."""
    out = []
    for ch in text.casefold():
        if ch in DOUBLE_QUOTES:
            ch = '"'
        elif ch in SINGLE_QUOTES:
            ch = "'"
        ch = TRAD2SIMP.get(ch, ch)
        if ch.isspace():
            continue
        out.append(ch)
    return "".join(out)


BANNED_NORM = [(p, normalise(p)) for p in BANNED]


def zh_units(text):
    """One unit per CJK character or run of Latin letters/digits."""
    return len(CJK_RE.findall(text)) + len(LATIN_WORD_RE.findall(CJK_RE.sub(" ", text)))


def en_words(text):
    return len(EN_WORD_RE.findall(text))


def occurrences(hay, needle):
    """All start positions, overlapping ones included."""
    pos, out = 0, []
    while needle:
        i = hay.find(needle, pos)
        if i < 0:
            break
        out.append(i)
        pos = i + 1
    return out


def file_lang(path, records):
    m = re.search(r"(?:^|[_\-.])(en|zh)(?:[_\-.]|$)", os.path.basename(path))
    if m:
        return m.group(1)
    langs = [r.get("lang") for r in records if isinstance(r, dict)]
    return max(set(langs), key=langs.count) if langs else None


def compute_counts(records):
    c = {"notes": 0, "clean": 0, "flagged": 0, "flags": 0}
    cat = {k: 0 for k in CATEGORIES}
    sub = {k: 0 for k in SUBTYPES}
    for r in records:
        if not isinstance(r, dict):
            continue
        c["notes"] += 1
        flags = r.get("flags") or []
        if not isinstance(flags, list):
            flags = []
        if flags:
            c["flagged"] += 1
        else:
            c["clean"] += 1
        for f in flags:
            if not isinstance(f, dict):
                continue
            c["flags"] += 1
            if f.get("category") in cat:
                cat[f["category"]] += 1
            if f.get("category") == "biased" and f.get("subtype") in sub:
                sub[f["subtype"]] += 1
    return c, cat, sub


def counts_line(records):
    c, cat, sub = compute_counts(records)
    pct = round(100.0 * cat["biased"] / c["flags"]) if c["flags"] else 0
    return (
        "# counts: notes={notes} clean={clean} flagged={flagged} flags={flags} | ".format(**c)
        + "vague={} personality={} biased={} ({}%) absolute={} | ".format(
            cat["vague"], cat["personality"], cat["biased"], pct, cat["absolute"])
        + " ".join("{}={}".format(k, sub[k]) for k in SUBTYPES)
    )


def header_lines(raw):
    lines = []
    for line in raw.splitlines():
        if line.startswith("#") or not line.strip():
            lines.append(line)
        else:
            break
    return [l for l in lines if l.startswith("#")]


def check_file(path):
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append
    try:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    except OSError as e:
        return ["cannot read: {}".format(e)], [], None
    try:
        records = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        return ["YAML error: {}".format(e)], [], None
    if not isinstance(records, list):
        return ["top level must be a list of records"], [], None

    lang = file_lang(path, records)
    if lang not in ("en", "zh"):
        err("cannot tell the file's language (en/zh)")
        return errors, warnings, records

    seen_notes = {}
    for idx, r in enumerate(records, 1):
        where = "record {}".format(idx)
        if not isinstance(r, dict):
            err("{}: not a mapping".format(where))
            continue
        rid = r.get("id")
        where = "{} ({})".format(where, rid)
        for k in REQUIRED:
            if k not in r:
                err("{}: missing field '{}'".format(where, k))
        for k in r:
            if k not in REQUIRED and k not in OPTIONAL:
                err("{}: unknown field '{}'".format(where, k))
        # id form and order
        expected = "b53n-{}-{:03d}".format(lang, idx)
        if not isinstance(rid, str) or not ID_RE.match(rid):
            err("{}: bad id form".format(where))
        elif rid != expected:
            err("{}: id out of order, expected {}".format(where, expected))
        if r.get("lang") != lang:
            err("{}: lang '{}' does not match file language '{}'".format(where, r.get("lang"), lang))
        role = r.get("employee_role")
        if not isinstance(role, str) or not role.strip():
            err("{}: employee_role must be a non-empty string".format(where))
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip() or "\n" in r["why"].strip()):
            err("{}: why must be a one-line string".format(where))
        if "why" in r and isinstance(r["why"], str) and CJK_RE.search(r["why"]):
            err("{}: why must be in English".format(where))
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err("{}: note must be a non-empty string".format(where))
            continue
        has_cjk = bool(CJK_RE.search(note))
        if lang == "zh" and not has_cjk:
            err("{}: Chinese note without Chinese characters".format(where))
        if lang == "en" and has_cjk:
            err("{}: English note contains Chinese characters".format(where))
        key = normalise(note)
        if key in seen_notes:
            err("{}: duplicate of {}".format(where, seen_notes[key]))
        seen_notes[key] = rid
        # banned example phrases
        for phrase, pnorm in BANNED_NORM:
            if pnorm and pnorm in key:
                err("{}: note contains a definition example phrase: {!r}".format(where, phrase))
        # flags
        flags = r.get("flags")
        if not isinstance(flags, list):
            err("{}: flags must be a list ([] when clean)".format(where))
            continue
        if flags and not (FLAGS_PER_NOTE[0] <= len(flags) <= FLAGS_PER_NOTE[1]):
            err("{}: {} flags, allowed {}-{}".format(where, len(flags), *FLAGS_PER_NOTE))
        spans = []
        for j, f in enumerate(flags, 1):
            fw = "{} flag {}".format(where, j)
            if not isinstance(f, dict):
                err("{}: not a mapping".format(fw))
                continue
            for k in f:
                if k not in FLAG_KEYS:
                    err("{}: unknown key '{}'".format(fw, k))
            text, cat = f.get("text"), f.get("category")
            if cat not in CATEGORIES:
                err("{}: bad category {!r}".format(fw, cat))
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err("{}: biased flag needs a subtype from {}".format(fw, SUBTYPES))
            elif "subtype" in f:
                err("{}: subtype only allowed on biased flags".format(fw))
            if not isinstance(text, str) or not text.strip():
                err("{}: empty text".format(fw))
                continue
            if text != text.strip():
                err("{}: text has leading/trailing whitespace".format(fw))
            occ = occurrences(note, text)
            if len(occ) == 0:
                err("{}: text not found in note: {!r}".format(fw, text))
                continue
            if len(occ) > 1:
                err("{}: text occurs {} times in note: {!r}".format(fw, len(occ), text))
            start = occ[0]
            spans.append((start, start + len(text), text))
            if lang == "en":
                n = en_words(text)
                if n > EN_MAX_WORDS:
                    err("{}: span has {} words (cap {}): {!r}".format(fw, n, EN_MAX_WORDS, text))
            else:
                n = zh_units(text)
                if n > ZH_MAX_UNITS:
                    err("{}: span has {} units (cap {}): {!r}".format(fw, n, ZH_MAX_UNITS, text))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                err("{}: flags overlap: {!r} / {!r}".format(where, a[2], b[2]))

    # mix
    c, cat, sub = compute_counts(records)
    if c["notes"] != N_NOTES:
        err("file has {} notes, expected {}".format(c["notes"], N_NOTES))
    if c["clean"] != N_CLEAN:
        err("file has {} clean notes, expected {}".format(c["clean"], N_CLEAN))
    if c["flagged"] != N_FLAGGED:
        err("file has {} flagged notes, expected {}".format(c["flagged"], N_FLAGGED))
    if not (FLAGS_PER_FILE[0] <= c["flags"] <= FLAGS_PER_FILE[1]):
        err("file has {} flags, expected {}-{}".format(c["flags"], *FLAGS_PER_FILE))
    for k in CATEGORIES:
        if cat[k] == 0:
            err("category '{}' absent".format(k))
    if c["flags"]:
        share = cat["biased"] / c["flags"]
        if not (BIASED_SHARE[0] <= share <= BIASED_SHARE[1]):
            err("biased share {:.1%} outside {:.0%}-{:.0%}".format(share, *BIASED_SHARE))
    for k in SUBTYPES:
        if sub[k] == 0:
            err("biased subtype '{}' absent".format(k))
        elif not (SUBTYPE_RANGE[0] <= sub[k] <= SUBTYPE_RANGE[1]):
            warn("biased subtype '{}' has {} flags (aim {}-{})".format(k, sub[k], *SUBTYPE_RANGE))

    # header
    head = header_lines(raw)
    clines = [l for l in head if COUNTS_RE.match(l)]
    all_clines = [l for l in raw.splitlines() if COUNTS_RE.match(l)]
    computed = counts_line(records)
    if len(clines) != 1 or len(all_clines) != 1:
        err("header must have exactly one '# counts:' line (found {})".format(len(all_clines)))
    elif clines[0].strip() != computed:
        err("counts line differs from computed:\n    header:   {}\n    computed: {}".format(
            clines[0].strip(), computed))
    htext = "\n".join(head).lower()
    if not head or len(head[0].strip("# ").strip()) == 0:
        err("header must start with a title line")
    if "source" not in htext:
        err("header must list the sources consulted")
    if "cc by 4.0" not in htext:
        err("header must state the licence (CC BY 4.0)")
    if "without reference" not in htext:
        err("header must state that the set was written without reference to the product")
    return errors, warnings, records


def main(argv):
    args = [a for a in argv if a != "--counts"]
    want_counts = len(args) != len(argv)
    files = args or DEFAULT_FILES
    if want_counts:
        rc = 0
        for path in files:
            try:
                with open(path, encoding="utf-8") as fh:
                    records = yaml.safe_load(fh)
            except (OSError, yaml.YAMLError) as e:
                print("{}: cannot load: {}".format(path, e))
                rc = 1
                continue
            print("{}:".format(os.path.basename(path)))
            print(counts_line(records if isinstance(records, list) else []))
        return rc
    failed = False
    for path in files:
        errors, warnings, _ = check_file(path)
        name = os.path.relpath(path)
        if name.startswith(".."):
            name = path
        for w in warnings:
            print("WARN  {}: {}".format(name, w))
        for e in errors:
            print("ERROR {}: {}".format(name, e))
        if errors:
            failed = True
            print("FAIL  {} ({} errors, {} warnings)".format(name, len(errors), len(warnings)))
        else:
            print("PASS  {} ({} warnings)".format(name, len(warnings)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
