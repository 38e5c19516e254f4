#!/usr/bin/env python3
"""Validator for the blind51 bilingual fact-check evaluation set.

Checks structure, field types, length limits, the case/error mix, the
seeded-error fields, and recomputes every weekday written next to a date in
both languages (Chinese and English). A weekday that does not match its date
is an error unless a seeded `weekday` error in that language covers it.

Usage: python3 validate.py        (prints OK and exits 0 when all checks pass)
Requires Python 3 and PyYAML.
"""
import collections
import datetime as dt
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
CASE_FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}

EXPECT_CASES = 40
EXPECT_CLEAN = 24
EXPECT_FAULTY = 16
EXPECT_ERRORS = 18
EXPECT_DOUBLE = 2

problems = []


def fail(where, msg):
    problems.append("%s: %s" % (where, msg))


# ---------------------------------------------------------------- helpers
ZH_NUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_int(s):
    """'12' or Chinese numerals up to 99 -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = ZH_NUM[a] if a else 1
        ones = ZH_NUM[b] if b else 0
        return tens * 10 + ones
    return ZH_NUM[s]


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
         "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
         "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
EN_WD_FULL = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
EN_MONTH = {}
for i, m in enumerate(MONTHS, 1):
    EN_MONTH[m] = i
    EN_MONTH[m[:3]] = i
EN_MONTH["sept"] = 9
MONTH_RE = r"(?:%s)" % "|".join(sorted(EN_MONTH, key=len, reverse=True))
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ZH_D = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
RANGE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            m = RANGE_RE.match(v)
            if m:
                out.append(dt.date.fromisoformat(m.group(1)))
                out.append(dt.date.fromisoformat(m.group(2)))
    return out


def resolve(year, month, day, anchors):
    """Return a date; infer the year from the brief's dates when not written."""
    if year is not None:
        if year < 1000:           # ROC (Minguo) year
            year += 1911
        return dt.date(year, month, day)
    if not anchors:
        raise ValueError("no year written and no date in the brief to infer it from")
    best = None
    for y in sorted({a.year for a in anchors} | {a.year + 1 for a in anchors} | {a.year - 1 for a in anchors}):
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        dist = min(abs((cand - a).days) for a in anchors)
        if best is None or dist < best[0]:
            best = (dist, cand)
    return best[1]


# ------------------------------------------------------------ zh weekdays
ZH_WD_TOKEN = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])")
ZH_BARE_WD = re.compile(r"[（(]([一二三四五六日])[）)]")
ZH_LEFT_FULL = re.compile(r"(?:(?:民國|民国)?(\d{2,4})\s*年\s*)?" + ZH_D + r"\s*月\s*" + ZH_D + r"\s*[日号號]\s*[（(，,]?\s*$")
ZH_LEFT_SLASH = re.compile(r"(?<![\d/])(?:(\d{3,4})/)?(\d{1,2})/(\d{1,2})\s*[（(]?\s*$")
ZH_LEFT_DAY = re.compile(r"(?<![月\d一二三四五六七八九十])" + ZH_D + r"\s*[日号號]\s*[（(，,]?\s*$")
ZH_ANY_FULL = re.compile(r"(?:(?:民國|民国)?(\d{2,4})\s*年\s*)?" + ZH_D + r"\s*月\s*" + ZH_D + r"\s*[日号號]")
ZH_ANY_SLASH = re.compile(r"(?<![\d/])(?:(\d{3,4})/)?(\d{1,2})/(\d{1,2})(?![\d/])")


def zh_context_before(text, pos):
    """(year, month) of the last full date written before pos (for day-only range ends)."""
    ctx = None
    for rx in (ZH_ANY_FULL, ZH_ANY_SLASH):
        for m in rx.finditer(text[:pos]):
            if ctx is None or m.start() > ctx[0]:
                y = int(m.group(1)) if m.group(1) else None
                ctx = (m.start(), y, zh_int(m.group(2)))
    return ctx


