#!/usr/bin/env python3
"""Validator for the blind53 bilingual fact-check evaluation set.

Checks structure, field types, lengths, the case/error mix, and recomputes
every weekday written next to a date (Chinese and English) with datetime.
A date/weekday mismatch is only allowed inside the `found` span of a seeded
`weekday` error. It also checks that every date fact is present in each
language, and absent from a language where a `date` or `missing` error on
that fact is seeded.

Usage: python3 validate.py [-v]      prints OK and exits 0 when all checks pass.
Needs Python 3 and PyYAML.
"""
import collections
import calendar
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
CASES_PER_FILE = 10
FIELDS = ["id", "kind", "facts", "zh", "en", "errors"]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
EXPECT = {"cases": 40, "clean": 24, "faulty": 16, "errors": 18, "double": 2}
HAN_RANGE = (110, 160)
EN_WORDS = (65, 120)
FACTS_RANGE = (4, 8)

VERBOSE = "-v" in sys.argv[1:]
problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- counting
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(s):
    return len(HAN_RE.findall(s))


def en_words(s):
    return len([t for t in s.split() if re.search(r"[A-Za-z0-9]", t)])


# ---------------------------------------------------------------- masking
URL_RE = re.compile(
    r"(?:https?://)?[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
    r"|(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/[A-Za-z0-9._~%/?#=&+-]*)?"
)


def mask_links(s):
    """Blank out URLs and e-mail addresses (same length) before date parsing."""
    return URL_RE.sub(lambda m: " " * len(m.group(0)), s)


# ---------------------------------------------------------------- numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(s):
    if s.isdigit():
        return int(s)
    if "十" not in s:
        v = 0
        for ch in s:
            v = v * 10 + CN_DIGIT[ch]
        return v
    a, _, b = s.partition("十")
    return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {}
for i, names in enumerate([("monday", "mon"), ("tuesday", "tue", "tues"),
                           ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
                           ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]):
    for n in names:
        EN_WD[n] = i
EN_MON = {}
for i, name in enumerate(calendar.month_name):
    if name:
        EN_MON[name.lower()] = i
        EN_MON[name[:3].lower()] = i
EN_MON["sept"] = 9

# ---------------------------------------------------------------- date parsing
CNN = r"[〇零一二两三四五六七八九十]"
ZH_DAYNUM = r"(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
ZH_MONNUM = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
ZH_FULL = re.compile(
    r"(?:(?:民國|民国)?(\d{2,4}|[〇零一二三四五六七八九]{4})年)?"
    r"(" + ZH_MONNUM + r")月(?:(" + ZH_DAYNUM + r")[日号號]|(底))")
ZH_SLASH = re.compile(r"(?<![\d/])(?:(\d{2,4})/)?(\d{1,2})/(\d{1,2})(?![\d/])")
ZH_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
ZH_DAYONLY = re.compile(r"\s*(?:至|到|~|～|-|–|—)\s*(" + ZH_DAYNUM + r")[日号號]")
ZH_WD_AFTER = re.compile(
    r"\s*(?:[（(]\s*(?:周|週|星期|禮拜|礼拜)?([一二三四五六日天])\s*[）)]"
    r"|(?:周|週|星期|禮拜|礼拜)([一二三四五六日天]))")
ZH_WD_TOKEN = re.compile(r"(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]")

MON_ALT = (r"(January|February|March|April|May|June|July|August|September|October|"
           r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
WD_ALT = (r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
          r"Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?")
YEAR_OPT = r"(?:,?\s+(\d{4})\b)?"
EN_DATE = re.compile(
    r"\b(?P<r1d1>\d{1,2})\s*(?:-|–|to)\s*(?P<r1d2>\d{1,2})\s+(?P<r1m>" + MON_ALT + r")" + YEAR_OPT.replace("(\\d{4})", "(?P<r1y>\\d{4})")
    + r"|\b(?P<r2m>" + MON_ALT + r")\s+(?P<r2d1>\d{1,2})\s*(?:-|–|to)\s*(?P<r2d2>\d{1,2})\b" + YEAR_OPT.replace("(\\d{4})", "(?P<r2y>\\d{4})")
    + r"|\b(?P<dmd>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dmm>" + MON_ALT + r")" + YEAR_OPT.replace("(\\d{4})", "(?P<dmy>\\d{4})")
    + r"|\b(?P<mdm>" + MON_ALT + r")\s+(?P<mdd>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:-|–)\s*\d)" + YEAR_OPT.replace("(\\d{4})", "(?P<mdy>\\d{4})")
    + r"|(?<!\d)(?P<isoy>\d{4})-(?P<isom>\d{2})-(?P<isod>\d{2})(?!\d)"
)
EN_WD_BEFORE = re.compile(r"\b" + WD_ALT + r",?\s*$")
EN_WD_AFTER = re.compile(r"^\s*\(" + WD_ALT + r"\)|^,\s+(?:a\s+)?" + WD_ALT)
# full weekday names always count; abbreviations only where they read as a weekday
# (before a day number or inside brackets), so that e.g. the surname "Sun" is not one
EN_WD_TOKEN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?(?=,?\s*\d|\))")


