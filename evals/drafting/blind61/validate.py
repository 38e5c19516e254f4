#!/usr/bin/env python3
"""Validator for the blind61 bilingual HR-document evaluation set.

Usage:  python3 validate.py [DIRECTORY]
        (DIRECTORY defaults to the folder this script lives in)

Checks structure, counts, value formats, text lengths, seeded-error
bookkeeping and every weekday written next to a date (recomputed with
datetime).  Prints OK and exits 0 when everything passes; otherwise prints
one line per problem and exits 1.
"""
import collections
import datetime as dt
import pathlib
import re
import sys

import yaml

FILES = {
    "pairs_1.yaml": range(1, 11),
    "pairs_2.yaml": range(11, 21),
    "pairs_3.yaml": range(21, 31),
    "pairs_4.yaml": range(31, 41),
}
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERRORS = {"date": 3, "weekday": 2, "number": 3, "percent": 2,
                   "name": 2, "link": 2, "missing": 2, "term": 2}
EXPECTED_CLEAN, EXPECTED_FAULTY, EXPECTED_DOUBLE = 24, 16, 2
FAULTY_PER_FILE = 4
ERRORS_PER_LANG = 9
KIND_RANGE = (6, 9)
FACTS_RANGE = (4, 8)
HAN_RANGE = (110, 160)
WORD_RANGE = (65, 120)
CASE_KEYS = {"id", "kind", "facts", "zh", "en", "errors"}

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# ---------------------------------------------------------------- fact types
CUR = r"(?:RMB |CNY |USD |SGD |MYR |HKD |MOP |TWD |HK\$|S\$|NT\$|US\$|RM|MOP\$)"
NUM = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?"
RE_AMOUNT = re.compile(rf"^{CUR}?\s?(?:{NUM})(?: [a-z][a-z ]*)?$")
RE_PERCENT = re.compile(r"^\d+(?:\.\d+)?%$")
RE_TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
RE_TIME_RANGE = re.compile(r"^((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d)$")
RE_DATE_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$")
RE_NUM_RANGE = re.compile(r"^(\d+(?:\.\d+)?)(%?)-(\d+(?:\.\d+)?)(%?)$")
RE_DURATION = re.compile(
    r"^(\d+(?:\.\d+)?) (?:working |calendar )?(?:minute|hour|day|week|month|year)s?$")
