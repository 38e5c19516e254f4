#!/usr/bin/env python3
"""Validator for the sbi17 blind set (Python 3 + PyYAML only).

Checks structure, span rules and distribution targets of notes_en.yaml,
notes_zh.yaml and negatives.yaml, then writes the counts into the comment
header of each notes file and into LABELS.md (between the counts markers).

Usage:  python3 validate.py          # validate and write counts
        python3 validate.py --check  # validate only, write nothing
Exit code 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"en": "notes_en.yaml", "zh": "notes_zh.yaml"}
NEG_FILE = "negatives.yaml"
LABELS = "LABELS.md"
N_PER_LANG = 30
SPAN_FIELDS = ("behaviour", "situation", "impact")
HEADER_START = "# === sbi17 header (written by validate.py; edit below it) ==="
HEADER_END = "# === end header ==="
MD_START = "<!-- counts:start (written by validate.py) -->"
MD_END = "<!-- counts:end -->"
CJK = re.compile(r"[\u4e00-\u9fff]")
BULLET = re.compile(r"^\s*(?:[-*•]\s+|\d+\s*[.)）、]\s*)")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")

errors = []


def err(msg):
    errors.append(msg)


def occurrences(hay, needle):
    """All start offsets of needle in hay, overlapping matches included."""
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def units(note):
    """Number of sentences or bullets in a note."""
    n = 0
    for line in note.splitlines():
        if not line.strip():
            continue
        if BULLET.match(line):
            n += 1
        else:
            n += len([p for p in SENT_SPLIT.split(line.strip()) if p.strip()])
    return n


def shape(obs):
    s = obs.get("situation") is not None
    i = obs.get("impact") is not None
    return {(True, True): "S+B+I", (False, True): "B+I",
            (True, False): "S+B", (False, False): "B only"}[(s, i)]


def strip_header(text):
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith(HEADER_START):
        for k, line in enumerate(lines):
            if line.startswith(HEADER_END):
                return "".join(lines[k + 1:]).lstrip("\n")
    return text


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def check_record(rec, lang, idx):
    rid = rec.get("id") if isinstance(rec, dict) else None
    where = rid or "%s record #%d" % (lang, idx)
    if not isinstance(rec, dict):
        err("%s: record is not a mapping" % where)
        return None
    want = {"id", "lang", "employee_role", "note", "observations", "judgements"}
    if set(rec) != want:
        err("%s: keys %s, expected %s" % (where, sorted(rec), sorted(want)))
    exp_id = "s17-%s-%03d" % (lang, idx)
    if rid != exp_id:
        err("%s: id should be %s" % (where, exp_id))
    if rec.get("lang") != lang:
        err("%s: lang should be %s" % (where, lang))
    role = rec.get("employee_role")
    if not isinstance(role, str) or not role.strip():
        err("%s: employee_role missing" % where)
    note = rec.get("note")
    if not isinstance(note, str) or not note.strip():
        err("%s: note missing" % where)
        return None
    has_cjk = bool(CJK.search(note))
    if lang == "zh" and not has_cjk:
        err("%s: Chinese note without Chinese characters" % where)
    if lang == "en" and has_cjk:
        err("%s: English note contains CJK characters" % where)
    u = units(note)
    if not 2 <= u <= 6:
        err("%s: note has %d sentences/bullets (want 2-6)" % (where, u))

    def locate(span, label):
        if not isinstance(span, str) or not span:
            err("%s: %s is not a non-empty string" % (where, label))
            return None
        if span != span.strip():
            err("%s: %s has leading/trailing whitespace: %r" % (where, label, span))
        occ = occurrences(note, span)
        if len(occ) != 1:
            err("%s: %s %r occurs %d times in note (want exactly 1)"
                % (where, label, span, len(occ)))
            return None
        return (occ[0], occ[0] + len(span))

    obs_list = rec.get("observations")
    if not isinstance(obs_list, list) or not 1 <= len(obs_list) <= 4:
        err("%s: observations must be a list of 1-4" % where)
        obs_list = obs_list if isinstance(obs_list, list) else []
    all_obs_spans, b_spans = [], []
    for k, obs in enumerate(obs_list, 1):
        lab = "obs %d" % k
        if not isinstance(obs, dict) or set(obs) != set(SPAN_FIELDS):
            err("%s: %s must have exactly keys %s" % (where, lab, SPAN_FIELDS))
            continue
        if obs["behaviour"] is None:
            err("%s: %s has no behaviour" % (where, lab))
        spans = []
        for fld in SPAN_FIELDS:
            if obs[fld] is None:
                continue
            sp = locate(obs[fld], "%s.%s" % (lab, fld))
            if sp:
                spans.append((fld, sp))
                all_obs_spans.append(sp)
                if fld == "behaviour":
                    b_spans.append(sp)
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                (fa, (s1, e1)), (fb, (s2, e2)) = spans[a], spans[b]
                if s1 < e2 and s2 < e1:
                    err("%s: %s spans %s and %s overlap" % (where, lab, fa, fb))
    for a in range(len(b_spans) - 1):
        if b_spans[a][0] >= b_spans[a + 1][0]:
            err("%s: observations not in order of appearance of the behaviour" % where)
        if b_spans[a][1] > b_spans[a + 1][0]:
            err("%s: behaviours of observations %d and %d overlap" % (where, a + 1, a + 2))
    judg = rec.get("judgements")
    if not isinstance(judg, list):
        err("%s: judgements must be a list" % where)
        judg = []
    j_spans = []
    for j in judg:
        sp = locate(j, "judgement")
        if not sp:
            continue
        for (s, e) in all_obs_spans:
            if sp[0] < e and s < sp[1]:
                err("%s: judgement %r overlaps an observation span" % (where, j))
        for (s, e) in j_spans:
            if sp[0] < e and s < sp[1]:
                err("%s: judgements overlap each other (%r)" % (where, j))
        j_spans.append(sp)
    return {"id": rid, "n_obs": len(obs_list), "units": u,
            "shapes": [shape(o) for o in obs_list if isinstance(o, dict)],
            "n_judg": len(judg)}


def main():
    write = "--check" not in sys.argv
    stats, raw = {}, {}
    for lang, fn in FILES.items():
        raw[lang] = strip_header(load(fn))
        data = yaml.safe_load(raw[lang])
        if not isinstance(data, list) or len(data) != N_PER_LANG:
            err("%s: want a list of %d records" % (fn, N_PER_LANG))
            data = data if isinstance(data, list) else []
        stats[lang] = [r for r in (check_record(rec, lang, i) for i, rec in
                                   enumerate(data, 1)) if r]
    by_id = {r["id"]: r for lang in stats for r in stats[lang]}

    neg = yaml.safe_load(strip_header(load(NEG_FILE))) or {}
    if not isinstance(neg, dict):
        err("negatives.yaml must be a mapping id -> [indices]")
        neg = {}
    for rid, idxs in neg.items():
        if rid not in by_id:
            err("negatives.yaml: unknown id %s" % rid)
            continue
        if (not isinstance(idxs, list) or not idxs
                or any(not isinstance(x, int) for x in idxs)):
            err("negatives.yaml: %s must map to a non-empty list of ints" % rid)
            continue
        if idxs != sorted(set(idxs)):
            err("negatives.yaml: %s indices must be sorted and unique" % rid)
        for x in idxs:
            if not 1 <= x <= by_id[rid]["n_obs"]:
                err("negatives.yaml: %s index %d out of range 1..%d"
                    % (rid, x, by_id[rid]["n_obs"]))

    # ---- counts -----------------------------------------------------------
    shapes = ("S+B+I", "B+I", "S+B", "B only")
    table = {}
    for lang in list(FILES) + ["all"]:
        recs = [r for l in FILES for r in stats[l]] if lang == "all" else stats[lang]
        c = {s: 0 for s in shapes}
        for r in recs:
            for s in r["shapes"]:
                c[s] += 1
        n_obs = sum(c.values())
        n_neg = sum(len(v) for k, v in neg.items()
                    if isinstance(v, list) and (lang == "all" or k.split("-")[1] == lang))
        dist = {}
        for r in recs:
            dist[r["n_obs"]] = dist.get(r["n_obs"], 0) + 1
        table[lang] = dict(c, notes=len(recs), obs=n_obs, neg=n_neg,
                           judg=sum(r["n_judg"] for r in recs), dist=dist)

    t = table["all"]
    n = t["obs"] or 1

    def share(key, lo, hi, label):
        v = t[key] / n
        if not lo <= v <= hi:
            err("target: %s share %.2f outside %.2f-%.2f" % (label, v, lo, hi))

    share("S+B+I", 0.27, 0.40, "S+B+I")
    share("B only", 0.14, 0.26, "B only")
    share("neg", 0.14, 0.26, "negative")
    for k in ("B+I", "S+B"):
        share(k, 0.15, 0.33, k)
    if not 32 <= t["judg"] <= 48:
        err("target: %d judgements (want about 40)" % t["judg"])
    two_three = t["dist"].get(2, 0) + t["dist"].get(3, 0)
    if two_three < 0.6 * t["notes"]:
        err("target: only %d notes have 2-3 observations" % two_three)

    def fmt_row(lang):
        r = table[lang]
        o = r["obs"] or 1
        cells = ["%d (%.0f%%)" % (r[s], 100.0 * r[s] / o) for s in shapes]
        return "| %s | %d | %d | %s | %d (%.0f%%) | %d |" % (
            lang, r["notes"], r["obs"], " | ".join(cells), r["neg"],
            100.0 * r["neg"] / o, r["judg"])

    md = ["| lang | notes | observations | S+B+I | B+I | S+B | B only | negative | judgements |",
          "|---|---|---|---|---|---|---|---|---|"]
    md += [fmt_row(l) for l in list(FILES) + ["all"]]
    md.append("")
    md.append("Observations per note: " + ", ".join(
        "%d obs: %d notes" % (k, t["dist"][k]) for k in sorted(t["dist"])) + ".")

    for line in md:
        print(line)
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    if write:
        for lang, fn in FILES.items():
            r = table[lang]
            head = [HEADER_START,
                    "# sbi17 blind set: %s notes, Situation-Behaviour-Impact gold spans." % lang,
                    "# Licence CC BY 4.0. See LABELS.md for definitions and conventions.",
                    "# notes=%d observations=%d  S+B+I=%d  B+I=%d  S+B=%d  B-only=%d  "
                    "negative=%d  judgements=%d" % (r["notes"], r["obs"], r["S+B+I"], r["B+I"],
                                                     r["S+B"], r["B only"], r["neg"], r["judg"]),
                    HEADER_END, ""]
            with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
                f.write("\n".join(head) + "\n" + raw[lang])
        neg_body = strip_header(load(NEG_FILE))
        with open(os.path.join(HERE, NEG_FILE), "w", encoding="utf-8") as f:
            f.write("\n".join([
                HEADER_START,
                "# id -> 1-based indices of observations describing something that went wrong.",
                "# negative observations: en=%d zh=%d all=%d"
                % (table["en"]["neg"], table["zh"]["neg"], t["neg"]),
                HEADER_END, "", ""]) + neg_body)
        path = os.path.join(HERE, LABELS)
        if os.path.exists(path):
            text = load(LABELS)
            if MD_START in text and MD_END in text:
                pre, rest = text.split(MD_START, 1)
                post = rest.split(MD_END, 1)[1]
                text = pre + MD_START + "\n" + "\n".join(md) + "\n" + MD_END + post
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            else:
                print("warning: LABELS.md has no counts markers; not updated")
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
