#!/usr/bin/env python3
"""Validator for blind set blind47 (Python 3 + PyYAML only).

Checks
  * structure of pairs_1.yaml .. pairs_4.yaml (10 cases each, ids r-001 .. r-040)
  * field types, kinds, 4-8 facts, zh 110-160 Han characters, en 65-120 words
  * seeded-error fields, counts per kind and language, clean/error case counts
  * every weekday written next to a date, in both languages, recomputed with
    datetime; a mismatch is allowed only where a `weekday` error is seeded
  * in the faulty language the correct value does not appear in the usual forms
  * light presence checks (dates, names, links, e-mails) so that no fact is
    silently dropped from a clean case

Usage: python3 validate.py [-v]
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2, "name": 2,
                "link": 2, "missing": 2, "term": 2}
VERBOSE = "-v" in sys.argv

problems = []


def bad(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 1..99 (十, 十二, 二十七 ...) or plain digits -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGIT[a] if a else 1
        ones = CN_DIGIT[b] if b else 0
        return tens * 10 + ones
    return CN_DIGIT[s]


def cn_year(s):
    if s.isdigit():
        return int(s)
    return int("".join(str(CN_DIGIT[c]) for c in s))


def int_to_cn(n):
    """int 0..99999 -> Chinese numerals (一千五百, 二千三百六十)."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for val, name in units:
        q = n // val
        n %= val
        if q:
            if zero:
                out += "零"
                zero = False
            out += digits[q] + name
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]

# ---------------------------------------------------------------- dates
MONTHS = {}
for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"], 1):
    MONTHS[name] = i
    MONTHS[name[:3]] = i
MONTHS["sept"] = 9
MONTH_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
         "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
         "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
EN_WD_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun|Mon)\b\.?")
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_WD_RE = re.compile(r"(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])|[（(]([一二三四五六日])[）)]")
CNM = "[一二三四五六七八九十]{1,3}"
ZH_DATE_RE = re.compile(
    r"(?:(\d{4})年|(?<!\d)(\d{2,3})年|([〇零一二三四五六七八九]{4})年)?"
    r"(\d{1,2}|" + CNM + r")月(\d{1,2}|" + CNM + r")[日号號]")
