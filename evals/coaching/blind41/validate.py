#!/usr/bin/env python3
"""Structure and count checker for the blind41 coaching evaluation set.

Usage:
    python3 validate.py            # run all checks, exit 0 when everything passes
    python3 validate.py --counts   # also print the '# counts' line for each file

Needs Python 3 and PyYAML. Checks only what can be checked mechanically
(structure, exact-substring spans, counts, mix, banned example phrases,
header lines); the labels themselves are a human judgement documented in
LABELS.md.
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
PREFIX = "b41n"
N_NOTES = 45
N_CLEAN = 15
N_FLAGGED = 30
FLAGS_MIN, FLAGS_MAX = 50, 75
BIASED_SHARE_MIN, BIASED_SHARE_MAX = 0.25, 0.45
CATEGORIES = ["vague", "personality", "biased", "absolute"]
SUBTYPES = ["age", "gender", "family", "origin", "health", "coded"]
NOTE_KEYS = {"id", "lang", "employee_role", "note", "flags", "why"}
REQUIRED_NOTE_KEYS = {"id", "lang", "employee_role", "note", "flags"}
MAX_SPAN_WORDS_EN = 8      # guideline is 1-6 words; hard ceiling here
MAX_SPAN_CHARS_ZH = 14     # guideline is 2-10 characters; hard ceiling here
UNITS_MIN, UNITS_MAX = 2, 7  # sentences or bullets per note

# Every phrase quoted as an example in the label definitions. No note may
# contain one of them as a whole. The single common words never / always /
# constantly / every time / 总是 / 一直 / 从来 are allowed.
BANNED_EXAMPLES = [
    "good attitude", "too old to learn", "needs to be more proactive",
    "great team player", "not strategic enough",
    "proactive: she flagged the outage risk two weeks before launch",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "for a woman", "bossy", "has kids so can't travel",
    "not a native speaker so", "his depression", "not leadership material",
    "not a culture fit", "never meets deadlines",
    "has not missed a single deadline", "always prepared for client calls",
    "the client wrote 'he never calls back'", "he never calls back",
    "she is not lazy at all",
    "on parental leave from 3 march to 30 june, so the q2 goals were re-scoped",
    "since becoming a mother she is less committed",
    "不够主动", "女生就是细心", "态度不错", "能力一般", "有待提高",
    "脾气差", "性格太内向", "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了",
    "刚生完孩子精力不够", "外地人", "有乙肝", "不像做管理的料",
    "从来不", "每次都", "每次都迟到", "从没出过错", "并不是不主动",
]
ALLOWED_SINGLE_WORDS = {"never", "always", "constantly", "every time", "总是", "一直", "从来"}

# Characters that exist only in traditional script (their simplified forms differ).
TRAD_ONLY = set("們這從來會與為說對讓機產業處負責規調裡覆紀錄議帶兩進師異雙語嬰評並蝕達")

QUOTE_PATTERNS = [r'"[^"\n]*"', r"“[^”\n]*”", r"「[^」\n]*」", r"『[^』\n]*』"]

CJK = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.lower())


def contains_banned(note):
    n = norm(note)
    n_nospace = re.sub(r"\s+", "", n)
    hits = []
    for p in BANNED_EXAMPLES:
        if p in ALLOWED_SINGLE_WORDS:
            continue
        pn = norm(p)
        if CJK.search(pn):
            if re.sub(r"\s+", "", pn) in n_nospace:
                hits.append(p)
        elif pn in n:
            hits.append(p)
    return hits


def count_units(note):
    lines = [l.strip() for l in note.splitlines() if l.strip()]
    bullets = [l for l in lines if re.match(r"^(-|\*|•|\d+[.)、])\s*", l)]
    if bullets:
        return len(bullets)
    parts = re.split(r"(?<=[.!?])\s+|(?<=[。!?!?])", note.strip())
    return len([p for p in parts if p.strip()])


def quoted_ranges(note):
    ranges = []
    for pat in QUOTE_PATTERNS:
        for m in re.finditer(pat, note):
            ranges.append((m.start(), m.end()))
    return ranges


def read_header(path):
    header = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                header.append(line.rstrip("\n"))
            elif line.strip() == "":
                if header:
                    break
            else:
                break
    return header


def compute_counts(records):
    c = {k: 0 for k in CATEGORIES}
    st = {k: 0 for k in SUBTYPES}
    clean = sum(1 for r in records if not r.get("flags"))
    total = 0
    for r in records:
        for f in r.get("flags") or []:
            total += 1
            if f.get("category") in c:
                c[f["category"]] += 1
            if f.get("category") == "biased" and f.get("subtype") in st:
                st[f["subtype"]] += 1
    share = c["biased"] / total if total else 0.0
    return {"notes": len(records), "clean": clean, "flagged": len(records) - clean,
            "flags": total, "cat": c, "sub": st, "share": share}


def counts_line(k):
    cat = " ".join(f"{x}={k['cat'][x]}" for x in CATEGORIES)
    sub = " ".join(f"{x}={k['sub'][x]}" for x in SUBTYPES)
    return (f"# counts: notes={k['notes']} clean={k['clean']} flagged={k['flagged']} "
            f"flags={k['flags']} | {cat} | biased_share={k['share'] * 100:.1f}% | {sub}")


def check_file(lang, fname, errors, show_counts):
    path = os.path.join(HERE, fname)
    if not os.path.exists(path):
        errors.append(f"{fname}: missing")
        return
    with open(path, encoding="utf-8") as fh:
        try:
            data = yaml.safe_load(fh)
        except yaml.YAMLError as e:
            errors.append(f"{fname}: YAML error: {e}")
            return
    if not isinstance(data, list):
        errors.append(f"{fname}: top level must be a list of records")
        return

    def err(msg):
        errors.append(f"{fname}: {msg}")

    if len(data) != N_NOTES:
        err(f"expected {N_NOTES} notes, found {len(data)}")
    expected_ids = [f"{PREFIX}-{lang}-{i:03d}" for i in range(1, N_NOTES + 1)]
    ids = [r.get("id") if isinstance(r, dict) else None for r in data]
    if ids != expected_ids[: len(ids)] or len(ids) != N_NOTES:
        err("ids must run " + expected_ids[0] + " ... " + expected_ids[-1] + " in order, each once")

    trad_notes = 0
    for r in data:
        if not isinstance(r, dict):
            err("record is not a mapping")
            continue
        rid = r.get("id", "?")
        extra = set(r) - NOTE_KEYS
        missing = REQUIRED_NOTE_KEYS - set(r)
        if extra:
            err(f"{rid}: unknown keys {sorted(extra)}")
        if missing:
            err(f"{rid}: missing keys {sorted(missing)}")
        if r.get("lang") != lang:
            err(f"{rid}: lang must be '{lang}'")
        if not isinstance(r.get("employee_role"), str) or len(r.get("employee_role", "").strip()) < 5:
            err(f"{rid}: employee_role must be a descriptive string")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{rid}: note must be a non-empty string")
            continue
        if "why" in r and not isinstance(r["why"], str):
            err(f"{rid}: why must be a string")
        units = count_units(note)
        if not (UNITS_MIN <= units <= UNITS_MAX):
            err(f"{rid}: note has {units} sentences/bullets, expected {UNITS_MIN}-{UNITS_MAX}")
        if lang == "zh" and len(CJK.findall(note)) < 20:
            err(f"{rid}: a zh note must be written mainly in Chinese")
        if lang == "en" and CJK.search(note):
            err(f"{rid}: an en note must not contain Chinese characters")
        if lang == "zh" and sum(ch in TRAD_ONLY for ch in note) >= 8:
            trad_notes += 1
        for p in contains_banned(note):
            err(f"{rid}: note contains a definition example phrase: {p!r}")

        flags = r.get("flags")
        if not isinstance(flags, list):
            err(f"{rid}: flags must be a list ([] when clean)")
            continue
        spans = []
        qranges = quoted_ranges(note)
        for f in flags:
            if not isinstance(f, dict):
                err(f"{rid}: flag is not a mapping")
                continue
            if set(f) - {"text", "category", "subtype"}:
                err(f"{rid}: flag has unknown keys {sorted(set(f) - {'text', 'category', 'subtype'})}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                err(f"{rid}: flag text missing")
                continue
            if cat not in CATEGORIES:
                err(f"{rid}: bad category {cat!r} for {text!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{rid}: biased flag {text!r} needs a subtype from {SUBTYPES}")
            elif "subtype" in f:
                err(f"{rid}: subtype only allowed on biased flags ({text!r})")
            n = note.count(text)
            if n != 1:
                err(f"{rid}: flag text {text!r} occurs {n} times in the note (must be exactly once)")
                continue
            if text != text.strip():
                err(f"{rid}: flag text {text!r} has leading/trailing whitespace")
            start = note.index(text)
            end = start + len(text)
            for s, e, t in spans:
                if start < e and s < end:
                    err(f"{rid}: flags {t!r} and {text!r} overlap")
            spans.append((start, end, text))
            for qs, qe in qranges:
                if qs <= start and end <= qe:
                    err(f"{rid}: flag {text!r} lies inside a quotation (quoted words are evidence, not flagged)")
            if lang == "en":
                w = len(text.split())
                if w > MAX_SPAN_WORDS_EN:
                    err(f"{rid}: span {text!r} has {w} words (max {MAX_SPAN_WORDS_EN})")
            else:
                c = len(re.sub(r"\s+", "", text))
                if c < 2 or c > MAX_SPAN_CHARS_ZH:
                    err(f"{rid}: span {text!r} has {c} characters (allowed 2-{MAX_SPAN_CHARS_ZH})")

    if lang == "zh" and trad_notes < 1:
        err("at least one zh note must be written in traditional characters")

    k = compute_counts([r for r in data if isinstance(r, dict)])
    if k["clean"] != N_CLEAN:
        err(f"expected {N_CLEAN} clean notes, found {k['clean']}")
    if k["flagged"] != N_FLAGGED:
        err(f"expected {N_FLAGGED} flagged notes, found {k['flagged']}")
    if not (FLAGS_MIN <= k["flags"] <= FLAGS_MAX):
        err(f"flag total {k['flags']} outside {FLAGS_MIN}-{FLAGS_MAX}")
    if not (BIASED_SHARE_MIN <= k["share"] <= BIASED_SHARE_MAX):
        err(f"biased share {k['share']:.1%} outside {BIASED_SHARE_MIN:.0%}-{BIASED_SHARE_MAX:.0%}")
    for c in CATEGORIES:
        if k["cat"][c] == 0:
            err(f"category {c} absent")
    for s in SUBTYPES:
        if k["sub"][s] == 0:
            err(f"biased subtype {s} absent")

    line = counts_line(k)
    header = read_header(path)
    count_lines = [h for h in header if h.startswith("# counts")]
    if len(count_lines) != 1:
        err("header must contain exactly one line starting '# counts'")
    elif count_lines[0] != line:
        err(f"header counts line is stale:\n    have: {count_lines[0]}\n    want: {line}")
    if not any("sources consulted" in h.lower() for h in header):
        err("header must name the sources consulted")
    if not any("licence: CC BY 4.0" in h for h in header):
        err("header must contain 'licence: CC BY 4.0'")
    if show_counts:
        print(f"{fname}: {line}")


def main():
    show = "--counts" in sys.argv[1:]
    errors = []
    for lang, fname in FILES.items():
        check_file(lang, fname, errors, show)
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK: all checks passed for " + ", ".join(FILES.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
