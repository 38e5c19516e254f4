#!/usr/bin/env python3
"""Validator for the blind35 set (Python 3 + PyYAML only).

Checks
  * structure of pairs_1.yaml .. pairs_4.yaml (10 mappings each, ids r-001 .. r-040,
    fields, kinds, fact value shapes, 4-8 facts per case);
  * length limits: zh 110-160 Han characters, en 65-120 words;
  * counts: 24 clean cases, 16 faulty cases, 18 seeded errors, exactly two cases with
    two errors (in different languages), errors per kind as specified;
  * every seeded error: fields per kind, `found` is a substring of the faulty text,
    correct name / link / term absent from the faulty language;
  * weekdays: every weekday written next to a date, in both languages, is recomputed
    with datetime; all must match except the seeded weekday errors, which must
    mismatch inside their `found` span;
  * names, URLs and e-mail addresses of the brief occur in both languages
    (except where an error removes or changes them).

Exit status 0 when everything passes.
"""
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERROR_KINDS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
               "name": 2, "link": 2, "missing": 2, "term": 2}
N_CASES, N_CLEAN, N_FAULTY, N_ERRORS = 40, 24, 16, 18

problems = []
notes = []


def bad(cid, msg):
    problems.append("%s: %s" % (cid, msg))


# ---------------------------------------------------------------- counting
def han_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def word_count(s):
    return sum(1 for tok in s.split() if re.search(r"[A-Za-z0-9]", tok))


# ---------------------------------------------------------------- fact shapes
ISO = r"\d{4}-\d{2}-\d{2}"
VALUE_PATTERNS = [
    ("date range", re.compile(r"^%s to %s$" % (ISO, ISO))),
    ("time", re.compile(r"^\d{2}:\d{2}$")),
    ("time range", re.compile(r"^\d{2}:\d{2}-\d{2}:\d{2}$")),
    ("percent", re.compile(r"^\d+(\.\d+)?%$")),
    ("percent range", re.compile(r"^\d+(\.\d+)?%-\d+(\.\d+)?%$")),
    ("number range", re.compile(r"^\d+-\d+$")),
    ("duration", re.compile(r"^\d+ (working days|days|weeks|months|years|minutes|hours|working day|days per week|days per year)$")),
    ("amount", re.compile(r"^(RMB|SGD|HK\$|RM|NT\$|S\$|USD) ?[\d,]+(\.\d+)?$")),
    ("count with unit", re.compile(r"^[\d,]+ [a-z]+$")),
    ("url", re.compile(r"^https?://[\w.-]+(/[\w./-]*)?$")),
    ("email", re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")),
]


def value_shape(v):
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, dict):
        if set(v) == {"zh", "en"} and all(isinstance(x, str) and x for x in v.values()):
            return "name"
        return None
    if isinstance(v, str):
        for name, rx in VALUE_PATTERNS:
            if rx.match(v):
                return name
    return None


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            out += [dt.date.fromisoformat(x) for x in re.findall(ISO, v)]
    return out


def infer_year(dates, m, d):
    for x in dates:
        if (x.month, x.day) == (m, d):
            return x.year
    if not dates:
        return None
    best = min(dates, key=lambda x: abs(x.month - m))
    return best.year


