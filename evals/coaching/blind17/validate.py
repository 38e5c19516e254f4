#!/usr/bin/env python3
"""Validate blind17 note files and print machine-checked counts.

Usage: python3 validate.py [--write-headers]
"""
import collections, re, sys, pathlib, yaml

HERE = pathlib.Path(__file__).resolve().parent
CATS = {"vague", "personality", "biased", "absolute"}
SUBS = {"age", "gender", "family", "origin", "health", "coded"}
# Example phrases from the label definitions that the notes must avoid.
BANNED = ["good attitude", "needs to be more proactive", "great team player",
          "not strategic enough", "abrasive", "aggressive", "emotional", "lazy",
          "arrogant", "too old to learn", "for a woman", "bossy",
          "has kids so can't travel", "not a native speaker", "his depression",
          "not leadership material", "not a culture fit", "never meets deadlines",
          "always prepared for client calls", "has not missed a single deadline",
          "not lazy at all", "he never calls back",
          "态度不错", "不够主动", "能力一般", "有待提高", "脾气差", "性格太内向",
          "情商低", "玻璃心", "年轻人就是浮躁", "35 岁了", "女生就是细心",
          "刚生完孩子精力不够", "外地人", "有乙肝", "不像做管理的料", "从来不",
          "每次都迟到", "从没出过错", "并不是不主动"]

def check(path, lang):
    errs = []
    recs = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(recs, list), path
    stats = collections.Counter()
    subs = collections.Counter()
    ids = [r.get("id") for r in recs]
    want = [f"b17n-{lang}-{i:03d}" for i in range(1, 46)]
    if ids != want:
        errs.append(f"{path.name}: ids not {want[0]}..{want[-1]} in order")
    for r in recs:
        rid = r.get("id")
        keys = set(r)
        if not {"id", "lang", "employee_role", "note", "flags"} <= keys or keys - {"id", "lang", "employee_role", "note", "flags", "why"}:
            errs.append(f"{rid}: bad keys {sorted(keys)}")
        if r.get("lang") != lang:
            errs.append(f"{rid}: lang {r.get('lang')}")
        note = r.get("note") or ""
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip():
            errs.append(f"{rid}: empty employee_role")
        if not note.strip():
            errs.append(f"{rid}: empty note")
        low = note.lower()
        for b in BANNED:
            if b.lower() in low:
                errs.append(f"{rid}: uses definition example phrase {b!r}")
        flags = r.get("flags")
        if not isinstance(flags, list):
            errs.append(f"{rid}: flags not a list"); continue
        spans = []
        stats["notes"] += 1
        if not flags:
            stats["clean"] += 1
        for f in flags:
            t, c = f.get("text"), f.get("category")
            if set(f) - {"text", "category", "subtype"}:
                errs.append(f"{rid}: extra flag keys {f}")
            if c not in CATS:
                errs.append(f"{rid}: bad category {c}")
            if c == "biased":
                if f.get("subtype") not in SUBS:
                    errs.append(f"{rid}: biased flag needs subtype: {f}")
                else:
                    subs[f["subtype"]] += 1
            elif "subtype" in f:
                errs.append(f"{rid}: subtype on non-biased flag {f}")
            if not isinstance(t, str) or not t:
                errs.append(f"{rid}: empty text"); continue
            n = note.count(t)
            if n != 1:
                errs.append(f"{rid}: flag text {t!r} occurs {n} times")
                continue
            s = note.index(t)
            spans.append((s, s + len(t), t))
            stats[c] += 1
            stats["flags"] += 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append(f"{rid}: overlapping flags {a[2]!r} / {b[2]!r}")
    return recs, stats, subs, errs

def header(lang, stats, subs):
    cats = ", ".join(f"{c} {stats[c]}" for c in ["vague", "personality", "biased", "absolute"])
    sb = ", ".join(f"{s} {subs[s]}" for s in ["age", "gender", "family", "origin", "health", "coded"])
    name = "English" if lang == "en" else "Chinese"
    return (f"# blind17 coaching eval: {name} manager notes (blind set, hand-labelled).\n"
            f"# Machine-checked counts (validate.py): {stats['notes']} notes, {stats['clean']} clean, "
            f"{stats['notes'] - stats['clean']} flagged; {stats['flags']} flags.\n"
            f"# Flags by category: {cats}.\n"
            f"# Biased subtypes: {sb}.\n"
            "# Written from scratch for this set; phrasing conventions informed by public sources:\n"
            "#   GitLab handbook (guidance-on-feedback, underperformance; CC BY-SA 4.0),\n"
            "#   Sourcegraph handbook (giving-feedback / SBI model, preparing-for-calibrations; Apache-2.0),\n"
            "#   K. Snyder's review-language study as reported by Fast Company / Quartz (2014),\n"
            "#   Lattice and Peoplebox articles on review comments, Chinese 年终评语 guidance pages. See LABELS.md.\n"
            "# Licence: CC BY 4.0.\n")

def main():
    ok = True
    for lang in ["en", "zh"]:
        p = HERE / f"notes_{lang}.yaml"
        recs, stats, subs, errs = check(p, lang)
        for e in errs:
            print("ERROR", e); ok = False
        print(lang, dict(stats), dict(subs))
        if "--write-headers" in sys.argv and not errs:
            text = p.read_text(encoding="utf-8")
            body = text[text.index("- id:"):]
            p.write_text(header(lang, stats, subs) + body, encoding="utf-8")
            recs2, stats2, _, errs2 = check(p, lang)
            assert not errs2 and stats2 == stats
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
