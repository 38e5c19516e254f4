#!/usr/bin/env python3
"""Validate the blind23 set: structure, ids, fact counts, weekday/date consistency,
seeded-error properties, and (as warnings) fact presence and text length.

Usage: python3 validate.py [--counts]
Exit code 1 if any ERROR is found. WARN lines are for human review.
"""
import datetime as dt
import pathlib
import re
import sys
from collections import Counter

import yaml

HERE = pathlib.Path(__file__).parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}

errors, warns = [], []


def err(cid, msg):
    errors.append(f"ERROR {cid}: {msg}")


def warn(cid, msg):
    warns.append(f"WARN  {cid}: {msg}")


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WD_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD_RE = r"\b(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b"
WD_ZH = "一二三四五六日"
EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
          8: "eight", 9: "nine", 10: "ten", 12: "twelve", 14: "fourteen", 15: "fifteen",
          18: "eighteen", 20: "twenty", 30: "thirty", 45: "forty-five", 50: "fifty",
          60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety", 98: "ninety-eight"}
ZH_DIG = "零一二三四五六七八九"


def month_no(s):
    s = s.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if m.startswith(s[:3]):
            return i + 1
    raise ValueError(s)


def wd_no_en(s):
    s = s.lower()
    for i, w in enumerate(WD_EN):
        if w.startswith(s[:3]):
            return i
    raise ValueError(s)


def zh_num(n):
    """Chinese numeral for small integers (1-99) and round ten-thousands."""
    out = set()
    if 0 < n < 10:
        out.add(ZH_DIG[n])
        if n == 2:
            out.add("两"); out.add("兩")
    elif 10 <= n < 100:
        t, u = divmod(n, 10)
        out.add(("" if t == 1 else ZH_DIG[t]) + "十" + (ZH_DIG[u] if u else ""))
    if n >= 10000 and n % 1000 == 0:
        w = n / 10000
        ws = str(int(w)) if w == int(w) else str(w)
        out.add(ws + "万"); out.add(ws + "萬")
        if w == int(w) and w < 10:
            for d in zh_num(int(w)):
                out.add(d + "万"); out.add(d + "萬")
    if n >= 1000 and n % 1000 == 0 and n < 10000:
        k = n // 1000
        for d in zh_num(k):
            out.add(d + "千")
    return out


# ---------------------------------------------------------------- fact dates

def fact_dates(facts):
    ds = []
    for v in facts.values():
        if isinstance(v, dt.date):
            ds.append(v)
        elif isinstance(v, str):
            for m in re.findall(r"\d{4}-\d{2}-\d{2}", v):
                ds.append(dt.date.fromisoformat(m))
    return ds


def resolve_year(cid, month, day, year, fds, lang, ctx):
    if year:
        return int(year)
    ys = {d.year for d in fds if d.month == month and d.day == day}
    if len(ys) == 1:
        return ys.pop()
    err(cid, f"{lang}: cannot infer year for {month}/{day} in '{ctx}'")
    return None


# ---------------------------------------------------------------- weekday scan

