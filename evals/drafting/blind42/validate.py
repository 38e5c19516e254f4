#!/usr/bin/env python3
"""Validator for the blind42 set (Python 3 + PyYAML only).

Checks
  * structure of every record (fields, types, id sequence, kinds, fact count,
    fact value formats);
  * length: zh 110-160 Han characters, en 65-120 words;
  * set counts: 40 cases, 10 per file, 24 clean, 16 faulty, 18 errors, two
    cases with two errors in different languages, errors per kind, zh/en balance;
  * every seeded error: fields, `found` occurs in the faulty language, the fact
    label exists, and for several kinds that the correct value is absent from
    the faulty language in the forms the validator knows;
  * every weekday written next to a date, in both languages, is recomputed with
    datetime; a mismatch must be exactly a seeded `weekday` error and every
    seeded `weekday` error must contain a mismatch;
  * every date fact (and both ends of date ranges) can be found in both
    languages unless removed by a seeded error; URL/e-mail facts and names are
    found in both languages unless removed by a seeded error.

Run:  python3 validate.py   (exit status 0 = pass)
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2, "name": 2,
                "link": 2, "missing": 2, "term": 2}

problems = []


def bad(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- numerals
ZH_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_small(s):
    """Arabic or Chinese numerals up to 99 -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = ZH_DIGIT[a] if a else 1
        ones = ZH_DIGIT[b] if b else 0
        return tens * 10 + ones
    return ZH_DIGIT[s]


def zh_year(s):
    if s.isdigit():
        y = int(s)
    else:  # 二〇二六
        y = int("".join(str(ZH_DIGIT[c]) for c in s))
    if y < 1000:  # ROC (Minguo) year
        y += 1911
    return y


MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
MON_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
            "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


def month_no(word):
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MON_ABBR.get(w)


MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|"
            r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|"
            r"Nov|Dec)\.?")
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
         "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thur": 3,
         "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
         "sunday": 6, "sun": 6}
EN_WD_RE = (r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|"
            r"Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?")
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
WD_NAME = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

ZH_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
ZH_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4}|\d{2,3})"
ZH_DATE_RE = re.compile(
    r"(?:(?P<y>" + ZH_YEAR + r")年(?:度)?\s*)?(?P<m>" + ZH_NUM + r")月(?P<d>"
    + ZH_NUM + r")[日号號]")
# "12月1日至21日": day-only end of a range
ZH_RANGE_END_RE = re.compile(
    r"(?P<m>" + ZH_NUM + r")月(?P<d1>" + ZH_NUM + r")[日号號]?\s*(?:至|到|—|–|-|～|~)\s*(?P<d2>"
    + ZH_NUM + r")[日号號]")
ZH_SLASH_RE = re.compile(r"(?<![\d/.])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
ZH_WD_AFTER = re.compile(r"\s*[（(]\s*(?:周|星期|週|禮拜|礼拜)?([一二三四五六日天])\s*[)）]")
ZH_WD_BEFORE = re.compile(r"(?:周|星期|週|禮拜|礼拜)([一二三四五六日天])\s*[（(]\s*$")

EN_DMY_RE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + MONTH_RE
    + r")(?:,?\s+(?P<y>\d{4}))?")
EN_MDY_RE = re.compile(
    r"(?P<mon>" + MONTH_RE + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y>\d{4}))?")
EN_RANGE_RE = re.compile(
    r"(?<![\d.])(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:–|-|—|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>"
    + MONTH_RE + r")")
EN_RANGE2_RE = re.compile(
    r"(?P<mon>" + MONTH_RE + r")\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:–|-|—|to)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d:])")
EN_WD_BEFORE = re.compile(EN_WD_RE + r",?\s+(?:the\s+)?$")
EN_WD_AFTER = re.compile(r"\s*\(\s*" + EN_WD_RE + r"\s*\)")


# ---------------------------------------------------------------- facts
def fact_dates(facts):
    """All dates mentioned in the facts: list of (label, date)."""
    out = []
    for k, v in facts.items():
        if isinstance(v, dt.date):
            out.append((k, v))
        elif isinstance(v, str):
            m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", v)
            if m:
                out.append((k, dt.date.fromisoformat(m.group(1))))
                out.append((k, dt.date.fromisoformat(m.group(2))))
    return out


