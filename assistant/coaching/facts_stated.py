"""Family and health words that are no bias: a leave or an accommodation stated as a fact, an absence and its
reason, someone else's relative, a health service or course, a thing disabled; and any personal characteristic
said of someone else the notes name by role ("the client is a native Spanish speaker"). The wording checker
(``wording.flag_notes``) asks this before it flags one."""

from __future__ import annotations

import re

from assistant.coaching.lexicon import sentence

_FACTUAL = re.compile(  # a leave or an accommodation stated as a fact: family and health words are not bias there
    r"\b(?:leave|accommodations?|accommodated|returned|return to work|sick days|requested|"
    r"adjustments?|arrangements?|provided|"
    r"doctor['’]?s? advised|flexible working|agreed|approved|granted|blocks? out|worked around|works? around|"
    r"(?:three|four)-day week|part-time|reduced hours|compressed hours|job share)\b"
    r"|产假|陪产假|育儿假|病假|事假|丧假|婚假|护理假|陪护假|请假|请了[^，。；]{0,6}假|停薪留职|休假|复工|返岗|调休|申请|调整|(?<![没不未已])经批准|(?<![没不未])已批准|(?<![没不未])获批",
    re.I,
)
# ... when the sentence dates it or says what it changes in the goals ("on leave from 3 March, so the Q2 goals
# were re-scoped"); "since her maternity leave she is less committed" is a judgement, not a fact
_RESCOPED = re.compile(
    r"\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|objectives?)\b|[一二三四五六七八九十两]+(?:个)?(?:月|周|天|星期)|\b(?:goals?|targets?|re-?scoped?|scope|prorated|pro rata|adjusted|"
    r"quota|workload|caseload|days? a week|remotely|from home)\b"
    r"|\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t) (?:changed?|dropped?|slipped?|suffered?|moved?)\b"
    r"|目标|指标|调整|顺延|折算|按比例|工作量|居家|改为|挪到",
    re.I,
)
# ... or a day taken off, dated, once (not "took her off the rota", not "took Monday off again")
_TOOK_OFF = re.compile(
    r"\btook\s+(?:(?:the|a|an|two|three|\d+)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|days?|afternoon|morning|"
    r"weeks?|time)\s+off\b",
    re.I,
)
# ... or an arrangement made by rule, by request or on medical advice, which is both a fact and what changes
_ARRANGED = re.compile(
    r"\b(?:phased return|full duties|occupational health|medical advice)\b|医生建议|医嘱|按规定|备案|弹性工作"
    r"|\b(?:gp|doctor|physician|consultant|midwife|obstetrician)['’]?s? advice\b"
    r"|\bwith (?:those|these|that|this|the) (?:adjustments?|arrangements?|accommodations?)\b"  # and what came of it
    # equipment arranged for the person: "给他配了高一点的操作台", "we got her a standing desk" (not 调岗, a warning)
    r"|(?<![因以作成认])(?:给|帮|为)(?:他|她|ta)(?:配|换)(?:了|上了|好了)?"
    r"|\bwe (?:got|gave|arranged|ordered|bought) (?:him|her|them) (?:an? )?(?:[\w-]+ )?(?:desk|chair|monitor|screen|"
    r"keyboard|headset|mouse|parking space|reader|hearing loop|laptop|workstation)\b",
    re.I,
)
# ... unless the manager gives it as the reason for a decision of their own ("Given his burnout leave, …")
_GIVEN = re.compile(r"\b(?:given|considering|in view of)\b[^,.;]*$|(?:考虑到|鉴于)[^，。；]*$", re.I)
# ... or fears what it will do to the work, or decides by it: "怕扛不住旺季", "worried she won't cope with peak",
# "so he's not promotable this year"
_FEARED = re.compile(  # (not 哪怕 "even if", 不怕 "undaunted", "not worried")
    r"(?<![哪不])怕|担心|扛不住|吃不消|顶不住|跟不上|先不|不排|不考虑|缓一缓|暂缓|靠不住|顾不过来|顾不上|忙不过来|分身乏术"
    r"|晋升|提拔|名额"  # a decision about the person: 晋升评审挪到明年, 名额改为给小陈
    r"|\b(?<!not )(?<!n['’]t )(?:worried|afraid|fear|fears)\b|\b(?:won['’]t cope|can['’]t cope|(?:might|may) not cope|not up to|"
    r"promotable|can['’]t rely|cannot rely|rely on|liability|hold off|hold (?:off )?(?:the|his|her|their) promotion|"
    r"keep (?:him|her|them) off|not ready|leadership material|(?<!not )(?<!n['’]t )(?:a|that['’]s a) pattern|doubt|"
    r"priorities|tells me|so i (?:gave|moved|took|kept|passed|handed|pulled|reassigned|put))\b"
    # a judgement that it has changed the person: "less committed", "not as sharp"
    r"|\b(?:less|not as|not so|no longer as|no longer)\s+(?:committed|focused|sharp|reliable|engaged|dedicated|motivated|"
    r"productive|ambitious|driven|hungry|invested|serious)\b",
    re.I,
)
# a characteristic made a group's ("抑郁症的人扛不住", "people with her condition"): a stereotype, never a fact stated
_GROUPED = re.compile(r"的人|\s+(?:people|folks|types?)\b", re.I)
# an absence stated with its reason: "He's out next week for his kid's surgery; Sam is covering his shifts." (not a
# habit: "out for his kids' matches most Fridays")
_HABIT = re.compile(r"\b(?:most|every|often|always|usually|again|constantly|regularly|never)\b", re.I)
_AWAY_FOR = re.compile(
    r"\b(?:is|are|was|will be|(?<=\w)['’]s|(?<=\w)['’]re) (?:out|off|away)\b[^.;!?\n]{0,25}\bfor\s+$", re.I
)
# a relative who speaks in the notes, named without the person's own possessive: "one daughter wrote, '…'"
_SPEAKS = re.compile(r"\s+(?:wrote|writes|said|says|emailed|commented|complained)\b[,:]?\s*[\"“‘']", re.I)
_SOME = re.compile(r"\b(?:a|an|one|another|some)\s+$", re.I)
# a relative of someone the notes name by role, not the person's own family: "a patient's daughter", "the client's son"
_OTHERS_KIN = re.compile(
    r"\b(?:a|an|the|one|another)\s+(?:[a-z-]+\s+)?(?:patient|client|customer|resident|student|pupil|parent|guest|"
    r"member|caller|visitor|tenant|colleague|co-?worker|supplier|vendor|passenger|learner|participant|attendee)['’]s\s+$",
    re.I,
)

