#!/usr/bin/env python3
"""Validator for the blind31 bilingual HR fact-checker eval set.

Checks
  * structure: 4 files x 10 mappings, ids r-001..r-040, fields and types,
    4-8 facts, zh 110-160 Han characters, en 65-120 words;
  * every fact date lies in 2026-2028;
  * every date+weekday mention in both languages is correct (weekday computed
    with datetime), except the seeded weekday errors, which must be wrong;
  * every fact is rendered in both languages (generic renderings plus the
    per-case ALIASES table below), except where an error is seeded;
  * each seeded error: `found` occurs in its language; for value errors
    (date/number/percent/name/link) and missing facts, no rendering of the
    correct value occurs in the faulty language and the value is present in the
    other language; term errors use the correct pair on the other side and the
    correct term is absent from the faulty side;
  * prints the counts used in README.md.

Usage: python3 validate.py [-v]           (exit code 1 on any failure)
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
FIELDS = {"id", "kind", "facts", "zh", "en", "errors"}

# Renderings that the generic form generator cannot derive (other units,
# words, fractions, shortened ranges). Each alias counts as "present".
ALIASES = {
    ("r-001", "每人目标数量", "en"): ["three to five"],
    ("r-001", "每人目标数量", "zh"): ["3至5个"],
    ("r-003", "遞延天數上限", "en"): ["five days"],
    ("r-006", "核心工作时间", "en"): ["10am to 4pm"],
    ("r-006", "核心工作时间", "zh"): ["上午10时至下午4时"],
    ("r-006", "每周回办公室天数", "zh"): ["三天"],
    ("r-006", "每周回办公室天数", "en"): ["three days"],
    ("r-007", "熱線服務時間", "en"): ["9am to 6pm"],
    ("r-007", "熱線服務時間", "zh"): ["上午9時至下午6時"],
    ("r-008", "试用期", "zh"): ["半年"],
    ("r-008", "试用期", "en"): ["six months"],
    ("r-009", "陪产假使用期限", "en"): ["three months"],
    ("r-009", "申请提前期", "en"): ["four weeks"],
    ("r-010", "服務承諾期", "zh"): ["一年"],
    ("r-011", "会议时间", "en"): ["2:00 to 5:30 p.m."],
    ("r-014", "年假", "zh"): ["四周"],
    ("r-014", "年假", "en"): ["four weeks"],
    ("r-014", "长期服务假资格", "zh"): ["十年"],
    ("r-014", "长期服务假资格", "en"): ["a decade"],
    ("r-014", "年假申请提前通知", "en"): ["a fortnight"],
    ("r-015", "培训时间", "en"): ["9.00am to 5.00pm"],
    ("r-015", "培训时间", "zh"): ["上午9时至下午5时"],
    ("r-016", "產假", "zh"): ["十四個星期"],
    ("r-016", "侍產假", "en"): ["five days"],
    ("r-017", "受理确认时限", "en"): ["three working days"],
    ("r-017", "培训时长", "zh"): ["一小时"],
    ("r-017", "培训时长", "en"): ["60-minute"],
    ("r-018", "现岗位最短任职时间", "zh"): ["一年"],
    ("r-019", "面谈时间", "en"): ["11:30 AM"],
    ("r-019", "面谈时间", "zh"): ["上午11:30"],
    ("r-020", "健檢期間", "zh"): ["116年3月1日（一）至5月31日（一）"],
    ("r-020", "健檢期間", "en"): ["March 1 through Monday, May 31, 2027"],
    ("r-020", "健檢公假", "zh"): ["公假一日"],
    ("r-020", "健檢公假", "en"): ["one day"],
    ("r-022", "现职级最短任职时间", "zh"): ["一年半"],
    ("r-022", "晋升加薪幅度", "zh"): ["8%至15%"],
    ("r-022", "晋升加薪幅度", "en"): ["8 to 15 per cent"],
    ("r-023", "每年免费咨询次数", "en"): ["six free"],
    ("r-023", "咨询时间", "zh"): ["早上8点至晚上8点"],
    ("r-023", "咨询时间", "en"): ["8am and 8pm"],
    ("r-024", "信號除下後返回工作時限", "zh"): ["兩小時"],
    ("r-024", "信號除下後返回工作時限", "en"): ["two hours"],
    ("r-024", "下午除下毋須返回時間分界", "zh"): ["下午二時"],
    ("r-024", "下午除下毋須返回時間分界", "en"): ["2pm"],
    ("r-025", "加入等待期", "zh"): ["三个月"],
    ("r-025", "加入等待期", "en"): ["three months"],
    ("r-025", "公司匹配比例", "en"): ["50 cents for every dollar"],
    ("r-026", "面谈时间", "zh"): ["下午3点"],
    ("r-026", "面谈时间", "en"): ["3:00 p.m."],
    ("r-026", "材料提交期限", "en"): ["three working days"],
    ("r-028", "開放投保期間", "zh"): ["2026年11月2日（一）至11月13日（五）"],
    ("r-028", "開放投保期間", "en"): ["November 2 through Friday, November 13, 2026"],
    ("r-028", "說明會時間", "zh"): ["中午12:00至13:00"],
    ("r-029", "进度检讨间隔", "zh"): ["每两周"],
    ("r-029", "进度检讨间隔", "en"): ["every fortnight"],
    ("r-030", "课程模块数", "zh"): ["四个模块"],
    ("r-030", "课程模块数", "en"): ["Four modules"],
    ("r-030", "总时长", "zh"): ["一个半小时"],
    ("r-030", "总时长", "en"): ["1.5 hours"],
    ("r-030", "及格分数", "zh"): ["80分（满分100分）"],
    ("r-031", "晉升簡介會時間", "zh"): ["下午4時"],
    ("r-031", "晉升簡介會時間", "en"): ["4pm"],
    ("r-032", "外派期限", "zh"): ["两年"],
    ("r-032", "面试安排", "zh"): ["9月21日至30日"],
    ("r-032", "面试安排", "en"): ["September 21 and September 30"],
    ("r-032", "申请人最短司龄", "zh"): ["三年"],
    ("r-032", "申请人最短司龄", "en"): ["three years"],
    ("r-033", "婚假使用期限", "zh"): ["一年内"],
    ("r-033", "婚假使用期限", "en"): ["within one year"],
    ("r-033", "申请提前通知", "zh"): ["14天"],
    ("r-033", "申请提前通知", "en"): ["two weeks"],
    ("r-034", "追蹤面談間隔", "zh"): ["每兩週"],
    ("r-034", "追蹤面談間隔", "en"): ["every two weeks"],
    ("r-034", "目標達成率門檻", "zh"): ["四分之三"],
    ("r-036", "发放条件入职时长", "zh"): ["三个月"],
    ("r-036", "发放条件入职时长", "en"): ["three months"],
    ("r-037", "年终花红", "zh"): ["一个半月"],
    ("r-038", "每人學習時數目標", "en"): ["eight hours"],
    ("r-038", "午間講座時間", "zh"): ["中午12時30分至1時30分"],
    ("r-038", "午間講座時間", "en"): ["12.30pm to 1.30pm"],
    ("r-038", "學習週日期", "en"): ["Monday 10 May to Friday 14 May 2027"],
    ("r-039", "評級等級數目", "zh"): ["五級"],
    ("r-039", "評級等級數目", "en"): ["five rating levels"],
    ("r-040", "次要照顾者带薪育儿假", "en"): ["four weeks"],
}

# ---------------------------------------------------------------- helpers
CN_DIG = "零一二三四五六七八九"
CN_YEAR_DIG = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_YEAR_DIG["零"] = 0
EN_NUM = ("zero one two three four five six seven eight nine ten eleven twelve "
          "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
EN_TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
           80: "eighty", 90: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_RE = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"


def cn_int(n):
    """Chinese numeral for 0 <= n < 100000 (simple, no 零 handling beyond basics)."""
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        s = CN_DIG[n // 100] + "百"
        if rest == 0:
            return s
        if rest < 10:
            return s + "零" + CN_DIG[rest]
        return s + (CN_DIG[rest // 10] + "十" + (CN_DIG[rest % 10] if rest % 10 else ""))
    if n < 10000:
        rest = n % 1000
        s = CN_DIG[n // 1000] + "千"
        if rest == 0:
            return s
        if rest < 100:
            return s + "零" + cn_int(rest)
        return s + cn_int(rest)
    w, rest = divmod(n, 10000)
    s = cn_int(w) + "万"
    if rest == 0:
        return s
    if rest < 1000:
        return s + "零" + cn_int(rest)
    return s + cn_int(rest)


def cn_to_int(s):
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG.index(ch)
        elif ch == "两" or ch == "兩":
            cur = 2
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
    return total + cur


def en_words(n):
    if n <= 20:
        return [EN_NUM[n]]
    if n < 100:
        t, u = divmod(n, 10)
        base = EN_TENS.get(t * 10)
        if base is None:
            return []
        return [base] if u == 0 else [f"{base}-{EN_NUM[u]}", f"{base} {EN_NUM[u]}"]
    return []


def num_variants(x):
    """Textual variants of a number (digits, commas, Chinese, English words)."""
    out = set()
    if float(x).is_integer():
        n = int(x)
        out |= {str(n), f"{n:,}"}
        out.add(cn_int(n)) if n < 100000 else None
        if n in (2,):
            out |= {"两", "兩"}
        if n >= 1000 and n % 1000 == 0:
            out |= {f"{n // 1000}千", f"{n // 1000}k", f"{n // 1000}K"}
        if n >= 10000:
            w = n / 10000
            out |= {f"{w:g}万", f"{w:g}萬"}
        if n >= 100000:
            out |= {f"{n / 100000:g} lakh"}
        if n >= 1000:
            out.add(cn_int(n).replace("万", "萬"))
        out |= set(en_words(n))
    else:
        out.add(f"{x:g}")
        ip, fp = f"{x:g}".split(".")
        out.add(cn_int(int(ip)) + "点" + "".join(CN_DIG[int(c)] for c in fp))
        out.add(cn_int(int(ip)) + "點" + "".join(CN_DIG[int(c)] for c in fp))
    return out


def find_num(text, variants):
    """True if any variant occurs as a standalone number/word."""
    for v in variants:
        if re.fullmatch(r"[\d.,]+[kK]?", v):
            pat = r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)"
            if re.search(pat, text):
                return v
        elif re.fullmatch(r"[a-z -]+", v):
            if re.search(r"(?<![A-Za-z-])" + re.escape(v) + r"(?![A-Za-z-])", text, re.I):
                return v
        else:  # Chinese numerals / 万 forms
            pat = r"(?<![零一二三四五六七八九十百千万萬两兩\d.])" + re.escape(v) + \
                  r"(?![零一二三四五六七八九十百千万萬点點\d])"
            if re.search(pat, text):
                return v
    return None


def date_forms(d, lang):
    m, day, y = d.month, d.day, d.year
    M = MONTHS[m - 1].capitalize()
    if lang == "zh":
        f = [f"{m}月{day}日", f"{m}月{day}号", f"{m}月{day}號",
             f"{cn_int(m)}月{cn_int(day)}日", f"{y}/{m}/{day}", f"{y}/{m:02d}/{day:02d}",
             d.isoformat(), f"{y - 1911}/{m}/{day}"]
    else:
        sfx = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        f = [f"{M} {day}", f"{M[:3]} {day}", f"{M[:3]}. {day}", f"{day} {M}",
             f"{day} {M[:3]}", f"{day}{sfx} {M}", f"{M} {day}{sfx}", f"{day}{sfx} {M[:3]}",
             f"{m}/{day}/{y}", f"{m:02d}/{day:02d}/{y}", f"{day}/{m}/{y}",
             f"{day:02d}/{m:02d}/{y}", d.isoformat(), f"{day}.{m:02d}.{y}"]
    return f


def find_date(text, d, lang):
    for f in date_forms(d, lang):
        pat = r"(?<![\d])" + re.escape(f) + r"(?![\d])"
        if re.search(pat, text, re.I):
            return f
    return None


def time_forms(hhmm, lang):
    h, m = map(int, hhmm.split(":"))
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h:02d}.{m:02d}"]
    ap = ["am", "a.m.", "AM", "A.M."] if h < 12 else ["pm", "p.m.", "PM", "P.M."]
    mm = "" if m == 0 else f":{m:02d}"
    mm2 = "" if m == 0 else f".{m:02d}"
    for a in ap:
        out += [f"{h12}{mm}{a}", f"{h12}{mm} {a}", f"{h12}{mm2}{a}", f"{h12}:{m:02d} {a}",
                f"{h12}.{m:02d}{a}"]
    if h == 12 and m == 0:
        out += ["noon", "中午12", "中午十二"]
    if lang == "zh":
        pre = "上午" if h < 12 else ("中午" if h == 12 else "下午")
        for hh in {str(h12), cn_int(h12), "两" if h12 == 2 else cn_int(h12)}:
            for unit in ("时", "時", "点", "點"):
                base = f"{pre}{hh}{unit}"
                if m == 0:
                    out += [base]
                elif m == 30:
                    out += [base + "半", base + "30分", base + "三十分"]
                else:
                    out += [base + f"{m}分"]
        out += [f"{h}时{m:02d}分", f"{h}時{m:02d}分"]
    return out


def find_any(text, forms, ci=False):
    for f in forms:
        pat = r"(?<![\d:.])" + re.escape(f) + r"(?![\d])"
        if re.search(pat, text, re.I if ci else 0):
            return f
    return None


def name_tokens(en):
    return [t for t in re.split(r"[\s\-]+", en.lower()) if t]


def classify(v):
    if isinstance(v, dt.date):
        return "date"
    if isinstance(v, dict):
        return "name"
    s = str(v)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}", s):
        return "daterange"
    if re.fullmatch(r"\d{2}:\d{2}-\d{2}:\d{2}", s):
        return "timerange"
    if re.fullmatch(r"\d{2}:\d{2}", s):
        return "time"
    if re.match(r"https?://", s) or "@" in s:
        return "link"
    if re.fullmatch(r"[\d.]+%-[\d.]+%", s) or re.fullmatch(r"\d+-\d+", s):
        return "numrange"
    if re.fullmatch(r"[\d.]+%", s):
        return "percent"
    return "number"


PCT_EXTRA = {
    50: ["half", "一半", "五成"], 80: ["four-fifths", "五分之四", "八成"],
    75: ["three quarters", "three-quarters", "四分之三"], 25: ["a quarter", "四分之一"],
    200: ["double", "twice", "两倍", "兩倍"], 100: ["full pay", "全薪"],
}


def pct_forms(p):
    s = f"{p:g}"
    out = [f"{s}%", f"{s} %", f"{s} per cent", f"{s} percent", f"{s}-per-cent",
           "百分之" + (cn_int(int(p)) if float(p).is_integer()
                     else cn_int(int(p)) + "点" + s.split(".")[1].translate(
                         str.maketrans("0123456789", CN_DIG)))]
    if float(p).is_integer():
        for w in en_words(int(p)):
            out += [f"{w} per cent", f"{w} percent"]
    out += PCT_EXTRA.get(p, [])
    return out


def present(case_id, label, value, lang, text):
    """Return the rendering found in `text`, or None."""
    for a in ALIASES.get((case_id, label, lang), []):
        if a.lower() in text.lower():
            return "alias:" + a
    k = classify(value)
    if k == "date":
        return find_date(text, value, lang)
    if k == "daterange":
        a, b = [dt.date.fromisoformat(x) for x in value.split(" to ")]
        fa, fb = find_date(text, a, lang), find_date(text, b, lang)
        return f"{fa}..{fb}" if fa and fb else None
    if k == "name":
        if lang == "zh":
            return value["zh"] if value["zh"] in text else None
        toks = name_tokens(value["en"])
        words = set(name_tokens(re.sub(r"[^\w\s\-]", " ", text)))
        return value["en"] if all(t in words for t in toks) else None
    if k == "link":
        core = re.sub(r"^https?://", "", str(value)).rstrip("/").lower()
        return core if core in text.lower() else None
    if k == "time":
        return find_any(text, time_forms(value, lang), ci=True)
    if k == "timerange":
        a, b = value.split("-")
        fa, fb = find_any(text, time_forms(a, lang), True), find_any(text, time_forms(b, lang), True)
        return f"{fa}..{fb}" if fa and fb else None
    if k == "percent":
        p = float(str(value).rstrip("%"))
        for f in pct_forms(p):
            pat = (r"(?<![\d.])" if f[0].isdigit() else r"(?<![A-Za-z])") + re.escape(f)
            if re.search(pat, text, re.I):
                return f
        return None
    if k == "numrange":
        a, b = [float(x.rstrip("%")) for x in re.split(r"(?<=\d|%)-", str(value))]
        fa, fb = find_num(text, num_variants(a)), find_num(text, num_variants(b))
        return f"{fa}..{fb}" if fa and fb else None
    # number / amount / count / duration
    m = re.search(r"\d[\d,]*(?:\.\d+)?", str(value))
    x = float(m.group().replace(",", ""))
    return find_num(text, num_variants(x))


# ------------------------------------------------------- weekday checking
EN_WD = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
         "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
         "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
ZH_WD = {c: i for i, c in enumerate("一二三四五六")}
ZH_WD.update({"日": 6, "天": 6})
EN_WD_RE = re.compile(r"\b(" + "|".join(sorted(EN_WD, key=len, reverse=True)) + r")\b\.?", re.I)
ZH_WD_RE = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])")
ZH_PAREN_WD_RE = re.compile(r"[（(]([一二三四五六日])[）)]")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str) and classify(v) == "daterange":
            out += [dt.date.fromisoformat(x) for x in v.split(" to ")]
    return out


def resolve(y, m, d, fdates):
    if y is not None:
        try:
            return dt.date(y, m, d)
        except ValueError:
            return None
    ys = {x.year for x in fdates if (x.month, x.day) == (m, d)}
    if len(ys) == 1:
        return dt.date(ys.pop(), m, d)
    return None


def date_mentions(text, lang, fdates):
    """List of (start, end, date or None, raw)."""
    out = []
    if lang == "en":
        pats = [
            re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MON_RE + r"(?:,?\s+(?P<y>\d{4}))?", re.I),
            re.compile(MON_RE + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>\d{4}))?", re.I),
        ]
        for p in pats:
            for mt in p.finditer(text):
                mon = MONTHS.index(next(x for x in MONTHS if x.startswith(mt.group("mon").lower()[:3]))) + 1
                y = int(mt.group("y")) if mt.group("y") else None
                out.append((mt.start(), mt.end(), resolve(y, mon, int(mt.group("d")), fdates), mt.group()))
        for mt in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text):
            out.append((mt.start(), mt.end(), resolve(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)), fdates), mt.group()))
        for mt in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", text):
            a, b, y = map(int, mt.groups())
            cands = {c for c in (resolve(y, a, b, []), resolve(y, b, a, [])) if c}
            hit = [c for c in cands if c in fdates]
            out.append((mt.start(), mt.end(), hit[0] if len(hit) == 1 else (cands.pop() if len(cands) == 1 else None), mt.group()))
    else:
        num = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
        p = re.compile(r"(?:(?P<y>\d{4}|\d{3}|[〇零一二三四五六七八九]{4})年)?(?P<m>" + num + r")月(?P<d>" + num + r")[日号號]")
        last = None
        spans = []
        for mt in p.finditer(text):
            ys = mt.group("y")
            y = None
            if ys:
                if ys.isdigit():
                    y = int(ys) + (1911 if len(ys) == 3 else 0)
                else:
                    y = int("".join(str(CN_YEAR_DIG[c]) for c in ys))
            m, d = cn_to_int(mt.group("m")), cn_to_int(mt.group("d"))
            out.append((mt.start(), mt.end(), resolve(y, m, d, fdates), mt.group()))
            spans.append((mt.start(), mt.end(), m, y))
        for mt in re.finditer(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)", text):
            out.append((mt.start(), mt.end(), resolve(*map(int, mt.groups()), fdates), mt.group()))
        # day-only end of a range: 5月10日（一）至14日（五）
        for mt in re.finditer(r"(?<=[至到~～])(\d{1,2})[日号號]", text):
            prev = [s for s in spans if s[1] <= mt.start()]
            if prev:
                _, _, m, y = prev[-1]
                out.append((mt.start(), mt.end(), resolve(y, m, int(mt.group(1)), fdates), mt.group()))
    return sorted(out)


def weekday_pairs(text, lang, fdates):
    """Yield (date_raw, date, weekday_raw, weekday_index, span_start, span_end)."""
    dates = date_mentions(text, lang, fdates)
    wds = []
    if lang == "en":
        for mt in EN_WD_RE.finditer(text):
            wds.append((mt.start(), mt.end(), EN_WD[mt.group(1).lower()], mt.group()))
    else:
        for mt in ZH_WD_RE.finditer(text):
            wds.append((mt.start(), mt.end(), ZH_WD[mt.group(1)], mt.group()))
        for mt in ZH_PAREN_WD_RE.finditer(text):
            wds.append((mt.start(), mt.end(), ZH_WD[mt.group(1)], mt.group()))
    pairs, unbound = [], []
    for ws, we, wi, wraw in wds:
        best = None
        for ds, de, d, draw in dates:
            gap_after = text[de:ws]    # date then weekday
            gap_before = text[we:ds]   # weekday then date
            if de <= ws and len(gap_after) <= 3 and re.fullmatch(r"[\s,，（(]*", gap_after):
                best = (ds, de, d, draw)
            elif we <= ds and len(gap_before) <= 2 and re.fullmatch(r"[\s,，]*", gap_before):
                best = (ds, de, d, draw)
        if best is None:
            unbound.append(wraw)
        else:
            ds, de, d, draw = best
            pairs.append((draw, d, wraw, wi, min(ds, ws), max(de, we)))
    return pairs, unbound


def han_count(s):
    return len(re.findall(r"[\u4e00-\u9fff\u3007]", s))


def en_word_count(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


# ---------------------------------------------------------------- main
VERBOSE = "-v" in sys.argv


def main():
    problems, notes = [], []
    cases = []
    for i, f in enumerate(FILES):
        if not f.exists():
            problems.append(f"{f.name}: missing")
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if not isinstance(data, list) or len(data) != 10:
            problems.append(f"{f.name}: expected a list of 10 mappings")
            continue
        for j, c in enumerate(data):
            want = f"r-{i * 10 + j + 1:03d}"
            if not isinstance(c, dict) or set(c) != FIELDS:
                problems.append(f"{f.name}[{j}]: fields {sorted(c) if isinstance(c, dict) else c}")
                continue
            if c["id"] != want:
                problems.append(f"{f.name}[{j}]: id {c['id']} != {want}")
            cases.append(c)

    err_counter, lang_counter = Counter(), Counter()
    kind_counter = Counter()
    n_clean = n_err_cases = 0
    for c in cases:
        cid, facts, zh, en, errs = c["id"], c["facts"], c["zh"], c["en"], c["errors"]
        texts = {"zh": zh, "en": en}
        kind_counter[c["kind"]] += 1
        if c["kind"] not in KINDS:
            problems.append(f"{cid}: bad kind {c['kind']}")
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            problems.append(f"{cid}: needs 4-8 facts")
            continue
        for lab, v in facts.items():
            if isinstance(v, dt.date) and not 2026 <= v.year <= 2028:
                problems.append(f"{cid}: fact date {lab} out of range")
            if isinstance(v, dict) and set(v) != {"zh", "en"}:
                problems.append(f"{cid}: name fact {lab} needs zh/en")
        for d in fact_dates(facts):
            if not 2026 <= d.year <= 2028:
                problems.append(f"{cid}: range date out of 2026-2028")
        hc, wc = han_count(zh), en_word_count(en)
        if not 110 <= hc <= 160:
            problems.append(f"{cid}: zh has {hc} Han characters (110-160)")
        if not 65 <= wc <= 120:
            problems.append(f"{cid}: en has {wc} words (65-120)")
        if not isinstance(errs, list):
            problems.append(f"{cid}: errors must be a list")
            continue
        if errs:
            n_err_cases += 1
        else:
            n_clean += 1

        # which (fact, lang) pairs are seeded as wrong/missing
        seeded = {}
        for e in errs:
            k, lang = e.get("kind"), e.get("lang")
            err_counter[k] += 1
            lang_counter[lang] += 1
            exp = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != exp:
                problems.append(f"{cid}: error fields {sorted(e)} != {sorted(exp)}")
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                problems.append(f"{cid}: bad error kind/lang {k}/{lang}")
                continue
            if k in ("weekday", "term"):
                if e.get("fact") is not None:
                    problems.append(f"{cid}: {k} error must have fact: null")
            elif e.get("fact") not in facts:
                problems.append(f"{cid}: error fact {e.get('fact')!r} not in facts")
            else:
                seeded[(e["fact"], lang)] = k
            if k == "missing":
                if e.get("found") is not None:
                    problems.append(f"{cid}: missing error must have found: null")
            else:
                if not isinstance(e.get("found"), str) or e["found"] not in texts[lang]:
                    problems.append(f"{cid}: found {e.get('found')!r} not in {lang}")
            other = "en" if lang == "zh" else "zh"
            if k == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                good_here = zt if lang == "zh" else et
                good_there = et if lang == "zh" else zt
                if good_here.lower() in texts[lang].lower():
                    problems.append(f"{cid}: correct term {good_here!r} still in {lang}")
                if good_there.lower() not in texts[other].lower():
                    problems.append(f"{cid}: term {good_there!r} not in {other}")
                if e["found"].lower() == good_here.lower():
                    problems.append(f"{cid}: found equals correct term")

        # presence / absence of every fact
        for lab, v in facts.items():
            for lang in ("zh", "en"):
                hit = present(cid, lab, v, lang, texts[lang])
                if VERBOSE:
                    print(f"  {cid} {lang} {lab}: {hit}")
                k = seeded.get((lab, lang))
                if k:
                    if hit:
                        problems.append(f"{cid}: {k} error on {lab}: correct value still in {lang} ({hit})")
                else:
                    if not hit:
                        problems.append(f"{cid}: fact {lab}={v!r} not found in {lang}")
            if (lab, "zh") in seeded and (lab, "en") in seeded:
                problems.append(f"{cid}: {lab} seeded in both languages")
        # seeded value errors: found must not contain the correct value
        for e in errs:
            if e["kind"] in ("date", "number", "percent", "name", "link") and e["fact"] in facts:
                if present(cid, e["fact"], facts[e["fact"]], e["lang"], e["found"]):
                    problems.append(f"{cid}: found {e['found']!r} contains the correct value")

        # weekday mentions
        fd = fact_dates(facts)
        wd_errs = [e for e in errs if e["kind"] == "weekday"]
        matched = set()
        for lang in ("zh", "en"):
            pairs, unbound = weekday_pairs(texts[lang], lang, fd)
            for draw, d, wraw, wi, s, t in pairs:
                if VERBOSE:
                    print(f"  {cid} {lang} weekday: {draw!r} -> {d} {wraw!r}")
                if d is None:
                    problems.append(f"{cid}/{lang}: cannot resolve date {draw!r} next to {wraw!r}")
                    continue
                if d.weekday() != wi:
                    span = texts[lang][s:t]
                    hit = [n for n, e in enumerate(wd_errs) if e["lang"] == lang and span in e["found"] or
                           (e["lang"] == lang and e["found"] in texts[lang][max(0, s - 5):t + 5] and draw in e["found"] and wraw.rstrip('.') in e["found"])]
                    if hit:
                        matched.update(hit)
                    else:
                        problems.append(f"{cid}/{lang}: wrong weekday {span!r} ({d} is {d.strftime('%A')})")
                else:
                    for n, e in enumerate(wd_errs):
                        if e["lang"] == lang and texts[lang][s:t] in e["found"]:
                            problems.append(f"{cid}: seeded weekday error {e['found']!r} is actually correct")
            if unbound:
                notes.append(f"{cid}/{lang}: weekday words not tied to a date: {unbound}")
        for n, e in enumerate(wd_errs):
            if n not in matched:
                problems.append(f"{cid}: seeded weekday error {e['found']!r} not detected")

    total_err = sum(err_counter.values())
    print(f"cases: {len(cases)}  clean: {n_clean}  with errors: {n_err_cases}  seeded errors: {total_err}")
    print("errors by kind:", dict(sorted(err_counter.items())))
    print("errors by lang:", dict(sorted(lang_counter.items())))
    kl = Counter((e['kind'], e['lang']) for c in cases for e in c['errors'])
    print("errors by kind x lang:", {f"{k}/{l}": n for (k, l), n in sorted(kl.items())})
    print("document kinds:", dict(sorted(kind_counter.items())))
    scripts = Counter("Traditional" if re.search(r"[們這個與為關於請應時將歡聯絡點區說]", c["zh"]) else "Simplified" for c in cases)
    print("zh script:", dict(scripts))
    print("facts per case:", dict(sorted(Counter(len(c['facts']) for c in cases).items())),
          " total facts:", sum(len(c['facts']) for c in cases))
    hcs = [han_count(c["zh"]) for c in cases]
    wcs = [en_word_count(c["en"]) for c in cases]
    if cases:
        print(f"zh Han chars: {min(hcs)}-{max(hcs)}   en words: {min(wcs)}-{max(wcs)}")
    for n in notes:
        print("note:", n)
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
