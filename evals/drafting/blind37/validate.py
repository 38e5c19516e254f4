#!/usr/bin/env python3
"""Validator for blind set blind37 (Python 3 + PyYAML only).

Checks structure, counts, text lengths, seeded-error bookkeeping, simple
leak checks for seeded errors, and recomputes with datetime every weekday
written next to a date in both languages.

Usage: python3 validate.py [-v]
Exit code 0 when everything passes.
"""
import datetime
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                "name": 2, "link": 2, "missing": 2, "term": 2}
N_CASES, N_CLEAN, N_FAULTY, N_ERRORS, N_DOUBLE = 40, 24, 16, 18, 2
VERBOSE = "-v" in sys.argv

problems = []
infos = []


def fail(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- helpers
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral up to 99, or digits; also 二〇二六 style years."""
    if s.isdigit():
        return int(s)
    if all(ch in CN_DIGIT for ch in s) and len(s) == 4:      # 二〇二六
        return int("".join(str(CN_DIGIT[ch]) for ch in s))
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGIT[a] if a else 1
        ones = CN_DIGIT[b] if b else 0
        return tens * 10 + ones
    return CN_DIGIT[s]


def han_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def word_count(s):
    return len(s.split())


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MON = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
          "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WD_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
YEAR_ZH = r"(?:(\d{4}|\d{2,3}|[〇零一二三四五六七八九]{4})年)"
DATE_ZH = YEAR_ZH + r"?\s*(" + NUM + r")月\s*(" + NUM + r")[日号號]"
MD_ZH = r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])"
WD_ZH_WORD = r"(?:周|週|星期|禮拜|礼拜)([一二三四五六日天])"
WD_ZH_AFTER = r"\s*(?:[（(]\s*(?:(?:周|週|星期|禮拜|礼拜)?([一二三四五六日天]))\s*[）)]|" + WD_ZH_WORD + r")"

WD_EN = r"(Mon(?:day)?|Tue(?:s|sday)?|Wed(?:s|nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?"
MON_EN = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
YEAR_EN = r"(?:,?\s*(\d{4}))?"


def year_from_zh(y):
    if y is None:
        return None
    v = cn_small(y) if not y.isdigit() else int(y)
    if v < 1000:            # ROC calendar (民國)
        v += 1911
    return v


def infer_year(month, day, explicit, fact_dates):
    if explicit:
        return explicit
    years = sorted({d.year for d in fact_dates})
    if not years:
        return None
    for d in fact_dates:
        if d.month == month and d.day == day:
            return d.year
    best, bestdist = None, None
    for y in years:
        try:
            cand = datetime.date(y, month, day)
        except ValueError:
            continue
        dist = min(abs((cand - fd).days) for fd in fact_dates)
        if bestdist is None or dist < bestdist:
            best, bestdist = y, dist
    return best


def check_pair(cid, lang, text, span, y, m, d, wd, fact_dates, found_spans, pairs):
    year = infer_year(m, d, y, fact_dates)
    try:
        date = datetime.date(year, m, d)
    except (TypeError, ValueError):
        fail(cid, "%s: cannot build date %s-%s-%s in %r" % (lang, year, m, d, text[span[0]:span[1]]))
        return
    pairs.append((span, date, wd))
    ok = date.weekday() == wd
    inside = any(s <= span[0] and span[1] <= e for s, e in found_spans)
    snippet = text[span[0]:span[1]]
    if VERBOSE:
        infos.append("%s %s: %r -> %s is %s (written %s)%s" % (
            cid, lang, snippet, date, WD_NAMES[date.weekday()], WD_NAMES[wd],
            "" if ok else "  MISMATCH"))
    if not ok and not inside:
        fail(cid, "%s: weekday mismatch not labelled: %r (%s is a %s)" % (
            lang, snippet, date, WD_NAMES[date.weekday()]))
    if ok and inside:
        fail(cid, "%s: labelled weekday error %r is actually correct" % (lang, snippet))


def weekday_pairs_zh(cid, text, fact_dates, found_spans):
    pairs, used = [], []
    # range with a weekday range: 9月7日至9日（周一至周三）
    rx_rr = re.compile(DATE_ZH + r"\s*(?:至|到|－|-|–|~)\s*(" + NUM + r")[日号號]\s*[（(]\s*"
                       + WD_ZH_WORD + r"\s*(?:至|到|－|-|–|~)\s*" + WD_ZH_WORD + r"\s*[）)]")
    for mt in rx_rr.finditer(text):
        y = year_from_zh(mt.group(1))
        m, d1, d2 = cn_small(mt.group(2)), cn_small(mt.group(3)), cn_small(mt.group(4))
        check_pair(cid, "zh", text, mt.span(), y, m, d1, ZH_WD[mt.group(5)], fact_dates, found_spans, pairs)
        check_pair(cid, "zh", text, mt.span(), y, m, d2, ZH_WD[mt.group(6)], fact_dates, found_spans, pairs)
        used.append(mt.span())
    rx = re.compile(DATE_ZH + WD_ZH_AFTER)
    last_month = {}
    for mt in rx.finditer(text):
        if any(s <= mt.start() < e for s, e in used):
            continue
        y = year_from_zh(mt.group(1))
        m, d = cn_small(mt.group(2)), cn_small(mt.group(3))
        wch = mt.group(4) or mt.group(5)
        check_pair(cid, "zh", text, mt.span(), y, m, d, ZH_WD[wch], fact_dates, found_spans, pairs)
        used.append(mt.span())
        last_month[mt.end()] = (y, m)
    # day-only range end with weekday: 11月2日（一）至20日（五）
    rx_end = re.compile(r"(?:至|到|－|-|–|~)\s*(" + NUM + r")[日号號]" + WD_ZH_AFTER)
    for mt in rx_end.finditer(text):
        if any(s <= mt.start() < e for s, e in used):
            continue
        prev = [k for k in last_month if k <= mt.start() and mt.start() - k <= 2]
        if not prev:
            continue
        y, m = last_month[max(prev)]
        d = cn_small(mt.group(1))
        wch = mt.group(2) or mt.group(3)
        check_pair(cid, "zh", text, mt.span(), y, m, d, ZH_WD[wch], fact_dates, found_spans, pairs)
        used.append(mt.span())
    # numeric month/day: 12/18（五）
    rx_md = re.compile(MD_ZH + WD_ZH_AFTER)
    for mt in rx_md.finditer(text):
        if any(s <= mt.start() < e for s, e in used):
            continue
        m, d = int(mt.group(1)), int(mt.group(2))
        wch = mt.group(3) or mt.group(4)
        check_pair(cid, "zh", text, mt.span(), None, m, d, ZH_WD[wch], fact_dates, found_spans, pairs)
        used.append(mt.span())
    # weekday words not attached to a date (generic: 每周三, 周一例会 ...)
    for mt in re.finditer(WD_ZH_WORD, text):
        if not any(s <= mt.start() < e for s, e in used):
            infos.append("%s zh: weekday word not next to a date: %r" % (
                cid, text[max(0, mt.start() - 6):mt.end() + 4]))
    return pairs


def en_wd(s):
    return EN_WD[s[:3].lower()]


def en_mon(s):
    return EN_MON[s[:3].lower()]


def weekday_pairs_en(cid, text, fact_dates, found_spans):
    pairs, used = [], []
    pats = [
        # Mon 7 – Wed 9 Sept
        (re.compile(r"\b" + WD_EN + r",?\s+" + ORD + r"\s*[–-]\s*" + WD_EN + r",?\s+" + ORD + r"\s+" + MON_EN + YEAR_EN), "range"),
        # Friday, 9 October 2026 / Thursday the 3rd of March
        (re.compile(r"\b" + WD_EN + r",?\s+(?:the\s+)?" + ORD + r"\s+(?:of\s+)?" + MON_EN + r"\b" + YEAR_EN), "wd_d_m"),
        # Wednesday, July 29 / Wed., Oct. 28
        (re.compile(r"\b" + WD_EN + r",?\s+" + MON_EN + r"\s+" + ORD + r"\b" + YEAR_EN), "wd_m_d"),
        # July 29 (Wed)
        (re.compile(r"\b" + MON_EN + r"\s+" + ORD + YEAR_EN + r"\s*\(\s*" + WD_EN + r"\s*\)"), "m_d_wd"),
        # 29 July (Wed)
        (re.compile(r"\b" + ORD + r"\s+" + MON_EN + YEAR_EN + r"\s*\(\s*" + WD_EN + r"\s*\)"), "d_m_wd"),
    ]
    for rx, kind in pats:
        for mt in rx.finditer(text):
            if any(s <= mt.start() < e for s, e in used):
                continue
            g = mt.groups()
            if kind == "range":
                w1, d1, w2, d2, mon, yr = g
                m = en_mon(mon)
                y = int(yr) if yr else None
                check_pair(cid, "en", text, mt.span(), y, m, int(d1), en_wd(w1), fact_dates, found_spans, pairs)
                check_pair(cid, "en", text, mt.span(), y, m, int(d2), en_wd(w2), fact_dates, found_spans, pairs)
            elif kind == "wd_d_m":
                w, d, mon, yr = g
                check_pair(cid, "en", text, mt.span(), int(yr) if yr else None, en_mon(mon), int(d), en_wd(w), fact_dates, found_spans, pairs)
            elif kind == "wd_m_d":
                w, mon, d, yr = g
                check_pair(cid, "en", text, mt.span(), int(yr) if yr else None, en_mon(mon), int(d), en_wd(w), fact_dates, found_spans, pairs)
            elif kind == "m_d_wd":
                mon, d, yr, w = g
                check_pair(cid, "en", text, mt.span(), int(yr) if yr else None, en_mon(mon), int(d), en_wd(w), fact_dates, found_spans, pairs)
            else:
                d, mon, yr, w = g
                check_pair(cid, "en", text, mt.span(), int(yr) if yr else None, en_mon(mon), int(d), en_wd(w), fact_dates, found_spans, pairs)
            used.append(mt.span())
    for mt in re.finditer(r"\b" + WD_EN + r"(?![a-z])", text):
        if not any(s <= mt.start() < e for s, e in used):
            infos.append("%s en: weekday word not next to a date: %r" % (
                cid, text[max(0, mt.start() - 8):mt.end() + 10]))
    return pairs


# ----------------------------------------------------------- fact helpers
def parse_dates(v):
    """Return list of dates contained in a fact value."""
    if isinstance(v, datetime.date):
        return [v]
    if isinstance(v, str):
        out = []
        for s in re.findall(r"\d{4}-\d{2}-\d{2}", v):
            out.append(datetime.date.fromisoformat(s))
        return out
    return []


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def date_forms(d):
    m, dd = d.month, d.day
    mn = MONTHS[m - 1]
    ab = mn[:3]
    return [d.isoformat(), "%d月%d日" % (m, dd), "%d月%d号" % (m, dd), "%d/%d" % (m, dd),
            "%d %s" % (dd, mn), "%s %d" % (mn, dd), "%d %s" % (dd, ab), "%s %d" % (ab, dd),
            "%s. %d" % (ab, dd), "%d/%d/%d" % (dd, m, d.year)]


def num_forms(s):
    """Digit forms of the first number in a value string."""
    mt = re.search(r"\d[\d,]*(?:\.\d+)?", str(s))
    if not mt:
        return []
    raw = mt.group(0)
    plain = raw.replace(",", "")
    forms = {raw, plain}
    try:
        n = float(plain)
        if n >= 1000 and n == int(n):
            forms.add("{:,}".format(int(n)))
            if n % 1000 == 0:
                forms.add("%dk" % (n // 1000))
            elif n % 100 == 0:
                forms.add("%.1fk" % (n / 1000))
    except ValueError:
        pass
    return sorted(forms)


def strip_scheme(u):
    return re.sub(r"^https?://", "", str(u)).rstrip("/")


def contains_number(text, form):
    # digit form not embedded in a longer number
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text) is not None


# ------------------------------------------------------------------- main
def main():
    all_cases = []
    for fn in FILES:
        p = HERE / fn
        if not p.exists():
            fail(fn, "missing file")
            continue
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must be a list of 10 mappings")
            continue
        all_cases.extend((fn, c) for c in data)

    ids = [c.get("id") for _, c in all_cases]
    want = ["r-%03d" % i for i in range(1, N_CASES + 1)]
    if ids != want:
        fail("set", "ids must be r-001..r-040 in order, got %s" % ids)

    err_counter = {k: {"zh": 0, "en": 0} for k in ERR_KINDS}
    n_clean = n_faulty = n_double = n_err = 0
    kind_counter = {}

    for fn, c in all_cases:
        cid = c.get("id", "?")
        keys = set(c)
        if keys != {"id", "kind", "facts", "zh", "en", "errors"}:
            fail(cid, "fields must be id, kind, facts, zh, en, errors; got %s" % sorted(keys))
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, "bad kind %r" % c["kind"])
        kind_counter[c["kind"]] = kind_counter.get(c["kind"], 0) + 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping with 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        zh, en = c["zh"], c["en"]
        if not isinstance(zh, str) or not isinstance(en, str):
            fail(cid, "zh/en must be strings")
            continue
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            fail(cid, "zh has %d Han characters (110-160)" % hc)
        if not 65 <= wc <= 120:
            fail(cid, "en has %d words (65-120)" % wc)
        if VERBOSE:
            infos.append("%s: %s, %d facts, %d Han, %d words" % (cid, c["kind"], len(facts), hc, wc))

        fact_dates = []
        for label, v in facts.items():
            if isinstance(v, dict):
                if set(v) != {"zh", "en"}:
                    fail(cid, "name fact %r must have zh and en" % label)
            fact_dates.extend(parse_dates(v))
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                fail(cid, "date fact %r must be a YAML date, not a string" % label)

        errors = c["errors"]
        if not isinstance(errors, list):
            fail(cid, "errors must be a list")
            continue
        if errors:
            n_faulty += 1
            n_err += len(errors)
            if len(errors) == 2:
                n_double += 1
                if errors[0]["lang"] == errors[1]["lang"]:
                    fail(cid, "two errors must be in different languages")
            elif len(errors) > 2:
                fail(cid, "at most two errors per case")
        else:
            n_clean += 1

        found_spans = {"zh": [], "en": []}
        faulty_facts = {"zh": set(), "en": set()}
        for e in errors:
            k, lang = e.get("kind"), e.get("lang")
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail(cid, "bad error kind/lang %r/%r" % (k, lang))
                continue
            err_counter[k][lang] += 1
            want_keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != want_keys:
                fail(cid, "error fields for %s must be %s, got %s" % (k, sorted(want_keys), sorted(e)))
            text = c[lang]
            other = c["en" if lang == "zh" else "zh"]
            if k in ("weekday", "term"):
                if e.get("fact") is not None:
                    fail(cid, "%s error must have fact: null" % k)
            elif e.get("fact") not in facts:
                fail(cid, "error fact %r not in facts" % e.get("fact"))
            else:
                faulty_facts[lang].add(e["fact"])
            if k == "missing":
                if e.get("found") is not None:
                    fail(cid, "missing error must have found: null")
            else:
                f = e.get("found")
                if not isinstance(f, str) or f not in text:
                    fail(cid, "found %r not in %s text" % (f, lang))
                else:
                    i = text.find(f)
                    found_spans[lang].append((i, i + len(f)))
                    if text.count(f) > 1:
                        infos.append("%s: found %r occurs %d times in %s" % (cid, f, text.count(f), lang))
            if k == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                if lang == "zh":
                    if zt and zt in text:
                        fail(cid, "correct zh term %r still present in zh" % zt)
                    if et and et.lower() not in other.lower():
                        fail(cid, "en term %r not present in en" % et)
                else:
                    if et and et.lower() in text.lower():
                        fail(cid, "correct en term %r still present in en" % et)
                    if zt and zt not in other:
                        fail(cid, "zh term %r not present in zh" % zt)
            # leak checks: the correct value must not appear in the faulty language
            if k in ("date", "number", "percent", "name", "link", "missing") and e.get("fact") in facts:
                v = facts[e["fact"]]
                leaks = []
                if isinstance(v, dict):
                    if v["zh"] in text:
                        leaks.append(v["zh"])
                    for part in re.split(r"[\s-]+", v["en"]):
                        if lang == "en" and len(part) > 2 and re.search(r"\b%s\b" % re.escape(part), text, re.I):
                            if k == "name" and part.lower() not in (e.get("found") or "").lower():
                                leaks.append(part)
                    if k == "name" and lang == "en":
                        # surname must not appear (the error changes the name)
                        pass
                elif parse_dates(v):
                    for d in parse_dates(v):
                        for form in date_forms(d):
                            if form in text:
                                leaks.append(form)
                elif isinstance(v, str) and re.match(r"^(https?://|[\w.+-]+@)", v):
                    if strip_scheme(v) in text:
                        leaks.append(strip_scheme(v))
                else:
                    for form in num_forms(v):
                        if contains_number(text, form):
                            leaks.append(form)
                if leaks and k != "name":
                    fail(cid, "%s error on %r: correct value still visible in %s as %s" % (k, e["fact"], lang, leaks))
                if k == "name" and isinstance(v, dict):
                    if lang == "zh" and v["zh"] in text:
                        fail(cid, "name error: correct zh name still in zh")
                    if lang == "en" and v["en"].lower() in text.lower():
                        fail(cid, "name error: correct en name still in en")

        # presence checks for links / e-mails / zh names in non-faulty languages
        for label, v in facts.items():
            for lang in ("zh", "en"):
                if label in faulty_facts[lang]:
                    continue
                t = c[lang]
                if isinstance(v, str) and re.match(r"^(https?://|[\w.+-]+@)", v):
                    if strip_scheme(v).lower() not in t.lower():
                        fail(cid, "%s: link/e-mail %r not found" % (lang, v))
                if isinstance(v, dict) and lang == "zh" and v["zh"] not in t:
                    infos.append("%s: zh name %r not literally in zh text (check form)" % (cid, v["zh"]))
                if isinstance(v, dict) and lang == "en":
                    sur = re.split(r"[\s-]+", v["en"])
                    if not any(p.lower() in t.lower() for p in sur if len(p) > 1):
                        infos.append("%s: en name %r has no token in en text" % (cid, v["en"]))

        for lang, fn_ in (("zh", weekday_pairs_zh), ("en", weekday_pairs_en)):
            pairs = fn_(cid, c[lang], fact_dates, found_spans[lang])
            for e in errors:
                if e.get("kind") == "weekday" and e.get("lang") == lang and isinstance(e.get("found"), str):
                    i = c[lang].find(e["found"])
                    span = (i, i + len(e["found"]))
                    hit = [p for p in pairs if span[0] <= p[0][0] and p[0][1] <= span[1]]
                    if not hit:
                        fail(cid, "weekday error %r: no date+weekday recognised inside found" % e["found"])

    if n_clean != N_CLEAN:
        fail("set", "clean cases %d != %d" % (n_clean, N_CLEAN))
    if n_faulty != N_FAULTY:
        fail("set", "faulty cases %d != %d" % (n_faulty, N_FAULTY))
    if n_err != N_ERRORS:
        fail("set", "errors %d != %d" % (n_err, N_ERRORS))
    if n_double != N_DOUBLE:
        fail("set", "cases with two errors %d != %d" % (n_double, N_DOUBLE))
    for k, n in EXPECTED_ERR.items():
        tot = err_counter[k]["zh"] + err_counter[k]["en"]
        if tot != n:
            fail("set", "%s errors %d != %d" % (k, tot, n))
        if n >= 2 and (err_counter[k]["zh"] == 0 or err_counter[k]["en"] == 0):
            fail("set", "%s errors not spread over zh and en: %s" % (k, err_counter[k]))
    zh_tot = sum(v["zh"] for v in err_counter.values())
    en_tot = sum(v["en"] for v in err_counter.values())
    if abs(zh_tot - en_tot) > 2:
        fail("set", "errors unbalanced zh=%d en=%d" % (zh_tot, en_tot))

    for line in infos:
        print("info:", line)
    print("cases=%d clean=%d faulty=%d errors=%d double=%d zh_errors=%d en_errors=%d" % (
        len(all_cases), n_clean, n_faulty, n_err, n_double, zh_tot, en_tot))
    print("kinds:", dict(sorted(kind_counter.items())))
    print("errors by kind:", {k: err_counter[k] for k in sorted(err_counter)})
    if problems:
        for p in problems:
            print("FAIL:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
