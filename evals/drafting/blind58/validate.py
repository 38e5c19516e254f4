#!/usr/bin/env python3
"""Validator for the blind58 bilingual HR fact-check evaluation set.

Checks structure, field types, text lengths, the planned mix of clean and
faulty cases, a few sanity properties of the seeded errors, and recomputes
every weekday written next to a date in both languages (Chinese: 周二 / 星期二 /
週二 / （二）; English: Tuesday / Tue, before or in brackets after the date).
A weekday that does not match its date is only accepted inside the `found`
span of a seeded `weekday` error in that language, and every seeded weekday
error must actually contain such a mismatch.

Usage: python3 validate.py        (prints OK and exits 0 when everything passes)
Requires Python 3 and PyYAML.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
CASE_FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
LANGS = ("zh", "en")

# planned mix
N_CASES, N_CLEAN, N_FAULTY, N_ERRORS, N_DOUBLE = 40, 24, 16, 18, 2

problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- fact values
CUR = r"(?:RMB|HK\$|S\$|NT\$|US\$|C\$|MOP|RM|CAD)"
VALUE_PATTERNS = {
    "date range": re.compile(r"^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$"),
    "time": re.compile(r"^\d{2}:\d{2}$"),
    "time range": re.compile(r"^\d{2}:\d{2}-\d{2}:\d{2}$"),
    "percent": re.compile(r"^\d+(?:\.\d+)?%$"),
    "percent range": re.compile(r"^\d+(?:\.\d+)?%-\d+(?:\.\d+)?%$"),
    "number range": re.compile(r"^\d+(?:\.\d+)?-\d+(?:\.\d+)?$"),
    "number range with unit": re.compile(r"^\d+-\d+ [A-Za-z][A-Za-z ]*$"),
    "amount": re.compile(rf"^{CUR} ?\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?$"),
    "count or duration": re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)? [A-Za-z][A-Za-z ]*$"),
    "url": re.compile(r"^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?$"),
    "email": re.compile(r"^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$"),
}


def classify(value):
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dict):
        if set(value) == {"zh", "en"} and all(isinstance(v, str) and v for v in value.values()):
            return "name"
        return None
    if not isinstance(value, str):
        return None
    for name, pat in VALUE_PATTERNS.items():
        if pat.match(value):
            if name == "date range":
                a, b = value.split(" to ")
                try:
                    da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
                except ValueError:
                    return None
                if da > db:
                    return None
            return name
    return None


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str) and VALUE_PATTERNS["date range"].match(v):
            out.extend(dt.date.fromisoformat(x) for x in v.split(" to "))
    return out


# ---------------------------------------------------------------- weekdays
CN_DIG = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn2int(s):
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIG[a] if a else 1) * 10 + (CN_DIG[b] if b else 0)
    return CN_DIG[s]


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
NUM = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
WD_PREFIX = r"(?:星期|周|週|禮拜|礼拜)"
WDZH = (rf"\s*(?:[（(]\s*{WD_PREFIX}?(?P<w>[一二三四五六日天])\s*[）)]"
        rf"|{WD_PREFIX}(?P<w2>[一二三四五六日天]))")
ZH_PATTERNS = [
    re.compile(rf"(?:(?P<y>\d{{2,4}})年)?(?P<m>{NUM})月(?P<d>{NUM})[日号號]{WDZH}"),
    re.compile(rf"(?:(?P<y>\d{{2,4}})/)?(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}}){WDZH}"),
    re.compile(rf"(?<![月/\d一二三四五六七八九十廿卅])(?P<d>{NUM})[日号號]{WDZH}"),  # day only
]
ZH_WD_TOKEN = re.compile(rf"{WD_PREFIX}[一二三四五六日天]|[（(][一二三四五六日][）)]")
ZH_MONTH = re.compile(rf"({NUM})月")

EN_WD_NAMES = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WD_EN = (r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
         r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?)")
MON_EN = (r"(?P<m>January|February|March|April|May|June|July|August|September|October"
          r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
EN_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
EN_PATTERNS = [
    re.compile(rf"\b{WD_EN},?\s+(?P<d>\d{{1,2}})\s+{MON_EN}(?:,?\s+(?P<y>\d{{4}}))?"),
    re.compile(rf"\b{WD_EN},?\s+{MON_EN}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(?P<y>\d{{4}}))?"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+{MON_EN}(?:\s+(?P<y>\d{{4}}))?\s*\(\s*{WD_EN}\s*\)"),
    re.compile(rf"\b{MON_EN}\s+(?P<d>\d{{1,2}})(?:,\s*(?P<y>\d{{4}}))?\s*\(\s*{WD_EN}\s*\)"),
]
EN_WD_TOKEN = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                         r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b")


def resolve_year(y, m, d, facts):
    if y:
        y = int(y)
        return y + 1911 if y < 1000 else y
    dates = fact_dates(facts)
    for fd in dates:
        if (fd.month, fd.day) == (m, d):
            return fd.year
    if dates:
        return Counter(fd.year for fd in dates).most_common(1)[0][0]
    return None


def weekday_mentions(text, lang, facts, cid):
    """Return (mentions, unconsumed_tokens); mention = (start, end, date, written_wd)."""
    mentions, spans = [], []
    if lang == "zh":
        for i, pat in enumerate(ZH_PATTERNS):
            for mo in pat.finditer(text):
                g = mo.groupdict()
                if i == 2:
                    months = ZH_MONTH.findall(text[:mo.start()])
                    if not months:
                        fail(cid, f"zh day-only date without a month: {mo.group(0)!r}")
                        continue
                    m = cn2int(months[-1])
                else:
                    m = cn2int(g["m"])
                d = cn2int(g["d"])
                wd = ZH_WD[g["w"] or g["w2"][-1]]
                mentions.append((mo.start(), mo.end(), (g.get("y"), m, d), wd))
        tokens = [(t.start(), t.end(), t.group(0)) for t in ZH_WD_TOKEN.finditer(text)]
    else:
        for pat in EN_PATTERNS:
            for mo in pat.finditer(text):
                g = mo.groupdict()
                m = EN_MONTHS[g["m"][:3].lower()]
                wd = EN_WD_NAMES[g["w"][:3].lower()]
                mentions.append((mo.start(), mo.end(), (g.get("y"), m, int(g["d"])), wd))
        tokens = [(t.start(), t.end(), t.group(0)) for t in EN_WD_TOKEN.finditer(text)]
    out = []
    for s, e, (y, m, d), wd in mentions:
        year = resolve_year(y, m, d, facts)
        try:
            date = dt.date(year, m, d)
        except (TypeError, ValueError):
            fail(cid, f"{lang}: cannot build a date from {text[s:e]!r}")
            continue
        out.append((s, e, date, wd))
        spans.append((s, e))
    unconsumed = [t for t in tokens if not any(s <= t[0] and t[1] <= e for s, e in spans)]
    return out, unconsumed


# ---------------------------------------------------------------- helpers
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff\u3400-\u4dbf]", s))


def word_count(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


def strip_scheme(u):
    return re.sub(r"^https?://", "", u)


def digits_of(value):
    """Main number of a numeric fact value, without thousands separators."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    return m.group(0).replace(",", "") if m else None