# what was done to an account or a feature, not a disability: "an account nobody had disabled"
_DONE_TO_A_THING = re.compile(
    r"\b(?:had|has|have|['’]d)\s+disabled\b(?!\s+(?:parents?|children|kids|twins|sons?|daughters?|husband|wife|partner|"
    r"mother|father|mum|mom|dad|relatives?|family|brothers?|sisters?|siblings?)\b)"
    r"|\bdisabled\s+(?:the|a|an|all|its|it|them|this|that|these|those)\b",
    re.I,
)
# a service or a subject named after a health word: "the vestibular rehab course", "mental health training"
_SERVICE = re.compile(  # (a modifier between, not a word of time or place: "anxiety before training" is his)
    r"[ -](?:(?!(?:before|after|during|in|at|on|for|about|with|and|or|to|from|of|when|while|so|by|around|over)\b)"
    r"[a-z]+ )?(?:course|courses|training|programme|program|service|services|session|sessions|referrals|module|certificate|"
    r"certification|first aid|awareness|policy|budget|protocols?|pathway|clinic|corner|counselling|counseling|"
    r"education|screening|unit|ward|caseload)\b",
    re.I,
)
_PROCEDURE_ZH = re.compile(  # (two characters between at most, never a verb: 宝妈写方案 is the person writing)
    r"(?:(?![写做交拖改看带管跑接搞弄学用读听讲说当])[\u4e00-\u9fff]){0,2}(?:流程|规范|方案|制度|病历|门诊|科室|病区|病房|服务|"
    r"指南|路径)|(?:患者|病人|会员|人群)(?:护理|康复|诊疗|治疗|管理|随访|筛查|就诊|保健|关怀|照护|支持)?(?:计划|项目|服务)"
    r"|(?:护理|康复|诊疗|治疗|管理|随访|筛查|就诊|保健|关怀|照护)(?:计划|项目)"
)
# someone else named by role as the subject the characteristic is said of: "The client is a native Spanish
# speaker", "the patient has depression", "客户是外地人", "这位患者年纪大了"
_OTHERS = (
    r"clients?|customers?|vendors?|suppliers?|buyers?|patients?|guests?|callers?|visitors?|tenants?|passengers?|"
    r"counterparts?|auditors?|investors?|prospects?|interviewers?|landlords?|residents?|users?|shoppers?|members? of the public"
)
_OTHERS_SUBJECT = re.compile(
    r"\b(?:the|our|a|an|one|this|that|their|his|her|its|my|every|each)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _OTHERS
    + r")\s+"
    r"(?:is|was|are|were|has|had|seems|['’]s|speaks|spoke)\s+(?:(?:a|an|also|mostly|only|very|quite|really|still|now)\s+){0,2}$"
    r"|(?:客户|顾客|客人|供应商|患者|病人|家长|访客|乘客|甲方|业主|住户|用户)(?:是|为|也是|年纪|有|患有|得了)?$",
    re.I,
)
_OTHERS_AFTER = re.compile(r"[ -](?:" + _OTHERS + r")\b", re.I)
_MODIFIER = re.compile(r"\b(?:a|an|the|this|that|our|their|his|her|one|each|every)\s+(?:[\w-]+\s+)?$", re.I)
_OWN = re.compile(
    r"\b(?:his|her|their|has|have|had|is|was|['’]s)\s+(?:[\w-]+\s+)?$", re.I
)  # "her therapy sessions"


