"""Drafting evals: fact coverage of offline drafts, and the bilingual fact check on seeded errors.

  blind/pairs_*.yaml  zh/en texts of one communication with their facts, clean or with seeded errors, written by
                      a helper session from the task description only (never the code or the glossary). Its
                      misses and false alarms were read while the checker was fixed: a developer set now.
  blind2/pairs_*.yaml a second set by another helper session, committed before it was first scored; its misses
                      and false alarms were then read too (glossary forms added): a developer set now.
  blind3/pairs_*.yaml a third set, committed before it was first scored; its false alarms were read while the
                      missing-fact surface forms were fixed: a developer set now.
  blind4/pairs_*.yaml a fourth set, committed and scored once before those fixes; its false alarms and miss were
                      then read while the checker was fixed again (possessive names, weekdays at both ends of a
                      Chinese range, looser term forms inside other terms): a developer set now.
  blind5/pairs_*.yaml a fifth set (60 cases, 30 clean), committed and scored before those fixes; its false
                      alarms and miss were then read (durations in other units, 关键成果, a term standing in for
                      another): a developer set now.
  blind6/pairs_*.yaml a sixth set (60 cases, 30 clean), committed and scored before the next fixes; its false
                      alarms were then read (Traditional Chinese, "at noon", more glossary forms): a developer set.
  blind7/pairs_*.yaml a seventh set (60 cases, 30 clean), committed and scored before the next fixes; its false
                      alarms and misses were then read (currency codes before digits, Chinese numeral ranges, time
                      ranges, places described in other words, leave and bonus terms): a developer set now.
  blind8/pairs_*.yaml an eighth set (40 cases, 24 clean), committed and scored before the last fixes (the blind
                      figure of that session: 18/18 caught, 9/24 clean flagged); its false alarms were then read
                      (frequencies, half days, quarters, Chinese percentage ranges, system names): a developer set.
  blind9/pairs_*.yaml a ninth set, committed after those fixes and scored before it was read (18/18 caught, 7/24
                      clean flagged); its false alarms were then read (time ranges and hours in words, quarter
                      hours, accents and Korean given names, a looser leave term): a developer set now.
  blind10/            a tenth set, committed and scored before those fixes were committed (18/18 caught, 7/24 clean
                      flagged; 8/24 with the code before them); its false alarms were then read (shares and
                      multiples for percentages, "24/7", a range with a weekday at each end, days for months).
  blind11/            an eleventh set, committed after those fixes and scored before it was read (18/18 caught,
                      4/24 clean flagged; 11/24 with the code of the session's start); its false alarms were then
                      read (Indian numbering and lakh, full pay, a common word next to a given name, 侍產假).
  blind12/            a twelfth set, committed before those fixes were committed and scored with the code before
                      each round and after (16/18 caught; 11/24, then 6/24 clean flagged); then read (a bare hour
                      opening a range, a weekday range in brackets, "1/8（五）", 6萬6千, 壹佰元, 15-Feb-2027, "twice"
                      for a count, warning and time-off-in-lieu terms): a developer set now.
  blind13/            a thirteenth set, committed before those fixes were committed and scored with the code of
                      the session's start, of the last round and after (17/18 caught; 7/24, then 4/24 clean
                      flagged); then read (a number and a half, 全额给付, names of the HR team, probation review).
  blind14/            a fourteenth, committed before those fixes, scored (18/18, 6/24 before and after), then read
                      (double/triple for 2 and 3 times, "12.30 to 1.15 pm", "between March 15 and 19", 五级, a
                      common word that looks like a name, 人資夥伴, 调幅).
  blind15/            a fifteenth, committed before those fixes and scored with the code before and after them
                      (17/18, 2/24 before and after); then read (a link's host name read as a term, 恩恤假,
                      "compensatory off").
  blind16/            a sixteenth, committed before those fixes and scored with the code before and after them
                      (17/18, 9/24 before and after); then read (七折 for 30% off, a score out of 100, cents on the
                      dollar, "paid in full", "1430hrs", "Chi-ho" for "Chi Ho", regional forms of terms, a
                      hyphenated compound that is another term).
  blind17/            a seventeenth, committed before those fixes and scored with the code of the session's start,
                      of the first round and after (18/18 caught; 6/24, 6/24, 5/24 clean flagged); then read
                      ("time and a half", a frequency with words between, a range of durations in other units,
                      5/11 day first in a text that writes "19 November", a percentage per year of service).
  blind18/            an eighteenth, committed before those fixes and scored with the code of the session's start,
                      of each round and after (18/18 caught; 9/24, 8/24, 8/24, 7/24 clean flagged); then read
                      (一年半, "an hour and a half", 半个月, two dates joined by 及 or "and", "twice a month" for a
                      count per month, 五等第, "1430 to 1630 hrs", "immediate superior", "regularization").
  blind19/            a nineteenth, committed before those fixes and scored with the code of the session's start,
                      of each round and after (17/18 caught; 9/24, 8/24, 7/24, 7/24, 6/24 clean flagged); then
                      read (a year of Taiwan's calendar, 116/6/21; "CNY 10 000"; "1/12 of annual basic salary";
                      "fully funded", 全额承担; flexible against part-time working, "casual"; 评级分布).
  blind20/            a twentieth, committed before those fixes and scored with the code of the session's start
                      and after (18/18 caught; 4/24, 3/24 clean flagged); then read (01-09-2026 day first, "one in
                      five" for 20%, "salary hike", a "complaint" for 申诉).
  blind21/            a twenty-first, committed before those fixes and scored with the code of the session's
                      start, of the first round and after (17/18 caught; 4/24, 4/24, 3/24 clean flagged); then
                      read (a year carried from the dates near it, a term split by a verb, a term naming a
                      mailbox, casual leave).
  blind22/            a twenty-second, committed before those fixes and scored with the code before and after
                      them (17/18 caught, 4/24 clean flagged both times); then read (薪資照給 for 100%, 已转正,
                      "confirmation assessment", a replacement day off, promotion and pay committees).
  blind23/            a twenty-third, committed before those fixes and scored with the code of that session's
                      start, of the first round and after (18/18 caught, 4/24 clean flagged each time); then read
                      (two working weeks for 10 working days, 折半 for 50%, an OKR score of 0.7 for 70%, 试用期检讨).
  blind24/            a twenty-fourth, committed before those fixes and scored with the code before and after them
                      (18/18 caught, 1/24 clean flagged both times); then read (七成半 for 75%).
  blind25/            a twenty-fifth, committed before the first round was, scored with the code of the session's
                      start and after each round (18/18 caught; 2/24, 2/24 clean flagged); then read (同级评价 for
                      peer reviews, a promotion case write-up for 述职报告, a final review for 期末评估, "HR partner").
  blind26/            a twenty-sixth, committed before the second round and scored with the code of the session's
                      start, of the first round and after (17/18 caught; 2/24, 2/24, 1/24 clean flagged); then read
                      (生理假 rendered as "compassionate leave", "from nil to 8%").
  blind27/            a twenty-seventh, committed before the third round and scored with the code of the
                      session's start and of each round (17/18 caught, 2/24 clean flagged each time); then read
                      ("该金额的两倍" for an amount twice the one just stated, 同事反馈 as plain feedback).
  blind28/            a twenty-eighth, committed before the fourth round and scored with the code of the session's
                      start and of each round (18/18 caught; 5/24, 4/24, 4/24, 4/24, 4/24 clean flagged); then read
                      (病假 as "medical leave", 目标设定得不够… as a verb, 逾期不予补休 as a lapse, 关键成果 as key
                      achievements).
  blind29/            a twenty-ninth, committed before the fifth round and scored with the code of the session's
                      start and of that round (18/18 caught, 1/24 clean flagged each time); then read (晉升評議委員會
                      is the promotion committee).
  blind30/            a thirtieth, committed before the sixth round and scored with the code of the session's start
                      and of each round since (18/18 caught, 5/24 clean flagged each time); then read (主管評核 is a
                      manager review, 直屬同仁 a direct report, an increment a pay increase, a self-appraisal may
                      render 述职材料, an interval of two weeks may be "fortnightly", "the full cost" is 100%).
  blind31/            a thirty-first, committed before the seventh round and scored with the code of the session's
                      start and of each round since (18/18 caught, 0/24 clean flagged each time); then read, with
                      nothing to fix.
  blind32/            a thirty-second, committed at the start of the next session and scored with its code (18/18
                      caught, 3/24 clean flagged); then read (a head shared by a list, "marriage and compassionate
                      leave"; 住院病假 as hospitalisation leave; sick pay for 病假: 1/24).
  blind33/            a thirty-third, committed before that round and scored with the code before and after it
                      (18/18 caught, 3/24 clean flagged); then read (一倍半 for 150%, "to the 20th" ending a range:
                      1/24).
  blind34/            a thirty-fourth, committed before that round and scored with the code of that session's
                      start and after each round (18/18 caught, 5/24 clean flagged each time); then read (2027年元旦,
                      二點五, "6月8日开放、19日关闭", a multiplier of 2 as "double", 确认评估: 0/24).
  blind35/            a thirty-fifth, committed at the start of the next session and scored with its code (18/18
                      caught, 6/24 clean flagged) and after the round blind34 prompted (5/24); then read ("Fri 7/3",
                      升遷, 績效改善計畫, "performance summary" for 述职, 评审委员会: 0/24; 1/24 after the session's
                      review dropped 评审委员会 alone).
  blind36/            a thirty-sixth, committed before that round and scored with the code of the session's start
                      and of each round (18/18 caught, 5/24 clean flagged each time); then read (shares as the ends
                      of a range of percentages, 五成為限, 申覆, 转正答辩, "self-scoring": 1/24).
  blind37/            a thirty-seventh, committed before that round and scored with the code of the session's start
                      and after it (18/18 caught, 6/24 clean flagged both times); then read in the next session
                      (同月24日, an ROC range with a weekday at its first end, 二成五, initials inside a name,
                      "People Partner", 晋升评审小组, a rendering declared for two terms: 0/24).
  blind38/            a thirty-eighth, committed at the start of that session and scored with its code (17/18
                      caught, 4/24 clean flagged) and after the round blind37 prompted (17/18, 3/24); then read (a
                      link without its scheme holds no term: the missed PIP; "Friday the 27th", "至27日",
                      "confirmation form", "review materials": 18/18, 0/24; 2/24 after the session's review
                      dropped the last two as too loose).
  blind39/            a thirty-ninth, committed before that round and scored with the code of the session's start
                      and after each round (18/18 caught, 3/24 clean flagged each time); then read in the next
                      session ("moderation" for 校准, 改善计划, 不定时工作制, "a zero multiplier": 0/24).
  blind40/            a fortieth, committed at the start of that session and scored with its code (18/18 caught,
                      9/24 clean flagged) and after the round blind39 prompted (8/24); then read (a rate per person
                      per year, "between ten and fifteen per cent", 起至, 人資BP, Feishu, 不设补假: 1/24; left, "with
                      each direct report" where the Chinese leaves the reports implicit).
  blind41/            a forty-first, committed before the round blind40 prompted and scored with the code of the
                      session's start and after it (18/18, 9/24 both times); then read ("three and a half per
                      cent", half a factor, 晚六点, "work report" for 述职报告: 5/24).
  blind42/            a forty-second, committed before the round blind41 prompted and scored with the code of the
                      session's start (18/18 caught, 3/24 clean flagged) and after every round (2/24); then read
                      in the next session (为期一季 is three months, "between 8 and 10 am" a time range: 0/24).
  blind43/            a forty-third, committed before the round blind42 prompted and scored with the code of the
                      session's start and after it (17/18 caught, 1/24 clean flagged both times); then read in the
                      next session (a list item's number states no fact; "debrief" asks for no 述职: 18/18, 0/24).
  blind44/            a forty-fourth, committed before the round blind43 prompted and scored with the code of the
                      session's start (16/18 caught, 6/24 clean flagged) and after it (17/18, 5/24); then read (a
                      length of time is no count of something else, 試用考核: 18/18, 4/24).
  blind45/            a forty-fifth, committed before the round blind44 prompted and scored with the code of the
                      session's start (16/18 caught, 4/24 clean flagged) and after it (16/18, 3/24); then read
                      (a length of time is no percentage, 表現改善計劃 is a PIP, 直属上司 a direct superior, 零到一的
                      区间 and 八號 are numbers: 18/18, 0/24).
  blind46/            a forty-sixth, committed before the round blind45 prompted and scored with the code of the
                      session's start (17/18 caught, 3/24 clean flagged) and after it (18/18, 3/24); then read
                      ("three-quarter-hour", "distribution guidance", "probation evaluation": 18/18, 0/24).
  blind47/            a forty-seventh, committed before the round blind46 prompted and scored with the code of the
                      session's start (17/18 caught, 3/24 clean flagged) and after both rounds (17/18, 3/24); then
                      read (绩效拉通会 is calibration, 病假单 a sick note, 实习期 no probation, pay 加倍 200%:
                      18/18, 0/24).
  blind48/            a forty-eighth, committed before the round blind47 prompted and scored with the code of the
                      session's start (18/18 caught, 4/24 clean flagged) and after it (18/18, 4/24); then read in
                      the same session ("reference share" renders 参考比例: 18/18, 3/24).
  blind49/            a forty-ninth, committed before the round blind48 prompted and scored with the code before it
                      (18/18 caught, 5/24 clean flagged) and after it (18/18, 5/24); then read in the next session
                      (a bare day with its weekday after a date, "Howard Chang (Shu-Hao)", "maternity or paternity
                      leave", "year-end reports" render 述职: 18/18, 1/24).
  blind50/            a fiftieth, committed before that round and scored with the code of the session's start (18/18
                      caught, 4/24 clean flagged) and after it (18/18, 4/24); then read in the same session ("8成",
                      主管面谈, 评委, 考績分布: 18/18, 0/24).
  blind51/            a fifty-first, committed before those rounds and scored with the code of the session's start
                      (18/18 caught, 5/24 clean flagged) and after each round (18/18, 5/24); then read in the next
                      session (Chinese-numeral date ranges, 六到七成, hours as whole days, 晋升答辩: 18/18, 1/24).
  blind52/            a fifty-second, committed before the first round of that session and scored with the code of
                      its start (17/18 caught, 2/24 clean flagged) and after it (17/18, 2/24); then read in its
                      second round (转正 as "probation confirmation", "a day in lieu", "advancement": 18/18, 0/24).
  blind53/            a fifty-third, committed before that second round and scored with the code before it (18/18
                      caught, 1/24 clean flagged) and after it (18/18, 1/24); then read in the next session (a
                      month's end, 3月底, as its last day: 18/18, 0/24).
  blind54/            a fifty-fourth, committed before the first round of that session and scored with the code of
                      its start (18/18 caught, 2/24 clean flagged) and after it (18/18, 1/24); then read in its
                      second round (底薪调整 as a salary adjustment: 18/18, 0/24).
  blind55/            a fifty-fifth, committed before that second round and scored with the code of the session's
                      start (18/18 caught, 2/24 clean flagged) and before that round (18/18, 1/24); then read in the
                      next session (廿二日 as the 22nd: 18/18, 1/24; the one left renders 評級分布 as "distribution",
                      which the glossary does not accept for that entry).
  blind56/            a fifty-sixth, committed before the first round of that session and scored with the code of
                      its start (18/18 caught, 3/24 clean flagged) and after it (the same); then read in its second
                      round (100% said as "in full" or 全部达成, 六成员工 as 60% of the staff: 18/18, 1/24).
  blind57/            a fifty-seventh, committed during that first round and scored with the code of the session's
                      start (18/18 caught, 0/24 clean flagged) and before the second round (the same); read in the
                      next session: nothing to mend.
  blind58/            a fifty-eighth, committed at the start of that session and scored with its code (18/18
                      caught, 2/24 clean flagged); read in the next session (a raise said 调增 or 工资增加).
  blind59/            a fifty-ninth, committed at the start of that session and scored with its code (18/18
                      caught, 2/24 clean flagged); read in the next session (Taiwan's 等第分配 for a rating
                      distribution; "personal leave" no longer requires 事假: it is sick and carer's leave in
                      Australia and one's own leave in "your personal leave balance").
  blind60/            a sixtieth, committed at the start of that session and scored with its code (18/18 caught,
                      5/24 clean flagged); read in the next session ("an extra quarter", half of a unit, pinyin's
                      ü spelt Lyu, a glossary term as a past participle).
  blind61/            a sixty-first, committed at the start of that session and scored with its code (18/18
                      caught, 1/24 clean flagged): the figure that counts.
  blind/briefs/       briefs of every kind written by the same helper: the offline drafts' fact coverage.
  generated           the offline drafts of those briefs with one error seeded by code (a date, a weekday, a
                      number, a percentage, a name, a link changed or dropped in one language): a check of the
                      checker on the drafts it is meant for. A number is not seeded when the same value is also
                      stated elsewhere in the draft (another fact, a clause number): changing one of them leaves
                      the value stated, which no check by value can tell from a correct draft.

A seeded error is caught when the checker reports a problem in that language about that fact (or, for weekday
and term errors, a problem of that kind there). A clean case with any problem is a false alarm.

    .venv/bin/python -m evals.drafting.run
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from assistant.api import Assistant
from assistant.drafting.brief import parse_brief
from assistant.drafting.check import Issue, check
from assistant.drafting.facts import make_fact

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
OUT = ROOT / "evals" / "results" / "drafting.json"


def _year(facts: dict[str, Any]) -> int:
    for v in facts.values():
        if isinstance(v, date):
            return v.year
        if m := re.search(r"\b(20\d\d)\b", str(v)):
            return int(m[1])
    return 2026


def caught(error: dict[str, Any], issues: list[Issue]) -> bool:
    kind, lang, fact = error["kind"], error["lang"], error.get("fact")
    same = [i for i in issues if i.lang == lang]
    if kind in ("weekday", "term"):
        return any(i.kind == kind for i in same)
    return any(i.fact == fact for i in same) or (kind == "date" and any(i.kind == "conflict" for i in same))


COUNTS = "blind61"  # the newest set, unread: the figure that counts


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    clean = clean_alarm = other_lang = 0
    misses, alarms = [], []
    for case in cases:
        facts = [make_fact(k, v, _year(case["facts"])) for k, v in case["facts"].items()]
        issues = check(facts, {"zh": case["zh"], "en": case["en"]}).issues
        errors = case.get("errors") or []
        if not errors:
            clean += 1
            clean_alarm += bool(issues)
            if issues:
                alarms.append((case["id"], [i.as_json() for i in issues]))
            continue
        for e in errors:
            per_kind[e["kind"]][1] += 1
            if caught(e, issues):
                per_kind[e["kind"]][0] += 1
            else:
                misses.append((case["id"], e, [i.as_json() for i in issues]))
        wrong = {e["lang"] for e in errors}
        other_lang += any(i.lang not in wrong for i in issues)
    found, total = sum(v[0] for v in per_kind.values()), sum(v[1] for v in per_kind.values())
    return {"cases": len(cases), "seeded": total, "recall": found / total if total else 0.0,
            "per_kind": {k: {"caught": v[0], "of": v[1]} for k, v in sorted(per_kind.items())},
            "clean": clean, "clean_false_alarm": clean_alarm / clean if clean else 0.0,
            "seeded_cases_blaming_the_other_version": other_lang,
            "misses": misses, "alarms": alarms}  # fmt: skip


def _seed(draft_facts: list[Any], texts: dict[str, str], rng: random.Random) -> list[dict[str, Any]]:
    """Cases made from an offline draft by changing one fact in one language."""
    from assistant.drafting.writing import write_date

    out = []
    for f in draft_facts:
        lang = rng.choice(list(texts))
        t = dict(texts)
        written = f.written(lang)
        if written not in t[lang]:
            continue
        if f.kind == "date":
            wrong = write_date(f.value + timedelta(days=1), lang)
            kind = "date"
        elif f.kind in ("number", "percent"):
            if _elsewhere(f.value, written, t[lang]):
                continue  # the same value is stated elsewhere (another fact, a clause number): no error to seed
            wrong = re.sub(r"\d", lambda m: str((int(m[0]) + 1) % 10), written, count=1)
            kind = f.kind
        elif f.kind == "name":
            wrong = (
                written[:-1] + ("e" if written[-1] != "e" else "a") if lang == "en" else written[:-1] + "方"
            )
            kind = "name"
        elif f.kind == "link":
            wrong, kind = "", "link"
        else:
            continue
        t[lang] = t[lang].replace(written, wrong)
        out.append({"id": f"gen-{f.label}-{lang}", "facts": None, "texts": t,
                    "errors": [{"kind": kind, "lang": lang, "fact": f.label}]})  # fmt: skip
        if f.kind == "date":  # and a weekday that does not match its date
            t2 = dict(texts)
            wd = re.sub(r"（周(.)）", lambda m: "（周" + ("一" if m[1] != "一" else "二") + "）", written) \
                if lang == "zh" else re.sub(r"^\w+day", lambda m: "Monday" if m[0] != "Monday" else "Tuesday", written)  # fmt: skip
            t2[lang] = t2[lang].replace(written, wd)
            out.append({"id": f"gen-wd-{f.label}-{lang}", "facts": None, "texts": t2,
                        "errors": [{"kind": "weekday", "lang": lang, "fact": None}]})  # fmt: skip
    return out


def _elsewhere(value: float, written: str, text: str) -> bool:
    """Whether ``value`` is in ``text`` outside the places it is written as the fact."""
    from assistant.drafting.surface import mentions

    return any(
        m.kind in ("number", "percent") and abs(m.value - value) < 1e-6
        for m in mentions(text.replace(written, ""))
    )


def briefs_and_generated(assistant: Assistant) -> tuple[dict[str, Any], dict[str, Any]]:
    rng = random.Random(20261204)
    coverage: Counter[str] = Counter()
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    generated: list[tuple[dict[str, Any], list[Any]]] = []
    problems = []
    for path in sorted((HERE / "blind" / "briefs").glob("*.yaml")):
        brief = parse_brief(path.read_text(encoding="utf-8"), path.name)
        d = assistant.drafting.draft(brief)
        coverage["briefs"] += 1
        coverage["ok"] += d.report.ok
        for _, found in d.report.facts:
            for lang in brief.languages:
                coverage["fact_versions"] += 1
                coverage["carried"] += found[lang]
        if not d.report.ok:
            problems.append((path.name, [i.as_json() for i in d.report.issues]))
        per_kind[brief.kind][0] += 1
        per_kind[brief.kind][1] += d.report.ok
        if len(d.versions) == 2 and d.report.ok:
            generated += [(c, d.facts) for c in _seed(d.facts, d.versions, rng)]
    seeded: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, facts in generated:
        issues = check(facts, case["texts"]).issues
        e = case["errors"][0]
        seeded[e["kind"]][1] += 1
        seeded[e["kind"]][0] += caught(e, issues)
    cov = {"briefs": coverage["briefs"], "fact_coverage": coverage["carried"] / max(coverage["fact_versions"], 1),
           "drafts_ok": coverage["ok"] / max(coverage["briefs"], 1),
           "per_kind": {k: {"briefs": v[0], "ok": v[1]} for k, v in sorted(per_kind.items())}, "problems": problems}  # fmt: skip
    total = sum(v[1] for v in seeded.values())
    gen = {"seeded": total, "recall": sum(v[0] for v in seeded.values()) / total if total else 0.0,
           "per_kind": {k: {"caught": v[0], "of": v[1]} for k, v in sorted(seeded.items())}}  # fmt: skip
    return cov, gen


def main() -> None:
    sets = {}
    for name in sorted((p.name for p in HERE.glob("blind*")), key=lambda n: int(n[5:] or 1)):
        files = sorted((HERE / name).glob("pairs_*.yaml"))
        if files:
            sets[name] = score([c for p in files for c in yaml.safe_load(p.read_text("utf-8"))])
    with tempfile.TemporaryDirectory() as home:
        cov, gen = briefs_and_generated(Assistant.open(Path(home)))
    for name, res in sets.items():
        role = "blind" if name == COUNTS else "dev, read while fixing"
        print(
            f"{name} pairs ({role}): {res['cases']} cases, {res['seeded']} seeded errors, {res['clean']} clean"
        )
        print(f"  seeded errors caught   {res['recall']:.3f}   "
              + "  ".join(f"{k} {v['caught']}/{v['of']}" for k, v in res["per_kind"].items()))  # fmt: skip
        print(f"  clean cases flagged    {res['clean_false_alarm']:.3f}")
        print(
            f"  seeded cases where the other version was blamed too: {res['seeded_cases_blaming_the_other_version']}"
        )
    print(f"blind briefs: {cov['briefs']}; offline drafts carrying every fact in every language {cov['drafts_ok']:.3f}; "
          f"fact coverage {cov['fact_coverage']:.3f}")  # fmt: skip
    print(f"generated seeded errors on those drafts: {gen['seeded']}, caught {gen['recall']:.3f}   "
          + "  ".join(f"{k} {v['caught']}/{v['of']}" for k, v in gen["per_kind"].items()))  # fmt: skip
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"pairs": sets, "briefs": cov, "generated": gen}, ensure_ascii=False, indent=1,
                              default=str))  # fmt: skip
    print(f"wrote {OUT.relative_to(ROOT)} (misses and false alarms)")


if __name__ == "__main__":
    main()
