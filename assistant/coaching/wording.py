"""Feedback wording that hurts: vague judgements, personality instead of behaviour, biased or coded references
(age, gender, family, origin, health), and absolutes in criticism. The lists are data
(``knowledge/coaching/wording.yaml``, with their sources); this module matches them on words — jieba's
segmentation for Chinese, so a listed word never fires inside another — and applies the context rules:
quoted words reported from someone else, a denied problem, an absolute that praises ("never misses a
deadline"), a judgement made concrete in the same sentence. Every flagged phrase is an exact substring of
the notes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from assistant.coaching.absolutes import absolute_at, lapse_then_always
from assistant.coaching.clauses import counted
from assistant.coaching.denials import negated, refuted_later
from assistant.coaching.facts_stated import someone_elses, stated_not_judged
from assistant.coaching.lexicon import (
    COMMA,
    HAN,
    SENTENCE_END,
    Category,
    Token,
    any_at,
    lexicon,
    match,
    sentence,
    tokenize,
)
from assistant.coaching.subjects import of_a_thing, trait_of_a_thing, zh_of_a_thing
from assistant.i18n.script import simplified

_RATING = re.compile(
    r"(?:评为|评定为|定为|评级为?|等级为?|等次为?|考核结果为|(?:先|就|建议|可以|只能|拟)给(?:个|了|到)?|\brated|\brating:?|\bproposed:?|"
    r"\bagreed? with)\s*[:：]?\s*"
    r"(?:(?:年度|季度|月度|本年度|公司|集团|部门|科室|车间|班组|门店|分行|支行|中心)(?:的)?)?$",  # 推荐评为年度优秀班组长
    re.I,
)
# a grade after a form's label, alone on its line ("Overall assessment: Satisfactory", not "Assessment: not a team player")
_GRADED = re.compile(r"\b(?:assessment|grade|overall rating|outcome)\s*[:：]\s*$", re.I)
_LINE_END = re.compile(r"\s*[.。]?\s*(?:\n|$)")
# a requirement before an absolute ("要每次都…", "must always"); not 要 or 得 closing a word (会议纪要, 觉得)
_REQUIRED = re.compile(
    r"(?:(?<![纪主重摘概提纲只总想])要|需要|必须|须|(?<![觉获取懂晓显使赢])得|应该?|"
    r"\b(?:must|should|has to|have to|needs? to))\s*$",
    re.I,
)
_NOT_BECAUSE = re.compile(
    r"(?:没有|并没有|不是|并不是|并非|不会)因为\s*$|\bnot (?:because of|due to)\s+$", re.I
)
_QUOTED = [
    *(re.compile(re.escape(a) + r"([^" + re.escape(b) + r"\n]{1,400})" + re.escape(b))
      for a, b in [("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'), ("‘", "’")]),
    # 'single quotes': an apostrophe between letters (don't, Ravi's, I'm) neither opens nor closes one
    re.compile(r"(?<![A-Za-z0-9])'((?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){1,400}?)'(?![A-Za-z0-9])"),
]  # fmt: skip
# a quotation introduced by a colon, or named as what a document or a person said after it ("…”的要求")
_INTRODUCED = re.compile(r"[:：]\s*$")
_ONE_SAID = re.compile(
    r"[那这一][条则](?:评论|评价|差评|留言|消息)?\s*$"
)  # 那条“店员态度很差”, 有一条“…” (not 总结一句“…”)
# words that speak as someone or to someone ("“你们 CSM 一直催我们”", "'you never call us back'"): another's
_SPOKEN = re.compile(r"[你我您咱]|\b(?:you|your|we|our|us|me|my)\b|(?-i:\bI\b)", re.I)
# ... unless the manager says them ("我直接告诉她“你就是太情绪化”", "I told him 'you never listen'") or casts the
# person as saying them ("that 'my team is always right' mentality")
_OWN_WORDS = re.compile(
    r"(?:我[^，。；“”\"]{0,6}?(?:说|告诉|讲|评价|写)|评语|\bI (?:told|said|wrote|asked)\b|\btold (?:him|her|them)\b|"
    r"\b(?:that|a|the|this|his|her|their)\s*$)[^“”\"'‘’]{0,12}$",
    re.I,
)
# what others think of the person, quoted: 之前有人觉得他“性格闷”
_OTHERS_THINK = re.compile(
    r"(?:有人|别人|大家|同事们?|其他人|不少人|很多人|旁人)(?:都|也|一直)?(?:觉得|认为|以为|说)[^。；！？“”]{0,6}$"
)
_OWN_VIEW = re.compile(r"我们?的?(?:意见|看法|说法|评价)\s*(?:是|为)?\s*[:：]?\s*$")
_NAMED_AFTER = re.compile(
    r"^\s*(?:的(?:要求|说法|原话|评价|反馈|描述|表述|字样|条件|写法|差评|好评|评论|留言|投诉|点评|吐槽|评语)|[,，]?\s*(?:he|she|they|\w+) (?:said|wrote|says|writes)"
    r"|(?:comments?|remarks?|cracks?|jokes?|quips?|digs?|jibes?|messages?|emails?|posts?|replies|reply)\b)",  # 'ok boomer' cracks
    re.I,
)
_DENIED_AFTER = re.compile(  # a judgement denied right after it is said: reported, not the manager's
    r"\s*[，,;；:：—–-]\s*(?:但|可|而)?(?:其实|实际上|事实上)并?(?:不是|不然|不对)"
    r"|\s*[，,;；:：—–-]\s*(?:但|可|而)?我(?:并|倒|可)?不(?:这么|这样)(?:看|认为|觉得)(?=[，,。；;：:！!]|$)"  # 我不这么看
    r"|\s*[,;:—–-]\s*(?:but )?I (?:don['’]t|do not) (?:see it that way|agree)(?=[.,;:!]|$)"
    r"|\s*[,;:—–-]\s*(?:but )?(?:that['’]?s|which (?:is|was)n['’]?t|it['’]?s) (?:not (?:true|right|the case|fair)|wrong)"
    r"|\s*[^.;!?\n]{0,30}?\b(?:but|which|and) (?:that |this |it )?(?:is not|isn['’]t|was not|wasn['’]t) "
    # a trait denied as a problem: "quiet in standups, but that isn't a problem" (not "… before, but it is now")
    r"(?:an? )?(?:performance )?(?:problem|issue|concern)\b(?![^.;!?\n]{0,30}\b(?:but|now|still)\b)",
    re.I,
)
# a judgement the manager says they do not hold: "I don't find him difficult to work with"
_NOT_FOUND = re.compile(
    r"\b(?:don['’]t|do not|didn['’]t|did not|wouldn['’]t|would not|never)\s+(?:find|found|consider|considered|think|"
    r"thought|see|saw|call|called|describe|experience|experienced)\s+(?:him|her|them)\s+(?:to be\s+|as\s+)?(?:\w+\s+)?$",
    re.I,
)
_INSPECTED = re.compile(
    r"(?:检查|抽查|抽检|验收|审核|考试|巡检|测试|复核|质检|评审|判定|判为|认定|检测|检验)[^，,。；;]{0,3}(?:不?合格|通过)的?$"
)
_NEGATIVE = re.compile(r"\b(?:not|no|never|lacks?)\b|n['’]t\b|[不没非无]", re.I)
_WHICH_IS = re.compile(r"\bwhich\s+(?:is|was|seems|sounds|feels)\s+$", re.I)  # praise of an act, not a person
# 需要加强的是科研，今年的课题还没有开题: the area named, then what is lacking in it
_AREA_NAMED = re.compile(r"的(?:是|地方是|方面是)[^，。；,;：:\n]{1,12}[，,：:]\s*[^，。；,;\n]{4,}")
_NEEDS = re.compile(r"(?:还|仍)?(?:需要|需|要)")


@dataclass(frozen=True)
class Flag:
    phrase: str  # an exact substring of the notes
    start: int
    end: int
    category: Category
    subtype: str | None
    suggestion: dict[str, str]


_AFTER_PERSON = frozenset("爱都就也还总又太很是嘛啊最特")  # 人 + one of these is "person" + an adverb or verb


def _reported_quotes(text: str, reporting: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Spans inside quotation marks that follow a reporting word ("the client wrote '…'", "他反馈“…”"), and
    the quotations that follow one of those in the same sentence ("emails: '…' and, after the error, '…'")."""
    spans: list[tuple[int, int]] = []
    for m in sorted((m for pattern in _QUOTED for m in pattern.finditer(text)), key=lambda m: m.start()):
        left = max(
            (e.end() for e in SENTENCE_END.finditer(text, max(0, m.start() - 60), m.start())), default=0
        )
        before = tokenize(text[max(left, m.start() - 60) : m.start()])[-8:]  # in the quotation's sentence
        if _OWN_VIEW.search(text, max(left, m.start() - 12), m.start()):
            continue  # the manager's own words: 我的意见是“…”
        if (
            any(any_at(before, i, reporting) for i in range(len(before)))
            or any(
                w in text[max(left, m.start() - 12) : m.start()] for w in lexicon()["reporting_zh"]
            )  # 说他
            or _INTRODUCED.search(text, max(0, m.start() - 8), m.start())
            or _OTHERS_THINK.search(text, max(left, m.start() - 14), m.start())
            or _ONE_SAID.search(text, max(0, m.start() - 4), m.start())
            or (_SPOKEN.search(m[1]) and not _OWN_WORDS.search(text, max(left, m.start() - 16), m.start()))
            or _NAMED_AFTER.match(text[m.end() : m.end() + 40])
            or any(e <= m.start() and not SENTENCE_END.search(text, e, m.start()) for _, e in spans)
        ):
            spans.append((m.start(), m.end()))
    return spans