def someone_elses(notes: str, start: int, stop: int) -> bool:
    """Whether the characteristic at ``notes[start:stop]`` is said of someone else the notes name by role: as
    the subject before it, as the noun it modifies ("a diabetic passenger's hypo"), or as the people the person
    acted on ("interrupted the Czech colleagues several times")."""
    left = sentence(notes, start, start)[0]
    return (
        _OTHERS_SUBJECT.search(notes[max(left, start - 60) : start]) is not None
        or (
            _OTHERS_AFTER.match(notes, stop) is not None
            and _MODIFIER.search(notes, max(0, start - 25), start) is not None
        )
        or (
            notes[start : start + 1].isupper()
            and _ACTED_ON.search(notes, max(0, start - 30), start) is not None
            and _GROUP_OF_OTHERS.search(notes[start : stop + 16]) is not None
        )
    )


# the people an act was done to or with, named after it: "interrupted the Czech colleagues", "met the Korean buyers"
# (not the person, hired by nationality: "we hired the Polish guy in March")
_ACTED_ON = re.compile(
    r"\b(?!(?:hired|recruited|employed|onboarded)\b)(?:\w+ed|with|to|for|from|by|met|told|gave|sent|taught|led|ran|"
    r"hit|cut)\s+(?:the|our|two|three|several|some)\s+$",
    re.I,
)
_GROUP_OF_OTHERS = re.compile(
    r"\b(?:colleagues|buyers|clients|customers|suppliers|partners|visitors|delegation|team|counterparts|auditors|"
    r"inspectors|investors|guests|patients|students|vendors)\b",
    re.I,
)


def stated_not_judged(notes: str, start: int, stop: int, subtype: str | None) -> bool:
    """Whether the family or health word at ``notes[start:stop]`` is a fact stated or someone else's, not a
    judgement of the person."""
    if (
        subtype == "health"
        and _SERVICE.match(notes, stop)
        and not _OWN.search(notes, max(0, start - 24), start)
        and not re.match(r"(?:his|her|their)\b", notes[start:stop], re.I)
    ):
        return True  # a service or a course, not the person's own care ("her therapy sessions")
    if _PROCEDURE_ZH.match(notes, stop):
        return True  # a record or a procedure of the work: 住院病历, 产后护理流程
    if subtype == "health" and _DONE_TO_A_THING.search(notes[max(0, start - 8) : stop + 8]):
        return True  # "an account nobody had disabled"
    if subtype == "family" and _OTHERS_KIN.search(notes, max(0, start - 30), start):
        return True  # someone else's relative: "a patient's daughter wrote to PALS"
    if subtype == "family" and _SOME.search(notes, max(0, start - 10), start) and _SPEAKS.match(notes, stop):
        return True  # a relative who speaks: "one daughter wrote, '…'"
    if _AWAY_FOR.search(notes, max(0, start - 45), start) and not _HABIT.search(
        notes, *sentence(notes, start, stop)
    ):
        return True  # an absence and its reason: "He's out next week for his kid's surgery"
    if not _GROUPED.match(notes, stop):
        left, right = sentence(notes, start, stop)
        if notes[right : right + 1] in (";", "；"):  # what was decided, after a semicolon: "…; agreed"
            right = sentence(notes, right + 1, right + 1)[1]
        said = notes[left:right]
        stated = (
            _ARRANGED.search(said)
            or (_FACTUAL.search(said) and _RESCOPED.search(said))
            or (_TOOK_OFF.search(said) and _RESCOPED.search(said) and not _HABIT.search(said))
        )
        if stated and not _GIVEN.search(notes, left, start) and not _FEARED.search(said):
            # "Given his burnout leave, I kept him off", "请了六天病假，他有糖尿病，怕扛不住旺季"
            return True  # "on parental leave from 3 March", "请了三周病假"
    return False
