#!/usr/bin/env python3
"""Validator for the blind54 bilingual HR fact-check evaluation set.

Checks structure, field types, lengths, the error mix, internal consistency of
each seeded error, and recomputes every weekday written next to a date in both
languages (Chinese and English). A weekday that does not match its date is a
failure unless it lies inside the `found` span of a seeded `weekday` error.

Usage: python3 validate.py [-v]
Prints OK and exits 0 when everything passes. With -v it also prints soft
warnings (date facts for which no common rendering was spotted in a text).
Requires Python 3 and PyYAML.
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_1.yaml", "pairs_2.yaml", "pairs_3.yaml", "pairs_4.yaml"]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
N_CASES, N_CLEAN, N_FAULTY, N_ERRORS, N_DOUBLE = 40, 24, 16, 18, 2

problems = []
warnings = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- helpers
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
DATE_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$")
URL_RE = re.compile(r"^(https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+)$")

CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """Plain Chinese numeral for 0 <= n < 100000 (e.g. 15 -> 十五, 1200 -> 一千二百)."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for val, ch in units:
        q, n = divmod(n, val)
        if q:
            if zero:
                out += "零"
                zero = False
            out += ("" if (val == 10 and q == 1 and not out) else CN_DIGITS[q]) + ch
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIGITS[n]
    return out


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    return len([t for t in s.split() if re.search(r"[A-Za-z0-9]", t)])


def norm_link(v):
    v = v.strip().lower()
    v = re.sub(r"^https?://", "", v)
    v = re.sub(r"^www\.", "", v)
    return v.rstrip("/")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            m = DATE_RANGE.match(v)
            if m:
                out += [dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))]
    return out


def infer_year(m, d, explicit_before, fdates):
    for f in fdates:
        if (f.month, f.day) == (m, d):
            return f.year
    if explicit_before is not None:
        return explicit_before
    if fdates:
        return Counter(f.year for f in fdates).most_common(1)[0][0]
    return None


def mask(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    return "".join(chars)


# ---------------------------------------------------------------- Chinese dates & weekdays
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_DATE_PATTERNS = [
    ("ymd", re.compile(r"(?<!\d)(\d{4}|\d{3})年(\d{1,2})月(\d{1,2})日")),
    ("ymd", re.compile(r"(?<![A-Za-z0-9./])(\d{4}|\d{2,3})/(\d{1,2})/(\d{1,2})(?![\d/])")),
    ("ymd", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
    ("md", re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")),
    ("md", re.compile(r"(?<![A-Za-z0-9./:-])(\d{1,2})/(\d{1,2})(?![\d/])")),
    ("d", re.compile(r"(?<=[至到~～\-－—–、])\s*(\d{1,2})日")),
]
ZH_WD_EXPLICIT = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])")
ZH_WD_BARE = re.compile(r"[（(]([一二三四五六日])[)）]")


def zh_date_tokens(text):
    raw = []
    work = text
    for kind, rx in ZH_DATE_PATTERNS:
        spans = []
        for m in rx.finditer(work):
            g = m.groups()
            if kind == "ymd":
                y = int(g[0])
                y = y + 1911 if y < 1000 else y
                raw.append([m.start(), m.end(), y, int(g[1]), int(g[2])])
            elif kind == "md":
                raw.append([m.start(), m.end(), None, int(g[0]), int(g[1])])
            else:
                raw.append([m.start(1), m.end(), None, None, int(g[0])])
            spans.append((m.start(), m.end()))
        work = mask(work, spans)
    raw.sort()
    return raw


def en_date_tokens_month_names():
    full = ["January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"]
    table = {}
    for i, n in enumerate(full, 1):
        table[n] = i
        table[n[:3]] = i
    table["Sept"] = 9
    return table


EN_MONTHS = en_date_tokens_month_names()
MONTH_ALT = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
EN_DATE_PATTERNS = [
    ("dm", re.compile(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_ALT + r")\b\.?(?:,?\s+(\d{4})(?!\d))?")),
    ("md", re.compile(r"\b(" + MONTH_ALT + r")\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4})(?!\d))?")),
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
]
EN_WD_FULL = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3,
              "Friday": 4, "Saturday": 5, "Sunday": 6}
EN_WD_ABBR = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3,
              "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
