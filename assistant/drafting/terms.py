"""The drafting glossary (``knowledge/drafting/terms.yaml``): HR terms that must be translated consistently
between the two versions of a draft, and the words used to translate fact labels offline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

GLOSSARY = Path(__file__).resolve().parents[2] / "knowledge" / "drafting" / "terms.yaml"
_ASCII = re.compile(r"^[\x00-\x7f]+$")
_GAP = r"[^，。；：、,.;:!?！？\s]{0,4}"
_DEGREE = r"(?!得(?:不够|不太|太|过于|过高|过低))"


@dataclass(frozen=True)
class Term:
    zh: tuple[str, ...]
    en: tuple[str, ...]
    also_zh: tuple[str, ...] = ()  # looser forms that count as the term when the other version uses it,
    also_en: tuple[str, ...] = ()  # but do not require it there ("guideline" for 指引比例)

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.zh if lang == "zh" else self.en

    def accepted(self, lang: str) -> tuple[str, ...]:
        return self.forms(lang) + (self.also_zh if lang == "zh" else self.also_en)

    @property
    def name(self) -> str:
        return f"{self.zh[0]} ↔ {self.en[0]}"


_LISTED_HEADS = frozenset(["leave", "review", "bonus", "warning"])  # "marriage and compassionate leave"
_LIST_ITEM = r"(?!(?:on|in|at|the|a|an|of|during)\b)[A-Za-z-]+"  # another word of the list, not a preposition


def _form(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"[\s-]+").replace("…", _GAP)


def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Chinese forms match anywhere, "…" in one standing for up to four characters of the same clause (经理…评估
    is 经理完成评估); Latin ones as whole words (plural -s allowed; a form in -ing also as its participle:
    "self-rating" as "self-rated"), case-insensitively; a form of several words
    not after a hyphen ("mid-probation review" is no probation review, but says probation). A Chinese form followed
    by a complement of too little or too much is a verb, not the term (目标设定得不够有挑战性: "the goal was not set
    ambitiously"). Leave withheld (不予补休, 不设补假) is read by ``_uses``."""
    parts = []
    for f in sorted(forms, key=len, reverse=True):
        body = _form(f)
        # a head shared by a list: "marriage and compassionate leave" says marriage leave
        if _ASCII.match(f) and " " in f and f.rsplit(" ", 1)[-1].lower() in _LISTED_HEADS and "…" not in f:
            first, head = (_form(w) for w in f.rsplit(" ", 1))
            listed = rf"(?<![A-Za-z]\s){first}(?:\s*,\s*{_LIST_ITEM}){{0,4}}\s+(?:and|or|&)\s+{_LIST_ITEM}\s+{head}"
            body = rf"(?:{body}|{listed})"
        if _ASCII.match(f) and f.endswith("ing"):  # its past participle: "self-rating" as "self-rated"
            body = rf"(?:{body}|{_form(f[:-3])}e?d)"
        compound = r"(?<![A-Za-z0-9]-)" if " " in f else ""
        parts.append(
            rf"(?<![A-Za-z0-9]){compound}{body}(?:s|es)?(?![A-Za-z0-9])"
            if _ASCII.match(f)
            else rf"{body}{_DEGREE}"
        )
    return re.compile("|".join(parts), re.I)


@cache
def _load() -> tuple[tuple[Term, ...], tuple[Term, ...]]:
    data = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))

    def terms(key: str) -> tuple[Term, ...]:
        out = tuple(Term(*(tuple(map(str, e.get(k, ()))) for k in ("zh", "en", "also_zh", "also_en")))
                    for e in data[key])  # fmt: skip
        gapped = [f for t in out for f in t.zh + t.en if "…" in f]
        if gapped:  # a form is written into drafts and translations: a gap belongs in also_zh / also_en only
            raise ValueError(f"{GLOSSARY.name}: a form with a gap is not a form to write: {gapped}")
        return out

    return terms("terms"), terms("words")


@cache
def _compiled(term: Term, lang: str, loose: bool) -> re.Pattern[str]:
    return _pattern(term.accepted(lang) if loose else term.forms(lang))


def terms() -> tuple[Term, ...]:
    return _load()[0]


def find(term: Term, text: str, lang: str, loose: bool = False) -> re.Match[str] | None:
    """The first form of ``term`` in ``text`` (``loose``: its looser forms count too)."""
    return _compiled(term, lang, loose).search(text)


