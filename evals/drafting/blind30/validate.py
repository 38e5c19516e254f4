#!/usr/bin/env python3
"""Validate the blind30 evaluation set (pairs_1.yaml .. pairs_4.yaml).

Checks
  * structure: 4 files x 10 mappings, ids r-001..r-040, field names and types,
    document kinds, 4-8 facts per case, zh 110-160 Han characters, en 65-120 words;
  * every date mentioned with a weekday (zh and en) has the right weekday, computed
    with datetime, except the seeded weekday errors; no stray weekday words;
  * every date and clock time in a text is a value of the brief (or a seeded error);
  * every fact of the brief is present in both languages, read by value-aware
    extractors (dates in many formats, 12/24-hour times, Arabic and Chinese numerals,
    currencies, percentages in words and fractions, durations in other units,
    names in any order), except where a seeded error removes or changes it;
  * seeded errors: `found` occurs in its language, the correct value is absent there
    in any form the extractors know, missing facts are absent from one language and
    present in the other, term errors use the correct pair on the other side;
  * prints the counts used in README.md.

Usage: python3 validate.py            (exit status 1 on any failure)
"""
import collections
import datetime
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERROR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
FAIL = []


def fail(cid, msg):
    FAIL.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000, "萬": 10000}
CN_NUM_RE = "[〇零一二两兩三四五六七八九十百千万萬]+"


def cn2num(s):
    if all(c in CN_DIGIT for c in s):
        if len(s) == 1:
            return CN_DIGIT[s]
        return int("".join(str(CN_DIGIT[c]) for c in s))  # 二〇二七
    total, section, digit = 0, 0, 0
    for c in s:
        if c in CN_DIGIT:
            digit = CN_DIGIT[c]
        elif c in ("万", "萬"):
            section = (section + digit) * 10000
            total += section
            section, digit = 0, 0
        else:
            unit = CN_UNIT[c]
            section += (digit or 1) * unit
            digit = 0
    return total + section + digit


EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
            "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
EN_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
          "eighth": 8, "ninth": 9, "tenth": 10}
EN_NUM_RE = r"(?:one and a half|\d+(?:\.\d+)?|" + "|".join(EN_WORDS) + r")"


def en2num(s):
    s = s.lower()
    if s == "one and a half":
        return 1.5
    if s in EN_WORDS:
        return EN_WORDS[s]
    return float(s)


def any2num(s):
    s = s.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if re.fullmatch(CN_NUM_RE, s):
        return float(cn2num(s))
    return float(en2num(s))


def numbers(text, lang):
    out = set()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        tok = m.group(0).rstrip(",")
        try:
            v = float(tok.replace(",", ""))
        except ValueError:
            continue
        out.add(v)
        nxt = text[m.end():m.end() + 1]
        if nxt in ("万", "萬"):
            out.add(v * 10000)
        if nxt == "千":
            out.add(v * 1000)
    if lang == "zh":
        for m in re.finditer(CN_NUM_RE, text):
            out.add(float(cn2num(m.group(0))))
    else:
        for m in re.finditer(r"\b(" + "|".join(EN_WORDS) + r")\b", text, re.I):
            out.add(float(EN_WORDS[m.group(1).lower()]))
        for m in re.finditer(r"\b(" + "|".join(EN_ORD) + r")\b", text, re.I):
            out.add(float(EN_ORD[m.group(1).lower()]))
        if re.search(r"\bonce\b", text, re.I):
            out.add(1.0)
        if re.search(r"\btwice\b", text, re.I):
            out.add(2.0)
    return out


