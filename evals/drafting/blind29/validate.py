#!/usr/bin/env python3
"""Validate the blind29 pair files (pairs_1.yaml .. pairs_4.yaml).

Checks
  * structure: 4 files x 10 cases, ids r-001..r-040 in order, field names and types,
    4-8 facts, zh 110-160 Han characters, en 65-120 words, error fields;
  * every date + weekday mention in both languages: the weekday is the one Python's
    datetime gives for that date, except the seeded `weekday` errors (which must fail);
  * every `found` string occurs in its language; for value errors the brief's value is
    absent from the faulty language in every rendering the script knows (digits,
    Chinese numerals, English number words, date formats, 12/24-hour times, names in
    either order, links with or without scheme, plus the hand-listed ALIASES below);
  * `missing` facts: absent from the faulty language, present in the other one;
  * `term` errors: the faulty language lacks its own correct term, the other
    language uses its correct term;
  * presence: every other fact is found in both languages (automatic renderings plus
    ALIASES, which list the free renderings a writer used, e.g. "one in five" for 20%);
  * counts, printed as a Markdown block; with --check-readme the block must appear
    verbatim in README.md.

Usage: python3 validate.py [--check-readme]
Exit status 0 when everything passes.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]

# Free renderings that the automatic form generator does not produce.
# (case id, fact label, lang) -> list of substrings; at least one must occur.
ALIASES = {
    ("r-002", "簡介會時間", "zh"): ["中午12時半至下午1時15分"],
    ("r-002", "簡介會時間", "en"): ["12.30 to 1.15pm"],
    ("r-002", "整體調薪預算", "en"): ["3.5\nper cent", "3.5 per cent"],
    ("r-007", "外部认证考试公司承担比例", "en"): ["three quarters"],
    ("r-007", "经理审批时限", "en"): ["five business days"],
    ("r-009", "現職等級最低年資", "zh"): ["滿一年"],
    ("r-010", "申请内部转岗的最短任职期", "en"): ["A year and a half"],
    ("r-011", "校准会时间", "zh"): ["上午9:30至12:00"],
    ("r-011", "校准会时间", "en"): ["9.30am to midday"],
    ("r-011", "“卓越”评级比例上限", "en"): ["one in five"],
    ("r-013", "進度檢視頻率", "zh"): ["每兩週"],
    ("r-013", "進度檢視頻率", "en"): ["every\nother week", "every other week"],
    ("r-016", "核心工作时间", "zh"): ["上午10点至下午4点"],
    ("r-016", "核心工作时间", "en"): ["10am to 4pm"],
    ("r-016", "申请提前期", "zh"): ["两个星期"],
    ("r-018", "经理培训时间", "zh"): ["上午十点至十一点"],
    ("r-018", "经理培训时间", "en"): ["from 10 to 11 a.m."],
    ("r-019", "校準會議時間", "zh"): ["下午2時至5時30分"],
    ("r-019", "校準會議時間", "en"): ["2pm to 5.30pm"],
    ("r-020", "周末加班调休折算", "zh"): ["1.5倍"],
    ("r-023", "现职级最短任职期", "zh"): ["满两年"],
    ("r-023", "提名期", "en"): ["between 1 and\n15 March 2028", "between 1 and 15 March 2028"],
    ("r-025", "產假期間薪金", "zh"): ["全薪"],
    ("r-025", "產假期間薪金", "en"): ["full pay"],
    ("r-029", "一次性搬迁补贴", "en"): ["₹1,50,000"],
    ("r-029", "临时住宿", "zh"): ["三周"],
    ("r-031", "颁奖典礼时间", "en"): ["from 4 to\n6 p.m.", "from 4 to 6 p.m."],
    ("r-032", "評審會議時間", "zh"): ["上午9:30至12:30"],
    ("r-032", "評審會議時間", "en"): ["9:30 a.m. to 12:30 p.m."],
    ("r-035", "标准外派任期", "zh"): ["两年"],
    ("r-036", "说明会时间", "zh"): ["中午12点"],
    ("r-036", "说明会时间", "en"): ["at noon"],
    ("r-037", "課程長度", "zh"): ["一個半小時"],
    ("r-040", "海外遙距工作上限（每年）", "zh"): ["二十個工作天"],
    ("r-040", "每星期最少回辦公室日數", "en"): ["three days a week"],
    ("r-010", "交接期上限", "zh"): ["四周"],
    ("r-027", "提前预订期", "zh"): ["提前一周"],
    ("r-028", "年度學習時數下限", "en"): ["20 learning hours"],
    ("r-031", "满10周年额外带薪假", "en"): ["three extra days"],
    ("r-033", "心理健康日（每年）", "en"): ["two mental health days"],
}

# Extra renderings whose absence is required in the faulty language of a value error
# (on top of the automatic ones).
ABSENT_EXTRA = {
    ("r-005", "转正后通知期"): ["two months", "2 months"],
    ("r-015", "花红资格最短服务期"): ["三個月", "3 個月", "季度"],
    ("r-021", "绩效调薪预算"): ["four per cent", "four percent"],
    ("r-034", "高级岗位推荐奖金"): ["一万五", "一萬五", "1.5万", "1.5萬", "15千"],
    ("r-036", "工资扣款比例上限"): ["百分之八", "8 %"],
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ZH = "一二三四五六日"
EN_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}

problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s)


# ---------------------------------------------------------------- number forms
def zh_numeral(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    if n < 10000:
        out, units, zero = "", [(1000, "千"), (100, "百"), (10, "十"), (1, "")], False
        for u, name in units:
            d = n // u % 10
            if d:
                if zero:
                    out += "零"
                out += digits[d] + name
                zero = False
            elif out:
                zero = True
        return out.rstrip("零")
    hi, lo = divmod(n, 10000)
    s = zh_numeral(hi) + "万"
    if lo:
        s += ("零" if lo < 1000 else "") + zh_numeral(lo)
    return s


def en_word(n):
    if n <= 20:
        return EN_WORDS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t * 10] + ("-" + EN_WORDS[u] if u else "")
    return None


def number_forms(n):
    """Renderings of a number (int or float)."""
    forms = set()
    if isinstance(n, float) and not n.is_integer():
        forms.add(f"{n:g}")
        return forms
    n = int(n)
    forms.add(str(n))
    forms.add(f"{n:,}")
    if n >= 100000:  # Indian grouping
        s = str(n)
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        groups.insert(0, head)
        forms.add(",".join(groups) + "," + tail)
        forms.add(f"{n / 100000:g} lakh")
    z = zh_numeral(n)
    forms |= {z, z.replace("万", "萬")}
    if z.startswith("二"):
        forms |= {"两" + z[1:], "兩" + z[1:]}
    if z.startswith("一十"):
        forms.add(z[1:])
    if n >= 10000 and n % 1000 == 0:
        forms |= {f"{n / 10000:g}万", f"{n / 10000:g}萬"}
        hi, lo = divmod(n, 10000)
        if lo and lo % 1000 == 0:
            forms |= {zh_numeral(hi) + "万" + zh_numeral(lo // 1000),
                      zh_numeral(hi) + "萬" + zh_numeral(lo // 1000)}
    if 1000 <= n < 10000 and n % 1000 == 0:
        forms.add(f"{n // 1000}千")
    w = en_word(n)
    if w:
        forms |= {w, w.capitalize()}
    return forms


def num_regex(form):
    """Regex for a number form with digit/word boundaries."""
    esc = re.escape(form)
    if re.match(r"[\d]", form):
        return r"(?<![\d.,])" + esc + r"(?![\d]|[.,]\d)"
    if re.match(r"[A-Za-z]", form):
        return r"(?<![A-Za-z-])" + esc + r"(?![A-Za-z])"
    return r"(?<![一二三四五六七八九十两兩百千万萬零])" + esc + r"(?![一二三四五六七八九十百千万萬零])"


def has_number(text, n):
    return any(re.search(num_regex(f), text) for f in number_forms(n))


UNIT_FORMS = {
    "day": ["天", "日", "個工作天", "个工作日", "個工作日", " days", " day", "-day", " working days",
            " business days", " days'"],
    "working day": ["个工作日", "個工作日", "個工作天", "天", " working days", " working days'",
                    " business days", " working day"],
    "week": ["周", "週", "个星期", "個星期", "星期", " weeks", " week", "-week"],
    "month": ["个月", "個月", " months", " month", "-month", " months'"],
    "hour": ["小时", "小時", " hours", " hour", "-hour"],
    "minute": ["分钟", "分鐘", " minutes", "-minute"],
    "year": ["年", " years", " year"],
}


def parse_quantity(v):
    """'10 working days' -> (10, 'working day'); 'RMB 8,000' -> (8000, None)."""
    s = str(v)
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)", s)
    if not m:
        return None, None
    num = float(m.group(1).replace(",", ""))
    num = int(num) if num.is_integer() else num
    rest = s[m.end():].strip().lower()
    unit = None
    for u in ["working day", "day", "week", "month", "hour", "minute", "year"]:
        if rest.startswith(u):
            unit = u
            break
    return num, unit


def quantity_forms(n, unit):
    """Number + unit renderings (for absence checks of durations)."""
    out = set()
    for f in number_forms(n):
        for u in UNIT_FORMS.get(unit, [""]):
            out.add(f + u)
    return out


# ---------------------------------------------------------------- date forms
def date_forms(d, lang):
    y, m, day = d.year, d.month, d.day
    f = set()
    if lang == "zh":
        f |= {f"{m}月{day}日", f"{m}月{day}號", f"{m}月{day}号", d.isoformat(),
              f"{y}/{m}/{day}", f"{day}/{m}/{y}"}
        f.add(zh_numeral(m) + "月" + zh_numeral(day) + "日")
    else:
        mon, ab = MONTHS[m - 1], MONTHS[m - 1][:3]
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        for M in (mon, ab, ab + "."):
            for D in (str(day), f"{day}{suf}"):
                f |= {f"{M} {D}", f"{D} {M}", f"{D} of {M}"}
        f |= {d.isoformat(), f"{day}/{m}/{y}", f"{m}/{day}/{y}", f"{day:02d}/{m:02d}/{y}",
              f"{m:02d}/{day:02d}/{y}", f"{day}/{m}", f"{m}/{day}"}
    return f


def date_regex(form):
    return r"(?<![\d])" + re.escape(form) + r"(?![\d])"


def has_date(text, d, lang):
    t = norm(text)
    return any(re.search(date_regex(f), t) for f in date_forms(d, lang))


# ---------------------------------------------------------------- time forms
def time_hits(text, hhmm, lang):
    h, m = map(int, hhmm.split(":"))
    t = norm(text)
    h12 = h % 12 or 12
    pats = []
    if lang == "zh":
        hs = {str(h), f"{h:02d}", str(h12), zh_numeral(h12), zh_numeral(h)}
        if h12 == 2:
            hs |= {"两", "兩"}
        mins = [r"[:：]" + f"{m:02d}"] if m else [r"[:：]00", ""]
        if m:
            mins += [f"[点點时時]{m}分", f"[点點时時]{zh_numeral(m)}分"] + (["[点點时時]半"] if m == 30 else [])
        else:
            mins += ["[点點时時]", "[点點时時]正", "[点點时時]整"]
        for hh in hs:
            for mm in mins:
                pats.append(r"(?<![\d一二三四五六七八九十])" + re.escape(hh) + mm)
    else:
        hs = {str(h), f"{h:02d}", str(h12)}
        for hh in hs:
            if m:
                pats.append(r"(?<![\d.:])" + re.escape(hh) + r"[:.]" + f"{m:02d}" + r"(?!\d)")
            else:
                pats.append(r"(?<![\d.:])" + re.escape(hh) + r"(?:[:.]00)?\s?(?:a\.m\.|p\.m\.|am|pm|AM|PM)")
                pats.append(r"(?<![\d.:])" + re.escape(hh) + r":00(?!\d)")
        if h == 12 and m == 0:
            pats += [r"\bnoon\b", r"\bmidday\b"]
    return any(re.search(p, t) for p in pats)


# ---------------------------------------------------------------- names, links
def name_forms_en(en):
    parts = re.split(r"\s+", en.strip())
    sur, given = parts[0], " ".join(parts[1:])
    g_variants = {given, given.replace("-", ""), given.replace("-", " "), given.title(),
                  "-".join(p.capitalize() for p in given.split("-"))}
    forms = set()
    for g in g_variants:
        forms |= {f"{sur} {g}", f"{g} {sur}"}
    return forms, g_variants


def has_name(text, name, lang):
    if lang == "zh":
        return name["zh"] in text
    forms, _ = name_forms_en(name["en"])
    t = norm(text).lower()
    return any(f.lower() in t for f in forms)


def link_core(v):
    return re.sub(r"^https?://", "", str(v)).rstrip("/").lower()


# ---------------------------------------------------------------- fact presence
def fact_type(v):
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, dict):
        return "name"
    if isinstance(v, (int, float)):
        return "number"
    s = str(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", s):
        return "daterange"
    if re.fullmatch(r"\d{2}:\d{2}", s):
        return "time"
    if re.fullmatch(r"\d{2}:\d{2}-\d{2}:\d{2}", s):
        return "timerange"
    if s.startswith("http") or "@" in s:
        return "link"
    if re.fullmatch(r"[\d.]+%", s):
        return "percent"
    if re.fullmatch(r"[\d.]+%?-[\d.]+%?", s):
        return "range"
    return "quantity"


def percent_present(text, p):
    t = norm(text)
    ps = f"{p:g}"
    pats = [r"(?<![\d.])" + re.escape(ps) + r"\s?(?:%|per ?cent)"]
    for f in number_forms(float(p) if not float(p).is_integer() else int(p)):
        if re.match(r"[一二三四五六七八九十两兩百]", f):
            pats.append("百分之" + re.escape(f) + r"(?![一二三四五六七八九十])")
        if re.match(r"[a-z]", f, re.I):
            pats.append(r"(?<![A-Za-z-])" + re.escape(f) + r" ?(?:percent|per cent)")
    return any(re.search(p_, t, re.I) for p_ in pats)


def present(case, label, v, lang):
    text = case[lang]
    for a in ALIASES.get((case["id"], label, lang), []):
        if a in text or a in norm(text):
            return True
    ft = fact_type(v)
    if ft == "date":
        return has_date(text, v, lang)
    if ft == "daterange":
        a, b = (dt.date.fromisoformat(x) for x in str(v).split(" to "))
        return has_date(text, a, lang) and has_date(text, b, lang)
    if ft == "time":
        return time_hits(text, v, lang)
    if ft == "timerange":
        a, b = v.split("-")
        return time_hits(text, a, lang) and time_hits(text, b, lang)
    if ft == "name":
        return has_name(text, v, lang)
    if ft == "link":
        return link_core(v) in text.lower()
    if ft == "percent":
        return percent_present(text, float(v[:-1]))
    if ft == "range":
        a, b = (x.rstrip("%") for x in v.split("-"))
        def num(x):
            x = float(x)
            return int(x) if x.is_integer() else x
        return has_number(norm(text), num(a)) and has_number(norm(text), num(b))
    if ft == "number":
        return has_number(norm(text), v)
    n, unit = parse_quantity(v)
    if n is None:
        return False
    t = norm(text)
    if unit:
        return any(f in t for f in quantity_forms(n, unit))
    return has_number(t, n)


def absent_everywhere(case, label, v, lang):
    """True if no rendering of the brief value occurs in `lang` (for value errors)."""
    text = norm(case[lang])
    extra = ABSENT_EXTRA.get((case["id"], label), [])
    if any(x in text for x in extra):
        return False
    ft = fact_type(v)
    if ft in ("percent",):
        return not percent_present(text, float(v[:-1]))
    if ft == "name":
        if v["zh"] in text:
            return False
        forms, given = name_forms_en(v["en"])
        low = text.lower()
        return not any(f.lower() in low for f in forms | given)
    if ft == "link":
        return link_core(v) not in text.lower()
    if ft == "quantity":
        n, unit = parse_quantity(v)
        if unit:
            return not any(f in text for f in quantity_forms(n, unit))
        return not has_number(text, n)
    if ft == "number":
        return not has_number(text, v)
    return not present(case, label, v, lang)


# ---------------------------------------------------------------- weekday scan
ZH_DATE = re.compile(r"(?:(\d{4}|1\d\d)年)?(\d{1,2})月(\d{1,2})[日号號]")
ZH_WD = re.compile(r"[（(](?:星期|周|週|禮拜|礼拜)?([一二三四五六日天])[）)]|(?:星期|週|周|禮拜|礼拜)([一二三四五六日天])")
EN_MON = "|".join(m for M in MONTHS for m in (M, M[:3] + r"\.?"))
EN_WD = re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b\.?")
EN_DATE_AFTER = re.compile(
    r"^[,\s]*(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + EN_MON + r")|(" + EN_MON + r")\s+(\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(\d{4}))?")
ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
        "sat": 5, "sun": 6}


def month_no(s):
    s = s.rstrip(".")[:3].lower()
    return [M[:3].lower() for M in MONTHS].index(s) + 1


def fact_dates(case):
    out = []
    for v in case["facts"].values():
        if isinstance(v, dt.date):
            out.append(v)
        elif fact_type(v) == "daterange":
            out += [dt.date.fromisoformat(x) for x in str(v).split(" to ")]
    return out


def resolve_year(case, m, d, y):
    if y:
        y = int(y)
        return y + 1911 if y < 1000 else y
    years = {x.year for x in fact_dates(case) if (x.month, x.day) == (m, d)}
    if len(years) == 1:
        return years.pop()
    years = {x.year for x in fact_dates(case) if x.month == m}
    if len(years) == 1:
        return years.pop()
    years = {x.year for x in fact_dates(case)}
    if len(years) == 1:
        return years.pop()
    return None


def weekday_mentions(case, lang):
    """Yield (span_text, date, written_weekday_index, true_weekday_index)."""
    text = norm(case[lang])
    out = []
    if lang == "zh":
        dates = [(m.start(), m.end(), m) for m in ZH_DATE.finditer(text)]
        for w in ZH_WD.finditer(text):
            ch = w.group(1) or w.group(2)
            wi = 6 if ch in "日天" else WD_ZH.index(ch)
            cands = [x for x in dates if 0 <= w.start() - x[1] <= 1]
            if not cands:
                continue
            s, e, m = cands[-1]
            mo, da = int(m.group(2)), int(m.group(3))
            y = resolve_year(case, mo, da, m.group(1))
            if y is None:
                fail(case["id"], f"zh: cannot resolve year for {m.group(0)}")
                continue
            d = dt.date(y, mo, da)
            out.append((text[s:w.end()], d, wi, d.weekday()))
    else:
        for w in EN_WD.finditer(text):
            wi = ABBR[w.group(1).lower()]
            m = EN_DATE_AFTER.match(text[w.end():])
            if not m:
                continue
            if m.group(1):
                da, mo = int(m.group(1)), month_no(m.group(2))
            else:
                mo, da = month_no(m.group(3)), int(m.group(4))
            y = resolve_year(case, mo, da, m.group(5))
            if y is None:
                fail(case["id"], f"en: cannot resolve year for {m.group(0)}")
                continue
            d = dt.date(y, mo, da)
            out.append((text[w.start():w.end() + m.end()], d, wi, d.weekday()))
    return out


# ---------------------------------------------------------------- main
def main():
    cases = []
    for i, fn in enumerate(FILES):
        data = yaml.safe_load(open(os.path.join(HERE, fn), encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must be a list of 10 mappings")
            continue
        for j, c in enumerate(data):
            want = f"r-{i * 10 + j + 1:03d}"
            if c.get("id") != want:
                fail(fn, f"id {c.get('id')!r}, expected {want}")
            cases.append(c)

    weekday_checked = 0
    lang_counts = Counter()
    for c in cases:
        cid = c.get("id")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            fail(cid, f"fields {sorted(c)}")
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, f"kind {c['kind']}")
        if not (4 <= len(c["facts"]) <= 8):
            fail(cid, f"{len(c['facts'])} facts")
        for k, v in c["facts"].items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                fail(cid, f"name fact {k} must have zh and en")
            if isinstance(v, dt.date) and not (2026 <= v.year <= 2028):
                fail(cid, f"date {v} outside 2026-2028")
            if fact_type(v) == "daterange":
                for x in str(v).split(" to "):
                    if not (2026 <= int(x[:4]) <= 2028):
                        fail(cid, f"date {x} outside 2026-2028")
        han = len(re.findall(r"[\u4e00-\u9fff〇]", c["zh"]))
        words = len(c["en"].split())
        if not 110 <= han <= 160:
            fail(cid, f"zh has {han} Han characters")
        if not 65 <= words <= 120:
            fail(cid, f"en has {words} words")
        errs = c["errors"] or []
        if not isinstance(c["errors"], list):
            fail(cid, "errors must be a list")

        # weekday scan
        seeded_wd = [e for e in errs if e["kind"] == "weekday"]
        for lang in ("zh", "en"):
            for span, d, wi, true in weekday_mentions(c, lang):
                weekday_checked += 1
                if wi == true:
                    continue
                ok = any(e["lang"] == lang and norm(e["found"]) in span or span in norm(e["found"])
                         for e in seeded_wd)
                if not ok:
                    fail(cid, f"{lang}: weekday mismatch in {span!r}: {d} is {WD_EN[true]}")
        for e in seeded_wd:
            spans = [s for s, d, wi, t in weekday_mentions(c, e["lang"]) if wi != t
                     and (norm(e["found"]) in s or s in norm(e["found"]))]
            if not spans:
                fail(cid, f"seeded weekday error {e['found']!r} is not a wrong weekday")

        # errors
        err_facts = set()
        for e in errs:
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != need:
                fail(cid, f"error fields {sorted(e)}")
                continue
            if e["kind"] not in ERR_KINDS or e["lang"] not in ("zh", "en"):
                fail(cid, f"error kind/lang {e['kind']}/{e['lang']}")
                continue
            lang, other = e["lang"], ("en" if e["lang"] == "zh" else "zh")
            lang_counts[lang] += 1
            text = c[lang]
            if e["kind"] in ("weekday", "term"):
                if e["fact"] is not None:
                    fail(cid, f"{e['kind']} error must have fact null")
            else:
                if e["fact"] not in c["facts"]:
                    fail(cid, f"error fact {e['fact']!r} not in facts")
                    continue
                err_facts.add((e["fact"], lang))
            if e["kind"] == "missing":
                if e["found"] is not None:
                    fail(cid, "missing error must have found null")
                v = c["facts"][e["fact"]]
                if not absent_everywhere(c, e["fact"], v, lang):
                    fail(cid, f"missing fact {e['fact']} still present in {lang}")
                if not present(c, e["fact"], v, other):
                    fail(cid, f"missing fact {e['fact']} not present in {other}")
                continue
            if not e["found"] or e["found"] not in text and e["found"] not in norm(text):
                fail(cid, f"found {e['found']!r} not in {lang}")
            if e["kind"] == "term":
                mine, theirs = (e["zh_term"], e["en_term"]) if lang == "zh" else (e["en_term"], e["zh_term"])
                if mine.lower() in norm(text).lower():
                    fail(cid, f"correct term {mine!r} appears in {lang}")
                if theirs.lower() not in norm(c[other]).lower():
                    fail(cid, f"correct term {theirs!r} missing from {other}")
                if e["found"].lower() == mine.lower():
                    fail(cid, "term found equals the correct term")
                continue
            if e["kind"] == "weekday":
                continue
            v = c["facts"][e["fact"]]
            if not absent_everywhere(c, e["fact"], v, lang):
                fail(cid, f"{e['kind']} error: brief value of {e['fact']} still appears in {lang}")
            if not present(c, e["fact"], v, other):
                fail(cid, f"{e['kind']} error: brief value of {e['fact']} not found in {other}")
            ft = fact_type(v)
            expect = {"date": {"date", "daterange"}, "number": {"quantity", "number", "range"},
                      "percent": {"percent", "range"}, "name": {"name"}, "link": {"link"}}[e["kind"]]
            if ft not in expect:
                fail(cid, f"{e['kind']} error on a {ft} fact")

        # presence of all other facts
        for k, v in c["facts"].items():
            for lang in ("zh", "en"):
                if (k, lang) in err_facts:
                    continue
                if not present(c, k, v, lang):
                    fail(cid, f"fact {k} = {v!r} not found in {lang}")

    # counts
    clean = [c for c in cases if not c["errors"]]
    faulty = [c for c in cases if c["errors"]]
    all_errs = [e for c in cases for e in c["errors"]]
    by_kind = Counter(e["kind"] for e in all_errs)
    by_kl = Counter((e["kind"], e["lang"]) for e in all_errs)
    doc = Counter(c["kind"] for c in cases)
    lines = ["<!-- counts: generated by validate.py -->",
             f"- cases: {len(cases)} ({len(clean)} clean, {len(faulty)} with seeded errors; "
             f"{sum(1 for c in faulty if len(c['errors']) > 1)} of them with two errors)",
             f"- seeded errors: {len(all_errs)} (zh {lang_counts['zh']}, en {lang_counts['en']})",
             f"- facts: {sum(len(c['facts']) for c in cases)} "
             f"(min {min(len(c['facts']) for c in cases)}, max {max(len(c['facts']) for c in cases)} per case)",
             f"- date+weekday mentions checked: {weekday_checked}",
             "",
             "| error kind | zh | en | total |", "|---|---|---|---|"]
    for k in ERR_KINDS:
        lines.append(f"| {k} | {by_kl[(k, 'zh')]} | {by_kl[(k, 'en')]} | {by_kind[k]} |")
    lines += ["", "| document kind | cases |", "|---|---|"]
    for k in sorted(doc):
        lines.append(f"| {k} | {doc[k]} |")
    lines.append("<!-- /counts -->")
    block = "\n".join(lines)
    print(block)

    if "--check-readme" in sys.argv:
        readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
        if block not in readme:
            problems.append("README.md: counts block differs from the computed one")

    print()
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