class Mention:
    def __init__(self, start, end, date, wd=None, wd_span=None):
        self.start, self.end, self.date = start, end, date
        self.wd, self.wd_span = wd, wd_span

    def span(self):
        if self.wd_span:
            return (min(self.start, self.wd_span[0]), max(self.end, self.wd_span[1]))
        return (self.start, self.end)


def infer_year(m, d, fact_dates):
    for fd in fact_dates:
        if (fd.month, fd.day) == (m, d):
            return fd.year
    for fd in fact_dates:
        if fd.month == m:
            return fd.year
    if fact_dates:
        return collections.Counter(fd.year for fd in fact_dates).most_common(1)[0][0]
    return 2026


def norm_year(y):
    y = int(y)
    if y < 1000:  # Minguo (ROC) year
        y += 1911
    return y


def mkdate(cid, y, m, d, where):
    try:
        return dt.date(y, m, d)
    except ValueError:
        fail(cid, f"impossible date {y}-{m}-{d} in {where}")
        return None


def parse_zh(cid, text, fact_dates):
    t = mask_links(text)
    mentions = []
    taken = []

    def overlaps(a, b):
        return any(not (b <= s or a >= e) for s, e in taken)

    for m in ZH_FULL.finditer(t):
        y = norm_year(cn_int(m.group(1))) if m.group(1) else None
        mo = cn_int(m.group(2))
        if m.group(4):  # 月底
            yy = y or infer_year(mo, calendar.monthrange(y or 2026, mo)[1], fact_dates)
            d = calendar.monthrange(yy, mo)[1]
        else:
            d = cn_int(m.group(3))
            yy = y or infer_year(mo, d, fact_dates)
        date = mkdate(cid, yy, mo, d, "zh")
        if date:
            mentions.append(Mention(m.start(), m.end(), date))
            taken.append((m.start(), m.end()))
    for rx in (ZH_ISO, ZH_SLASH):
        for m in rx.finditer(t):
            if overlaps(m.start(), m.end()):
                continue
            if rx is ZH_ISO:
                y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            else:
                mo, d = int(m.group(2)), int(m.group(3))
                y = norm_year(m.group(1)) if m.group(1) else infer_year(mo, d, fact_dates)
            date = mkdate(cid, y, mo, d, "zh")
            if date:
                mentions.append(Mention(m.start(), m.end(), date))
                taken.append((m.start(), m.end()))
    mentions.sort(key=lambda x: x.start)
    # weekday right after a date, and day-only range ends (…11月2日（周一）至20日（周五）)
    out = []
    for mm in mentions:
        out.append(mm)
        w = ZH_WD_AFTER.match(t, mm.end)
        pos = mm.end
        if w:
            mm.wd = ZH_WD[w.group(1) or w.group(2)]
            mm.wd_span = (w.start(), w.end())
            pos = w.end()
        r = ZH_DAYONLY.match(t, pos)
        if r and not overlaps(r.start(1), r.end()):
            d = cn_int(r.group(1))
            date = mkdate(cid, mm.date.year, mm.date.month, d, "zh day-only range end")
            if date:
                nm = Mention(r.start(1), r.end(), date)
                w2 = ZH_WD_AFTER.match(t, r.end())
                if w2:
                    nm.wd = ZH_WD[w2.group(1) or w2.group(2)]
                    nm.wd_span = (w2.start(), w2.end())
                out.append(nm)
    # every weekday token must belong to a date
    for w in ZH_WD_TOKEN.finditer(t):
        if not any(x.wd_span and x.wd_span[0] <= w.start() < x.wd_span[1] for x in out):
            fail(cid, f"zh weekday '{w.group(0)}' at {w.start()} is not attached to a parsable date")
    return out