_SKILLS = frozenset(["能力", "意识", "思维", "素质", "素养", "精神", "态度"])  # a person's, not a thing's


def _compound_at(tokens: list[Token], offsets: list[int], start: int, stop: int) -> int | None:
    """The Chinese token a match starts inside when that token is a compound ending in the match's first word
    ("创新能力" in "创新能力不足", "团队意识" in "团队意识强"): the match then starts with the compound.
    ``offsets`` are the tokens' starts."""
    i = bisect_right(offsets, start) - 1
    if i < 0:
        return None
    t = tokens[i]
    inside = t.start < start < t.end <= stop and t.text[start - t.start :] in _SKILLS and start - t.start >= 2
    return i if inside and HAN.match(t.text) else None


def _concrete(text: str, start: int, end: int, evidence: set[tuple[str, ...]]) -> bool:
    """The sentence of a judgement also says what happened: a number, date or weekday, a colon followed by
    words, or an evidence cue ("when", "for example", "比如", "…时")."""
    left, right = sentence(text, start, end)
    # the sentence around the judgement: a number inside it is no evidence ("Zero initiative")
    said = text[left:start] + " " * (end - start) + text[end:right]
    said = _LIST_NUMBER.sub(lambda m: " " * len(m[0]), said)  # "3. 主要问题：…": an item's number is no count
    if re.search(
        r"(?<![A-Za-z\d])(?!(?:19|20)\d\d(?:年|\b)|\d\d\s?后|\d+\s?岁)\d|(?!(?<=第)二天)[一二三四五六七八九十两]+(?:次|个|天|周|月|件|笔|单|等奖|万|千)|(?:周|星期|礼拜)[一二三四五六日天]"
        r"|(?i:\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)|为零|零(?:差错|失误|事故|投诉|客诉|缺陷|返工)",
        said,
    ):  # not "Q4", "P99"; a weekday is a situation ("周报每周五按时提交，数据准确")
        return True
    after = text[end:right]
    # what happened after a colon or a dash; the words of others quoted ("was strong ("sharpest synthesis …")")
    # ... also when the judgement's noun comes first: "She is a great mentor: both interns she supervised …"
    # (what follows tells of an act: a number or a verb in the past, not "positive, friendly and a pleasure")
    if (
        (
            noun_first := re.match(
                r"(?:\s*[A-Za-z-]+(?![A-Za-z-])){0,6}?\s*(?:[:：—–]|\s-\s)\s*\S|[\u4e00-\u9fff]{0,4}[:：—]\s*\S",
                after,
            )
        )
        and len(tokenize(after)) >= 6
        and re.search(
            r"\d|\b[a-z]{3,}ed\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b|了|过",
            after[noun_first.end() - 1 :],
        )
    ):
        return True
    if re.search(r"\bby\s+(?!far\b)[a-z]+ing\b", text[end:right]):
        return True  # how it was done: "went above and beyond for the launch by rebuilding the import"
    if re.match(r"\s*(?:[:：—–-]\s*\S|[(（]?\s*[\"“「『])", after) and len(tokenize(after)) >= 5:
        return True
    clause_left = max((m.end() for m in COMMA.finditer(text, left, start)), default=left)
    clause_right = next((m.start() for m in COMMA.finditer(text, end, right)), right)
    if _IN_THE_COURSE_OF.search(said):
        return True  # an occasion named: "在新收入准则切换中牵头编写了操作指引"
    if _COUNTED_WORDS.search(text[clause_left:start] + " " + text[end:clause_right]):
        return True  # a count in words in its clause: "finished the vouching two days ahead of schedule"
    tokens = tokenize(text[clause_left:clause_right])
    return any(any_at(tokens, i, evidence) for i in range(len(tokens)))