RE_URL = re.compile(r"^https?://[a-z0-9.-]+\.[a-z]{2,}(?:/[\w./-]*)?$")
RE_EMAIL = re.compile(r"^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def fact_type(v):
    """Return the type of a fact value, or None if the format is not allowed."""
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return "count"
    if isinstance(v, dict):
        if set(v) == {"zh", "en"} and all(isinstance(x, str) and x.strip() for x in v.values()):
            if HAN.search(v["zh"]) and not HAN.search(v["en"]):
                return "name"
        return None
    if not isinstance(v, str):
        return None
    if RE_PERCENT.match(v):
        return "percent"
    if RE_TIME.match(v):
        return "time"
    m = RE_TIME_RANGE.match(v)
    if m:
        return "time_range" if m.group(1) < m.group(2) else None
    m = RE_DATE_RANGE.match(v)
    if m:
        try:
            a, b = (dt.date.fromisoformat(x) for x in m.groups())
        except ValueError:
            return None
        return "date_range" if a < b else None
    m = RE_NUM_RANGE.match(v)
    if m:
        lo, p1, hi, p2 = m.groups()
        if p1 != p2 or float(lo) >= float(hi):
            return None
        return "percent_range" if p1 else "number_range"
    if RE_DURATION.match(v):
        return "duration"
    if RE_AMOUNT.match(v):
        return "amount"
    if RE_URL.match(v):
        return "url"
    if RE_EMAIL.match(v):
        return "email"
    return None


# which fact types each error kind may point at
ERR_FACT_TYPES = {
    "date": {"date", "date_range"},
    "number": {"count", "amount", "duration", "number_range"},
    "percent": {"percent", "percent_range"},
    "name": {"name"},
    "link": {"url", "email"},
}

# ---------------------------------------------------------------- numerals
CN_DIGITS = "零一二三四五六七八九"


def to_cn(n):
    """Integer (0-99999) to Chinese numerals, e.g. 86 -> 八十六, 1200 -> 一千二百."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for val, unit in units:
        q, n = divmod(n, val)
        if q:
            if zero and out:
                out += "零"
            out += CN_DIGITS[q] + unit
            zero = False
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


CN_VAL = {c: i for i, c in enumerate(CN_DIGITS)}
CN_VAL.update({"〇": 0, "两": 2, "兩": 2})


def from_cn(s):
    """Chinese numerals (up to 99) or digit strings to int."""
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in CN_VAL for c in s):      # 二〇二六
        return int("".join(str(CN_VAL[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_VAL[a] if a else 1) * 10 + (CN_VAL[b] if b else 0)
    return CN_VAL[s]


def number_forms(x):
    """Regexes matching a number written with digits or Chinese numerals."""
    forms = []
    if float(x).is_integer():
        n = int(float(x))
        grouped = f"{n:,}"
        forms.append(rf"(?<!\d)(?<!\d[.,]){re.escape(grouped)}(?!\d|[.,]\d)")
        if grouped != str(n):
            forms.append(rf"(?<!\d)(?<!\d[.,]){n}(?!\d|[.,]\d)")
        if n < 100000:
            cn = to_cn(n)
            forms.append(rf"(?<![{CN_DIGITS}十百千万两兩]){cn}(?![{CN_DIGITS}十百千万])")
            if cn.startswith("二") and len(cn) > 1:
                forms.append(rf"(?<![{CN_DIGITS}十百千万]){'[两兩]' + cn[1:]}(?![{CN_DIGITS}十百千万])")
    else:
        forms.append(rf"(?<![\d.]){re.escape(str(x))}(?!\d)")
    return forms


def percent_forms(p):
    forms = [rf"(?<![\d.]){re.escape(p)}\s*[%％]", rf"百分之{to_cn(int(float(p)))}(?![{CN_DIGITS}十])"]
    v = float(p)
    if v.is_integer() and int(v) % 5 == 0 and 0 < v < 100:
        tens, rest = divmod(int(v), 10)
        if tens:
            head = "[二两兩]" if tens == 2 else CN_DIGITS[tens]
            cheng = head + "成" + ("五" if rest == 5 else "")
            forms.append(rf"(?<![{CN_DIGITS}]){cheng}" + ("" if rest else r"(?![五半])"))
            if rest == 5:
                forms.append(rf"(?<![{CN_DIGITS}]){head}成半")
    return forms


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON_RE = r"(?:" + "|".join(m[:3] + r"(?:" + m[3:] + r")?" for m in MONTHS) + r")\.?"
ORD = r"(?:st|nd|rd|th)?"


def month_num(s):
    return [m[:3].lower() for m in MONTHS].index(s[:3].lower()) + 1


def date_forms(d, lang):
    m, day = d.month, d.day
    forms = [re.escape(d.isoformat())]
    if lang == "zh":
        forms += [rf"(?<!\d){m}月{day}日", rf"(?<![\d/]){m}/{day}(?![\d])",
                  rf"(?<![{CN_DIGITS}十]){to_cn(m)}月{to_cn(day)}日"]
    else:
        mon = MONTHS[m - 1]
        forms += [rf"(?<!\d){day}{ORD}\s+{mon[:3]}", rf"{mon[:3]}[a-z]*\.?\s+{day}{ORD}(?!\d)"]
    return forms


def value_forms(v, lang):
    """List of alternative 'form groups'. Each group is a list of regexes; the
    value counts as present if any regex of the group matches."""
    t = fact_type(v)
    if t == "date":
        return [date_forms(v, lang)]
    if t == "date_range":
        a, b = (dt.date.fromisoformat(x) for x in RE_DATE_RANGE.match(v).groups())
        return [date_forms(a, lang), date_forms(b, lang)]
    if t == "count":
        return [number_forms(v)]
    if t in ("amount", "duration"):
        n = re.search(NUM, v).group(0).replace(",", "")
        return [number_forms(n)]
    if t == "number_range":
        lo, _, hi, _ = RE_NUM_RANGE.match(v).groups()
        return [number_forms(lo), number_forms(hi)]
    if t == "percent":
        return [percent_forms(v[:-1])]
    if t == "percent_range":
        lo, _, hi, _ = RE_NUM_RANGE.match(v).groups()
        return [percent_forms(lo), percent_forms(hi)]
    if t in ("url", "email"):
        return [[re.escape(re.sub(r"^https?://", "", v).lower())]]
    if t == "name":
        return [[re.escape(v[lang])]]
    return []


def group_present(group, text):
    flags = re.IGNORECASE
    return any(re.search(rx, text, flags) for rx in group)


# ---------------------------------------------------------------- weekdays
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
RE_ZH_WD = re.compile(r"(?:星期|週|周|禮拜|礼拜)([一二三四五六日天])|[（(]([一二三四五六日])[)）]")
RE_EN_WD = re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(day|sday|nesday|rsday|urday)?\b\.?")
CNN = "〇零一二三四五六七八九十"
RE_ZH_DATE_END = [
    re.compile(r"(?:(?:民國)?(?P<y>\d{4}|\d{2,3})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号號]$"),
    re.compile(r"(?:(?P<y>\d{4}|\d{2,3})/)?(?P<m>\d{1,2})/(?P<d>\d{1,2})$"),
    re.compile(rf"(?:(?P<y>[{CNN}]{{4}})年)?(?P<m>[{CNN}]{{1,2}})月(?P<d>[{CNN}]{{1,3}})[日号號]$"),
    re.compile(r"(?<![\d月/])(?P<d>\d{1,2})[日号號]$"),
]
RE_EN_AFTER = [
    re.compile(rf"^\.?,?\s+(?P<d>\d{{1,2}}){ORD}\s+(?P<mon>{MON_RE})(?:,?\s+(?P<y>\d{{4}}))?"),
    re.compile(rf"^\.?,?\s+(?P<mon>{MON_RE})\s+(?P<d>\d{{1,2}}){ORD}(?:,\s*(?P<y>\d{{4}}))?"),
    re.compile(r"^\.?,?\s+(?P<d>\d{1,2})(?![\d:.])(?!\s*(?:am|pm|a\.m|p\.m))"),
]
RE_EN_BEFORE = [
    re.compile(rf"(?P<d>\d{{1,2}}){ORD}\s+(?P<mon>{MON_RE})(?:\s+(?P<y>\d{{4}}))?\s*\($"),
    re.compile(rf"(?P<mon>{MON_RE})\s+(?P<d>\d{{1,2}}){ORD}(?:,\s*(?P<y>\d{{4}}))?\s*\($"),
]


def fact_dates(facts):
    out = []
    for v in facts.values():
        t = fact_type(v)
        if t == "date":
            out.append(v)
        elif t == "date_range":
            out += [dt.date.fromisoformat(x) for x in RE_DATE_RANGE.match(v).groups()]
    return out


def resolve_year(m, d, y, fdates, lang):
    if y is not None:
        return y + 1911 if lang == "zh" and y < 1911 else y
    years = {fd.year for fd in fdates if (fd.month, fd.day) == (m, d)}
    if len(years) == 1:
        return years.pop()
    years = {fd.year for fd in fdates}
    if len(years) == 1:
        return years.pop()
    return None


def weekday_mentions(text, lang, fdates):
    """Yield (start, end, stated_wd, date or None, note) for each weekday mention."""
    if lang == "zh":
        for mt in RE_ZH_WD.finditer(text):
            wd = ZH_WD[mt.group(1) or mt.group(2)]
            before = text[:mt.start()]
            if before.endswith(("每", "逢", "每逢")):
                continue
            stripped = before.rstrip(" （(")
            found = None
            for rx in RE_ZH_DATE_END:
                dm = rx.search(stripped)
                if dm:
                    found = dm
                    break
            if not found:
                if mt.group(2):          # list marker such as （一）, not a weekday
                    continue
                yield mt.start(), mt.end(), wd, None, "no date next to weekday"
                continue
            gd = found.groupdict()
            d = from_cn(gd["d"])
            if gd.get("m"):
                m = from_cn(gd["m"])
            else:
                ms = re.findall(r"(\d{1,2})月", stripped[:found.start()])
                if not ms:
                    yield mt.start(), mt.end(), wd, None, "day without month"
                    continue
                m = int(ms[-1])
            y = from_cn(gd["y"]) if gd.get("y") else None
            y = resolve_year(m, d, y, fdates, "zh")
            if y is None:
                yield mt.start(), mt.end(), wd, None, "year unresolved"
                continue
            try:
                date = dt.date(y, m, d)
            except ValueError:
                yield mt.start(), mt.end(), wd, None, "impossible date"
                continue
            yield found.start(), mt.end(), wd, date, ""
    else:
        for mt in RE_EN_WD.finditer(text):
            wd = EN_WD[mt.group(1)[:3].lower()]
            before = text[:mt.start()]
            if re.search(r"\b(every|each)\s+$", before, re.I) or text[mt.end():mt.end() + 1] == "s":
                continue
            after = text[mt.end():]
            found, span = None, None
            for rx in RE_EN_AFTER:
                dm = rx.match(after)
                if dm:
                    found, span = dm, (mt.start(), mt.end() + dm.end())
                    break
            if not found:
                for rx in RE_EN_BEFORE:
                    dm = rx.search(before)
                    if dm:
                        found, span = dm, (dm.start(), mt.end())
                        break
            if not found:
                yield mt.start(), mt.end(), wd, None, "no date next to weekday"
                continue
            gd = found.groupdict()
            d = int(gd["d"])
            if gd.get("mon"):
                m = month_num(gd["mon"])
            else:
                nxt = re.search(MON_RE, after[found.end():found.end() + 40])
                if not nxt:
                    yield mt.start(), mt.end(), wd, None, "day without month"
                    continue
                m = month_num(nxt.group(0))
            y = int(gd["y"]) if gd.get("y") else None
            y = resolve_year(m, d, y, fdates, "en")
            if y is None:
                yield mt.start(), mt.end(), wd, None, "year unresolved"
                continue
            try:
                date = dt.date(y, m, d)
            except ValueError:
                yield mt.start(), mt.end(), wd, None, "impossible date"
                continue
            yield span[0], span[1], wd, date, ""


# ---------------------------------------------------------------- checks
def en_words(text):
    return [w for w in text.split() if re.search(r"[A-Za-z0-9]", w)]


def check_case(case, problems):
    cid = case.get("id", "?")

    def bad(msg):
        problems.append(f"{cid}: {msg}")

    if set(case) != CASE_KEYS:
        bad(f"keys {sorted(case)} != {sorted(CASE_KEYS)}")
        return
    if case["kind"] not in DOC_KINDS:
        bad(f"unknown document kind {case['kind']!r}")
    facts = case["facts"]
    if not isinstance(facts, dict) or not FACTS_RANGE[0] <= len(facts) <= FACTS_RANGE[1]:
        bad(f"facts must be a mapping of {FACTS_RANGE[0]}-{FACTS_RANGE[1]} entries")
        return
    for label, v in facts.items():
        if not isinstance(label, str) or not label.strip():
            bad(f"bad fact label {label!r}")
        if fact_type(v) is None:
            bad(f"fact {label!r}: value {v!r} has no allowed format")
    zh, en = case["zh"], case["en"]
    if not isinstance(zh, str) or not isinstance(en, str):
        bad("zh and en must be strings")
        return
    n_han = len(HAN.findall(zh))
    if not HAN_RANGE[0] <= n_han <= HAN_RANGE[1]:
        bad(f"zh has {n_han} Han characters (allowed {HAN_RANGE[0]}-{HAN_RANGE[1]})")
    n_words = len(en_words(en))
    if not WORD_RANGE[0] <= n_words <= WORD_RANGE[1]:
        bad(f"en has {n_words} words (allowed {WORD_RANGE[0]}-{WORD_RANGE[1]})")
    if HAN.search(en):
        bad("en contains Han characters")
    if "\n" in zh or "\n" in en:
        bad("texts must be single paragraphs")

    errors = case["errors"]
    if not isinstance(errors, list) or len(errors) > 2:
        bad("errors must be a list of at most two entries")
        return
    texts = {"zh": zh, "en": en}
    fdates = fact_dates(facts)
    weekday_errs = {e.get("lang"): e for e in errors if isinstance(e, dict) and e.get("kind") == "weekday"}

    # weekdays
    for lang in ("zh", "en"):
        for s, e, wd, date, note in weekday_mentions(texts[lang], lang, fdates):
            snippet = texts[lang][max(0, s - 5):e + 5]
            if date is None:
                bad(f"{lang}: cannot check weekday near {snippet!r} ({note})")
                continue
            if date.weekday() == wd:
                continue
            err = weekday_errs.get(lang)
            if err and err.get("found") and err["found"] in texts[lang][max(0, s - 40):e + 40] \
                    and texts[lang][s:e] in err["found"]:
                err["_hit"] = err.get("_hit", 0) + 1
                if date not in fdates:
                    bad(f"{lang}: weekday error must sit next to a correct fact date ({snippet!r})")
                continue
            bad(f"{lang}: wrong weekday in {snippet!r}: {date} is a "
                f"{date.strftime('%A')}")

    # errors
    seen_langs, seen_facts = [], []
    for err in errors:
        if not isinstance(err, dict):
            bad("error entry is not a mapping")
            continue
        k, lang, fact, found = err.get("kind"), err.get("lang"), err.get("fact"), err.get("found")
        keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
        if set(err) - {"_hit"} != keys:
            bad(f"error keys {sorted(set(err) - {'_hit'})} != {sorted(keys)}")
            continue
        if k not in ERR_KINDS:
            bad(f"unknown error kind {k!r}")
            continue
        if lang not in ("zh", "en"):
            bad(f"error lang {lang!r}")
            continue
        seen_langs.append(lang)
        seen_facts.append(fact)
        text, other = texts[lang], texts["en" if lang == "zh" else "zh"]
        if k in ("weekday", "term"):
            if fact is not None:
                bad(f"{k} error must have fact: null")
        elif fact not in facts:
            bad(f"error fact {fact!r} is not a fact label")
            continue
        if k == "missing":
            if found is not None:
                bad("missing error must have found: null")
        elif not isinstance(found, str) or found not in text:
            bad(f"found {found!r} is not a substring of {lang}")
            continue
        if k == "weekday":
            if err.get("_hit") != 1:
                bad(f"weekday error {found!r} does not carry exactly one wrong weekday")
        if k in ERR_FACT_TYPES and fact_type(facts[fact]) not in ERR_FACT_TYPES[k]:
            bad(f"{k} error points at fact {fact!r} of type {fact_type(facts[fact])}")
        if k in ERR_FACT_TYPES or k == "missing":
            v = facts[fact]
            groups = value_forms(v, lang)
            absent = [not group_present(g, text) for g in groups]
            if k == "missing" and not all(absent):
                bad(f"missing fact {fact!r} still appears in {lang}")
            if k != "missing" and not any(absent):
                bad(f"correct value of {fact!r} still appears in {lang}")
            other_lang = "en" if lang == "zh" else "zh"
            if not all(group_present(g, other) for g in value_forms(v, other_lang)):
                bad(f"fact {fact!r} of the error is not found in the other language")
        if k == "date":
            tail = text[text.index(found) + len(found):][:8]
            if re.search(r"星期|週|周[一二三四五六日]|[（(][一二三四五六日][)）]", tail) or \
                    RE_EN_WD.search(found + tail) or RE_ZH_WD.search(found):
                bad("a weekday is written next to the wrong date")
        if k == "term":
            zt, et = err["zh_term"], err["en_term"]
            if not (isinstance(zt, str) and isinstance(et, str) and HAN.search(zt) and not HAN.search(et)):
                bad("term error needs a Chinese zh_term and an English en_term")
                continue
            if lang == "en":
                if zt not in zh:
                    bad("zh_term does not appear in zh")
                if et.lower() in en.lower():
                    bad("correct en_term still appears in en")
            else:
                if et.lower() not in en.lower():
                    bad("en_term does not appear in en")
                if zt in zh:
                    bad("correct zh_term still appears in zh")
        err.pop("_hit", None)
    if len(errors) == 2:
        if seen_langs[0] == seen_langs[1]:
            bad("the two errors must be in different languages")
        if seen_facts[0] == seen_facts[1]:
            bad("the two errors must concern different facts")
    for err in errors:
        if isinstance(err, dict):
            err.pop("_hit", None)


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
    problems, cases = [], []
    for name, ids in FILES.items():
        path = root / name
        if not path.exists():
            problems.append(f"{name}: missing")
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            problems.append(f"{name}: YAML error: {exc}")
            continue
        if not isinstance(data, list):
            problems.append(f"{name}: top level must be a list of cases")
            continue
        want = [f"r-{i:03d}" for i in ids]
        got = [c.get("id") if isinstance(c, dict) else None for c in data]
        if got != want:
            problems.append(f"{name}: ids {got} != {want}")
        faulty = sum(1 for c in data if isinstance(c, dict) and c.get("errors"))
        if faulty != FAULTY_PER_FILE:
            problems.append(f"{name}: {faulty} faulty cases (want {FAULTY_PER_FILE})")
        for c in data:
            if isinstance(c, dict):
                check_case(c, problems)
                cases.append(c)
            else:
                problems.append(f"{name}: case is not a mapping")

    if len(cases) == 40:
        kinds = collections.Counter(c.get("kind") for c in cases)
        for k in DOC_KINDS:
            if not KIND_RANGE[0] <= kinds.get(k, 0) <= KIND_RANGE[1]:
                problems.append(f"document kind {k!r} used {kinds.get(k, 0)} times "
                                f"(allowed {KIND_RANGE[0]}-{KIND_RANGE[1]})")
        errs = [e for c in cases for e in (c.get("errors") or []) if isinstance(e, dict)]
        n_clean = sum(1 for c in cases if not c.get("errors"))
        n_double = sum(1 for c in cases if len(c.get("errors") or []) == 2)
        if n_clean != EXPECTED_CLEAN:
            problems.append(f"{n_clean} clean cases (want {EXPECTED_CLEAN})")
        if 40 - n_clean != EXPECTED_FAULTY:
            problems.append(f"{40 - n_clean} faulty cases (want {EXPECTED_FAULTY})")
        if n_double != EXPECTED_DOUBLE:
            problems.append(f"{n_double} two-error cases (want {EXPECTED_DOUBLE})")
        by_kind = collections.Counter(e.get("kind") for e in errs)
        if dict(by_kind) != EXPECTED_ERRORS:
            problems.append(f"errors by kind {dict(by_kind)} != {EXPECTED_ERRORS}")
        by_lang = collections.Counter(e.get("lang") for e in errs)
        if by_lang.get("zh") != ERRORS_PER_LANG or by_lang.get("en") != ERRORS_PER_LANG:
            problems.append(f"errors by language {dict(by_lang)} (want {ERRORS_PER_LANG} each)")
    else:
        problems.append(f"{len(cases)} cases (want 40)")

    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
