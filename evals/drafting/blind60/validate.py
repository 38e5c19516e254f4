#!/usr/bin/env python3
"""Validator for the blind60 bilingual fact-check evaluation set.

Checks structure, counts, fact value formats, text lengths, seeded-error
bookkeeping, and recomputes (with datetime) every weekday written next to a
date in both languages. A weekday that does not match its date fails the run
unless that exact date+weekday is a seeded `weekday` error.

Usage: python3 validate.py        (prints OK and exits 0 when everything passes)
Needs Python 3 and PyYAML.
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
LANGS = ("zh", "en")

EXPECT_CASES = 40
EXPECT_CLEAN = 24
EXPECT_FAULTY = 16
EXPECT_ERRORS = 18
EXPECT_DOUBLE = 2

problems = []


def fail(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- numerals
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(s):
    """Chinese numeral 1-99 (also plain digits) to int."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十", 1)
        tens = CN_DIGITS[a] if a else 1
        ones = CN_DIGITS[b] if b else 0
        return tens * 10 + ones
    if len(s) == 1:
        return CN_DIGITS[s]
    raise ValueError(s)


def int_to_cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n - 10] if n > 10 else "")
    if n < 100:
        return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")
    raise ValueError(n)


# ---------------------------------------------------------------- weekdays
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {}
for i, names in enumerate([("Monday", "Mon"), ("Tuesday", "Tue", "Tues"),
                           ("Wednesday", "Wed"), ("Thursday", "Thu", "Thur", "Thurs"),
                           ("Friday", "Fri"), ("Saturday", "Sat"), ("Sunday", "Sun")]):
    for n in names:
        EN_WD[n] = i
EN_MON = {}
for i, names in enumerate([("January", "Jan"), ("February", "Feb"), ("March", "Mar"),
                           ("April", "Apr"), ("May",), ("June", "Jun"), ("July", "Jul"),
                           ("August", "Aug"), ("September", "Sep", "Sept"),
                           ("October", "Oct"), ("November", "Nov"), ("December", "Dec")]):
    for n in names:
        EN_MON[n] = i + 1
MON_NAMES = [None, "January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]

CN = "[〇零一二三四五六七八九十]+"
ZH_WD_PREFIX = "(?:周|週|星期|禮拜|礼拜)"
ZH_DATE_WD = re.compile(
    r"(?:(?P<y>\d{4}|\d{2,3})年)?(?:(?P<m>\d{1,2}|" + CN + r")月)?(?P<d>\d{1,2}|" + CN + r")[日号號]\s*"
    r"(?:[（(]\s*" + ZH_WD_PREFIX + r"?(?P<w1>[一二三四五六日天])\s*[）)]|" + ZH_WD_PREFIX + r"(?P<w2>[一二三四五六日天]))")
ZH_SLASH_WD = re.compile(
    r"(?<![\d/])(?:(?P<y>\d{2,4})/)?(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*[（(]\s*" + ZH_WD_PREFIX +
    r"?(?P<w1>[一二三四五六日天])\s*[）)]")
ZH_MONTH = re.compile(r"(\d{1,2}|" + CN + r")月")
ZH_WD_TOKEN = re.compile(ZH_WD_PREFIX + r"[一二三四五六日天]|[（(][一二三四五六日天][）)]")

WDP = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
MONP = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:(?<=[a-z]{3})\.(?=\s*\d))?")
ORD = r"(?:st|nd|rd|th)?"
EN_PATTERNS = [
    re.compile(r"\b" + WDP + r",?\s+(?P<d>\d{1,2})" + ORD + r"\s+" + MONP + r"(?:,?\s+(?P<y>\d{4}))?"),
    re.compile(r"\b" + WDP + r",?\s+" + MONP + r"\s+(?P<d>\d{1,2})" + ORD + r"\b(?:,?\s+(?P<y>\d{4}))?"),
    re.compile(r"\b(?P<d>\d{1,2})" + ORD + r"\s+" + MONP + r"(?:\s+(?P<y>\d{4}))?\s*\(\s*" + WDP + r"\s*\)"),
    re.compile(r"\b" + MONP + r"\s+(?P<d>\d{1,2})" + ORD + r"(?:,\s*(?P<y>\d{4}))?\s*\(\s*" + WDP + r"\s*\)"),
]
EN_WD_FULL = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
EN_WD_ABBR = re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?,?\s+(?=\d|[A-Z][a-z]+\s+\d)")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            m = DATE_RANGE.match(v)
            if m:
                out.append(dt.date.fromisoformat(m.group(1)))
                out.append(dt.date.fromisoformat(m.group(2)))
    return out


