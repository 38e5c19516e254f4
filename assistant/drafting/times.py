"""Times of day as people write them: "18:00", "6:30 pm", "8.45 am", "下午6点", "6点半", "八点三刻", "noon",
"eleven in the morning", "half past two", "a quarter to nine", "1430hrs", and ranges whose ends share their half of the
day ("下午2时至5时半", "2–5 p.m."). Values in minutes after midnight."""

from __future__ import annotations

import re

from assistant.drafting.mention import ZH_N as _ZH_N
from assistant.drafting.mention import Mention
from assistant.drafting.mention import int_of as _int
from assistant.i18n.numerals import EN_NUMBER_PATTERN, en_number

_TIME_PATTERNS = (
    re.compile(
        r"(?<![\d:.])([01]?\d|2[0-3])(?:[:：]|\.(?=[0-5]\d\s*[ap]\.?m\b))([0-5]\d)(?![\d:])(?:\s*([ap])\.?m\.?\b)?",
        re.I,
    ),  # "18:00", "6:30 pm", "8.45 am"
    re.compile(r"(?<![\d:.])(1[0-2]|0?[1-9])\s*([ap])\.?m\.?(?![a-z])", re.I),
    re.compile(
        rf"(?:(上午|早上|中午|下午|傍晚|晚上|晚(?={_ZH_N}|\d))\s*)?({_ZH_N})\s*[点时](?:\s*({_ZH_N})\s*分|(半)|([一三])刻|(整))?"
    ),
    re.compile(r"\b(noon|midday|midnight)\b", re.I),  # "at noon": 12:00
    # "eleven in the morning", "half past two", "a quarter to 9 pm", "3 o'clock": an hour in words or digits
    re.compile(
        rf"(?:\b(half|(?:a\s+)?quarter)\s+(past|to)\s+)?(\d{{1,2}}\b|{EN_NUMBER_PATTERN})(\s+o['’]clock)?"
        r"(?:\s+(?:in\s+the\s+(morning|afternoon|evening)|(at\s+night)|([ap])\.?m\.?(?![a-z])))?",
        re.I,
    ),
)
_QUARTERS = {"一": 15, "三": 45}
# "2–5 p.m.", "9 to 11.30 am", "12.30 to 1.15 pm", "between 8 and 10 am": an hour starting a range whose end says
# its half of the day
_RANGE_START = re.compile(
    r"(?<![\d:.])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?"
    r"(?=\s*(?:-|–|—|to|(?<=\bbetween \d)\s+and|(?<=\bbetween \d\d)\s+and|(?<=\bbetween \d[:.]\d\d)\s+and|"
    r"(?<=\bbetween \d\d[:.]\d\d)\s+and)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b)",
    re.I,
)
# "1430hrs", "0900 h", and the start of "1430 to 1630 hrs"
_MILITARY = re.compile(
    r"(?<![\d:.])([01]\d|2[0-3])([0-5]\d)"
    r"(?:\s?(?:hrs?|h)\b(?!\s+of\b)|(?=\s*(?:-|–|to)\s*(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|h)\b))",  # not "2000 hrs of"
    re.I,
)
_ZH_RANGE_END = re.compile(r"[点时半分刻]\s*(?:至|到|-|–|~|～)\s*$")


def times(text: str) -> list[Mention]:
    out = []
    for i, pat in enumerate(_TIME_PATTERNS):
        for m in pat.finditer(text):
            if i == 0:
                hour, minute, half = int(m[1]), int(m[2]), (m[3] or "").lower()
            elif i == 1:
                hour, minute, half = int(m[1]), 0, m[2].lower()
            elif i == 3:
                hour, minute, half = (0 if m[1].lower() == "midnight" else 12), 0, ""
            elif i == 4:
                if not (m[1] or m[4] or m[5] or m[6] or m[7]) or (found := _in_words(m)) is None:
                    continue  # an hour needs "past"/"to", "o'clock" or the part of the day: "eleven managers"
                hour, minute, half = found
            else:
                minute = (_int(m[3]) or 0) if m[3] else 30 if m[4] else _QUARTERS[m[5]] if m[5] else 0
                hour = _int(m[2]) or 0
                half = "p" if m[1] in ("下午", "傍晚", "晚上", "晚") or (m[1] == "中午" and hour < 3) else ""
                bare = not _names_its_time(m)
                if hour > 24 or minute > 59 or (bare and not _follows_a_time(text, m.start())):
                    continue  # "三点建议" is not a time; a bare Chinese numeral needs 上午/下午, minutes, or to
                    # follow a time in its sentence ("一点半至四点", "九点开始，十一点结束")
            if half == "p" and hour < 12:
                hour += 12
            if half == "a" and hour == 12:
                hour = 0
            out.append(Mention("time", m.start(), m.end(), hour * 60 + minute, m.group()))
    out += [
        Mention("time", m.start(), m.end(), int(m[1]) * 60 + int(m[2] or 0), m.group())
        for m in (*_RANGE_START.finditer(text), *_MILITARY.finditer(text))
    ]
    kept: list[Mention] = []
    for t in sorted(out, key=lambda m: (m.start, -m.end)):  # "2 pm" inside "half past 2 pm" is not a time
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return _sentence_keeps_period(text, _ranges_share_period(text, kept))


