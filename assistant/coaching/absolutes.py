"""Absolutes that generalise a criticism ("never meets deadlines", "misses commitments every time", "每次都迟到"),
told from those that praise ("never misses a deadline", "always posts the summary by 09:00", "从不用催")."""

from __future__ import annotations

import re
from typing import Any

from assistant.coaching.clauses import (
    CLAUSE_END,
    committed,
    each_at,
    ends_clause,
    every_subject,
    is_number,
    opens_occasion,
    then,
    titled,
    whenever,
)
from assistant.coaching.lapses import BREACHES, absent_lapse, denied_lapse, lapse_at, state_lapse
from assistant.coaching.lexicon import COMMA, HAN, Token, any_at, opens_with, sentence
from assistant.coaching.routines import (
    CLOCK,
    DAYS_AHEAD,
    KEPT_WELL,
    OFF,
    PROMPT,
    SUPERLATIVE,
    VALUED,
    WELCOMED,
    WRITTEN,
)

_DURATIVE = re.compile(
    r"(?!\s*拖)[^，,。；;]{0,8}?到(?:第|凌晨|深夜|半夜|晚上|天亮|最后|\d|[一二三四五六七八九十两])"
)  # not 拖到最后
_GRUDGING = re.compile(r"[^.;,，。；]{0,30}?\b(?:but|nobody|no one|riskier)\b|不下|不了", re.I)
_OTHERS_NEEDLESS = re.compile(
    r"\s*(?:did|does|has|have|had)\s+(?:[\w'-]+\s+){1,4}?(?:have|need|needed|had)\s+to\b", re.I
)
# under "never" and a verb of recording ("never logs incidents", "从不写故障原因") an incident is what goes
# unrecorded: only lateness or an error in the recording itself still reads as praise ("never files late", "从不写错")
_LATE = frozenset(["late", "wrong", "wrongly", "晚", "迟", "错", "漏", "拖", "才"])
# "never lets a ticket slide": a thing never allowed to go wrong (not "never lets her juniors sit in")
_LETS_SLIDE = re.compile(
    r"\s+(?:lets?|allows?)\s+(?:an?|the|any|one|a single)\s+(?:\S+\s+){0,3}?(?:slide|slip|linger|fester|stall|pile up|"
    r"go stale|go unanswered|sit (?:over|overnight|unanswered|idle|for|past|beyond)\b|sit(?=\s*[.,;:!?—–]|\s*$))",
    re.I,
)
_NEXT_BULLET = re.compile(r"[ \t]*\n[ \t]*(?:[-*•·]|\d{1,2}[.)、])")
_UNDONE = re.compile(r"un[a-z]{3,}(?:ed|ded|ten)$")  # unanswered, unattended, unchecked, unwritten
# words before praise that undo it: 不准时, 过于注重形式, 只重视自己的指标
_NOT_PRAISE = ("不", "没", "未", "过于", "过分", "过度", "太", "只", "一味")
# lapses that name what an act is about ("the incident post-mortem", 事故复盘), not a lapse of the person's
_WEAK = frozenset(["催", "临时", "推翻"])
_TOPICS = frozenset(["incident", "incidents", "outage", "outages", "bug", "bugs", "事故", "故障", "投诉"])
# ... and under "always" one that names what the next noun is about is no lapse at all: "always writes the
# incident retro", "总是主持事故复盘" ("always causes an outage somewhere" is one; under "never" the lapse makes
# the praise: 从没有过投诉记录)
_TOPIC_HEAD = re.compile(
    r"(?:retros?|retrospectives?|reviews?|reports?|post-?mortems?|tickets?|bridge|commander|response|queues?|logs?|"
    r"channels?|summar(?:y|ies)|docs?|write-?ups?|timelines?|triage|drills?|runbooks?|backlog|tracker|calls?)$"
    r"|复盘|报告|报表|处理|记录|工单|分析|总结|回访|台账|预案|演练|响应|原因|情况|案例",
    re.I,
)
_EVERYTHING = frozenset(["everything", "everyone", "everybody"])