def zh_weekdays(text, anchors):
    """Yield (span_start, span_end, stated_weekday, date or None, token)."""
    out = []
    tokens = [(m.start(), m.end(), ZH_WD[m.group(1)], True) for m in ZH_WD_TOKEN.finditer(text)]
    tokens += [(m.start(), m.end(), ZH_WD[m.group(1)], False) for m in ZH_BARE_WD.finditer(text)]
    for s, e, wd, full in sorted(tokens):
        left = text[max(0, s - 30):s]
        date = None
        start = s
        m = ZH_LEFT_FULL.search(left)
        if m:
            y = int(m.group(1)) if m.group(1) else None
            date = (y, zh_int(m.group(2)), zh_int(m.group(3)))
            start = s - len(left) + m.start()
        else:
            m = ZH_LEFT_SLASH.search(left)
            if m:
                y = int(m.group(1)) if m.group(1) else None
                date = (y, int(m.group(2)), int(m.group(3)))
                start = s - len(left) + m.start()
            else:
                m = ZH_LEFT_DAY.search(left)
                if m:
                    ctx = zh_context_before(text, s - len(left) + m.start())
                    if ctx:
                        date = (ctx[1], ctx[2], zh_int(m.group(1)))
                        start = s - len(left) + m.start()
        if date is None:
            if full and not re.search(r"[每逢]\s*$", text[max(0, s - 2):s]):
                out.append((s, e, wd, None, text[s:e]))
            continue
        out.append((start, e, wd, resolve(date[0], date[1], date[2], anchors), text[start:e]))
    return out


# ------------------------------------------------------------ en weekdays
EN_WD_TOKEN = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?")
EN_RIGHT_DMY = re.compile(r"^,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(" + MONTH_RE + r")\b\.?)?(?:,?\s+(\d{4})\b)?", re.I)
EN_RIGHT_MDY = re.compile(r"^,?\s+(" + MONTH_RE + r")\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?", re.I)
EN_LEFT_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_RE + r")\b\.?(?:,?\s+(\d{4}))?\s*[,(]?\s*$", re.I)
EN_LEFT_MDY = re.compile(r"\b(" + MONTH_RE + r")\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*[,(]?\s*$", re.I)
EN_NEXT_MONTH = re.compile(r"\b(" + MONTH_RE + r")\b(?:\s+(\d{4})\b)?", re.I)


def en_weekdays(text, anchors):
    out = []
    for t in EN_WD_TOKEN.finditer(text):
        s, e = t.start(), t.end()
        name = t.group(1).lower()
        wd = EN_WD[name]
        right = text[e:e + 40]
        left = text[max(0, s - 40):s]
        date = None
        span = (s, e)
        m = EN_RIGHT_MDY.match(right)
        if m:
            date = (int(m.group(3)) if m.group(3) else None, EN_MONTH[m.group(1).lower()], int(m.group(2)))
            span = (s, e + m.end())
        else:
            m = EN_RIGHT_DMY.match(right)
            if m:
                day = int(m.group(1))
                if m.group(2):
                    date = (int(m.group(3)) if m.group(3) else None, EN_MONTH[m.group(2).lower()], day)
                else:   # day-only range start: month (and year) written later
                    nm = EN_NEXT_MONTH.search(text, e + m.end())
                    if nm:
                        date = (int(nm.group(2)) if nm.group(2) else None, EN_MONTH[nm.group(1).lower()], day)
                span = (s, e + m.end())
        if date is None:
            m = EN_LEFT_DMY.search(left)
            if m:
                date = (int(m.group(3)) if m.group(3) else None, EN_MONTH[m.group(2).lower()], int(m.group(1)))
                span = (s - len(left) + m.start(), e)
            else:
                m = EN_LEFT_MDY.search(left)
                if m:
                    date = (int(m.group(3)) if m.group(3) else None, EN_MONTH[m.group(1).lower()], int(m.group(2)))
                    span = (s - len(left) + m.start(), e)
        if date is None:
            if name in EN_WD_FULL and not re.search(r"\b(every|each)\s+$", text[max(0, s - 7):s], re.I):
                out.append((s, e, wd, None, text[s:e]))
            continue
        out.append((span[0], span[1], wd, resolve(date[0], date[1], date[2], anchors), text[span[0]:span[1]]))
    return out


# -------------------------------------------------------- fact value types
AMOUNT_RE = re.compile(r"^(?:(?:RMB|CNY|SGD|S\$|HK\$|NT\$|RM|MOP|USD|US\$)\s?)?\d[\d,]*(?:\.\d+)?"
                       r"(?:k)?(?:\s[A-Za-z'’ ]+)?$")
DURATION_RE = re.compile(r"^\d+(?:\.\d+)?\s(?:working days|calendar days|days|weeks|months|years|hours|minutes|"
                         r"working day|day|week|month|year|hour|minute)$")