def _in_words(m: re.Match[str]) -> tuple[int, int, str] | None:
    """(hour, minute, half of the day) of an hour said in words, or None when it is not an hour of the clock."""
    hour_f = float(m[3]) if m[3].isdigit() else en_number(m[3])
    if hour_f is None or not 1 <= hour_f <= 12 or hour_f != int(hour_f):
        return None
    hour, minute = int(hour_f), 0
    if m[1]:
        minute = 30 if m[1].lower() == "half" else 15
        if m[2].lower() == "to":
            if minute == 30:
                return None  # "half to" is no English time
            hour, minute = hour - 1 or 12, 45
    half = "a" if m[5] and m[5].lower() == "morning" else "p" if m[5] or m[6] else (m[7] or "").lower()
    return hour, minute, half


# what follows a clock time in a schedule, unlike the "点" of "三点建议" or "提了三点。"
_SCHEDULED = re.compile(
    r"\s*(?:正式|准时)?(?:开始|结束|截止|开会|出发|集合|签到|入场|开场|散会|前|之前|以前|后|之后|以后|到|至)"
)
_SENTENCE_ENDS = "。！？!?\n"
# a later day named between two times: the second keeps no afternoon of the first ("下午3点截止，次日9点公布")
_ANOTHER_DAY = re.compile(
    r"次日|第二天|翌日|隔天|明天|后天|下周|下星期|星期[一二三四五六日天]|周[一二三四五六日天]"
)
_DIGIT_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:])")


def _follows_a_time(text: str, pos: int) -> bool:
    if _ZH_RANGE_END.search(text, 0, pos):
        return True
    start = max(text.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1
    return bool(_SCHEDULED.match(text, _TIME_PATTERNS[2].match(text, pos).end())) and (
        _DIGIT_CLOCK.search(text, start, pos) is not None
        or any(_names_its_time(m) for m in _TIME_PATTERNS[2].finditer(text, start, pos))
    )


def _names_its_time(m: re.Match[str]) -> bool:
    """A Chinese clock time that says which one it is: its half of the day, minutes, 半, a quarter, 整 or digits
    ("三点" alone may be three points)."""
    return bool(m[1] or m[3] or m[4] or m[5] or m[6] or m[2].isdigit())


_ZH_AFTERNOON = re.compile(r"下午|傍晚|晚")
_TIME_DASH = re.compile(r"\s*(?:-|–|—|~|～|to|至|到)\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)  # "between 2 and 5 pm": "and" joins the two ends of a range


def _ranges_share_period(text: str, times: list[Mention]) -> list[Mention]:
    """ "下午2时至5时半" ends at 17:30 and "2:00–5:30 p.m." starts at 14:00: the two ends of a time range are
    in the same half of the day when only one of them says which."""
    out = list(times)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        joined = _TIME_DASH.search(text[a.end : b.start]) or (
            text[a.end : b.start].strip().lower() == "and" and _BETWEEN.search(text, 0, a.start)
        )
        if not joined or b.start - a.end > 5:
            continue
        pm_a = _ZH_AFTERNOON.match(a.text) or re.search(r"p\.?m", a.text, re.I) or a.value >= 12 * 60
        pm_b = _ZH_AFTERNOON.match(b.text) or re.search(r"p\.?m", b.text, re.I)
        said_a = pm_a or re.match(r"(上午|早上|中午)", a.text) or re.search(r"[ap]\.?m", a.text, re.I)
        said_b = pm_b or re.match(r"(上午|早上|中午)", b.text) or re.search(r"[ap]\.?m", b.text, re.I)
        if pm_a and not said_b and b.value < 12 * 60 and b.value + 720 > a.value:
            out[i + 1] = Mention("time", b.start, b.end, b.value + 720, b.text)
        elif pm_b and not said_a and a.value < 12 * 60 and a.value + 720 <= b.value:
            out[i] = Mention("time", a.start, a.end, a.value + 720, a.text)
    return out


_ZH_CLOCK = re.compile(rf"{_ZH_N}\s*[点时]")


def _sentence_keeps_period(text: str, times: list[Mention]) -> list[Mention]:
    """ "下午一点半签到；两点整开始，五点半结束": a Chinese clock time that names no half of the day keeps the
    afternoon of the time before it in the same sentence, when that makes it the later one."""
    out = list(times)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            _ZH_CLOCK.match(b.text)
            and b.value < 12 * 60
            and (_ZH_AFTERNOON.match(a.text) or a.value >= 13 * 60)
            and not any(c in _SENTENCE_ENDS for c in text[a.end : b.start])
            and not _ANOTHER_DAY.search(text, a.end, b.start)
            and a.value <= b.value + 720 < 24 * 60
        ):
            out[i] = Mention("time", b.start, b.end, b.value + 720, b.text)
    return out
