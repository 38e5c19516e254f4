"""Whether a judgement in a manager's notes is denied: a negator just before it ("not lazy at all", "并不是不主动"), or
others' view that the manager goes on to refute. Pure functions over ``lexicon.tokenize`` tokens (asked by
``wording.flag_notes``)."""

from __future__ import annotations

import re

from assistant.coaching.lexicon import Token, any_at, sentence

_DOUBT = frozenset(["sure", "convinced", "certain"])
# "no doubt he's lazy", "there's no denying she is arrogant": the negator denies the doubt, not the fault
_AFFIRMING = frozenset(["doubt", "doubting", "denying", "question", "wonder"])
# others' view, said before the words ("Some people assume", "有人觉得"), and the words that refute it after
_OTHERS_VIEW = re.compile(
    r"\b(?:some(?:one| people| folks)?|people|others|colleagues|peers|many|everyone|a few)\b[^.;!?]{0,40}?"
    r"\b(?:think|thinks|thought|assume|assumes|assumed|say|says|said|believe|believes|see|saw|call|called|find|"
    r"found|consider|considered|read|mistake|mistook)\b|有人|别人|大家(?:都)?(?:觉得|认为|说)|看起来|以为",
    re.I,
)
_REFUTING = re.compile(
    r"\bat all\b|\bactually\b|\bin fact\b|\bin reality\b|其实|实际上|事实上|一点也不|一点都不|根本不", re.I
)


def negated(
    tokens: list[Token], i: int, negators: set[tuple[str, ...]], text: str, doubt_ok: bool = False
) -> bool:
    """A negator just before token ``i`` in the same clause: "not lazy at all", "并不是不主动"; with ``doubt_ok``
    a doubt voiced about a quality ("not sure he's got the hunger", "not convinced she's the right fit") is no
    denial (a doubt about a fault is one: "not sure he's lazy")."""
    for j in range(max(0, i - 3), i):
        if (
            any_at(tokens, j, negators)
            and not re.search(r"[,，;；.。]", text[tokens[j].end : tokens[i].start])
            and not (doubt_ok and j + 1 < i and tokens[j + 1].text.lower() in _DOUBT)
            and not (j + 1 < i and tokens[j + 1].text.lower() in _AFFIRMING)
        ):
            return True
    return False


def refuted_later(
    tokens: list[Token], text: str, start: int, stop: int, negators: set[tuple[str, ...]]
) -> bool:
    """A view of others the manager goes on to refute: the words are said after "some people think …" (有人觉得…)
    and come back negated, with "at all", "actually" or 其实, in a later sentence ("Some people assume he is
    disengaged …; he is not disengaged at all", "有人觉得她不主动，其实她并不是不主动"); a negation said of
    someone else ("Tom is arrogant. Priya is not arrogant at all") refutes nothing."""
    if not _OTHERS_VIEW.search(text, sentence(text, start, stop)[0], start):
        return False
    said, lower = text[start:stop].lower(), text.lower()
    at = lower.find(said, stop)
    while at >= 0:
        j = next((k for k, t in enumerate(tokens) if t.start == at), None)
        if (
            j is not None
            and negated(tokens, j, negators, text)
            and _REFUTING.search(text, *sentence(text, at, at))
        ):
            return True
        at = lower.find(said, at + 1)
    return False
