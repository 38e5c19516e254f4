"""Numbers in KR text, Chinese and English: values with multipliers (万, 亿, k, M), currencies and units, and
the spans that only look like numbers (dates, quarters, P0, ISO 27001, v2.0), which are masked first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.i18n.numerals import EN_NUMBER_WORDS, zh_number

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}  # fmt: skip
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}

# Spans that contain digits but are not quantities.
_DATE_PATTERNS = [
    re.compile(r"(?P<y>20\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"),
    re.compile(r"(?P<y>20\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号]|底|末)?"),
    re.compile(r"(?<![\d.])(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*[日号]|底|末)"),
    re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>20\d\d))?", re.I),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\b\.?(?:,?\s+(?P<y>20\d\d))?", re.I
    ),
    re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<y>20\d\d)", re.I),
    re.compile(
        r"(?:end\s+of\s+|EO)?(?:FY\s?(?P<fy>\d{2,4})\s*)?\bQ(?P<q>[1-4])\b(?:\s*(?:FY)?\s*(?P<y>20\d\d|\d{2}))?",
        re.I,
    ),
    re.compile(
        r"(?P<y>20\d\d)\s*年?\s*(?:第?\s*(?P<q>[1-4一二三四])\s*季度|Q(?P<q2>[1-4])|[HＨ][12]|上半年|下半年)",
        re.I,
    ),
    re.compile(
        r"\bFY\s?\d{2,4}\b|\b[HＨ][12]\b|\b(?:19|20)\d\d\b(?!\s*(?:%|万|亿|[kKmM]\b|个|家|人|元|单|次))", re.I
    ),
]
_NOT_QUANTITY = re.compile(
    r"(?<![A-Za-z0-9])(?:[PS][0-4]|L\d{1,2}|G\d|H[12]|T\d)(?![A-Za-z0-9])|\bv\d+(?:\.\d+)*\b|\b(?:ISO|SOC|GB/T|PCI)\s*[-\w.]*\d[\w.]*(?:\s+Type\s+(?:1|2|I{1,2})\b)?|"
    r"\b(?:OKR|API|Web|HTTP|IPv|TLS|Python|Go|Web)\s?\d(?:\.\d+)*\b|\b\d+(?:\.\d+)+\.\d+\b|"
    r"\bG\d\b|\b\d[A-Za-z]+\d\w*\b|\b(?:top|前)\s*\d+\b(?=\s*(?:priorit|项|大))|\bKR\s?\d+(?:\.\d+)?|"
    r"\bO\d+\b|\bRFC\s?\d+|#\d+|\b(?:Tier|Level|Phase|Stage|Sprint|Wave|Gen)\s?\d+\b|\b\d+G\b|\b\d+\.\d+\.\d+\b|"
    r"\b9[- ]?box\b|\b\d+(?:st|nd|rd|th)\b|360\s*(?:度|评估|feedback|review)|《[^》]*》|“[^”]*”|\b\d+[- ](?:month|week|day|year)[- ](?:roadmap|plan|program|programme)\b|"
    r"\b\d+-(?:day|week|month|hour|year)\b(?!s)|\d+\s*(?:日|天|周)(?=(?:内)?(?:留存|活跃|复购|回访|均活|滚动|新增用户))|"
    r"\btop[- ]?\d+\s+(?:reasons|questions|issues|priorities|themes|requests|accounts|customers)\b|\btop\s?\d+\s*(?=客户|商家|门店|城市|品类)|第?[一二三四五六七八九十]期",
    re.I,
)

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_PREFIX = r"(?P<cur>US\$|S\$|\$|¥|￥|€|£|RMB\s?|CNY\s?|USD\s?)?"
_MULT = r"\s*(?P<mult>万|亿|千|百万|[wW](?![a-zA-Z])|[kK](?![a-zA-Z])|[mM](?![a-zA-Z])|[bB](?![a-zA-Z])|thousand\b|million\b|billion\b|bn\b|mn\b)?"
_UNIT = (
    r"\s*(?P<unit>%|％|个百分点|百分点|pp\b|percentage\s+points?|pts?\b|points?\b|ms\b|毫秒|秒|s\b|sec(?:onds?)?\b|"
    r"分钟|min(?:ute)?s?\b|小时|hours?\b|hrs?\b|h\b|(?:business|working|calendar)\s+days?\b|个?工作日|自然日|天|days?\b|周|weeks?\b|个月|months?\b|"
    r"万元|元|块|美元|USD\b|CNY\b|RMB\b|倍|x\b|×|人次|人|家|个|次|单|件|条|篇|场|名|位|分|星|"
    r"GB\b|MB\b|TB\b|QPS\b|TPS\b)?"
)
QUANTITY = re.compile(_PREFIX + _NUM + _MULT + _UNIT, re.I)
_MULTIPLIERS = {"万": 1e4, "w": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6, "k": 1e3, "m": 1e6, "b": 1e9, "thousand": 1e3,
                "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6}  # fmt: skip
_UNIT_NAMES = {
    "%": "%", "％": "%", "个百分点": "pp", "百分点": "pp", "pp": "pp", "percentage point": "pp",
    "percentage points": "pp", "pt": "pp", "pts": "pp", "point": "points", "points": "points",
    "ms": "ms", "毫秒": "ms", "秒": "s", "s": "s", "sec": "s", "second": "s", "seconds": "s",
    "分钟": "min", "min": "min", "mins": "min", "minute": "min", "minutes": "min",
    "小时": "h", "hour": "h", "hours": "h", "hr": "h", "hrs": "h", "h": "h",
    "天": "day", "day": "day", "days": "day", "business day": "day", "business days": "day",
    "working day": "day", "working days": "day", "calendar day": "day", "calendar days": "day", "工作日": "day",
    "个工作日": "day", "自然日": "day", "周": "week", "week": "week", "weeks": "week",
    "个月": "month", "month": "month", "months": "month",
    "万元": "CNY", "元": "CNY", "块": "CNY", "美元": "USD", "usd": "USD", "cny": "CNY", "rmb": "CNY",
    "倍": "x", "x": "x", "×": "x",
}  # fmt: skip
_CURRENCY = {"$": "USD", "us$": "USD", "s$": "SGD", "¥": "CNY", "￥": "CNY", "€": "EUR", "£": "GBP",
             "rmb": "CNY", "cny": "CNY", "usd": "USD"}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None  # "%", "pp", "ms", "CNY", "day", a counted noun such as "人"…, or None
    start: int
    end: int
    raw: str


@dataclass(frozen=True)
class Deadline:
    day: date
    start: int
    end: int


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def find_deadline(text: str, default_year: int | None = None) -> Deadline | None:
    """The first date stated in ``text`` (a quarter means its last day); a year is needed unless
    ``default_year`` is given."""
    for pattern in _DATE_PATTERNS[:8]:
        m = pattern.search(text)
        if not m:
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        year = int(g["y"]) if "y" in g and len(g["y"]) == 4 else default_year
        if "fy" in g and year is None and len(g["fy"]) == 4:
            year = int(g["fy"])
        if year is None:
            continue
        q = g.get("q") or g.get("q2")
        if q:
            quarter = "一二三四".index(q) + 1 if q in "一二三四" else int(q)
            month, day = _QUARTER_END[quarter]
        else:
            mon = g.get("mon")
            month = _MONTHS[mon[:3].lower()] if mon else int(g.get("m", 0))
            if not 1 <= month <= 12:
                continue
            day = int(g["d"]) if "d" in g else _last_day(year, month)
        try:
            return Deadline(date(year, month, day), m.start(), m.end())
        except ValueError:
            continue
    return None


def _last_day(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


def mask_non_quantities(text: str) -> str:
    """``text`` with dates, quarters, priorities, versions and list numbers blanked out (same length)."""
    for pattern in [*_DATE_PATTERNS, _NOT_QUANTITY]:
        for m in list(pattern.finditer(text)):
            text = _mask(text, m.start(), m.end())
    return text


_ZERO = re.compile(
    r"\b(?:zero|no)\s+(?=(?:\w+\s+){0,2}(?:incidents?|outages?|defects?|bugs?|errors?|breaches|escalations?|complaints?|p[0-4]s?)\b)|零(?=\s*(?:个|起|次|例|宗)?\s*\S{0,6}(?:故障|事故|缺陷|投诉|漏洞|事件))",
    re.I,
)


_ZH_NUMERAL = re.compile(
    r"(?!一次(?:性|合格|通过|解决|成功|修复|交付|命中|达标|到位|准确))"
    r"(?P<n>[零一二两三四五六七八九十百千]+)\s*(?P<suf>成|个百分点|百分点|倍|万|亿|个|家|人|次|天|位|名|场|篇)"
)
_EN_NUMBER = re.compile(
    r"(?:(?<=at least )|(?<=at most )|(?<=no more than )|(?<=fewer than )|(?<=more than ))"
    r"(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    r"\b(?P<w2>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?=[a-z]+s\b)", re.I)  # fmt: skip


def _word_quantities(masked: str) -> list[Quantity]:
    out = []
    for m in _ZH_NUMERAL.finditer(masked):
        value, suf = zh_number(m["n"]) or 0.0, m["suf"]
        unit = {"成": "%", "个百分点": "pp", "百分点": "pp", "倍": "x"}.get(suf, suf)
        value *= {"成": 10, "万": 1e4, "亿": 1e8}.get(suf, 1)
        out.append(Quantity(value, None if suf in ("万", "亿") else unit, m.start(), m.end(), m.group(0)))
    for m in _EN_NUMBER.finditer(masked):
        word = (m["w"] or m["w2"]).lower()
        out.append(Quantity(float(EN_NUMBER_WORDS[word]), None, m.start(), m.end(), m.group(0).strip()))
    return out


def quantities(text: str, masked: str | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, after masking what only looks like one (``masked``: the masked
    text, when the caller has it already)."""
    masked = mask_non_quantities(text) if masked is None else masked
    out: list[Quantity] = [
        Quantity(0.0, None, m.start(), m.end(), m.group(0).strip()) for m in _ZERO.finditer(masked)
    ]
    out += _word_quantities(masked)
    for m in QUANTITY.finditer(masked):
        if m.start() > 0 and (masked[m.start() - 1].isalpha() and masked[m.start() - 1].isascii()):
            continue  # part of a word such as "P95", "B2B", "H5"
        value = float(m["num"].replace(",", ""))
        mult = (m["mult"] or "").lower()
        unit_raw = (m["unit"] or "").lower().strip()
        if mult in ("m", "b") and unit_raw == "" and not m["cur"] and _looks_like_word(masked, m.end()):
            mult = ""
        scale = _MULTIPLIERS.get(mult, 1.0) * (1e4 if unit_raw == "万元" else 1.0)
        value *= scale
        unit = _UNIT_NAMES.get(re.sub(r"\s+", " ", unit_raw), unit_raw or None)
        if m["cur"]:
            unit = _CURRENCY.get(m["cur"].strip().lower(), "CNY")
        out.append(Quantity(value, unit, m.start(), m.end(), text[m.start() : m.end()].strip()))
        if (
            (mult or unit)
            and len(out) > 1
            and _RANGE.fullmatch(masked[out[-2].end : m.start()])
            and re.fullmatch(r"\d[\d,.]*", out[-2].raw)
        ):  # "15–16k", "88-92%": the first end of a range is written without the multiplier and unit it shares
            a = out[-2]
            out[-2] = Quantity(float(a.raw.replace(",", "")) * scale, unit, a.start, a.end, a.raw)
    return sorted(out, key=lambda q: q.start)