def resolve_year(y, month, day, facts):
    if y:
        y = int(y)
        return y + 1911 if y < 1000 else y
    years = {d.year for d in fact_dates(facts) if (d.month, d.day) == (month, day)}
    if len(years) == 1:
        return years.pop()
    return None


def weekday_mentions(text, lang, facts):
    """Yield (start, end, date, written_weekday_index) for every date+weekday."""
    res = []
    if lang == "zh":
        for m in ZH_DATE_WD.finditer(text):
            mon = m.group("m")
            if mon is None:  # day-only range end: take the last month written before it
                prev = [x for x in ZH_MONTH.finditer(text, 0, m.start())]
                if not prev:
                    res.append((m.start(), m.end(), None, None))
                    continue
                mon = prev[-1].group(1)
            month, day = cn_to_int(mon), cn_to_int(m.group("d"))
            w = m.group("w1") or m.group("w2")
            res.append((m.start(), m.end(), (m.group("y"), month, day), ZH_WD[w]))
        for m in ZH_SLASH_WD.finditer(text):
            month, day = int(m.group("m")), int(m.group("d"))
            res.append((m.start(), m.end(), (m.group("y"), month, day), ZH_WD[m.group("w1")]))
    else:
        seen = set()
        for pat in EN_PATTERNS:
            for m in pat.finditer(text):
                if any(s <= m.start() < e for s, e in seen):
                    continue
                seen.add((m.start(), m.end()))
                month, day = EN_MON[m.group("mon")], int(m.group("d"))
                res.append((m.start(), m.end(), (m.group("y"), month, day), EN_WD[m.group("wd")]))
    out = []
    for s, e, ymd, w in res:
        if ymd is None:
            out.append((s, e, None, None))
            continue
        y, month, day = ymd
        year = resolve_year(y, month, day, facts)
        if year is None:
            out.append((s, e, None, w))
            continue
        try:
            out.append((s, e, dt.date(year, month, day), w))
        except ValueError:
            out.append((s, e, None, w))
    return out


def unattached_weekdays(text, lang, spans):
    bad = []
    if lang == "zh":
        tokens = [(m.start(), m.group()) for m in ZH_WD_TOKEN.finditer(text)]
        for pos, tok in tokens:
            if any(s <= pos < e for s, e in spans):
                continue
            if pos > 0 and text[pos - 1] in "每逢":
                continue  # recurring weekday, not a date
            bad.append(tok)
    else:
        tokens = [(m.start(), m.group(1)) for m in EN_WD_FULL.finditer(text)]
        tokens += [(m.start(), m.group(1)) for m in EN_WD_ABBR.finditer(text)]
        for pos, tok in tokens:
            if any(s <= pos < e for s, e in spans):
                continue
            before = text[max(0, pos - 6):pos].lower()
            if before.endswith("every ") or before.endswith("each "):
                continue
            bad.append(tok)
    return bad


