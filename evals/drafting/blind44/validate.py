#!/usr/bin/env python3
"""Validator for blind set blind44 (Python 3 + PyYAML only).

Checks
  * structure: 4 files x 10 mappings, ids r-001..r-040, field names and types;
  * sizes: 4-8 facts, zh 110-160 Han characters, en 65-120 words;
  * counts: 24 clean cases, 16 faulty cases, 18 seeded errors with the
    required kind totals, two cases with two errors in different languages;
  * error records: required fields per kind, `fact` is a label of the case,
    `found` is an exact substring of the faulty language, term pairs;
  * weekdays: every weekday written next to a date, in both languages, is
    recomputed with datetime. A mismatch must be exactly one seeded `weekday`
    error (same language, `found` covering the date and the weekday), and
    every seeded weekday error must be such a mismatch;
  * date facts (warning-level heuristics turned into errors where safe):
    every ISO date of the brief must be recognisable in each language unless
    a `date`/`missing` error targets that fact in that language, and a `date`
    error's correct month/day must not be recognisable in the faulty text.

Exit status 0 when everything passes; otherwise a list of problems.
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_KIND_COUNTS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                        "name": 2, "link": 2, "missing": 2, "term": 2}

problems = []
warnings = []


def fail(msg):
    problems.append(msg)


def warn(msg):
    warnings.append(msg)


# ---------------------------------------------------------------- numerals
CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3,
             "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 1..99 (also 廿/卅) or ASCII digits -> int, else None."""
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if s and all(c in CN_DIGITS for c in s):  # 二〇二六 style digit strings
        return int("".join(str(CN_DIGITS[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGITS.get(a, None) if a else 1
        ones = CN_DIGITS.get(b, None) if b else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    return None


ZH_NUM = r"[0-9０-９]{1,4}|[〇○零一二两兩三四五六七八九十廿卅]{1,4}"
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
EN_WD = {w: i for i, w in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
EN_WD_RE = (r"\b(?P<wd>(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)"
            r"(?:day)?s?\.?)(?![A-Za-z])")
EN_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
               r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")


def to_ascii_digits(s):
    return s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))


def zh_year(y):
    """'2026' / '115' (ROC) / '二〇二六' -> Gregorian year."""
    if y is None:
        return None
    y = to_ascii_digits(y)
    n = cn_small(y) if not y.isdigit() else int(y)
    if n is None:
        return None
    if n < 1000:  # Minguo (ROC) calendar
        return n + 1911
    return n


# --------------------------------------------------------------- dates
ZH_DATE_RE = re.compile(
    r"(?:(?:中華民國|民國)?(?P<y>[0-9０-９]{3,4}|[〇○零一二三四五六七八九]{3,4})年(?:度)?)?"
    r"(?P<m>" + ZH_NUM + r")月(?P<d>" + ZH_NUM + r")[日号號]")
ZH_RANGE_END_RE = re.compile(
    r"[日号號]\s*(?:至|到|－|-|–|~|～|—)\s*(?P<d2>" + ZH_NUM + r")[日号號]")
ZH_WD_AFTER_RE = re.compile(
    r"^\s*[（(]\s*(?:下|本|这|這)?(?:周|週|星期|礼拜|禮拜)?(?P<w>[一二三四五六日天])\s*[）)]")
ZH_WD_BEFORE_RE = re.compile(
    r"(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天])[，,、\s]*$")

EN_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
EN_DATE_PATTERNS = [
    # 18 December 2026 / 18 Dec
    re.compile(r"\b" + EN_DAY + r"\s+(?:of\s+)?(?P<mon>" + EN_MONTH_RE + r")(?:,?\s+(?P<y>20\d\d))?"),
    # December 18, 2026 / Dec. 4 / June 30th, 2027
    re.compile(r"\b(?P<mon>" + EN_MONTH_RE + r")\s+" + EN_DAY + r"\b(?:,?\s+(?P<y>20\d\d))?"),
    # 16/12, 31/12/2026, 29.1.2027 (day first: regional usage of the set)
    re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})(?:[/.](?P<y>20\d\d))?\b"),
]
EN_RANGE_RES = [
    # 23–27 Nov, 16 and 30 November, 1 to 4 December
    re.compile(r"\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:–|-|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
               r"(?P<mon>" + EN_MONTH_RE + r")(?:,?\s+(?P<y>20\d\d))?"),
    # November 9–20
    re.compile(r"\b(?P<mon>" + EN_MONTH_RE + r")\s+(?P<d1>\d{1,2})\s*(?:–|-|to)\s*(?P<d2>\d{1,2})\b"
               r"(?:,?\s+(?P<y>20\d\d))?"),
]


def en_month(s):
    return EN_MONTHS.get(s.lower().rstrip(".")[:3])


def infer_year(m, d, fact_dates):
    """Year for a date written without one: the year that puts it closest to a brief date."""
    best = None
    for fd in fact_dates:
        for y in (fd.year - 1, fd.year, fd.year + 1):
            try:
                cand = dt.date(y, m, d)
            except ValueError:
                continue
            dist = abs((cand - fd).days)
            if best is None or dist < best[0]:
                best = (dist, cand)
    return best[1] if best else None


def zh_dates(text, fact_dates):
    """Yield (date, start, end) for zh dates, incl. day-only range ends."""
    out = []
    for mt in ZH_DATE_RE.finditer(text):
        m, d = cn_small(to_ascii_digits(mt.group("m"))), cn_small(to_ascii_digits(mt.group("d")))
        if not m or not d or m > 12 or d > 31:
            continue
        y = zh_year(mt.group("y"))
        try:
            date = dt.date(y, m, d) if y else infer_year(m, d, fact_dates)
        except ValueError:
            continue
        if date is None:
            continue
        out.append((date, mt.start(), mt.end()))
        rest = ZH_RANGE_END_RE.match(text, mt.end() - 1)
        if rest:
            d2 = cn_small(to_ascii_digits(rest.group("d2")))
            # an end written with its own month (e.g. 7月9日) is caught by ZH_DATE_RE
            if d2 and "月" not in rest.group(0):
                try:
                    out.append((date.replace(day=d2), rest.start("d2"), rest.end()))
                except ValueError:
                    pass
    return out


def en_dates(text, fact_dates):
    out = []
    for pat in EN_DATE_PATTERNS:
        for mt in pat.finditer(text):
            gd = mt.groupdict()
            m = en_month(gd["mon"]) if gd.get("mon") else int(gd["m"])
            d = int(gd["d"])
            if not m or m > 12 or d > 31 or d == 0:
                continue
            try:
                date = dt.date(int(gd["y"]), m, d) if gd.get("y") else infer_year(m, d, fact_dates)
            except ValueError:
                continue
            if date:
                out.append((date, mt.start(), mt.end()))
    for pat in EN_RANGE_RES:
        for mt in pat.finditer(text):
            m = en_month(mt.group("mon"))
            for key in ("d1", "d2"):
                d = int(mt.group(key))
                try:
                    date = (dt.date(int(mt.group("y")), m, d) if mt.group("y")
                            else infer_year(m, d, fact_dates))
                except ValueError:
                    continue
                if date:
                    out.append((date, mt.start(key), mt.end(key)))
    return out


def en_weekday_pairs(text, fact_dates):
    """(date, written weekday index, span) for weekdays adjacent to a date."""
    pairs = []
    dates = en_dates(text, fact_dates)
    for mt in re.finditer(EN_WD_RE, text):
        wd = EN_WD[mt.group("wd")[:3].lower()]
        # weekday before the date: "Friday, 18 December", "Fri 14 Aug"
        after = text[mt.end():]
        gap = re.match(r"[,.]?\s*(?:the\s+)?", after)
        pos = mt.end() + gap.end()
        hits = [x for x in dates if x[1] == pos]
        # date before the weekday: "18 Nov (Wed)", "December 1, Tuesday"
        if not hits:
            before = text[:mt.start()]
            gap2 = re.search(r"(?:,\s*|\s*\(\s*)$", before)
            if gap2 and gap2.group(0):
                end = mt.start() - len(gap2.group(0))
                hits = [x for x in dates if x[2] == end]
        if hits:
            hit = max(hits, key=lambda x: x[2] - x[1])
            start, end = min(hit[1], mt.start()), max(hit[2], mt.end())
            pairs.append((hit[0], wd, start, end))
        else:
            pairs.append((None, wd, mt.start(), mt.end()))
    return pairs


def zh_weekday_pairs(text, fact_dates):
    pairs = []
    bound_spans = []
    for date, s, e in zh_dates(text, fact_dates):
        m = ZH_WD_AFTER_RE.match(text[e:])
        if m:
            pairs.append((date, ZH_WD[m.group("w")], s, e + m.end()))
            bound_spans.append((e, e + m.end()))
            continue
        b = ZH_WD_BEFORE_RE.search(text[max(0, s - 8):s])
        if b:
            pairs.append((date, ZH_WD[b.group("w")], s - (len(text[max(0, s - 8):s]) - b.start()), e))
            bound_spans.append((s - 8, s))
    # unbound weekday words (generic: 每周二, 周二、周四 ...)
    for mt in re.finditer(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]", text):
        if not any(a <= mt.start() < b for a, b in bound_spans):
            pairs.append((None, ZH_WD[mt.group(0)[-1]], mt.start(), mt.end()))
    return pairs


# --------------------------------------------------------------- helpers
def han_count(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def en_words(s):
    return [w for w in s.split() if re.search(r"[A-Za-z0-9]", w)]


def fact_dates_of(facts):
    out = {}
    for label, v in facts.items():
        if isinstance(v, dt.date):
            out[label] = [v]
        elif isinstance(v, str):
            found = re.findall(r"\b(20\d\d-\d\d-\d\d)\b", v)
            if found:
                out[label] = [dt.date.fromisoformat(x) for x in found]
    return out


def check_value(cid, label, v):
    if isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail(f"{cid}: name fact {label!r} must be {{zh, en}} strings")
    elif not isinstance(v, (str, int, float, dt.date)) or isinstance(v, bool):
        fail(f"{cid}: fact {label!r} has unsupported type {type(v).__name__}")


# --------------------------------------------------------------- main
def main():
    cases = []
    for f in FILES:
        if not f.exists():
            fail(f"missing file {f.name}")
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(f"{f.name}: must be a list of 10 mappings")
            continue
        cases.extend((f.name, c) for c in data)

    ids = [c.get("id") for _, c in cases]
    if ids != [f"r-{i:03d}" for i in range(1, 41)]:
        fail(f"ids must be r-001..r-040 in order, got {ids}")

    kind_counter = Counter()
    lang_counter = Counter()
    kind_lang = Counter()
    doc_kinds = Counter()
    n_clean = n_faulty = 0
    double = []

    for fname, c in cases:
        cid = c.get("id", "?")
        if set(c) != FIELDS:
            fail(f"{cid}: fields {sorted(c)} != {sorted(FIELDS)}")
            continue
        if c["kind"] not in DOC_KINDS:
            fail(f"{cid}: bad kind {c['kind']!r}")
        doc_kinds[c["kind"]] += 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(f"{cid}: facts must be a mapping with 4-8 entries")
            continue
        for label, v in facts.items():
            check_value(cid, label, v)
        zh, en = c["zh"], c["en"]
        hc, wc = han_count(zh), len(en_words(en))
        if not 110 <= hc <= 160:
            fail(f"{cid}: zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            fail(f"{cid}: en has {wc} words (65-120)")
        texts = {"zh": zh, "en": en}

        errs = c["errors"]
        if not isinstance(errs, list):
            fail(f"{cid}: errors must be a list")
            continue
        if errs:
            n_faulty += 1
        else:
            n_clean += 1
        if len(errs) == 2:
            double.append(cid)
            if errs[0].get("lang") == errs[1].get("lang"):
                fail(f"{cid}: the two errors must be in different languages")
        if len(errs) > 2:
            fail(f"{cid}: at most two errors per case")
        for e in errs:
            k = e.get("kind")
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != need:
                fail(f"{cid}: error fields {sorted(e)} != {sorted(need)}")
                continue
            if k not in ERR_KINDS:
                fail(f"{cid}: bad error kind {k!r}")
            if e["lang"] not in ("zh", "en"):
                fail(f"{cid}: bad lang {e['lang']!r}")
                continue
            kind_counter[k] += 1
            lang_counter[e["lang"]] += 1
            kind_lang[(k, e["lang"])] += 1
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    fail(f"{cid}: {k} error must have fact: null")
            elif e["fact"] not in facts:
                fail(f"{cid}: error fact {e['fact']!r} is not a label of the brief")
            if k == "missing":
                if e["found"] is not None:
                    fail(f"{cid}: missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in texts[e["lang"]]:
                    fail(f"{cid}: found {e['found']!r} is not a substring of {e['lang']}")
                elif texts[e["lang"]].count(e["found"]) != 1:
                    warn(f"{cid}: found {e['found']!r} occurs more than once in {e['lang']}")
            if k == "term":
                other = "en" if e["lang"] == "zh" else "zh"
                right = e[f"{e['lang']}_term"]
                if right.lower() in texts[e["lang"]].lower():
                    fail(f"{cid}: correct term {right!r} still appears in faulty {e['lang']}")
                if e[f"{other}_term"].lower() not in texts[other].lower():
                    fail(f"{cid}: term {e[f'{other}_term']!r} not found in {other}")
            if k in ("number", "percent", "name", "link", "date") and e["fact"] in facts:
                v = facts[e["fact"]]
                if isinstance(v, dict):
                    v = v[e["lang"]]
                if isinstance(v, str) and re.match(r"^(https?://|[\w.+-]+@)", v):
                    bare = re.sub(r"^https?://", "", v).rstrip("/")
                    if bare.lower() in texts[e["lang"]].lower():
                        fail(f"{cid}: correct link {v!r} still appears in faulty {e['lang']}")
                if k == "name" and isinstance(facts[e["fact"]], dict):
                    if facts[e["fact"]][e["lang"]] in texts[e["lang"]]:
                        fail(f"{cid}: correct name still appears in faulty {e['lang']}")

        # ---- weekdays and date facts
        fdates = [d for ds in fact_dates_of(facts).values() for d in ds]
        wd_errs = {e["lang"]: e for e in errs if e.get("kind") == "weekday"}
        for lang in ("zh", "en"):
            text = texts[lang]
            pairs = (zh_weekday_pairs if lang == "zh" else en_weekday_pairs)(text, fdates)
            mismatches = []
            for date, wd, s, e in pairs:
                if date is None:
                    warn(f"{cid}/{lang}: weekday word not tied to a date: {text[s:e]!r}")
                    continue
                if date.weekday() != wd:
                    mismatches.append((date, text[s:e], s, e))
            err = wd_errs.get(lang)
            if err is None:
                for date, snippet, _, _ in mismatches:
                    fail(f"{cid}/{lang}: weekday mismatch {snippet!r}: {date} is a "
                         f"{date.strftime('%A')} (not a seeded error)")
            else:
                if len(mismatches) != 1:
                    fail(f"{cid}/{lang}: expected exactly one weekday mismatch, got {mismatches}")
                else:
                    date, snippet, s, e = mismatches[0]
                    f = err["found"]
                    pos = text.find(f)
                    if not (pos <= s and e <= pos + len(f)) and not (s <= pos and pos + len(f) <= e):
                        fail(f"{cid}/{lang}: weekday error found {f!r} does not cover {snippet!r}")
                    elif date.strftime("%Y-%m-%d") not in {d.isoformat() for d in fdates}:
                        warn(f"{cid}/{lang}: weekday error date {date} is not a brief date")
        # date facts present?
        for label, ds in fact_dates_of(facts).items():
            for lang in ("zh", "en"):
                skip = any(e.get("fact") == label and e.get("lang") == lang and
                           e.get("kind") in ("date", "missing") for e in errs)
                got = {x[0] for x in (zh_dates if lang == "zh" else en_dates)(texts[lang], fdates)}
                for d in ds:
                    present = d in got
                    if skip and any(e.get("kind") == "date" and e.get("fact") == label
                                    and e.get("lang") == lang for e in errs):
                        if present:
                            # the wrong date must replace the right one everywhere
                            fail(f"{cid}/{lang}: date error on {label!r} but {d} still recognisable")
                    elif not skip and not present:
                        warn(f"{cid}/{lang}: date fact {label!r}={d} not recognised by the heuristic parser")

    # ---- counts
    if n_clean != 24 or n_faulty != 16:
        fail(f"expected 24 clean / 16 faulty cases, got {n_clean} / {n_faulty}")
    if len(double) != 2:
        fail(f"expected exactly two cases with two errors, got {double}")
    if sum(kind_counter.values()) != 18:
        fail(f"expected 18 seeded errors, got {sum(kind_counter.values())}")
    if dict(kind_counter) != EXPECTED_KIND_COUNTS:
        fail(f"error kinds {dict(kind_counter)} != {EXPECTED_KIND_COUNTS}")

    print("documents by kind:", dict(sorted(doc_kinds.items())))
    print("errors by kind:", dict(sorted(kind_counter.items())))
    print("errors by language:", dict(lang_counter))
    print("errors by kind x language:", {f"{k}/{l}": n for (k, l), n in sorted(kind_lang.items())})
    print("cases with two errors:", double)
    for w in warnings:
        print("WARN", w)
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