# ---------------------------------------------------------------- percents
def percents(text, lang):
    out = set()
    if lang == "zh":
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*[%％]", text):
            out.add(float(m.group(1)))
        for m in re.finditer(r"百分之(" + CN_NUM_RE + r")(?:[点點](" + CN_NUM_RE + "))?", text):
            v = cn2num(m.group(1))
            if m.group(2):
                v = float(f"{v}.{cn2num(m.group(2))}")
            out.add(float(v))
        for m in re.finditer(r"([一二两兩三四五六七八九])成", text):
            out.add(float(CN_DIGIT[m.group(1)] * 10))
        for m in re.finditer(r"(" + CN_NUM_RE + r")分之(" + CN_NUM_RE + ")", text):
            out.add(round(cn2num(m.group(2)) / cn2num(m.group(1)) * 100, 4))
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*倍", text):
            out.add(float(m.group(1)) * 100)
        if re.search("全额|全額|全数|全數", text):
            out.add(100.0)
        if re.search("一半", text):
            out.add(50.0)
    else:
        for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", text, re.I):
            out.add(float(m.group(1)))
        for m in re.finditer(r"(\d+(?:\.\d+)?)%?\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)",
                             text, re.I):
            out.add(float(m.group(1)))
        for m in re.finditer(r"\b(\d+(?:\.\d+)?|one and a half)\s+times\s+(?:the|your|their|target|monthly|base)\b",
                             text, re.I):
            out.add(en2num(m.group(1)) * 100)
        words = {r"\bfull (?:pay|cost)\b": 100, r"\bhalf (?:the|of)\b": 50, r"\bfour-fifths\b": 80,
                 r"\bthree[- ]quarters\b": 75, r"\btime and a half\b": 150, r"\bdouble time\b": 200,
                 r"\btriple time\b": 300}
        for pat, v in words.items():
            if re.search(pat, text, re.I):
                out.add(float(v))
    return out


# ---------------------------------------------------------------- durations
UNIT_CLASS = {
    "minute": ("min", 1), "hour": ("min", 60),
    "day": ("day", 1), "week": ("day", 7), "month": ("mon", 1), "year": ("mon", 12),
    "workday": ("wd", 1), "session": ("session", 1),
}
ZH_UNITS = [("個工作天", "workday"), ("个工作日", "workday"), ("個工作日", "workday"), ("个工作天", "workday"),
            ("工作天", "workday"), ("工作日", "workday"), ("個月", "month"), ("个月", "month"),
            ("星期", "week"), ("周", "week"), ("週", "week"), ("小時", "hour"), ("小时", "hour"),
            ("鐘頭", "hour"), ("分鐘", "minute"), ("分钟", "minute"), ("天", "day"), ("日", "day"),
            ("年", "year"), ("次", "session")]
EN_UNITS = [(r"(?:business|working) days?", "workday"), (r"calendar days?", "day"), (r"days?", "day"),
            (r"weeks?", "week"), (r"months?", "month"), (r"hours?", "hour"), (r"minutes?", "minute"),
            (r"years?", "year"), (r"(?:counselling )?sessions?", "session")]


def durations(text, lang):
    out = set()
    if lang == "zh":
        alt = "|".join(re.escape(u) for u, _ in ZH_UNITS)
        for m in re.finditer(r"(\d+(?:\.\d+)?|" + CN_NUM_RE + r")\s*(" + alt + ")", text):
            if m.start() > 0 and text[m.start() - 1] == "月" and m.group(2) == "日":
                continue  # day of a date, not a duration
            if m.group(2) in ("周", "週") and text[m.end():m.end() + 1] in ("岁", "歲"):
                continue  # 周岁 = years of age
            unit = dict(ZH_UNITS)[m.group(2)]
            cls, mult = UNIT_CLASS[unit]
            out.add((cls, any2num(m.group(1)) * mult))
        if re.search("半年", text):
            out.add(("mon", 6))
        if re.search("半小[时時]", text):
            out.add(("min", 30))
        for m in re.finditer("(" + CN_NUM_RE + r")[个個]半小[时時]", text):
            out.add(("min", cn2num(m.group(1)) * 60 + 30))
    else:
        alt = "|".join(u for u, _ in EN_UNITS)
        adj = r"(?:(?:unused|consecutive|free|confidential|counselling|paid|full),?\s+){0,3}"
        for m in re.finditer(r"\b(" + EN_NUM_RE + r")[\s-]+" + adj + "(" + alt + r")\b", text, re.I):
            unit_txt = m.group(2)
            num_txt = m.group(1)
            for pat, unit in EN_UNITS:
                if re.fullmatch(pat, unit_txt, re.I):
                    cls, mult = UNIT_CLASS[unit]
                    out.add((cls, en2num(num_txt) * mult))
                    break
        if re.search(r"\bfortnight(ly)?\b|\bevery other week\b", text, re.I):
            out.add(("day", 14))
        for m in re.finditer(r"\ba (week|month|year|day)\b", text, re.I):
            pass  # frequency words ("a year") are not durations of the brief
    return out


