#!/usr/bin/env python3
"""Validate the blind22 evaluation set (pairs_1.yaml .. pairs_4.yaml).

Checks
  * structure: 4 files x 10 mappings, ids r-001..r-040 in order, exact field set,
    allowed document kinds, 4-8 facts, typed fact values, text lengths;
  * weekdays: every date+weekday mention in either language is computed with
    datetime and must be correct, except the mentions covered by a seeded
    `weekday` error (which must be wrong);
  * seeded errors: allowed kinds/langs, `fact`/`found` conventions, `found`
    occurs in its language, the brief's correct value is absent from the faulty
    language in every form the script knows, missing facts are absent from one
    language and present in the other, term errors use the correct pair on the
    other side and not on the faulty side;
  * presence: every other fact is found in both languages, either by the
    automatic renderer below or by a hand-checked witness string (WITNESS);
  * counts: prints the counts reported in README.md.

Run:  python3 validate.py      (exit status 1 on any problem)
"""
import datetime as dt
import pathlib
import re
import sys
from collections import Counter

import yaml

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numbers
EN_NUM = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
          7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve",
          13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen",
          18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty",
          45: "forty-five", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
          90: "ninety", 100: "a hundred"}
CN_D = "零一二三四五六七八九"


def cn_small(n):
    """Chinese numerals for 0 < n < 10000 (several customary variants)."""
    out = set()
    if n < 10:
        out.add(CN_D[n])
        if n == 2:
            out |= {"两", "兩"}
    elif n < 100:
        t, u = divmod(n, 10)
        head = "十" if t == 1 else CN_D[t] + "十"
        out.add(head + (CN_D[u] if u else ""))
        if t == 1:
            out.add("一十" + (CN_D[u] if u else ""))
    elif n < 1000:
        h, r = divmod(n, 100)
        heads = {CN_D[h] + "百"} | ({"两百", "兩百"} if h == 2 else set())
        for hd in heads:
            if r == 0:
                out.add(hd)
            elif r < 10:
                out.add(hd + "零" + CN_D[r])
            else:
                t, u = divmod(r, 10)
                out.add(hd + CN_D[t] + "十" + (CN_D[u] if u else ""))
    elif n < 10000:
        k, r = divmod(n, 1000)
        heads = {CN_D[k] + "千"} | ({"两千", "兩千"} if k == 2 else set())
        for hd in heads:
            if r == 0:
                out.add(hd)
    return out


def num_forms(x, lang):
    """Ways a bare number may be written (regex-escaped strings)."""
    forms = set()
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, float):
        forms.add(str(x))
        if x == 1.5:
            forms |= {"one and a half"} if lang == "en" else {"一个半", "一個半"}
        return forms
    forms.add(str(x))
    if x >= 1000:
        forms.add(f"{x:,}")
        if x % 1000 == 0:
            forms |= {f"{x // 1000}k", f"{x // 1000}K"}
    if lang == "en" and x in EN_NUM:
        forms.add(EN_NUM[x])
    if lang == "zh":
        if x < 10000:
            forms |= cn_small(x)
            if x >= 1000 and x % 1000 == 0:
                forms.add(f"{x // 1000}千")
        if x >= 10000 and x % 10000 == 0:
            w = x // 10000
            for u in ("万", "萬"):
                forms.add(f"{w}{u}")
                forms |= {c + u for c in cn_small(w)}
    return forms


def find_num(text, forms):
    for f in forms:
        if re.fullmatch(r"[\d.,]+[kK]?", f):
            pat = r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)"
        elif re.fullmatch(r"[a-z\- ]+", f):
            pat = r"(?i)\b" + re.escape(f) + r"\b"
        else:
            pat = re.escape(f)
        m = re.search(pat, text)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_RE = {i + 1: m for i, m in enumerate(MONTHS)}


def month_alts(m):
    full = MONTHS[m - 1]
    alts = {full, full[:3]}
    if m == 9:
        alts |= {"Sept", "Sep"}
    return alts


def date_patterns(d, lang):
    if lang == "zh":
        return [rf"(?<!\d){d.month}月{d.day}日"]
    pats = []
    for mo in month_alts(d.month):
        pats.append(rf"(?<!\d){d.day}(?:st|nd|rd|th)?\s+{mo}\b")
        pats.append(rf"\b{mo}\.?\s+{d.day}(?:st|nd|rd|th)?(?!\d)")
    pats += [re.escape(d.isoformat()), rf"(?<!\d)0?{d.day}/0?{d.month}/{d.year}",
             rf"(?<!\d)0?{d.month}/0?{d.day}/{d.year}"]
    return pats


