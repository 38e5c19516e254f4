#!/usr/bin/env python3
"""Validator for the blind26 evaluation set (pairs_1.yaml ... pairs_4.yaml).

Checks
  * structure: 4 files x 10 cases, ids r-001..r-040, field names and types,
    document kind, 4-8 facts, fact value types, error field shapes
  * length: zh 110-160 Han characters, en 65-120 words
  * every date+weekday mention in both languages: the weekday (computed with
    datetime) matches the date, except the seeded weekday errors, whose `found`
    must be the mention with the wrong weekday
  * every weekday word in a text belongs to a recognised date+weekday mention
  * EVIDENCE: for every fact, a hand-written substring per language that renders
    the fact; it must occur in that language (the faulty side of a seeded error
    uses `found`, or nothing for a `missing` error)
  * seeded errors: `found` occurs in its language; forms of the correct value
    (ABSENT) do not occur there; missing facts are absent from one language and
    evidenced in the other; term errors have the correct term on the other side
    and not on the faulty side
  * counts, printed at the end (used in README.md)
"""
import collections
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [f"pairs_{i}.yaml" for i in range(1, 5)]
KINDS = {"announcement", "email", "guideline", "policy", "faq", "handout"}
ERR_KINDS = ["date", "weekday", "number", "percent", "name", "link", "missing", "term"]

