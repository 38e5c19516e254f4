#!/usr/bin/env python3
"""Validator for blind set blind38 (Python 3 + PyYAML only).

Hard checks (exit 1 on failure):
  * 4 files x 10 cases, ids r-001 ... r-040 in order, exact field set
  * kind, facts (4-8, allowed value shapes), zh 110-160 Han characters,
    en 65-120 words
  * error records: field shapes, `found` is a substring of the faulty language,
    `fact` names a label of the brief
  * totals: 40 cases, 24 clean, 16 faulty, 18 errors, exactly two cases with two
    errors (in different languages), per-kind counts as specified
  * every weekday written next to a date (zh and en) is recomputed with
    datetime; a mismatch is allowed only inside the `found` of a `weekday`
    error, and every `weekday` error must contain such a mismatch
  * no weekday word sits next to a date that the parser could not read
  * URLs / e-mails and names: present in both languages of a clean case, absent
    from the faulty language where the error concerns that fact

Soft checks (printed as NOTE, never fail): date facts whose value was not
found in a simple rendering -- meant for a human to eyeball the hard forms.
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERR = {"date": 2, "weekday": 3, "number": 3, "percent": 2, "name": 2,
                "link": 2, "missing": 2, "term": 2}
FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}

VERBOSE = "-v" in sys.argv
failures = []
notes = []


def fail(cid, msg):
    failures.append(f"{cid}: {msg}")


def note(cid, msg):
    notes.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- counting
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def han_count(s):
    return len(HAN.findall(s))


def word_count(s):
    return len([t for t in s.split() if re.search(r"[A-Za-z0-9]", t)])


# ---------------------------------------------------------------- numerals
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """Chinese numeral 1-99 or arabic digits -> int."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = CN_DIGIT[a] if a else 1
        ones = CN_DIGIT[b] if b else 0
        return tens * 10 + ones
    return CN_DIGIT[s]


def cn_year(s):
    if s.isdigit():
        y = int(s)
        return y + 1911 if y < 1000 else y   # ROC (Minguo) years
    return int("".join(str(CN_DIGIT[c]) for c in s))


# ---------------------------------------------------------------- weekday maps
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1,
         "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
         "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
MONTHS = {}
for i, name in enumerate(["january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"], 1):
    MONTHS[name] = i
    MONTHS[name[:3]] = i
MONTHS["sept"] = 9

CNUM = "[0-9〇零一二三四五六七八九十]"
ZH_WD_RE = r"(?:周|週|星期|禮拜|礼拜)([一二三四五六日天])"
# a zh date: optional year, month, day ; or m/d ; or a bare day (month from context)
ZH_DATE = (rf"(?:(?P<y>\d{{4}}|\d{{2,3}}|[〇零一二三四五六七八九]{{4}})年)?"
           rf"(?P<m>{CNUM}{{1,3}})月(?P<d>{CNUM}{{1,3}})[日号號]"
           rf"|(?<![\d/])(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})(?![\d/])"
           rf"|(?<![月\d/])(?P<bd>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号號](?=\s*[（(]?\s*(?:周|週|星期|禮拜|礼拜|[一二三四五六日]\s*[）)]))")
ZH_PAIR = re.compile(rf"(?P<date>{ZH_DATE})\s*(?:[（(]\s*(?:周|週|星期|禮拜|礼拜)?(?P<w1>[一二三四五六日天])\s*[）)]"
                     rf"|(?:周|週|星期|禮拜|礼拜)(?P<w2>[一二三四五六日天]))")
ZH_ANY_DATE = re.compile(ZH_DATE)

EN_WD_ALT = "|".join(sorted(EN_WD, key=len, reverse=True))
EN_MON_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
EN_PAIR = re.compile(
    rf"\b(?P<wd>{EN_WD_ALT})\b\.?,?\s+(?:"
    rf"(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m1>{EN_MON_ALT})\b\.?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{EN_MON_ALT})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|the\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"|(?P<d4>\d{{1,2}})/(?P<m4>\d{{1,2}})/(?P<y4>\d{{4}})"
    rf")", re.I)
EN_ANY_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{EN_MON_ALT})\b"
    rf"|\b(?:{EN_MON_ALT})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b", re.I)
EN_WD_TOKEN = re.compile(rf"\b({EN_WD_ALT})\b", re.I)
ZH_WD_TOKEN = re.compile(ZH_WD_RE)


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
    fds = fact_dates(facts)
    for d in fds:
        if (d.month, d.day) == (month, day):
            return d.year
    if not fds:
        return None
    best = min(fds, key=lambda d: min(abs(d.month - month), 12 - abs(d.month - month)))
    return best.year


