#!/usr/bin/env python3
"""Validator for the blind bilingual fact-check set (blind59).

Checks structure, field types, length limits, the case/error mix, seeded-error
consistency, and recomputes every weekday written next to a date in both
languages (Chinese and English). A weekday that does not match its date is an
error unless it lies inside the `found` span of a seeded `weekday` error for
that language.

Usage: python3 validate.py        (prints OK and exits 0 when everything passes)
Requires Python 3 and PyYAML.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
EXPECT = {"cases": 40, "clean": 24, "faulty": 16, "errors": 18, "double": 2}

problems = []


def fail(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- weekdays ---
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_WD_PREFIX = r"(?:星期|礼拜|禮拜|周|週)"
ZH_DATE_WD = re.compile(
    r"(?:(?:(?P<y>\d{3,4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号號]"
    r"|(?<![\d/])(?:(?P<ry>\d{3,4})/)?(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?![\d/]))"
    r"\s*(?:[（(]\s*" + ZH_WD_PREFIX + r"?(?P<w>[一二三四五六日天])\s*[)）]"
    r"|" + ZH_WD_PREFIX + r"(?P<w2>[一二三四五六日天]))"
)
ZH_WD_TOKEN = re.compile(
    ZH_WD_PREFIX + r"[一二三四五六日天]|[（(][一二三四五六日][)）]")

EN_WD = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
MONTHS = {}
for i, name in enumerate(["january", "february", "march", "april", "may", "june",
                          "july", "august", "september", "october", "november",
                          "december"], start=1):
    MONTHS[name] = i
    MONTHS[name[:3]] = i
MONTHS["sept"] = 9
WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
MON_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
EN_A = re.compile(
    r"\b(?P<wd>" + WD_RE + r")\b\.?,?\s+(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + MON_RE +
    r")\b|(?P<mon2>" + MON_RE + r")\b\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>\d{4})\b)?")
EN_B = re.compile(
    r"(?:\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + MON_RE + r")\b|\b(?P<mon2>" + MON_RE +
    r")\b\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>\d{4})\b)?\s*\(\s*(?P<wd>" +
    WD_RE + r")\.?\s*\)")
# full weekday names anywhere; abbreviations only where they precede a day number
# (so that personal names such as "Thu" are not taken for weekdays)
EN_WD_TOKEN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b(?=\.?,?\s*\d)")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for y, m, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", v):
                out.append(dt.date(int(y), int(m), int(d)))
    return out


def resolve_year(m, d, fds):
    same = [f.year for f in fds if (f.month, f.day) == (m, d)]
    if same:
        return same[0]
    best = None
    for y in sorted({f.year for f in fds} | {f.year - 1 for f in fds} | {f.year + 1 for f in fds}):
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            continue
        dist = min(abs((cand - f).days) for f in fds)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None


def zh_mentions(text, fds):
    res = []
    for mo in ZH_DATE_WD.finditer(text):
        y = mo.group("y") or mo.group("ry")
        m = int(mo.group("m") or mo.group("m2"))
        d = int(mo.group("d") or mo.group("d2"))
        w = ZH_WD[mo.group("w") or mo.group("w2")]
        if y:
            y = int(y)
            if y < 1000:  # ROC (Minguo) year
                y += 1911
        else:
            y = resolve_year(m, d, fds)
        res.append((mo.start(), mo.end(), y, m, d, w, mo.group(0)))
    return res


def en_mentions(text, fds):
    res = []
    spans = []
    for rx in (EN_A, EN_B):
        for mo in rx.finditer(text):
            if any(a < mo.end() and mo.start() < b for a, b in spans):
                continue
            spans.append((mo.start(), mo.end()))
            mon = (mo.group("mon") or mo.group("mon2")).lower().rstrip(".")
            m = MONTHS[mon]
            d = int(mo.group("d") or mo.group("d2"))
            w = EN_WD[mo.group("wd").lower()]
            y = int(mo.group("y")) if mo.group("y") else resolve_year(m, d, fds)
            res.append((mo.start(), mo.end(), y, m, d, w, mo.group(0)))
    return res


def check_weekdays(c):
    cid = c["id"]
    fds = fact_dates(c["facts"])
    seeded = {"zh": [], "en": []}
    for e in c.get("errors") or []:
        if e.get("kind") == "weekday" and e.get("found") and e.get("lang") in seeded:
            txt = c[e["lang"]]
            start = txt.find(e["found"])
            if start >= 0:
                seeded[e["lang"]].append((start, start + len(e["found"]), e))
    hit = set()
    for lang, finder, token_rx in (("zh", zh_mentions, ZH_WD_TOKEN), ("en", en_mentions, EN_WD_TOKEN)):
        text = c[lang]
        ms = finder(text, fds)
        for (s, t, y, m, d, w, raw) in ms:
            try:
                real = dt.date(y, m, d).weekday()
            except (TypeError, ValueError):
                fail(cid, "%s: cannot resolve date in %r" % (lang, raw))
                continue
            inside = [e for (a, b, e) in seeded[lang] if a <= s and t <= b]
            if real != w:
                if inside:
                    hit.add(id(inside[0]))
                else:
                    fail(cid, "%s: weekday mismatch in %r (%s is a %s)" % (
                        lang, raw, dt.date(y, m, d).isoformat(),
                        dt.date(y, m, d).strftime("%A")))
            elif inside:
                fail(cid, "%s: seeded weekday error %r has a correct weekday" % (lang, raw))
        # every weekday token must be attached to a date (or be a recurring 'every X')
        covered = [(s, t) for (s, t, *_rest) in ms]
        for mo in token_rx.finditer(text):
            if any(s <= mo.start() and mo.end() <= t for s, t in covered):
                continue
            before = text[max(0, mo.start() - 6):mo.start()]
            if lang == "zh" and before.endswith("每"):
                continue
            if lang == "en" and before.lower().endswith("every "):
                continue
            fail(cid, "%s: weekday %r not attached to a parsable date" % (lang, mo.group(0)))
    for lang in ("zh", "en"):
        for (_a, _b, e) in seeded[lang]:
            if id(e) not in hit:
                fail(cid, "%s: seeded weekday error %r not detected as a mismatch" % (lang, e["found"]))


# ---------------------------------------------- correct value must be absent ---
CN_DIGITS = "零一二三四五六七八九"
EN_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
PCT_WORDS = {
    10: ["一成", "one in ten", "a tenth"], 20: ["两成", "二成", "兩成", "one in five", "a fifth"],
    25: ["四分之一", "quarter"], 30: ["三成", "three in ten"], 40: ["四成", "two-fifths", "two fifths"],
    50: ["一半", "half"], 75: ["四分之三", "three-quarters", "three quarters"],
}


def cn_num(n):
    """Chinese numeral for 0 <= n < 100000 (simple form, no 零 handling subtleties)."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for val, ch in units:
        q, n = divmod(n, val)
        if q:
            if zero:
                out += "零"
                zero = False
            out += ("" if (val == 10 and q == 1 and not out) else CN_DIGITS[q]) + ch
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIGITS[n]
    return out