def find_date(text, d, lang):
    for p in date_patterns(d, lang):
        m = re.search(p, text)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- times
def time_forms(hhmm, lang):
    h, m = map(int, hhmm.split(":"))
    h12 = h % 12 or 12
    forms = {f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}{m:02d} hrs"}
    if lang == "en":
        forms |= {f"{h12}:{m:02d}", f"{h12}.{m:02d}"}
        if m == 0:
            forms |= {f"{h12}pm", f"{h12} pm", f"{h12} p.m.", f"{h12}am", f"{h12} am",
                      f"{h12} a.m."}
    else:
        forms |= {f"{h12}:{m:02d}"}
        hs = {str(h12)} | cn_small(h12)
        for x in hs:
            for u in ("点", "點", "时", "時"):
                if m == 0:
                    forms |= {f"{x}{u}", f"{x}{u}正"}
                else:
                    forms |= {f"{x}{u}{m}分"}
                    if m == 30:
                        forms.add(f"{x}{u}半")
    return forms


def find_time(text, hhmm, lang):
    for f in sorted(time_forms(hhmm, lang), key=len, reverse=True):
        pat = r"(?<![\d.:])" + re.escape(f) + r"(?![\d])"
        m = re.search(pat, text)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- percents
def pct_forms(p, lang):
    forms = {f"{p}%", f"{p} %"}
    if lang == "en":
        forms |= {f"{p} per cent", f"{p} percent"}
        if p in EN_NUM:
            forms |= {f"{EN_NUM[p]} per cent", f"{EN_NUM[p]} percent"}
        if p == 50:
            forms |= {"half"}
        if p == 25:
            forms |= {"a quarter", "one quarter"}
    else:
        forms |= {"百分之" + c for c in cn_small(p)}
        if p % 10 == 0 and p < 100:
            forms |= {c + "成" for c in cn_small(p // 10)}
        if p == 50:
            forms |= {"一半", "半数", "半數"}
        if p == 25:
            forms |= {"四分之一"}
    return forms


def find_pct(text, p, lang):
    for f in sorted(pct_forms(p, lang), key=len, reverse=True):
        if f[0].isdigit():
            pat = r"(?<![\d.])" + re.escape(f)
        elif re.fullmatch(r"[a-z ]+", f):
            pat = r"(?i)\b" + re.escape(f) + r"\b"
        else:
            pat = re.escape(f)
        m = re.search(pat, text)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- names
def name_patterns(en):
    toks = en.split()
    pats = [re.escape(en)]
    if 2 <= len(toks) <= 4 and all(t[0].isupper() for t in toks):
        sur, given = toks[0], toks[1:]
        parts = []
        for g in given:
            parts += g.split("-")
        joins = {" ".join(parts), "-".join(parts), "".join(parts)}
        for j in joins:
            pats.append(rf"\b{re.escape(sur)}\s+{re.escape(j)}\b")
            pats.append(rf"\b{re.escape(j)}\s+{re.escape(sur)}\b")
    if en.endswith("Program"):
        pats.append(re.escape(en + "me"))
    if en.endswith("Programme"):
        pats.append(re.escape(en[:-2]))
    return pats


def find_name(text, val, lang):
    if lang == "zh":
        return val["zh"] if val["zh"] in text else None
    for p in name_patterns(val["en"]):
        m = re.search("(?i)" + p, text)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- durations
UNITS = {
    "minute": {"zh": ["分钟", "分鐘"], "en": ["minute", "minutes", "-minute"]},
    "hour": {"zh": ["小时", "小時"], "en": ["hour", "hours", "-hour"]},
    "day": {"zh": ["天", "日"], "en": ["day", "days", "-day"]},
    "working day": {"zh": ["个工作日", "個工作日", "工作日", "個工作天", "个工作天"],
                    "en": ["working day", "working days", "business day", "business days"]},
    "week": {"zh": ["周", "週", "星期", "个星期", "個星期"], "en": ["week", "weeks", "-week"]},
    "month": {"zh": ["个月", "個月"], "en": ["month", "months", "-month"]},
    "year": {"zh": ["年"], "en": ["year", "years", "-year"]},
}


def duration_alts(n, unit):
    """Equal durations in other units."""
    alts = [(n, unit)]
    if unit == "month" and n % 12 == 0:
        alts.append((n // 12, "year"))
    if unit == "month" and n == 18:
        alts.append((1.5, "year"))
    if unit == "week":
        alts.append((7 * n, "day"))
    if unit == "day" and n % 7 == 0:
        alts.append((n // 7, "week"))
    if unit == "hour":
        alts.append((60 * n, "minute"))
    if unit == "minute" and n % 30 == 0:
        alts.append((n / 60, "hour"))
    return alts


SPECIAL_DUR = {  # customary words for some durations
    (6, "month"): {"zh": ["半年"], "en": ["half a year", "half-year"]},
    (30, "minute"): {"zh": ["半小时", "半小時", "半個鐘"], "en": ["half an hour", "half-hour"]},
    (2, "week"): {"zh": ["两周", "兩週", "两星期", "兩星期", "兩個星期", "两个星期"], "en": ["fortnight"]},
    (1, "week"): {"zh": ["一周", "一週", "一个星期", "一個星期"], "en": ["a week", "one week"]},
}


def find_duration(text, n, unit, lang):
    for w in SPECIAL_DUR.get((n, unit), {}).get(lang, []):
        if w.lower() in text.lower():
            return w
    for nn, uu in duration_alts(n, unit):
        forms = num_forms(nn, lang)
        if lang == "en" and nn == 1:
            forms |= {"a", "an"}
        for f in forms:
            for u in UNITS[uu][lang]:
                sep = r"[\s\-]?" if lang == "en" else r"\s*"
                if u.startswith("-"):
                    pat = rf"(?<![\d.]){re.escape(f)}{re.escape(u)}"
                else:
                    pat = rf"(?<![\d.]){re.escape(f)}{sep}{re.escape(u)}"
                if lang == "en" and f.isalpha():
                    pat = r"(?i)\b" + pat[len(r"(?<![\d.])"):]
                m = re.search(pat, text)
                if m:
                    return m.group(0)
    return None


# ---------------------------------------------------------------- fact dispatch
def parse_value(v):
    """Return a list of (type, payload) atoms that together make the value."""
    if isinstance(v, dt.date):
        return [("date", v)]
    if isinstance(v, bool):
        raise ValueError("bool")
    if isinstance(v, int):
        return [("num", v)]
    if isinstance(v, dict):
        assert set(v) == {"zh", "en"}, v
        return [("name", v)]
    s = str(v).strip()
    if re.match(r"^(https?://|[\w.\-]+@)", s):
        return [("link", s)]
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", s)
    if m:
        return [("date", dt.date.fromisoformat(m.group(1))), ("date", dt.date.fromisoformat(m.group(2)))]
    m = re.fullmatch(r"(\d{2}:\d{2})(?:-(\d{2}:\d{2}))?", s)
    if m:
        return [("time", t) for t in m.groups() if t]
    m = re.fullmatch(r"(\d+)%(?:-(\d+)%)?", s)
    if m:
        return [("pct", int(p)) for p in m.groups() if p]
    m = re.fullmatch(r"(RMB|HK\$|NT\$|S\$|RM) ?([\d,]+)", s)
    if m:
        return [("amount", (m.group(1), int(m.group(2).replace(",", ""))))]
    m = re.fullmatch(r"(?:every )?(\d+(?:\.\d+)?)(?:-(\d+))? (minutes?|hours?|days?|working days?|weeks?|months?|years?)"
                     r"(?:'? (?:basic )?salary)?", s)
    if m:
        unit = m.group(3).rstrip("s")
        n1 = float(m.group(1)) if "." in m.group(1) else int(m.group(1))
        if m.group(2):  # range "2-3 years": bare first number, second with its unit
            return [("num", n1), ("dur", (int(m.group(2)), unit))]
        return [("dur", (n1, unit))]
    m = re.fullmatch(r"(\d+)-(\d+)", s)
    if m:
        return [("num", int(m.group(1))), ("num", int(m.group(2)))]
    raise ValueError(f"cannot parse fact value {v!r}")


CURRENCY_MARKS = {"RMB": {"zh": ["人民币", "元", "¥"], "en": ["RMB", "CNY", "¥"]},
                  "HK$": {"zh": ["港幣", "港元", "港币", "HK$"], "en": ["HK$", "HKD"]},
                  "NT$": {"zh": ["新台幣", "新臺幣", "NT$"], "en": ["NT$", "TWD"]},
                  "S$": {"zh": ["新币", "新幣", "S$"], "en": ["S$", "SGD"]},
                  "RM": {"zh": ["RM", "令吉", "马币"], "en": ["RM", "MYR"]}}


def find_atom(text, atom, lang):
    typ, p = atom
    if typ == "date":
        return find_date(text, p, lang)
    if typ == "num":
        return find_num(text, num_forms(p, lang))
    if typ == "name":
        return find_name(text, p, lang)
    if typ == "link":
        return p if p.lower() in text.lower() else None
    if typ == "time":
        return find_time(text, p, lang)
    if typ == "pct":
        return find_pct(text, p, lang)
    if typ == "amount":
        cur, n = p
        if not any(c in text for c in CURRENCY_MARKS[cur][lang]):
            return None
        return find_num(text, num_forms(n, lang))
    if typ == "dur":
        n, unit = p
        return find_duration(text, n, unit, lang)
    raise ValueError(typ)


def fact_found(text, value, lang):
    """All atoms found -> list of matches; otherwise None."""
    hits = []
    for atom in parse_value(value):
        h = find_atom(text, atom, lang)
        if h is None:
            return None
        hits.append(h)
    return hits


def fact_any_trace(text, value, lang):
    """Any atom of the value found in any form (used for absence checks)."""
    for atom in parse_value(value):
        typ, p = atom
        h = find_atom(text, atom, lang)
        if h:
            return h
        if typ in ("amount", "dur"):  # bare number without its unit also counts
            n = p[1] if typ == "amount" else p[0]
            h = find_num(text, num_forms(n, lang))
            if h:
                return h
    return None


# Hand-checked renderings the automatic renderer does not cover.
# (case id, language, fact label) -> substring of the text that renders the value.
WITNESS = {
    # every 2 weeks = every other week
    ("r-009", "en", "面談頻率"): "every other week",
    # range start written once for both ends: "from 2 to 20 November 2026"
    ("r-010", "en", "登記期"): "from 2 to 20 November 2026",
    # 100% of pay during paternity leave = pay continues in full / full pay
    ("r-013", "zh", "陪產假期間薪資"): "期間薪資照給",
    ("r-013", "en", "陪產假期間薪資"): "at full pay",
    # 200% TOIL rate = double (two hours per hour worked)
    ("r-018", "zh", "公眾假期補假比率"): "補假按雙倍計算",
    ("r-018", "en", "公眾假期補假比率"): "earns double: two hours of TOIL for each hour worked",
    # pass mark 80% = 80 points out of 100
    ("r-037", "zh", "测试及格线"): "80分（满分100分）",
}

# ---------------------------------------------------------------- weekdays
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WD_PREFIX = r"(?:星期|周|週|礼拜|禮拜)"
ZH_DATE_WD = re.compile(
    r"(?:(\d{4}|1[01]\d)年)?(\d{1,2})月(\d{1,2})日\s*"
    r"(?:[（(]" + WD_PREFIX + r"?([一二三四五六日天])[）)]|" + WD_PREFIX + r"([一二三四五六日天]))")
ZH_WD_TOKEN = re.compile(r"(?<!每)" + WD_PREFIX + r"[一二三四五六日天]|[（(][一二三四五六日][）)]")
EN_WD_NAME = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
MON_ALT = "|".join(sorted({a for m in range(1, 13) for a in month_alts(m)}, key=len, reverse=True))
EN_DATE_WD = re.compile(
    r"\b" + EN_WD_NAME + r",?\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + MON_ALT + r")\.?(?:,?\s+(\d{4}))?"
    r"|(" + MON_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)")
EN_DATE_WD2 = re.compile(  # date first, weekday in brackets: "15th February 2028 (Tuesday)"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + MON_ALT + r")\.?(?:,?\s+(\d{4}))?"
    r"|(" + MON_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)\s*\(" + EN_WD_NAME + r"\)")
EN_WD_TOKEN = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                         r"\b(Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat)\b\.?(?=,?\s+\d|,?\s+[A-Z][a-z]{2})")


def month_num(name):
    for m in range(1, 13):
        if name.rstrip(".") in month_alts(m):
            return m
    raise ValueError(name)


def infer_year(case, month, day):
    dates = []
    for v in case["facts"].values():
        try:
            dates += [p for t, p in parse_value(v) if t == "date"]
        except ValueError:
            pass
    same = [d.year for d in dates if (d.month, d.day) == (month, day)]
    if same:
        return same[0]
    years = {d.year for d in dates}
    if len(years) == 1:
        return years.pop()
    return None


def weekday_mentions(case, lang):
    text = case[lang]
    out = []
    if lang == "zh":
        for m in ZH_DATE_WD.finditer(text):
            y = m.group(1)
            year = (int(y) + 1911 if int(y) < 1000 else int(y)) if y else None
            mo, d = int(m.group(2)), int(m.group(3))
            wd = ZH_WD[m.group(4) or m.group(5)]
            out.append((m.start(), m.end(), year, mo, d, wd))
        ntok = len(ZH_WD_TOKEN.findall(text))
    else:
        for m in EN_DATE_WD.finditer(text):
            wd = EN_WD[m.group(1)[:3].lower()]
            if m.group(2):
                d, mo, y = int(m.group(2)), month_num(m.group(3)), m.group(4)
            else:
                mo, d, y = month_num(m.group(5)), int(m.group(6)), m.group(7)
            out.append((m.start(), m.end(), int(y) if y else None, mo, d, wd))
        for m in EN_DATE_WD2.finditer(text):
            wd = EN_WD[m.group(7)[:3].lower()]
            if m.group(1):
                d, mo, y = int(m.group(1)), month_num(m.group(2)), m.group(3)
            else:
                mo, d, y = month_num(m.group(4)), int(m.group(5)), m.group(6)
            out.append((m.start(), m.end(), int(y) if y else None, mo, d, wd))
        ntok = len(EN_WD_TOKEN.findall(text))
    if ntok != len(out):
        bad(case["id"], f"{lang}: {ntok} weekday tokens but {len(out)} parsed date+weekday mentions")
    res = []
    for s, e, year, mo, d, wd in out:
        if year is None:
            year = infer_year(case, mo, d)
        if year is None:
            bad(case["id"], f"{lang}: cannot infer year for {mo}/{d}")
            continue
        ok = dt.date(year, mo, d).weekday() == wd
        res.append((s, e, text[s:e], ok))
    return res


# ---------------------------------------------------------------- main
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def word_count(s):
    return len(s.split())


def check_case(c, expected_id, stats):
    cid = c.get("id", expected_id)
    if set(c) != FIELDS:
        bad(cid, f"fields {sorted(c)}")
        return
    if c["id"] != expected_id:
        bad(cid, f"expected id {expected_id}")
    if c["kind"] not in DOC_KINDS:
        bad(cid, f"document kind {c['kind']}")
    facts = c["facts"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        bad(cid, "facts must be a mapping of 4-8 entries")
        return
    for k, v in facts.items():
        try:
            parse_value(v)
        except Exception as e:  # noqa: BLE001
            bad(cid, f"fact {k}: {e}")
            return
    for lang in ("zh", "en"):
        if not isinstance(c[lang], str):
            bad(cid, f"{lang} not a string")
            return
    hc, wc = han_count(c["zh"]), word_count(c["en"])
    stats["han"].append(hc)
    stats["words"].append(wc)
    if not 110 <= hc <= 160:
        bad(cid, f"zh has {hc} Han characters")
    if not 65 <= wc <= 120:
        bad(cid, f"en has {wc} words")
    errors = c["errors"]
    if not isinstance(errors, list):
        bad(cid, "errors must be a list")
        return

    # ---- seeded errors
    skip_presence = set()  # (lang, label) not expected to be present
    weekday_spans = {"zh": [], "en": []}
    for e in errors:
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
        if set(e) != need:
            bad(cid, f"error fields {sorted(e)}")
            continue
        kind, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
        other = "en" if lang == "zh" else "zh"
        if kind not in ERR_KINDS or lang not in ("zh", "en"):
            bad(cid, f"bad error kind/lang {kind}/{lang}")
            continue
        stats["errors"][(kind, lang)] += 1
        if kind in ("weekday", "term"):
            if fact is not None:
                bad(cid, f"{kind} error must have fact: null")
        elif fact not in facts:
            bad(cid, f"error fact {fact!r} not in facts")
            continue
        if kind == "missing":
            if found is not None:
                bad(cid, "missing error must have found: null")
        elif not isinstance(found, str) or found not in c[lang]:
            bad(cid, f"found {found!r} not in {lang}")
            continue
        if found is not None and c[lang].count(found) != 1:
            bad(cid, f"found {found!r} occurs {c[lang].count(found)} times in {lang} (must be unique)")
        if kind == "weekday":
            i = c[lang].find(found)
            weekday_spans[lang].append((i, i + len(found)))
            continue
        if kind == "term":
            zt, et = e["zh_term"], e["en_term"]
            right = {"zh": zt, "en": et}
            if right[other].lower() not in c[other].lower():
                bad(cid, f"term: correct {other} term {right[other]!r} absent from {other}")
            if right[lang].lower() in c[lang].lower():
                bad(cid, f"term: correct {lang} term {right[lang]!r} present in faulty {lang}")
            if found.lower() == right[lang].lower():
                bad(cid, "term: found equals the correct term")
            continue
        # value errors and missing facts: correct value absent in the faulty language
        skip_presence.add((lang, fact))
        trace = fact_any_trace(c[lang], facts[fact], lang)
        wit = WITNESS.get((cid, lang, fact))
        if trace or (wit and wit in c[lang]):
            bad(cid, f"{kind} error: correct value of {fact!r} still appears in {lang}: {trace or wit!r}")
        if kind == "missing":
            if not (fact_found(c[other], facts[fact], other) or
                    (WITNESS.get((cid, other, fact)) or "\0") in c[other]):
                bad(cid, f"missing fact {fact!r} not present in {other}")

    # ---- weekdays
    for lang in ("zh", "en"):
        for s, e_, txt, ok in weekday_mentions(c, lang):
            seeded = any(a <= s and e_ <= b for a, b in weekday_spans[lang])
            stats["weekday_mentions"] += 1
            if seeded and ok:
                bad(cid, f"{lang}: seeded weekday error {txt!r} is actually correct")
            if not seeded and not ok:
                bad(cid, f"{lang}: wrong weekday in {txt!r}")
        for a, b in weekday_spans[lang]:
            if not any(a <= s and e_ <= b for s, e_, _, _ in weekday_mentions(c, lang)):
                bad(cid, f"{lang}: seeded weekday error span has no date+weekday mention")

    # ---- presence of all other facts in both languages
    for label, value in facts.items():
        for lang in ("zh", "en"):
            if (lang, label) in skip_presence:
                continue
            w = WITNESS.get((cid, lang, label))
            if w is not None:
                if w not in c[lang]:
                    bad(cid, f"witness {w!r} for {label!r} not in {lang}")
                stats["witness"] += 1
                continue
            if not fact_found(c[lang], value, lang):
                bad(cid, f"fact {label!r} = {value!r} not found in {lang}")
            else:
                stats["auto"] += 1


def main():
    stats = {"han": [], "words": [], "errors": Counter(), "weekday_mentions": 0,
             "witness": 0, "auto": 0}
    cases = []
    for i in range(1, 5):
        data = yaml.safe_load((HERE / f"pairs_{i}.yaml").read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            bad(f"pairs_{i}.yaml", "must be a list of 10 mappings")
            continue
        for j, c in enumerate(data):
            eid = f"r-{(i - 1) * 10 + j + 1:03d}"
            check_case(c, eid, stats)
            cases.append(c)
    n_clean = sum(1 for c in cases if c.get("errors") == [])
    n_err = len(cases) - n_clean
    errs = stats["errors"]
    by_kind = Counter()
    by_lang = Counter()
    for (k, l), n in errs.items():
        by_kind[k] += n
        by_lang[l] += n
    print(f"cases: {len(cases)}  clean: {n_clean}  with seeded errors: {n_err}")
    print(f"seeded errors: {sum(errs.values())}  by language: {dict(sorted(by_lang.items()))}")
    print("by kind:", dict(sorted(by_kind.items())))
    print("by kind and language:", {f"{k}/{l}": n for (k, l), n in sorted(errs.items())})
    print("document kinds:", dict(sorted(Counter(c['kind'] for c in cases).items())))
    print("facts:", sum(len(c['facts']) for c in cases),
          " per case min/max:", min(len(c['facts']) for c in cases), max(len(c['facts']) for c in cases))
    print(f"zh Han chars min/max: {min(stats['han'])}/{max(stats['han'])}; "
          f"en words min/max: {min(stats['words'])}/{max(stats['words'])}")
    print(f"date+weekday mentions checked: {stats['weekday_mentions']}")
    print(f"fact renderings found automatically: {stats['auto']}, by hand-checked witness: {stats['witness']}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: no problems")


if __name__ == "__main__":
    main()