# ---------------------------------------------------------------- evidence
# id -> fact label -> (substring in zh, substring in en). None = the faulty
# side of a seeded error (checked through `found` / ABSENT instead).
EVIDENCE = {
    "r-001": {
        "自评截止日期": ("6月19日（周五）", "Friday, June 19"),
        "经理评估截止日期": ("7月3日（星期五）", "Friday, July 3"),
        "截止时间": ("18:00前", "6:00 p.m."),
        "绩效系统": ("https://perf.example.com/midyear", "https://perf.example.com/midyear"),
        "HRBP": ("周晓岚", "Xiaolan Zhou"),
    },
    "r-002": {
        "特休遞延申請截止日": ("115年12月15日（二）", "Tuesday, December 15, 2026"),
        "可遞延特休上限": ("最多可遞延5日", "up to five days"),
        "遞延特休使用期限": ("116年6月30日前", "June 30, 2027"),
        "未休特休工資發放日": ("116年1月29日", "January 29, 2027"),
        "人資信箱": ("hr-tw@example.com.tw", "hr-tw@example.com.tw"),
    },
    "r-003": {
        "经理提交初评截止": ("11月13日前", "by 13 November"),
        "校准会议周期": ("2026年11月16日至11月27日", "from 16 to 27 November 2026"),
        "每场会议时长": ("一个半小时", "90 minutes"),
        "每场参会经理上限": ("不超过12人", "no more than 12 managers"),
        "评级结果通知日期": (None, "on 7 December"),
    },
    "r-004": {
        "自願性供款上限": ("百分之十", "ten per cent"),
        "公司配對供款上限": ("上限為有關入息的5%", "up to 5% of relevant income"),
        "新安排生效日期": ("2027年4月1日", "1 April 2027"),
        "申請截止日期": ("3月15日或之前", "on or before 15 March"),
        "查詢電郵": ("benefits.hk@example.com.hk", "benefits.hk@example.com.hk"),
    },
    "r-005": {
        "年度学习津贴": ("1,500新元", "SGD 1,500"),
        "课程费用报销比例": ("八成", "80 per cent"),
        "最低出勤率": ("75%或以上", "three-quarters"),
        "申领截止日期": ("2026年11月30日", "30 Nov 2026"),
        "学习平台": ("https://learn.example.sg", "https://learn.example.sg"),
    },
    "r-006": {
        "试用期": ("六个月", "six months"),
        "转正评估表提交时限": ("至少14天", None),
        "试用期最长延长": ("最长三个月", "maximum of three months"),
        "转正调薪": ("RM300", "RM300"),
        "生效日期": ("2026年9月1日", "1 September 2026"),
    },
    "r-007": {
        "提名窗口": ("3月1日开放，3月12日截止", "open on 1st March and close on 12th March 2027"),
        "现职级最短任职时间": ("一年半", "18 months"),
        "晋升生效日期": ("2027年4月1日", "1st April, 2027"),
        "晋升调薪幅度": ("8%至15%", "8% to 15%"),
        "联系邮箱": ("promotions@example.com", "promotions@example.com"),
    },
    "r-008": {
        "計畫開始日期": ("2026年10月5日（一）", "Monday, October 5, 2026"),
        "計畫期間": ("為期60天", "runs for 60 days"),
        "最終評估日期": ("12月4日", "December 4"),
        "面談間隔": ("每兩週", "every two weeks"),
        "人資夥伴": ("林怡君", "Yi-Chun Lin"),
    },
    "r-009": {
        "整体调薪预算": ("整体调薪预算为4.5%", "4.5 per cent"),
        "个人调薪区间": ("0%至8%", "nil to 8%"),
        "新薪资生效日期": ("2027年7月1日", "1 July 2027"),
        "经理沟通截止日期": ("6月25日前", "by 25 June"),
        "调薪函查看链接": ("https://rewards.example.com/letters", "https://rewards.example.com/letters"),
    },
    "r-010": {
        "新安排生效日期": ("2027年1月4日（星期一）", "4 January 2027"),
        "有薪產假": ("十六星期有薪產假", "16 weeks of paid maternity leave"),
        "有薪侍產假": ("10個工作天有薪侍產假", "10 working days of paid paternity leave"),
        "申請提前時間": ("最少四星期", "at least four weeks"),
        "申請連結": (None, "https://hr.example.com.hk/parental"),
    },
    "r-011": {
        "每人目标数量": ("3到5个目标", "three to five objectives"),
        "预期达成度": ("七成", "about 70%"),
        "OKR提交截止": ("7月10日（周五）", "Friday, July 10"),
        "对齐会议日期": ("7月14日（周二）", "Tuesday, July 14"),
        "对齐会议时间": ("下午两点至三点半", "from 2:00 to 3:30 p.m."),
    },
    "r-012": {
        "体检期间": ("2026年4月1日至9月30日", "Between 1 April and 30 September 2026"),
        "公司承担上限": ("300新元", "S$300"),
        "家属折扣": (None, "20% discount"),
        "报销申请时限": ("30天内", "within 30 days"),
        "预约链接": ("https://benefits.example.sg/health", "https://benefits.example.sg/health"),
    },
    "r-013": {
        "職缺公告期間": ("116年2月1日至2月14日", "February 1 to February 14, 2027"),
        "最低現職年資": ("現職滿一年", "at least 12 months"),
        "面試完成日期": ("3月5日前", "by March 5"),
        "預計到任日期": ("4月1日到任", "on April 1"),
        "內部職缺平台": ("https://careers.example.com.tw/internal", "https://careers.example.com.tw/internal"),
        "聯絡人": ("陳柏翰", "Po-Han Chen"),
    },
    "r-014": {
        "问卷开放日期": ("10月19日（周一）开放", "opens on Monday, October 19"),
        "问卷截止日期": ("10月30日（周五）截止", "closes on Friday, October 30"),
        "每人邀请评估者人数": ("5至8位", "five to eight"),
        "预计填写时间": ("二十分钟", "about 20 minutes"),
        "报告发送日期": ("11月16日", "on November 16"),
        "项目负责人": ("孙嘉怡", None),
    },
    "r-015": {
        "政策生效日期": ("2026年9月1日起生效", "effective 1 September 2026"),
        "每週最少返回辦公室日數": ("最少三天", "at least three days a week"),
        "核心工作時間": ("上午十時至下午四時", "10 am to 4 pm"),
        "在家工作設備津貼": ("港幣二千元", "HK$2,000"),
        "主管回覆時限": ("五個工作天內", "within five working days"),
    },
    "r-016": {
        "奖金发放日期": ("2027年3月25日", "25th March 2027"),
        "目标奖金比例": ("年度固定薪酬的15%", "15% of annual fixed pay"),
        "最高绩效系数": ("最高为1.5倍", "up to 1.5x"),
        "个人奖金上限": ("15万卢比", "₹1.5 lakh"),
        "最短在职时间": ("在职满三个月", "three months' service"),
    },
    "r-017": {
        "培训名称": ("反贿赂与反腐败培训", "Anti-Bribery and Anti-Corruption Training"),
        "完成截止日期": ("2026年8月31日或之前", "on or before 31 August 2026"),
        "课程时长": ("45分钟", "45 minutes"),
        "及格分数": ("80%或以上", None),
        "学习平台": ("https://lms.example.com.my", "https://lms.example.com.my"),
    },
    "r-018": {
        "评级等级数": ("五级评级", "five-point rating scale"),
        "适用团队最小规模": ("10人及以上", "10 or more people"),
        "最高两级合计上限": ("不超过团队人数的30%", "30 per cent"),
        "最低等级参考比例": ("5%至10%", "5–10%"),
        "评级提交截止日期": ("12月11日前", "by 11 December"),
    },
    "r-019": {
        "裝箱截止日期": ("5月20日（星期四）", "Thursday, May 20"),
        "裝箱截止時間": ("下午六時前", "by 6 p.m."),
        "搬遷日期": ("2027年5月22日（星期六）", "Saturday, May 22, 2027"),
        "新辦公室啟用日期": ("5月24日（星期一）", "Monday, May 24"),
        "新辦公室": ("觀海中心", "Seaview Centre"),
        "聯絡人": ("黃嘉欣", "Ka Yan Wong"),
    },
    "r-020": {
        "報到日": ("8月3日（週一）", "Monday, 3 August 2026"),
        "新人訓練時間": ("上午9:30至下午5:00", "from 9.30am to 5pm"),
        "試用期": ("三個月", "three months"),
        "新人專區": ("https://onboard.example.com.tw/2026", None),
        "聯絡信箱": ("onboarding@example.com.tw", "onboarding@example.com.tw"),
    },
    "r-021": {
        "会议日期": ("11月18日（周四）", "Thu 18 Nov"),
        "会议时间": ("上午9:30至12:00", "9.30am–12 noon"),
        "会议室": ("外滩会议室", "Bund Room"),
        "线上参会链接": ("https://meet.example.com/cal-2027", "https://meet.example.com/cal-2027"),
        "初评更新截止": ("11月15日（周一）", "Mon 15 Nov"),
        "主持人": ("刘思远", "Siyuan Liu"),
    },
    "r-022": {
        "政策生效日期": ("2027年1月1日起实施", "effective 1 January 2027"),
        "适用基本月薪上限": ("2,600新元", "S$2,600"),
        "加班工资率": ("时薪的1.5倍", "1.5 times the hourly rate"),
        "每月加班上限": (None, "72 hours per employee per month"),
        "补休使用期限": ("三个月内", "within three months"),
    },
    "r-023": {
        "申请窗口": ("10月8日至10月23日", "October 8–23, 2026"),
        "现岗位最短任职时间": ("任职满12个月", "at least a year"),
        "交接期": ("四周的交接期", "four-week handover"),
        "新岗位适应期": ("三个月适应期", "3-month adjustment period"),
        "咨询邮箱": ("mobility@example.com", "mobility@example.com"),
    },
    "r-024": {
        "典礼日期": ("2026年12月4日（星期五）", "Friday, 4th December 2026"),
        "典礼时间": ("晚上7时", "7.00pm"),
        "典礼地点": ("吉隆坡丽景酒店", "Grand Vista Hotel Kuala Lumpur"),
        "五年服务奖金": ("RM500", "RM500"),
        "十年服务奖金": ("RM1,500", "RM1,500"),
    },
    "r-025": {
        "PIP期限": ("期限为三个月", "a period of three months"),
        "启动日期": ("2027年2月1日启动", "commence on 1st February 2027"),
        "中期回顾日期": ("3月15日", None),
        "最终评估日期": ("4月30日前", "by 30th April 2027"),
        "HRBP": ("何静", "Jing He"),
    },
    "r-026": {
        "資助比例": ("資助一半", "cover half"),
        "每年資助上限": ("港幣三萬元", "HK$30,000"),
        "申請截止日期": ("2026年8月14日（星期五）", "Friday 14 August 2026"),
        "服務承諾期": ("最少十二個月", "at least a year"),
        "聯絡人": ("鄭家樂", "Ka Lok Cheng"),
    },
    "r-027": {
        "全薪病假天數": ("前5天病假照給全薪", "first five days of sick leave"),
        "半薪病假上限": ("未超過30天", "up to a total of 30 days"),
        "每月生理假": ("每月得請生理假一日", "may take one day of"),
        "須附證明之連續病假天數": ("連續請病假3天以上", "three or more consecutive days"),
        "請假系統": ("https://eleave.example.com.tw", "https://eleave.example.com.tw"),
    },
    "r-028": {
        "晋升人数": ("126位同事", "126 colleagues"),
        "晋升比例": ("约占参评员工的9%", "roughly 9%"),
        "晋升生效日期": ("10月1日起生效", "October 1, 2026"),
        "平均晋升调薪幅度": ("平均调薪幅度为12%", "average promotional increase is 12%"),
        "经理沟通截止日期": ("9月25日前", "by September 25"),
    },
    "r-029": {
        "认购折扣": ("八五折", None),
        "最高供款比例": ("基本月薪的10%", "Up to 10% of your base salary"),
        "每年认购上限": (None, "US$25,000"),
        "登记期": ("2027年5月17日至5月28日", "from May 17 to May 28, 2027"),
        "认购期开始日期": ("6月1日开始", "begins June 1"),
        "登记平台": ("https://espp.example.com", "https://espp.example.com"),
    },
    "r-030": {
        "舉報電郵": ("speakup@example.com.hk", "speakup@example.com.hk"),
        "平等機會主任": ("梁美玲", "LEUNG Mei Ling"),
        "初步回覆時限": ("三個工作天內", "within three working days"),
        "調查完成時限": ("三十天內", "within 30 days"),
        "政策生效日期": ("二〇二八年一月三日", "3 January 2028"),
    },
    "r-031": {
        "目標設定截止日期": ("1月22日（週五）", "Friday, January 22"),
        "主管審核截止日期": ("1月29日（週五）", "Friday, January 29"),
        "每人目標數量": ("3～5項目標", "three to five goals"),
        "單項目標最低權重": ("不得低於10%", "less than 10%"),
        "目標系統": ("https://goals.example.com.tw", "https://goals.example.com.tw"),
    },
    "r-032": {
        "生效日期": ("2026年3月1日", "1 March 2026"),
        "每月交通补贴": ("人民币600元", "¥600"),
        "夜间打车报销起始时间": ("晚上9点以后", "after 9 pm"),
        "单次打车报销上限": ("单次最多150元", "CNY 150 per trip"),
        "联系人": (None, "Wu Tingting"),
    },
    "r-033": {
        "计划名称": ("启航导师计划", "Launchpad Mentoring Programme"),
        "计划期限": ("为期半年", "six months"),
        "每月最少会面时长": ("每月至少会面两小时", "at least two hours every month"),
        "配对名额": ("40个配对名额", "40 mentor-mentee pairs"),
        "报名截止日期": ("2026年5月15日（星期五）", "Friday, 15 May 2026"),
        "启动仪式": ("6月2日（星期二）", "Tuesday, 2 June"),
        "启动仪式时间": ("下午3时", "3pm"),
    },
    "r-034": {
        "面谈期间": ("2027年7月5日至7月23日", "between 5 and 23 July 2027"),
        "建议面谈时长": ("约半小时", "around 30 minutes"),
        "记录提交截止日期": (None, "Friday 30 July"),
        "经理简介会日期": ("6月29日（星期二）", "Tuesday 29 June"),
        "经理简介会时间": ("上午10时", "10am"),
    },
    "r-035": {
        "员工": ("张建华您好", "Dear Jianhua Zhang"),
        "派驻地点": ("新加坡办公室", "Singapore office"),
        "派驻期": ("派驻期为两年", "last 24 months"),
        "预计出发日期": ("2027年9月6日（周一）", "Monday, September 6, 2027"),
        "一次性安家费": ("1万美元", "$10,000 (USD)"),
        "临时住宿": ("前30天的临时住宿", "first 30 days"),
        "海外生活补贴": ("基本工资的15%", "15% of your base salary"),
    },
    "r-036": {
        "每年彈性福利點數": ("3,000點", "3,000 points"),
        "選擇期": ("11月2日（星期一）至", "Monday 2 November to Friday 20 November 2026"),
        "平台": ("https://flex.example.com.hk", "https://flex.example.com.hk"),
        "新選擇生效日期": ("2027年1月1日起生效", "From 1 January 2027"),
        "點數結轉上限": ("最多兩成", "Up to 20%"),
    },
    "r-037": {
        "政策生效日期": ("2028年4月1日起生效", "effective from 1st April 2028"),
        "试用期": ("试用期为六个月", "six months"),
        "转正评估提前时间": ("至少两周", "at least a fortnight"),
        "转正评估表": ("https://hr.example.in/confirmation", "https://hr.example.in/confirmation"),
        "试用期内通知期": ("提前15天书面通知", "15 days' notice"),
        "转正后通知期": ("通知期为60天", "notice period is 60 days"),
    },
    "r-038": {
        "計畫名稱": ("領導力加速計畫", "Leadership Accelerator Program"),
        "名額": ("24個名額", None),
        "課程期間": ("2026年4月13日至9月11日", "from 13 April to 11 September 2026"),
        "總時數": ("總時數60小時", "60 hours"),
        "提名截止日期": ("3月20日（五）", "Friday 20 March"),
    },
    "r-039": {
        "可结转年假上限": ("最多可结转五天", "up to five days"),
        "结转年假使用期限": ("2028年3月31日前", "31 March 2028"),
        "年底请假申请截止日期": ("12月17日（星期五）", "Friday, 17 December"),
        "办公室关闭期间": ("12月24日至31日", "from 24 to 31 December"),
        "联络电邮": ("leave@example.com.sg", "leave@example.com.sg"),
    },
    "r-040": {
        "服務生效日期": ("2026年7月1日", "July 1, 2026"),
        "每年免費輔導節數": ("六節免費專業輔導", "six free sessions"),
        "每節時長": ("每節五十分鐘", "50 minutes"),
        "回覆時限": ("四十八小時內", "within forty-eight hours"),
        "預約網站": ("https://eap.example.com.hk", "https://eap.example.com.hk"),
    },
}