EN_WD_RE = re.compile(r"\b(" + "|".join(sorted(list(EN_WD_FULL) + list(EN_WD_ABBR), key=len, reverse=True)) + r")\b\.?")
WD_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def en_date_tokens(text):
    raw = []
    work = text
    for kind, rx in EN_DATE_PATTERNS:
        spans = []
        for m in rx.finditer(work):
            g = m.groups()
            if kind == "dm":
                raw.append([m.start(), m.end(), int(g[2]) if g[2] else None, EN_MONTHS[g[1]], int(g[0])])
            elif kind == "md":
                raw.append([m.start(), m.end(), int(g[2]) if g[2] else None, EN_MONTHS[g[0]], int(g[1])])
            else:
                raw.append([m.start(), m.end(), int(g[0]), int(g[1]), int(g[2])])
            spans.append((m.start(), m.end()))
        work = mask(work, spans)
    raw.sort()
    return raw


def resolve(tokens, fdates):
    """Fill in missing months (day-only range ends) and years."""
    prev_month, explicit_year = None, None
    out = []
    for s, e, y, m, d in tokens:
        if m is None:
            m = prev_month
        if m is None:
            continue
        if y is not None:
            explicit_year = y
        yy = y if y is not None else infer_year(m, d, explicit_year, fdates)
        try:
            date = dt.date(yy, m, d)
        except (TypeError, ValueError):
            date = None
        out.append((s, e, date))
        prev_month = m
    return out


def weekday_mismatches(cid, lang, text, fdates):
    """Return list of (start, end, date, written_weekday_index) mismatches."""
    mism = []
    if lang == "zh":
        toks = resolve(zh_date_tokens(text), fdates)

        def attach_before(pos):
            for s, e, date in toks:
                if e <= pos and re.fullmatch(r"\s*[（(]?\s*", text[e:pos]):
                    return s, date
            return None

        # Both explicit (周五/星期五/週五) and bare bracketed (（五）) weekdays must sit
        # next to a date; the set uses no bracketed Chinese list markers.
        for rx, strict in ((ZH_WD_EXPLICIT, True), (ZH_WD_BARE, True)):
            for m in rx.finditer(text):
                hit = attach_before(m.start())
                if hit is None:
                    if strict:
                        fail(cid, f"zh weekday '{m.group(0)}' at {m.start()} is not next to a parseable date")
                    continue
                s, date = hit
                if date is None:
                    fail(cid, f"zh weekday '{m.group(0)}' next to an invalid date")
                    continue
                wd = ZH_WD[m.group(1)]
                if date.weekday() != wd:
                    mism.append((s, m.end(), date, wd))
    else:
        raw = en_date_tokens(text)
        toks = resolve(raw, fdates)
        for m in EN_WD_RE.finditer(text):
            name = m.group(1)
            strict = name in EN_WD_FULL
            wd = EN_WD_FULL.get(name, EN_WD_ABBR.get(name))
            hit = None
            # (a) weekday before date
            for s, e, date in toks:
                if s >= m.end() and re.fullmatch(r",?\s*", text[m.end():s]):
                    hit = (m.start(), e, date)
                    break
            # (b) date before weekday
            if hit is None:
                for s, e, date in toks:
                    if e <= m.start() and re.fullmatch(r"[\s,]*\(?\s*", text[e:m.start()]):
                        hit = (s, m.end(), date)
                        break
            # (c) weekday + bare day, month taken from the next date token
            if hit is None:
                dm = re.match(r",?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)", text[m.end():])
                if dm:
                    day = int(dm.group(1))
                    after = m.end() + dm.end()
                    for s, e, date in toks:
                        if s >= after and s - after <= 40 and date is not None:
                            try:
                                hit = (m.start(), after, dt.date(date.year, date.month, day))
                            except ValueError:
                                hit = (m.start(), after, None)
                            break
            if hit is None:
                if strict:
                    fail(cid, f"en weekday '{name}' at {m.start()} is not next to a parseable date")
                continue
            s, e, date = hit
            if date is None:
                fail(cid, f"en weekday '{name}' next to an invalid date")
                continue
            if date.weekday() != wd:
                mism.append((s, e, date, wd))
    return mism


# ---------------------------------------------------------------- renderings used by error checks
def zh_date_forms(d):
    roc = d.year - 1911
    return [rf"(?<!\d){d.month}月{d.day}日", rf"(?<![\d/]){d.month}/{d.day}(?![\d/])",
            rf"(?<!\d){roc}/{d.month}/{d.day}(?![\d/])",
            re.escape(d.isoformat()), re.escape(f"{cn_num(d.month)}月{cn_num(d.day)}日")]