# ---------------------------------------------------------------- weekday parsing
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
CN_DIG = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 1..31."""
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIG[s[1]]
    if "十" in s:
        a, _, b = s.partition("十")
        return CN_DIG[a] * 10 + (CN_DIG[b] if b else 0)
    return CN_DIG[s]


ZH_DATE_BEFORE = [
    # (regex anchored at end, converter)
    (re.compile(r"(?:(\d{3,4})年)?(\d{1,2})月(\d{1,2})[日号]$"),
     lambda g: (g[0], int(g[1]), int(g[2]))),
    (re.compile(r"(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]$"),
     lambda g: (str(int("".join(str(CN_DIG[c]) for c in g[0]))) if g[0] else None,
                cn_small(g[1]), cn_small(g[2]))),
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})$"),
     lambda g: (None, int(g[0]), int(g[1]))),
]
ZH_WD_RX = re.compile(r"(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])|[（(]([一二三四五六日])[）)]")


def zh_pairs(text, dates):
    """Yield (start, end, date, weekday_written) for weekdays next to a date; and generic tokens."""
    pairs, generic = [], []
    for m in ZH_WD_RX.finditer(text):
        wd = ZH_WD[m.group(1) or m.group(2)]
        head = text[:m.start()]
        # allow an opening bracket / comma / space between date and weekday word
        stripped = re.sub(r"[（(，,、\s]*$", "", head) if m.group(1) else head
        found = None
        for rx, conv in ZH_DATE_BEFORE:
            dm = rx.search(stripped)
            if dm:
                y, mo, d = conv(dm.groups())
                found = (dm.start(), y, mo, d)
                break
        if not found:
            # day-only end of a range: "至4日（五）" -> month of the previous date
            dm = re.search(r"(?<![\d月])(\d{1,2})[日号]$", stripped)
            if dm:
                prev = re.findall(r"(\d{1,2})月\d{1,2}[日号]", stripped[:dm.start()])
                if prev:
                    found = (dm.start(), None, int(prev[-1]), int(dm.group(1)))
        if not found:
            if m.group(1):
                generic.append(m.group(0))
            continue
        start, y, mo, d = found
        if y is None:
            y = infer_year(dates, mo, d)
        else:
            y = int(y)
            if y < 1000:  # ROC (Minguo) year
                y += 1911
        pairs.append((start, m.end(), dt.date(y, mo, d), wd))
    return pairs, generic


MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
          "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_RX = (r"(January|February|March|April|May|June|July|August|September|October|"
            r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
EN_WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
EN_WD_RX = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?")
EN_DATE_AFTER = [
    (re.compile(r"^,?\s+" + MONTH_RX + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?"),
     lambda g: (g[2], MONTHS[g[0][:4].lower().rstrip(".")] if g[0][:4].lower() == "sept"
                else MONTHS[g[0][:3].lower()], int(g[1]))),
    (re.compile(r"^,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RX + r"(?:,?\s+(\d{4}))?"),
     lambda g: (g[2], MONTHS[g[1][:3].lower()], int(g[0]))),
    (re.compile(r"^,?\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b"),  # US month/day
     lambda g: (g[2], int(g[0]), int(g[1]))),
]
EN_DATE_BEFORE = [
    (re.compile(MONTH_RX + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*\($"),
     lambda g: (g[2], MONTHS[g[0][:3].lower()], int(g[1]))),
    (re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH_RX + r"(?:\s+(\d{4}))?\s*\($"),
     lambda g: (g[2], MONTHS[g[1][:3].lower()], int(g[0]))),
]


def en_wd_index(tok):
    t = tok.lower().rstrip(".")
    for i, name in enumerate(EN_WD):
        if name.startswith(t[:3]):
            return i
    raise ValueError(tok)


def en_pairs(text, dates):
    pairs, generic = [], []
    for m in EN_WD_RX.finditer(text):
        wd = en_wd_index(m.group(1))
        tail, head = text[m.end():], text[:m.start()]
        found = None
        for rx, conv in EN_DATE_AFTER:
            dm = rx.match(tail)
            if dm:
                y, mo, d = conv(dm.groups())
                found = (m.start(), m.end() + dm.end(), y, mo, d)
                break
        if not found:
            for rx, conv in EN_DATE_BEFORE:
                dm = rx.search(head)
                if dm:
                    y, mo, d = conv(dm.groups())
                    found = (dm.start(), m.end(), y, mo, d)
                    break
        if not found:
            generic.append(m.group(0) + text[m.end():m.end() + 12])
            continue
        start, end, y, mo, d = found
        y = int(y) if y else infer_year(dates, mo, d)
        pairs.append((start, end, dt.date(y, mo, d), wd))
    return pairs, generic


# ---------------------------------------------------------------- helpers
def strip_url(u):
    u = re.sub(r"^https?://", "", u.strip().lower())
    return u.rstrip("/")


def name_tokens(s):
    return [t for t in re.split(r"[\s\-]+", s.lower()) if t]


def en_has_name(text, en_name):
    words = set(re.findall(r"[a-z]+", text.lower()))
    return all(t in words for t in name_tokens(en_name))


# ---------------------------------------------------------------- main
def main():
    cases = []
    for i, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 mappings")
            continue
        for j, case in enumerate(data):
            want = "r-%03d" % (i * 10 + j + 1)
            if not isinstance(case, dict) or case.get("id") != want:
                bad(fn, "case %d should have id %s" % (j + 1, want))
            cases.append(case)

    kind_counter = {k: 0 for k in ERROR_KINDS}
    lang_counter = {"zh": 0, "en": 0}
    n_clean = n_faulty = n_double = 0
    total_pairs = total_generic = 0

    for case in cases:
        cid = case.get("id", "?")
        if set(case) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, "fields must be id, kind, facts, zh, en, errors; got %s" % sorted(case))
            continue
        if case["kind"] not in KINDS:
            bad(cid, "bad kind %r" % case["kind"])
        facts = case["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
            facts = facts if isinstance(facts, dict) else {}
        for label, v in facts.items():
            if value_shape(v) is None:
                bad(cid, "fact %r has an unrecognised value %r" % (label, v))
        zh, en = case["zh"], case["en"]
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            bad(cid, "zh has %d Han characters (110-160)" % hc)
        if not 65 <= wc <= 120:
            bad(cid, "en has %d words (65-120)" % wc)

        errors = case["errors"]
        if not isinstance(errors, list):
            bad(cid, "errors must be a list")
            continue
        if not errors:
            n_clean += 1
        else:
            n_faulty += 1
        if len(errors) == 2:
            n_double += 1
            if errors[0].get("lang") == errors[1].get("lang"):
                bad(cid, "two errors must be in different languages")
        elif len(errors) > 2:
            bad(cid, "at most two errors per case")

        err_by_lang = {"zh": [], "en": []}
        for e in errors:
            k, lang = e.get("kind"), e.get("lang")
            want = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != want:
                bad(cid, "error fields %s, expected %s" % (sorted(e), sorted(want)))
                continue
            if k not in ERROR_KINDS or lang not in ("zh", "en"):
                bad(cid, "bad error kind/lang %r/%r" % (k, lang))
                continue
            kind_counter[k] += 1
            lang_counter[lang] += 1
            err_by_lang[lang].append(e)
            text = zh if lang == "zh" else en
            other = en if lang == "zh" else zh
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    bad(cid, "%s error must have fact: null" % k)
            elif e["fact"] not in facts:
                bad(cid, "error fact %r not in facts" % e["fact"])
                continue
            if k == "missing":
                if e["found"] is not None:
                    bad(cid, "missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in text:
                    bad(cid, "found %r is not a substring of the %s text" % (e["found"], lang))
            if k == "name":
                v = facts[e["fact"]]
                if lang == "zh" and v["zh"] in zh:
                    bad(cid, "correct zh name still present in zh")
                if lang == "en" and en_has_name(en, v["en"]):
                    bad(cid, "correct en name still present in en")
            if k == "link":
                if strip_url(facts[e["fact"]]) in text.lower():
                    bad(cid, "correct link still present in faulty text")
            if k == "term":
                zt, et = e["zh_term"], e["en_term"]
                if lang == "zh":
                    if zt in zh:
                        bad(cid, "correct zh term present in faulty zh text")
                    if et.lower() not in en.lower():
                        bad(cid, "en_term missing from en text")
                else:
                    if et.lower() in en.lower():
                        bad(cid, "correct en term present in faulty en text")
                    if zt not in zh:
                        bad(cid, "zh_term missing from zh text")

        # names / links / e-mails present in both languages unless an error covers them
        for label, v in facts.items():
            shape = value_shape(v)
            for lang, text in (("zh", zh), ("en", en)):
                covered = any(e.get("fact") == label for e in err_by_lang[lang])
                if covered:
                    continue
                if shape == "name":
                    ok = v["zh"] in zh if lang == "zh" else en_has_name(en, v["en"])
                    if not ok:
                        bad(cid, "name %r absent from %s" % (v[lang], lang))
                elif shape in ("url", "email"):
                    if strip_url(v) not in text.lower():
                        bad(cid, "%s %r absent from %s" % (shape, v, lang))

        # weekdays
        dates = fact_dates(facts)
        for lang, text, fn in (("zh", zh, zh_pairs), ("en", en, en_pairs)):
            try:
                pairs, generic = fn(text, dates)
            except Exception as exc:  # noqa: BLE001
                bad(cid, "weekday parsing failed in %s: %r" % (lang, exc))
                continue
            total_pairs += len(pairs)
            total_generic += len(generic)
            if generic:
                notes.append("%s %s generic weekday words (not next to a date): %s" % (cid, lang, generic))
            wd_errors = [e for e in err_by_lang[lang] if e.get("kind") == "weekday"]
            spans = []
            for e in wd_errors:
                pos = text.find(e["found"] or "")
                spans.append((pos, pos + len(e["found"] or "")))
            for start, end, date, wd in pairs:
                inside = any(s <= start and end <= t for s, t in spans)
                if date.weekday() == wd and inside:
                    bad(cid, "%s: seeded weekday error %s is actually correct" % (lang, text[start:end]))
                if date.weekday() != wd and not inside:
                    bad(cid, "%s: weekday mismatch %r (%s is a %s)" % (
                        lang, text[start:end], date.isoformat(), EN_WD[date.weekday()]))
            for s, t in spans:
                if not any(s <= a and b <= t and d.weekday() != w for a, b, d, w in pairs):
                    bad(cid, "%s: seeded weekday error not recognised as a date+weekday mismatch" % lang)

    # ------------------------------------------------------------ counts
    if len(cases) != N_CASES:
        bad("set", "%d cases, expected %d" % (len(cases), N_CASES))
    if n_clean != N_CLEAN:
        bad("set", "%d clean cases, expected %d" % (n_clean, N_CLEAN))
    if n_faulty != N_FAULTY:
        bad("set", "%d faulty cases, expected %d" % (n_faulty, N_FAULTY))
    if n_double != 2:
        bad("set", "%d cases with two errors, expected 2" % n_double)
    if sum(kind_counter.values()) != N_ERRORS:
        bad("set", "%d errors, expected %d" % (sum(kind_counter.values()), N_ERRORS))
    for k, n in ERROR_KINDS.items():
        if kind_counter[k] != n:
            bad("set", "%d %s errors, expected %d" % (kind_counter[k], k, n))
    if abs(lang_counter["zh"] - lang_counter["en"]) > 2:
        bad("set", "errors unbalanced over languages: %s" % lang_counter)

    for n in notes:
        print("note:", n)
    print("cases %d, clean %d, faulty %d, errors %d, by kind %s, by language %s"
          % (len(cases), n_clean, n_faulty, sum(kind_counter.values()), kind_counter, lang_counter))
    print("weekday-date pairs recomputed: %d; generic weekday words: %d" % (total_pairs, total_generic))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
