"""Where a sentence of a manager's notes states its situation, in its own words, and which sentences only ask or
judge. Pure functions over one sentence (and the label or heading it sits under); nothing is inferred that the
words do not say (impacts: assistant/coaching/sbi_impact.py).

Situation: a lead-in ("In the 12 May client call, …", "Over the Black Friday weekend, …", "双十一备战期间，…"),
a label ("Acme renewal call (Oct 3): …", "Release 4.2: …"), or an occasion or time anywhere ("… before the
design freeze", "… the next morning", "审计期间她…"); a habit ("every Friday", 每天) is none. Traditional
Chinese is read as Simplified by the caller."""

from __future__ import annotations

import re

from assistant.coaching.sbi_vocab import (
    _DAYS,
    _IRREGULAR_PAST,
    _MONTHS,
    _OCCASION,
    _TIME,
    _ZH_DAY,
    _ZH_HOLIDAY,
    _ZH_OCCASION_END,
    _ZH_SHI,
    _ZH_TIME,
)

_LEAD_EN = re.compile(  # the lead-in, up to a comma or to where the subject starts ("… review she mapped")
    # (after a review form's topic: "Collaboration: When the squad was short-staffed, …")
    r"^\s*(?:(?-i:[A-Z])[a-z]+(?:[ /&-]+[a-z]+)?:\s+)?(?:(?:so|and|but|then|also|plus)\s+)?"
    r"((?:in|at|during|on|when|after|before|while|last|this|yesterday|today|for|over|throughout|since|"
    r"the\s+(?:night|day|morning|afternoon|evening|week|weekend)\s+(?:the|of|when|before|after|we|our)|"
    r"(?:\w+\s+){1,2}(?:before|after))\b[^,;:]{2,80}?)(?:[,:]\s*|\s+(?=(?:she|he|they|we|i|you|the team|our team)\b)"
    r")",
    re.I,
)
# a day's occasion: "Saturday's wedding service, he …", "Monday's standup she …" (not "Monday's report was late
# because …")
_LEAD_EN_DAY = re.compile(
    r"^\s*((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|tonight)['’]s\s+(?:[\w'-]+\s+){0,3}?"
    + _OCCASION
    + r")(?:,\s*|\s+(?=(?:she|he|they)\s))",
    re.I,
)
_LEAD_IN_FIRST = re.compile(r"\s*(?:on|at|during|in|over|when|while|before|after)\s", re.I)
_LEAD_EN_BARE = re.compile(  # a few words ending in a time, then the report and an act: "peak week he re-slotted"
    r"^\s*(?:(?:so|and|then)\s+)?((?!(?:every|each|most|some|a|an|the|this|that|one|two|three|four|per|all|any|once|"
    r"twice)\b)(?!(?:[\w'-]+\s+){0,3}?(?:a|per|times)\s+(?:week|weekend|night|shift|season|day|month)\b)"
    r"(?:[\w'-]+\s+){1,3}?(?:week|weekend|night|shift|season|day|month))\s+"
    r"(?=(?:she|he|they)\s+(?!(?:is|was|has|had|will|would|can|could|should|needs?|does|did|may|might)\b)[a-z-]+\b)",
    re.I,
)
_LEAD_EN_NAMED = re.compile(  # a lead-in ending in its occasion, then the report's name: "On the Acme deal Sofia …"
    r"^\s*((?:in|at|during|on|over|after|before|throughout)\b[^,;:]{2,60}?\b"
    + _OCCASION
    + r")\s+(?:(?=(?:(?-i:Mr|Mrs|Ms|Dr|Mx)\.?\s+)?(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)(?:\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+))?\s+(?:also\s+)?(?-i:[a-z]))(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|(?=[a-z-]+ed\s+(?!by\b)))"
    r"|^\s*((?:(?:in|at|during|on|over|after|before|throughout|for)\s+the|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"night|day|morning|evening|afternoon|eve|week|weekend)\s+of(?:\s+the)?)\s+[^,;:]{2,60}?)"
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)\s+(?=(?:(?-i:[A-ZÀ-Þ])[a-zà-ÿ]+(?:\s+(?-i:[A-ZÀ-Þ])[a-zà-ÿ]+)?|she|he|they)\s+(?:also\s+)?"
    r"(?:[a-z-]+ed|(?:re)?" + _IRREGULAR_PAST + r")\b)",
    re.I,
)
_WHEN_EN = re.compile(
    r"(?<![\w-])(?<!took )(?<!take )(?<!taken )(?<!taking )(?<!handed )(?<!turned )(?<!days )(?<!hours )(?<!weeks )"
    r"((?:during|throughout|before|after|over|until|ahead\s+of)\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+|a\s+|"
    r"an\s+|last\s+|this\s+)?(?:[\w.'-]+\s+){0,5}?(?:" + _OCCASION + r"|" + _TIME + r")\b"
    r"|(?:in\s+(?!front\b)(?!(?:an?|one|two|three|four|\d+)\s+(?:afternoon|morning|evening|night|day|week|weekend|"
    r"month|quarter)s?\b)|on\s+|at\s+)(?:the\s+|our\s+|his\s+|her\s+|their\s+|last\s+|this\s+|that\s+|next\s+|each\s+|every\s+)?"
    r"(?:[\w.'-]+\s+){0,5}?" + _OCCASION + r"\b"
    # (a place named by what is done there is no occasion: "at the service desk", "in the board room")
    r"(?!\s+(?:desk|counter|plan|agreement|contract|record|log|line|sheet|form|list|report|document|doc|file|"
    r"template|tracker|checklist|budget|ticket|queue|channel|team|manager|owner|room|policy|page|deck|rota|"
    r"schedule)s?\b)"
    r"|(?:in|on|during|since|by)\s+(?:the\s+)?" + _TIME + r"\b"
    r"|through\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:season|quarter|period|week|month|"
    r"peak|summer|winter|term|sprint|cycle|rush)s?\b"
    r"|(?:after|before|once|until)\s+(?:the|a|an|his|her|their|our)\s+\w+(?:\s+\w+){0,2}\s+\w+ed\b[^,;.]{0,30}"
    r"|(?:after|before|once|until)\s+\w+\s+(?:started|began|ended|finished|kicked off|hit|opened|closed|resigned|quit|"
    r"retired|left|joined|went on leave)\b"
    # the day a thing happened ("the day the congress was announced")
    r"|\bthe\s+(?:day|week|night|morning)\s+(?:the|a|an|our|their)\s+(?:[\w'-]+\s+){0,3}?(?:was|were|got|went)\s+\w+"
    r"|(?:at|during|before|after)\s+the\s+(?-i:[A-Z]{2,6})s?\b|\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|(?:the\s+next|the\s+following|that|last|this)\s+(?:same\s+)?(?:"
    + _DAYS
    + r"\s+)?(?:morning|afternoon|"
    r"evening|night|day|week|weekend|month|quarter|sprint|cycle|shift|" + _DAYS + r")\b"
    r"|\bwhen\s+(?!she\b|he\b|they\b)[^,;.]{3,40}"  # a trigger: "when it gets busy", "when challenged"
    # someone else away: "while Tasha was out on leave", "while the EM was on leave"
    r"|\bwhile\s+(?!she\b|he\b|they\b)(?:[\w'-]+\s+){1,5}(?:was|were|is|are)\s+(?:out|off|away|sick|travell?ing|"
    r"on\s+(?:\w+\s+)?(?:leave|holiday|vacation|pto))\b(?:\s+(?:on\s+(?:\w+\s+)?(?:leave|holiday|vacation)|sick))?"
    r"|\byesterday\b|\(\s*" + _TIME + r"(?:\s*,?\s*\d{4})?\s*\))",
    re.I,
)
# a label before a colon that names an occasion, not a topic ("Acme renewal call (Oct 3):", "Week of 3 Feb:")
# (not the colon of "9:40" or "1:1s", which may be inside the label: "Notes for the 1:1:")
_LABEL = re.compile(r"^\s*((?:[^:：\n]|(?<=\d)[:：](?=\d)){2,60}?)\s*[:：](?!\d)\s*(?=\S)")
_ASIDE = re.compile(
    r"^\s*(?:separately\b|at the same time\b|in the meantime\b|meanwhile\b|for the sake of\b|on reflection\b|"
    r"in particular\b|on balance\b|in the end\b(?!-)|at first\b(?! light| sight)|overall\b|in retrospect\b|looking back\b|on (?:a|another) (?:separate|different|related|side|lighter|positive|other) note\b|"
    r"on the (?:(?:plus|minus|other|flip|bright) (?:side|hand)|downside|upside)\b|in (?:fairness|general|short|hindsight|my view|fact)\b|"
    r"to be (?:fair|honest)\b|at the end of the day\b|on top of that\b|for the (?:record|most part)\b|all in all\b|"
    r"by and large\b|at times\b)",
    re.I,
)
_ZH_ARROW_OCCASION = re.compile(
    r"[那这](?:场|次|天|周|晚|回)|期间|当天|当晚|会上|(?:大促|活动|直播|会议?|例会|发布会)$"
)
# the first link of an arrow chain, a few words naming an occasion and no act ("Peak week (wk 47) -> …")
_ARROW_HEAD = re.compile(r"^\s*((?:[^\s→>]+\s+){0,6}[^\s→>]+)\s*(?:→|->|=>)\s*(?=\S)")
_ACT_EN = re.compile(
    r"\b(?:[a-z]+(?:ed|ing)|i|he|she|they|we|you|did|made|ran|took|sent|got|went|led|set|had|forgot|left|broke|"
    r"lost|wrote|spoke|came|gave|told|said|kept|let|put|cut|hit|quit|shut|threw|drove|stole|won|bought|brought|"
    r"caught|taught|sold|held|stood|began|sat|met|paid|built|spent|felt|dealt|meant|no-show)\b(?!-\w)",  # not "cut-off"
    re.I,
)
# a lapse named in an arrow's head makes it an act, not an occasion ("Three late timesheets in October ->")
_LAPSE_HEAD = re.compile(
    r"\b(?:late|absent|absences|rude|missing|missed|unprepared|asleep|off sick|no-?shows?|no-call|errors?|mistakes?|"
    r"warnings?|overdue|lateness)\b",
    re.I,
)
_DASH_HEAD = re.compile(r"^\s*([^—–\n]{2,60}?)\s+[—–-]\s+(?=\S)")  # a heading before a dash
# the report, by name or pronoun, and a verb: what a heading before a dash is followed by when it sets the scene
_SUBJECT_ACTS = re.compile(
    r"(?:she|he|they|(?-i:[A-ZÀ-Þ])[a-zà-ÿ]+)\s+(?:also\s+)?(?:[a-z-]{2,}ed|(?:re)?"
    + _IRREGULAR_PAST
    + r"|let|split|read|spread|quit|was|were|had)\b",
    re.I,
)
_TIME_WORD = re.compile(rf"\b(?:{_DAYS}|{_MONTHS}|q[1-4]|eve|day|night|week|weekend)\b", re.I)
_NAME_HEAD = re.compile(  # "Tolu — for the relaunch she …", "ok so for Marcus — on black friday weekend he …"
    r"^\s*(?:(?:ok|okay|so|hey|hi|right)[\s,]+)*(?:(?:for|on|about|re:?)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*$"
)
_LABEL_OCCASION = re.compile(
    r"\d|\b"
    + _MONTHS
    + r"\b|\b"
    + _DAYS
    + r"\b|\b"
    + _OCCASION
    + r"\b|\b(?:matter|case|account|deal|renewal|tender|bid|payday)\b|\b(?:investor|open|sports|demo|launch|results|field|"
    r"careers?|family|away|training|go-live|cutover|move|audit|inspection|induction|orientation) day\b|(?!(?-i:Sick|Every|Per|Each|Half|Working|Any|One|Some|Same|Next|That|This|Whole|Full|Pay|Due|Work) )(?-i:[A-Z])[a-z]+ (?-i:Day)\b|"
    r"期间|会|季度|月|周|日|阶段|审核|评审|上线|大促|活动|项目|专案|改版|迁移|投放|直播|盘点|月结|年结|审计|巡检|复盘|"
    r"发布|训练营|开学|^\s*(?:开业|昨天|今天|前天|当天|当晚|上午|下午|晚上|早上|夜班|早班|晚班|中班|去年|今年|前年)\s*$|"
    + _ZH_HOLIDAY,
    re.I,
)
_NOT_OCCASION = re.compile(
    r"\b(?:update|fyi|note|notes|feedback|summary|overall|re|subject|goal|objective|kr|areas?|strengths?|"
    r"development|highlights?|quick (?:one|note)|plus side|separate(?:ly)?)\b"
    r"|(?:\b(?:for|on)\s+(?:the\s+|his\s+|her\s+|their\s+|(?:[A-Z][\w]*\s+)?[A-Z][\w]*['’]s\s+)?|\b(?!"
    + _DAYS
    + "|"
    + _MONTHS
    + r")(?-i:[A-Z])[\w]*['’]s\s+)"
    r"(?:mid-?year|year-?end|review|appraisal|calibration|1:1|one-on-one|check-?in|catch-?up|1-on-1|one-to-one)"
    r"(?:\s+(?:review|appraisal|check-?in))?(?:\s+(?:file|notes?|input|form|write-?up|packet|pack|doc|document|summary|record|submission))?\s*$|\bon\s+(?:a|another)\s+\w+\s+note\b|\b\d+\s+(?:months?|years?|weeks?)\s+in\b"
    r"|^\s*(?:key\s+)?(?:contributions?|achievements?|accomplishments?|wins|concerns?)\s*$"
    r"|情况|反馈|总结|小结|备注|亮点|目标|自评|周报|摘要|评语|笔记|表现\s*$|^\s*(?:关键事件|案例|事例|例子)[一二三四五六七八九十\d]*\s*$|^\s*(?:待改进|需改进|待提升|需提升|改进点|不足|优点|缺点|优势|短板|问题)\s*$|\b(?:results?|findings|prep)\s*$|(?:表|量|清单|整改)\s*$"
    r"|^\s*【[^】]*(?:观察|复盘|点评|记录|纪要|小结|简报)[^】]*】|\bobservations?\b"  # a title: "【本周观察-阿杰】"
    # whom the lines are about: a name with a role or level ("Luis - night shift lead, DC2", "Jonas (Backend, L4)"),
    # a document and a name ("PM review – Wei Ling"), 提纲 / 周记, "关于新人小吴", "本周对快递员小谢"
    r"|^\s*(?!(?:[\w'’-]+\s+)?(?:"
    + _DAYS
    + "|"
    + _MONTHS
    + r"|Q\d|H\d|FY\d*|Black|Cyber)\b)(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*)?\s*(?:[-–—,|]|\()\s*(?:[\w'’-]+\s+){0,2}?(?:[\w-]+\s+)?(?:lead|engineer|manager|"
    r"analyst|associate|supervisor|specialist|rep|nurse|intern|designer|developer|consultant|coordinator|officer|"
    r"assistant|director|executive|backend|frontend|[LPGMT]\d{1,2})\b"
    r"|^\s*(?:store|branch|site|shop|unit|team|dept|department|region|area|ward|clinic|em|pm|tl|calib(?:ration)?|notes?)\b"
    r"[^–—-]*[-–—]\s*(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?\s*\([^)]{1,20}\)\s*$"
    r"|\b(?:review|notes?|check-?in|1:1|feedback|appraisal|summary|calibration)\s*[-–—:|]\s*(?-i:[A-Z])[a-z'’-]+"
    r"(?:\s+(?-i:[A-Z])[a-z'’-]+)?\s*$"
    r"|面谈提纲|周记(?=\s*[:：]|\s*$)|观察记录|(?:1on1|1:1|one-on-one|一对一|1对1)\s*(?:[（(][^)）]{1,12}[)）]|[-–—]\s*\S+)\s*$"
    r"|^\s*(?:关于|对于?)[^：:]{1,16}的[^：:]{0,8}(?:意见|评价|反馈|评估|考核|补充|情况|说明)\s*$|^\s*(?:本周|本月|今日|今天)?重点\s*$|(?:1on1|1:1|one-on-one|一对一|1对1)\s*(?:记录|纪录|紀錄|notes?)"
    r"|^\s*(?:(?-i:[A-Z])[a-z]+|[小老阿][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff](?:老师|经理|主管|总))\s*(?:本月|这个月|這個月|本周|这周|這週|本学期|这学期|"
    r"本季度?|这个?季度|今年|本年度|this (?:month|quarter|term|year))\s*$|(?:关于|对于?)(?:新人|新员工|实习生|快递员|员工|同事|下属|组员)?\s*[小老阿][\u4e00-\u9fff]{1,2}\s*$"
    # a role and a name: "项目经理 黄博", "心内科 护师 陈静"
    r"|(?:经理|主管|店长|护师|护士|工程师|专员|总监|组长|主任|老师|顾问|设计师|运营|销售|助理|司机|厨师|店员|柜员)\s+"
    r"(?![\u4e00-\u9fff]*[会促季期节月周日营赛典])[\u4e00-\u9fff]{2,3}\s*$",
    re.I,
)

