"""The lines of a manager's notes that observe nothing: a greeting or a sign-off, what the notes are and for whom, the
person and their role, a section's title. Pure functions over one line."""

from __future__ import annotations

import re

from assistant.coaching.sbi_parts import _ACT_EN

# the lines around the notes that observe nothing: a greeting or sign-off ("Hi Megan,", "Dear Fatima, some input
# for Arjun's mid-year.", "Thanks po", "pls add both"), what the note is for ("re: tom for the review", "ok so for
# luis"), the person and their role ("Jonas (project eng.)", "Sam K. — Producer II", "【校准备注】王磊"), a numbered
# section's title ("二、待改善")
_PREAMBLE_EN = re.compile(
    r"^(?:(?:hi|hello|hey|dear|morning|afternoon|evening)\b(?!-)(?:[^.!?]{0,40}?(?:[,—–-]|\s+(?=quick\b))\s*"
    r"(?:(?:some|a few|quick|my|brief)\s+)*(?:notes?|input|thoughts|comments|points|one)\b[^.!?]{0,60}|[^.!?]{0,40})"
    r"|(?:re|fyi|subject|ok so|okay so|quick (?:one|note)|notes?)\b[:\s]+(?:[\w'’.-]+\s+){0,3}?(?:for|on|about|re)\s+"
    r"(?:the\s+|his\s+|her\s+)?[\w'’.-]+(?:\s+(?:review|file|mid-?year|quarterly|appraisal|probation|calibration|"
    r"year-?end|1:1|check-?in|eval\w*|notes?))?"
    r"|(?:thanks|thank you|thx|cheers|regards|best(?=\s+regards|\s+wishes|\s*,?\s*$)|pls|please)\b(?:[\s,]+[\w'’!.-]+){0,3}"
    r"|(?:strengths|achievements|key achievements|areas (?:to|for) (?:develop|development|improvement)|development areas|"
    r"what went well|even better if|next steps|highlights|lowlights|concerns)"
    r")\s*[.,:!]?\s*$",
    re.I,
)
# what the lines are, for whom: "Adding context for Priyanka's mid-year.", "As requested, my inputs on Sandeep for the
# annual review.", "re: Joost"
_ABOUT_EN = re.compile(
    r"^(?:as requested,?\s+)?(?:adding\s+)?(?:some\s+|my\s+|a few\s+|quick\s+)?(?:context|inputs?|notes?|thoughts|comments|feedback)\s+"
    r"(?:for|on|about|re)\s+[\w'’.-]+(?:\s+(?:for\s+)?(?:the\s+|his\s+|her\s+)?(?:mid-?year|review|file|annual review|appraisal|"
    r"probation(?: review)?|calibration|quarterly|year-?end(?: review)?|1:1|check-?in|eval\w*))?\s*[.:]?\s*$"
    r"|^re\b[:\s]+[\w'’.-]+\s*$",
    re.I,
)
_NAME_ROLE_EN = re.compile(  # a name, then a dash or brackets with the role; no act and no figure in it
    r"^(?:(?:[\w'’.-]+\s+){0,2}?[–—-]\s+)?(?:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?|[a-z][a-z'’-]+)(?:\s+[A-Z]\.?)?\.?"
    r"(?:(?:\s[-–—]\s|[–—])\s*[^.;:!?]{2,40}?(?:\.?\s*\([^)]{2,40}\))?|\s*\([^)]{2,40}\)|,\s+[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3}?)"
    r"(?:\s*[-–—]?\s*(?:notes?|prep))?\s*\.?\s*$"
)
# (a two- or three-word name: a heading "Timekeeping — late three times" or "Escalated — …" is no name)
_NAME_LIKE_ACT = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z]*(?:ing|ed)\b(?=\s*(?:[-–—(,]|$))")
_PREAMBLE_ZH = re.compile(
    r"^(?:【[^】]{1,12}】\s*(?:[\u4e00-\u9fff]{2,3}|[A-Za-z]+)?|(?:re|回复|关于)[:：\s]\s*[^，。；,;]{1,20}|[一二三四五六七八九十]{1,2}、"
    r"[^，。；,;]{0,4}(?:绩效|業績|业绩|亮点|亮點|不足|待改进|待改善|改进|改善|评语|評語|总评|總評|评价|意见|意見|优点|缺点|建议|"
    r"总结|表现|表現)|(?:谢谢|多谢|辛苦了?|麻烦了?)[！!。]?)\s*$",
    re.I,
)


def preamble(line: str, zh: bool) -> bool:
    """A line that greets, signs off, names whom the notes are about or titles a section: no observation."""
    line = line.strip()
    if zh:
        return bool(_PREAMBLE_ZH.match(line))
    plain = re.sub(r"\b(?:1:1|1on1)\b", "", line)  # "1:1 prep — Candy"
    # a name that looks like a verb is none ("Wei Ling — ops exec", "Ted (SRE)")
    unnamed = _NAME_LIKE_ACT.sub("", line)
    return _ABOUT_EN.match(line) is not None or (
        (bool(_PREAMBLE_EN.match(line)) or (len(line.split()) <= 9 and bool(_NAME_ROLE_EN.match(plain))))
        and not _ACT_EN.search(unnamed)
        and not re.search(r"\d", plain)
    )
