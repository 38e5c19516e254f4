"""KR text → its parts: metric, baseline, target or relative change, unit, direction, deadline; and the
signals the rules need (placeholder, task verb, new-count). Pure functions, Chinese and English."""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Literal

from pydantic import BaseModel

from assistant.okr import lexicon as lx
from assistant.okr.quantities import Quantity, find_deadline, has_placeholder, mask_non_quantities, quantities

Direction = Literal["increase", "decrease"]


class ParsedKR(BaseModel):
    metric: str | None = None
    baseline: float | None = None
    target: float | None = None
    change: float | None = None  # relative change: "by 20%", "降低 5 个百分点"
    change_unit: str | None = None
    unit: str | None = None
    direction: Direction | None = None
    intended: Direction | None = None  # from the words alone (verbs, bounds, lower-is-better metrics)
    deadline: date | None = None
    placeholder: bool = False
    task_verb: str | None = None
    new_count: bool = False  # counts new things made in the cycle: the baseline is zero by nature
    has_quantity: bool = False
    names_metric: bool = False

    @property
    def measurable(self) -> bool:
        return self.target is not None or self.change is not None


_FROM = r"(?:\bfrom\b|\bup from\b|\bdown from\b|从|由)"
_TO = r"(?:\bto\b|\binto\b|至|到|为|→|->|=>|➝|⟶|—>)"
_BROUGHT_TO = re.compile(rf"{_TO}\s*$", re.I)
_ARROW = re.compile(r"^\s*(?:→|->|=>|➝|⟶|—>)\s*$")
_TIME = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0}
TIME_UNITS = frozenset(_TIME)
# units of values that are no count of things (shares, money, durations, multiples)
_NOT_COUNTS = frozenset({"%", "pp", "x", "USD", "CNY", "EUR", "SGD", "GBP", "week", "month", *_TIME})
_BASELINE_CUE = re.compile(
    r"(?:\bcurrently\b|\bcurrent(?:ly)?\s*(?:value|level)?\s*(?:is|:)?|\bbaseline\b\s*(?:is|:|of|=)?|\bbase\b\s*:?|"
    r"\btoday\b|\bnow\b|\bvs\b\.?|\bversus\b|\bcompared (?:with|to)\b|\blast (?:quarter|year|half|cycle|period)\b|"
    r"\bup from\b|\bdown from\b|\bwas\b|"
    r"现为|现在为|现在是|当前为|当前是|当前|目前为|目前是|目前|现状|基线|基准值|基准|起始值|上期为|上期|去年同期|去年|上季度|上半年|现有|"
    r"\bfrom\b(?:\s+(?:the\s+)?(?:current|today's|about|around))?|从|由|"
    r"(?:较|相比|相较|比)\s*(?:于)?\s*(?:去年|上期|上季度|上半年|年初|当前|目前)?\s*(?:的)?)"
    r"\s*(?:around|about|roughly|approximately|approx\.?|~|约|大约)?\s*[:：=（(]?\s*$",
    re.I,
)
# A value attached to an earlier period or to "now" is the baseline, on either side of the number:
# "(Q3 actual: 3.5%)", "(last survey: 25)", "上半年为 58 天", "（上月 900 毫秒）", "8.2% last quarter".
_PERIOD = (
    r"(?:\b(?:Q[1-4]|H[12]|FY\s?\d{2,4}(?:[- ]?(?:Q[1-4]|H[12]))?|20\d\d(?:[- ]?(?:Q[1-4]|H[12]))?|"
    r"(?:last|previous|prior|past)\s+(?:quarter|half|month|year|week|survey|sprint|cycle|period|release|cohort|"
    r"fiscal year|fy)|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|baseline|currently|"
    r"current|today|now)\b|上个?月|上周|上个?季度|上半年|下半年|去年同期|去年|同期|上期|年初|季初|[一二三四1-4]季度|"
    r"上一?个?财年|上一?年度|上年|20\d\d\s*年度?(?=\s*(?:全年)?\s*(?:为|是|实际))|"
    r"\d{1,2}\s*月|基线|基准|目前|当前|现为|现在|现状)(?:末|底)?"
)
_PERIOD_FILLER = (
    r"(?:\s*(?:actual|actuals|average|avg|median|mean|cohort|survey|result|results|level|figure|value|score|"
    r"rate|baseline|number|we\s+averaged|we\s+were\s+at|averaged|was|were|at|is|of|full[- ]year|whole|overall|"
    r"closed\s+(?:with|at)|ended\s+(?:with|at)|finished\s+(?:with|at)|came\s+in\s+at|landed\s+at|"
    r"实际|平均|均值|为|是|的|值|全年度|全年|整体|月均|日均|水平|数据|结果|约))*"
)
_PERIOD_BEFORE = re.compile(rf"{_PERIOD}{_PERIOD_FILLER}\s*[:：=]?\s*[（(]?\s*$", re.I)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:in|during|over|for)?\s*(?:the\s+)?(?:last|previous|prior|past)\s+(?:quarter|half|month|year|week|"
    r"survey|sprint|cycle|period|release)\b|^\s*(?:today|now|currently|at present|at the moment)\b",
    re.I,
)
_TIME_UNIT_GOOD = re.compile(  # durations that are better when longer
    r"\b(?:uptime|time spent|session length|watch time|tenure|runway|online time)\b|在线时长|使用时长|观看时长|"
    r"停留时长|续航|可用时长",
    re.I,
)