def contains_number(text, num):
    flat = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.search(rf"(?<![\d.]){re.escape(num)}(?![\d])", flat) is not None


EN_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December"]


def date_forms(d):
    mn = EN_MONTH_NAMES[d.month - 1]
    return [f"{d.month}月{d.day}日", f"{d.month}/{d.day}", f"{d.day}/{d.month}",
            f"{d.day} {mn}", f"{mn} {d.day}", f"{d.day} {mn[:3]}", f"{mn[:3]} {d.day}",
            f"{mn[:3]}. {d.day}", d.isoformat()]


def contains_date(text, d):
    for f in date_forms(d):
        if re.search(rf"(?<!\d){re.escape(f)}(?!\d)", text):
            return True
    return False


# ---------------------------------------------------------------- main
def main():
    cases = []
    for i, fn in enumerate(FILES, 1):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            fail(fn, "file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must hold a list of 10 cases")
            continue
        for j, case in enumerate(data):
            want = f"r-{(i - 1) * 10 + j + 1:03d}"
            if not isinstance(case, dict) or case.get("id") != want:
                fail(fn, f"case {j + 1} should have id {want}")
            cases.append(case)

    kind_counter, lang_counter, doc_counter = Counter(), Counter(), Counter()
    clean = faulty = double = 0

    for case in cases:
        cid = case.get("id", "?")
        if set(case) != CASE_FIELDS:
            fail(cid, f"fields must be exactly {sorted(CASE_FIELDS)}, got {sorted(case)}")
            continue
        if case["kind"] not in DOC_KINDS:
            fail(cid, f"unknown document kind {case['kind']!r}")
        doc_counter[case["kind"]] += 1
        facts, texts, errors = case["facts"], {"zh": case["zh"], "en": case["en"]}, case["errors"]

        # facts
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping with 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        ftype = {}
        for label, value in facts.items():
            t = classify(value)
            if t is None:
                fail(cid, f"fact {label!r} has an unrecognised value {value!r}")
            ftype[label] = t

        # texts
        for lang in LANGS:
            if not isinstance(texts[lang], str) or not texts[lang].strip():
                fail(cid, f"{lang} text missing")
        n_han, n_words = han_count(texts["zh"]), word_count(texts["en"])
        if not 110 <= n_han <= 160:
            fail(cid, f"zh has {n_han} Han characters (need 110-160)")
        if not 65 <= n_words <= 120:
            fail(cid, f"en has {n_words} words (need 65-120)")

        # errors
        if not isinstance(errors, list):
            fail(cid, "errors must be a list")
            errors = []
        if not errors:
            clean += 1
        else:
            faulty += 1
        if len(errors) == 2:
            double += 1
            if errors[0].get("lang") == errors[1].get("lang"):
                fail(cid, "a two-error case must have its errors in different languages")
        elif len(errors) > 2:
            fail(cid, "at most two errors per case")
        err_by_lang_fact = set()
        for err in errors:
            k, lang = err.get("kind"), err.get("lang")
            keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(err) != keys:
                fail(cid, f"error fields must be {sorted(keys)}, got {sorted(err)}")
            if k not in ERR_KINDS:
                fail(cid, f"unknown error kind {k!r}")
                continue
            if lang not in LANGS:
                fail(cid, f"unknown error lang {lang!r}")
                continue
            kind_counter[k] += 1
            lang_counter[lang] += 1
            fact, found = err.get("fact"), err.get("found")
            if k in ("weekday", "term"):
                if fact is not None:
                    fail(cid, f"{k} error must have fact: null")
            elif fact not in facts:
                fail(cid, f"error refers to unknown fact {fact!r}")
                continue
            if k == "missing":
                if found is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(found, str) or found not in texts[lang]:
                    fail(cid, f"found {found!r} is not a substring of the {lang} text")
            if k == "term":
                for key in ("zh_term", "en_term"):
                    if not isinstance(err.get(key), str) or not err.get(key):
                        fail(cid, f"term error needs {key}")
                if isinstance(err.get("zh_term"), str) and lang == "zh" and err["zh_term"] in texts["zh"]:
                    fail(cid, "faulty zh text still uses the correct term")
                if isinstance(err.get("en_term"), str) and lang == "en" and err["en_term"].lower() in texts["en"].lower():
                    fail(cid, "faulty en text still uses the correct term")
            if fact is not None:
                err_by_lang_fact.add((lang, fact))
                # the correct value must not survive in the faulty language
                v, t, text = facts[fact], ftype.get(fact), texts[lang]
                if t == "name":
                    if v[lang] in text:
                        fail(cid, f"correct name {v[lang]!r} still in {lang} text")
                elif t in ("url", "email"):
                    if strip_scheme(v) in text:
                        fail(cid, f"correct link {v!r} still in {lang} text")
                elif t == "date":
                    if contains_date(text, v):
                        fail(cid, f"correct date {v} still in {lang} text")
                elif t in ("percent", "amount", "count or duration", "number range", "percent range"):
                    num = digits_of(v)
                    if num and contains_number(text, num):
                        fail(cid, f"correct number {num} of fact {fact!r} still in {lang} text")

        # presence of names and links where no error is seeded
        for label, value in facts.items():
            t = ftype.get(label)
            for lang in LANGS:
                if (lang, label) in err_by_lang_fact:
                    continue
                text = texts[lang]
                if t == "name":
                    if lang == "zh" and value["zh"] not in text:
                        fail(cid, f"name {value['zh']!r} not found in zh text")
                    if lang == "en" and not all(tok in text for tok in value["en"].split()):
                        fail(cid, f"name {value['en']!r} not found in en text")
                elif t in ("url", "email") and strip_scheme(value) not in text:
                    fail(cid, f"link {value!r} not found in {lang} text")

        # weekdays
        wd_errors = {lang: [e["found"] for e in errors
                            if e.get("kind") == "weekday" and e.get("lang") == lang
                            and isinstance(e.get("found"), str)] for lang in LANGS}
        for lang in LANGS:
            text = texts[lang]
            mentions, unconsumed = weekday_mentions(text, lang, facts, cid)
            for s, e, tok in unconsumed:
                fail(cid, f"{lang}: weekday {tok!r} is not attached to a recognisable date")
            covered = Counter()
            for s, e, date, wd in mentions:
                if date.weekday() == wd:
                    continue
                hit = False
                for f in wd_errors[lang]:
                    for mo in re.finditer(re.escape(f), text):
                        if mo.start() <= s and e <= mo.end():
                            hit = True
                            covered[f] += 1
                if not hit:
                    fail(cid, f"{lang}: weekday mismatch in {text[s:e]!r} "
                              f"({date.isoformat()} is a {date.strftime('%A')})")
            for f in wd_errors[lang]:
                if not covered[f]:
                    fail(cid, f"{lang}: seeded weekday error {f!r} contains no mismatch")

    # mix
    if len(cases) != N_CASES:
        fail("set", f"{len(cases)} cases, expected {N_CASES}")
    if (clean, faulty, double) != (N_CLEAN, N_FAULTY, N_DOUBLE):
        fail("set", f"clean/faulty/double = {clean}/{faulty}/{double}, "
                    f"expected {N_CLEAN}/{N_FAULTY}/{N_DOUBLE}")
    if sum(kind_counter.values()) != N_ERRORS:
        fail("set", f"{sum(kind_counter.values())} errors, expected {N_ERRORS}")
    for k in ERR_KINDS:
        if not 2 <= kind_counter[k] <= 3:
            fail("set", f"error kind {k} occurs {kind_counter[k]} times (want 2-3)")
    if abs(lang_counter["zh"] - lang_counter["en"]) > 1:
        fail("set", f"errors by language unbalanced: {dict(lang_counter)}")
    for k in DOC_KINDS:
        if doc_counter[k] < 5:
            fail("set", f"document kind {k} occurs only {doc_counter[k]} times")

    if problems:
        print("FAIL")
        for p in problems:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