def fact_type(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, (int, float)):
        return "count"
    if isinstance(v, dict):
        if set(v) == {"zh", "en"} and all(isinstance(x, str) and x for x in v.values()):
            return "name"
        return None
    if not isinstance(v, str):
        return None
    m = RANGE_RE.match(v)
    if m:
        a, b = (dt.date.fromisoformat(x) for x in m.groups())
        return "date range" if a < b else None
    if re.match(r"^([01]\d|2[0-3]):[0-5]\d$", v):
        return "time"
    if re.match(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$", v):
        return "time range"
    if re.match(r"^\d+(?:\.\d+)?%$", v):
        return "percent"
    if re.match(r"^\d+(?:\.\d+)?%?-\d+(?:\.\d+)?%?$", v):
        return "number range"
    if DURATION_RE.match(v):
        return "duration"
    if re.match(r"^https?://[^\s]+$", v) or re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", v):
        return "link"
    if AMOUNT_RE.match(v):
        return "amount"
    return None


# ------------------------------------------- renderings of a correct value
def date_forms(d, lang):
    mon = MONTHS[d.month - 1].capitalize()
    if lang == "zh":
        return {"%d月%d日" % (d.month, d.day), "%d/%d/%d" % (d.year - 1911, d.month, d.day),
                "%d/%d/%d" % (d.year, d.month, d.day), d.isoformat()}
    return {"%d %s" % (d.day, mon), "%s %d" % (mon, d.day), "%d %s" % (d.day, mon[:3]),
            "%s %d" % (mon[:3], d.day), d.isoformat()}


def forbidden_forms(value, lang):
    """Strings that must not occur in the faulty language (a light, partial check)."""
    t = fact_type(value)
    out = set()
    if t == "date":
        out |= date_forms(value, lang)
    elif t == "date range":
        a, b = (dt.date.fromisoformat(x) for x in RANGE_RE.match(value).groups())
        out |= date_forms(a, lang)
    elif t == "percent":
        out.add(value)
        if lang == "en":
            out.add(value[:-1] + " per cent")
            out.add(value[:-1] + " percent")
    elif t in ("amount", "count"):
        num = re.search(r"\d[\d,]*(?:\.\d+)?", str(value)).group(0)
        plain = num.replace(",", "")
        if len(plain) >= 3:
            out |= {num, plain}
            if "." not in plain and len(plain) >= 4:
                out.add("{:,}".format(int(plain)))
    elif t == "link":
        out.add(re.sub(r"^https?://", "", value))
    elif t == "name":
        out.add(value[lang])
        if lang == "en":
            parts = value["en"].split(" ", 1)
            if len(parts) == 2:
                out.add(parts[1] + " " + parts[0])
    return out


def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002a6df]", s))