def absolute_at(tokens: list[Token], i: int, lex: dict[str, Any], text: str) -> tuple[int, int] | None:
    """The span of an absolute that generalises a criticism at token ``i`` (None for praise or no absolute)."""
    ab = lex["absolutes"]
    end = None if titled(text, tokens[i].start) else any_at(tokens, i, ab["always"])
    kind = "always"
    # each one of a kind (每家…都), whenever something happens (一开会就…) and "every …" as a clause's subject are
    # read as "always" only over a lapse that no negation undoes ("strict")
    strict = every = False
    if end is None and (each := each_at(tokens, i)) is not None:
        end, strict = each, True
    elif end is None and whenever(tokens, i):
        end, strict = i + 1, True
    elif end is None and every_subject(tokens, i):
        end, strict, every = i + 1, True, True
    # 每…都 / 每…就 / 一…就 (what the words between name is the occasion), unless the match holds its 都 (每天都)
    said = "".join(t.text for t in tokens[i : end or i])
    # 一直以来…都 is 每…都 too: all along, on the occasions the words between name ("一直以来她对学生咨询都…")
    all_along = "".join(t.text for t in tokens[i : i + 2]).startswith("一直以来")
    marker = (
        ("都", "就")
        if (said.startswith("每") and "都" not in said) or all_along
        else ("就",)
        if strict and not every
        else None
    )
    never = any_at(tokens, i, ab["never"])
    if never is not None and (end is None or never > end):  # 从来都不 is "never", 从来都 alone "always"
        end, kind = never, "never"
    if end is None:
        return None
    if (
        kind == "always"
        and tokens[i].text == "一直"
        and any(t.text.endswith("让") for t in tokens[max(0, i - 3) : i])
        and end < len(tokens)
        and tokens[end].text in ("做", "干", "待", "留", "负责", "带", "管")
    ):
        return None  # letting someone carry on in a role: 不敢让她一直做 (not 让客户一直等)
    if kind == "always" and re.match(
        r"(?:保持着?|有)(?:个|一个)?(?:好)?习惯(?!性|不好|不太好|很差|很不好)",
        "".join(t.text for t in tokens[end : end + 6]),
    ):
        return None  # "她一直有个习惯，每天早上先看…": a habit, told by what follows
    stop = end  # the words it governs: up to the clause's end, a conjunction, or eight words (twelve under a
    # "never" that opens its clause, as an inversion does: "Not once in the audit period was his float short")
    reach = 12 if kind == "never" and (i == 0 or ends_clause(tokens, i - 1)) else 8
    while (
        stop < len(tokens)
        and stop < end + reach
        and not ends_clause(tokens, stop)
        and not (
            stop > end and _NEXT_BULLET.match(text, tokens[stop - 1].end)
        )  # a bullet's line is its clause
    ):
        stop += 1
    # 每次…都: the words between name the occasions ("每次线上事故的复盘报告都是他第一个写"); what it says of the
    # person comes after 都, though a routine occasion is diligence all the same ("每次上车前都做点检")
    occasion = range(end, end)
    if (
        kind == "always"
        and marker
        # ... the occasion may take a clause of its own: 每一次季度回顾，她都…
        and (du := next((j for j in then(tokens, end, stop) if tokens[j].text in marker), None))
    ):
        occasion, end, stop = range(end, du), du + 1, min(len(tokens), du + 9)
        stop = next((j for j in range(end, stop) if ends_clause(tokens, j)), stop)
    # "Every time the contractor raised a request, he had …": what the person does is the clause after the comma
    if opens_occasion(tokens, i, end, stop):
        end, stop = (
            stop + 1,
            next((j for j in range(stop + 1, len(tokens)) if ends_clause(tokens, j)), len(tokens)),
        )
    governed = range(end, stop)
    # under "every …" the lapse is the subject's act, not a word of its noun ("Every late delivery was re-booked");
    # one after "even" is the occasion's ("always double-checks the count, even on nights the shift overruns")
    cut = next(
        (j for j in governed if kind == "always" and tokens[j].text.lower() in ("even", "即使", "哪怕")), stop
    )
    # (under "didn't … a single" a one-word lapse is inside the cue: "didn't miss a single deadline", not "didn't
    # push back on a single date")
    inside = [j for j in range(i + 1, end) if kind == "never" and any_at(tokens, j, ab["lapses"]) == j + 1]
    scope = [*inside, *range(end + 1 if every else end, cut)]
    if kind == "never" and stop > end and any_at(tokens, end, ab["needless"]):
        return None  # what the manager never had to do: "never had to chase him", "从不用催"
    if kind == "never" and _OTHERS_NEEDLESS.match(text, tokens[end - 1].end):
        return None  # what others never had to do: "not once did the incoming engineer have to ping him"
    if tokens[i].text == "一直" and _DURATIVE.match(text, tokens[end - 1].end):
        return None  # "一直迭代到第四版", "一直陪着排查到凌晨三点": all the way to, no frequency
    if kind == "never" and _LETS_SLIDE.match(text, tokens[end - 1].end):
        return None  # "never lets an escalation sit over a weekend": nothing is left to slide
    # (a state such as "short" or "incomplete" is a lapse under "never": "not once was her float short")
    # under "always", a lapse that a verb of finding or fixing governs is what the person finds, not what they do
    # ("always the first to spot a missing work order"): it is no lapse, though the verb alone is no praise ("always
    # corrects people mid-sentence"), and lateness is still a lapse; under "never" it may be what an audit never
    # found (质检抽查没有一次发现漏项) as well as what the person never catches. 才 before an act under "always" is
    # lateness (总是前一天晚上才开始写); a breach heading a word (违章操作) is a lapse only under "never", where it
    # is praise (从来没有违章操作记录); under "always" it names what is reported (总是举报违章行为)
    remedy = len(tokens)
    if kind == "always":
        remedy = next((j for j in governed if any_at(tokens, j, ab["remedies"])), remedy)
    lapse = any(
        (
            (lapse_at(tokens, j, ab, text) and not (kind == "always" and _names_a_topic(tokens, j)))
            or (kind == "never" and (state_lapse(tokens, j) or tokens[j].text.startswith(BREACHES)))
            or (kind == "always" and tokens[j].text == "才")
        )
        and (j < remedy or tokens[j].text.lower() in _LATE or not _found_by(tokens, remedy, j))
        for j in scope
    )
    # what is recorded or answered promptly is no lapse: "never logs errors" (one), "always files corrections
    # within the hour" (none)
    if (
        kind == "never"
        and stop > end + 1
        and (rec := any_at(tokens, end, ab["records"]))
        and (any_at(tokens, end, ab["lapses"]) or 0) <= rec  # (not "never raises his voice": a lapse, longer)
    ) or (kind == "always" and stop > end and PROMPT.match(text, tokens[end].start)):
        lapse = any(lapse_at(tokens, j, ab, text) and tokens[j].text in _LATE for j in governed)
    if stop == end:
        return None  # nothing governed ("He is late always" is read by lapse_then_always)
    # a routine kept at a set time ("always posts the summary by 09:00") is diligence
    clause = COMMA.search(text, tokens[end].start)
    reach = min(
        sentence(text, tokens[end].start, tokens[end].end)[1], clause.start() if clause else len(text)
    )
    # ... not a time one leaves at or arrives by ("always heads home by Friday noon", 下午四点就下班)
    timed = (
        stop > end
        and CLOCK.search(text, tokens[end].start, reach) is not None
        and OFF.search(text, tokens[end].start, reach) is None
    )
    praise = (
        timed
        or (  # the one who does it on every occasion named: 每次都是她写的 (not 永远是他一个人讲)
            tokens[i].text.startswith("每")
            and tokens[end].text == "是"
            and end + 1 < len(tokens)
            and tokens[end + 1].text in ("他", "她")
            and any(tokens[j].text == "的" for j in range(end + 2, min(stop, end + 5)))
        )
        or any(
            (any_at(tokens, j, ab["praise"]) and not (j > 0 and tokens[j - 1].text.startswith(_NOT_PRAISE)))
            or any_at(tokens, j, ab["diligence"])
            or opens_with(tokens[j].text, ab["diligence"])  # 亲自参加: jieba's one word for 亲自 / 参加
            or SUPERLATIVE.match(tokens[j].text)
            or DAYS_AHEAD.match(tokens[j].text)
            or (
                tokens[j].text in KEPT_WELL
                and j > 0
                and tokens[j - 1].text in ("很", "都很", "非常", "挺", "得很")
            )
            or (j == end and PROMPT.match(text, tokens[j].start) is not None)
            or absent_lapse(tokens, j, ab, text)  # 月月零差错
            for j in governed
        )
        # a record written every time ("always logs the incident", "每次都把设备异常写进交接本"), not a late one
        or (
            kind == "always"
            # an English verb right after the absolute ("always logs", not "every audit finds gaps in his log")
            and any(
                (tokens[j].text.lower() in WRITTEN and (j == end or HAN.match(tokens[j].text)))
                or (j + 1 < len(tokens) and tokens[j].text + tokens[j + 1].text in WRITTEN)  # 写 / 进
                for j in governed
            )
            and OFF.search(text, tokens[end].start, reach) is None  # "always logs off early"
            and not any(tokens[j].text in ("in", "on", "得") for j in governed)  # "logs in", 写得很潦草
            and not any(
                tokens[j].text.lower() in _LATE
                or tokens[j].text.startswith(("才", "不", "没", "未"))  # 截止后才填, 向来不写
                for j in governed
            )
        )
        or any(any_at(tokens, j, ab["diligence"]) for j in occasion)
        # others value the habit: "always brings the raw data, which the team values", "大家都很认可"
        or VALUED.search(text, tokens[end - 1].end, sentence(text, tokens[i].start, tokens[end - 1].end)[1])
        is not None
    )
    # "never leaves a query unanswered": a word of absence closing the clause is a second negation
    # ("without" before a lapse says it is absent: "every week without slipping" is praise)
    negated = any(
        any_at(tokens, j, lex["words"]["negators"])
        and not (
            tokens[j].text.lower() == "without"
            and any(absent_lapse(tokens, k, ab, text) for k in range(j + 1, min(j + 4, len(tokens))))
        )
        for j in governed
    ) or (
        stop > end and _UNDONE.match(tokens[stop - 1].text) is not None  # "… leaves a query unanswered."
    )
    if kind == "always" and any(denied_lapse(tokens, j, ab, text) for j in governed[:2]):
        return None  # a lapse denied on every occasion is praise: 一直没出过错, 每次都没漏
    if any(any_at(tokens, j, ab["negation"]) for j in governed):
        negated = True  # 一直没交周报 (a lapse); 从不在构建没通过时合并 (a second negation: praise)
    # ... and an incident named after a word of praise is what the praised act is about: "always first to write
    # the incident post-mortem" ("always on time yet forgets the log" is still a lapse)
    lauded = next((j for j in governed if any_at(tokens, j, ab["praise"])), None)
    if kind == "always" and lapse and lauded is not None:
        lapse = any(
            lapse_at(tokens, j, ab, text) and (j <= lauded or tokens[j].text not in _TOPICS) for j in governed
        )
    # "一直不按规定填写": a routine not kept is a lapse; "never once merged without a second reviewer": a lapse
    # or a second negation under "never" makes it praise
    # a lapse word that also names a diligent act (总是提前催供应商, 主动顶上临时的空班) yields to praise
    if (
        kind == "always"
        and lapse
        and any(any_at(tokens, j, ab["praise"]) or any_at(tokens, j, ab["diligence"]) for j in governed)
    ):
        lapse = any(
            (lapse_at(tokens, j, ab, text) and tokens[j].text.lower() not in _WEAK) or tokens[j].text == "才"
            for j in scope
        )
    critical = (lapse or negated or not praise) if kind == "always" else not (lapse or negated)
    # "balanced her drawer every day this quarter": a routine after what was done (a lapse before it is read by
    # lapse_then_always); "Every time I ask, he pushes back" opens its clause and is read as "always"
    # ("every time", "every single night" stress a habit all the same)
    after_act = (
        0 < i < len(tokens) - 1
        and not ends_clause(tokens, i - 1)
        and tokens[i + 1].text.lower() not in ("time", "single")
    )
    if (
        kind == "always"
        and after_act
        and tokens[i].text.lower() in ("every", "each")
        and not (lapse or negated)
    ):
        return None
    if not critical or stop == end or committed(tokens, i, ab) or (strict and (negated or not lapse)):
        return None
    welcomed = WELCOMED.search(
        text, tokens[end - 1].end, sentence(text, tokens[i].start, tokens[end - 1].end)[1]
    )
    if welcomed and not lapse and not _GRUDGING.match(text, welcomed.end()):
        return None  # (not "always skips review, which makes shipping faster but riskier", "我很放心不下")
    # the span: the absolute and what it governs, up to the lapse of a strict one ("Every report she files is late")
    last = max((j + 1 for j in scope if strict and lapse_at(tokens, j, ab, text)), default=0)
    return tokens[i].start, tokens[min(stop, max(end + 4, last)) - 1].end


