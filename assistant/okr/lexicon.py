"""Words that carry meaning for the KR rules, in Chinese and English: direction verbs and comparators, task
verbs, metric nouns, lower-is-better metrics and new-count phrases. Patterns only; the rules live elsewhere."""

from __future__ import annotations

import re


def _words(*words: str) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


INCREASE_EN = _words(
    "increase", "increases", "increasing", "grow", "growing", "raise", "raising", "improve", "improving",
    "boost", "lift", "expand", "double", "triple", "exceed",
    "drive", "accelerate", "maximize", "maximise",
)  # fmt: skip
DECREASE_EN = _words(
    "reduce", "reducing", "decrease", "decreasing", "cut", "cutting", "lower", "lowering", "shorten",
    "shrink", "minimize", "minimise", "drop", "decline", "bring down", "halve", "eliminate", "trim", "down to",
    "down from",
)  # fmt: skip
INCREASE_ZH = _words(
    "提升",
    "提高",
    "增加",
    "增长",
    "扩大",
    "达到",
    "突破",
    "实现",
    "超过",
    "翻倍",
    "上升",
    "拉升",
    "增至",
    "做到",
)
DECREASE_ZH = _words(
    "降低",
    "减少",
    "缩短",
    "下降",
    "压缩",
    "降至",
    "降到",
    "控制在",
    "减半",
    "压降",
    "降",
    "减",
    "缩减",
    "消除",
)
UPPER_BOUND = _words(
    "≤", "<=", "<", "no more than", "at most", "under", "below", "less than", "fewer than", "within", "max",
    "or less", "or fewer", "or lower", "or below", "or under",
    "不超过", "以内", "以下", "低于", "不高于", "不多于", "之内",
)  # fmt: skip
LOWER_BOUND = _words(
    "≥", ">=", ">", "at least", "above", "more than", "over", "min", "minimum", "不低于", "以上", "高于", "不少于",
    "or more", "or higher", "or above", "or greater",
)  # fmt: skip

DIRECTION_UP = re.compile(rf"(?:\b(?:{INCREASE_EN})\b|(?<!不)(?:{INCREASE_ZH}))", re.I)
DIRECTION_DOWN = re.compile(rf"(?:\b(?:{DECREASE_EN})\b|{DECREASE_ZH})", re.I)


# Bounds: "->" and "=>" are arrows, not comparisons; "不低于" is a lower bound although it contains "低于".
def _bounds(words: str) -> str:
    return "|".join(rf"\b{w}\b" if w[0].isascii() and w[0].isalpha() else w for w in words.split("|"))


BOUND_LOWER = re.compile(rf"(?<![-=])(?<!no )(?<!不)(?:{_bounds(LOWER_BOUND)}|no less than|至少)", re.I)
BOUND_UPPER = re.compile(rf"(?<![-=<])(?<!不)(?:{_bounds(UPPER_BOUND)})", re.I)

_TASK_STEMS_EN = (
    "launch", "ship", "release", "build", "create", "develop", "implement", "complete", "finish", "deliver",
    "hold", "run", "host", "organize", "organise", "conduct", "write", "draft", "publish", "document", "hire",
    "recruit", "migrate", "roll out", "set up", "establish", "define", "design", "deploy", "introduce",
    "integrate", "prepare", "plan", "research", "investigate", "evaluate", "explore", "identify", "update",
    "refactor", "upgrade", "move", "train", "attend", "participate", "work on", "start", "begin", "kick off",
    "finalize", "finalise", "audit", "automate", "standardize", "standardise", "pilot", "prototype", "collect",
    "gather", "interview", "schedule", "coordinate", "deprecate", "decommission", "sunset", "retire", "remove",
    "add", "produce", "submit",
    "revamp", "redesign", "rewrite", "replace", "consolidate", "announce", "present", "perform", "benchmark",
    "formalize", "formalise", "put in place", "send", "visit", "enable", "provide", "clean up", "transition",
    "switch", "adopt", "test", "measure", "track", "assess", "analyze", "analyse", "outline", "communicate",
    "staff", "fix", "resolve", "triage", "close out", "wrap up", "do", "generate", "choose", "change",
    "certify", "provision", "brief", "support", "help", "share", "ensure", "make sure", "setup", "rollout",
)  # fmt: skip
_IRREGULAR = (
    "built",
    "written",
    "wrote",
    "held",
    "ran",
    "done",
    "did",
    "chose",
    "chosen",
    "begun",
    "began",
    "set up",
    "sent",
)