def en_date_forms(d):
    full = dt.date(2000, d.month, 1).strftime("%B")
    names = [full, full[:3]] + (["Sept"] if d.month == 9 else [])
    forms = [re.escape(d.isoformat())]
    for n in names:
        forms.append(rf"\b{n}\.?\s+{d.day}(?!\d)")
        forms.append(rf"(?<!\d){d.day}(?:st|nd|rd|th)?\s+{n}\b")
    return forms


def has_any(text, patterns):
    return any(re.search(p, text) for p in patterns)


def number_of(v):
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(v))
    if not m:
        return None
    x = float(m.group(0).replace(",", ""))
    return int(x) if x.is_integer() else x


EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty"]
UNITS = [  # (English unit in the fact, Chinese unit regex, English unit regex)
    ("working day", r"[个個]?工作[日天]", r"working[- ]days?"),
    ("day", r"[天日]", r"days?"),
    ("week", r"[个個]?(?:周|週|星期|礼拜|禮拜)", r"weeks?"),
    ("month", r"[个個]?月", r"months?"),
    ("year", r"年", r"years?"),
    ("hour", r"[个個]?(?:小时|小時|学时|學時|钟头|鐘頭)", r"(?:class )?hours?"),
    ("minute", r"分[钟鐘]", r"minutes?"),
]


def number_forms(n, lang, unit_of=None):
    """Regexes that would reveal the number n in a text (unit-bound for durations)."""
    if isinstance(n, float):
        return [re.escape(str(n))]
    unit = None
    if unit_of:
        for key, zu, eu in UNITS:
            if re.search(rf"\b{key}s?\b", str(unit_of)):
                unit = zu if lang == "zh" else eu
                break
    if unit:
        if lang == "zh":
            nums = [str(n), cn_num(n)] + (["两", "兩"] if n == 2 else [])
            return [rf"(?<![\d.]){re.escape(x)}\s*{unit}" for x in nums]
        nums = [str(n)] + ([EN_WORDS[n]] if n < len(EN_WORDS) else [])
        return [rf"\b{x}[- ]{unit}" for x in nums]
    forms = [rf"(?<![\d.,]){n:,}(?![\d,]*\d)", rf"(?<![\d.,]){n}(?![\d,]*\d)"]
    if n >= 1000 and n % 100 == 0:
        k = n / 1000
        forms.append(rf"(?<![\d.]){k:g}\s?[kK]\b")
    if lang == "zh":
        if n >= 10:
            forms.append(re.escape(cn_num(n)))
        if n >= 10000 and n % 1000 == 0:
            forms.append(rf"(?<![\d.]){n / 10000:g}万|(?<![\d.]){n / 10000:g}萬")
    else:
        forms.append(rf"\b{n} per ?cent\b")
        if n < len(EN_WORDS):
            forms.append(rf"\b{EN_WORDS[n]}\b")
    return forms


def percent_forms(p, lang):
    if lang == "zh":
        f = [rf"(?<![\d.]){p}%", rf"(?<![\d.]){p}％", f"百分之{cn_num(p)}"]
        if p % 10 == 0 and p < 100:
            f.append(f"{cn_num(p // 10)}成")
        return f
    return [rf"(?<![\d.]){p}%", rf"(?<![\d.]){p} ?per ?cent"]


def name_tokens(en):
    return [t.lower() for t in re.split(r"[\s\-]+", en) if t]


def en_has_name(text, en):
    words = {w.lower() for w in re.split(r"[^A-Za-z]+", text) if w}
    return all(t in words for t in name_tokens(en))


# ---------------------------------------------------------------- main checks
def check_value(cid, label, v):
    if isinstance(v, bool) or v is None:
        fail(cid, f"fact '{label}' has unsupported value {v!r}")
    elif isinstance(v, (dt.date, int, float)):
        return
    elif isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail(cid, f"name fact '{label}' must be {{zh: ..., en: ...}}")
    elif isinstance(v, str):
        if not v.strip():
            fail(cid, f"fact '{label}' is empty")
    else:
        fail(cid, f"fact '{label}' has unsupported type {type(v).__name__}")


