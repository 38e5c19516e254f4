#!/usr/bin/env python3
"""Validator for the blind57 bilingual HR fact-check set.

Checks structure, field types, length limits, the clean/faulty mix, the seeded
error counts, and recomputes every weekday written next to a date in both
languages (Chinese: 12月8日（二）, 115年12月8日（星期二）, 12/3（四）, a day-only
range end such as 至20日（周五）; English: Tuesday, December 8, 2026 /
Thu 3 Dec / Friday, Jan. 15). A weekday that does not match its date fails the
run unless a `weekday` error is seeded on exactly that span.

Usage: python3 validate.py   (prints OK and exits 0 when everything passes)
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

DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
CASE_KEYS = {"id", "kind", "facts", "zh", "en", "errors"}

EXPECT_CASES = 40
EXPECT_CLEAN = 24
EXPECT_FAULTY = 16
EXPECT_ERRORS = 18
EXPECT_DOUBLE = 2

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- facts ----
ISO = r"\d{4}-\d{2}-\d{2}"
AMOUNT_PREFIX = r"(?:RMB|NT\$|HK\$|S\$|RM|MOP)"
STR_PATTERNS = {
    "date range": re.compile(rf"^{ISO} to {ISO}$"),
    "percent": re.compile(r"^\d+(?:\.\d+)?%$"),
    "percent range": re.compile(r"^\d+(?:\.\d+)?%-\d+(?:\.\d+)?%$"),
    "time": re.compile(r"^\d{2}:\d{2}$"),
    "time range": re.compile(r"^\d{2}:\d{2}-\d{2}:\d{2}$"),
    "number range": re.compile(r"^\d+-\d+$"),
    "amount": re.compile(rf"^{AMOUNT_PREFIX} ?\d[\d,]*(?:\.\d+)?(?: [a-z][\w ']*)?$"),
    "count/duration": re.compile(r"^\d[\d,]*(?:\.\d+)?(?: [A-Za-z0-9'][\w' -]*)?$"),
    "email": re.compile(r"^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$"),
    "url": re.compile(r"^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[\w./-]*)?$"),
}


def classify(value):
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dict):
        return "name"
    if isinstance(value, str):
        for name, pat in STR_PATTERNS.items():
            if pat.match(value):
                return name
    return None


def fact_dates(facts):
    """All dates in the brief, including both ends of date ranges."""
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str) and STR_PATTERNS["date range"].match(v):
            a, b = v.split(" to ")
            out += [dt.date.fromisoformat(a), dt.date.fromisoformat(b)]
    return out


def strip_url(u):
    return re.sub(r"^https?://", "", u).rstrip("/").lower()


# ------------------------------------------------------------- weekdays ----
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
EN_MON = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
ZH_PAREN_WD = r"\s*[（(]\s*(?:星期|周|週|禮拜|礼拜)?([一二三四五六日天])\s*[)）]"
ZH_DATE_WD = re.compile(
    r"(?:(?:(\d{2,4})年)?(\d{1,2})月)?(\d{1,2})日" + ZH_PAREN_WD
    + r"|(?:(\d{2,4})/)?(\d{1,2})/(\d{1,2})" + ZH_PAREN_WD
)
WD_ALT = "|".join(sorted(EN_WD, key=len, reverse=True))
MON_ALT = "|".join(sorted(EN_MON, key=len, reverse=True))
EN_DATE_WD = re.compile(
    rf"\b({WD_ALT})\b\.?,?\s+"
    rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MON_ALT})\b\.?|({MON_ALT})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf"(?:,?\s+(\d{{4}})\b)?",
    re.IGNORECASE,
)


def norm_year(y):
    y = int(y)
    return y + 1911 if y < 1000 else y  # ROC (Minguo) years in Taiwan


def infer_year(month, day, facts, cid, where):
    dates = fact_dates(facts)
    hits = {d.year for d in dates if (d.month, d.day) == (month, day)}
    if len(hits) == 1:
        return hits.pop()
    if len(hits) > 1:
        fail(f"{cid} {where}: {month}/{day} matches facts in several years {sorted(hits)}")
        return None
    years = {d.year for d in dates}
    if len(years) == 1:
        return years.pop()
    fail(f"{cid} {where}: cannot infer year for {month}/{day} (fact years {sorted(years)})")
    return None


def weekday_mentions(text, lang, facts, cid):
    """Yield (start, end, date, written_weekday)."""
    if lang == "zh":
        last_m = last_y = None
        for m in ZH_DATE_WD.finditer(text):
            if m.group(3):
                y, mo, d, wd = m.group(1), m.group(2), m.group(3), m.group(4)
            else:
                y, mo, d, wd = m.group(5), m.group(6), m.group(7), m.group(8)
            if mo is None:  # day-only range end: inherit month (and year)
                if last_m is None:
                    fail(f"{cid} zh: day-only date without a preceding month at {m.group(0)!r}")
                    continue
                mo, y = last_m, y or last_y
            mo, d = int(mo), int(d)
            year = norm_year(y) if y else infer_year(mo, d, facts, cid, "zh")
            last_m, last_y = mo, (str(year) if year else None)
            if year is None:
                continue
            try:
                date = dt.date(year, mo, d)
            except ValueError:
                fail(f"{cid} zh: impossible date {m.group(0)!r}")
                continue
            yield m.start(), m.end(), date, ZH_WD[wd]
    else:
        for m in EN_DATE_WD.finditer(text):
            wd = EN_WD[m.group(1).lower()]
            if m.group(2):
                d, mo = int(m.group(2)), EN_MON[m.group(3).lower()]
            else:
                mo, d = EN_MON[m.group(4).lower()], int(m.group(5))
            year = int(m.group(6)) if m.group(6) else infer_year(mo, d, facts, cid, "en")
            if year is None:
                continue
            try:
                date = dt.date(year, mo, d)
            except ValueError:
                fail(f"{cid} en: impossible date {m.group(0)!r}")
                continue
            yield m.start(), m.end(), date, wd


# ----------------------------------------------------------------- main ----
def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", s))


def spans(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_case(c, expected_id):
    cid = c.get("id", "?")
    if set(c) != CASE_KEYS:
        fail(f"{cid}: keys {sorted(c)} != {sorted(CASE_KEYS)}")
        return
    if cid != expected_id:
        fail(f"{cid}: expected id {expected_id}")
    if c["kind"] not in DOC_KINDS:
        fail(f"{cid}: bad document kind {c['kind']!r}")
    facts, zh, en, errors = c["facts"], c["zh"], c["en"], c["errors"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(f"{cid}: needs 4-8 facts, has {len(facts) if isinstance(facts, dict) else facts!r}")
        return
    for label, v in facts.items():
        k = classify(v)
        if k is None:
            fail(f"{cid}: fact {label!r} has an unrecognised value {v!r}")
        if k == "name" and set(v) != {"zh", "en"}:
            fail(f"{cid}: name fact {label!r} needs exactly zh and en")
        if k == "date range":
            a, b = v.split(" to ")
            if not dt.date.fromisoformat(a) < dt.date.fromisoformat(b):
                fail(f"{cid}: date range {label!r} not increasing")
    n_han, n_words = han_count(zh), len(en.split())
    if not 110 <= n_han <= 160:
        fail(f"{cid}: zh has {n_han} Han characters (110-160)")
    if not 65 <= n_words <= 120:
        fail(f"{cid}: en has {n_words} words (65-120)")
    if not isinstance(errors, list):
        fail(f"{cid}: errors must be a list")
        return
    texts = {"zh": zh, "en": en}
    faulty = {}  # (lang, fact label) for seeded fact errors

    for e in errors:
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
        if set(e) != need:
            fail(f"{cid}: error keys {sorted(e)} != {sorted(need)}")
            continue
        k, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
        if k not in ERR_KINDS:
            fail(f"{cid}: bad error kind {k!r}")
        if lang not in texts:
            fail(f"{cid}: bad error lang {lang!r}")
            continue
        other = "en" if lang == "zh" else "zh"
        if k in ("weekday", "term"):
            if fact is not None:
                fail(f"{cid}: {k} error must have fact: null")
        elif fact not in facts:
            fail(f"{cid}: error fact {fact!r} is not a fact label")
            continue
        else:
            faulty[(lang, fact)] = k
        if k == "missing":
            if found is not None:
                fail(f"{cid}: missing error must have found: null")
        else:
            if not isinstance(found, str) or found not in texts[lang]:
                fail(f"{cid}: found {found!r} is not a substring of the {lang} text")
            elif texts[lang].count(found) != 1:
                fail(f"{cid}: found {found!r} occurs more than once in the {lang} text")
            elif found in texts[other]:
                fail(f"{cid}: found {found!r} also occurs in the {other} text")
        if k in ("link", "name", "missing") and fact in facts:
            v = facts[fact]
            correct = v[lang] if isinstance(v, dict) else v
            if isinstance(correct, str) and strip_url(correct) in texts[lang].lower():
                fail(f"{cid}: correct value {correct!r} still appears in the faulty {lang} text")
        if k == "date" and isinstance(facts.get(fact), dt.date):
            if facts[fact].isoformat() in texts[lang]:
                fail(f"{cid}: correct ISO date still appears in the faulty {lang} text")
        if k == "term":
            if e["zh_term"] in zh and lang == "zh":
                fail(f"{cid}: correct zh term still appears in zh")
            if e["en_term"].lower() in en.lower() and lang == "en":
                fail(f"{cid}: correct en term still appears in en")
            if lang == "zh" and e["en_term"].lower() not in en.lower():
                fail(f"{cid}: reference en term missing from the en text")
            if lang == "en" and e["zh_term"] not in zh:
                fail(f"{cid}: reference zh term missing from the zh text")

    # links, e-mail addresses and names must be verbatim in both languages
    # unless an error is seeded on that fact in that language
    for label, v in facts.items():
        k = classify(v)
        for lang in ("zh", "en"):
            if (lang, label) in faulty:
                continue
            if k in ("url", "email") and strip_url(v) not in texts[lang].lower():
                fail(f"{cid}: {label!r} ({v}) not found in {lang}")
            if k == "name" and v[lang] not in texts[lang]:
                fail(f"{cid}: name {v[lang]!r} not found in {lang}")

    # weekdays
    seeded = [e for e in errors if e.get("kind") == "weekday"]
    hit = set()
    known = set(fact_dates(facts))
    for lang, text in texts.items():
        for s, t, date, wd in weekday_mentions(text, lang, facts, cid):
            if date.weekday() == wd:
                continue
            ok = False
            for i, e in enumerate(seeded):
                if e["lang"] != lang:
                    continue
                for a, b in spans(text, e["found"]):
                    if a <= s and t <= b or s <= a and b <= t:
                        ok = True
                        hit.add(i)
                        if date not in known:
                            fail(f"{cid}: seeded weekday error on {date} which is not a fact date")
            if not ok:
                fail(f"{cid} {lang}: {text[s:t]!r} -> {date} is a "
                     f"{date.strftime('%A')}, not the weekday written")
    for i, e in enumerate(seeded):
        if i not in hit:
            fail(f"{cid}: seeded weekday error {e['found']!r} was not detected as a mismatch")
    return errors


def main():
    cases = []
    for n, fname in enumerate(FILES):
        path = os.path.join(HERE, fname)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(f"{fname}: expected a list of 10 cases")
            continue
        for j, c in enumerate(data):
            check_case(c, f"r-{n * 10 + j + 1:03d}")
            cases.append(c)

    if len(cases) != EXPECT_CASES:
        fail(f"expected {EXPECT_CASES} cases, found {len(cases)}")
    errs = [c.get("errors") or [] for c in cases]
    clean = sum(1 for e in errs if not e)
    faulty = len(errs) - clean
    total = sum(len(e) for e in errs)
    doubles = [e for e in errs if len(e) == 2]
    if clean != EXPECT_CLEAN or faulty != EXPECT_FAULTY:
        fail(f"clean/faulty = {clean}/{faulty}, expected {EXPECT_CLEAN}/{EXPECT_FAULTY}")
    if total != EXPECT_ERRORS:
        fail(f"{total} seeded errors, expected {EXPECT_ERRORS}")
    if len(doubles) != EXPECT_DOUBLE or any(len(e) > 2 for e in errs):
        fail(f"expected exactly {EXPECT_DOUBLE} cases with two errors and none with more")
    for e in doubles:
        if e[0].get("lang") == e[1].get("lang"):
            fail("a two-error case has both errors in the same language")
    flat = [x for e in errs for x in e]
    by_kind = Counter(x.get("kind") for x in flat)
    by_lang = Counter(x.get("lang") for x in flat)
    for k in ERR_KINDS:
        if not 2 <= by_kind[k] <= 3:
            fail(f"error kind {k!r} seeded {by_kind[k]} times (want 2-3)")
    if abs(by_lang["zh"] - by_lang["en"]) > 1:
        fail(f"errors unbalanced over languages: {dict(by_lang)}")
    doc_kinds = Counter(c.get("kind") for c in cases)
    if set(doc_kinds) != DOC_KINDS:
        fail(f"document kinds present: {sorted(doc_kinds)}")

    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(cases)} cases ({clean} clean, {faulty} faulty), {total} seeded errors; "
          f"by kind {dict(sorted(by_kind.items()))}; by language {dict(sorted(by_lang.items()))}; "
          f"documents {dict(sorted(doc_kinds.items()))}")
    sys.exit(0)


if __name__ == "__main__":
    main()