# ---------------------------------------------------------------- times
def _mk(h, mi, period):
    if period in ("下午", "晚上") and h < 12:
        h += 12
    if period == "中午" and h < 11:
        h += 12
    if period in ("pm", "p.m.") and h < 12:
        h += 12
    if period in ("am", "a.m.") and h == 12:
        h = 0
    return h * 60 + mi


ZH_TIME = (r"(上午|早上|中午|下午|晚上)?\s*(\d{1,2}|[零一二两兩三四五六七八九十]{1,3})"
           r"(?:[:：](\d{2})|\s*[点點时時](?:(半)|(\d{1,2})分)?)")


def times(text, lang):
    out = set()
    if lang == "zh":
        toks = []
        for m in re.finditer(ZH_TIME, text):
            if m.group(3) is None and not re.match(r"[点點时時]", text[m.start(2) + len(m.group(2)):].lstrip()):
                continue
            h = int(any2num(m.group(2)))
            mi = int(m.group(3)) if m.group(3) else (30 if m.group(4) else int(m.group(5) or 0))
            toks.append([m.start(), m.end(), m.group(1), h, mi])
        prev = None
        for t in toks:
            start, end, period, h, mi = t
            joined = prev is not None and re.fullmatch(r"\s*(?:至|到|-|–|~)\s*", text[prev[1]:start])
            if joined and period is None:
                period = prev[2]
                t[2] = period
            v = _mk(h, mi, period)
            if joined and v < prev[5]:
                v += 12 * 60
            t.append(v)
            out.add(v)
            prev = t
    else:
        spans = []
        for m in re.finditer(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)(?![a-z])", text, re.I):
            out.add(_mk(int(m.group(1)), int(m.group(2) or 0), m.group(3).lower()))
            spans.append((m.start(), m.end()))
        for m in re.finditer(r"\b([01]?\d|2[0-3]):([0-5]\d)\b", text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            if text[max(0, m.start() - 8):m.start()].endswith("https:") or "//" in text[m.start():m.end() + 2]:
                continue
            out.add(int(m.group(1)) * 60 + int(m.group(2)))
        for m in re.finditer(r"\b([01]\d|2[0-3])([0-5]\d)(?:\s*(?:to|-|–)\s*([01]\d|2[0-3])([0-5]\d))?\s*hrs\b", text):
            out.add(int(m.group(1)) * 60 + int(m.group(2)))
            if m.group(3):
                out.add(int(m.group(3)) * 60 + int(m.group(4)))
        if re.search(r"\bnoon\b", text, re.I):
            out.add(12 * 60)
    return out


# ---------------------------------------------------------------- dates
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
          "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_RE = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
EN_WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
         "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
         "fri": 4, "sat": 5, "sun": 6}
EN_WD_RE = r"\b(" + "|".join(sorted(EN_WD, key=len, reverse=True)) + r")\b\.?"
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_WD_RE = r"(?:星期|周|週|礼拜|禮拜)([一二三四五六日天])"


class DateMention:
    def __init__(self, date, start, end, weekday=None, wd_span=None):
        self.date, self.start, self.end, self.weekday, self.wd_span = date, start, end, weekday, wd_span

    def __repr__(self):
        return f"{self.date}@{self.start}" + (f"[wd={self.weekday}]" if self.weekday is not None else "")


def infer_year(month, day, fact_dates):
    for d in fact_dates:
        if (d.month, d.day) == (month, day):
            return d.year
    years = collections.Counter(d.year for d in fact_dates)
    return years.most_common(1)[0][0]


def zh_year(s):
    if s is None:
        return None
    s = s.replace("民國", "").replace("民国", "")
    y = any2num(s) if not re.fullmatch("[〇零一二三四五六七八九]+", s) else cn2num(s)
    y = int(y)
    return y + 1911 if y < 1000 else y


