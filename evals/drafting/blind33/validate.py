#!/usr/bin/env python3
"""Validator for blind set blind33 (Python 3 + PyYAML only).

Checks record structure, lengths, the counts of clean/faulty cases and of
seeded errors, that every `found` string occurs in the right language, that
the correct value of a seeded error is absent from the faulty language (in the
common renderings), and recomputes with datetime every weekday written next to
a date in both languages.
"""
import collections
import datetime as dt
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}
EXPECTED_ERRS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
                 "name": 2, "link": 2, "missing": 2, "term": 2}

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
ZH_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
            "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_small(s):
    """Parse a Chinese numeral 0-99 (as used for months and days)."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, b = s.split("十")
        return (ZH_DIGIT[a] if a else 1) * 10 + (ZH_DIGIT[b] if b else 0)
    return ZH_DIGIT[s]


def zh_year(s):
    if s.isdigit():
        y = int(s)
        return y + 1911 if y < 1000 else y  # ROC (Minguo) years
    return int("".join(str(ZH_DIGIT[c]) for c in s))


def int_to_zh(n):
    """Integer -> Chinese numeral (plain, e.g. 3600 -> 三千六百)."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = int_to_zh(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + int_to_zh(lo)
        return s
    units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d, n = divmod(n, u)
        if d:
            if zero:
                out += "零"
                zero = False
            out += digits[d] + name
        elif out:
            zero = True
    if out.startswith("一十"):
        out = out[1:]
    return out


# ---------------------------------------------------------------- dates
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
             "august", "september", "october", "november", "december"]
MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\b\.?"
ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ZH_NUMCH = "〇零一二三四五六七八九十"

ZH_PAIR = re.compile(
    r"(?:(\d{4}|\d{3}|[〇零一二三四五六七八九]{4})年)?"
    rf"(\d{{1,2}}|[{ZH_NUMCH}]{{1,3}})月(\d{{1,2}}|[{ZH_NUMCH}]{{1,3}})日\s*"
    r"[（(]\s*(?:周|星期|週|禮拜|礼拜)([一二三四五六日天])\s*[）)]")
ZH_WD_ANY = re.compile(r"[（(]\s*(?:周|星期|週|禮拜|礼拜)[一二三四五六日天]\s*[）)]")
EN_PAIR_A = re.compile(
    rf"({WD_RE}),?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})(?:,?\s+(\d{{4}}))?")
EN_PAIR_B = re.compile(
    rf"({WD_RE}),?\s+({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")


def month_num(tok):
    t = tok.lower().rstrip(".")
    for i, m in enumerate(EN_MONTHS):
        if m.startswith(t[:3]):
            return i + 1
    raise ValueError(tok)


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
    years = collections.Counter(d.year for d in ds)
    return years.most_common(1)[0][0] if years else None


def weekday_pairs(text, lang, facts):
    """Yield (matched_text, date, written_weekday_index)."""
    res = []
    if lang == "zh":
        for m in ZH_PAIR.finditer(text):
            mon, day = zh_small(m.group(2)), zh_small(m.group(3))
            year = zh_year(m.group(1)) if m.group(1) else infer_year(mon, day, facts)
            res.append((m.group(0), dt.date(year, mon, day), ZH_WD[m.group(4)], m.span()))
        n_any = len(ZH_WD_ANY.findall(text))
        if n_any != len(res):
            res.append(("<unparsed zh weekday>", None, None, None))
    else:
        spans = []
        for rx, order in ((EN_PAIR_A, "dm"), (EN_PAIR_B, "md")):
            for m in rx.finditer(text):
                if any(a <= m.start() < b for a, b in spans):
                    continue
                wd = EN_WD[m.group(1).lower()[:3]]
                if order == "dm":
                    day, mon = int(m.group(2)), month_num(m.group(3))
                else:
                    mon, day = month_num(m.group(2)), int(m.group(3))
                year = int(m.group(4)) if m.group(4) else infer_year(mon, day, facts)
                res.append((m.group(0), dt.date(year, mon, day), wd, m.span()))
                spans.append(m.span())
    return res