ZH_DAYONLY_RE = re.compile(r"(?<=[至到~～\-–—])\s*(\d{1,2})[日号號]")
ZH_SLASH_RE = re.compile(r"(?<![\d/.A-Za-z])(\d{1,2})/(\d{1,2})(?![\d/])")
EN_DMY_RE = re.compile(r"(?<![\d:.])(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RE + r"(?:,?\s+(\d{4}))?", re.I)
EN_MDY_RE = re.compile(MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(\d{4}))?", re.I)
EN_NUM_RE = re.compile(r"(?<![\d/.:\w])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for m in re.finditer(r"(\d{4})-(\d{2})-(\d{2})", v):
                out.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out


def infer_year(m, d, anchors):
    """Year for a date written without one: the year that puts it nearest a fact date."""
    best = None
    years = sorted({a.year for a in anchors} | {a.year - 1 for a in anchors} | {a.year + 1 for a in anchors})
    for y in years:
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            continue
        dist = min(abs((cand - a).days) for a in anchors)
        if best is None or dist < best[0]:
            best = (dist, cand)
    return [best[1]] if best else []


def zh_dates(text, anchors):
    """-> list of (start, end, [candidate dates])"""
    out = []
    last = None
    for m in ZH_DATE_RE.finditer(text):
        y4, roc, ycn, mo, da = m.groups()
        mo, da = cn_small(mo), cn_small(da)
        if y4:
            years = [int(y4)]
        elif roc:
            years = [int(roc) + 1911]
        elif ycn:
            years = [cn_year(ycn)]
        else:
            years = None
        try:
            cands = [dt.date(years[0], mo, da)] if years else infer_year(mo, da, anchors)
        except ValueError:
            cands = []
        out.append((m.start(), m.end(), cands, (mo, da)))
    # day-only range ends: 12月1日至11日
    for m in ZH_DAYONLY_RE.finditer(text):
        prev = [t for t in out if t[1] <= m.start()]
        if not prev:
            continue
        p = max(prev, key=lambda t: t[1])
        if not p[2]:
            continue
        try:
            c = p[2][0].replace(day=int(m.group(1)))
        except ValueError:
            continue
        out.append((m.start(1), m.end(), [c], (c.month, c.day)))
    for m in ZH_SLASH_RE.finditer(text):
        mo, da = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12 and 1 <= da <= 31:
            out.append((m.start(), m.end(), infer_year(mo, da, anchors), (mo, da)))
    return out


def en_dates(text, anchors):
    out = []
    for m in EN_DMY_RE.finditer(text):
        d, mon, y = m.groups()
        mo = MONTHS[mon.lower().rstrip(".")]
        try:
            c = [dt.date(int(y), mo, int(d))] if y else infer_year(mo, int(d), anchors)
        except ValueError:
            c = []
        out.append((m.start(), m.end(), c, (mo, int(d))))
    for m in EN_MDY_RE.finditer(text):
        mon, d, y = m.groups()
        if any(s <= m.start() < e for s, e, _, _ in out):
            continue
        mo = MONTHS[mon.lower().rstrip(".")]
        try:
            c = [dt.date(int(y), mo, int(d))] if y else infer_year(mo, int(d), anchors)
        except ValueError:
            c = []
        out.append((m.start(), m.end(), c, (mo, int(d))))
    for m in EN_NUM_RE.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        cands = []
        for mo, d in ((a, b), (b, a)):  # US and UK readings
            if 1 <= mo <= 12 and 1 <= d <= 31:
                try:
                    cands += [dt.date(int(y), mo, d)] if y else infer_year(mo, d, anchors)
                except ValueError:
                    pass
        if cands:
            out.append((m.start(), m.end(), cands, None))
    return out


GAP_OK = re.compile(r"^[\s,，、（(]*(?:the\s+)?$")


def weekday_pairs(text, lang, anchors):
    """-> (pairs, unpaired) ; pair = (span_start, span_end, date candidates, weekday int)"""
    dates = zh_dates(text, anchors) if lang == "zh" else en_dates(text, anchors)
    if lang == "zh":
        wds = [(m.start(), m.end(), ZH_WD[m.group(1) or m.group(2)]) for m in ZH_WD_RE.finditer(text)]
    else:
        wds = [(m.start(), m.end(), EN_WD[m.group(1).lower()]) for m in EN_WD_RE.finditer(text)]
    pairs, unpaired = [], []
    for ws, we, wd in wds:
        hit = None
        for ds, de, cands, _ in dates:
            if de <= ws and len(text[de:ws]) <= 3 and GAP_OK.match(text[de:ws]):
                hit = (ds, we, cands)
            elif we <= ds and len(text[we:ds]) <= 6 and GAP_OK.match(text[we:ds]):
                hit = hit or (ws, de, cands)
        if hit:
            pairs.append((hit[0], hit[1], hit[2], wd))
        else:
            unpaired.append(text[max(0, ws - 8):we + 8].replace("\n", " "))
    return pairs, unpaired


# ---------------------------------------------------------------- value forms
def date_forms(d):
    """Regexes that would show date d in Chinese or English."""
    mn = dt.date(2000, d.month, 1).strftime("%B")
    ab = mn[:3]
    cnm, cnd = int_to_cn(d.month), int_to_cn(d.day)
    return [
        r"(?<!\d)%d月%d[日号號]" % (d.month, d.day),
        r"%s月%s[日号號]" % (cnm, cnd),
        r"(?<![\d/])%d/%d(?![\d])" % (d.month, d.day),
        r"(?<![\d/])%d/%d(?![\d])" % (d.day, d.month),
        r"(?i)\b(?:%s|%s)\.?\s+%d(?:st|nd|rd|th)?\b" % (mn, ab, d.day),
        r"(?i)(?<!\d)%d(?:st|nd|rd|th)?\s+(?:%s|%s)\b" % (d.day, mn, ab),
        re.escape(d.isoformat()),
    ]


def number_value(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(v))
    return float(m.group(0).replace(",", "")) if m else None


def fmt(x):
    return ("%f" % x).rstrip("0").rstrip(".")


def number_forms(n):
    out = []
    if n == int(n):
        i = int(n)
        out += [r"(?<![\d,.])%s(?![\d])" % re.escape("{:,}".format(i)),
                r"(?<![\d,.])%d(?![\d,])" % i]
        if i < 100000:
            cn = int_to_cn(i)
            out += [re.escape(cn), re.escape(cn.replace("二千", "两千").replace("二百", "两百"))]
        if i <= 20:
            out.append(r"(?i)\b%s\b" % EN_SMALL[i])
        if i >= 10000 and i % 1000 == 0:
            out += [r"(?<![\d.])%s\s*[万萬]" % fmt(i / 10000)]
        if i >= 1000 and i % 100 == 0:
            out += [r"(?i)(?<![\d.])%s\s*(?:k\b|千)" % fmt(i / 1000)]
        if i >= 1000000 and i % 100000 == 0:
            out += [r"(?i)(?<![\d.])%s\s*(?:million|m\b)" % fmt(i / 1000000)]
    else:
        out.append(r"(?<![\d.])%s(?![\d])" % re.escape(fmt(n)))
    return out


def percent_forms(p):
    s = fmt(p)
    out = [r"(?i)(?<![\d.])%s\s*(?:%%|％|per ?cent)" % re.escape(s)]
    if p == int(p):
        out.append("百分之" + int_to_cn(int(p)))
        if int(p) <= 20:
            out.append(r"(?i)\b%s\s+per ?cent" % EN_SMALL[int(p)])
        if int(p) % 10 == 0:
            out.append(r"(?<![一二三四五六七八九十])%s成(?![一二三四五六七八九])" % int_to_cn(int(p) // 10))
        elif int(p) % 5 == 0 and p > 10:
            out.append("%s成%s" % (int_to_cn(int(p) // 10), int_to_cn(int(p) % 10)))
    return out


def name_tokens(en):
    return [t for t in re.split(r"[\s\-]+", en.lower()) if t]


def text_has_en_name(text, en):
    words = set(re.split(r"[^a-z]+", text.lower()))
    return all(t in words for t in name_tokens(en))


def strip_scheme(url):
    return re.sub(r"^https?://", "", url).rstrip("/")


def appears(patterns, text):
    return [p for p in patterns if re.search(p, text)]


def value_forms(v):
    """Forms (regexes) of a fact value, used for absence checks."""
    if isinstance(v, dict):
        toks = name_tokens(v["en"])
        return [re.escape(v["zh"]), r"(?i)\b" + r"[\s\-]+".join(toks) + r"\b",
                r"(?i)\b" + r"[\s\-]+".join(toks[1:] + toks[:1]) + r"\b"]
    if isinstance(v, dt.date):
        return date_forms(v)
    s = str(v)
    if re.match(r"^https?://", s):
        return [r"(?i)" + re.escape(strip_scheme(s))]
    if "@" in s:
        return [r"(?i)" + re.escape(s)]
    if s.endswith("%") and "-" not in s:
        return percent_forms(float(s[:-1]))
    n = number_value(v)
    return number_forms(n) if n is not None else [re.escape(s)]


# ---------------------------------------------------------------- checks
def check_fact_value(cid, label, v):
    if isinstance(v, dict):
        if set(v) != {"zh", "en"}:
            bad(cid, "name fact %s must have zh/en" % label)
        return
    if isinstance(v, (dt.date, int, float)):
        return
    if not isinstance(v, str):
        bad(cid, "fact %s has unexpected type %r" % (label, type(v)))
        return
    ok = (re.match(r"^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$", v)
          or re.match(r"^\d{2}:\d{2}(-\d{2}:\d{2})?$", v)
          or re.match(r"^https?://\S+$", v)
          or re.match(r"^[\w.\-]+@[\w.\-]+\.\w+$", v)
          or re.match(r"^\d+(\.\d+)?%(-\d+(\.\d+)?%)?$", v)
          or re.match(r"^\d+(\.\d+)?-\d+(\.\d+)?( [a-z]+)?$", v)
          or re.match(r"^\d[\d,]*(\.\d+)?( [a-z][a-z ]*)?$", v)
          or re.match(r"^(RMB|HK\$|S\$|NT\$|RM|SGD|HKD|USD) ?\d[\d,]*(\.\d+)?( [a-z][a-z ]*)?$", v))
    if not ok:
        bad(cid, "fact %s value %r not in an accepted format" % (label, v))


def presence_checks(cid, c, skip):
    """Light checks that names, links, e-mails and dates of the brief are in both texts."""
    anchors = fact_dates(c["facts"])
    for label, v in c["facts"].items():
        for lang in ("zh", "en"):
            if (label, lang) in skip:
                continue
            t = c[lang]
            if isinstance(v, dict):
                ok = (v["zh"] in t) if lang == "zh" else text_has_en_name(t, v["en"])
            elif isinstance(v, str) and re.match(r"^https?://", v):
                ok = strip_scheme(v).lower() in t.lower()
            elif isinstance(v, str) and "@" in v:
                ok = v.lower() in t.lower()
            elif isinstance(v, dt.date) or (isinstance(v, str) and " to " in v):
                ds = [v] if isinstance(v, dt.date) else [dt.date.fromisoformat(x) for x in v.split(" to ")]
                found = zh_dates(t, anchors) if lang == "zh" else en_dates(t, anchors)
                cands = {x for _, _, cs, _ in found for x in cs}
                # English day-only range end "June 15-30"
                if lang == "en":
                    for m in re.finditer(MONTH_RE + r"\s+(\d{1,2})\s*[–\-]\s*(\d{1,2})\b", t, re.I):
                        mo = MONTHS[m.group(1).lower().rstrip(".")]
                        cands |= set(infer_year(mo, int(m.group(3)), anchors))
                ok = all(d in cands for d in ds)
            else:
                continue
            if not ok:
                bad(cid, "presence: fact %s (%r) not found in %s" % (label, v, lang))


def main():
    cases = []
    for i, fn in enumerate(FILES):
        data = yaml.safe_load(open(os.path.join(HERE, fn), encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 cases")
            continue
        for j, c in enumerate(data):
            want = "r-%03d" % (i * 10 + j + 1)
            if c.get("id") != want:
                bad(fn, "expected id %s, got %s" % (want, c.get("id")))
            cases.append(c)

    err_counter, lang_counter, kind_lang = Counter(), Counter(), Counter()
    clean = with_err = two_err = 0
    pair_total = 0
    for c in cases:
        cid = c.get("id")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, "fields %s" % sorted(c))
            continue
        if c["kind"] not in KINDS:
            bad(cid, "bad kind %s" % c["kind"])
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "needs 4-8 facts")
        for k, v in facts.items():
            check_fact_value(cid, k, v)
        han = len(re.findall(r"[\u4e00-\u9fff\u3007]", c["zh"]))
        words = len(c["en"].split())
        if not 110 <= han <= 160:
            bad(cid, "zh has %d Han characters" % han)
        if not 65 <= words <= 120:
            bad(cid, "en has %d words" % words)

        errs = c["errors"]
        if not isinstance(errs, list):
            bad(cid, "errors must be a list")
            continue
        if not errs:
            clean += 1
        else:
            with_err += 1
        if len(errs) == 2:
            two_err += 1
            if errs[0]["lang"] == errs[1]["lang"]:
                bad(cid, "two errors must be in different languages")
        elif len(errs) > 2:
            bad(cid, "more than two errors")

        skip = set()
        wd_found = []
        for e in errs:
            k = e.get("kind")
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != need:
                bad(cid, "error fields %s" % sorted(e))
                continue
            if k not in ERR_KINDS or e["lang"] not in ("zh", "en"):
                bad(cid, "bad error kind/lang")
                continue
            err_counter[k] += 1
            lang_counter[e["lang"]] += 1
            kind_lang[(k, e["lang"])] += 1
            text = c[e["lang"]]
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    bad(cid, "%s error must have fact: null" % k)
            elif e["fact"] not in facts:
                bad(cid, "error fact %r not in facts" % e["fact"])
                continue
            if k == "missing":
                if e["found"] is not None:
                    bad(cid, "missing error must have found: null")
            elif not e["found"] or e["found"] not in text:
                bad(cid, "found %r not in %s text" % (e["found"], e["lang"]))
            elif text.count(e["found"]) != 1:
                bad(cid, "found %r occurs %d times" % (e["found"], text.count(e["found"])))
            if k == "weekday":
                wd_found.append((e["lang"], e["found"]))
            elif k == "term":
                zt, et = e["zh_term"], e["en_term"]
                if e["lang"] == "zh":
                    if zt in c["zh"]:
                        bad(cid, "correct zh term still present in zh")
                    if et.lower() not in c["en"].lower():
                        bad(cid, "en term %r absent from en" % et)
                else:
                    if et.lower() in c["en"].lower():
                        bad(cid, "correct en term still present in en")
                    if zt not in c["zh"]:
                        bad(cid, "zh term %r absent from zh" % zt)
            else:
                skip.add((e["fact"], e["lang"]))
                hits = appears(value_forms(facts[e["fact"]]), text)
                if hits:
                    bad(cid, "correct value of %s still appears in %s: %s" % (e["fact"], e["lang"], hits))
                other = "en" if e["lang"] == "zh" else "zh"
                if not appears(value_forms(facts[e["fact"]]), c[other]) and k != "date":
                    bad(cid, "fact %s should be present in %s" % (e["fact"], other))

        # weekday recomputation in both languages
        anchors = fact_dates(facts)
        for lang in ("zh", "en"):
            pairs, unpaired = weekday_pairs(c[lang], lang, anchors)
            pair_total += len(pairs)
            for s, e_, cands, wd in pairs:
                span = c[lang][s:e_]
                okday = any(d.weekday() == wd for d in cands)
                seeded = any((span in f or f in span) for l, f in wd_found if l == lang)
                if not cands:
                    bad(cid, "%s: cannot resolve date in %r" % (lang, span))
                elif not okday and not seeded:
                    bad(cid, "%s: weekday mismatch in %r (dates %s)" % (lang, span, cands))
                elif okday and seeded:
                    bad(cid, "%s: seeded weekday error %r is actually correct" % (lang, span))
                if VERBOSE:
                    print("  %s %s pair %-28r -> %s %s" % (cid, lang, span, [d.isoformat() for d in cands],
                                                         "ok" if okday else "MISMATCH"))
            if VERBOSE:
                for u in unpaired:
                    print("  %s %s weekday without date: %r" % (cid, lang, u))
        for l, f in wd_found:
            pairs, _ = weekday_pairs(c[l], l, anchors)
            mism = [c[l][s:e_] for s, e_, cands, wd in pairs if cands and not any(d.weekday() == wd for d in cands)]
            if not any(m in f or f in m for m in mism):
                bad(cid, "weekday error %r not detected as a mismatch" % f)

        presence_checks(cid, c, skip)

    # totals
    if len(cases) != 40:
        bad("set", "%d cases, expected 40" % len(cases))
    if clean != 24 or with_err != 16:
        bad("set", "clean=%d with_errors=%d, expected 24/16" % (clean, with_err))
    if two_err != 2:
        bad("set", "%d cases with two errors, expected 2" % two_err)
    if dict(err_counter) != EXPECTED_ERR:
        bad("set", "error kinds %s, expected %s" % (dict(err_counter), EXPECTED_ERR))
    if lang_counter["zh"] != 9 or lang_counter["en"] != 9:
        bad("set", "error languages %s, expected 9/9" % dict(lang_counter))
    for k, n in EXPECTED_ERR.items():
        z, e = kind_lang[(k, "zh")], kind_lang[(k, "en")]
        if abs(z - e) > 1 or (n % 2 == 0 and z != e):
            bad("set", "kind %s unbalanced zh=%d en=%d" % (k, z, e))

    kinds = Counter(c["kind"] for c in cases)
    print("cases: %d  clean: %d  with errors: %d  (two errors: %d)" % (len(cases), clean, with_err, two_err))
    print("errors: %d  %s" % (sum(err_counter.values()), dict(sorted(err_counter.items()))))
    print("errors by language: %s" % dict(lang_counter))
    print("document kinds: %s" % dict(sorted(kinds.items())))
    print("date+weekday pairs recomputed: %d" % pair_total)
    if problems:
        print("\nFAIL (%d problems)" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
