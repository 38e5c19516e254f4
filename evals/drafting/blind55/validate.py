#!/usr/bin/env python3
"""Validator for the blind55 bilingual fact-check evaluation set.

Checks
  * structure: four files, 10 cases each, ids r-001 ... r-040 in order,
    exactly the documented fields, allowed kinds, 4-8 facts, fact value shapes;
  * length: zh 110-160 Han characters, en 65-120 words;
  * seeded errors: allowed kinds/languages, field rules, `found` is an exact
    substring of the faulty text, referenced fact labels exist;
  * mix: 40 cases, 24 clean, 16 faulty, 18 errors, exactly two cases with two
    errors (in different languages), every error kind used at least twice,
    zh/en split of errors within one of each other;
  * weekdays: every weekday written next to a date in either language is
    recomputed with datetime; a mismatch fails unless it lies inside the
    `found` span of a seeded weekday error (which must itself be a mismatch);
    a weekday word that cannot be tied to a date also fails;
  * light presence checks: every date fact (both ends of a range), name, URL
    and e-mail address is found in both versions, except where an error is
    seeded, in which case the correct value must be absent from the faulty
    version.

Usage:  python3 validate.py        (prints OK and exits 0, or lists problems)
Requires Python 3 and PyYAML.
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]

DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
CASE_FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}

EXPECT_CASES, EXPECT_CLEAN, EXPECT_FAULTY, EXPECT_ERRORS = 40, 24, 16, 18

problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- helpers
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
URL_RE = re.compile(r"(?:https?://)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:/[A-Za-z0-9._~%/#-]*)?")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    return len(s.split())


CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 1-39 (incl. 廿/卅) or Arabic digits -> int."""
    if s.isdigit():
        return int(s)
    if s.startswith("廿"):
        return 20 + (CN_DIGIT[s[1]] if len(s) > 1 else 0)
    if s.startswith("卅"):
        return 30 + (CN_DIGIT[s[1]] if len(s) > 1 else 0)
    if "十" in s:
        tens, _, units = s.partition("十")
        t = CN_DIGIT[tens] if tens else 1
        u = CN_DIGIT[units] if units else 0
        return t * 10 + u
    return CN_DIGIT[s]


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {n: i for i, n in enumerate(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}
EN_MONTHS = {n: i + 1 for i, n in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"])}
WD_EN = "|".join(EN_WD)
MON_EN = "|".join(EN_MONTHS)

ZH_NUM = r"\d{1,2}|[一二三四五六七八九十廿卅]{1,3}"
ZH_WD_TAIL = r"(?:\s*[（(](?:周|星期|週|礼拜|禮拜)?(?P<{n}>[一二三四五六日天])[）)])?"
ZH_DATE = re.compile(
    r"(?:(?P<y>\d{4}|\d{3})年)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月"
    r"(?:(?P<d>" + ZH_NUM + r")日|(?P<end>底))" + ZH_WD_TAIL.format(n="w1")
    + r"|(?<![\d/])(?:(?P<sy>\d{3,4})/)?(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?![\d/])"
    + ZH_WD_TAIL.format(n="w2")
    + r"|(?<![\d一二三四五六七八九十廿卅月])(?P<dd>" + ZH_NUM + r")日" + ZH_WD_TAIL.format(n="w3")
)
ZH_WD_TOKEN = re.compile(r"(?:周|星期|週|礼拜|禮拜)[一二三四五六日天]|[（(][一二三四五六日][）)]")

EN_DAY = r"(?P<{n}>\d{{1,2}})(?:st|nd|rd|th)?"
EN_DATE = re.compile(
    # day-only start of a range: "Monday 7 to Friday 18 September", "8–19 June"
    r"(?:(?P<wC>" + WD_EN + r"),?\s+)?" + EN_DAY.format(n="dC")
    + r"(?=(?:\s*[–-]\s*|\s+(?:to|and|until)\s+)(?:(?:" + WD_EN + r"),?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?P<mC>"
    + MON_EN + r"))"
    # "Monday, 2 November 2026"
    + r"|(?:(?P<wA>" + WD_EN + r"),?\s+)?" + EN_DAY.format(n="dA") + r"\s+(?P<mA>" + MON_EN
    + r")(?:,?\s+(?P<yA>\d{4}))?"
    # "Tuesday, December 1, 2026"
    + r"|(?:(?P<wB>" + WD_EN + r"),?\s+)?(?P<mB>" + MON_EN + r")\s+" + EN_DAY.format(n="dB")
    + r"(?![\d:])(?:,\s*(?P<yB>\d{4}))?"
)
EN_WD_TOKEN = re.compile(r"\b(?:" + WD_EN + r")\b")


def strip_links(text):
    """Blank out URLs and e-mail addresses (same length) so their digits and
    slashes are not read as dates."""
    def blank(m):
        return " " * len(m.group(0))
    text = EMAIL_RE.sub(blank, text)
    return URL_RE.sub(blank, text)


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", v)
            if m:
                out += [dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))]
    return out


