#!/usr/bin/env python3
"""Validate the blind28 evaluation set and compute its counts.

Usage:
    python3 validate.py                 # validate, print counts
    python3 validate.py --write-readme  # also rewrite the counts block in README.md

Checks
  * structure: 4 files x 10 cases, ids r-001..r-040 in order, exact field set,
    document kind, 4-8 facts, fact value types, error field shapes;
  * length: zh 110-160 Han characters, en 65-120 words;
  * dates: every date written in either language is parsed (zh: 2026年3月5日,
    3月5日, 5月4日至8日, 二〇二六年四月一日; en: 5 March 2026, March 5, 2026,
    12-16 October, Fri., Oct. 9 ...). Every date fact (and both ends of a
    date range) must be found in both languages, and no other date may appear,
    except where a seeded date/missing error says otherwise;
  * weekdays: every weekday attached to a date is computed with datetime; a
    mismatch is allowed only inside the `found` of a seeded weekday error, and
    every seeded weekday error must be a real mismatch;
  * anchors (anchors.yaml): every fact is rendered in both languages by the
    listed substrings, except the faulty side of a seeded error;
  * errors: `found` occurs in its language; the correct value is absent from
    the faulty language (generated forms + anchors.yaml `absent`); a missing
    fact is absent from one language and present in the other; a term error's
    correct term occurs on the other side and not on the faulty side.
"""
import collections
import datetime as dt
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN_DIGITS = "零一二三四五六七八九"