def en_num(n):
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_SMALL[u] if u else "")
    return None


def number_forms(n):
    forms = [str(n), "{:,}".format(n)]
    if n >= 1000 and n % 100 == 0:
        forms.append(("%g" % (n / 1000.0)) + "k")
    if n < 100000:
        forms.append(cn_num(n))
        if n >= 100 and n % 100 == 0 and str(n // 100)[-1:] != "0":
            pass
    if n < 100 and en_num(n):
        forms.append(en_num(n))
    return forms


def present(text, form):
    if re.fullmatch(r"[\d.,]+k?", form):
        return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d])", text, re.I) is not None
    if re.fullmatch(r"[a-z -]+", form):
        return re.search(r"\b" + re.escape(form) + r"\b", text, re.I) is not None
    if re.fullmatch(r"[零一二两三四五六七八九十百千万]+", form):
        return re.search(r"(?<![零一二两三四五六七八九十百千万])" + re.escape(form) +
                         r"(?![零一二两三四五六七八九十百千万])", text) is not None
    return form.lower() in text.lower()


def date_forms(d, lang):
    if lang == "zh":
        return ["%d月%d日" % (d.month, d.day), "%d/%d" % (d.month, d.day),
                "%02d/%02d" % (d.month, d.day)]
    full = d.strftime("%B")
    return ["%d %s" % (d.day, full), "%s %d" % (full, d.day),
            "%d %s" % (d.day, full[:3]), "%s %d" % (full[:3], d.day)]