class YearResolver:
    def __init__(self, facts):
        self.md = {}
        for d in fact_dates(facts):
            self.md.setdefault((d.month, d.day), set()).add(d.year)
        years = sorted(d.year for d in fact_dates(facts))
        self.default = years[0] if years else dt.date.today().year

    def __call__(self, m, d, explicit=None, ctx=None):
        if explicit:
            return explicit
        ys = self.md.get((m, d))
        if ys and len(ys) == 1:
            return next(iter(ys))
        return ctx or self.default


def last_day(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def extract_zh(text, resolve):
    """Return list of (date, written_weekday or None, (start, end))."""
    t = strip_links(text)
    out, ctx_m, ctx_y = [], None, None
    for m in ZH_DATE.finditer(t):
        g = m.groupdict()
        try:
            if g["m"]:
                mon = cn_small(g["m"])
                y = int(g["y"]) if g["y"] else None
                if y and y < 1000:
                    y += 1911  # ROC year
                if g["end"]:
                    yy = resolve(mon, 28, y, ctx_y)
                    day = last_day(yy, mon)
                else:
                    day = cn_small(g["d"])
                wd = g["w1"]
            elif g["sm"]:
                mon, day = int(g["sm"]), int(g["sd"])
                y = int(g["sy"]) if g["sy"] else None
                if y and y < 1000:
                    y += 1911
                wd = g["w2"]
            else:
                if ctx_m is None:
                    continue
                mon, day, y, wd = ctx_m, cn_small(g["dd"]), None, g["w3"]
            year = resolve(mon, day, y, ctx_y)
            date = dt.date(year, mon, day)
        except (KeyError, ValueError):
            continue
        ctx_m, ctx_y = mon, (y or ctx_y)
        out.append((date, ZH_WD[wd] if wd else None, m.span()))
    return out


def extract_en(text, resolve):
    t = strip_links(text)
    out = []
    for m in EN_DATE.finditer(t):
        g = m.groupdict()
        if g["dC"]:
            day, mon, y, wd = int(g["dC"]), EN_MONTHS[g["mC"]], None, g["wC"]
        elif g["dA"]:
            day, mon, wd = int(g["dA"]), EN_MONTHS[g["mA"]], g["wA"]
            y = int(g["yA"]) if g["yA"] else None
        else:
            day, mon, wd = int(g["dB"]), EN_MONTHS[g["mB"]], g["wB"]
            y = int(g["yB"]) if g["yB"] else None
        try:
            date = dt.date(resolve(mon, day, y), mon, day)
        except ValueError:
            continue
        out.append((date, EN_WD[wd] if wd else None, m.span()))
    return out


def check_weekdays(cid, lang, text, found_dates, weekday_found_spans):
    """found_dates: output of extract_*; weekday_found_spans: seeded spans."""
    mismatches_in_seed = 0
    covered = []
    for date, wd, (s, e) in found_dates:
        if wd is None:
            continue
        covered.append((s, e))
        if date.weekday() != wd:
            inside = any(fs <= s and e <= fe or (s <= fs and fe <= e) or (fs < e and s < fe)
                         for fs, fe in weekday_found_spans)
            if inside:
                mismatches_in_seed += 1
            else:
                fail(cid, f"{lang}: weekday does not match {date.isoformat()} "
                          f"(written {text[s:e]!r}, actual {date.strftime('%A')})")
    tok_re = ZH_WD_TOKEN if lang == "zh" else EN_WD_TOKEN
    for tm in tok_re.finditer(text):
        if not any(s <= tm.start() and tm.end() <= e for s, e in covered):
            fail(cid, f"{lang}: weekday {tm.group(0)!r} at {tm.start()} is not tied to a date")
    return mismatches_in_seed


# ------------------------------------------------------------ value shapes
SHAPES = [
    re.compile(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}"),                 # date range
    re.compile(r"(?:[A-Z]{1,3}\$|RMB |RM ?|MOP |NT\$|HK\$|A\$|S\$)?[\d,]+(?:\.\d+)?"),  # amount/count
    re.compile(r"\d+(?:\.\d+)?%"),                                         # percent
    re.compile(r"\d+(?:\.\d+)?%?-\d+(?:\.\d+)?%?"),                        # number range
    re.compile(r"\d{2}:\d{2}(?:-\d{2}:\d{2})?"),                           # time / time range
    re.compile(r"\d+(?:\.\d+)? (?:working days?|days?|weeks?|months?|years?|hours?|minutes?)"),
    re.compile(r"\d+(?:\.\d+)?x"),                                         # multiplier
    re.compile(r"https?://\S+"),
    EMAIL_RE,
]


def shape_ok(v):
    if isinstance(v, (dt.date, int)) and not isinstance(v, bool):
        return True
    if isinstance(v, dict):
        return set(v) == {"zh", "en"} and all(isinstance(x, str) and x for x in v.values())
    if isinstance(v, str):
        return any(p.fullmatch(v) for p in SHAPES)
    return False


def link_core(v):
    return re.sub(r"^https?://", "", v).rstrip("/")


# ------------------------------------------------------------------- main
def main():
    cases = []
    for i, f in enumerate(FILES, 1):
        if not f.exists():
            problems.append(f"missing file {f.name}")
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            problems.append(f"{f.name}: expected a list of 10 cases")
            continue
        for j, c in enumerate(data):
            want = f"r-{(i - 1) * 10 + j + 1:03d}"
            if c.get("id") != want:
                problems.append(f"{f.name}: case {j + 1} has id {c.get('id')!r}, expected {want}")
        cases += data

    err_total, kind_count, lang_count = 0, Counter(), Counter()
    clean = faulty = double = 0
    doc_kinds = Counter()

    for c in cases:
        cid = c.get("id", "?")
        if set(c) != CASE_FIELDS:
            fail(cid, f"fields {sorted(c)} != {sorted(CASE_FIELDS)}")
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, f"kind {c['kind']!r} not allowed")
        doc_kinds[c["kind"]] += 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping with 4-8 entries")
            continue
        for k, v in facts.items():
            if not shape_ok(v):
                fail(cid, f"fact {k!r} has an unexpected value shape: {v!r}")
        zh, en = c["zh"], c["en"]
        n_han, n_words = han_count(zh), word_count(en)
        if not 110 <= n_han <= 160:
            fail(cid, f"zh has {n_han} Han characters (want 110-160)")
        if not 65 <= n_words <= 120:
            fail(cid, f"en has {n_words} words (want 65-120)")

        errors = c["errors"]
        if not isinstance(errors, list):
            fail(cid, "errors must be a list")
            continue
        if errors:
            faulty += 1
        else:
            clean += 1
        if len(errors) == 2:
            double += 1
            if errors[0].get("lang") == errors[1].get("lang"):
                fail(cid, "the two errors must be in different languages")
        elif len(errors) > 2:
            fail(cid, "at most two errors per case")

        texts = {"zh": zh, "en": en}
        bad = set()            # (lang, fact label) with a seeded error
        wd_spans = {"zh": [], "en": []}
        for e in errors:
            err_total += 1
            k, lang = e.get("kind"), e.get("lang")
            kind_count[k] += 1
            lang_count[lang] += 1
            if k not in ERR_KINDS:
                fail(cid, f"error kind {k!r} not allowed")
                continue
            if lang not in texts:
                fail(cid, f"error lang {lang!r} not allowed")
                continue
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != need:
                fail(cid, f"{k} error fields {sorted(e)} != {sorted(need)}")
            fact, found = e.get("fact"), e.get("found")
            if k in ("weekday", "term"):
                if fact is not None:
                    fail(cid, f"{k} error must have fact: null")
            elif fact not in facts:
                fail(cid, f"error fact {fact!r} is not a fact label")
            else:
                bad.add((lang, fact))
            if k == "missing":
                if found is not None:
                    fail(cid, "missing error must have found: null")
            elif not isinstance(found, str) or found not in texts[lang]:
                fail(cid, f"found {found!r} is not a substring of the {lang} text")
            elif k == "weekday":
                s = texts[lang].index(found)
                wd_spans[lang].append((s, s + len(found)))
            if k == "term":
                other = "en" if lang == "zh" else "zh"
                term_other = e.get(f"{other}_term")
                if not term_other or term_other.lower() not in texts[other].lower():
                    fail(cid, f"term error: correct {other} term {term_other!r} not in {other} text")
                if e.get(f"{lang}_term") and e[f"{lang}_term"] in texts[lang]:
                    fail(cid, f"term error: correct {lang} term also appears in {lang} text")

        # weekdays
        resolve = YearResolver(facts)
        extracted = {"zh": extract_zh(zh, resolve), "en": extract_en(en, resolve)}
        for lang in ("zh", "en"):
            n = check_weekdays(cid, lang, texts[lang], extracted[lang], wd_spans[lang])
            if wd_spans[lang] and n == 0:
                fail(cid, f"seeded weekday error in {lang} has no weekday mismatch inside found")

        # presence / absence checks
        for label, v in facts.items():
            dates = fact_dates({label: v})
            for lang in ("zh", "en"):
                text = texts[lang]
                present_dates = {d for d, _, _ in extracted[lang]}
                if dates:
                    miss = [d for d in dates if d not in present_dates]
                    if (lang, label) in bad:
                        if not miss:
                            fail(cid, f"{lang}: seeded error on {label!r} but all its dates are present")
                    elif miss:
                        fail(cid, f"{lang}: date fact {label!r} not found ({', '.join(map(str, miss))})")
                elif isinstance(v, dict):
                    name = v[lang]
                    if (lang, label) in bad:
                        if name in text:
                            fail(cid, f"{lang}: seeded error on name {label!r} but {name!r} is present")
                    elif name not in text:
                        fail(cid, f"{lang}: name {name!r} ({label}) not found")
                elif isinstance(v, str) and (v.startswith("http") or EMAIL_RE.fullmatch(v)):
                    core = link_core(v)
                    if (lang, label) in bad:
                        if core in text:
                            fail(cid, f"{lang}: seeded error on {label!r} but {core!r} is present")
                    elif core not in text:
                        fail(cid, f"{lang}: link/e-mail {core!r} ({label}) not found")

    # mix
    if len(cases) != EXPECT_CASES:
        problems.append(f"{len(cases)} cases (want {EXPECT_CASES})")
    if clean != EXPECT_CLEAN or faulty != EXPECT_FAULTY:
        problems.append(f"{clean} clean / {faulty} faulty (want {EXPECT_CLEAN}/{EXPECT_FAULTY})")
    if err_total != EXPECT_ERRORS:
        problems.append(f"{err_total} seeded errors (want {EXPECT_ERRORS})")
    if double != 2:
        problems.append(f"{double} cases with two errors (want 2)")
    for k in ERR_KINDS:
        if kind_count[k] < 2:
            problems.append(f"error kind {k!r} used {kind_count[k]} times (want >= 2)")
    if abs(lang_count["zh"] - lang_count["en"]) > 1:
        problems.append(f"errors by language unbalanced: {dict(lang_count)}")
    for k in DOC_KINDS:
        if doc_kinds[k] == 0:
            problems.append(f"document kind {k!r} not used")

    if problems:
        print("FAIL")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    print(f"  cases {len(cases)}: clean {clean}, faulty {faulty}, seeded errors {err_total}")
    print("  errors by kind: " + ", ".join(f"{k} {kind_count[k]}" for k in sorted(ERR_KINDS)))
    print("  errors by language: " + ", ".join(f"{k} {lang_count[k]}" for k in ("zh", "en")))
    print("  document kinds: " + ", ".join(f"{k} {doc_kinds[k]}" for k in sorted(DOC_KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
