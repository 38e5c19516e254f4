"""Facts as people write them, in Chinese and English: every date, weekday, number, amount, percentage, time
and link mentioned in a text, normalised, with where it is. Pure functions; no language model.

Dates: "2026-12-17", "2026/12/17", "12/17", "2026年12月17日", "12月17号（周四）", "December 17, 2026",
"17 Dec 2026", "Thu 17 December", "01-09-2026" (day first where the text writes so), "116/6/21" (Taiwan's
calendar, in Chinese text), ranges "12月10日至17日", "10–17 December", "December 10-17".
Numbers: "1,248", "1248", "10 000", "1.2k", "1.5万", "一千二百四十八", "1500元", "RMB 1,500". Percentages: "20%",
"20 percent", "百分之二十", "两成", "七成半", "5 个百分点". Times: "18:00", "6 pm", "下午6点", "6点半". Links: URLs and
e-mail addresses."""

from __future__ import annotations

import re
from calendar import monthrange

from assistant.drafting.links import link_mentions
from assistant.drafting.list_marks import list_marks
from assistant.drafting.mention import ZH_NUM as _ZH_NUM
from assistant.drafting.mention import Mention, halves, valid_date
from assistant.drafting.mention import int_of as _int
from assistant.drafting.mention import year_of as _year
from assistant.drafting.times import times as _times
from assistant.i18n.numerals import (
    EN_NUMBER_PATTERN,
    EN_NUMBER_WORDS,
    ZH_DIGITS,
    en_number,
    number,
    zh_number,
)