def _forms(stem: str) -> list[str]:
    """launch → launch, launches, launched, launching; ship → shipped, shipping; define → defined, defining."""
    head, _, tail = stem.partition(" ")
    tail = f" {tail}" if tail else ""
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith(("sh", "ch", "x", "s")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    elif head.endswith("y") and head[-2] not in "aeiou":
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
        if len(head) <= 4 and head[-1] in "pnbgtm" and head[-2] in "aeiou" and head[-3] not in "aeiou":
            forms += [head + head[-1] + "ed", head + head[-1] + "ing"]
    return [f + tail for f in forms]


TASK_VERBS_EN = _words(*(f for stem in _TASK_STEMS_EN for f in _forms(stem)), *_IRREGULAR)
OUTCOME_VERBS_EN = _words(*(f for stem in (
    "increase", "grow", "raise", "improve", "boost", "lift", "expand", "double", "triple", "exceed", "reduce",
    "decrease", "cut", "lower", "shorten", "shrink", "minimize", "minimise", "drop", "halve", "eliminate",
    "reach", "achieve", "attain", "maintain", "keep", "sign", "win", "land", "close", "activate", "acquire",
    "gain", "convert", "retain", "sustain", "hit", "accelerate", "drive", "deliver on", "get", "earn", "have",
) for f in _forms(stem)), "won", "kept", "got")  # fmt: skip
TASK_VERBS_ZH = _words(
    "完成", "上线", "发布", "推出", "组织", "举办", "开展", "搭建", "制定", "推进", "梳理", "输出", "编写", "撰写",
    "招聘", "迁移", "落地", "实施", "开发", "设计", "启动", "召开", "参加", "参与", "协助", "培训", "整理", "调研",
    "研究", "评估", "对接", "部署", "引入", "编制", "重构", "改版", "拜访", "走访", "沉淀", "跟进", "配合", "开通",
    "接入", "上架", "交付", "召集", "筹备", "起草", "修订", "更新", "整合", "探索", "试点", "宣导", "宣讲", "组建",
    "招募", "分享", "复盘", "盘点", "清理", "补齐", "规划", "打通", "建立", "举行", "跟踪", "统计", "制作",
)  # fmt: skip
_FIRST_VERB = re.compile(rf"\b(?P<task>{TASK_VERBS_EN})\b|\b(?P<outcome>{OUTCOME_VERBS_EN})\b", re.I)
TASK_PASSIVE_EN = re.compile(
    r"\b(?:is|are|was|were|has|have|has been|have been|gets?|got|being)\s+(?:\w+ly\s+)?"
    r"(?:published|defined|provisioned|shipped|created|documented|launched|released|deployed|implemented|"
    r"completed|delivered|migrated|built|set up|established|rolled out|written|automated|updated|adopted|"
    r"introduced|finalized|finalised|designed|developed|drafted|approved|signed off|in place)\b",
    re.I,
)


_TASK_FIRST = re.compile(
    rf"^\s*(?:(?:successfully|fully|finally|then)\s+)?(?P<verb>{TASK_VERBS_EN})\b(?!-)", re.I
)  # not the first part of a compound noun ("write-offs")
_TASK_AFTER_SUBJECT = re.compile(
    rf"^\s*(?:we|i|they|the team|our team|[A-Z][\w&/.-]*(?:\s+(?:and|or|&)\s+[A-Z][\w-]*)?(?:\s+team)?)\s+"
    rf"(?:(?:will|should|are|is|have|has|can)\s+)?(?:\w+ly\s+)?(?P<verb>{TASK_VERBS_EN})\b(?!-)",
    re.I,
)
_OUTCOME_FIRST = re.compile(rf"^\s*(?:{OUTCOME_VERBS_EN})\b", re.I)


def first_verb_is_task(text: str) -> str | None:
    """The task verb that leads the KR ("Launch …", "Bifrost team identify …", "We are measuring …"), or a
    deliverable in the passive ("… is published"); None when an outcome verb leads ("Maintain … through …")."""
    if _OUTCOME_FIRST.match(text):
        return None
    m = _TASK_FIRST.match(text) or _TASK_AFTER_SUBJECT.match(text)
    if m:
        return m.group("verb")
    p = TASK_PASSIVE_EN.search(text)
    return p.group(0) if p else None


TASK_ZH = re.compile(rf"(?:{TASK_VERBS_ZH})")
# A deliverable reported in its finished state, anywhere in the KR ("Migration of billing done", "New pricing
# page live by March", "SOC 2 compliance achieved", "新版会员体系上线"): a task unless a clause states an outcome.
TASK_STATE_EN = re.compile(
    r"\b(?:done|completed|complete|shipped|launched|live|published|signed off|approved|rolled out|in place|"
    r"delivered|released|implemented|deployed|migrated|held|achieved|finished|in (?:customers'|users'|"
    r"production) hands|in production|went live|goes live|generally available|GA)\b",
    re.I,
)
# A deliverable named by its noun ("Migration of accounts payable to the new ERP", "Rollout of the new CRM") or a
# milestone passed ("Achieve ISO 27001 certification", "通过 ISO 27001 认证年度复审"): a task with no verb list.
TASK_NOUN_EN = re.compile(
    r"^\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:migration|roll-?out|launch|implementation|delivery|deployment|"
    r"introduction|creation|completion|set-?up|publication|redesign|overhaul|integration|consolidation|"
    r"go-live|kick-?off)\s+(?:of|to|for)\b",
    re.I,
)
MILESTONE = re.compile(
    r"\b(?:achieve|achieved|obtain|obtained|pass|passed|earn|earned|gain|gained|receive|received|attain|attained)\s+"
    r"(?:the\s+|our\s+|a\s+|an\s+)?[^,;.]{0,30}?\b(?:certification|certificate|accreditation|attestation|"
    r"compliance|audit)\b|(?:通过|获得|取得|拿到)[^，,；;。]{0,20}?(?:认证|审核|审计|复审|验收|资质|评审|牌照)",
    re.I,
)
# Counts of things the team produces ("from 6 courses to 11", "45 doc updates", "3 篇客户案例"): work done, a task
DELIVERABLE_COUNT = re.compile(
    r"\s*(?:new\s+|more\s+|additional\s+)?(?:courses?|doc(?:ument)? updates?|docs?|articles?|blog posts?|posts?|case stud(?:y|ies)|"
    r"guides?|playbooks?|tutorials?|videos?|workshops?|trainings?|webinars?|briefings?|assessments?|"
    r"lessons?|modules?|templates?)\b|\s*(?:个|篇|门|场|期|份|套|节|项)?\s*\S{0,6}?(?:课程|文章|案例|文档|手册|"
    r"培训|分享会|直播|工作坊|组件|模板|课|教程|视频)",
    re.I,
)
ACTIVITY_NOUNS = re.compile(
    r"\b(?:workshops?|trainings?|sessions?|meetings?|interviews?|webinars?|events?|posts?|articles?|blogs?|"
    r"blog posts?|case stud(?:y|ies)|documents?|docs?|reports?|talks?|presentations?|demos?|videos?|"
    r"classes|courses?|trips?|visits?|calls?|surveys?|retros?|retrospectives?|playbooks?|guides?|"
    r"tutorials?|hackathons?|meetups?|conferences?|newsletters?|features?|projects?|pilots?|"
    r"engineers|designers|hires|people|headcount|roles?|positions?|candidates?)\b|"
    r"培训|会议|访谈|活动|文章|文档|分享会|分享|宣讲|直播|沙龙|课程|工作坊|报告|方案|手册|项目|功能|需求|版本|"
    r"候选人|岗位|名工程师|场",
    re.I,
)
METRIC_WORDS = re.compile(
    r"\b(?:rate|rates|ratio|ratios|percentage|percent|market share|share of|number of|count|revenue|arr|mrr|gmv|nps|csat|ces|"
    r"dau|mau|wau|retention|churn|conversion|latency|uptime|availability|cost|costs|margin|profit|time to|"
    r"response time|resolution time|cycle time|lead time|scores?|satisfaction|adoption|usage|coverage|"
    r"throughput|volume|sales|bookings|pipeline|growth|average|median|p9\d|p50|errors?|incidents?|tickets?|"
    r"sign-?ups|traffic|engagement|attrition|turnover|"
    r"gmv|aov|ltv|cac|roi|roas|spend|budget|backlog|mttr|mttd|"
    r"defects?|bugs?|complaints?|refunds?|returns|downtime|outages?|sla|slo|accuracy|yield|utili[sz]ation|"
    r"velocity|frequency|duration|speed|"
    r"win rate|quota|attainment|ebitda|burn|runway|headcount|occupancy|completion rate|pass rate|"
    r"open rate|click-through|ctr|bounce|active|on-time|on time)\b|"
    r"率|占比|比例|比重|数量|人数|次数|单量|订单量|金额|收入|营收|利润|毛利|成本|费用|满意度|时长|(?<!第一)时间|延迟|时延|耗时|"
    r"得分|评分|分数|NPS|GMV|DAU|MAU|留存|流失|转化|覆盖|渗透|规模|销售额|业绩|回款|客单价|复购|活跃|用户数|"
    r"商家数|客户数|故障|事故|缺陷|投诉|退款|可用性|吞吐|效率|周期|周转|天数|积压|工单|产能|良率|准确|人效|ROI|ROAS|"
    r"指数|份额|排名|声量|曝光|点击|下载|安装|粉丝|关注",
    re.I,
)
# Who or what is counted: a metric only when the KR counts it, with a quantity or a direction ("grow active
# users", "more merchants"); "Users love the new editor" names no metric
COUNTED = re.compile(
    r"\b(?:users|customers|merchants|leads|visits|visitors|downloads|installs|orders|transactions|stars|"
    r"contributors|subscribers|followers|members|accounts|deals)\b",
    re.I,
)
_COUNTING = re.compile(
    rf"\b(?:{INCREASE_EN}|{DECREASE_EN}|more|fewer|less|new|additional|number|total|active)\b|\d|"
    rf"{INCREASE_ZH}|{DECREASE_ZH}",
    re.I,
)


def names_metric(text: str) -> bool:
    """Whether the KR names a quantitative metric (a rate, a cost, a score… or a counted population)."""
    return bool(METRIC_WORDS.search(text) or (COUNTED.search(text) and _COUNTING.search(text)))


# What a task that tracks or measures something names ("track conversion across stages", "跟踪各环节转化率"), as
# opposed to nouns that also name metrics but here only name whom a deliverable serves ("to the sales teams")
MEASURE_NOUNS = re.compile(
    r"\b(?:rates?|ratios?|percentage|conversion|satisfaction|number of|count of|time[- ]to[- ]\w+|scores?|nps|"
    r"csat|latency|retention|churn|kpis?|metrics?|funnel|accuracy|coverage|throughput|errors?)\b|"
    r"率|满意度|数量|次数|时长|耗时|得分|评分|转化|指标|漏斗|留存|流失",
    re.I,
)
LOWER_IS_BETTER = re.compile(
    r"\b(?:latency|response time|resolution time|time to|churn|attrition|turnover|cost|costs|cac|defects?|"
    r"bugs?|incidents?|errors?|error rate|complaints?|refunds?|returns|downtime|outages?|mttr|mttd|"
    r"lead time|cycle time|backlog|bounce|burn|spend|p9\d|delay|delays|days to|hours to|wait|waiting|"
    r"failures?|failure rate|escalations?|overdue|cancellations?|tickets per|chargebacks?|fraud|disputes?|"
    r"write-?offs?|bad debt|dso|days sales outstanding|handle time|abandon(?:ment)? rate|no-shows?|scrap|"
    r"rework|absenteeism|injur(?:y|ies)|accidents?|violations?|vulnerabilit(?:y|ies)|shrinkage|leakage|"
    r"time[- ]to[- ](?:hire|fill|resolve|close|detect|recover))\b|"
    r"延迟|时延|耗时|时长|流失|离职|成本|费用|缺陷|故障|事故|错误|投诉|退款|退货|宕机|积压|差错|逾期|坏账|"
    r"取消|等待|失败|升级率|漏洞|违规|差评|bug|拒付|欺诈|损耗|报废|返工|缺勤|工伤|呆账|周转天数|超时|延误|停机|"
    r"客诉|损失|空置",
    re.I,
)
NEW_COUNT = re.compile(
    r"\b(?:new|additional|more|add|added|adding|hire|hired|hiring|sign|signed|signing|publish|published|"
    r"close|closed|closed-won|win|won|land|landed|acquire|acquired|onboard|onboarded|recruit|recruited|"
    r"launch|launched|ship|shipped|release|released|certify|certified|train|trained)\b|"
    r"新增|新签|新开|新拓|新上线|新发布|新招|招聘|招募|引入|签约|拓展|发展|上线|发布|认证|培养",
    re.I,
)
SHARE_OF = re.compile(  # "share of incidents caught by monitoring": a lower-is-better noun inside a good ratio
    r"\b(?:share of|percentage of|proportion of|% of|coverage|detected|caught|prevented|resolved within|"
    r"on[- ]time|first[- ]contact resolution|self-serve|detection|recover(?:y|ies|ed)|remediation|prevention|"
    r"win rate|[\w]+-free|identification)\b|占比|比例|覆盖|发现|拦截|预警|闭环|解决率|及时|识别|追回|挽回",
    re.I,
)
