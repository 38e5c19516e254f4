#!/usr/bin/env python3
"""Validator for blind set blind36 (Python 3 + PyYAML only).

Checks structure, field types, length limits, the required counts of clean
cases / seeded errors, and recomputes with datetime every weekday written next
to a date in both language versions.  Also runs light consistency checks on the
seeded errors (the `found` span exists, the correct value of a link/name/date
/number does not survive in the faulty language, ...).

Usage:  python3 validate.py [-v]
Exit status 0 when everything passes.
"""
import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_1.yaml", "pairs_2.yaml", "pairs_3.yaml", "pairs_4.yaml"]
VERBOSE = "-v" in sys.argv

FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                "name": 2, "link": 2, "missing": 2, "term": 2}

problems = []
warnings = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


def warn(cid, msg):
    warnings.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 0..99 (十, 二十, 三十一, 〇...) or arabic -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGIT[a] if a else 1
        ones = CN_DIGIT[b] if b else 0
        return tens * 10 + ones
    if len(s) == 1:
        return CN_DIGIT[s]
    raise ValueError(s)


def cn_year(s):
    if s.isdigit():
        y = int(s)
    else:
        y = int("".join(str(CN_DIGIT[c]) for c in s))
    if y < 1911:  # Minguo (ROC) year
        y += 1911
    return y


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MONTH = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}

CNN = "[〇零一二三四五六七八九十]"
ZH_DATE = re.compile(
    r"(?:(?P<y>\d{4}|1\d\d|[〇零一二三四五六七八九]{4})年)?"
    r"(?:(?P<m>\d{1,2}|" + CNN + r"{1,3})月)?"
    r"(?P<d>\d{1,2}|" + CNN + r"{1,3})[日号號]"
    r"|(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?![\d/])")
ZH_WD_AFTER = re.compile(
    r"\s*(?:[（(]\s*(?:周|週|星期|禮拜|礼拜)?(?P<w1>[一二三四五六日天])\s*[）)]"
    r"|(?:周|週|星期|禮拜|礼拜)(?P<w2>[一二三四五六日天]))")
ZH_WD_ANY = re.compile(r"(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]|[（(][一二三四五六日][）)]")