def zh_month_context(text, pos):
    """month of the last explicit zh date before pos."""
    last = None
    for m in ZH_ANY_DATE.finditer(text[:pos]):
        if m.group("m"):
            last = cn_small(m.group("m"))
        elif m.group("sm"):
            last = int(m.group("sm"))
    return last


def en_month_context(text, pos):
    last = None
    for m in re.finditer(rf"\b({EN_MON_ALT})\b", text[:pos], re.I):
        last = MONTHS[m.group(1).lower()]
    return last


def weekday_pairs(cid, lang, text, facts):
    """yield (span, date, written_weekday) for every date+weekday pair."""
    pairs = []
    if lang == "zh":
        for m in ZH_PAIR.finditer(text):
            g = m.groupdict()
            if g["m"]:
                month, day = cn_small(g["m"]), cn_small(g["d"])
            elif g["sm"]:
                month, day = int(g["sm"]), int(g["sd"])
            else:
                day = cn_small(g["bd"])
                month = zh_month_context(text, m.start())
            year = cn_year(g["y"]) if g["y"] else infer_year(month, day, facts)
            wchar = g["w1"] or g["w2"]
            try:
                date = dt.date(year, month, day)
            except (TypeError, ValueError) as e:
                fail(cid, f"{lang}: cannot build date from {m.group(0)!r}: {e}")
                continue
            pairs.append((m.span(), date, ZH_WD[wchar], m.group(0)))
    else:
        for m in EN_PAIR.finditer(text):
            g = m.groupdict()
            year = None
            if g["m1"]:
                month, day, year = MONTHS[g["m1"].lower()], int(g["d1"]), g["y1"]
            elif g["m2"]:
                month, day, year = MONTHS[g["m2"].lower()], int(g["d2"]), g["y2"]
            elif g["d4"]:
                month, day, year = int(g["m4"]), int(g["d4"]), g["y4"]
            else:
                day = int(g["d3"])
                month = en_month_context(text, m.start())
            year = int(year) if year else infer_year(month, day, facts)
            try:
                date = dt.date(year, month, day)
            except (TypeError, ValueError) as e:
                fail(cid, f"{lang}: cannot build date from {m.group(0)!r}: {e}")
                continue
            pairs.append((m.span(), date, EN_WD[g["wd"].lower()], m.group(0)))
    return pairs


def check_unpaired_weekdays(cid, lang, text, pairs):
    covered = [sp for sp, *_ in pairs]
    tokens = ZH_WD_TOKEN.finditer(text) if lang == "zh" else EN_WD_TOKEN.finditer(text)
    date_re = ZH_ANY_DATE if lang == "zh" else EN_ANY_DATE
    for t in tokens:
        if any(a <= t.start() < b for a, b in covered):
            continue
        window = text[max(0, t.start() - 8): t.end() + 8]
        if date_re.search(window):
            fail(cid, f"{lang}: weekday {t.group(0)!r} next to a date the parser did not read: {window!r}")


# ---------------------------------------------------------------- names/links
def norm_link(s):
    s = s.strip().lower()
    s = re.sub(r"^(https?://)?(www\.)?", "", s)
    return s.rstrip("/")


def link_present(value, text):
    return norm_link(value) in text.lower()


def en_name_tokens(name):
    return [t for t in re.split(r"[\s\-()]+", name.lower()) if t]


def en_name_present(name, text):
    toks = set(re.split(r"[^a-z']+", text.lower()))
    return all(t in toks for t in en_name_tokens(name))


def is_link(v):
    return isinstance(v, str) and (v.startswith("http") or re.fullmatch(r"[\w.+-]+@[\w.-]+\.\w+", v))


