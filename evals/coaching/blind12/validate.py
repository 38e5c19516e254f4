#!/usr/bin/env python3
"""Validate the blind12 manager-notes set and (with --write-header) regenerate
the machine-checked comment header of notes_en.yaml / notes_zh.yaml.

Usage: python3 validate.py [--write-header]
"""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATS = {"vague", "personality", "biased", "absolute"}
SUBTYPES = {"age", "gender", "family", "origin", "health", "coded"}
KEYS_REQ = {"id", "lang", "employee_role", "note", "flags"}
KEYS_OK = KEYS_REQ | {"why"}
# example phrases from the label definitions: must not be reused as flag spans
DEF_EXAMPLES = [
    "good attitude", "too old to learn", "不够主动", "女生就是细心",
    "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "能力一般", "有待提高", "abrasive", "aggressive", "emotional",
    "lazy", "arrogant", "脾气差", "性格太内向", "情商低", "玻璃心", "年轻人就是浮躁",
    "35 岁了", "for a woman", "bossy", "刚生完孩子精力不够", "has kids so can't travel",
    "外地人", "not a native speaker so", "有乙肝", "his depression",
    "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到",
]
SOURCES = {
    "en": [
        "GitLab handbook, Guidance on feedback (S-B-I model), CC BY-SA 4.0, via /work/shared/corpus/handbooks/gitlab/",
        "Sourcegraph handbook, giving feedback / preparing for calibrations (SBI, unconscious bias), Apache-2.0, via /work/shared/corpus/handbooks/sourcegraph/",
        "Fast Company / Fortune coverage of K. Snyder's 2014 study of 248 reviews (gendered 'abrasive' feedback): fastcompany.com/3034895",
        "blog.perfcopilot.com/gender-bias-performance-reviews; theempathicleader.net (2018) on gender-coded feedback",
    ],
    "zh": [
        "公开绩效评语范文与写作建议页面(如 zixun.ndcgxx.cn/jxfw/202506/325322.html、02juzi.com/xinqingwenan/259218.html、086zc.com/post/190883.html),仅参考语体,未照抄",
        "维基百科“35岁门槛”词条;youhuohao.com/kepu/1225720.html 关于年龄、性别、户籍、健康就业歧视的概述",
        "GitLab handbook Guidance on feedback (S-B-I), CC BY-SA 4.0, via /work/shared/corpus/handbooks/gitlab/",
    ],
}
TITLE = {
    "en": "blind12 manager-notes evaluation set, English notes (b12n-en-001 .. b12n-en-045)",
    "zh": "blind12 manager-notes evaluation set, Chinese notes (b12n-zh-001 .. b12n-zh-045), written directly in Chinese",
}


def counts(records):
    c = Counter()
    c["records"] = len(records)
    for r in records:
        c["clean" if not r["flags"] else "flagged"] += 1
        for f in r["flags"]:
            c["flags"] += 1
            c[f["category"]] += 1
            if f["category"] == "biased":
                c["biased." + f["subtype"]] += 1
    return c


def header(lang, c):
    g = lambda k: c.get(k, 0)
    lines = [
        f"# {TITLE[lang]}",
        "# Labels, conventions and how the set was written: LABELS.md (same folder).",
        f"# counts (machine-checked by validate.py): records={g('records')} clean={g('clean')} flagged={g('flagged')} flags={g('flags')}",
        f"# categories: vague={g('vague')} personality={g('personality')} biased={g('biased')} absolute={g('absolute')}",
        "# biased subtypes: " + " ".join(f"{s}={g('biased.' + s)}" for s in ["age", "gender", "family", "origin", "health", "coded"]),
        "# public sources drawn on for phrasing and bias patterns (no text copied; all notes are original and fictional):",
    ]
    lines += [f"#   - {s}" for s in SOURCES[lang]]
    lines.append("# licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)")
    return "\n".join(lines) + "\n"


def split_header(text):
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    return "".join(lines[:i]), "".join(lines[i:])