_LEAD_ZH = re.compile(
    r"^\s*(?:另外|此外|同时|还有|另|而且|但是|但|不过|可是)?[，,]?\s*((?:在|于)?[^，,；;：:。他她]{1,24}?"
    + _ZH_OCCASION_END
    + r")[，,：:]\s*"
)
_LEAD_ZH_TIME = re.compile(  # "9月3号上午，", "春节前最后一周，", "这次新品发布会，", "但是月底库存盘点，"
    r"^\s*(?:另外|此外|同时|还有|而且|但是|但|不过|可是)?[，,]?\s*((?:在|于)[^，,；;：:。他她]{1,20}|(?:"
    + _ZH_TIME
    + "|"
    + _ZH_HOLIDAY
    + r"|月底|月初|月中|年底|年初|年中|季度?末|季度?初)[^，,；;：:。他她我]{0,8}"
    r"|(?:这次|那次|上次|去年|今年|这一期|这期|那一期|本期|上一期"
    # times said by name only as a lead-in (周末作业 is weekend homework)
    r"|昨晚|前晚|今早|今晚|上周末|这周末|周末|(?:周|星期|礼拜)[一二三四五六日天](?:早上|上午|中午|下午|晚上|晚)?|[早晚]高峰)[^，,；;：:。他她我]{1,12})[，,：:]\s*"
)
# a clause that states the occasion with what was going on, then the report's act: "颱風那週電話量暴增，她主動加班…"
_LEAD_ZH_SCENE = re.compile(
    r"^\s*(?:另外|此外|同时|还有|而且|但是|但|不过|可是)?[，,]?\s*([^，,；;：:。他她]{0,12}?"
    + _ZH_OCCASION_END
    + r"[^，,；;：:。他她]{1,10})[，,]\s*(?=[他她])"
)
_WHEN_ZH = re.compile(
    r"((?:(?<![存现实所潜健没不未])(?<![写放贴记填挂发摆登标印签])在|(?<![对由关属等位至用终过])于)(?!\s*[\d一二两三四五六七八九十半]+\s*(?:个)?(?:小时|分钟|天|周|工作日))[^，,。；;：:]{1,20}?(?:会上|会议上|评审中|评审时|期间|时|中|上|(?<![面眼跟当])前|后)"
    r"|(?:^|(?<=^另外)|(?<=^此外)|(?<=^还有)|(?<=^然后)|(?<=^另外，)|(?<=^另外,))(?:[^，,。；;：:\s他她我你佢]|(?<=[\w\u4e00-\u9fff]) (?=[\w\u4e00-\u9fff])){1,14}?"
    + _ZH_OCCASION_END
    # (the report unnamed, an act that opens with no subject: "周三排直播的时候没跟…", "雨季前把…")
    + r"(?=\s*(?:[他她佢]|有一次|发现|(?<=[时候前间])(?:没有?|未|把|主动|直接|当场|立刻|马上|亲自)))"
    # a time or an event named just before the report ("周末他自己跑去…", "月底盘点他也是第一个交的表", "春节专题她策划了…")
    r"|(?:^|(?<=^另外)|(?<=^此外)|(?<=^还有)|(?<=^然后))(?:[^，,。；;：:\s他她我你佢的]{0,8}?"
    + _ZH_DAY
    + r"|[^，,。；;：:\s他她我你佢的]{2,8}?(?:盘点|分享会|例会|周会|月会|晨会|年会|发布会|上市会|推介会|订货会|交流会|说明会|招商会|专题|大促|直播|"
    r"复盘|培训|路演|展会|评审|上线|发布|审计|巡检|演练)"
    r"|(?:上次|这次|那次|上回|这回|那回)(?:(?![又还也是说轮好])[^，,。；;：:\s他她我你佢的]){1,8}?)(?=[他她佢](?![们的]))"
    r"(?![他她佢](?:经常|总是|常常|老是|从不|从来|一般|通常|每次|都|又))"  # (not a habit: 周末他从不回消息)
    # a holiday or a named time, then the day or week of it, opens the behaviour whatever follows ("国庆那周没核对…",
    # "国庆开盘当天张婷…"), after a name called with a comma too
    r"|^(?:[小老阿]?[\u4e00-\u9fff]{1,2}[，,：:]\s*)?(?:"
    + _ZH_HOLIDAY
    + "|"
    + _ZH_TIME
    + r"|月底|月初|年底|年初)"
    r"[^，,。；;：:\s他她我你]{0,6}?(?:当天|当晚|当日|[那嗰][一两二三四五六七八九十几]*(?:天|日|周|晚|夜))"
    # (an act already under way, 了/把/给, is no occasion; 时间, 后面 and 后十名 are words of their own)
    r"|^(?:[A-Za-z][\w-]*\s?){1,3}的时候(?!\s*[，,]?\s*(?:会|都|总|经常|一般|通常|往往|也|老是|每次))"  # "code review 的时候"
    r"|^(?!每)[^，,。；;：:\s他她我你了把给被将让]{2,10}?(?:" + _ZH_SHI + r"(?![间候刻段效长速薪])"
    r"|(?<![以然最售落背前幕善随今此先靠滞延])后(?![面排台续期果来勤备方端座院门一二三四五六七八九十\d])|期间"
    r"|(?<=大促|上线|发布|开业|开学|考试|审核|检查|截止|活动|会议|旺季|春节|国庆|年底|月底|演练|验收|评审|盘点|上市|投产)前(?:[一两二三四五六七八九十\d]+个?(?:天|周|星期|月|小时|晚))?)"
    r"|[^，,。；;：:\s他她我你]{1,12}?(?:期间|阶段|(?<![把被将给对])那(?:[一两二三四五六七八九十几\d]+个?)?(?:天|周|晚|夜|小时|会儿?|阵子?|段时间)"
    r"|假期|会上|会议上|演练中|课上(?![架传线交])|课堂上)"
    r"|(?:(?<=有一次)|(?<=有次))[^，,。；;：:\s他她我你]{2,12}?(?<![及准按同临随暂适定当])时"
    r"|(?<=[他她])(?:跟|和|与|给|在|去)[^，,。；;：:\s他她我你]{2,12}?的时候(?!\s*[，,]?\s*(?:会|都|总|经常|一般|通常|往往|也|老是|每次))"
    r"|(?<![成为是到至写改])" + _ZH_TIME + r"[^，,。；;]{0,6}?(?:早上|晚上|会上|例会|期间|评审|发布|上线)?"
    # a day or a shift opening a note's line, then an act with no subject: "周四夜班把配载图发错了", "周末自己来加班…"
    r"|^(?!每|逢)(?:[^，,。；;：:\s他她我你佢的每逢]{0,4}?"
    + _ZH_DAY
    + r"(?:早班|中班|夜班|晚班|白班|早上|上午|中午|下午|晚上|夜里|凌晨)?)(?=\s*(?:把|没有?|未|主动|自己|直接|当场|亲自|一个人|独自)))"
)