def dates(text, lang, fact_dates):
    res = []
    if lang == "zh":
        pat = (r"(?:((?:民國|民国)?\d{3,4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
               r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
        for m in re.finditer(pat, text):
            mo, dd = int(any2num(m.group(2))), int(any2num(m.group(3)))
            y = zh_year(m.group(1)) or infer_year(mo, dd, fact_dates)
            d = datetime.date(y, mo, dd)
            mention = DateMention(d, m.start(), m.end())
            w = re.match(r"\s*[（(]?\s*" + ZH_WD_RE + r"\s*[）)]?", text[m.end():])
            if w:
                mention.weekday = ZH_WD[w.group(1)]
                mention.wd_span = (m.end() + w.start(1) - 2, m.end() + w.end(1))
            res.append(mention)
            c = re.match(r"\s*(?:至|到|-|–|~)\s*(\d{1,2})\s*日", text[m.end():])
            if c:
                d2 = datetime.date(d.year, d.month, int(c.group(1)))
                res.append(DateMention(d2, m.end() + c.start(1), m.end() + c.end()))
        for m in re.finditer(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b", text):
            res.append(DateMention(datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))),
                                   m.start(), m.end()))
    else:
        found = {}

        def add(y, mo, dd, s, e):
            y = int(y) if y else infer_year(mo, dd, fact_dates)
            found.setdefault(s, DateMention(datetime.date(y, mo, dd), s, e))

        for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|–|-|and)\s*(\d{1,2})(?:st|nd|rd|th)?\s+"
                             + MONTH_RE + r"(?:,?\s+(\d{4}))?", text, re.I):
            mo = MONTHS[m.group(3).lower()]
            add(m.group(4), mo, int(m.group(1)), m.start(1), m.end(1))
        for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTH_RE + r"(?:,?\s+(\d{4}))?\b",
                             text, re.I):
            add(m.group(3), MONTHS[m.group(2).lower()], int(m.group(1)), m.start(), m.end())
        for m in re.finditer(r"\b" + MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|–|-|through)\s*(\d{1,2})\b"
                             r"(?:,\s*(\d{4}))?", text, re.I):
            mo = MONTHS[m.group(1).lower()]
            add(m.group(4), mo, int(m.group(2)), m.start(), m.start(3) - 1)
            add(m.group(4), mo, int(m.group(3)), m.start(3), m.end())
        for m in re.finditer(r"\b" + MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,\s*(\d{4})\b)?", text, re.I):
            if any(x.start <= m.start() < x.end for x in found.values()):
                continue
            add(m.group(3), MONTHS[m.group(1).lower()], int(m.group(2)), m.start(), m.end())
        for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
            a, b = int(m.group(1)), int(m.group(2))
            if a <= 12 and b <= 12 and a != b:
                raise ValueError(f"ambiguous numeric date {m.group(0)}")
            add(m.group(3), b, a, m.start(), m.end())
        for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
            add(m.group(1), int(m.group(2)), int(m.group(3)), m.start(), m.end())
        res = sorted(found.values(), key=lambda x: x.start)
        for mention in res:
            before = text[max(0, mention.start - 14):mention.start]
            w = re.search(EN_WD_RE + r",?\s*(?:the\s+)?$", before, re.I)
            if w:
                mention.weekday = EN_WD[w.group(1).lower()]
                off = mention.start - len(before)
                mention.wd_span = (off + w.start(1), off + w.end(1))
    return res


def weekday_tokens(text, lang):
    if lang == "zh":
        return [(m.start(), m.end(), m.group(0)) for m in re.finditer(ZH_WD_RE, text)]
    return [(m.start(1), m.end(1), m.group(1)) for m in re.finditer(EN_WD_RE, text)]


# ---------------------------------------------------------------- amounts
CURRENCIES = [("CNY", r"RMB|CNY|¥|人民币|人民幣"), ("HKD", r"HK\$|HKD|港幣|港币"),
              ("TWD", r"NT\$|TWD|新台幣|新台币"), ("SGD", r"S\$|SGD|新币|新幣"),
              ("MYR", r"RM|MYR"), ("AUD", r"A\$|AUD"), ("INR", r"₹|INR|Rs\.?"), ("CAD", r"C\$|CAD")]
SUFFIXES = [("HKD", "港元"), ("SGD", "新元"), ("AUD", "澳元"), ("MYR", "令吉"), ("GEN", "元")]
NUM_TOKEN = r"(\d[\d,]*(?:\.\d+)?|" + CN_NUM_RE + r")\s*(万|萬|千|k)?"


