"""Whether a sentence of a manager's notes says, on its own, what came of the one before it ("We got 340
unsubscribes.", "客户当场确认了续约。"): its subject is others or a thing, and it states a result or a reaction.
Pure functions over one sentence (the clause-level impact reader is assistant/coaching/sbi_impact.py)."""

from __future__ import annotations

import re

from assistant.coaching.sbi_impact import (
    _BUSY_EN,
    _CAPS,
    _EVERY,
    _OTHERS_EN,
    _OTHERS_ZH,
    _STILL_EN,
    _VERB_FIRST,
    NONE_OF_THEM_ZH,
    PEOPLE_EN,
)
from assistant.coaching.sbi_vocab import AVERTED, PAST, RESULT, TOP_OF_ALL

_THEIR_PEOPLE = re.compile(
    r"\s*(?:her|his|their) (?:team|customers|clients|reports|direct reports|group|department|store|squad|"
    r"crew|unit|class|students|patients|agents|staff)(?:['’]s?)?\b",
    re.I,
)

# the report named in a sentence: as its subject, or as the owner of what it opens with ("four stores asked her",
# "pass rate in her sets" are about others)
_REPORT_EN = re.compile(r"\b(?:she|he)\b|^\s*(?:her|his)\b", re.I)
# a subject of two words or more, no name: "Line wait dropped …", "Pass rate in her sets went up …", "Organic
# signups doubled"; "Jorge moved …", "Tom rebuilt …" and "Priya runs the …" start with a name and a verb
_VERBISH = (
    r"(?:\w+ed|rebuilt|built|ran|led|took|set|put|wrote|won|kept|held|made|sent|gave|got|did|had|has|is|was|will|"
    r"can|also|then|just|still|now|never|always)"
)
_FUNCTION = (
    r"(?:the|a|an|to|on|in|at|for|with|from|of|by|up|out|off|over|all|his|her|their|our|my|its|this|that|these|"
    r"those|some|every|each|no|during|after|before|since|when|while|last|next|once|and|but|so)"
)
_THING_FIRST_EN = re.compile(
    rf"\s*(?!{_FUNCTION}\b|{_VERBISH}\b|\w+s\b)(?-i:[A-Z])[a-z]+[- ](?!{_VERBISH}\b|{_FUNCTION}\b)"
    rf"(?:[a-z]+(?<!s)\b|[a-z]+s\s+(?=\w+ed\b|{_VERBISH}\b|up\b|down\b))(?![^:–—]{{0,30}}(?:[:–—]|\s-\s))"
    r"(?!\s*(?:still|not|never|yet)\b)"  # "Postmortem doc still not written": the report's lapse
    # a figure that moved or stands, within the first words ("Maria taught it to 14 new hires" is a name's act)
    r"(?=\s*(?:\S+\s+){0,5}?(?:dropped|fell|rose|went|climbed|doubled|halved|tripled|grew|shrank|jumped|is|was|are|"
    r"were|stayed|hit|reached|held|remained|averaged|landed|came (?:in|down|back)|(?:up|down)\s+(?:from|to|by))\b)",
    re.I,
)


