#!/usr/bin/env python3
"""Validate the blind20 bilingual fact-check set (pairs_1.yaml ... pairs_4.yaml).

Checks
  * structure: each file is a list of 10 mappings with exactly the fields
    id, kind, facts, zh, en, errors; ids r-001 ... r-040 in order; kind in the
    allowed set; 4-8 facts; zh 110-160 Han characters; en 65-120 words.
  * error records: allowed kinds/langs, required keys, fact label exists
    (or is null for weekday/term), `found` occurs in the faulty language.
  * weekdays: every weekday mention in both languages is attached to a date
    and matches it (datetime), except a seeded weekday error, whose `found`
    string must hold the date and the wrong weekday.
  * date/number/percent/name/link errors: no rendering of the correct value
    occurs in the faulty language; a rendering does occur in the other one.
  * missing errors: the fact is absent from one language, present in the other.
  * term errors: the correct zh_term / en_term appears on the correct side and
    is absent from the faulty side.
  * every other fact of every case has a recognised rendering in both
    languages (renderings generated below, plus a short list of hand-checked
    renderings in ALT).

Usage:  python3 validate.py            -> report, exit 1 on any problem
        python3 validate.py --counts   -> also print the counts table (markdown)
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}

# ---------------------------------------------------------------- numerals
ZH_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNIT = {"十": 10, "百": 100, "千": 1000}


def zh_to_int(s):
    """Chinese numeral (up to 万) -> int; also accepts Arabic digits."""
    if s.isdigit():
        return int(s)
    if all(c in ZH_DIGIT for c in s) and len(s) > 1:  # 二〇二六
        return int("".join(str(ZH_DIGIT[c]) for c in s))
    total, section, num = 0, 0, 0
    for c in s:
        if c in ZH_DIGIT:
            num = ZH_DIGIT[c]
        elif c in ZH_UNIT:
            section += (num or 1) * ZH_UNIT[c]
            num = 0
        elif c in "万萬":
            total += (section + num) * 10000
            section, num = 0, 0
        else:
            raise ValueError(s)
    return total + section + num


def int_to_zh(n, trad=False):
    """int -> list of common Chinese spellings."""
    digits = "零一二三四五六七八九"

    def under10k(x):
        out, zero = "", False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            q = x // unit
            x %= unit
            if q:
                if zero:
                    out += "零"
                    zero = False
                out += digits[q] + name
            elif out:
                zero = True
        return out

    if n == 0:
        return ["零"]
    if n < 10000:
        s = under10k(n)
    else:
        hi, lo = divmod(n, 10000)
        s = under10k(hi) + ("萬" if trad else "万")
        if lo:
            s += ("零" if lo < 1000 else "") + under10k(lo)
    forms = {s}
    if s.startswith("一十"):
        forms.add(s[1:])
    for f in list(forms):
        if f.startswith("二") and (len(f) == 1 or f[1] in "千百万萬"):
            forms.add(("兩" if trad else "两") + f[1:])
            forms.add("两" + f[1:])
            forms.add("兩" + f[1:])
    return sorted(forms)


EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
EN_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}


def en_word(n):
    if n <= 20:
        return [EN_WORDS[n]]
    if n in EN_TENS:
        return [EN_TENS[n]]
    t, u = divmod(n, 10)
    if t * 10 in EN_TENS or t == 2:
        base = "twenty" if t == 2 else EN_TENS[t * 10]
        return [f"{base}-{EN_WORDS[u]}", f"{base} {EN_WORDS[u]}"]
    return []


def num_regexes(x):
    """Regexes for a number x (int or float) written in digits, words, Chinese."""
    pats = []
    if float(x).is_integer():
        n = int(x)
        pats.append(rf"(?<![\d.,]){n:,}(?!\d|[,.]\d)")
        pats.append(rf"(?<![\d.,]){n}(?!\d|[,.]\d)")
        if n >= 100000:  # Indian grouping 1,50,000 and lakh
            s = str(n)
            head, tail = s[:-3], s[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:])
                head = head[:-2]
            if head:
                groups.insert(0, head)
            pats.append(re.escape(",".join(groups) + "," + tail))
            lakh = n / 100000
            pats.append(rf"{lakh:g}\s*lakh")
        if n % 1000 == 0 and n >= 1000:
            pats.append(rf"(?<![\d.]){n // 1000}\s*[kK千](?![a-zA-Z])")
        if n % 10000 == 0 and n >= 10000:
            pats.append(rf"(?<![\d.]){n // 10000}\s*[万萬]")
        for w in en_word(n):
            pats.append(rf"(?i)\b{w}\b")
        for z in int_to_zh(n) + int_to_zh(n, trad=True):
            if len(z) == 1 and z in "一二":
                continue  # too ambiguous on its own
            pats.append(rf"(?<![〇零一二三四五六七八九十百千万萬两兩]){z}(?![〇零一二三四五六七八九十百千万萬])")
    else:
        s = f"{x:g}"
        pats.append(rf"(?<![\d.]){re.escape(s)}(?![\d])")
        whole, frac = s.split(".")
        zh_frac = "".join("零一二三四五六七八九"[int(c)] for c in frac)
        for z in int_to_zh(int(whole)) + int_to_zh(int(whole), trad=True):
            pats.append(rf"{z}[点點]{zh_frac}")
        if frac == "5":
            for w in en_word(int(whole)):
                pats.append(rf"\b{w} and a half\b")
            for z in int_to_zh(int(whole)) + int_to_zh(int(whole), trad=True):
                pats.append(rf"{z}[个個]半")
    return pats


# ---------------------------------------------------------------- units
UNITS = {
    "day": [r"days?", r"天", r"日", r"working days?", r"business days?", r"个工作日", r"個工作天", r"個工作日"],
    "working day": [r"working days?", r"business days?", r"个?工作日", r"個?工作[天日]"],
    "month": [r"months?", r"months'", r"个月", r"個月"],
    "hour": [r"hours?", r"小时", r"小時", r"hrs?"],
    "minute": [r"minutes?", r"mins?", r"分钟", r"分鐘"],
    "week": [r"weeks?", r"周", r"週", r"个星期", r"個星期", r"星期"],
    "session": [r"sessions?", r"次"],
    "trip": [r"(?:return )?(?:trips?|flights?)", r"次"],
    "quarter": [r"(?:consecutive )?quarters?", r"个季度", r"個季度"],
    "level": [r"levels?", r"级", r"級", r"-point", r" point"],
    "year": [r"years?", r"years'", r"年", r"岁", r"歲", r"-year"],
}
# exact equivalents in other units, hand-checked
CONVERT = {
    ("month", 6): [r"半年", r"half a year", r"six-month", r"6-month"],
    ("month", 12): [r"(?<![〇一二三四五六七八九十])一年(?!半)", r"\bone year\b", r"\ba year\b", r"12-month"],
    ("month", 18): [r"一年半", r"one and a half years", r"18-month"],
    ("month", 24): [r"[两兩二]年", r"\btwo years\b", r"24-month"],
    ("month", 1.5): [r"一[个個]半月", r"1\.5 months"],
    ("month", 2.5): [r"[两兩][个個]半月", r"2\.5 months"],
    ("week", 2): [r"fortnight", r"[两兩]周", r"[两兩]週", r"[两兩]个星期", r"two weeks"],
    ("minute", 30): [r"半小时", r"半小時", r"half an hour", r"30-minute"],
    ("minute", 15): [r"一刻钟", r"一刻鐘", r"quarter of an hour", r"15-minute"],
    ("minute", 45): [r"45-minute"],
    ("level", 5): [r"五级制", r"五級制", r"five-point", r"5-point"],
}


def unit_key(u):
    u = u.strip().lower()
    for k in ("working day", "day", "month", "hour", "minute", "week", "session",
              "trip", "quarter", "level", "year"):
        if u.startswith(k):
            return k
    return None


def count_regexes(n, ukey):
    pats = []
    unit_alts = "|".join(UNITS[ukey])
    nums = []
    if float(n).is_integer():
        n = int(n)
        nums.append(rf"(?<![\d.]){n}")
        nums += [rf"\b(?i:{w})" for w in en_word(n)]
        nums += [rf"(?<![〇零一二三四五六七八九十]){z}" for z in int_to_zh(n) + int_to_zh(n, True)]
    else:
        nums.append(re.escape(f"{n:g}"))
    for npat in nums:
        pats.append(rf"{npat}[\s\-]*(?:\(\d+\)\s*)?(?:[A-Za-z\-]+\s+){{0,2}}(?i:{unit_alts})")
    pats += CONVERT.get((ukey, n), [])
    return pats


# ---------------------------------------------------------------- dates
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_RE = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"


def mon_num(s):
    s = s.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(s[:3]):
            return i
    raise ValueError(s)


def date_regexes(d):
    """Regexes matching a date d in the forms real writers use (without year)."""
    m, dd = d.month, d.day
    zm = [str(m)] + int_to_zh(m)
    zd = [str(dd)] + int_to_zh(dd)
    mname = MONTHS[m - 1]
    mabbr = mname[:3]
    nb = r"(?<![\d〇零一二三四五六七八九十])"
    pats = []
    for a in zm:
        for b in zd:
            pats.append(rf"{nb}0?{a}月0?{b}(?![\d〇零一二三四五六七八九十])[日号號]")
    pats.append(rf"(?<![\d/]){m}/0?{dd}(?![\d])")  # 6/19
    pats.append(rf"(?<![\d/])0?{m}/0?{dd}(?![\d])")
    pats.append(rf"(?<![\d/.\-])0?{dd}[/.\-]0?{m}[/.\-]\d{{4}}")  # 19/06/2026
    pats.append(rf"(?<![\d/.\-])0?{m}[/.\-]0?{dd}[/.\-]\d{{4}}")  # 06/19/2026 (US)
    pats.append(rf"{d.year}[/.\-]0?{m}[/.\-]0?{dd}(?!\d)")
    pats.append(rf"(?i)\b(?:{mname}|{mabbr}|sept)\.? 0?{dd}(?:st|nd|rd|th)?(?!\d)")
    pats.append(rf"(?i)(?<![\d])0?{dd}(?:st|nd|rd|th)? (?:of )?(?:{mname}|{mabbr})\b")
    return pats


def range_regexes(a, b):
    """Extra renderings of a date range, e.g. 6–10 July, 7月6日至10日."""
    pats = []
    if a.month == b.month:
        mname, mabbr = MONTHS[a.month - 1], MONTHS[a.month - 1][:3]
        pats.append(rf"(?i)(?<!\d){a.day}\s*[–—\-]\s*{b.day}\s+(?:{mname}|{mabbr})")
        pats.append(rf"(?<!\d){a.month}月{a.day}日.{{0,6}}[至到~－—–-]\s*{b.day}日")
    return pats


# ---------------------------------------------------------------- times
def time_regexes(t):
    h, m = map(int, t.split(":"))
    h12 = h % 12 or 12
    mm = f"{m:02d}"
    pats = [rf"(?<!\d)0?{h}:{mm}(?!\d)"]
    ampm = r"\s*(?:am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.)"
    if h >= 12:
        pats.append(rf"(?<![\d:.]){h12}[:.]{mm}(?:{ampm}|\s*[–\-]|\s+to\b)")
        if m == 0:
            pats.append(rf"(?<![\d:.]){h12}(?:{ampm}|\s*(?:to|[–\-])\s*\d)")
    else:
        pats.append(rf"(?<![\d:.]){h12}[:.]{mm}(?:{ampm}|\s*[–\-]|\s+to\b)")
        if m == 0:
            pats.append(rf"(?<![\d:.]){h12}(?:{ampm}|\s*(?:to|[–\-])\s*\d)")
    zh_h = [str(h12)] + int_to_zh(h12)
    zh_h24 = [str(h)] + int_to_zh(h)
    zh_m = [str(m), mm] + int_to_zh(m)
    part = r"(?:上午|下午|中午|晚上|早上|傍晚|凌晨)"
    for hh in zh_h:
        if m == 0:
            pats.append(rf"{part}{hh}[时時點点](?!\d|[〇一二三四五六七八九十])")
        else:
            for mi in zh_m:
                pats.append(rf"{part}{hh}[时時點点]{mi}分?")
            if m == 30:
                pats.append(rf"{part}{hh}[时時點点]半")
    for hh in zh_h24:
        if m == 0:
            pats.append(rf"(?<!\d){hh}[时時點点](?!\d)")
        else:
            for mi in zh_m:
                pats.append(rf"(?<![\d])(?:{part})?{hh}[时時點点]{mi}分")
    # bare end time after a range connector, e.g. "下午2时至5时", "6:30 to 9 p.m."
    pats.append(rf"(?:至|到|[–\-]|to)\s*{h12}(?:[:.]{mm})?\s*(?:[时時點点]|{ampm})" if m else
                rf"(?:至|到|[–\-]|to)\s*(?:{'|'.join(zh_h)})\s*(?:[时時點点]|{ampm})")
    return pats


# ---------------------------------------------------------------- value -> regexes
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def as_date(x):
    if isinstance(x, dt.date):
        return x
    if isinstance(x, str) and ISO.match(x.strip()):
        return dt.date.fromisoformat(x.strip())
    return None


def fact_regex_groups(value):
    """Return a list of groups; each group is a list of alternative regexes.
    A value is *present* if every group matches; *absent* if no group matches."""
    if isinstance(value, dict):  # name
        groups = []
        alts = [re.escape(value["zh"])]
        toks = [t for t in re.split(r"[\s\-]+", value["en"]) if t]
        # en present if all tokens (case-insensitive, hyphen/space-insensitive) occur within 40 chars
        joined = [re.escape(t) for t in toks]
        perms = set()
        import itertools
        for p in itertools.permutations(joined):
            perms.add(r"[\s\-]*".join(p))
        en_alt = rf"(?i)\b(?:{'|'.join(sorted(perms))})\b"
        # given name written as one token, e.g. Ya-ting / Yating / Ya-Ting
        if len(toks) == 3:
            a, b, c = toks
            for p in (rf"{b}[\s\-]?{c}\s+{a}", rf"{a}\s+{b}[\s\-]?{c}"):
                en_alt += rf"|(?i:\b{p}\b)"
        return [alts + [en_alt]]
    if isinstance(value, (dt.date,)):
        return [date_regexes(value)]
    if isinstance(value, int):
        return [num_regexes(value)]
    s = str(value).strip()
    if re.match(r"^(https?://|[\w.\-]+@)", s):
        core = re.sub(r"^https?://", "", s).rstrip("/")
        return [[rf"(?i)(?<![A-Za-z0-9_.\-/])(?:https?://)?{re.escape(core)}(?![A-Za-z0-9_\-/]|\.[A-Za-z0-9])"]]
    m = re.match(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$", s)
    if m:
        a, b = map(dt.date.fromisoformat, m.groups())
        rr = range_regexes(a, b)
        return [date_regexes(a) + rr, date_regexes(b) + rr]
    m = re.match(r"^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$", s)
    if m:
        return [time_regexes(m.group(1)), time_regexes(m.group(2))]
    if re.match(r"^\d{1,2}:\d{2}$", s):
        return [time_regexes(s)]
    m = re.match(r"^([\d.]+)%-([\d.]+)%$", s)
    if m:
        return [percent_regexes(float(m.group(1))), percent_regexes(float(m.group(2)))]
    m = re.match(r"^([\d.]+)%$", s)
    if m:
        return [percent_regexes(float(m.group(1)))]
    m = re.match(r"^(\d+)-(\d+)$", s)
    if m:
        return [num_regexes(int(m.group(1))), num_regexes(int(m.group(2)))]
    m = re.match(r"^(?:[A-Z]{2,3}\$?|HK\$|RM|S\$|A\$|US\$|¥|₹)?\s*([\d,]+(?:\.\d+)?)$", s)
    if m:
        return [num_regexes(float(m.group(1).replace(",", "")))]
    m = re.match(r"^(?:every\s+)?([\d.]+)\s+(.+)$", s)
    if m:
        n = float(m.group(1))
        uk = unit_key(m.group(2))
        if uk:
            return [count_regexes(n, uk)]
        return [num_regexes(n)]
    raise ValueError(f"cannot render value {value!r}")


def percent_regexes(p):
    pats = []
    s = f"{p:g}"
    pats.append(rf"(?<![\d.]){re.escape(s)}\s*(?:%|％|per ?cent)")
    pats.append(rf"(?<![\d.]){re.escape(s)}\s*[–\-]\s*[\d.]+\s*%")  # 8–15%
    if float(p).is_integer():
        n = int(p)
        for w in en_word(n):
            pats.append(rf"(?i)\b{w} per ?cent")
        for z in int_to_zh(n) + int_to_zh(n, True):
            pats.append(rf"百分之{z}(?![〇零一二三四五六七八九十点點])")
        if n % 10 == 0 and n < 100:
            for z in int_to_zh(n // 10) + int_to_zh(n // 10, True):
                pats.append(rf"(?<![〇一二三四五六七八九十]){z}成(?!\d)")
    else:
        whole, frac = s.split(".")
        zh_frac = "".join("零一二三四五六七八九"[int(c)] for c in frac)
        for z in int_to_zh(int(whole)) + int_to_zh(int(whole), True):
            pats.append(rf"百分之{z}[点點]{zh_frac}")
    return pats


# ALT: renderings checked by hand that the generator does not produce
# (case id, fact label) -> list of regexes, each alone proves presence.
ALT = {
    ("r-004", "強積金自願性供款（僱主）"): [r"百分之五"],
    ("r-020", "認購折扣"): [r"八五折"],
    ("r-026", "女性委員比例下限"): [r"二分之一", r"at least half"],
    ("r-028", "最高等级比例上限"): [r"两成", r"one in five"],
    ("r-013", "年终奖目标"): [r"一个半月", r"1\.5 months"],
    ("r-005", "校准会议时间"): [r"下午2时至5时", r"2pm to 5pm"],
    ("r-004", "簡介會時間"): [r"中午12時30分至下午1時30分", r"12\.30–1\.30 pm"],
}

# ---------------------------------------------------------------- weekday parsing
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_WD_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?")
ZH_WD_RE = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])|[（(]([一二三四五六日])[)）]")
ZN = r"[〇零一二三四五六七八九十]"


def zh_dates(text):
    """Yield (start, end, y_or_None, m, d) for Chinese date expressions."""
    out = []
    for mt in re.finditer(rf"(?:(?P<y>\d{{2,4}}|{ZN}{{4}})年)?(?P<m>\d{{1,2}}|{ZN}{{1,2}})月(?P<d>\d{{1,2}}|{ZN}{{1,3}})[日号號]", text):
        y = mt.group("y")
        yv = None
        if y:
            yv = zh_to_int(y)
            if yv < 1000:
                yv += 1911  # ROC (Minguo) year
        out.append((mt.start(), mt.end(), yv, zh_to_int(mt.group("m")), zh_to_int(mt.group("d"))))
    for mt in re.finditer(r"(?<!\d)(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?!\d)", text):
        out.append((mt.start(), mt.end(), int(mt.group(1)), int(mt.group(2)), int(mt.group(3))))
    for mt in re.finditer(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})(?![\d/])", text):
        out.append((mt.start(), mt.end(), None, int(mt.group(1)), int(mt.group(2))))
    # day-only end of a range: 至20日 / 至二十日
    for mt in re.finditer(rf"(?<=[至到~－—–\-])\s*(?P<d>\d{{1,2}}|{ZN}{{1,3}})[日号號]", text):
        if any(s <= mt.start() < e for s, e, *_ in out):
            continue
        prev = [o for o in out if o[1] <= mt.start()]
        if prev:
            p = max(prev, key=lambda o: o[1])
            out.append((mt.start(), mt.end(), p[2], p[3], zh_to_int(mt.group("d"))))
    return out


def en_dates(text):
    out = []
    for mt in re.finditer(rf"\b{MON_RE} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y>\d{{4}}))?", text):
        out.append((mt.start(), mt.end(), int(mt.group("y")) if mt.group("y") else None,
                    mon_num(mt.group("mon")), int(mt.group("d"))))
    for mt in re.finditer(rf"(?<![\d:])(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MON_RE}(?:,? (?P<y>\d{{4}}))?", text):
        out.append((mt.start(), mt.end(), int(mt.group("y")) if mt.group("y") else None,
                    mon_num(mt.group("mon")), int(mt.group("d"))))
    for mt in re.finditer(r"(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)", text):
        out.append((mt.start(), mt.end(), int(mt.group(3)), ("AMBIG", int(mt.group(1)), int(mt.group(2))), None))
    for mt in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text):
        out.append((mt.start(), mt.end(), int(mt.group(1)), int(mt.group(2)), int(mt.group(3))))
    return out


def fact_dates(facts):
    ds = []
    for v in facts.values():
        d = as_date(v)
        if d:
            ds.append(d)
        elif isinstance(v, str):
            m = re.match(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$", v.strip())
            if m:
                ds += [dt.date.fromisoformat(x) for x in m.groups()]
    return ds


def resolve(y, m, d, fds):
    """Turn a (possibly year-less, possibly ambiguous) mention into a date."""
    if isinstance(m, tuple):  # AMBIG numeric a/b/yyyy
        _, a, b = m
        cands = []
        for mm, dd in ((b, a), (a, b)):  # day-first, then month-first
            try:
                cands.append(dt.date(y, mm, dd))
            except ValueError:
                pass
        for c in cands:
            if c in fds:
                return c
        return cands[0] if cands else None
    if y is None:
        same = [f for f in fds if (f.month, f.day) == (m, d)]
        if same:
            return same[0]
        years = sorted({f.year for f in fds}) or [2026]
        best = None
        for yy in years:
            try:
                c = dt.date(yy, m, d)
            except ValueError:
                continue
            dist = min(abs((c - f).days) for f in fds) if fds else 0
            if best is None or dist < best[0]:
                best = (dist, c)
        return best[1] if best else None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday_mentions(text, lang, fds):
    """Return list of (span_start, span_end, date, weekday_index, ok, attached)."""
    dates = zh_dates(text) if lang == "zh" else en_dates(text)
    res = []
    rx = ZH_WD_RE if lang == "zh" else EN_WD_RE
    for mt in rx.finditer(text):
        if lang == "zh":
            wd = ZH_WD[mt.group(1) or mt.group(2)]
        else:
            wd = EN_WD[mt.group(1)[:3].lower()]
        s, e = mt.start(), mt.end()
        att = None
        for ds, de, y, m, d in dates:  # date before weekday
            gap = text[de:s]
            if 0 <= s - de <= 3 and re.fullmatch(r"[\s,（(]*", gap):
                att = (ds, de, y, m, d)
        if att is None:
            for ds, de, y, m, d in dates:  # weekday before date
                gap = text[e:ds]
                if 0 <= ds - e <= 3 and re.fullmatch(r"[\s,.]*", gap):
                    att = (ds, de, y, m, d)
                    break
        if att is None:
            res.append((s, e, None, wd, False, False))
            continue
        date = resolve(att[2], att[3], att[4], fds)
        span = (min(s, att[0]), max(e, att[1]))
        res.append((span[0], span[1], date, wd, date is not None and date.weekday() == wd, True))
    return res


# ---------------------------------------------------------------- checks
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff\u3007]", s))


def word_count(s):
    return len(s.split())


def any_match(pats, text):
    for p in pats:
        if re.search(p, text):
            return p
    return None


def present(case, label, lang):
    text = case[lang]
    value = case["facts"][label]
    alt = ALT.get((case["id"], label))
    if alt and any_match(alt, text):
        return True
    groups = fact_regex_groups(value)
    return all(any_match(g, text) for g in groups)


def absent(case, label, lang):
    text = case[lang]
    value = case["facts"][label]
    alt = ALT.get((case["id"], label)) or []
    groups = fact_regex_groups(value)
    hits = [p for g in groups for p in g if re.search(p, text)]
    hits += [p for p in alt if re.search(p, text)]
    return not hits, hits


def main():
    problems = []
    cases = []
    for i, f in enumerate(FILES, 1):
        if not f.exists():
            problems.append(f"{f.name}: missing file")
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            problems.append(f"{f.name}: not a list of 10")
            continue
        for j, c in enumerate(data):
            want = f"r-{(i - 1) * 10 + j + 1:03d}"
            if not isinstance(c, dict) or set(c) != FIELDS:
                problems.append(f"{f.name}[{j}]: fields {sorted(c) if isinstance(c, dict) else type(c)}")
                continue
            if c["id"] != want:
                problems.append(f"{f.name}[{j}]: id {c['id']} != {want}")
            c["_file"] = f.name
            cases.append(c)

    for c in cases:
        cid = c["id"]
        P = lambda msg: problems.append(f"{cid}: {msg}")
        if c["kind"] not in DOC_KINDS:
            P(f"bad kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            P(f"facts must be 4-8, got {len(facts)}")
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                P(f"name fact {k} needs zh/en")
            if as_date(v) and not 2026 <= as_date(v).year <= 2028:
                P(f"date {v} outside 2026-2028")
            if isinstance(v, str) and " to " in v:
                for x in v.split(" to "):
                    if not 2026 <= dt.date.fromisoformat(x).year <= 2028:
                        P(f"date {x} outside 2026-2028")
        hc, wc = han_count(c["zh"]), word_count(c["en"])
        if not 110 <= hc <= 160:
            P(f"zh has {hc} Han characters (want 110-160)")
        if not 65 <= wc <= 120:
            P(f"en has {wc} words (want 65-120)")
        errs = c["errors"]
        if not isinstance(errs, list):
            P("errors must be a list")
            errs = []
        fds = fact_dates(facts)
        faulty = {}  # (lang, label) -> kind
        wd_found = {"zh": [], "en": []}
        for e in errs:
            k = e.get("kind")
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != need:
                P(f"error keys {sorted(e)} != {sorted(need)}")
                continue
            if k not in ERR_KINDS or e["lang"] not in ("zh", "en"):
                P(f"bad error kind/lang {k}/{e['lang']}")
                continue
            lang, other = e["lang"], ("en" if e["lang"] == "zh" else "zh")
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    P(f"{k} error must have fact: null")
            elif e["fact"] not in facts:
                P(f"error fact {e['fact']!r} not in facts")
                continue
            if k == "missing":
                if e["found"] is not None:
                    P("missing error must have found: null")
            elif not e["found"] or e["found"] not in c[lang]:
                P(f"found {e['found']!r} not in {lang}")
            if k in ("date", "number", "percent", "name", "link", "missing"):
                ok, hits = absent(c, e["fact"], lang)
                if not ok:
                    P(f"{k} error: correct value of {e['fact']} still rendered in {lang}: {hits[:3]}")
                if not present(c, e["fact"], other):
                    P(f"{k} error: {e['fact']} not found in {other}")
                faulty[(lang, e["fact"])] = k
            if k == "weekday":
                wd_found[lang].append(e["found"])
            if k == "term":
                ok_term = e["zh_term"] if lang == "en" else e["en_term"]
                bad_term = e["zh_term"] if lang == "zh" else e["en_term"]
                if ok_term.lower() not in c[other].lower():
                    P(f"term error: correct term {ok_term!r} not in {other}")
                if bad_term.lower() in c[lang].lower():
                    P(f"term error: correct term {bad_term!r} present in faulty {lang}")
                if e["found"] and e["found"].lower() in c[other].lower():
                    P(f"term error: wrong term {e['found']!r} also in {other}")

        # weekdays
        for lang in ("zh", "en"):
            text = c[lang]
            for s, e_, date, wd, ok, attached in weekday_mentions(text, lang, fds):
                snippet = text[max(0, s - 12):e_ + 2].replace("\n", " ")
                if not attached:
                    P(f"{lang}: weekday not attached to a date: …{snippet}…")
                    continue
                if ok:
                    continue
                mention = text[s:e_]
                covered = [f for f in wd_found[lang] if mention in f or f in text[s - 5:e_ + 5]]
                if not covered:
                    P(f"{lang}: wrong weekday {snippet!r} (date {date}, {date.strftime('%A') if date else '?'})")
            for f in wd_found[lang]:
                ms = [m for m in weekday_mentions(f, lang, fds) if m[5]]
                if not ms or ms[0][4]:
                    P(f"weekday error found {f!r} does not hold a date with a wrong weekday")

        # presence of every other fact in both languages
        missing_facts = {(e["lang"], e["fact"]) for e in errs if e.get("kind") == "missing"}
        for label in facts:
            for lang in ("zh", "en"):
                if (lang, label) in faulty or (lang, label) in missing_facts:
                    continue
                try:
                    if not present(c, label, lang):
                        P(f"{lang}: fact {label}={facts[label]!r} not recognised")
                except ValueError as ex:
                    P(str(ex))

    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
    else:
        print(f"OK: {len(cases)} cases, all checks passed")

    if "--counts" in sys.argv:
        print_counts(cases)
    return 1 if problems else 0


# Writing style of each case as designed (metadata kept here, not a YAML field):
# (Chinese variety, English variety, topic)
STYLE = {
    "r-001": ("mainland", "US", "goal setting (OKR)"),
    "r-002": ("Taiwan", "US", "annual leave carryover"),
    "r-003": ("mainland", "UK", "mid-year review"),
    "r-004": ("Hong Kong", "UK", "medical/dental enrolment, MPF"),
    "r-005": ("Singapore", "Singapore", "calibration, rating cap"),
    "r-006": ("Malaysia", "Malaysia", "sick and hospitalisation leave"),
    "r-007": ("mainland", "India", "promotion cycle"),
    "r-008": ("Hong Kong", "Australia", "learning allowance"),
    "r-009": ("Taiwan", "Canada", "probation review"),
    "r-010": ("mainland", "US", "merit increase budget"),
    "r-011": ("Singapore", "Singapore", "childcare and parental leave"),
    "r-012": ("Hong Kong", "UK", "appointment of talent head"),
    "r-013": ("mainland", "Philippines", "13th month pay, bonus, leave conversion"),
    "r-014": ("Taiwan", "US", "360 feedback"),
    "r-015": ("Malaysia", "Malaysia", "hybrid work"),
    "r-016": ("mainland", "UK", "PIP policy"),
    "r-017": ("Singapore", "Singapore", "annual bonus"),
    "r-018": ("Hong Kong", "Canada", "international secondment"),
    "r-019": ("mainland", "Australia", "paternity leave"),
    "r-020": ("Taiwan", "US", "employee stock purchase plan"),
    "r-021": ("mainland", "Canada", "leadership programme"),
    "r-022": ("Hong Kong", "UK", "calibration meeting"),
    "r-023": ("Singapore", "Singapore", "onboarding, probation"),
    "r-024": ("Malaysia", "Malaysia", "leave carry forward"),
    "r-025": ("mainland", "India", "promotion panel"),
    "r-026": ("Taiwan", "US", "anti-harassment policy"),
    "r-027": ("Hong Kong", "Australia", "employee assistance programme"),
    "r-028": ("mainland", "US", "rating scale and distribution"),
    "r-029": ("mainland", "India", "certification sponsorship"),
    "r-030": ("Taiwan", "US", "salary increase, year-end bonus"),
    "r-031": ("mainland", "Philippines", "flexitime and attendance"),
    "r-032": ("Malaysia", "Malaysia", "medical benefits"),
    "r-033": ("mainland", "Singapore", "internal mobility"),
    "r-034": ("mainland", "US", "probation review"),
    "r-035": ("Taiwan", "Canada", "marriage and bereavement leave"),
    "r-036": ("Hong Kong", "UK", "typhoon and rainstorm arrangements"),
    "r-037": ("Singapore", "Singapore", "mandatory PDPA training"),
    "r-038": ("mainland", "Australia", "travel and expenses"),
    "r-039": ("Taiwan", "US", "new CHRO announcement"),
    "r-040": ("Hong Kong", "Canada", "long service awards"),
}


def zh_script(s):
    trad = set("個們來對這時說會與後開發過當於還應們關學國們場點樣壓總經歡請試職資際員處聯絡續")
    simp = set("个们来对这时说会与后开发过当于还应们关学国们场点样压总经欢请试职资际员处联络续")
    t = sum(ch in trad for ch in s)
    si = sum(ch in simp for ch in s)
    return "Traditional" if t > si else "Simplified"


def print_counts(cases):
    errs = [(c["id"], e) for c in cases for e in c["errors"]]
    print("\n## Counts (computed by validate.py --counts)\n")
    print(f"- cases: {len(cases)}; clean: {sum(not c['errors'] for c in cases)}; "
          f"with seeded errors: {sum(bool(c['errors']) for c in cases)}; seeded errors: {len(errs)}")
    print(f"- cases with two errors: {', '.join(c['id'] for c in cases if len(c['errors']) > 1)}")
    langs = Counter(e["lang"] for _, e in errs)
    print(f"- errors by language: zh {langs['zh']}, en {langs['en']}")
    print("\n| error kind | zh | en | total |\n|---|---|---|---|")
    for k in ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]:
        z = sum(1 for _, e in errs if e["kind"] == k and e["lang"] == "zh")
        n = sum(1 for _, e in errs if e["kind"] == k and e["lang"] == "en")
        print(f"| {k} | {z} | {n} | {z + n} |")
    dk = Counter(c["kind"] for c in cases)
    print("\n| document kind | cases |\n|---|---|")
    for k in ["announcement", "email", "guideline", "policy", "faq", "handout"]:
        print(f"| {k} | {dk[k]} |")
    sc = Counter(zh_script(c["zh"]) for c in cases)
    print(f"\n- zh script: Simplified {sc['Simplified']}, Traditional {sc['Traditional']}")
    nf = Counter(len(c["facts"]) for c in cases)
    print(f"- facts per case: " + ", ".join(f"{k}: {nf[k]}" for k in sorted(nf))
          + f" (total {sum(len(c['facts']) for c in cases)})")
    zv = Counter(STYLE[c["id"]][0] for c in cases)
    ev = Counter(STYLE[c["id"]][1] for c in cases)
    print("- Chinese variety: " + ", ".join(f"{k} {v}" for k, v in zv.most_common()))
    print("- English variety: " + ", ".join(f"{k} {v}" for k, v in ev.most_common()))
    hcs = [han_count(c["zh"]) for c in cases]
    wcs = [word_count(c["en"]) for c in cases]
    print(f"- zh Han characters: min {min(hcs)}, max {max(hcs)}, mean {sum(hcs) / len(hcs):.0f}")
    print(f"- en words: min {min(wcs)}, max {max(wcs)}, mean {sum(wcs) / len(wcs):.0f}")
    wd = sum(1 for c in cases for lang in ("zh", "en")
             for m in weekday_mentions(c[lang], lang, fact_dates(c["facts"])) if m[5])
    print(f"- date+weekday mentions checked: {wd}")
    vt = Counter()
    for c in cases:
        for v in c["facts"].values():
            if isinstance(v, dict):
                vt["name"] += 1
            elif as_date(v):
                vt["date"] += 1
            elif isinstance(v, int):
                vt["count"] += 1
            else:
                s = str(v)
                if " to " in s:
                    vt["date range"] += 1
                elif re.match(r"^(https?://|[\w.\-]+@)", s):
                    vt["link/e-mail"] += 1
                elif "%" in s:
                    vt["percent"] += 1
                elif ":" in s:
                    vt["time / time range"] += 1
                elif re.match(r"^\d+-\d+$", s):
                    vt["number range"] += 1
                elif re.match(r"^[\d.]+\s+\D", s):
                    vt["count/duration with unit"] += 1
                else:
                    vt["amount"] += 1
    print("- fact values by type: " + ", ".join(f"{k} {v}" for k, v in vt.most_common()))
    print("\n| id | kind | zh | en | topic | facts | seeded errors |\n|---|---|---|---|---|---|---|")
    for c in cases:
        z, e, t = STYLE[c["id"]]
        zs = zh_script(c["zh"])[:4] + "."
        errs_s = "; ".join(f"{x['kind']} ({x['lang']})" for x in c["errors"]) or "-"
        print(f"| {c['id']} | {c['kind']} | {z} ({zs}) | {e} | {t} | {len(c['facts'])} | {errs_s} |")
    print("\n| id | kind | lang | fact | found |\n|---|---|---|---|---|")
    for cid, x in errs:
        extra = f" (should be {x['zh_term']} / {x['en_term']})" if x["kind"] == "term" else ""
        print(f"| {cid} | {x['kind']} | {x['lang']} | {x['fact'] if x['fact'] is not None else '-'} | "
              f"{x['found'] if x['found'] is not None else '-'}{extra} |")


if __name__ == "__main__":
    sys.exit(main())