def cn_num(n):
    """Integer -> Chinese numerals (standard reading), 0 <= n < 100000000."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for val, ch in units:
        q, n = divmod(n, val)
        if val == 10000 and q:
            out += cn_num(q) + "万"
            continue
        if q:
            if zero and out:
                out += "零"
            out += CN_DIGITS[q] + ch
            zero = False
        elif out:
            zero = True
    if n:
        if zero and out:
            out += "零"
        out += CN_DIGITS[n]
    if out.startswith("一十"):
        out = out[1:]
    return out


def cn_forms(n):
    s = cn_num(n)
    forms = {s, s.replace("万", "萬")}
    if s.startswith("二") and n >= 100:
        forms |= {f.replace("二", "两", 1) for f in list(forms)}
        forms |= {f.replace("二", "兩", 1) for f in list(forms)}
    return forms


def cn_to_int(s):
    s = s.replace("〇", "零")
    if all(c in CN_DIGITS for c in s) and len(s) > 1:  # digit-by-digit (years)
        return int("".join(str(CN_DIGITS.index(c)) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in CN_DIGITS:
            cur = CN_DIGITS.index(c)
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
    return total + cur


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_words(n):
    if n < 20:
        return {ONES[n]}
    if n < 100:
        t, o = divmod(n, 10)
        return {TENS[t]} if o == 0 else {f"{TENS[t]}-{ONES[o]}", f"{TENS[t]} {ONES[o]}"}
    if n % 1000 == 0 and n < 100000:
        return {f"{w} thousand" for w in en_words(n // 1000)}
    if n % 100 == 0 and n < 1000:
        return {f"{ONES[n // 100]} hundred"}
    return set()


# ---------------------------------------------------------------- dates
MONTHS = {m: i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
        "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
MONTHS.update(ABBR)
MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?"
ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
EN_PATTERNS = [
    ("range", re.compile(rf"\b{ORD}\s*(?:–|-|to)\s*{ORD}\s+{MON}(?:,?\s+(\d{{4}}))?")),
    ("dmy", re.compile(rf"\b{ORD}\s+{MON}(?:,?\s+(\d{{4}})\b)?")),
    ("mdy", re.compile(rf"\b{MON}\s+{ORD}\b(?:,\s+(\d{{4}})\b)?")),
]
EN_WD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?")
EN_WD_IDX = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
ZH_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*(?:至|到|–|-|~|～)\s*(\d{1,2})日)?")
ZH_CN_DATE = re.compile(r"(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
ZH_WD = re.compile(r"(?:星期|週|周|禮拜|礼拜)([一二三四五六日天])")
ZH_WD_IDX = {c: i for i, c in enumerate("一二三四五六日")}
ZH_WD_IDX["天"] = 6


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", v)
            if m:
                out += [dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))]
    return out


def infer_year(m, d, fdates, explicit):
    if explicit:
        return int(explicit)
    same = [f.year for f in fdates if (f.month, f.day) == (m, d)]
    if same:
        return same[0]
    best = None
    for y in sorted({f.year for f in fdates}):
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            continue
        dist = min(abs((cand - f).days) for f in fdates)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else None


def parse_dates(text, lang, fdates):
    """Return list of (date, start, end) mentions."""
    found, taken = [], [False] * len(text)

    def add(y, m, d, s, e):
        y = infer_year(m, d, fdates, y)
        try:
            found.append((dt.date(y, m, d), s, e))
        except (TypeError, ValueError):
            found.append((None, s, e))

    def free(s, e):
        return not any(taken[s:e])

    def take(s, e):
        for i in range(s, e):
            taken[i] = True

    if lang == "en":
        for kind, rx in EN_PATTERNS:
            for mt in rx.finditer(text):
                s, e = mt.span()
                if not free(s, e):
                    continue
                take(s, e)
                g = mt.groups()
                if kind == "range":
                    mon = MONTHS[g[2]]
                    # report each end with its own span for weekday attachment
                    add(g[3], mon, int(g[0]), s, mt.start(2))
                    add(g[3], mon, int(g[1]), mt.start(2), e)
                elif kind == "dmy":
                    add(g[2], MONTHS[g[1]], int(g[0]), s, e)
                else:
                    add(g[2], MONTHS[g[0]], int(g[1]), s, e)
    else:
        for mt in ZH_DATE.finditer(text):
            y, m, d, d2 = mt.groups()
            add(y, int(m), int(d), mt.start(), mt.start(3) + len(d) + 1)
            if d2:
                add(y, int(m), int(d2), mt.start(4), mt.end())
        for mt in ZH_CN_DATE.finditer(text):
            y, m, d = mt.groups()
            add(cn_to_int(y) if y else None, cn_to_int(m), cn_to_int(d), mt.start(), mt.end())
    return found


def weekday_mentions(text, lang):
    """Return list of (weekday_index, start, end)."""
    out = []
    if lang == "en":
        for mt in EN_WD.finditer(text):
            out.append((EN_WD_IDX[mt.group(1)[:3]], mt.start(), mt.end()))
    else:
        for mt in ZH_WD.finditer(text):
            out.append((ZH_WD_IDX[mt.group(1)], mt.start(), mt.end()))
    return out


def attach(text, lang, dates, wds):
    """Pair weekday mentions with the date they qualify. Returns (pairs, loose)."""
    pairs, loose = [], []
    for w, ws, we in wds:
        hit = None
        for d, ds, de in dates:
            between_after = text[de:ws] if ws >= de else None
            between_before = text[we:ds] if ds >= we else None
            if between_after is not None and re.fullmatch(r"\s*[（(]?\s*", between_after):
                hit = (d, ds, de)
            elif between_before is not None and re.fullmatch(r"[,，\s]*(?:the\s+)?", between_before):
                hit = (d, ds, de)
            if hit:
                break
        if hit:
            pairs.append((hit[0], w, min(hit[1], ws), max(hit[2], we)))
        else:
            loose.append(text[max(0, ws - 12):we + 12])
    return pairs, loose


# ---------------------------------------------------------------- value forms
def numbers_in(value):
    return [int(x.replace(",", "")) if "." not in x else float(x)
            for x in re.findall(r"\d[\d,]*(?:\.\d+)?", str(value))]


def number_present(text, n):
    """Is the number n written anywhere in text (arabic, Chinese, English words)?"""
    hits = []
    if isinstance(n, float):
        pats = [re.escape(str(n))]
    else:
        pats = [re.escape(f"{n:,}"), re.escape(str(n))]
    for p in pats:
        if re.search(rf"(?<![\d.,]){p}(?![\d]|[.,]\d)", text):
            hits.append(p.replace("\\", ""))
    if isinstance(n, int):
        for f in cn_forms(n):
            # avoid matching inside a longer numeral (e.g. 十二 inside 二十二)
            if re.search(rf"(?<![零一二三四五六七八九十百千万萬两兩]){f}(?![零一二三四五六七八九十百千万萬])", text):
                hits.append(f)
        for f in en_words(n):
            if re.search(rf"\b{f}\b", text, re.I):
                hits.append(f)
    return hits


def correct_forms_present(value, text, lang, fdates, kind):
    """Forms of the correct value that occur in text (should be empty)."""
    hits = []
    if isinstance(value, dict):  # name
        for part in (value["zh"], value["en"]):
            if part in text:
                hits.append(part)
        toks = value["en"].replace("-", " ").split()
        if len(toks) >= 2 and " ".join(reversed(toks)) in text:
            hits.append(" ".join(reversed(toks)))
        return hits
    if isinstance(value, dt.date):
        ds = [d for d, _, _ in parse_dates(text, lang, fdates)]
        return [str(value)] if value in ds else []
    s = str(value)
    if re.fullmatch(r"(https?://|[\w.]+@).*", s) or "@" in s:
        bare = re.sub(r"^https?://", "", s)
        return [bare] if bare in text else []
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", s)
    if m:
        ds = [d for d, _, _ in parse_dates(text, lang, fdates)]
        ends = [dt.date.fromisoformat(x) for x in m.groups()]
        present = [str(e) for e in ends if e in ds]
        # a date error changes one end; a missing fact drops both
        return present if kind == "missing" or len(present) == 2 else []
    for n in numbers_in(s):
        hits += number_present(text, n)
    return hits


# ---------------------------------------------------------------- main checks
def check_value_type(cid, label, v):
    if isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail(cid, f"name fact {label} must be {{zh, en}}")
    elif isinstance(v, (dt.date, int, float)):
        pass
    elif isinstance(v, str):
        if not v.strip():
            fail(cid, f"empty fact {label}")
    else:
        fail(cid, f"bad fact type {label}: {type(v)}")
    if isinstance(v, dt.date) and not (2026 <= v.year <= 2028):
        fail(cid, f"date {label} outside 2026-2028")
    if isinstance(v, str):
        for y in re.findall(r"(\d{4})-\d{2}-\d{2}", v):
            if not 2026 <= int(y) <= 2028:
                fail(cid, f"date {label} outside 2026-2028")


def main(write_readme=False):
    anchors = yaml.safe_load((HERE / "anchors.yaml").read_text(encoding="utf-8"))
    cases = []
    for i, f in enumerate(FILES):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            fail(f.name, "must be a list of 10 cases")
            continue
        for j, c in enumerate(data):
            want = f"r-{i * 10 + j + 1:03d}"
            if c.get("id") != want:
                fail(f.name, f"id {c.get('id')} where {want} expected")
        cases += data

    loose_report = []
    for c in cases:
        cid = c["id"]
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            fail(cid, f"fields {sorted(c)}")
            continue
        if c["kind"] not in DOC_KINDS:
            fail(cid, f"kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail(cid, "facts must be a mapping of 4-8 entries")
        for k, v in facts.items():
            check_value_type(cid, k, v)
        texts = {"zh": c["zh"], "en": c["en"]}
        han = len(re.findall(r"[\u4e00-\u9fff]", texts["zh"]))
        words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,:/@$%&–-]*", texts["en"]))
        if not 110 <= han <= 160:
            fail(cid, f"zh has {han} Han characters")
        if not 65 <= words <= 120:
            fail(cid, f"en has {words} words")
        c["_han"], c["_words"] = han, words

        errors = c["errors"] or []
        faulty = set()        # (fact, lang) whose rendering is deliberately wrong/missing
        weekday_founds = {"zh": [], "en": []}
        date_founds = {"zh": [], "en": []}
        for e in errors:
            keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != keys:
                fail(cid, f"error fields {sorted(e)}")
                continue
            k, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail(cid, f"error kind/lang {k}/{lang}")
                continue
            if k in ("weekday", "term"):
                if fact is not None:
                    fail(cid, f"{k} error must have fact null")
            elif fact not in facts:
                fail(cid, f"error fact {fact!r} not in facts")
                continue
            if (k == "missing") != (found is None):
                fail(cid, f"found must be null exactly for missing errors")
            if found is not None and found not in texts[lang]:
                fail(cid, f"found {found!r} not in {lang}")
            other = "en" if lang == "zh" else "zh"
            if fact is not None:
                faulty.add((fact, lang))
            if k == "weekday":
                weekday_founds[lang].append(found)
            if k == "date":
                date_founds[lang].append(found)
            if k == "term":
                if e[f"{other}_term"] not in texts[other]:
                    fail(cid, f"term error: {other} lacks {e[other + '_term']!r}")
                if e[f"{lang}_term"].lower() in texts[lang].lower():
                    fail(cid, f"term error: {lang} still has the correct term {e[lang + '_term']!r}")
                if found and e[f"{lang}_term"].lower() in found.lower():
                    fail(cid, "term error: found contains the correct term")
            if fact is not None:
                hits = correct_forms_present(facts[fact], texts[lang], lang, fact_dates(facts), k)
                if hits:
                    fail(cid, f"{k} error: correct value of {fact} still in {lang}: {hits}")
                if found and isinstance(facts[fact], str) and facts[fact] in found:
                    fail(cid, "found contains the correct value")
            extra_absent = (anchors.get(cid, {}).get("absent") or {}).get(lang, [])
            for a in extra_absent:
                if a.lower() in texts[lang].lower() if a.isascii() else a in texts[lang]:
                    fail(cid, f"{lang} must not contain {a!r}")
            if k == "missing":
                # present on the other side
                anc = anchors.get(cid, {}).get(fact, {}).get(other, [])
                if not anc or not all(a in texts[other] for a in anc):
                    fail(cid, f"missing fact {fact} not shown present in {other}")

        # anchors: every fact present in both languages except faulty sides
        anc_case = anchors.get(cid, {})
        if set(anc_case) - {"absent"} != set(facts):
            fail(cid, f"anchors keys {sorted(set(anc_case) - {'absent'})} != facts")
        for fact in facts:
            for lang in ("zh", "en"):
                if (fact, lang) in faulty:
                    continue
                anc = (anc_case.get(fact) or {}).get(lang, [])
                if not anc:
                    fail(cid, f"no anchor for {fact} in {lang}")
                for a in anc:
                    if a not in texts[lang]:
                        fail(cid, f"anchor {a!r} for {fact} not in {lang}")

        # dates and weekdays
        fds = fact_dates(facts)
        fact_date_owner = collections.defaultdict(list)
        for label, v in facts.items():
            for d in fact_dates({label: v}):
                fact_date_owner[d].append(label)
        for lang in ("zh", "en"):
            text = texts[lang]
            dates = parse_dates(text, lang, fds)
            parsed = [d for d, _, _ in dates]
            for d, s, e in dates:
                if d is None:
                    fail(cid, f"{lang}: unparseable date {text[s:e]!r}")
                elif d not in fact_date_owner:
                    if not any(text[s:e] in f for f in date_founds[lang] if f):
                        fail(cid, f"{lang}: date {text[s:e]!r} = {d} is not a fact date")
            for d, labels in fact_date_owner.items():
                if d not in parsed and not any((lb, lang) in faulty for lb in labels):
                    fail(cid, f"{lang}: fact date {d} ({labels}) not written")
            pairs, loose = attach(text, lang, dates, weekday_mentions(text, lang))
            loose_report += [f"{cid} {lang}: …{x}…" for x in loose]
            for d, w, s, e in pairs:
                ok = d is not None and d.weekday() == w
                span = text[s:e]
                in_found = any(f and (span in f or f in text[max(0, s - 40):e + 40] and s >= text.find(f) and e <= text.find(f) + len(f))
                               for f in weekday_founds[lang])
                if not ok and not in_found:
                    fail(cid, f"{lang}: weekday mismatch {span!r} ({d} is {d.strftime('%A') if d else '?'})")
                if ok and in_found:
                    fail(cid, f"{lang}: seeded weekday error {span!r} is actually correct")
            for f in weekday_founds[lang]:
                fs = text.find(f)
                covered = [p for p in pairs if p[2] >= fs and p[3] <= fs + len(f)]
                if not covered or all(p[0].weekday() == p[1] for p in covered):
                    fail(cid, f"{lang}: weekday error {f!r} does not contain a wrong weekday")
                dd = parse_dates(f, lang, fds)
                if not dd or dd[0][0] not in fact_date_owner:
                    fail(cid, f"{lang}: weekday error {f!r} should carry a correct fact date")

    # ------------------------------------------------------------ counts
    errs = [(c["id"], e) for c in cases for e in (c["errors"] or [])]
    counts = {
        "cases": len(cases),
        "clean": sum(1 for c in cases if not c["errors"]),
        "with_errors": sum(1 for c in cases if c["errors"]),
        "errors": len(errs),
        "by_lang": dict(collections.Counter(e["lang"] for _, e in errs)),
        "by_kind": {k: sum(1 for _, e in errs if e["kind"] == k) for k in ERR_KINDS},
        "by_kind_lang": {k: {l: sum(1 for _, e in errs if e["kind"] == k and e["lang"] == l) for l in ("zh", "en")} for k in ERR_KINDS},
        "doc_kinds": dict(sorted(collections.Counter(c["kind"] for c in cases).items())),
        "facts": dict(sorted(collections.Counter(len(c["facts"]) for c in cases).items())),
        "total_facts": sum(len(c["facts"]) for c in cases),
        "zh_han": (min(c["_han"] for c in cases), max(c["_han"] for c in cases)),
        "en_words": (min(c["_words"] for c in cases), max(c["_words"] for c in cases)),
    }
    trad = set("這個們說為與來對時會後見動實現發點經還區應學關專條際號體處員認總週際計畫劃資議請獎僱強積門診賠償檢討轉調職級歸屬認購薪")
    simp = set("这个们说为与来对时会后见动实现发点经还区应学关专条际号体处员认总周计划资议请奖雇强积门诊赔偿检讨转调职级归属认购薪")
    script = collections.Counter()
    for c in cases:
        t = sum(ch in trad - simp for ch in c["zh"])
        s = sum(ch in simp - trad for ch in c["zh"])
        script["Traditional" if t > s else "Simplified"] += 1
    counts["zh_script"] = dict(script)

    lines = [
        f"- cases: {counts['cases']} ({counts['clean']} clean, {counts['with_errors']} with seeded errors)",
        f"- seeded errors: {counts['errors']} (zh {counts['by_lang'].get('zh', 0)}, en {counts['by_lang'].get('en', 0)})",
        "- errors by kind (zh / en): " + ", ".join(
            f"{k} {counts['by_kind'][k]} ({counts['by_kind_lang'][k]['zh']}/{counts['by_kind_lang'][k]['en']})" for k in ERR_KINDS),
        f"- cases with two errors: {sum(1 for c in cases if len(c['errors'] or []) == 2)}",
        "- document kinds: " + ", ".join(f"{k} {v}" for k, v in counts["doc_kinds"].items()),
        "- facts per case: " + ", ".join(f"{k} facts: {v} cases" for k, v in counts["facts"].items()) + f" (total {counts['total_facts']})",
        "- zh script: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["zh_script"].items())),
        f"- zh length {counts['zh_han'][0]}-{counts['zh_han'][1]} Han characters; en length {counts['en_words'][0]}-{counts['en_words'][1]} words",
    ]
    print("\n".join(lines))
    if loose_report:
        print("\nweekday words not attached to a date (review by hand):")
        print("\n".join("  " + x for x in loose_report))
    if write_readme:
        readme = HERE / "README.md"
        txt = readme.read_text(encoding="utf-8")
        block = "<!-- counts:start -->\n" + "\n".join(lines) + "\n<!-- counts:end -->"
        txt2 = re.sub(r"<!-- counts:start -->.*?<!-- counts:end -->", block, txt, flags=re.S)
        readme.write_text(txt2, encoding="utf-8")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        print("\n".join("  " + p for p in problems))
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main("--write-readme" in sys.argv))
