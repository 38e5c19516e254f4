"""Situation–Behaviour–Impact statements from a manager's rough notes. Each statement is made of the notes' own
words (nothing about the employee that the notes do not say): the situation is the sentence's lead-in ("In
the 12 May client call", "在 6 月大促期间"), the impact the clause after a cue ("so …", "导致…"), the behaviour
what is left. A missing part is asked for, never invented. Sentences that only judge ("Good attitude."), and
sentences resting on a biased reference, give no statement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.coaching.wording import Flag
from assistant.i18n import Lang, t
from assistant.llm.answer import terms

_SPLIT = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*|\n+")  # not inside "1.2"
_RESULT = re.compile(  # a clause that reports a measured result: the impact, when nothing else says it
    r"\d[^，,;；]*(?:%|倍|天|小时|分钟|万|元|个|次|days?|hours?|minutes?|points?|pp)|"
    r"(?:from|从|由)\s*\S+\s*(?:to|到|至|降到|压到|提升到|降至|提升至)|"
    r"\b(?:saved|saving|cut|cutting|reduced|reducing|raised|raising|increased|increasing|avoided|avoiding|"
    r"prevented|preventing|won|winning|shipped|helped|helping)\b|避免|节省|减少|降低|提升|提高|挽回|赢得|缩短",
    re.I,
)
_SITUATION_EN = (
    re.compile(  # the lead-in, up to a comma or to where the subject starts ("… review she mapped")
        r"^\s*((?:in|at|during|on|when|after|before|while|last|this|yesterday|today|for)\b[^,;:]{2,80}?)"
        r"(?:[,:]\s*|\s+(?=(?:she|he|they|we|i|you|the team|our team)\b))",
        re.I,
    )
)
_SITUATION_ZH = re.compile(
    r"^\s*((?:在|于|上周|上个月|昨天|今天|本周|本月|上季度|本季度|\d{1,2}\s*月)[^，,；;：:]{1,40})[，,：:]\s*"
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_WHEN_EN = re.compile(  # a time or occasion anywhere in the sentence: "in the March 3 release review", "last sprint"
    r"\b((?:in|on|at|during|before|after|since)\s+(?:the\s+|our\s+|last\s+|this\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|review|call|demo|launch|release|sprint|retro|retrospective|standup|stand-up|workshop|offsite|"
    r"incident|outage)s?\b"
    rf"|(?:in|on|during|since)\s+(?:the\s+)?(?:q[1-4]|h[12]|{_MONTHS}(?:\s+\d{{1,2}})?|\d{{1,2}}\s+{_MONTHS})\b"
    r"|(?:last|this)\s+(?:week|month|quarter|sprint|cycle)\b|\byesterday\b)",
    re.I,
)
_WHEN_ZH = re.compile(
    r"((?:在|于)[^，,。；;]{1,20}?(?:会上|会议上|评审中|评审时|期间|时|中|上)|(?:上周|上个月|本月|本周|昨天|前天|上季度|本季度|"
    r"\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|Q[1-4]|[一二三四]季度)[^，,。；;]{0,12}?(?:会上|评审|发布|上线|期间|时|中)?)"
)
_IMPACT_EN = re.compile(
    r"(?:,\s*|\s+)(?:so|which|and so|as a result|resulting in|causing|meaning|leading to|that led to|so that)\b\s*(.+)$",
    re.I,
)
_IMPACT_ZH = re.compile(r"[，,]?\s*(?:导致|结果是?|使得|因此|所以|从而|造成)(.+)$|[，,]\s*(?:让|使)(.+)$")


_FILLER = {  # words that carry no observation
    *(
        "she",
        "he",
        "they",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "but",
        "and",
        "or",
        "so",
        "a",
        "an",
        "the",
    ),
    *(
        "her",
        "his",
        "their",
        "him",
        "them",
        "it",
        "can",
        "could",
        "sometimes",
        "bit",
        "little",
        "too",
        "more",
    ),
    "overall",
    "enough",
    "really",
    "very",
    "quite",
    "also",
    "though",
    "generally",
    "always",
    "still",
    "整体",
    "总体",
    "还是",
    "但是",
    "不过",
    "比较",
    "非常",
    "有点",
}


@dataclass
class Statement:
    situation: str
    behaviour: str
    impact: str
    source: str  # the sentence of the notes it comes from (exact text)
    asks: list[str] = field(default_factory=list)  # parts the manager still has to supply
    evidence: list[str] = field(default_factory=list)  # records that bear on it

    @property
    def complete(self) -> bool:
        return not self.asks


def _sentences(notes: str) -> list[str]:
    return [s.strip(" -•*\t") for s in _SPLIT.split(notes) if s and len(s.strip(" -•*\t")) >= 6]


def _only_judgement(sentence: str, flags: list[Flag]) -> bool:
    """Nothing observed is left once the flagged judgements are taken out ("Good attitude overall but not
    proactive enough.")."""
    rest = sentence
    for f in flags:
        rest = rest.replace(f.phrase, " ")
    content = {w for w in terms(rest) if w not in _FILLER}
    return len(content) < 2


def statements(notes: str, flags: list[Flag], lang: Lang) -> list[Statement]:
    """A statement per observation in ``notes`` (sentences that only judge, or rest on bias, give none)."""
    out, at = [], 0
    for sentence in _sentences(notes):
        start = notes.find(sentence, at)
        at = start + len(sentence)
        inside = [f for f in flags if start <= f.start and f.end <= at]
        if any(f.category == "biased" for f in inside) or _only_judgement(sentence, inside):
            continue
        zh = bool(re.search(r"[\u4e00-\u9fff]", sentence))
        body = sentence.rstrip("。.!！?？；;")
        situation = impact = ""
        if m := (_SITUATION_ZH if zh else _SITUATION_EN).match(body):
            situation, body = m[1].strip(), body[m.end() :]
        elif m := (_WHEN_ZH if zh else _WHEN_EN).search(
            body
        ):  # the occasion stays in the behaviour's words too
            situation = m[1].strip()
        if (m := (_IMPACT_ZH if zh else _IMPACT_EN).search(body)) and m.start() > 2:
            impact, body = (m[1] or m[m.lastindex or 1]).strip(), body[: m.start()]
        clauses = re.split(r"(?<=[，,;；])\s*", body)
        if (
            not impact and len(clauses) > 1 and _RESULT.search(clauses[-1])
        ):  # "…值守，把失败率从 1.2% 压到 0.4%"
            impact, body = clauses[-1].strip(" ，,;；"), "".join(clauses[:-1])
        behaviour = body.strip(" ，,;；")
        asks = [part for part, text in (("situation", situation), ("impact", impact)) if not text]
        out.append(Statement(
            situation or t("coach.ask.situation", lang), behaviour, impact or t("coach.ask.impact", lang),
            sentence, asks,
        ))  # fmt: skip
    return out