# a label that is a Chinese name alone: "王芳", "小周" (not a field of a form: "结果", "亮点")
_NAME_LABEL = re.compile(
    r"\s*(?!(?:结果|问题|原因|亮点|不足|建议|备注|评价|评语|总结|背景|影响|行为|情况|优点|缺点|优势|短板|目标|计划|进展|风险|"
    r"改进|待改进|其他|其它|补充|结论|说明)\s*$)(?![\u4e00-\u9fff]*[天日晚早午夜班周月年季会节期业])"
    r"(?:[小老阿][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{2,3})\s*"
)
# a heading that is a date or a period alone ("Q3", "3/10", "Oct 3"), or a date in brackets ("(Oct 3)")
_NUMERIC_DATE = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?"
_DATE_ONLY = re.compile(  # (a name is no date: "Sunil -", "Jan -")
    rf"\s*(?:q[1-4]|h[12]|fy\d{{2,4}}|20\d\d|week\s+\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_NUMERIC_DATE}|"
    rf"(?:january|february|march|april|june|july|august|september|october|november|december)|{_MONTHS}\s+\d{{1,2}}|"
    rf"\d{{1,2}}\s+{_MONTHS})\s*",
    re.I,
)
_BRACKETED_DATE = re.compile(rf"\(\s*(?:{_TIME}|{_NUMERIC_DATE})(?:\s*,?\s*\d{{4}})?\s*\)", re.I)