def amounts(text):
    out = set()
    for code, pat in CURRENCIES:
        for m in re.finditer(r"(?:" + pat + r")\s*" + NUM_TOKEN, text):
            v = any2num(m.group(1).rstrip(","))
            mult = {"万": 10000, "萬": 10000, "千": 1000, "k": 1000}.get(m.group(2), 1)
            out.add((code, v * mult))
    for code, suf in SUFFIXES:
        for m in re.finditer(NUM_TOKEN + r"\s*" + suf, text):
            v = any2num(m.group(1).rstrip(","))
            mult = {"万": 10000, "萬": 10000, "千": 1000, "k": 1000}.get(m.group(2), 1)
            out.add((code, v * mult))
    return out


# ---------------------------------------------------------------- fact typing
DUR_UNITS = {"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour", "day": "day",
             "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
             "month's": "month", "months'": "month", "year": "year", "years": "year",
             "working days": "workday", "working day": "workday", "sessions": "session"}
CODE_OF_PREFIX = [("RMB", "CNY"), ("CNY", "CNY"), ("HK$", "HKD"), ("NT$", "TWD"), ("S$", "SGD"),
                  ("RM", "MYR"), ("A$", "AUD"), ("₹", "INR"), ("C$", "CAD")]


def fact_type(v):
    if isinstance(v, datetime.date):
        return "date", v
    if isinstance(v, dict):
        return "name", v
    if isinstance(v, bool):
        raise ValueError("boolean fact")
    if isinstance(v, int):
        return "count", float(v)
    s = str(v)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", s)
    if m:
        return "daterange", (datetime.date.fromisoformat(m.group(1)), datetime.date.fromisoformat(m.group(2)))
    if re.fullmatch(r"\d{2}:\d{2}", s):
        return "time", int(s[:2]) * 60 + int(s[3:])
    m = re.fullmatch(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})", s)
    if m:
        return "timerange", (int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4)))
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", s)
    if m:
        return "percent", float(m.group(1))
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%-(\d+(?:\.\d+)?)%", s)
    if m:
        return "percentrange", (float(m.group(1)), float(m.group(2)))
    m = re.fullmatch(r"(\d+)-(\d+)", s)
    if m:
        return "numrange", (float(m.group(1)), float(m.group(2)))
    if re.match(r"https?://", s) or re.fullmatch(r"[\w.+-]+@[\w.-]+", s):
        return "link", s
    for pre, code in CODE_OF_PREFIX:
        if s.startswith(pre):
            return "amount", (code, float(s[len(pre):].strip().replace(",", "")))
    m = re.fullmatch(r"(\d+(?:\.\d+)?) (working days?|[a-z']+)(?: .*)?", s)
    if m and m.group(2) in DUR_UNITS:
        cls, mult = UNIT_CLASS[DUR_UNITS[m.group(2)]]
        return "duration", (cls, float(m.group(1)) * mult)
    if m:
        return "count", float(m.group(1))
    raise ValueError(f"cannot type fact value {v!r}")


def name_in(text, name, lang):
    if lang == "zh":
        return name["zh"] in text
    toks = [t for t in re.split(r"[\s\-]+", name["en"].lower()) if t]
    words = re.findall(r"[a-z0-9]+", text.lower())
    n = len(toks)
    for i in range(len(words)):
        window = words[i:i + n]
        if sorted(window) == sorted(toks):
            return True
    return False


def present(case, label, lang, fact_dates):
    """Is fact `label` expressed (with the brief's value) in language `lang`?"""
    text = case[lang]
    t, v = fact_type(case["facts"][label])
    if t == "date":
        return v in {m.date for m in dates(text, lang, fact_dates)}
    if t == "daterange":
        ds = {m.date for m in dates(text, lang, fact_dates)}
        return v[0] in ds and v[1] in ds
    if t == "time":
        return v in times(text, lang)
    if t == "timerange":
        ts = times(text, lang)
        return v[0] in ts and v[1] in ts
    if t == "percent":
        return v in percents(text, lang)
    if t == "percentrange":
        ps = percents(text, lang)
        return v[0] in ps and v[1] in ps
    if t == "count":
        return v in numbers(text, lang)
    if t == "numrange":
        ns = numbers(text, lang)
        return v[0] in ns and v[1] in ns
    if t == "duration":
        return v in durations(text, lang)
    if t == "amount":
        am = amounts(text)
        return v in am or (lang == "zh" and ("GEN", v[1]) in am)
    if t == "link":
        return v.lower() in text.lower()
    if t == "name":
        return name_in(text, v, lang)
    raise AssertionError(t)


