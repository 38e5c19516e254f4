"""The words a situation is told by: months, days, the nouns of an occasion, times and holidays; the past
tenses without -ed that follow the report's name; and the words an effect is told by: verbs in the past, verbs
of making, the clauses that state a consequence, and what states a result (a figure, a reaction, a harm that did
not come). Shared by assistant/coaching/sbi_parts.py, assistant/coaching/sbi_impact.py and the modules they read
occasions and effects with."""

from __future__ import annotations

import re

_MONTHS = (  # a month's name or its abbreviation, not a word that starts like one ("market", "junior", "decide")
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# a day's name or its abbreviation, not a name that starts like one ("Sunil", "Satish", "Monica")
_DAYS = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?"
# nouns of an occasion: what a situation's phrase ends with
_OCCASION = (
    r"(?:(?:inventory|stock|cycle|physical) count|dinner|lunch|breakfast|gala|ceremony|banquet|meeting|review|call|demo|launch|release|sprint|retro|retrospective|standup|stand-up|workshop|offsite|"
    r"incident|outage|close|freeze|cutover|rollout|migration|handover|shift|summit|visit|audit|exercise|drill|"
    r"presentation|session|interview|crits?|all-hands|town hall|kickoff|kick-off|negotiation|pitch|evening|"
    r"morning|afternoon|night|weekend|week|month|quarter|season|peak|rush|service|event|conference|fair|"
    r"inspection|consultation|phase|project|deadline|board|committee|check-in|one-on-one|1:1|walkthrough|"
    r"go-live|onboarding|training|tournament|match|game|period|cycle|busy season|year-end|month-end|"
    r"quarter-end|parents' evening|renewal|deal|escalation|handoff|holidays?|break|half-term|summer|winter|"
    r"spring|autumn|christmas(?: eve)?|easter|new year|eve|trip|tour|flight|strike|prep|preparation|redesign|"
    r"relaunch|revamp|campaign|recall|crisis|storm|stocktake|pilot|trial|beta|hackathon|induction|"
    r"orientation|placement|proof of concept|roadshow|arbitration|hearing|exams?|mocks|mock exams?|submission|qbr|"
    r"offsite|conference|showcase|expo|war room|change|changeover|reorg|restructure|merger|relocation|refit|upgrade|shutdown|surge|"
    r"(?<!small )(?<!pep )talk(?! (?:time|track|ratio)s?\b)|keynote)s?"
)
_TIME = (
    rf"(?:q[1-4]|h[12]|{_MONTHS}(?:\s+\d{{1,2}})?|\d{{1,2}}\s+{_MONTHS}|{_DAYS}(?:\s+(?:morning|afternoon|"
    r"evening|night))?|20\d\d|week\s+\d+|the\s+(?:first|second|third|last)\s+week)"
)
# past tenses without -ed, after the report's name: "Faisal rebuilt …", "Priya split …"
_IRREGULAR_PAST = (
    r"(?:built|wrote|ran|led|made|took|got|set|sent|held|caught|found|kept|brought|spent|drew|gave|put|won|sold|"
    r"taught|spoke|drove|met|stood|shut|cut|did|went|came|saw|paid|hit|began|chose|told|left|sat|lost|broke|"
    r"forgot|felt|knew|dealt)"
)
_ZH_TIME = (  # a time said by its name: a date, a named period ("下半年", "这学期", "上周日")
    r"(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|上周[一二三四五六日]?|上个月|上月|昨天|前天|今天|本周|这周|本月|这个月|"
    r"上季度|本季度|这季度|这个季度|今年|去年|前年|全年|上半年|下半年|这学期|本学期|上学期|事后|会前|会后|"
    r"Q[1-4]|[一二三四]季度)"
)
# a day or an end of a period said by name, as a lead-in ("周末他…", "月底盘点…", "周四夜班把…")
_ZH_DAY = r"(?:周末|月底|月初|年底|年初|(?:周|礼拜|星期)[一二三四五六日天])"
# an occasion's last word; 以后, 及时, 按时 and the like end no occasion ("拖到一周以后", "书写不及时")
_ZH_OCCASION_END = (
    r"(?:(?i:committee|meeting|review|call|workshop|demo|sync|stand-?up|offsite|town ?hall|all-hands|qbr|kick-?off|session)\s?(?:上|中)|"
    r"期间|会上|会议上|课上(?![架传线交])|课堂上|评审中|评审时|(?<![及准按同临随暂适定当有平])时|的时候|(?<![以之提目当眼面先])前|(?:(?<=评审|上线|发布|开业|考试|审核|检查|验收|盘点|大促|活动|会议|演练|截止)|(?<=会)|(?<=[来到]))之前(?!的)|(?<![以之然最])后|"
    r"(?<![章节话码])[那嗰](?:[一两二三四五六七八九十几]+)?(?:天|日|周|晚|夜|趟|次|场|段时间|段|个月|阵子|阵|会儿)(?![儿子]?[的地])|(?<=[早例周晨夕])会(?=\s*[他她佢])|第[一二三四五六七八九十\d]+(?:天|日|周|晚)|"
    r"当天|当晚|当日|阶段|(?<![其当集心空手])中|之际|以来|假期|高峰|季|前(?:一|两|三|几)(?:周|天|晚|夜|个月)|"
    r"(?<=台风|暴雨|大雨|下雨|暴雪|高温|大风|停电)天|(?<=[雨雪])天|档期|檔期|嗰(?:晚|日|朝|排|次)|"
    r"(?:预热|备战|冲刺|筹备|试运行|试点|交接|过渡|磨合|旺|淡)期)"
)
_ZH_SHI = (
    r"(?<![及准按同临随暂适定当有平小历耗实工超])时"  # 时 closing an occasion (not 及时, 准时, 小时, 工时)
)
_ZH_HOLIDAY = (  # a holiday opens a situation only as a lead-in: "春节备货量" is a thing
    r"(?:国庆|春节|中秋|五一|元旦|端午|双十一|双11|双十二|七夕|618|六一八|黑五|开门红)"
)

# a verb in the past: what a sentence about others or things says happened to them (not the report's own act)
PAST = re.compile(
    r"\b(?:\w{3,}ed|was|were|left|made|wrote|got|came|went|took|gave|said|told|sent|kept|fell|rose|grew|hit|"
    r"sold|beat|broke|spent|won|lost|ran|rang|met|dropped|shrank|doubled|halved|spoke|began|quit|withdrew|bought|brought|"
    r"caught|found|felt|heard|held|paid|led|saw|chose|knew|stood|threw|understood|became|overtook|forgot|ate|taken|given|gone|"
    r"done|seen|written|chosen|driven|begun|used)\b",
    re.I,
)
# a verb of making: what a thing made did is the maker's impact ("built a checklist that cut turnaround from 9 days
# to 4"), not what a thing found or missed did ("found the bug that cut conversion from 4% to 2%")
MADE = re.compile(
    r"\b(?:built|wrote|created|designed|introduced|set up|rolled out|launched|automated|rebuilt|rewrote|made|drafted|"
    r"put together|shipped|developed|added|redesigned|implemented|wrote up|scripted)\b",
    re.I,
)
# others who took it up since: "… into a template that two other teams have since reused"
THAT_OTHERS_EN = re.compile(
    r"(?<!\s)\s+(that\s+(?:the\s+new\s+\w+|the\s+whole|the\s+entire|two|three|four|several|many|other|\d+|"
    r"the\s+(?:\w+\s+)?(?:team|teams|group|department|org)\b)\b.+|(?:every|each)\s+\w+\s+(?:now|since)\b.+)$",
    re.I,
)

CONSEQUENCE_EN = re.compile(  # (or what a thing she made moved: "… a checklist that cut KYC turnaround from 9 days to 4")
    r"(?:(?:,|(?<!\s)\s+[—–-]{1,2})\s*(?=(?:lost|losing|cost|costing|wasted|saved|saves|saving|gained|earned|freed|frees)\b)"
    r"|(?<!\s)\s+(?:that|which)\s+(?=(?:cut|reduced|halved|doubled|tripled|lifted|raised|shortened|lowered|increased|"
    r"decreased|brought)\b[^.;]*?(?:\bfrom\b[^.;]*\bto\b|\bby\b)\s*(?:about\s+|around\s+|over\s+)?[\d$£€¥₹]))(.+)$",
    re.I,
)
# harm an act averted, said after it: "Would've been a tear-out.", "That could have cost us the account." (not "could
# have been shorter" nor "could have led with the summary": a critique)
HAVE_AVERTED = r"(?:['’]ve|\s+have)\s+(?:cost|meant|caused|led\s+to|been\s+an?)\b"
AVERTED = r"(?:would|could|might)" + HAVE_AVERTED

# the best of a whole group: "全店最高", "全组第一"
TOP_OF_ALL = r"全[\u4e00-\u9fff]{1,2}(?:最高|最低|第一|最好|最快|最多|最少)"
RESULT = re.compile(  # a clause that reports a measured result or others' reaction
    r"\d[\d.,]*\s*(?:多|余)?\s*(?:%|倍|天|小时|分钟|万|亿|元|个|次|单|起|条|项|分|点|户|家|days?|hours?|minutes?|points?|pp)|零[\u4e00-\u9fff]{0,3}?(?:客诉|投诉|缺失|差错|事故|失误|返工|故障|缺陷|不符合项|逾期|流失|超卖|退货|漏检|违规|缺货|断货|丢件|破损|差评|延误|伤亡|扣分)"
    # zero of anything at the clause's end: 零宕机, 全月零迟到 (not 零下五度, 零售, 零件, 一百零五)
    r"|(?<![\d.])0\s*(?:客诉|投诉|差错|事故|失误|返工|故障|缺陷|逾期|流失|超卖|退货|漏检|违规|缺货|丢件|破损|差评|延误|bug|重大缺陷)"
    # a count of others and what they did: "有七个进了班级中游", "两个都过了试用期"
    r"|有[一二两三四五六七八九十几\d]+[个位名家](?:人|客户|学生|孩子|同事|主播|员工|新人)?[\u4e00-\u9fff]{0,2}?(?:进了|过了|找|提|来|走|拿到|考上|升|通过)"
    r"|(?:两|兩|[三四五六七八九十几\d]+)[个個](?:人)?都(?:过了|拿到|通过|留|转正|升|进了|考上|准时|準時|按时|如期|按期|顺利|上线|完成)"
    r"|[一二两三四五六七八九十几\d]+[十百千万亿]多(?:块|元)?(?=[，。,.；;！!\s]|$)|(?<![赶])超了|都在用|都用上了"
    r"|(?<![一二两三四五六七八九十百千万\d从])零(?![搭开起]|[下点度食件售钱星散碎部基工花头用一二三四五六七八九十百千万\d])[\u4e00-\u9fff]{1,3}(?=[，。,.；;！!\s]|$)"
    r"|(?<![一个])(?:[二两三四五六七八九十百千万几]|一[十百千万])[一二两三四五六七八九十百千万几]*"
    r"(?:倍|天|小时|分钟|次|单|起|条|项|位|名|家|成|户|万|轮)(?![\u4e00-\u9fff]{0,2}[的地])"
    r"|\b\d[\d,.]*\+?\s+(?:[a-z-]+\s+)?[a-z]+s\b"  # a count of things: "340 unsubscribes", "212 pallets", "300+ signups"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half an?|a)\s+(?:days?|weeks?|hours?|"
    r"minutes?|mins?|months?)\b|\d\s*mins?\b|\bvs\.?\s*\d|\b(?:back )?(?:above|below|under|over) \d|降到了?|降至|\b(?:up|down) to [£$€¥₹]?\d|\bwent (?:up|down)\b|\bthan (?:last|before|the|planned|budget|target)\b|\b(?:zero|no)\s+(?:\w+\s+){1,3}?(?:in|on|at|after|since|to|for|this|that|last)\b|\bas a result\b|\b(?:up|down) by (?:half|a third|a quarter|\d)"
    r"|\bfrom\s+(?:\S+\s+){0,4}?to\b|(?:从|由)\s*\S+\s*(?:到|至|降到|压到|提升到|降至|提升至)|"
    r"\b(?:saved|saving|cut|cutting|reduced|reducing|raised|raising|increased|increasing|avoided|avoiding|"
    r"prevented|preventing|won|winning|shipped|helped|helping|dropped|halved|doubled|renewed|agreed|thanked|"
    r"asked|complained|escalated|praised|lost|missed|slipped|changed|announced|told|emailed|wrote in|paid|"
    r"had to|started|stopped|stayed|opens|uses|reuse|adopted|approved|rejected|passed|failed|complaints?|caused|"
    r"triggered)\b"
    r"|(?:提前|推迟|延后|缩短|延长)(?:了\s*(?:\d+|[一二两三四五六七八九十半])(?:个)?(?:天|周|星期|月|小时|分钟)|\s*(?:\d+|[一二两三四五六七八九十半])"
    r"(?:个)?(?:天|周|星期|月|小时|分钟)(?=[，。,.；;！!]|$))|为零|是零|清零"
    r"|避免|节省|减少|降低|提升|提高|挽回|赢得|缩短|少了|多了|涨了|降了|高了|低了|快了|慢了|拖了|晚了|"
    r"(?:整整|足足)(?:一|[二两三四五六七八九十])(?:周|天|个月|年|小时)|只能|只好|不得不|被迫|抢在|翻了|翻倍|一次(?:就)?(?:过|通过)|按时完成|如期完成|"
    r"抱怨|反馈|比(?:去年|上季度|上个?月|以前|之前|往年)[\u4e00-\u9fff]{0,4}(?:好|高|低|快|少|多)|不用再|不必再|不再需要|再也不用|再也没|第一次没|首次|"
    r"省了|省下|被(?!动)[\u4e00-\u9fff]{1,4}(?:走|掉|了)|(?<=[\u4e00-\u9fff])当场|专门|反映|感谢|表扬|投诉|点名|认可|追加|下了|续约|关闭了|才发现|没有出现|没出|没有出|无感|稳住|"
    r"被开|被罚|被扣|被退|被打乱|打乱了|返工|好评|差评|流失|签了|签下|成交|通过了|已通过|都通过|延误|耽误|没有?发生|未发生"
    r"|保证了|确保了|保住了|赶上了|(?<![去删丢扔砍除拿])掉了|跌了|\b(?:is|are) (?:up|down)\b|\b(?:didn't|did not|hasn't|haven't|never) pass\w*"
    r"|没有?(?:(?:收到|接到|出现|发生|再有|再出)过?)?(?:一|任何)(?:单|起|个|次|件|例|位|项|条|份|笔|箱|票|趟|台|辆)(?!月|星期|礼拜|周|天|年|季度|小时)|少(?:亏|花|赔|付|损失)了?|[听看]不下去|提前散了|一(?:单|起|个|次|件|例|位|项|条|份|笔|箱|票|趟|台|辆|家|人|辆车|台车)[\u4e00-\u9fff]{0,6}?都(?:没|未)(?:有|出|坏|泡|丢|漏|伤|损|错|超|翻|退|延误|投诉|滞留|误|来|走|到|剩)|"
    # "现在都能独立管店了": what others can do now; "半天就放行了": how soon it came
    r"(?:现在|如今)(?:已经)?都(?:能|可以|会)[\u4e00-\u9fff]{1,8}了|"
    r"^\s*(?:半|[一二两三四五六七八九十\d]+)(?:个)?(?:天|小时|钟头|周|分钟)(?:内|之内)?就(?![\u4e00-\u9fff]{0,3}[完会定好])[\u4e00-\u9fff]{1,5}了(?=[。，,；;！!]|$)|"
    r"(?<![我你他她])又得|只得|\bin half the time\b|(?<!希望)(?<!祝)(?<![不祝])(?:順利|顺利)(?=\s*[。，,；;！!]|\s*$)|"
    + TOP_OF_ALL
    + r"|\bzero\b(?!-)|:\s*(?:none|nil|0)\b"
    # a figure that did not move ("退款率没有明显上升"), or work made easier for others ("查起来方便很多")
    + r"|(?:率|量|额|数|成本|时长|人数)[也都并]?(?:没有?|未|并未)(?:明显|太大|大幅)?(?:上升|上涨|增加|增长|下降|下滑|变化|波动|反弹|超标|受影响)"
    + r"|(?:起来|得)?(?:方便|容易|轻松|顺畅|省事|省心|清楚|顺手)了?(?:很多|不少|多了|许多)"
)