def word_count(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


# ------------------------------------------------------------------ main
def main():
    cases = []
    for fn in FILES:
        p = HERE / fn
        if not p.exists():
            fail(fn, "missing file")
            continue
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(fn, "must hold a list of exactly 10 cases")
            continue
        for c in data:
            cases.append((fn, c))

    ids = [c.get("id") for _, c in cases]
    want = ["r-%03d" % i for i in range(1, EXPECT_CASES + 1)]
    if ids != want:
        fail("ids", "expected r-001 ... r-040 in order across pairs_1..4")

    err_by = collections.Counter()
    kinds = collections.Counter()
    n_clean = n_faulty = n_errors = n_double = 0
    weekday_checked = 0

    for fn, c in cases:
        cid = "%s %s" % (fn, c.get("id"))
        if set(c) != CASE_FIELDS:
            fail(cid, "fields must be exactly %s, got %s" % (sorted(CASE_FIELDS), sorted(c)))
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, "bad kind %r" % c["kind"])
        kinds[c["kind"]] += 1
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping of 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        for k, v in facts.items():
            if fact_type(v) is None:
                fail(cid, "fact %r has an unsupported value %r" % (k, v))
        zh, en = c["zh"], c["en"]
        if not isinstance(zh, str) or not isinstance(en, str):
            fail(cid, "zh and en must be strings")
            continue
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            fail(cid, "zh has %d Han characters (110-160)" % hc)
        if not 65 <= wc <= 120:
            fail(cid, "en has %d words (65-120)" % wc)

        errors = c["errors"]
        if not isinstance(errors, list):
            fail(cid, "errors must be a list")
            errors = []
        if errors:
            n_faulty += 1
        else:
            n_clean += 1
        if len(errors) == 2:
            n_double += 1
            if errors[0].get("lang") == errors[1].get("lang"):
                fail(cid, "a case with two errors must have them in different languages")
        elif len(errors) > 2:
            fail(cid, "at most two errors per case")

        texts = {"zh": zh, "en": en}
        for e in errors:
            n_errors += 1
            k, lang = e.get("kind"), e.get("lang")
            keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != keys:
                fail(cid, "error fields must be %s, got %s" % (sorted(keys), sorted(e)))
                continue
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail(cid, "bad error kind/lang %r/%r" % (k, lang))
                continue
            err_by[(k, lang)] += 1
            other = "en" if lang == "zh" else "zh"
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    fail(cid, "%s error must have fact: null" % k)
            elif e["fact"] not in facts:
                fail(cid, "error fact %r is not a label of the brief" % e["fact"])
                continue
            if k == "missing":
                if e["found"] is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in texts[lang]:
                    fail(cid, "found %r does not occur in %s" % (e["found"], lang))
                elif e["found"] in texts[other]:
                    fail(cid, "found %r also occurs in %s" % (e["found"], other))
            if k in ("date", "number", "percent", "name", "link", "missing"):
                for f in forbidden_forms(facts[e["fact"]], lang):
                    if f and f in texts[lang]:
                        fail(cid, "correct value form %r still appears in faulty %s" % (f, lang))
            if k == "term":
                right, wrong = e["%s_term" % lang], e["found"]
                if right in texts[lang]:
                    fail(cid, "correct term %r appears in faulty %s" % (right, lang))
                if e["%s_term" % other] not in texts[other]:
                    fail(cid, "term %r missing from the correct version" % e["%s_term" % other])

        # weekdays
        anchors = fact_dates(facts)
        for lang, finder in (("zh", zh_weekdays), ("en", en_weekdays)):
            try:
                hits = finder(texts[lang], anchors)
            except ValueError as ex:
                fail(cid, "%s weekday: %s" % (lang, ex))
                continue
            seeded = [e for e in errors if e.get("kind") == "weekday" and e.get("lang") == lang]
            covered = set()
            for s, end, wd, date, tok in hits:
                if date is None:
                    fail(cid, "%s weekday %r is not attached to a date" % (lang, tok))
                    continue
                weekday_checked += 1
                if date.weekday() == wd:
                    continue
                ok = False
                for i, e in enumerate(seeded):
                    f = e["found"] or ""
                    pos = texts[lang].find(f)
                    while pos != -1:
                        if pos <= s < pos + len(f) or (s <= pos and pos + len(f) <= end) or pos < end <= pos + len(f):
                            ok = True
                            covered.add(i)
                            break
                        pos = texts[lang].find(f, pos + 1)
                if not ok:
                    fail(cid, "%s weekday mismatch: %r but %s is a %s" % (
                        lang, tok, date.isoformat(), WEEKDAY_NAMES[date.weekday()]))
            for i, e in enumerate(seeded):
                if i not in covered:
                    fail(cid, "seeded weekday error %r does not cover a wrong weekday" % e["found"])

    # mix
    if len(cases) != EXPECT_CASES:
        fail("mix", "expected %d cases, got %d" % (EXPECT_CASES, len(cases)))
    if (n_clean, n_faulty, n_errors, n_double) != (EXPECT_CLEAN, EXPECT_FAULTY, EXPECT_ERRORS, EXPECT_DOUBLE):
        fail("mix", "clean/faulty/errors/double = %d/%d/%d/%d, expected %d/%d/%d/%d" % (
            n_clean, n_faulty, n_errors, n_double, EXPECT_CLEAN, EXPECT_FAULTY, EXPECT_ERRORS, EXPECT_DOUBLE))
    for k in ERR_KINDS:
        n = err_by[(k, "zh")] + err_by[(k, "en")]
        if not 2 <= n <= 3:
            fail("mix", "error kind %s has %d errors (want 2-3)" % (k, n))
        if err_by[(k, "zh")] == 0 or err_by[(k, "en")] == 0:
            fail("mix", "error kind %s must occur in both languages" % k)
    zh_n = sum(v for (k, l), v in err_by.items() if l == "zh")
    en_n = sum(v for (k, l), v in err_by.items() if l == "en")
    if abs(zh_n - en_n) > 2:
        fail("mix", "errors unbalanced over languages: zh %d, en %d" % (zh_n, en_n))
    for k in DOC_KINDS:
        if kinds[k] == 0:
            fail("mix", "no case of kind %s" % k)

    if problems:
        for p in problems:
            print("FAIL", p)
        print("%d problem(s)" % len(problems))
        return 1

    if "-v" in sys.argv:
        print("cases %d (clean %d, faulty %d), errors %d, weekdays checked %d" % (
            len(cases), n_clean, n_faulty, n_errors, weekday_checked))
        print("document kinds:", dict(sorted(kinds.items())))
        print("%-8s %3s %3s" % ("error", "zh", "en"))
        for k in ERR_KINDS:
            print("%-8s %3d %3d" % (k, err_by[(k, "zh")], err_by[(k, "en")]))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