# --- the words ---------------------------------------------------------------------------------------
_MONTHS = {m: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for m in names}  # fmt: skip
_WEEKDAYS_EN = {w: i for i, names in enumerate((
    ("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"), ("thursday", "thurs", "thu"),
    ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun"))) for w in names}  # fmt: skip
_WEEKDAYS_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WD = "|".join(sorted(_WEEKDAYS_EN, key=len, reverse=True))
DASH = r"\s*(?:-|–|—|~|～|to|until|through|至|到)\s*"
_ORD = r"(?:st|nd|rd|th)?"

# --- dates -----------------------------------------------------------------------------------------
_WD_AFTER = rf"(?:\s*[（(]?\s*(?:(?:周|星期|礼拜)([一二三四五六日天])|({_WD})\.?)\s*[)）]?)?"
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a year of the Republic of China calendar (Taiwan: 116/6/21 and 116年6月21日 are 2027) in Chinese text
    ("iso", re.compile(r"(?<![\d/.-])(\d{4}|1[01]\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/])" + _WD_AFTER, re.I)),
    ("zh_range_wds", re.compile(rf"(?:(\d{{4}})\s*年\s*)?(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]?{DASH}(?:(\d{{1,2}})\s*月\s*)?"
                                rf"(\d{{1,2}})\s*[日号]\s*[（(]\s*(?:周|星期|礼拜)([一二三四五六日天])\s*(?:至|到|-|–|~|～)\s*"
                                rf"(?:周|星期|礼拜)?([一二三四五六日天])\s*[)）]")),
    ("zh_range", re.compile(rf"(?:(\d{{4}}|(?<!\d)1[01]\d)\s*年\s*)?(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*月\s*(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*[日号]?"
                            rf"(?:\s*[（(]\s*(?:(?:周|星期|礼拜)([一二三四五六日天])\s*[)）]?|[^)）]{{1,4}}\s*[)）]))?"
                            rf"(?:\s*起(?=\s*[至到]))?(?:{DASH}|\s*[及和、]\s*)(?:(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*月\s*)?(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*[日号]" + _WD_AFTER, re.I)),
    # a later day of the same month named in the same sentence after a verb: "6月8日开放、19日关闭" (not "5日内",
    # "3个工作日": days counted)
    ("zh_later_day", re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]" + _WD_AFTER
                                + r"[^。；;！？!?\n\d日号月]{1,8}?[、，,]\s*(?:并?[于在]|至|到)?(\d{1,2})\s*[日号](?![内以之后天])"
                                r"(?!(?<=号)(?:楼|线|会议室|房|柜台|窗口|门|厅|馆))"
                                + _WD_AFTER, re.I)),
    # New Year's Day named, with its year: "2027年元旦", "116年元旦", "New Year's Day 2027"
    ("new_year", re.compile(r"(?<!\d)(\d{4}|1[01]\d)\s*年\s*元旦" + _WD_AFTER
                            + r"|\bNew Year['’]s Day,?\s+(\d{4})\b" + _WD_AFTER, re.I)),
    ("zh", re.compile(rf"(?:(\d{{4}}|(?<!\d)1[01]\d|{_ZH_NUM}{{4}})\s*年\s*)?(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*月\s*(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*[日号]"
                      + _WD_AFTER)),
    ("en_range_dm", re.compile(rf"\b(\d{{1,2}}){_ORD}(?:{DASH}|(?<=\bbetween \d)\s+and\s+|(?<=\bbetween \d\d)\s+and\s+)(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON})\.?(?:,?\s+(\d{{4}}))?\b", re.I)),
    # "Wednesday 26 to Friday 28 January", "Wednesday 26 and Thursday 27 January": each with its weekday
    ("en_range_wd", re.compile(rf"\b({_WD})\.?,?\s+(\d{{1,2}}){_ORD}(?:{DASH}|\s+and\s+)({_WD})\.?,?\s+(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MON})\.?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("en_range_md", re.compile(rf"\b(between\s+)?({_MON})\.?\s+(\d{{1,2}}){_ORD}(?:{DASH}|(?(1)\s+and\s+|(?!)))(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(\d{{1,2}}){_ORD}\b"
                               rf"(?:,?\s+(\d{{4}}))?", re.I)),  # "March 15–19", "between March 15 and 19"
    ("en_dm", re.compile(rf"(?:\b({_WD})\.?,?\s+)?\b(\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?|-)({_MON})\.?\b(?:(?:,?\s+|-)(\d{{4}})\b)?"
                         + _WD_AFTER, re.I)),
    ("en_md", re.compile(rf"(?:\b({_WD})\.?,?\s+)?\b({_MON})\.?\s+(\d{{1,2}}){_ORD}\b(?:,?\s+(\d{{4}})\b)?" + _WD_AFTER,
                         re.I)),
    ("slash", re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])" + _WD_AFTER, re.I)),
    # a month's last day: "2027年3月底", "end of March 2027", "the last day of March"
    # (a month's name capitalised: "the end of may be in sight" is no date)
    ("month_end", re.compile(rf"(?:(\d{{4}}|(?<!\d)1[01]\d|{_ZH_NUM}{{4}})\s*年\s*)?(\d{{1,2}}|{_ZH_NUM}{{1,3}})\s*月(?:月底|底|末|最后一天)"
                             + _WD_AFTER + rf"|\b(?:the\s+)?(?:end|last\s+day)(?:\s+of\s+|-)(?=(?-i:[A-Z]))({_MON})\.?(?:,?\s+(\d{{4}}))?\b", re.I)),
    # "11.27前" in Chinese text: a month, a dot and a two-digit day before a deadline's word (not "系数1.15起")
    ("zh_dotted", re.compile(r"(?<![\d/.A-Za-z-])(?<![系数倍率分])(1[0-2]|0?[1-9])\.([0-3]\d)(?![\d.%])"
                             r"(?=\s*(?:前|之前|以前|截止|起|至|到|开始|结束|[（(](?:周|星期)))" + _WD_AFTER)),
    # 01-09-2026, 01.09.2026: with its year only (9-15 alone is a range), read as the slash form
    ("dashed", re.compile(r"(?<![\d/.-])(\d{1,2})[-.](\d{1,2})[-.](\d{4})(?![\d]|[-./]\d)" + _WD_AFTER, re.I)),
)  # fmt: skip


