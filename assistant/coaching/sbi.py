"""Situation–Behaviour–Impact statements from a manager's rough notes. Each statement is made of the notes' own
words (nothing about the employee that the notes do not say): where the situation and the impact sit is read by
:mod:`assistant.coaching.sbi_parts` (a lead-in, a label or a heading over bullets; a clause after a cue, a clause
about others, a result stated before its cause, or the next sentence about others); the behaviour is what is
left. A missing part is asked for, never invented. Sentences that only judge ("Good attitude.", "做事很细心"),
that ask for something to come ("She could delegate more", "希望明年多带新人"), and sentences resting on a
biased reference, give no statement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.coaching.lexicon import HAN
from assistant.coaching.sbi_follows import follows_as_impact
from assistant.coaching.sbi_impact import impact
from assistant.coaching.sbi_parts import lead, names_occasion
from assistant.coaching.sbi_preamble import preamble
from assistant.coaching.sbi_verdicts import only_asks_or_judges
from assistant.coaching.sbi_when import when
from assistant.coaching.wording import Flag
from assistant.i18n import Lang, t
from assistant.i18n.script import simplified
from assistant.llm.answer import terms

# not inside "1.2", nor after a title or "e.g." ("St. Mary's", "Dr. Osei", "e.g. the")
_SPLIT = re.compile(
    r"(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<=[.!?;])\s+(?!(?<=[Nn]o\.\s)\d)"
    r"|(?<=[。！？；])(?![”」』’\"'])\s*|\n+"  # (not inside a quote: "留了好几句“这都不懂？”，…")
    # … but after it, when others answer a question or a cry: "“为什么还没发货？”客户给了差评"
    r"|(?<=[！？][”」』])(?=(?:客户|顾客|用户|大家|对方|同事|新人|新同事|团队|领导|主管|家长|患者|病人|全组|全场)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:都|也|就|当场|马上|立刻|直接|后来))?[\u4e00-\u9fff])"
)
# items numbered inline, from a first one on: "1) cut the list 2) mentors … 3) Presented …" (not "(wk 47) ->")
_FIRST_ITEM = re.compile(r"(?:^|\s)[1a]\)\s+\S")
_NEXT_ITEM = re.compile(r"(?<=\S)\s+(?=(?:\d{1,2}|[b-h])\)\s+\S)")
_CONNECTIVE = re.compile(r"^(?:另外|此外|还有|然后|而且)[，,]?\s*")  # "另外年会那天" opens with a connective
# a bullet or an item's number: "- ", "2) ", "3、", "②", "（2）"
_BULLET = re.compile(
    r"^\s*(?:[-•*·+]\s+|[・▪◦‧]\s*|\d+(?:[.)]\s+|[、）．]\s*)|[①-⑳]\s*|[（(]\d{1,2}[)）]\s*)"
)
_PUNCTUATED = re.compile(r"[，,。；;：:！？!?、]")
_DATED = re.compile(
    r"\d{1,2}\s*[月日号]|\d{1,2}/\d{1,2}(?!\s*的)|周[一二三四五六日]|[上本这]周|昨天|今天|[上本这]个?月"
)  # 3月12日 需求评审会：
_A_RECORD = re.compile(  # a record's title, not the occasion: "本周复盘（直播组）：", "年度考核意见："
    r"(?:复盘|纪要|小结|总结|意见|情况|反馈|记录|摘要|评语|汇报|周报|月报|报告)(?:[（(][^)）]*[)）])?\s*[：:]?\s*$"
)
# whom the sentence is about, or a filler, before its parts: "说下小宇，", "那个阿强啊", "小周这个人吧，", "嗯就是说"
_ADDRESSED_ZH = re.compile(
    r"^\s*(?:(?:嗯+|呃+|就是说|就是)[，,\s]*)*(?:(?:说下|说一下|聊下|跟你说下|跟你同步下)\s*(?:[小老阿][\u4e00-\u9fff]{1,2}|[A-Za-z]+)[，,]\s*"
    r"|(?:那个)?\s*[小老阿](?!板|组|区|程|孩|朋|客|师|外|伙|总)[\u4e00-\u9fff]{1,2}(?:这个人|这人)?(?:吧|啊|呢|哈)[，,]?\s*)?"
)
_TOPIC_ZH = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})[：:]\s*(?=\S)")
_INPUTS_FOR_EN = re.compile(
    r"^\s*(?:(?:[A-Z][\w.'’-]*\s+){0,2}?[A-Z][\w.-]*['’]s\s+)?(?:(?:Q[1-4]|H[12]|FY\d+|mid-?year|year-?end|annual|"
    r"quarterly|probation|review)\s+)*(?:inputs?|notes?|feedback|comments)\s+[–—-]\s+(?=\S)"
)
_HEADING = re.compile(
    r"^\s*([^\n.!?。！？]{3,60}?)\s*[:：]?\s*$"
)  # a line over bullets: "Annual partner summit (Lisbon, May)"


_FILLER = {  # words that carry no observation
    *(
        "she",
        "he",
        "they",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "but",
        "and",
        "or",
        "so",
        "a",
        "an",
        "the",
    ),
    *(
        "her",
        "his",
        "their",
        "him",
        "them",
        "it",
        "can",
        "could",
        "sometimes",
        "bit",
        "little",
        "too",
        "more",
    ),
    "overall",
    "enough",
    "really",
    "very",
    "quite",
    "also",
    "though",
    "generally",
    "always",
    "still",
    "整体",
    "总体",
    "还是",
    "但是",
    "不过",
    "比较",
    "非常",
    "有点",
}


@dataclass
class Statement:
    situation: str
    behaviour: str
    impact: str
    source: str  # the sentence of the notes it comes from (exact text)
    asks: list[str] = field(default_factory=list)  # parts the manager still has to supply
    evidence: list[str] = field(default_factory=list)  # records that bear on it

    @property
    def complete(self) -> bool:
        return not self.asks


def _sentences(notes: str) -> list[tuple[str, str]]:
    """(sentence, the heading it sits under) for each sentence of ``notes``: a short line followed by bullets, or
    closed by a colon ("Store visit, #212, on the 18th:"), is their heading, and names their occasion when it
    names one."""
    out, heading = [], ""
    lines = notes.split("\n")
    # the next non-blank line after each line, in one pass from the end
    following, nxt = [""] * len(lines), ""
    for k in range(len(lines) - 1, -1, -1):
        following[k] = nxt
        nxt = lines[k] if lines[k].strip() else nxt
    titled = False  # the heading is a line closed by a colon: it heads every line up to a blank one
    for k, line in enumerate(lines):
        bullet = _BULLET.match(line)
        colon = bool(following[k].strip()) and (
            (line.strip().endswith(":") and line.isascii())
            or (
                line.strip().endswith("：") and len(line.strip()) <= 24 and not re.search(r"[，,。；;]", line)
            )
        )
        head = (
            _HEADING.match(line.strip())
            if not bullet and len(line.strip()) <= 61 and (_BULLET.match(following[k]) or colon)
            else None
        )
        if head:
            heading, titled = head[1], colon
            if colon and not line.isascii() and (not _DATED.search(line) or _A_RECORD.search(line)):
                heading = ""  # "本周复盘（直播组）：", "年度考核意见：" head the lines but name no occasion
            continue
        if not line.strip():
            heading, titled = "", False
        elif not bullet and not titled:
            heading = ""
        zh = HAN.search(line) is not None
        if preamble(line, zh):
            continue  # "Hi Megan,", "Jonas (project eng.)", "【校准备注】王磊": no observation, no impact of one
        items = _NEXT_ITEM.split(line) if _FIRST_ITEM.search(line) else [line]
        for part in (p for item in items for p in _SPLIT.split(item)):
            part = _BULLET.sub("", part).strip(" -•*·・▪◦‧\t")
            if part and len(part) >= 6 and not preamble(part, zh):
                out.append((part, heading))
    return out


def _only_judgement(sentence: str, flags: list[Flag]) -> bool:
    """Nothing observed is left once the flagged judgements are taken out ("Good attitude overall but not
    proactive enough.")."""
    rest = sentence  # read as Simplified, as the flags' phrases are matched
    for f in flags:
        rest = rest.replace(simplified(f.phrase), " ")
    content = {w for w in terms(rest) if w not in _FILLER}
    return len(content) < 2


# (a label that names the result is none: "Client response: escalated …", "结果：…")
_LABELLED = re.compile(
    r"\s*(?!(?:\w+ )?(?:result|outcome|impact|effect|response|decision|consequence)s?\s*[:：]|结果|后果|影响|效果)"
    r"(?:[A-Za-z][\w/&-]*(?: [\w/&-]+){0,3}|[\u4e00-\u9fff]{2,8})\s*[:：]\s+\S",
    re.I,
)
# a form's section in brackets before the text: "【关键事件】", "【待改进】"
_SECTION = re.compile(r"^\s*[【\[]([^】\]]{1,10})[】\]]\s*(?=\S)")
# a heading that dates the notes of a one-to-one ("1:1 w/ Hui Min, 12 Jun", "1on1记录 3/12"): when the notes were
# taken, not when what they tell happened
_MEETING_NOTES = re.compile(
    r"^\s*(?:1:1|1-1|1on1|one-on-one|one to one)\b|^\s*(?:check-?in|catch-?up)\s+(?:w/|with)\s+(?-i:[A-Z])"
    r"|^\s*(?:1on1|一对一|面谈)|(?<![A-Za-z0-9])1on1s?(?![A-Za-z])|笔记|记录|周报|月报|备注|小结|点评"
    # whose week it is: "本周 BD 小周", "这周 阿杰"
    # (not an occasion: "上周 大促", "这周 周会")
    r"|^\s*(?:本周|这周|上周|本月|这个月|这个 ?sprint)(?:\s*|[，,]\s*(?=[小老阿]))(?:[A-Za-z]+\s*)?[小老阿]?(?![\u4e00-\u9fff]?[会促季期节赛典])"
    r"(?!盘点|复盘|上线|审计|审核|巡检|发布|评审|直播|活动|投放|迁移|月结|年结|改版|培训|演练|路演|展会|招聘)"
    r"[\u4e00-\u9fff]{1,2}\s*$",
    re.I,
)
# Cantonese function words read as their Mandarin counterparts, one character for one (佢冇跟足程序: 他没跟足程序)
_CANTONESE = str.maketrans(
    {
        "佢": "他",
        "冇": "没",
        "咗": "了",
        "喺": "在",
        "嘅": "的",
        "哋": "们",
        "嚟": "来",
        "睇": "看",
        "嗰": "那",
        "𠮶": "那",
        "唔": "不",
        "啲": "些",
    }
)


def statements(notes: str, flags: list[Flag], lang: Lang) -> list[Statement]:
    """A statement per observation in ``notes`` (sentences that only judge, or rest on bias, give none; a
    sentence that only reports what came of the one before is that one's impact). Traditional Chinese is read
    as Simplified (same length), and each part is given in the notes' own characters."""
    # in a line with no punctuation (dictated notes) a space between two Chinese words parts clauses as a comma
    # does ("广交会上她守了三天展位 加了六十多个微信"): read as one, of the same length, so parts map back
    read = "\n".join(
        line
        if _PUNCTUATED.search(line)
        else re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[ \u3000]*[\u4e00-\u9fff])", "，", line)
        for line in simplified(notes).translate(_CANTONESE).split("\n")
    )

    def own(part: str, near: int) -> str:  # the notes' own text of a part found in ``read``
        at = read.find(part, near)
        at = read.find(part) if at < 0 else at
        return notes[at : at + len(part)] if part and at >= 0 else part

    out: list[Statement] = []
    at = last_start = 0
    skipped = False  # the sentence before gave no statement: what follows reports no result of an earlier one
    for sentence, heading in _sentences(read):
        start = read.find(sentence, at)
        at = start + len(sentence)
        inside = [f for f in flags if start <= f.start and f.end <= at]
        zh = HAN.search(sentence) is not None
        if (
            any(f.category == "biased" for f in inside)
            or _only_judgement(sentence, inside)
            or only_asks_or_judges(sentence, zh)
        ):
            skipped = True
            continue
        body = sentence.rstrip("。.!！?？；;")
        last = None if skipped or not out else out[-1]
        skipped = False
        joined = read[:start].rstrip().endswith((";", "；"))
        if (
            last
            and "impact" in last.asks
            and not inside
            and not _LABELLED.match(body)  # "Attendance: came in late …" opens a topic of its own
            and follows_as_impact(body, zh, joined)
        ):
            last.impact, last.asks = own(body, start), [a for a in last.asks if a != "impact"]
            last.source = notes[last_start:at]
            continue
        last_start = start
        # "说下小宇，", "小周这个人吧，", "嗯就是说", "Rohan's Q2 inputs – …": whom or what for, no part of it
        body = (_ADDRESSED_ZH if zh else _INPUTS_FOR_EN).sub("", body)
        if (section := _SECTION.match(body)) and not (
            re.search(r"\d", section[1]) or names_occasion(section[1])
        ):
            body = body[
                section.end() :
            ]  # "【关键事件】国庆黄金周期间，…": the form's section (not 【3月12日周会】)
        found, body = lead(body, zh)
        if (
            not found
            and heading
            and names_occasion(heading)
            and not preamble(heading, zh)  # "Hi Jo, for Tom's probation review:"
            and not _MEETING_NOTES.search(heading)
            and not (zh and when(body, zh))
        ):
            found = heading
        result, body = impact(body, zh)
        behaviour = body.strip(" ，,;；")
        # "另外年会那天" is 年会那天; "客户服务：有一单交车时…" is the form's field, then the occasion
        topic = _TOPIC_ZH.match(behaviour) if zh else None
        found = _CONNECTIVE.sub(
            "", found or when(behaviour, zh) or (when(behaviour[topic.end() :], zh) if topic else "")
        )
        asks = [part for part, text in (("situation", found), ("impact", result)) if not text]
        out.append(Statement(
            own(found, start) or t("coach.ask.situation", lang), own(behaviour, start),
            own(result, start) or t("coach.ask.impact", lang), notes[start:at], asks,
        ))  # fmt: skip
    return out
