#!/usr/bin/env python3
"""Structure, count and weekday validator for the blind56 bilingual fact-check set.

Usage:  python3 validate.py        (run from any directory)
Prints OK and exits 0 when every check passes; otherwise lists the problems and exits 1.

Checks
- files pairs_1.yaml ... pairs_4.yaml, 10 cases each, ids r-001 ... r-040 in order
- case fields, document kinds, 4-8 facts, fact value shapes
- zh: 110-160 Han characters; en: 65-120 words
- error fields and the mix: 24 clean / 16 faulty cases, 18 errors, exactly two cases with
  two errors (in different languages), 2-3 errors per kind, 9 per language
- every weekday written next to a date (both languages) is recomputed with datetime;
  a mismatch fails unless a seeded weekday error's `found` covers it, and every seeded
  weekday error must cover a real mismatch
- seeded errors: `found` occurs in the faulty text; simple forms of the correct value are
  absent from the faulty text; for term errors the correct term of the faulty language
  is absent there and the other language uses its correct term
- sanity: URLs / e-mail addresses and names of the brief appear in each version unless an
  error is seeded on that fact in that language
"""
import datetime as dt
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
EXPECTED = {"cases": 40, "clean": 24, "faulty": 16, "errors": 18, "double": 2}

problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 1-99 (or ASCII digits) -> int."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十", 1)
        tens = CN_DIGITS[a] if a else 1
        ones = CN_DIGITS[b] if b else 0
        return tens * 10 + ones
    return CN_DIGITS[s]


def fix_year(y):
    y = int(y)
    if y < 1911:            # ROC (Minguo) year
        y += 1911
    return y


# ---------------------------------------------------------------- weekday tables
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], 1)}
for _k, _v in list(EN_MONTHS.items()):
    EN_MONTHS[_k[:3]] = _v
EN_MONTHS["sept"] = 9
MONTH_RE = (r"(January|February|March|April|May|June|July|August|September|October|"
            r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
NUM_CN = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"

ZH_WD_WORD = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])")
ZH_WD_PAREN = re.compile(r"[（(]([一二三四五六日])[）)]")
ZH_FULL_END = re.compile(
    r"(?:(?:民國|民国)?(\d{2,4})\s*年)?\s*(" + NUM_CN + r")\s*月\s*(" + NUM_CN + r")\s*[日号號]$")
ZH_SLASH_END = re.compile(r"(?<![\d/])(?:(\d{2,4})/)?(\d{1,2})/(\d{1,2})$")
ZH_ISO_END = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})$")
ZH_DAY_END = re.compile(r"(?<![月\d一二三四五六七八九十])(" + NUM_CN + r")\s*[日号號]$")
ZH_MONTH_ANY = re.compile(
    r"(?:(?:民國|民国)?(\d{2,4})\s*年)?\s*(" + NUM_CN + r")\s*月|(?:(\d{2,4})/)?(\d{1,2})/\d{1,2}")

