#!/usr/bin/env python3
"""Validator for blind set blind43 (Python 3 + PyYAML only).

Checks
  1. structure: 4 files x 10 cases, ids r-001..r-040, fields, kinds, 4-8 facts,
     fact value types, 110-160 Han characters (zh), 65-120 words (en);
  2. counts: 24 clean cases, 16 faulty cases, 18 seeded errors, exactly two cases
     with two errors (in different languages), errors per kind and language;
  3. error records: field rules per kind, `found` is an exact substring of the
     faulty language, term pairs, and that the correct value of the fact does not
     appear (in any of the forms generated below) in the faulty language;
  4. weekdays: every weekday written next to a date, in both languages, is
     recomputed with datetime; a wrong weekday is allowed only inside the `found`
     of a seeded `weekday` error, and each weekday error must contain one.
     Weekday words that are not next to a date must be listed in GENERIC;
  5. presence: every fact of the brief is found in every language that is not
     marked faulty for it (forms generated below plus the hand-listed renderings
     in ALIASES, which document the harder legitimate renderings).

Usage: python3 validate.py [-v]
"""
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["pairs_%d.yaml" % i for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]
EXPECTED_ERRORS = {  # kind -> {lang: count}
    "date": {"zh": 1, "en": 1},
    "weekday": {"zh": 2, "en": 1},
    "number": {"zh": 1, "en": 2},
    "percent": {"zh": 1, "en": 1},
    "name": {"zh": 1, "en": 1},
    "link": {"zh": 1, "en": 1},
    "missing": {"zh": 1, "en": 1},
    "term": {"zh": 1, "en": 1},
}

# Weekday words that are deliberately NOT tied to a date (generic use).
GENERIC = {
    ("r-017", "zh"): ["每周三"],
    ("r-017", "en"): ["every Wednesday"],
    ("r-020", "zh"): ["每周一"],
    ("r-020", "en"): ["Monday-morning"],
    ("r-032", "zh"): ["下周二"],
    ("r-032", "en"): ["next Tuesday"],
}

