#!/usr/bin/env python3
"""Validator for blind set blind34 (Python 3 + PyYAML only).

Checks structure, counts, text lengths, seeded-error bookkeeping, and
recomputes with datetime every weekday written next to a date in both
languages. Any weekday mismatch must be a declared `weekday` error.
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS_DOC = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date": 2, "weekday": 3, "number": 3, "percent": 2,
             "name": 2, "link": 2, "missing": 2, "term": 2}
problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- dates
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_num(s):
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS[a] if a else 1) * 10 + (CN_DIGITS[b] if b else 0)
    n = 0
    for ch in s:
        n = n * 10 + CN_DIGITS[ch]
    return n


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MON = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}

NUM = r"[0-9]{1,4}|[〇零一二两三四五六七八九十]{1,4}"
ZH_DATE = (rf"(?:(?P<y>{NUM})年)?(?P<m>{NUM})月(?P<d>{NUM})[日号號]")
ZH_WD_PAT = r"\s*(?:[（(]\s*(?:周|週|星期|禮拜|礼拜)?(?P<w>[一二三四五六日天])\s*[）)]|(?:周|週|星期|禮拜|礼拜)(?P<w2>[一二三四五六日天]))"
ZH_RE = re.compile(ZH_DATE + ZH_WD_PAT)
ZH_SLASH_RE = re.compile(r"(?<![0-9/])(?P<m>\d{1,2})/(?P<d>\d{1,2})" + ZH_WD_PAT)

WDN = r"(?P<wd>(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?)"
MONN = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?:,?\s+(?P<yr>\d{4}))?"
EN_RES = [
    re.compile(WDN + r",?\s+" + DAY + r"\s+" + MONN + YEAR),          # Friday 29 January 2027
    re.compile(WDN + r",?\s+" + MONN + r"\s+" + DAY + YEAR),          # Friday, Dec 4, 2026
    re.compile(DAY + r"\s+" + MONN + YEAR + r"\s*\(" + WDN + r"\)"),  # 4 Dec (Fri)
    re.compile(MONN + r"\s+" + DAY + YEAR + r"\s*\(" + WDN + r"\)"),  # Dec 4 (Fri)
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


def infer_year(month, fdates):
    same = [d.year for d in fdates if d.month == month]
    if same:
        return Counter(same).most_common(1)[0][0]
    if fdates:
        return Counter(d.year for d in fdates).most_common(1)[0][0]
    return 2026


def weekday_checks(case):
    """Yield (lang, matched_text, ok) for each date+weekday pair."""
    fdates = fact_dates(case["facts"])
    zh = case["zh"]
    for rx in (ZH_RE, ZH_SLASH_RE):
        for m in rx.finditer(zh):
            gd = m.groupdict()
            month, day = cn_num(gd["m"]), cn_num(gd["d"])
            if gd.get("y"):
                y = cn_num(gd["y"])
                year = y + 1911 if y < 1000 else y
            else:
                year = infer_year(month, fdates)
            wd = ZH_WD[gd["w"] or gd["w2"]]
            real = dt.date(year, month, day).weekday()
            yield "zh", m.group(), real == wd
    en = case["en"]
    for rx in EN_RES:
        for m in rx.finditer(en):
            gd = m.groupdict()
            month = EN_MON[gd["mon"][:3].lower()]
            day = int(gd["day"])
            year = int(gd["yr"]) if gd.get("yr") else infer_year(month, fdates)
            wd = EN_WD[gd["wd"][:3].lower()]
            real = dt.date(year, month, day).weekday()
            yield "en", m.group(), real == wd


# ---------------------------------------------------------------- helpers
def han_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def word_count(s):
    return sum(1 for t in s.split() if re.search(r"[A-Za-z0-9]", t))


def strip_scheme(u):
    return re.sub(r"^https?://", "", u).rstrip("/")


def is_link(v):
    return isinstance(v, str) and (v.startswith("http") or re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v))


# ---------------------------------------------------------------- main
def main():
    cases = []
    for i, fn in enumerate(FILES, 1):
        data = yaml.safe_load((HERE / fn).read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 cases")
            continue
        for j, c in enumerate(data):
            want = f"r-{(i - 1) * 10 + j + 1:03d}"
            if c.get("id") != want:
                bad(fn, f"case {j} id {c.get('id')} != {want}")
        cases.extend(data)

    err_kinds = Counter()
    err_langs = Counter()
    n_clean = n_err_cases = n_double = 0
    weekday_pairs = 0
    for c in cases:
        cid = c.get("id")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, f"fields {sorted(c)}")
        if c["kind"] not in KINDS_DOC:
            bad(cid, f"kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8")
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                bad(cid, f"name fact {k} needs zh/en")
        zh, en = c["zh"], c["en"]
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            bad(cid, f"zh has {hc} Han characters")
        if not 65 <= wc <= 120:
            bad(cid, f"en has {wc} words")

        errs = c["errors"] or []
        if not errs:
            n_clean += 1
        else:
            n_err_cases += 1
            if len(errs) == 2:
                n_double += 1
                if errs[0]["lang"] == errs[1]["lang"]:
                    bad(cid, "two errors must be in different languages")
            elif len(errs) > 2:
                bad(cid, "too many errors")
        err_langs_here = {e["lang"] for e in errs}

        # link / e-mail / name presence in the non-faulty languages
        for k, v in facts.items():
            for lang, text in (("zh", zh), ("en", en)):
                faulty = any(e["lang"] == lang and e.get("fact") == k for e in errs)
                if is_link(v):
                    present = strip_scheme(v).lower() in text.lower()
                    if present == faulty:
                        bad(cid, f"{lang}: link {v} present={present} faulty={faulty}")
                if isinstance(v, dict):
                    if lang == "zh":
                        present = v["zh"] in text
                    else:
                        toks = re.split(r"[\s\-]+", v["en"].lower())
                        present = all(re.search(rf"\b{re.escape(t)}\b", text.lower()) for t in toks)
                    if present == faulty:
                        bad(cid, f"{lang}: name {v} present={present} faulty={faulty}")

        wd_err_found = {e["found"]: e["lang"] for e in errs if e["kind"] == "weekday"}
        matched_wd_errs = set()
        for lang, txt, ok in weekday_checks(c):
            weekday_pairs += 1
            if not ok:
                hit = [f for f, l in wd_err_found.items() if l == lang and (txt in f or f in txt)]
                if not hit:
                    bad(cid, f"{lang}: undeclared weekday mismatch '{txt}'")
                matched_wd_errs.update(hit)
        for f in wd_err_found:
            if f not in matched_wd_errs:
                bad(cid, f"declared weekday error '{f}' not detected as a mismatch")

        for e in errs:
            k = e["kind"]
            err_kinds[k] += 1
            err_langs[e["lang"]] += 1
            text = zh if e["lang"] == "zh" else en
            other = en if e["lang"] == "zh" else zh
            if k not in ERR_KINDS:
                bad(cid, f"error kind {k}")
            if k in ("weekday", "term"):
                if e.get("fact") is not None:
                    bad(cid, f"{k} error must have fact null")
            elif e.get("fact") not in facts:
                bad(cid, f"error fact {e.get('fact')} not in facts")
            if k == "missing":
                if e.get("found") is not None:
                    bad(cid, "missing error must have found null")
            elif not e.get("found") or text.count(e["found"]) != 1:
                bad(cid, f"found '{e.get('found')}' must occur exactly once in {e['lang']}")
            if k == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                if not zt or not et:
                    bad(cid, "term error needs zh_term and en_term")
                elif e["lang"] == "zh":
                    if zt in zh or et.lower() not in en.lower():
                        bad(cid, "term error (zh): zh_term must be absent from zh, en_term present in en")
                else:
                    if et.lower() in en.lower() or zt not in zh:
                        bad(cid, "term error (en): en_term must be absent from en, zh_term present in zh")
            elif "zh_term" in e or "en_term" in e:
                bad(cid, "zh_term/en_term only for term errors")
            # light check that the correct digits are gone from the faulty text
            if k in ("number", "percent", "missing") and e.get("fact") in facts:
                v = str(facts[e["fact"]])
                core = re.sub(r"[^0-9.]", "", v)
                if len(core) >= 2 and (core in text.replace(",", "")):
                    bad(cid, f"correct value {v} still visible in {e['lang']}")

    total_errs = sum(err_kinds.values())
    if len(cases) != 40:
        bad("set", f"{len(cases)} cases")
    if n_clean != 24 or n_err_cases != 16 or n_double != 2 or total_errs != 18:
        bad("set", f"clean={n_clean} error_cases={n_err_cases} double={n_double} errors={total_errs}")
    for k, n in ERR_KINDS.items():
        if err_kinds[k] != n:
            bad("set", f"error kind {k}: {err_kinds[k]} != {n}")
    if abs(err_langs["zh"] - err_langs["en"]) > 2:
        bad("set", f"unbalanced languages {dict(err_langs)}")

    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(cases)} cases, {n_clean} clean, {n_err_cases} with errors "
          f"({n_double} with two), {total_errs} errors {dict(err_kinds)}, "
          f"langs {dict(err_langs)}, {weekday_pairs} date+weekday pairs recomputed")


if __name__ == "__main__":
    main()