def date_forms(d, lang):
    if lang == "zh":
        return [d.isoformat(), f"{d.month}月{d.day}日",
                f"{int_to_zh(d.month)}月{int_to_zh(d.day)}日", f"{d.month}/{d.day}"]
    full = EN_MONTHS[d.month - 1].capitalize()
    ab = full[:3]
    forms = [d.isoformat()]
    for mname in (full, ab):
        forms += [f"{d.day} {mname}", f"{mname} {d.day}", f"{mname}. {d.day}"]
    return forms


# ---------------------------------------------------------------- numbers
def main_number(v):
    s = str(v)
    m = re.search(r"\d[\d,]*(?:\.\d+)?", s)
    if not m:
        return None
    return float(m.group().replace(",", ""))


def number_forms(n, lang):
    forms = []
    if n == int(n):
        n = int(n)
        forms += [str(n), f"{n:,}"]
        if lang == "zh":
            forms.append(int_to_zh(n))
            if n >= 10000:
                forms.append(f"{n / 10000:g}万")
        else:
            if n >= 1000:
                forms.append(f"{n / 1000:g}k")
    else:
        forms.append(f"{n:g}")
    return forms


def percent_forms(p, lang):
    ps = f"{p:g}"
    if lang == "zh":
        forms = [ps + "%", "百分之" + (int_to_zh(int(p)) if p == int(p) else ps)]
        if p == int(p) and int(p) % 10 == 0:
            forms.append(int_to_zh(int(p) // 10) + "成")
        return forms
    words = {25: "a quarter", 50: "half", 75: "three quarters", 20: "one in five"}
    forms = [ps + "%", ps + " per cent", ps + " percent"]
    if p in words:
        forms.append(words[p])
    return forms


def url_core(u):
    return re.sub(r"^https?://", "", u).rstrip("/")


def norm_tokens(s):
    return set(t for t in re.split(r"[\s\-·.,]+", s.lower()) if t)


# ---------------------------------------------------------------- checks
def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def absent_check(cid, lang, text, fact, value):
    """Correct value must not appear in the faulty language in common forms."""
    if isinstance(value, dict):
        form = value[lang]
        if lang == "zh":
            if form in text:
                bad(cid, f"correct name {form!r} still present in zh")
        else:
            toks = norm_tokens(form)
            if toks <= norm_tokens(text):
                bad(cid, f"correct name {form!r} still present in en")
        return
    if isinstance(value, dt.date):
        for f in date_forms(value, lang):
            if re.search(rf"(?<!\d){re.escape(f)}(?!\d)", text):
                bad(cid, f"correct date form {f!r} still present in {lang}")
        return
    s = str(value)
    if re.match(r"^(https?://|[\w.\-]+@)", s):
        core = url_core(s)
        if core in text:
            bad(cid, f"correct link {core!r} still present in {lang}")
        return
    if s.endswith("%"):
        p = float(s.rstrip("%"))
        for f in percent_forms(p, lang):
            if re.search(rf"(?<![\d.]){re.escape(f)}", text):
                bad(cid, f"correct percent form {f!r} still present in {lang}")
        return
    n = main_number(s)
    if n is not None:
        for f in number_forms(n, lang):
            if re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d,]|\.\d)", text):
                bad(cid, f"correct number form {f!r} still present in {lang}")


