#!/usr/bin/env python3
"""Validator for blind set blind49 (Python 3 + PyYAML only).

Checks
  * structure of pairs_1.yaml ... pairs_4.yaml (10 cases each, ids r-001..r-040)
  * field types, fact counts (4-8), zh length (110-160 Han characters),
    en length (65-120 words)
  * seeded-error records (kinds, langs, fact labels, `found` substrings)
  * global counts: 40 cases, 24 clean, 16 faulty, 18 errors, per-kind counts,
    exactly two cases with two errors (in different languages)
  * every weekday written next to a date, in both languages, is recomputed
    with datetime; a mismatch is allowed only where a `weekday` error is seeded
    and its `found` covers that date and weekday
  * light presence checks: URLs, e-mail addresses and names must be present in
    each language unless an error is seeded there, and absent where the error
    replaces or removes them; ISO dates of facts are looked for in common
    renderings (warnings only, for hand review)

Usage: python3 validate.py [-v]
"""
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERROR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERROR_COUNTS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                         "name": 2, "link": 2, "missing": 2, "term": 2}
CASE_FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
VERBOSE = "-v" in sys.argv

problems = []
warnings = []


def fail(cid, msg):
    problems.append("%s: %s" % (cid, msg))


def warn(cid, msg):
    warnings.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- helpers
HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(s):
    return len(HAN_RE.findall(s))


def word_count(s):
    return len(s.split())


CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_to_int(s):
    """Convert a small Chinese numeral (up to 99) or digit-by-digit year."""
    if s.isdigit():
        return int(s)
    if all(ch in CN_DIGITS for ch in s) and len(s) >= 3:  # digit-by-digit, e.g. 二〇二六 / 一一五
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total = 0
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGITS[a] if a else 1
        ones = CN_DIGITS[b] if b else 0
        return tens * 10 + ones
    for ch in s:
        total = total * 10 + CN_DIGITS[ch]
    return total


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
          "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]

NUM = r"[0-9]{1,4}|[〇零○一二两兩三四五六七八九十]{1,4}"
ZH_YEAR = r"(?:(?P<y>[0-9]{2,4}|[〇零○一二三四五六七八九]{3,4})年)?"
ZH_WEEKDAY = r"(?:周|週|星期|禮拜|礼拜)(?P<w>[一二三四五六日天])"
ZH_WEEKDAY_PAREN = r"[（(]\s*(?:周|週|星期|禮拜|礼拜)?(?P<w>[一二三四五六日天])\s*[)）]"

ZH_FULL = re.compile(
    ZH_YEAR + r"(?P<m>" + NUM + r")月(?P<d>" + NUM + r")[日号號]\s*(?:" + ZH_WEEKDAY_PAREN + r"|" +
    ZH_WEEKDAY.replace("(?P<w>", "(?P<w2>") + r")")
ZH_SLASH = re.compile(r"(?<![0-9/])(?P<m>[0-9]{1,2})/(?P<d>[0-9]{1,2})(?![0-9/])\s*" + ZH_WEEKDAY_PAREN)
ZH_DAYONLY = re.compile(r"(?<![月0-9〇零一二三四五六七八九十])(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号號]\s*(?:" +
                        ZH_WEEKDAY_PAREN + r"|" + ZH_WEEKDAY.replace("(?P<w>", "(?P<w2>") + r")")
ZH_MONTH_CTX = re.compile(r"(?P<m>" + NUM + r")月")

EN_WD_WORD = r"(?P<w>Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?"
EN_MON_WORD = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
EN_DAY = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
EN_YEAR = r"(?:,?\s+(?P<y>20[0-9]{2}))?"
EN_PATTERNS = [
    # Friday, 20 November (2026) / Fri 16 Jan / Friday the 20th of November
    re.compile(r"\b" + EN_WD_WORD + r",?\s+(?:the\s+)?" + EN_DAY + r"\s+(?:of\s+)?" + EN_MON_WORD + EN_YEAR),
    # Tuesday, January 20 / Fri, Jul 17 / Thursday, February 3, 2027
    re.compile(r"\b" + EN_WD_WORD + r",?\s+" + EN_MON_WORD + r"\s+" + EN_DAY + r"\b" + EN_YEAR),
    # 20 November (Fri) / November 20 (Friday)
    re.compile(r"\b" + EN_DAY + r"\s+" + EN_MON_WORD + EN_YEAR + r"\s*\(" + EN_WD_WORD + r"\)"),
    re.compile(r"\b" + EN_MON_WORD + r"\s+" + EN_DAY + EN_YEAR + r"\s*\(" + EN_WD_WORD + r"\)"),
]
EN_DAYONLY = re.compile(r"\b" + EN_WD_WORD + r",?\s+the\s+(?P<d>[0-9]{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])")
EN_MONTH_CTX = re.compile(r"\b" + EN_MON_WORD.replace("(?P<mon>", "(?P<mon>") + r"(?=[\s,.)])")
EN_WD_ANY = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|days|nesday|nesdays|rsday|rsdays|urday|urdays|sday|sdays)?\b\.?")
ZH_WD_ANY = re.compile(r"(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]|[（(][一二三四五六日][)）]")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for m in re.finditer(r"(20[0-9]{2})-([0-9]{2})-([0-9]{2})", v):
                out.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return out


