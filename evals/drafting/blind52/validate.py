#!/usr/bin/env python3
"""Validator for the blind52 bilingual fact-check evaluation set.

Checks structure, counts and the seeded-error mix, and recomputes every
weekday written next to a date in both languages (Python datetime).  A
weekday that does not match its date is an error unless it lies inside the
`found` span of a seeded `weekday` error of that language.

Also runs a few consistency checks that do not need a full normaliser:
dates of the brief must appear (as month/day) in each language unless an
error removes or changes them there; links/e-mails and names likewise.

Usage: python3 validate.py      -> prints the counts table and OK, exit 0
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
CASE_KEYS = {"id", "kind", "facts", "zh", "en", "errors"}

problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- helpers
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
EN_MON = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WD_RE = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
         r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)")
MON_RE = (r"(?:January|February|March|April|May|June|July|August|September|"
          r"October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
ORD = r"(?:st|nd|rd|th)?"
CONN_EN = r"(?:to|and|until|through|–|-|—)"

ZH_WD_SUFFIX = (r"(?:\s*[（(]\s*(?:星期|週|周|禮拜|礼拜)?(?P<w>[一二三四五六日天])\s*[）)]"
                r"|\s*[，,]?\s*(?:星期|週|周|禮拜|礼拜)(?P<w2>[一二三四五六日天]))")
ZH_FULL = re.compile(
    r"(?:(?P<y>\d{4}|\d{2,3})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]")
ZH_DAYONLY = re.compile(r"(?:[至到~～—–\-]|起至)\s*(?P<d>\d{1,2})\s*[日号號]")
ZH_SLASH = re.compile(r"(?<![\d/])(?:(?P<y>\d{4}|\d{2,3})/)?(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
ZH_WD_TOKEN = re.compile(r"(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[（(][一二三四五六日天][）)]")
ZH_WD_RANGE_OK = re.compile(r"(?:星期|週|周)[一二三四五六日]\s*[至到\-–~]\s*(?:星期|週|周)?[一二三四五六日]")

EN_A = re.compile(rf"\b(?P<w>{WD_RE}),?\s+(?:the\s+)?(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<m>{MON_RE})(?:,?\s+(?P<y>\d{{4}}))?")
EN_B = re.compile(rf"\b(?P<w>{WD_RE}),?\s+(?P<m>{MON_RE})\s+(?P<d>\d{{1,2}}){ORD}(?:,?\s+(?P<y>\d{{4}}))?")
EN_C = re.compile(rf"\b(?P<d>\d{{1,2}}){ORD}\s+(?P<m>{MON_RE})(?:,?\s+(?P<y>\d{{4}}))?\s*\((?P<w>{WD_RE})\)")
EN_D = re.compile(rf"\b(?P<m>{MON_RE})\s+(?P<d>\d{{1,2}}){ORD}(?:,?\s+(?P<y>\d{{4}}))?\s*\((?P<w>{WD_RE})\)")
EN_E = re.compile(rf"\b(?P<w1>{WD_RE}),?\s+(?P<d1>\d{{1,2}}){ORD}\s*{CONN_EN}\s*(?P<w2>{WD_RE}),?\s+(?P<d2>\d{{1,2}}){ORD}\s+(?P<m>{MON_RE})(?:,?\s+(?P<y>\d{{4}}))?")
EN_WD_TOKEN = re.compile(rf"\b{WD_RE}(?![a-z])")
EN_WD_RANGE_OK = re.compile(rf"\b{WD_RE}\s*(?:to|–|-)\s*{WD_RE}")

EN_DM = re.compile(rf"\b(?P<d>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<m>{MON_RE})(?![a-z])")
EN_MD = re.compile(rf"\b(?P<m>{MON_RE})\s+(?P<d>\d{{1,2}}){ORD}\b(?!:)")
EN_DAYONLY = re.compile(rf"\b(?P<d1>\d{{1,2}}){ORD}\s*{CONN_EN}\s*(?:{WD_RE},?\s+)?(?P<d2>\d{{1,2}}){ORD}\s+(?P<m>{MON_RE})")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for y, m, d in ISO.findall(v):
                out.append(dt.date(int(y), int(m), int(d)))
    return out


def resolve_year(y, m, d, fdates, cid, where):
    if y:
        y = int(y)
        if y < 1000:          # ROC (Minguo) year
            y += 1911
        return y
    for fd in fdates:
        if (fd.month, fd.day) == (m, d):
            return fd.year
    years = {fd.year for fd in fdates}
    if len(years) == 1:
        return years.pop()
    fail(cid, f"{where}: cannot infer year for {m}/{d}; write the year")
    return None


def weekday_hits_zh(text, fdates, cid):
    """Return list of (start, end, date, written_wd) for zh date+weekday."""
    hits = []
    last_m = None
    last_y = None
    # collect all date mentions in order with spans, to resolve day-only ends
    mentions = []
    for mt in ZH_FULL.finditer(text):
        mentions.append((mt.start(), mt.end(), mt.group("y"), int(mt.group("m")), int(mt.group("d"))))
    for mt in ZH_SLASH.finditer(text):
        mentions.append((mt.start(), mt.end(), mt.group("y"), int(mt.group("m")), int(mt.group("d"))))
    for mt in ZH_DAYONLY.finditer(text):
        # skip if the digits are part of a full date (preceded by 月)
        ds = mt.start("d")
        if ds > 0 and text[ds - 1] == "月":
            continue
        mentions.append((ds, mt.end(), "DAYONLY", None, int(mt.group("d"))))
    mentions.sort()
    for s, e, y, m, d in mentions:
        if y == "DAYONLY":
            if last_m is None:
                fail(cid, "zh: day-only date without a preceding month")
                continue
            m, y = last_m, last_y
        else:
            last_m, last_y = m, y
        sm = re.match(ZH_WD_SUFFIX, text[e:])
        if not sm:
            continue
        w = sm.group("w") or sm.group("w2")
        year = resolve_year(y, m, d, fdates, cid, "zh")
        if year is None:
            continue
        try:
            date = dt.date(year, m, d)
        except ValueError:
            fail(cid, f"zh: invalid date {year}-{m}-{d}")
            continue
        hits.append((s, e + sm.end(), date, ZH_WD[w]))
    return hits


def weekday_hits_en(text, fdates, cid):
    hits = []
    for rx in (EN_A, EN_B, EN_C, EN_D):
        for mt in rx.finditer(text):
            m = EN_MON[mt.group("m").rstrip(".").lower()]
            d = int(mt.group("d"))
            year = resolve_year(mt.group("y"), m, d, fdates, cid, "en")
            if year is None:
                continue
            w = EN_WD[mt.group("w").rstrip(".").lower()]
            hits.append((mt.start(), mt.end(), dt.date(year, m, d), w))
    for mt in EN_E.finditer(text):
        m = EN_MON[mt.group("m").rstrip(".").lower()]
        for dk, wk in (("d1", "w1"), ("d2", "w2")):
            d = int(mt.group(dk))
            year = resolve_year(mt.group("y"), m, d, fdates, cid, "en")
            if year is None:
                continue
            hits.append((mt.start(wk), mt.end(dk), dt.date(year, m, d),
                         EN_WD[mt.group(wk).rstrip(".").lower()]))
    return hits


def month_days_zh(text):
    out = set()
    last_m = None
    mentions = []
    for mt in ZH_FULL.finditer(text):
        mentions.append((mt.start(), int(mt.group("m")), int(mt.group("d"))))
    for mt in ZH_SLASH.finditer(text):
        mentions.append((mt.start(), int(mt.group("m")), int(mt.group("d"))))
    for mt in ISO.finditer(text):
        mentions.append((mt.start(), int(mt.group(2)), int(mt.group(3))))
    for mt in ZH_DAYONLY.finditer(text):
        ds = mt.start("d")
        if ds > 0 and text[ds - 1] == "月":
            continue
        mentions.append((ds, None, int(mt.group("d"))))
    mentions.sort()
    for _, m, d in mentions:
        if m is None:
            if last_m is not None:
                out.add((last_m, d))
        else:
            last_m = m
            out.add((m, d))
    return out


def month_days_en(text):
    out = set()
    for rx in (EN_DM, EN_MD):
        for mt in rx.finditer(text):
            out.add((EN_MON[mt.group("m").rstrip(".").lower()], int(mt.group("d"))))
    for mt in EN_DAYONLY.finditer(text):
        m = EN_MON[mt.group("m").rstrip(".").lower()]
        out.add((m, int(mt.group("d1"))))
        out.add((m, int(mt.group("d2"))))
    for mt in ISO.finditer(text):
        out.add((int(mt.group(2)), int(mt.group(3))))
    return out


def is_link(v):
    return isinstance(v, str) and (re.match(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", v) is not None
                                   or re.match(r"^[\w.+-]+@[\w.-]+\.[a-z]{2,}$", v) is not None) \
        and not re.search(r"\s", v)


def link_core(v):
    v = v.lower()
    v = re.sub(r"^https?://", "", v)
    v = re.sub(r"^www\.", "", v)
    return v.rstrip("/")


def norm_text_for_links(t):
    t = t.lower()
    t = re.sub(r"https?://", "", t)
    t = re.sub(r"\bwww\.", "", t)
    return t


def en_tokens(t):
    return set(re.findall(r"[a-z]+", t.lower()))


def en_words(t):
    return [w for w in re.findall(r"\S+", t) if re.search(r"[A-Za-z0-9]", w)]


# ---------------------------------------------------------------- main
def main():
    cases = []
    for fn in FILES:
        p = HERE / fn
        if not p.exists():
            problems.append(f"{fn}: missing")
            continue
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            problems.append(f"{fn}: must be a list of 10 cases")
            continue
        cases.extend(data)

    expected_ids = [f"r-{i:03d}" for i in range(1, 41)]
    ids = [c.get("id") for c in cases]
    if ids != expected_ids:
        problems.append(f"ids not r-001..r-040 in order: {ids}")

    doc_kinds = Counter()
    err_kind = Counter()
    err_lang = Counter()
    err_kind_lang = Counter()
    n_clean = n_faulty = 0
    double = 0

    for c in cases:
        cid = c.get("id", "?")
        if set(c.keys()) != CASE_KEYS:
            fail(cid, f"keys {sorted(c.keys())}")
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, f"bad kind {c['kind']}")
        doc_kinds[c["kind"]] += 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping of 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        for k, v in facts.items():
            if isinstance(v, dict):
                if set(v.keys()) != {"zh", "en"}:
                    fail(cid, f"name fact {k} needs zh and en")
            elif not isinstance(v, (str, int, float, dt.date)):
                fail(cid, f"fact {k} has bad type {type(v)}")
        zh, en = c["zh"], c["en"]
        nhan = len(HAN.findall(zh))
        if not 110 <= nhan <= 160:
            fail(cid, f"zh has {nhan} Han characters (110-160)")
        nw = len(en_words(en))
        if not 65 <= nw <= 120:
            fail(cid, f"en has {nw} words (65-120)")
        texts = {"zh": zh, "en": en}

        errs = c["errors"]
        if not isinstance(errs, list):
            fail(cid, "errors must be a list")
            errs = []
        if errs:
            n_faulty += 1
        else:
            n_clean += 1
        if len(errs) > 2:
            fail(cid, "more than two errors")
        if len(errs) == 2:
            double += 1
            if errs[0]["lang"] == errs[1]["lang"]:
                fail(cid, "two errors must be in different languages")

        touched = {}   # (fact, lang) -> kind
        wd_found_spans = {"zh": [], "en": []}
        for e in errs:
            k, lang, fact, found = e.get("kind"), e.get("lang"), e.get("fact"), e.get("found")
            extra = set(e.keys()) - {"kind", "lang", "fact", "found", "zh_term", "en_term"}
            if extra:
                fail(cid, f"unknown error fields {extra}")
            if k not in ERR_KINDS:
                fail(cid, f"bad error kind {k}")
                continue
            if lang not in ("zh", "en"):
                fail(cid, f"bad lang {lang}")
                continue
            err_kind[k] += 1
            err_lang[lang] += 1
            err_kind_lang[(k, lang)] += 1
            if k in ("weekday", "term"):
                if fact is not None:
                    fail(cid, f"{k} error must have fact: null")
            else:
                if fact not in facts:
                    fail(cid, f"error fact {fact!r} not in facts")
                touched[(fact, lang)] = k
            if k == "missing":
                if found is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(found, str) or found not in texts[lang]:
                    fail(cid, f"found {found!r} not in {lang} text")
                elif texts[lang].count(found) != 1:
                    fail(cid, f"found {found!r} occurs more than once in {lang}")
            if k == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                if not zt or not et:
                    fail(cid, "term error needs zh_term and en_term")
                else:
                    if lang == "en":
                        if zt not in zh:
                            fail(cid, f"correct zh_term {zt} not in zh")
                        if et.lower() in en.lower():
                            fail(cid, f"correct en_term {et} still in faulty en")
                    else:
                        if et.lower() not in en.lower():
                            fail(cid, f"correct en_term {et} not in en")
                        if zt in zh:
                            fail(cid, f"correct zh_term {zt} still in faulty zh")
            elif "zh_term" in e or "en_term" in e:
                fail(cid, "zh_term/en_term only for term errors")
            if k == "weekday" and isinstance(found, str) and found in texts[lang]:
                s = texts[lang].index(found)
                wd_found_spans[lang].append([s, s + len(found), False])

        # ---- weekday recomputation
        fdates = fact_dates(facts)
        for lang, fn in (("zh", weekday_hits_zh), ("en", weekday_hits_en)):
            t = texts[lang]
            hits = fn(t, fdates, cid)
            covered = [False] * len(t)
            for s, e_, date, w in hits:
                for i in range(s, e_):
                    covered[i] = True
                if date.weekday() != w:
                    ok = False
                    for span in wd_found_spans[lang]:
                        if span[0] <= s and e_ <= span[1]:   # found covers date + weekday
                            span[2] = True
                            ok = True
                    if not ok:
                        fail(cid, f"{lang}: weekday mismatch at {t[s:e_]!r} "
                                  f"({date.isoformat()} is {date.strftime('%A')})")
            for span in wd_found_spans[lang]:
                if not span[2]:
                    fail(cid, f"{lang}: seeded weekday error {t[span[0]:span[1]]!r} is not a mismatch")
            # every weekday token must belong to a recognised date
            tok_rx, range_rx = (ZH_WD_TOKEN, ZH_WD_RANGE_OK) if lang == "zh" else (EN_WD_TOKEN, EN_WD_RANGE_OK)
            ok_ranges = [(m.start(), m.end()) for m in range_rx.finditer(t)]
            for mt in tok_rx.finditer(t):
                if any(covered[mt.start():mt.end()]):
                    continue
                if any(a <= mt.start() < b for a, b in ok_ranges):
                    continue
                fail(cid, f"{lang}: weekday {mt.group(0)!r} not attached to a parsable date")

        # ---- dates of the brief present / absent
        md = {"zh": month_days_zh(zh), "en": month_days_en(en)}
        for label, v in facts.items():
            ds = []
            if isinstance(v, dt.date):
                ds = [v]
            elif isinstance(v, str) and ISO.search(v):
                ds = [dt.date(int(a), int(b), int(d_)) for a, b, d_ in ISO.findall(v)]
            for lang in ("zh", "en"):
                kind = touched.get((label, lang))
                for d_ in ds:
                    present = (d_.month, d_.day) in md[lang]
                    if kind in ("date", "missing"):
                        if present and (kind == "missing" or len(ds) == 1):
                            fail(cid, f"{lang}: fact {label} should be absent/changed but {d_} found")
                    elif not present:
                        fail(cid, f"{lang}: date {d_} of fact {label} not found")

        # ---- links and names
        ntext = {"zh": norm_text_for_links(zh), "en": norm_text_for_links(en)}
        for label, v in facts.items():
            for lang in ("zh", "en"):
                kind = touched.get((label, lang))
                if is_link(v):
                    present = link_core(v) in ntext[lang]
                    if kind in ("link", "missing"):
                        if present:
                            fail(cid, f"{lang}: link {v} should be wrong/absent")
                    elif not present:
                        fail(cid, f"{lang}: link {v} not found")
                elif isinstance(v, dict):
                    if lang == "zh":
                        present = v["zh"] in zh
                    else:
                        toks = re.findall(r"[a-z]+", v["en"].lower())
                        present = all(tk in en_tokens(en) for tk in toks)
                    if kind in ("name", "missing"):
                        if present:
                            fail(cid, f"{lang}: name {v[lang]} should be wrong/absent")
                    elif not present:
                        fail(cid, f"{lang}: name {v[lang]} not found")

    # ---- global counts
    if len(cases) != 40:
        problems.append(f"{len(cases)} cases, need 40")
    if n_clean != 24 or n_faulty != 16:
        problems.append(f"clean/faulty = {n_clean}/{n_faulty}, need 24/16")
    if sum(err_kind.values()) != 18:
        problems.append(f"{sum(err_kind.values())} errors, need 18")
    if double != 2:
        problems.append(f"{double} cases with two errors, need 2")
    for k in ERR_KINDS:
        if not 2 <= err_kind[k] <= 3:
            problems.append(f"error kind {k}: {err_kind[k]} (need 2-3)")
    if err_lang["zh"] != 9 or err_lang["en"] != 9:
        problems.append(f"errors by language {dict(err_lang)}, need 9/9")
    if set(doc_kinds) != DOC_KINDS:
        problems.append(f"document kinds used: {sorted(doc_kinds)}")

    print(f"cases {len(cases)}  clean {n_clean}  faulty {n_faulty}  "
          f"errors {sum(err_kind.values())}  two-error cases {double}")
    print("document kinds: " + ", ".join(f"{k} {doc_kinds[k]}" for k in sorted(DOC_KINDS)))
    print(f"{'error kind':<10} {'zh':>3} {'en':>3} {'all':>4}")
    for k in ERR_KINDS:
        print(f"{k:<10} {err_kind_lang[(k, 'zh')]:>3} {err_kind_lang[(k, 'en')]:>3} {err_kind[k]:>4}")
    print(f"{'total':<10} {err_lang['zh']:>3} {err_lang['en']:>3} {sum(err_kind.values()):>4}")

    if problems:
        print("\nFAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
