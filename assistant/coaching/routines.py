"""Words that make an absolute the praise of a routine kept ("always answers within the hour", "always posts the
summary by 09:00", 排班一直都很公平, 每次都提前三天确认) rather than a complaint generalised. Compiled patterns and
word sets over the text or jieba's tokens (``assistant.coaching.absolutes`` reads them)."""

from __future__ import annotations

import re

# an act done promptly: "always unblocks the juniors quickly" (not "always gives up quickly"), a correction
# filed within the hour
PROMPT = re.compile(
    r"\b(?:answers?|replies|reply|responds?|acknowledges?|unblocks?|turns? around|gets? back|follows? up|picks? up)\b"
    r"[^.;,!?]{0,40}?\b(?:quickly|promptly|fast|the same day|same-day|within)\b"
    # a record filed in time (not "reports sick the same day as a deadline", "files complaints the same day")
    r"|\b(?:files?|escalates?|flags?|reports?|submits?|returns?)\b(?!\s+(?:in\s+)?(?:sick|ill|complaints?|grievances?)\b)"
    r"[^.;,!?]{0,40}?\b(?:the same day|same-day|within)\b(?!\s+as\b)"
    # ... or in Chinese a reply within a time: 30分钟内回电, 当天就回复
    r"|(?:在\s*)?[\d一二三四五六七八九十两半]+\s*(?:分钟|小时|个小时|天)(?:之内|以内|内)(?:就)?(?:回|答复|回复|响应|处理|确认|到场)",
    re.I,
)
# a routine kept fair, complete, to standard: 排班一直都很公平, 回访一直做得很完整 (matched on jieba's words, not added
# to its dictionary: a word added there moves the segmentation of others, 没有一次不用返工)
KEPT_WELL = frozenset(
    ["公平", "完整", "规范", "公正", "齐全", "扎实", "稳", "稳定", "准", "准确", "可靠", "靠谱", "细致"]
)
# a routine done days ahead: 在月初前三天把排期确认完
DAYS_AHEAD = re.compile(r"前[一二三两四五六七八九十\d]{1,2}(?:天|日|周|个?小时|个?工作日)$")
CLOCK = re.compile(  # a set time: "9:00前", "9:00am", "by Thursday noon", "before 10am", "上午十点前"
    r"(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|\b(?:by|before)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|noon\b|midday\b|"
    r"\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|end of (?:the )?(?:day|week|shift)\b)|[上下]午[一二三四五六七八九十\d]{1,3}[点時时]"
    r"(?:前|之前|以前)|(?<![\d.一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[点點](?:半)?(?:前|之前|以前)",
    re.I,
)
OFF = re.compile(
    r"\b(?:leaves?|left|heads? (?:home|off)|goes home|clocks? (?:off|out)|logs? off)\b|下班|就走|才到|才来",
    re.I,
)
# verbs of keeping a record: done every time, a diligent routine ("writes angry emails", "logs in late",
# 写一大堆借口, 记录得很随意 keep no record)
WRITTEN = frozenset(
    ["logs", "records", "documents", "annotates", "写进", "写入", "记入", "记到", "登记", "标注"]
)
# a superlative of praise (最全, 最稳, 最靠谱); 最先 (to leave?), 最吵 or 最能说 are not
SUPERLATIVE = re.compile(r"最(?:[全稳细准快好强优]|靠谱|认真|扎实|专业|完整|规范|及时|积极|用心|细致|可靠)$")
# others value a habit after it ("always brings the raw data, which the team values", "大家都很认可"), or harm it
# spared ("…, which is why we had no customs holds")
VALUED = re.compile(
    r"\b(?:which|that)\b[^.;!?]{0,40}?\b(?:values?|valued|appreciates?|appreciated|praised?|loves?|relies on|rely on|likes)\b"
    r"|(?:大家|团队|客户|同事|领导|病人|家长)[^，。；,;]{0,4}?(?:认可|满意|喜欢|称赞|点赞|好评|夸)"
    # harm the habit spared: "…, which is why we had no customs holds this quarter"
    r"|\b(?:which|that)(?:['’]s| is| was) (?:why|how) (?:we|the team|they|there)\b[^.;!?]{0,20}?\b(?:no|zero|not a single)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:holds?|issues?|errors?|complaints?|incidents?|delays?|findings?|escalations?|defects?|"
    r"returns?|penalt\w+|fines?|outages?|surprises?|rework|queries|disputes?|claims?|breaches?)\b"
)
# the manager's own stance on the habit after it: "always copies me on the recap, which made my prep easier",
# "从不私下承诺赔付，这一点我很放心" (not "which made the release later")
WELCOMED = re.compile(
    r"\b(?:which|that|this)\s+(?:has\s+)?(?:made|makes|make)\s+(?:[\w'’-]+\s+){0,5}?(?:a lot |much |far |so much )?"
    r"(?:easier|simpler|smoother|quicker|faster|possible)\b"
    r"|\b(?:which|that|this)\s+(?:has\s+)?(?:saved|saves|helped|helps)\b"
    r"|(?:这一?点|这方面)?我(?:很|非常|特别|挺|一直)?(?:放心|满意|认可|欣赏)|让人(?:很|特别)?放心|很省心|值得(?:表扬|肯定|学习)"
)