def inconsistent(zh: str, en: str) -> list[tuple[Term, str, str]]:
    """Glossary terms one version uses and the other does not: (term, the version lacking it, the form the
    other version used)."""
    out = []
    texts = {"zh": zh, "en": en}
    counts: dict[str, dict[Term, int]] = {}  # per version, filled when a term is one-sided
    for term in terms():  # an English term left in the Chinese text (or the reverse) is the same term
        zh_own, en_own = (_blank(x, _longer(term), ("zh", "en")) for x in (zh, en))  # 产假 is not in 陪产假
        in_zh = _uses(term, zh_own, "zh") or _uses(term, zh_own, "en")
        in_en = _uses(term, en_own, "en") or _uses(term, en_own, "zh") or _listed(term, en)
        if in_zh and not in_en and not find(term, _blank(en, _others(term, "en"), ("en",)), "en", loose=True):
            used, lacking = in_zh.group(), "en"
        elif (
            in_en and not in_zh and not find(term, _blank(zh, _others(term, "zh"), ("zh",)), "zh", loose=True)
        ):
            used, lacking = in_en.group(), "zh"
        else:
            continue
        having_text = texts["zh" if lacking == "en" else "en"]
        if _declared(term, texts[lacking], lacking, having_text) or _rendering_of_another(
            term, used, texts[lacking], lacking
        ):
            continue
        out.append((term, lacking, used))
        # the term may stand where another was meant: that other term said more often in the version that
        # lacks this one ("promotion conversations" for 调薪沟通): the version using it is named too
        having = "zh" if lacking == "en" else "en"
        # (a term's own forms only: a looser one such as "manager" is shared by too many terms to tell)
        if not counts:
            counts = {lang: {o: _count(o, text) for o in terms()} for lang, text in texts.items()}
        swapped = max(terms(), key=lambda o: counts[lacking][o] - counts[having][o])
        if swapped is not term and counts[lacking][swapped] > counts[having][swapped]:
            out.append((swapped, having, used))
    return out


@cache
def _others(term: Term, lang: str) -> tuple[Term, ...]:
    """The terms blanked before a looser form of ``term`` is looked for: a looser form inside another term does
    not count ("manager" of "skip-level manager"), but a term inside one of this term's forms stays (晋升 in
    晋升答辩)."""
    mine = [f.lower() for f in term.accepted(lang)]
    return tuple(
        o
        for o in terms()
        if o is not term and not any(f.lower() in g and f.lower() != g for f in o.forms(lang) for g in mine)
    )


def _declared(term: Term, text: str, lang: str, source: str) -> bool:
    """``text`` says one of the term's looser forms that the glossary also lists as another term's own form: a
    rendering declared for both ("self-appraisal" is a 自评, and may render 述职 too), so not blanked as the other's,
    unless the ``source`` version says that other term (then "self-review" renders its 自评, and 述职 is missing)."""
    other = "en" if lang == "zh" else "zh"

    def owners(form: str) -> list[Term]:
        return [o for o in terms() if o is not term and form.lower() in {f.lower() for f in o.forms(lang)}]

    declared = tuple(
        a
        for a in (term.also_zh if lang == "zh" else term.also_en)
        if (found := owners(a)) and not any(_uses(o, source, other) for o in found)
    )
    return bool(declared) and _pattern(declared).search(text) is not None


def _rendering_of_another(term: Term, used: str, other: str, lang: str) -> bool:
    """The form ``used`` is a looser form declared for another term that the other version (in ``lang``) uses:
    "self-appraisal" where the Chinese says 述职 renders 述职, not a missing 自评."""
    return any(
        o is not term
        and used.lower() in {a.lower() for a in (o.also_zh if lang == "en" else o.also_en)}
        and _uses(o, other, lang)
        for o in terms()
    )


# a term naming a channel ("申訴信箱 speakup@…" is "report it to speakup@…"): the other version need not say it
_CHANNEL = re.compile(
    r"\s*(?:信箱|邮箱|热线|专线|电话|网站|平台|入口|渠道|窗口"
    r"|(?:mail)?box|inbox|hot-?line|help-?line|line|portal|channel|(?:e-?mail )?address)(?![A-Za-z])",
    re.I,
)


# leave withheld or not provided (逾期不予补休: "leave not taken in that time lapses"; 不设补假: none is given): the
# other version may word it as its own clause and need not name the leave, though it may (不予晋升 is still "not
# promoted")
_WITHHELD = re.compile(r"(?:不予|不设)\s*$")