def absent_any_form(case, label, lang, fact_dates):
    """Stricter than `not present`: also the bare number must not appear."""
    text = case[lang]
    t, v = fact_type(case["facts"][label])
    if present(case, label, lang, fact_dates):
        return False
    if t in ("count", "amount", "duration", "percent"):
        num = v[1] if t in ("amount", "duration") else v
        if t == "duration":
            raw = float(str(case["facts"][label]).split()[0])
            if raw in numbers(text, lang) or num in numbers(text, lang):
                return False
        elif num in numbers(text, lang):
            return False
    if t == "name":
        if lang == "en":
            toks = [x for x in re.split(r"[\s\-]+", v["en"].lower()) if x]
            if all(re.search(r"\b" + re.escape(x) + r"\b", text.lower()) for x in toks):
                return False
    return True


# ---------------------------------------------------------------- main
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff〇]", s))


def word_count(s):
    return len(s.split())


# weekday-looking words that are not weekdays (surname Sun in r-022)
STRAY_OK = {("r-022", "en", "Sun")}


def check_case(case, errors_by_fact):
    cid = case["id"]
    facts = case["facts"]
    fact_dates = []
    for v in facts.values():
        t, x = fact_type(v)
        if t == "date":
            fact_dates.append(x)
        elif t == "daterange":
            fact_dates.extend(x)
    fact_times = set()
    for v in facts.values():
        t, x = fact_type(v)
        if t == "time":
            fact_times.add(x)
        elif t == "timerange":
            fact_times.update(x)

    errs = case["errors"]
    wd_errors = {e["lang"]: e for e in errs if e["kind"] == "weekday"}
    date_error_found = {(e["lang"], e["found"]) for e in errs if e["kind"] == "date"}

    for lang in ("zh", "en"):
        text = case[lang]
        ms = dates(text, lang, fact_dates)
        attached = set()
        for m in ms:
            if m.wd_span:
                attached.add(m.wd_span[0] if lang == "en" else None)
            # every date must be a brief date unless it is a seeded date error
            if m.date not in fact_dates:
                if not any(lang == l and text.find(f) <= m.start < text.find(f) + len(f)
                           for l, f in date_error_found if text.find(f) >= 0):
                    fail(cid, f"{lang}: date {m.date} in text is not a date of the brief")
            if m.weekday is not None:
                ok = m.date.weekday() == m.weekday
                seeded = lang in wd_errors and text[m.start:m.end] in wd_errors[lang]["found"]
                if seeded and ok:
                    fail(cid, f"{lang}: seeded weekday error but weekday of {m.date} is correct")
                if not seeded and not ok:
                    fail(cid, f"{lang}: wrong weekday for {m.date} ({m.date.strftime('%A')})")
        # stray weekday tokens
        for s, e, tok in weekday_tokens(text, lang):
            if (cid, lang, tok) in STRAY_OK:
                continue
            if lang == "zh":
                used = any(mm.wd_span and mm.wd_span[0] <= s < mm.wd_span[1] + 1 for mm in ms)
            else:
                used = any(mm.wd_span and mm.wd_span[0] == s for mm in ms)
            if not used:
                fail(cid, f"{lang}: weekday word {tok!r} at {s} is not attached to a date")
        # every clock time must be a brief time
        for tm in times(text, lang):
            if tm not in fact_times:
                fail(cid, f"{lang}: clock time {tm // 60:02d}:{tm % 60:02d} is not a time of the brief")

    # every fact present in both languages unless a seeded error concerns it
    for label in facts:
        for lang in ("zh", "en"):
            if (label, lang) in errors_by_fact:
                continue
            if not present(case, label, lang, fact_dates):
                fail(cid, f"{lang}: fact {label!r}={facts[label]!r} not found")

    # seeded errors
    for e in errs:
        lang, other = e["lang"], ("en" if e["lang"] == "zh" else "zh")
        text = case[lang]
        k = e["kind"]
        if k in ("weekday", "term"):
            if e["fact"] is not None:
                fail(cid, f"{k} error must have fact: null")
        elif e["fact"] not in facts:
            fail(cid, f"error fact {e['fact']!r} is not a label of the brief")
            continue
        if k == "missing":
            if e["found"] is not None:
                fail(cid, "missing error must have found: null")
        else:
            if not isinstance(e["found"], str) or e["found"] not in text:
                fail(cid, f"found {e['found']!r} not in {lang} text")
                continue
        if k in ("date", "number", "percent", "name", "link", "missing"):
            if not absent_any_form(case, e["fact"], lang, fact_dates):
                fail(cid, f"{k} error: correct value of {e['fact']!r} still appears in {lang}")
            if not present(case, e["fact"], other, fact_dates):
                fail(cid, f"{k} error: fact {e['fact']!r} not present in the other language {other}")
        if k == "date":
            fd = [m.date for m in dates(e["found"], lang, fact_dates)]
            if not fd or fd[0] == facts[e["fact"]]:
                fail(cid, "date error: found does not carry a different date")
        if k == "weekday":
            fm = dates(e["found"], lang, fact_dates)
            if len(fm) != 1 or fm[0].weekday is None:
                fail(cid, "weekday error: found must cover one date and its weekday")
            elif fm[0].date not in fact_dates:
                fail(cid, "weekday error: the date in found must be the correct (brief) date")
            elif fm[0].date.weekday() == fm[0].weekday:
                fail(cid, "weekday error: weekday in found is actually correct")
        if k == "percent" and fact_type(facts[e["fact"]])[0] != "percent":
            fail(cid, "percent error on a non-percent fact")
        if k == "link" and fact_type(facts[e["fact"]])[0] != "link":
            fail(cid, "link error on a non-link fact")
        if k == "name" and fact_type(facts[e["fact"]])[0] != "name":
            fail(cid, "name error on a non-name fact")
        if k == "date" and fact_type(facts[e["fact"]])[0] not in ("date", "daterange"):
            fail(cid, "date error on a non-date fact")
        if k == "term":
            zt, et = e.get("zh_term"), e.get("en_term")
            if not zt or not et:
                fail(cid, "term error needs zh_term and en_term")
                continue
            if lang == "zh":
                if zt in case["zh"]:
                    fail(cid, "term error: correct zh term still in zh")
                if et.lower() not in case["en"].lower():
                    fail(cid, "term error: correct en term missing from en")
            else:
                if et.lower() in case["en"].lower():
                    fail(cid, "term error: correct en term still in en")
                if zt not in case["zh"]:
                    fail(cid, "term error: correct zh term missing from zh")
        elif "zh_term" in e or "en_term" in e:
            fail(cid, "zh_term/en_term only allowed on term errors")