def value_absent(cid, e, value, text):
    lang = e["lang"]
    what = "%s error (%s)" % (e["kind"], e.get("fact"))
    if isinstance(value, dict):
        if value[lang].lower() in text.lower():
            fail(cid, "%s: correct name still present in %s" % (what, lang))
        return
    if isinstance(value, dt.date):
        for f in date_forms(value, lang):
            if re.search(r"(?<!\d)" + re.escape(f) + r"(?!\d)", text):
                fail(cid, "%s: correct date %r still present in %s" % (what, f, lang))
        return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        vals = [value]
    else:
        sval = str(value)
        if re.match(r"^https?://|^[\w.-]+\.[a-z]{2,}(/|$)", sval) or "@" in sval:
            core = re.sub(r"^https?://", "", sval).rstrip("/")
            if core.lower() in text.lower():
                fail(cid, "%s: correct link %r still present in %s" % (what, core, lang))
            return
        if sval.endswith("%"):
            p = float(sval[:-1])
            forms = [sval, "%g per cent" % p, "%g percent" % p]
            if p == int(p) and int(p) < 100:
                forms.append("百分之" + cn_num(int(p)))
                forms += PCT_WORDS.get(int(p), [])
            for f in forms:
                if present(text, f):
                    fail(cid, "%s: correct percentage %r still present in %s" % (what, f, lang))
            return
        m = re.search(r"\d[\d,]*(?:\.\d+)?", sval)
        if not m:
            return
        vals = [float(m.group(0).replace(",", ""))]
    for v in vals:
        if float(v) == int(v):
            for f in number_forms(int(v)):
                if present(text, f):
                    fail(cid, "%s: correct number %r still present in %s" % (what, f, lang))
        else:
            if present(text, "%g" % v):
                fail(cid, "%s: correct number %g still present in %s" % (what, v, lang))


# --------------------------------------------------------------- structure ---
def check_fact_value(cid, label, v):
    if isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail(cid, "fact %r: name must be {zh: ..., en: ...}" % label)
    elif not isinstance(v, (str, int, float, dt.date)) or isinstance(v, bool):
        fail(cid, "fact %r: unsupported value type %s" % (label, type(v).__name__))
    elif isinstance(v, str) and re.search(r"\d{4}-\d{2}-\d{2}", v):
        for y, m, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", v):
            dt.date(int(y), int(m), int(d))


