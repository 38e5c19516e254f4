"""Where a sentence of a manager's notes states its impact, in its own words: a clause after a connector ("so …",
"which meant …", "→ …", "导致…"), a clause whose subject is someone else ("…, and the CFO asked for a second
session", "…, QA signed off the same day", "…，客户当场确认了续约", a Chinese clause with a subject of its own found
by jieba's parts of speech: "…，研发那边没再来回扯"), a figure that moved ("… and error rates fell from 4% to 1%"), a
result stated first and its cause after ("Queue times halved after she …", "…，主要是因为…"), a cause stated first
("Because she …, …"). A sentence of its own that says what came of the one before is read by
assistant/coaching/sbi_follows.py. Pure functions; nothing is inferred that the words do not say."""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import Any

from assistant.coaching.sbi_verdicts import managers_aside
from assistant.coaching.sbi_vocab import CONSEQUENCE_EN, MADE, PAST, RESULT, THAT_OTHERS_EN

# every one of a kind ("every student", "each director"), not a time ("every Monday", "each sprint")
_EVERY = (
    r"(?:every|each)(?!\s+(?:day|week|month|quarter|year|time|morning|evening|night|shift|sprint|release|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)
# who or what a result is said of: the people served, the team, the figures of the work
_PARTY = (
    r"(?:we|our|my|the|their|this|that|these|those|it|its|several|many|most|some|both|all|everyone|nobody|no one|none|neither|not one|no|only|"
    r"zero|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|customers?|clients?|users?|patients?|"
    r"parents?|guests?|residents?|students?|pupils?|passengers?|members?|visitors?|callers?|buyers?|staff|"
    r"team|teams|sales|legal|finance|leadership|management|tickets?|rooms?|orders?|deliveries|calls?|revenue|"
    r"vendors?|suppliers?|partners?|auditors?|regulators?|reviewers?|colleagues?|peers?|compliance|security|ops|"
    r"operations|procurement|audit|support|engineering|product|marketing|payroll|facilities|safety|devs?|"
    r"developers|engineers|designers|agents|reps|nurses|doctors|teachers|managers|directors|"
    r"costs?|scores?|errors?|complaints?|insurance|feedback|queue|wait|response|churn|attendance|people|deals?|"
    r"margins?|ci|nps|csat|pages|incidents|counsel|agency|agencies|donors?|insurers?|board|council|landlords?|"
    r"(?:internal|external|group|regional)\s+(?:audit|compliance|legal|finance|security)|" + _EVERY + r")\b"
)
_IMPACT_EN = re.compile(
    # each run of spaces is entered at its start only ((?<!\s)): a long run costs linear time, not quadratic
    r"(?:,\s*|(?<!\s)\s+)(?:so|which|and so|as a result,?|resulting in|causing|meaning|leading to|that led to|"
    r"so that|which meant|and as a result,?)\b\s*(.+)$|(?<!\s)\s*(?:→|->|=>)\s*(.+)$"
    r"|(?<!\s),?\s+with\s+((?:zero|no|nil)\s.+)$"
    r"|(?<!\s)\s+[—–-]{1,2}\s+((?:i|they|an?\s+(?=[€$£¥₹]?\d)|" + _PARTY + r").+)$"
    r"|(?:,\s*|(?<!\s)\s+)and\s+((?:i|they|" + _PARTY + r").+)$"
    # a measure the act moved, said with the report's verb ("… and cut our weekend food waste by a third"), and
    # those it served, who tell of it (", who say they're no longer caught off guard")
    r"|(?:,\s*|(?<!\s)\s+)and\s+((?:cut|reduced|halved|doubled|tripled|raised|lifted|increased|saved|grew|boosted|"
    r"lowered|shortened)\s+(?:\S+\s+){0,5}?(?:waste|costs?|spend|time|times|errors?|tickets|defects|churn|backlog|queues?|"
    r"rework|complaints|turnaround|downtime|delays|returns|calls|hours|days|minutes|sales|revenue|conversion|"
    r"retention|attendance|scores?|rates?)\s+by\s+\S.*)$"
    r"|,\s*(who\s+(?:(?:say|said|says|told|tell)\b[^.;]{0,60}?\b(?:now|no longer|easier|faster|quicker|better|fewer|"
    r"less|more|saved|helped)|now|no longer|ha(?:ve|s) since)\b.+)$",
    re.I,
)
# a Chinese clause ends at a comma, or at a space between words in a voice note ("做了一套模板 现在全组都在用")
_CLAUSE_ZH = re.compile(r"(?<=[，,;；])|(?<=[\u4e00-\u9fff]{5}\s)(?=[\u4e00-\u9fff])(?![^，,；;]*[：:])")
# others after "and": since, now, or what they are not getting ("and the float staff aren't getting …")
_SINCE_OR_NOT = re.compile(r"\b(?:since|now|still|(?:are|is|were|was|ca|could|do|does)n['’]t)\b")
_LACKED = (
    r"\s*ha(?:d|s|ve) (?:nothing|no|to)\b"  # what others lacked or had to do: ", support had nothing to tell"
)
_CAUSE_FIRST_EN = re.compile(r"^\s*(?:because|thanks to)\s+(.+?),\s*(?!(?:she|he|they)\b)(.+)$", re.I)
_RESULT_FIRST_EN = re.compile(
    r"^(.+?)(?<!\s)\s+(?:after|since|because|thanks to|once|now that)\s+((?:she|he|they|her|his|their|[A-Z][a-z]+)\b.+)$"
)
_IMPACT_ZH = re.compile(
    r"(?:[，,]|(?<!\s))\s*(?:(?<![未没不有])导致|(?<![要出有看等拿好坏])结果(?!做成|整理成|汇总|发给|发到|放进|写进|贴到|填进|导出|同步|整理)是?|使得|因此|所以|从而|(?<![未没不有])造成|以致|害得)(.+)$|[，,]\s*(?:让|使|引起了?|引发了?)(.+)$"
    r"|(?<!\s)\s*(?:→|->|=>)\s*((?:(?!→|->|=>).)+)$"  # the last link of an arrow chain
    r"|[，,]\s*(?:但|但是|好在|还好|幸好|所幸)?\s*((?:没有?|未|并未|并没有?)(?:造成|导致).+)$"  # the harm spared: "…，没造成线上事故"
    r"|(?<=好在|还好|幸好|所幸)((?:没有?|未|并未|并没有?)(?:造成|导致).+)$"
)
_CAUSE_AFTER_ZH = re.compile(
    r"^(.+?)[，,]\s*(?:(?:这|这要|这都|这也|这主要)?(?:很大程度上|主要|多半|全)?(?:是|要)?(?:因为|由于|多亏|得益于|归功于)|(?:主要|全|都)?(?:是|靠)(?=[他她]|[\u4e00-\u9fff]{1,4}把))(.+)$"
)
_CAUSE_FIRST_ZH = re.compile(r"^\s*(?:因为|由于|多亏|得益于)(.+?)[，,](?:所以|才)?(.+)$")
# not one of them went wrong, after at most a time or a place: "考试当天没有一个考场缺监考", "一家都没流失"
NONE_OF_THEM_ZH = re.compile(
    r"[^，,。他她我]{0,8}?(?:没有?一[个家位名台辆单次起例间笔张份件]|无一|一[个家位名台辆单次起例间笔张份件]都没)"
)
# a clause after the act saying none of the others went wrong ("没有一家客户转单"): not a count of the report's own
# occasions, which restates a lapse ("没有一次按时交", "没一个月按时交过"), nor "一个都没处理" (after "她接了五个工单", her
# own lapse)
_NONE_OF_OTHERS_ZH = re.compile(
    r"(?![^，,。]*一(?:次|回|[个個]?(?:月|星期|礼拜|周|天|年|季度|小时)))"
    r"[^，,。他她我]{0,8}?(?:没有?一[个家位名台辆单次起例间笔张份件]|无一)"
)
# others or a thing that no longer went wrong, or someone who reacted: "跟单组寄样没再出过错", "有人私下跟我说…"
_NO_LONGER_ZH = re.compile(
    r"\s*(?:(?![^，,。；;]*[他她])(?!后来|之后|此后|然后|现在|从此|以后|再|也|又|还|一直|就)[\u4e00-\u9fffA-Za-z]{2,8}?(?<![也还又就])"
    r"(?:没再|不再|再也没|再没|没有再)|有人(?:私下|当面|专门|特意)?(?:跟我|找我|向我|和我)(?:说|讲|反映|提|抱怨))"
)
_NOW_ABLE_ZH = re.compile(r"\s*(?:现在|如今)(?:已经)?(?:能|可以)[\u4e00-\u9fff]{1,8}了")
# the report taught others (not "老师傅带了她", not "她参加了培训")
_TAUGHT_ZH = re.compile(
    r"[他她][^，,。]{0,8}?(?:带|教|辅导|指导|培养|手把手)了?(?![他她])[^，,。]{0,6}?(?:新人|徒弟|实习生|新员工|同事|学员|组员|[一二两三四五六七八九十\d]+个)"
)
_AT_ONCE_ZH = re.compile(
    r"\s*[他她](?:当场|立即|马上|立刻|第一时间|及时|赶紧|迅速|主动|直接)"
)  # the report acts at once
_ABOUT_THEM = re.compile(r"^\s*(?:she|he|they)\b", re.I)  # a clause about the report: no impact


def impact(body: str, zh: bool) -> tuple[str, str]:
    """(the impact, the behaviour's words): ("", body) when no impact is said. A consequence only feared ("which
    could bite us eventually", "万一…会很被动") or an alternative not taken ("instead of saving it for the
    review") is none, and so is a remark on the act ("which is new")."""
    said, rest = _impact(body, zh)
    # "…, and my worry is …", "…，后面我会再跟一下": the manager's, no part
    if (tail := managers_aside(body, zh)) and (not said or body.find(said) >= tail.start()):
        return "", body[: tail.start()]
    if said and _NOT_SO.match(said):
        # "…, which nobody asked him to do, and the audit passed first time": the remark stays with the act, and
        # what follows it is read on its own
        if not zh and (aside := _UNASKED.search(body)) and aside.end() < len(body):
            rest_of = "She did it" + body[aside.end() :]  # the act, put back as a clause of its own
            after, before = _impact(rest_of, zh)
            if (
                after
                and not _NOT_SO.match(after)
                and not re.match(r"(?:and\s+)?(?:she|he|they)\b", after, re.I)  # her next act, no result
                and rest_of.startswith(before)
            ):
                return after, body[: aside.end()] + before[len("She did it") :]
        return "", body
    if said and (tail := managers_aside(said, zh)) and tail.start():
        said = said[: tail.start()]  # "…, so we got a finding, and I'll raise it in our 1:1": the effect only
    return said, rest


_UNASKED = re.compile(
    r",?\s*(?:which|that)\s+(?:nobody|no one|none of us)\s+(?:had\s+)?(?:asked|told|expected|requested|required)\s+"
    r"(?:him|her|them|me|us)\s+to\b[^,;]*",
    re.I,
)
_NOT_SO = re.compile(
    r"\s*(?:(?:which|that|this|it|and)\s+)?(?:could|might|may|would)\b|\s*(?:instead of|rather than)\b"
    r"|\s*(?:is|was) (?:new|great|nice|unusual|rare|good|welcome|a first|a change)\s*[.!]?$"  # "…, which is new"
    # "…, which nobody asked him to do": a remark on the act (not "…, and nobody asked for a follow-up")
    r"|\s*(?:(?:which|that)\s+)?(?:nobody|no one|none of us)\s+(?:had\s+)?(?:asked|told|expected|requested|required)\s+"
    r"(?:him|her|them|me|us)\s+to\b"
    r"|\s*(?:万一|可能会|恐怕|也许)",
    re.I,
)


def _impact(body: str, zh: bool) -> tuple[str, str]:
    if zh:
        if (
            (m := _CAUSE_AFTER_ZH.match(body))
            and not re.match(r"\s*[他她]", m[1])
            and (RESULT.search(m[1]) or (_OTHERS_ZH.match(m[1]) and re.match(r"\s*[他她]", m[2])))
        ):
            return m[1].strip(" ，,"), m[2].strip(" ，,")
        if m := _CAUSE_FIRST_ZH.match(body):
            return m[2].strip(" ，,"), m[1].strip(" ，,")
        if (m := _IMPACT_ZH.search(body)) and m.start() > 2:
            return next(g for g in m.groups() if g).strip(), body[: m.start()]
        clauses = _CLAUSE_ZH.split(body)
        for k in range(1, len(clauses)):  # the first later clause that states a result or what others did
            # "在没跟我确认的情况下，口头答应了…", "有位游客突发低血糖，他当场…": a circumstance, the act follows
            if re.search(r"的(?:情况|前提)下[，,]$", clauses[k - 1]) or (
                re.match(r"\s*有(?:一|两|几)?[个位名]", clauses[k])
                and _AT_ONCE_ZH.match("".join(clauses[k + 1 : k + 2]))
            ):
                continue
            if (
                not re.match(
                    r"\s*[他她]|\s*(?:都|也|全)?是[^，,]*的[，,;；]?$|\s*(?:并且?|还|又|再|然后|随后|马上|立刻|立即|把|期间|主动|亲自|带头|坚持|自发)",
                    clauses[k],
                )
                and (
                    RESULT.search(clauses[k])
                    or _OTHERS_ZH.match(clauses[k])
                    or _NONE_OF_OTHERS_ZH.match(clauses[k])  # "没有一家客户转单"
                    or _NO_LONGER_ZH.match(clauses[k])  # "跟单组寄样没再出过错"
                    # "带了两个新人三个月，现在能独立管店了": what those taught can do now (not her own new ability)
                    or (_NOW_ABLE_ZH.match(clauses[k]) and _TAUGHT_ZH.search("".join(clauses[:k])))
                    or (k < 16 and _own_subject_zh(clauses[k]))
                )
            ):
                return "".join(clauses[k:]).strip(" ，,;；"), "".join(clauses[:k])  # "…，病人及时转入ICU"
        return "", body
    if m := _CAUSE_FIRST_EN.match(body):
        return m[2].strip(), m[1].strip()
    if (
        (m := _RESULT_FIRST_EN.match(body))
        and (RESULT.search(m[1]) or (_OTHERS_EN.match(m[1]) and (PAST.search(m[1]) or " now " in m[1])))
        and not _ABOUT_THEM.match(m[1])
    ):
        return m[1].strip(" ,"), m[2].strip()
    if (m := _IMPACT_EN.search(body)) and m.start() > 2:
        said = next(g for g in m.groups() if g).strip()
        if (
            m.lastindex not in (4, 5)
            or RESULT.search(said)
            or PAST.search(said)
            or _HAD.match(m[5] or "")
            # "…, and the retention team have been using it since" (not "and is now the lead": her own state)
            or (_OTHERS_EN.match(said) is not None and _SINCE_OR_NOT.search(said) is not None)
        ) and not re.fullmatch(
            r"\d[\d,.]*(?:\s+[\w-]+){1,4}", said
        ):  # "and the test plan", "and 12 cron jobs"
            return said, body[: m.start()]
    if (
        (m := THAT_OTHERS_EN.search(body))
        and (PAST.search(m[1]) or re.search(r"\b(?:since|now)\b", m[1]))
        and not _FOUND_THAT.search(body, 0, m.start())  # "spotted that 40 new joiners were missing tax IDs"
    ):
        return m[1].strip(), body[: m.start()]  # "… into a template that two other teams have since reused"
    if (  # "… — lost ~€900 of fish", ", saves ops 3h"; "… a checklist that cut …" only of a thing she made
        (m := CONSEQUENCE_EN.search(body))
        and m.start() > 2
        and (not re.match(r"\s+(?:that|which)\b", body[m.start() :]) or MADE.search(body, 0, m.start()))
    ):
        return m[1].strip(), body[: m.start()]
    clauses = re.split(r"(?<=[,;])(?!(?<=\d,)\d)", body)  # (not inside "4,000")
    if (
        len(clauses) > 1
        and RESULT.search(clauses[-1])
        and not _ABOUT_THEM.match(clauses[-1])
        and not _ANOTHER_OF_THEIR_ACTS.match(clauses[-1])
    ):
        return clauses[-1].strip(" ,;"), "".join(clauses[:-1])
    # ", PM accepted the story on the spot", ", two of them have mentioned it to me"
    for k in range(1, len(clauses)):
        if _of_others_en(clauses[k]):
            return re.sub(r"^and\s+", "", "".join(clauses[k:]).strip(" ,;")), "".join(clauses[:k])
        # "…, and new QA hires now use it", "…, and eight pupils come regularly": people who took it up since;
        # "…, and requests now take half the time", "…, families haven't been turned away since": a state changed
        then = _AND_THEY_NOW.match(clauses[k]) or _SINCE_THEN.match(clauses[k])
        if then and not _WHO.search(clauses[k]):
            return clauses[k][then.end() :].strip(" ,;") + "".join(clauses[k + 1 :]), "".join(clauses[:k])
    for m in re.finditer(r"(?<!\s)\s+and\s+", body):  # "… and twelve Year 7s now come every week"
        if (then := _AND_THEY_NOW.match(body, m.start())) and not _WHO.search(body, m.end()):
            return body[then.end() :].strip(" ,;"), body[: m.start()]
    # "… and assay variability fell from 18% to 6%", "… - crash-free sessions up to 99.6%": what follows the
    # joiner names no one of the report's side, opens with no verb, and states a result with a verb in the past
    # (where the last pronoun, result and past verb stand is found once: one pass over a long sentence)
    last = {
        key: max((x.start() for x in pattern.finditer(body)), default=-1)
        for key, pattern in (("who", _WHO), ("result", RESULT), ("past", _MOVED))
    }
    for m in re.finditer(r"(?<!\s)\s+(?:and|[—–-]{1,2})\s+", body):
        opens_with_verb = PAST.match(body, m.end()) or _VERB_FIRST.match(body, m.end())
        if m.end() > last["who"] and min(last["result"], last["past"]) >= m.end() and not opens_with_verb:
            return body[m.end() :].strip(), body[: m.start()]
    return "", body


# the manager's opinion or plan, no effect of the act: "my worry is …", "my sense is she was right"
_OUR_VIEW_EN = re.compile(
    r"\s*(?:and\s+)?(?:my|our)\s+(?:own\s+|main\s+|only\s+|big\s+)?(?:worry|worries|hope|sense|view|guess|feeling|"
    r"concern|take|read|fear|bet|instinct|gut|opinion|impression|thinking|understanding|assumption|expectation|"
    r"belief|plan|suggestion|advice|ask|recommendation|question|point)\b",
    re.I,
)
_OUR_STATE_EN = re.compile(  # the manager's or the team's own state after the act: ", my inbox is unreadable"
    r"\s*(?:and\s+)?(?:my|our)\s+(?:[a-z-]+\s+){0,2}?(?:is|are|was|were|has been|have been|got|gets)\s+\w",
    re.I,
)


def _of_others_en(clause: str) -> bool:
    """A clause whose subject is others or a thing (a party, or a role in capitals: "PM", "QA") and that says
    what happened: a result or a verb in the past."""
    if _OUR_VIEW_EN.match(clause):
        return False  # ", my worry is the numbers are off", ", my view is unchanged": the manager's opinion
    if (
        _BUSY_EN.match(clause)
        or _STILL_EN.match(clause)
        or _OUR_STATE_EN.match(clause)
        or _USE_IT_EN.match(clause)
    ):
        return True  # ", category heads were checking it every hour", ", my inbox is unreadable"
    if not (_OTHERS_EN.match(clause) or _CAPS.match(clause)):
        return False
    rest = re.sub(r"^\s*\S+", "", clause)
    # "vendors chasing us for payment", "CSAT for the day still 4.6": what others are doing, a figure standing
    return bool(
        RESULT.search(clause)
        or PAST.search(rest)
        or re.match(r"\s*(?:\w+ing|say|says|tell|tells|report|reports|now|still)\b|.*\d|" + _LACKED, rest)
    )


# the first words of a clause that tell nothing of its subject: a time, a quantity ("会后好几个工程师…")
_ZH_SKIP = frozenset({"t", "f", "m", "mq", "q", "d"})
_ZH_SUBJECT = frozenset({"n", "nt", "nz", "ns", "j", "nrt", "eng"})


@cache
def _tagger() -> Any:
    """jieba's part-of-speech tagger, loaded on first use and quiet."""
    import jieba
    from jieba import posseg

    jieba.setLogLevel(logging.WARNING)
    return posseg


def _own_subject_zh(clause: str) -> bool:
    """A Chinese clause with a subject of its own that is no person's name and not the report (研发那边没再来回扯,
    印厂把我们排到了下一档, 测试环境挂过一次), followed by a verb; an object put first (文档也更新了) is none."""
    # a clause of a result is short; a long one is not tagged (time stays linear and small)
    if len(clause) > 40:
        return False
    words = [(w.word, w.flag) for w in _tagger().cut(clause.strip(" ，,;；")) if w.word.strip()]
    i = 0
    while i < len(words) and words[i][1] in _ZH_SKIP and words[i][0] not in ("也", "都", "还", "就"):
        i += 1
    if i >= len(words) or words[i][1] not in _ZH_SUBJECT or re.search("[他她]|自己|本人", clause):
        return False
    if re.match(r"我(?!们)", words[i][0]):
        return False  # "后面我会再跟一下" (jieba: 我会 a noun): the manager's own plan
    after = words[i + 1 :]
    # "文档也更新了", "材料每次都提前装订好": the report's act or habit, its object put first
    if (after and after[0][0] in ("也", "都", "还", "又")) or re.search(r"每[次回]都|总是|一直", clause):
        return False
    return any(f.startswith("v") or f == "m" for _, f in after)


_OTHERS_EN = re.compile(r"\s*" + _PARTY, re.I)
# others who had something after the act: "…, and the support team had answers for every ticket"
_HAD = re.compile(r"(?:the|our|every|all)\s+(?:\w+\s+){0,2}?had\s+(?!been\b|to\b|\w+ed\b)", re.I)
# a clause that goes on with the report's acts: ", kept the status page updated every 15 min" (not ", saved …")
_ANOTHER_OF_THEIR_ACTS = re.compile(  # (a figure moved "by" an amount is a result: ", delayed the release by a week")
    r"\s*(?:and\s+)?(?!(?:saved|cut|reduced|halved|doubled|tripled|raised|lowered|shortened|cost|prevented|avoided|won|"
    r"lost|increased|improved|delayed|boosted|exceeded|eliminated|decreased|lifted|slashed|dropped|caused|freed|"
    r"trimmed|sped|removed|resolved)\b)(?:\w{3,}ed|kept|made|took|wrote|ran|led|built|set|sent|gave|got|held|found|"
    r"caught|brought|put|spent|drew|sat|stood|met|taught|spoke|rang|drove)\s+(?:(?:the|a|an|his|her|their|our|up|out|in|on|off|over)\b|(?<!reached )(?<!ended )(?<!ranked )(?<!scored )(?<!finished )\d(?![\d.,]*\s*(?:%|percent|pp|points?|x\b|wks?|weeks?|days?|hours?|hrs?|months?|mins?)))(?![^,;]*\bby\s+(?:\d|a |an |half|one|two|three))",
    re.I,
)
_WHO = re.compile(r"\b(?:she|he|they)\b", re.I)
# people of a kind, by what they are to the business ("Enterprise customers", "new QA hires")
PEOPLE_EN = (
    r"(?:customers|clients|users|patients|guests|hires|joiners|starters|accounts|members|buyers|shoppers|pupils|"
    r"students|parents|stakeholders|partners|suppliers|vendors|agents|reps|engineers|nurses|callers|tenants|"
    r"residents|drivers|staff|teams|managers|analysts|stores|sites|branches)"
)
# people named by a role that is also a verb, after a word that says whose: "category heads", "store leads"
_LED_EN = r"(?:[a-z-]+\s+){1,2}(?:heads|leads|owners|directors|officers)"
_BY_ROLE_EN = r"(?:(?:[a-z-]+\s+){0,2}?" + PEOPLE_EN + "|" + _LED_EN + r")"
# people of a kind who still or now do something with it: "; clinic managers still send it to new staff"
_STILL_EN = re.compile(
    r"\s*(?:and\s+)?(?:the\s+|our\s+)?" + _BY_ROLE_EN + r"\s+(?:still|now|all)\s+[a-z]+s?\b", re.I
)
# people of a kind busy with the work since: ", category heads were checking it every hour"
_BUSY_EN = re.compile(
    r"\s*(?:and\s+)?(?:the\s+|our\s+)?" + _BY_ROLE_EN + r"\s+(?:were|are|have been|had been)\s+\w+ing\b",
    re.I,
)
# people of a kind who use what the report made: ", category leads use it weekly"
_USE_IT_EN = re.compile(
    r"\s*(?:and\s+)?(?:the\s+|our\s+|all\s+)?"
    + _BY_ROLE_EN
    + r"\s+(?:\w+ly\s+)?(?:use|rely on|check|open|read|"
    r"follow|reuse|quote|share|refer to|pull from|work from)\s+(?:it|them|this|that)\b",
    re.I,
)
_AND_THEY_NOW = re.compile(  # "and" + people of a kind or a count of them + a habit taken up (now, regularly, since)
    r"\s*and\s+(?=(?:(?:(?:new|most|all|several|many|both|other)\s+)(?:[A-Za-z-]+\s+){0,2}?"
    + PEOPLE_EN
    + r"\b"
    # a count of anyone: "and twelve Year 7s now come every week"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens of)\s+(?:[A-Za-z0-9-]+\s+){0,2}?"
    r"[A-Za-z0-9-]+s\b)[^,;]*\b(?:now|regularly|since|every)\b)",
    re.I,
)
_SINCE_THEN = re.compile(  # a plural subject (no pronoun) whose state changed: now, no longer, not … since
    r"(?>\s*(?:and\s+)?)(?=(?:the\s+|our\s+)?(?:(?!(?:his|her|their|its|my|she|he|they)\b)[a-z-]+\s+){0,2}?"
    r"(?!(?:she|he|they|it|this|that|there|its|his|her|their)\b)"
    r"[a-z-]{3,}s\s+(?:now\b|no longer\b|(?:have|has)(?:n['’]t| not| never)\s+(?:been\s+)?[a-z]+ed\b[^,;]*\bsince\b))",
    re.I,
)
_MOVED = re.compile(PAST.pattern + r"|\b(?:up|down) to \d", re.I)
_VERB_FIRST = re.compile(  # beside PAST: what else opens a clause with the report's own verb
    r"(?:\w+(?:ed|ing|ly)|had|has|have|did|does|is|then|also|so|now|still|built)\b", re.I
)
_CAPS = re.compile(r"\s*[A-Z][A-Z0-9]+s?\b(?!-)")  # a role or a team in capitals: "QA", "L3", "CFO"
_OTHERS_ZH = re.compile(  # a clause whose subject is others or a thing ("店员有意见", "被安全员记录", "后来其他同事…")
    r"\s*(?:后来|过后|最后|最终|结果|事后|随后|后面(?![^，,。；]*[他她])(?!还|要(?![返重补赔退])|需(?!要?[返重补赔退])|得(?![返重补赔退])|会|我|再|将|准备|打算|计划|可以|可能|继续))(?![他她]|主动|亲自|自己|马上|立刻)(?![\u4e00-\u9fff]{1,3}(?:又|还|也|再))"
    r"(?=[\u4e00-\u9fffA-Za-z]{2})|"
    r"\s*(?:后来|最后|最终|结果|当场|事后|现在|如今|目前|当天|会后|次日|第二天)?\s*(?:有(?:一|好几|几|两)?[个位名]|后排|前排|好几个|几个|[一二两三四五六七八九十]+个)?"
    r"\s*(?:客户|甲方|业主|旅客|乘客|游客|租户|商户|商家|保户|客人|宾客|家属|团队|我们|大家|部门|科室|领导|老板|总部|对方|学生|孩子|"
    r"家长|患者|病人|老人|居民|用户|顾客|住客|店员|员工|同事|新员工|新同事|新人|其他|另外|其中|整个|业务|项目|订单|系统|工期|全组|"
    r"全店|门店|网点|供应商|值班|组里|组内|群里|新来的|评审|第二天的?|次日的?|被(?!动)|(?:开发|测试|设计|运营|产品|财务|法务|市场|销售|采购|仓库|前台|客服)(?![了出完过])"
    r")"
    # the other side ("运营那边", "设计那头"), people named by what they do ("接班的同事", "复核的人"), a batch
    # or a group pointed at ("这批三个新人")
    r"|\s*[\u4e00-\u9fff]{1,4}(?:那边|那头|这边)(?!的)|\s*[\u4e00-\u9fff]{1,10}的(?:同事|人|客户|老师|同学|学生|医生|护士|员工|领导|用户|顾客|家长|患者|孩子|小朋友|新人|组员)"
    r"|\s*有(?:一|两|几|\d+)[家位个名]?(?:客户|顾客|用户|同事|患者|家长|学生)"
    r"|\s*(?:[\u4e00-\u9fff]{2,3})?(?:护士|医生|学生|骑手|司机|工人|店长|客服|专员|专家|评委|合伙人|总监|主任|监理|审核员|检查组|经理|主管|组长|老师|班长)(?![的了长])"
    r"|\s*(?:这|那)(?:批|些|几位|几个)|\s*各[\u4e00-\u9fff]{0,3}?(?:经理|部门|区|组|门店|团队|分公司|同事|科室|店|条线|业务)"
)

_FOUND_THAT = re.compile(  # a verb of finding, saying or showing (…ed) before "that"
    r"\b(?:\w+ed|found|saw|said|told|caught|heard|learnt|learned|"
    r"knew|felt|flagged|warned|showed|proved|ensured|made sure|pointed out|worked out|figured out)$",
    re.I,
)