def parse_en(cid, text, fact_dates):
    t = mask_links(text)
    out = []
    for m in EN_DATE.finditer(t):
        g = m.groupdict()
        items = []
        if g["r1d1"]:
            mo = EN_MON[g["r1m"].rstrip(".").lower()]
            for d in (g["r1d1"], g["r1d2"]):
                d = int(d)
                y = int(g["r1y"]) if g["r1y"] else infer_year(mo, d, fact_dates)
                items.append((y, mo, d))
        elif g["r2d1"]:
            mo = EN_MON[g["r2m"].rstrip(".").lower()]
            for d in (g["r2d1"], g["r2d2"]):
                d = int(d)
                y = int(g["r2y"]) if g["r2y"] else infer_year(mo, d, fact_dates)
                items.append((y, mo, d))
        elif g["dmd"]:
            mo, d = EN_MON[g["dmm"].rstrip(".").lower()], int(g["dmd"])
            y = int(g["dmy"]) if g["dmy"] else infer_year(mo, d, fact_dates)
            items.append((y, mo, d))
        elif g["mdm"]:
            mo, d = EN_MON[g["mdm"].rstrip(".").lower()], int(g["mdd"])
            y = int(g["mdy"]) if g["mdy"] else infer_year(mo, d, fact_dates)
            items.append((y, mo, d))
        else:
            items.append((int(g["isoy"]), int(g["isom"]), int(g["isod"])))
        dates = [mkdate(cid, *it, "en") for it in items]
        dates = [d for d in dates if d]
        for i, date in enumerate(dates):
            mm = Mention(m.start(), m.end(), date)
            if len(dates) == 1:
                b = EN_WD_BEFORE.search(t[max(0, m.start() - 14):m.start()])
                if b:
                    off = max(0, m.start() - 14)
                    mm.wd = EN_WD[b.group(1).lower()]
                    mm.wd_span = (off + b.start(), off + b.end())
                a = EN_WD_AFTER.match(t[m.end():m.end() + 16])
                if a and mm.wd is None:
                    name = a.group(1) or a.group(2)
                    mm.wd = EN_WD[name.lower()]
                    mm.wd_span = (m.end() + a.start(), m.end() + a.end())
            out.append(mm)
    for w in EN_WD_TOKEN.finditer(t):
        if not any(x.wd_span and x.wd_span[0] <= w.start() < x.wd_span[1] for x in out):
            fail(cid, f"en weekday '{w.group(0)}' at {w.start()} is not attached to a parsable date")
    return out


# ---------------------------------------------------------------- fact values
RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$")
VALUE_PATTERNS = [
    re.compile(r"^(?:RMB|HK\$|S\$|NT\$|MOP|RM|US\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|k))?$"),
    re.compile(r"^\d[\d,]*(?:\.\d+)?(?:\s?(?:points|people|employees|seats|hires|referrals|members|visits|goals|months' salary))?$"),
    re.compile(r"^\d+(?:\.\d+)?%$"),
    re.compile(r"^\d{2}:\d{2}(?:-\d{2}:\d{2})?$"),
    re.compile(r"^\d+(?:\.\d+)?%?-\d+(?:\.\d+)?%?$"),
    re.compile(r"^\d+(?:\.\d+)? (?:working days?|days?|weeks?|months?|years?|hours?|minutes?)$"),
    re.compile(r"^every \d+ (?:weeks|months|years)$"),
    re.compile(r"^https?://\S+$"),
    re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"),
]


def fact_dates_of(value):
    if isinstance(value, dt.date):
        return [value]
    if isinstance(value, str):
        m = RANGE_RE.match(value)
        if m:
            return [dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))]
    return []