def _weekday(zh: str | None, en: str | None) -> int | None:
    if zh:
        return _WEEKDAYS_ZH[zh]
    return _WEEKDAYS_EN[en.lower()] if en else None


_BARE_WEEKDAY = re.compile(r"(?<=[\d日号])([（(])([一二三四五六日])[)）]")


def _dates(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []
    # "1/22（五）", Taiwanese usage: a weekday numeral alone in brackets after a date, read as "（周五" (same length)
    read = _BARE_WEEKDAY.sub(lambda m: f"{m[1]}周{m[2]}", text)

    def add(
        start: int, end: int, y: int | None, mo: int | None, d: int | None, wd: int | None = None
    ) -> None:
        if valid_date(y, mo, d):
            out.append(Mention("date", start, end, (y, mo, d), text[start:end], wd))

    han = bool(re.search(r"[\u4e00-\u9fff]", text))
    # a text that writes the day before the month's name ("19 November") writes 5/11 day first too
    patterns = dict(_DATE_PATTERNS)
    day_first = len(patterns["en_dm"].findall(read)) > len(patterns["en_md"].findall(read))
    for name, pat in _DATE_PATTERNS:
        for m in pat.finditer(read):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            s, e, g = m.start(), m.end(), m.groups()
            if name == "iso":
                if len(g[0]) == 3 and (
                    not han or "/" not in m[0] or re.search(r"[A-Za-z版本]\s*$", read[:s])
                ):
                    continue  # 116/6/21 in Chinese text; not "版本 112.3.4", "Chrome 116.1.5"
                add(s, e, _year(g[0]), int(g[1]), int(g[2]), _weekday(g[3], g[4]))
            elif name == "zh_range_wds":  # "5月14日至16日（周五至周日）": the weekdays of both ends together
                y, mo = _int(g[0]), int(g[1])
                add(s, e, y, mo, int(g[2]), _weekday(g[5], None))
                add(s, e, y, int(g[3]) if g[3] else mo, int(g[4]), _weekday(g[6], None))
            elif name == "zh_range":  # each end with its own weekday: "6月24日（周三）至6月26日（周五）"
                y, mo = _year(g[0]), _int(g[1])
                add(s, e, y, mo, _int(g[2]), _weekday(g[3], None))
                add(s, e, y, _int(g[4]) if g[4] else mo, _int(g[5]), _weekday(g[6], g[7]))
            elif name == "zh_later_day":
                if int(g[5]) <= int(g[2]):
                    continue
                y, mo, before = _int(g[0]), int(g[1]), len(out)  # each date its own span: what lies between
                first_end = m.end(5) if g[4] else m.end(4) if g[3] else m.end(3)  # is read too
                first_end += len(re.match(r"[\s日号)）]*", read[first_end:])[0])  # type: ignore[index]
                add(s, first_end, y, mo, int(g[2]), _weekday(g[3], g[4]))
                add(m.start(6), e, y, mo, int(g[5]), _weekday(g[6], g[7]))
                taken += [(x.start, x.end) for x in out[before:]]
                continue
            elif name == "new_year":
                if g[0]:
                    add(s, e, _year(g[0]), 1, 1, _weekday(g[1], g[2]))
                else:
                    add(s, e, int(g[3]), 1, 1, _weekday(g[4], g[5]))
            elif name == "zh":
                add(s, e, _year(g[0]), _int(g[1]), _int(g[2]), _weekday(g[3], g[4]))
            elif (
                name == "month_end"
            ):  # February's end with no year written: 28 (29 only in a year that has it)
                y, mo = (
                    (_year(g[0]), _int(g[1]))
                    if g[1]
                    else (int(g[5]) if g[5] else None, _MONTHS[g[4].lower()])
                )
                if mo and 1 <= mo <= 12:
                    add(s, e, y, mo, monthrange(y or 2001, mo)[1], _weekday(g[2], g[3]) if g[1] else None)
            elif name == "zh_dotted":
                if han:
                    add(s, e, None, int(g[0]), int(g[1]), _weekday(g[2], g[3]))
            elif name == "en_range_dm":
                y, mo = int(g[3]) if g[3] else None, _MONTHS[g[2].lower()]
                add(s, e, y, mo, int(g[0]))
                add(s, e, y, mo, int(g[1]))
            elif name == "en_range_wd":
                y, mo = int(g[5]) if g[5] else None, _MONTHS[g[4].lower()]
                add(s, e, y, mo, int(g[1]), _weekday(None, g[0]))
                add(s, e, y, mo, int(g[3]), _weekday(None, g[2]))
            elif name == "en_range_md":
                s, g = m.start(2), g[1:]
                y, mo = int(g[3]) if g[3] else None, _MONTHS[g[0].lower()]
                add(s, e, y, mo, int(g[1]))
                add(s, e, y, mo, int(g[2]))
            elif name == "en_dm":
                wd = _weekday(None, g[0]) if g[0] else _weekday(g[4], g[5])
                add(s, e, int(g[3]) if g[3] else None, _MONTHS[g[2].lower()], int(g[1]), wd)
            elif name == "en_md":
                wd = _weekday(None, g[0]) if g[0] else _weekday(g[4], g[5])
                add(s, e, int(g[3]) if g[3] else None, _MONTHS[g[1].lower()], int(g[2]), wd)
            else:  # 12/17 or 12/17/2026 (month first); 17/12/2026 when the first part cannot be a month, or
                # when the text writes its other dates day first
                a, b, y = int(g[0]), int(g[1]), int(g[2]) if g[2] else None
                named = re.search(  # "Fri 7/3", "周五 7/3"; not "She sat 3/5 exams"
                    rf"\b({_WD})\.?,?\s*$|(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])\s*$",
                    read[max(0, s - 14) : s],
                    re.I,
                )
                if named and named[1] and not named[1][0].isupper():
                    named = None
                short = len(g[0]) < 2 and len(g[1]) < 2 and not (g[3] or g[4] or named)
                # "(1/12) of the salary" is a share (not "12/31 of each year"); "Version 1.2.2026" is no date
                share = a < b <= 12 and re.match(r"\s*[)）]?\s*of\b", read[e:], re.I)
                if name == "dashed" and re.search(r"(?i:\b(?:version|ver|v|id|no|ref))\.?\s*$", read[:s]):
                    continue
                if y is None and (short or share or (a, b) in ((24, 7), (24, 365))):
                    continue  # "1/2", "3/4" are fractions more often than dates (not "1/8（五）"); "24/7" is
                    # round the clock
                mo, d = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
                after = g[3] or g[4] or not named  # a weekday written after the date, else the one before it
                add(s, e, y, mo, d, _weekday(g[3], g[4]) if after else _weekday(named[2], named[1]))
            if out and out[-1].start == s:
                taken.append((s, e))
    # "同月24日": a day of the month of the date written before it ("7月10日前自评……同月24日前提交"); "Friday the
    # 27th": a later day of the month of a date earlier in the same sentence
    # ... and one with its weekday ("Wednesday the 15th", "15日（周三）") of a date earlier in the same paragraph
    for pattern in (_SAME_MONTH, _LATER_DAY_EN, _LATER_DAY_ZH):
        for m in pattern.finditer(read):
            weekday_said = pattern is _LATER_DAY_ZH or (pattern is _LATER_DAY_EN and m[1] is not None)
            ends = (_LINE if weekday_said else _SENTENCE).finditer(read, 0, m.start())
            floor = 0 if pattern is _SAME_MONTH else max((e.end() for e in ends), default=0)
            before = [x for x in out if floor <= x.start and x.end <= m.start()]
            if before and not any(s < m.end() and m.start() < e for s, e in taken):
                anchor = max(before, key=lambda x: x.start)
                y, mo, d = anchor.value
                if pattern is not _SAME_MONTH and (
                    int(m[2]) <= (d or 0) or _ANOTHER_MONTH.search(read, anchor.end, m.start())
                ):
                    continue  # (nor after another month named: "4月进入校准，10日（周五）结束")
                day, wd = (
                    (int(m[1]), _weekday(m[2], m[3]))
                    if pattern is _SAME_MONTH
                    else (int(m[2]), _weekday(m[3], None))
                    if pattern is _LATER_DAY_ZH
                    else (int(m[2]), _weekday(None, m[1]))
                )
                add(m.start(), m.end(), y, mo, day, wd)
                taken.append((m.start(), m.end()))
    return out


# "Friday the 27th", "until the 27th": after a weekday or a preposition of dates, and closing its phrase (not "on
# the 4th quarter", "the 18th floor", "the 12th overall")
_LATER_DAY_EN = re.compile(
    rf"(?:\b({_WD})\.?,?\s+|\b(?:on|by|until|till|before|from|to|through|and)\s+)the\s+(\d{{1,2}})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:!?)–—-]|$)|\s+(?:and|or|to|at|from|until|till|by|for|in|when|with|if|before|after)\b)",
    re.I,
)
_SENTENCE, _LINE = re.compile(r"[.!?。！？]\s|\n"), re.compile(r"\n")
_ANOTHER_MONTH = re.compile(  # (case-sensitive: "may" is no May)
    r"\d{1,2}\s*月|[下次本上这]个?月|[一二三四五六七八九十]{1,2}月|\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|"
    r"(?:Septem|Octo|Novem|Decem)ber|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b[Mm]onth\b"
)
# "；15日（周三）18:00锁定": a bare day with its weekday in brackets (the group numbers mirror _LATER_DAY_EN's)
_LATER_DAY_ZH = re.compile(
    r"(?<![\d月/.-])(?<!月\s)()(\d{1,2})\s*[日号號]\s*[（(]\s*(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])\s*[)）]"
)
_SAME_MONTH = re.compile(r"(?:同月|当月|當月|同一个月|同一個月)\s*(\d{1,2})\s*[日号號]" + _WD_AFTER, re.I)


# --- numbers and percentages -----------------------------------------------------------------------
_NOT_A_TENTH = (
    r"(?![都品年交长熟型就群]|人(?!手|力))"  # 成 of 八成都, 成品, 成年, 七成熟, 三五成群 (8成人手 is one)
)
_PERCENT = re.compile(
    rf"(?:(\d+(?:\.\d+)?)\s*(?:%|％|\s?percent\b|\s?per cent\b|\s?个?百分点|\s?percentage points?\b|\s?pp\b)"
    rf"|百分之\s*(\d+(?:\.\d+)?|{_ZH_NUM}+(?:点{_ZH_NUM}+)?)|((?<![A-Za-z\d.])[一二两三四五六七八九1-9]成{_NOT_A_TENTH}(?:[一二三四五六七八九半](?![成立功绩本果]|员(?!工)|为(?!限|上限|下限|宜)))?)(?![立功绩本果]|员(?!工))(?!为(?!限|上限|下限|宜))"
    rf"|(?<=±)\s*(\d+(?:\.\d+)?)\s*points?\b|({_ZH_NUM}+)\s*个?百分点"
    rf"|(?i:({EN_NUMBER_PATTERN}))\s+(?:percent\b|per cent\b|percentage points?\b))"
)
_CURRENCY_CODE = (
    r"(?<=RM)|(?<=MOP)|(?<=MYR)|(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=SGD)|(?<=HKD)|(?<=EUR)|(?<=GBP)|(?<=NTD)"
)
_ZH_COUNTED = "[人名位天个次周元块项条家岁年月场轮期批份页节门组台件张篇级档类层步段等]"  # what a single Chinese numeral counts ("三人", "五级")
_NUMBER = re.compile(
    rf"(?:(?<![A-Za-z0-9_.,])|{_CURRENCY_CODE})(\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|\d{{2,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+(?!\d|[,.]\d|[-%]|\s\d)|\d+)(?:\.(\d+))?(?![\d])\s*"
    rf"(k\b|K\b|万|千|亿|thousand\b|million\b|mn\b|m\b|billion\b|bn\b|lakhs?\b|lacs?\b|crores?\b)?"
    rf"|((?<!第){_ZH_NUM}+[点點]{_ZH_NUM}+(?![滴点點线線])|{_ZH_NUM}{{2,}}|{_ZH_NUM}(?={_ZH_COUNTED}|小时|分钟"
    rf"|\s*(?:到|至|-|–|~|～)\s*{_ZH_NUM}+{_ZH_COUNTED}|\s*(?:到|至)\s*{_ZH_NUM}+的?(?:区间|區間|之间|之間|范围|範圍))"
    rf"|(?<=[到至]){_ZH_NUM}+(?=的?(?:区间|區間|之间|之間|范围|範圍))"  # a scale's ends: "零到一的区间"
    # a numbered signal or line ("八號風球"), not 统一号召 or 周二号召
    rf"|(?<![统周期拜初单双]){_ZH_NUM}(?=[号號](?![召码碼称稱令角外脉啕])))"
    rf"|(?i:({EN_NUMBER_PATTERN}))"
)
# lakh and crore: Indian English (₹2,00,000 is grouped the Indian way)
_SCALE = {"k": 1e3, "千": 1e3, "thousand": 1e3, "万": 1e4, "million": 1e6, "mn": 1e6, "m": 1e6, "亿": 1e8,
          "billion": 1e9, "bn": 1e9, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7,
          "crores": 1e7}  # fmt: skip


_PERCENT_RANGE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:-|–|—|~|～|to|至|到)\s*(\d+(?:\.\d+)?)\s*(?:%|％|\s?percent\b|\s?per cent\b|\s?个?百分点)"
)
_ZH_PERCENT_RANGE = re.compile(rf"百分之\s*({_ZH_NUM}+)\s*(?:至|到|-|–|~|～)\s*(?:百分之)?\s*({_ZH_NUM}+)")
# "六到七成", "6至8成": tenths, both ends (the first says no 成)
_TENTHS_RANGE = re.compile(
    r"(?<![\d一二两三四五六七八九十])([1-9一二两三四五六七八九])\s*(?:至|到|-|–|~|～)\s*([1-9一二两三四五六七八九])\s*成"
    + _NOT_A_TENTH
    + r"(?![立功绩本果为]|员(?!工))"
)
_HALF_PERCENT = re.compile(  # "three and a half per cent": 3.5%
    rf"(?i:(?<![\w.])({EN_NUMBER_PATTERN}|\d+)\s+and\s+a\s+half\s+(?:per\s*cent|percent)\b)"
)


