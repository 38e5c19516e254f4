"""SBI extraction against gold situation, behaviour and impact spans, in sets written blind by helper sessions
from the SBI definitions only, each committed before the rules it measures:

  sbi1  scored with the code before the extraction rules (complete .356), then read while writing them.
  sbi2  scored before and after the first round (.367 -> .550), then read for the second.
  sbi3  scored before, after the first round and after the second (.309 -> .543 -> .583), then read for the third.
  sbi4  scored before and after each of the three rounds (.338 -> .596 -> .596 -> .603), then read for the fourth.
  sbi5  scored before and after the fourth round (.600 -> .635), then read for the fifth.
  sbi6  scored before and after the fourth and the fifth round (.653 -> .702 -> .727), then read for the sixth.
  sbi7  scored before and after each of those three rounds (.547 -> .555 -> .562 -> .570), then read for the next
        (results after a semicolon or in a sentence of their own, said of others in the past; results with no
        subject, "Saved us …"; the other side, 设计那边; people named by what they do, 接班的同事).
  sbi8  scored before and after that round (.680 -> .719), then read for the next (a loss or a saving after a
        dash or a comma, "Caught by the audit, …", a figure that moved whatever its subject, departments as
        parties, 不用再 and 再也没, 开发/设计 as subjects, 很大程度上是因为; "都是9月份签下来的" and "当场停用" are no
        impact).
  sbi9  scored before and after each of those two rounds (.623 -> .639 -> .648), then read for the next (a review
        passed at once, 翻了一倍, 比去年…好, 抱怨 and 反馈 of others, 组里, a figure that moved in the next Chinese
        sentence, "as a result", "we ate the duty"; a consequence only feared, "instead of …" and a circumstance
        (在…的情况下) are no impact; 前一周, 预热期, 这一期… as occasions).
  sbi10 scored before and after each of those three rounds (.681 -> .695 -> .702 -> .730), then read for the next
        (others in a relative clause, "that two other teams have since reused"; devs, AEs and other roles as
        parties, "AEs say …"; a result first that holds now; 只能/不得不/抢在; a share or a rate opening the next
        Chinese sentence; a cause named after 主要是 with a name; 并/还/马上 continue the report's own act).
  sbi11 scored before and after each of those four rounds (.647 -> .654 -> .662 -> .676 -> .676), then read for the
        next (a group or "every director" as a subject, "now uses it", zero and none as results, "went from … to";
        what did not happen to others right after them: 病人没有转ICU, 没有发生一起…; 各区经理, 全店最高, 快了300ms).
  sbi12 scored before and after that round (.739 -> .746), then read for the next (people, deals, margins, CI, NPS
        as subjects, "every student"; "now" said of others; "back above 4.5"; 这要归功于; others who acted (了);
        有一家客户, 白班护士, 的学生; a clause opening with 把 or 期间 continues the report's act; a result with its
        own cause is a statement of its own).
  sbi13 scored before and after each of those two rounds (.714 -> .738 -> .754), then read for the next (a result
        opened by its connector, "As a result, …"; a figure seven words in; "that the sales team now uses"; a
        pronoun after others' own verb is theirs; "is up"; 最后/后来 opening an outcome; 保证了, 掉了).
  sbi14 scored before and after that round (.662 -> .669 -> .669), then read with sbi15 (labels and lead-ins naming a
        day or a holiday, occasions such as a strike or a release named with a dot, 课上, "有一次…时", titles' full
        stops; .669 -> .685).
  sbi15 committed before that session's review fixes and scored with the code before and after them (.695, .723),
        then read with sbi14 (.723 -> .780).
  sbi16 committed at the start of the session that read sbi14-15, scored with the code before and after that round
        (.738 -> .746), then read (occasions after the act, through a period or at a named event: .746 -> .777).
  sbi17 committed before the round sbi16 prompted, scored with the code before and after it (.696 both times);
        read with sbi18 (headings and asides named no occasion, systems after "in the", Chinese occasions with no
        comma or by a day's name: .696 -> .776).
  sbi18 committed before the last wording round of that session, scored with the code of its start (.685) and
        after (.694); read with sbi17 (.694 -> .782).
  sbi19 committed at the start of the session that read sbi17-18, scored with its code (.648) and after that
        round (.695); read in the next session (an English arrow chain opening on its occasion, a holiday's day or
        week opening the behaviour, 但是 before a lead-in: .695 -> .734).
  sbi20 committed at the start of the session that read sbi19, scored with its code (.737) and after each of
        its rounds (.737); read in the next session with sbi21 (no rule from it moved it: .737).
  sbi21 committed at the start of the session that read sbi20, scored with its code (.627); then read (a
        bracketed report title names no occasion, a clause that sets the scene before the act is its situation, a
        remark on the act is no impact, a figure in pounds: .627 -> .675).
  sbi22 committed before that round, scored with the code of the session's start and after the round (.750 both
        times); then read (in Chinese an incident told before the report's name joins the situation: .758).
  sbi23 committed before that round, scored with the code of the session's start and after it (.801 both times);
        then read (引起/引发 after a comma open a consequence, 被打乱, experts' verdict, not a single one: .824).
  sbi24 committed before that round, scored with the code of the session's start (.693) and after it (.686); then
        read (someone else away, "while Tasha was on leave", and 那周 / 那会儿 / 那两个小时 open a situation: .700).
  sbi25 committed before that round, scored with the code of the session's start (.714) and after it (.714); then
        read (那段 and 那阵 end an occasion told after the name: .728).
  sbi26 committed before that round, scored with the code of the session's start (.706) and after both rounds
        (.706); then read (labels such as 待改进 and "Key contributions" name no occasion, nor does a role and a
        name; a name before a dash is no heading; an occasion inside the act, 周日爆仓时: .754; .770 after the next
        round).
  sbi27 committed before that round, scored with the code of the session's start (.671) and after it (.678); then
        read in the same session (a line closed by a colon heads the lines after it: .678, unchanged).
  sbi28 committed before that round, scored with the code before it (.737) and after it (.737); then read in the
        next session (a heading that names the person, a role or a document is no occasion; an occasion before
        the pronoun with no comma, "peak week he …", 台风天; results after an arrow in Chinese; "and cut our waste
        by a third"; ", who say …"; items numbered inline or with ②; no result across a judging sentence: .880).
  sbi29 committed before that round, scored with the code of the session's start (.664) and after it (.678); then
        read in the same session (1on1 records, 重点 and "Jason 本月" head no occasion; an occasion opening the
        sentence with spaces in it, after 另外, before 佢; "Night of the … he", "For the … Jonas prepared";
        没有一笔差错, 又得, "no. 3" before a number is no sentence's end: .776 after the review of the round).
  sbi30 committed before those rounds, scored with the code of the session's start (.642), after the first round
        (.693) and after the second (.708); then read in the next session, once sbi31 was committed (greetings,
        sign-offs and a name with its role give no statement; a lead-in ends at a name or a past verb; month names
        are whole words; dictated Chinese lines part clauses at spaces; 没造成 is the harm spared; a dated Chinese
        heading names its occasion: .796 after both rounds of that session).
  sbi31 committed before the first round of that session, scored with the code of its start (.733) and after it
        (.733); then read in its second round (notes framed "Adding context for …", "Lena, SRE.", section titles;
        accented and two-word names after a lead-in; a habit on "their code reviews" is no occasion; a Chinese
        name or filler before the sentence; ・ bullets; counsel, internal audit and an agency as others: .817).
  sbi32 committed before that second round, scored with the code before it (.765) and after it (.772); then read in
        the next session, once sbi33 was committed (a time before an arrow, results in the next sentence: a figure
        with no verb, zero …, people of a kind; "…, and new hires now use it"; a 1:1's date heading; Cantonese read
        as Mandarin: .912 after the review of the round).
  sbi33 committed before the first round of that session, scored with the code of its start (.714) and after it
        (.729); then read in its second round (a colon between digits, "On the downside", a labelled line as a
        topic of its own, greeting headings, habits, plural people and a thing done to as results, 关键事件1 and
        notes' titles as no occasion).
  sbi34 committed before that second round, scored with the code of the session's start (.740) and before that
        round (.747); then read in the next session, once sbi35 was committed (an occasion before a dash, a named
        day, habits and places as no occasion, departments and people busy with it as results, 零X, 一X都没,
        现在都能…了, X之前, 那场: .870 after the review of the round).
  sbi35 committed before the first round of that session, scored with the code of its start (.701) and after it
        (.717); then read in its second round (a lead-in after a label, "which nobody asked her to do", counts of
        people who now come, people who still use it, the manager's own state, a party after a semicolon, what
        the act was worth, 没一个, 少亏了, 后面…, a project's label, whose week a heading is).
  sbi36 committed during that first round, scored with the code of the session's start (.714) and before the
        second round (.722); then read in the next session, once sbi37 was committed (a count of others who now
        do something, 0 客诉, 有七个进了…, the report's own initiative 主动/亲自 as no result, a form's section
        【…】, a Chinese name as a label, "Saturday's service,", counted occasions and a routine's time as none).
  sbi37 committed before that round's rules, scored with the code of the session's start (.771); then read in
        the next session, once sbi38 was committed (harm that did not come, a state reached, what others used,
        a thing made that moved a figure, the manager's aside, a review file's label, plural weekdays, occasions
        named before 他/她, a quote's own question mark, 翌日 results, 结果 inside a noun, a time with 的).
  sbi38 committed before that round's rules, scored with the code of the session's start (.716); then read in
        the next session, once sbi39 was committed (others after a comma or "and", harm averted said after the
        act, the other side's people, occasions after the act: after someone resigned, the day a thing happened, a
        peak; a review's two-word label, a result after a space in a voice note, 两个都如期上线, a sum with 多,
        managers as others, subjectless acts after an occasion, 发布会 and 上市会, a quote's closing mark).
  sbi39 committed before that round's rules, scored with the code of the session's start (.811); then read in
        the next session, once sbi40 was committed (harm that did not come after a comma, work made easier, people
        who use what was made, one person named by a role in the next sentence, 1:1s, a time of the people
        described, "hand over", 上次比稿).
  sbi40 committed before that round's rules, scored with the code of the session's start (.733); then read in
        the next session, once sbi41 was committed (a later clause whose plural subject changed from then on, a
        measure that held or a department that hit its mark in the next sentence, others who no longer erred or
        someone who reacted after a Chinese comma, a day or a shift opening a subjectless act; no occasion in a
        filler, in 存在 or after a verb's 在).
  sbi41 committed before that round's rules, scored with the code of the session's start (.795): the figure that
        counts.

An observation is found when a statement's behaviour overlaps its gold behaviour. A part is right when the
notes state it and the statement's part overlaps the gold span, or when the notes do not state it and the
statement asks the manager for it (a part taken from the notes where the gold has none is wrong: it is not
what that observation's situation or impact is). An observation is complete when it is found and both its
situation and its impact are right: the issue's "SBI completeness". A statement made from a sentence that only
judges is a false statement.

    .venv/bin/python -m evals.coaching.sbi_eval
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from assistant.coaching.sbi import Statement, statements
from assistant.coaching.wording import flag_notes

HERE = Path(__file__).parent
SETS = {
    "sbi1": ("sbi1/notes_en.yaml", "sbi1/notes_zh.yaml"),
    "sbi2": ("sbi2/notes_en.yaml", "sbi2/notes_zh.yaml"),
    "sbi3": ("sbi3/notes_en.yaml", "sbi3/notes_zh.yaml"),
    "sbi4": ("sbi4/notes_en.yaml", "sbi4/notes_zh.yaml"),
    "sbi5": ("sbi5/notes_en.yaml", "sbi5/notes_zh.yaml"),
    "sbi6": ("sbi6/notes_en.yaml", "sbi6/notes_zh.yaml"),
    "sbi7": ("sbi7/notes_en.yaml", "sbi7/notes_zh.yaml"),
    "sbi8": ("sbi8/notes_en.yaml", "sbi8/notes_zh.yaml"),
    "sbi9": ("sbi9/notes_en.yaml", "sbi9/notes_zh.yaml"),
    "sbi10": ("sbi10/notes_en.yaml", "sbi10/notes_zh.yaml"),
    "sbi11": ("sbi11/notes_en.yaml", "sbi11/notes_zh.yaml"),
    "sbi12": ("sbi12/notes_en.yaml", "sbi12/notes_zh.yaml"),
    "sbi13": ("sbi13/notes_en.yaml", "sbi13/notes_zh.yaml"),
    "sbi14": ("sbi14/notes_en.yaml", "sbi14/notes_zh.yaml"),
    "sbi15": ("sbi15/notes_en.yaml", "sbi15/notes_zh.yaml"),
    "sbi16": ("sbi16/notes_en.yaml", "sbi16/notes_zh.yaml"),
    "sbi17": ("sbi17/notes_en.yaml", "sbi17/notes_zh.yaml"),
    "sbi18": ("sbi18/notes_en.yaml", "sbi18/notes_zh.yaml"),
    "sbi19": ("sbi19/notes_en.yaml", "sbi19/notes_zh.yaml"),
    "sbi20": ("sbi20/notes_en.yaml", "sbi20/notes_zh.yaml"),
    "sbi21": ("sbi21/notes_en.yaml", "sbi21/notes_zh.yaml"),
    "sbi22": ("sbi22/notes_en.yaml", "sbi22/notes_zh.yaml"),
    "sbi23": ("sbi23/notes_en.yaml", "sbi23/notes_zh.yaml"),
    "sbi24": ("sbi24/notes_en.yaml", "sbi24/notes_zh.yaml"),
    "sbi25": ("sbi25/notes_en.yaml", "sbi25/notes_zh.yaml"),
    "sbi26": ("sbi26/notes_en.yaml", "sbi26/notes_zh.yaml"),
    "sbi27": ("sbi27/notes_en.yaml", "sbi27/notes_zh.yaml"),
    "sbi28": ("sbi28/notes_en.yaml", "sbi28/notes_zh.yaml"),
    "sbi29": ("sbi29/notes_en.yaml", "sbi29/notes_zh.yaml"),
    "sbi30": ("sbi30/notes_en.yaml", "sbi30/notes_zh.yaml"),
    "sbi31": ("sbi31/notes_en.yaml", "sbi31/notes_zh.yaml"),
    "sbi32": ("sbi32/notes_en.yaml", "sbi32/notes_zh.yaml"),
    "sbi33": ("sbi33/notes_en.yaml", "sbi33/notes_zh.yaml"),
    "sbi34": ("sbi34/notes_en.yaml", "sbi34/notes_zh.yaml"),
    "sbi35": ("sbi35/notes_en.yaml", "sbi35/notes_zh.yaml"),
    "sbi36": ("sbi36/notes_en.yaml", "sbi36/notes_zh.yaml"),
    "sbi37": ("sbi37/notes_en.yaml", "sbi37/notes_zh.yaml"),
    "sbi38": ("sbi38/notes_en.yaml", "sbi38/notes_zh.yaml"),
    "sbi39": ("sbi39/notes_en.yaml", "sbi39/notes_zh.yaml"),
    "sbi40": ("sbi40/notes_en.yaml", "sbi40/notes_zh.yaml"),
    "sbi41": ("sbi41/notes_en.yaml", "sbi41/notes_zh.yaml"),
}
COUNTS = "sbi41"  # the newest set, unread: the figure that counts

Span = tuple[int, int]


def _span(note: str, text: str | None, near: int = 0) -> Span | None:
    if not text:
        return None
    at = note.find(text, near)
    at = note.find(text) if at < 0 else at
    return (at, at + len(text)) if at >= 0 else None


def _overlap(a: Span | None, b: Span | None) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) if a and b else 0


def _parts(note: str, st: Statement) -> dict[str, Span | None]:
    """Where each part of a statement sits in the note (None: asked for)."""
    s0 = max(0, note.find(st.source))
    return {
        "situation": None if "situation" in st.asks else _span(note, st.situation, s0),
        "behaviour": _span(note, st.behaviour, s0) or (s0, s0 + len(st.source)),
        "impact": None if "impact" in st.asks else _span(note, st.impact, s0),
    }


def score_case(case: dict[str, Any]) -> dict[str, Any]:
    note = case["note"]
    made = [_parts(note, st) for st in statements(note, flag_notes(note), case["lang"])]
    out: dict[str, Any] = {"observations": [], "from_judgements": 0, "statements": len(made)}
    used: set[int] = set()
    for ob in case.get("observations") or []:
        gold = {k: _span(note, ob.get(k)) for k in ("situation", "behaviour", "impact")}
        best = max(
            range(len(made)), key=lambda i: _overlap(made[i]["behaviour"], gold["behaviour"]), default=None
        )
        if best is None or not _overlap(made[best]["behaviour"], gold["behaviour"]):
            out["observations"].append({"found": False, "situation": False, "impact": False,
                                        "shape": _shape(ob), "gold": ob, "got": None})  # fmt: skip
            continue
        used.add(best)
        got = made[best]
        right = {
            k: (_overlap(got[k], gold[k]) > 0) if gold[k] else got[k] is None for k in ("situation", "impact")
        }
        out["observations"].append({"found": True, **right, "shape": _shape(ob), "gold": ob,
                                    "got": {k: note[v[0]:v[1]] if v else None for k, v in got.items()}})  # fmt: skip
    for j in case.get("judgements") or []:
        js = _span(note, j)
        out["from_judgements"] += sum(
            1 for i, m in enumerate(made) if i not in used and _overlap(m["behaviour"], js)
        )
    return out


def _shape(ob: dict[str, Any]) -> str:
    return ("S+" if ob.get("situation") else "") + "B" + ("+I" if ob.get("impact") else "")


def evaluate(cases: list[dict[str, Any]]) -> dict[str, Any]:
    res: dict[str, Any] = {}
    scored = [(c, score_case(c)) for c in cases]
    for lang in ("en", "zh", "all"):
        obs = [o for c, s in scored if lang in ("all", c["lang"]) for o in s["observations"]]
        n = len(obs) or 1

        def rate(key: str, when: Any = None, obs: list[dict[str, Any]] = obs) -> float:
            pool = [o for o in obs if when is None or when(o)]
            return sum(bool(o[key]) for o in pool) / len(pool) if pool else 0.0

        res[lang] = {
            "observations": len(obs),
            "found": sum(o["found"] for o in obs) / n,
            "complete": sum(o["found"] and o["situation"] and o["impact"] for o in obs) / n,
            "situation_stated": rate("situation", lambda o: o["found"] and o["gold"].get("situation")),
            "situation_absent": rate("situation", lambda o: o["found"] and not o["gold"].get("situation")),
            "impact_stated": rate("impact", lambda o: o["found"] and o["gold"].get("impact")),
            "impact_absent": rate("impact", lambda o: o["found"] and not o["gold"].get("impact")),
            "from_judgements": sum(s["from_judgements"] for c, s in scored if lang in ("all", c["lang"])),
            "misses": [
                (c["id"], o)
                for c, s in scored
                if lang in ("all", c["lang"])
                for o in s["observations"]
                if not (o["found"] and o["situation"] and o["impact"])
            ],
        }
    return res


def load(*files: str) -> list[dict[str, Any]]:
    return [c for f in files for c in yaml.safe_load((HERE / f).read_text(encoding="utf-8"))]


ROWS = (("observations found", "found"), ("complete (all 3 right)", "complete"),
        ("situation, stated", "situation_stated"), ("situation, absent: asked", "situation_absent"),
        ("impact, stated", "impact_stated"), ("impact, absent: asked", "impact_absent"))  # fmt: skip


def main() -> None:
    res = {name: evaluate(load(*files)) for name, files in SETS.items()}
    print(
        f"{'':26}"
        + "".join(f"| {n + (' (blind)' if n == COUNTS else ''):>14} {'en':>6} {'zh':>6} " for n in SETS)
    )
    for label, key in ROWS:
        print(f"{label:26}" + "".join(f"| {res[n]['all'][key]:14.3f} {res[n]['en'][key]:6.3f} {res[n]['zh'][key]:6.3f} "
                                      for n in SETS))  # fmt: skip
    for n in SETS:
        a = res[n]["all"]
        print(
            f"{n}: {a['observations']} observations; statements made from judging sentences: {a['from_judgements']}"
        )


if __name__ == "__main__":
    main()
