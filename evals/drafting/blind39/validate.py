#!/usr/bin/env python3
"""Validator for blind set blind39 (Python 3 + PyYAML only).

Checks record structure, lengths and the seeded-error counts, recomputes every
weekday written next to a date (zh and en) with datetime, and checks that links,
e-mail addresses and zh names of the brief appear where they should.
Usage: python3 validate.py [--verbose]
"""
import collections, datetime, pathlib, re, sys
import yaml

HERE = pathlib.Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date": 2, "weekday": 3, "number": 3, "percent": 2, "name": 2,
             "link": 2, "missing": 2, "term": 2}
N_CASES, N_CLEAN, N_ERRORS = 40, 24, 18
VERBOSE = "--verbose" in sys.argv
problems = []


def fail(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- helpers
CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
      "六": 6, "七": 7, "八": 8, "九": 9}


def cn_small(s):
    """'十一' -> 11, '二十七' -> 27, '8' -> 8."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]


def cn_digits(s):
    """'二〇二六' / '一一五' / '2026' -> int."""
    return int(s) if s.isdigit() else int("".join(str(CN[c]) for c in s))


ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2,
         "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3,
         "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6}
MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

ZH_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
ZH_YEAR = r"(?:(?P<y>[0-9]{4}|[〇零一二三四五六七八九]{4})|(?P<roc>[0-9]{2,3}|[〇零一二三四五六七八九]{3}))年"
ZH_DATE = rf"(?:{ZH_YEAR})?(?P<m>{ZH_NUM})月(?P<d>{ZH_NUM})[日号號]"
ZH_WDW = r"(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天])"
ZH_PAIRS = [
    # 12月1日（周二） / 12月1日(二) / 12月1日 星期二
    re.compile(rf"{ZH_DATE}\s*(?:[（(]\s*(?:(?:周|週|星期|礼拜|禮拜)?(?P<w>[一二三四五六日天]))\s*[）)]|{ZH_WDW.replace('?P<w>', '?P<w2>')})"),
    # 礼拜三（1月13日） / 周二 12月1日
    re.compile(rf"{ZH_WDW}\s*[（(]?\s*{ZH_DATE}"),
]
EN_WDN = r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
EN_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
EN_DAY = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
EN_YR = r"(?:,?\s+(?P<y>[0-9]{4}))?"
EN_PAIRS = [
    re.compile(rf"\b{EN_WDN},?\s+(?:the\s+)?{EN_DAY}\s+(?:of\s+)?{EN_MON}{EN_YR}"),
    re.compile(rf"\b{EN_WDN},?\s+{EN_MON}\s+{EN_DAY}\b{EN_YR}"),
    re.compile(rf"\b{EN_MON}\s+{EN_DAY}{EN_YR}\s*\(\s*{EN_WDN}\s*\)"),
    re.compile(rf"\b{EN_DAY}\s+{EN_MON}{EN_YR}\s*\(\s*{EN_WDN}\s*\)"),
]
ZH_WD_ANY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|[（(][一二三四五六日][）)]")
EN_WD_ANY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, datetime.date):
            out.append(v)
        elif isinstance(v, str):
            for s in re.findall(r"\d{4}-\d{2}-\d{2}", v):
                out.append(datetime.date.fromisoformat(s))
    return out


def resolve_year(m, d, explicit, fdates):
    if explicit:
        return explicit
    same = {x.year for x in fdates if (x.month, x.day) == (m, d)}
    if len(same) == 1:
        return same.pop()
    years = collections.Counter(x.year for x in fdates)
    return years.most_common(1)[0][0]


def weekday_pairs(text, lang, fdates):
    """Yield (span, matched_text, date, written_weekday_index)."""
    seen = []
    pats = ZH_PAIRS if lang == "zh" else EN_PAIRS
    for pat in pats:
        for mo in pat.finditer(text):
            if any(a < mo.end() and mo.start() < b for a, b in seen):
                continue
            g = mo.groupdict()
            if lang == "zh":
                m, d = cn_small(g["m"]), cn_small(g["d"])
                y = cn_digits(g["y"]) if g.get("y") else None
                if g.get("roc"):
                    y = cn_digits(g["roc"]) + 1911
                w = ZH_WD[g.get("w") or g.get("w2")]
            else:
                m, d = MONTHS[g["mon"].lower()], int(g["d"])
                y = int(g["y"]) if g.get("y") else None
                w = EN_WD[g["w"].lower()]
            y = resolve_year(m, d, y, fdates)
            seen.append((mo.start(), mo.end()))
            yield (mo.start(), mo.end()), mo.group(0), datetime.date(y, m, d), w


def norm_link(s):
    s = s.strip().lower()
    s = re.sub(r"^https?://", "", s)
    s = re.sub(r"^www\.", "", s)
    return s.rstrip("/")


def name_present(name, text):
    """Surname and given name both present as whole words, in any order;
    hyphens ignored and a split given name may be written joined (Ka Yan / Ka-yan)."""
    t = re.sub(r"[-‐]", "", text).lower()
    toks = re.sub(r"[-‐]", "", name).lower().split()
    parts = [toks[0], toks[1:]] if len(toks) > 1 else [toks[0], []]
    pats = [re.escape(parts[0])]
    if parts[1]:
        pats.append(r"\s?".join(re.escape(x) for x in parts[1]))
    return all(re.search(rf"(?<![a-z']){p}(?![a-z])", t) for p in pats)


# ---------------------------------------------------------------- main
all_cases = []
for f in FILES:
    if not f.exists():
        fail(f.name, "file missing")
        continue
    data = yaml.safe_load(f.read_text(encoding="utf-8"))
    if not isinstance(data, list) or len(data) != 10:
        fail(f.name, "must be a list of 10 mappings")
        continue
    all_cases.extend((f.name, c) for c in data)

if len(all_cases) != N_CASES:
    fail("set", f"expected {N_CASES} cases, got {len(all_cases)}")

err_counter = collections.Counter()
lang_counter = collections.Counter()
clean = faulty = double = 0
pairs_total = 0
kind_counter = collections.Counter()

for idx, (fname, c) in enumerate(all_cases, 1):
    cid = c.get("id", f"#{idx}") if isinstance(c, dict) else f"#{idx}"
    if not isinstance(c, dict):
        fail(cid, "record is not a mapping")
        continue
    if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
        fail(cid, f"fields {sorted(c)}")
        continue
    if c["id"] != f"r-{idx:03d}":
        fail(cid, f"id out of sequence (expected r-{idx:03d})")
    if f"pairs_{(idx - 1) // 10 + 1}.yaml" != fname:
        fail(cid, f"in wrong file {fname}")
    if c["kind"] not in KINDS:
        fail(cid, f"bad kind {c['kind']}")
    kind_counter[c["kind"]] += 1
    facts = c["facts"]
    if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
        fail(cid, "facts must be a mapping with 4-8 entries")
        continue
    for k, v in facts.items():
        if isinstance(v, dict):
            if set(v) != {"zh", "en"}:
                fail(cid, f"name fact {k} needs zh and en")
        elif isinstance(v, str) and " to " in v:
            a, _, b = v.partition(" to ")
            try:
                if datetime.date.fromisoformat(a) > datetime.date.fromisoformat(b):
                    fail(cid, f"range {k} reversed")
            except ValueError:
                fail(cid, f"range {k} not ISO")
        elif not isinstance(v, (str, int, float, datetime.date)):
            fail(cid, f"fact {k} has unsupported type {type(v).__name__}")
    zh, en = c["zh"], c["en"]
    han = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", zh))
    words = len(en.split())
    if not 110 <= han <= 160:
        fail(cid, f"zh has {han} Han characters (110-160)")
    if not 65 <= words <= 120:
        fail(cid, f"en has {words} words (65-120)")
    texts = {"zh": zh, "en": en}

    errors = c["errors"]
    if not isinstance(errors, list):
        fail(cid, "errors must be a list")
        continue
    if not errors:
        clean += 1
    else:
        faulty += 1
        if len(errors) == 2:
            double += 1
            if errors[0]["lang"] == errors[1]["lang"]:
                fail(cid, "two errors must be in different languages")
        elif len(errors) != 1:
            fail(cid, "a faulty case carries one or two errors")
    wd_errors = {"zh": [], "en": []}
    touched = {"zh": set(), "en": set()}  # facts with a seeded error per language
    for e in errors:
        need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
        if set(e) != need:
            fail(cid, f"error fields {sorted(e)}; expected {sorted(need)}")
            continue
        k, lang = e["kind"], e["lang"]
        if k not in ERR_KINDS or lang not in ("zh", "en"):
            fail(cid, f"bad error kind/lang {k}/{lang}")
            continue
        err_counter[k] += 1
        lang_counter[(k, lang)] += 1
        lang_counter[lang] += 1
        if k in ("weekday", "term"):
            if e["fact"] is not None:
                fail(cid, f"{k} error must have fact: null")
        elif e["fact"] not in facts:
            fail(cid, f"error fact {e['fact']!r} not in facts")
        else:
            touched[lang].add(e["fact"])
        if k == "missing":
            if e["found"] is not None:
                fail(cid, "missing error must have found: null")
        elif not isinstance(e["found"], str) or e["found"] not in texts[lang]:
            fail(cid, f"found {e['found']!r} not in {lang} text")
        if k == "term":
            if e["zh_term"] in zh and e["en_term"].lower() in en.lower():
                fail(cid, "term error: correct pair present in both languages")
            if lang == "zh" and e["zh_term"] in zh:
                fail(cid, "term error in zh but correct zh term present")
            if lang == "en" and e["en_term"].lower() in en.lower():
                fail(cid, "term error in en but correct en term present")
        if k == "weekday":
            wd_errors[lang].append(e["found"])

    # ---- weekdays next to dates, recomputed
    fdates = fact_dates(facts)
    for lang in ("zh", "en"):
        text = texts[lang]
        spans = []
        for span, s, date, w in weekday_pairs(text, lang, fdates):
            pairs_total += 1
            spans.append(span)
            ok = date.weekday() == w
            if VERBOSE:
                print(f"  {cid} {lang}: {s!r} -> {date} {date.strftime('%a')} {'OK' if ok else 'MISMATCH'}")
            if ok:
                continue
            hits = [f for f in wd_errors[lang]
                    if any(text.find(f, p) <= span[0] and span[1] <= text.find(f, p) + len(f)
                           for p in [m.start() for m in re.finditer(re.escape(f), text)])]
            if not hits:
                fail(cid, f"{lang}: weekday mismatch not declared: {s!r} ({date} is {date.strftime('%A')})")
        for f in wd_errors[lang]:
            pos = text.find(f)
            covered = [sp for sp in spans if pos <= sp[0] and sp[1] <= pos + len(f)]
            bad = [sp for sp in covered
                   for (sp2, s2, d2, w2) in weekday_pairs(text, lang, fdates)
                   if sp2 == sp and d2.weekday() != w2]
            if len(bad) != 1:
                fail(cid, f"{lang}: declared weekday error {f!r} does not cover exactly one wrong date/weekday pair")
        # weekday words not attached to a date (generic) — report only
        wd_any = ZH_WD_ANY if lang == "zh" else EN_WD_ANY
        for mo in wd_any.finditer(text):
            if not any(a <= mo.start() < b for a, b in spans) and VERBOSE:
                ctx = text[max(0, mo.start() - 12): mo.end() + 12].replace("\n", " ")
                print(f"  {cid} {lang}: free weekday word {mo.group(0)!r} in …{ctx}…")

    # ---- links, e-mails and names of the brief
    for label, v in facts.items():
        if isinstance(v, str) and (v.startswith("http") or re.fullmatch(r"[\w.+-]+@[\w.-]+", v)):
            target = norm_link(v)
            for lang in ("zh", "en"):
                present = target in norm_link(texts[lang]) or target in texts[lang].lower()
                if label in touched[lang] and present:
                    fail(cid, f"{lang}: link fact {label} has a seeded error but the correct value is present")
                if label not in touched[lang] and not present:
                    fail(cid, f"{lang}: link fact {label} ({v}) not found")
        if isinstance(v, dict):
            zh_ok = v["zh"] in zh
            en_ok = name_present(v["en"], en)
            if zh_ok == (label in touched["zh"]):
                fail(cid, f"zh: name {v['zh']} presence ({zh_ok}) disagrees with the seeded errors")
            if en_ok == (label in touched["en"]):
                fail(cid, f"en: name {v['en']} presence ({en_ok}) disagrees with the seeded errors")

# ---------------------------------------------------------------- set-level counts
if clean != N_CLEAN:
    fail("set", f"{clean} clean cases, expected {N_CLEAN}")
if faulty != N_CASES - N_CLEAN:
    fail("set", f"{faulty} faulty cases, expected {N_CASES - N_CLEAN}")
if double != 2:
    fail("set", f"{double} cases with two errors, expected 2")
if sum(err_counter.values()) != N_ERRORS:
    fail("set", f"{sum(err_counter.values())} seeded errors, expected {N_ERRORS}")
for k, n in ERR_KINDS.items():
    if err_counter[k] != n:
        fail("set", f"{err_counter[k]} {k} errors, expected {n}")
    zh_n, en_n = lang_counter[(k, "zh")], lang_counter[(k, "en")]
    if abs(zh_n - en_n) > 1:
        fail("set", f"{k} errors unbalanced over languages: zh {zh_n}, en {en_n}")
if abs(lang_counter["zh"] - lang_counter["en"]) > 1:
    fail("set", f"errors unbalanced: zh {lang_counter['zh']}, en {lang_counter['en']}")
if set(kind_counter) != KINDS:
    fail("set", f"document kinds used: {sorted(kind_counter)}")

print(f"cases {len(all_cases)}, clean {clean}, faulty {faulty}, two-error cases {double}")
print("errors by kind:", {k: f"{err_counter[k]} (zh {lang_counter[(k, 'zh')]}, en {lang_counter[(k, 'en')]})" for k in ERR_KINDS})
print(f"errors by language: zh {lang_counter['zh']}, en {lang_counter['en']}")
print("document kinds:", dict(sorted(kind_counter.items())))
print(f"date+weekday pairs recomputed: {pairs_total}")
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