_TARGET_CUE = re.compile(
    rf"(?:{_TO}|\breach(?:es|ing)?\b|\bhit\b|\bachieve\b|\bexceed\b|\babove\b|\bbelow\b|\bunder\b|\bover\b|"
    rf"\bat least\b|\bat most\b|\bno more than\b|\bwithin\b|\btarget\b\s*:?|达到|达|突破|不低于|不超过|不少于|控制在|"
    rf"提升至|提高至|降至|降到|增至|缩短至|目标值?\s*[:：]?|≤|≥|<=|>=|<|>)\s*$",
    re.I,
)
_CHANGE_CUE = re.compile(
    r"(?:\bby\b|\bby about\b|\bby at least\b|提升|提高|增长|增加|降低|减少|下降|缩短|压缩|减|增|涨|降)\s*(?:了|约|至少)?\s*$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:(?:year[- ]over[- ]year\s+)?(?:increase|reduction|decrease|growth|improvement|higher|lower|more|"
    r"less|fewer|faster|slower|drop|uplift|lift|yoy|qoq|mom)\b|的?(?:增长|提升|下降|降幅|增幅|涨幅))",
    re.I,
)
_MULTIPLE = re.compile(
    r"\b(?:double|doubled|doubling|triple|tripled|halve|halved)\b|翻一番|翻倍|翻两番|减半", re.I
)
_LEAD = re.compile(
    r"^\s*(?:(?:KR|O)\s*\d+(?:\.\d+)*\s*[:：.、)）-]?\s*|关键结果\s*\d*\s*[:：、]?\s*|将|把|使|让|在)+", re.I
)
_METRIC_STOP = re.compile(
    rf"\s*(?:{_FROM}|{_TO}|\bby\b|\bof\b\s*$|\bat\b|\bwith\b|\bwhile\b|\bfor\b|\bin\b\s+(?:Q\d|H\d|20\d\d)|"
    r"\(|（|,|，|;|；|:|：|≤|≥|<|>|=|达到|突破|不低于|不超过|控制在|以内|以上|以下).*$",
    re.I,
)