def _names_time(text: str) -> bool:
    """A lead-in that names an occasion or a time of its own ("on the 9 Oct call", "in her first week")."""
    return names_occasion(text) or bool(_WHEN_EN.search(text) or _TIME_WORD.search(text))


def names_occasion(text: str) -> bool:
    """A label or heading that names an occasion ("Acme renewal call (Oct 3)", "7月德国客户现场审核"), not a
    topic ("Front desk update")."""
    return bool(_LABEL_OCCASION.search(text)) and not _NOT_OCCASION.search(text)


# an incident told with no one of ours in it (after a time or an occasion, or first), then the report by name:
# "3月12日夜班，一名术后患者血压骤降，小陈立即通知值班医生…": the incident is part of the situation, the act starts
# with the name
# (an act of the report's, 把 or 了 before its object, a topic with 的, a name or a report "…反映" is no
# incident; 老板 and 老员工 are no names, nor 区域经理 a surname and title)
# (了 inside it only where something arrived or broke out: 来了个, 出了一起; not 写出了, 盘点出了两次错)
_INCIDENT_CLAUSE = (
    r"(?:(?![小老阿][\u4e00-\u9fff])(?:[^，,；;：:。他她我你了把的咗嘅]"
    r"|(?<![做写拿提找查选推交赶定列理算点])(?<=[来出])了(?=个|位|不少|很多|一[个位名批群起])))"
    r"{3,20}[了咗]?(?<![说映馈到示])"
)
_INCIDENT_THEN_PERSON = re.compile(
    r"^\s*(?:(?:还有|另外|此外|然后|而且|但是|不过|其实|所以|总之)?(?:就是|的话)?[，,]\s*)?+"  # (a filler before: 还有就是，)
    rf"({_INCIDENT_CLAUSE}(?:[，,]\s*{_INCIDENT_CLAUSE})?)[，,]\s*"
    # the report by name, after a job title or not (保安小周), a name with 及时/准时/按时 after it too
    r"(?=[他她]|(?:(?:值班|当班|值守|负责|带班|跟单)的)?(?:保安|司机|护士|医生|实习生|新人|同事|店员|客服|前台|助理|工程师|厨师|收银员?|销售|会计|出纳|导购|骑手|文员)?"
    r"[小老阿](?!板|员工|客户|师|大|人|乡)[\u4e00-\u9fff]{1,2}(?!(?:[\u4e00-\u9fff](?<![及准按同临随]))?[时前后里])"
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:老师|经理|主管|师傅|医生|护士|组长|店长)(?![们]))"
)


