#!/usr/bin/env python3
"""Validate the blind24 set (pairs_1.yaml .. pairs_4.yaml) and print its counts.

Checks
- structure: 4 files x 10 cases, ids r-001..r-040 in order, fields and types,
  4-8 facts, dates in 2026-2028, zh 110-160 Han characters, en 65-120 words;
- every date+weekday mention (zh and en, incl. ROC years, Chinese numerals,
  slash dates, ranges) has the weekday Python's datetime gives, except the
  seeded weekday errors, and every weekday word is attached to a date;
- every fact is rendered in both languages (generic parsers for dates, numbers,
  percentages, times, names, links; a short alias table below for renderings
  the parsers do not understand, e.g. 'half' for 50%);
- seeded errors: `found` occurs in its language; the correct value is absent
  from that language; missing facts are absent from one language and present in
  the other; term errors carry the correct term on the other side and lack it
  on the faulty side; weekday errors really mismatch.
Run: python3 validate.py  (exit status 1 on any problem)
"""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter, defaultdict

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}

# Renderings the generic parsers cannot read; each was checked by hand to be an
# exact rendering of the brief's value. (case id, fact label, lang) -> substrings
ALIASES = {
    ("r-004", "家屬保費公司資助比例", "zh"): ["一半"],
    ("r-005", "服务承诺期", "zh"): ["满一年"],
    ("r-008", "產假薪酬", "zh"): ["全薪"],
    ("r-008", "產假薪酬", "en"): ["full pay"],
    ("r-009", "校準會議時間", "en"): ["2:00 to 5:00 p.m."],
    ("r-011", "进度面谈间隔", "en"): ["every fortnight"],
    ("r-015", "現職最短任職期間", "zh"): ["滿一年"],
    ("r-020", "申請提前期", "en"): ["28 days"],
    ("r-021", "平日加班费率", "en"): ["one and a half times"],
    ("r-022", "项目时长", "zh"): ["为期半年"],
    ("r-025", "检查面谈时长", "en"): ["half-hour"],
    ("r-027", "上課時間", "zh"): ["上午9:30至12:30"],
    ("r-031", "公司加發補助比例", "zh"): ["兩成"],
    ("r-033", "派驻期", "zh"): ["派驻期为两年"],
    ("r-036", "未使用积分结转比例", "zh"): ["四分之一"],
    ("r-038", "服務承諾期", "en"): ["minimum of one year"],
}

# ---------------------------------------------------------------- numerals
CN_DIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_CHARS = "〇零一二两兩三四五六七八九十百千万萬"


def cn2int(s):
    """Chinese numeral (up to 万) -> int; None if not parseable."""
    if not s:
        return None
    if all(c in CN_DIG for c in s) and len(s) > 1:  # digit-by-digit (二〇二七)
        return int("".join(str(CN_DIG[c]) for c in s))
    total, section, num = 0, 0, None
    for c in s:
        if c in CN_DIG:
            num = CN_DIG[c]
        elif c in CN_UNIT:
            section += (1 if num is None else num) * CN_UNIT[c]
            num = None
        elif c in "万萬":
            section += num or 0
            total += (section or 1) * 10000
            section, num = 0, None
        else:
            return None
    return total + section + (num or 0)


def to_int(s):
    s = s.strip()
    if s.isdigit():
        return int(s)
    return cn2int(s)


EN_NUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
EN_NUM.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90, "hundred": 100, "twice": 2})

# ---------------------------------------------------------------- dates
MONTHS = {}
for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                       "August", "September", "October", "November", "December"], 1):
    MONTHS[m] = i
    MONTHS[m[:3]] = i
MONTHS["Sept"] = 9
MON_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
         "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
         "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
WD_RE = r"(?:" + "|".join(sorted(EN_WD, key=len, reverse=True)) + r")\b\.?"
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_WD_PRE = r"(?:星期|礼拜|禮拜|周|週)"


def year_of(y):
    if y is None:
        return None
    if y.isdigit():
        v = int(y)
        return v + 1911 if 100 <= v < 200 else v  # ROC year
    v = cn2int(y)
    return v