def follows_as_impact(sentence: str, zh: bool, joined: bool) -> bool:
    """A sentence that reports what came of the one before it ("We got 340 unsubscribes.", "客户当场确认了续约。",
    "The patient was moved to theatre within the hour."): its subject is others or a thing (``joined``: it follows
    a semicolon, any subject), and it states a result or a reaction, or in English what happened to them."""
    theirs = _THEIR_PEOPLE.match(sentence)  # "His team's engagement score went down 11 points."
    if (
        (
            re.search(r"[他她]", sentence[:8])
            # (not what the other party then said: "客户当场续了约，他说下次还找我们")
            or re.search(r"[，,]\s*[他她](?!们|说|表示|讲|提到|反馈|回复)", sentence)
            if zh
            else _reports_act_en(sentence, theirs.end() if theirs else 0)
        )
        or (zh and _OWN_INITIATIVE_ZH.search(sentence[:14]) and not _OTHERS_ZH.match(sentence))
    ):
        return False  # "这学期她组织了两次…", "…有人骂物业，他直接…", "The next morning she …", "系统切换那周主动加班…"
    if (
        _SO_FIRST.match(sentence)
        or (not zh and (_AVERTED_EN.match(sentence) or _SEALED_EN.match(sentence)))
        or (not zh and (_WORTH_EN.match(sentence) or _STILL_EN.match(sentence) or _BUSY_EN.match(sentence)))
    ):
        return True  # (people of a kind who still use it: "clinic managers still send it to new staff")
    if joined and not zh and _ACT_ON_EN.match(sentence) and not _SPARED_EN.match(sentence):
        return False  # "…; caught the mislabelled sample before it went out": the report's next act, subject dropped
    if _OWN_CAUSE_ZH.search(sentence) if zh else _OWN_CAUSE_EN.search(sentence):
        return False  # "提问少了很多，因为她牵头做了入职手册": a result with its own cause, a statement of its own
    # one person named by a role ("Site safety lead wrote him up"), not the report's own verb first ("Took the lead")
    role = (
        not zh
        and _ROLE_FIRST_EN.match(sentence) is not None
        and not (PAST.match(sentence) or _VERB_FIRST.match(sentence))
    )
    others = (
        _OTHERS_ZH.match(sentence)
        if zh
        else theirs
        or _OTHERS_EN.match(sentence)
        or _CAPS.match(sentence)
        or _THING_FIRST_EN.match(sentence)
        or _BY_OTHERS_EN.match(sentence)  # "Caught by the safety audit, line stopped 40 min."
        or _KIND_OF_PEOPLE_EN.match(sentence)  # "Enterprise customers saw only a brief drop."
        or _PLURAL_FIRST_EN.match(sentence)  # "Speakers all arrived on time for the keynote."
        or role
    )
    if (
        joined
        and not zh
        and _NOUN_THEN_PAST_EN.match(sentence)
        and not (PAST.match(sentence) or _VERB_FIRST.match(sentence))
    ):
        return True  # "…; distributor withdrew the notice": a thing or party, lower case, and what it did
    if joined and not zh and _DONE_TO_EN.match(sentence):
        return (
            True  # "…; a battery bank was stolen the same night": what happened to a thing, after a semicolon
        )
    if (
        not zh
        and _FIGURE_STANDS.match(sentence)
        and not (PAST.match(sentence) or _VERB_FIRST.match(sentence))
    ):
        return True  # "Gross retention 96% vs 89% for the region.": a figure with no verb
    if (
        _MOVED_ZH.match(sentence)
        if zh
        else not (PAST.match(sentence) or _VERB_FIRST.match(sentence)) and _FIGURE_MOVED.match(sentence)
    ):
        return (
            True  # "Sign-ups from that page rose 22% the following month.", "下单接口P99从800ms降到了200ms"
        )
    group = not zh and _GROUP_EN.match(sentence) is not None  # "Merch team now uses it …", "Every director …"
    # (a capital opening the sentence is read as the word: "Zero findings for our area.")
    said = sentence if zh else re.sub(r"^\s*[A-Z](?=[a-z])", lambda c: c[0].lower(), sentence)
    return (
        bool((joined or others or group) and RESULT.search(said))
        or (
            not zh
            and (
                _OTHERS_EN.match(sentence)
                or _CAPS.match(sentence)
                or _KIND_OF_PEOPLE_EN.match(sentence)
                or _PLURAL_FIRST_EN.match(sentence)
                or role
                or group
            )
            and (PAST.search(sentence) is not None or re.search(r"\bnow\b", sentence) is not None)
        )
        or (zh and others is not None and _NEGATED_ZH.match(sentence, others.end()) is not None)
        or (zh and others is not None and _REACTED_ZH.match(sentence, others.end()) is not None)
        or (zh and NONE_OF_THEM_ZH.match(sentence) is not None)  # "考试当天没有一个考场缺监考"
        or (zh and re.match(r"\s*(?:翌日|次日|第二天|隔天|事后)", sentence) and RESULT.search(sentence))
        or (_SPARED_ZH if zh else _SPARED_EN).match(sentence) is not None
        or (not zh and (_NO_HARM_EN.match(sentence) or _HELD_EN.match(sentence)) is not None)
    )