WD_RE = (r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
         r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?")
MON_RE = (r"(?:January|February|March|April|May|June|July|August|September|"
          r"October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
ORD = r"(?:st|nd|rd|th)?"
EN_WD_TOKEN = re.compile(r"\b" + WD_RE + r"(?![A-Za-z])")
# forms following a weekday
EN_AFTER = [
    re.compile(r",?\s+(?:the\s+)?(?P<d>\d{1,2})" + ORD + r"(?:\s+of)?\s+(?P<m>" + MON_RE + r")(?:,?\s+(?P<y>\d{4}))?"),
    re.compile(r",?\s+(?P<m>" + MON_RE + r")\s+(?P<d>\d{1,2})" + ORD + r"(?:,?\s+(?P<y>\d{4}))?"),
    # "Monday 17 to Friday 21 August": day only, month follows later
    re.compile(r",?\s+(?:the\s+)?(?P<d>\d{1,2})" + ORD + r"(?=\s*(?:to|and|until|till|-|–|—)\s)"),
]
# forms preceding a weekday in brackets: "1 December (Tue)" / "December 1 (Tue)"
EN_BEFORE = [
    re.compile(r"(?P<d>\d{1,2})" + ORD + r"\s+(?P<m>" + MON_RE + r")(?:\s+(?P<y>\d{4}))?\s*\(\s*$"),
    re.compile(r"(?P<m>" + MON_RE + r")\s+(?P<d>\d{1,2})" + ORD + r"(?:,\s*(?P<y>\d{4}))?\s*\(\s*$"),
]
EN_MONTH_ANY = re.compile(r"\b(?P<m>" + MON_RE + r")(?![A-Za-z])")
EN_FULLDATE_YEAR = re.compile(r"(?:\d{1,2}" + ORD + r"\s+" + MON_RE + r",?\s+(\d{4})|" + MON_RE +
                              r"\s+\d{1,2}" + ORD + r",\s*(\d{4}))")


def month_num(tok):
    return EN_MONTH[tok.lower().rstrip(".")[:3]]


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for s in re.findall(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(s))
    return out


def resolve_year(m, d, explicit, last_year, fdates):
    if explicit:
        return explicit
    for f in fdates:
        if (f.month, f.day) == (m, d):
            return f.year
    if last_year:
        return last_year
    if fdates:
        return collections.Counter(f.year for f in fdates).most_common(1)[0][0]
    return 2026


def zh_pairs(text, fdates):
    """Return list of (start, end, date, written_weekday_index, substring)."""
    pairs = []
    last_month = None
    last_year = None
    for mt in ZH_DATE.finditer(text):
        if mt.group("sm"):
            m, d, y = int(mt.group("sm")), int(mt.group("sd")), None
        else:
            m = cn_small(mt.group("m")) if mt.group("m") else last_month
            try:
                d = cn_small(mt.group("d"))
            except (KeyError, ValueError):
                continue
            y = cn_year(mt.group("y")) if mt.group("y") else None
        if m is None or not (1 <= m <= 12 and 1 <= d <= 31):
            continue
        last_month = m
        if y:
            last_year = y
        after = ZH_WD_AFTER.match(text, mt.end())
        if not after:
            continue
        w = after.group("w1") or after.group("w2")
        yy = resolve_year(m, d, y, last_year, fdates)
        try:
            date = dt.date(yy, m, d)
        except ValueError:
            pairs.append((mt.start(), after.end(), None, ZH_WD[w], text[mt.start():after.end()]))
            continue
        pairs.append((mt.start(), after.end(), date, ZH_WD[w], text[mt.start():after.end()]))
    return pairs


def en_pairs(text, fdates):
    pairs = []
    years = [(mm.start(), int(mm.group(1) or mm.group(2))) for mm in EN_FULLDATE_YEAR.finditer(text)]
    for wt in EN_WD_TOKEN.finditer(text):
        wd = EN_WD[wt.group("wd").lower()[:3]]
        last_year = None
        for pos, y in years:
            if pos < wt.start():
                last_year = y
        hit = None
        for k, rx in enumerate(EN_AFTER):
            mt = rx.match(text, wt.end())
            if not mt:
                continue
            d = int(mt.group("d"))
            if k < 2:
                m = month_num(mt.group("m"))
                y = int(mt.group("y")) if mt.group("y") else None
                end = mt.end()
            else:
                nm = EN_MONTH_ANY.search(text, mt.end(), mt.end() + 40)
                if not nm:
                    continue
                m, y, end = month_num(nm.group("m")), None, mt.end()
            hit = (wt.start(), end, m, d, y)
            break
        if not hit:
            # bracketed weekday after a date: "1 December (Tue)"
            pre = text[max(0, wt.start() - 30):wt.start()]
            for rx in EN_BEFORE:
                mt = rx.search(pre)
                if mt:
                    hit = (wt.start() - len(pre) + mt.start(), wt.end(),
                           month_num(mt.group("m")), int(mt.group("d")),
                           int(mt.group("y")) if mt.group("y") else None)
                    break
        if not hit:
            continue
        s, e, m, d, y = hit
        yy = resolve_year(m, d, y, last_year, fdates)
        try:
            date = dt.date(yy, m, d)
        except ValueError:
            date = None
        pairs.append((s, e, date, wd, text[s:e]))
    return pairs


# ------------------------------------------------------- renderings for checks
CN_NUM_1_31 = {}
for n in range(1, 32):
    if n < 10:
        s = "一二三四五六七八九"[n - 1]
    elif n == 10:
        s = "十"
    elif n < 20:
        s = "十" + "一二三四五六七八九"[n - 11]
    else:
        s = "一二三四五六七八九"[n // 10 - 1] + "十" + ("" if n % 10 == 0 else "一二三四五六七八九"[n % 10 - 1])
    CN_NUM_1_31[n] = s

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def zh_date_forms(d):
    m, dd = d.month, d.day
    return [f"{m}月{dd}日", f"{m}月{dd}号", f"{m}月{dd}號", f"{m}/{dd}",
            f"{CN_NUM_1_31[m]}月{CN_NUM_1_31[dd]}日", f"{d.year - 1911}年{m}月{dd}日"]


def en_date_forms(d):
    full, ab = MONTHS_EN[d.month - 1], MONTHS_EN[d.month - 1][:3]
    dd = d.day
    suf = "th" if 11 <= dd % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    out = []
    for mon in (full, ab):
        out += [f"{dd} {mon}", f"{mon} {dd}", f"{dd}{suf} {mon}", f"{mon} {dd}{suf}",
                f"{dd}{suf} of {mon}"]
    return out


def contains_date(text, lang, d):
    forms = zh_date_forms(d) if lang == "zh" else en_date_forms(d)
    for f in forms:
        for mt in re.finditer(re.escape(f), text):
            before = text[mt.start() - 1:mt.start()] if mt.start() else ""
            after = text[mt.end():mt.end() + 1]
            if before.isdigit() or (after.isdigit()):
                continue
            return True
    return False


def digits_forms(num):
    """'RMB 3,500' -> {'3,500','3500'} etc."""
    out = set()
    for tok in re.findall(r"\d[\d,]*(?:\.\d+)?", num):
        out.add(tok)
        out.add(tok.replace(",", ""))
    return out


def contains_number(text, tok):
    return re.search(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|,\d|\.\d)", text) is not None


# ------------------------------------------------------------- value format
VALUE_RES = [
    re.compile(r"^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$"),        # date range
    re.compile(r"^\d{2}:\d{2}(-\d{2}:\d{2})?$"),                      # time / time range
    re.compile(r"^\d+(\.\d+)?%(-\d+(\.\d+)?%)?$"),                    # percent / range
    re.compile(r"^\d+(\.\d+)?-\d+(\.\d+)?$"),                         # number range
    re.compile(r"^(RMB|HK\$|NT\$|SGD|S\$|RM|MYR|USD|US\$) ?[\d,]+(\.\d+)?$"),  # amount
    re.compile(r"^[\d,]+(\.\d+)? [A-Za-z][A-Za-z ]*$"),               # count/duration with unit
    re.compile(r"^https?://\S+$"),                                    # URL
    re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),                      # e-mail
]


def check_value(cid, label, v):
    if isinstance(v, dt.date):
        return
    if isinstance(v, bool):
        fail(cid, f"fact {label}: boolean value")
        return
    if isinstance(v, int):
        return
    if isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail(cid, f"fact {label}: name must be {{zh, en}} strings")
        return
    if isinstance(v, str):
        if not any(r.match(v) for r in VALUE_RES):
            fail(cid, f"fact {label}: unrecognised value format {v!r}")
        if re.match(r"^\d{4}-\d{2}-\d{2} to", v):
            a, b = v.split(" to ")
            if dt.date.fromisoformat(a) >= dt.date.fromisoformat(b):
                fail(cid, f"fact {label}: empty date range")
        return
    fail(cid, f"fact {label}: unsupported type {type(v).__name__}")


def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def word_count(s):
    return len(s.split())


# ----------------------------------------------------------------- main
def main():
    cases = []
    for fn in FILES:
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must be a list of 10 mappings")
            continue
        cases.extend((fn, c) for c in data)

    if len(cases) != 40:
        fail("set", f"{len(cases)} cases, expected 40")

    err_counter = collections.Counter()
    lang_counter = collections.Counter()
    n_clean = n_err_cases = n_errors = 0
    double_cases = []
    n_pairs = 0

    for i, (fn, c) in enumerate(cases, 1):
        cid = c.get("id", f"{fn}#{i}") if isinstance(c, dict) else f"{fn}#{i}"
        if not isinstance(c, dict):
            fail(cid, "not a mapping")
            continue
        if set(c) != FIELDS:
            fail(cid, f"fields {sorted(c)} != {sorted(FIELDS)}")
            continue
        if c["id"] != f"r-{i:03d}":
            fail(cid, f"id out of sequence (expected r-{i:03d})")
        if c["kind"] not in DOC_KINDS:
            fail(cid, f"bad kind {c['kind']!r}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping with 4-8 entries")
            continue
        for label, v in facts.items():
            if not isinstance(label, str) or not label.strip():
                fail(cid, f"bad label {label!r}")
            check_value(cid, label, v)

        zh, en = c["zh"], c["en"]
        if not isinstance(zh, str) or not isinstance(en, str):
            fail(cid, "zh/en must be strings")
            continue
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            fail(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            fail(cid, f"en has {wc} words (65-120)")

        errors = c["errors"]
        if not isinstance(errors, list):
            fail(cid, "errors must be a list")
            continue
        if errors:
            n_err_cases += 1
        else:
            n_clean += 1
        if len(errors) == 2:
            double_cases.append(cid)
            if errors[0].get("lang") == errors[1].get("lang"):
                fail(cid, "two errors must be in different languages")
        elif len(errors) > 2:
            fail(cid, "at most two errors per case")

        texts = {"zh": zh, "en": en}
        fdates = fact_dates(facts)

        # ---- weekday recomputation, both languages
        wrong_pairs = {"zh": [], "en": []}
        for lang, fn_pairs in (("zh", zh_pairs), ("en", en_pairs)):
            pairs = fn_pairs(texts[lang], fdates)
            n_pairs += len(pairs)
            for s, e, date, wd, sub in pairs:
                if date is None:
                    fail(cid, f"{lang}: impossible date in {sub!r}")
                    continue
                ok = date.weekday() == wd
                if VERBOSE:
                    print(f"  {cid} {lang} {sub!r} -> {date} {date.strftime('%a')} "
                          f"{'OK' if ok else 'MISMATCH'}")
                if not ok:
                    wrong_pairs[lang].append((s, e, sub, date))
            if lang == "zh":
                covered = [(s, e) for s, e, *_ in pairs]
                for mt in ZH_WD_ANY.finditer(texts[lang]):
                    if not any(s <= mt.start() < e for s, e in covered) and VERBOSE:
                        print(f"  {cid} zh weekday word not tied to a date: {mt.group()!r}")

        # ---- seeded errors
        allowed_wrong = {"zh": [], "en": []}
        for err in errors:
            n_errors += 1
            if not isinstance(err, dict):
                fail(cid, "error entry is not a mapping")
                continue
            k, lang = err.get("kind"), err.get("lang")
            keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(err) != keys:
                fail(cid, f"error fields {sorted(err)} != {sorted(keys)}")
            if k not in ERR_KINDS:
                fail(cid, f"bad error kind {k!r}")
                continue
            if lang not in ("zh", "en"):
                fail(cid, f"bad error lang {lang!r}")
                continue
            err_counter[k] += 1
            lang_counter[lang] += 1
            text, other = texts[lang], texts["en" if lang == "zh" else "zh"]
            found, fact = err.get("found"), err.get("fact")
            if k in ("weekday", "term"):
                if fact is not None:
                    fail(cid, f"{k} error must have fact: null")
            elif fact not in facts:
                fail(cid, f"error fact {fact!r} is not a label of the brief")
                continue
            if k == "missing":
                if found is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(found, str) or not found:
                    fail(cid, "found must be a non-empty string")
                    continue
                if found not in text:
                    fail(cid, f"found {found!r} not in {lang} text")
                    continue
            if k == "weekday":
                fs = text.index(found)
                hits = [p for p in wrong_pairs[lang] if fs <= p[0] and p[1] <= fs + len(found)]
                if not hits:
                    fail(cid, f"weekday error {found!r}: no mismatching date/weekday pair inside it")
                allowed_wrong[lang] += hits
            if k == "term":
                zt, et = err.get("zh_term"), err.get("en_term")
                if not zt or not et:
                    fail(cid, "term error needs zh_term and en_term")
                else:
                    if lang == "zh" and (zt in text or et.lower() not in other.lower()):
                        fail(cid, "zh term error: zh_term must be absent from zh, en_term present in en")
                    if lang == "en" and (et.lower() in text.lower() or zt not in other):
                        fail(cid, "en term error: en_term must be absent from en, zh_term present in zh")
            if fact in facts and k not in ("weekday", "term"):
                v = facts[fact]
                # the correct value must not survive in the faulty language
                if isinstance(v, dt.date):
                    if contains_date(text, lang, v):
                        fail(cid, f"{k} error: correct date {v} still present in {lang}")
                    if not contains_date(other, "en" if lang == "zh" else "zh", v):
                        warn(cid, f"correct date {v} not found by simple forms in the other language")
                    if k == "date":
                        if not any(ch.isdigit() for ch in found):
                            fail(cid, "date error found has no digits")
                elif isinstance(v, dict):
                    if lang == "zh" and v["zh"] in text:
                        fail(cid, "correct zh name still present in zh")
                    if lang == "en" and v["en"].lower() in text.lower():
                        fail(cid, "correct en name still present in en")
                    if k == "name" and found == v[lang]:
                        fail(cid, "name error found equals correct name")
                elif isinstance(v, str) and re.match(r"^(https?://|[\w.+-]+@)", v):
                    bare = re.sub(r"^https?://", "", v)
                    if bare in text:
                        fail(cid, f"correct link {bare} still present in {lang}")
                    if bare not in other:
                        fail(cid, f"correct link {bare} absent from the other language too")
                elif isinstance(v, str) and v.endswith("%") and "-" not in v:
                    n = v[:-1]
                    forms = [n + "%", n + " per cent", n + " percent"]
                    if n.isdigit() and 0 < int(n) <= 100:
                        cn = (CN_NUM_1_31.get(int(n)) if int(n) <= 31 else
                              "一二三四五六七八九"[int(n) // 10 - 1] + "十" +
                              ("" if int(n) % 10 == 0 else "一二三四五六七八九"[int(n) % 10 - 1]))
                        forms.append("百分之" + cn)
                        if int(n) % 10 == 0:
                            forms.append("一二三四五六七八九"[int(n) // 10 - 1] + "成")
                    for f in forms:
                        if re.search(r"(?<![\d.])" + re.escape(f), text):
                            fail(cid, f"{k} error: correct percentage {f} still present in {lang}")
                elif isinstance(v, (str, int)):
                    for tok in digits_forms(str(v)):
                        if contains_number(text, tok):
                            fail(cid, f"{k} error: correct figure {tok} still present in {lang}")
                    if k in ("number", "percent"):
                        if any(contains_number(found, t) for t in digits_forms(str(v))):
                            fail(cid, "found carries the correct figure")

        for lang in ("zh", "en"):
            for p in wrong_pairs[lang]:
                if p not in allowed_wrong[lang]:
                    fail(cid, f"{lang}: weekday mismatch not declared as an error: "
                              f"{p[2]!r} is a {p[3].strftime('%A')}")

        # ---- light presence checks for links and names in clean languages
        faulty = {(e.get("lang"), e.get("fact")) for e in errors if isinstance(e, dict)}
        for label, v in facts.items():
            for lang in ("zh", "en"):
                if (lang, label) in faulty:
                    continue
                t = texts[lang]
                if isinstance(v, str) and re.match(r"^(https?://|[\w.+-]+@)", v):
                    if re.sub(r"^https?://", "", v) not in t:
                        fail(cid, f"link/e-mail {v} missing from {lang}")
                elif isinstance(v, dict):
                    if lang == "zh" and v["zh"] not in t:
                        fail(cid, f"name {v['zh']} missing from zh")
                    if lang == "en":
                        toks = [x.lower() for x in re.split(r"[\s\-]+", v["en"]) if x]
                        low = t.lower()
                        if not all(re.search(r"\b" + re.escape(x) + r"\b", low) for x in toks):
                            fail(cid, f"name {v['en']} missing from en")
                elif isinstance(v, dt.date):
                    if not contains_date(t, lang, v):
                        warn(cid, f"date {v} not found by simple forms in {lang} (check by eye)")

    # ---------------------------------------------------- set-level counts
    if n_clean != 24:
        fail("set", f"{n_clean} clean cases, expected 24")
    if n_err_cases != 16:
        fail("set", f"{n_err_cases} cases with errors, expected 16")
    if n_errors != 18:
        fail("set", f"{n_errors} seeded errors, expected 18")
    if len(double_cases) != 2:
        fail("set", f"{len(double_cases)} cases with two errors, expected 2")
    if dict(err_counter) != EXPECTED_ERR:
        fail("set", f"error kinds {dict(err_counter)} != {EXPECTED_ERR}")
    if abs(lang_counter["zh"] - lang_counter["en"]) > 2:
        fail("set", f"errors unbalanced over languages: {dict(lang_counter)}")

    kinds = collections.Counter(c["kind"] for _, c in cases if isinstance(c, dict))
    print(f"cases: {len(cases)}  clean: {n_clean}  with errors: {n_err_cases}  "
          f"errors: {n_errors}  double: {double_cases}")
    print(f"error kinds: {dict(sorted(err_counter.items()))}  langs: {dict(lang_counter)}")
    print(f"document kinds: {dict(sorted(kinds.items()))}")
    print(f"date/weekday pairs recomputed: {n_pairs}")
    for w in warnings:
        print("WARN", w)
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