# Hand-listed legitimate renderings that the generic form generator does not
# produce: (id, fact label, lang) -> list of substrings.
ALIASES = {
    ("r-001", "每人目标数", "zh"): ["三到五个"],
    ("r-001", "每人目标数", "en"): ["three to five"],
    ("r-001", "单个目标权重上限", "zh"): ["四成"],
    ("r-001", "对齐会时间", "zh"): ["下午两点半"],
    ("r-001", "对齐会时间", "en"): ["2:30 pm"],
    ("r-002", "自評期間", "zh"): ["6月15日（一）至26日"],
    ("r-002", "自評期間", "en"): ["15 June to Fri 26 June"],
    ("r-002", "主管評核截止", "zh"): ["115/7/10"],
    ("r-002", "考核面談時長", "zh"): ["半小時"],
    ("r-003", "個別面談期", "zh"): ["3月9日至20日"],
    ("r-003", "個別面談期", "en"): ["9 and 20 March"],
    ("r-003", "人力資源聯絡人", "en"): ["Chan Wing-sze"],
    ("r-004", "新员工年假", "zh"): ["十四天"],
    ("r-004", "年假结转上限", "zh"): ["五天"],
    ("r-004", "育儿假", "zh"): ["六天"],
    ("r-005", "试用期", "zh"): ["半年"],
    ("r-005", "试用期工资比例", "zh"): ["八成"],
    ("r-005", "转正申请提前期", "zh"): ["十五天"],
    ("r-005", "转正考核合格分", "zh"): ["70分"],
    ("r-005", "转正考核合格分", "en"): ["70 or above"],
    ("r-006", "门诊医药费上限", "zh"): ["1500令吉"],
    ("r-006", "牙科及眼科", "zh"): ["300令吉"],
    ("r-007", "校准会时间", "zh"): ["上午九点半至十二点"],
    ("r-007", "校准会时间", "en"): ["9:30 am to noon"],
    ("r-007", "A档比例", "zh"): ["A档两成"],
    ("r-007", "B档比例", "zh"): ["B档七成"],
    ("r-007", "C档比例", "zh"): ["C档一成"],
    ("r-008", "計畫期間", "zh"): ["八週"],
    ("r-008", "目標項數上限", "zh"): ["不超過三項"],
    ("r-008", "目標項數上限", "en"): ["no more than three"],
    ("r-009", "关键岗位推荐奖金", "zh"): ["1.5万元"],
    ("r-009", "奖金发放条件（入职满）", "en"): ["ninety days"],
    ("r-011", "申請資格（服務年資）", "zh"): ["服務滿一年"],
    ("r-011", "申請資格（服務年資）", "en"): ["12 months of service"],
    ("r-011", "進修資助上限", "zh"): ["三萬港元"],
    ("r-011", "考試假", "zh"): ["兩天有薪考試假"],
    ("r-011", "資助後服務期", "zh"): ["一年半"],
    ("r-012", "入职时长要求", "zh"): ["一个季度"],
    ("r-012", "S档系数", "en"): ["1.5x"],
    ("r-013", "提名截止时间", "zh"): ["傍晚六点"],
    ("r-013", "提名截止时间", "en"): ["6pm"],
    ("r-013", "晋升调薪幅度", "zh"): ["8%至15%"],
    ("r-013", "晋升调薪幅度", "en"): ["8 and 15 per cent"],
    ("r-014", "特休起算年資", "zh"): ["半年"],
    ("r-014", "半年年資特休", "zh"): ["3日"],
    ("r-014", "遞延上限", "zh"): ["上限7日"],
    ("r-014", "未休折算入帳日", "zh"): ["116年1月8日"],
    ("r-015", "转岗窗口", "en"): ["11 to 29 May"],
    ("r-015", "现岗位任职要求", "zh"): ["满一年"],
    ("r-016", "計劃期", "zh"): ["60日"],
    ("r-016", "中期檢討時間", "zh"): ["上午10時"],
    ("r-016", "中期檢討時間", "en"): ["10am"],
    ("r-017", "年度学分要求", "zh"): ["24学分"],
    ("r-017", "管理者额外学分", "zh"): ["另加8学分"],
    ("r-017", "管理者额外学分", "en"): ["additional 8"],
    ("r-017", "必修课完成率", "en"): ["three quarters"],
    ("r-017", "个人学习补贴", "zh"): ["三千元"],
    ("r-017", "新经理训练营", "zh"): ["9月17日（周四）至18日"],
    ("r-017", "新经理训练营", "en"): ["17 September to Friday 18 September"],
    ("r-018", "评分等级", "zh"): ["1至5分"],
    ("r-018", "评分等级", "en"): ["1-to-5"],
    ("r-018", "工作坊时间", "en"): ["2pm"],
    ("r-019", "会议时间", "zh"): ["下午三点至五点"],
    ("r-019", "会议时间", "en"): ["3pm to 5pm"],
    ("r-020", "每周远程办公上限", "zh"): ["不超过两天"],
    ("r-020", "每周远程办公上限", "en"): ["two days a week"],
    ("r-020", "核心工作时间", "zh"): ["上午十点至下午四点"],
    ("r-020", "核心工作时间", "en"): ["10 am to 4 pm"],
    ("r-020", "申请提前期", "zh"): ["三个工作日"],
    ("r-020", "网络补贴", "zh"): ["每月补贴网费100元"],
    ("r-020", "网络补贴", "en"): ["CNY100 a month"],
    ("r-021", "年終獎金", "zh"): ["1.5個月"],
    ("r-021", "年終獎金", "en"): ["1.5 months"],
    ("r-021", "績效獎金池", "en"): ["NT$12 million"],
    ("r-021", "發放日", "zh"): ["116年1月22日"],
    ("r-022", "全數歸屬年資", "zh"): ["滿十年"],
    ("r-022", "全數歸屬年資", "en"): ["ten years"],
    ("r-022", "強制性供款每月上限", "zh"): ["$1,500"],
    ("r-023", "提名截止时间", "zh"): ["晚上十点"],
    ("r-023", "提名截止时间", "en"): ["10 pm"],
    ("r-023", "现职级任职要求", "zh"): ["满两年"],
    ("r-023", "现职级任职要求", "en"): ["24 months"],
    ("r-023", "答辩期", "zh"): ["4月7日至10日"],
    ("r-023", "答辩期", "en"): ["7 to 10 April"],
    ("r-025", "陪产假", "zh"): ["增至10天"],
    ("r-025", "陪产假", "en"): ["to 10 days"],
    ("r-025", "婚假", "zh"): ["五天"],
    ("r-025", "恩恤假", "zh"): ["三天"],
    ("r-025", "恩恤假", "en"): ["Three days"],
    ("r-026", "加班工资倍率", "zh"): ["1.5倍"],
    ("r-026", "加班工资倍率", "en"): ["one and a half times"],
    ("r-026", "每月加班上限", "zh"): ["72小时"],
    ("r-026", "公共假期出勤工资", "zh"): ["双倍工资"],
    ("r-026", "公共假期出勤工资", "en"): ["double pay"],
    ("r-027", "试用期工资比例", "zh"): ["九成"],
    ("r-027", "转正申请提前期", "zh"): ["十个工作日"],
    ("r-027", "转正申请提前期", "en"): ["Ten working days"],
    ("r-028", "報到時間", "zh"): ["早上8時45分"],
    ("r-028", "報到時間", "en"): ["8:45 am"],
    ("r-028", "入職培訓期", "zh"): ["首兩星期"],
    ("r-028", "入職培訓期", "en"): ["first fortnight"],
    ("r-028", "員工餐每餐", "zh"): ["每餐只需25元"],
    ("r-028", "入職夥伴", "en"): ["Ho-yin Leung"],
    ("r-029", "育嬰留停期間", "zh"): ["6個月"],
    ("r-029", "育嬰留停期間", "en"): ["six-month"],
    ("r-029", "復職日", "zh"): ["115年10月5日"],
    ("r-029", "面談時間", "zh"): ["上午10:30"],
    ("r-029", "面談時間", "en"): ["10:30 am"],
    ("r-029", "哺乳時間", "zh"): ["每日可享60分鐘"],
    ("r-029", "哺乳時間", "en"): ["an hour a day"],
    ("r-030", "校准会周", "zh"): ["12月14日至18日"],
    ("r-030", "校准会周", "en"): ["December 14 to 18"],
    ("r-030", "单场时长上限", "zh"): ["不超过两小时"],
    ("r-030", "单场时长上限", "en"): ["two hours"],
    ("r-031", "调薪生效日", "zh"): ["二〇二七年一月一日"],
    ("r-031", "年终花红", "zh"): ["两个月薪金"],
    ("r-031", "年终花红", "en"): ["two months' salary"],
    ("r-032", "部门校准", "zh"): ["12月21日—24日"],
    ("r-032", "部门校准", "en"): ["21 to 24 December"],
    ("r-032", "360反馈人数", "en"): ["4 to 6 colleagues"],
    ("r-033", "適用期間", "zh"): ["115年1月1日至12月31日"],
    ("r-033", "適用期間", "en"): ["January 1 to December 31, 2026"],
    ("r-033", "一般職缺推薦獎金", "zh"): ["新台幣2萬元"],
    ("r-033", "主管職缺推薦獎金", "zh"): ["新台幣伍萬元"],
    ("r-033", "主管職缺推薦獎金", "en"): ["NT$50k"],
    ("r-033", "被推薦人到職滿", "zh"): ["到職滿三個月"],
    ("r-034", "晉升人數", "zh"): ["38位同事"],
    ("r-034", "晉升人數", "en"): ["38 colleagues"],
    ("r-034", "酒會時間", "zh"): ["晚上6時半"],
    ("r-034", "酒會時間", "en"): ["6:30 pm"],
    ("r-034", "人力資源總監", "en"): ["Cherry Mak Wing-yan"],
    ("r-035", "反馈期", "zh"): ["5月4日至15日"],
    ("r-035", "反馈期", "en"): ["4 to 15 May"],
    ("r-035", "邀请人数", "zh"): ["五至八位"],
    ("r-035", "邀请人数", "en"): ["five and eight"],
    ("r-035", "单项最少回复数", "zh"): ["少于三份"],
    ("r-035", "单项最少回复数", "en"): ["fewer than three"],
    ("r-036", "五年司龄奖", "zh"): ["两千元"],
    ("r-036", "十年司龄奖", "zh"): ["1万元"],
    ("r-036", "十年司龄奖", "en"): ["CNY 10k"],
    ("r-036", "十年带薪长假", "zh"): ["四周带薪长假"],
    ("r-036", "十年带薪长假", "en"): ["four-week"],
    ("r-036", "长假申请提前期", "zh"): ["提前两个月"],
    ("r-036", "长假申请提前期", "en"): ["two months ahead"],
    ("r-036", "颁奖典礼", "zh"): ["九月三十日"],
    ("r-037", "考核期間", "zh"): ["11月16日（一）至12月4日"],
    ("r-037", "考核期間", "en"): ["16 November to Friday 4 December"],
    ("r-037", "說明會時間", "zh"): ["下午3點"],
    ("r-037", "說明會時間", "en"): ["3 pm"],
    ("r-038", "项目时长", "zh"): ["为期半年"],
    ("r-038", "项目时长", "en"): ["six-month"],
    ("r-038", "名额", "zh"): ["30个名额"],
    ("r-038", "名额", "en"): ["30 places"],
    ("r-038", "面授出勤要求", "zh"): ["四分之三"],
    ("r-038", "项目负责人", "en"): ["Yifan (Evan) Shen"],
    ("r-039", "第十三个月薪金（AWS）", "zh"): ["一个月"],
    ("r-039", "第十三个月薪金（AWS）", "en"): ["one month"],
    ("r-039", "平均绩效花红", "zh"): ["1.8个月"],
    ("r-039", "平均绩效花红", "en"): ["1.8 months"],
    ("r-039", "一次性特别奖励", "zh"): ["1,200新元"],
    ("r-040", "評核期", "zh"): ["2026年12月1日至2027年1月15日"],
    ("r-040", "評核期", "en"): ["1 Dec 2026 to 15 Jan 2027"],
    ("r-040", "工作坊時間", "zh"): ["下午2時30分至4時"],
    ("r-040", "工作坊時間", "en"): ["2:30-4:00 pm"],
}

ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
EN_WD = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
         "fri": 4, "sat": 5, "sun": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
         "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
