#!/usr/bin/env python3
"""Validator for blind set blind45 (Python 3 + PyYAML only).

Checks structure, lengths and counts, recomputes with datetime every weekday
written next to a date in both language versions, and checks a few fact kinds
that can be checked mechanically (dates, links / e-mail addresses, names).
Numbers and percentages in words are reviewed by hand (see README.md).

Usage:  python3 validate.py            (exit status 0 = pass)
        python3 validate.py -v         (also list every date/weekday pair found)
"""
import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_1.yaml", "pairs_2.yaml", "pairs_3.yaml", "pairs_4.yaml"]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                "name": 2, "link": 2, "missing": 2, "term": 2}
VERBOSE = "-v" in sys.argv

problems = []
warnings = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


def warn(cid, msg):
    warnings.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- lengths
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    return sum(1 for t in s.split() if re.search(r"[A-Za-z0-9]", t))


# ---------------------------------------------------------------- masking
URL_RE = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/[A-Za-z0-9._~/%-]*)?")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")


def mask(s):
    """Blank out e-mail addresses and URLs so digits in them are not read as dates."""
    def blank(m):
        return " " * (m.end() - m.start())
    s = MAIL_RE.sub(blank, s)
    s = URL_RE.sub(lambda m: blank(m) if ("." in m.group(0)) else m.group(0), s)
    return s