def main():
    cases = []
    for fn in FILES:
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must be a list of 10 mappings")
            continue
        cases.extend(data)
    expected = [f"r-{i:03d}" for i in range(1, 41)]
    ids = [c.get("id") for c in cases]
    if ids != expected:
        fail("ids", f"ids are not r-001..r-040 in order: {ids}")

    stats = collections.Counter()
    by_kind = collections.Counter()
    by_lang = collections.Counter()
    by_kind_lang = collections.Counter()
    doc_kinds = collections.Counter()
    fact_types = collections.Counter()
    for c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            fail(cid, f"fields are {sorted(c)}")
            continue
        if c["kind"] not in KINDS:
            fail(cid, f"kind {c['kind']!r}")
        doc_kinds[c["kind"]] += 1
        if not isinstance(c["facts"], dict) or not 4 <= len(c["facts"]) <= 8:
            fail(cid, "facts must be a mapping of 4-8 entries")
        for lab, v in c["facts"].items():
            try:
                fact_types[fact_type(v)[0]] += 1
            except ValueError as ex:
                fail(cid, str(ex))
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                fail(cid, f"name fact {lab} must have zh and en")
        hc, wc = han_count(c["zh"]), word_count(c["en"])
        if not 110 <= hc <= 160:
            fail(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            fail(cid, f"en has {wc} words (65-120)")
        if not isinstance(c["errors"], list):
            fail(cid, "errors must be a list")
            continue
        errors_by_fact = set()
        for e in c["errors"]:
            allowed = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != allowed:
                fail(cid, f"error fields {sorted(e)} (expected {sorted(allowed)})")
            if e.get("kind") not in ERROR_KINDS or e.get("lang") not in ("zh", "en"):
                fail(cid, f"bad error kind/lang {e}")
                continue
            if e.get("fact"):
                errors_by_fact.add((e["fact"], e["lang"]))
            by_kind[e["kind"]] += 1
            by_lang[e["lang"]] += 1
            by_kind_lang[(e["kind"], e["lang"])] += 1
        stats["clean" if not c["errors"] else "faulty"] += 1
        stats["errors"] += len(c["errors"])
        stats["facts"] += len(c["facts"])
        try:
            check_case(c, errors_by_fact)
        except Exception as ex:  # noqa: BLE001
            fail(cid, f"exception {type(ex).__name__}: {ex}")

    print(f"cases: {len(cases)}  clean: {stats['clean']}  with errors: {stats['faulty']}  "
          f"seeded errors: {stats['errors']}  facts: {stats['facts']}")
    print("errors by language:", dict(sorted(by_lang.items())))
    print("errors by kind:", {k: by_kind[k] for k in ERROR_KINDS})
    print("errors by kind and language:",
          {f"{k}/{l}": by_kind_lang[(k, l)] for k in ERROR_KINDS for l in ("zh", "en") if by_kind_lang[(k, l)]})
    print("document kinds:", dict(sorted(doc_kinds.items())))
    print("fact types:", dict(sorted(fact_types.items())))
    if FAIL:
        print(f"\n{len(FAIL)} problem(s):")
        for f in FAIL:
            print("  " + f)
        sys.exit(1)
    print("\nOK: all checks passed")


def selftest():
    """Mutation test of the extractors: change each brief value slightly and check the
    changed value is no longer found in a language where the original was found."""
    import copy
    cases = []
    for fn in FILES:
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            cases.extend(yaml.safe_load(fh))

    def mutate(v):
        if isinstance(v, datetime.date):
            return v + datetime.timedelta(days=1)
        if isinstance(v, dict):
            return {"zh": v["zh"] + "华", "en": v["en"] + "x"}
        if isinstance(v, int):
            return v + 1
        s = str(v)
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", s)
        if m:
            return f"{m.group(1)} to {datetime.date.fromisoformat(m.group(2)) + datetime.timedelta(days=1)}"
        if re.fullmatch(r"\d{2}:\d{2}", s):
            return f"{s[:2]}:{(int(s[3:]) + 15) % 60:02d}"
        m = re.fullmatch(r"(\d{2}:\d{2})-(\d{2}):(\d{2})", s)
        if m:
            return f"{m.group(1)}-{m.group(2)}:{(int(m.group(3)) + 15) % 60:02d}"
        if s.startswith("http") or "@" in s:
            return s.replace(".", "x.", 1)
        m = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", s))[-1]
        n = float(m.group(0).replace(",", ""))
        new = str(int(n + 1)) if n == int(n) else str(n + 1)
        return s[:m.start()] + new + s[m.end():]

    def fdates(c):
        out = []
        for v in c["facts"].values():
            t, x = fact_type(v)
            out.extend([x] if t == "date" else list(x) if t == "daterange" else [])
        return out

    tested, collisions = 0, []
    for c in cases:
        for lab, v in c["facts"].items():
            for lang in ("zh", "en"):
                if not present(c, lab, lang, fdates(c)):
                    continue
                c2 = copy.deepcopy(c)
                c2["facts"][lab] = mutate(v)
                tested += 1
                if present(c2, lab, lang, fdates(c2)):
                    collisions.append(f"{c['id']} {lang} {lab}: {v!r} -> {c2['facts'][lab]!r}")
    print(f"selftest: {tested} mutated facts, {len(collisions)} still 'found':")
    for x in collisions:
        print("  " + x)
    print("(a remaining hit is only acceptable when another value in the text legitimately "
          "carries the mutated value, e.g. a second fact or a clock time)")


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        selftest()
    else:
        main()
