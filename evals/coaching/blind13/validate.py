#!/usr/bin/env python3
"""Validate the blind13 manager-note set.

usage: python3 validate.py            # check both files, print counts
       python3 validate.py --header   # also print the count lines for the headers
Checks: record shape, ids, lang, flag spans (exact, unique, non-overlapping),
categories/subtypes, header counts, and that the definition example phrases are not reused.
"""
import re, sys, os, collections, yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"vague", "personality", "biased", "absolute"}
SUBS = {"age", "gender", "family", "origin", "health", "coded"}
# example phrases from the label definitions: must not appear as flags or in notes
EXAMPLES = ["good attitude", "needs to be more proactive", "great team player",
            "not strategic enough", "态度不错", "不够主动", "能力一般", "有待提高",
            "abrasive", "aggressive", "emotional", "lazy", "arrogant", "脾气差",
            "性格太内向", "情商低", "玻璃心", "too old to learn", "年轻人就是浮躁",
            "35 岁了", "女生就是细心", "for a woman", "bossy", "刚生完孩子精力不够",
            "has kids so can't travel", "外地人", "not a native speaker so", "有乙肝",
            "his depression", "not leadership material", "not a culture fit",
            "不像做管理的料", "never meets deadlines", "每次都迟到",
            "has not missed a single deadline", "always prepared for client calls",
            "从没出过错", "he never calls back", "并不是不主动",
            "since becoming a mother", "on parental leave from 3 March to 30 June"]

def header_counts(path):
    counts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*count\s+(\S+)\s*=\s*(\d+)", line)
            if m:
                counts[m.group(1)] = int(m.group(2))
    return counts

def check(fname, lang):
    path = os.path.join(HERE, fname)
    errs = []
    data = yaml.safe_load(open(path, encoding="utf-8"))
    if not isinstance(data, list):
        return ["%s: not a list" % fname], {}
    stats = collections.Counter()
    for i, r in enumerate(data, 1):
        rid = r.get("id")
        exp = "b13n-%s-%03d" % (lang, i)
        if rid != exp:
            errs.append("%s: id %r, expected %s" % (fname, rid, exp))
        extra = set(r) - {"id", "lang", "employee_role", "note", "flags", "why"}
        if extra:
            errs.append("%s: unknown keys %s" % (rid, extra))
        if r.get("lang") != lang:
            errs.append("%s: lang %r" % (rid, r.get("lang")))
        for k in ("employee_role", "note"):
            if not isinstance(r.get(k), str) or not r[k].strip():
                errs.append("%s: missing %s" % (rid, k))
        note = r.get("note") or ""
        low = note.lower()
        for ex in EXAMPLES:
            if ex.lower() in low:
                errs.append("%s: note reuses definition example %r" % (rid, ex))
        flags = r.get("flags")
        if not isinstance(flags, list):
            errs.append("%s: flags not a list" % rid); continue
        if "why" in r and (not isinstance(r["why"], str) or not r["why"].strip()):
            errs.append("%s: empty why" % rid)
        spans = []
        stats["notes"] += 1
        if not flags:
            stats["clean"] += 1
        for fl in flags:
            if not isinstance(fl, dict):
                errs.append("%s: flag not a mapping" % rid); continue
            t, c = fl.get("text"), fl.get("category")
            if set(fl) - {"text", "category", "subtype"}:
                errs.append("%s: bad flag keys %s" % (rid, set(fl)))
            if c not in CATS:
                errs.append("%s: bad category %r" % (rid, c))
            if c == "biased":
                if fl.get("subtype") not in SUBS:
                    errs.append("%s: biased flag %r needs subtype" % (rid, t))
                else:
                    stats["biased/" + fl["subtype"]] += 1
            elif "subtype" in fl:
                errs.append("%s: subtype on non-biased flag %r" % (rid, t))
            if not isinstance(t, str) or not t:
                errs.append("%s: empty flag text" % rid); continue
            n = note.count(t)
            if n != 1:
                errs.append("%s: flag %r occurs %d times" % (rid, t, n)); continue
            if t != t.strip():
                errs.append("%s: flag %r has edge whitespace" % (rid, t))
            s = note.index(t)
            spans.append((s, s + len(t), t))
            stats["flags"] += 1
            stats[c] += 1
            for ex in EXAMPLES:
                if ex.lower() == t.lower():
                    errs.append("%s: flag is a definition example %r" % (rid, t))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append("%s: overlapping flags %r / %r" % (rid, a[2], b[2]))
    stats["flagged"] = stats["notes"] - stats["clean"]
    hc = header_counts(path)
    want = {k: stats.get(k, 0) for k in ["notes", "clean", "flagged", "flags", "vague",
            "personality", "biased", "absolute"] + ["biased/" + s for s in sorted(SUBS)]}
    for k, v in want.items():
        if hc.get(k) != v:
            errs.append("%s: header count %s = %r, actual %d" % (fname, k, hc.get(k), v))
    return errs, want

def main():
    allerr = []
    for fname, lang in (("notes_en.yaml", "en"), ("notes_zh.yaml", "zh")):
        if not os.path.exists(os.path.join(HERE, fname)):
            print("skip", fname); continue
        errs, want = check(fname, lang)
        allerr += errs
        print("==", fname)
        for k, v in want.items():
            print("# count %s = %d" % (k, v))
    for e in allerr:
        print("ERROR", e)
    print("OK" if not allerr else "%d errors" % len(allerr))
    return 1 if allerr else 0

if __name__ == "__main__":
    sys.exit(main())