_IN_THE_COURSE_OF = re.compile(  # an occasion named, not 在工作中 / 在团队中 (work and the team in general)
    r"在(?!(?:日常|平时|平常|本年度|今年|全年|实际|具体)?的?(?:工作|团队|公司|岗位|生活|部门|集体|同事|班组)"
    r"(?:中|里|上|期间|时))[\u4e00-\u9fffA-Za-z0-9]{2,15}(?:过程中|中|期间|时)"
)
_LIST_NUMBER = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-*•][ \t]*)?\d{1,2}[.、)）．](?!\d)")
_COUNTED_WORDS = re.compile(  # a count of something in words ("two days ahead of schedule"), not "a hundred percent"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\s+(?:[a-z-]+\s+)?"
    r"(?:days?|weeks?|hours?|months?|years?|minutes?|times|people|customers|clients|tickets|cases|deals|calls|shifts|"
    r"projects|accounts|sites|stores|reports|errors|defects|audits|releases)\b",
    re.I,
)


_DONE = re.compile(  # an act told in the past: "she stopped sign-off", "she got three quotes"
    r"^(?:(?:she|he|they)\s+)?(?:\w+ed|(?:re)?(?:wrote|built|made|ran|took|drew)|went|got|led|gave|sent|won|brought|kept|held|set|told|"
    r"said|spoke|found|caught|taught|bought|sold|chose|met|paid|put|cut|saw|stood|thought|began|came|did|drove|flew|"
    r"spent|split|overcame|understood|sought|fought|hit|shut|lent|dealt|meant|left|felt|rang|sang)\b",
    re.I,
)