def scan_weekdays(cid, lang, text, fds):
    """Return list of (matched_span_text, date, claimed_wd, ok)."""
    res = []
    if lang == "zh":
        pat = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[（(](?:星期|週|周|禮拜|礼拜)?([一二三四五六日天])[）)]")
        covered = set()
        for m in pat.finditer(text):
            y = resolve_year(cid, int(m.group(2)), int(m.group(3)), m.group(1), fds, lang, m.group(0))
            if y is None:
                continue
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
            c = m.group(4).replace("天", "日")
            claimed = WD_ZH.index(c)
            res.append((m.group(0), d, claimed, d.weekday() == claimed))
            covered.update(range(m.start(), m.end()))
        # any weekday token not covered by a parsed date
        for m in re.finditer(r"(星期|週|周|禮拜|礼拜)([一二三四五六日天])", text):
            if m.start() not in covered:
                err(cid, f"zh: weekday token '{m.group(0)}' not attached to a parsable date")
    else:
        covered = set()
        # weekday then day-first: "Friday 20 March 2026", "Mon, 1 Feb 2027", "Monday 12 to Friday 16 October 2026"
        p1 = re.compile(WD_RE + r",?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)")
        # weekday then month-first: "Friday, March 13, 2026"
        p2 = re.compile(WD_RE + r",?\s+" + MON_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
        for m in p2.finditer(text):
            mo = month_no(m.group(2)); day = int(m.group(3))
            y = resolve_year(cid, mo, day, m.group(4), fds, lang, m.group(0))
            if y is None:
                continue
            d = dt.date(y, mo, day)
            claimed = wd_no_en(m.group(1))
            res.append((m.group(0), d, claimed, d.weekday() == claimed))
            covered.add(m.start())
        for m in p1.finditer(text):
            day = int(m.group(2))
            rest = text[m.end():m.end() + 40]
            mm = re.match(r"\s*(?:(?:to|through|until|–|-)\s+" + WD_RE + r",?\s+\d{1,2}(?:st|nd|rd|th)?\s+)?" + MON_RE + r"(?:,?\s+(\d{4}))?", rest)
            if not mm:
                err(cid, f"en: cannot parse month after '{m.group(0)}'")
                continue
            mo = month_no(mm.group(2))
            y = resolve_year(cid, mo, day, mm.group(3), fds, lang, m.group(0) + rest)
            if y is None:
                continue
            d = dt.date(y, mo, day)
            claimed = wd_no_en(m.group(1))
            res.append((m.group(0) + " " + mm.group(2), d, claimed, d.weekday() == claimed))
            covered.add(m.start())
        for m in re.finditer(WD_RE, text):
            if m.start() not in covered:
                err(cid, f"en: weekday token '{m.group(0)}' not attached to a parsable date")
    return res


# ---------------------------------------------------------------- value renderings

def date_forms(d, lang):
    y, mo, da = d.year, d.month, d.day
    if lang == "zh":
        return [rf"(?<!\d){mo}月{da}日", rf"{y}[/.-]0?{mo}[/.-]0?{da}(?!\d)"]
    mn = MONTHS[mo - 1].capitalize()
    ab = mn[:3]
    return [rf"(?<!\d){da}(?:st|nd|rd|th)?\s+(?:{mn}|{ab}\.?)\b",
            rf"(?<!\d){da}(?:st|nd|rd|th)?\s+(?:to|through|until|–|-)\s+(?:[A-Z][a-z]+,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{mn}\b",
            rf"\b(?:{mn}|{ab}\.?)\s+{da}(?:st|nd|rd|th)?(?!\d)",
            rf"(?<!\d)0?{da}/0?{mo}/{y}", rf"(?<!\d)0?{mo}/0?{da}/{y}", d.isoformat()]


def number_of(v):
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(v))
    if not m:
        return None
    s = m.group(0).replace(",", "")
    return float(s) if "." in s else int(s)


def number_forms(n, lang, raw):
    forms = []
    if isinstance(n, float):
        forms.append(re.escape(str(n)))
        if n == 1.5:
            forms += [r"one and a half", r"一个半", r"一個半"]
        return forms
    forms += [rf"(?<![\d.,]){n:,}(?![\d]|,\d)", rf"(?<![\d.,]){n}(?![\d]|,\d)"]
    if lang == "en":
        if n in EN_NUM:
            forms.append(rf"\b{EN_NUM[n]}\b")
        if "week" in raw and n == 2:
            forms += [r"fortnight", r"bi-?weekly"]
    else:
        for z in zh_num(n):
            forms.append(re.escape(z))
        if "week" in raw and n == 2:
            forms += ["双周", "雙週"]
    return forms


