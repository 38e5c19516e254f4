#!/usr/bin/env python3
"""Validator for blind set blind48 (Python 3 + PyYAML only).

Checks structure, field types, length limits, error bookkeeping and counts,
recomputes every weekday written next to a date (zh and en) with datetime,
and runs some presence / absence sanity checks on facts.

Usage:  python3 validate.py [-v]
Exit status 0 when everything passes.
"""
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_1.yaml", "pairs_2.yaml", "pairs_3.yaml", "pairs_4.yaml"]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERRORS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                   "name": 2, "link": 2, "missing": 2, "term": 2}
N_CASES, N_CLEAN, N_FAULTY, N_ERRORS = 40, 24, 16, 18

VERBOSE = "-v" in sys.argv
problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# --------------------------------------------------------------------------
# helpers
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    return len(s.split())


CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3,
            "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 0-99 (or digit string) -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)
    return CN_DIGIT[s]


CN_NUM_WORDS = {n: (("" if n < 20 else "一二三四五六七八九"[n // 10 - 1]) + ("十" if n >= 10 else "")
                    + ("" if n % 10 == 0 else "一二三四五六七八九"[n % 10 - 1])) if n >= 10
                else "零一二三四五六七八九"[n] for n in range(100)}


def cn_year(s):
    if s.isdigit():
        return int(s)
    return int("".join(str(CN_DIGIT[c]) for c in s))


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
ZH_WD_MARK = (r"\s*(?:[（(]\s*(?:周|週|星期|禮拜|礼拜)?([一二三四五六日天])\s*[）)]"
              r"|(?:周|週|星期|禮拜|礼拜)([一二三四五六日天]))")
ZH_FULL = re.compile(r"(?:((?:\d{3,4})|[〇○零一二三四五六七八九]{4})年)?(" + NUM + r")月(" + NUM + r")[日号號]")
ZH_DAY_WD = re.compile(r"(?:至|到|—|–|-|~|～|、)\s*(" + NUM + r")[日号號]" + ZH_WD_MARK)

EN_WD_RE = r"(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|rsday|urday)?\.?"
EN_MON_RE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
EN_PATTERNS = [
    # Friday, 8 January 2027 / Fri 13 Nov / Wednesday 5th August
    re.compile(EN_WD_RE + r",?\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + EN_MON_RE + r"(?:,?\s+(\d{4}))?"),
    # Tuesday, December 15, 2026 / Thu, Feb 5
    re.compile(EN_WD_RE + r",?\s+" + EN_MON_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?"),
    # 12 June (Fri)
    re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + EN_MON_RE + r"(?:\s+(\d{4}))?\s*\(" + EN_WD_RE + r"\)"),
]


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for m in re.finditer(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(m.group()))
    return out


def infer_year(month, day, fdates):
    for d in fdates:
        if (d.month, d.day) == (month, day):
            return d.year
    best = None
    for y in sorted({d.year for d in fdates} | {d.year + 1 for d in fdates} | {d.year - 1 for d in fdates}):
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        dist = min(abs((cand - d).days) for d in fdates)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None


def weekday_mentions_zh(text, fdates):
    """Yield (substring, date, written_weekday_index)."""
    out = []
    last = None  # (year, month)
    for m in ZH_FULL.finditer(text):
        ystr, mo, da = m.group(1), cn_small(m.group(2)), cn_small(m.group(3))
        if ystr:
            y = cn_year(ystr)
            if y < 1000:
                y += 1911  # ROC (Minguo) year
        else:
            y = infer_year(mo, da, fdates)
        last = (y, mo)
        w = re.match(ZH_WD_MARK, text[m.end():])
        if w:
            wd = ZH_WD[w.group(1) or w.group(2)]
            out.append((text[m.start():m.end() + w.end()], dt.date(y, mo, da), wd))
        # day-only range end right after this date: 11月2日（周一）至13日（周五）
        tail = text[m.end() + (w.end() if w else 0):]
        r = ZH_DAY_WD.match(tail)
        if r:
            d2 = cn_small(r.group(1))
            wd2 = ZH_WD[r.group(2) or r.group(3)]
            out.append((r.group(0).strip(), dt.date(y, mo, d2), wd2))
    return out


def weekday_mentions_en(text, fdates):
    out = []
    for i, pat in enumerate(EN_PATTERNS):
        for m in pat.finditer(text):
            g = m.groups()
            if i == 0:
                wd, day, mon, year = g
            elif i == 1:
                wd, mon, day, year = g
            else:
                day, mon, year, wd = g
            mo = MONTHS[mon[:3].lower()]
            da = int(day)
            y = int(year) if year else infer_year(mo, da, fdates)
            out.append((m.group(0), dt.date(y, mo, da), EN_WD[wd[:3].lower()]))
    return out


def strip_scheme(u):
    return re.sub(r"^[a-z]+://", "", u)


# --------------------------------------------------------------------------
cases = []
for fn in FILES:
    path = os.path.join(HERE, fn)
    if not os.path.exists(path):
        fail(fn, "file missing")
        continue
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, list) or len(data) != 10:
        fail(fn, "must be a list of 10 mappings")
        continue
    cases.extend((fn, c) for c in data)

if len(cases) != N_CASES:
    fail("set", f"expected {N_CASES} cases, got {len(cases)}")

ids = [c.get("id") for _, c in cases]
if ids != [f"r-{i:03d}" for i in range(1, N_CASES + 1)]:
    fail("set", f"ids not r-001..r-{N_CASES:03d} in order")

FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}
err_counter = {k: 0 for k in ERR_KINDS}
lang_counter = {"zh": 0, "en": 0}
kind_counter = {}
n_clean = n_faulty = n_double = 0
n_weekday_checked = 0

# Alternative en renderings of names that do not share the brief's tokens
# (documented in README: dialect romanisation + English name).
NAME_ALIASES = {("r-023", "Chen Weiwen"): ["Raymond Chan Wai-man"]}

for fn, c in cases:
    cid = c.get("id", "?")
    if set(c) != FIELDS:
        fail(cid, f"fields {sorted(c)} != {sorted(FIELDS)}")
        continue
    if c["kind"] not in KINDS:
        fail(cid, f"bad kind {c['kind']}")
    kind_counter[c["kind"]] = kind_counter.get(c["kind"], 0) + 1
    facts, zh, en, errors = c["facts"], c["zh"], c["en"], c["errors"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(cid, "facts must be a mapping with 4-8 entries")
        continue
    for k, v in facts.items():
        if isinstance(v, dict):
            if set(v) != {"zh", "en"}:
                fail(cid, f"name fact {k} needs exactly zh/en")
        elif not isinstance(v, (str, int, float, dt.date)):
            fail(cid, f"fact {k} has unsupported type {type(v).__name__}")
        if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            fail(cid, f"fact {k}: single dates must be YAML dates, not strings")
    hc, wc = han_count(zh), word_count(en)
    if not 110 <= hc <= 160:
        fail(cid, f"zh has {hc} Han characters (110-160)")
    if not 65 <= wc <= 120:
        fail(cid, f"en has {wc} words (65-120)")
    if VERBOSE:
        print(f"{cid} {c['kind']:12s} han={hc:3d} words={wc:3d} facts={len(facts)} errors={len(errors)}")

    if not isinstance(errors, list):
        fail(cid, "errors must be a list")
        continue
    if errors:
        n_faulty += 1
    else:
        n_clean += 1
    if len(errors) == 2:
        n_double += 1
        if errors[0].get("lang") == errors[1].get("lang"):
            fail(cid, "two errors must be in different languages")
    elif len(errors) > 2:
        fail(cid, "at most two errors per case")

    texts = {"zh": zh, "en": en}
    err_by_lang = {"zh": [], "en": []}
    for e in errors:
        ek = e.get("kind")
        if ek not in ERR_KINDS:
            fail(cid, f"bad error kind {ek}")
            continue
        err_counter[ek] += 1
        lang = e.get("lang")
        if lang not in texts:
            fail(cid, f"bad lang {lang}")
            continue
        lang_counter[lang] += 1
        err_by_lang[lang].append(e)
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if ek == "term" else set())
        if set(e) != need:
            fail(cid, f"error fields {sorted(e)} != {sorted(need)}")
        if ek in ("weekday", "term"):
            if e.get("fact") is not None:
                fail(cid, f"{ek} error must have fact: null")
        elif e.get("fact") not in facts:
            fail(cid, f"error fact {e.get('fact')!r} not a label of the brief")
        if ek == "missing":
            if e.get("found") is not None:
                fail(cid, "missing error must have found: null")
        else:
            if not isinstance(e.get("found"), str) or e["found"] not in texts[lang]:
                fail(cid, f"found {e.get('found')!r} is not a substring of {lang}")
        if ek == "term":
            if e["zh_term"] not in zh and e["en_term"].lower() not in en.lower():
                pass  # the correct term of the other language should normally appear there
            other = "en" if lang == "zh" else "zh"
            correct_other = e["en_term"] if other == "en" else e["zh_term"]
            correct_own = e["zh_term"] if lang == "zh" else e["en_term"]
            if correct_other.lower() not in texts[other].lower():
                fail(cid, f"term error: correct {other} term {correct_other!r} should appear in {other}")
            if correct_own.lower() in texts[lang].lower():
                fail(cid, f"term error: correct {lang} term {correct_own!r} still appears in {lang}")

    # ---- weekday recomputation in both languages
    fdates = fact_dates(facts)
    for lang, finder in (("zh", weekday_mentions_zh), ("en", weekday_mentions_en)):
        seeded = [e["found"] for e in err_by_lang[lang] if e.get("kind") == "weekday"]
        hits_wrong = []
        for sub, d, wd in finder(texts[lang], fdates):
            n_weekday_checked += 1
            ok = d.weekday() == wd
            if VERBOSE:
                print(f"    {lang} weekday {'OK ' if ok else 'BAD'} {sub!r} -> {d.isoformat()} {d.strftime('%A')}")
            if not ok:
                hits_wrong.append(sub)
                if not any(sub in s or s in sub for s in seeded):
                    fail(cid, f"{lang}: weekday does not match date in {sub!r} ({d} is {d.strftime('%A')})")
        for s in seeded:
            if not any(sub in s or s in sub for sub in hits_wrong):
                fail(cid, f"{lang}: seeded weekday error {s!r} not detected as a mismatch")

    # ---- presence / absence sanity checks on names, links, e-mails, dates
    for label, v in facts.items():
        faulty = {e["lang"]: e for e in errors if e.get("fact") == label}
        for lang in ("zh", "en"):
            t = texts[lang]
            e = faulty.get(lang)
            if isinstance(v, dict):
                form = v[lang]
                if lang == "zh":
                    present = form in t
                else:
                    toks = [x.lower() for x in re.split(r"[\s\-]+", form) if x]
                    present = all(re.search(r"\b" + re.escape(x) + r"\b", t.lower()) for x in toks)
                    present = present or any(a in t for a in NAME_ALIASES.get((cid, form), []))
                if e is None and not present:
                    fail(cid, f"name {form!r} ({label}) not found in {lang}")
                if e is not None and present:
                    fail(cid, f"name {form!r} ({label}) still present in faulty {lang}")
            elif isinstance(v, str) and ("@" in v or "://" in v):
                present = strip_scheme(v).lower() in t.lower()
                if e is None and not present:
                    fail(cid, f"link {v!r} ({label}) not found in {lang}")
                if e is not None and present:
                    fail(cid, f"link {v!r} ({label}) still present in faulty {lang}")
            elif isinstance(v, dt.date) and e is not None:
                # the correct date must not survive in the faulty language
                pats = [f"{v.month}月{v.day}日", f"{v.day} {v.strftime('%B')}",
                        f"{v.strftime('%B')} {v.day}", v.isoformat(),
                        f"{v.day} {v.strftime('%b')}", f"{v.strftime('%b')} {v.day}"]
                for p in pats:
                    if re.search(r"(?<!\d)" + re.escape(p) + r"(?!\d)", t):
                        fail(cid, f"correct date {v} still appears in faulty {lang} as {p!r}")
            elif isinstance(v, (str, int, float)) and e is not None and e.get("kind") == "percent":
                num = str(v).rstrip("%").strip()
                forms = [num + "%", num + " per cent", num + " percent", num + "％"]
                if num.isdigit() and int(num) < 100:
                    forms.append("百分之" + CN_NUM_WORDS[int(num)])
                for form in forms:
                    if re.search(r"(?<![\d.])" + re.escape(form), t):
                        fail(cid, f"correct value {v!r} still appears in faulty {lang} as {form!r}")
            elif isinstance(v, (str, int, float)) and e is not None and e.get("kind") == "number":
                plain = re.sub(r"[^\d.]", "", str(v)).strip(".")
                val = float(plain)
                forms = {plain, f"{val:,.0f}" if val == int(val) else plain}
                if val >= 10000:
                    forms.add(f"{val / 10000:g}万")
                    forms.add(f"{val / 10000:g}萬")
                if val >= 1000:
                    forms.add(f"{val / 1000:g}k")
                    forms.add(f"{val / 1000:g}千")
                if val >= 1000000:
                    forms.add(f"{val / 1000000:g} million")
                for form in forms:
                    if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d,]|\.\d)", t):
                        fail(cid, f"correct value {v!r} still appears in faulty {lang} as {form!r}")

# ---- set-level counts
if n_clean != N_CLEAN:
    fail("set", f"{n_clean} clean cases, expected {N_CLEAN}")
if n_faulty != N_FAULTY:
    fail("set", f"{n_faulty} faulty cases, expected {N_FAULTY}")
if n_double != 2:
    fail("set", f"{n_double} cases with two errors, expected 2")
if sum(err_counter.values()) != N_ERRORS:
    fail("set", f"{sum(err_counter.values())} errors, expected {N_ERRORS}")
for k, n in EXPECTED_ERRORS.items():
    if err_counter[k] != n:
        fail("set", f"{err_counter[k]} {k} errors, expected {n}")
if abs(lang_counter["zh"] - lang_counter["en"]) > 2:
    fail("set", f"errors unbalanced over languages: {lang_counter}")
if set(kind_counter) != KINDS:
    fail("set", f"kinds used: {kind_counter}")

print(f"cases={len(cases)} clean={n_clean} faulty={n_faulty} double={n_double} "
      f"errors={sum(err_counter.values())} by_kind={err_counter} by_lang={lang_counter}")
print(f"document kinds={dict(sorted(kind_counter.items()))} weekday mentions checked={n_weekday_checked}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
