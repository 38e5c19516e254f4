#!/usr/bin/env python3
"""Validator for blind set blind46 (Python 3 + PyYAML only).

Checks structure, field types, lengths and the set-wide counts, and recomputes
(with datetime) every weekday written next to a date in both language versions.
It also runs consistency checks on names, URLs and e-mail addresses, and checks
that the correct value of a seeded error does not survive in the faulty
language in digit form.  Exit code 0 = pass.

Usage: python3 validate.py [folder]
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_1.yaml", "pairs_2.yaml", "pairs_3.yaml", "pairs_4.yaml"]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
             "name": 2, "link": 2, "missing": 2, "term": 2}
N_CASES, N_CLEAN, N_ERRORS, N_DOUBLE = 40, 24, 18, 2

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- lengths
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]")


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    # whitespace-separated tokens that contain at least one letter or digit
    return sum(1 for t in s.split() if re.search(r"[A-Za-z0-9]", t))


# ---------------------------------------------------------------- dates in facts
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for y, m, d in ISO.findall(v):
                out.append(dt.date(int(y), int(m), int(d)))
    return out


def infer_year(month, day, fdates):
    for f in fdates:
        if f.month == month and f.day == day:
            return f.year
    for f in fdates:
        if f.month == month:
            return f.year
    years = Counter(f.year for f in fdates)
    return years.most_common(1)[0][0]


# ---------------------------------------------------------------- weekday parsing
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_NUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}


def zh_int(s):
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (ZH_NUM[a] if a else 1) * 10 + (ZH_NUM[b] if b else 0)
    n = 0
    for ch in s:
        n = n * 10 + ZH_NUM[ch]
    return n


NUMCH = r"[0-9〇零一二三四五六七八九十]"
WD_ZH = r"(?:[（(]\s*(?:周|週|星期|禮拜|礼拜)?([一二三四五六日天])\s*[）)]|\s*(?:周|週|星期|禮拜|礼拜)([一二三四五六日天]))"
ZH_FULL = re.compile(
    r"(?:(" + NUMCH + r"{3,4})\s*年\s*)?(" + NUMCH + r"{1,2})\s*月\s*(" + NUMCH + r"{1,3})\s*[日号號]" + WD_ZH)
ZH_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])" + WD_ZH)
ZH_DAYONLY = re.compile(r"(?<![月\d/〇零一二三四五六七八九十])(" + NUMCH + r"{1,3})\s*[日号號]" + WD_ZH)
ZH_MONTH = re.compile(r"(" + NUMCH + r"{1,2})\s*月|(?<![\d/])(\d{1,2})/\d{1,2}")
ZH_WD_ANY = re.compile(r"(?:周|週|星期|禮拜|礼拜)[一二三四五六日天]|[（(][一二三四五六日][）)]")

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MON_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WDAY_RE = r"(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?"
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
ORD = r"(?:st|nd|rd|th)?"
EN_AFTER = [
    # Friday, 4 December [2026]   /  Mon 23 to Fri 27 November
    re.compile(r"\b" + WDAY_RE + r",?\s+(?:the\s+)?(\d{1,2})" + ORD +
               r"(?:\s+(?:to|and|-|–)\s+(?:" + WDAY_RE + r",?\s+)?\d{1,2}" + ORD + r")?\s+(?:of\s+)?" + MON_RE + r"(?:,?\s+(\d{4}))?"),
    # Friday, January 8[, 2027]
    re.compile(r"\b" + WDAY_RE + r",?\s+" + MON_RE + r"\s+(\d{1,2})" + ORD + r"(?:,?\s+(\d{4}))?"),
]
EN_BEFORE = [
    # Aug 17 (Mon.)   /  4 December (Friday)
    re.compile(r"\b" + MON_RE + r"\s+(\d{1,2})" + ORD + r"(?:,?\s+(\d{4}))?\s*\(\s*" + WDAY_RE + r"\s*\)"),
    re.compile(r"\b(\d{1,2})" + ORD + r"\s+" + MON_RE + r"(?:\s+(\d{4}))?\s*\(\s*" + WDAY_RE + r"\s*\)"),
]
EN_WD_ANY = re.compile(r"\b" + WDAY_RE + r"(?![a-z])")


def en_wd(s):
    return EN_WD[s[:3].lower()]


def en_mon(s):
    return MONTHS[s[:3].lower()]


def weekday_pairs(text, lang, fdates):
    """Yield (span, date, written_weekday_index) for every weekday written next to a date."""
    out = []
    if lang == "zh":
        taken = []
        for m in ZH_FULL.finditer(text):
            y, mo, d = m.group(1), zh_int(m.group(2)), zh_int(m.group(3))
            if y:
                y = zh_int(y)
                if y < 1000:
                    y += 1911  # ROC (Minguo) year
            else:
                y = infer_year(mo, d, fdates)
            out.append((m.span(), dt.date(y, mo, d), ZH_WD[m.group(4) or m.group(5)]))
            taken.append(m.span())
        for m in ZH_SLASH.finditer(text):
            mo, d = int(m.group(1)), int(m.group(2))
            y = infer_year(mo, d, fdates)
            out.append((m.span(), dt.date(y, mo, d), ZH_WD[m.group(3) or m.group(4)]))
            taken.append(m.span())
        for m in ZH_DAYONLY.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            months = [x for x in ZH_MONTH.finditer(text[:m.start()])]
            if not months:
                continue
            last = months[-1]
            mo = zh_int(last.group(1)) if last.group(1) else int(last.group(2))
            d = zh_int(m.group(1))
            y = infer_year(mo, d, fdates)
            out.append((m.span(), dt.date(y, mo, d), ZH_WD[m.group(2) or m.group(3)]))
            taken.append(m.span())
        # every weekday marker must be either parsed or clearly generic
        for m in ZH_WD_ANY.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            before = text[max(0, m.start() - 3):m.start()]
            if re.search(r"[日号號\d]\s*$", before):
                out.append((m.span(), None, None))  # unparsed: report
    else:
        taken = []
        for rx in EN_AFTER:
            for m in rx.finditer(text):
                g = m.groups()
                if rx is EN_AFTER[0]:
                    wd, d, mo, y = g[0], int(g[1]), en_mon(g[3]), g[4]
                else:
                    wd, mo, d, y = g[0], en_mon(g[1]), int(g[2]), g[3]
                y = int(y) if y else infer_year(mo, d, fdates)
                out.append((m.span(), dt.date(y, mo, d), en_wd(wd)))
                taken.append(m.span())
                # second weekday inside a "Mon 23 to Fri 27 November" range
                if rx is EN_AFTER[0] and g[2]:
                    m2 = re.search(r"(?:to|and|-|–)\s+" + WDAY_RE + r",?\s+(\d{1,2})", m.group(0))
                    out.append((m.span(), dt.date(y, mo, int(m2.group(2))), en_wd(m2.group(1))))
        for rx in EN_BEFORE:
            for m in rx.finditer(text):
                g = m.groups()
                if rx is EN_BEFORE[0]:
                    mo, d, y, wd = en_mon(g[0]), int(g[1]), g[2], g[3]
                else:
                    d, mo, y, wd = int(g[0]), en_mon(g[1]), g[2], g[3]
                y = int(y) if y else infer_year(mo, d, fdates)
                out.append((m.span(), dt.date(y, mo, d), en_wd(wd)))
                taken.append(m.span())
        for m in EN_WD_ANY.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            after = text[m.end():m.end() + 8]
            before = text[max(0, m.start() - 12):m.start()]
            if re.match(r"[.,]?\s*(\d|" + MON_RE + r")", after) and not re.match(r"\s+[A-Z][a-z]+\s+[a-z]", after) \
                    or re.search(r"\d\s*\(\s*$", before):
                if m.group(1) == "Sun" and re.match(r"\s+Li\b", after):
                    continue  # surname Sun
                out.append((m.span(), None, None))
    return out


# ---------------------------------------------------------------- helpers for consistency checks
def strip_scheme(u):
    return re.sub(r"^https?://", "", u).rstrip("/")


def norm_en(s):
    return re.sub(r"[\s\-‐]+", " ", s.lower())


def en_name_present(name, text):
    toks = [t for t in re.split(r"[\s\-]+", name.lower()) if t]
    low = norm_en(text)
    return all(re.search(r"\b" + re.escape(t) + r"\b", low) for t in toks)


def digit_forms(v):
    """Digit spellings of a numeric fact value, e.g. 'HK$30,000' -> {'30,000','30000'}."""
    forms = set()
    for n in re.findall(r"\d[\d,]*(?:\.\d+)?", str(v)):
        forms.add(n)
        forms.add(n.replace(",", ""))
    return forms


def main(folder):
    cases = []
    for fn in FILES:
        path = os.path.join(folder, fn)
        if not os.path.exists(path):
            bad(fn, "missing file")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, f"must be a list of 10 mappings, got {type(data).__name__} len {len(data) if isinstance(data, list) else '-'}")
            continue
        cases.extend((fn, c) for c in data)

    ids = [c.get("id") for _, c in cases]
    exp = [f"r-{i:03d}" for i in range(1, N_CASES + 1)]
    if ids != exp:
        bad("set", f"ids must be r-001 … r-040 in order; got {ids}")

    err_kinds, err_langs = Counter(), Counter()
    n_clean = n_double = n_err = 0
    kinds = Counter()
    for fn, c in cases:
        cid = c.get("id", "?")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, f"fields {sorted(c)}")
            continue
        kinds[c["kind"]] += 1
        if c["kind"] not in KINDS:
            bad(cid, f"kind {c['kind']}")
        facts, zh, en, errors = c["facts"], c["zh"], c["en"], c["errors"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
            continue
        for k, v in facts.items():
            if isinstance(v, dict):
                if set(v) != {"zh", "en"}:
                    bad(cid, f"name fact {k} needs zh/en")
            elif not isinstance(v, (str, int, float, dt.date)):
                bad(cid, f"fact {k} has bad type {type(v).__name__}")
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            bad(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            bad(cid, f"en has {wc} words (65-120)")
        if not isinstance(errors, list):
            bad(cid, "errors must be a list")
            continue
        if not errors:
            n_clean += 1
        if len(errors) == 2:
            n_double += 1
            if errors[0]["lang"] == errors[1]["lang"]:
                bad(cid, "two errors must be in different languages")
        if len(errors) > 2:
            bad(cid, "at most two errors per case")
        n_err += len(errors)
        fdates = fact_dates(facts)
        texts = {"zh": zh, "en": en}

        # ---- seeded errors
        err_facts = {}
        wd_error_spans = {"zh": [], "en": []}
        for e in errors:
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != need:
                bad(cid, f"error fields {sorted(e)} (need {sorted(need)})")
                continue
            k, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
            err_kinds[k] += 1
            err_langs[lang] += 1
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                bad(cid, f"bad error kind/lang {k}/{lang}")
                continue
            if k in ("weekday", "term"):
                if fact is not None:
                    bad(cid, f"{k} error must have fact: null")
            elif fact not in facts:
                bad(cid, f"error fact {fact!r} not in facts")
            else:
                err_facts[fact] = (k, lang)
            if k == "missing":
                if found is not None:
                    bad(cid, "missing error must have found: null")
            else:
                if not isinstance(found, str) or found not in texts[lang]:
                    bad(cid, f"found {found!r} not in {lang} text")
                elif texts[lang].count(found) != 1:
                    bad(cid, f"found {found!r} occurs {texts[lang].count(found)} times in {lang}")
            if k == "weekday":
                pairs = [p for p in weekday_pairs(found, lang, fdates) if p[1]]
                if len(pairs) != 1 or pairs[0][1].weekday() == pairs[0][2]:
                    bad(cid, f"weekday error {found!r} is not a single date with a wrong weekday")
                start = texts[lang].find(found)
                wd_error_spans[lang].append((start, start + len(found)))
            if k == "term":
                if not e["zh_term"] or not e["en_term"]:
                    bad(cid, "term error needs zh_term and en_term")
            # correct value must not survive in digit form in the faulty language
            if k in ("date", "number", "percent") and fact in facts:
                v = facts[fact]
                t = texts[lang]
                if k == "date" and isinstance(v, dt.date):
                    pats = [f"{v.month}月{v.day}日", f"{v.month}/{v.day}", f"{v.day}/{v.month}",
                            rf"\b{v.day}(?:st|nd|rd|th)?\s+{v.strftime('%b')}", rf"{v.strftime('%b')}[a-z]*\.?\s+{v.day}\b"]
                    for p in pats:
                        if re.search(p, t):
                            bad(cid, f"correct date {v} still present in {lang} ({p})")
                else:
                    for f in digit_forms(v):
                        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|\.\d)", t):
                            bad(cid, f"correct value {f} of {fact} still present in {lang}")
            if k == "name" and fact in facts:
                nm = facts[fact]
                if lang == "zh" and nm["zh"] in zh:
                    bad(cid, "correct zh name still present")
                if lang == "en" and en_name_present(nm["en"], en):
                    bad(cid, "correct en name still present")
            if k == "link" and fact in facts:
                if strip_scheme(str(facts[fact])).lower() in texts[lang].lower():
                    bad(cid, "correct link still present in faulty language")

        # ---- weekdays next to dates, both languages
        for lang in ("zh", "en"):
            for span, date, wd in weekday_pairs(texts[lang], lang, fdates):
                frag = texts[lang][span[0]:span[1]]
                if date is None:
                    bad(cid, f"{lang}: weekday near a date could not be parsed: {frag!r}")
                    continue
                in_err = any(a <= span[0] < b or span[0] <= a < span[1] for a, b in wd_error_spans[lang])
                ok = date.weekday() == wd
                if not ok and not in_err:
                    bad(cid, f"{lang}: {frag!r} -> {date} is a {date.strftime('%A')}, text says weekday #{wd}")
                if ok and in_err:
                    bad(cid, f"{lang}: seeded weekday error {frag!r} is actually correct")

        # ---- names, links, e-mails present where no error touches them
        for label, v in facts.items():
            ek = err_facts.get(label)
            for lang in ("zh", "en"):
                if ek and ek[1] == lang:
                    continue
                t = texts[lang]
                if isinstance(v, dict):
                    present = v["zh"] in t if lang == "zh" else en_name_present(v["en"], t)
                    if not present:
                        bad(cid, f"name {label} ({v[lang]}) not found in {lang}")
                elif isinstance(v, str) and (v.startswith("http") or "@" in v):
                    if strip_scheme(v).lower() not in t.lower():
                        bad(cid, f"link/e-mail {label} not found in {lang}")
        for lang in ("zh", "en"):
            for u in re.findall(r"(?:https?://)?[\w.-]+\.(?:cn|com|net|sg|my|hk|tw)(?:/[\w./-]*)?|[\w.+-]+@[\w.-]+\w", texts[lang]):
                u2 = strip_scheme(u.rstrip("."))
                if not any(isinstance(v, str) and strip_scheme(v).lower() == u2.lower() for v in facts.values()):
                    if not (err_facts and any(k == "link" and l == lang for k, l in err_facts.values())):
                        bad(cid, f"{lang}: link/e-mail {u!r} is not a fact of the brief")

    # ---- set-wide counts
    if len(cases) != N_CASES:
        bad("set", f"{len(cases)} cases, expected {N_CASES}")
    if n_clean != N_CLEAN:
        bad("set", f"{n_clean} clean cases, expected {N_CLEAN}")
    if n_err != N_ERRORS:
        bad("set", f"{n_err} seeded errors, expected {N_ERRORS}")
    if n_double != N_DOUBLE:
        bad("set", f"{n_double} two-error cases, expected {N_DOUBLE}")
    for k, n in ERR_KINDS.items():
        if err_kinds[k] != n:
            bad("set", f"{err_kinds[k]} {k} errors, expected {n}")
    if abs(err_langs["zh"] - err_langs["en"]) > 2:
        bad("set", f"errors unbalanced over languages: {dict(err_langs)}")
    for k in KINDS:
        if kinds[k] == 0:
            bad("set", f"no case of kind {k}")

    print(f"cases {len(cases)}, clean {n_clean}, errors {n_err} {dict(err_kinds)}, langs {dict(err_langs)}, kinds {dict(kinds)}")
    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
