#!/usr/bin/env python3
"""Validator for blind set blind41 (Python 3 + PyYAML only).

Checks
  * structure of pairs_1.yaml ... pairs_4.yaml (fields, types, ids, kinds)
  * length limits (zh: 110-160 Han characters, en: 65-120 words, 4-8 facts)
  * the counts required by the brief (40 cases, 24 clean, 18 errors by kind, ...)
  * every seeded error: `found` occurs in the right language, field rules per kind,
    term pairs, and (heuristically) that the correct value does not survive in
    the faulty language in the usual forms
  * every weekday written next to a date, in both languages, recomputed with
    datetime: the only mismatches allowed are the seeded `weekday` errors.

Run:  python3 validate.py          (exit code 0 = pass)
"""
import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
             "name": 2, "link": 2, "missing": 2, "term": 2}
FIELDS = ["id", "kind", "facts", "zh", "en", "errors"]

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- helpers
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    return len(s.split())


CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """'十二' -> 12, '二十七' -> 27, '9' -> 9 (1..99)."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)
    return CN_DIGIT[s]


def cn_year(s):
    if s.isdigit():
        y = int(s)
        return y + 1911 if y < 1000 else y          # ROC (Minguo) years
    return int("".join(str(CN_DIGIT[c]) for c in s))


MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"])}
for _m, _i in list(MONTHS.items()):
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9
WEEKDAYS_EN = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_WD_NAME = "一二三四五六日"
EN_WD_NAME = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for m in re.finditer(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(m.group()))
    return out


def resolve_year(month, day, year, fdates):
    """Year for a date written without one: the year of a fact date with the same
    month/day, else the candidate year closest to any fact date."""
    if year:
        return year
    for f in fdates:
        if (f.month, f.day) == (month, day):
            return f.year
    years = sorted({f.year for f in fdates} | {f.year + 1 for f in fdates} | {f.year - 1 for f in fdates})
    best, score = None, None
    for y in years:
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        s = min(abs((cand - f).days) for f in fdates)
        if score is None or s < score:
            best, score = y, s
    return best


# ---------------------------------------------------------------- weekday scan
ZH_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
ZH_YEAR = r"(?:(\d{4}|1\d\d|[〇零一二三四五六七八九]{4})年)?"
ZH_WD = (r"\s*(?:[（(](?:星期|周|週|禮拜|礼拜)?([一二三四五六日天])[）)]"
         r"|(?:，|,)?\s*(?:星期|周|週|禮拜|礼拜)([一二三四五六日天]))")
ZH_DATE_WD = re.compile(ZH_YEAR + r"(?:(" + ZH_NUM + r")月)?(" + ZH_NUM + r")[日号號]" + ZH_WD)
ZH_SLASH_WD = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])" + ZH_WD)
ZH_MONTH = re.compile(r"(" + ZH_NUM + r")月")

WD_RE = r"(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
MON_RE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
ORD = r"(?:st|nd|rd|th)?"
YR = r"(?:,?\s+(\d{4}))?"
EN_PATTERNS = [
    # Friday, 15 January 2027 / Friday the 4th of December
    ("wd_d_m", re.compile(r"\b" + WD_RE + r",?\s+(?:the\s+)?(\d{1,2})" + ORD + r"\s+(?:of\s+)?" + MON_RE + YR)),
    # Friday, January 22nd, 2027
    ("wd_m_d", re.compile(r"\b" + WD_RE + r",?\s+" + MON_RE + r"\s+(\d{1,2})" + ORD + r"\b" + YR)),
    # 15 January 2027 (Friday)
    ("d_m_wd", re.compile(r"\b(\d{1,2})" + ORD + r"\s+(?:of\s+)?" + MON_RE + YR + r"\s*[(,]\s*" + WD_RE)),
    # January 15, 2027 (Fri)
    ("m_d_wd", re.compile(r"\b" + MON_RE + r"\s+(\d{1,2})" + ORD + YR + r"\s*[(,]\s*" + WD_RE)),
]
EN_MONTH = re.compile(r"\b" + MON_RE)


def scan_weekdays_zh(text, fdates):
    out = []
    for m in ZH_DATE_WD.finditer(text):
        y, mo, d, w1, w2 = m.groups()
        if mo is None:                       # day-only: carry month from before
            prev = list(ZH_MONTH.finditer(text, 0, m.start()))
            if not prev:
                continue
            mo = prev[-1].group(1)
        month, day = cn_small(mo), cn_small(d)
        year = resolve_year(month, day, cn_year(y) if y else None, fdates)
        out.append((m.start(), m.end(), m.group(), dt.date(year, month, day), WEEKDAYS_ZH[w1 or w2]))
    for m in ZH_SLASH_WD.finditer(text):
        mo, d, w1, w2 = m.groups()
        month, day = int(mo), int(d)
        year = resolve_year(month, day, None, fdates)
        out.append((m.start(), m.end(), m.group(), dt.date(year, month, day), WEEKDAYS_ZH[w1 or w2]))
    return out


def scan_weekdays_en(text, fdates):
    out, seen = [], set()
    for name, rx in EN_PATTERNS:
        for m in rx.finditer(text):
            g = m.groups()
            if name == "wd_d_m":
                wd, d, mon, y = g
            elif name == "wd_m_d":
                wd, mon, d, y = g
            elif name == "d_m_wd":
                d, mon, y, wd = g
            else:
                mon, d, y, wd = g
            month, day = MONTHS[mon.lower()], int(d)
            year = resolve_year(month, day, int(y) if y else None, fdates)
            key = (m.start(), m.end())
            if key in seen:
                continue
            seen.add(key)
            out.append((m.start(), m.end(), m.group(), dt.date(year, month, day), WEEKDAYS_EN[wd.lower()[:3]]))
    # day-only with weekday: "Friday the 13th" -> month carried from earlier text
    for m in re.finditer(r"\b" + WD_RE + r",?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + MON_RE + ")", text):
        prev = list(EN_MONTH.finditer(text, 0, m.start()))
        if not prev:
            continue
        month, day = MONTHS[prev[-1].group(1).lower()], int(m.group(2))
        year = resolve_year(month, day, None, fdates)
        out.append((m.start(), m.end(), m.group(), dt.date(year, month, day), WEEKDAYS_EN[m.group(1).lower()[:3]]))
    return out


# ---------------------------------------------------------------- value forms
CN_NUM_WORDS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
EN_NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]


def number_of(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(v))
    return float(m.group().replace(",", "")) if m else None


def num_forms(x, lang):
    """Regexes that would show the number x in a text."""
    forms = []
    if x == int(x):
        n = int(x)
        forms += [rf"(?<![\d.,]){n}(?![\d]|\.\d)", rf"(?<![\d.,]){n:,}(?![\d]|\.\d)"]
        if n >= 1000 and n % 100 == 0:
            forms.append(rf"(?<![\d.]){n / 1000:g}\s*[kK千](?![a-z])")
            if lang == "en":
                forms.append(rf"(?<![\d.]){n / 1000:g}\s+thousand")
            if n >= 10000:
                forms.append(rf"(?<![\d.]){n / 10000:g}\s*[萬万]")
        if n <= 10:
            cn = "零一二两兩三四五六七八九十百千万萬"
            forms.append(rf"(?<![{cn}]){CN_NUM_WORDS[n]}(?![{cn}])" if lang == "zh"
                         else rf"\b{EN_NUM_WORDS[n]}\b")
    else:
        forms.append(rf"(?<![\d.]){x:g}(?!\d)")
    return forms


def date_forms(d, lang):
    if lang == "zh":
        return [rf"(?<!\d){d.month}月{d.day}[日号號]", rf"(?<![\d/]){d.month}/{d.day}(?!\d)",
                rf"{d.year}-0?{d.month}-0?{d.day}(?!\d)"]
    mon = MONTH_NAMES[d.month - 1]
    return [rf"\b{d.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon[:3]}", rf"\b{mon[:3]}[a-z]*\.?\s+{d.day}(?!\d)",
            rf"{d.year}-0?{d.month}-0?{d.day}(?!\d)"]


def forms_for(value, lang):
    if isinstance(value, dict):                                  # name
        if lang == "zh":
            return [re.escape(value["zh"])]
        toks = [t for t in re.split(r"[\s\-]+", value["en"]) if len(t) > 2]
        given = "".join(value["en"].split()[1:]).replace("-", "")
        out = [re.escape(value["en"])]
        if given and len(given) > 3:
            out.append(re.escape(given))
        return out or [re.escape(t) for t in toks]
    if isinstance(value, dt.date):
        return date_forms(value, lang)
    s = str(value)
    if re.match(r"https?://", s) or "@" in s:
        core = re.sub(r"^https?://", "", s).rstrip("/")
        return [re.escape(core)]
    if re.search(r"\d{4}-\d{2}-\d{2}", s):
        out = []
        for m in re.finditer(r"\d{4}-\d{2}-\d{2}", s):
            out += date_forms(dt.date.fromisoformat(m.group()), lang)
        return out
    x = number_of(value)
    if x is None:
        return []
    if s.strip().endswith("%"):
        base = rf"(?<![\d.]){x:g}\s*(?:%|％|per\s?cent|percent)"
        return [base]
    return num_forms(x, lang)


# ---------------------------------------------------------------- main
SHOW = "--show" in sys.argv


def main():
    cases = []
    for i, fn in enumerate(FILES, 1):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            bad(fn, "file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 mappings")
            continue
        for j, c in enumerate(data):
            want = f"r-{(i - 1) * 10 + j + 1:03d}"
            if not isinstance(c, dict) or c.get("id") != want:
                bad(fn, f"entry {j} should have id {want}")
            cases.append(c)

    err_counter = collections.Counter()
    lang_counter = collections.Counter()
    n_clean = n_err_cases = n_double = 0
    ids = set()
    for c in cases:
        cid = c.get("id", "?")
        if cid in ids:
            bad(cid, "duplicate id")
        ids.add(cid)
        if list(c.keys()) != FIELDS:
            bad(cid, f"fields must be exactly {FIELDS} in that order, got {list(c.keys())}")
        if c.get("kind") not in KINDS:
            bad(cid, f"bad kind {c.get('kind')!r}")
        facts = c.get("facts")
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                bad(cid, f"name fact {k} must have zh and en")
            if isinstance(v, str) and re.fullmatch(r"\d{1,2}:\d{2}", v) is None and re.fullmatch(r"\d+:\d+", v):
                bad(cid, f"time fact {k} looks mangled")
            if isinstance(v, int) and not isinstance(v, bool) and 60 < v < 1440 * 60 and k.lower().find("time") >= 0:
                bad(cid, f"time fact {k} parsed as sexagesimal int; quote it")
        zh, en = c.get("zh", ""), c.get("en", "")
        texts = {"zh": zh, "en": en}
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            bad(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            bad(cid, f"en has {wc} words (65-120)")

        errors = c.get("errors")
        if not isinstance(errors, list):
            bad(cid, "errors must be a list")
            errors = []
        if errors:
            n_err_cases += 1
        else:
            n_clean += 1
        if len(errors) == 2:
            n_double += 1
            if errors[0].get("lang") == errors[1].get("lang"):
                bad(cid, "two errors in one case must be in different languages")
        if len(errors) > 2:
            bad(cid, "at most two errors per case")

        seeded_wd = []
        for e in errors:
            k, lang, fact, found = e.get("kind"), e.get("lang"), e.get("fact"), e.get("found")
            keys = ["kind", "lang", "fact", "found"] + (["zh_term", "en_term"] if k == "term" else [])
            if list(e.keys()) != keys:
                bad(cid, f"error fields must be {keys}, got {list(e.keys())}")
            if k not in ERR_KINDS:
                bad(cid, f"bad error kind {k!r}")
                continue
            if lang not in ("zh", "en"):
                bad(cid, f"bad lang {lang!r}")
                continue
            err_counter[k] += 1
            lang_counter[lang] += 1
            txt = texts[lang]
            if k in ("weekday", "term"):
                if fact is not None:
                    bad(cid, f"{k} error must have fact: null")
            elif fact not in facts:
                bad(cid, f"error fact {fact!r} is not a label of the brief")
            if k == "missing":
                if found is not None:
                    bad(cid, "missing error must have found: null")
            elif not isinstance(found, str) or found not in txt:
                bad(cid, f"found {found!r} not in {lang} text")
            if k == "weekday":
                seeded_wd.append((lang, found))
            if k == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                if not zt or not et:
                    bad(cid, "term error needs zh_term and en_term")
                elif lang == "zh":
                    if zt in zh:
                        bad(cid, f"zh_term {zt} still appears in zh")
                    if et.lower() not in en.lower():
                        bad(cid, f"en_term {et} should appear in en")
                else:
                    if et.lower() in en.lower():
                        bad(cid, f"en_term {et} still appears in en")
                    if zt not in zh:
                        bad(cid, f"zh_term {zt} should appear in zh")
            # the correct value must not survive in the faulty language
            if k in ("date", "number", "percent", "name", "link", "missing") and fact in facts:
                for rx in forms_for(facts[fact], lang):
                    if re.search(rx, txt, flags=re.I if lang == "en" else 0):
                        bad(cid, f"{k} error on {fact!r}: correct value still matches /{rx}/ in {lang}")
                # ... but it should be present in the other language
                other = "en" if lang == "zh" else "zh"
                fl = forms_for(facts[fact], other)
                if k in ("name", "link") and fl and not any(re.search(rx, texts[other], re.I) for rx in fl):
                    bad(cid, f"{fact!r} not found in {other} text")

        # weekday recomputation, both languages
        fdates = fact_dates(facts)
        for lang, scan in (("zh", scan_weekdays_zh), ("en", scan_weekdays_en)):
            for s, e_, frag, date, wd in scan(texts[lang], fdates):
                ok = date.weekday() == wd
                if SHOW:
                    print(f"  {cid} {lang} {frag!r} -> {date} {'ok' if ok else 'MISMATCH'}")
                covered = any(l == lang and f and (frag in f or f in frag) for l, f in seeded_wd)
                if not ok and not covered:
                    bad(cid, f"{lang}: '{frag}' -> {date} is a {EN_WD_NAME[date.weekday()]} (not seeded)")
                if ok and covered:
                    bad(cid, f"{lang}: seeded weekday error '{frag}' is actually correct")
        for lang, f in seeded_wd:
            hits = [x for x in (scan_weekdays_zh if lang == "zh" else scan_weekdays_en)(texts[lang], fdates)
                    if x[2] in f or f in x[2]]
            if not hits:
                bad(cid, f"seeded weekday error {f!r} not recognised as date+weekday")

        # clean-case sanity: URLs / e-mails and zh names verbatim in both texts
        for k, v in facts.items():
            if isinstance(v, str) and (v.startswith("http") or "@" in v):
                core = re.sub(r"^https?://", "", v).rstrip("/")
                for lang in ("zh", "en"):
                    miss = core not in texts[lang]
                    seeded = any(e.get("fact") == k and e.get("lang") == lang for e in errors)
                    if miss and not seeded:
                        bad(cid, f"{k} ({core}) absent from {lang}")
            if isinstance(v, dict):
                seeded = any(e.get("fact") == k and e.get("lang") == "zh" for e in errors)
                if v["zh"] not in zh and not seeded:
                    bad(cid, f"zh name {v['zh']} absent from zh")

    # global counts
    if len(cases) != 40:
        bad("set", f"{len(cases)} cases, expected 40")
    if n_clean != 24:
        bad("set", f"{n_clean} clean cases, expected 24")
    if n_err_cases != 16:
        bad("set", f"{n_err_cases} cases with errors, expected 16")
    if n_double != 2:
        bad("set", f"{n_double} cases with two errors, expected 2")
    if sum(err_counter.values()) != 18:
        bad("set", f"{sum(err_counter.values())} errors, expected 18")
    for k, n in ERR_KINDS.items():
        if err_counter[k] != n:
            bad("set", f"{err_counter[k]} {k} errors, expected {n}")
    if abs(lang_counter["zh"] - lang_counter["en"]) > 2:
        bad("set", f"zh/en imbalance {dict(lang_counter)}")
    kinds = collections.Counter(c.get("kind") for c in cases)

    print(f"cases={len(cases)} clean={n_clean} with_errors={n_err_cases} double={n_double}")
    print("errors by kind:", dict(sorted(err_counter.items())), "by lang:", dict(lang_counter))
    print("documents by kind:", dict(sorted(kinds.items())))
    hcs = [han_count(c.get("zh", "")) for c in cases]
    wcs = [word_count(c.get("en", "")) for c in cases]
    if hcs:
        print(f"zh Han chars {min(hcs)}-{max(hcs)}, en words {min(wcs)}-{max(wcs)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