def sentence_units(note, lang):
    if "\n" in note and all(l.strip()[:1] in "-•" for l in note.splitlines() if l.strip()):
        return len([l for l in note.splitlines() if l.strip()])
    if lang == "zh":
        return len([s for s in re.split(r"[。!?;\n]", note) if s.strip()])
    return len([s for s in re.split(r"(?<=[.!?])\s+|\n|(?<=,) (?=[a-z])", note) if s.strip()])


def validate(lang, write_header):
    path = HERE / f"notes_{lang}.yaml"
    text = path.read_text(encoding="utf-8")
    head, body = split_header(text)
    records = yaml.safe_load(body)
    errs, warns = [], []
    if not isinstance(records, list):
        return [f"{path.name}: not a YAML list"], [], None
    if len(records) != 45:
        errs.append(f"{path.name}: {len(records)} records, expected 45")
    seen_notes = set()
    for i, r in enumerate(records, 1):
        want = f"b12n-{lang}-{i:03d}"
        rid = r.get("id")
        if rid != want:
            errs.append(f"{rid}: expected id {want}")
        keys = set(r)
        if not KEYS_REQ <= keys:
            errs.append(f"{rid}: missing keys {KEYS_REQ - keys}")
        if keys - KEYS_OK:
            errs.append(f"{rid}: unexpected keys {keys - KEYS_OK}")
        if r.get("lang") != lang:
            errs.append(f"{rid}: lang {r.get('lang')!r}")
        note = r.get("note") or ""
        if not isinstance(note, str) or not note.strip():
            errs.append(f"{rid}: empty note")
            continue
        if note in seen_notes:
            errs.append(f"{rid}: duplicate note")
        seen_notes.add(note)
        n = sentence_units(note, lang)
        if not 2 <= n <= 8:
            warns.append(f"{rid}: {n} sentence units")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            errs.append(f"{rid}: empty employee_role")
        flags = r.get("flags")
        if not isinstance(flags, list):
            errs.append(f"{rid}: flags not a list")
            continue
        spans = []
        for f in flags:
            t = f.get("text")
            cat = f.get("category")
            if set(f) - {"text", "category", "subtype"}:
                errs.append(f"{rid}: flag keys {set(f)}")
            if cat not in CATS:
                errs.append(f"{rid}: bad category {cat!r}")
            if cat == "biased":
                if f.get("subtype") not in SUBTYPES:
                    errs.append(f"{rid}: biased flag {t!r} needs subtype, got {f.get('subtype')!r}")
            elif "subtype" in f:
                errs.append(f"{rid}: subtype on non-biased flag {t!r}")
            if not isinstance(t, str) or not t:
                errs.append(f"{rid}: empty flag text")
                continue
            k = note.count(t)
            if k != 1:
                errs.append(f"{rid}: flag {t!r} occurs {k} times in note")
                continue
            s = note.index(t)
            spans.append((s, s + len(t), t))
            if t != t.strip():
                errs.append(f"{rid}: flag {t!r} has surrounding whitespace")
            for ex in DEF_EXAMPLES:
                if ex.lower() in t.lower():
                    errs.append(f"{rid}: flag {t!r} contains a definition example {ex!r}")
            size = len(t.split()) if lang == "en" else len(t)
            if (lang == "en" and size > 12) or (lang == "zh" and size > 20):
                warns.append(f"{rid}: long span ({size}) {t!r}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append(f"{rid}: flags overlap {a[2]!r} / {b[2]!r}")
    c = counts(records)
    new_head = header(lang, c)
    if write_header:
        path.write_text(new_head + body, encoding="utf-8")
    elif head != new_head:
        errs.append(f"{path.name}: header does not match computed counts/sources (run with --write-header)")
    return errs, warns, c


def main():
    write = "--write-header" in sys.argv
    bad = False
    for lang in ("en", "zh"):
        errs, warns, c = validate(lang, write)
        for w in warns:
            print("WARN", w)
        for e in errs:
            print("ERROR", e)
        bad |= bool(errs)
        if c:
            print(lang, dict(sorted(c.items())))
    print("FAIL" if bad else "OK")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
