"""A percentage written as a fraction or a multiple: 25% is "a quarter" or "四分之一", 75% "three-quarters",
50% "half" or "一半", 150% "1.5 times", "一点五倍", "一倍半" or "one and a half times", 200% "double", "doubled", "双倍" or pay "加倍" (工资加倍, 加倍发放; not 加倍注意), 100% of pay
"full pay", "paid in full", "fully funded", "全薪", "全额给付" or "全额承担"; a discount in 折 (七折 is 70% of the
price and 30% off), nothing as "zero" or "nil" of a share ("a zero multiplier" is 0%), a score out of a maximum ("80分（满分100分）", "40 out of 50"), a count of a group ("one in
five"), cents on the dollar ("50 cents for every dollar"), a decimal of one (an OKR score of "0.7"), "time and a half" for 150%. Only exact values count:
"a third" is no percentage a brief states."""

from __future__ import annotations

import re

from assistant.i18n.numerals import EN_NUMBER_PATTERN, ZH_NUMERAL_CHARS, number

_ZH_N = f"[{ZH_NUMERAL_CHARS}]+"
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
                 "twelfth": 12, "twelfths": 12}  # fmt: skip
_EN_FRACTION = re.compile(
    rf"(?<![A-Za-z])(?:(an?|one|{EN_NUMBER_PATTERN})[\s-]+(?:(?:extra|additional|further)\s+(?=\w+\s+of\b))?)?"
    rf"({'|'.join(_DENOMINATORS)})(?![A-Za-z])"
    r"(?!\s+(?:of\s+)?(?:an?\s+)?(?:hour|day|year|month|week)|\s+times)",
    re.I,
)
_DIGIT_FRACTION = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,3})(?=\s*[)）]?\s*of\b)")  # "1/12 of …"
_ZH_FRACTION = re.compile(rf"({_ZH_N}|\d+)\s*分之\s*({_ZH_N}|\d+)|(一半|半数|折半|减半)")
_MULTIPLE = re.compile(
    rf"(\d+(?:\.\d+)?|{_ZH_N}(?:[点點]{_ZH_N})?|(?i:{EN_NUMBER_PATTERN})(?:\s+and\s+a\s+half)?)\s*"
    rf"(?:倍(半)?|(?i:times\b(?!\s+(?:a|an|per|each|every)\b)|x\b|×))|(双倍|雙倍|(?<=[资資薪费費金贴貼酬])加倍|加倍(?=[发發支计計给給])|(?i:\bdoubled?\b|\btriple\b|\btwofold\b|\bthreefold\b))"
)  # "一倍半" is one and a half times
_WORD_MULTIPLES = {"双倍": 2.0, "雙倍": 2.0, "加倍": 2.0, "double": 2.0, "doubled": 2.0, "twofold": 2.0,
                   "triple": 3.0, "threefold": 3.0}  # fmt: skip
