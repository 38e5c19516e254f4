"""The bilingual fact check: every fact of the brief in each language version; weekdays that match their
dates; no date or percentage in one version that the other does not have; glossary terms translated
consistently. Quoted policy lines ("> …") and the list of policies cited ("[1] …") are the policies' words,
not the draft's, and are not checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from assistant.drafting import terms
from assistant.drafting.facts import Fact, carries, near_misses
from assistant.drafting.links import without_links
from assistant.drafting.mention import valid_date
from assistant.drafting.proportions import proportions
from assistant.drafting.surface import Mention, mentions
from assistant.i18n import Lang, t
from assistant.i18n.script import as_read

IssueKind = Literal["missing", "conflict", "weekday", "term"]


@dataclass(frozen=True)
class Issue:
    kind: IssueKind
    lang: str  # the version with the problem
    fact: str | None = None  # the fact's label
    found: str | None = None  # the words in that version
    expected: str | None = None

    def message(self, lang: Lang) -> str:
        version = t(f"draft.lang.{self.lang}", lang)
        return t(f"draft.issue.{self.kind}", lang, version=version, fact=self.fact or "", found=self.found or "",
                 expected=self.expected or "")  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "lang": self.lang, "fact": self.fact, "found": self.found,
                "expected": self.expected}  # fmt: skip


@dataclass
class Report:
    languages: list[str]
    facts: list[tuple[Fact, dict[str, bool]]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues

    def as_json(self) -> dict[str, Any]:
        return {
            "facts": [{"fact": f.label, **{lang: found.get(lang, False) for lang in ("zh", "en")}}
                      for f, found in self.facts],
            "issues": [i.as_json() for i in self.issues],
            "ok": self.ok,
        }  # fmt: skip


_CITED = re.compile(r"^\s*(>|[-*]?\s*\[\d+\]\s)")


def body(text: str) -> str:
    """The draft's own words: quoted policy lines and the list of policies cited blanked (positions kept)."""
    return "\n".join(" " * len(line) if _CITED.match(line) else line for line in text.split("\n"))


def check(facts: list[Fact], texts: dict[str, str]) -> Report:
    """Check the versions in ``texts`` (language -> text) against ``facts`` and against each other."""
    report = Report(languages=list(texts))
    # Traditional Chinese is read in its Simplified form (週二, 下午6時, 校準, 兩星期), Latin letters without
    # accents ("Lucia Garcia" for "Lucía García"): the same length, so positions hold
    own = {lang: as_read(body(text)) for lang, text in texts.items()}
    found = {lang: mentions(text) for lang, text in own.items()}
    for fact in facts:
        plain = _plain(fact)
        present = {lang: carries(plain, own[lang], lang, found[lang]) for lang in texts}
        report.facts.append((fact, present))
        for lang, ok in present.items():
            if not ok:
                report.issues.append(Issue("missing", lang, fact.label, expected=fact.written(lang)))
            elif fact.kind == "name":  # present, and also misspelt somewhere else
                report.issues += [Issue("conflict", lang, fact.label, found=w, expected=fact.written(lang))
                                  for w in dict.fromkeys(near_misses(plain.value[lang], own[lang]))]  # fmt: skip
    for lang in texts:
        report.issues += _weekdays(lang, found[lang], facts)
    if set(texts) == {"zh", "en"}:
        report.issues += _conflicts(found, facts, own)
        for term, lang, used in terms.inconsistent(without_links(own["zh"]), without_links(own["en"])):
            report.issues.append(Issue("term", lang, found=used, expected=" / ".join(term.forms(lang)[:2])))
    # the words as each version wrote them
    report.issues = [_as_written(i, own[i.lang], body(texts[i.lang])) for i in report.issues]
    return report


# pinyin's ü kept as the v of pinyin input: "Lü" is read "Lu", and Lu is another name (lü, nüe; not the ü of Müller,
# Schlüter or Nüying)
_PINYIN_U = re.compile(r"(?<=\b[lLnN])ü(?=e?(?:n\b|\b))")


def _plain(fact: Fact) -> Fact:
    """The fact in the form the texts are read in (Simplified characters, Latin letters without accents)."""
    if fact.kind == "name":
        return replace(fact, value={k: as_read(_PINYIN_U.sub("v", v)) for k, v in fact.value.items()})
    if fact.kind == "text":
        return replace(fact, value=as_read(fact.value), raw=as_read(fact.raw))
    return replace(fact, raw=as_read(fact.raw)) if fact.kind == "number" else fact  # "2週", "5個工作日"


def _as_written(issue: Issue, read: str, original: str) -> Issue:
    """An issue with words found in the text as read: those words as the text has them."""
    if issue.found is None or read == original:
        return issue
    at = read.find(issue.found)
    return replace(issue, found=original[at : at + len(issue.found)]) if at >= 0 else issue


def _year_of(m: Mention, anchors: list[date]) -> int:
    """The year of a date as written: its own, that of a date of the brief on the same day, else the year of the
    brief's dates that puts it nearest to one of them (a notice about "2026-12-24 to 2027-01-01" that says "back
    on Monday, January 4" means 2027). Only the brief's years are candidates: a date the text writes with
    another year (last cycle's) does not pull a date without one to that year."""
    y, mo, d = m.value
    if y:
        return y
    same = [x.year for x in anchors if (x.month, x.day) == (mo, d)]
    if same:
        return same[0]
    near = [(abs((date(y, mo, d) - a).days), y) for y in {a.year for a in anchors} if valid_date(y, mo, d)
            for a in anchors]  # fmt: skip
    return min(near)[1] if near else (anchors[0].year if anchors else date.today().year)


def _weekdays(lang: str, found: list[Mention], facts: list[Fact]) -> list[Issue]:
    out = []
    # the brief's dates: a handful, whatever the text's length
    anchors = sorted({x for f in facts for x in f.dates})
    for m in found:
        if m.kind != "date" or m.weekday is None:
            continue
        _, mo, d = m.value
        year = _year_of(m, anchors)
        if not valid_date(year, mo, d):  # 29 February of a year that has none
            out.append(Issue("weekday", lang, found=m.text))
            continue
        real = date(year, mo, d)
        if real.weekday() != m.weekday:
            out.append(Issue("weekday", lang, found=m.text, expected=f"{real.isoformat()}"))
    return out


def _conflicts(found: dict[str, list[Mention]], facts: list[Fact], texts: dict[str, str]) -> list[Issue]:
    """Dates and percentages that one version has and the other does not, in any form (those of a fact are
    reported as that fact missing instead)."""
    fact_keys = {("date", d.month, d.day) for f in facts for d in f.dates}
    fact_keys |= {("percent", round(f.value, 6)) for f in facts if f.kind == "percent"}
    fact_keys |= {("percent", round(x, 6)) for f in facts if f.kind == "values" for x in f.value}
    keys = {lang: {m.key for m in ms if m.kind in ("date", "percent")} for lang, ms in found.items()}
    for lang, text in texts.items():  # "a quarter", "1.5倍"
        keys[lang] |= {("percent", round(p, 6)) for p in proportions(text)}
    out = []
    for lang, other in (("zh", "en"), ("en", "zh")):
        seen = set()
        for m in found[lang]:
            k = m.key if m.kind in ("date", "percent") else None
            if k is None or k in keys[other] or k in fact_keys or k in seen:
                continue
            seen.add(k)
            out.append(Issue("conflict", lang, found=m.text))
    return out