# the harm an act averted, said after it: "Would've been a tear-out.", "That could have cost us the account."
_AVERTED_EN = re.compile(r"\s*(?:otherwise\s*,?\s+)?(?:(?:that|it|this|which)\s+)?" + AVERTED, re.I)


# what others did at once in answer, said right after them: "产品那边当天就调整了排期" (not "…又补充了…", the
# report's next act)
_REACTED_ZH = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:就|当天|当场|马上|立刻|随即|直接|主动)[\u4e00-\u9fff]{0,8}?了"
)
# what did not happen to others, or what they no longer dared, said right after them: "病人没有转ICU",
# "整个过程没有发生一起劳动仲裁", "新同事都不敢提问了"
_NEGATED_ZH = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:没有?|未|不再|不敢)(?!有)[\u4e00-\u9fff]")


def _reports_act_en(sentence: str, start: int) -> bool:
    """The report is named near the start, not after others' own verb ("The patient was moved to ICU before he
    deteriorated" is about the patient)."""
    named = _REPORT_EN.search(sentence[start:40])
    if named is None:
        return False
    done = PAST.search(sentence, start, start + named.start())
    return not (_OTHERS_EN.match(sentence) and done is not None)


_NOUN_THEN_PAST_EN = re.compile(r"\s*(?:the\s+|our\s+|their\s+)?(?:[a-z][a-z-]+\s+){1,2}?" + PAST.pattern)
# the report's own initiative, subject dropped: "主动加班", "亲自跑了三家", "带头…"
_OWN_INITIATIVE_ZH = re.compile(r"主动|亲自|带头|坚持|自发|自费|熬夜")
# what the act was worth or where it ranked, as a figure: "That is roughly €310k we don't have to find.", "98, best
# score in the district."
_WORTH_EN = re.compile(
    r"\s*(?:(?:that|this)(?:['’]s| is| was| means| meant| comes to| came to)\s+(?:roughly|about|around|nearly|almost|over|"
    r"some|another|an extra)?\s*(?:[£$€¥₹]\s*\d|\d[\d.,]*\s*(?:k|m|bn|million|billion|thousand)?\s*(?:[£$€¥₹]|usd|eur|gbp|"
    r"rmb|sgd|aud|hkd|dollars?|pounds?|euros?|(?:\w+\s+){0,2}?(?:saved|savings?|revenue|sales|profit|margin|a year|per year|"
    r"annually|we (?:don['’]t|didn['’]t|won['’]t))\b))"
    r"|[£$€¥₹]?\d[\d.,]*\s*%?\s*[,;–—-]\s*(?:the\s+)?(?:best|highest|top|lowest|fastest|first)\b)",
    re.I,
)
# a sentence that opens with the result's connector: "As a result, guests waited …", "因此，…"
_SO_FIRST = re.compile(
    r"\s*(?:as a result|because of (?:this|that|it)|consequently|thanks to (?:this|that|it)|that meant|this meant)\b"
    r"|\s*(?:因此|结果|所以|于是|这样一来)[，,]?",
    re.I,
)
_OWN_CAUSE_ZH = re.compile(r"(?:因为|由于|多亏|归功于|得益于)\s*[他她]")
_OWN_CAUSE_EN = re.compile(r"\b(?:because|after|since|thanks to|once)\s+(?:she|he|they)\b", re.I)
# a group named by what it does, or every one of a kind: "Merch team", "Ops leadership", "Every director"
_GROUP_EN = re.compile(
    r"\s*(?:(?:(?![\w-]*ed\b|(?:told|met|gave|sent|took|made|showed|got|ran|led|left|brought|taught)\b)[\w-]+\s+){0,2}"
    r"(?:team|teams|leadership|group|department|org|crew|desk|squad|office|managers|leads)"
    r"|" + _EVERY + r"\s+\w+)\b(?!['’])",
    re.I,
)
# a verb in the past and its object, no subject: the report's own act ("caught the mislabelled sample", "Missed two
# vendor invoices"; not "done by 2 pm", "failed checkouts down 18%")
# (a consequence said the same way is an impact: "caused a £2k variance", "delayed the reopening by three hours")
_ACT_ON_EN = re.compile(
    r"\s*(?!(?:was|were|caused|delayed|cost|triggered|meant|resulted|led|created|generated|forced|pushed|"
    r"prompted|sparked|drew|brought|got)\b)(?:"
    + PAST.pattern
    + r")\s+(?:the|a|an|his|her|their|our|its|two|three|four|five|six|all|every|each)\b",
    re.I,
)
# people of a kind, or a department that is no party word: "Enterprise customers", "New hires", "Credit approved …"
# (a department as the subject of a verb in the past; people of a kind whose sentence tells no habit: "Difficult
# customers were passed to me every time" is the report's lapse)
_KIND_OF_PEOPLE_EN = re.compile(
    r"\s*(?:(?-i:[A-Z])[a-z-]+\s+" + PEOPLE_EN + r"\b(?![^.;]*\b(?:every time|always|never|each time)\b)"
    r"|(?:credit|risk|underwriting|treasury|tax|hr|quality|dispatch|logistics|planning|the board|pharmacy|the lab|"
    r"warehouse|kitchen|reception|billing|claims|customs)\s+(?=\w+ed\b|"
    r"signed|took|gave|sent|wrote|came|said|told|made|paid|saw|chose|held|kept|won|caught|found|hit|beat)\b)",
    re.I,
)
# one person named by a role, a word or two saying which (no name after it): "Site safety lead wrote him up.",
# "account director had to call and apologise" (not "Store manager Jo rebuilt …")
_ROLE_FIRST_EN = re.compile(
    r"\s*(?:the\s+|our\s+|their\s+)?(?:[a-z-]+\s+){1,2}(?:lead|head|director|manager|officer|inspector|supervisor|"
    r"auditor|assessor|controller|coordinator|chair|sponsor|partner)\s+(?-i:[a-z])(?!\w*ing\b)",
    re.I,
)
# people named by what they do, in the plural, opening the sentence: "Speakers all arrived", "Dispatchers now start
# the day …" (not a verb: "Runs the standup", "Answers the phones")
_PLURAL_FIRST_EN = re.compile(
    r"\s*(?-i:[A-Z])[a-z]{3,}(?:ers|ors|ists|ants|ents|ians|ees)\s+(?:all|now|both|then|also|have|had|were|are|\w+ed)\b"
)
# what came of a deal or a case, said with no verb "to be": "Renewal signed in July.", "Contract extended to 2027."
_SEALED_EN = re.compile(
    r"\s*(?:the\s+)?(?:renewal|contract|deal|order|claim|case|permit|licen[cs]e|grant|loan|lease|audit|appeal|po|sow)s?"
    r"\s+(?:signed|renewed|approved|closed|extended|granted|won|accepted|awarded|settled|issued|cleared|passed)\b(?!\s+by\b)",
    re.I,
)
# a thing something was done to: "a battery bank was stolen the same night"
_DONE_TO_EN = re.compile(
    r"\s*(?:a|an|the|one|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:was|were|got)\s+(?:\w+ed|stolen|lost|broken|taken|"
    r"written|sent|left|caught|found|shut|hit|cut)\b",
    re.I,
)
# a figure for a measure, with no verb: "Gross retention 96% vs 89% for the region", "CSAT 4.8 for the week"
# (not the report's own count of a lapse: "Sick days 9 vs 2", "Overtime 46h vs 20h budgeted, all of it hers")
_FIGURE_STANDS = re.compile(
    r"(?![^.;]*\b(?:hers|his|him|her own|his own)\b)\s*(?!(?:sick|late|overtime|absence|absences|errors?|mistakes?|"
    r"complaints?|missed|no-?shows?|lateness|incidents?|escalations?|warnings?)\b)(?-i:[A-Z])[\w-]+(?:\s+[a-z][\w-]*){0,3}\s*:?\s+(?:at\s+|of\s+)?[£$€¥₹]?\d[\d.,]*\s*(?:%|pp|x|k|m|h|hrs?|mins?|days?|pts?|points?|/\d+)?"
    r"(?:\s+(?:vs\.?|versus|against|from|up from|down from)\s+[£$€¥₹]?\d)",
    re.I,
)
_BY_OTHERS_EN = re.compile(r"\s*(?:\w+ed|caught|seen|spotted|picked up) by\b", re.I)
_FIGURE_MOVED = re.compile(  # within the first words, no label before: "Sign-ups from that page rose 22% …"
    r"\s*(?:[^\s:：]+\s+){0,7}?(?:rose|fell|dropped|grew|climbed|jumped|shrank|doubled|halved|tripled|up|down|improved|increased|decreased|"
    r"declined|went (?:up|down|from))\b[^.;]{0,30}?\d|.*:\s*(?:zero|none|nil|0)\s*[.!]?$",
    re.I,
)
_MOVED_ZH = re.compile(
    r"[^，,。他她]{0,16}?(?:(?:从|由)[^，,。]{1,12}?(?:降到|降至|提升到|提升至|涨到|升到|增加到|减少到|缩短到|压到)|翻了|翻倍"
    r"|率(?:达到?|为|是|提升到|降到|升到)?\s*\d|(?:快了|慢了|少了|多了|降了|涨了|提升了|提高了|下降了|缩短了|减少了|增加了)\s*\d"
    r"|" + TOP_OF_ALL + r")"
)
# a sentence with no subject that opens with what was spared or gained: "Saved us a very awkward correction.",
# "Avoided releasing an out-of-spec batch.", "避免了一次停线。"
_SPARED_EN = re.compile(
    r"\s*(?:(?:this|that|it|which)\s+)?(?:saved|avoided|prevented|averted|spared|freed|unblocked|earned us|bought us)\b",
    re.I,
)
# harm that did not come, to us or others: "we didn't lose a single trading day", "sales didn't have to field a
# single escalation", "Nothing was missing" (not "she didn't miss a single deadline": her own record)
_NO_HARM_EN = re.compile(
    r"\s*(?:(?:and|so|but)\s+)?(?:we|nothing|nobody|no one|none of (?:us|them|the \w+)|(?:the|our|their)\s+(?:[a-z-]+\s+)?[a-z-]+|"
    r"(?-i:[a-z])[a-z]+(?<!\bshe)(?<!\bhe)(?<!\bthey)|(?-i:[A-Z])[a-z]+(?=\s+(?:was|were)\s+(?:back|up and running|\S+\s+ahead)))\s+"
    r"(?:(?:didn['’]t|did not|never|hasn['’]t|haven['’]t|has not|have not|had not|hadn['’]t)\s+(?:have|need)\s+to\s+\w+\s+"
    r"(?:a single|any|one)\b|(?:didn['’]t|did not|never)\s+(?:lose|miss|get|receive|see|have|take|log|record|raise|file)\s+"
    r"(?:a single|any|one)\b|(?:was|were|went|got)\s+(?:missing|lost|hurt|injured|damaged|harmed|late|missed|dropped)"
    # or a state reached: "Plant was back online 9 hours ahead of plan"
    r"|(?:was|were)\s+(?:back\s+(?:online|up|open|in service|on track)|up and running|(?:\S+\s+){0,3}?(?:ahead of\s+(?:plan|"
    r"schedule)|under budget)))",
    re.I,
)
# a measure of ours that held: "Our CSAT for that week didn't drop at all", "Our queue never spiked"
_HELD_EN = re.compile(
    r"\s*our\s+(?:[a-z-]+\s+){0,2}?[A-Za-z-]+(?:\s+(?:for|in|on|at|during|over|across)\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]+)?\s+(?:(?:didn['’]t|did not|never|hasn['’]t|has not|haven['’]t|have not)\s+(?:drop|dip|fall|slip|suffer|"
    r"spike|rise|go (?:up|down))|never\s+(?:dropped|dipped|fell|slipped|suffered|spiked|rose|went (?:up|down)))\b",
    re.I,
)
_SPARED_ZH = re.compile(
    r"\s*(?:这|此举|这样)?(?:避免了|省了|省下了?|节省了|挽回了|为[\u4e00-\u9fff]{1,6}(?:节省|省下|挽回)了?)"
)