# ---------------------------------------------------------------- value formats
DATE_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
TIME_RANGE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")
PERCENT = re.compile(r"^\d+(\.\d+)?%$")
PERCENT_RANGE = re.compile(r"^\d+(\.\d+)?%-\d+(\.\d+)?%$")
NUM_RANGE = re.compile(r"^\d+(\.\d+)?-\d+(\.\d+)?$")
DURATION = re.compile(r"^\d+(\.\d+)? (working days|calendar days|days|weeks|months|month|years|year|hours|minutes)$")
AMOUNT = re.compile(r"^(?:(RMB|HK\$|NT\$|S\$|RM|MOP|US\$) ?)?\d{1,3}(,\d{3})*(\.\d+)?( [a-z][a-z ]*)?$")
URL = re.compile(r"^(https?://)?[a-z0-9-]+(\.[a-z0-9-]+)+(/[\w./-]*)?$")
EMAIL = re.compile(r"^[\w.+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def value_type(v):
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return "amount"
    if isinstance(v, dict):
        return "name" if set(v) == {"zh", "en"} and all(isinstance(x, str) and x for x in v.values()) else None
    if not isinstance(v, str):
        return None
    m = DATE_RANGE.match(v)
    if m:
        try:
            a, b = dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))
        except ValueError:
            return None
        return "date_range" if a <= b else None
    for name, rx in (("time", TIME), ("time_range", TIME_RANGE), ("percent", PERCENT),
                     ("percent_range", PERCENT_RANGE), ("number_range", NUM_RANGE),
                     ("duration", DURATION), ("amount", AMOUNT), ("email", EMAIL), ("url", URL)):
        if rx.match(v):
            return name
    return None


# ---------------------------------------------------------------- value forms (self-checks)
def zh_date_forms(d):
    return [r"(?<!\d)%d月%d[日号號]" % (d.month, d.day),
            r"(?<![\d/])%d/%d(?![\d/])" % (d.month, d.day),
            re.escape("%s月%s日" % (int_to_cn(d.month), int_to_cn(d.day)))]


def en_date_forms(d):
    names = [n for n, i in EN_MON.items() if i == d.month]
    alt = "|".join(names)
    return [r"(?<!\d)%d(?:st|nd|rd|th)?\s+(?:%s)\b" % (d.day, alt),
            r"\b(?:%s)\.?\s+%d(?!\d)" % (alt, d.day)]


def date_present(text, lang, d):
    forms = zh_date_forms(d) if lang == "zh" else en_date_forms(d)
    return any(re.search(f, text) for f in forms)


def day_present(text, lang, d):
    if date_present(text, lang, d):
        return True
    if lang == "zh":
        return bool(re.search(r"(?<!\d)%d[日号號]|(?<![\d])%d/%d(?!\d)|%s日" % (d.day, d.month, d.day, int_to_cn(d.day)), text))
    return bool(re.search(r"(?<!\d)%d(?!\d)" % d.day, text))


EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty"]
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}