# Forms of the correct value that must NOT occur in the faulty language
# (plain substrings; entries starting with "re:" are regular expressions).
ABSENT = {
    ("r-003", "评级结果通知日期"): ["12月7日", "12月07日", "2026-12-07", "十二月七日", "12/7"],
    ("r-006", "转正评估表提交时限"): ["re:(?<!\\d)14(?!\\d)", "fourteen", "two weeks", "2 weeks", "fortnight"],
    ("r-010", "申請連結"): ["hr.example.com.hk/parental"],
    ("r-012", "家属折扣"): ["20%", "20％", "八折", "百分之二十", "两成", "二成", "2成"],
    ("r-014", "项目负责人"): ["Jiayi", "Jia Yi", "Jia-yi"],
    ("r-017", "及格分数"): ["re:(?<!\\d)80(?!\\d)", "eighty", "four-fifths", "pass mark", "passing score"],
    ("r-020", "新人專區"): ["onboard.example.com.tw/2026"],
    ("r-022", "每月加班上限"): ["re:(?<!\\d)72(?!\\d)", "七十二"],
    ("r-025", "中期回顾日期"): ["re:(?<!\\d)15(?!\\d)", "fifteenth", "Ides"],
    ("r-029", "认购折扣"): ["re:(?<!\\d)15(?!\\d)", "fifteen", "85%"],
    ("r-029", "每年认购上限"): ["25,000", "25000", "2.5万", "两万五", "二万五", "2万5", "美元"],
    ("r-032", "联系人"): ["婷婷"],
    ("r-034", "记录提交截止日期"): ["7月30日", "7/30", "2027-07-30", "七月三十日"],
    ("r-038", "名額"): ["re:(?<!\\d)24(?!\\d)", "twenty-four", "twenty four"],
}
# term errors: correct terms in other scripts that must not occur on the faulty side
TERM_ABSENT_EXTRA = {
    "r-008": ["績效改善計劃", "績效改進計畫", "績效改進計劃", "绩效改进计划", "绩效改善计划", "PIP"],
    "r-027": ["menstrual", "period leave"],
}