def main():
    cases = []
    for i, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            fail(fn, "missing file")
            continue
        data = yaml.safe_load(open(path, encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must hold a list of 10 cases")
            continue
        for j, c in enumerate(data):
            want = "r-%03d" % (i * 10 + j + 1)
            if c.get("id") != want:
                fail(fn, "case %d has id %r, expected %r" % (j + 1, c.get("id"), want))
        cases += data

    kinds_err = Counter()
    langs_err = Counter()
    doc_kinds = Counter()
    n_clean = n_faulty = n_double = 0
    for c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            fail(cid, "fields must be exactly id, kind, facts, zh, en, errors (got %s)" % sorted(c))
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, "unknown document kind %r" % c["kind"])
        doc_kinds[c["kind"]] += 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping with 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        for k, v in facts.items():
            check_fact_value(cid, k, v)
        han = len(re.findall(r"[\u4e00-\u9fff]", c["zh"]))
        if not 110 <= han <= 160:
            fail(cid, "zh has %d Han characters (110-160)" % han)
        words = len(c["en"].split())
        if not 65 <= words <= 120:
            fail(cid, "en has %d words (65-120)" % words)

        errs = c["errors"]
        if not isinstance(errs, list):
            fail(cid, "errors must be a list")
            continue
        if errs:
            n_faulty += 1
            if len(errs) == 2:
                n_double += 1
                if errs[0].get("lang") == errs[1].get("lang"):
                    fail(cid, "two errors must be in different languages")
            elif len(errs) > 2:
                fail(cid, "at most two errors per case")
        else:
            n_clean += 1
        for e in errs:
            k = e.get("kind")
            lang = e.get("lang")
            base = {"kind", "lang", "fact", "found"}
            need = base | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != need:
                fail(cid, "error fields must be %s (got %s)" % (sorted(need), sorted(e)))
                continue
            if k not in ERR_KINDS:
                fail(cid, "unknown error kind %r" % k)
                continue
            if lang not in ("zh", "en"):
                fail(cid, "error lang must be zh or en")
                continue
            kinds_err[k] += 1
            langs_err[lang] += 1
            text = c[lang]
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    fail(cid, "%s error must have fact: null" % k)
            elif e["fact"] not in facts:
                fail(cid, "error fact %r is not a fact label" % e["fact"])
                continue
            if k == "missing":
                if e["found"] is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in text:
                    fail(cid, "found %r is not a substring of %s" % (e["found"], lang))
                other = c["zh" if lang == "en" else "en"]
                if isinstance(e["found"], str) and k != "term" and e["found"] in other and k != "weekday":
                    fail(cid, "found %r also appears in the other language" % e["found"])
            if k == "term":
                correct = e["zh_term"] if lang == "zh" else e["en_term"]
                if not correct or correct.lower() in text.lower():
                    fail(cid, "term error: correct term %r still appears in %s" % (correct, lang))
                right_other = e["en_term"] if lang == "zh" else e["zh_term"]
                if right_other.lower() not in c["zh" if lang == "en" else "en"].lower():
                    fail(cid, "term error: %r should appear in the correct language" % right_other)
            elif k in ("date", "number", "percent", "name", "link", "missing"):
                value_absent(cid, e, facts[e["fact"]], text)
        check_weekdays(c)

    if len(cases) != EXPECT["cases"]:
        fail("set", "%d cases, expected %d" % (len(cases), EXPECT["cases"]))
    if n_clean != EXPECT["clean"] or n_faulty != EXPECT["faulty"]:
        fail("set", "clean/faulty = %d/%d, expected %d/%d" % (
            n_clean, n_faulty, EXPECT["clean"], EXPECT["faulty"]))
    if n_double != EXPECT["double"]:
        fail("set", "%d cases with two errors, expected %d" % (n_double, EXPECT["double"]))
    total = sum(kinds_err.values())
    if total != EXPECT["errors"]:
        fail("set", "%d seeded errors, expected %d" % (total, EXPECT["errors"]))
    for k in ERR_KINDS:
        if not 2 <= kinds_err[k] <= 3:
            fail("set", "error kind %s has %d errors (expected 2-3)" % (k, kinds_err[k]))
    if abs(langs_err["zh"] - langs_err["en"]) > 2:
        fail("set", "errors unbalanced over languages: %s" % dict(langs_err))
    if set(doc_kinds) != DOC_KINDS:
        fail("set", "not all document kinds used: %s" % dict(doc_kinds))

    if problems:
        for p in problems:
            print("FAIL", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("cases %d (clean %d, faulty %d, two-error %d); errors %d; by kind %s; by lang %s; doc kinds %s"
          % (len(cases), n_clean, n_faulty, n_double, total,
             dict(sorted(kinds_err.items())), dict(sorted(langs_err.items())),
             dict(sorted(doc_kinds.items()))))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
