"""Numbers written as words, in Chinese ("一千二百四十八", "两", "十五") and English ("four", "twenty"): the one
table both the OKR parser and the drafting checker read."""

from __future__ import annotations

import re

ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_TENS = {
    "廿": "二十",
    "卅": "三十",
}  # twenty and thirty in one character: 廿二日 (the 22nd), in Hong Kong and Taiwan dates
ZH_NUMERAL_CHARS = "".join([*ZH_DIGITS, *_ZH_UNITS, *_ZH_BIG, *_ZH_TENS])

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}  # fmt: skip
EN_NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_EN_UNITS)},
    **_EN_TENS,
    "nil": 0,
    "nought": 0,
}


def zh_number(text: str) -> float | None:
    """The value of a number in Chinese numerals ("一千二百四十八" -> 1248, "十五" -> 15, "廿二" -> 22, "三万" -> 30000),
    None if ``text`` is not one."""
    if not text or any(ch not in ZH_NUMERAL_CHARS for ch in text):
        return None
    if any(ch in _ZH_TENS for ch in text):  # only as a number's first character: 廿二, 卅一 (not 一廿二)
        if not re.fullmatch(r"[廿卅][一二三四五六七八九]?", text):
            return None
        text = _ZH_TENS[text[0]] + text[1:]
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch] if digit is None else digit * 10 + ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            section += (1 if digit is None else digit) * _ZH_UNITS[ch]
            digit = None
        elif _ZH_BIG[ch] < total:  # 万 after 亿 ("三亿五千万"): only the part since 亿 is in 万
            total += (section + (digit or 0)) * _ZH_BIG[ch]
            section, digit = 0, None
        else:
            total = (total + section + (digit or 0)) * _ZH_BIG[ch]
            section, digit = 0, None
    return float(total + section + (digit or 0))


_EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
# "sixty-two", "one hundred and five", "two thousand three hundred": number words joined by spaces or hyphens
EN_NUMBER_PATTERN = rf"\b(?:{_EN_WORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{_EN_WORD}|hundred|thousand|million)\b)*"


def en_number(text: str) -> float | None:
    """The value of a number in English words ("Sixty-two" -> 62, "one hundred and five" -> 105), None when
    the words do not make one number ("five six")."""
    total, current, last = 0, 0, ""
    for word in text.casefold().replace("-", " ").split():
        if word == "and":
            if last not in _EN_SCALES:
                return None
            continue
        if word in _EN_SCALES:
            if (last in _EN_SCALES and _EN_SCALES[last] > _EN_SCALES[word]) or not last:
                return None
            current = max(current, 1) * _EN_SCALES[word]
            if _EN_SCALES[word] >= 1000:
                total, current = total + current, 0
        elif word in EN_NUMBER_WORDS:
            value = EN_NUMBER_WORDS[word]
            if last in EN_NUMBER_WORDS and not (EN_NUMBER_WORDS[last] >= 20 and 0 < value < 10
                                                and EN_NUMBER_WORDS[last] % 10 == 0):  # fmt: skip
                return None  # "five six"; but "sixty two"
            current += value
        else:
            return None
        last = word
    return float(total + current) if last else None


def number(word: str) -> float | None:
    """The value of one number in digits ("1.5"), Chinese numerals with an optional decimal part ("一点五",
    "十二點五") or English words ("sixty-two"); None when ``word`` is none of these or absurdly long."""
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    whole, _, decimals = word.replace("點", "点").partition("点")
    try:
        if whole and whole[0] in ZH_NUMERAL_CHARS:
            base, digits = zh_number(whole), [ZH_DIGITS.get(ch) for ch in decimals]
            if base is None or None in digits:
                return None
            return base + sum(d * 10 ** -(i + 1) for i, d in enumerate(digits))  # type: ignore[operator]
        return en_number(word)
    except OverflowError:  # a numeral of hundreds of characters
        return None
