"""An occasion or time said inside a behaviour's own words, and the habits that name none."""

from __future__ import annotations

import re

from assistant.coaching.sbi_parts import _WHEN_EN, _WHEN_ZH, names_occasion
from assistant.coaching.sbi_vocab import _ZH_TIME

_ZH_TIME_ONLY = re.compile(_ZH_TIME)


def when(behaviour: str, zh: bool) -> str:
    """An occasion or time said inside the behaviour's words ("… before the design freeze", "审计期间她…"); it
    stays in the behaviour too. A habit's time is none ("on every change", "每周例会", "late at night"), and the
    next one said is taken instead ("… late at night during the audit")."""
    first = re.search(r",|;|\b(?:and|but)\b", behaviour)  # a habit's own clause ("Sometimes she … when …")
    for m in (_WHEN_ZH if zh else _WHEN_EN).finditer(behaviour):
        if zh:
            if _HABIT_ZH.match(m[1]):
                continue  # 每周例会他都迟到, 小何每天下午4点前把…: a habit
            if (
                (
                    of := re.match(
                        r"\s*的(?!事|时候)([^，,。；;他她佢]{1,12})([，,]?\s*[他她佢])?", behaviour[m.end() :]
                    )
                )
                and _ZH_TIME_ONLY.fullmatch(m[1].strip())
                and not (
                    of[2] or names_occasion(of[1])
                )  # (not "上个月的叉车安全培训他…": the occasion, then the act)
            ):
                continue  # "按去年的销量", "Q2 的付款凭证": what the thing is of (not "上周的选题会"), not when
            said = re.sub(
                r"^[小老阿]?[\u4e00-\u9fff]{1,2}[：:]\s*", "", m[1]
            )  # "阿芳：七夕当天…": a name's label
            return _VOCATIVE.sub("", said).strip(" ()（）")
        habitual = (
            _HABITUAL_EN.match(behaviour)
            and re.match(r"(?:when|whenever|if)\b", m[1], re.I)
            and (first is None or m.start() < first.start())
        )
        # "during gate changes a few times": occasions in the plural, repeated (not "in the March audit a few times")
        repeated = re.search(r"s\s*$", m[1]) and re.match(
            r"\s*(?:a few|several|many|multiple|countless)\s+times\b", behaviour[m.end() :], re.I
        )
        if (
            re.match(r"over\b", m[1], re.I)
            and _PHRASAL_OVER.search(behaviour, 0, m.start())
            and not _OVER_A_TIME.match(m[1])
        ):
            # "hand over the key log at shift change": a verb's particle; the occasion, if any, comes after it
            return when(behaviour[m.start() + len("over") :], zh)
        if _DESCRIBED_EN.search(behaviour, 0, m.start()):
            continue  # "freshers who joined in May": when they joined
        if _HABIT_EN.match(m[1]) or habitual or repeated:
            continue  # "on their code reviews", "on every change", "Sometimes she … when …": a habit, no occasion
        if behaviour[m.end() : m.end() + 2] in ("'s", "’s") and re.match(
            r"(?:last|this|next|that)\b", m[1], re.I
        ):
            return ""  # "last month's numbers": what the figures are of, not when
        return _VOCATIVE.sub("", m[1]).strip(" ()（）")
    return ""


# a habit's time, after the report's name at most (not 在每周五的站会上 nor 上周每个人都在加班的时候: occasions)
_HABIT_ZH = re.compile(
    r"(?:[小老阿]?(?:(?![在于])[\u4e00-\u9fff]){1,3})?(?:每(?:天|日|周|晚|早|次|回)|平时|平常|通常)"
)
_HABITUAL_EN = re.compile(
    r"\s*(?:(?:she|he|they)\s+)?(?:sometimes|often|usually|generally|regularly|occasionally|tends? to|keeps)\b",
    re.I,
)
_HABIT_EN = re.compile(  # (not "in crits", "at the March all-hands")
    r"in\s+(?:days|weeks|months|years|ages)\s*$|(?:on|at)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends)\s*$|"
    # counted occasions ("on two account-change calls"), a routine's time ("before end of shift")
    r"(?:on|in|at|during)\s+(?:two|three|four|five|six|[2-9]|\d{2,}|several|some|many|multiple|a few)\s+"
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?:[\w'-]+\s+){0,2}?[\w'-]+s\s*$|"
    r"(?:before|after|at|by)\s+(?:the\s+)?(?:end|start|close)\s+of\s+(?:(?:each|every|his|her|their|the)\s+)?(?:shift|day|week|service)\s*$|(?:late\s+)?at\s+(?:night|weekends)\s*$"  # "hasn't … in weeks", "at night"
    r"|(?:on|in|at|after|before|during)\s+(?:(?:each|every)\b.*|(?:his|her|their|our)\s+(?:[\w'-]+\s+){0,3}?(?:reviews|calls|meetings|stand-?ups|"
    r"check-ins|one-on-ones|1:1s|shifts|visits|demos|syncs|huddles|crits|retros))\s*$",
    re.I,
)


# a relative clause right before the time: it says when the people or the thing described did something
# ("that" only before a verb in -ed: "that bug in March" is the bug of the occasion)
_DESCRIBED_EN = re.compile(
    r"\b(?:(?:who|whom|which)\s+(?:had\s+|have\s+|has\s+)?[a-z]+|that\s+(?:had\s+|have\s+|has\s+)?[a-z]+ed)\s+$",
    re.I,
)
# a verb whose particle is "over" (hand over, take over): no time follows it
_PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|take|takes|took|taken|taking|sign|signed|pass|passed|turn|turned|carry|"
    r"carried|look|looked|go|went|gone|think|thought|move|moved|get|got|fill|filled|cover|covered|start|started)"
    r"(?:\s+(?:it|them|this|that))?\s+$",
    re.I,
)
_OVER_A_TIME = re.compile(
    r"over\s+(?:the|a|an|this|that|last)\s+(?:[\w-]+\s+)?(?:weekend|summer|winter|spring|autumn|holidays?|break|period|"
    r"week|month|quarter|year|christmas|easter|new year|night|shutdown|festive)",
    re.I,
)
_VOCATIVE = re.compile(
    r"^[小老阿]?[\u4e00-\u9fff]{1,2}[，,]\s*"
)  # the name called before the occasion: "老周，"