# a clause that opens (after at most two characters: 开会迟到) with one of these tells the report's own act with its
# subject dropped (没交周报, 经常迟到, 主动承担, 沟通能力较强), or a topic (关于绩效考核), not an incident; one
# with a subject of its own (客户迟迟不付尾款, 供应商延迟发货, 晚班人手不够) is one all the same
_ACT_MARKS = re.compile(
    r"^.{0,2}?(?:没|不|未|又|总是|迟到|早退|来晚|主动|积极|表现|经常|多次|连续|一直|老是|从来|每次|认真|负责|能力|态度|关于|对于|完成|"
    r"参与|组织|整理|搭建)"
)
# the name's clause adds another act ("整理出一份入职手册，她还带了两个新人"; not 还是 "still", 也没 "did not even")
_ANOTHER_ACT = re.compile(r"[^，,。]{1,4}?(?:还(?!是)|也(?![没不])|又)")


# a time lead-in that runs on past its occasion into the act ("周日爆仓时没有及时上报，…"): the occasion is read
# from the behaviour instead (``when``)
_ACT_AFTER_OCCASION = re.compile(
    r"(?:" + _ZH_SHI + r"|期间|会上|会议上|(?<=[班会审议赛])中)(?!的)[^，,；;：:。]{2,}"
)  # 在一次交接班中漏交了…