def resolve_year(month, day, explicit, fdates):
    if explicit is not None:
        y = explicit
        if y < 1000:  # ROC year
            y += 1911
        return y
    for d in fdates:
        if d.month == month and d.day == day:
            return d.year
    if not fdates:
        return None
    best = None
    for y in sorted({d.year + k for d in fdates for k in (-1, 0, 1)}):
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        dist = min(abs((cand - d).days) for d in fdates)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1]


def zh_mentions(text, fdates):
    res = []
    spans = []
    for m in ZH_FULL.finditer(text):
        w = m.group("w") or m.group("w2")
        y = cn_to_int(m.group("y")) if m.group("y") else None
        res.append((m.start(), m.end(), m.group(0), y, cn_to_int(m.group("m")), cn_to_int(m.group("d")), ZH_WD[w]))
        spans.append((m.start(), m.end()))
    for m in ZH_SLASH.finditer(text):
        res.append((m.start(), m.end(), m.group(0), None, int(m.group("m")), int(m.group("d")), ZH_WD[m.group("w")]))
        spans.append((m.start(), m.end()))
    for m in ZH_DAYONLY.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        months = [x for x in ZH_MONTH_CTX.finditer(text[:m.start()])]
        if not months:
            continue
        w = m.group("w") or m.group("w2")
        mon = cn_to_int(months[-1].group("m"))
        res.append((m.start(), m.end(), m.group(0), None, mon, cn_to_int(m.group("d")), ZH_WD[w]))
        spans.append((m.start(), m.end()))
    out = []
    for (a, b, s, y, mon, day, wd) in res:
        year = resolve_year(mon, day, y, fdates)
        out.append((a, b, s, dt.date(year, mon, day), wd))
    return out, spans


def en_mentions(text, fdates):
    out = []
    spans = []
    for pat in EN_PATTERNS:
        for m in pat.finditer(text):
            if any(a <= m.start() < b for a, b in spans):
                continue
            mon = MONTHS[m.group("mon")[:3].lower()]
            day = int(m.group("d"))
            y = int(m.group("y")) if m.group("y") else None
            wd = EN_WD[m.group("w")[:3].lower()]
            year = resolve_year(mon, day, y, fdates)
            out.append((m.start(), m.end(), m.group(0), dt.date(year, mon, day), wd))
            spans.append((m.start(), m.end()))
    for m in EN_DAYONLY.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        months = list(EN_MONTH_CTX.finditer(text[:m.start()]))
        if not months:
            continue
        mon = MONTHS[months[-1].group("mon")[:3].lower()]
        day = int(m.group("d"))
        year = resolve_year(mon, day, None, fdates)
        out.append((m.start(), m.end(), m.group(0), dt.date(year, mon, day), EN_WD[m.group("w")[:3].lower()]))
        spans.append((m.start(), m.end()))
    return out, spans


def norm_url(u):
    u = re.sub(r"^https?://", "", u.strip())
    return u.rstrip("/").lower()


def name_tokens(s):
    return set(re.findall(r"[^\W_]+", s.lower()))


def zh_date_forms(d):
    return ["%d月%d日" % (d.month, d.day), "%d月%d號" % (d.month, d.day), "%d月%d号" % (d.month, d.day),
            "%d/%d" % (d.month, d.day)]


def en_date_forms(d):
    mn = MONTH_NAMES[d.month - 1]
    forms = []
    for name in {mn, mn[:3], mn[:4]}:
        forms += ["%s %d" % (name, d.day), "%d %s" % (d.day, name)]
    return forms


# ---------------------------------------------------------------- main
all_cases = []
for fn in FILES:
    path = os.path.join(HERE, fn)
    if not os.path.exists(path):
        fail(fn, "missing file")
        continue
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list) or len(data) != 10:
        fail(fn, "must be a list of 10 mappings")
        continue
    all_cases.extend((fn, c) for c in data)

expected_ids = ["r-%03d" % i for i in range(1, 41)]
ids = [c.get("id") for _, c in all_cases]
if ids != expected_ids:
    fail("set", "ids must be r-001..r-040 in order, got %s" % ids)