# ---------------------------------------------------------------- soft date renderings
def zh_date_forms(d):
    forms = {f"{d.month}月{d.day}日", f"{d.month}/{d.day}", f"{d.month}月{d.day}号"}
    cn = "〇一二三四五六七八九"

    def cnn(n):
        if n < 10:
            return cn[n]
        if n < 20:
            return "十" + (cn[n - 10] if n > 10 else "")
        return cn[n // 10] + "十" + (cn[n % 10] if n % 10 else "")
    forms.add(f"{cnn(d.month)}月{cnn(d.day)}日")
    return forms


def en_date_forms(d):
    mon = d.strftime("%B")
    ab = d.strftime("%b")
    out = set()
    for m in (mon, ab):
        out |= {f"{d.day} {m}", f"{m} {d.day}", f"{m}. {d.day}", f"{d.day}{sfx(d.day)} {m}",
                f"{m} {d.day}{sfx(d.day)}"}
    return out


def sfx(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")



# ---------------------------------------------------------------- simple value forms
EN_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty"]


def cn_int(n):
    """int 0-99999 -> Chinese numerals (simple form)."""
    d = "零一二三四五六七八九"
    if n == 0:
        return "零"
    out, units = "", [(10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")]
    zero = False
    for u, name in units:
        q, n = divmod(n, u)
        if q:
            if zero:
                out += "零"
            out += d[q] + name
            zero = False
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


def simple_forms(v):
    """A few plain renderings of a numeric / percent / duration / date value."""
    forms = set()
    if isinstance(v, dt.date):
        return zh_date_forms(v) | en_date_forms(v)
    if isinstance(v, dict) or is_link(v):
        return forms
    sv = str(v)
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)", sv)
    if not m or " to " in sv or re.fullmatch(r"[\d.]+%?-[\d.]+%?", sv) or ":" in sv:
        return forms
    num = float(m.group(1).replace(",", ""))
    n = int(num) if num == int(num) else None
    if sv.strip().endswith("%"):
        forms |= {f"{m.group(1)}%", f"{m.group(1)} per cent", f"{m.group(1)} percent"}
        if n is not None:
            forms.add("百分之" + cn_int(n))
        return forms
    forms |= {m.group(1), m.group(1).replace(",", "")}
    if n is not None:
        forms.add(f"{n:,}")
        if n >= 1000 and n % 1000 == 0:
            forms |= {f"{n // 1000}k", f"{n // 1000}千", cn_int(n // 1000) + "千"}
        if n >= 10000 and n % 1000 == 0:
            forms |= {f"{n / 10000:g}万", f"{n / 10000:g}萬"}
        unit = sv[m.end():].strip().split(" ")[0] if sv[m.end():].strip() else ""
        if unit:
            cn = cn_int(n)
            forms |= {cn + "天", cn + "日", cn + "个月", cn + "個月", cn + "周", cn + "週"} if unit.startswith(("day", "month", "week")) else set()
            if n <= 20:
                forms.add(f"{EN_NUM[n]} {unit}")
    return {f for f in forms if f}


def contains_form(text, forms):
    low = text.lower()
    hits = []
    for f in forms:
        if re.fullmatch(r"[\d.,]+", f):
            if re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d.,]*\d)", text):
                hits.append(f)
        elif f.lower() in low:
            hits.append(f)
    return hits

# ---------------------------------------------------------------- main
def main():
    cases = []
    for i, f in enumerate(FILES, 1):
        if not f.exists():
            fail(f.name, "missing file")
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(f.name, f"must be a list of 10 mappings, got {type(data).__name__} "
                         f"of {len(data) if isinstance(data, list) else '?'}")
            continue
        cases.extend(data)

    ids = [c.get("id") for c in cases]
    if ids != [f"r-{n:03d}" for n in range(1, 41)]:
        fail("set", f"ids not r-001..r-040 in order: {ids}")

    err_kinds, err_langs, kinds = Counter(), Counter(), Counter()
    clean = faulty = double = 0
    for c in cases:
        cid = c.get("id", "?")
        if set(c) != FIELDS:
            fail(cid, f"fields {sorted(c)} != {sorted(FIELDS)}")
            continue
        kinds[c["kind"]] += 1
        if c["kind"] not in KINDS:
            fail(cid, f"bad kind {c['kind']!r}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping of 4-8 entries")
            continue
        for k, v in facts.items():
            if isinstance(v, dict):
                if set(v) != {"zh", "en"}:
                    fail(cid, f"name fact {k} needs zh and en")
            elif isinstance(v, bool) or not isinstance(v, (str, int, float, dt.date)):
                fail(cid, f"fact {k} has unsupported value {v!r}")
            if isinstance(v, str) and re.fullmatch(r"\d{1,2}:\d{2}", v) is None and re.fullmatch(r"\d+", v):
                fail(cid, f"fact {k}: bare number given as string")
        zh, en = c["zh"], c["en"]
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            fail(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            fail(cid, f"en has {wc} words (65-120)")
        errs = c["errors"]
        if not isinstance(errs, list):
            fail(cid, "errors must be a list")
            continue
        if errs:
            faulty += 1
            if len(errs) == 2:
                double += 1
                if errs[0]["lang"] == errs[1]["lang"]:
                    fail(cid, "two errors must be in different languages")
            elif len(errs) > 2:
                fail(cid, "at most two errors per case")
        else:
            clean += 1
        wd_error_spans = {"zh": [], "en": []}
        err_facts = {"zh": set(), "en": set()}
        for e in errs:
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != need:
                fail(cid, f"error fields {sorted(e)} != {sorted(need)}")
                continue
            k, lang = e["kind"], e["lang"]
            err_kinds[k] += 1
            err_langs[lang] += 1
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail(cid, f"bad error kind/lang {k}/{lang}")
                continue
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    fail(cid, f"{k} error must have fact: null")
            elif e["fact"] not in facts:
                fail(cid, f"error fact {e['fact']!r} not a label of the brief")
            else:
                err_facts[lang].add(e["fact"])
            if k == "missing":
                if e["found"] is not None:
                    fail(cid, "missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in c[lang]:
                    fail(cid, f"found {e['found']!r} is not a substring of {lang}")
                elif k == "weekday":
                    i = c[lang].index(e["found"])
                    wd_error_spans[lang].append((i, i + len(e["found"])))
            if k == "term":
                if e["zh_term"] not in zh and lang == "en":
                    fail(cid, f"term error: correct zh term {e['zh_term']!r} absent from zh")
                if lang == "zh" and e["en_term"].lower() not in en.lower():
                    fail(cid, f"term error: correct en term {e['en_term']!r} absent from en")
                if e["found"] and (e["zh_term"] in e["found"] or e["en_term"].lower() in e["found"].lower()):
                    fail(cid, "term error: found still contains the correct term")

        # weekdays
        if VERBOSE:
            print(f"{cid} zh_han={hc} en_words={wc}")
        for lang, text in (("zh", zh), ("en", en)):
            pairs = weekday_pairs(cid, lang, text, facts)
            if VERBOSE:
                for _, date, wd, s in pairs:
                    print(f"   {lang} {s!r} -> {date} {date.strftime('%a')} (written {wd})")
            check_unpaired_weekdays(cid, lang, text, pairs)
            hit = set()
            for span, date, wd, s in pairs:
                ok = date.weekday() == wd
                inside = [j for j, (a, b) in enumerate(wd_error_spans[lang])
                          if max(a, span[0]) < min(b, span[1])]
                if ok and inside:
                    fail(cid, f"{lang}: {s!r} lies in a weekday error but is correct "
                              f"({date} is {date.strftime('%A')})")
                if not ok and not inside:
                    fail(cid, f"{lang}: {s!r}: {date} is a {date.strftime('%A')}")
                if not ok:
                    hit.update(inside)
            for j in range(len(wd_error_spans[lang])):
                if j not in hit:
                    fail(cid, f"{lang}: weekday error #{j} contains no wrong weekday")

        # links, e-mails, names; soft date notes
        for label, v in facts.items():
            for lang, text in (("zh", zh), ("en", en)):
                faulty_here = label in err_facts[lang]
                if is_link(v):
                    present = link_present(v, text)
                    if present == faulty_here:
                        fail(cid, f"{lang}: link/e-mail {v} {'present although faulty' if present else 'absent'}")
                elif isinstance(v, dict):
                    present = (v["zh"] in text) if lang == "zh" else en_name_present(v["en"], text)
                    if present == faulty_here:
                        fail(cid, f"{lang}: name {v[lang]} {'present although faulty' if present else 'absent'}")
                else:
                    forms = simple_forms(v)
                    hits = contains_form(text, forms)
                    if faulty_here and hits:
                        fail(cid, f"{lang}: faulty fact {label}={v} still appears as {hits}")
                    elif not faulty_here and forms and not hits:
                        note(cid, f"{lang}: {label}={v} not in a simple rendering (check by eye)")

    # totals
    if len(cases) != 40:
        fail("set", f"{len(cases)} cases, expected 40")
    if (clean, faulty, double) != (24, 16, 2):
        fail("set", f"clean/faulty/double = {clean}/{faulty}/{double}, expected 24/16/2")
    if dict(err_kinds) != EXPECTED_ERR:
        fail("set", f"error kinds {dict(err_kinds)} != {EXPECTED_ERR}")
    if sum(err_kinds.values()) != 18:
        fail("set", f"{sum(err_kinds.values())} errors, expected 18")

    for n in notes:
        print("NOTE", n)
    print(f"cases={len(cases)} clean={clean} faulty={faulty} double={double} "
          f"errors={sum(err_kinds.values())} by_kind={dict(sorted(err_kinds.items()))} "
          f"by_lang={dict(err_langs)} doc_kinds={dict(sorted(kinds.items()))}")
    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