def _percents(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for m in _HALF_PERCENT.finditer(text):
        if (whole := number(m[1])) is not None:
            out.append(Mention("percent", m.start(), m.end(), whole + 0.5, m.group()))
            taken.append((m.start(), m.end()))
    for m in _ZH_PERCENT_RANGE.finditer(text):  # "百分之五至十": 5% and 10%
        for g in (1, 2):
            out.append(Mention("percent", m.start(g), m.end(g), zh_number(m[g]) or 0.0, m[g]))
        taken.append((m.start(), m.end()))
    for m in _TENTHS_RANGE.finditer(text):
        for g, end in ((1, m.end(1)), (2, m.end())):
            out.append(
                Mention("percent", m.start(g), end, 10.0 * (number(m[g]) or 0), text[m.start(g) : end])
            )
        taken.append((m.start(), m.end()))
    for m in _PERCENT_RANGE.finditer(text):  # the first number of "6–10%" is a percentage too
        out.append(Mention("percent", m.start(1), m.end(1), float(m[1]), m[1]))
        taken.append((m.start(1), m.end(1)))
    for m in _PERCENT.finditer(text):
        if m[1] or m[4]:
            value = float(m[1] or m[4])
        elif m[5]:
            value = zh_number(m[5]) or 0.0
        elif m[6]:
            value = en_number(m[6]) or 0.0
            first, sep, last = m[6].rpartition(" and ")
            if en_number(m[6]) is None and sep and None not in (low := en_number(first), en_number(last)):
                # "between ten and fifteen per cent": the two ends of a range, not one number
                value, start = en_number(last) or 0.0, m.start(6) + len(first) + len(sep)
                out.append(Mention("percent", m.start(6), m.start(6) + len(first), low or 0.0, first))
                out.append(Mention("percent", start, m.end(), value, text[start : m.end()]))
                taken.append((m.start(), m.end()))
                continue
        elif m[2]:
            value = number(m[2]) or 0.0  # "百分之十二点五"
        else:
            tail = m[3][2:]  # "七成半" is 75%, "七成五" 75%, "两成" 20%
            tens = int(m[3][0]) if m[3][0].isdigit() else ZH_DIGITS[m[3][0]]  # "8成人手" is 80%
            value = tens * 10.0 + (5.0 if tail == "半" else ZH_DIGITS[tail] if tail else 0.0)
        if any(x.start == m.start() for x in out) or any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Mention("percent", m.start(), m.end(), value, m.group()))
        taken.append((m.start(), m.end()))
    return out