def main():
    cases = []
    for i, fn in enumerate(FILES):
        data = yaml.safe_load((HERE / fn).read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 cases")
            continue
        for j, c in enumerate(data):
            exp = f"r-{i * 10 + j + 1:03d}"
            if c.get("id") != exp:
                bad(fn, f"case {j}: id {c.get('id')!r}, expected {exp}")
            cases.append(c)

    err_counter = collections.Counter()
    lang_counter = collections.Counter()
    n_clean = n_faulty = n_double = 0
    n_pairs = 0
    for c in cases:
        cid = c.get("id")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, f"fields {sorted(c)}")
            continue
        if c["kind"] not in KINDS:
            bad(cid, f"bad kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
            continue
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                bad(cid, f"name fact {k} needs zh/en")
            if not isinstance(v, (dt.date, str, int, float, dict)):
                bad(cid, f"fact {k} has odd type {type(v)}")
        zh, en = c["zh"], c["en"]
        hc, wc = han_count(zh), len(en.split())
        if not 110 <= hc <= 160:
            bad(cid, f"zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            bad(cid, f"en has {wc} words (65-120)")

        errs = c["errors"] or []
        texts = {"zh": zh, "en": en}
        weekday_found = {"zh": [], "en": []}
        if not errs:
            n_clean += 1
        else:
            n_faulty += 1
            if len(errs) == 2:
                n_double += 1
                if errs[0]["lang"] == errs[1]["lang"]:
                    bad(cid, "double-error case must use two languages")
            elif len(errs) > 2:
                bad(cid, "more than two errors")
        for e in errs:
            k, lang = e.get("kind"), e.get("lang")
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                bad(cid, f"bad error {e}")
                continue
            err_counter[k] += 1
            lang_counter[lang] += 1
            keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != keys:
                bad(cid, f"error fields {sorted(e)} for kind {k}")
            found = e.get("found")
            text = texts[lang]
            if k in ("weekday", "term"):
                if e.get("fact") is not None:
                    bad(cid, f"{k} error must have fact: null")
            elif e.get("fact") not in facts:
                bad(cid, f"error fact {e.get('fact')!r} not in facts")
            if k == "missing":
                if found is not None:
                    bad(cid, "missing error must have found: null")
            elif not found or found not in text:
                bad(cid, f"found {found!r} not in {lang}")
            if k == "weekday":
                weekday_found[lang].append(found)
            elif k == "term":
                correct = e["zh_term"] if lang == "zh" else e["en_term"]
                other = e["en_term"] if lang == "zh" else e["zh_term"]
                if correct in text:
                    bad(cid, f"correct term {correct!r} still in {lang}")
                other_text = texts["en" if lang == "zh" else "zh"]
                if other.lower() not in other_text.lower():
                    bad(cid, f"paired term {other!r} missing from the other language")
            else:
                absent_check(cid, lang, text, e.get("fact"), facts.get(e.get("fact")))

        # weekday recomputation, both languages
        for lang in ("zh", "en"):
            for m_text, d, wd, _ in weekday_pairs(texts[lang], lang, facts):
                if d is None:
                    bad(cid, f"{lang}: a weekday in brackets could not be tied to a date")
                    continue
                n_pairs += 1
                seeded = any(m_text in f or f in m_text for f in weekday_found[lang])
                if seeded:
                    if d.weekday() == wd:
                        bad(cid, f"seeded weekday error {m_text!r} is actually correct")
                    if d not in fact_dates(facts):
                        bad(cid, f"seeded weekday error {m_text!r}: date is not a brief date")
                elif d.weekday() != wd:
                    bad(cid, f"{lang}: {m_text!r} -> {d} is a {d.strftime('%A')}")
            for f in weekday_found[lang]:
                if not any(m_text in f or f in m_text
                           for m_text, *_ in weekday_pairs(texts[lang], lang, facts)):
                    bad(cid, f"seeded weekday {f!r} not parsed as a date/weekday pair")

        # links, e-mails and names of the brief present (unless seeded)
        seeded_facts = {(e.get("lang"), e.get("fact")) for e in errs}
        for k, v in facts.items():
            for lang in ("zh", "en"):
                if (lang, k) in seeded_facts:
                    continue
                if isinstance(v, str) and re.match(r"^(https?://|[\w.\-]+@)", v):
                    if url_core(v) not in texts[lang]:
                        bad(cid, f"{lang}: link/e-mail {v} absent")
                if isinstance(v, dict):
                    if lang == "zh" and v["zh"] not in zh:
                        bad(cid, f"zh: name {v['zh']} absent")
                    if lang == "en" and not norm_tokens(v["en"]) <= norm_tokens(en):
                        bad(cid, f"en: name {v['en']} absent")

    total = sum(err_counter.values())
    if len(cases) != 40:
        bad("set", f"{len(cases)} cases, expected 40")
    if n_clean != 24 or n_faulty != 16 or n_double != 2 or total != 18:
        bad("set", f"clean={n_clean} faulty={n_faulty} double={n_double} errors={total}")
    if dict(err_counter) != EXPECTED_ERRS:
        bad("set", f"error kinds {dict(err_counter)} != {EXPECTED_ERRS}")
    if abs(lang_counter["zh"] - lang_counter["en"]) > 2:
        bad("set", f"unbalanced languages {dict(lang_counter)}")

    print(f"cases={len(cases)} clean={n_clean} faulty={n_faulty} double={n_double} "
          f"errors={total} kinds={dict(sorted(err_counter.items()))} langs={dict(lang_counter)} "
          f"weekday_pairs_checked={n_pairs}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