def resolve_year(month, day, facts):
    fd = [d for _, d in fact_dates(facts)]
    same = {d.year for d in fd if (d.month, d.day) == (month, day)}
    if len(same) == 1:
        return same.pop()
    same_m = {d.year for d in fd if d.month == month}
    if len(same_m) == 1:
        return same_m.pop()
    years = Counter(d.year for d in fd)
    if years:
        return years.most_common(1)[0][0]
    return None


def mk(y, m, d):
    try:
        return dt.date(y, m, d)
    except (TypeError, ValueError):
        return None


def zh_dates(text, facts):
    """Yield (start, end, date) for every date written in a Chinese text."""
    out = []
    for mt in ZH_DATE_RE.finditer(text):
        m, d = zh_small(mt.group("m")), zh_small(mt.group("d"))
        y = zh_year(mt.group("y")) if mt.group("y") else resolve_year(m, d, facts)
        date = mk(y, m, d)
        if date:
            out.append((mt.start(), mt.end(), date))
    for mt in ZH_RANGE_END_RE.finditer(text):
        m, d2 = zh_small(mt.group("m")), zh_small(mt.group("d2"))
        y = resolve_year(m, d2, facts)
        date = mk(y, m, d2)
        if date:
            out.append((mt.start("d2"), mt.end(), date))
    for mt in ZH_SLASH_RE.finditer(text):
        m, d = int(mt.group("m")), int(mt.group("d"))
        if 1 <= m <= 12:
            date = mk(resolve_year(m, d, facts), m, d)
            if date:
                out.append((mt.start(), mt.end(), date))
    return out


def en_dates(text, facts):
    out = []
    for rx in (EN_DMY_RE, EN_MDY_RE):
        for mt in rx.finditer(text):
            m, d = month_no(mt.group("mon")), int(mt.group("d"))
            y = int(mt.group("y")) if mt.group("y") else resolve_year(m, d, facts)
            date = mk(y, m, d)
            if date:
                out.append((mt.start(), mt.end(), date))
    for rx in (EN_RANGE_RE, EN_RANGE2_RE):
        for mt in rx.finditer(text):
            m = month_no(mt.group("mon"))
            for g in ("d1", "d2"):
                d = int(mt.group(g))
                date = mk(resolve_year(m, d, facts), m, d)
                if date:
                    out.append((mt.start(g), mt.end(g), date))
    return out


def weekday_pairs(lang, text, facts):
    """Every (start, end, date, written_weekday) where a weekday is written
    right next to a date."""
    pairs = []
    dates = zh_dates(text, facts) if lang == "zh" else en_dates(text, facts)
    seen = set()
    for s, e, date in dates:
        if (s, e) in seen:
            continue
        seen.add((s, e))
        after = text[e:e + 12]
        before = text[max(0, s - 16):s]
        if lang == "zh":
            ma = ZH_WD_AFTER.match(after)
            if ma:
                pairs.append((s, e + ma.end(), date, ZH_WD[ma.group(1)]))
            mb = ZH_WD_BEFORE.search(before)
            if mb:
                pairs.append((s - (len(before) - mb.start()), e, date, ZH_WD[mb.group(1)]))
        else:
            mb = EN_WD_BEFORE.search(before)
            if mb:
                pairs.append((s - (len(before) - mb.start()), e, date,
                              EN_WD[mb.group(1).lower()]))
            # "(Fri)" after the date, allowing a year in between
            tail = re.match(r"(?:,?\s+\d{4})?", text[e:])
            ma = EN_WD_AFTER.match(text[e + tail.end():e + tail.end() + 14])
            if ma:
                pairs.append((s, e + tail.end() + ma.end(), date,
                              EN_WD[ma.group(1).lower()]))
    return pairs


# ---------------------------------------------------------------- helpers
HAN_RE = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff]")


def han_count(s):
    return len(HAN_RE.findall(s))


