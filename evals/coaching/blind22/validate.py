#!/usr/bin/env python3
"""Validate blind22 coaching notes and (with --write-header) refresh the count header.

Usage: python3 validate.py [--write-header]
Checks: ids/lang, required keys, category/subtype rules, every flag text occurs
exactly once in its note, flags of a note do not overlap, no flag sits inside
quotation marks, definition example phrases are not reused, counts.
"""
import re, sys, os, collections, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"vague", "personality", "biased", "absolute"}
SUBS = {"age", "gender", "family", "origin", "health", "coded"}
# example phrases from the label definitions that the notes must not reuse
EXAMPLES = ["good attitude", "more proactive", "great team player", "not strategic enough",
    "abrasive", "aggressive", "emotional", "lazy", "arrogant", "too old to learn",
    "for a woman", "bossy", "has kids so", "not a native speaker", "depression",
    "leadership material", "culture fit", "never meets deadlines", "every time", "constantly",
    "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向", "情商低", "玻璃心",
    "年轻人就是浮躁", "35 岁了", "女生就是细心", "刚生完孩子", "外地人", "有乙肝",
    "不像做管理的料", "从来不", "每次都", "总是", "一直"]
QUOTES = [("\u201c", "\u201d"), ('"', '"')]

def quoted_ranges(note):
    rng = []
    for o, c in QUOTES:
        if o == c:
            idx = [m.start() for m in re.finditer(re.escape(o), note)]
            rng += [(idx[i], idx[i + 1]) for i in range(0, len(idx) - 1, 2)]
        else:
            for m in re.finditer(re.escape(o) + "[^" + c + "]*" + re.escape(c), note):
                rng.append((m.start(), m.end()))
    return rng

def check(path, lang):
    raw = open(path, encoding="utf-8").read()
    recs = yaml.safe_load(raw)
    errs, warns = [], []
    assert isinstance(recs, list)
    st = dict(notes=len(recs), clean=0, flagged=0, flags=0,
              cat=collections.Counter(), sub=collections.Counter(), roles=set())
    for i, r in enumerate(recs, 1):
        rid = f"b22n-{lang}-{i:03d}"
        if r.get("id") != rid: errs.append(f"{r.get('id')}: expected id {rid}")
        for k in ("id", "lang", "employee_role", "note", "flags"):
            if k not in r: errs.append(f"{rid}: missing {k}")
        extra = set(r) - {"id", "lang", "employee_role", "note", "flags", "why"}
        if extra: errs.append(f"{rid}: unknown keys {extra}")
        if r.get("lang") != lang: errs.append(f"{rid}: lang {r.get('lang')}")
        note = r["note"]; flags = r["flags"] or []
        st["roles"].add(r["employee_role"])
        for ex in EXAMPLES:
            if ex.lower() in note.lower(): warns.append(f"{rid}: uses definition example '{ex}'")
        qr = quoted_ranges(note)
        spans = []
        for f in flags:
            t, c = f.get("text"), f.get("category")
            if set(f) - {"text", "category", "subtype"}: errs.append(f"{rid}: bad flag keys {f}")
            if c not in CATS: errs.append(f"{rid}: bad category {c}")
            if c == "biased":
                if f.get("subtype") not in SUBS: errs.append(f"{rid}: bad/missing subtype {f}")
                st["sub"][f.get("subtype")] += 1
            elif "subtype" in f: errs.append(f"{rid}: subtype on non-biased {f}")
            n = note.count(t)
            if n != 1: errs.append(f"{rid}: '{t}' occurs {n} times"); continue
            s = note.index(t); e = s + len(t)
            for a, b in spans:
                if s < b and a < e: errs.append(f"{rid}: '{t}' overlaps another flag")
            spans.append((s, e))
            for a, b in qr:
                if a <= s and e <= b: errs.append(f"{rid}: '{t}' is inside quotation marks")
            L = len(t) if lang == "zh" else len(t.split())
            if (lang == "zh" and not 2 <= L <= 10) or (lang == "en" and not 1 <= L <= 8):
                warns.append(f"{rid}: span length {L} for '{t}'")
            st["cat"][c] += 1; st["flags"] += 1
        st["clean" if not flags else "flagged"] += 1
    return raw, st, errs, warns

def header(lang, st):
    c, s = st["cat"], st["sub"]
    return "\n".join([
        f"# blind22 coaching notes ({lang}) -- blind evaluation set, written for this set, CC BY 4.0",
        f"# Machine-checked counts (validate.py): notes={st['notes']} clean={st['clean']} flagged={st['flagged']} flags={st['flags']}",
        f"#   by category: vague={c['vague']} personality={c['personality']} biased={c['biased']} absolute={c['absolute']}",
        f"#   biased by subtype: " + " ".join(f"{k}={s[k]}" for k in sorted(SUBS)),
        f"#   distinct employee_role values: {len(st['roles'])}",
        "# Label definitions, record format and conventions: LABELS.md in this folder.",
        "# Public sources drawn on for phrasing and for which characteristics are protected (no text copied):",
        "#   GitLab handbook 'Guidance on Feedback' (S-B-I model, 'avoid using absolutes'), CC BY-SA 4.0, via ../shared/corpus/handbooks/gitlab/",
        "#   Sourcegraph handbook 'Preparing for Calibrations' (calibration notes, bias), Apache-2.0, via ../shared/corpus/handbooks/sourcegraph/",
        "#   K. Snyder's review-language study as reported by Fast Company (2014) and Ivy Exec ('abrasive', 'bossy', 'strident')",
        "#   Chinese appraisal-comment guides (e.g. news.aivtp.com, whdslt.com) and anti-discrimination summaries",
        "#   (PRC Employment Promotion Law arts. 3, 26-30; Women's Rights Protection Law art. 43; hepatitis-B, household-registration and age-35 hiring bias)",
        "# Licence: CC BY 4.0.",
    ])

def main():
    write = "--write-header" in sys.argv
    ok = True
    for lang in ("en", "zh"):
        path = os.path.join(HERE, f"notes_{lang}.yaml")
        raw, st, errs, warns = check(path, lang)
        print(f"== {lang}: notes={st['notes']} clean={st['clean']} flagged={st['flagged']} flags={st['flags']} "
              f"cat={dict(st['cat'])} sub={dict(st['sub'])} roles={len(st['roles'])}")
        for w in warns: print("  warn:", w)
        for e in errs: print("  ERROR:", e)
        ok &= not errs
        if write and not errs:
            lines = raw.split("\n"); k = 0
            while k < len(lines) and lines[k].startswith("#"): k += 1
            open(path, "w", encoding="utf-8").write(header(lang, st) + "\n" + "\n".join(lines[k:]))
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