# ---------------------------------------------------------------- helpers
WD_EN = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WD_ZH = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ZH_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

ZH_DATE_WD = re.compile(
    r"(?:(\d{2,4}|[〇零一二三四五六七八九]{4})年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(\d{1,2}|[一二三四五六七八九十]{1,3})日\s*[（(](?:星期|周|週|礼拜|禮拜)?([一二三四五六日天])[）)]")
ZH_WD_TOKEN = re.compile(r"(?:星期|礼拜|禮拜)[一二三四五六日天]|[周週][一二三四五六日]|[（(][一二三四五六日][）)]")
EN_MON = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
EN_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
EN_DATE_WD = re.compile(
    r"\b" + EN_WD + r",?\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + EN_MON + r"|" + EN_MON +
    r"\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?")
EN_WD_TOKEN = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?(?=,?\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")


def zh_num(s):
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in ZH_DIGIT for c in s):  # year like 二〇二八
        return int("".join(str(ZH_DIGIT[c]) for c in s))
    if "十" in s:
        a, _, b = s.partition("十")
        return (ZH_DIGIT[a] if a else 1) * 10 + (ZH_DIGIT[b] if b else 0)
    return ZH_DIGIT[s]


def fact_dates(facts):
    out = []
    for v in facts.values():
        if isinstance(v, dt.date):
            out.append(v)
        elif isinstance(v, str):
            out += [dt.date.fromisoformat(x) for x in re.findall(r"\d{4}-\d{2}-\d{2}", v)]
    return out