def parse_kr(text: str, default_year: int | None = None) -> ParsedKR:
    """Parse one KR. ``default_year`` completes dates written without a year ("6月30日前")."""
    masked = mask_non_quantities(text)
    qs = [q for q in quantities(text, masked) if q.value == q.value]
    out = ParsedKR(
        placeholder=has_placeholder(text),
        has_quantity=bool(qs),
        names_metric=lx.names_metric(text),
    )
    deadline = find_deadline(text, default_year)
    out.deadline = deadline.day if deadline else None
    out.task_verb = _task_verb(text)
    baseline, target, change = _roles(text, qs)
    if change is None and target is None and (m := _MULTIPLE.search(text)):  # "翻一番", "double"
        word = m.group(0).lower()
        factor = (
            50.0
            if word in ("halve", "halved", "减半")
            else 200.0
            if word in ("triple", "tripled", "翻两番")
            else 100.0
        )
        change = Quantity(factor, "%", m.start(), m.end(), m.group(0))
    if change is not None:
        out.change, out.change_unit = change.value, change.unit
    if baseline is not None:
        out.baseline = baseline.value
    if target is not None:
        out.target = target.value
    units = [q.unit for q in (target, baseline, change) if q is not None and q.unit not in (None, "pp")]
    out.unit = units[0] if units else (change.unit if change is not None and change.unit == "pp" else None)
    if out.unit == "pp":
        out.unit = "%"
    out.intended = _direction(text, target or change, out.unit)
    out.direction = out.intended or _numeric_direction(out)
    counted = target or change
    if counted is not None and counted.unit not in _NOT_COUNTS:
        # "Sign 10 new customers", "新增 5 家渠道": a count of new things, read from the words around it
        out.new_count = bool(lx.NEW_COUNT.search(text[max(0, counted.start - 16) : counted.end + 16]))
    out.metric = metric_phrase(text, masked, qs)
    return out


def _roles(text: str, qs: list[Quantity]) -> tuple[Quantity | None, Quantity | None, Quantity | None]:
    """(baseline, target, change) among the quantities, from the words around them."""
    baseline = target = change = None
    for a, b in itertools.pairwise(qs):  # "from A to B", "A → B", "由 A 提升到 B"
        between = text[a.end : b.start]
        before = text[max(0, a.start - 40) : a.start]
        if (
            re.search(_TO, between, re.I)
            and len(between) <= 30
            and (re.search(_FROM + r"[^0-9]{0,25}$", before, re.I) or _ARROW.match(between))
        ):
            baseline, target = a, b
            break
    paired = target is not None  # "from A to B"
    rest = [q for q in qs if q is not baseline and q is not target]
    for q in rest:
        before = text[max(0, q.start - 40) : q.start]
        after = text[q.end : q.end + 30]
        earlier = bool(_BASELINE_CUE.search(before)) or _period_value(text, q)  # a value of before or now
        if baseline is None and earlier:
            baseline = q
        elif (
            change is None
            and target is None
            and (
                (_CHANGE_CUE.search(before) and not _TARGET_CUE.search(before))
                or _CHANGE_AFTER.search(after)
                or q.unit in ("pp", "x")
            )
        ):
            change = q
        elif target is None and not earlier:
            target = q
    # "latency on 10k+ repos to 850 ms": the value the metric is brought to is the target, not one that only
    # qualifies the metric (unless a "from A to B" pair has set both)
    brought = [
        q
        for q in rest
        if q not in (baseline, change) and _BROUGHT_TO.search(text[max(0, q.start - 12) : q.start])
    ]
    if not paired and target is not None and brought and target not in brought:
        target = brought[0]
    # "resolved within 24 hours at 92% (Q2: 95%)": the target is a value of the baseline's kind
    if baseline is not None and target is not None and _unlike(baseline, target):
        alike = [q for q in rest if q not in (baseline, change) and not _unlike(baseline, q)]
        target = alike[0] if alike else target
    if (
        target is None
        and change is not None
        and change.unit not in ("%", "pp", "x")
        and _is_abs_target(text, change)
    ):
        target, change = change, None
    if baseline is not None and target is not None:
        baseline = _same_unit(baseline, target)
    return baseline, target, change


def _unlike(a: Quantity, b: Quantity) -> bool:
    """Two values that cannot be of one metric: both have units, of different kinds (a share and a duration)."""
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return False
    return not (a.unit in _TIME and b.unit in _TIME)