EN_MON = {}
for _i, _m in enumerate(MONTHS, 1):
    EN_MON[_m] = _i
    EN_MON[_m[:3]] = _i
EN_MON["sept"] = 9
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9}

errors = []
warnings = []


def fail(msg):
    errors.append(msg)


def cn_small(s):
    """Chinese numeral 1..39 (十, 二十, 廿, 卅) -> int; digits pass through."""
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGIT[a] if a else 1) * 10 + (CN_DIGIT[b] if b else 0)
    return CN_DIGIT[s]


def cn_year(s):
    return int("".join(str(CN_DIGIT[c]) for c in s))


# ---------------------------------------------------------------- weekdays
ZH_WD_TOKEN = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])")
ZH_BARE_WD = re.compile(r"[（(]\s*([一二三四五六日])\s*[）)]")
CN_NUM = "〇零一二三四五六七八九十廿卅"
ZH_DATE_END = re.compile(
    r"(?:(?P<y>\d{4})年|(?P<roc>\d{2,3})年|(?P<ycn>[〇零一二三四五六七八九]{4})年)?"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[" + CN_NUM + r"]{1,3})[日号號]\s*[（(]?\s*$")
ZH_SLASH_END = re.compile(r"(?:(?P<y>\d{3,4})/)?(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*[（(]?\s*$")
ZH_DAYONLY_END = re.compile(r"[至到~～—–-]\s*(?P<d>\d{1,2}|[" + CN_NUM + r"]{1,3})[日号號]\s*[（(]?\s*$")
ZH_MONTH = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})月")

