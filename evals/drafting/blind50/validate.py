#!/usr/bin/env python3
"""Validator for the blind bilingual fact-check set (pairs_1.yaml ... pairs_4.yaml).

Checks
  * structure: 4 files x 10 cases, ids r-001 ... r-040 in order, fields and types;
  * lengths: zh 110-160 Han characters, en 65-120 words; 4-8 facts per case;
  * counts: 24 clean / 16 faulty cases, 18 seeded errors, two cases with two errors
    (in different languages), every error kind and both languages represented,
    all six document kinds present;
  * error fields: `found` is an exact substring of the faulty language, `fact` names a
    fact (null for weekday/term), `zh_term`/`en_term` only on term errors;
  * weekdays: every weekday written next to a date, in both languages, is recomputed
    with datetime; a mismatch fails unless it lies inside a seeded weekday error,
    and every seeded weekday error must contain a real mismatch;
  * light consistency checks: on clean facts, dates, names, links and e-mail addresses
    can be found in both languages; on seeded errors, the correct value of the fact
    does not appear in the faulty language (dates, numbers, names, links).

Usage: python3 validate.py     (prints OK and exits 0 when everything passes)
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
CASE_KEYS = {"id", "kind", "facts", "zh", "en", "errors"}

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- numerals
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000, "萬": 10000}
CN_RE = "[零〇一二两兩三四五六七八九十百千万萬]+"


def cn2int(s):
    """Parse a Chinese numeral such as 一千二百四十, 三千六百万, 十二, 二十九."""
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in ("万", "萬"):
            section += digit or 0
            total += (section or 1) * 10000
            section, digit = 0, None
        else:
            unit = CN_UNITS[ch]
            section += (1 if digit is None else digit) * unit
            digit = None
    return total + section + (digit or 0)


def to_int(tok):
    if tok is None:
        return None
    if tok.isdigit():
        return int(tok)
    try:
        return cn2int(tok)
    except (KeyError, TypeError):
        return None


def numbers_zh(text):
    vals = set()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        vals.add(float(m.group().replace(",", "")))
    for m in re.finditer(CN_RE, text):
        vals.add(float(cn2int(m.group())))
        for ch in m.group():                      # bare digits inside ranges: 三至五
            if ch in CN_DIGITS:
                vals.add(float(CN_DIGITS[ch]))
    for m in re.finditer(r"([一二三四五六七八九十])成(半)?", text):
        vals.add(CN_DIGITS.get(m.group(1), 10) * 10.0 + (5 if m.group(2) else 0))
    if "一刻钟" in text or "一刻鐘" in text:
        vals.add(15.0)
    if "半年" in text:
        vals.add(6.0)
    return vals


EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
            "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
            "hundred": 100, "half": 50, "quarter": 25}


def numbers_en(text):
    vals = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(k\b|million\b)?", text):
        v = float(m.group(1).replace(",", "").rstrip("."))
        if m.group(2) == "k":
            v *= 1000
        elif m.group(2):
            v *= 1000000
        vals.add(v)
    for w in re.findall(r"[a-z]+", text.lower()):
        if w in EN_WORDS:
            vals.add(float(EN_WORDS[w]))
    return vals


def fact_number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        m = re.search(r"\d[\d,]*(?:\.\d+)?", value)
        if m:
            v = float(m.group().replace(",", ""))
            if re.search(r"\d\s*million", value):
                v *= 1000000
            return v
    return None


# ---------------------------------------------------------------- dates
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
for _name, _i in list(MONTHS.items()):
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WD_EN = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
         "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
         "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
WD_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
ZH_WD_AFTER = re.compile(
    r"\s*(?:[（(]\s*(?:星期|週|周|禮拜|礼拜)?([一二三四五六日天])\s*[)）]|(?:星期|週|周|禮拜|礼拜)([一二三四五六日天]))")
ZH_DATE = re.compile(
    r"(?P<a>(?:(?P<roc>民國|民国)?(?P<ay>\d{2,4})年)?(?P<am>" + ZH_NUM + r")月(?P<ad>" + ZH_NUM + r")[日号號])"
    r"|(?P<b>(?<![\d/])(?P<by>\d{3,4})/(?P<bm>\d{1,2})/(?P<bd>\d{1,2})(?![\d/]))"
    r"|(?P<c>(?<![\d/.:])(?P<cm>\d{1,2})/(?P<cd>\d{1,2})(?![\d/]))"
    r"|(?P<e>(?<![\d一二三四五六七八九十年/])(?<![\d一二三四五六七八九十]月)(?P<ed>" + ZH_NUM + r")[日号號])")


def week_name(i):
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i]


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for m in re.finditer(r"(\d{4})-(\d{2})-(\d{2})", v):
                out.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out


def infer_year(facts, month, day, text):
    ds = fact_dates(facts)
    for d in ds:
        if (d.month, d.day) == (month, day):
            return d.year
    years = Counter(d.year for d in ds)
    if not years:
        ys = re.findall(r"20\d\d", text)
        return int(ys[0]) if ys else 2026
    if len(years) == 1:
        return next(iter(years))
    # several years: pick the one that puts the date inside the span of the facts
    lo, hi = min(ds), max(ds)
    for y in sorted(years):
        try:
            if lo <= dt.date(y, month, day) <= hi:
                return y
        except ValueError:
            pass
    return years.most_common(1)[0][0]


def zh_weekday_pairs(text, facts):
    """Yield (start, end, date, written_weekday_index) for every zh date followed by a weekday."""
    cur_y, cur_m = None, None
    for m in ZH_DATE.finditer(text):
        y = mo = d = None
        if m.group("a"):
            mo, d = to_int(m.group("am")), to_int(m.group("ad"))
            if m.group("ay"):
                y = int(m.group("ay"))
                if m.group("roc") or y < 1000:
                    y += 1911
        elif m.group("b"):
            y, mo, d = int(m.group("by")), int(m.group("bm")), int(m.group("bd"))
            if y < 1000:
                y += 1911
        elif m.group("c"):
            mo, d = int(m.group("cm")), int(m.group("cd"))
        else:
            mo, d = cur_m, to_int(m.group("ed"))
            y = cur_y
        if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        cur_m = mo
        if y is not None:
            cur_y = y
        w = ZH_WD_AFTER.match(text, m.end())
        if not w:
            continue
        year = y if y is not None else infer_year(facts, mo, d, text)
        try:
            date = dt.date(year, mo, d)
        except ValueError:
            fail("impossible date %s-%s-%s in zh: %r" % (year, mo, d, m.group()))
            continue
        yield m.start(), w.end(), date, WD_ZH[w.group(1) or w.group(2)]


EN_PATTERNS = [
    # Tuesday, December 8 [2026]
    re.compile(r"\b(?P<wd>" + WD_RE + r"),?\s+(?P<mon>" + MONTH_RE + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?"),
    # Monday, 2 November [2026] / Thursday 16 (month follows later)
    re.compile(r"\b(?P<wd>" + WD_RE + r"),?\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|am|pm|a\.m|p\.m))(?:\s+(?:of\s+)?(?P<mon>" + MONTH_RE + r"))?(?:,?\s+(?P<year>\d{4}))?"),
    # 8 January [2027] (Friday)
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + MONTH_RE + r")(?:,?\s+(?P<year>\d{4}))?\s*\((?P<wd>" + WD_RE + r")\)"),
    # November 5, 2026 (Thursday)
    re.compile(r"\b(?P<mon>" + MONTH_RE + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\s*\((?P<wd>" + WD_RE + r")\)"),
]
MONTH_ANY = re.compile(r"\b" + MONTH_RE + r"\b")


def en_weekday_pairs(text, facts):
    seen = []
    for pat in EN_PATTERNS:
        for m in pat.finditer(text):
            if any(s <= m.start() < e for s, e in seen):
                continue
            seen.append((m.start(), m.end()))
            mon = m.group("mon")
            if mon:
                mo = MONTHS[mon.lower().rstrip(".")]
            else:
                nxt = MONTH_ANY.search(text, m.end())
                if not nxt:
                    prev = list(MONTH_ANY.finditer(text, 0, m.start()))
                    nxt = prev[-1] if prev else None
                if not nxt:
                    fail("cannot find the month for %r in en" % m.group())
                    continue
                mo = MONTHS[nxt.group().lower().rstrip(".")]
            d = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else infer_year(facts, mo, d, text)
            try:
                date = dt.date(year, mo, d)
            except ValueError:
                fail("impossible date %s-%s-%s in en: %r" % (year, mo, d, m.group()))
                continue
            yield m.start(), m.end(), date, WD_EN[m.group("wd").lower().rstrip(".")]


def date_forms_zh(d):
    m, dd = d.month, d.day
    cn = lambda n: ("十" if n == 10 else ("十" + "一二三四五六七八九"[n - 11] if n < 20 else
                    "二十" + ("" if n == 20 else "一二三四五六七八九"[n - 21]) if n < 30 else
                    "三十" + ("" if n == 30 else "一")) if n >= 10 else "一二三四五六七八九"[n - 1])
    return [r"(?<!\d)%d月%d[日号號]" % (m, dd), r"(?<![\d/])%d/%d(?![\d])" % (m, dd),
            r"(?<!\d)\d{2,4}/%d/%d(?![\d])" % (m, dd),
            r"%s月%s[日号號]" % (cn(m), cn(dd)), d.isoformat()]


def date_forms_en(d):
    names = [k for k, v in MONTHS.items() if v == d.month]
    alt = "(?:%s)\\.?" % "|".join(sorted(names, key=len, reverse=True))
    return [r"(?<!\d)%d(?:st|nd|rd|th)?\s+(?:of\s+)?%s\b" % (d.day, alt),
            r"\b%s\s+%d(?!\d)" % (alt, d.day), d.isoformat()]


def has_date(text, d, lang):
    forms = date_forms_zh(d) if lang == "zh" else date_forms_en(d)
    return any(re.search(f, text, re.I) for f in forms)


def has_day_only(text, d, lang):
    if lang == "zh":
        return re.search(r"(?<!\d)(?<![\d一二三四五六七八九十]月)%d[日号號]" % d.day, text) is not None or has_date(text, d, lang)
    return re.search(r"(?<![\d$.,])%d(?:st|nd|rd|th)?(?![\d%%]|,\d)" % d.day, text) is not None


def link_core(v):
    return re.sub(r"^(https?://)?(www\.)?", "", v.strip()).rstrip("/").lower()


def is_link(v):
    return isinstance(v, str) and (v.startswith("http") or re.fullmatch(r"[\w.+-]+@[\w.-]+\.\w+", v))


# ---------------------------------------------------------------- main checks
def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def word_count(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


def check_fact_value(cid, label, v):
    if isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail("%s: name fact %r needs exactly zh and en strings" % (cid, label))
    elif isinstance(v, (dt.date, int, float)) and not isinstance(v, bool):
        pass
    elif isinstance(v, str):
        if not v.strip():
            fail("%s: empty fact %r" % (cid, label))
    else:
        fail("%s: fact %r has unsupported type %s" % (cid, label, type(v).__name__))


def absent(case, err, lang):
    """For a seeded error, the correct value must not appear in the faulty language."""
    text = case[lang]
    v = case["facts"][err["fact"]]
    cid = case["id"]
    if isinstance(v, dt.date):
        if has_date(text, v, lang):
            fail("%s: correct date %s still appears in %s" % (cid, v, lang))
        return
    if isinstance(v, dict):
        if v[lang] in text:
            fail("%s: correct name %r still appears in %s" % (cid, v[lang], lang))
        return
    if is_link(v):
        if link_core(v) in text.lower():
            fail("%s: correct link %r still appears in %s" % (cid, v, lang))
        return
    if isinstance(v, str) and " to " in v and re.search(r"\d{4}-\d{2}-\d{2}", v):
        for d in fact_dates({"x": v}):
            if has_date(text, d, lang):
                fail("%s: date %s of the range still appears in %s" % (cid, d, lang))
        return
    n = fact_number(v)
    if n is not None:
        nums = numbers_zh(text) if lang == "zh" else numbers_en(text)
        if n in nums:
            fail("%s: correct value %r (%s) still appears in %s" % (cid, v, n, lang))


def present(case, label, lang):
    text, v, cid = case[lang], case["facts"][label], case["id"]
    if isinstance(v, dt.date):
        if not has_date(text, v, lang):
            fail("%s: date fact %r (%s) not found in %s" % (cid, label, v, lang))
    elif isinstance(v, dict):
        if lang == "zh":
            if v["zh"] not in text:
                fail("%s: name %r not found in zh" % (cid, v["zh"]))
        else:
            for tok in v["en"].split():
                if tok not in text:
                    fail("%s: name part %r not found in en" % (cid, tok))
    elif is_link(v):
        if link_core(v) not in text.lower():
            fail("%s: link %r not found in %s" % (cid, v, lang))
    elif isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", v):
        a, b = fact_dates({"x": v})
        if not (has_date(text, a, lang) or has_date(text, b, lang)):
            fail("%s: range %r has no full date in %s" % (cid, label, lang))
        for d in (a, b):
            if not has_day_only(text, d, lang):
                fail("%s: range end %s of %r not found in %s" % (cid, d, label, lang))


def main():
    cases = []
    for i, fn in enumerate(FILES, 1):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            fail("missing file " + fn)
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail("%s must hold a list of 10 cases" % fn)
            continue
        for j, c in enumerate(data):
            want = "r-%03d" % ((i - 1) * 10 + j + 1)
            if not isinstance(c, dict) or c.get("id") != want:
                fail("%s: case %d should have id %s" % (fn, j + 1, want))
                continue
            cases.append(c)
    if len(cases) != 40:
        fail("expected 40 cases, found %d" % len(cases))

    err_kinds, err_langs, doc_kinds = Counter(), Counter(), Counter()
    clean = faulty = n_err = two = 0
    for c in cases:
        cid = c["id"]
        if set(c) != CASE_KEYS:
            fail("%s: fields must be %s, found %s" % (cid, sorted(CASE_KEYS), sorted(c)))
            continue
        if c["kind"] not in DOC_KINDS:
            fail("%s: unknown document kind %r" % (cid, c["kind"]))
        doc_kinds[c["kind"]] += 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail("%s: needs 4-8 facts" % cid)
            continue
        for k, v in facts.items():
            check_fact_value(cid, k, v)
        hz, we = han_count(c["zh"]), word_count(c["en"])
        if not 110 <= hz <= 160:
            fail("%s: zh has %d Han characters (110-160)" % (cid, hz))
        if not 65 <= we <= 120:
            fail("%s: en has %d words (65-120)" % (cid, we))
        errs = c["errors"]
        if not isinstance(errs, list):
            fail("%s: errors must be a list" % cid)
            continue
        if errs:
            faulty += 1
        else:
            clean += 1
        if len(errs) == 2:
            two += 1
            if errs[0].get("lang") == errs[1].get("lang"):
                fail("%s: two errors must be in different languages" % cid)
        elif len(errs) > 2:
            fail("%s: at most two errors per case" % cid)
        wd_spans = {"zh": [], "en": []}
        err_facts = {"zh": set(), "en": set()}
        for e in errs:
            n_err += 1
            k, lang = e.get("kind"), e.get("lang")
            allowed = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != allowed:
                fail("%s: error fields must be %s, found %s" % (cid, sorted(allowed), sorted(e)))
                continue
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail("%s: bad error kind/lang %r/%r" % (cid, k, lang))
                continue
            err_kinds[k] += 1
            err_langs[lang] += 1
            text = c[lang]
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    fail("%s: %s error must have fact: null" % (cid, k))
            elif e["fact"] not in facts:
                fail("%s: error fact %r is not a fact label" % (cid, e["fact"]))
                continue
            else:
                err_facts[lang].add(e["fact"])
            if k == "missing":
                if e["found"] is not None:
                    fail("%s: missing error must have found: null" % cid)
            else:
                if not isinstance(e["found"], str) or e["found"] not in text:
                    fail("%s: found %r is not a substring of %s" % (cid, e["found"], lang))
                    continue
            if k == "weekday":
                s = text.index(e["found"])
                wd_spans[lang].append([s, s + len(e["found"]), False])
            elif k == "term":
                other = "en" if lang == "zh" else "zh"
                right = e["%s_term" % lang]
                if right.lower() in text.lower():
                    fail("%s: the correct term %r also appears in %s" % (cid, right, lang))
                if e["%s_term" % other].lower() not in c[other].lower():
                    fail("%s: the term %r is missing from %s" % (cid, e["%s_term" % other], other))
            else:
                absent(c, e, lang)
        # consistency of clean facts
        for lang in ("zh", "en"):
            for label in facts:
                if label not in err_facts[lang]:
                    present(c, label, lang)
        # weekdays
        for lang, gen in (("zh", zh_weekday_pairs), ("en", en_weekday_pairs)):
            for s, e_, date, wd in gen(c[lang], facts):
                if date.weekday() == wd:
                    continue
                hit = [sp for sp in wd_spans[lang] if sp[0] <= s < sp[1] or s <= sp[0] < e_]
                if hit:
                    for sp in hit:
                        sp[2] = True
                else:
                    fail("%s: %s weekday mismatch %r: %s is a %s" % (
                        cid, lang, c[lang][s:e_], date, week_name(date.weekday())))
            for sp in wd_spans[lang]:
                if not sp[2]:
                    fail("%s: seeded weekday error %r has no real mismatch" % (cid, c[lang][sp[0]:sp[1]]))

    if cases:
        if (clean, faulty, n_err, two) != (24, 16, 18, 2):
            fail("mix: clean=%d faulty=%d errors=%d two-error cases=%d (want 24/16/18/2)" % (clean, faulty, n_err, two))
        for k in ERR_KINDS:
            if not 2 <= err_kinds[k] <= 3:
                fail("error kind %s has %d errors (want 2-3)" % (k, err_kinds[k]))
        if abs(err_langs["zh"] - err_langs["en"]) > 2:
            fail("errors unbalanced by language: %s" % dict(err_langs))
        if set(doc_kinds) != DOC_KINDS:
            fail("document kinds missing: %s" % sorted(DOC_KINDS - set(doc_kinds)))

    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("OK: %d cases (%d clean, %d faulty), %d seeded errors; kinds %s; languages %s"
          % (len(cases), clean, faulty, n_err, dict(sorted(err_kinds.items())), dict(sorted(err_langs.items()))))
    print("OK")


if __name__ == "__main__":
    main()
