#!/usr/bin/env python3
"""Validate the blind25 evaluation set (pairs_1.yaml ... pairs_4.yaml).

Checks
  * structure: each file is a list of 10 mappings with exactly the fields
    id, kind, facts, zh, en, errors; ids r-001 ... r-040 in order; kinds valid;
    4-8 facts; zh 110-160 Han characters; en 65-120 words.
  * every date + weekday mention in both languages is correct (weekdays are
    computed with datetime), except the mentions covered by a seeded weekday
    error, which must be wrong.
  * every fact of the brief is present in both languages (auto-generated
    renderings plus a small table of hand-listed renderings, ALIASES), except
    the fact of a seeded error in its faulty language.
  * seeded errors: `found` occurs in its language; the correct value is absent
    there in every rendering the script knows; a missing fact is absent from
    one language and present in the other; a term error uses the correct pair
    on the other side and not on the faulty side.
  * counts (cases, clean/faulty, errors by kind and language, regions).

Usage: python3 validate.py [--write-readme]
"""
import datetime as dt
import glob
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [os.path.join(HERE, f"pairs_{i}.yaml") for i in range(1, 5)]
FIELDS = ["id", "kind", "facts", "zh", "en", "errors"]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]

# Renderings a careful reader accepts but the generic generator below does not
# produce. (case id, fact label) -> {lang: [substrings]}
ALIASES = {
    ("r-002", "平均調薪幅度"): {"zh": ["百分之三點五"]},
    ("r-007", "试用期"): {"en": ["six months"]},
    ("r-009", "现职级最短任职时间"): {"zh": ["满一年"], "en": ["at least one year"]},
    ("r-010", "最低出席率"): {"zh": ["八成"]},
    ("r-011", "核心协作时间"): {"zh": ["上午10点至下午4点"], "en": ["10am to 4pm"]},
    ("r-012", "校准会议时间"): {"zh": ["下午2点至5点"], "en": ["1400 to 1700 hrs"]},
    ("r-013", "產假"): {"zh": ["十四星期"], "en": ["98 days"]},
    ("r-013", "產假薪酬"): {"zh": ["五分之四"]},
    ("r-013", "申請提交期限"): {"zh": ["四星期"], "en": ["28 days"]},
    ("r-015", "進度面談頻率"): {"zh": ["每兩週"], "en": ["every two weeks"]},
    ("r-016", "现职最短任职时间"): {"zh": ["一年半"]},
    ("r-017", "工作日加班工资"): {"en": ["one and a half times"]},
    ("r-017", "休息日加班工资"): {"en": ["double your hourly rate"]},
    ("r-017", "法定节假日加班工资"): {"zh": ["三倍"], "en": ["three times"]},
    ("r-021", "超出全薪病假後薪酬"): {"zh": ["五分之四"], "en": ["four-fifths"]},
    ("r-021", "須提交醫生證明的連續病假"): {"zh": ["連續請病假兩天"], "en": ["two or more consecutive days"]},
    ("r-026", "适用条件"): {"zh": ["连续两个季度"], "en": ["two consecutive quarters"]},
    ("r-026", "面谈频率"): {"zh": ["至少每月"], "en": ["at least once a month"]},
    ("r-028", "公司额外假期"): {"zh": ["额外赠送的一天"], "en": ["one extra day"]},
    ("r-030", "课程时长"): {"zh": ["一个半小时"], "en": ["an hour and a half"]},
    ("r-030", "测验及格线"): {"zh": ["80分（满分100分）"]},
    ("r-032", "借調期"): {"en": ["for a year"]},
    ("r-032", "每年探親機票"): {"zh": ["兩次回港探親的來回"], "en": ["two economy return flights"]},
    ("r-033", "每年晋升评审次数"): {"zh": ["每年两次"], "en": ["Twice a year"]},
    ("r-036", "請假期限"): {"zh": ["百日內"]},
    ("r-036", "父母或配偶喪亡"): {"zh": ["喪假八日"]},
    ("r-036", "祖父母、子女或配偶之父母喪亡"): {"zh": ["喪假六日"]},
    ("r-036", "曾祖父母、兄弟姊妹或配偶之祖父母喪亡"): {"zh": ["喪假三日"]},
    ("r-038", "長期服務年資"): {"zh": ["十週年"]},
}

