#!/usr/bin/env python3
"""Structure and count checker for the b44n blind evaluation set.

Usage:
    python3 validate.py            # check notes_en.yaml and notes_zh.yaml, exit 0 if all pass
    python3 validate.py --counts   # print the "# counts" header line each file should carry

Needs Python 3 and PyYAML.
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

# Span length sanity limits (the guideline is 1-6 words / 2-10 characters; these are hard caps).
EN_SPAN_MAX_WORDS = 9
ZH_SPAN_MIN_CHARS, ZH_SPAN_MAX_CHARS = 2, 16

# Every example phrase quoted in the label definitions. No note may contain one of these as a
# whole (case-insensitive). The single common words never / always / constantly / every time /
# 总是 / 一直 / 从来 are allowed and therefore not listed on their own.
DEFINITION_EXAMPLES = [
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
    "The client wrote 'he never calls back'", "he never calls back", "she is not lazy at all",
    "并不是不主动",
    "on parental leave from 3 March to 30 June, so the Q2 goals were re-scoped",
    "since becoming a mother she is less committed",
]

CJK_RE = re.compile(r"[\u3400-\u9fff]")
# Characters that only occur in traditional script (their simplified forms differ).
TRAD_ONLY = set("們這個過請擔壓緩負責製蝕憂鬱廠遷說會時對為業積極與從門開關來長東車電話學問題聽讀點幾樣給讓還進選經頭")
SIMP_ONLY = set("们这个过请担压缓负责制蚀忧郁厂迁说会时对为业积极与从门开关来长东车电话学问题听读点几样给让还进选经头")


def squash(s):
    return re.sub(r"\s+", "", s).lower()


def compute_counts(records):
    flags = [f for r in records for f in (r.get("flags") or [])]
    cats = {c: 0 for c in CATEGORIES}
    subs = {s: 0 for s in SUBTYPES}
    for f in flags:
        if f.get("category") in cats:
            cats[f["category"]] += 1
        if f.get("category") == "biased" and f.get("subtype") in subs:
            subs[f["subtype"]] += 1
    n_flags = len(flags)
    clean = sum(1 for r in records if not r.get("flags"))
    share = cats["biased"] / n_flags if n_flags else 0.0
    return {
        "notes": len(records), "clean": clean, "flagged": len(records) - clean,
        "flags": n_flags, "cats": cats, "subs": subs, "share": share,
    }


def counts_line(c):
    cats = " ".join(f"{k}={v}" for k, v in c["cats"].items())
    subs = " ".join(f"{k}={v}" for k, v in c["subs"].items())
    return (f"# counts: notes={c['notes']} clean={c['clean']} flagged={c['flagged']} "
            f"flags={c['flags']} | {cats} | biased_share={c['share'] * 100:.1f}% | {subs}")


def check_file(lang, path, errors):
    def err(msg):
        errors.append(f"[{lang}] {msg}")

    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    try:
        records = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        err(f"YAML parse error: {exc}")
        return None
    if not isinstance(records, list):
        err("top level must be a list of records")
        return None

    # ---- records
    if len(records) != N_NOTES:
        err(f"expected {N_NOTES} notes, found {len(records)}")
    seen_notes = set()
    for i, r in enumerate(records, 1):
        want_id = f"b44n-{lang}-{i:03d}"
        if not isinstance(r, dict):
            err(f"record {i} is not a mapping")
            continue
        rid = r.get("id", f"#{i}")
        missing = RECORD_KEYS_REQUIRED - set(r)
        extra = set(r) - RECORD_KEYS_ALLOWED
        if missing:
            err(f"{rid}: missing keys {sorted(missing)}")
        if extra:
            err(f"{rid}: unexpected keys {sorted(extra)}")
        if r.get("id") != want_id:
            err(f"record {i}: id {r.get('id')!r}, expected {want_id!r}")
        if r.get("lang") != lang:
            err(f"{rid}: lang {r.get('lang')!r}, expected {lang!r}")
        role = r.get("employee_role")
        if not isinstance(role, str) or len(role.strip()) < 5:
            err(f"{rid}: employee_role must be a non-empty description")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            err(f"{rid}: note must be a non-empty string")
            continue
        if note in seen_notes:
            err(f"{rid}: duplicate note text")
        seen_notes.add(note)
        if "why" in r and not (isinstance(r["why"], str) and r["why"].strip()):
            err(f"{rid}: why, when present, must be a non-empty string")

        # language of the note
        n_cjk = len(CJK_RE.findall(note))
        if lang == "en" and n_cjk:
            err(f"{rid}: English note contains CJK characters")
        if lang == "zh" and n_cjk < 20:
            err(f"{rid}: Chinese note has too few CJK characters ({n_cjk})")
        if lang == "en" and len(note.split()) < 15:
            err(f"{rid}: English note is too short")

        # example phrases from the definitions
        low, sq = note.lower(), squash(note)
        for ex in DEFINITION_EXAMPLES:
            if ex.lower() in low or (CJK_RE.search(ex) and squash(ex) in sq):
                err(f"{rid}: note contains a definition example phrase as a whole: {ex!r}")

        # flags
        flags = r.get("flags")
        if not isinstance(flags, list):
            err(f"{rid}: flags must be a list ([] when clean)")
            continue
        spans = []
        for j, f in enumerate(flags, 1):
            tag = f"{rid} flag {j}"
            if not isinstance(f, dict):
                err(f"{tag}: must be a mapping")
                continue
            keys = set(f)
            if not keys <= {"text", "category", "subtype"}:
                err(f"{tag}: unexpected keys {sorted(keys - {'text', 'category', 'subtype'})}")
            text, cat = f.get("text"), f.get("category")
            if not isinstance(text, str) or not text:
                err(f"{tag}: text must be a non-empty string")
                continue
            if text != text.strip():
                err(f"{tag}: text has leading/trailing whitespace")
            if cat not in CATEGORIES:
                err(f"{tag}: category {cat!r} not in {CATEGORIES}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    err(f"{tag}: biased flag needs subtype in {SUBTYPES}, got {f.get('subtype')!r}")
            elif "subtype" in f:
                err(f"{tag}: subtype is only allowed for biased flags")
            occ = note.count(text)
            if occ != 1:
                err(f"{tag}: text {text!r} occurs {occ} times in the note (must be exactly 1)")
                continue
            start = note.index(text)
            spans.append((start, start + len(text), text))
            if lang == "en":
                if len(text.split()) > EN_SPAN_MAX_WORDS:
                    err(f"{tag}: span {text!r} longer than {EN_SPAN_MAX_WORDS} words")
            else:
                n = len(re.sub(r"\s", "", text))
                if not ZH_SPAN_MIN_CHARS <= n <= ZH_SPAN_MAX_CHARS:
                    err(f"{tag}: span {text!r} has {n} characters (allowed {ZH_SPAN_MIN_CHARS}-{ZH_SPAN_MAX_CHARS})")
        spans.sort()
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            if s2 < e1:
                err(f"{rid}: flags {t1!r} and {t2!r} overlap")

    # ---- traditional-script note (zh only)
    if lang == "zh":
        trad_notes = [r.get("id") for r in records if isinstance(r, dict) and isinstance(r.get("note"), str)
                      and sum(ch in TRAD_ONLY for ch in r["note"]) >= 3
                      and sum(ch in SIMP_ONLY for ch in r["note"]) == 0]
        if len(trad_notes) != 1:
            err(f"expected exactly one note in traditional characters, found {trad_notes}")

    # ---- aggregate counts
    c = compute_counts([r for r in records if isinstance(r, dict)])
    if c["clean"] != N_CLEAN:
        err(f"expected {N_CLEAN} clean notes, found {c['clean']}")
    if c["flagged"] != N_FLAGGED:
        err(f"expected {N_FLAGGED} flagged notes, found {c['flagged']}")
    if not FLAGS_MIN <= c["flags"] <= FLAGS_MAX:
        err(f"total flags {c['flags']} outside {FLAGS_MIN}-{FLAGS_MAX}")
    if not BIASED_SHARE_MIN <= c["share"] <= BIASED_SHARE_MAX:
        err(f"biased share {c['share']:.1%} outside {BIASED_SHARE_MIN:.0%}-{BIASED_SHARE_MAX:.0%}")
    for cat, n in c["cats"].items():
        if n == 0:
            err(f"category {cat!r} missing")
    for sub, n in c["subs"].items():
        if n == 0:
            err(f"biased subtype {sub!r} missing")

    # ---- header
    header = []
    for line in raw.splitlines():
        if line.startswith("#"):
            header.append(line)
        elif line.strip():
            break
    if not header:
        err("file must start with a comment header")
    counts_lines = [h for h in header if h.startswith("# counts")]
    want = counts_line(c)
    if len(counts_lines) != 1:
        err(f"header needs exactly one line starting '# counts', found {len(counts_lines)}")
    elif counts_lines[0].strip() != want:
        err(f"header counts line is\n    {counts_lines[0].strip()}\n  but computed\n    {want}")
    if not any("licence: CC BY 4.0" in h for h in header):
        err("header must contain 'licence: CC BY 4.0'")
    if not any("sources" in h.lower() for h in header):
        err("header must name the sources consulted")
    return c


def main():
    print_counts = "--counts" in sys.argv[1:]
    errors = []
    for lang, name in FILES.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append(f"[{lang}] missing file {name}")
            continue
        c = check_file(lang, path, errors)
        if c is not None:
            line = counts_line(c)
            print(f"{name}: {line}")
    if print_counts:
        return 0
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