def _names_a_topic(tokens: list[Token], j: int) -> bool:
    """The lapse word at ``j`` names what the next noun is about ("the incident retro", 事故复盘)."""
    return (
        (
            tokens[j].text.lower() in _TOPICS
            or (HAN.match(tokens[j].text) is not None and j > 0 and tokens[j - 1].text == "的")
        )
        and not tokens[j].text.lower().endswith("s")  # a modifier is singular: "bugs people hit" are bugs
        and j + 1 < len(tokens)
        and _TOPIC_HEAD.match(tokens[j + 1].text) is not None
    )


def _found_by(tokens: list[Token], remedy: int, j: int) -> bool:
    """The word at ``j`` is what the verb of finding at ``remedy`` finds: within three words of it, with no next act
    between ("发现问题就甩锅": 甩锅 is his own)."""
    return j - remedy <= 3 and not any(
        tokens[k].text.lower() in ("就", "然后", "才", "then", "and", "but", "再")
        for k in range(remedy + 1, j)
    )


def lapse_then_always(tokens: list[Token], i: int, lex: dict[str, Any], text: str) -> tuple[int, int] | None:
    """An absolute after the lapse it generalises: "misses sprint commitments every time", "complains about
    targets in every team meeting". The span runs from the lapse to the absolute and the words it names."""
    ab, links = lex["absolutes"], lex["grammar"]["links"]
    end = any_at(tokens, i, ab["always"])
    if tokens[i].text == "every" and i + 1 < len(tokens) and is_number(tokens[i + 1].text):
        return None  # a schedule: "a 10-minute break every two hours"
    if (
        end is None and tokens[i].text.lower() in _EVERYTHING
    ):  # right after a lapse: "micromanages everything",
        # "argues with everyone" (not "tracked down the missing invoices for everyone")
        k = i - 2 if i > 1 and tokens[i - 1].text.lower() in links else i - 1
        return (tokens[k].start, tokens[i].end) if k >= 0 and lapse_at(tokens, k, ab, text) else None
    if end is None and tokens[i].text in ("every", "each"):  # and the words it names: "every team meeting"
        end = i + 1
        while end < min(i + 3, len(tokens)) and tokens[end].text.isalpha() and tokens[end].text not in links:
            end += 1
        end = None if end == i + 1 else end
    if end is None:
        return None
    # an English absolute that closes the sentence after a comma: "reaches me a day late, week in, week out"
    last = end >= len(tokens) or tokens[end].text in (".", ";", "!")
    first = i - 1 if i > 0 and tokens[i - 1].text == "," and last else i
    for j in range(
        first - 1, max(-1, first - 10), -1
    ):  # the lapse in the same clause, said of the same person
        if (
            CLAUSE_END.fullmatch(tokens[j].text)
            or tokens[j].text in lex["grammar"]["subjects"]
            or any_at(tokens, j, ab["never"])
        ):
            return None
        if any_at(tokens, j, lex["words"]["negators"]):
            return None  # "has not missed one, every sprint": praise
        if lapse_at(tokens, j, ab, text) or state_lapse(tokens, j) is not None:
            after = range(end, min(end + 6, len(tokens)))
            after = range(end, next((k for k in after if ends_clause(tokens, k)), after.stop))
            praised = any(any_at(tokens, k, ab["praise"]) for k in after)
            denied = any(any_at(tokens, k, lex["words"]["negators"]) for k in range(max(0, j - 2), j))
            if praised or denied:  # "not careless - every claim had two sources"
                return None
            return tokens[j].start, tokens[end - 1].end  # "故障复盘他总是第一个到场"
    if tokens[i].text.lower() in ("every", "each") and not any_at(tokens, i, ab["always"]):
        return _lapse_after(tokens, i, end, lex, text)  # "every filing he touches is last-minute"
    return None


def _lapse_after(
    tokens: list[Token], i: int, end: int, lex: dict[str, Any], text: str
) -> tuple[int, int] | None:
    """ "Every …" and the things it names, then a lapse in the same clause, with no praise or negation on the way:
    the span runs from "every" to the lapse."""
    ab = lex["absolutes"]
    for k in range(end, min(end + 8, len(tokens))):
        if (
            ends_clause(tokens, k)
            or any_at(tokens, k, lex["words"]["negators"])
            or any_at(tokens, k, ab["praise"])
        ):
            return None
        if tokens[k - 1].text in ("that", "who", "which"):
            continue  # the lapse of those it names: "every family that missed a conference got a call"
        if (lapse_at(tokens, k, ab, text) or state_lapse(tokens, k) is not None) and tokens[
            k
        ].text not in _TOPICS:
            return tokens[i].start, tokens[
                (any_at(tokens, k, ab["lapses"]) or state_lapse(tokens, k) or k + 1) - 1
            ].end
    return None