def resolve_year(y, m, d, facts):
    if y is not None:
        return y + 1911 if y < 1911 else y
    ds = fact_dates(facts)
    for x in ds:
        if (x.month, x.day) == (m, d):
            return x.year
    return collections.Counter(x.year for x in ds).most_common(1)[0][0]


def weekday_mentions(text, lang, facts):
    """yield (matched text, date, weekday index written)"""
    if lang == "zh":
        for mo in ZH_DATE_WD.finditer(text):
            y = zh_num(mo.group(1)) if mo.group(1) else None
            m, d = zh_num(mo.group(2)), zh_num(mo.group(3))
            yield mo.group(0), dt.date(resolve_year(y, m, d, facts), m, d), WD_ZH[mo.group(4)]
    else:
        for mo in EN_DATE_WD.finditer(text):
            wd = WD_EN[mo.group(1)[:3].lower()]
            if mo.group(2):
                d, mon = int(mo.group(2)), mo.group(3)
            else:
                mon, d = mo.group(4), int(mo.group(5))
            m = MONTHS[mon[:3].lower()]
            y = int(mo.group(6)) if mo.group(6) else None
            yield mo.group(0), dt.date(resolve_year(y, m, d, facts), m, d), wd


def occurs(form, text):
    if form.startswith("re:"):
        return re.search(form[3:], text) is not None
    return form.lower() in text.lower()