# ---------------------------------------------------------------- Chinese numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_int(s):
    s = s.strip()
    if s.isdigit():
        return int(s)
    if all(c in CN_DIGIT for c in s) and len(s) >= 3:      # 二〇二六
        return int("".join(str(CN_DIGIT[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGIT[a] if a else 1
        ones = CN_DIGIT[b] if b else 0
        return tens * 10 + ones
    return CN_DIGIT[s]


def year_value(raw):
    raw = raw.replace("民國", "").replace("民国", "").strip()
    y = cn_int(raw)
    if y < 1000:          # ROC calendar
        y += 1911
    return y


# ---------------------------------------------------------------- weekday words
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
         "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4,
         "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
EN_MON = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
          "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
          "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
          "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
NAMES_WD = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
            "Tues|Tue|Thurs|Thur|Thu|Mon|Wed|Fri|Sat|Sun")
NAMES_MON = ("January|February|March|April|May|June|July|August|September|October|"
             "November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
WD_EN = rf"(?P<wd>{NAMES_WD})\b\.?"
MON_EN = rf"(?P<mon>{NAMES_MON})\b\.?"
ZH_WD_PREFIX = r"(?:周|週|星期|禮拜|礼拜)"

# Chinese date patterns
ZH_FULL = re.compile(
    r"(?:(?P<y>(?:民國|民国)?\s*\d{2,4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
    r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]")
ZH_SLASH = re.compile(r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])")
# day-only: after a range connector, or any day number written with 号/號
ZH_DAYONLY = re.compile(
    r"(?:(?<=[至到~～\-–—])\s*(?P<d1>3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?)\s*[日号號])"
    r"|(?:(?<![\d月/一二三四五六七八九十])(?P<d2>3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?)\s*[号號](?![门門楼樓线線店床位房机機]))")
ZH_WD_AFTER = re.compile(
    r"\s*(?:[（(]\s*(?:" + ZH_WD_PREFIX + r"(?P<w1>[一二三四五六日天])|(?P<w2>[一二三四五六日]))\s*[）)]"
    r"|" + ZH_WD_PREFIX + r"(?P<w3>[一二三四五六日天]))")
ZH_WD_BEFORE = re.compile(ZH_WD_PREFIX + r"(?P<w>[一二三四五六日天])\s*[（(，,]?\s*$")

# English date patterns
EN_DM = re.compile(rf"(?<![\d/])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MON_EN}(?:,?\s+(?P<y>\d{{4}}))?")
EN_MD = re.compile(rf"{MON_EN}\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?")
EN_RANGE_DM = re.compile(
    rf"(?<![\d/])(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|until|through)\s*"
    rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+{MON_EN}")
EN_RANGE_MD = re.compile(
    rf"{MON_EN}\s+(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|through)\s*"
    rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b")
EN_WD_BEFORE = re.compile(WD_EN + r",?\s+(?:the\s+)?$")
EN_WD_AFTER = re.compile(r"\s*(?:\(\s*" + WD_EN + r"\s*\)|,\s*(?:a\s+)?" + WD_EN.replace("?P<wd>", "?P<wd2>") + r"(?!\s+\d))")


class Tok:
    def __init__(self, start, end, m, d, y, wd=None, wd_span=None):
        self.start, self.end, self.m, self.d, self.y = start, end, m, d, y
        self.wd, self.wd_span = wd, wd_span

    def __repr__(self):
        return f"<{self.y}-{self.m}-{self.d} wd={self.wd} @{self.start}>"


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for iso in re.findall(r"\b(\d{4}-\d{2}-\d{2})\b", v):
                out.append(dt.date.fromisoformat(iso))
    return out


def resolve_year(tok, explicit_last, fdates):
    if tok.y is not None:
        return tok.y
    for f in fdates:
        if (f.month, f.day) == (tok.m, tok.d):
            return f.year
    if fdates:
        # the year that puts this date nearest to the dates of the brief
        best = None
        for y in sorted({f.year for f in fdates} | {f.year - 1 for f in fdates} | {f.year + 1 for f in fdates}):
            try:
                cand = dt.date(y, tok.m, tok.d)
            except ValueError:
                continue
            gap = min(abs((cand - f).days) for f in fdates)
            if best is None or gap < best[0]:
                best = (gap, y)
        if best:
            return best[1]
    if explicit_last is not None:
        return explicit_last
    return 2026


def scan_zh(text):
    t = mask(text)
    toks = []
    for m in ZH_FULL.finditer(t):
        y = year_value(m.group("y")) if m.group("y") else None
        toks.append(Tok(m.start(), m.end(), cn_int(m.group("m")), cn_int(m.group("d")), y))
    for m in ZH_SLASH.finditer(t):
        toks.append(Tok(m.start(), m.end(), int(m.group("m")), int(m.group("d")), None))
    toks.sort(key=lambda k: k.start)
    # day-only tokens take the month (and year) of the nearest preceding full token
    for m in ZH_DAYONLY.finditer(t):
        if any(k.start <= m.start() < k.end for k in toks):
            continue
        prev = [k for k in toks if k.end <= m.start()]
        if not prev:
            continue
        d = cn_int(m.group("d1") or m.group("d2"))
        toks.append(Tok(m.start(), m.end(), prev[-1].m, d, prev[-1].y))
    toks.sort(key=lambda k: k.start)
    for k in toks:
        a = ZH_WD_AFTER.match(t, k.end)
        if a:
            w = a.group("w1") or a.group("w2") or a.group("w3")
            k.wd, k.wd_span = ZH_WD[w], (a.start(), a.end())
            continue
        b = ZH_WD_BEFORE.search(t[max(0, k.start - 8):k.start])
        if b:
            off = max(0, k.start - 8)
            k.wd, k.wd_span = ZH_WD[b.group("w")], (off + b.start(), off + b.end())
    return toks


def scan_en(text):
    t = mask(text)
    toks = []
    for rx in (EN_DM, EN_MD):
        for m in rx.finditer(t):
            if any(k.start < m.end() and m.start() < k.end for k in toks):
                continue
            y = int(m.group("y")) if m.group("y") else None
            toks.append(Tok(m.start(), m.end(), EN_MON[m.group("mon").lower()], int(m.group("d")), y))
    for rx in (EN_RANGE_DM, EN_RANGE_MD):
        for m in rx.finditer(t):
            mon = EN_MON[m.group("mon").lower()]
            s = m.start("d1")
            if not any(k.start <= s < k.end for k in toks):
                toks.append(Tok(s, m.end("d1"), mon, int(m.group("d1")), None))
            s2 = m.start("d2")
            if not any(k.start <= s2 < k.end for k in toks):
                toks.append(Tok(s2, m.end("d2"), mon, int(m.group("d2")), None))
    toks.sort(key=lambda k: k.start)
    for k in toks:
        a = EN_WD_AFTER.match(t, k.end)
        if a:
            k.wd, k.wd_span = EN_WD[(a.group("wd") or a.group("wd2")).lower()], (a.start(), a.end())
            continue
        b = EN_WD_BEFORE.search(t[max(0, k.start - 16):k.start])
        if b:
            off = max(0, k.start - 16)
            k.wd, k.wd_span = EN_WD[b.group("wd").lower()], (off + b.start(), off + b.end())
    return toks


def dated(toks, fdates):
    """Attach a full date to each token (year inference) and return the tokens."""
    last_year = None
    for k in toks:
        if k.y is not None:
            last_year = k.y
        k.year = resolve_year(k, last_year, fdates)
        try:
            k.date = dt.date(k.year, k.m, k.d)
        except ValueError:
            k.date = None
    return toks


# ---------------------------------------------------------------- fact helpers
def norm_link(s):
    s = s.strip().lower()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^mailto:", "", s)
    return s.rstrip("/")


def links_in(text):
    found = set()
    for m in MAIL_RE.finditer(text):
        found.add(m.group(0).lower())
    for m in URL_RE.finditer(MAIL_RE.sub(" ", text)):
        found.add(norm_link(m.group(0).rstrip(".,;:")))
    return found


def en_name_present(name, text):
    toks = [x for x in re.split(r"[\s]+", name.lower()) if x]
    low = text.lower()
    return all(re.search(r"(?<![a-z])" + re.escape(x) + r"(?![a-z])", low) for x in toks)


def is_name(v):
    return isinstance(v, dict) and set(v) == {"zh", "en"}


# ---------------------------------------------------------------- main checks
def check_case(c, fname):
    cid = c.get("id", "?")
    keys = {"id", "kind", "facts", "zh", "en", "errors"}
    if set(c) != keys:
        fail(cid, f"fields {sorted(c)} != {sorted(keys)}")
        return
    if c["kind"] not in DOC_KINDS:
        fail(cid, f"bad kind {c['kind']}")
    facts = c["facts"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(cid, "facts must be a mapping of 4-8 entries")
        return
    for label, v in facts.items():
        if isinstance(v, bool) or v is None:
            fail(cid, f"fact {label!r} has bad value {v!r}")
        elif isinstance(v, dt.datetime):
            fail(cid, f"fact {label!r} is a datetime, expected a date")
        elif isinstance(v, (dt.date, int, float)):
            pass
        elif isinstance(v, dict):
            if not is_name(v):
                fail(cid, f"fact {label!r}: name must be {{zh, en}}")
        elif isinstance(v, str):
            if re.fullmatch(r"\d{1,2}:\d{2}", v) or re.fullmatch(r"\d{2}:\d{2}-\d{2}:\d{2}", v):
                pass
            elif " to " in v and re.search(r"\d{4}-\d{2}-\d{2}", v):
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", v):
                    fail(cid, f"fact {label!r}: bad date range {v!r}")
                else:
                    a, b = (dt.date.fromisoformat(x) for x in v.split(" to "))
                    if a >= b:
                        fail(cid, f"fact {label!r}: empty date range")
        else:
            fail(cid, f"fact {label!r} has unsupported type {type(v).__name__}")

    for lang in ("zh", "en"):
        if not isinstance(c[lang], str) or not c[lang].strip():
            fail(cid, f"{lang} text missing")
            return
    hz, we = han_count(c["zh"]), word_count(c["en"])
    if not 110 <= hz <= 160:
        fail(cid, f"zh has {hz} Han characters (need 110-160)")
    if not 65 <= we <= 120:
        fail(cid, f"en has {we} words (need 65-120)")

    errs = c["errors"]
    if not isinstance(errs, list):
        fail(cid, "errors must be a list")
        return
    for e in errs:
        base = {"kind", "lang", "fact", "found"}
        want = base | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
        if set(e) != want:
            fail(cid, f"error fields {sorted(e)} != {sorted(want)}")
            continue
        if e["kind"] not in ERR_KINDS or e["lang"] not in ("zh", "en"):
            fail(cid, f"bad error kind/lang {e['kind']}/{e['lang']}")
            continue
        if e["kind"] in ("weekday", "term"):
            if e["fact"] is not None:
                fail(cid, f"{e['kind']} error must have fact: null")
        elif e["fact"] not in facts:
            fail(cid, f"error fact {e['fact']!r} not in facts")
        if e["kind"] == "missing":
            if e["found"] is not None:
                fail(cid, "missing error must have found: null")
        else:
            if not isinstance(e["found"], str) or not e["found"]:
                fail(cid, "found must be a non-empty string")
            elif e["found"] not in c[e["lang"]]:
                fail(cid, f"found {e['found']!r} not in {e['lang']} text")
            elif c[e["lang"]].count(e["found"]) != 1:
                warn(cid, f"found {e['found']!r} occurs more than once")
        if e["kind"] == "term":
            zt, et = e["zh_term"], e["en_term"]
            right, wrong = (c["en"], c["zh"]) if e["lang"] == "zh" else (c["zh"], c["en"])
            right_term, wrong_term = (et, zt) if e["lang"] == "zh" else (zt, et)
            if right_term.lower() not in right.lower():
                fail(cid, f"term {right_term!r} should appear in the correct language")
            if wrong_term.lower() in wrong.lower():
                fail(cid, f"term {wrong_term!r} appears in the faulty language; error is not clean")
    if len(errs) == 2 and errs[0]["lang"] == errs[1]["lang"]:
        fail(cid, "a two-error case must carry its errors in different languages")
    if len(errs) > 2:
        fail(cid, "at most two errors per case")

    check_dates(c)
    check_links_names(c)


def errors_on(c, label, lang, kinds):
    return [e for e in c["errors"] if e["fact"] == label and e["lang"] == lang and e["kind"] in kinds]


def check_dates(c):
    cid = c["id"]
    fdates = fact_dates(c["facts"])
    for lang, scan in (("zh", scan_zh), ("en", scan_en)):
        text = c[lang]
        toks = dated(scan(text), fdates)
        mism = []
        for k in toks:
            if k.date is None:
                fail(cid, f"{lang}: impossible date {k.year}-{k.m}-{k.d}")
                continue
            if VERBOSE:
                print(f"  {cid} {lang} {k.date} wd={'-' if k.wd is None else k.wd} "
                      f"real={k.date.weekday()} {text[k.start:k.end]!r}")
            if k.wd is not None and k.wd != k.date.weekday():
                lo, hi = min(k.start, k.wd_span[0]), max(k.end, k.wd_span[1])
                while hi > lo and text[hi - 1] in ".,; ":
                    hi -= 1
                mism.append((lo, hi, k))
        # weekday errors must cover exactly the mismatches
        wd_errs = [e for e in c["errors"] if e["kind"] == "weekday" and e["lang"] == lang]
        covered = set()
        for e in wd_errs:
            pos = text.find(e["found"])
            if pos < 0:
                continue
            hit = [i for i, (lo, hi, k) in enumerate(mism) if pos <= lo and hi <= pos + len(e["found"])]
            if len(hit) != 1:
                fail(cid, f"weekday error {e['found']!r} does not cover exactly one wrong weekday")
            covered.update(hit)
        for i, (lo, hi, k) in enumerate(mism):
            if i not in covered:
                fail(cid, f"{lang}: weekday does not match date {k.date} in {text[lo:hi]!r} "
                          f"(real: {k.date.strftime('%A')})")
        # every date fact present (or absent, if the case says so)
        present = {(k.m, k.d, k.y) for k in toks}
        for label, v in c["facts"].items():
            wanted = []
            if isinstance(v, dt.date):
                wanted = [v]
            elif isinstance(v, str) and re.search(r"\d{4}-\d{2}-\d{2}", v):
                wanted = [dt.date.fromisoformat(x) for x in re.findall(r"\d{4}-\d{2}-\d{2}", v)]
            for w in wanted:
                ok = any((m, d) == (w.month, w.day) and (y is None or y == w.year) for m, d, y in present)
                bad_year = any((m, d) == (w.month, w.day) and y is not None and y != w.year
                               for m, d, y in present)
                seeded = errors_on(c, label, lang, {"date", "missing"})
                if seeded and ok:
                    fail(cid, f"{lang}: seeded {seeded[0]['kind']} error on {label!r}, "
                              f"but correct date {w} still appears")
                if not seeded and not ok:
                    fail(cid, f"{lang}: date fact {label!r} = {w} not found")
                if bad_year:
                    fail(cid, f"{lang}: date {w.month}/{w.day} written with a wrong year")


def check_links_names(c):
    cid = c["id"]
    for label, v in c["facts"].items():
        for lang in ("zh", "en"):
            text = c[lang]
            seeded = [e for e in c["errors"] if e["fact"] == label and e["lang"] == lang]
            if isinstance(v, str) and (MAIL_RE.fullmatch(v) or v.startswith("http")):
                present = norm_link(v) in links_in(text)
                if seeded and present:
                    fail(cid, f"{lang}: seeded error on {label!r} but {v} still appears")
                if not seeded and not present:
                    fail(cid, f"{lang}: link/e-mail fact {label!r} = {v} not found")
            if is_name(v):
                present = (v["zh"] in text) if lang == "zh" else en_name_present(v["en"], text)
                if seeded and present:
                    fail(cid, f"{lang}: seeded error on {label!r} but name still appears")
                if not seeded and not present:
                    fail(cid, f"{lang}: name fact {label!r} not found")


def main():
    cases = []
    for i, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must be a list of 10 cases")
            continue
        for j, c in enumerate(data):
            want = f"r-{i * 10 + j + 1:03d}"
            if c.get("id") != want:
                fail(fn, f"case {j + 1} has id {c.get('id')!r}, expected {want}")
            check_case(c, fn)
            cases.append(c)

    ids = [c.get("id") for c in cases]
    if len(cases) != 40 or len(set(ids)) != 40:
        fail("set", f"{len(cases)} cases / {len(set(ids))} distinct ids (need 40)")
    clean = [c for c in cases if not c.get("errors")]
    faulty = [c for c in cases if c.get("errors")]
    all_errs = [e for c in faulty for e in c["errors"]]
    doubles = [c for c in faulty if len(c["errors"]) == 2]
    if len(clean) != 24:
        fail("set", f"{len(clean)} clean cases (need 24)")
    if len(faulty) != 16:
        fail("set", f"{len(faulty)} cases with errors (need 16)")
    if len(all_errs) != 18:
        fail("set", f"{len(all_errs)} seeded errors (need 18)")
    if len(doubles) != 2:
        fail("set", f"{len(doubles)} cases with two errors (need 2)")
    by_kind = collections.Counter(e["kind"] for e in all_errs)
    if dict(by_kind) != EXPECTED_ERR:
        fail("set", f"errors by kind {dict(by_kind)} != {EXPECTED_ERR}")
    by_lang = collections.Counter(e["lang"] for e in all_errs)
    if abs(by_lang["zh"] - by_lang["en"]) > 2:
        fail("set", f"errors by language unbalanced: {dict(by_lang)}")
    for k, n in EXPECTED_ERR.items():
        langs = collections.Counter(e["lang"] for e in all_errs if e["kind"] == k)
        if n >= 2 and (langs["zh"] == 0 or langs["en"] == 0):
            fail("set", f"{k} errors all in one language: {dict(langs)}")
    doc_kinds = collections.Counter(c.get("kind") for c in cases)

    print(f"cases: {len(cases)}  clean: {len(clean)}  with errors: {len(faulty)}  "
          f"errors: {len(all_errs)}  two-error cases: {[c['id'] for c in doubles]}")
    print("errors by kind:", dict(sorted(by_kind.items())))
    print("errors by language:", dict(sorted(by_lang.items())))
    print("errors by kind x language:",
          dict(sorted(collections.Counter(f"{e['kind']}/{e['lang']}" for e in all_errs).items())))
    print("document kinds:", dict(sorted(doc_kinds.items())))
    hz = [han_count(c["zh"]) for c in cases]
    we = [word_count(c["en"]) for c in cases]
    print(f"zh Han characters: min {min(hz)} max {max(hz)}; en words: min {min(we)} max {max(we)}")
    nf = [len(c["facts"]) for c in cases]
    print(f"facts per case: min {min(nf)} max {max(nf)} total {sum(nf)}")
    for w in warnings:
        print("WARNING", w)
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
