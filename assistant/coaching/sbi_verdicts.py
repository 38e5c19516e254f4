"""Sentences of the notes that observe nothing: what is asked for to come, a verdict with no act in it, the act's
timing said again; and the manager's own view or plan closing a sentence."""

from __future__ import annotations

import re

from assistant.coaching.sbi_vocab import HAVE_AVERTED

_WISH_EN = re.compile(
    r"^\s*(?:(?:she|he|they|[A-Z][a-z]+)\s+)?(?:still\s+)?(?:needs? to|could(?!"
    + HAVE_AVERTED
    + r")|should|must|has to|ought to|would (?:like|love|want)|"
    r"would benefit|keep it up|keep (?:it|this) going)\b|\b(?:i|we)\s+(?:want|need|would like|'d like|expect|hope)\b|"
    r"^\s*(?:that's|this is)\s+(?:exactly\s+)?(?:the kind of|what)\b",
    re.I,
)
_WISH_ZH = re.compile(
    r"^\s*(?:后续|下半年|明年|今后|以后|接下来|下季度|下一步)?\s*(?:希望|建议|期待|期望|需要|要多|应该|应当)|希望[他她]"
)
# a verdict with no act in it: a degree word and a quality closing a short sentence ("做事很细心", "挺能扛事的")
_VERDICT_ZH = re.compile(
    r"^[^\d，,]{0,12}(?:很|挺|非常|比较|特别|十分|相当|还算|一直很|也很|都很)[^\d，,了过]{1,6}的?$"
)
_VERDICT_EN = re.compile(  # a fragment or a copula with a quality and no act: "Otherwise solid.", "One of the strongest …"
    r"^\s*(?:otherwise\s+|overall\s+|honestly\s+)?(?:(?:solid|good|great|strong|fine|excellent|decent|"
    r"reliable|one of the \w+est)\b[^.]*|(?:\w+\s+){1,3}(?:is|are|'s|remains|was)\s+(?:still\s+|really\s+|"
    r"very\s+|quite\s+)?(?:a\s+)?(?:weak|strong|excellent|good|great|calm|solid|poor|fine)\b[^,;]*)$",
    re.I,
)


def only_asks_or_judges(sentence: str, zh: bool) -> bool:
    """A sentence that asks for something to come ("She could delegate more", "希望明年多带新人") or gives a
    verdict with no act in it ("Otherwise solid.", "做事很细心"): no observation, so no statement."""
    body = sentence.strip().rstrip("。.!！")
    return bool(
        (_WISH_ZH if zh else _WISH_EN).search(body)
        or (_VERDICT_ZH if zh else _VERDICT_EN).match(body)
        or (not zh and _RESTATED_EN.fullmatch(body))
    )


# the act's own timing or size said again, and nothing more: "That was 3 days late.", "That is 2 weeks after the
# deadline.", "That is about 3 weeks of work for her." (not "That was 2 hours less downtime …": an effect)
_RESTATED_EN = re.compile(
    r"\s*(?:that|this|it)(?:['’]s| is| was)\s+(?:roughly|about|around|nearly|almost|over|some|another|an extra|a full)?\s*"
    r"(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half a|a couple of)\s+(?:working\s+|business\s+|full\s+)?"
    r"(?:days?|weeks?|hours?|hrs?|months?|minutes?|mins?|years?)\s+(?:late|early|ago|overdue|behind|too late|"
    r"(?:after|before|past) (?:the|our|its|his|her) (?:\w+\s+)?(?:deadline|cut-?off|due date)|"
    r"of (?:work|effort|prep|preparation) for (?:her|him|them))",
    re.I,
)


def managers_aside(body: str, zh: bool) -> re.Match[str] | None:
    """The manager's opinion or plan closing a sentence ("…, and my worry is …", "…，后面我会再跟一下"): neither the
    act nor its effect."""
    return (_PLAN_TAIL_ZH if zh else _VIEW_TAIL_EN).search(body)


# the manager's opinion or plan at the end of a sentence: neither the act nor its effect
_VIEW_TAIL_EN = re.compile(
    r"[,;]\s*(?:and\s+)?(?:my|our)\s+(?:own\s+|main\s+|only\s+|big\s+)?(?:worry|worries|hope|sense|view|guess|feeling|concern|"
    r"take|fear|bet|instinct|gut|opinion|impression|thinking|plan|suggestion|advice|recommendation)\s+(?:is|was)\b.*$|"
    r"[,;]\s*(?:and\s+|but\s+|so\s+)?i(?:\s+(?:do\s+|still\s+)?(?:worry|fear|plan|intend)\b|"
    r"(?:\s+am|['’]m)\s+(?:worried|concerned)\b|(?:\s+will|['’]ll)\s+(?:follow|raise|bring|"
    r"revisit|check|pick|talk|discuss)\b).*$",
    re.I,
)
_PLAN_TAIL_ZH = re.compile(
    r"[，,]\s*后面(?:我|要(?![返重补赔退])|还要|需要(?![返重补赔退])|得(?![返重补赔退])|再|会)[^，,。；;]*$"
    r"|[，,]\s*回头(?:我|再(?!也)|会)[^，,。；;]*$|[，,]\s*我(?:打算|准备|计划|担心|有点担心|比较担心|会再|回头)[^。；;]*$"
)