def han_count(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\u3007]", s))


def word_count(s):
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,:/@$₹%–-]*", s))


# ---------------------------------------------------------------- main
def main():
    problems = []
    cases = []

    def bad(cid, msg):
        problems.append(f"{cid}: {msg}")

    for i, fn in enumerate(FILES):
        with open(os.path.join(HERE, fn), encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
        if not isinstance(data, list) or len(data) != 10:
            bad(fn, "must be a list of 10 mappings")
            continue
        for j, c in enumerate(data):
            want = f"r-{i * 10 + j + 1:03d}"
            if c.get("id") != want:
                bad(fn, f"id {c.get('id')} should be {want}")
            cases.append(c)

    for c in cases:
        cid = c.get("id")
        if set(c) != {"id", "kind", "facts", "zh", "en", "errors"}:
            bad(cid, f"fields {sorted(c)}")
            continue
        if c["kind"] not in KINDS:
            bad(cid, f"kind {c['kind']}")
        facts = c["facts"]
        if not isinstance(facts, dict) or not 4 <= len(facts) <= 8:
            bad(cid, "facts must be a mapping of 4-8 entries")
        for k, v in facts.items():
            if isinstance(v, dict):
                if set(v) != {"zh", "en"}:
                    bad(cid, f"name fact {k} must have zh and en")
            elif isinstance(v, bool) or not isinstance(v, (str, int, float, dt.date)):
                bad(cid, f"fact {k} has type {type(v).__name__}")
            if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                bad(cid, f"fact {k}: ISO date should be a YAML date")
        for x in fact_dates(facts):
            if not 2026 <= x.year <= 2028:
                bad(cid, f"date {x} outside 2026-2028")
        zh, en = c["zh"], c["en"]
        hc, wc = han_count(zh), word_count(en)
        if not 110 <= hc <= 160:
            bad(cid, f"zh has {hc} Han characters")
        if not 65 <= wc <= 120:
            bad(cid, f"en has {wc} words")
        errs = c["errors"]
        if not isinstance(errs, list):
            bad(cid, "errors must be a list")
            continue
        text = {"zh": zh, "en": en}

        # ---- weekdays
        wd_errors = [e for e in errs if e.get("kind") == "weekday"]
        for lang in ("zh", "en"):
            mentions = list(weekday_mentions(text[lang], lang, facts))
            tok = ZH_WD_TOKEN if lang == "zh" else EN_WD_TOKEN
            if len(tok.findall(text[lang])) != len(mentions):
                bad(cid, f"{lang}: weekday word(s) not attached to a recognised date: "
                    f"{tok.findall(text[lang])} vs {[m[0] for m in mentions]}")
            for s, date, wd in mentions:
                ok = date.weekday() == wd
                seeded = [e for e in wd_errors if e["lang"] == lang and e["found"] and e["found"] in s or
                          (e["lang"] == lang and e["found"] and s in e["found"])]
                if ok and seeded:
                    bad(cid, f"seeded weekday error {s!r} is actually correct")
                if not ok and not seeded:
                    bad(cid, f"{lang}: wrong weekday in {s!r} ({date} is {date.strftime('%A')})")
        for e in wd_errors:
            hits = [m for m in weekday_mentions(text[e["lang"]], e["lang"], facts)
                    if e["found"] in m[0] or m[0] in e["found"]]
            if not hits:
                bad(cid, f"weekday error found {e['found']!r} is not a date+weekday mention")
            elif any(d.weekday() == w for _, d, w in hits):
                bad(cid, f"weekday error {e['found']!r} has a correct weekday")
            if not any(d.isoformat() in str(v) or d == v for _, d, _w in hits for v in facts.values()):
                bad(cid, f"weekday error {e['found']!r}: its date is not a brief date")

        # ---- evidence of every fact in both languages
        ev = EVIDENCE.get(cid)
        if ev is None or set(ev) != set(facts):
            bad(cid, f"EVIDENCE labels {sorted(ev or {})} != facts {sorted(facts)}")
            ev = ev or {}
        err_by_fact = {(e.get("fact"), e.get("lang")): e for e in errs if e.get("fact")}
        for label, (zsub, esub) in ev.items():
            for lang, sub in (("zh", zsub), ("en", esub)):
                e = err_by_fact.get((label, lang))
                if sub is None:
                    if e is None:
                        bad(cid, f"{label}: no {lang} evidence but no seeded error")
                    continue
                if e is not None:
                    bad(cid, f"{label}: evidence given for faulty side {lang}")
                if sub not in text[lang]:
                    bad(cid, f"{label}: evidence {sub!r} not in {lang}")
        # name facts: both renderings present literally (zh) / romanised evidence (en)
        for label, v in facts.items():
            if isinstance(v, dict) and (label, "zh") not in err_by_fact and v["zh"] not in zh:
                bad(cid, f"name {v['zh']} not in zh")

        # ---- seeded errors
        for e in errs:
            k, lang = e.get("kind"), e.get("lang")
            base = {"kind", "lang", "fact", "found"}
            want = base | ({"zh_term", "en_term"} if k == "term" else set())
            if set(e) != want:
                bad(cid, f"error fields {sorted(e)} (want {sorted(want)})")
                continue
            if k not in ERR_KINDS or lang not in ("zh", "en"):
                bad(cid, f"bad error kind/lang {k}/{lang}")
                continue
            other = "en" if lang == "zh" else "zh"
            if k in ("weekday", "term"):
                if e["fact"] is not None:
                    bad(cid, f"{k} error must have fact: null")
            elif e["fact"] not in facts:
                bad(cid, f"error fact {e['fact']!r} not a brief label")
            if k == "missing":
                if e["found"] is not None:
                    bad(cid, "missing error must have found: null")
            else:
                if not isinstance(e["found"], str) or e["found"] not in text[lang]:
                    bad(cid, f"found {e['found']!r} not in {lang}")
            if k not in ("weekday", "term"):
                forms = ABSENT.get((cid, e["fact"]))
                if not forms:
                    bad(cid, f"no ABSENT forms listed for {e['fact']}")
                for f in forms or []:
                    if occurs(f, text[lang]):
                        bad(cid, f"correct value form {f!r} still occurs in faulty {lang}")
                if e["found"] is not None:
                    v = facts[e["fact"]]
                    vals = [v["zh"], v["en"]] if isinstance(v, dict) else [str(v)]
                    if e["found"] in vals:
                        bad(cid, f"found equals the brief value")
                # the other language must carry the fact
                if ev.get(e["fact"], (None, None))[0 if other == "zh" else 1] is None:
                    bad(cid, f"{e['fact']}: other language {other} has no evidence")
            if k == "term":
                right = e["zh_term"] if lang == "zh" else e["en_term"]
                other_term = e["en_term"] if lang == "zh" else e["zh_term"]
                if other_term not in text[other]:
                    bad(cid, f"term: {other_term!r} not in {other}")
                for f in [right] + TERM_ABSENT_EXTRA.get(cid, []):
                    if f.lower() in text[lang].lower() and not (cid == "r-008" and f == "PIP" and lang == "en"):
                        bad(cid, f"term: correct {f!r} occurs in faulty {lang}")
                if e["found"] == right:
                    bad(cid, "term found equals the correct term")

    # ---------------------------------------------------------------- counts
    n_err_cases = sum(1 for c in cases if c["errors"])
    errs = [e for c in cases for e in c["errors"]]
    by_kind = collections.Counter(e["kind"] for e in errs)
    by_lang = collections.Counter(e["lang"] for e in errs)
    by_kind_lang = collections.Counter((e["kind"], e["lang"]) for e in errs)
    doc_kinds = collections.Counter(c["kind"] for c in cases)
    nfacts = collections.Counter(len(c["facts"]) for c in cases)
    print(f"cases: {len(cases)}  clean: {len(cases) - n_err_cases}  with errors: {n_err_cases}")
    print(f"seeded errors: {len(errs)}  by language: {dict(sorted(by_lang.items()))}")
    print("by kind: " + ", ".join(
        f"{k} {by_kind[k]} (zh {by_kind_lang[(k, 'zh')]}, en {by_kind_lang[(k, 'en')]})" for k in ERR_KINDS))
    print("document kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(doc_kinds.items())))
    print("facts per case: " + ", ".join(f"{k}: {v}" for k, v in sorted(nfacts.items())),
          f"(total {sum(len(c['facts']) for c in cases)})")
    hcs = [han_count(c["zh"]) for c in cases]
    wcs = [word_count(c["en"]) for c in cases]
    print(f"zh Han characters: {min(hcs)}-{max(hcs)} (mean {sum(hcs) / len(hcs):.0f}); "
          f"en words: {min(wcs)}-{max(wcs)} (mean {sum(wcs) / len(wcs):.0f})")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