kind_counter = {}
err_counter = {k: 0 for k in ERROR_KINDS}
lang_counter = {"zh": 0, "en": 0}
per_kind_lang = {}
n_clean = n_faulty = n_errors = n_double = 0
total_mentions = 0

for fn, c in all_cases:
    cid = c.get("id", "?")
    if set(c.keys()) != CASE_FIELDS:
        fail(cid, "fields must be exactly %s, got %s" % (sorted(CASE_FIELDS), sorted(c.keys())))
        continue
    if c["kind"] not in KINDS:
        fail(cid, "bad kind %r" % c["kind"])
    kind_counter[c["kind"]] = kind_counter.get(c["kind"], 0) + 1
    facts = c["facts"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(cid, "facts must be a mapping with 4-8 entries")
        facts = facts if isinstance(facts, dict) else {}
    for label, v in facts.items():
        if isinstance(v, dict):
            if set(v.keys()) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
                fail(cid, "name fact %r must be {zh, en}" % label)
        elif isinstance(v, bool) or not isinstance(v, (str, int, float, dt.date)):
            fail(cid, "fact %r has unsupported type %s" % (label, type(v).__name__))
        elif isinstance(v, str) and re.fullmatch(r"[0-9]{1,2}:[0-9]{2}", v) is None and ":" in v and not v.startswith("http") and "-" not in v:
            warn(cid, "odd value %r" % v)
    zh, en = c["zh"], c["en"]
    if not isinstance(zh, str) or not isinstance(en, str):
        fail(cid, "zh/en must be strings")
        continue
    hc, wc = han_count(zh), word_count(en)
    if VERBOSE:
        print("%s %s zh=%d Han, en=%d words, facts=%d, errors=%d" % (cid, c["kind"], hc, wc, len(facts), len(c["errors"] or [])))
    if not 110 <= hc <= 160:
        fail(cid, "zh has %d Han characters (110-160)" % hc)
    if not 65 <= wc <= 120:
        fail(cid, "en has %d words (65-120)" % wc)
    texts = {"zh": zh, "en": en}

    errors = c["errors"]
    if not isinstance(errors, list):
        fail(cid, "errors must be a list")
        errors = []
    if errors:
        n_faulty += 1
    else:
        n_clean += 1
    if len(errors) == 2:
        n_double += 1
        if errors[0].get("lang") == errors[1].get("lang"):
            fail(cid, "a case with two errors must have them in different languages")
    elif len(errors) > 2:
        fail(cid, "at most two errors per case")
    n_errors += len(errors)
    err_by_lang_fact = {}
    weekday_found = {"zh": [], "en": []}
    for e in errors:
        need = {"kind", "lang", "fact", "found"}
        if e.get("kind") == "term":
            need |= {"zh_term", "en_term"}
        if set(e.keys()) != need:
            fail(cid, "error fields must be %s, got %s" % (sorted(need), sorted(e.keys())))
            continue
        k, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
        if k not in ERROR_KINDS:
            fail(cid, "bad error kind %r" % k)
            continue
        if lang not in ("zh", "en"):
            fail(cid, "bad error lang %r" % lang)
            continue
        err_counter[k] += 1
        lang_counter[lang] += 1
        per_kind_lang.setdefault(k, {"zh": 0, "en": 0})[lang] += 1
        if k in ("weekday", "term"):
            if fact is not None:
                fail(cid, "%s error must have fact: null" % k)
        elif fact not in facts:
            fail(cid, "error fact %r is not a label of the brief" % fact)
        if k == "missing":
            if found is not None:
                fail(cid, "missing error must have found: null")
        else:
            if not isinstance(found, str) or found not in texts[lang]:
                fail(cid, "found %r not in %s text" % (found, lang))
        if k == "term":
            if not e["zh_term"] or not e["en_term"]:
                fail(cid, "term error needs zh_term and en_term")
            other = "en" if lang == "zh" else "zh"
            other_term = e["en_term"] if other == "en" else e["zh_term"]
            own_term = e["zh_term"] if lang == "zh" else e["en_term"]
            if other_term.lower() not in texts[other].lower():
                fail(cid, "correct term %r missing from the %s text" % (other_term, other))
            if own_term.lower() in texts[lang].lower():
                fail(cid, "correct term %r still present in faulty %s text" % (own_term, lang))
        if k == "weekday":
            weekday_found[lang].append(found)
        if fact is not None:
            err_by_lang_fact[(lang, fact)] = k

    # ---------------- weekdays next to dates
    fdates = fact_dates(facts)
    for lang, finder, wd_any in (("zh", zh_mentions, ZH_WD_ANY), ("en", en_mentions, EN_WD_ANY)):
        mentions, spans = finder(texts[lang], fdates)
        total_mentions += len(mentions)
        seeded = list(weekday_found[lang])
        for (a, b, s, date, wd) in mentions:
            ok = date.weekday() == wd
            if VERBOSE:
                print("  %s %s %-32r -> %s %s %s" % (cid, lang, s, date.isoformat(), date.strftime("%a"),
                                                     "ok" if ok else "MISMATCH"))
            if ok:
                continue
            hit = [f for f in seeded if f in texts[lang] and
                   texts[lang].find(f) <= a + len(s) and a <= texts[lang].find(f) + len(f)]
            hit = [f for f in hit if s in f or f in s]
            if hit:
                seeded.remove(hit[0])
            else:
                fail(cid, "%s weekday mismatch not seeded: %r is a %s" % (lang, s, date.strftime("%A")))
        if seeded:
            fail(cid, "%s weekday error %r does not carry a wrong weekday next to a date" % (lang, seeded))
        # weekday words not attached to a date: report for hand review
        for m in wd_any.finditer(texts[lang]):
            if not any(a <= m.start() < b for a, b in spans):
                if VERBOSE:
                    print("  %s %s free weekday word %r (context %r)" % (
                        cid, lang, m.group(0), texts[lang][max(0, m.start() - 12):m.end() + 12]))

    # ---------------- presence checks for links, e-mails, names, dates
    for label, v in facts.items():
        for lang in ("zh", "en"):
            t = texts[lang]
            ek = err_by_lang_fact.get((lang, label))
            if isinstance(v, str) and ("@" in v or v.startswith("http")):
                present = norm_url(v) in t.lower()
                if ek in ("link", "missing"):
                    if present:
                        fail(cid, "%s: faulty %s text still contains %r" % (label, lang, v))
                elif not present:
                    fail(cid, "%s: %r not found in %s text" % (label, v, lang))
            elif isinstance(v, dict):
                if lang == "zh":
                    present = v["zh"] in t or v["en"] in t
                else:
                    toks = name_tokens(v["en"])
                    ttoks = name_tokens(t)
                    core = toks - {"mr", "ms", "mrs", "dr"}
                    # an added English name may be omitted, but the family + given name must be there
                    present = len(core & ttoks) >= min(2, len(core))
                    if present and len(core) >= 2:
                        present = len(core & ttoks) >= len(core) - (1 if len(core) >= 3 else 0)
                if ek in ("name", "missing"):
                    if lang == "zh" and v["zh"] in t:
                        fail(cid, "%s: faulty zh text still contains %r" % (label, v["zh"]))
                    if lang == "en" and name_tokens(v["en"]) <= name_tokens(t):
                        fail(cid, "%s: faulty en text still contains %r" % (label, v["en"]))
                elif not present:
                    fail(cid, "%s: name %r not found in %s text" % (label, v, lang))
            elif isinstance(v, dt.date):
                forms = zh_date_forms(v) if lang == "zh" else en_date_forms(v)
                present = any(f in t for f in forms)
                if ek in ("date", "missing"):
                    if present:
                        fail(cid, "%s: faulty %s text still contains the date %s" % (label, lang, v))
                elif not present:
                    warn(cid, "%s: date %s not found verbatim in %s text (check by hand)" % (label, v, lang))

# ---------------------------------------------------------------- totals
if len(all_cases) != 40:
    fail("set", "expected 40 cases, got %d" % len(all_cases))
if n_clean != 24:
    fail("set", "expected 24 clean cases, got %d" % n_clean)
if n_faulty != 16:
    fail("set", "expected 16 faulty cases, got %d" % n_faulty)
if n_errors != 18:
    fail("set", "expected 18 seeded errors, got %d" % n_errors)
if n_double != 2:
    fail("set", "expected 2 cases with two errors, got %d" % n_double)
if err_counter != EXPECTED_ERROR_COUNTS:
    fail("set", "error kinds %s differ from %s" % (err_counter, EXPECTED_ERROR_COUNTS))
if abs(lang_counter["zh"] - lang_counter["en"]) > 2:
    fail("set", "errors unbalanced over languages: %s" % lang_counter)

print("cases: %d  clean: %d  faulty: %d  errors: %d  double-error cases: %d" % (
    len(all_cases), n_clean, n_faulty, n_errors, n_double))
print("document kinds: %s" % dict(sorted(kind_counter.items())))
print("errors by kind/lang: %s" % {k: per_kind_lang.get(k, {}) for k in sorted(ERROR_KINDS)})
print("errors by language: %s" % lang_counter)
print("date+weekday mentions recomputed: %d" % total_mentions)
for w in warnings:
    print("WARN " + w)
if problems:
    for p in problems:
        print("FAIL " + p)
    sys.exit(1)
print("OK")
