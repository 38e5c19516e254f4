#!/usr/bin/env python3
"""Validator for blind set blind32 (Python 3 + PyYAML only).

Checks structure, counts, text lengths, the seeded-error table, and recomputes
with datetime every weekday written next to a date in both languages.
Run:  python3 validate.py        (exit code 0 = pass)
      python3 validate.py -v     (also lists weekday mentions and bare weekday words)
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                "name": 2, "link": 2, "missing": 2, "term": 2}
VERBOSE = "-v" in sys.argv
problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
      "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Arabic digits or Chinese numerals up to 99 (also digit-by-digit years)."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    n = 0
    for ch in s:
        n = n * 10 + CN[ch]
    return n


def year_of(s):
    y = cn_small(s)
    return y + 1911 if y < 1000 else y  # ROC (Minguo) years


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MON = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
NUMC = "0-9〇零一二三四五六七八九十"

ZH_DATE = re.compile(
    rf"(?:([0-9]{{3,4}}|[〇零一二三四五六七八九]{{3,4}})年)?"
    rf"(?:([{NUMC}]{{1,3}})月)?"
    rf"([{NUMC}]{{1,3}})[日号號]"
    r"(\s*[（(]\s*(?:周|星期|週|禮拜|礼拜)?([一二三四五六日天])\s*[)）]"
    r"|\s*(?:周|星期|週|禮拜|礼拜)([一二三四五六日天]))?")
ZH_BARE_WD = re.compile(r"(?:周|星期|週|禮拜|礼拜)[一二三四五六日天]")

WD_RE = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?"
MON_RE = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?")
ORD = r"(?:st|nd|rd|th)?"
YR = r"(?:,?\s+(\d{4}))?"
EN_PATTERNS = [  # (regex, group index of weekday, month, day, year)
    (re.compile(rf"\b{WD_RE},?\s+(?:the\s+)?(\d{{1,2}}){ORD}\s+(?:of\s+)?{MON_RE}{YR}"), 1, 3, 2, 4),
    (re.compile(rf"\b{WD_RE},?\s+{MON_RE}\s+(\d{{1,2}}){ORD}\b{YR}"), 1, 2, 3, 4),
    (re.compile(rf"\b(\d{{1,2}}){ORD}\s+{MON_RE}{YR}\s*\({WD_RE}\)"), 4, 2, 1, 3),
    (re.compile(rf"\b{MON_RE}\s+(\d{{1,2}}){ORD}{YR}\s*\({WD_RE}\)"), 4, 1, 2, 3),
]
EN_BARE_WD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\b")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for m in re.finditer(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(m.group()))
    return out


def infer_year(month, day, facts):
    ds = fact_dates(facts)
    for d in ds:
        if (d.month, d.day) == (month, day):
            return d.year
    years = Counter(d.year for d in ds)
    return years.most_common(1)[0][0] if years else None


def weekday_mentions(text, lang, facts):
    """Yield (span, text, date, written_wd, true_wd)."""
    res = []
    if lang == "zh":
        cur_y = cur_m = None
        for m in ZH_DATE.finditer(text):
            y_s, m_s, d_s, _, wd1, wd2 = m.groups()
            if y_s:
                cur_y = year_of(y_s)
            if m_s:
                cur_m = cn_small(m_s)
            wd = wd1 or wd2
            if not wd or cur_m is None:
                continue
            day = cn_small(d_s)
            year = year_of(y_s) if y_s else infer_year(cur_m, day, facts)
            if year is None:
                continue
            if not y_s and cur_y and infer_year(cur_m, day, facts) is None:
                year = cur_y
            d = dt.date(year, cur_m, day)
            res.append((m.span(), m.group(), d, ZH_WD[wd], d.weekday()))
    else:
        taken = []
        for rx, gw, gm, gd, gy in EN_PATTERNS:
            for m in rx.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                month = EN_MON[m.group(gm)[:3].lower()]
                day = int(m.group(gd))
                year = int(m.group(gy)) if m.group(gy) else infer_year(month, day, facts)
                d = dt.date(year, month, day)
                taken.append(m.span())
                res.append((m.span(), m.group(), d, EN_WD[m.group(gw)[:3].lower()], d.weekday()))
    return res


def han_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def word_count(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


def strip_scheme(u):
    return re.sub(r"^https?://", "", u)


# ---------------------------------------------------------------- main
cases = []
for fn in FILES:
    p = HERE / fn
    if not p.exists():
        bad(fn, "missing file")
        continue
    data = yaml.safe_load(p.read_text(encoding="utf-8"))
    if not isinstance(data, list) or len(data) != 10:
        bad(fn, "must be a list of 10 mappings")
        continue
    cases.extend((fn, c) for c in data)

ids = [c.get("id") for _, c in cases]
if ids != [f"r-{i:03d}" for i in range(1, 41)]:
    bad("set", f"ids must be r-001..r-040 in order, got {ids}")

err_counter = Counter()
lang_counter = Counter()
n_clean = n_faulty = 0
two_err = 0
kinds_used = Counter()

for fn, c in cases:
    cid = c.get("id", "?")
    if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
        bad(cid, f"fields {sorted(c)}")
        continue
    if c["kind"] not in KINDS:
        bad(cid, f"bad kind {c['kind']}")
    kinds_used[c["kind"]] += 1
    facts, zh, en, errors = c["facts"], c["zh"], c["en"], c["errors"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        bad(cid, "facts must be a mapping with 4-8 entries")
        continue
    for k, v in facts.items():
        if isinstance(v, dict):
            if set(v) != {"zh", "en"}:
                bad(cid, f"name fact {k} needs zh and en")
        elif not isinstance(v, (str, int, dt.date)) or isinstance(v, bool):
            bad(cid, f"fact {k} has unsupported type {type(v).__name__}")
    hc, wc = han_count(zh), word_count(en)
    if not 110 <= hc <= 160:
        bad(cid, f"zh has {hc} Han characters (110-160)")
    if not 65 <= wc <= 120:
        bad(cid, f"en has {wc} words (65-120)")
    text = {"zh": zh, "en": en}

    if not isinstance(errors, list):
        bad(cid, "errors must be a list")
        continue
    if errors:
        n_faulty += 1
    else:
        n_clean += 1
    if len(errors) == 2:
        two_err += 1
        if errors[0]["lang"] == errors[1]["lang"]:
            bad(cid, "two errors must be in different languages")
    elif len(errors) > 2:
        bad(cid, "at most two errors per case")

    faulty = {}  # (lang, fact) for fact-level errors
    for e in errors:
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
        if set(e) != need:
            bad(cid, f"error fields {sorted(e)} != {sorted(need)}")
            continue
        k, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
        if k not in ERR_KINDS or lang not in ("zh", "en"):
            bad(cid, f"bad error kind/lang {k}/{lang}")
            continue
        err_counter[k] += 1
        lang_counter[(k, lang)] += 1
        other = "en" if lang == "zh" else "zh"
        if k in ("weekday", "term"):
            if fact is not None:
                bad(cid, f"{k} error must have fact null")
        elif fact not in facts:
            bad(cid, f"error fact {fact!r} not a label of facts")
        else:
            faulty[(lang, fact)] = k
        if k == "missing":
            if found is not None:
                bad(cid, "missing error must have found null")
        elif not isinstance(found, str) or found not in text[lang]:
            bad(cid, f"found {found!r} not in {lang} text")
        if k == "term":
            if e["zh_term"] not in zh and lang == "en":
                bad(cid, "zh_term should appear in the zh text")
            if e["en_term"].lower() not in en.lower() and lang == "zh":
                bad(cid, "en_term should appear in the en text")
            right = e["zh_term"] if lang == "zh" else e["en_term"]
            if right.lower() in text[lang].lower():
                bad(cid, f"correct term {right!r} still present in {lang}")
        if k in ("link", "name") and fact in facts:
            v = facts[fact]
            right = strip_scheme(v) if k == "link" else v[lang]
            if right.lower() in text[lang].lower():
                bad(cid, f"correct value {right!r} still present in faulty {lang}")
            if k == "name" and lang == "en":
                given = v["en"].split()[-1]
                if given.lower() in en.lower():
                    bad(cid, f"given name {given!r} still present in en")

    # link/e-mail and name facts must be present wherever they are not faulty
    for label, v in facts.items():
        for lang in ("zh", "en"):
            if (lang, label) in faulty:
                continue
            if isinstance(v, str) and ("@" in v or v.startswith("http")):
                if strip_scheme(v) not in text[lang]:
                    bad(cid, f"{lang}: link/e-mail fact {label} not found")
            if isinstance(v, dict) and lang == "zh" and v["zh"] not in zh:
                bad(cid, f"zh: name fact {label} ({v['zh']}) not found")
            if isinstance(v, dict) and lang == "en":
                toks = re.findall(r"[A-Za-z]+", v["en"].replace("-", " "))
                if not all(re.search(rf"\b{t}\b", en.replace("-", " "), re.I) for t in toks):
                    bad(cid, f"en: name fact {label} ({v['en']}) not found")

    # weekday recomputation
    wd_errors = [(e["lang"], e["found"]) for e in errors if e.get("kind") == "weekday"]
    matched = set()
    for lang in ("zh", "en"):
        ments = weekday_mentions(text[lang], lang, facts)
        spans = [s for s, *_ in ments]
        for span, s, d, w, tw in ments:
            if VERBOSE:
                print(f"  {cid} {lang} {s!r:40} -> {d} {'OK' if w == tw else 'MISMATCH'}")
            if w != tw:
                hit = [f for l, f in wd_errors if l == lang and s in f or (l == lang and f in s)]
                if hit:
                    matched.add((lang, hit[0]))
                else:
                    bad(cid, f"{lang}: weekday mismatch not declared: {s!r} is {d:%A}")
            elif any(l == lang and (s in f or f in s) for l, f in wd_errors):
                bad(cid, f"{lang}: declared weekday error {s!r} is actually correct")
        # bare weekday words (generic, not tied to a date) are listed for review
        bare_rx = ZH_BARE_WD if lang == "zh" else EN_BARE_WD
        for m in bare_rx.finditer(text[lang]):
            if not any(a <= m.start() < b for a, b in spans) and VERBOSE:
                ctx = text[lang][max(0, m.start() - 12): m.end() + 12].replace("\n", " ")
                print(f"  {cid} {lang} bare weekday word: …{ctx}…")
    for l, f in wd_errors:
        if (l, f) not in matched:
            bad(cid, f"declared weekday error {f!r} not detected as mismatch")

# ---------------------------------------------------------------- totals
if (n_clean, n_faulty) != (24, 16):
    bad("set", f"clean/faulty = {n_clean}/{n_faulty}, expected 24/16")
if sum(err_counter.values()) != 18:
    bad("set", f"{sum(err_counter.values())} errors, expected 18")
if two_err != 2:
    bad("set", f"{two_err} cases with two errors, expected 2")
if dict(err_counter) != EXPECTED_ERR:
    bad("set", f"error kinds {dict(err_counter)} != {EXPECTED_ERR}")
zh_n = sum(v for (k, l), v in lang_counter.items() if l == "zh")
en_n = sum(v for (k, l), v in lang_counter.items() if l == "en")
if abs(zh_n - en_n) > 2:
    bad("set", f"errors unbalanced zh={zh_n} en={en_n}")
if set(kinds_used) != KINDS:
    bad("set", f"document kinds used: {dict(kinds_used)}")

print(f"cases={len(cases)} clean={n_clean} faulty={n_faulty} errors={sum(err_counter.values())} "
      f"(zh={zh_n}, en={en_n})")
print("by kind:", ", ".join(f"{k}={err_counter[k]} (zh {lang_counter[(k,'zh')]}, en {lang_counter[(k,'en')]})"
                            for k in EXPECTED_ERR))
print("document kinds:", dict(sorted(kinds_used.items())))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