_WAN_QIAN = re.compile(r"(?<![\d.])(\d+)\s*[万萬]\s*(\d)\s*[千仟]")  # "6万6千" is 66,000


def _numbers(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out = halves(text)
    taken = [*taken, *((x.start, x.end) for x in out)]
    for m in _WAN_QIAN.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(Mention("number", m.start(), m.end(), int(m[1]) * 1e4 + int(m[2]) * 1e3, m.group()))
            taken = [*taken, (m.start(), m.end())]
    pos = 0
    while m := _NUMBER.search(text, pos):
        pos = m.end()
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m[5]:
            value = en_number(m[5])
            if value is None:  # words that are not one number ("five and eight"): the first word, then on
                first = re.match(r"[A-Za-z]+", m[5])[0]  # type: ignore[index]
                pos = m.start() + len(first)
                out.append(Mention("number", m.start(), pos, float(EN_NUMBER_WORDS[first.lower()]), first))
                continue
        elif m[4]:
            value = number(m[4])  # "二點五" is 2.5
            if value is None or m[4] in ("一一",):
                continue
        else:
            value = float(re.sub(r"[,\s]", "", m[1]) + ("." + m[2] if m[2] else ""))  # "10 000" too
            if m[3]:
                value *= _SCALE[m[3].lower()]
        out.append(Mention("number", m.start(), m.end(), value, m.group().strip()))  # type: ignore[arg-type]
    return out


def mentions(text: str) -> list[Mention]:
    """Every link, time, date, percentage and number in ``text``, in that order of precedence (a number
    inside a date or a link is part of it; a list item's number is none)."""
    links = link_mentions(text)
    taken = [(m.start, m.end) for m in links]
    times = [m for m in _times(text) if not any(s < m.end and m.start < e for s, e in taken)]
    dates = _dates(text, taken)
    times = [m for m in times if not any(s < m.end and m.start < e for s, e in taken)]
    taken += [(m.start, m.end) for m in times]
    percents = _percents(text, taken)
    # a list item's number blanks what overlaps it: "October.\n2. Applicants" is no date
    marks = list_marks(text)
    found = [*times, *dates, *percents, *_numbers(text, taken)]
    return sorted(
        [*links, *(m for m in found if not any(i in marks for i in range(m.start, m.end)))],
        key=lambda m: m.start,
    )