def word_count(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


def strip_scheme(u):
    return re.sub(r"^https?://", "", u).rstrip("/")


def is_link(v):
    return isinstance(v, str) and (v.startswith("http") or re.fullmatch(r"[\w.+-]+@[\w.-]+", v))


def name_tokens(en):
    return [t for t in re.split(r"[\s\-]+", en.lower()) if t]


def en_text_tokens(text):
    return set(t for t in re.split(r"[^a-z]+", text.lower()) if t)


def check_value_format(cid, label, v):
    if isinstance(v, bool):
        bad(cid, "fact %r is a boolean" % label)
    elif isinstance(v, dt.date):
        pass
    elif isinstance(v, dict):
        if set(v) != {"zh", "en"}:
            bad(cid, "name fact %r needs exactly zh/en" % label)
    elif isinstance(v, (int, float)):
        pass
    elif isinstance(v, str):
        ok = any(re.fullmatch(p, v) for p in [
            r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}",      # date range
            r"\d{2}:\d{2}(-\d{2}:\d{2})?",                  # time / range
            r"\d+(\.\d+)?%",                                # percent
            r"\d+(\.\d+)?%?-\d+(\.\d+)?%?",                 # number range
            r"(RMB|CNY|HK\$|S\$|RM|NT\$|US\$) ?[\d,]+(\.\d+)?",   # money
            r"[\d,.]+ [a-z ]+",                             # count/duration
            r"every \d+ [a-z]+",                            # frequency
            r"https?://\S+",                                # url
            r"[\w.+-]+@[\w.-]+",                            # e-mail
        ])
        if not ok:
            bad(cid, "fact %r has an unrecognised value format: %r" % (label, v))
    else:
        bad(cid, "fact %r has unsupported type %s" % (label, type(v).__name__))