def main():
    verbose = "-v" in sys.argv[1:]
    cases = []
    for i, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            fail(fn, "file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must hold a list of exactly 10 cases")
            continue
        for j, c in enumerate(data):
            exp = f"r-{i * 10 + j + 1:03d}"
            if not isinstance(c, dict) or c.get("id") != exp:
                fail(fn, f"case #{j + 1} should have id {exp}")
            cases.append(c)

    err_kinds, err_langs = Counter(), Counter()
    n_clean = n_faulty = n_double = 0
    doc_kinds = Counter()

    for c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            fail(cid, f"fields must be id, kind, facts, zh, en, errors (got {sorted(c)})")
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, f"unknown document kind {c['kind']!r}")
        doc_kinds[c["kind"]] += 1
        facts, zh, en, errors = c["facts"], c["zh"], c["en"], c["errors"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping with 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        for k, v in facts.items():
            check_value(cid, k, v)
        if not isinstance(zh, str) or not 110 <= han_count(zh) <= 160:
            fail(cid, f"zh must have 110-160 Han characters (has {han_count(zh) if isinstance(zh, str) else '?'})")
        if not isinstance(en, str) or not 65 <= word_count(en) <= 120:
            fail(cid, f"en must have 65-120 words (has {word_count(en) if isinstance(en, str) else '?'})")
        if not isinstance(errors, list):
            fail(cid, "errors must be a list")
            continue
        texts = {"zh": zh, "en": en}
        fdates = fact_dates(facts)

        # ---- errors
        if errors:
            n_faulty += 1
            if len(errors) == 2:
                n_double += 1
                if errors[0].get("lang") == errors[1].get("lang"):
                    fail(cid, "a case with two errors must have them in different languages")
            elif len(errors) > 2:
                fail(cid, "at most two errors per case")
        else:
            n_clean += 1
        seeded_wd_spans = {"zh": [], "en": []}
        faulty_facts = set()
        for e in errors:
            kind, lang, fact, found = e.get("kind"), e.get("lang"), e.get("fact"), e.get("found")
            allowed = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if kind == "term" else set())
            if set(e) != allowed:
                fail(cid, f"error fields must be {sorted(allowed)} (got {sorted(e)})")
            if kind not in ERR_KINDS:
                fail(cid, f"unknown error kind {kind!r}")
                continue
            if lang not in ("zh", "en"):
                fail(cid, f"error lang must be zh or en (got {lang!r})")
                continue
            err_kinds[kind] += 1
            err_langs[lang] += 1
            text, other = texts[lang], texts["en" if lang == "zh" else "zh"]
            if kind in ("weekday", "term"):
                if fact is not None:
                    fail(cid, f"{kind} error must have fact: null")
            elif fact not in facts:
                fail(cid, f"error fact {fact!r} is not a fact label")
                continue
            else:
                faulty_facts.add((fact, lang))
            if kind == "missing":
                if found is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(found, str) or not found:
                    fail(cid, f"{kind} error needs a found substring")
                    continue
                cnt = text.count(found)
                if cnt != 1:
                    fail(cid, f"found {found!r} occurs {cnt} times in {lang} (must be exactly once)")
                    continue
            val = facts.get(fact)

            if kind == "weekday":
                st = text.index(found)
                seeded_wd_spans[lang].append((st, st + len(found)))
            elif kind == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                if not zt or not et:
                    fail(cid, "term error needs zh_term and en_term")
                    continue
                if lang == "en":
                    if zt not in zh:
                        fail(cid, f"correct zh_term {zt!r} should appear in zh")
                    if et.lower() in en.lower():
                        fail(cid, f"correct en_term {et!r} must not appear in the faulty en")
                else:
                    if et.lower() not in en.lower():
                        fail(cid, f"correct en_term {et!r} should appear in en")
                    if zt in zh:
                        fail(cid, f"correct zh_term {zt!r} must not appear in the faulty zh")
            elif kind == "date":
                if not isinstance(val, dt.date):
                    fail(cid, "date error must point at a date fact")
                    continue
                forms = zh_date_forms(val) if lang == "zh" else en_date_forms(val)
                oforms = en_date_forms(val) if lang == "zh" else zh_date_forms(val)
                if has_any(text, forms):
                    fail(cid, f"correct date {val} still appears in faulty {lang}")
                if not has_any(other, oforms):
                    warnings.append(f"{cid}: correct date {val} not spotted in the clean language")
            elif kind in ("number", "percent"):
                n = number_of(val)
                if n is None:
                    fail(cid, f"{kind} error fact has no number")
                    continue
                forms = percent_forms(n, lang) if kind == "percent" else number_forms(n, lang, val)
                if has_any(text, forms):
                    fail(cid, f"correct value {val} still appears in faulty {lang}")
                if kind == "percent" and "%" not in str(val):
                    fail(cid, "percent error must point at a percentage fact")
            elif kind == "link":
                if not isinstance(val, str) or not URL_RE.match(val):
                    fail(cid, "link error must point at a URL or e-mail fact")
                    continue
                if norm_link(val) in text.lower():
                    fail(cid, f"correct link still appears in faulty {lang}")
                if norm_link(val) not in other.lower():
                    fail(cid, "correct link missing from the clean language")
            elif kind == "name":
                if not isinstance(val, dict):
                    fail(cid, "name error must point at a name fact")
                    continue
                if lang == "zh" and val["zh"] in zh:
                    fail(cid, "correct Chinese name still appears in faulty zh")
                if lang == "en" and en_has_name(en, val["en"]):
                    fail(cid, "correct English name still appears in faulty en")
            elif kind == "missing":
                if isinstance(val, dt.date):
                    forms = zh_date_forms(val) if lang == "zh" else en_date_forms(val)
                    if has_any(text, forms):
                        fail(cid, f"deleted date {val} still appears in {lang}")
                elif isinstance(val, str) and URL_RE.match(val):
                    if norm_link(val) in text.lower():
                        fail(cid, f"deleted link still appears in {lang}")
                elif isinstance(val, dict):
                    if (lang == "zh" and val["zh"] in zh) or (lang == "en" and en_has_name(en, val["en"])):
                        fail(cid, f"deleted name still appears in {lang}")
                else:
                    n = number_of(val)
                    if n is not None:
                        forms = percent_forms(n, lang) if "%" in str(val) else number_forms(n, lang, val)
                        if has_any(text, forms):
                            fail(cid, f"deleted value {val} still appears in {lang}")

        # ---- links and names present in both languages unless seeded otherwise
        for k, v in facts.items():
            for lang in ("zh", "en"):
                if (k, lang) in faulty_facts:
                    continue
                if isinstance(v, str) and URL_RE.match(v) and norm_link(v) not in texts[lang].lower():
                    fail(cid, f"link fact '{k}' not found in {lang}")
                if isinstance(v, dict):
                    if lang == "zh" and v["zh"] not in zh:
                        fail(cid, f"name fact '{k}' not found in zh")
                    if lang == "en" and not en_has_name(en, v["en"]):
                        fail(cid, f"name fact '{k}' not found in en")

        # ---- soft check: single date facts visible in each language
        for k, v in facts.items():
            if isinstance(v, dt.date):
                for lang in ("zh", "en"):
                    if (k, lang) in faulty_facts:
                        continue
                    forms = zh_date_forms(v) if lang == "zh" else en_date_forms(v)
                    if not has_any(texts[lang], forms):
                        warnings.append(f"{cid}: date fact '{k}' ({v}) has no common rendering in {lang}")

        # ---- weekdays
        for lang in ("zh", "en"):
            for s, e, date, wd in weekday_mismatches(cid, lang, texts[lang], fdates):
                if any(a <= s and e <= b for a, b in seeded_wd_spans[lang]):
                    continue
                fail(cid, f"{lang} weekday mismatch: {texts[lang][s:e]!r} — {date} is a "
                          f"{WD_NAMES[date.weekday()]}, text says {WD_NAMES[wd]}")
            for a, b in seeded_wd_spans[lang]:
                if not any(a <= s and e <= b for s, e, _, _ in weekday_mismatches(cid, lang, texts[lang], fdates)):
                    fail(cid, f"seeded weekday error {texts[lang][a:b]!r} does not contain a wrong weekday")

    # ---- global counts
    if len(cases) != N_CASES:
        fail("set", f"expected {N_CASES} cases, found {len(cases)}")
    if n_clean != N_CLEAN or n_faulty != N_FAULTY:
        fail("set", f"expected {N_CLEAN} clean / {N_FAULTY} faulty cases, found {n_clean} / {n_faulty}")
    if n_double != N_DOUBLE:
        fail("set", f"expected {N_DOUBLE} cases with two errors, found {n_double}")
    total = sum(err_kinds.values())
    if total != N_ERRORS:
        fail("set", f"expected {N_ERRORS} seeded errors, found {total}")
    for k in ERR_KINDS:
        if not 2 <= err_kinds[k] <= 3:
            fail("set", f"error kind '{k}' has {err_kinds[k]} errors (want 2-3)")
    if abs(err_langs["zh"] - err_langs["en"]) > 1:
        fail("set", f"errors unbalanced over languages: {dict(err_langs)}")
    missing_kinds = DOC_KINDS - set(doc_kinds)
    if missing_kinds:
        fail("set", f"document kinds not covered: {sorted(missing_kinds)}")

    if verbose:
        for w in warnings:
            print("warning:", w)
        print("doc kinds:", dict(doc_kinds))
        print("errors by kind:", dict(err_kinds), "by lang:", dict(err_langs))
    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