# Region of each case (zh variety / en variety), for the README counts.
REGIONS = {
    "r-001": ("zh-CN", "en-US"), "r-002": ("zh-HK", "en-GB"), "r-003": ("zh-TW", "en-US"),
    "r-004": ("zh-SG", "en-SG"), "r-005": ("zh-CN", "en-GB"), "r-006": ("zh-MY", "en-MY"),
    "r-007": ("zh-CN", "en-IN"), "r-008": ("zh-TW", "en-US"), "r-009": ("zh-CN", "en-US"),
    "r-010": ("zh-HK", "en-CA"), "r-011": ("zh-CN", "en-AU"), "r-012": ("zh-SG", "en-SG"),
    "r-013": ("zh-HK", "en-HK"), "r-014": ("zh-CN", "en-US"), "r-015": ("zh-TW", "en-US"),
    "r-016": ("zh-MY", "en-MY"), "r-017": ("zh-CN", "en-GB"), "r-018": ("zh-SG", "en-SG"),
    "r-019": ("zh-TW", "en-US"), "r-020": ("zh-CN", "en-IN"), "r-021": ("zh-HK", "en-GB"),
    "r-022": ("zh-CN", "en-US"), "r-023": ("zh-SG", "en-SG"), "r-024": ("zh-HK", "en-HK"),
    "r-025": ("zh-CN", "en-CA"), "r-026": ("zh-CN", "en-GB"), "r-027": ("zh-TW", "en-US"),
    "r-028": ("zh-MY", "en-MY"), "r-029": ("zh-SG", "en-SG"), "r-030": ("zh-CN", "en-US"),
    "r-031": ("zh-TW", "en-US"), "r-032": ("zh-HK", "en-AU"), "r-033": ("zh-CN", "en-SG"),
    "r-034": ("zh-MY", "en-MY"), "r-035": ("zh-HK", "en-AU"), "r-036": ("zh-TW", "en-CA"),
    "r-037": ("zh-CN", "en-AU"), "r-038": ("zh-HK", "en-US"), "r-039": ("zh-SG", "en-GB"),
    "r-040": ("zh-CN", "en-GB"),
}

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN_DIG = "零一二三四五六七八九"
EN_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
EN_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
           90: "ninety", 100: "a hundred"}


def cn_small(n):
    """0..9999 in Chinese numerals (mainland style, 十 not 一十 at the start)."""
    if n == 0:
        return "零"
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for u, ch in units:
        q = n // u
        n %= u
        if q:
            if zero and out:
                out += "零"
            out += CN_DIG[q] + ch
            zero = False
        else:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_num(n):
    """Chinese numerals up to 99,999,999 (both 万 and 萬)."""
    if n < 10000:
        return [cn_small(n)]
    hi, lo = divmod(n, 10000)
    res = []
    for wan in ("万", "萬"):
        s = cn_small(hi) + wan
        if lo:
            s += ("零" if lo < 1000 else "") + cn_small(lo)
        res.append(s)
    return res


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def en_word(n):
    if n <= 20:
        return EN_SMALL[n]
    return EN_TENS.get(n)