# ---------------------------------------------------------------- main
def main():
    cases = []
    for fn in FILES:
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 mappings")
            continue
        cases.extend(data)

    ids = [c.get("id") for c in cases]
    if ids != ["r-%03d" % i for i in range(1, 41)]:
        bad("set", "ids must run r-001 … r-040 in order; got %s" % ids)

    err_kind = Counter()
    err_lang = Counter()
    n_clean = n_faulty = n_double = 0
    n_wd_checked = 0
    kinds = Counter()

    for c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, "fields must be id, kind, facts, zh, en, errors; got %s" % sorted(c))
            continue
        kinds[c["kind"]] += 1
        if c["kind"] not in DOC_KINDS:
            bad(cid, "bad kind %r" % c["kind"])
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 items")
            continue
        for k, v in facts.items():
            check_value_format(cid, k, v)
        zh, en = c["zh"], c["en"]
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            bad(cid, "zh has %d Han characters (need 110-160)" % hc)
        if not 65 <= wc <= 120:
            bad(cid, "en has %d words (need 65-120)" % wc)

        errs = c["errors"]
        if not isinstance(errs, list):
            bad(cid, "errors must be a list")
            continue
        if errs:
            n_faulty += 1
        else:
            n_clean += 1
        if len(errs) == 2:
            n_double += 1
            if errs[0].get("lang") == errs[1].get("lang"):
                bad(cid, "two errors must be in different languages")
        if len(errs) > 2:
            bad(cid, "at most two errors per case")

        removed = set()  # (lang, label) facts that an error legitimately removes
        for e in errs:
            k, lang = e.get("kind"), e.get("lang")
            err_kind[k] += 1
            err_lang[lang] += 1
            want = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != want:
                bad(cid, "error fields %s, expected %s" % (sorted(e), sorted(want)))
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                bad(cid, "bad error kind/lang %r/%r" % (k, lang))
                continue
            text = zh if lang == "zh" else en
            if k in ("weekday", "term"):
                if e.get("fact") is not None:
                    bad(cid, "%s error must have fact: null" % k)
            elif e.get("fact") not in facts:
                bad(cid, "error fact %r is not a fact label" % e.get("fact"))
                continue
            if k == "missing":
                if e.get("found") is not None:
                    bad(cid, "missing error must have found: null")
            elif not e.get("found") or e["found"] not in text:
                bad(cid, "found %r not in %s text" % (e.get("found"), lang))
            if k == "term":
                own = e["zh_term"] if lang == "zh" else e["en_term"]
                other = e["en_term"] if lang == "zh" else e["zh_term"]
                other_text = en if lang == "zh" else zh
                if own.lower() in text.lower():
                    bad(cid, "faulty %s text still contains the correct term %r" % (lang, own))
                if other.lower() not in other_text.lower():
                    bad(cid, "other language lacks its correct term %r" % other)
            if k in ("date", "number", "percent", "name", "link", "missing"):
                removed.add((lang, e["fact"]))
                v = facts[e["fact"]]
                if is_link(v) and strip_scheme(v).lower() in text.lower():
                    bad(cid, "faulty text still contains %r" % v)
                if isinstance(v, dict):
                    if lang == "zh" and v["zh"] in text:
                        bad(cid, "faulty zh text still contains %r" % v["zh"])
                    if lang == "en" and set(name_tokens(v["en"])) <= en_text_tokens(text):
                        bad(cid, "faulty en text still contains %r" % v["en"])
                if isinstance(v, dt.date):
                    got = zh_dates(zh, facts) if lang == "zh" else en_dates(en, facts)
                    if any(d == v for _, _, d in got):
                        bad(cid, "faulty %s text still contains date %s" % (lang, v))
                if isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?%", v):
                    if v in text.replace(" ", ""):
                        bad(cid, "faulty %s text still contains %s" % (lang, v))

        # ---- weekdays, recomputed for both languages
        wd_errs = [e for e in errs if e.get("kind") == "weekday"]
        hit = set()
        for lang, text in (("zh", zh), ("en", en)):
            for s, e_, date, wd in weekday_pairs(lang, text, facts):
                n_wd_checked += 1
                if date.weekday() == wd:
                    continue
                span = text[s:e_]
                owners = [i for i, e in enumerate(wd_errs)
                          if e["lang"] == lang and span.strip() in e["found"]
                          or (e["lang"] == lang and e["found"] in text[max(0, s - 3):e_ + 3])]
                if not owners:
                    bad(cid, "%s: %r has %s but %s is a %s (not a seeded error)"
                        % (lang, span, WD_NAME[wd], date, WD_NAME[date.weekday()]))
                hit.update(owners)
        for i, e in enumerate(wd_errs):
            if i not in hit:
                bad(cid, "seeded weekday error %r does not contain a wrong weekday" % e["found"])

        # ---- presence of dates, links and names in both languages
        for lang, text in (("zh", zh), ("en", en)):
            got = {d for _, _, d in (zh_dates(text, facts) if lang == "zh" else en_dates(text, facts))}
            for label, v in facts.items():
                if (lang, label) in removed:
                    continue
                if isinstance(v, dt.date) and v not in got:
                    bad(cid, "%s text lacks date fact %s=%s" % (lang, label, v))
                if isinstance(v, str) and " to " in v:
                    for d in fact_dates({label: v}):
                        if d[1] not in got:
                            bad(cid, "%s text lacks range end %s of %s" % (lang, d[1], label))
                if is_link(v) and strip_scheme(v).lower() not in text.lower():
                    bad(cid, "%s text lacks link %s" % (lang, v))
                if isinstance(v, dict):
                    if lang == "zh" and v["zh"] not in text:
                        bad(cid, "zh text lacks name %s" % v["zh"])
                    if lang == "en" and not set(name_tokens(v["en"])) <= en_text_tokens(text):
                        bad(cid, "en text lacks name %s" % v["en"])

    # ---- set-level counts
    if len(cases) != 40:
        bad("set", "expected 40 cases, got %d" % len(cases))
    if n_clean != 24 or n_faulty != 16:
        bad("set", "expected 24 clean / 16 faulty, got %d / %d" % (n_clean, n_faulty))
    if n_double != 2:
        bad("set", "expected 2 cases with two errors, got %d" % n_double)
    if sum(err_kind.values()) != 18:
        bad("set", "expected 18 errors, got %d" % sum(err_kind.values()))
    if dict(err_kind) != EXPECTED_ERR:
        bad("set", "errors per kind %s, expected %s" % (dict(err_kind), EXPECTED_ERR))
    if abs(err_lang["zh"] - err_lang["en"]) > 2:
        bad("set", "zh/en error balance off: %s" % dict(err_lang))

    print("cases: %d (clean %d, faulty %d, with two errors %d)" % (len(cases), n_clean, n_faulty, n_double))
    print("errors by kind: %s" % dict(sorted(err_kind.items())))
    print("errors by language: %s" % dict(sorted(err_lang.items())))
    print("document kinds: %s" % dict(sorted(kinds.items())))
    print("weekday/date pairs recomputed: %d" % n_wd_checked)
    if problems:
        print("\nFAIL (%d problems)" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
