#!/usr/bin/env python3
"""Validate the blind18 coaching-note eval set and (with --write-header) refresh the count headers."""
import re, sys, collections, pathlib, yaml

HERE = pathlib.Path(__file__).parent
CATS = {"vague", "personality", "biased", "absolute"}
SUBS = {"age", "gender", "family", "origin", "health", "coded"}
# example phrases from the label definitions: must not be reused as flag spans
DEF_EXAMPLES = ["good attitude", "needs to be more proactive", "great team player", "not strategic enough",
    "态度不错", "不够主动", "能力一般", "有待提高", "abrasive", "aggressive", "emotional", "lazy", "arrogant",
    "脾气差", "性格太内向", "情商低", "玻璃心", "too old to learn", "年轻人就是浮躁", "35 岁了", "女生就是细心",
    "for a woman", "bossy", "刚生完孩子精力不够", "has kids so can't travel", "外地人", "not a native speaker so",
    "有乙肝", "his depression", "not leadership material", "not a culture fit", "不像做管理的料",
    "never meets deadlines", "每次都迟到", "every time", "constantly", "从来不", "每次都", "总是", "一直",
    "proactive", "has not missed a single deadline", "always prepared for client calls", "从没出过错"]

def header(lang, recs):
    n = len(recs); clean = sum(1 for r in recs if not r["flags"])
    cat = collections.Counter(f["category"] for r in recs for f in r["flags"])
    sub = collections.Counter(f["subtype"] for r in recs for f in r["flags"] if f["category"] == "biased")
    nf = sum(cat.values())
    lines = [
        f"# blind18 coaching-note eval set, {'English' if lang=='en' else 'Chinese'} notes (b18n-{lang}-001..{n:03d}).",
        f"# Machine-checked counts (validate.py): {n} notes, {clean} clean, {n-clean} flagged, {nf} flags:",
        "#   " + ", ".join(f"{c} {cat.get(c,0)}" for c in ["vague","personality","biased","absolute"]),
        "#   biased subtypes: " + ", ".join(f"{s} {sub.get(s,0)}" for s in ["age","gender","family","origin","health","coded"]),
        "# Written from scratch for this set (notes are fictional; names invented). Public sources consulted for",
        "# realistic phrasing only (nothing copied): GitLab handbook talent-assessment and feedback pages (SBI model,",
        "# CC BY-SA 4.0), Sourcegraph handbook impact-review writing and calibration/unconscious-bias pages (Apache-2.0),",
        "# K. Snyder's 2014 study of gendered review language as reported by Fast Company, and Chinese public pages on",
        "# year-end appraisal comments (年终考核评语) and hiring discrimination (婚育、户籍、年龄). See LABELS.md.",
        "# Licence: CC BY 4.0. Label definitions and conventions: LABELS.md.",
    ]
    return "\n".join(lines) + "\n"

def check(lang):
    path = HERE / f"notes_{lang}.yaml"
    text = path.read_text(encoding="utf-8")
    recs = yaml.safe_load(text)
    errs = []
    assert isinstance(recs, list)
    ids = [r.get("id") for r in recs]
    want = [f"b18n-{lang}-{i:03d}" for i in range(1, len(recs)+1)]
    if ids != want: errs.append(f"{lang}: ids not sequential")
    for r in recs:
        rid = r.get("id")
        keys = set(r)
        if not {"id","lang","employee_role","note","flags"} <= keys or keys - {"id","lang","employee_role","note","flags","why"}:
            errs.append(f"{rid}: bad keys {sorted(keys)}")
        if r.get("lang") != lang: errs.append(f"{rid}: lang")
        note = r["note"]
        if not isinstance(note, str) or not note.strip(): errs.append(f"{rid}: empty note")
        if not isinstance(r.get("employee_role"), str) or not r["employee_role"].strip(): errs.append(f"{rid}: role")
        if not isinstance(r["flags"], list): errs.append(f"{rid}: flags not list"); continue
        spans = []
        for f in r["flags"]:
            t, c = f.get("text"), f.get("category")
            if set(f) - {"text","category","subtype"}: errs.append(f"{rid}: flag keys {f}")
            if c not in CATS: errs.append(f"{rid}: category {c}")
            if c == "biased":
                if f.get("subtype") not in SUBS: errs.append(f"{rid}: subtype {f.get('subtype')}")
            elif "subtype" in f: errs.append(f"{rid}: subtype on non-biased flag {t}")
            cnt = note.count(t)
            if cnt != 1: errs.append(f"{rid}: span {t!r} occurs {cnt}x"); continue
            s = note.index(t); spans.append((s, s+len(t), t))
            for ex in DEF_EXAMPLES:
                if ex.lower() == t.lower(): errs.append(f"{rid}: span reuses definition example {ex!r}")
            n = len(t) if lang == "zh" else len(t.split())
            if (lang == "zh" and n > 13) or (lang == "en" and n > 9):
                errs.append(f"{rid}: span long ({n}): {t!r}")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]: errs.append(f"{rid}: overlap {a[2]!r} / {b[2]!r}")
        # sentence-count sanity (2-7 sentences or bullets)
        units = [u for u in re.split(r"(?<=[.!?。！？])\s*|\n", note) if u.strip()]
        if not (2 <= len(units) <= 8): errs.append(f"{rid}: {len(units)} sentence units")
    return recs, text, errs

def main():
    write = "--write-header" in sys.argv
    allerr = []
    for lang in ("en", "zh"):
        recs, text, errs = check(lang)
        allerr += errs
        h = header(lang, recs)
        if write:
            body = re.sub(r"\A(#[^\n]*\n)+", "", text)
            (HERE / f"notes_{lang}.yaml").write_text(h + body, encoding="utf-8")
        elif not text.startswith(h):
            allerr.append(f"{lang}: header counts out of date (run with --write-header)")
        print(h, end="")
    # LABELS.md count table must match
    labels = (HERE / "LABELS.md").read_text(encoding="utf-8")
    for lang in ("en", "zh"):
        recs = yaml.safe_load((HERE / f"notes_{lang}.yaml").read_text(encoding="utf-8"))
        cat = collections.Counter(f["category"] for r in recs for f in r["flags"])
        sub = collections.Counter(f["subtype"] for r in recs for f in r["flags"] if f["category"] == "biased")
        clean = sum(1 for r in recs if not r["flags"])
        row = f"| notes_{lang}.yaml | {len(recs)} | {clean} | {len(recs)-clean} | {sum(cat.values())} | " + \
              " | ".join(str(cat.get(c, 0)) for c in ["vague","personality","biased","absolute"]) + " |"
        srow = f"| {lang} | " + " | ".join(str(sub.get(s, 0)) for s in ["age","gender","family","origin","health","coded"]) + " |"
        for want in (row, srow):
            if want not in labels: allerr.append(f"LABELS.md count row missing/out of date: {want}")
    for e in allerr: print("ERROR", e)
    print("OK" if not allerr else f"{len(allerr)} errors")
    return 1 if allerr else 0

if __name__ == "__main__":
    sys.exit(main())