def number_forms(n, lang):
    """Renderings of a whole number; returns (plain substrings, regex patterns)."""
    forms = set()
    if lang == "en":
        forms |= {str(n), f"{n:,}"}
        w = en_word(n)
        if w:
            forms.add(w)
        if n >= 1000 and n % 1000 == 0:
            forms.add(f"{n // 1000}k")
        if n >= 100000:
            s = str(n)
            head, tail = s[:-3], s[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            forms.add(",".join(groups) + "," + tail)      # Indian grouping
            forms.add(f"{n / 100000:g} lakh")
    else:
        forms |= {str(n), f"{n:,}"}
        forms |= set(cn_num(n))
        if n == 2:
            forms |= {"两", "兩"}
        if n >= 10000 and n % 1000 == 0:
            forms |= {f"{n / 10000:g}万", f"{n / 10000:g}萬"}
        if n >= 1000 and n % 1000 == 0 and n < 10000:
            forms.add(f"{n // 1000}千")
    return forms


def has_number(text, n, lang):
    for f in number_forms(n, lang):
        if re.fullmatch(r"[\d,.]+", f):
            pat = r"(?<![\d,.])" + re.escape(f) + r"(?![\d]|,\d|\.\d)"
        elif re.fullmatch(r"[A-Za-z\d. ,]+", f):
            lead = r"(?<![\d,.])" if f[0].isdigit() else r"(?<![A-Za-z])"
            pat = lead + re.escape(f) + r"(?![\w])"
        else:
            pat = r"(?<![零一二三四五六七八九十百千万萬两兩])" + re.escape(f) + r"(?![零一二三四五六七八九十百千万萬])"
        if re.search(pat, text, re.I):
            return True
    return False


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MON_ABBR["Sept"] = 9
MON_RE = "|".join(sorted(MONTHS + list(MON_ABBR), key=len, reverse=True))
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ZH_WD = {c: i for i, c in enumerate("一二三四五六")} | {"日": 6, "天": 6}


def month_no(s):
    s = s.rstrip(".")
    if s in MONTHS:
        return MONTHS.index(s) + 1
    return MON_ABBR[s]


def ordinal(d):
    return f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date_forms(d, lang):
    m, dd, y = d.month, d.day, d.year
    if lang == "zh":
        return [f"{m}月{dd}日", f"{cn_small(m)}月{cn_small(dd)}日", f"{y}-{m:02d}-{dd:02d}",
                f"{m}/{dd}", f"{y}/{m}/{dd}"]
    out = [d.isoformat(), f"{dd:02d}/{m:02d}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}",
           f"{m}/{dd}/{y}"]
    for mname in (MONTHS[m - 1], MONTHS[m - 1][:3], MONTHS[m - 1][:3] + "."):
        for day in (str(dd), ordinal(dd)):
            out += [f"{mname} {day}", f"{day} {mname}", f"{day} of {mname}"]
    return out


def has_date(text, d, lang):
    for f in date_forms(d, lang):
        if re.search(r"(?<!\d)" + re.escape(f) + r"(?![\d])", text):
            return True
    return False


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for s in re.findall(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(s))
    return out


def infer_year(m, d, anchors):
    best = None
    years = {a.year + k for a in anchors for k in (-1, 0, 1)}
    for y in sorted(years):
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            continue
        dist = min(abs((cand - a).days) for a in anchors)
        if best is None or dist < best[0]:
            best = (dist, cand)
    return best[1] if best else None


def cn_to_int(s):
    if s.isdigit():
        return int(s)
    if all(c in "〇零一二三四五六七八九" for c in s) and len(s) == 4:
        return int("".join(str("〇一二三四五六七八九".index(c)) if c != "零" else "0" for c in s))
    total, cur = 0, 0
    for c in s:
        if c == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = CN_DIG.index(c) if c in CN_DIG else "〇一二三四五六七八九".index(c)
    return total + cur


ZH_DATE_BEFORE = [
    re.compile(r"(?:(\d{3,4})年)?(\d{1,2})月(\d{1,2})日\s*[（(]?$"),
    re.compile(r"(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日\s*[（(]?$"),
    re.compile(r"(?:(\d{4})/)?(\d{1,2})/(\d{1,2})\s*[（(]?$"),
]
EN_DATE_AFTER = [
    re.compile(r"^\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MON_RE + r")\.?(?:,?\s+(\d{4})(?!\d))?"),
    re.compile(r"^\.?,?\s+(" + MON_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,\s*(\d{4})(?!\d))?"),
    re.compile(r"^\.?,?\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"),
]
EN_DATE_BEFORE = [
    re.compile(r"(" + MON_RE + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\s*\($"),
    re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(" + MON_RE + r")\.?(?:\s+(\d{4}))?\s*\($"),
    re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\s*\($"),
]
EN_WD_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b")
ZH_WD_RE = re.compile(r"(?:星期|週|周|禮拜|礼拜)([一二三四五六日天])|[（(]([一二三四五六日])[）)]")


def mk_date(y, m, d, anchors):
    if y is None:
        return infer_year(m, d, anchors)
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday_mentions(text, lang, anchors):
    """Yield (start, end, date or None, stated weekday index)."""
    if lang == "zh":
        for mo in ZH_WD_RE.finditer(text):
            wd = ZH_WD[mo.group(1) or mo.group(2)]
            before = text[:mo.start()]
            date = None
            for i, rx in enumerate(ZH_DATE_BEFORE):
                dm = rx.search(before)
                if not dm:
                    continue
                y, m, d = dm.group(1), dm.group(2), dm.group(3)
                if i == 1:
                    y = cn_to_int(y) if y else None
                    m, d = cn_to_int(m), cn_to_int(d)
                else:
                    y = int(y) if y else None
                    m, d = int(m), int(d)
                if y is not None and y < 1000:
                    y += 1911          # ROC (Minguo) year, e.g. 116年 = 2027
                date = mk_date(y, m, d, anchors)
                break
            yield mo.start(), mo.end(), date, wd
    else:
        for mo in EN_WD_RE.finditer(text):
            wd = EN_WD[mo.group(1)[:3].lower()]
            after, before = text[mo.end():], text[:mo.start()]
            date = None
            for i, rx in enumerate(EN_DATE_AFTER):
                dm = rx.search(after)
                if not dm:
                    continue
                if i == 0:
                    d, m = int(dm.group(1)), month_no(dm.group(2))
                elif i == 1:
                    m, d = month_no(dm.group(1)), int(dm.group(2))
                else:
                    a, b = int(dm.group(1)), int(dm.group(2))
                    if a > 12:
                        d, m = a, b
                    elif b > 12:
                        m, d = a, b
                    else:
                        bad("?", f"ambiguous numeric date after weekday: {dm.group(0)!r}")
                        continue
                y = int(dm.group(3)) if dm.group(3) else None
                date = mk_date(y, m, d, anchors)
                break
            if date is None:
                for i, rx in enumerate(EN_DATE_BEFORE):
                    dm = rx.search(before)
                    if not dm:
                        continue
                    if i == 0:
                        m, d = month_no(dm.group(1)), int(dm.group(2))
                    elif i == 1:
                        d, m = int(dm.group(1)), month_no(dm.group(2))
                    else:
                        a, b = int(dm.group(1)), int(dm.group(2))
                        if a > 12:
                            d, m = a, b
                        elif b > 12:
                            m, d = a, b
                        else:
                            bad("?", f"ambiguous numeric date before weekday: {dm.group(0)!r}")
                            continue
                    y = int(dm.group(3)) if dm.group(3) else None
                    date = mk_date(y, m, d, anchors)
                    break
            yield mo.start(), mo.end(), date, wd


# ---------------------------------------------------------------- values
def percent_forms(p, lang):
    s = f"{p:g}"
    if lang == "zh":
        whole, _, frac = s.partition(".")
        cn = "百分之" + cn_small(int(whole)) + ("點" + "".join(CN_DIG[int(c)] for c in frac) if frac else "")
        return [s + "%", s + "％", cn, cn.replace("點", "点")]
    out = [s + "%", s + " per cent", s + " percent", s + "-per-cent"]
    w = en_word(int(p)) if p == int(p) else None
    if w:
        out += [w + " per cent", w + " percent"]
    return out


def time_forms(t, lang):
    h, m = map(int, t.split(":"))
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}{m:02d}"]
    if lang == "en":
        for suf in ("a.m.", "p.m.", "am", "pm", "AM", "PM"):
            if (suf.lower().startswith("a")) != (h < 12):
                continue
            out += [f"{h12}:{m:02d} {suf}", f"{h12}:{m:02d}{suf}", f"{h12}.{m:02d}{suf}",
                    f"{h12}.{m:02d} {suf}"]
            if m == 0:
                out += [f"{h12}{suf}", f"{h12} {suf}"]
        out.append(f"{h12}:{m:02d}")
    else:
        for unit in ("点", "點", "時", "时"):
            if m == 0:
                out.append(f"{h12}{unit}")
            elif m == 30:
                out.append(f"{h12}{unit}半")
            else:
                out.append(f"{h12}{unit}{m}分")
    return out


def contains_any(text, forms, boundary=True):
    for f in forms:
        if boundary and re.match(r"[\dA-Za-z]", f):
            pat = r"(?<![\d])" + re.escape(f) + r"(?![\d])"
            if re.search(pat, text, re.I):
                return f
        elif f.lower() in text.lower():
            return f
    return None


def name_forms(en):
    toks = en.replace("-", " ").split()
    sur, given = toks[0], toks[1:]
    gvars = {" ".join(given), "-".join(given), "".join(given),
             "-".join(given).capitalize(), "".join(given).capitalize()}
    out = set()
    for g in gvars:
        out |= {f"{sur} {g}", f"{g} {sur}", f"{sur.upper()} {g}"}
    out.add(en)
    return out


def value_present(cid, label, value, text, lang, anchors):
    """Return the rendering found in text, or None."""
    al = ALIASES.get((cid, label), {}).get(lang, [])
    hit = contains_any(text, al, boundary=False)
    if hit:
        return hit
    if isinstance(value, dict):                      # name
        if lang == "zh":
            return value["zh"] if value["zh"] in text else None
        return contains_any(text, name_forms(value["en"]), boundary=False)
    if isinstance(value, dt.date):
        return value.isoformat() if has_date(text, value, lang) else None
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return str(value) if re.search(r"(?<![\d.])" + re.escape(f"{value:g}") + r"(?![\d])", text) else None
    if isinstance(value, int):
        return str(value) if has_number(text, value, lang) else None
    v = str(value)
    if re.match(r"^(https?://|[\w.+-]+@)", v):     # link / e-mail
        return v if v.lower() in text.lower() else None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", v)
    if m:
        a, b = (dt.date.fromisoformat(x) for x in m.groups())
        if not has_date(text, a, lang):
            return None
        if has_date(text, b, lang) or re.search(r"[–\-~至到]\s*" + str(b.day) + r"(?!\d)", text):
            return v
        return None
    m = re.fullmatch(r"(\d{2}:\d{2})-(\d{2}:\d{2})", v)
    if m:
        ok = all(contains_any(text, time_forms(t, lang)) for t in m.groups())
        return v if ok else None
    if re.fullmatch(r"\d{2}:\d{2}", v):
        return contains_any(text, time_forms(v, lang))
    pcts = re.findall(r"(\d+(?:\.\d+)?)%", v)
    if pcts:
        ok = all(contains_any(text, percent_forms(float(p), lang)) for p in pcts)
        return v if ok else None
    nums = re.findall(r"\d[\d,]*(?:\.\d+)?", v)
    if nums:
        ok = True
        for n in nums:
            n = n.replace(",", "")
            if "." in n:
                ok &= n in text
            else:
                ok &= has_number(text, int(n), lang)
        return v if ok else None
    return v if v in text else None


# ---------------------------------------------------------------- main
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff〇]", s))


def main():
    cases = []
    for i, path in enumerate(FILES, 1):
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            bad(os.path.basename(path), "must be a list of 10 mappings")
            continue
        cases += data
    for n, c in enumerate(cases, 1):
        cid = f"r-{n:03d}"
        if not isinstance(c, dict) or list(c.keys()) != FIELDS:
            bad(cid, f"fields must be {FIELDS}, got {list(c.keys()) if isinstance(c, dict) else c}")
            continue
        if c["id"] != cid:
            bad(cid, f"id is {c['id']}")
        if c["kind"] not in KINDS:
            bad(cid, f"bad kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
            continue
        for lab, val in facts.items():
            if isinstance(val, dict) and set(val) != {"zh", "en"}:
                bad(cid, f"name fact {lab} must have zh and en")
            if isinstance(val, dt.date) and not 2026 <= val.year <= 2028:
                bad(cid, f"date {val} outside 2026-2028")
            if isinstance(val, str):
                for s in re.findall(r"\d{4}-\d{2}-\d{2}", val):
                    if not 2026 <= int(s[:4]) <= 2028:
                        bad(cid, f"date {s} outside 2026-2028")
        hc, wc = han_count(c["zh"]), len(c["en"].split())
        if not 110 <= hc <= 160:
            bad(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            bad(cid, f"en has {wc} words (65-120)")
        errors = c["errors"]
        if not isinstance(errors, list):
            bad(cid, "errors must be a list")
            continue
        anchors = fact_dates(facts)
        faulty = {}            # (lang, fact label) of value/missing errors
        wd_found = {"zh": [], "en": []}
        for e in errors:
            keys = set(e)
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if keys != need:
                bad(cid, f"error fields {sorted(keys)} != {sorted(need)}")
                continue
            k, lang, lab, found = e["kind"], e["lang"], e["fact"], e["found"]
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                bad(cid, f"bad error kind/lang {k}/{lang}")
                continue
            other = "en" if lang == "zh" else "zh"
            text, otext = c[lang], c[other]
            if k in ("weekday", "term"):
                if lab is not None:
                    bad(cid, f"{k} error must have fact: null")
            elif lab not in facts:
                bad(cid, f"error fact {lab!r} not in facts")
                continue
            if k == "missing":
                if found is not None:
                    bad(cid, "missing error must have found: null")
                faulty[(lang, lab)] = k
                hit = value_present(cid, lab, facts[lab], text, lang, anchors)
                if hit:
                    bad(cid, f"missing fact {lab} is present in {lang} as {hit!r}")
                if not value_present(cid, lab, facts[lab], otext, other, anchors):
                    bad(cid, f"missing fact {lab} also absent from {other}")
                continue
            if not isinstance(found, str) or found not in text:
                bad(cid, f"found {found!r} does not occur in {lang}")
                continue
            if text.count(found) != 1:
                bad(cid, f"found {found!r} occurs {text.count(found)} times in {lang}")
            if k == "weekday":
                s = text.index(found)
                wd_found[lang].append((s, s + len(found)))
                continue
            if k == "term":
                if e["zh_term"] not in c["zh"] and lang == "en":
                    bad(cid, "zh side lacks the correct zh_term")
                if e["en_term"].lower() not in c["en"].lower() and lang == "zh":
                    bad(cid, "en side lacks the correct en_term")
                own = e["zh_term"] if lang == "zh" else e["en_term"]
                if own.lower() in text.lower():
                    bad(cid, f"faulty {lang} still contains correct term {own!r}")
                continue
            faulty[(lang, lab)] = k
            hit = value_present(cid, lab, facts[lab], text, lang, anchors)
            if hit:
                bad(cid, f"{k} error: correct value of {lab} still present in {lang} as {hit!r}")
            if isinstance(facts[lab], dict):   # names: no form at all, either script
                if facts[lab]["zh"] in text or contains_any(text, name_forms(facts[lab]["en"]), False):
                    bad(cid, f"correct name of {lab} still present in {lang}")
        # every fact present in both languages unless seeded
        for lab, val in facts.items():
            for lang in ("zh", "en"):
                if (lang, lab) in faulty:
                    continue
                if not value_present(c["id"], lab, val, c[lang], lang, anchors):
                    bad(cid, f"fact {lab}={val!r} not found in {lang}")
        # weekday check
        for lang in ("zh", "en"):
            seen_err = 0
            mentions = list(weekday_mentions(c[lang], lang, anchors))
            err_dates = {d for s, t, d, w in mentions if any(a <= s and t <= b for a, b in wd_found[lang])}
            for s, t, date, wd in mentions:
                if date in err_dates and date.weekday() == wd:
                    bad(cid, f"{lang}: seeded weekday error date {date} also appears with its correct weekday")
            for s, t, date, wd in mentions:
                inside = any(a <= s and t <= b for a, b in wd_found[lang])
                if date is None:
                    bad(cid, f"{lang}: weekday at {c[lang][max(0, s - 15):t]!r} has no parsable date")
                    continue
                if not 2026 <= date.year <= 2028:
                    bad(cid, f"{lang}: date {date} outside 2026-2028")
                right = date.weekday() == wd
                if inside:
                    seen_err += 1
                    if right:
                        bad(cid, f"{lang}: seeded weekday error is actually correct ({date})")
                    # the correct weekday must not be given for that date anywhere
                elif not right:
                    bad(cid, f"{lang}: {date} is a {date:%A}, text says otherwise near {c[lang][max(0, s - 15):t]!r}")
            if seen_err != len(wd_found[lang]):
                bad(cid, f"{lang}: {len(wd_found[lang])} weekday errors declared, {seen_err} parsed")
    return cases


def counts(cases):
    errs = [e for c in cases for e in c["errors"]]
    by_kind = Counter(e["kind"] for e in errs)
    by_lang = Counter(e["lang"] for e in errs)
    by_kl = Counter((e["kind"], e["lang"]) for e in errs)
    lines = []
    lines.append(f"- cases: {len(cases)} (clean {sum(not c['errors'] for c in cases)}, "
                 f"with seeded errors {sum(bool(c['errors']) for c in cases)})")
    lines.append(f"- seeded errors: {len(errs)} (zh {by_lang['zh']}, en {by_lang['en']}); "
                 f"cases with two errors: {sum(len(c['errors']) == 2 for c in cases)}")
    lines.append("")
    lines.append("| error kind | zh | en | total |")
    lines.append("|---|---|---|---|")
    for k in ERR_KINDS:
        lines.append(f"| {k} | {by_kl[(k, 'zh')]} | {by_kl[(k, 'en')]} | {by_kind[k]} |")
    lines.append("")
    kinds = Counter(c["kind"] for c in cases)
    lines.append("- document kinds: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    zh = Counter(REGIONS[c["id"]][0] for c in cases)
    en = Counter(REGIONS[c["id"]][1] for c in cases)
    lines.append("- Chinese varieties: " + ", ".join(f"{k} {v}" for k, v in sorted(zh.items())))
    lines.append("- English varieties: " + ", ".join(f"{k} {v}" for k, v in sorted(en.items())))
    nf = [len(c["facts"]) for c in cases]
    lines.append(f"- facts per case: {min(nf)}-{max(nf)}, {sum(nf)} in all")
    hc = [han_count(c["zh"]) for c in cases]
    wc = [len(c["en"].split()) for c in cases]
    lines.append(f"- zh length: {min(hc)}-{max(hc)} Han characters; en length: {min(wc)}-{max(wc)} words")
    lines.append("")
    lines.append("Seeded errors:")
    lines.append("")
    lines.append("| id | kind | lang | fact | found |")
    lines.append("|---|---|---|---|---|")
    for c in cases:
        for e in c["errors"]:
            extra = f" (should be {e['zh_term']} / {e['en_term']})" if e["kind"] == "term" else ""
            lines.append(f"| {c['id']} | {e['kind']} | {e['lang']} | {e['fact'] or '-'} | "
                         f"{e['found'] or '-'}{extra} |")
    return "\n".join(lines)


if __name__ == "__main__":
    cases = main()
    report = counts(cases) if not problems or all(isinstance(c, dict) for c in cases) else ""
    print(report)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    if "--write-readme" in sys.argv:
        path = os.path.join(HERE, "README.md")
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        new = re.sub(r"(<!-- counts:start -->\n).*?(\n<!-- counts:end -->)",
                     lambda m: m.group(1) + report + m.group(2), text, flags=re.S)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(new)
        print("\nREADME counts updated.")
    print("\nOK: all checks passed.")