_TIME_AND_A_HALF = re.compile(r"(?i:\btime[- ]and[- ]a[- ]half\b)")  # overtime at 150% of the hourly rate
# pay in full or by half: "at full pay", "paid in full", "pays the full cost", "half the cost", "全薪", "薪資照給"
# (pay goes on as usual), "半薪"
_PAY_SHARE = re.compile(
    r"(?i:\b(full|half)[- ](?:pay|salary|wages?)\b|\b(?:paid|pay|reimbursed|covered|borne) in (full)\b|"
    r"\b(full)y (?:paid|funded|covered|reimbursed|sponsored|subsidi[sz]ed|borne)\b|\b(?:the )?(full|half) (?:the )?cost\b(?! per))|"
    r"(全薪|全[额額](?:工资|薪资|薪水|發放|发放|给付|給付|支付|计发|计薪|承担|承擔|负担|負擔|报销|報銷|资助|資助|补贴|補貼)|半薪"
    r"|(?:薪[资資]|工[资資]|薪水|薪酬)(?:照[给給付发發支计計]|照常[发發]放|照常支付))"
)
_ZH_DIGIT = "一二三四五六七八九"
_DISCOUNT = re.compile(rf"(?<![{_ZH_DIGIT}\d])([{_ZH_DIGIT}1-9])([{_ZH_DIGIT}1-9])?\s*折")
_OUT_OF = re.compile(
    r"(\d+(?:\.\d+)?)\s*分?\s*[（(]\s*满分\s*(\d+)\s*分?\s*[)）]|(?i:(\d+(?:\.\d+)?)\s+out\s+of\s+(\d+)\b)"
)
# a share as a count of a group: "one in five employees", "3 out of every 10"
_ONE_IN = re.compile(
    rf"(?i:(?<![\w.])({EN_NUMBER_PATTERN}|\d+)\s+(?:in\s+(?:every\s+)?|out\s+of\s+every\s+)({EN_NUMBER_PATTERN}|\d+)\b"
    r"(?!\s*(?:%|percent|per cent|points?|marks?|days?|hours?|minutes?|months?|years?)))"
)
# a share as a decimal of one, as OKR scores are ("达到0.7分", "a score of 0.7"): never a quantity of a unit
_DECIMAL_SHARE = re.compile(
    r"(?<![\d.,$¥€£])0\.(\d{1,2})(?![\d.,])(?!\s*(?:[%％‰倍天日月年周週个個时時元万亿]|小时|分钟|(?i:(?:times|x|days?|d|"
    r"hours?|hrs?|h|minutes?|mins?|months?|years?|yrs?|weeks?|wks?|km|kg|g|m|cm|mm|gb|mb|tb|k|bn|million|billion|"
    r"fte|pp|percent|per cent)\b)))"
)
_NONE = re.compile(  # "a zero multiplier", "nil bonus": none of a share (not "zero flexibility", "zero-based")
    r"(?i:\b(?:zero|nil)\s+(?:bonus|multiplier|payout|pay-?out|increase|increment|raise|rise|coefficient|factor|award|"
    r"allowance|rate|per\s*cent|percent)\b)"
)
_CENTS = re.compile(r"(?i:\b(\d{1,2})\s*(?:cents|¢)\s+(?:for|on|per)\s+(?:every|each|the)\s+dollar\b)")


def _number(word: str) -> float | None:
    """A number in any numeral, "a"/"an" for one and "… and a half" ("one and a half")."""
    if word.lower() in ("a", "an"):
        return 1.0
    half = re.search(r"\s+and\s+a\s+half$", word, re.I)
    base = number(word[: half.start()] if half else word)
    return None if base is None else base + (0.5 if half else 0.0)


def _digit(ch: str) -> int:
    return int(ch) if ch.isdigit() else _ZH_DIGIT.index(ch) + 1


