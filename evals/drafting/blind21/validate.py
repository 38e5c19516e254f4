#!/usr/bin/env python3
"""Validate blind set 21 (pairs_1.yaml .. pairs_4.yaml).

Checks
  * structure: 4 files x 10 cases, ids r-001..r-040 in order, field names and types,
    4-8 facts per case, fact value shapes, ISO dates inside 2026-2028;
  * length: zh 110-160 Han characters, en 65-120 words;
  * weekdays: every date+weekday mention in either language is parsed and checked with
    datetime; a wrong one is allowed only inside the `found` of a seeded weekday error;
    weekday words that the parser cannot tie to a date are reported;
  * facts: in a clean case every fact is found in both languages (automatic renderings
    plus the small table RENDER_HINTS below for paraphrases such as "fortnight" = 2 weeks);
  * errors: `found` occurs in its language; for value errors the brief's value is absent
    from that language in every rendering the script knows (and the changed value is a
    different one); missing facts are absent from one language and present in the other;
    term errors: found present, the correct term absent on the faulty side and the
    correct term of the other language present on the other side;
  * counts for the README.

Run: python3 validate.py            (exit status 1 on any problem)
     python3 validate.py --stats     (also print the counts table)
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}

# Paraphrased renderings the automatic matcher does not derive. Each entry is checked:
# the substring must occur in that language's text. (id, fact label, lang) -> substrings
RENDER_HINTS = {
    ("r-001", "说明会时间", "en"): ["from 3:00 to 4:00 p.m."],
    ("r-006", "进展面谈频率", "zh"): ["每两周"],
    ("r-006", "进展面谈频率", "en"): ["once every fortnight"],
    ("r-007", "Minimum time in current grade", "zh"): ["任職滿一年"],
    ("r-015", "最小請假單位", "zh"): ["最少請4小時"],
    ("r-019", "Minimum time in current role", "zh"): ["任满一年半"],
    ("r-023", "Minimum time in grade", "zh"): ["任職滿兩年"],
    ("r-022", "公司績效係數", "zh"): ["公司績效係數核定為1.1"],
    ("r-026", "Session length", "zh"): ["每场一个半小时"],
    ("r-026", "Top-rating guideline", "en"): ["roughly one in five team members"],
    ("r-028", "Course length", "en"): ["120-minute"],
    ("r-029", "入职培训时间", "en"): ["from 9:00 a.m. to noon"],
    ("r-031", "Medical certificate required from", "zh"): ["連續請病假兩天或以上"],
    ("r-031", "Medical certificate required from", "en"): ["two or more consecutive days"],
    ("r-035", "Pass mark", "zh"): ["八成"],
    ("r-037", "Notice period (during probation)", "en"): ["14 days' notice"],
    ("r-039", "Annual tuition reimbursement cap", "zh"): ["新臺幣6萬元"],
    ("r-039", "Reimbursement rate", "zh"): ["八成"],
    ("r-039", "Service commitment after reimbursement", "zh"): ["服務滿一年"],
}

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ----------------------------------------------------------------------------- numbers
CN_DIG = "零一二三四五六七八九"
EN_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
            8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
            14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
            19: "nineteen", 20: "twenty", 24: "twenty-four", 25: "twenty-five", 30: "thirty",
            40: "forty", 45: "forty-five", 50: "fifty", 60: "sixty", 70: "seventy",
            80: "eighty", 90: "ninety", 100: "a hundred"}


def cn_num(n):
    """Chinese numerals for 0 < n < 100 (with 两/兩 for 2)."""
    out = []
    if n <= 0 or n >= 100 or n != int(n):
        return out
    n = int(n)
    if n < 10:
        out.append(CN_DIG[n])
        if n == 2:
            out += ["两", "兩"]
    elif n == 10:
        out.append("十")
    elif n < 20:
        out.append("十" + CN_DIG[n - 10])
    else:
        t, u = divmod(n, 10)
        out.append(CN_DIG[t] + "十" + (CN_DIG[u] if u else ""))
    return out


def num_alts(n, lang, cn_words=True):
    """Regex alternatives for the number n (int or float)."""
    alts = []
    if float(n).is_integer():
        n = int(n)
        alts.append(re.escape(str(n)))
        if n >= 1000:
            alts.append(re.escape(f"{n:,}"))
        if n >= 10000 and lang == "zh":
            w = n / 10000
            ws = f"{w:g}"
            alts += [re.escape(ws) + "[万萬]"]
            alts += [c + "[万萬]" for c in cn_num(w) if float(w).is_integer()]
        if lang == "zh" and cn_words:
            alts += cn_num(n)
        if lang == "en" and n in EN_WORDS:
            alts.append(EN_WORDS[n])
    else:
        alts.append(re.escape(f"{n:g}"))
    return alts


def num_re(n, lang, cn_words=True):
    alts = num_alts(n, lang, cn_words)
    parts = []
    for a in alts:
        if a[0].isdigit() or a.startswith("\\"):
            parts.append(r"(?<![\d.,])" + a + r"(?![\d]|[.,]\d)")
        elif lang == "zh":
            parts.append(r"(?<![一二三四五六七八九十两兩百千])" + a + r"(?![一二三四五六七八九十百千])")
        else:
            parts.append(r"\b" + a + r"\b")
    return "(?:" + "|".join(parts) + ")"


# ----------------------------------------------------------------------------- units
UNITS = {
    "days": (r"\s*(?:个|個)?\s*(?:天|日)", r"[\s-]*days?\b"),
    "working days": (r"\s*(?:个|個)?\s*工作[日天]", r"[\s-]*(?:working|business)[\s-]+days?\b"),
    "weeks": (r"\s*(?:个|個)?\s*(?:周|週|星期|禮拜|礼拜)", r"[\s-]*weeks?\b"),
    "months": (r"\s*(?:个|個)\s*月", r"[\s-]*months?\b"),
    "hours": (r"\s*(?:个|個)?\s*(?:小时|小時|鐘頭|钟头)", r"[\s-]*hours?\b"),
    "minutes": (r"\s*(?:分钟|分鐘)", r"[\s-]*(?:minutes?|mins?)\b"),
    "points": (r"\s*(?:点|點)", r"[\s-]*(?:(?:flex|flexible benefits?)\s+)?points?\b"),
    "consecutive days": (r"\s*(?:天|日)", r"[\s-]*consecutive\s+days?\b"),
}

CURRENCY = {
    "RMB": r"RMB|CNY|¥|人民币|人民幣|元",
    "S$": r"S\$|SGD|新元|新币|新幣|新加坡元",
    "HK$": r"HK\$|HKD|港幣|港币|港元",
    "NT$": r"NT\$|TWD|新臺幣|新台幣|台幣|臺幣",
    "MOP": r"MOP|澳門元|澳門幣|澳门元|澳门币",
    "RM": r"RM|MYR|令吉|马币|馬幣",
    "C$": r"C\$|CAD|加元|加幣|加币",
    "PHP": r"PHP|₱|比索",
    "£": r"£|GBP|英鎊|英镑",
    "A$": r"A\$|AUD|澳元",
    "US$": r"US\$|USD|美元",
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_RE = {i + 1: m for i, m in enumerate(MONTHS)}


def month_alt(m):
    full = MONTHS[m - 1]
    ab = full[:3]
    alts = [full, ab + r"\.?"]
    if m == 9:
        alts.append(r"Sept\.?")
    return "(?:" + "|".join(alts) + ")"


def date_res(d, lang):
    y, m, dd = d.year, d.month, d.day
    if lang == "zh":
        return [
            rf"(?<!\d)0?{m}\s*月\s*0?{dd}\s*[日号號]",
            rf"(?<![\d/]){y}/0?{m}/0?{dd}(?!\d)",
            rf"(?<![\d/]){m}/{dd}(?![\d/])",
            rf"{y}-{m:02d}-{dd:02d}",
            rf"(?<!\d){y}\.0?{m}\.0?{dd}(?!\d)",
        ]
    return [
        rf"(?<!\d)0?{dd}(?:st|nd|rd|th)?\s+(?:of\s+)?{month_alt(m)}(?![a-z])",
        rf"\b{month_alt(m)}\s+0?{dd}(?:st|nd|rd|th)?(?!\d)",
        rf"(?<![\d/]){dd:02d}/{m:02d}/{y}",
        rf"(?<![\d/]){dd}/{m}/{y}",
        rf"(?<![\d/]){m}/{dd}/{y}",
        rf"(?<![\d.]){dd:02d}\.{m:02d}\.{y}",
        rf"{y}-{m:02d}-{dd:02d}",
    ]


def time_res(hhmm, lang, loose=False):
    h, mi = map(int, hhmm.split(":"))
    h12 = h % 12 or 12
    pm = h >= 12
    res = []
    mm = f"{mi:02d}"
    if lang == "zh":
        prefix = r"(?:上午|早上|中午|下午|晚上|傍晚)?" if not loose else r"(?:上午|早上|中午|下午|晚上|傍晚)?"
        res.append(rf"(?<!\d){h:02d}[:：]{mm}(?!\d)")
        res.append(rf"(?<!\d){h}[:：]{mm}(?!\d)")
        if mi == 0:
            res.append(prefix + rf"(?<!\d){h12}\s*[点點时時](?!\d)(?!\s*\d+\s*分)")
            res.append(prefix + rf"(?<!\d){h12}[:：]00")
            res += [prefix + c + r"\s*[点點时時](?![半\d])" for c in cn_num(h12)]
        else:
            res.append(prefix + rf"(?<!\d){h12}\s*[点點时時]\s*{mi}\s*分")
            res.append(prefix + rf"(?<!\d){h12}[:：]{mm}")
            if mi == 30:
                res.append(prefix + rf"(?<!\d){h12}\s*[点點时時]半")
        return res
    ap = r"\s*(?:p\.?\s?m\.?)" if pm else r"\s*(?:a\.?\s?m\.?)"
    res.append(rf"(?<![\d.:]){h:02d}[:.]{mm}(?!\d)")
    res.append(rf"(?<![\d.:]){h}[:.]{mm}(?!\d)" if h >= 10 else rf"(?<![\d.:]){h}[:.]{mm}{ap}")
    if mi == 0:
        res.append(rf"(?<![\d.:]){h12}(?:[:.]00)?{ap}")
        if h == 12:
            res.append(r"\bnoon\b|\bmidday\b")
    else:
        res.append(rf"(?<![\d.:]){h12}[:.]{mm}{ap}")
    if loose:  # start of a range: the am/pm marker may sit after the end time only
        res.append(rf"(?<![\d.:]){h12}(?:[:.]{mm})?(?=\s*(?:-|–|—|to|until)\s*\d)")
    return res


def find_any(patterns, text, flags=re.I):
    for p in patterns:
        if re.search(p, text, flags):
            return True
    return False


# ----------------------------------------------------------------------------- facts
def classify(v):
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, dict):
        return "name"
    if isinstance(v, bool):
        return "bad"
    if isinstance(v, int):
        return "count"
    if not isinstance(v, str):
        return "bad"
    s = v.strip()
    if re.fullmatch(r"https?://\S+", s):
        return "url"
    if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s):
        return "email"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", s):
        return "daterange"
    if re.fullmatch(r"\d{2}:\d{2}", s):
        return "time"
    if re.fullmatch(r"\d{2}:\d{2}-\d{2}:\d{2}", s):
        return "timerange"
    if re.fullmatch(r"\d+(\.\d+)?%", s):
        return "percent"
    if re.fullmatch(r"\d+(\.\d+)?%-\d+(\.\d+)?%", s):
        return "percentrange"
    if re.fullmatch(r"\d+-\d+", s):
        return "numrange"
    if money_parse(s):
        return "money"
    if re.fullmatch(r"[\d,]+ (" + "|".join(UNITS) + ")", s):
        return "duration"
    return "bad"


def money_parse(s):
    for code in sorted(CURRENCY, key=len, reverse=True):
        m = re.fullmatch(re.escape(code) + r"\s?([\d,]+(?:\.\d+)?)", s)
        if m:
            return code, float(m.group(1).replace(",", ""))
    return None


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str) and classify(v) == "daterange":
            a, b = v.split(" to ")
            out += [dt.date.fromisoformat(a), dt.date.fromisoformat(b)]
    return out


def present(v, text, lang):
    """Is the fact value rendered somewhere in text?"""
    t = classify(v)
    if t == "date":
        return find_any(date_res(v, lang), text)
    if t == "daterange":
        a, b = (dt.date.fromisoformat(x) for x in v.split(" to "))
        return find_any(date_res(a, lang), text) and find_any(date_res(b, lang), text)
    if t == "name":
        if lang == "zh":
            return v["zh"] in text
        toks = [x for x in re.split(r"[\s\-]+", v["en"]) if x]
        low = text.lower()
        return all(re.search(r"(?<![a-z])" + re.escape(x.lower()) + r"(?![a-z])", low) for x in toks)
    if t in ("url", "email"):
        return v.rstrip("/").lower() in text.lower()
    if t == "time":
        return find_any(time_res(v, lang), text)
    if t == "timerange":
        a, b = v.split("-")
        return find_any(time_res(a, lang, loose=True), text) and find_any(time_res(b, lang), text)
    if t == "count":
        return re.search(num_re(v, lang), text, re.I) is not None
    if t == "percent":
        p = float(v[:-1])
        return re.search(pct_re(p, lang), text, re.I) is not None
    if t == "percentrange":
        a, b = (float(x.strip("%")) for x in v.split("%-"))
        sep = r"\s*(?:%|％)?\s*(?:-|–|—|至|到|~|to|and)\s*"
        pat = num_re(a, lang, False) + sep + num_re(b, lang, False) + r"\s*(?:%|％|\s*per\s?cent|\s*percent)"
        return re.search(pat, text, re.I) is not None
    if t == "numrange":
        a, b = (int(x) for x in v.split("-"))
        sep = r"\s*(?:-|–|—|至|到|~|to)\s*"
        return re.search(num_re(a, lang) + sep + num_re(b, lang), text, re.I) is not None
    if t == "money":
        code, n = money_parse(v)
        return (re.search(num_re(n, lang, False), text) is not None
                and re.search(CURRENCY[code], text) is not None)
    if t == "duration":
        n, unit = v.split(" ", 1)
        n = int(n.replace(",", ""))
        u = UNITS[unit][0 if lang == "zh" else 1]
        return re.search(num_re(n, lang) + u, text, re.I) is not None
    return False


def pct_re(p, lang):
    alts = [num_re(p, lang, False) + r"\s*(?:%|％|\s*per\s?cent\b|\s*percent\b)"]
    if lang == "zh":
        alts += ["百分之" + c for c in cn_num(p)] if float(p).is_integer() else []
        if float(p).is_integer() and int(p) % 10 == 0:
            alts += [c + "成" for c in cn_num(int(p) // 10)]
    else:
        if float(p).is_integer() and int(p) in EN_WORDS:
            alts.append(r"\b" + EN_WORDS[int(p)] + r"\s*(?:per\s?cent|percent)")
        if p == 50:
            alts.append(r"\bhalf\b")
    return "(?:" + "|".join(alts) + ")"


def absent(v, text, lang):
    """Stricter than `not present`: no rendering of the bare value at all."""
    t = classify(v)
    if t in ("date", "daterange", "url", "email", "time", "timerange"):
        return not present(v, text, lang)
    if t == "name":
        if lang == "zh":
            return v["zh"] not in text and v["zh"][-2:] not in text
        return not present(v, text, lang)
    if t == "count":
        return re.search(num_re(v, lang), text, re.I) is None
    if t == "percent":
        p = float(v[:-1])
        return re.search(pct_re(p, lang), text, re.I) is None and \
            re.search(num_re(p, lang, False), text) is None
    if t == "money":
        _, n = money_parse(v)
        return re.search(num_re(n, lang, False), text) is None
    if t == "duration":
        n = int(v.split(" ", 1)[0].replace(",", ""))
        return re.search(num_re(n, lang), text, re.I) is None
    if t in ("percentrange", "numrange"):
        return not present(v, text, lang)
    return True


# ----------------------------------------------------------------------------- weekdays
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WD_PREFIX = r"(?:星期|週|周|禮拜|礼拜)"
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_WD_RE = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)")
EN_MON_RE = r"(?:" + "|".join(MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"


def month_no(s):
    s = s.lower()[:3]
    return [m.lower()[:3] for m in MONTHS].index(s) + 1


def resolve(y, m, d, fdates):
    if y:
        return dt.date(int(y), m, d)
    same = sorted({x.year for x in fdates if (x.month, x.day) == (m, d)})
    if same:
        return dt.date(same[0], m, d)
    if fdates:
        lo, hi = min(fdates) - dt.timedelta(days=75), max(fdates) + dt.timedelta(days=75)
        for yy in sorted({x.year for x in fdates} | {min(fdates).year + 1}):
            try:
                c = dt.date(yy, m, d)
            except ValueError:
                continue
            if lo <= c <= hi:
                return c
    return None


def weekday_mentions(text, lang, fdates):
    """Return list of (start, end, date, stated_weekday) and unparsed weekday spans."""
    found = []
    if lang == "zh":
        pats = [
            rf"(?:(\d{{4}})\s*年\s*)?(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号號]\s*[（(]\s*{WD_PREFIX}?\s*([一二三四五六日天])\s*[）)]",
            rf"(?:(\d{{4}})\s*年\s*)?(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号號]\s*[，,]?\s*{WD_PREFIX}([一二三四五六日天])",
            rf"(?:(\d{{4}})/)?(\d{{1,2}})/(\d{{1,2}})\s*[（(]\s*{WD_PREFIX}?\s*([一二三四五六日])\s*[）)]",
        ]
        for p in pats:
            for m in re.finditer(p, text):
                y, mo, d, w = m.groups()
                found.append((m.start(), m.end(), resolve(y, int(mo), int(d), fdates), ZH_WD[w]))
        p = rf"{WD_PREFIX}([一二三四五六日天])\s*[（(]?\s*(?:(\d{{4}})\s*年\s*)?(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号號]"
        for m in re.finditer(p, text):
            w, y, mo, d = m.groups()
            found.append((m.start(), m.end(), resolve(y, int(mo), int(d), fdates), ZH_WD[w]))
        tokens = [(m.start(), m.end()) for m in re.finditer(WD_PREFIX + r"[一二三四五六日天]", text)]
        tokens += [(m.start(1), m.end(1)) for m in
                   re.finditer(r"[\d日]\s*([（(][一二三四五六日][）)])", text)]
    else:
        o = r"(?:st|nd|rd|th)?"
        pats = [
            (rf"\b({EN_WD_RE})\.?,?\s+(?:the\s+)?(\d{{1,2}}){o}\s+(?:of\s+)?({EN_MON_RE})\.?(?:,?\s+(\d{{4}}))?", "wdmy"),
            (rf"\b({EN_WD_RE})\.?,?\s+({EN_MON_RE})\.?\s+(\d{{1,2}}){o}(?:,?\s+(\d{{4}}))?", "wmdy"),
            (rf"\b(\d{{1,2}}){o}\s+({EN_MON_RE})\.?(?:,?\s+(\d{{4}}))?\s*\(({EN_WD_RE})\.?\)", "dmyw"),
            (rf"\b({EN_MON_RE})\.?\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?\s*\(({EN_WD_RE})\.?\)", "mdyw"),
        ]
        for p, shape in pats:
            for m in re.finditer(p, text):
                g = m.groups()
                if shape == "wdmy":
                    w, d, mo, y = g
                elif shape == "wmdy":
                    w, mo, d, y = g
                elif shape == "dmyw":
                    d, mo, y, w = g
                else:
                    mo, d, y, w = g
                found.append((m.start(), m.end(), resolve(y, month_no(mo), int(d), fdates),
                              EN_WD[w.lower()[:3]]))
        # "Monday 6 to Friday 17 July"
        p = (rf"\b({EN_WD_RE})\.?,?\s+(\d{{1,2}}){o}\s*(?:to|–|-|until|through)\s*"
             rf"({EN_WD_RE})\.?,?\s+(\d{{1,2}}){o}\s+({EN_MON_RE})(?:,?\s+(\d{{4}}))?")
        for m in re.finditer(p, text):
            w1, d1, w2, d2, mo, y = m.groups()
            found.append((m.start(), m.end(), resolve(y, month_no(mo), int(d1), fdates), EN_WD[w1.lower()[:3]]))
        # numeric "Friday 11/12": resolved against the brief's dates
        p = rf"\b({EN_WD_RE})\.?,?\s+(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?"
        for m in re.finditer(p, text):
            w, a, b, y = m.groups()
            a, b = int(a), int(b)
            cands = [x for x in fdates if (x.day, x.month) == (a, b) or (x.month, x.day) == (a, b)]
            found.append((m.start(), m.end(), cands[0] if cands else None, EN_WD[w.lower()[:3]]))
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\b" + EN_WD_RE + r"\b", text)]
    # de-duplicate overlapping parses
    found.sort()
    uniq = []
    for f in found:
        if any(f[0] < u[1] and u[0] < f[1] and f[2] == u[2] for u in uniq):
            continue
        uniq.append(f)
    unparsed = [t for t in tokens if not any(f[0] <= t[0] and t[1] <= f[1] for f in uniq)]
    return uniq, unparsed


# ----------------------------------------------------------------------------- checks
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def word_count(s):
    return len(s.split())


def check_case(c, expected_id):
    cid = c.get("id", "?")
    if cid != expected_id:
        bad(cid, f"id out of order, expected {expected_id}")
    keys = set(c)
    if keys != {"id", "kind", "facts", "zh", "en", "errors"}:
        bad(cid, f"fields {sorted(keys)}")
        return
    if c["kind"] not in DOC_KINDS:
        bad(cid, f"kind {c['kind']!r}")
    facts = c["facts"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        bad(cid, f"needs 4-8 facts, has {len(facts) if isinstance(facts, dict) else facts!r}")
        return
    for k, v in facts.items():
        t = classify(v)
        if t == "bad":
            bad(cid, f"fact {k!r}: unrecognised value {v!r}")
        if t == "name" and set(v) != {"zh", "en"}:
            bad(cid, f"fact {k!r}: name needs zh and en")
    for d in fact_dates(facts):
        if not 2026 <= d.year <= 2028:
            bad(cid, f"date {d} outside 2026-2028")
    zh, en = c["zh"], c["en"]
    hc, wc = han_count(zh), word_count(en)
    if not 110 <= hc <= 160:
        bad(cid, f"zh has {hc} Han characters (110-160)")
    if not 65 <= wc <= 120:
        bad(cid, f"en has {wc} words (65-120)")
    errors = c["errors"] or []
    if not isinstance(errors, list):
        bad(cid, "errors must be a list")
        return
    texts = {"zh": zh, "en": en}

    # weekdays
    fd = fact_dates(facts)
    wd_errs = [e for e in errors if e.get("kind") == "weekday"]
    for lang in ("zh", "en"):
        ments, unparsed = weekday_mentions(texts[lang], lang, fd)
        for s, e_, _ in [(a, b, None) for a, b in unparsed]:
            bad(cid, f"{lang}: weekday word not tied to a date: {texts[lang][max(0, s - 12):e_ + 12]!r}")
        for s, e_, d, w in ments:
            span = texts[lang][s:e_]
            if d is None:
                bad(cid, f"{lang}: cannot resolve year for {span!r}")
                continue
            if d not in fd:
                print(f"  note {cid} {lang}: weekday mention of a date outside the brief: {span!r} -> {d}")
            if d.weekday() != w:
                covered = [x for x in wd_errs if x.get("lang") == lang and x.get("found")
                           and (x["found"] in span or span in x["found"])]
                if not covered:
                    bad(cid, f"{lang}: wrong weekday {span!r} (date {d} is {d:%A})")
        for x in wd_errs:
            if x.get("lang") != lang:
                continue
            hit = [m for m in ments if x["found"] in texts[lang][m[0]:m[1]] or texts[lang][m[0]:m[1]] in x["found"]]
            if not hit or all(m[2] and m[2].weekday() == m[3] for m in hit):
                bad(cid, f"weekday error {x['found']!r} does not mark a wrong weekday")
            for m in hit:
                if m[2] not in fd:
                    bad(cid, f"weekday error {x['found']!r}: date is not a date of the brief")

    # seeded errors
    err_facts = {}
    for e in errors:
        k = e.get("kind")
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
        if set(e) != need:
            bad(cid, f"error fields {sorted(e)} (want {sorted(need)})")
            continue
        if k not in ERR_KINDS or e["lang"] not in ("zh", "en"):
            bad(cid, f"error kind/lang {k}/{e['lang']}")
            continue
        lang, other = e["lang"], ("en" if e["lang"] == "zh" else "zh")
        if k in ("weekday", "term"):
            if e["fact"] is not None:
                bad(cid, f"{k} error must have fact: null")
        elif e["fact"] not in facts:
            bad(cid, f"error fact {e['fact']!r} not in facts")
            continue
        else:
            err_facts[(e["fact"], lang)] = k
        if k == "missing":
            if e["found"] is not None:
                bad(cid, "missing error must have found: null")
            v = facts[e["fact"]]
            if not absent(v, texts[lang], lang):
                bad(cid, f"missing fact {e['fact']!r} still rendered in {lang}")
            if not present(v, texts[other], other) and not hint_ok(cid, e["fact"], other, texts[other]):
                bad(cid, f"missing fact {e['fact']!r} not present in {other}")
            continue
        if not e["found"] or e["found"] not in texts[lang]:
            bad(cid, f"found {e['found']!r} not in {lang}")
        if k == "term":
            if e["zh_term"] not in zh and lang == "en":
                bad(cid, f"term: zh lacks {e['zh_term']!r}")
            if e["en_term"].lower() not in en.lower() and lang == "zh":
                bad(cid, f"term: en lacks {e['en_term']!r}")
            correct_here = e["zh_term"] if lang == "zh" else e["en_term"]
            if correct_here.lower() in texts[lang].lower():
                bad(cid, f"term: faulty side still uses correct term {correct_here!r}")
            if e["found"].lower() == correct_here.lower():
                bad(cid, "term: found equals the correct term")
            continue
        if k == "weekday":
            continue
        v = facts[e["fact"]]
        if not absent(v, texts[lang], lang):
            bad(cid, f"{k} error: correct value of {e['fact']!r} still appears in {lang}")
        if not present(v, texts[other], other) and not hint_ok(cid, e["fact"], other, texts[other]):
            bad(cid, f"{k} error: fact {e['fact']!r} not rendered in {other}")
        kind_of = classify(v)
        expect = {"date": {"date", "daterange"}, "number": {"count", "money", "duration", "numrange"},
                  "percent": {"percent", "percentrange"}, "name": {"name"}, "link": {"url", "email"}}[k]
        if kind_of not in expect:
            bad(cid, f"{k} error on a fact of type {kind_of}")

    # every other fact present in both languages
    for label, v in facts.items():
        for lang in ("zh", "en"):
            if (label, lang) in err_facts:
                continue
            if present(v, texts[lang], lang):
                continue
            if hint_ok(cid, label, lang, texts[lang]):
                continue
            bad(cid, f"fact {label!r}={v!r} not found in {lang}")
    return errors


def hint_ok(cid, label, lang, text):
    hs = RENDER_HINTS.get((cid, label, lang))
    if not hs:
        return False
    ok = all(h in text for h in hs)
    if not ok:
        bad(cid, f"render hint for {label!r}/{lang} not in text: {hs}")
    return ok


def main():
    cases = []
    for i, f in enumerate(FILES):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            bad(f.name, "must be a list of 10 cases")
            continue
        cases += data
    for (cid, label, lang) in RENDER_HINTS:
        if not any(c.get("id") == cid and label in c.get("facts", {}) for c in cases):
            bad(cid, f"render hint for unknown fact {label!r}")
    all_errs = []
    for n, c in enumerate(cases, 1):
        errs = check_case(c, f"r-{n:03d}")
        all_errs += [(c["id"], e) for e in (errs or [])]
    # ------------------------------------------------------------ stats
    clean = sum(1 for c in cases if not c["errors"])
    stats = {
        "cases": len(cases),
        "clean": clean,
        "with_errors": len(cases) - clean,
        "errors": len(all_errs),
        "by_kind": Counter(e["kind"] for _, e in all_errs),
        "by_lang": Counter(e["lang"] for _, e in all_errs),
        "by_kind_lang": Counter((e["kind"], e["lang"]) for _, e in all_errs),
        "doc_kinds": Counter(c["kind"] for c in cases),
        "facts": sum(len(c["facts"]) for c in cases),
        "fact_types": Counter(classify(v) for c in cases for v in c["facts"].values()),
        "han": [han_count(c["zh"]) for c in cases],
        "words": [word_count(c["en"]) for c in cases],
        "trad": sum(1 for c in cases if re.search(r"[這個們為與將於請]", c["zh"])),
    }
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
    if "--stats" in sys.argv or not problems:
        print(f"cases {stats['cases']}: clean {stats['clean']}, with seeded errors {stats['with_errors']}")
        print(f"seeded errors {stats['errors']}: zh {stats['by_lang']['zh']}, en {stats['by_lang']['en']}")
        print("by kind: " + ", ".join(f"{k} {stats['by_kind'][k]} (zh {stats['by_kind_lang'][(k, 'zh')]}, en {stats['by_kind_lang'][(k, 'en')]})"
                                        for k in sorted(ERR_KINDS)))
        print("document kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["doc_kinds"].items())))
        print(f"facts {stats['facts']}: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["fact_types"].items())))
        print(f"zh Han characters {min(stats['han'])}-{max(stats['han'])}; en words {min(stats['words'])}-{max(stats['words'])}")
        print(f"zh texts in Traditional characters: {stats['trad']}, Simplified: {len(cases) - stats['trad']}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