def number_forms(n, lang):
    """Regexes for an integer in common written forms (used to prove absence)."""
    forms = [r"(?<![\d,.])%d(?![\d])" % n]
    if n >= 1000:
        forms.append(r"(?<![\d,.])" + re.escape("{:,}".format(n)) + r"(?![\d])")
    if n % 1000 == 0 and n >= 1000:
        forms.append(r"(?<![\d.])%s ?[kK千]" % format(n / 1000, "g"))
    if n % 1000 == 0 and n >= 10000:
        forms.append(r"(?<![\d.])%s ?[万萬]" % format(n / 10000, "g"))
    if lang == "en":
        if n <= 20:
            forms.append(r"\b%s\b(?!-)" % EN_SMALL[n])
        elif n < 100 and n % 10 == 0:
            forms.append(r"\b%s\b(?!-)" % EN_TENS[n])
        if n % 1000 == 0 and n >= 1000 and n // 1000 <= 20:
            forms.append(r"\b%s thousand\b" % EN_SMALL[n // 1000])
    else:
        if n < 100:
            forms.append(int_to_cn(n) + "(?![十百千万萬])")
        if n % 10000 == 0 and n // 10000 < 100:
            forms.append("%s[万萬]" % int_to_cn(n // 10000))
        if n % 1000 == 0 and n < 10000:
            forms.append("%s千" % int_to_cn(n // 1000))
    return forms


def percent_forms(p, lang):
    forms = [r"(?<![\d.])%s ?%%" % format(p, "g"), r"(?<![\d.])%s per ?cent" % format(p, "g")]
    if lang == "zh":
        if p < 100 and p == int(p):
            forms.append("百分之" + int_to_cn(int(p)))
        if p % 10 == 0 and p < 100:
            forms.append(int_to_cn(int(p // 10)) + "成")
    else:
        if p == int(p) and int(p) in EN_TENS:
            forms.append(r"\b%s per ?cent\b" % EN_TENS[int(p)])
        if p % 10 == 0 and p < 100:
            forms.append(r"\b%s in ten\b" % EN_SMALL[int(p // 10)])
        if p == 25:
            forms.append(r"\ba quarter\b")
        if p == 50:
            forms.append(r"\bhalf\b")
    return forms


def leading_number(v):
    m = re.search(r"\d[\d,]*(\.\d+)?", v)
    if not m:
        return None
    x = float(m.group().replace(",", ""))
    return int(x) if x == int(x) else None


def norm_en_name(s):
    s = s.lower().replace("ü", "yu").replace("-", " ")
    return re.findall(r"[a-z]+", s)


def name_present(text, lang, name):
    if lang == "zh":
        return name["zh"] in text
    toks = norm_en_name(text)
    return all(t in toks for t in norm_en_name(name["en"]))


def strip_scheme(u):
    return re.sub(r"^https?://", "", u)


def value_absent(text, lang, v):
    """True when the fact value appears in none of the forms this script knows."""
    t = value_type(v)
    if t == "date":
        return not date_present(text, lang, v)
    if t == "name":
        return not name_present(text, lang, v)
    if t in ("url", "email"):
        return strip_scheme(v).lower() not in text.lower()
    if t == "percent":
        p = float(v[:-1])
        return not any(re.search(f, text) for f in percent_forms(p, lang))
    if t in ("amount", "duration"):
        n = v if isinstance(v, int) else leading_number(v)
        if n is None:
            return True
        return not any(re.search(f, text) for f in number_forms(n, lang))
    return True  # other types: not machine-checked


# ---------------------------------------------------------------- main checks
def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def word_count(s):
    return len(s.split())


def check_case(c, expected_id, stats):
    cid = c.get("id", expected_id)
    keys = {"id", "kind", "facts", "zh", "en", "errors"}
    if set(c) != keys:
        fail(cid, "keys %s, expected %s" % (sorted(c), sorted(keys)))
        return
    if c["id"] != expected_id:
        fail(cid, "id out of order, expected %s" % expected_id)
    if c["kind"] not in DOC_KINDS:
        fail(cid, "bad document kind %r" % c["kind"])
    facts, zh, en, errors = c["facts"], c["zh"], c["en"], c["errors"]
    texts = {"zh": zh, "en": en}
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(cid, "facts must be a mapping of 4-8 entries")
        return
    for label, v in facts.items():
        if value_type(v) is None:
            fail(cid, "fact %r has a value of unknown format: %r" % (label, v))
    if not isinstance(zh, str) or not 110 <= han_count(zh) <= 160:
        fail(cid, "zh has %d Han characters (110-160)" % han_count(zh if isinstance(zh, str) else ""))
    if not isinstance(en, str) or not 65 <= word_count(en) <= 120:
        fail(cid, "en has %d words (65-120)" % word_count(en if isinstance(en, str) else ""))
    if not isinstance(errors, list):
        fail(cid, "errors must be a list")
        return

    # ---- seeded errors
    seeded_wd = {"zh": [], "en": []}
    broken = {"zh": set(), "en": set()}  # fact labels deliberately wrong/missing per language
    for e in errors:
        ek = e.get("kind")
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if ek == "term" else set())
        if set(e) != need:
            fail(cid, "error keys %s, expected %s" % (sorted(e), sorted(need)))
            continue
        if ek not in ERR_KINDS:
            fail(cid, "bad error kind %r" % ek)
            continue
        lang = e["lang"]
        if lang not in LANGS:
            fail(cid, "bad error lang %r" % lang)
            continue
        other = "en" if lang == "zh" else "zh"
        stats["kind"][ek] += 1
        stats["lang"][lang] += 1
        stats["kind_lang"][(ek, lang)] += 1
        if ek in ("weekday", "term"):
            if e["fact"] is not None:
                fail(cid, "%s error must have fact: null" % ek)
        else:
            if e["fact"] not in facts:
                fail(cid, "error fact %r is not a fact label" % e["fact"])
                continue
            broken[lang].add(e["fact"])
        if ek == "missing":
            if e["found"] is not None:
                fail(cid, "missing error must have found: null")
        else:
            if not isinstance(e["found"], str) or e["found"] not in texts[lang]:
                fail(cid, "found %r not in %s text" % (e["found"], lang))
                continue
            if ek != "weekday" and e["found"] in texts[other]:
                fail(cid, "found %r also occurs in the %s text" % (e["found"], other))
        if ek == "weekday":
            seeded_wd[lang].append(e["found"])
        if ek == "term":
            zt, et = e["zh_term"], e["en_term"]
            if lang == "zh":
                if zt in zh:
                    fail(cid, "term error in zh but the correct term %r is present in zh" % zt)
                if et.lower() not in en.lower():
                    fail(cid, "term error in zh but %r is not used in en" % et)
            else:
                if et.lower() in en.lower():
                    fail(cid, "term error in en but the correct term %r is present in en" % et)
                if zt not in zh:
                    fail(cid, "term error in en but %r is not used in zh" % zt)
        if ek in ("date", "number", "percent", "name", "link", "missing"):
            v = facts[e["fact"]]
            if not value_absent(texts[lang], lang, v):
                fail(cid, "%s error: the correct value of %r still appears in %s" % (ek, e["fact"], lang))
            if ek != "missing" and value_absent(texts[other], other, v) and value_type(v) in (
                    "date", "name", "url", "email"):
                fail(cid, "%s error: the correct value of %r is not found in %s either" % (ek, e["fact"], other))
            ok_type = {"date": ("date",), "number": ("amount", "duration", "number_range"),
                       "percent": ("percent", "percent_range"), "name": ("name",),
                       "link": ("url", "email")}
            if ek in ok_type and value_type(v) not in ok_type[ek]:
                fail(cid, "%s error on a fact of type %s" % (ek, value_type(v)))
    if len(errors) == 2 and errors[0].get("lang") == errors[1].get("lang"):
        fail(cid, "two errors must be in different languages")
    if len(errors) > 2:
        fail(cid, "at most two errors per case")

    # ---- presence of machine-checkable facts where no error is seeded
    for label, v in facts.items():
        t = value_type(v)
        for lang in LANGS:
            if label in broken[lang]:
                continue
            text = texts[lang]
            if t == "date" and not date_present(text, lang, v):
                fail(cid, "date fact %r (%s) not found in %s" % (label, v, lang))
            elif t == "date_range":
                a, b = [dt.date.fromisoformat(x) for x in DATE_RANGE.match(v).groups()]
                shared_month = (lang == "en" and a.month == b.month and re.search(
                    r"(?<!\d)%d(?:st|nd|rd|th)?\s*(?:to|-|–|and|until|through)\s*%d(?:st|nd|rd|th)?\s+(?:%s)\b" % (
                        a.day, b.day, "|".join(n for n, i in EN_MON.items() if i == b.month)), text))
                if not shared_month and (not date_present(text, lang, a) or not day_present(text, lang, b)):
                    fail(cid, "date range %r not found in %s" % (label, lang))
            elif t == "name" and not name_present(text, lang, v):
                fail(cid, "name %r not found in %s" % (label, lang))
            elif t in ("url", "email") and strip_scheme(v).lower() not in text.lower():
                fail(cid, "link %r not found in %s" % (label, lang))

    # ---- weekdays
    for lang in LANGS:
        text = texts[lang]
        mentions = weekday_mentions(text, lang, facts)
        spans = [(s, e) for s, e, _, _ in mentions]
        for tok in unattached_weekdays(text, lang, spans):
            fail(cid, "%s: weekday %r is not attached to a date the validator can read" % (lang, tok))
        for s, e, d, w in mentions:
            stats["weekdays"] += 1
            if d is None:
                fail(cid, "%s: cannot resolve the date of %r" % (lang, text[s:e]))
                continue
            if d.weekday() == w:
                continue
            span = text[s:e]
            if any(span in f or f in span for f in seeded_wd[lang]):
                stats["seeded_wd_hits"] += 1
                if d not in fact_dates(facts):
                    fail(cid, "seeded weekday error %r is not next to a fact date" % span)
                continue
            fail(cid, "%s: %r is a %s, not the weekday written" % (
                lang, span, d.strftime("%A")))
        for f in seeded_wd[lang]:
            hit = [1 for s, e, d, w in mentions
                   if d is not None and d.weekday() != w and (text[s:e] in f or f in text[s:e])]
            if not hit:
                fail(cid, "seeded weekday error %r does not contain a wrong weekday" % f)
    return len(errors)


def main():
    stats = {"kind": Counter(), "lang": Counter(), "kind_lang": Counter(),
             "weekdays": 0, "seeded_wd_hits": 0}
    cases = []
    for i, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must hold a list of 10 cases")
            continue
        for j, c in enumerate(data):
            cases.append((fn, "r-%03d" % (i * 10 + j + 1), c))
    n_clean = n_faulty = n_double = 0
    doc_kinds = Counter()
    for fn, expected, c in cases:
        n = check_case(c, expected, stats)
        if n is None:
            continue
        doc_kinds[c["kind"]] += 1
        if n == 0:
            n_clean += 1
        else:
            n_faulty += 1
            if n == 2:
                n_double += 1
    n_err = sum(stats["kind"].values())
    if len(cases) != EXPECT_CASES:
        fail("set", "%d cases, expected %d" % (len(cases), EXPECT_CASES))
    if (n_clean, n_faulty, n_double, n_err) != (EXPECT_CLEAN, EXPECT_FAULTY, EXPECT_DOUBLE, EXPECT_ERRORS):
        fail("set", "clean/faulty/double/errors = %d/%d/%d/%d, expected %d/%d/%d/%d" % (
            n_clean, n_faulty, n_double, n_err, EXPECT_CLEAN, EXPECT_FAULTY, EXPECT_DOUBLE, EXPECT_ERRORS))
    for k in ERR_KINDS:
        if not 2 <= stats["kind"][k] <= 3:
            fail("set", "error kind %s has %d errors (2-3 expected)" % (k, stats["kind"][k]))
    if abs(stats["lang"]["zh"] - stats["lang"]["en"]) > 2:
        fail("set", "errors unbalanced over languages: %s" % dict(stats["lang"]))
    if set(doc_kinds) != DOC_KINDS:
        fail("set", "document kinds missing: %s" % sorted(DOC_KINDS - set(doc_kinds)))

    if problems:
        for p in problems:
            print("FAIL", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    if "-v" in sys.argv:
        print("cases %d (clean %d, faulty %d, two-error %d), errors %d" % (
            len(cases), n_clean, n_faulty, n_double, n_err))
        print("kind   " + "  ".join("%s zh=%d en=%d" % (k, stats["kind_lang"][(k, "zh")],
                                                       stats["kind_lang"][(k, "en")]) for k in ERR_KINDS))
        print("documents", dict(doc_kinds))
        print("weekday mentions checked %d (seeded mismatches %d)" % (stats["weekdays"], stats["seeded_wd_hits"]))
    print("OK")


if __name__ == "__main__":
    main()