def lead(sentence: str, zh: bool) -> tuple[str, str]:
    """(the situation a label or lead-in states, the sentence without it): ("", sentence) when none; in Chinese an
    incident told before the report's name joins the situation."""
    found, rest = _lead(sentence, zh)
    if (
        zh
        and (m := _INCIDENT_THEN_PERSON.match(rest))
        and not any(_ACT_MARKS.match(clause.strip()) for clause in re.split(r"[，,]", m[1]))
        and not _ANOTHER_ACT.match(rest, m.end())
    ):
        incident = m[1].strip()
        begin = sentence.find(found) if found else sentence.find(incident)
        found, rest = sentence[begin : sentence.find(incident, begin) + len(incident)], rest[m.end() :]
    return found, rest


def _lead(sentence: str, zh: bool) -> tuple[str, str]:
    # a label that names an occasion is the situation, unless a lead-in after it names the occasion itself ("Call
    # review: on the 9 Oct call where …, Léa …", "Rahul, Q3: when the distributor threatened …, he …")
    labelled = (m := _LABEL.match(sentence)) is not None and names_occasion(m[1])
    after = sentence[m.end() :] if labelled and m else ""
    if labelled and m:
        inner = None if zh or not _LEAD_IN_FIRST.match(after) else _LEAD_EN.match(after)
        if inner is None:
            return m[1].strip(), after
        if _ASIDE.search(inner[1]):  # "Acme call: on reflection, she …": the label stays, the aside goes
            return m[1].strip(), after[inner.end() :]
        if not _names_time(inner[1]):  # "Acme call: before that she had …": no occasion of its own
            return m[1].strip(), after
    if (
        (a := _ARROW_HEAD.match(sentence))
        and names_occasion(a[1])
        and (
            re.search(r"[了把给被将过]|[他她]", a[1]) is None  # 上周三那场直播 -> (not 重写了… ->, nor an act
            and (
                _ZH_ARROW_OCCASION.search(a[1]) is not None or len(a[1]) <= 6
            )  # with no 了: 上周五晚上直接推生产没走灰度)
            if zh
            # "No-show at standup ->", "Late on Monday ->": an act ("Payroll cut-off in January ->" is a time)
            else not _ACT_EN.search(a[1])
            and not _LAPSE_HEAD.search(a[1])
            and not re.search(r"\b(?:his|her|their|him|them)\b", a[1], re.I)  # "names his test cases ->"
            and (not (w := _WHEN_EN.search(a[1])) or _TIME_WORD.search(w[0]) or re.search(r"\d", w[0]))
        )
    ):
        return a[1].strip(), sentence[a.end() :]
    if (
        not zh
        and (d := _DASH_HEAD.match(sentence))
        and (
            _DATE_ONLY.fullmatch(d[1])  # "Q3 - …", "3/10 - …"
            # an occasion's word, not only a number ("Top 3 priorities"), with its date in brackets or none ("Ben
            # (Ops, 2 yrs) - …" is whom the line is about)
            or (
                names_occasion(re.sub(r"\d+", "", _BRACKETED_DATE.sub("", d[1])))
                and "(" not in _BRACKETED_DATE.sub("", d[1])
            )
        )
        and not _ACT_EN.search(re.sub(r"\b[a-z]+ing\b", "", d[1], flags=re.I))  # ("planning offsite": a noun)
        and not re.fullmatch(
            r"\s*(?:example|item|point|case|incident|no\.?|#)\s*\d+\s*", d[1], re.I
        )  # "Example 1 –"
        and _SUBJECT_ACTS.match(sentence, d.end())
    ):
        return d[1].strip(), sentence[d.end() :]  # "Sprint 14 retro - Kasia let the team vote …"
    rest = (
        sentence[m.end() :]
        if m and (labelled or _NOT_OCCASION.search(m[1]) or _NAME_LABEL.fullmatch(m[1]))
        else sentence
    )  # "Front desk update: …", "王芳：…"
    if (m := _DASH_HEAD.match(rest)) and (
        _NOT_OCCASION.search(m[1])
        or (_NAME_HEAD.match(m[1]) and not names_occasion(m[1]) and not _TIME_WORD.search(m[1]))
    ):
        rest = rest[m.end() :]  # "quick one on Marcus for his review — during peak week he …"
    for pattern in (
        (_LEAD_ZH, _LEAD_ZH_TIME, _LEAD_ZH_SCENE)
        if zh
        else (_LEAD_EN_DAY, _LEAD_EN, _LEAD_EN_NAMED, _LEAD_EN_BARE)
    ):
        if (m := pattern.match(rest)) and not (pattern is _LEAD_ZH_TIME and _ACT_AFTER_OCCASION.search(m[1])):
            if pattern is _LEAD_EN and (named := _LEAD_EN_NAMED.match(rest)) and named.end() < m.end():
                m = named  # "During the outage Jonas wrote …, and …": the name ends the lead-in, not the comma
            if a := _ASIDE.search(m[1] or m[2]):  # "On a separate note, …", "on the plus side …"
                # "on the other hand in the pricing steerco he …": the lead-in after the aside stays
                tail = (m[1] or m[2])[a.end() :].strip(" ,")
                opens = re.match(r"(?:in|at|during|on|over|after|before|throughout)\s+\S", tail, re.I)
                return (tail if opens else ""), rest[m.end() :]
            return (m[1] or m[2]).strip(), rest[m.end() :]
    return "", rest
