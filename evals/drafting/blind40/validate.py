#!/usr/bin/env python3
"""Validator for the blind40 set (Python 3 + PyYAML only).

Checks
  * structure: 4 files x 10 cases, ids r-001..r-040, fields, kinds, 4-8 facts,
    zh 110-160 Han characters, en 65-120 words, error records well formed;
  * counts: 24 clean cases, 16 faulty cases, 18 errors with the required
    distribution by kind, exactly two cases with two errors in different
    languages, zh/en balance;
  * weekdays: every weekday written next to a date, in both languages, is
    recomputed with datetime; all must match except the ones inside a seeded
    weekday error, which must not match; a weekday word not attached to a date
    must be generic ("每周一", "every Monday");
  * facts: a heuristic presence check that every fact of the brief can be found
    in each language (dates, numbers, percentages, durations, names, URLs,
    e-mails in their usual renderings), except the seeded (fact, language);
  * seeded errors: `found` occurs in the faulty language; for date, number,
    percent, name, link and missing errors the correct value is absent from
    the faulty language in every form the checker knows; for term errors the
    correct term is absent from the faulty language.

Run:  python3 validate.py      (exit code 0 = pass)
"""
import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERROR_KINDS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
               "name": 2, "link": 2, "missing": 2, "term": 2}
FIELDS = ["id", "kind", "facts", "zh", "en", "errors"]

problems = []
notes = []


def fail(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_D = "〇一二三四五六七八九"


def cn_to_int(s):
    """Chinese numeral (一一五, 十二, 二十五, 三百二十) -> int."""
    if s.isdigit():
        return int(s)
    if all(ch in CN_DIGIT for ch in s):  # digit by digit: 一一五, 二〇二六
        return int("".join(str(CN_DIGIT[ch]) for ch in s))
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += cur * 100
            cur = 0
        elif ch == "千":
            total += cur * 1000
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def _cn_small(n):
    """1-9999 -> canonical Chinese numeral."""
    out, zero = "", False
    for val, name in [(1000, "千"), (100, "百"), (10, "十"), (1, "")]:
        q = n // val
        n %= val
        if q:
            if zero:
                out += "零"
                zero = False
            out += CN_D[q] + name
        elif out:
            zero = True
    return out


def int_to_cn(n):
    """int (0-99,999,999) -> list of common Chinese renderings."""
    if n == 0:
        return ["零"]
    if n >= 10000:
        high, low = divmod(n, 10000)
        out = _cn_small(high) + "万"
        if low:
            out += ("零" if low < 1000 else "") + _cn_small(low)
    else:
        out = _cn_small(n)
    forms = {out}
    if out.startswith("一十"):
        forms.add(out[1:])
    if out.startswith("二") and len(out) > 1 and out[1] in "千百万":
        forms.add("两" + out[1:])
        forms.add("兩" + out[1:])
    if out == "二":
        forms.update({"两", "兩"})
    more = set()
    for f in forms:
        more.add(f.replace("万", "萬"))
        if f.endswith("百") and len(f) >= 3 and f[-3] == "千":  # 一千二百 -> 一千二
            more.add(f[:-1])
    return sorted(forms | more)


EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
EN_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}