def _uses(term: Term, text: str, lang: str) -> re.Match[str] | None:
    """The first form of ``term`` in ``text`` that is not the name of a channel, nor leave withheld."""
    for m in _compiled(term, lang, False).finditer(text):
        withheld = m.group().endswith(("休", "假")) and _WITHHELD.search(
            text, max(0, m.start() - 3), m.start()
        )
        if not _CHANNEL.match(text, m.end()) and not withheld:
            return m
    return None


# words a list of leave may follow ("When maternity or paternity leave ends"; not "the probation period and …")
_OPENS_A_LIST = frozenset(
    ["when", "after", "before", "during", "of", "on", "for", "the", "a", "any", "all", "and", "or", "with", "from",
     "paid", "unpaid", "take", "takes", "taking", "in", "their", "your", "his", "her", "get", "gets", "to", "offer",
     "offers", "are", "is", "our", "extended", "statutory"]
)  # fmt: skip


def _listed(term: Term, text: str) -> re.Match[str] | None:
    """The term said in a list that shares its head with a longer term: "maternity or paternity leave" says
    maternity leave, though "paternity leave" is blanked as the longer 陪产假's."""
    for form in term.en:
        first, _, head = form.rpartition(" ")
        if (
            first and head.lower() == "leave"
        ):  # "maternity, marriage and paternity leave", "maternity/paternity leave"
            pattern = (
                rf"(?<![A-Za-z-]){re.escape(first)}(?:\s*,\s*{_LIST_ITEM}){{0,3}}(?:\s+(?:and|or|&)\s+|\s*/\s*)"
                rf"{_LIST_ITEM}\s+{re.escape(head)}s?\b"
            )
            for m in re.finditer(pattern, text, re.I):
                before = re.search(r"([A-Za-z-]+)\s+$", text[: m.start()])
                if before is None or before[1].lower() in _OPENS_A_LIST:  # not "the probation period and …"
                    return m
    return None


def _count(term: Term, text: str) -> int:
    """How many times ``text`` says ``term`` in either language's own forms."""
    return len(_compiled(term, "zh", False).findall(text)) + len(_compiled(term, "en", False).findall(text))


@cache
def _longer(term: Term) -> tuple[Term, ...]:
    """The other terms with a form that contains one of this term's forms (陪产假 for 产假)."""
    own = term.zh + term.en
    return tuple(
        o for o in terms() if o is not term and any(f in g and f != g for f in own for g in o.zh + o.en)
    )


def _blank(text: str, others: tuple[Term, ...], langs: tuple[str, ...]) -> str:
    """``text`` with the forms of ``others`` in ``langs`` blanked out (same length)."""
    for other in others:
        for lang in langs:
            text = _compiled(other, lang, False).sub(lambda m: " " * len(m.group()), text)
    return text


def translate(text: str, to: str, words: bool = True) -> tuple[str, int]:
    """``text`` with every glossary term (and label word, with ``words``) put into the language ``to`` (its
    preferred form), and how many were replaced. Everything else stays as it is: this is not a translation."""
    src = "en" if to == "zh" else "zh"
    pool = (*_load()[0], *_load()[1]) if words else _load()[0]
    entries = sorted(((f, e) for e in pool for f in e.forms(src) if f not in e.forms(to)),
                     key=lambda fe: len(fe[0]), reverse=True)  # fmt: skip
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        for form, entry in entries:
            if _pattern((form,)).fullmatch(match.group()):
                return f" {entry.forms(to)[0]} " if to == "en" else entry.forms(to)[0]
        return match.group()

    if not entries:
        return text, 0
    pattern = _pattern(tuple(f for f, _ in entries))
    out = pattern.sub(swap, text)
    if to == "en":  # words side by side in Chinese are separate words in English
        out = re.sub(r" *\n *", "\n", re.sub(r"[ \t]{2,}", " ", out))
        out = re.sub(r"^ | $| (?=[,.;:!?)，。；：！？、）])|(?<=[(（]) ", "", out, flags=re.M)
    else:
        out = re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", "", out)
    return out, count


def label_in(label: str, lang: str) -> str:
    """A fact's label in ``lang``: "Self-review deadline / 自评截止" gives each side; a label in the other
    language has its glossary words translated, and stays as it is when not every word could be."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s*\|\s*", label) if p.strip()]
    for p in parts:
        if is_lang(p, lang):
            return p
    first = parts[0] if parts else label
    translated, n = translate(first, lang)
    if n and is_lang(translated, lang) and not (lang == "zh" and re.search(r"[a-z]{2,}", translated)):
        return translated[0].upper() + translated[1:] if lang == "en" else translated
    return first


def is_lang(text: str, lang: str) -> bool:
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    return han > 0 if lang == "zh" else han == 0