def _period_value(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a value of an earlier period or of now: a period label right before it (its clause
    only) or right after it."""
    clause = re.split(r"[,，;；。]|\s[—–-]\s|\bvs\b", text[max(0, q.start - 40) : q.start])[-1]
    return bool(_PERIOD_BEFORE.search(clause) or _PERIOD_AFTER.search(text[q.end : q.end + 30]))


def _same_unit(baseline: Quantity, target: Quantity) -> Quantity:
    """The baseline in the target's unit: a bare number takes the target's unit; times convert (1.2 s → 1200 ms)."""
    if baseline.unit is None and target.unit is not None:
        return Quantity(baseline.value, target.unit, baseline.start, baseline.end, baseline.raw)
    if baseline.unit in _TIME and target.unit in _TIME and baseline.unit != target.unit:
        value = round(baseline.value * _TIME[baseline.unit] / _TIME[target.unit], 6)
        return Quantity(value, target.unit, baseline.start, baseline.end, baseline.raw)
    return baseline


def _is_abs_target(text: str, q: Quantity) -> bool:
    before = text[max(0, q.start - 12) : q.start]
    return bool(re.search(r"(?:至|到|达到)\s*$", before))


def _direction(text: str, anchor: Quantity | None = None, unit: str | None = None) -> Direction | None:
    """The direction of improvement. A bound right at the target ("清理到 2 个以内", "≤ 200ms") wins, then the
    metric's polarity (lower-is-better metrics that are not a share of something good, and durations), and
    only then the verbs ("improve", "优化" say nothing about which way is better), then any bound."""
    if anchor is not None:
        near_before, near_after = (
            text[max(0, anchor.start - 14) : anchor.start],
            text[anchor.end : anchor.end + 6],
        )
        if m := _OR_BOUND.match(text, anchor.end):  # "10% or less", "4.5 or higher"
            return (
                "decrease"
                if m.group(1).lower() in ("less", "fewer", "lower", "below", "under")
                else "increase"
            )
        for bound, direction in ((lx.BOUND_LOWER, "increase"), (lx.BOUND_UPPER, "decrease")):
            if bound.search(near_before) or bound.search(near_after):
                return direction  # type: ignore[return-value]
    own = _clause_of(
        text, anchor
    )  # the metric of the target's own clause: "NPS 从 21 提升至 30；差评率降到 3%"
    if lx.LOWER_IS_BETTER.search(own) and not lx.SHARE_OF.search(own):
        return "decrease"
    if unit in _TIME and not _TIME_UNIT_GOOD.search(own):
        return "decrease"
    if anchor is not None:
        verbs = [(m.start(), "decrease") for m in lx.DIRECTION_DOWN.finditer(text[: anchor.start])]
        verbs += [(m.start(), "increase") for m in lx.DIRECTION_UP.finditer(text[: anchor.start])]
        if verbs:
            return max(verbs)[1]  # type: ignore[return-value]
    down = lx.DIRECTION_DOWN.search(text)
    up = lx.DIRECTION_UP.search(text)
    if down and (not up or down.start() < up.start()):
        return "decrease"
    if up:
        return "increase"
    if unit == "%" and lx.SHARE_OF.search(text):  # "share of P1 tickets resolved within 24 hours at 92%": the
        return "increase"  # bound defines what is counted; a share of good outcomes is better when higher
    if lx.BOUND_LOWER.search(text):
        return "increase"
    if lx.BOUND_UPPER.search(text):
        return "decrease"
    return None


def _clause_of(text: str, anchor: Quantity | None) -> str:
    """The sentence-like clause (between semicolons or full stops) that holds ``anchor``; all of ``text``
    without one."""
    if anchor is None:
        return text
    start = max((m.end() for m in re.finditer(r"[;；。]", text[: anchor.start])), default=0)
    end = next((m.start() + anchor.end for m in re.finditer(r"[;；。]", text[anchor.end :])), len(text))
    return text[start:end]


_OR_BOUND = re.compile(r"\s*or\s+(less|fewer|lower|below|under|more|higher|above|greater)\b", re.I)


def _numeric_direction(p: ParsedKR) -> Direction | None:
    if p.baseline is not None and p.target is not None and p.baseline != p.target:
        return "increase" if p.target > p.baseline else "decrease"
    if p.target is not None or p.change is not None:
        return "increase"
    return None


_TIME_LEAD = re.compile(
    r"^\s*(?:在|于)?\s*[^，,。；;]{0,14}?(?:前|内|之前|以内|期间|当季|当月)\s*[，,]?\s*|^\s*(?:by|before|in)\s+\S+\s*,\s*",
    re.I,
)


def _task_verb(text: str) -> str | None:
    body = _LEAD.sub("", text)
    verb = lx.first_verb_is_task(body)
    if verb:
        return verb
    lead = _TIME_LEAD.match(body)
    if lead and re.search(r"\d|季度|月|年|周|半年|本期|周期", lead.group(0)):
        body = body[lead.end() :]
    m = lx.TASK_ZH.search(body) or lx.TASK_STATE_EN.search(body) or lx.TASK_NOUN_EN.search(body)
    m = m or lx.MILESTONE.search(body)
    return m.group(0).strip() if m else None


def metric_phrase(text: str, masked: str, qs: list[Quantity]) -> str | None:
    """The noun phrase naming what is measured ("weekly active merchants", "客户满意度"), from the KR text, its
    masked form and its quantities."""
    lead = _LEAD.match(text)
    offset = lead.end() if lead else 0
    body = masked[offset:]
    qs = [q for q in qs if q.start >= offset]
    starts = [q.start - offset for q in qs]
    head = re.sub(r"\s{2,}", " ", body[: starts[0]] if starts else body)  # masks leave runs of spaces
    cue = re.search(r"(?:\bfrom\b|从|由)\s*[^，,。；;]{0,12}$", head, re.I)
    if (
        cue and cue.start() > 0
    ):  # "把超过 30 天未修复的高危漏洞数从 7 个…": the metric is what comes before "从"
        head = head[: cue.start()]
    elif starts and (m := re.search(r"(?:\bfrom\b|从|由)", body[starts[0] :], re.I)) and qs[1:]:
        head = body[: starts[0] + m.start()]
    head = re.sub(r"^\s*(?:(?:{})\b|{})\s*".format(lx.INCREASE_EN + "|" + lx.DECREASE_EN + "|keep|maintain|get|grow",
                                              lx.INCREASE_ZH + "|" + lx.DECREASE_ZH + "|保持|维持"),
                  "", head, flags=re.I)  # fmt: skip
    head = re.sub(r"^\s*(?:the|our|overall|average|total)\s+", "", head, flags=re.I)
    head = re.sub(r"^\s*(?:在\s*)?(?:前|内|之前)?\s*[，,]?\s*(?:将|把|使|让)\s*", "", head)
    head = _METRIC_STOP.sub("", head).strip(" ,，.。:：-–—")
    head = re.sub(rf"\s*(?:{lx.INCREASE_ZH}|{lx.DECREASE_ZH}|保持|维持)\s*$", "", head)
    head = re.sub(r"\s*\b(?:to|by|at|of|from|is|reach|hit)\s*$", "", head, flags=re.I).strip()
    head = re.sub(r"^\s*(?:前|内|之前|以内|底前|末前)\s*[，,]?", "", head)
    head = re.sub(rf"^\s*(?:(?:{lx.TASK_VERBS_EN}|{lx.OUTCOME_VERBS_EN}|onboard)\b|{lx.TASK_VERBS_ZH}|新增|新签)\s*",
                  "", head, flags=re.I)  # fmt: skip
    head = re.sub(r"^\s*(?:the|our|a|an)\s+", "", head, flags=re.I).strip()
    if not head and qs:  # "15,000 weekly active merchants", "Hold 6 customer workshops"
        tail = re.sub(r"\s{2,}", " ", body[qs[0].end - offset :])
        tail = _METRIC_STOP.sub("", tail).strip(" ,，.。:：-–—")
        head = re.sub(r"^\s*(?:of|in|new|more)\s+", "", tail, flags=re.I)
    head = re.sub(r"\s+", " ", head).strip()
    return _clip(head, 80) or None


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, never ending inside a word."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if text[limit].isalnum() and " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,，.。:：-–—")
