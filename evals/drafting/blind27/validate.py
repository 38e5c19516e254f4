#!/usr/bin/env python3
"""Validator for the blind27 evaluation set (pairs_1.yaml .. pairs_4.yaml).

Checks
- structure, ids r-001..r-040 (10 per file, in order), kinds, 4-8 facts, value types,
  dates in 2026-2028, zh 110-160 Han characters, en 65-120 words;
- every date+weekday mention in zh and en is correct (weekdays computed with datetime),
  except the seeded weekday errors, which must be wrong; every weekday word must belong
  to a date;
- every fact is present in both languages (automatic renderings, or a hand-checked
  evidence string from EVIDENCE below), except where an error is seeded;
- seeded errors: `found` occurs in its language; the correct value is absent there in
  any form; missing facts are absent from one language and present in the other; term
  errors use the correct pair on the other side and not on the faulty side;
- prints the counts used in README.md.
Run: python3 validate.py  (exit status 1 on any problem)
"""
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = [HERE / f"pairs_{i}.yaml" for i in range(1, 5)]
DOC_KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = {"date", "weekday", "number", "percent", "name", "link", "missing", "term"}

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- numerals
CN_DIG = "零一二三四五六七八九"
EN_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen").split()
EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}


def en_word(n):
    if n < 20:
        return EN_WORDS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t * 10] + ("" if u == 0 else "-" + EN_WORDS[u])
    if n < 1000 and n % 100 == 0:
        return EN_WORDS[n // 100] + " hundred"
    if n % 1000 == 0 and n // 1000 < 100:
        return en_word(n // 1000) + " thousand"
    return None


def cn_num(n):
    """Chinese numeral forms for n (0 < n < 100000)."""
    def under_10k(x, lead=True):
        s = ""
        units = [(1000, "千"), (100, "百"), (10, "十")]
        zero = False
        for val, ch in units:
            q, x = divmod(x, val)
            if q:
                if zero:
                    s += "零"
                    zero = False
                if not (val == 10 and q == 1 and s == "" and lead):
                    s += CN_DIG[q]
                s += ch
            elif s:
                zero = True
        if x:
            if zero:
                s += "零"
            s += CN_DIG[x]
        return s
    forms = set()
    if n < 10000:
        base = under_10k(n)
    else:
        w, r = divmod(n, 10000)
        base = under_10k(w) + "万" + (under_10k(r, lead=False) if r else "")
    forms.add(base)
    forms.add(base.replace("万", "萬"))
    if n == 2:
        forms |= {"两", "兩"}
    if base.startswith("二") and n >= 100:
        forms |= {"两" + base[1:], "兩" + base[1:]}
    # 一千五 / 三万 style abbreviations
    forms |= {f.rstrip("百十") for f in list(forms) if n >= 1000}
    return {f for f in forms if f}


def num_forms_regex(n, lang):
    """Regexes matching the number n written as a value (not as part of a bigger number)."""
    pats = []
    if float(n).is_integer():
        n = int(n)
        plain = str(n)
        comma = f"{n:,}"
        for s in {plain, comma}:
            pats.append(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)")
        if n >= 1000 and n % 1000 == 0:
            pats.append(r"(?<![\d.,])" + str(n // 1000) + r"\s?[kK千]")
        if n >= 10000 and n % 10000 == 0:
            pats.append(r"(?<![\d.,])" + str(n // 10000) + r"\s?[万萬]")
        if n == 200000:
            pats.append(r"2,00,000|2 lakh")
        if lang == "en":
            w = en_word(n)
            if w:
                pats.append(r"\b" + re.escape(w) + r"\b")
        else:
            for f in cn_num(n):
                pats.append(r"(?<![零一二三四五六七八九十百千万萬两兩])" + re.escape(f)
                            + r"(?![零一二三四五六七八九十百千万萬两兩])")
    else:
        s = repr(float(n)).rstrip("0")
        pats.append(r"(?<![\d.])" + re.escape(s) + r"(?![\d])")
    return pats


def any_match(pats, text):
    for p in pats:
        m = re.search(p, text, flags=re.I)
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_RE = {i + 1: rf"(?:{m}|{m[:3]}\.?)" for i, m in enumerate(MONTHS)}
MON_RE[9] = r"(?:September|Sept?\.?)"
CN_MONTH = {i: (cn_num(i) - {"两", "兩"}) for i in range(1, 13)}


def date_forms(d, lang):
    if lang == "zh":
        return [rf"(?<!\d){d.month}月{d.day}日", rf"(?<!\d){d.month}/{d.day}(?!\d)",
                re.escape(d.isoformat())] + \
               [re.escape(f"{m}月{dd}日") for m in CN_MONTH[d.month] for dd in cn_num(d.day)]
    day = rf"{d.day}(?:st|nd|rd|th)?"
    mon = MON_RE[d.month]
    return [rf"(?<!\d){day}\s+{mon}\b", rf"\b{mon}\s+{day}\b",
            rf"(?<![\d/]){d.day}/{d.month}(?!\d)", rf"(?<![\d/]){d.month}/{d.day}(?!\d)",
            re.escape(d.isoformat())]


WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday_forms(wd, lang):
    if lang == "zh":
        c = WD_ZH[wd]
        alts = [c] + (["天"] if wd == 6 else [])
        return [rf"(?:星期|週|周|礼拜|禮拜){a}" for a in alts] + [rf"[（(]{c}[）)]"]
    return [rf"\b{WD_EN[wd]}\b", rf"\b{WD_EN[wd][:3]}\b\.?", rf"\b{WD_EN[wd][:4]}\b\.?"]


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for s in re.findall(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(s))
    return out


def check_weekdays(c, lang, seeded):
    """Return list of (mention, ok) for every date+weekday mention; flag orphans."""
    text = c[lang]
    fds = fact_dates(c["facts"])
    years = sorted({d.year for d in fds})
    mentions = []
    if lang == "zh":
        wd_tok = r"(?:星期|週|周|礼拜|禮拜)([一二三四五六日天])|[（(]([一二三四五六日])[）)]"
        pat = (r"(?:(\d{4})年)?(\d{1,2})(?:月|/)(\d{1,2})日?\s*"
               r"(?:[（(]?\s*(?:星期|週|周|礼拜|禮拜)([一二三四五六日天])\s*[）)]?|[（(]([一二三四五六日])[）)])")
        for m in re.finditer(pat, text):
            y, mo, da = m.group(1), int(m.group(2)), int(m.group(3))
            w = m.group(4) or m.group(5)
            wd = 6 if w in "日天" else WD_ZH.index(w)
            mentions.append((m.group(0), y, mo, da, wd, m.span()))
        n_tokens = len(re.findall(wd_tok, text))
    else:
        wdn = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun)\.?"
        monn = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["Sept"])
        pat = (rf"\b{wdn},?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({monn})\.?|({monn})\.?\s+(\d{{1,2}}))"
               rf"(?:,?\s+(\d{{4}}))?")
        pat2 = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({monn})\.?(?:\s+(\d{{4}}))?\s*\({wdn}\)"
        for m in re.finditer(pat, text):
            w = m.group(1)
            day = int(m.group(2) or m.group(5))
            mname = m.group(3) or m.group(4)
            mo = next(i + 1 for i, x in enumerate(MONTHS) if x.startswith(mname[:3]))
            wd = next(i for i, x in enumerate(WD_EN) if x.startswith(w[:3]))
            mentions.append((m.group(0), m.group(6), mo, day, wd, m.span()))
        for m in re.finditer(pat2, text):
            day, mname, y, w = int(m.group(1)), m.group(2), m.group(3), m.group(4)
            mo = next(i + 1 for i, x in enumerate(MONTHS) if x.startswith(mname[:3]))
            wd = next(i for i, x in enumerate(WD_EN) if x.startswith(w[:3]))
            mentions.append((m.group(0), y, mo, day, wd, m.span()))
        n_tokens = len(re.findall(rf"\b{wdn}\b", text))
    if n_tokens != len(mentions):
        bad(c["id"], f"{lang}: {n_tokens} weekday words but {len(mentions)} date+weekday mentions parsed")
    results = []
    for s, y, mo, da, wd, span in mentions:
        if y:
            d = dt.date(int(y), mo, da)
        else:
            cands = [f for f in fds if (f.month, f.day) == (mo, da)]
            if not cands:
                bad(c["id"], f"{lang}: date in '{s}' is not a fact date; year unknown")
                continue
            d = cands[0]
        ok = d.weekday() == wd
        is_seeded = any(f in s or s in f for f in seeded)
        if is_seeded and ok:
            bad(c["id"], f"{lang}: seeded weekday error '{s}' is actually correct")
        if not is_seeded and not ok:
            bad(c["id"], f"{lang}: wrong weekday in '{s}' ({d} is {d.strftime('%A')})")
        results.append((s, ok))
    for f in seeded:
        if not any(f in s or s in f for s, _ in results):
            bad(c["id"], f"{lang}: seeded weekday error '{f}' not parsed as a date+weekday mention")
    return results


# ---------------------------------------------------------------- fact renderings
def norm_letters(s):
    return re.sub(r"[^a-z]", "", s.lower())


def value_patterns(v, lang):
    """Regexes for the value v written in lang (used for presence and absence)."""
    if isinstance(v, dict):                      # name
        if lang == "zh":
            return [re.escape(v["zh"])]
        return None                              # handled by name_in_en
    if isinstance(v, dt.date):
        return date_forms(v, lang)
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, (int, float)):
        return num_forms_regex(v, lang)
    s = str(v)
    if re.match(r"https?://", s):
        bare = re.sub(r"^https?://", "", s)
        return [re.escape(bare) + r"(?![\w/-])"]
    if "@" in s:
        return [re.escape(s)]
    if " to " in s and re.search(r"\d{4}-\d{2}-\d{2}", s):   # date range
        return None                                        # handled by endpoints
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", s)
    if m:
        n = float(m.group(1))
        pats = []
        if n.is_integer():
            n = int(n)
            pats += [rf"(?<![\d.]){n}\s?%", rf"(?<![\d.]){n}\s?(?:per ?cent|percent)"]
            if lang == "zh":
                pats += [re.escape("百分之" + f) for f in cn_num(n)]
                if n % 10 == 0:
                    pats += [re.escape(f + "成") for f in cn_num(n // 10)]
                    pats += [rf"(?<!\d){n // 10}成"]
            else:
                w = en_word(n)
                if w:
                    pats += [rf"\b{w} ?(?:per ?cent|percent)"]
            if n == 75:
                pats += [r"three[- ]quarters", r"四分之三"]
        else:
            pats += [rf"(?<![\d.]){re.escape(m.group(1))}\s?(?:%|per ?cent|percent)"]
        return pats
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%\s*-\s*(\d+(?:\.\d+)?)%", s)
    if m:
        return ("RANGE", [m.group(1) + "%", m.group(2) + "%"])
    m = re.fullmatch(r"(\d+)-(\d+)", s)
    if m:
        return ("RANGE", [int(m.group(1)), int(m.group(2))])
    m = re.fullmatch(r"(?:[A-Z]{2,3}\$?|S\$|HK\$|NT\$|RM|INR)\s?([\d,]+)", s)
    if m:
        return num_forms_regex(int(m.group(1).replace(",", "")), lang)
    m = re.fullmatch(r"([\d.]+)\s+(.+)", s)     # duration / count with unit
    if m:
        n = float(m.group(1))
        nums = num_forms_regex(int(n) if n.is_integer() else n, lang)
        unit = unit_regex(m.group(2), lang)
        return [p + unit for p in nums]
    return [re.escape(s)]


UNITS = [  # (keyword in the brief's unit, zh regex, en regex)
    ("working day", r"\s*(?:个|個)?工作日", r"[- ](?:working|business) days?"),
    ("day", r"\s*(?:个|個)?(?:天|日|工作日)", r"[- ]days?"),
    ("week", r"\s*(?:个|個)?(?:周|週|星期)", r"[- ]weeks?"),
    ("month", r"\s*(?:个|個)月", r"[- ]months?"),
    ("hour", r"\s*(?:个|個)?(?:小时|小時|钟头|鐘頭)", r"[- ]hours?"),
    ("minute", r"\s*(?:分钟|分鐘)", r"[- ]minutes?"),
]


def unit_regex(unit, lang):
    for key, zh, en in UNITS:
        if key in unit:
            return zh if lang == "zh" else en
    raise ValueError(f"unknown unit {unit!r}")


def name_in_en(v, text):
    toks = [t for t in re.split(r"[\s-]+", v["en"]) if t]
    t = norm_letters(text)
    fam, given = toks[0], "".join(toks[1:])
    for cand in (fam + given, given + fam):
        if norm_letters(cand) in t:
            return cand
    return None


def present(v, lang, text):
    """Return the matched rendering or None."""
    if isinstance(v, dict) and lang == "en":
        return name_in_en(v, text)
    if isinstance(v, str) and " to " in v and re.search(r"\d{4}-\d{2}-\d{2}", v):
        ends = [dt.date.fromisoformat(x) for x in re.findall(r"\d{4}-\d{2}-\d{2}", v)]
        got = []
        for i, d in enumerate(ends):
            pats = date_forms(d, lang)
            if lang == "zh" and i == 1 and ends[0].month == d.month:
                pats.append(rf"至{d.day}日")
            g = any_match(pats, text)
            if not g:
                return None
            got.append(g)
        return " .. ".join(got)
    pats = value_patterns(v, lang)
    if isinstance(pats, tuple) and pats[0] == "RANGE":
        got = []
        for part in pats[1]:
            g = present(part, lang, text)
            if not g:
                return None
            got.append(g)
        return " .. ".join(got)
    return any_match(pats, text)


# Hand-checked renderings the automatic patterns do not cover (times, multiples,
# fractions, durations in other units).  (id, fact label, lang) -> exact substring.
EVIDENCE = {
    ("r-001", "说明会时间", "zh"): "下午3:00—4:00",
    ("r-001", "说明会时间", "en"): "from 3 to 4 p.m.",
    ("r-003", "跟进面谈间隔", "en"): "fortnightly",
    ("r-005", "健身会员费报销比例", "zh"): "会员费可报销一半",
    ("r-006", "校准会时间", "zh"): "14:00—17:30",
    ("r-006", "校准会时间", "en"): "from 2:00 pm to 5:30 pm",
    ("r-007", "现职最低任职时间", "zh"): "任职满一年半",
    ("r-007", "晋升加薪幅度", "zh"): "百分之八至百分之十五",
    ("r-009", "核心工作時段", "zh"): "上午10點至下午4點",
    ("r-009", "核心工作時段", "en"): "10 a.m. to 4 p.m.",
    ("r-009", "居家辦公設備補助", "zh"): "新台幣6千元",
    ("r-013", "簡介會時間", "zh"): "中午12時30分至下午1時30分",
    ("r-013", "簡介會時間", "en"): "from 12:30 to 1:30 p.m.",
    ("r-013", "新評級等級數目", "zh"): "改為四級",
    ("r-013", "新評級等級數目", "en"): "a four-point scale",
    ("r-016", "加班工资", "zh"): "基本时薪的1.5倍",
    ("r-017", "最低在岗时间", "en"): "at least one year",
    ("r-018", "確認後通知期", "zh"): "通知期為一個月",
    ("r-018", "確認後通知期", "en"): "notice period for both sides is one month",
    ("r-019", "年終獎金基準", "zh"): "兩個月本薪",
    ("r-019", "年終獎金基準", "en"): "two months' base salary",
    ("r-020", "一对一复盘时长", "zh"): "约半小时",
    ("r-020", "OKR评分范围", "zh"): "0至1分",
    ("r-020", "OKR评分范围", "en"): "a scale of 0 to 1",
    ("r-023", "典礼时间", "zh"): "傍晚6时30分",
    ("r-023", "典礼时间", "en"): "at 6.30pm",
    ("r-023", "20-year award", "zh"): "服务满二十年者则可获得该金额的两倍",
    ("r-025", "臨時住宿", "zh"): "為期28天",
    ("r-025", "派駐期", "zh"): "一般為兩年",
    ("r-026", "认证考试费报销比例", "zh"): "可全额报销",
    ("r-026", "年度学习津贴", "zh"): "最高20万卢比",
    ("r-027", "会议时间", "zh"): "上午10时",
    ("r-027", "会议时间", "en"): "at 10am",
    ("r-028", "申訴處理委員會女性委員比例下限", "zh"): "女性委員不得少於二分之一",
    ("r-028", "申訴處理委員會女性委員比例下限", "en"): "At least half of the members",
    ("r-028", "每年防治教育訓練時數", "en"): "a minimum of 120 minutes",
    ("r-030", "“待改进”评级比例", "zh"): "5%至10%",
    ("r-031", "OKR撰写工作坊时长", "zh"): "一个半小时",
    ("r-033", "啟動會時間", "zh"): "下午2點至3點半",
    ("r-033", "啟動會時間", "en"): "from 2 to 3.30pm",
    ("r-033", "計畫期間", "zh"): "為期半年",
    ("r-033", "每次會面時長", "zh"): "每次60分鐘",
    ("r-033", "每次會面時長", "en"): "for an hour each time",
    ("r-033", "每月會面次數", "en"): "at least twice a month",
    ("r-038", "弹性上班时段", "zh"): "早上7:30至10:00",
    # plain counts: the number alone would also match list numbers, so name the phrase
    ("r-008", "名額", "zh"): "名額只有30個",
    ("r-008", "名額", "en"): "Places are capped at 30",
    ("r-009", "每週遠距工作天數上限", "zh"): "每週最多可遠距工作兩天",
    ("r-009", "每週遠距工作天數上限", "en"): "up to two days per week",
    ("r-014", "生成报告最少反馈份数", "zh"): "至少三份反馈",
    ("r-014", "生成报告最少反馈份数", "en"): "a minimum of three responses",
    ("r-016", "每月加班上限", "en"): "more than 72 overtime hours in a month",
    ("r-022", "同事反馈最少份数", "en"): "at least three colleagues",
    ("r-024", "晉升說明文件頁數上限", "zh"): "不超過三頁",
    ("r-024", "晉升說明文件頁數上限", "en"): "no more than three pages",
    ("r-024", "評審委員人數", "zh"): "由五位跨部門主管組成",
    ("r-024", "評審委員人數", "en"): "made up of five cross-functional leaders",
    ("r-033", "每月會面次數", "zh"): "每月至少會面2次",
    ("r-034", "育儿假子女年龄上限", "zh"): "子女未满7岁",
    ("r-034", "育儿假子女年龄上限", "en"): "below the age of seven",
    ("r-036", "转正最低评分", "zh"): "得分达到3分及以上",
    ("r-036", "转正最低评分", "en"): "A score of 3 or above",
    ("r-040", "獲晉升人數", "zh"): "共有27位同事獲得晉升",
    ("r-040", "獲晉升人數", "en"): "27 colleagues have been promoted",
    ("r-038", "弹性上班时段", "en"): "between 7.30am and 10am",
}

# Forms of the correct value that must be absent from the faulty language, beyond the
# automatic ones (other units, fractions, words).
EXTRA_ABSENT = {
    ("r-003", "绩效改进计划期限"): [r"\b56 days\b", r"\btwo months\b", r"\beight\b"],
    ("r-015", "进修资助比例"): [r"three[- ]quarters", r"\b3/4\b"],
    ("r-022", "同事反馈最少份数"): [r"三"],
    ("r-039", "伙食津貼"): [r"3,000", r"3000", r"three thousand", r"3k"],
}


# ---------------------------------------------------------------- main checks
def main():
    all_cases = []
    for i, f in enumerate(FILES, 1):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            bad(f.name, "must be a list of 10 mappings")
            continue
        for j, c in enumerate(data):
            want = f"r-{(i - 1) * 10 + j + 1:03d}"
            if c.get("id") != want:
                bad(f.name, f"id {c.get('id')} should be {want}")
            all_cases.append(c)

    for c in all_cases:
        cid = c.get("id")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, f"fields {sorted(c)}")
            continue
        if c["kind"] not in DOC_KINDS:
            bad(cid, f"kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
        for k, v in facts.items():
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                bad(cid, f"name fact {k} needs zh and en")
            if not isinstance(v, (dt.date, int, float, str, dict)):
                bad(cid, f"fact {k} has type {type(v).__name__}")
        for d in fact_dates(facts):
            if not 2026 <= d.year <= 2028:
                bad(cid, f"date {d} outside 2026-2028")
        han = len(re.findall(r"[\u4e00-\u9fff]", c["zh"]))
        words = len(c["en"].split())
        if not 110 <= han <= 160:
            bad(cid, f"zh has {han} Han characters")
        if not 65 <= words <= 120:
            bad(cid, f"en has {words} words")

        errs = c["errors"] or []
        seeded_wd = {"zh": [], "en": []}
        faulty = {}          # (fact label, lang) -> error kind
        for e in errs:
            need = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if e.get("kind") == "term" else set())
            if set(e) != need:
                bad(cid, f"error fields {sorted(e)}")
                continue
            k, lang, fact, found = e["kind"], e["lang"], e["fact"], e["found"]
            other = "en" if lang == "zh" else "zh"
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                bad(cid, f"error kind/lang {k}/{lang}")
                continue
            if k in ("weekday", "term"):
                if fact is not None:
                    bad(cid, f"{k} error must have fact: null")
            elif fact not in facts:
                bad(cid, f"error fact '{fact}' not in facts")
                continue
            if k == "missing":
                if found is not None:
                    bad(cid, "missing error must have found: null")
            elif not isinstance(found, str) or found not in c[lang]:
                bad(cid, f"found '{found}' does not occur in {lang}")
            if k == "weekday":
                seeded_wd[lang].append(found)
                m = None
                # correct weekday must not appear in the faulty language at all
                for d in fact_dates(facts):
                    pats = date_forms(d, lang)
                    if any(re.search(p, found) for p in pats):
                        m = d
                if m is None:
                    bad(cid, f"weekday error '{found}' has no fact date")
                else:
                    g = any_match(weekday_forms(m.weekday(), lang), c[lang])
                    if g:
                        bad(cid, f"correct weekday '{g}' appears in {lang}")
                continue
            if k == "term":
                zt, et = e["zh_term"], e["en_term"]
                if lang == "zh":
                    if et.lower() not in c["en"].lower():
                        bad(cid, f"en lacks correct term '{et}'")
                    if zt in c["zh"]:
                        bad(cid, f"zh still contains correct term '{zt}'")
                else:
                    if zt not in c["zh"]:
                        bad(cid, f"zh lacks correct term '{zt}'")
                    if et.lower() in c["en"].lower():
                        bad(cid, f"en still contains correct term '{et}'")
                continue
            faulty[(fact, lang)] = k
            v = facts[fact]
            g = present(v, lang, c[lang])
            ev = EVIDENCE.get((cid, fact, lang))
            if g or (ev and ev in c[lang]):
                bad(cid, f"correct value of '{fact}' still present in {lang}: {g or ev}")
            for p in EXTRA_ABSENT.get((cid, fact), []):
                mm = re.search(p, c[lang], flags=re.I)
                if mm:
                    bad(cid, f"correct value of '{fact}' present in {lang} as '{mm.group(0)}'")
            if k == "missing":
                if not (present(v, other, c[other]) or EVIDENCE.get((cid, fact, other), "\0") in c[other]):
                    bad(cid, f"missing fact '{fact}' also absent from {other}")

        # every fact present in both languages unless seeded
        for k, v in facts.items():
            for lang in ("zh", "en"):
                if (k, lang) in faulty:
                    continue
                ev = EVIDENCE.get((cid, k, lang))
                if ev is not None:
                    if ev not in c[lang]:
                        bad(cid, f"evidence '{ev}' for '{k}' not in {lang}")
                    continue
                if not present(v, lang, c[lang]):
                    bad(cid, f"fact '{k}' = {v!r} not found in {lang}")

        for lang in ("zh", "en"):
            check_weekdays(c, lang, seeded_wd[lang])

    # ---------------------------------------------------------------- counts
    clean = [c for c in all_cases if not c.get("errors")]
    faulty_cases = [c for c in all_cases if c.get("errors")]
    errs = [e for c in all_cases for e in (c.get("errors") or [])]
    print(f"cases: {len(all_cases)}  clean: {len(clean)}  with errors: {len(faulty_cases)}  errors: {len(errs)}")
    print("errors by language:", dict(sorted(Counter(e["lang"] for e in errs).items())))
    print("errors by kind:", dict(sorted(Counter(e["kind"] for e in errs).items())))
    print("errors by kind x lang:", dict(sorted(Counter(f"{e['kind']}/{e['lang']}" for e in errs).items())))
    print("document kinds:", dict(sorted(Counter(c["kind"] for c in all_cases).items())))
    print("facts:", sum(len(c["facts"]) for c in all_cases),
          "(per case", min(len(c["facts"]) for c in all_cases), "-", max(len(c["facts"]) for c in all_cases), ")")
    script = Counter("Traditional" if re.search(r"[們這個為來會與請於對將說時間經]", c["zh"]) else "Simplified"
                     for c in all_cases)
    print("zh script (heuristic):", dict(script))
    hans = [len(re.findall(r"[\u4e00-\u9fff]", c["zh"])) for c in all_cases]
    words = [len(c["en"].split()) for c in all_cases]
    print(f"zh Han chars {min(hans)}-{max(hans)}, en words {min(words)}-{max(words)}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
