"""A brief's facts: what kind of value each is (a date, a range, a time, a percentage, a number, a link, a name
with its Chinese and English forms, or text), how a draft writes it in each language, and whether a text
carries it — whatever surface form the text uses."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from assistant.drafting import terms
from assistant.drafting.periods import (
    is_duration,
    is_frequency,
    same_duration,
    same_duration_range,
    same_frequency,
    same_interval,
    same_period,
    times_word,
)
from assistant.drafting.proportions import opening_share, same_proportion
from assistant.drafting.surface import DASH, Mention, mentions
from assistant.drafting.writing import write_date, write_number, write_range
from assistant.errors import InvalidValue
from assistant.i18n.numerals import EN_NUMBER_PATTERN, ZH_NUMERAL_CHARS, number

FactKind = Literal["date", "range", "time", "times", "percent", "number", "values", "link", "name", "text"]
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a value shaped like a date that no calendar has (2026-02-30, 2月30日): refused, not read as text
_DASH = re.compile(DASH)
_DATE_SHAPE = re.compile(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}\s*月\s*\d{1,2}\s*[日号]")


@dataclass(frozen=True)
class Fact:
    label: str
    kind: FactKind
    value: Any  # date | (date, date) | minutes | (minutes, minutes) | float | normalised link | {"zh", "en"} | str
    raw: str

    def written(self, lang: str) -> str:
        """The value as a draft in ``lang`` writes it."""
        v = self.value
        if self.kind == "date":
            return write_date(v, lang)
        if self.kind == "range":
            return write_range(v[0], v[1], lang)
        if self.kind == "time":
            return f"{v // 60:02d}:{v % 60:02d}"
        if self.kind == "name":
            return v[lang]
        if self.kind == "text" and not terms.is_lang(self.raw, lang):
            translated, n = terms.translate(self.raw, lang)
            return translated if n and terms.is_lang(translated, lang) else self.raw
        return self.raw

    def label_in(self, lang: str) -> str:
        return terms.label_in(self.label, lang)

    @property
    def dates(self) -> tuple[date, ...]:
        return (self.value,) if self.kind == "date" else tuple(self.value) if self.kind == "range" else ()


_RANGE_NUMBERS = re.compile(r"^(?:[\d\s.,%\-–~～至到]|to\b)+")  # "6-12", "6 to 12", "6至12"


_PER = re.compile(r"\b(?:per|a|each|every)\s+[A-Za-z-]+(?:\s+or\s+[A-Za-z-]+)?")


def _whole(m: Mention, text: str, words: int = 20) -> bool:
    """The mention is the value (give or take a unit word such as 元, 人, days; a percentage what it is of:
    "10% per completed year of service")."""
    rest = (text[: m.start] + text[m.end :]).strip(" .,;:()（）")
    rest = _PER.sub("", rest).strip()  # a rate: "RMB 980 per person per year", "NT$3,000 per child per month"
    return len(rest) <= words and not re.search(r"\d", rest)  # "5 working days", "60 天", "1500元"


def make_fact(label: str, raw: Any, year: int) -> Fact:
    """The fact ``label: raw`` of a brief, typed. A date without a year is in ``year``. Raises InvalidValue
    for a value that is a date no calendar has."""
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return Fact(label, "date", raw, raw.isoformat())
    if isinstance(raw, dict):
        return Fact(
            label, "name", {"zh": str(raw["zh"]).strip(), "en": str(raw["en"]).strip()}, str(raw["en"])
        )
    if isinstance(raw, bool):
        return Fact(label, "text", str(raw).lower(), str(raw).lower())
    if isinstance(raw, int | float):
        if not math.isfinite(raw):
            raise InvalidValue("problem.draft.bad_number", value=str(raw))
        return Fact(label, "number", float(raw), write_number(float(raw)))
    text = str(raw).strip()
    found = mentions(text)
    kinds = [m.kind for m in found]
    if (share := opening_share(text)) is not None:  # "1/12 of annual basic salary"
        return Fact(label, "percent", share, text)
    if kinds == ["link"] and _whole(found[0], text):
        return Fact(label, "link", found[0].value, text)
    if kinds and set(kinds) == {"date"} and len(found) <= 2:
        try:
            days = [date(y or year, mo, d) for y, mo, d in (m.value for m in found)]
        except ValueError:  # 29 February in a year that has none
            raise InvalidValue("problem.draft.bad_date", value=text) from None
        if len(days) == 2 and days[1].month < days[0].month and found[1].value[0] is None:
            days[1] = days[1].replace(year=days[0].year + 1)  # "12月30日至1月5日" runs into the next year
        if len(days) == 1 and _whole(found[0], text):
            return Fact(label, "date", days[0], text)
        if len(days) == 2 and days[0] <= days[1]:
            return Fact(label, "range", (days[0], days[1]), text)
        if len(days) == 2:
            raise InvalidValue("problem.draft.range_backwards", value=text)
    if "date" not in kinds and _DATE_SHAPE.search(text):
        raise InvalidValue("problem.draft.bad_date", value=text)
    if (
        len(found) == 2
        and set(kinds) <= {"number", "percent"}
        and _DASH.fullmatch(text[found[0].end : found[1].start])
    ):
        return Fact(label, "values", (found[0].value, found[1].value), text)  # "10–15%", "2-4"
    if kinds == ["time"] and _whole(found[0], text):
        return Fact(label, "time", found[0].value, text)
    if kinds == ["time", "time"] and _DASH.fullmatch(text[found[0].end : found[1].start]):
        return Fact(label, "times", (found[0].value, found[1].value), text)  # "10:00-15:00"
    if kinds == ["percent"] and _whole(found[0], text, words=32):
        return Fact(label, "percent", found[0].value, text)
    if kinds == ["number"] and _whole(found[0], text):
        return Fact(label, "number", found[0].value, text)
    head, slash, per = text.partition("/")
    amount = mentions(head) if slash and len(per.strip()) <= 6 else []
    if len(amount) == 1 and amount[0].kind == "number" and _whole(amount[0], head):
        return Fact(label, "number", amount[0].value, head.strip())  # "RM 300/两年": an amount per period
    zh, en = _two_forms(text)
    if zh and en:
        return Fact(label, "name", {"zh": zh, "en": en}, text)
    return Fact(label, "text", text, text)


def _two_forms(text: str) -> tuple[str, str]:
    """ "Lark / 飞书", "王芳 (Wang Fang)": a Chinese and an English form of one name."""
    parts = [p.strip() for p in re.split(r"\s*[/／|]\s*|\s*[(（]\s*|\s*[)）]\s*", text) if p.strip()]
    if len(parts) != 2:
        return "", ""
    zh = [p for p in parts if _HAN.search(p)]
    en = [p for p in parts if not _HAN.search(p)]
    return (zh[0], en[0]) if len(zh) == 1 and len(en) == 1 else ("", "")


# --- is the fact in a text? -------------------------------------------------------------------------------
def _same_day(m: Mention, d: date) -> bool:
    y, mo, day = m.value
    return (mo, day) == (d.month, d.day) and y in (None, d.year)


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00a0]+", " ", text).casefold()


_COUNT_OF_ANOTHER = re.compile(
    r"\s*(?:[次名位项家条张份台件篇场轮批页节门组]|人(?![天日月年])|(?:times|people|persons)\b)",
    re.I,
)


def carries(fact: Fact, text: str, lang: str, found: list[Mention] | None = None) -> bool:
    """Whether ``text`` (the ``lang`` version) states ``fact``, in any of the forms people write it."""
    found = mentions(text) if found is None else found
    kind, v = fact.kind, fact.value
    if kind in ("number", "text") and is_frequency(fact.raw):  # "每周1次" is a frequency, not the number 1
        return same_frequency(fact.raw, text)
    if kind in ("date", "range"):
        return all(any(m.kind == "date" and _same_day(m, d) for m in found) for d in fact.dates)
    if kind == "percent":  # or "a quarter", "1.5倍"
        return any(m.kind == kind and abs(m.value - v) < 1e-6 for m in found) or same_proportion(v, text)
    if kind in ("time", "times"):
        return all(
            any(m.kind == "time" and _same_time(m, x) for m in found) for x in (v if kind == "times" else [v])
        )
    if kind == "number" and not same_period(fact.raw, text):
        return False  # "RMB 980 per person per year" is not 980 a month
    if kind == "number":  # "±5 points" is written "5 个百分点" too
        # a length of time is not a count of something else: "2 years" is not 两次考核 (two appraisals), nor a
        # percentage ("5 years" is not 5%供款)
        duration = is_duration(fact.raw)
        other = _COUNT_OF_ANOTHER if duration else None
        return (
            any(
                (m.kind == "number" or (m.kind == "percent" and not duration))
                and abs(m.value - v) < 1e-6
                and not (other and other.match(text, m.end))
                for m in found
            )
            or _by_unit(fact, text)
            or same_duration(fact.raw, text)
            or same_interval(fact.raw, fact.label, text)  # an interval of "2 weeks" as "fortnightly"
            or times_word(f"{fact.raw} {fact.label}", fact.value, text)  # "每月会面次数: 2" is "twice"
            or _multiple_of_said(v, text, found)
            or (v == 0.5 and _HALF.search(text) is not None)  # a factor of 0.5: "band C gets half", "C档减半"
        )
    if kind == "values":  # or each end a duration in another unit: "6-12 months" as "半年到一年"
        unit = _RANGE_NUMBERS.sub("", fact.raw).strip()
        return all(  # a range of percentages may give its ends as shares: "between a fifth and a quarter"
            any(m.kind in ("number", "percent") and abs(m.value - x) < 1e-6 for m in found)
            or ("%" in fact.raw and same_proportion(x, text))
            for x in v
        ) or (bool(unit) and same_duration_range((f"{v[0]:g} {unit}", f"{v[1]:g} {unit}"), text))
    if kind == "link":
        return any(m.kind == "link" and m.value == v for m in found) or v.casefold() in _squash(text)
    if kind == "name":  # each version writes the name in its own form
        return bool(name_pattern(v[lang]).search(text)) or _described(v[lang], text)
    return (
        any(name_pattern(f).search(text) for f in {v, fact.written(lang)})
        or same_duration(fact.raw, text)  # "半天" as "half a day"
        or same_interval(fact.raw, fact.label, text)
    )


# a multiple of the amount just stated: "该金额的两倍", "twice that amount", "double that"
_MULTIPLE_OF_THAT = re.compile(
    r"(?:该|此|上述|前述|这一?)(?:金额|数额|奖金|额度|数目)的?\s*([两二三四五六七八九十]|\d+)\s*倍"
    r"|(?i:\b(twice|double|triple|three times)\s+(?:that|this|the above)(?:\s+(?:amount|sum|figure))?\b)"
)
_TIMES_WORDS = {"twice": 2, "double": 2, "triple": 3, "three times": 3}


_HALF = re.compile(r"减半|折半|一半|(?i:\b(?:gets?|receives?|paid|pays|at) half\b)")


def _multiple_of_said(value: float, text: str, found: list[Mention]) -> bool:
    """``text`` states ``value`` as a multiple of an amount stated just before it (S$1,000 …, 二十年者可获得该金额的
    两倍: S$2,000)."""
    for m in _MULTIPLE_OF_THAT.finditer(text):
        k = number(m[1]) if m[1] else _TIMES_WORDS[m[2].lower()]
        before = [x for x in found if x.kind == "number" and m.start() - 80 <= x.start and x.end <= m.start()]
        if k and any(abs(x.value * k - value) < 1e-6 for x in before):
            return True
    return False


_HALF_SAID = re.compile(
    r"[ap]\.?m|上午|早上|中午|下午|傍晚|晚上|凌晨|morning|afternoon|evening|night|noon|midnight", re.I
)


def _same_time(m: Mention, minutes: int) -> bool:
    """The mention is that time of day. "half past two" and "3点" do not say which half of the day they mean,
    so they match 14:30 and 15:00 too ("09:00", zero-padded, is the 24-hour clock)."""
    if m.value == minutes:
        return True
    unsaid = not _HALF_SAID.search(m.text) and not re.match(r"0\d", m.text) and 60 <= m.value < 13 * 60
    return unsaid and (m.value + 720) % 1440 == minutes


_UNIT_NUMERAL = rf"(\d+(?:\.\d+)?|[{ZH_NUMERAL_CHARS}]+|{EN_NUMBER_PATTERN})"


def _by_unit(fact: Fact, text: str) -> bool:
    """A number stated with the brief's own unit in any numeral ("8学时" as 八学时, "3 shifts" as three shifts),
    where the unit is one the general number reader does not know."""
    unit = re.sub(r"^[\d,.\s]+", "", fact.raw).strip()
    if not unit or unit == fact.raw or re.search(r"\d", unit):
        return False
    for m in re.finditer(_UNIT_NUMERAL + r"\s*" + re.escape(unit), text, re.I):
        value = number(m[1])
        if value is not None and abs(value - fact.value) < 1e-6:
            return True
    return False


_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9/&'’.-]*")
_FILLER = frozenset(["a", "an", "the", "of", "at", "in", "on", "and", "our", "your", "their", "its"])


def _described(name: str, text: str) -> bool:
    """A place or room given as a phrase ("20/F conference room, Causeway Bay headquarters") that the text
    writes in its own order ("the 20/F conference room at our Causeway Bay headquarters"): every word of it,
    close together. Latin names of three words or more only; shorter names must be written as they are."""
    words = [w.casefold().rstrip(".") for w in _WORDS.findall(name) if w.casefold() not in _FILLER]
    if len(words) < 3 or _HAN.search(name):
        return False
    numbered = [w for w in words if re.search(r"\d", w)]  # "Level 5, Tower 2" is not "Level 2, Tower 5"
    tokens = [(m.start(), m.group().casefold().rstrip(".,;:")) for m in _WORDS.finditer(text)]
    span = 2 * len(name)
    for i, (start, _) in enumerate(tokens):
        window = []
        for pos, w in tokens[i:]:
            if pos - start > span:
                break
            window.append(w)
        if (
            all(w in window for w in words)
            and [w for w in window if w in numbered][: len(numbered)] == numbered
        ):
            return True
    return False


def name_pattern(name: str) -> re.Pattern[str]:
    """A name as a whole word (Latin names: not inside a longer word, any case, the family name first or last, or
    the given name in brackets after it:
    "Fang Wang" for "Wang Fang", "Ka Ho Cheng" for "Cheng Ka Ho"; a hyphen in a given name or none:
    "Minjun Kim" for "Kim Min-jun", "Leung Chi-ho" for "Leung Chi Ho")."""
    tokens = name.split()
    if _HAN.search(name):
        return re.compile(r"\s*".join(map(re.escape, "".join(tokens))))
    forms = {tuple(tokens), (*tokens[1:], tokens[0]), (tokens[-1], *tokens[:-1])}

    def word(token: str) -> str:
        return r"[-\s]?".join(map(_umlaut, map(re.escape, token.split("-"))))

    # "Chi-ho" for "Chi Ho"; initials or an English name in brackets between the parts: "Shih-chang (S.C.) Chou"
    gap = r"(?:\s+[(（][^()（）]{1,20}[)）]\s+|[\s\u00a0]+|-)"
    body = "|".join(gap.join(map(word, f)) for f in sorted(forms))
    # the given name in brackets after the family name, an English name before it: "Howard Chang (Shu-Hao)"
    given_after = [(word(f[-1]), r"[-\s]?".join(map(word, f[:-1]))) for f in sorted(forms) if len(f) > 1]
    body += "".join(rf"|{family}\s*[(（]\s*{given}\s*[)）]" for family, given in given_after)
    return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.I)


# pinyin ü after l or n, in a syllable of its own ("Lyu", "Lüe"; not "Anyu"), spelt as writers and passports do:
# "Lü", "Lu", "Lv", "Lyu", "Lu:" (吕, 女). A name spelt with a plain u is not expanded: Lu 卢 is not Lü 吕
_U_UMLAUT = re.compile(r"(?<=^[lLnN])(?:ü|u:|yu|v)(?=e?n?$)")


def _umlaut(token: str) -> str:
    """A pinyin syllable with ü (in any of its spellings) as a pattern for all of them."""
    return _U_UMLAUT.sub("(?:ü|u:|yu|v|u)", token)


def near_misses(name: str, text: str) -> list[str]:
    """Words in ``text`` that look like ``name`` misspelt: a Latin name one or two letters off (names of 6
    letters or more), a name of 3 Chinese characters or more with one character changed."""
    flat = "".join(name.split())
    if _HAN.search(name):
        if len(flat) < 3 or not all(_HAN.match(ch) for ch in flat):
            return []  # only names written in Chinese characters alone (陈晓琳, 产品研发中心)
        from assistant.knowledge.keyword import is_word

        starts, ends = _word_bounds(text)
        out = []
        for i in range(len(text) - len(flat) + 1):
            window = text[i : i + len(flat)]
            if (
                window[0] == flat[0]
                and sum(a != b for a, b in zip(window, flat, strict=True)) == 1
                and _HAN.match(window[-1])
                and i in starts
                and i + len(flat) in ends  # a word of its own, not "绩效周" of 绩效/周期
                and not is_word(window)  # 心理咨询 is a word of the language, not 心桥咨询 misspelt
            ):
                out.append(window)
        return out
    if len(flat) < 6:
        return []
    text = name_pattern(name).sub(lambda m: " " * len(m.group()), text)  # "(Wuhan)" is not "(Wuhan"
    n = len(name.split())
    capitalised = all(t[:1].isupper() for t in name.split())
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*", text))
    out = []
    for i in range(len(words) - n + 1):
        window = text[words[i].start() : words[i + n - 1].end()]
        if capitalised and not all(w[:1].isupper() for w in window.split()):
            continue  # "Haitao and" is no misspelt "Haitao Wang": a name's words are capitalised
        core = re.sub(r"['’]s?$", "", window)  # "Renhe Hospital's" is the name, in the possessive
        d = _distance(core.casefold(), name.casefold())
        if 0 < d <= (1 if len(flat) < 10 else 2):
            out.append(window)
    return out


def _word_bounds(text: str) -> tuple[set[int], set[int]]:
    """Where the words of a Chinese text start and end (jieba's segmentation)."""
    from assistant.knowledge.keyword import word_spans

    spans = word_spans(text)
    return {s for _, s, _ in spans}, {e for _, _, e in spans}


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