EN_WD_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?")
EN_AFTER = [
    ("md", re.compile(r"^[,\s]*" + MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")),
    ("dm", re.compile(r"^[,\s]*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r"(?:,?\s+(\d{4}))?")),
    ("iso", re.compile(r"^[,\s]*(\d{4})-(\d{2})-(\d{2})")),
    ("d", re.compile(r"^[,\s]*(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)")),
]
EN_BEFORE = [
    ("md", re.compile(MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?[\s,]*\($")),
    ("dm", re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RE + r"(?:\s+(\d{4}))?[\s,]*\($")),
]
EN_MONTH_ANY = re.compile(r"\b" + MONTH_RE + r"(?:\s+(\d{4}))?")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for y, m, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", v):
                out.append(dt.date(int(y), int(m), int(d)))
    return out


def resolve_year(y, m, d, fdates):
    if y:
        return fix_year(y)
    same = {x.year for x in fdates if (x.month, x.day) == (m, d)}
    if len(same) == 1:
        return same.pop()
    years = {x.year for x in fdates}
    if len(years) == 1:
        return years.pop()
    by_month = {x.year for x in fdates if x.month == m}
    if len(by_month) == 1:
        return by_month.pop()
    return None


def last_zh_month(text):
    """Month (and year) of the last date mentioned in text."""
    m = y = None
    for mm in ZH_MONTH_ANY.finditer(text):
        if mm.group(2):
            y, m = mm.group(1), cn_small(mm.group(2))
        else:
            y, m = mm.group(3), int(mm.group(4))
    return y, m


def zh_weekdays(text, fdates, cid):
    """Yield (start, end, date, written_weekday) for each weekday written after a date."""
    hits = []
    tokens = [(w.start(), w.end(), w.group(1), "word") for w in ZH_WD_WORD.finditer(text)]
    tokens += [(w.start(), w.end(), w.group(1), "paren") for w in ZH_WD_PAREN.finditer(text)]
    for start, end, wd, form in sorted(tokens):
        before = text[:start]
        stripped = re.sub(r"[\s（(]*$", "", before)
        y = m = d = None
        for rx in (ZH_FULL_END, ZH_SLASH_END, ZH_ISO_END):
            mm = rx.search(stripped)
            if mm:
                y, m, d = mm.group(1), cn_small(mm.group(2)), cn_small(mm.group(3))
                dstart = mm.start()
                break
        else:
            mm = ZH_DAY_END.search(stripped)
            if mm:
                d = cn_small(mm.group(1))
                y, m = last_zh_month(stripped[:mm.start()])
                dstart = mm.start()
        if d is None or m is None:
            if form == "word":
                fail(cid, f"zh weekday not attached to a date near '{text[max(0, start - 12):end + 2]}'")
            continue
        year = resolve_year(y, m, d, fdates)
        if year is None:
            fail(cid, f"zh cannot resolve year for {m}/{d}")
            continue
        try:
            date = dt.date(year, m, d)
        except ValueError:
            fail(cid, f"zh invalid date {year}-{m}-{d}")
            continue
        hits.append((dstart, end, date, ZH_WD[wd]))
    return hits


def en_month_num(s):
    return EN_MONTHS[s.lower().rstrip(".")]


def en_weekdays(text, fdates, cid):
    hits = []
    for w in EN_WD_RE.finditer(text):
        wd = EN_WD[w.group(1)[:3].lower()]
        after = text[w.end():]
        y = m = d = None
        span_end = w.end()
        for kind, rx in EN_AFTER:
            mm = rx.match(after)
            if not mm:
                continue
            if kind == "md":
                m, d, y = en_month_num(mm.group(1)), int(mm.group(2)), mm.group(3)
            elif kind == "dm":
                d, m, y = int(mm.group(1)), en_month_num(mm.group(2)), mm.group(3)
            elif kind == "iso":
                y, m, d = mm.group(1), int(mm.group(2)), int(mm.group(3))
            else:
                d = int(mm.group(1))
                ahead = EN_MONTH_ANY.search(after[mm.end():mm.end() + 30])
                if ahead:
                    m, y = en_month_num(ahead.group(1)), ahead.group(2)
                else:
                    prev = list(EN_MONTH_ANY.finditer(text[:w.start()]))
                    if prev:
                        m, y = en_month_num(prev[-1].group(1)), prev[-1].group(2)
            span_end = w.end() + mm.end()
            break
        span_start = w.start()
        if d is None:
            before = text[:w.start()]
            for kind, rx in EN_BEFORE:
                mm = rx.search(before)
                if mm:
                    if kind == "md":
                        m, d, y = en_month_num(mm.group(1)), int(mm.group(2)), mm.group(3)
                    else:
                        d, m, y = int(mm.group(1)), en_month_num(mm.group(2)), mm.group(3)
                    span_start = mm.start()
                    break
        if d is None or m is None:
            fail(cid, f"en weekday not attached to a date near '{text[max(0, w.start() - 12):w.end() + 12]}'")
            continue
        year = resolve_year(y, m, d, fdates)
        if year is None:
            fail(cid, f"en cannot resolve year for {m}/{d}")
            continue
        try:
            date = dt.date(year, m, d)
        except ValueError:
            fail(cid, f"en invalid date {year}-{m}-{d}")
            continue
        hits.append((span_start, max(span_end, w.end()), date, wd))
    return hits


# ---------------------------------------------------------------- value forms
EN_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def date_forms(d, lang):
    if lang == "zh":
        return [f"{d.month}月{d.day}日", f"{d.month}月{d.day}号", f"{d.month}/{d.day}",
                d.isoformat()]
    full, ab = EN_MONTH_NAMES[d.month - 1], EN_MONTH_NAMES[d.month - 1][:3]
    return [f"{d.day} {full}", f"{full} {d.day}", f"{d.day} {ab}", f"{ab} {d.day}", d.isoformat()]


def contains_form(text, form):
    """form occurs and is not glued to a further digit (so '1月1日' does not match '11月1日')."""
    for mm in re.finditer(re.escape(form), text):
        a, b = mm.start(), mm.end()
        if (a > 0 and text[a - 1].isdigit()) or (b < len(text) and text[b].isdigit()):
            continue
        if form[:1].isalpha() and form[:1].isascii() and a > 0 and text[a - 1].isalpha():
            continue
        if form[-1:].isalpha() and form[-1:].isascii() and b < len(text) and text[b].isalpha():
            continue
        return True
    return False


UNITS = {  # unit in the brief -> spellings in zh / en
    "working days": (["个工作日", "個工作日", "個工作天", "个工作天", "工作日", "工作天"], ["working days", "working day"]),
    "months": (["个月", "個月"], ["months", "month"]),
    "weeks": (["周", "週", "星期", "个星期", "個星期"], ["weeks", "week"]),
    "days": (["天", "日"], ["days", "day"]),
    "hours": (["小时", "小時", "个小时", "個小時"], ["hours", "hour"]),
    "minutes": (["分钟", "分鐘"], ["minutes", "minute"]),
}
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty"]
CN_WORDS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def cn_numeral(n):
    if n <= 10:
        return [CN_WORDS[n]] + (["两", "兩"] if n == 2 else [])
    if n < 100:
        t, o = divmod(n, 10)
        head = "" if t == 1 else CN_WORDS[t]
        return [head + "十" + (CN_WORDS[o] if o else "")]
    return []


def numeric_forms(value, lang):
    """Simple spellings of a count, amount, percentage or duration in one language."""
    s = str(value)
    unit = next((u for u in UNITS if s.endswith(" " + u)), None)
    nums = re.findall(r"\d[\d,]*(?:\.\d+)?", s)
    if unit:
        n = nums[0]
        spell = [n]
        if n.isdigit():
            k = int(n)
            spell += cn_numeral(k) if lang == "zh" else EN_WORDS[k:k + 1]
        forms = []
        for w in UNITS[unit][0 if lang == "zh" else 1]:
            for x in spell:
                forms += [x + w, x + " " + w] if lang == "en" else [x + w]
        return forms
    forms = []
    for n in nums:
        forms.append(n)
        if "," in n:
            forms.append(n.replace(",", ""))
        if n.isdigit() and len(nums) == 1 and not re.search(r"[%$]|[A-Z]{2}", s):
            k = int(n)
            if lang == "en" and k <= 20:
                forms.append(EN_WORDS[k])
            if lang == "zh":
                forms += [w for w in cn_numeral(k) if len(w) > 1]
    return forms


def check_absent(cid, err, facts, text, lang):
    label = err.get("fact")
    value = facts.get(label)
    kind = err["kind"]
    if value is None:
        return
    if kind == "date" or (kind == "missing" and (isinstance(value, dt.date) or
                                                 re.search(r"\d{4}-\d{2}-\d{2}", str(value)))):
        for d in fact_dates({label: value}):
            for f in date_forms(d, lang):
                if contains_form(text, f):
                    fail(cid, f"correct date form '{f}' still present in {lang}")
    elif kind in ("number", "percent", "missing") and not isinstance(value, dict) \
            and not re.match(r"https?://|\S+@", str(value)):
        for f in numeric_forms(value, lang):
            if contains_form(text, f):
                fail(cid, f"correct value form '{f}' still present in {lang}")
    elif kind in ("link", "missing") and isinstance(value, str) and re.match(r"https?://|\S+@", value):
        bare = re.sub(r"^https?://", "", value).rstrip("/")
        if bare in text:
            fail(cid, f"correct link '{bare}' still present in {lang}")
    elif kind in ("name", "missing") and isinstance(value, dict):
        name = value.get(lang)
        if name and name in text:
            fail(cid, f"correct name '{name}' still present in {lang}")


# ---------------------------------------------------------------- main checks
def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def word_count(s):
    return len([t for t in s.split() if re.search(r"[A-Za-z0-9]", t)])


def check_case(c, expected_id):
    cid = c.get("id", expected_id)
    if cid != expected_id:
        fail(cid, f"expected id {expected_id}")
    if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
        fail(cid, f"fields are {sorted(c)}")
        return None
    if c["kind"] not in DOC_KINDS:
        fail(cid, f"bad document kind {c['kind']}")
    facts = c["facts"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(cid, "facts must be a mapping with 4-8 entries")
        facts = facts if isinstance(facts, dict) else {}
    for k, v in facts.items():
        if isinstance(v, dict) and set(v) != {"zh", "en"}:
            fail(cid, f"name fact {k} needs zh and en")
        if isinstance(v, str) and re.fullmatch(r"\d{1,2}:\d{2}", v) is None and ":" in v \
                and not re.match(r"https?://", v) and not re.fullmatch(r"\d{2}:\d{2}-\d{2}:\d{2}", v):
            fail(cid, f"odd value for {k}: {v}")
    zh, en = c["zh"], c["en"]
    hc, wc = han_count(zh), word_count(en)
    if not 110 <= hc <= 160:
        fail(cid, f"zh has {hc} Han characters (110-160)")
    if not 65 <= wc <= 120:
        fail(cid, f"en has {wc} words (65-120)")
    errors = c["errors"] or []
    if not isinstance(errors, list):
        fail(cid, "errors must be a list")
        errors = []
    flagged = {(e.get("fact"), e.get("lang")) for e in errors}
    for e in errors:
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
        if set(e) != need:
            fail(cid, f"error fields {sorted(e)} != {sorted(need)}")
            continue
        if e["kind"] not in ERR_KINDS or e["lang"] not in ("zh", "en"):
            fail(cid, f"bad error kind/lang {e['kind']}/{e['lang']}")
            continue
        text = zh if e["lang"] == "zh" else en
        other = en if e["lang"] == "zh" else zh
        if e["kind"] in ("weekday", "term"):
            if e["fact"] is not None:
                fail(cid, f"{e['kind']} error must have fact: null")
        elif e["fact"] not in facts:
            fail(cid, f"error fact '{e['fact']}' not in facts")
        if e["kind"] == "missing":
            if e["found"] is not None:
                fail(cid, "missing error must have found: null")
        elif not e["found"] or e["found"] not in text:
            fail(cid, f"found '{e['found']}' not in {e['lang']} text")
        if e["kind"] == "term":
            own = e["zh_term"] if e["lang"] == "zh" else e["en_term"]
            oth = e["en_term"] if e["lang"] == "zh" else e["zh_term"]
            if own.lower() in text.lower():
                fail(cid, f"correct term '{own}' present in faulty {e['lang']} text")
            if oth.lower() not in other.lower():
                fail(cid, f"correct term '{oth}' absent from the other version")
        if e["kind"] not in ("weekday", "term"):
            check_absent(cid, e, facts, text, e["lang"])
    if len(errors) == 2 and errors[0]["lang"] == errors[1]["lang"]:
        fail(cid, "a case with two errors must have them in different languages")
    if len(errors) > 2:
        fail(cid, "at most two errors per case")

    # sanity: links, e-mails and names present in both versions
    for k, v in facts.items():
        for lang, text in (("zh", zh), ("en", en)):
            if (k, lang) in flagged:
                continue
            if isinstance(v, str) and re.match(r"https?://", v):
                bare = re.sub(r"^https?://", "", v).rstrip("/")
                if bare not in text:
                    fail(cid, f"link {bare} absent from {lang}")
            elif isinstance(v, str) and re.fullmatch(r"[\w.+-]+@[\w.-]+", v):
                if v not in text:
                    fail(cid, f"e-mail {v} absent from {lang}")
            elif isinstance(v, dict):
                if lang == "zh" and v["zh"] not in text:
                    fail(cid, f"name {v['zh']} absent from zh")
                if lang == "en":
                    parts = v["en"].split()
                    if not all(p in text for p in parts):
                        fail(cid, f"name {v['en']} not found (any order) in en")

    # weekdays
    fdates = fact_dates(facts)
    wd_errors = [e for e in errors if e.get("kind") == "weekday"]
    covered = set()
    for lang, text, finder in (("zh", zh, zh_weekdays), ("en", en, en_weekdays)):
        for start, end, date, written in finder(text, fdates, cid):
            if date.weekday() == written:
                continue
            ok = False
            for i, e in enumerate(wd_errors):
                if e["lang"] != lang or not e["found"]:
                    continue
                pos = text.find(e["found"])
                if pos >= 0 and pos < end and start < pos + len(e["found"]):
                    ok = True
                    covered.add(i)
            if not ok:
                fail(cid, f"{lang} weekday mismatch: '{text[start:end]}' but {date} is a "
                          f"{date.strftime('%A')}")
    for i, e in enumerate(wd_errors):
        if i not in covered:
            fail(cid, f"seeded weekday error '{e['found']}' does not cover a real mismatch")
    return errors


def main():
    all_cases = []
    for fi, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            problems.append(f"{fn}: missing")
            continue
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            problems.append(f"{fn}: must hold a list of 10 cases")
            continue
        for j, c in enumerate(data):
            expected_id = f"r-{fi * 10 + j + 1:03d}"
            errs = check_case(c, expected_id)
            all_cases.append((c, errs or []))
    errs = [e for _, es in all_cases for e in es]
    n_clean = sum(1 for _, es in all_cases if not es)
    n_faulty = sum(1 for _, es in all_cases if es)
    n_double = sum(1 for _, es in all_cases if len(es) == 2)
    got = {"cases": len(all_cases), "clean": n_clean, "faulty": n_faulty,
           "errors": len(errs), "double": n_double}
    for k, v in EXPECTED.items():
        if got[k] != v:
            problems.append(f"set: {k} = {got[k]}, expected {v}")
    by_kind = Counter(e.get("kind") for e in errs)
    by_lang = Counter(e.get("lang") for e in errs)
    for k in ERR_KINDS:
        if not 2 <= by_kind[k] <= 3:
            problems.append(f"set: {by_kind[k]} errors of kind {k} (want 2-3)")
    if abs(by_lang["zh"] - by_lang["en"]) > 2:
        problems.append(f"set: errors by language unbalanced {dict(by_lang)}")
    doc_kinds = Counter(c.get("kind") for c, _ in all_cases)
    if set(doc_kinds) != DOC_KINDS:
        problems.append(f"set: document kinds {dict(doc_kinds)}")

    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    print("OK")
    if "-v" in sys.argv:
        print(f"cases {got}, errors by kind {dict(by_kind)}, by language {dict(by_lang)}, "
              f"document kinds {dict(doc_kinds)}")
    sys.exit(0)


if __name__ == "__main__":
    main()