def infer_year(m, d, explicit, fact_dates):
    if explicit:
        return explicit
    for fd in fact_dates:
        if fd.month == m and fd.day == d:
            return fd.year
    return sorted(fact_dates)[0].year if fact_dates else 2027


def mk(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def zh_dates(text, fact_dates):
    """-> list of (start, end, date, weekday_index_or_None)."""
    out = []
    num = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
    pat = re.compile(
        r"(?:(?P<y>\d{4}|1[01]\d|[〇零一二三四五六七八九]{4})年)?(?P<m>" + num + r")月(?P<d>" + num + r")[日号號]"
        r"|(?<![A-Za-z0-9_/.:])(?:(?P<y2>\d{4})/)?(?P<m2>\d{1,2})/(?P<d2>\d{1,2})(?![A-Za-z0-9_/])"
    )
    wd_after = re.compile(r"\s*(?:[（(]\s*" + ZH_WD_PRE + r"?([一二三四五六日天])\s*[）)]|" + ZH_WD_PRE + r"([一二三四五六日天]))")
    range_day = re.compile(r"\s*(?:至|到|-|–|～|~)\s*(?P<d>" + num + r")[日号號]")
    for mt in pat.finditer(text):
        if mt.group("m"):
            y = year_of(mt.group("y"))
            m, d = to_int(mt.group("m")), to_int(mt.group("d"))
        else:
            y = year_of(mt.group("y2"))
            m, d = int(mt.group("m2")), int(mt.group("d2"))
        date = mk(infer_year(m, d, y, fact_dates), m, d)
        if not date:
            continue
        end = mt.end()
        w = wd_after.match(text, end)
        wd = None
        if w:
            wd = ZH_WD[w.group(1) or w.group(2)]
            end = w.end()
        out.append((mt.start(), end, date, wd))
        r = range_day.match(text, end)
        if r:
            d2 = to_int(r.group("d"))
            date2 = mk(date.year, date.month, d2)
            e2 = r.end()
            wd2 = None
            w = wd_after.match(text, e2)
            if w:
                wd2 = ZH_WD[w.group(1) or w.group(2)]
                e2 = w.end()
            if date2:
                out.append((r.start("d"), e2, date2, wd2))
    return out


def en_dates(text, fact_dates):
    out = []
    ordn = r"(?:st|nd|rd|th)?"
    yr = r"(?:,?\s+(?P<y>\d{4}))?"
    pats = [
        ("dm", re.compile(r"(?<![\d/])(?:(?P<d0>\d{1,2})" + ordn + r"\s*(?:–|-|to)\s*)?(?P<d>\d{1,2})" + ordn + r"\s+(?:of\s+)?(?P<mon>" + MON_RE + r")" + yr)),
        ("md", re.compile(r"(?P<mon>" + MON_RE + r")\s+(?P<d>\d{1,2})" + ordn + r"(?!\d)(?:\s*(?:–|-)\s*(?P<d3>\d{1,2})(?!\d))?" + yr)),
        ("iso", re.compile(r"(?<![A-Za-z0-9_/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
        ("num", re.compile(r"(?<![A-Za-z0-9_/.:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}))?(?![A-Za-z0-9_/])")),
    ]
    wd_before = re.compile(r"(" + WD_RE + r")(?:,\s*|\s+)$", re.I)
    wd_after = re.compile(r"\s*(?:\(\s*(" + WD_RE + r")\s*\)|,\s*(" + WD_RE + r"))", re.I)
    taken = []
    for kind, pat in pats:
        for mt in pat.finditer(text):
            if any(s <= mt.start() < e for s, e in taken):
                continue
            y = int(mt.group("y")) if mt.group("y") else None
            extra = []
            if kind in ("dm", "md"):
                m = MONTHS[mt.group("mon").rstrip(".")]
                d = int(mt.group("d"))
                cands = [(m, d)]
                if kind == "dm" and mt.group("d0"):
                    extra.append((m, int(mt.group("d0"))))
                if kind == "md" and mt.group("d3"):
                    extra.append((m, int(mt.group("d3"))))
            elif kind == "iso":
                cands = [(int(mt.group("m")), int(mt.group("d")))]
            else:
                a, b = int(mt.group("a")), int(mt.group("b"))
                cands = [(a, b), (b, a)]
            dates = [mk(infer_year(m, d, y, fact_dates), m, d) for m, d in cands]
            dates = [x for x in dates if x]
            if not dates:
                continue
            pref = [x for x in dates if x in fact_dates]
            date = (pref or dates)[0]
            start, end = mt.start(), mt.end()
            wd = None
            b = wd_before.search(text[max(0, start - 14):start])
            if b:
                wd = EN_WD[b.group(1).lower().rstrip(".")]
                start = start - (len(text[max(0, start - 14):start]) - b.start())
            a = wd_after.match(text, end)
            if a:
                wd = EN_WD[(a.group(1) or a.group(2)).lower().rstrip(".")]
                end = a.end()
            taken.append((mt.start(), mt.end()))
            out.append((start, end, date, wd))
            for m, d in extra:
                x = mk(date.year, m, d)
                if x:
                    out.append((mt.start(), mt.start() + 2, x, None))
    return out


def count_weekday_words(text, lang):
    if lang == "zh":
        toks = [m for m in re.finditer(ZH_WD_PRE + r"[一二三四五六日天]|[（(][一二三四五六日][）)]", text)
                if not text[max(0, m.start() - 1):m.start()] == "每"]
    else:
        toks = [m for m in re.finditer(r"\b" + WD_RE, text, re.I)
                if not re.search(r"every\s+$", text[max(0, m.start() - 7):m.start()], re.I)]
    return len(toks)


# ---------------------------------------------------------------- numbers etc.
def strip_spans(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, min(e, len(chars))):
            chars[i] = " "
    return "".join(chars)


LINK_RE = re.compile(r"https?://[A-Za-z0-9./_~%?=&#:-]*[A-Za-z0-9/]|[A-Za-z0-9._+-]+@[A-Za-z0-9.-]*[A-Za-z0-9]")


def numbers_in(text):
    """All numeric values (Arabic, Chinese, English words, with 万/千/lakh/k)."""
    vals = []
    t = LINK_RE.sub(" ", text)
    for m in re.finditer(r"(\d{1,3}(?:,\d{2,3})+|\d+)(\.\d+)?\s*(万|萬|千|lakh|k\b)?", t):
        v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        mult = {"万": 1e4, "萬": 1e4, "千": 1e3, "lakh": 1e5, "k": 1e3}.get(m.group(3), 1)
        vals.append(v * mult)
    for m in re.finditer("[" + CN_CHARS + "]+", t):
        v = cn2int(m.group(0))
        if v is not None:
            vals.append(float(v))
    for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", t):
        w = m.group(0).lower()
        parts = w.split("-")
        if all(p in EN_NUM for p in parts):
            vals.append(float(sum(EN_NUM[p] for p in parts)))
        else:
            vals += [float(EN_NUM[p]) for p in parts if p in EN_NUM]
    return vals


def percents_in(text):
    vals = []
    t = LINK_RE.sub(" ", text)
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(?:%|％|\s?per\s?cent\b|\s?percent\b)", t, re.I):
        vals.append(float(m.group(1)))
    for m in re.finditer(r"([a-z]+(?:-[a-z]+)?)\s+(?:per\s?cent|percent)\b", t, re.I):
        parts = m.group(1).lower().split("-")
        if all(p in EN_NUM for p in parts):
            vals.append(float(sum(EN_NUM[p] for p in parts)))
    for m in re.finditer(r"百分之([\d.]+|[" + CN_CHARS + "]+)", t):
        v = m.group(1)
        vals.append(float(v) if v[0].isdigit() else float(cn2int(v)))
    for m in re.finditer(r"([一二两兩三四五六七八九十])成(半)?", t):
        vals.append(cn2int(m.group(1)) * 10 + (5 if m.group(2) else 0))
    return vals


def times_in(text):
    """Set of minutes-of-day that a careful reader could read from the text."""
    vals = set()
    t = LINK_RE.sub(" ", text)
    for m in re.finditer(r"(?<![\d/])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d%/])", t, re.I):
        h, mi, ap = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
        if m.group(2) is None and not ap:
            continue
        if h > 24 or mi > 59:
            continue
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
        vals.add(h * 60 + mi)
        if not ap and h < 12:
            vals.add((h + 12) * 60 + mi)
    for m in re.finditer(r"(?<!\d)([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|h\b)?", t):
        vals.add(int(m.group(1)) * 60 + int(m.group(2)))
    for m in re.finditer(r"(上午|下午|晚上|中午|早上)?(\d{1,2}|[一二两兩三四五六七八九十]{1,3})[时時点點](半|(\d{1,2}|[一二三四五六七八九十]{1,3})分)?", t):
        h = to_int(m.group(2))
        mi = 30 if m.group(3) == "半" else (to_int(m.group(4)) if m.group(4) else 0)
        if m.group(1) in ("下午", "晚上") and h < 12:
            h += 12
        vals.add(h * 60 + mi)
        if not m.group(1) and h < 12:
            vals.add((h + 12) * 60 + mi)
    for m in re.finditer(r"(上午|下午|晚上|中午)\s*(\d{1,2}):(\d{2})", t):
        h = int(m.group(2))
        if m.group(1) in ("下午", "晚上") and h < 12:
            h += 12
        vals.add(h * 60 + int(m.group(3)))
    return vals


def words(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


# ---------------------------------------------------------------- facts
def fact_type(v):
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, dict):
        return "name"
    if isinstance(v, (int, float)):
        return "number"
    s = str(v)
    if s.startswith("http") or "@" in s:
        return "link"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", s):
        return "daterange"
    if re.fullmatch(r"\d{2}:\d{2}(-\d{2}:\d{2})?", s):
        return "time"
    if "%" in s:
        return "percent"
    return "number"


def fact_numbers(v):
    s = str(v)
    return [float(x.replace(",", "")) for x in re.findall(r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?", s)]


def present(case, label, lang, text, dates):
    """Is the fact rendered in `text`? Generic parse, then alias table."""
    v = case["facts"][label]
    ft = fact_type(v)
    ok = False
    if ft == "date":
        ok = v in dates
    elif ft == "daterange":
        a, b = [dt.date.fromisoformat(x) for x in str(v).split(" to ")]
        ok = a in dates and b in dates
    elif ft == "name":
        if lang == "zh":
            ok = v["zh"] in text
        else:
            ws = set(words(text.replace("-", " ")))
            ok = all(w in ws for w in words(v["en"].replace("-", " ")))
    elif ft == "link":
        ok = str(v).lower() in text.lower()
    elif ft == "time":
        tv = times_in(text)
        need = [int(x[:2]) * 60 + int(x[3:]) for x in str(v).split("-")]
        ok = all(n in tv for n in need)
    elif ft == "percent":
        pv = percents_in(text)
        nv = numbers_in(text)
        need = fact_numbers(v)
        # in a range "8%-15%" / "8% to 15%" / "8%至15%" the first % may be dropped
        ok = all(n in pv for n in need) or (len(need) == 2 and need[0] in nv and need[1] in pv)
    else:
        nv = numbers_in(text)
        ok = all(n in nv for n in fact_numbers(v))
    if not ok:
        ok = any(a in text for a in ALIASES.get((case["id"], label, lang), []))
    return ok


def absent_strict(case, label, lang, text, dates, date_spans, err):
    """For a seeded error: is the correct value absent in every form?"""
    v = case["facts"][label]
    ft = fact_type(v)
    if any(a in text for a in ALIASES.get((case["id"], label, lang), [])):
        return False
    if ft in ("date", "daterange"):
        return not present(case, label, lang, text, dates)
    if ft == "name":
        if lang == "zh":
            return v["zh"] not in text
        ws = set(words(text.replace("-", " ")))
        given = [w for w in words(v["en"].replace("-", " "))][1:]
        return not all(w in ws for w in given)
    if ft == "link":
        return str(v).lower() not in text.lower()
    body = strip_spans(text, date_spans)
    if ft == "percent":
        return not any(n in percents_in(body) for n in fact_numbers(v))
    if ft == "time":
        return not present(case, label, lang, body, dates)
    return not any(n in numbers_in(body) for n in fact_numbers(v))


# ---------------------------------------------------------------- main
def han(s):
    return len(re.findall(r"[\u3400-\u9fff]", s))


def en_words(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


TRAD = set("們於與會個請為將這後經發時間書達導說動區體國開實過對點")
SIMP = set("们于与会个请为将这后经发时间书达导说动区体国开实过对点")


def script_of(s):
    t = sum(c in TRAD for c in s)
    si = sum(c in SIMP for c in s)
    return "Traditional" if t > si else "Simplified"


def main():
    problems = []
    cases = []
    files = sorted(glob.glob(os.path.join(HERE, "pairs_*.yaml")))
    if [os.path.basename(f) for f in files] != [f"pairs_{i}.yaml" for i in range(1, 5)]:
        problems.append(f"expected pairs_1..4.yaml, got {files}")
    for f in files:
        data = yaml.safe_load(open(f, encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            problems.append(f"{f}: not a list of 10")
        for c in data:
            c["_file"] = os.path.basename(f)
            cases.append(c)
    ids = [c.get("id") for c in cases]
    if ids != [f"r-{i:03d}" for i in range(1, 41)]:
        problems.append(f"ids out of order: {ids}")
    stats = defaultdict(Counter)
    for c in cases:
        cid = c.get("id")
        P = lambda msg: problems.append(f"{cid}: {msg}")
        if set(c) - {"_file"} != {"id", "kind", "facts", "zh", "en", "errors"}:
            P(f"fields {sorted(c)}")
            continue
        if c["kind"] not in KINDS:
            P(f"kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            P("facts must be a mapping of 4-8")
        for k, v in facts.items():
            if isinstance(v, dt.date) and not 2026 <= v.year <= 2028:
                P(f"date out of range {k}")
            if isinstance(v, str) and " to " in v:
                for x in v.split(" to "):
                    if not 2026 <= dt.date.fromisoformat(x).year <= 2028:
                        P(f"range out of range {k}")
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                P(f"name {k} needs zh and en")
        zh, en = c["zh"], c["en"]
        if not 110 <= han(zh) <= 160:
            P(f"zh has {han(zh)} Han characters")
        if not 65 <= en_words(en) <= 120:
            P(f"en has {en_words(en)} words")
        fact_dates = []
        for v in facts.values():
            if isinstance(v, dt.date):
                fact_dates.append(v)
            elif isinstance(v, str) and fact_type(v) == "daterange":
                fact_dates += [dt.date.fromisoformat(x) for x in v.split(" to ")]
        texts = {"zh": zh, "en": en}
        mentions = {"zh": zh_dates(zh, fact_dates), "en": en_dates(en, fact_dates)}
        dates = {l: {m[2] for m in mentions[l]} for l in texts}
        errs = c["errors"] or []
        # --- seeded errors
        err_facts = defaultdict(set)  # lang -> labels allowed to be absent
        wd_err_found = {"zh": [], "en": []}
        for e in errs:
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != need:
                P(f"error fields {sorted(e)}")
                continue
            k, lang, label, found = e["kind"], e["lang"], e["fact"], e["found"]
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                P(f"bad error {e}")
                continue
            stats["errors"][(k, lang)] += 1
            other = "en" if lang == "zh" else "zh"
            text = texts[lang]
            if k in ("weekday", "term"):
                if label is not None:
                    P(f"{k} error must have fact: null")
            elif label not in facts:
                P(f"error fact {label!r} not in facts")
                continue
            if k == "missing":
                if found is not None:
                    P("missing error must have found: null")
                if present(c, label, lang, text, dates[lang]):
                    P(f"missing fact {label} is present in {lang}")
                if not present(c, label, other, texts[other], dates[other]):
                    P(f"missing fact {label} absent from {other} too")
                err_facts[lang].add(label)
                continue
            if not found or found not in text:
                P(f"found {found!r} not in {lang}")
                continue
            if k == "weekday":
                hit = [m for m in mentions[lang] if m[3] is not None and text[m[0]:m[1]] in found or
                       (m[0] >= text.find(found) and m[1] <= text.find(found) + len(found) and m[3] is not None)]
                if not hit:
                    P(f"weekday error {found!r}: no date+weekday parsed")
                for m in hit:
                    if m[2].weekday() == m[3]:
                        P(f"weekday error {found!r} is actually correct")
                    if m[2] not in fact_dates:
                        P(f"weekday error {found!r}: date {m[2]} is not a fact date")
                wd_err_found[lang].append(found)
                continue
            if k == "term":
                zt, et = e["zh_term"], e["en_term"]
                if lang == "zh":
                    if et.lower() not in en.lower():
                        P(f"term: en lacks correct {et!r}")
                    if zt in zh:
                        P(f"term: zh still has correct {zt!r}")
                else:
                    if zt not in zh:
                        P(f"term: zh lacks correct {zt!r}")
                    if et.lower() in en.lower():
                        P(f"term: en still has correct {et!r}")
                if found.lower() in (zt.lower(), et.lower()):
                    P("term: found equals the correct term")
                continue
            # date / number / percent / name / link
            date_spans = [(m[0], m[1]) for m in mentions[lang]]
            if not absent_strict(c, label, lang, text, dates[lang], date_spans, e):
                P(f"{k} error on {label}: correct value still appears in {lang}")
            if not present(c, label, other, texts[other], dates[other]):
                P(f"{k} error on {label}: correct value missing from {other}")
            err_facts[lang].add(label)
        # --- weekday consistency
        for lang in texts:
            text = texts[lang]
            with_wd = [m for m in mentions[lang] if m[3] is not None]
            for m in with_wd:
                if m[2].weekday() != m[3]:
                    span = text[m[0]:m[1]]
                    if not any(span in f or f in span for f in wd_err_found[lang]):
                        P(f"{lang} weekday mismatch: {span!r} -> {m[2]} is {m[2].strftime('%A')}")
            n_words = count_weekday_words(text, lang)
            if n_words != len(with_wd):
                P(f"{lang}: {n_words} weekday words but {len(with_wd)} parsed date+weekday mentions "
                  f"{[text[m[0]:m[1]] for m in with_wd]}")
            for m in mentions[lang]:
                if not 2026 <= m[2].year <= 2028:
                    P(f"{lang} date {text[m[0]:m[1]]!r} outside 2026-2028")
        # --- presence of all other facts
        for label in facts:
            for lang in texts:
                if label in err_facts[lang]:
                    continue
                if not present(c, label, lang, texts[lang], dates[lang]):
                    P(f"fact {label!r} = {facts[label]!r} not found in {lang}")
        # --- stats
        stats["kind"][c["kind"]] += 1
        stats["script"][script_of(zh)] += 1
        stats["clean" if not errs else "seeded"][c["_file"]] += 1
        stats["errors_per_case"][len(errs)] += 1
        for v in facts.values():
            stats["fact_types"][fact_type(v)] += 1
        stats["han"][c["id"]] = han(zh)
        stats["words"][c["id"]] = en_words(en)
    return cases, stats, problems


if __name__ == "__main__":
    cases, stats, problems = main()
    n_clean = sum(stats["clean"].values())
    n_seed = sum(stats["seeded"].values())
    n_err = sum(stats["errors"].values())
    print(f"cases: {len(cases)}  clean: {n_clean}  seeded: {n_seed}  errors: {n_err}")
    for f in sorted(set(stats["clean"]) | set(stats["seeded"])):
        print(f"  {f}: clean {stats['clean'][f]}, seeded {stats['seeded'][f]}")
    by_lang = Counter()
    by_kind = Counter()
    for (k, l), n in stats["errors"].items():
        by_lang[l] += n
        by_kind[k] += n
    print("errors by language:", dict(sorted(by_lang.items())))
    print("errors by kind:", {k: by_kind[k] for k in sorted(ERR_KINDS)})
    print("errors by kind x language:", {f"{k}/{l}": n for (k, l), n in sorted(stats["errors"].items())})
    print("errors per case:", dict(sorted(stats["errors_per_case"].items())))
    print("document kinds:", dict(sorted(stats["kind"].items())))
    print("zh script:", dict(sorted(stats["script"].items())))
    print("fact types:", dict(sorted(stats["fact_types"].items())))
    print("facts total:", sum(stats["fact_types"].values()))
    hs, ws = list(stats["han"].values()), list(stats["words"].values())
    if hs:
        print(f"zh Han characters: min {min(hs)}, max {max(hs)}, mean {sum(hs)/len(hs):.0f}")
        print(f"en words: min {min(ws)}, max {max(ws)}, mean {sum(ws)/len(ws):.0f}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nall checks passed")