def int_to_en(n):
    if n <= 20:
        return [EN_SMALL[n]]
    if n in EN_TENS:
        return [EN_TENS[n]]
    if n < 100 and n // 10 * 10 in EN_TENS | {20: "twenty"}:
        t = (EN_TENS | {20: "twenty"})[n // 10 * 10]
        return ["%s-%s" % (t, EN_SMALL[n % 10]), "%s %s" % (t, EN_SMALL[n % 10])]
    if n % 1000 == 0 and n // 1000 <= 20:
        return ["%s thousand" % EN_SMALL[n // 1000]]
    return []


def num_str(x):
    s = ("%f" % x).rstrip("0").rstrip(".")
    return s


def number_patterns_zh(x):
    """Regex patterns for the number x in Chinese text."""
    pats = []
    s = num_str(x)
    if x == int(x):
        n = int(x)
        pats.append(r"(?<![\d.,])%s(?![\d,]*\d)" % re.escape(s))
        if n >= 1000:
            pats.append(r"(?<![\d.,])%s(?![\d])" % re.escape("{:,}".format(n)))
        if n >= 10000 and n % 100 == 0:
            w = num_str(n / 10000)
            pats.append(r"(?<![\d.])%s[万萬]" % re.escape(w))
            for f in int_to_cn(n // 10000):
                pats.append(r"(?<![一二三四五六七八九十百千])%s[万萬]" % f)
        if n % 1000 == 0 and n < 100000:
            pats.append(r"(?<![\d.])%s[千]" % re.escape(num_str(n / 1000)))
        for f in int_to_cn(n):
            pats.append(r"(?<![一二三四五六七八九十百千万萬两兩〇零])%s(?![一二三四五六七八九十百千万萬〇零])" % f)
    else:
        pats.append(r"(?<![\d.])%s(?!\d)" % re.escape(s))
        ip, fp = s.split(".")
        for f in int_to_cn(int(ip)):
            cn_frac = "".join(CN_D[int(c)] for c in fp)
            pats.append("%s[点點]%s" % (f, cn_frac))
    return pats


def number_patterns_en(x):
    pats = []
    s = num_str(x)
    if x == int(x):
        n = int(x)
        pats.append(r"(?<![\d.,$])%s(?![\d,]*\d)" % re.escape(s))
        pats.append(r"(?<![\d.,])%s(?![\d,]*\d)" % re.escape(s))
        if n >= 1000:
            pats.append(r"(?<![\d.,])%s(?!\d)" % re.escape("{:,}".format(n)))
            pats.append(r"(?<![\d.])%sk\b" % re.escape(num_str(n / 1000)))
        if n >= 100000:
            pats.append(r"(?<![\d.])%s million" % re.escape(num_str(n / 1e6)))
        for w in int_to_en(n):
            pats.append(r"\b%s\b" % re.escape(w))
            pats.append(r"\b%s\b" % re.escape(w.capitalize()))
    else:
        pats.append(r"(?<![\d.])%s(?!\d)" % re.escape(s))
    return pats


def any_match(pats, text):
    return any(re.search(p, text) for p in pats)


# ---------------------------------------------------------------- dates
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_RE = (r"(?P<mon>January|February|March|April|May|June|July|August|September|"
          r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
WD_EN = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
         "saturday": 6, "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3,
         "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}
WD_EN_RE = (r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?")
WD_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
ORD = r"(?:st|nd|rd|th)?"
CN_NUM = "〇零一二三四五六七八九十"


def month_no(name):
    name = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if m.startswith(name[:3]):
            return i + 1
    raise ValueError(name)


def date_present_zh(d, text):
    m, day = d.month, d.day
    pats = [r"(?<!\d)%d月%d日" % (m, day), r"(?<!\d)%d月%d号" % (m, day),
            r"%d-%02d-%02d" % (d.year, m, day), r"(?<!\d)%d/%d(?!\d)" % (m, day)]
    for cm in int_to_cn(m):
        for cd in int_to_cn(day):
            pats.append(r"(?<![%s])%s月%s日" % (CN_NUM, cm, cd))
    # day-only end of a range: 7月6日起至24日, 9月15日至25日
    pats.append(r"%d月\d{1,2}日[^月。；\n]{0,12}?(?:至|到|–|-|~)(?<!\d)%d日" % (m, day))
    return any_match(pats, text)


def date_present_en(d, text):
    m, day = d.month, d.day
    mon = MONTHS[m - 1]
    mon_re = r"(?:%s|%s)\.?" % (mon.capitalize(), mon[:3].capitalize() + ("t" if m == 9 else ""))
    if m == 9:
        mon_re = r"(?:September|Sept|Sep)\.?"
    wd = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?"
    pats = [
        r"\b%s\s+%d%s\b" % (mon_re, day, ORD),                     # December 1
        r"(?<!\d)%d%s(?:\s+of)?\s+%s" % (day, ORD, mon_re),         # 1 December, 17th of December
        r"(?<![\d.])%d%s\s*(?:to|and|–|-)\s*%s\d{1,2}%s(?:\s+of)?\s+%s" % (day, ORD, wd, ORD, mon_re),  # 15 and 25 September
        r"\b%s\s+\d{1,2}%s\s*(?:to|and|–|-|through)\s*(?:%s\s+)?%d%s\b" % (mon_re, ORD, mon_re, day, ORD),  # September 21–30
        r"\b\d{1,2}%s\s*(?:to|and|–|-)\s*%s%d%s(?:\s+of)?\s+%s" % (ORD, wd, day, ORD, mon_re),  # 18th to Thursday 20th August
        r"%d-%02d-%02d" % (d.year, m, day),
    ]
    return any_match(pats, text)


def parse_fact_dates(value):
    """date, or 'YYYY-MM-DD to YYYY-MM-DD' -> list of dates."""
    if isinstance(value, dt.date):
        return [value]
    if isinstance(value, str):
        found = re.findall(r"(\d{4})-(\d{2})-(\d{2})", value)
        if found and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}(\s*to\s*\d{4}-\d{2}-\d{2})?\s*", value):
            return [dt.date(int(y), int(m), int(d)) for y, m, d in found]
    return []


# ---------------------------------------------------------------- weekday check
ZH_DATE_RE = re.compile(
    r"(?:(?P<y>\d{3,4}|[〇零一二三四五六七八九]{3,4})年)?"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号]"
    r"\s*(?:[（(]\s*(?:星期|周|週|礼拜|禮拜)?(?P<w>[一二三四五六日天])\s*[）)]"
    r"|[，, ]?\s*(?:星期|周|週|礼拜|禮拜)(?P<w2>[一二三四五六日天]))")
ZH_DAYONLY_RE = re.compile(
    r"(?<![月\d一二三四五六七八九十])(?P<d>\d{1,2})[日号]"
    r"\s*(?:[（(]\s*(?:星期|周|週|礼拜|禮拜)?(?P<w>[一二三四五六日天])\s*[）)]"
    r"|(?:星期|周|週)(?P<w2>[一二三四五六日天]))")
ZH_MONTH_RE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})月")
ZH_WD_TOKEN = re.compile(r"(?:星期|周|週|礼拜|禮拜)[一二三四五六日天](?![次个個])|(?<=[日号])\s*[（(][一二三四五六日天][）)]")

EN_PATTERNS = [
    re.compile(WD_EN_RE + r",?\s+(?:the\s+)?(?P<d>\d{1,2})" + ORD + r"(?:\s+of)?\s+" + MON_RE + r"(?:,?\s+(?P<y>\d{4}))?"),
    re.compile(WD_EN_RE + r",?\s+" + MON_RE + r"\s+(?P<d>\d{1,2})" + ORD + r"(?:,?\s+(?P<y>\d{4}))?"),
    re.compile(r"(?<![\d,])(?P<d>\d{1,2})" + ORD + r"(?:\s+of)?\s+" + MON_RE + r"(?:,?\s+(?P<y>\d{4}))?\s*\(\s*" + WD_EN_RE + r"\s*\)"),
    re.compile(MON_RE + r"\s+(?P<d>\d{1,2})" + ORD + r"(?:,?\s+(?P<y>\d{4}))?\s*\(\s*" + WD_EN_RE + r"\s*\)"),
    # 'Tuesday 18th to Thursday 20th August': month looked up further on
    re.compile(WD_EN_RE + r",?\s+(?:the\s+)?(?P<d>\d{1,2})" + ORD + r"(?=\s*(?:to|and|–|-|through)\b)"),
]
EN_WD_TOKEN = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)s?\b\.?")


def infer_year(month, day, fact_dates):
    same = [d.year for d in fact_dates if (d.month, d.day) == (month, day)]
    if same:
        return same[0]
    same_m = [d.year for d in fact_dates if d.month == month]
    if same_m:
        return collections.Counter(same_m).most_common(1)[0][0]
    years = [d.year for d in fact_dates]
    return collections.Counter(years).most_common(1)[0][0] if years else 2026


def year_value(y):
    if y is None:
        return None
    n = cn_to_int(y)
    return n + 1911 if n < 1000 else n


def weekday_mentions(lang, text, fact_dates):
    """-> list of (start, end, date, written_isoweekday); plus unattached tokens."""
    out = []
    if lang == "zh":
        for mm in ZH_DATE_RE.finditer(text):
            mth, day = cn_to_int(mm.group("m")), cn_to_int(mm.group("d"))
            y = year_value(mm.group("y")) or infer_year(mth, day, fact_dates)
            w = WD_ZH[mm.group("w") or mm.group("w2")]
            out.append((mm.start(), mm.end(), dt.date(y, mth, day), w))
        for mm in ZH_DAYONLY_RE.finditer(text):
            if any(s <= mm.start() < e for s, e, _, _ in out):
                continue
            months = [x for x in ZH_MONTH_RE.finditer(text[:mm.start()])]
            if not months:
                continue
            mth = cn_to_int(months[-1].group(1))
            day = int(mm.group("d"))
            y = infer_year(mth, day, fact_dates)
            w = WD_ZH[mm.group("w") or mm.group("w2")]
            out.append((mm.start(), mm.end(), dt.date(y, mth, day), w))
        tokens = [(t.start(), t.end(), t.group()) for t in ZH_WD_TOKEN.finditer(text)]
    else:
        for i, pat in enumerate(EN_PATTERNS):
            for mm in pat.finditer(text):
                if any(s <= mm.start() < e for s, e, _, _ in out):
                    continue
                day = int(mm.group("d"))
                if i == 4:
                    after = re.search(MON_RE, text[mm.end():mm.end() + 40])
                    if not after:
                        continue
                    mth = month_no(after.group("mon"))
                    y = None
                else:
                    mth = month_no(mm.group("mon"))
                    y = mm.group("y")
                y = int(y) if y else infer_year(mth, day, fact_dates)
                w = WD_EN[mm.group("wd").lower().rstrip(".")]
                out.append((mm.start(), mm.end(), dt.date(y, mth, day), w))
        tokens = [(t.start(), t.end(), t.group()) for t in EN_WD_TOKEN.finditer(text)]
    unattached = []
    for s, e, tok in tokens:
        if any(a <= s < b for a, b, _, _ in out):
            continue
        before = text[max(0, s - 6):s]
        if lang == "zh" and before.endswith("每"):
            continue
        if lang == "en" and (re.search(r"\b(?:every|each|on)\s+$", before) or tok.rstrip(".").endswith("s") and tok.lower() not in ("tues", "thurs")):
            continue
        unattached.append(tok)
    return out, unattached


# ---------------------------------------------------------------- fact presence
PCT_WORDS_ZH = {10: ["一成"], 20: ["两成", "二成", "兩成"], 30: ["三成"], 40: ["四成"],
                50: ["五成", "半数", "半數", "一半"], 60: ["六成"], 70: ["七成"], 80: ["八成", "五分之四"],
                90: ["九成"], 75: ["四分之三"], 25: ["四分之一"], 100: ["全数", "全額", "全额"],
                200: ["两倍", "兩倍", "双倍", "雙倍"], 150: ["一倍半", "1.5倍"]}
PCT_WORDS_EN = {50: ["half"], 75: ["three quarters", "three-quarters"], 25: ["a quarter", "one quarter"],
                200: ["double", "twice"], 80: ["four-fifths", "four fifths"], 150: ["one and a half times"]}

DURATION_EQUIV = {  # (n, unit) -> extra patterns (zh, en)
    (6, "month"): (["半年"], ["half a year", "six-month"]),
    (18, "month"): (["一年半"], ["a year and a half", "18-month"]),
    (2, "week"): (["两周", "兩週", "两星期", "兩星期", "两个星期", "兩個星期"], ["a fortnight", "fortnight"]),
    (7, "day"): (["一週", "一周", "一星期", "七日", "7日"], ["a week"]),
    (30, "minute"): (["半小時", "半小时", "半個鐘", "三十分鐘", "三十分钟"], ["half an hour", "half-hour"]),
    (1, "year"): (["一年"], ["a year", "one year"]),
    (1, "month"): (["一个月", "一個月"], ["one month", "a month"]),
    (3, "month"): (["三个月", "三個月"], ["three-month", "3-month", "a quarter"]),
    (1, "day"): (["一天", "一日"], ["one day", "a day"]),
}


def pct_present(x, lang, text):
    pats = []
    s = num_str(x)
    if lang == "zh":
        pats.append(r"(?<![\d.])%s\s*[%%％]" % re.escape(s))
        if x == int(x):
            for f in int_to_cn(int(x)):
                pats.append("百分之" + f + "(?![十百点點])")
        else:
            ip, fp = s.split(".")
            for f in int_to_cn(int(ip)):
                pats.append("百分之%s[点點]%s" % (f, "".join(CN_D[int(c)] for c in fp)))
        words = PCT_WORDS_ZH.get(x, [])
    else:
        pats.append(r"(?<![\d.])%s\s*(?:%%|per ?cent)" % re.escape(s))
        if x == int(x):
            for w in int_to_en(int(x)):
                pats.append(r"\b%s(?: per ?cent|%%)" % w)
        words = PCT_WORDS_EN.get(x, [])
    pats += [re.escape(w) for w in words]
    return any_match(pats, text)


def pct_range_present(a, b, lang, text):
    """'10%-15%' in any form: 10%–15%, 8% to 15%, ten and fifteen per cent."""
    if pct_present(a, lang, text) and pct_present(b, lang, text):
        return True
    na = number_patterns_zh(a) if lang == "zh" else number_patterns_en(a)
    pb_ok = pct_present(b, lang, text)
    return pb_ok and any_match(na, text)


def name_present(v, lang, text):
    if lang == "zh":
        return v["zh"] in text
    en = v["en"]
    parts = en.split()
    forms = {en, " ".join(parts[1:] + parts[:1])} if len(parts) > 1 else {en}
    return any(f in text for f in forms)


def norm_url(u):
    u = u.strip().lower()
    u = re.sub(r"^https?://", "", u)
    return u.rstrip("/")


def url_present(u, text):
    target = norm_url(u)
    for tok in re.findall(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|(?:https?://)?[A-Za-z0-9.\-]+\.[A-Za-z]{2,}(?:/[A-Za-z0-9._~%/\-]*)?", text):
        if norm_url(tok.rstrip(".")) == target:
            return True
    return False


UNIT_RE = r"(day|week|month|year|hour|minute|point|response)s?"
UNIT_ZH = {"day": r"(?:个|個)?(?:工作|曆|历)?[天日]", "week": r"(?:个|個)?(?:星期|周|週|禮拜|礼拜)(?![岁歲年期])",
           "month": r"(?:个|個)月", "year": r"年", "hour": r"(?:个|個)?(?:小时|小時|鐘頭|钟头)",
           "minute": r"分(?:钟|鐘)", "point": r"[点點]", "response": r"份"}
UNIT_EN = {"day": r"[\s-]+(?:working\s+|calendar\s+)?days?\b", "week": r"[\s-]+weeks?\b",
           "month": r"[\s-]+months?\b", "year": r"[\s-]+years?\b", "hour": r"[\s-]+hours?\b",
           "minute": r"[\s-]+minutes?\b", "point": r"\s+(?:flexi\s+)?points?\b",
           "response": r"\s+responses?\b"}


def classify(value):
    if isinstance(value, dict):
        return "name"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, (int, float)):
        return "number"
    v = str(value).strip()
    if parse_fact_dates(v):
        return "date"
    if re.match(r"^(https?://|[\w.+-]+@)", v):
        return "link"
    if re.fullmatch(r"\d{1,2}:\d{2}(-\d{1,2}:\d{2})?", v):
        return "time"
    if re.fullmatch(r"[\d.]+%-[\d.]+%", v):
        return "pctrange"
    if re.fullmatch(r"[\d.]+%", v):
        return "percent"
    if re.fullmatch(r"[\d.]+-[\d.]+", v):
        return "numrange"
    return "number"


def first_number(v):
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(v))
    return float(m.group().replace(",", "")) if m else None


def time_present(t, lang, text):
    h, m = [int(x) for x in t.split(":")]
    h12 = h % 12 or 12
    pats = [r"(?<!\d)%d:%02d(?!\d)" % (h, m), r"(?<!\d)%02d:%02d(?!\d)" % (h, m)]
    if lang == "en":
        ap = "a\\.?m\\.?" if h < 12 else "p\\.?m\\.?"
        if m == 0:
            pats.append(r"(?<![\d:])%d\s*(?:%s|(?:to|–|-)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?))" % (h12, ap))
            pats.append(r"(?<![\d:])%d(?::00)?\s*(?:%s)" % (h12, ap))
            pats.append(r"(?:to|–|-)\s*%d(?::00)?\s*%s" % (h12, ap))
            pats.append(r"between\s+%d(?::00)?\s+and\s+\d{1,2}(?::00)?\s*%s" % (h12, ap))
            pats.append(r"from\s+%d\s+to\s+\d{1,2}\s*(?:%s)" % (h12, "a\\.?m\\.?|p\\.?m\\.?"))
        pats.append(r"(?<![\d:])%d:%02d\s*(?:%s|(?:to|–|-)\s*\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?))" % (h12, m, ap))
        pats.append(r"(?:to|–|-)\s*%d:%02d\s*%s" % (h12, m, ap))
        pats.append(r"between\s+%d:%02d\s+and\s+\d{1,2}:\d{2}\s*%s" % (h12, m, ap))
    else:
        part = "(?:早上|上午|清晨)" if h < 12 else ("(?:中午|下午)" if h < 18 else "(?:晚上|傍晚|下午)")
        tail = "(?:半|30分|三十分)" if m == 30 else ("(?:%d分|%s分)" % (m, "|".join(int_to_cn(m))) if m else "(?:整)?(?![半\\d分])")
        hours = "(?:%s)" % "|".join([str(h12), str(h)] + int_to_cn(h12))
        pats.append(part + r"[^，。；\n]{0,8}?" + hours + r"[點点时時]" + tail)
        pats.append(part + hours + r"[點点时時]" + tail)
        pats.append(r"(?:至|到|–|-)\s*" + hours + r"[點点时時]" + tail)
    return any_match(pats, text)


def fact_present(value, lang, text):
    kind = classify(value)
    if kind == "name":
        return name_present(value, lang, text)
    if kind == "date":
        ds = parse_fact_dates(value)
        f = date_present_zh if lang == "zh" else date_present_en
        return all(f(d, text) for d in ds)
    if kind == "link":
        return url_present(str(value), text)
    if kind == "time":
        return all(time_present(t, lang, text) for t in str(value).split("-"))
    if kind == "percent":
        return pct_present(float(str(value).rstrip("%")), lang, text)
    if kind == "pctrange":
        a, b = [float(x.rstrip("%")) for x in str(value).split("-")]
        return pct_range_present(a, b, lang, text)
    if kind == "numrange":
        a, b = [float(x) for x in str(value).split("-")]
        pf = number_patterns_zh if lang == "zh" else number_patterns_en
        return any_match(pf(a), text) and any_match(pf(b), text)
    # numbers, amounts, durations
    x = first_number(value)
    if x is None:
        return False
    pf = number_patterns_zh if lang == "zh" else number_patterns_en
    um = re.match(r"^\D*\d[\d,]*(?:\.\d+)?\s+(?:working\s+|calendar\s+)?" + UNIT_RE, str(value))
    if um:  # a count with a unit: the number must stand next to its unit
        unit = um.group(1)
        key = (int(x) if x == int(x) else x, unit)
        extra = DURATION_EQUIV.get(key)
        if extra and any(w in text for w in (extra[0] if lang == "zh" else extra[1])):
            return True
        unit_re = UNIT_ZH[unit] if lang == "zh" else UNIT_EN[unit]
        return any_match([p + r"\s*" + unit_re for p in pf(x)], text)
    return any_match(pf(x), text)


def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", s))


def word_count(s):
    return sum(1 for t in s.split() if re.search(r"[A-Za-z0-9]", t))


# ---------------------------------------------------------------- main
def main():
    cases = []
    for fn in FILES:
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must be a list of 10 cases")
            continue
        cases.extend((fn, c) for c in data)

    ids = [c.get("id") for _, c in cases]
    expected = ["r-%03d" % i for i in range(1, 41)]
    if ids != expected:
        fail("set", "ids must be r-001..r-040 in order, got %s" % ids)

    kinds_count = collections.Counter()
    lang_count = collections.Counter()
    doc_kinds = collections.Counter()
    clean = faulty = 0
    doubles = []
    total_wd_mismatch = 0

    for fn, c in cases:
        cid = c.get("id", "?")
        if list(c.keys()) != FIELDS:
            fail(cid, "fields must be %s in this order, got %s" % (FIELDS, list(c.keys())))
        if c.get("kind") not in KINDS:
            fail(cid, "bad kind %r" % c.get("kind"))
        doc_kinds[c.get("kind")] += 1
        facts = c.get("facts") or {}
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping of 4-8 entries")
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                fail(cid, "name fact %s needs exactly zh and en" % k)
            if not isinstance(v, (dict, dt.date, str, int, float)):
                fail(cid, "fact %s has unsupported type %s" % (k, type(v).__name__))
        zh, en = c.get("zh", ""), c.get("en", "")
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            fail(cid, "zh has %d Han characters (110-160)" % hc)
        if not 65 <= wc <= 120:
            fail(cid, "en has %d words (65-120)" % wc)
        errs = c.get("errors")
        if not isinstance(errs, list):
            fail(cid, "errors must be a list")
            errs = []
        if errs:
            faulty += 1
        else:
            clean += 1
        if len(errs) == 2:
            doubles.append(cid)
            if errs[0].get("lang") == errs[1].get("lang"):
                fail(cid, "two errors must be in different languages")
        elif len(errs) > 2:
            fail(cid, "at most two errors per case")

        texts = {"zh": zh, "en": en}
        fact_dates = [d for v in facts.values() for d in parse_fact_dates(v)]
        faulty_facts = set()
        wd_error_spans = {"zh": [], "en": []}

        for e in errs:
            ek, lang = e.get("kind"), e.get("lang")
            need = ["kind", "lang", "fact", "found"] + (["zh_term", "en_term"] if ek == "term" else [])
            if list(e.keys()) != need:
                fail(cid, "error fields must be %s, got %s" % (need, list(e.keys())))
            if ek not in ERROR_KINDS:
                fail(cid, "bad error kind %r" % ek)
                continue
            if lang not in ("zh", "en"):
                fail(cid, "bad error lang %r" % lang)
                continue
            kinds_count[ek] += 1
            lang_count[lang] += 1
            text = texts[lang]
            found, fact = e.get("found"), e.get("fact")
            if ek in ("weekday", "term"):
                if fact is not None:
                    fail(cid, "%s error must have fact: null" % ek)
            elif fact not in facts:
                fail(cid, "error fact %r not in facts" % fact)
                continue
            if ek == "missing":
                if found is not None:
                    fail(cid, "missing error must have found: null")
            elif not found or found not in text:
                fail(cid, "found %r does not occur in %s" % (found, lang))
                continue
            if fact is not None:
                faulty_facts.add((fact, lang))
                value = facts[fact]
                if fact_present(value, lang, text):
                    fail(cid, "%s error: correct value of %r still detectable in %s" % (ek, fact, lang))
                other = "en" if lang == "zh" else "zh"
                if not fact_present(value, other, texts[other]):
                    fail(cid, "%s error: fact %r not found in the other language either" % (ek, fact))
            if ek == "link" and url_present(str(facts[fact]), text):
                fail(cid, "link error but the correct URL is present")
            if ek == "name":
                v = facts[fact]
                if lang == "zh" and v["zh"] in text:
                    fail(cid, "name error but the correct zh name is present")
            if ek == "term":
                correct = e.get("zh_term") if lang == "zh" else e.get("en_term")
                if not correct or correct.lower() in text.lower():
                    fail(cid, "term error but the correct term %r appears in %s" % (correct, lang))
                other = "en" if lang == "zh" else "zh"
                other_term = e.get("en_term") if lang == "zh" else e.get("zh_term")
                if other_term.lower() not in texts[other].lower() and not (other == "zh" and other_term in texts[other]):
                    fail(cid, "term error: the other language does not use %r" % other_term)
            if ek == "weekday":
                start = text.index(found)
                wd_error_spans[lang].append((start, start + len(found)))

        # weekday recomputation, both languages
        for lang in ("zh", "en"):
            mentions, unattached = weekday_mentions(lang, texts[lang], fact_dates)
            for tok in unattached:
                fail(cid, "%s: weekday word %r not attached to a date and not generic" % (lang, tok))
            for s, e_, d, w in mentions:
                ok = d.isoweekday() == w
                in_err = any(a <= s < b or a < e_ <= b for a, b in wd_error_spans[lang])
                if in_err:
                    if ok:
                        fail(cid, "%s: seeded weekday error %r is actually correct" % (lang, texts[lang][s:e_]))
                    else:
                        total_wd_mismatch += 1
                elif not ok:
                    fail(cid, "%s: weekday wrong in %r (%s is a %s)" % (
                        lang, texts[lang][s:e_], d.isoformat(), d.strftime("%A")))
            for a, b in wd_error_spans[lang]:
                if not any(a <= s < b for s, _, _, _ in mentions):
                    fail(cid, "%s: weekday error span %r not parsed as a date + weekday" % (lang, texts[lang][a:b]))

        # every other fact present in both languages
        for label, value in facts.items():
            for lang in ("zh", "en"):
                if (label, lang) in faulty_facts:
                    continue
                if not fact_present(value, lang, texts[lang]):
                    fail(cid, "fact %r = %r not found in %s" % (label, value, lang))

    # set-level counts
    if clean != 24 or faulty != 16:
        fail("set", "need 24 clean / 16 faulty cases, got %d / %d" % (clean, faulty))
    if len(doubles) != 2:
        fail("set", "need exactly two cases with two errors, got %s" % doubles)
    if dict(kinds_count) != ERROR_KINDS:
        fail("set", "error kinds %s != %s" % (dict(kinds_count), ERROR_KINDS))
    if sum(kinds_count.values()) != 18:
        fail("set", "need 18 errors, got %d" % sum(kinds_count.values()))
    if abs(lang_count["zh"] - lang_count["en"]) > 2:
        fail("set", "errors unbalanced over languages: %s" % dict(lang_count))
    if total_wd_mismatch != ERROR_KINDS["weekday"]:
        fail("set", "found %d seeded weekday mismatches, expected %d" % (total_wd_mismatch, ERROR_KINDS["weekday"]))

    print("cases: %d (clean %d, faulty %d), errors: %d" % (len(cases), clean, faulty, sum(kinds_count.values())))
    print("error kinds: %s" % dict(sorted(kinds_count.items())))
    print("error languages: %s" % dict(lang_count))
    print("document kinds: %s" % dict(sorted(doc_kinds.items())))
    print("double-error cases: %s" % doubles)
    if problems:
        print("\nFAIL (%d problems)" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nPASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