def percent_forms(n, lang):
    n = int(n) if float(n) == int(n) else n
    forms = [rf"(?<![\d.]){n}\s*%", rf"(?<![\d.]){n}\s*per\s*cent", rf"(?<![\d.]){n}\s*percent"]
    if lang == "en":
        if n in EN_NUM:
            forms.append(rf"\b{EN_NUM[n]}\s+per\s*cent")
        frac = {50: ["half"], 25: ["quarter"], 75: ["three-quarters", "three quarters"],
                80: ["four-fifths"], 100: ["full pay", "in full"], 200: ["double", "twice"]}
        forms += [rf"\b{f}\b" for f in frac.get(n, [])]
    else:
        if isinstance(n, int) and n <= 100:
            zs = zh_num(n) if n < 100 else {"一百"}
            forms += ["百分之" + z for z in zs]
            if n % 10 == 0 and n < 100:
                forms.append(ZH_DIG[n // 10] + "成")
        extra = {50: ["一半", "半数", "半數", "折半", "减半", "減半"], 200: ["兩倍", "两倍"],
                 100: ["全额", "全額", "全薪"]}
        forms += extra.get(n, [])
    return forms


def name_forms(name, lang):
    if lang == "zh":
        return [re.escape(name["zh"])]
    en = name["en"]
    parts = en.replace("-", " ").split()
    forms = [re.escape(en)]
    if len(parts) >= 2:
        fam, given = parts[0], parts[1:]
        g_hy = "-".join(given)
        forms.append(re.escape(g_hy) + r"\s+" + fam)
        forms.append(r"\b" + r"[\s-]?".join(map(re.escape, given)) + r"\b")
    return forms


def time_forms(hh, mm, lang):
    h12 = hh % 12 or 12
    ap = "a" if hh < 12 else "p"
    if lang == "en":
        forms = [rf"(?<!\d){hh:02d}:{mm:02d}", rf"(?<!\d){hh}:{mm:02d}(?!\d)",
                 rf"(?<![\d:.]){h12}[:.]{mm:02d}\s*{ap}\.?m\b\.?"]
        if mm == 0:
            forms.append(rf"(?<![\d:.]){h12}\s*{ap}\.?m\b\.?")
            if hh == 12:
                forms.append(r"\bnoon\b|\bmidday\b")
        return forms
    part = {True: "(?:上午|早上)", False: "(?:下午|晚上|傍晚)"}[hh < 12] if hh != 12 else "(?:中午|下午)?"
    zm = "" if mm == 0 else (rf"(?:{mm}分|半)" if mm == 30 else rf"{mm}分")
    forms = [rf"(?<!\d){hh:02d}:{mm:02d}", rf"(?<!\d){hh}:{mm:02d}(?!\d)",
             rf"{part}{h12}[时時點点]{zm}"]
    if mm == 0 and hh != 12:
        forms.append(rf"{part}{h12}[时時點点]")
    return forms


def equiv_forms(s, lang):
    """Other-unit renderings of durations / percentages a careful reader accepts."""
    m = re.search(r"(\d+)\s*(minutes|hours|days|weeks|months|years)\b", s)
    out = []
    if not m:
        return out
    n, u = int(m.group(1)), m.group(2)
    alt = []
    if u == "weeks":
        alt.append((n * 7, "days"))
    if u == "days" and n % 7 == 0:
        alt.append((n // 7, "weeks"))
    if u == "months" and n % 12 == 0:
        alt.append((n // 12, "years"))
    if u == "years":
        alt.append((n * 12, "months"))
    for an, au in alt:
        out += [p + r"\s*" + (au[:-1] if lang == "en" else "") for p in number_forms(an, lang, au)]
    table = {
        ("months", 6): {"en": [r"half a year"], "zh": ["半年"]},
        ("months", 12): {"en": [r"\b(?:one|a) year\b"], "zh": ["一年"]},
        ("minutes", 15): {"en": [r"quarter of an hour"], "zh": ["一刻钟", "一刻鐘"]},
        ("minutes", 30): {"en": [r"half an hour"], "zh": ["半小时", "半小時"]},
        ("minutes", 90): {"en": [r"(?:one and a half|1\.5) hours"], "zh": ["一个半小时", "一個半小時"]},
        ("minutes", 60): {"en": [r"\bone[- ]hour\b"], "zh": ["一小时", "一小時"]},
    }
    out += table.get((u, n), {}).get(lang, [])
    return out


def value_forms(v, lang):
    """Regexes any of which indicates the fact value is present."""
    if isinstance(v, dt.date):
        return date_forms(v, lang)
    if isinstance(v, dict):
        return name_forms(v, lang)
    s = str(v)
    if re.match(r"https?://|[\w.+-]+@", s):
        return [re.escape(s)]
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", s)
    if m:  # range: start must be present (end checked separately by caller)
        return date_forms(dt.date.fromisoformat(m.group(1)), lang)
    if re.fullmatch(r"\d+(?:\.\d+)?%", s):
        n = float(s[:-1])
        forms = percent_forms(n, lang)
        if n < 100:  # score on a 0-1 scale
            forms.append(rf"(?<![\d.])0?\.{str(n/100)[2:]}\s*分")
        return forms
    m = re.fullmatch(r"(\d{2}):(\d{2})(?:-(\d{2}):(\d{2}))?", s)
    if m:
        return time_forms(int(m.group(1)), int(m.group(2)), lang)
    m = re.fullmatch(r"(\d+)-(\d+) (months|years)", s)
    if m:
        a = equiv_forms(f"{m.group(1)} {m.group(3)}", lang) + number_forms(int(m.group(1)), lang, m.group(3))
        return a
    n = number_of(s)
    if n is not None:
        return number_forms(n, lang, s) + equiv_forms(s, lang)
    return [re.escape(s)]


def present(text, forms):
    return any(re.search(f, text, re.I) for f in forms)


# ---------------------------------------------------------------- main

def main():
    cases = []
    for f in FILES:
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            err(f.name, "must be a list of 10 mappings")
        cases += [(f.name, c) for c in data]
    ids = [c["id"] for _, c in cases]
    if ids != [f"r-{i:03d}" for i in range(1, 41)]:
        err("ids", f"ids not r-001..r-040 in order: {ids}")

    counts = Counter()
    for fname, c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            err(cid, f"fields {sorted(c)}")
            continue
        if c["kind"] not in DOC_KINDS:
            err(cid, f"bad kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            err(cid, f"facts must be 4-8, got {len(facts)}")
        fds = fact_dates(facts)
        for d in fds:
            if not 2026 <= d.year <= 2028:
                err(cid, f"date {d} outside 2026-2028")
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                err(cid, f"name fact {k} must have zh/en")
        zh, en = c["zh"], c["en"]
        han = len(re.findall(r"[\u4e00-\u9fff]", zh))
        words = len(en.split())
        if not 110 <= han <= 160:
            warn(cid, f"zh has {han} Han characters")
        if not 65 <= words <= 120:
            warn(cid, f"en has {words} words")
        texts = {"zh": zh, "en": en}

        errs = c["errors"] or []
        counts["cases"] += 1
        counts["clean" if not errs else "with_errors"] += 1
        # ---- seeded errors
        wd_expected = {"zh": [], "en": []}
        exempt = set()  # (lang, fact) not checked for presence
        for e in errs:
            counts["errors"] += 1
            counts[f"kind:{e['kind']}"] += 1
            counts[f"lang:{e['lang']}"] += 1
            if e["kind"] not in ERR_KINDS or e["lang"] not in ("zh", "en"):
                err(cid, f"bad error {e}")
                continue
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e["kind"] == "term" else set())
            if set(e) != need:
                err(cid, f"error fields {sorted(e)} != {sorted(need)}")
            lang, other = e["lang"], ("en" if e["lang"] == "zh" else "zh")
            t, to = texts[lang], texts[other]
            if e["kind"] in ("weekday", "term"):
                if e["fact"] is not None:
                    err(cid, f"{e['kind']} error must have fact: null")
            elif e["fact"] not in facts:
                err(cid, f"error fact {e['fact']!r} not in facts")
                continue
            if e["kind"] == "missing":
                if e["found"] is not None:
                    err(cid, "missing error must have found: null")
            elif not e["found"] or e["found"] not in t:
                err(cid, f"found {e['found']!r} not in {lang}")
            if e["kind"] == "weekday":
                wd_expected[lang].append(e["found"])
                continue
            if e["kind"] == "term":
                right = e["zh_term"] if lang == "zh" else e["en_term"]
                other_right = e["en_term"] if lang == "zh" else e["zh_term"]
                if right.lower() in t.lower():
                    err(cid, f"correct term {right!r} present in faulty {lang}")
                if other_right.lower() not in to.lower():
                    err(cid, f"correct term {other_right!r} absent in {other}")
                continue
            v = facts[e["fact"]]
            exempt.add((lang, e["fact"]))
            forms = value_forms(v, lang)
            if present(t, forms):
                err(cid, f"correct value of {e['fact']!r} still present in faulty {lang}")
            if not present(to, value_forms(v, other)):
                err(cid, f"value of {e['fact']!r} not found in {other}")
        # ---- weekdays
        for lang in ("zh", "en"):
            for span, d, claimed, ok in scan_weekdays(cid, lang, texts[lang], fds):
                counts["weekday_mentions"] += 1
                if d not in fds:
                    # a date with weekday must be one of the brief's dates unless it is a seeded date error
                    if not any(x["kind"] == "date" and x["lang"] == lang and x["found"] and
                               (x["found"] in span or span in texts[lang][texts[lang].find(x["found"]):texts[lang].find(x["found"]) + len(x["found"]) + 10])
                               for x in errs):
                        err(cid, f"{lang}: dated weekday {span!r} -> {d} is not a fact date")
                if ok:
                    continue
                hit = [f for f in wd_expected[lang] if f in span or span in f]
                if hit:
                    wd_expected[lang].remove(hit[0])
                    counts["seeded_weekday_confirmed"] += 1
                else:
                    err(cid, f"{lang}: wrong weekday in {span!r} ({d} is {d.strftime('%A')})")
            for f in wd_expected[lang]:
                err(cid, f"seeded weekday error {f!r} not detected as wrong")
        # ---- presence of every fact in both languages (a recogniser for the renderings used;
        #      a hit only shows some accepted form occurs, so the set was also read by eye)
        for k, v in facts.items():
            for lang in ("zh", "en"):
                if (lang, k) in exempt:
                    continue
                if not present(texts[lang], value_forms(v, lang)):
                    err(cid, f"fact {k!r}={v!r} not recognised in {lang}")
                m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", str(v))
                if m:
                    e_ = dt.date.fromisoformat(m.group(2))
                    ok = present(texts[lang], date_forms(e_, lang)) or (
                        lang == "en" and re.search(rf"(?<!\d){e_.day}\s+{MONTHS[e_.month-1]}", texts[lang], re.I))
                    if not ok:
                        # day-only forms like "Friday 16 October" are covered by date_forms; "9月18日" too
                        warn(cid, f"range end {e_} not recognised in {lang}")

    for line in warns:
        print(line)
    for line in errors:
        print(line)
    print("\nCOUNTS")
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    kinds = Counter(c["kind"] for _, c in cases)
    print("  document kinds:", dict(sorted(kinds.items())))
    print(f"\n{len(errors)} error(s), {len(warns)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