def proportions(text: str) -> list[float]:
    """The percentages ``text`` states as fractions or multiples."""
    out = [150.0 for _ in _TIME_AND_A_HALF.finditer(text)]
    text = _TIME_AND_A_HALF.sub(lambda m: " " * len(m.group()), text)  # its "a half" is no 50%
    for m in _EN_FRACTION.finditer(text):
        if not m[1] and m[2].lower() != "half":
            continue  # "the second quarter" is a period; "a quarter", "three quarters", "half" are shares
        n = _number(m[1]) if m[1] else 1.0
        if n is not None:
            out.append(100 * n / _DENOMINATORS[m[2].lower()])
    out += [100 * int(m[1]) / int(m[2]) for m in _DIGIT_FRACTION.finditer(text) if int(m[2])]
    for m in _ZH_FRACTION.finditer(text):
        if m[3]:
            out.append(50.0)
            continue
        den, num = _number(m[1]), _number(m[2])
        if den and num is not None:
            out.append(100 * num / den)
    for m in _PAY_SHARE.finditer(text):
        full = (
            (m[1] or "").lower() == "full"
            or m[2]
            or m[3]
            or (m[4] or "").lower() == "full"
            or (m[5] is not None and not m[5].startswith("半"))
        )
        out.append(100.0 if full else 50.0)
    for m in _DISCOUNT.finditer(text):  # 七折: 70% of the price, 30% off; 八五折: 85%, 15% off
        share = 10 * _digit(m[1]) + (_digit(m[2]) if m[2] else 0)
        out += [float(share), float(100 - share)]
    for m in _OUT_OF.finditer(text):
        got, top = (m[1], m[2]) if m[1] else (m[3], m[4])
        if float(top) > 0:
            out.append(100 * float(got) / float(top))
    out += [float(m[1]) for m in _CENTS.finditer(text)]
    out += [0.0 for _ in _NONE.finditer(text)]
    out += [float(f"{m[1]:0<2}") for m in _DECIMAL_SHARE.finditer(text)]
    for m in _ONE_IN.finditer(text):
        part, whole = number(m[1]), number(m[2])
        if part is not None and whole and part < whole:
            out.append(100 * part / whole)
    for m in _MULTIPLE.finditer(text):
        k = _WORD_MULTIPLES.get(m[3].lower()) if m[3] else _number(m[1])
        if k is not None:
            out.append(100 * (k + (0.5 if m[2] else 0)))
    return out


# the whole of something paid, delivered or met, said in words: "delivered in full", "全额报销", "承诺型应全部达成"
# (not any "fully" or "in full": "fully remote", "read the plan in full")
_WHOLE = re.compile(
    r"\b(?:paid|delivered|reimbursed|refunded|covered|met|achieved|completed|settled|funded|honou?red)\s+in\s+full\b"
    r"|\bfully\s+(?:paid|delivered|reimbursed|refunded|covered|met|achieved|completed|funded)\b"
    r"|\b(?:one hundred|a hundred) per ?cent\b|百分之百|百分百|全额(?:报销|支付|发放|承担|退还|缴纳)|足额(?:发放|支付|缴纳)"
    r"|全部(?:达成|完成|实现|兑现|报销|发放|支付)(?=\s*(?:[，,。；;！!]|$))",  # (not 全部完成培训后)
    re.I,
)
_CLAUSE = re.compile(r"[^,;.，；。！？!?\n]*")


def same_proportion(percent: float, text: str) -> bool:
    """``text`` states ``percent`` as a fraction or a multiple, or 100% as the whole ("paid in full", "全额报销") in a
    clause that gives no other share ("…is 80%; paid in full on exit" does not carry a 100% payout)."""
    if any(abs(p - percent) < 1e-6 for p in proportions(text)):
        return True
    if abs(percent - 100) >= 1e-6:
        return False
    for m in _WHOLE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ",;.，；。！？!?\n") + 1
        end = _CLAUSE.match(text, m.end()).end()  # (it always matches: the clause may be empty)
        if not re.search(r"\d\s*%|百分之|[一二两三四五六七八九]成", text[start:end]):
            return True
    return False


def opening_share(text: str) -> float | None:
    """The percentage a brief's value opens with as a fraction of something ("1/12 of annual basic salary",
    "三分之一的名额", "one-third of the fee"); None when it does not open with one ("a quarter-end bonus", "12/31
    of each year" is a date)."""
    text = text.strip()
    if (m := _DIGIT_FRACTION.match(text)) and 2 <= int(m[2]) <= 12 and int(m[1]) < int(m[2]):
        return 100 * int(m[1]) / int(m[2])
    if (m := _ZH_FRACTION.match(text)) and not m[3] and re.match(r"\s*的", text[m.end() :]):
        den, num = _number(m[1]), _number(m[2])
        return 100 * num / den if den and num is not None else None
    if (m := _EN_FRACTION.match(text)) and m[1] and re.match(r"\s+of\b", text[m.end() :], re.I):
        n = _number(m[1])
        return None if n is None else 100 * n / _DENOMINATORS[m[2].lower()]
    return None