_RANGE = re.compile(r"\s*(?:-|–|—|~|～)\s*")


def _looks_like_word(text: str, end: int) -> bool:
    return end < len(text) and text[end].isalpha()


PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:([XYZNM])\1{1,3}|\$[XYZNM]|[XYZN]K|[XYZN]%)(?![A-Za-z])|(?:(?<![A-Za-z])(?:XX+|xx+|[XxNn])\s*(?:%|％|个百分点|pp\b|ms\b|万|k\b|天|人|家|个|次|元))|"
    r"(?:(?:\bby|\bto|\bof|\bat|\breach|\bhit|至|到|达到|提升|提高|降低|减少|为)\s*(?:XX+|xx+|[XxNn])(?![A-Za-z]))|"
    r"(?<![A-Za-z])XX+(?![A-Za-z])|\bTBD\b|\bTBC\b|\bTBA\b|\?{2,}|？{2,}|待定|待确认|若干|\[[^\]]*\]|【[^】]*】|_{3,}|…%|\.\.\.%",
    re.I,
)


# "from X to Y", "to Y", "Run N user tests", "举办 N 场": one capital letter where the number goes (case matters:
# a lower-case "n" or "x" is a word or a multiplication sign)
PLACEHOLDER_LETTER = re.compile(
    r"(?:\b(?i:from|to|by|of|at|reach|hit|run|host|hold|ship|sign|hire|publish|complete|deliver|get)\s+|"
    r"[从由至到为办成发签招]\s*)[XYN](?![\w.+-])|"
    r"(?<![A-Za-z0-9])[XYN]\s*(?:场|个|次|家|名|篇|人|项|门|条|份|位|款|期|轮|批|套|天|小时|分钟)|"
    r"(?<![A-Za-z0-9])[XYN]\s+(?i:days?|hours?|weeks?|months?|minutes?|seconds?)\b|"
    r"(?<![A-Za-z0-9'’-])[XN]\s+(?:(?:new|more|additional|active|paying|qualified)\s+)?[a-z]{3,}s\b",  # "X new logos"
)


def has_placeholder(text: str) -> bool:
    return bool(PLACEHOLDER.search(text) or PLACEHOLDER_LETTER.search(text))


def show(value: float | None, unit: str | None = None) -> str:
    """A value as findings print it: "15,000", "0.33%", "200ms", "2.3h"; "?" when unknown."""
    if value is None:
        return "?"
    text = f"{value:,.0f}" if value == int(value) and abs(value) >= 1000 else f"{value:g}"
    return f"{text}{unit}" if unit in ("%", "ms", "s", "h", "min") else text
