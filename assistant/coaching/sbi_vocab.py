"""The words a situation is told by: months, days, the nouns of an occasion, times and holidays; the past
tenses without -ed that follow the report's name; and the words an effect is told by: verbs in the past, verbs
of making, and the clauses that state a consequence. Shared by assistant/coaching/sbi_parts.py,
assistant/coaching/sbi_impact.py and the modules they read occasions and effects with."""

from __future__ import annotations

import re

_MONTHS = (  # a month's name or its abbreviation, not a word that starts like one ("market", "junior", "decide")
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# a day's name or its abbreviation, not a name that starts like one ("Sunil", "Satish", "Monica")
_DAYS = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?"
# nouns of an occasion: what a situation's phrase ends with
_OCCASION = (
    r"(?:(?:inventory|stock|cycle|physical) count|dinner|lunch|breakfast|gala|ceremony|banquet|meeting|review|call|demo|launch|release|sprint|retro|retrospective|standup|stand-up|workshop|offsite|"
    r"incident|outage|close|freeze|cutover|rollout|migration|handover|shift|summit|visit|audit|exercise|drill|"
    r"presentation|session|interview|crits?|all-hands|town hall|kickoff|kick-off|negotiation|pitch|evening|"
    r"morning|afternoon|night|weekend|week|month|quarter|season|peak|rush|service|event|conference|fair|"
    r"inspection|consultation|phase|project|deadline|board|committee|check-in|one-on-one|1:1|walkthrough|"
    r"go-live|onboarding|training|tournament|match|game|period|cycle|busy season|year-end|month-end|"
    r"quarter-end|parents' evening|renewal|deal|escalation|handoff|holidays?|break|half-term|summer|winter|"
    r"spring|autumn|christmas(?: eve)?|easter|new year|eve|trip|tour|flight|strike|prep|preparation|redesign|"
    r"relaunch|revamp|campaign|recall|crisis|storm|stocktake|pilot|trial|beta|hackathon|induction|"
    r"orientation|placement|proof of concept|roadshow|arbitration|hearing|exams?|mocks|mock exams?|submission|qbr|"
    r"offsite|conference|showcase|expo|war room|change|changeover|reorg|restructure|merger|relocation|refit|upgrade|shutdown|surge|"
    r"(?<!small )(?<!pep )talk(?! (?:time|track|ratio)s?\b)|keynote)s?"
)
_TIME = (
    rf"(?:q[1-4]|h[12]|{_MONTHS}(?:\s+\d{{1,2}})?|\d{{1,2}}\s+{_MONTHS}|{_DAYS}(?:\s+(?:morning|afternoon|"
    r"evening|night))?|20\d\d|week\s+\d+|the\s+(?:first|second|third|last)\s+week)"
)
# past tenses without -ed, after the report's name: "Faisal rebuilt …", "Priya split …"
_IRREGULAR_PAST = (
    r"(?:built|wrote|ran|led|made|took|got|set|sent|held|caught|found|kept|brought|spent|drew|gave|put|won|sold|"
    r"taught|spoke|drove|met|stood|shut|cut|did|went|came|saw|paid|hit|began|chose|told|left|sat|lost|broke|"
    r"forgot|felt|knew|dealt)"
)
_ZH_HOLIDAY = (  # a holiday opens a situation only as a lead-in: "春节备货量" is a thing
    r"(?:国庆|春节|中秋|五一|元旦|端午|双十一|双11|双十二|七夕|618|六一八|黑五|开门红)"
)

# a verb in the past: what a sentence about others or things says happened to them (not the report's own act)
PAST = re.compile(
    r"\b(?:\w{3,}ed|was|were|left|made|wrote|got|came|went|took|gave|said|told|sent|kept|fell|rose|grew|hit|"
    r"sold|beat|broke|spent|won|lost|ran|rang|met|dropped|shrank|doubled|halved|spoke|began|quit|withdrew|bought|brought|"
    r"caught|found|felt|heard|held|paid|led|saw|chose|knew|stood|threw|understood|became|overtook|forgot|ate|taken|given|gone|"
    r"done|seen|written|chosen|driven|begun|used)\b",
    re.I,
)
# a verb of making: what a thing made did is the maker's impact ("built a checklist that cut turnaround from 9 days
# to 4"), not what a thing found or missed did ("found the bug that cut conversion from 4% to 2%")
MADE = re.compile(
    r"\b(?:built|wrote|created|designed|introduced|set up|rolled out|launched|automated|rebuilt|rewrote|made|drafted|"
    r"put together|shipped|developed|added|redesigned|implemented|wrote up|scripted)\b",
    re.I,
)
# others who took it up since: "… into a template that two other teams have since reused"
THAT_OTHERS_EN = re.compile(
    r"(?<!\s)\s+(that\s+(?:the\s+new\s+\w+|the\s+whole|the\s+entire|two|three|four|several|many|other|\d+|"
    r"the\s+(?:\w+\s+)?(?:team|teams|group|department|org)\b)\b.+|(?:every|each)\s+\w+\s+(?:now|since)\b.+)$",
    re.I,
)

CONSEQUENCE_EN = re.compile(  # (or what a thing she made moved: "… a checklist that cut KYC turnaround from 9 days to 4")
    r"(?:(?:,|(?<!\s)\s+[—–-]{1,2})\s*(?=(?:lost|losing|cost|costing|wasted|saved|saves|saving|gained|earned|freed|frees)\b)"
    r"|(?<!\s)\s+(?:that|which)\s+(?=(?:cut|reduced|halved|doubled|tripled|lifted|raised|shortened|lowered|increased|"
    r"decreased|brought)\b[^.;]*?(?:\bfrom\b[^.;]*\bto\b|\bby\b)\s*(?:about\s+|around\s+|over\s+)?[\d$£€¥₹]))(.+)$",
    re.I,
)
# harm an act averted, said after it: "Would've been a tear-out.", "That could have cost us the account." (not "could
# have been shorter" nor "could have led with the summary": a critique)
HAVE_AVERTED = r"(?:['’]ve|\s+have)\s+(?:cost|meant|caused|led\s+to|been\s+an?)\b"
AVERTED = r"(?:would|could|might)" + HAVE_AVERTED