def check_value(cid, label, v):
    if isinstance(v, bool):
        fail(cid, f"fact {label!r}: boolean value")
    elif isinstance(v, (dt.date, int, float)):
        return
    elif isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x.strip() for x in v.values()):
            fail(cid, f"fact {label!r}: name must be {{zh, en}} strings")
    elif isinstance(v, str):
        m = RANGE_RE.match(v)
        if m:
            a, b = (dt.date.fromisoformat(x) for x in m.groups())
            if not a < b:
                fail(cid, f"fact {label!r}: date range not increasing")
            return
        if not any(p.match(v) for p in VALUE_PATTERNS):
            fail(cid, f"fact {label!r}: value {v!r} has no recognised form")
    else:
        fail(cid, f"fact {label!r}: unsupported type {type(v).__name__}")


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


# ---------------------------------------------------------------- main
def main():
    all_cases = []
    for n, fname in enumerate(FILES, 1):
        path = HERE / fname
        if not path.exists():
            fail(fname, "missing file")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list):
            fail(fname, "top level must be a list of cases")
            continue
        if len(data) != CASES_PER_FILE:
            fail(fname, f"{len(data)} cases, expected {CASES_PER_FILE}")
        for i, case in enumerate(data):
            want = f"r-{(n - 1) * CASES_PER_FILE + i + 1:03d}"
            if not isinstance(case, dict) or case.get("id") != want:
                fail(fname, f"case #{i + 1} should have id {want}")
            all_cases.append(case)

    err_kind = collections.Counter()
    err_lang = collections.Counter()
    kind_lang = collections.Counter()
    doc_kinds = collections.Counter()
    clean = faulty = double = 0

    for case in all_cases:
        if not isinstance(case, dict):
            continue
        cid = case.get("id", "?")
        if list(case.keys()) != FIELDS:
            fail(cid, f"fields must be exactly {FIELDS} in that order, got {list(case.keys())}")
            continue
        if case["kind"] not in DOC_KINDS:
            fail(cid, f"bad document kind {case['kind']!r}")
        doc_kinds[case["kind"]] += 1
        facts = case["facts"]
        if not isinstance(facts, dict) or not (FACTS_RANGE[0] <= len(facts) <= FACTS_RANGE[1]):
            fail(cid, "facts must be a mapping with 4-8 entries")
            continue
        for label, v in facts.items():
            check_value(cid, label, v)
        zh, en = case["zh"], case["en"]
        if not isinstance(zh, str) or not isinstance(en, str):
            fail(cid, "zh and en must be strings")
            continue
        hc, wc = han_count(zh), en_words(en)
        if not HAN_RANGE[0] <= hc <= HAN_RANGE[1]:
            fail(cid, f"zh has {hc} Han characters (want {HAN_RANGE[0]}-{HAN_RANGE[1]})")
        if not EN_WORDS[0] <= wc <= EN_WORDS[1]:
            fail(cid, f"en has {wc} words (want {EN_WORDS[0]}-{EN_WORDS[1]})")
        texts = {"zh": zh, "en": en}

        errs = case["errors"]
        if not isinstance(errs, list):
            fail(cid, "errors must be a list")
            continue
        if errs:
            faulty += 1
        else:
            clean += 1
        if len(errs) == 2:
            double += 1
            if errs[0].get("lang") == errs[1].get("lang"):
                fail(cid, "two errors in one case must be in different languages")
        elif len(errs) > 2:
            fail(cid, "at most two errors per case")
        for e in errs:
            k, lang = e.get("kind"), e.get("lang")
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail(cid, f"bad error kind/lang {k!r}/{lang!r}")
                continue
            err_kind[k] += 1
            err_lang[lang] += 1
            kind_lang[(k, lang)] += 1
            keys = set(e)
            base = {"kind", "lang", "fact", "found"}
            if k == "term":
                if keys != base | {"zh_term", "en_term"}:
                    fail(cid, f"term error needs exactly {sorted(base | {'zh_term', 'en_term'})}")
                    continue
            elif keys != base:
                fail(cid, f"{k} error needs exactly {sorted(base)}")
                continue
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    fail(cid, f"{k} error must have fact: null")
            elif e["fact"] not in facts:
                fail(cid, f"error fact {e['fact']!r} is not a fact label")
            if k == "missing":
                if e["found"] is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in texts[lang]:
                    fail(cid, f"found {e['found']!r} not in {lang} text")
            if k == "term":
                other = "en" if lang == "zh" else "zh"
                right = e["zh_term"] if lang == "zh" else e["en_term"]
                ref = e["en_term"] if lang == "zh" else e["zh_term"]
                if right.lower() in texts[lang].lower():
                    fail(cid, f"correct term {right!r} appears in faulty {lang} text")
                if ref.lower() not in texts[other].lower():
                    fail(cid, f"reference term {ref!r} not found in {other} text")

        # ---- dates and weekdays
        fdates = [d for v in facts.values() for d in fact_dates_of(v)]
        parsed = {"zh": parse_zh(cid, zh, fdates), "en": parse_en(cid, en, fdates)}
        wd_errs = [e for e in errs if e.get("kind") == "weekday"]
        for lang in ("zh", "en"):
            spans = [s for e in wd_errs if e.get("lang") == lang and isinstance(e.get("found"), str)
                     for s in occurrences(texts[lang], e["found"])]
            covered = collections.Counter()
            for mm in parsed[lang]:
                if mm.wd is None:
                    continue
                actual = mm.date.weekday()
                if actual == mm.wd:
                    continue
                a, b = mm.span()
                hit = [s for s in spans if s[0] <= a and b <= s[1]]
                if hit:
                    covered[hit[0]] += 1
                else:
                    fail(cid, f"{lang} weekday mismatch: {texts[lang][a:b]!r} - "
                              f"{mm.date.isoformat()} is a {calendar.day_name[actual]}")
            for s in spans:
                if not covered[s]:
                    fail(cid, f"seeded weekday error {texts[lang][s[0]:s[1]]!r} ({lang}) has no real mismatch")
        for label, v in facts.items():
            ends = fact_dates_of(v)
            if not ends:
                continue
            for lang in ("zh", "en"):
                have = {mm.date for mm in parsed[lang]}
                seeded = [e for e in errs if e.get("lang") == lang and e.get("fact") == label]
                kinds = {e.get("kind") for e in seeded}
                if "missing" in kinds:
                    if any(d in have for d in ends):
                        fail(cid, f"fact {label!r} should be missing from {lang} but a date is there")
                elif "date" in kinds:
                    absent = [d for d in ends if d not in have]
                    if not absent:
                        fail(cid, f"date error on {label!r} ({lang}) but every fact date is present")
                    if len(absent) > 1:
                        fail(cid, f"date error on {label!r} ({lang}) changes more than one date")
                else:
                    for d in ends:
                        if d not in have:
                            fail(cid, f"fact {label!r} date {d} not found in {lang} text")
        if VERBOSE:
            fset = set(fdates)
            for lang in ("zh", "en"):
                extra = sorted({mm.date.isoformat() for mm in parsed[lang] if mm.date not in fset})
                print(f"{cid} {lang}: Han={hc} words={wc} non-fact dates={extra}")

    # ---- mix
    if len(all_cases) != EXPECT["cases"]:
        fail("set", f"{len(all_cases)} cases, expected {EXPECT['cases']}")
    if clean != EXPECT["clean"] or faulty != EXPECT["faulty"]:
        fail("set", f"{clean} clean / {faulty} faulty, expected {EXPECT['clean']} / {EXPECT['faulty']}")
    if sum(err_kind.values()) != EXPECT["errors"]:
        fail("set", f"{sum(err_kind.values())} errors, expected {EXPECT['errors']}")
    if double != EXPECT["double"]:
        fail("set", f"{double} cases with two errors, expected {EXPECT['double']}")
    for k in ERR_KINDS:
        if not 2 <= err_kind[k] <= 3:
            fail("set", f"error kind {k}: {err_kind[k]} (want 2-3)")
    if abs(err_lang["zh"] - err_lang["en"]) > 1:
        fail("set", f"errors by language unbalanced: {dict(err_lang)}")
    missing_kinds = DOC_KINDS - set(doc_kinds)
    if missing_kinds:
        fail("set", f"document kinds not used: {sorted(missing_kinds)}")

    if VERBOSE or problems:
        print(f"cases={len(all_cases)} clean={clean} faulty={faulty} errors={sum(err_kind.values())}")
        print("document kinds:", dict(sorted(doc_kinds.items())))
        print("errors by kind/lang:")
        for k in ERR_KINDS:
            print(f"  {k:8s} zh={kind_lang[(k, 'zh')]} en={kind_lang[(k, 'en')]}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