def _shown_after(text: str, end: int, lex: dict[str, Any]) -> bool:
    """Later in the sentence a colon, a dash or a bracket opens what the person did, with no lapse or negation in it ("was
    assertive in the March design review: she stopped sign-off on …"; not "demanding – nobody wants to work with
    him", "demanding: shouted at two of them")."""
    right = sentence(text, end, end)[1]
    shown = re.search(r"[:：—–-]\s+(\S.*)|[(（]\s*(\S.*)", text[end:right])
    if shown is None or not _DONE.match(act := shown[1] or shown[2]):
        return False
    tokens = tokenize(act)
    ab, negators = lex["absolutes"], lex["words"]["negators"]
    return len(tokens) >= 4 and not any(
        any_at(tokens, j, ab["lapses"]) or any_at(tokens, j, negators) for j in range(len(tokens))
    )


_WHOSE = re.compile(r"\b(?:his|her|their|my|our|your)\s+$", re.I)


def flag_notes(notes: str) -> list[Flag]:
    """The problem phrases of ``notes``, in order, none overlapping (the longest listed phrase wins).
    Traditional Chinese is read as Simplified (the same length); each phrase is given as the notes write it."""
    written, notes = notes, simplified(notes)
    lex = lexicon()
    words = lex["words"]
    tokens = tokenize(notes)
    quoted = _reported_quotes(notes, words["reporting"])
    taken: list[tuple[int, int]] = []
    flags: list[Flag] = []

    def add(start: int, end: int, category: Category, subtype: str | None) -> None:
        if any(s < end and start < e for s, e in taken) or any(s <= start and end <= e for s, e in quoted):
            return
        taken.append((start, end))
        flags.append(Flag(written[start:end], start, end, category, subtype, lex["suggestions"][category]))

    for i in range(len(tokens)):
        span = absolute_at(tokens, i, lex, notes) or lapse_then_always(tokens, i, lex, notes)
        if (
            span is not None
            and not counted(notes, tokens[i].start)
            and not _REQUIRED.search(notes, max(0, span[0] - 16), span[0])
        ):
            add(span[0], span[1], "absolute", None)

    def judged(i: int, start: int, stop: int, category: Category, subtype: str | None = None) -> bool:
        """Whether a match is the manager's judgement, not a denied problem, one made concrete, or a leave
        stated as a fact."""
        # gatekeeping said with a negation is gatekeeping all the same ("not quite the right fit"); only a coded
        # phrase that is negative itself is denied by one (不是不合群)
        gate = subtype == "coded" and not _NEGATIVE.search(notes[start:stop])
        if (category in ("vague", "personality") or subtype == "coded") and (
            (not gate and negated(tokens, i, words["negators"], notes, doubt_ok=category == "vague"))
            or _DENIED_AFTER.match(notes, stop)
            or refuted_later(tokens, notes, start, stop, words["negators"])
        ):
            return False  # a denied problem: "not lazy at all", "并不是不主动", "不是不合群", "有人说她脾气急，其实不是"
        if category == "biased" and _NOT_BECAUSE.search(notes, max(0, start - 24), start):
            return False  # denied as a reason: "并没有因为身体原因减少现场时间", "not because of her age"
        if category in ("biased", "personality") and re.match(r"-[A-Za-z]", notes[stop : stop + 2]):
            return False  # a compound's first part names something else: "medication-administration audit"
        if category == "personality" and _NOT_FOUND.search(notes, max(0, start - 40), start):
            return False  # "I don't find him difficult to work with at all"
        praised = re.sub(r"\s+by nature$", "", notes[start:stop].lower()) in lex["praised_traits"]
        if category == "personality" and praised and _WHICH_IS.search(notes, max(0, start - 20), start):
            return False  # "very motherly with the associates, which is sweet": praise of the act
        if category == "vague" and _NEEDS.match(notes, start) and _AREA_NAMED.match(notes, stop):
            return False  # "需要加强的是科研，今年的课题还没有开题"
        if (
            (category in ("vague", "personality") or subtype == "coded")
            and not notes[start:stop].isascii()
            and zh_of_a_thing(notes, start, vague=category == "vague")
        ):
            return False  # "客户的 commitment 不足", "目标定得好 aggressive", "这个方案不太 fit 我们的 team"
        if category in ("vague", "personality") and of_a_thing(notes, start, stop):
            return False  # "an aggressive timeline", "a good fit logistically", "an emotional parent meeting"
        thing_ok = (
            category == "personality"
            or subtype == "age"
            or (subtype == "coded" and notes[start:stop].isascii())
        )
        if thing_ok and trait_of_a_thing(notes, start):
            return False  # "the old press is stubborn on cold mornings", "那台老冲床脾气怪", "the logo doesn't fit"
        # praise shown by the act: "assertive in the March design review: she stopped sign-off"
        if category == "personality" and praised and _shown_after(notes, stop, lex):
            return False
        if (
            subtype == "age"
            and re.match(r"kids?\b", notes[start:stop], re.I)
            and _WHOSE.search(notes, 0, start)
            and stated_not_judged(notes, start, stop, "family")
        ):
            return False  # "took Friday off to be with her kids": her children, a leave stated, not her age
        if category == "biased" and subtype != "coded" and someone_elses(notes, start, stop):
            return False  # "the client is a native Spanish speaker", "客户是外地人"
        if subtype in ("family", "health") and stated_not_judged(notes, start, stop, subtype):
            return False  # a leave stated as a fact, an absence and its reason, someone else's relative, a service
        if category == "vague" and _INSPECTED.search(notes, start, stop):
            return False  # an inspection's result: "安全检查全部合格", "验收一次通过"
        if category == "vague" and (
            _RATING.search(notes, max(0, start - 12), start)
            or (
                _GRADED.search(notes, max(0, start - 24), start)
                and _LINE_END.match(notes, stop)
                and " " not in notes[start:stop]
            )
        ):
            return False  # a rating's name: "建议年度评为优秀", "Rated Outstanding", "Overall assessment: Satisfactory"
        return not (category == "vague" and _concrete(notes, start, stop, words["evidence"]))

    found: list[tuple[int, int, Category, str | None]] = []  # candidate spans; the longest wins an overlap
    for i in range(len(tokens)):
        for entry in lex["entries"]:
            end = match(tokens, i, entry.tokens)
            if end is not None and judged(
                i, tokens[i].start, tokens[end - 1].end, entry.category, entry.subtype
            ):
                found.append((tokens[i].start, tokens[end - 1].end, entry.category, entry.subtype))
    starts = {t.start: i for i, t in enumerate(tokens)}
    offsets = [t.start for t in tokens]
    ends = {t.end for t in tokens}
    # a degree adverb jieba joined to the name before it ("小曹太倔": 曹太 / 倔; 赵太急) starts a match all the same
    glued = {t.start + k: i for i, t in enumerate(tokens) if HAN.match(t.text)
             for k in range(1, len(t.text)) if t.text.startswith(lex["grammar"]["degree"], k)}  # fmt: skip
    # ... and so does a word jieba joined to the particle before it ("文化上融不进来": 上融 / 不 / 进来), or a
    # negation joined to the character before it ("小吴不像…": 吴不像 / 带; not after 人, 们 or a particle)
    glued |= {t.start + 1: i for i, t in enumerate(tokens) if (len(t.text) == 2 and t.text[0] in "上也就都还又")
              or (len(t.text) >= 3 and t.text[1] == "不" and t.text[0] not in "人们都也还就又上" and HAN.match(t.text))}  # fmt: skip
    # ... and so does a negation jieba joined to 人 before it ("这个人不太合群": 人不太 / 合群)
    glued |= {
        t.start + 1: i
        for i, t in enumerate(tokens)
        if len(t.text) > 1
        and t.text[0] == "人"
        and t.text[1] in "不没"
        and (i == 0 or tokens[i - 1].text in ("这个", "那个") or not HAN.match(tokens[i - 1].text))
    }
    for pattern, category, subtype in lex["templates"]:
        for m in pattern.finditer(notes):
            part = "span" if "span" in pattern.groupindex and m.group("span") is not None else 0
            start, stop = m.span(part)  # the part flagged, or the whole match
            while stop > start and notes[stop - 1].isspace():
                stop -= 1
            first = starts.get(start, glued.get(start))
            inner = (
                _compound_at(tokens, offsets, start, stop) if first is None and category == "vague" else None
            )
            if inner is not None:  # "创新能力不足": a compound ending in the judged topic starts the match
                first, start = inner, tokens[inner].start
            # a closing 人 jieba joined to the adverb or verb after it ("安徽人爱…": 安徽 / 人爱) ends a match all the
            # same; 人民, 人事, 人力 are words of their own
            closed = stop in ends or (
                stop - 1 in starts and notes[stop - 1] == "人" and notes[stop : stop + 1] in _AFTER_PERSON
            )
            if first is not None and closed and judged(first, start, stop, category, subtype):
                found.append((start, stop, category, subtype))

    # a biased phrase of several words inside a longer judgement wins ("needs more executive presence" is coded,
    # not vague; a single word, "polish" in "needs polish", does not); otherwise the longest
    def rank(f: tuple[int, int, Category, str | None]) -> tuple[bool, int, int]:
        said = notes[f[0] : f[1]].strip()
        phrase = " " in said or (len(said) >= 4 and not said.isascii())
        wrapped = any(
            g[2] != "biased" and g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found
        )
        return (not (f[2] == "biased" and phrase and wrapped), f[0] - f[1], f[0])

    for start, stop, category, subtype in sorted(found, key=rank):
        add(start, stop, category, subtype)
    return sorted(flags, key=lambda f: f.start)