EN_WD_TOKEN = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?)\b")
_MON = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
EN_AFTER_DM = re.compile(r"^,?\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MON + r"(?:,?\s+(?P<y>\d{4}))?")
EN_AFTER_MD = re.compile(r"^,?\s+" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?")
EN_BEFORE_DM = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"(?:\s+(?P<y>\d{4}))?,?\s*\(?\s*$")
EN_BEFORE_MD = re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?P<y>\d{4}))?,?\s*\(?\s*$")


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            for s in re.findall(r"\d{4}-\d{2}-\d{2}", v):
                out.append(dt.date.fromisoformat(s))
    return out


def resolve_year(case, m, d, y, where):
    if y is not None:
        return y
    fd = fact_dates(case["facts"])
    ys = {x.year for x in fd if (x.month, x.day) == (m, d)}
    if len(ys) == 1:
        return ys.pop()
    ys = {x.year for x in fd}
    if len(ys) == 1:
        return ys.pop()
    fail("%s: cannot resolve the year of %d/%d (%s)" % (case["id"], m, d, where))
    return None


def weekday_pairs(case, lang):
    """Return (pairs, generic) where pairs = [(start, end, date, written_wd)]."""
    text = case[lang]
    pairs, generic = [], []
    if lang == "zh":
        tokens = [(mo.start(), mo.end(), ZH_WD[mo.group(1)], False) for mo in ZH_WD_TOKEN.finditer(text)]
        tokens += [(mo.start(), mo.end(), ZH_WD[mo.group(1)], True) for mo in ZH_BARE_WD.finditer(text)]
        for s, e, wd, bare in sorted(tokens):
            before = text[max(0, s - 30):s]
            y = m = d = None
            mo = ZH_DATE_END.search(before)
            if mo:
                m, d = cn_small(mo.group("m")), cn_small(mo.group("d"))
                if mo.group("y"):
                    y = int(mo.group("y"))
                elif mo.group("roc"):
                    y = int(mo.group("roc")) + 1911
                elif mo.group("ycn"):
                    y = cn_year(mo.group("ycn"))
                start = s - len(before) + mo.start()
            else:
                mo = ZH_SLASH_END.search(before)
                if mo:
                    m, d = int(mo.group("m")), int(mo.group("d"))
                    if mo.group("y"):
                        yy = int(mo.group("y"))
                        y = yy + 1911 if yy < 1000 else yy
                    start = s - len(before) + mo.start()
                else:
                    mo = ZH_DAYONLY_END.search(before)
                    if mo:
                        d = cn_small(mo.group("d"))
                        months = ZH_MONTH.findall(text[:s - len(before) + mo.start()])
                        if not months:
                            fail("%s zh: day-only date without month before it" % case["id"])
                            continue
                        m = cn_small(months[-1])
                        start = s - len(before) + mo.start() + 1
            if m is None:
                if not bare:
                    generic.append((s, e, text[s:e]))
                continue
            y = resolve_year(case, m, d, y, "zh " + text[start:e])
            if y is None:
                continue
            # a closing bracket right after the token belongs to the pair
            end = e + 1 if (not bare and e < len(text) and text[e] in "）)") else e
            pairs.append((start, end, dt.date(y, m, d), wd))
    else:
        for mo in EN_WD_TOKEN.finditer(text):
            s, e = mo.start(), mo.end()
            wd = EN_WD[mo.group(1).rstrip(".").lower()]
            after = text[e:e + 40]
            before = text[max(0, s - 40):s]
            hit = None
            for rx in (EN_AFTER_DM, EN_AFTER_MD):
                a = rx.match(after)
                if a:
                    hit = (a, s, e + a.end())
                    break
            if not hit:
                for rx in (EN_BEFORE_DM, EN_BEFORE_MD):
                    b = rx.search(before)
                    if b:
                        end = e + 1 if e < len(text) and text[e] == ")" else e
                        hit = (b, s - len(before) + b.start(), end)
                        break
            if not hit:
                generic.append((s, e, text[s:e]))
                continue
            g, start, end = hit
            m = EN_MON[g.group("mon").rstrip(".").lower()]
            d = int(g.group("d"))
            y = int(g.group("y")) if g.group("y") else None
            y = resolve_year(case, m, d, y, "en " + text[start:end])
            if y is None:
                continue
            pairs.append((start, end, dt.date(y, m, d), wd))
    return pairs, generic


def check_weekdays(case):
    wd_errors = [e for e in case["errors"] if e.get("kind") == "weekday"]
    n_pairs = 0
    for lang in ("zh", "en"):
        text = case[lang]
        pairs, generic = weekday_pairs(case, lang)
        n_pairs += len(pairs)
        spans = []
        for e in wd_errors:
            if e.get("lang") == lang and e.get("found") and e["found"] in text:
                i = text.index(e["found"])
                spans.append([i, i + len(e["found"]), False])
        for s, en, date, wd in pairs:
            ok = date.weekday() == wd
            inside = [sp for sp in spans if sp[0] <= s and en <= sp[1]]
            if ok and inside:
                fail("%s %s: weekday error span covers a correct pair %r" % (case["id"], lang, text[s:en]))
            if not ok:
                if inside:
                    for sp in inside:
                        sp[2] = True
                else:
                    fail("%s %s: wrong weekday %r (%s is a %s)" % (
                        case["id"], lang, text[s:en], date.isoformat(), date.strftime("%A")))
        for sp in spans:
            if not sp[2]:
                fail("%s %s: weekday error %r holds no wrong date/weekday pair" % (
                    case["id"], lang, text[sp[0]:sp[1]]))
        allowed = GENERIC.get((case["id"], lang), [])
        for s, e, tok in generic:
            okg = False
            for a in allowed:
                for mo in re.finditer(re.escape(a), text):
                    if mo.start() <= s and e <= mo.end():
                        okg = True
            if not okg:
                fail("%s %s: weekday word %r not next to a date and not in GENERIC (context %r)" % (
                    case["id"], lang, tok, text[max(0, s - 12):e + 12]))
    for e in wd_errors:
        if e.get("lang") in ("zh", "en") and e.get("found") not in case[e["lang"]]:
            fail("%s: weekday error found not in text" % case["id"])
    return n_pairs


# ---------------------------------------------------------------- value forms
EN_NUM = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
          "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
          "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
CN_NUMERAL = "零一二三四五六七八九"


def zh_numeral(n):
    if n < 10:
        return [CN_NUMERAL[n]] + (["两"] if n == 2 else [])
    if n < 100:
        t, u = divmod(n, 10)
        head = "" if t == 1 else CN_NUMERAL[t]
        return [head + "十" + (CN_NUMERAL[u] if u else "")]
    return []


def num_strings(x):
    """Digit renderings of a number."""
    out = set()
    if float(x).is_integer():
        n = int(x)
        out |= {str(n), "{:,}".format(n)}
        if n >= 1000 and n % 100 == 0:
            k = n / 1000
            ks = ("%g" % k)
            out |= {ks + "k", ks + "K", ks + " k"}
        if n >= 10000 and n % 1000 == 0:
            w = n / 10000
            out |= {("%g" % w) + "万", ("%g" % w) + "萬"}
        if n >= 1000000 and n % 100000 == 0:
            out |= {("%g" % (n / 1000000)) + " million"}
    else:
        out.add(("%g" % x))
    return out


def value_forms(v, lang):
    """Common renderings of a fact value (used for presence and absence checks)."""
    f = set()
    if isinstance(v, dt.date):
        m, d, y = v.month, v.day, v.year
        if lang == "zh":
            f |= {"%d月%d日" % (m, d), "%d/%d" % (m, d), "%d-%02d-%02d" % (y, m, d)}
            f |= {a + "月" + b + "日" for a in zh_numeral(m) for b in zh_numeral(d)}
        else:
            full = MONTHS[m - 1].capitalize()
            for mon in {full, full[:3]}:
                for dd in {str(d), str(d) + {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th")}:
                    f |= {"%s %s" % (dd, mon), "%s %s" % (mon, dd), "%s of %s" % (dd, mon)}
            f.add("%d-%02d-%02d" % (y, m, d))
        return f
    if isinstance(v, dict):
        z, e = v["zh"], v["en"]
        if lang == "zh":
            return {z}
        parts = re.split(r"[\s-]+", e)
        f.add(e)
        f.add(" ".join(parts[1:] + parts[:1]))          # given name first
        f.add(e.replace(" ", "-", 1) if False else e)
        return {x for x in f if x}
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        f |= num_strings(v)
        if isinstance(v, int) and v <= 20:
            f |= set(zh_numeral(v)) if lang == "zh" else {EN_NUM[v]}
        return f
    s = str(v)
    if re.match(r"https?://", s) or "@" in s:
        return {s, re.sub(r"^https?://", "", s)}
    mo = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})", s)
    if mo:
        a, b = (dt.date.fromisoformat(x) for x in mo.groups())
        fa, fb = value_forms(a, lang), value_forms(b, lang)
        return {x + sep + y for x in fa for y in fb for sep in ("至", " to ", "–", "-", "—")}
    mo = re.fullmatch(r"(\d+(?:\.\d+)?)%", s)
    if mo:
        x = float(mo.group(1))
        n = mo.group(1)
        f |= {n + "%", n + " per cent", n + " percent", n + "％"}
        if lang == "zh" and x.is_integer():
            xi = int(x)
            if xi % 10 == 0 and xi <= 100:
                f.add(zh_numeral(xi // 10)[0] + "成")
            for z in zh_numeral(xi):
                f.add("百分之" + z)
        if lang == "en" and x.is_integer() and int(x) <= 20:
            f |= {EN_NUM[int(x)] + " per cent", EN_NUM[int(x)] + " percent"}
        return f
    mo = re.fullmatch(r"(\d+(?:\.\d+)?)%-(\d+(?:\.\d+)?)%", s)
    if mo:
        a, b = mo.groups()
        return {a + "%-" + b + "%", a + "%–" + b + "%", a + "% to " + b + "%", a + "%至" + b + "%"}
    mo = re.fullmatch(r"(\d+)-(\d+)", s)
    if mo:
        a, b = int(mo.group(1)), int(mo.group(2))
        if lang == "zh":
            f |= {"%d-%d" % (a, b), "%d至%d" % (a, b), "%d到%d" % (a, b), "%d～%d" % (a, b)}
            f |= {x + sep + y for x in zh_numeral(a) for y in zh_numeral(b) for sep in ("至", "到")}
        else:
            f |= {"%d-%d" % (a, b), "%d to %d" % (a, b), "%d–%d" % (a, b),
                  "%s to %s" % (EN_NUM[a], EN_NUM[b]) if b <= 20 else "%d-%d" % (a, b)}
        return f
    mo = re.fullmatch(r"(\d{2}):(\d{2})(?:-(\d{2}):(\d{2}))?", s)
    if mo:
        h, mi = int(mo.group(1)), mo.group(2)
        f |= {"%s:%s" % (mo.group(1), mi), "%d:%s" % (h, mi)}
        h12 = h - 12 if h > 12 else h
        f |= {"%d:%s" % (h12, mi)}
        if mi == "00":
            f |= {"%dpm" % h12, "%d pm" % h12, "%dam" % h12, "%d am" % h12}
        return f
    # amount with currency or a count with a unit
    mo = re.search(r"(\d[\d,]*(?:\.\d+)?)", s)
    if mo:
        x = float(mo.group(1).replace(",", ""))
        nums = num_strings(x)
        unit = s[mo.end():].strip()
        cur = s[:mo.start()].strip()
        if unit:
            uw = unit.split()[0]
            singular = uw.rstrip("s")
            for n in nums:
                f |= {n + " " + uw, n + " " + singular, n + "-" + singular}
            if x.is_integer() and x <= 20:
                w = EN_NUM[int(x)]
                f |= {w + " " + uw, w + " " + singular, w + "-" + singular}
            if lang == "zh":
                zh_unit = {"days": ["天", "日"], "day": ["天", "日"], "months": ["个月", "個月"],
                           "month": ["个月", "個月"], "years": ["年"], "year": ["年"],
                           "weeks": ["周", "週", "星期"], "hours": ["小时", "小時"],
                           "minutes": ["分钟", "分鐘"], "working": ["个工作日", "個工作天"],
                           "credits": ["学分"], "points": ["分"]}.get(uw, [])
                for n in nums:
                    f |= {n + u for u in zh_unit}
                if x.is_integer():
                    for z in zh_numeral(int(x)):
                        f |= {z + u for u in zh_unit}
        else:
            f |= nums
            if cur:
                f |= {cur + n for n in nums} | {cur + " " + n for n in nums}
        return f
    return {s}


def contains(text, form):
    if not form:
        return False
    if re.search(r"[A-Za-z0-9]", form[:1] + form[-1:]):
        pat = (r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", form[0]) else "") + re.escape(form) + \
              (r"(?![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", form[-1]) else "")
        return re.search(pat, text, re.I) is not None
    return form.lower() in text.lower()


def present(case, label, lang):
    v = case["facts"][label]
    forms = value_forms(v, lang) | set(ALIASES.get((case["id"], label, lang), []))
    return [f for f in forms if contains(case[lang], f)]


# ---------------------------------------------------------------- main checks
def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def check_fact_value(cid, label, v):
    if isinstance(v, dict):
        if set(v) != {"zh", "en"} or not all(isinstance(x, str) and x for x in v.values()):
            fail("%s: name fact %s must be {zh, en}" % (cid, label))
    elif isinstance(v, (dt.date, int, float, str)) and not isinstance(v, bool):
        if isinstance(v, dt.datetime):
            fail("%s: fact %s is a datetime, expected a date" % (cid, label))
    else:
        fail("%s: fact %s has unsupported type %s" % (cid, label, type(v).__name__))


def main():
    verbose = "-v" in sys.argv
    cases = []
    for i, fn in enumerate(FILES):
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            fail("%s: must be a list of 10 mappings" % fn)
            continue
        for j, c in enumerate(data):
            want = "r-%03d" % (i * 10 + j + 1)
            if not isinstance(c, dict):
                fail("%s[%d]: not a mapping" % (fn, j))
                continue
            if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
                fail("%s: fields %s" % (c.get("id"), sorted(c)))
            if c.get("id") != want:
                fail("%s[%d]: id %r, expected %s" % (fn, j, c.get("id"), want))
            cases.append(c)

    kinds_seen, err_tab = {}, {k: {"zh": 0, "en": 0} for k in ERR_KINDS}
    n_clean = n_faulty = n_err = n_double = n_pairs = 0
    for c in cases:
        cid = c.get("id")
        if c.get("kind") not in KINDS:
            fail("%s: kind %r" % (cid, c.get("kind")))
        kinds_seen[c.get("kind")] = kinds_seen.get(c.get("kind"), 0) + 1
        facts = c.get("facts")
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            fail("%s: facts must be a mapping of 4-8 entries" % cid)
            continue
        for k, v in facts.items():
            check_fact_value(cid, k, v)
        if not isinstance(c.get("zh"), str) or not isinstance(c.get("en"), str):
            fail("%s: zh/en must be strings" % cid)
            continue
        h = han_count(c["zh"])
        if not 110 <= h <= 160:
            fail("%s: zh has %d Han characters (110-160)" % (cid, h))
        w = len(c["en"].split())
        if not 65 <= w <= 120:
            fail("%s: en has %d words (65-120)" % (cid, w))
        errs = c.get("errors")
        if not isinstance(errs, list):
            fail("%s: errors must be a list" % cid)
            continue
        if not errs:
            n_clean += 1
        else:
            n_faulty += 1
        if len(errs) == 2:
            n_double += 1
            if errs[0].get("lang") == errs[1].get("lang"):
                fail("%s: the two errors must be in different languages" % cid)
        elif len(errs) > 2:
            fail("%s: more than two errors" % cid)
        faulty = set()  # (label, lang) pairs exempt from the presence check
        for e in errs:
            n_err += 1
            k, lang = e.get("kind"), e.get("lang")
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                fail("%s: bad error kind/lang %r/%r" % (cid, k, lang))
                continue
            err_tab[k][lang] += 1
            keys = {"kind", "lang", "fact", "found"} | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != keys:
                fail("%s: error fields %s, expected %s" % (cid, sorted(e), sorted(keys)))
            other = "en" if lang == "zh" else "zh"
            if k in ("weekday", "term"):
                if e.get("fact") is not None:
                    fail("%s: %s error must have fact null" % (cid, k))
            elif e.get("fact") not in facts:
                fail("%s: error fact %r not in facts" % (cid, e.get("fact")))
                continue
            if k == "missing":
                if e.get("found") is not None:
                    fail("%s: missing error must have found null" % cid)
            elif not isinstance(e.get("found"), str) or e["found"] not in c[lang]:
                fail("%s: found %r is not a substring of %s" % (cid, e.get("found"), lang))
            if k == "term":
                zt, et = e.get("zh_term"), e.get("en_term")
                if lang == "zh":
                    if zt in c["zh"]:
                        fail("%s: zh_term %r still appears in zh" % (cid, zt))
                    if et.lower() not in c["en"].lower():
                        fail("%s: en_term %r absent from en" % (cid, et))
                else:
                    if et.lower() in c["en"].lower():
                        fail("%s: en_term %r still appears in en" % (cid, et))
                    if zt not in c["zh"]:
                        fail("%s: zh_term %r absent from zh" % (cid, zt))
            if k not in ("weekday", "term"):
                label = e["fact"]
                faulty.add((label, lang))
                hits = present(c, label, lang)
                if hits:
                    fail("%s: correct value of %s still appears in %s as %r" % (cid, label, lang, hits))
                if not present(c, label, other):
                    fail("%s: fact %s not found in the other language %s" % (cid, label, other))
        n_pairs += check_weekdays(c)
        for label in facts:
            for lang in ("zh", "en"):
                if (label, lang) in faulty:
                    continue
                if not present(c, label, lang):
                    fail("%s: fact %s = %r not found in %s" % (cid, label, facts[label], lang))

    if len(cases) != 40:
        fail("expected 40 cases, got %d" % len(cases))
    if n_clean != 24 or n_faulty != 16:
        fail("clean/faulty = %d/%d, expected 24/16" % (n_clean, n_faulty))
    if n_err != 18:
        fail("seeded errors = %d, expected 18" % n_err)
    if n_double != 2:
        fail("cases with two errors = %d, expected 2" % n_double)
    if err_tab != EXPECTED_ERRORS:
        fail("errors by kind/lang %s differ from %s" % (err_tab, EXPECTED_ERRORS))
    if set(kinds_seen) != KINDS:
        fail("document kinds used: %s" % kinds_seen)

    print("cases %d  clean %d  faulty %d  errors %d  two-error cases %d" % (
        len(cases), n_clean, n_faulty, n_err, n_double))
    print("errors by kind: " + ", ".join("%s zh%d/en%d" % (k, v["zh"], v["en"]) for k, v in err_tab.items()))
    print("document kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds_seen.items())))
    print("date/weekday pairs recomputed: %d" % n_pairs)
    if verbose:
        for c in cases:
            for lang in ("zh", "en"):
                for s, e, d, wd in weekday_pairs(c, lang)[0]:
                    print("  %s %s %-28r %s %s" % (c["id"], lang, c[lang][s:e], d.isoformat(),
                                                    "ok" if d.weekday() == wd else "WRONG"))
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
