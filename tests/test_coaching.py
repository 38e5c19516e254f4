"""Coaching: feedback wording flagged with its context rules, SBI statements from the notes' own words,
conversation plans citing policy passages and written as .docx, the access rule (a manager's own reports
only, refusing the same way for an unknown id), and bad input in both languages."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from assistant.api import Assistant
from assistant.coaching.wording import flag_notes
from assistant.errors import AccessDenied, InputError
from assistant.i18n import detect_lang
from tests.conftest import run_cli
from tests.helpers import llm_demo


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "Good attitude, but she is abrasive in reviews.",
            {("Good attitude", "vague"), ("abrasive", "personality")},
        ),
        ("Honestly he is too old to learn Kubernetes.", {("too old", "biased")}),
        ("He never meets deadlines.", {("never meets deadlines", "absolute")}),
        ("Her releases are never error free.", {("never error free", "absolute")}),  # no lapse-free release
        ("His timesheets are never mistakes free.", {("never mistakes free", "absolute")}),
        ("Mum of twins now, so I wouldn't put her forward.", {("Mum", "biased")}),
        ("Her husband's job may move them to Denver next year.", {("husband's job", "biased")}),
        ("和管理层不是一路人。", {("不是一路人", "biased")}),
        ("He never breaks free of his old habits.", {("never breaks free of his", "absolute")}),  # no lapse
        ("Has not missed a single deadline and is always prepared.", set()),  # praise
        ('The client wrote "he never calls back"; our log shows 9 callbacks.', set()),  # reported words
        ("She is not lazy at all.", set()),  # a denied problem
        ("他脾气差，每次都迟到。", {("脾气差", "personality"), ("每次都迟到", "absolute")}),
        ("她刚生完孩子，先别给她核心项目。", {("刚生完", "biased")}),
        ("从没出过线上事故，每次发布前都主动写好回滚方案。", set()),
        ("他并不是不主动。", set()),
        ("主动性：在 6 月大促期间，她提前两周发现库存风险并推动补货。", set()),  # made concrete
        (
            "A supplier told us 'she is always late with the forecast', but the log shows 11 of 12 on time.",
            set(),
        ),
        (
            "Handbook rule: 'employees over 50 must pass a fitness test' was removed by her.",
            set(),
        ),  # introduced
        (
            "Scored 98% on the disability-confidence audit; he never cancels on clients.",
            set(),
        ),  # compound, praise
        ("Since her maternity leave she has been less committed.", {("Since her maternity leave", "biased")}),
        (
            "On maternity leave from 3 March to 30 June, so the Q2 goals were re-scoped.",
            set(),
        ),  # a dated fact
        (
            "Some of the new hires find him condescending. Know-it-all.",
            {("condescending", "personality"), ("Know-it-all", "personality")},
        ),
        ("他人很强势，说话太冲。", {("强势", "personality"), ("说话太冲", "personality")}),
        ("Given his age I doubt he will adapt.", {("Given his age", "biased")}),
        ("She always balances the till with a second person present.", set()),  # a routine kept with care
        ("He has never once shipped without a code review.", set()),  # a second negation: praise
        ("他一直不按规定填写交接单。", {("一直不按规定填写交接", "absolute")}),  # a routine not kept
        ("有人说她性子急，其实不是：那次客户发火她全程没打断。", set()),  # a judgement denied after it
        (
            "Decent analyst. She is not partner material.",
            {("Decent analyst", "vague"), ("is not partner material", "biased")},
        ),
        ("She always files the shift report within the hour.", set()),  # a routine kept with care
        (
            "Stubborn and moody. Handles difficult customers calmly.",
            {("Stubborn", "personality"), ("moody", "personality")},
        ),
        # an age stated, a health event as the time line, a nationality as the yardstick; "pretty" as an adverb
        ("She's 29 and still learning the ropes.", {("She's 29", "biased")}),
        ("He's 30 minutes late on most Mondays.", set()),
        ("After his stroke he asked to skip the night audits.", {("After his stroke", "biased")}),
        ("For an Indian engineer, she writes clear specs.", {("For an Indian engineer", "biased")}),
        ("The forecast model is pretty stable now.", set()),
        # a child's age, a dialect named by its place
        ("孩子才三岁，长期驻场不合适。", {("孩子才三岁", "biased")}),
        ("满口四川话，开会时大家听不太懂。", {("满口四川话", "biased")}),
        # an absolute after the lapse it generalises; what the manager never had to do; a routine at a set time
        (
            "He skips code review comments in every sprint review.",
            {("skips code review comments in every sprint review", "absolute")},
        ),
        ("I never had to remind her about the audit checklist.", set()),
        ("She always files the on-call summary by 08:30.", set()),
        ("周报他从来没按时交过。", {("从来没按时交过", "absolute")}),
        # an adjective of a thing is no trait; a trait of the person is
        ("We set an aggressive timeline for the migration and met it.", set()),
        ("He has an emotional customer call on Friday.", set()),
        ("Maya is an aggressive negotiator.", {("aggressive", "personality")}),
        # a second quotation in the sentence of a reported one is reported too
        ("The vendor wrote: 'great partner' and, after the delay, 'this is careless work.'", set()),
        # a degree adverb jieba joins to a name; a narrow mind
        ("小赵太急，方案没看完就拍板。", {("太急", "personality")}),
        ("小李心眼太小，别人提意见就记仇。", {("心眼太小", "personality")}),
        # family, health, origin and coded wording in other shapes
        ("家里有两个孩子要接送，出差安排不了。", {("家里有两个孩子要接送", "biased")}),
        ("With a toddler at home she can't do the night shifts.", {("With a toddler at home", "biased")}),
        (
            "Because of her stammer she should not present to the board.",
            {("Because of her stammer", "biased")},
        ),
        (
            "Spanish is his second language, so the client calls go to Tom.",
            {("Spanish is his second language", "biased")},
        ),
        ("He doesn't fit the partner profile.", {("fit the partner profile", "biased")}),
        ("格局还要再打开一些。", {("格局还要再打开一些", "vague")}),
        # "every" after a lapse names its occasions; a subject starts another clause; counted occasions are facts
        (
            "He talks over the vendor in every steering committee.",
            {("talks over the vendor in every steering committee", "absolute")},
        ),
        ("When the outage hit she called each affected customer.", set()),
        ("He skipped the checklist three times in March, and each time the release slipped.", set()),
        ("She is never rushed with patients.", set()),
        ("一批评就甩手不干。", {("一批评就甩手不干", "absolute")}),
        # a denied reason and a denied gatekeeping judgement; a reported quotation after 说他 (one jieba word)
        ("她并没有因为身体原因减少出勤。", set()),
        ("小周不是不合群，只是周末不参加聚餐。", set()),
        ("他们在访谈中说他“总是偏袒老员工”。", set()),
        # judgements with nothing named; a trait as a kind of person; a state is no trait
        ("She has made a reasonable contribution this year.", {("made a reasonable contribution", "vague")}),
        ("Sam's a bit of a loner.", {("a bit of a loner", "personality")}),
        ("He gets rattled under pressure.", {("gets rattled", "personality")}),
        ("The new hire was rattled after the call.", set()),
        # coded, health and family wording in other shapes
        ("He lacks executive presence.", {("lacks executive presence", "biased")}),
        ("老二才一岁多，出差不方便。", {("老二才一岁多", "biased")}),
        ("血压也高，夜班就别排了。", {("血压也高", "biased")}),
        # a trait of a machine is no trait of a person; a title's full stop ends no sentence
        ("The old press is stubborn on cold mornings, so he added a warm-up.", set()),
        ("那台老冲床脾气怪，冬天经常卡料。", set()),
        ('A parent told the office Mr. Ruiz is "useless and never answers emails".', set()),
        # praise under an absolute: a target met, a floor never crossed, what the manager never saw before
        ("He has always met the review deadlines.", set()),
        ("考核成绩从未低于 90 分。", set()),
        ("这么快的回归，我从来没见过。", set()),
        # fragments and judgements with nothing named; an age stated of a name; a local preferred
        ("Solid. Ships fine.", {("Solid", "vague"), ("Ships fine", "vague")}),
        ("Overall an okay year.", {("an okay year", "vague")}),
        ("Quality of work is satisfactory.", {("Quality of work is satisfactory", "vague")}),
        ("He's a hothead though, shouted at the driver.", {("hothead", "personality")}),
        ("Doreen is 63 and slower on the floor.", {("Doreen is 63", "biased")}),
        ("We'd rather have someone local on this account.", {("rather have someone local", "biased")}),
        ("老孟不是带队伍的那块料。", {("不是带队伍的那块料", "biased")}),
        ("She slips on every milestone.", {("slips on every milestone", "absolute")}),
        # a rating's name, a job's requirement, "never" over a lapse with a doubled consonant, "not a single" praise
        ("建议年度评为优秀。", set()),
        ("产线主管岗位要天天跟一线工人打交道。", set()),
        ("He never once skipped the safety checks.", set()),
        ("Not a single grievance he owned went to tribunal.", set()),
        ("He doesn't update a single ticket note.", {("doesn't update a single ticket note", "absolute")}),
        ("Her report reaches me a day late, week in, week out.", {("late, week in, week out", "absolute")}),
        # a machine's temper; a trait after a colon; manner of speech; a nationality's manner
        ("项目上那台用了 12 年的老塔吊脾气大。", set()),
        ("Marcus: moody, not engaged.", {("moody", "personality"), ("not engaged", "vague")}),
        ("说话冲，跟记者沟通容易吵起来。", {("说话冲", "personality")}),
        ("Eastern European directness is the issue.", {("Eastern European directness", "biased")}),
        # a curly apostrophe is an apostrophe; "will" is no requirement; a clock time next to Chinese is one
        ("He doesn’t answer a single email.", {("doesn’t answer a single email", "absolute")}),
        ("He will always blame others for the outage.", {("always blame others for the", "absolute")}),
        ("她每天都在9:00前发日报。", set()),
        # a topic judged by a quality with nothing named; "this point" refers back; a weekday makes it concrete
        ("老周技术过硬，带团队也有一套。", {("老周技术过硬", "vague"), ("带团队也有一套", "vague")}),
        ("她把三个供应商的报价逐项对比了，这点没得说。", set()),
        ("周报每周五按时提交，内容具体，数据准确。", set()),
        (
            "Drafting is clean. Pleasant to work with.",
            {("Drafting is clean", "vague"), ("Pleasant to work with", "vague")},
        ),
        # routines of recording under "always" (not "logs off early"); 没 under "always" is a lapse
        ("She always attaches a one-page summary to the pack.", set()),
        ("She always logs off early.", {("always logs off early", "absolute")}),
        ("他一直没交周报。", {("一直没交周报", "absolute")}),
        ("她从未在监管报送中出现过迟报。", set()),
        # Traditional Chinese read as Simplified, phrases as written; gatekeeping with a hyphenated track or
        # "cut out for"; a nationality or children counted at home named of the person; a treatment named
        ("沒有當主管的樣子。", {("沒有當主管的樣子", "biased")}),
        ("老陳從來不回客戶郵件。", {("從來不回客戶郵件", "absolute")}),
        ("Not partner-track material.", {("Not partner-track material", "biased")}),
        ("He's not cut out for leadership.", {("not cut out for leadership", "biased")}),
        ("Being Peruvian, she rarely speaks up in meetings.", {("Being Peruvian", "biased")}),
        ("家中有三个孩子，出差难安排。", {("家中有三个孩子", "biased")}),
        ("放疗期间效率明显下降。", {("放疗期间", "biased")}),
        ("她负责马来西亚市场，季度招聘完成率 110%。", set()),
        # a profile or a team not fitted; a country as an origin; a parent's age; an asset; compared with women
        ("Doesn't have the profile for the role.", {("Doesn't have the profile", "biased")}),
        ("Being from Procurement, she already knew the vendors.", set()),
        ("His elderly father's situation limits his travel.", {("His elderly father's situation", "biased")}),
        ("A true asset to the team.", {("A true asset", "vague")}),
        ("护理记录不如女护士细致。", {("不如女护士细致", "biased")}),
        ("他爱发火。", {("爱发火", "personality")}),
        ("今年工作积极性明显下降。", {("积极性明显下降", "vague")}),
        # a place travelled to; a machine never idle; a toddler room
        ("当周她在外地开庭，邮件由我转交。", set()),
        ("She resequenced the pours so the crane was never idle.", set()),
        ("She runs the toddler room; drop-off incidents fell from 12 to 4 a week.", set()),
        # a quotation with an apostrophe inside; a rating proposed; a ward's name; the lexicon's growth does not
        # split an absolute (从来没 / 准时, not 从来 / 没准)
        ("Skip-level survey: 'I always know what I'm supposed to work on.'", set()),
        ("Proposed: Strong. Agree with Strong.", set()),
        ("He is on the maternity rotation this quarter.", set()),
        ("他从来没准时到过。", {("从来没准时到过", "absolute")}),
        (
            "热情有余，沉淀不足。还需要再拼一点。",
            {("热情有余，沉淀不足", "vague"), ("需要再拼一点", "vague")},
        ),
        # ordinary words and things: first aid, scanners, a tool, a plan, patients, ported code, customers from
        # abroad, a programme for migrants, a system's state, a meeting's turnout
        ("Two staff trained in first aid were on every shift.", set()),
        ("She migrated the older generation of scanners in May.", set()),
        ("The vendor's scheduling tool wasn't a fit for the night shift.", set()),
        ("He needs to build a communication plan for the launch.", set()),
        ("患者化疗后出现发热，她在十分钟内上报。代码移植后她重写了缓存层。", set()),
        ("她负责照顾病人的夜间翻身，接待了美国来的客户，为新移民家庭组织了三场讲座。", set()),
        ("系统状态不好的门店优先处理；参与度较低的评审会取消了；客户没有感觉到中断。", set()),
        (
            "Needs more professionalism and needs to gel more with the team.",
            {("Needs more professionalism", "vague"), ("needs to gel more with", "vague")},
        ),
        # what the new absolutes rules still flag: a record filed late, a record left unwritten, a superlative
        # of blame, a lapse every time, a log that is a noun
        ("工时每周都在截止后才填。", {("每周都在截止后才", "absolute")}),
        ("但向来不写拜访记录。", {("向来不写拜访记录", "absolute")}),
        ("设备点检表一直乱填。", {("一直乱填", "absolute")}),
        ("他总是最后一个交周报。", {("总是最后一个交周报", "absolute")}),
        ("他每次都缺席周会。", {("每次都缺席周会", "absolute")}),
        ("Every single audit finds gaps in his log.", {("Every single audit finds gaps in", "absolute")}),
        # the review's: writing that keeps no record, a topic named with 缺 or 混乱, a superlative of blame
        ("She always writes angry emails to the vendor.", {("always writes angry emails to", "absolute")}),
        ("He always logs in after standup has started.", {("always logs in after standup", "absolute")}),
        ("他的周报总是写得很潦草。", {("总是写得很潦草", "absolute")}),
        ("他从不承认自己的缺点。", {("从不承认自己的缺点", "absolute")}),
        ("他每次都是最先走的。", {("每次都是最先走的", "absolute")}),
    ],
)
def test_wording_flags_follow_their_context_rules(notes: str, expected: set[tuple[str, str]]) -> None:
    flags = flag_notes(notes)
    assert {(f.phrase, f.category) for f in flags} == expected
    assert all(notes[f.start : f.end] == f.phrase for f in flags)  # exact substrings
    assert all(f.suggestion["zh"] and f.suggestion["en"] for f in flags)


def test_chinese_words_match_on_segmentation_not_inside_other_words() -> None:
    from assistant.coaching.sbi import statements

    assert not flag_notes("主动脉手术的排期系统上线了，处理时长缩短 30%。")  # "主动" inside 主动脉 is no word
    [s] = statements("他在周会上使用了新的演示脚本。", [], "zh")  # 使 inside 使用 is not an impact cue
    assert s.behaviour.endswith("使用了新的演示脚本") and s.asks == ["impact"]


def test_feedback_json_without_a_home_uses_only_the_notes(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Great work. In the 3 March incident review she mapped the timeline, so the fix shipped a "
                     "day early. He always interrupts others.", encoding="utf-8")  # fmt: skip
    res = run_cli(tmp_path / "no-home", "--lang", "en", "coach", "feedback", "--notes", str(notes), "--json")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    text = notes.read_text(encoding="utf-8")
    assert {f["category"] for f in data["flags"]} <= {"vague", "personality", "biased", "absolute"}
    assert all(f["phrase"] in text and f["suggestion"]["zh"] and f["suggestion"]["en"] for f in data["flags"])
    assert [(s["situation"], s["impact"]) for s in data["statements"]] == [
        ("In the 3 March incident review", "the fix shipped a day early")
    ]
    assert all({"situation", "behaviour", "impact", "evidence"} <= set(s) for s in data["statements"])
    assert data["citations"] == []  # a home with no HRIS data: the notes alone


def test_a_manager_coaches_only_their_reports_and_learns_nothing_else(
    demo: Assistant, manifest: dict
) -> None:
    acc = _acc(manifest)
    manager = demo.actor(acc["manager"])
    prep = demo.coaching.feedback("In the May release review she caught a pricing bug before launch, so we "
                                  "avoided refunds.", manager, acc["employee"].lower())  # fmt: skip
    assert prep.about == acc["employee"] and prep.statements
    messages = set()
    for someone in (acc["hr_admin"], "E9999", acc["manager"]):  # out of scope, unknown, oneself
        with pytest.raises(AccessDenied) as exc:
            demo.coaching.conversation(someone, "growth", manager, "en")
        messages.add(exc.value.message("en"))
    assert len(messages) == 1 and "E9999" not in messages.pop()  # the same words, nothing about the person
    with pytest.raises(AccessDenied):
        demo.coaching.conversation(acc["manager"], "growth", demo.actor(acc["employee"]), "en")


@pytest.mark.parametrize("kind", ["growth", "midterm", "yearend", "underperformance"])
def test_conversation_plans_cite_real_passages_and_only_known_facts(
    demo: Assistant, manifest: dict, kind: str, tmp_path: Path
) -> None:
    acc = _acc(manifest)
    manager = demo.actor(acc["manager"])
    plan = demo.coaching.conversation(acc["employee"], kind, manager, "zh")
    assert plan.citations and all(s.title for s in plan.sections)
    for p in plan.citations:  # every quoted line is an exact sentence of a passage of the cited document
        passage = demo.knowledge.passage_containing(p.source, p.text, manager)
        assert passage and p.text in passage
    cited = {n for s in plan.sections for n in s.cites}
    assert cited <= {p.ref for p in plan.citations}
    with demo.core.data(manager) as data:
        krs = {kr.content for v in data.objectives(of=acc["employee"]) for kr in v.key_results}
    progress = next((s for s in plan.sections if s.title == "目标与进展"), None)
    if progress is not None:  # each line about the employee's goals is one of their KRs
        assert all(any(line.startswith(k) for k in krs) for line in progress.lines if "（当前得分" in line)
    if kind == "underperformance":
        checklist = plan.sections[-1]
        assert checklist.lines and checklist.cites  # the procedure's documentation steps, cited
    path = demo.coaching.conversation_docx(plan, tmp_path / f"{kind}.docx")
    doc = Document(str(path))
    assert plan.employee in doc.paragraphs[0].text
    assert any(p.style.name.startswith("Heading") for p in doc.paragraphs)
    assert sum(p.text.startswith("[") for p in doc.paragraphs) == len(plan.citations)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_bad_notes_get_a_clear_message(demo: Assistant, lang: str) -> None:
    expected = {
        "": ("笔记是空的", "the notes are empty"),
        "Performance. " * 4000: ("笔记太长", "the notes are too long"),
        "Он всегда опаздывает на встречи и не отвечает на письма.": ("中文或英文", "Chinese or English"),
    }
    for notes, words in expected.items():
        with pytest.raises(InputError) as exc:
            demo.coaching.feedback(notes, None, None, lang)  # type: ignore[arg-type]
        assert words[0 if lang == "zh" else 1] in exc.value.message(lang)


def test_the_cli_refuses_an_unknown_kind_and_writes_a_docx(
    demo_home: Path, manifest: dict, tmp_path: Path
) -> None:
    acc = _acc(manifest)
    bad = run_cli(demo_home, "--lang", "en", "coach", "conversation", "--about", acc["employee"], "--kind", "chat",
                  as_user=acc["manager"])  # fmt: skip
    assert bad.code != 0 and "growth, midterm, yearend or underperformance" in bad.err
    out = tmp_path / "plan.docx"
    ok = run_cli(demo_home, "--lang", "en", "coach", "conversation", "--about", acc["employee"], "--kind", "midterm",
                 "--out", str(out), "--json", as_user=acc["manager"])  # fmt: skip
    assert ok.code == 0, ok.err
    data = json.loads(ok.out)
    assert data["kind"] == "midterm" and data["citations"] and out.exists()


SCRIPTS = {
    "en": ("I want my team to onboard merchants faster",
           ["average days from sign-up to first order", "9 days", "5 days", "cycle end",
            "Launch the new onboarding page",  # a task: the check asks for it again
            "Raise 7-day merchant activation rate from 40% to 55% by 2026-12-31"]),
    "zh": ("想让新商家更快上手",
           ["新商家从入驻到首单的平均天数", "9 天", "5 天", "周期末", "新商家 7 日激活率从 40% 提升到 55%，截至 2026-12-31"]),
}  # fmt: skip


def test_the_goal_coach_asks_again_for_an_impossible_date() -> None:
    from assistant.coaching import goals

    session = goals.start("Onboard merchants faster, time to first order from 9 to 5 days", "en")
    assert goals.question(session).startswith("By which date?")
    assert goals.answer(session, "2026-02-30") == "I could not find a date in that."
    assert session.deadline is None and goals.answer(session, "2026-12-31") is None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_goal_coach_ends_with_a_clean_set(demo: Assistant, manifest: dict, lang: str) -> None:
    manager = demo.actor(_acc(manifest)["manager"])
    idea, answers = SCRIPTS[lang]
    turn = demo.coaching.goal_start(idea, manager, lang)  # type: ignore[arg-type]
    asked = [turn.reply]
    for text in answers:
        turn = demo.coaching.goal_reply(turn.session, text, manager)
        asked.append(turn.reply)
        if turn.done:
            break
    assert turn.done and turn.proposal
    user_turns = sum(t["role"] == "user" for t in turn.session.turns)
    assert user_turns <= (7 if lang == "en" else 6)  # the idea and one answer per question (+1 retry in en)
    report = demo.okr.check(turn.proposal, manager, lang=lang)  # type: ignore[arg-type]
    assert not [f for f in report.findings if f.target != "set" and f.severity in ("error", "warning")]
    assert (
        "9" in turn.proposal and "5" in turn.proposal
    ) and turn.session.aligned_to  # its numbers; a parent
    if lang == "en":
        assert any("The check found" in r and "Launch the new onboarding page" in r for r in asked)


def test_a_goal_conversation_is_saved_and_resumed(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    import subprocess

    from tests.conftest import CLI

    saved = tmp_path / "goal.json"
    manager = _acc(manifest)["manager"]
    base = [CLI, "--home", str(demo_home), "--as", manager, "--lang", "en", "coach", "goals"]
    first = subprocess.run([*base, "I want my team to onboard merchants faster", "--save", str(saved)],
                           input="average days from sign-up to first order\n9 days\n", capture_output=True,
                           text=True, timeout=300)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert json.loads(saved.read_text(encoding="utf-8"))["baseline"] == 9
    second = subprocess.run([*base, "--resume", str(saved)], capture_output=True, text=True, timeout=300,
                            input="5 days\ncycle end\nRaise 7-day merchant activation rate from 40% to 55% by 2026-12-31\n")  # fmt: skip
    assert second.returncode == 0, second.stderr
    assert "passes the check" in second.stdout and "from 9 days to 5 days" in second.stdout


def test_an_llm_plan_is_shown_only_when_it_keeps_to_the_facts(
    demo_home: Path, manifest: dict, tmp_path: Path
) -> None:
    from tests.fake_openai import FakeOpenAI

    acc = _acc(manifest)
    fake = FakeOpenAI()
    try:
        a = llm_demo(demo_home, tmp_path, fake.base_url)
        manager = a.actor(acc["manager"])
        offline = Assistant.open(demo_home).coaching.conversation(acc["employee"], "midterm", manager, "en")
        titles = [s.title for s in offline.sections]
        good = {
            "sections": [
                {"title": ti, "lines": [f"A fluent line for {ti.lower()}."], "cites": [1]} for ti in titles
            ]
        }
        fake.script = [("text", json.dumps(good))]
        plan = a.coaching.conversation(acc["employee"], "midterm", manager, "en")
        assert plan.engine == "llm" and plan.sections[0].lines == [f"A fluent line for {titles[0].lower()}."]
        assert plan.citations == offline.citations or [p.text for p in plan.citations] == [
            p.text for p in offline.citations
        ]
        invented = {"sections": [{"title": ti, "lines": ["She was promoted twice and earns 98,000."], "cites": [99]}
                                 for ti in titles]}  # fmt: skip
        fake.script = [("text", json.dumps(invented))] * 2  # the proposal and its repair both invent
        fake.requests.clear()
        plan = a.coaching.conversation(acc["employee"], "midterm", manager, "en")
        assert plan.engine == "offline" and plan.notice  # fell back, and says so
        assert all("98,000" not in line for s in plan.sections for line in s.lines)
        repair = fake.requests[-1]["messages"][-1]["content"]
        assert "[99]" in repair and "98,000" in repair  # the verifier named what was wrong
    finally:
        fake.stop()


def test_statements_link_to_the_reports_records_they_speak_of(demo: Assistant, manifest: dict) -> None:
    import re

    acc = _acc(manifest)
    manager = demo.actor(acc["manager"])
    with demo.core.data(manager) as data:
        kr = next(k.content for v in data.objectives(of=acc["employee"], cycle_id=manifest["cycles"][-1])
                  for k in v.key_results
                  if len(re.findall(r"\d+(?:\.\d+)?", k.content)) >= 2)  # fmt: skip
    numbers = re.findall(r"\d+(?:\.\d+)?", kr)[:2]
    note = f"In the November review meeting she walked us through the change from {numbers[0]} to {numbers[1]}, so the team adopted her plan."
    prep = demo.coaching.feedback(note, manager, acc["employee"], "en")
    assert prep.statements and any(kr in line for line in prep.statements[0].evidence)
    unrelated = demo.coaching.feedback("In the offsite she organised the seating plan, so everyone found a place.",
                                       manager, acc["employee"], "en")  # fmt: skip
    assert all(not s.evidence for s in unrelated.statements)  # no shared facts, no evidence


def test_sbi_parts_where_managers_put_them() -> None:
    """A label or a heading over bullets names the occasion; an arrow, a clause about others, a result stated
    before its cause, or the next sentence about others gives the impact; a wish or a bare verdict gives no
    statement; a part the notes do not state is asked for."""
    from assistant.coaching.sbi import statements

    notes = (
        "Acme renewal call (Oct 3): walked the CFO through the usage data → CFO agreed to a 2-year term.\n"
        "Annual partner summit (Lisbon, May)\n- renegotiated the venue contract\n"
        "Lena sent the spring newsletter to the full list. We got 340 unsubscribes.\n"
        "Queue times halved after she moved two staff to the tills. She could delegate more. Otherwise solid."
    )
    got = [(s.situation, s.impact, s.asks) for s in statements(notes, [], "en")]
    assert got == [
        ("Acme renewal call (Oct 3)", "CFO agreed to a 2-year term", []),
        ("Annual partner summit (Lisbon, May)", got[1][1], ["impact"]),
        (got[2][0], "We got 340 unsubscribes", ["situation"]),
        (got[3][0], "Queue times halved", ["situation"]),
    ]
    zh = "6月月结比上个月提前两天关账，主要是因为小郑提前核完了对账单。双十一备战期间，小林优化了首屏加载，客户投诉少了一半。希望明年多带新人。"
    got = [(s.situation, s.behaviour, s.impact, s.asks) for s in statements(zh, [], "zh")]
    assert got == [
        (got[0][0], "小郑提前核完了对账单", "6月月结比上个月提前两天关账", ["situation"]),
        ("双十一备战期间", "小林优化了首屏加载", "客户投诉少了一半", []),
    ]


def test_sbi_results_said_of_others_leads_ending_in_a_name_and_habits() -> None:
    """A later clause or sentence about others is the impact (病人及时转入ICU; "The patient was moved …"); a lead-in
    that ends in its occasion runs up to the report's name; a habit (每天) is no occasion, a trigger ("when it
    gets busy") is one."""
    from assistant.coaching.sbi import statements

    [a] = statements("3月15日夜班，王护士发现血氧下降，马上叫了值班医生，病人及时转入ICU。", [], "zh")
    assert (a.situation, a.impact) == ("3月15日夜班", "病人及时转入ICU")
    [b] = statements("小何每天下午把临期蔬菜打折处理。", [], "zh")
    assert b.asks == ["situation", "impact"]
    c, d = statements("On the Harbour Capital deal Sofia raised the indemnity clause late. The client was "
                      "annoyed. She shouts at the commis when it gets busy.", [], "en")  # fmt: skip
    assert (c.situation, c.impact) == ("On the Harbour Capital deal", "The client was annoyed")
    assert d.situation == "when it gets busy" and d.asks == ["impact"]


def test_sbi_reads_traditional_chinese_and_spans_of_days() -> None:
    """Traditional Chinese is read as Simplified and each part is given in the notes' own characters; "那两周"
    and "开学第一周" name an occasion; "that same afternoon" and "on the 12th" are times."""
    from assistant.coaching.sbi import statements

    [a] = statements("上線前兩週的使用者測試中，她把綁卡流程縮短了一步，綁卡完成率從61%升到78%。", [], "zh")
    assert (a.situation, a.impact) == ("上線前兩週的使用者測試中", "綁卡完成率從61%升到78%")
    [b] = statements("年度结账那两周，她每天核对银行流水。", [], "zh")
    assert b.situation == "年度结账那两周" and b.asks == ["impact"]
    [c] = statements("She called the supplier back that same afternoon.", [], "en")
    assert c.situation == "that same afternoon"


def test_sbi_does_not_take_a_second_object_a_role_or_a_reason_for_an_impact() -> None:
    """ "and the test plan" is a second object, "As a team lead" a role, "因为客户临时改了需求" a reason: none is an
    impact, and none swaps the behaviour; a long run of spaces costs linear time."""
    from assistant.coaching.sbi import statements

    [a] = statements("She wrote the spec and the test plan for the billing migration.", [], "en")
    assert a.asks == ["situation", "impact"] and a.behaviour.endswith("billing migration")
    [b] = statements("As a team lead, she mentored 3 juniors through their first release.", [], "en")
    assert b.behaviour.startswith("As a team lead")
    [c] = statements("她连续加班了三周，因为客户临时改了需求。", [], "zh")
    assert c.behaviour.startswith("她连续加班了三周")
    [d] = statements("In the review" + " " * 20_000 + "she did it, so we won.", [], "en")
    assert d.impact == "we won"
    assert not flag_notes("她每天都准时打卡，从没迟到过。")


@pytest.mark.parametrize(
    ("notes", "lang", "behaviour", "impact"),
    [
        # a later clause with a subject of its own; an object put first is the report's act
        ("她把发布清单重新排了一遍，测试组没再来回返工。", "zh", "她把发布清单重新排了一遍", "测试组没再来回返工"),
        ("他把方案写完了，文档也更新了。", "zh", "他把方案写完了，文档也更新了", None),
        # a role in capitals, a figure that moved after "and", a possessive party in the next sentence
        ("Raj rebuilt the nightly import, QA signed off the same day.", "en", "Raj rebuilt the nightly import",
         "QA signed off the same day"),
        ("He rewrote the parser and error rates fell from 4% to 1%.", "en", "He rewrote the parser",
         "error rates fell from 4% to 1%"),
        ("Omar cancelled the weekly stand-ups in May. His team's on-time delivery went down 12 points.", "en",
         "Omar cancelled the weekly stand-ups in May", "His team's on-time delivery went down 12 points"),
        # a second object counted is no impact
        ("Priya migrated the billing jobs and 12 cron scripts.", "en",
         "Priya migrated the billing jobs and 12 cron scripts", None),
        # a result first, its cause after with "her" or 主要是她; a figure others reached; a thing that moved next
        ("Churn fell from 9% to 4% after her rewrite of the onboarding emails.", "en",
         "her rewrite of the onboarding emails", "Churn fell from 9% to 4%"),
        ("退货率从5%降到2%，主要是她重做了质检清单。", "zh", "她重做了质检清单", "退货率从5%降到2%"),
        ("她带了三名新人，三人都已通过上岗考核。", "zh", "她带了三名新人", "三人都已通过上岗考核"),
        ("Omar moved two agents to chat. Queue wait dropped from 12 min to 5.", "en",
         "Omar moved two agents to chat", "Queue wait dropped from 12 min to 5"),
        # a team in capitals and digits; "neither" as a party; a date brought forward; others who asked her
        ("Raj escalated the ticket without repro steps, L3 bounced it back twice.", "en",
         "Raj escalated the ticket without repro steps", "L3 bounced it back twice"),
        ("He cut off two newer engineers mid-sentence, and neither spoke again for the rest of the meeting.", "en",
         "He cut off two newer engineers mid-sentence", "neither spoke again for the rest of the meeting"),
        ("小林把银行对账做成了自动化模板，现在每月关账能提前一天。", "zh", "小林把银行对账做成了自动化模板",
         "现在每月关账能提前一天"),
        ("She facilitated the store managers' offsite. Four stores asked her to run the same session.", "en",
         "She facilitated the store managers' offsite", "Four stores asked her to run the same session"),
        # the report's own thing put first
        ("他周四讲完了方案，PPT是她前一天做的。", "zh", "他周四讲完了方案，PPT是她前一天做的", None),
        # a result after a semicolon, said of others in the past; the other side (那边); a saving with 多; a
        # sentence with no subject that says what was spared
        ("Dev rewrote the onboarding guide; the support team stopped escalating setup questions.", "en",
         "Dev rewrote the onboarding guide", "the support team stopped escalating setup questions"),
        ("她把排班表改成了按技能分组，护理部那边再也没来催过。", "zh", "她把排班表改成了按技能分组", "护理部那边再也没来催过"),
        ("小周提前锁定了三家酒店的价格，比去年省了20多万。", "zh", "小周提前锁定了三家酒店的价格", "比去年省了20多万"),
        ("Ravi caught the duplicate invoices before the month-end run. Saved us a painful restatement.", "en",
         "Ravi caught the duplicate invoices before the month-end run", "Saved us a painful restatement"),
        # a loss after a dash; 不用再 (no longer needed); a passive by others; a figure that moved, whatever its
        # subject; a result first and 很大程度上是因为 after
        ("Kai left the freezer door open — lost about €900 of stock.", "en", "Kai left the freezer door open",
         "lost about €900 of stock"),
        ("他搭了一套监控大盘，值班同学现在不用再翻日志了。", "zh", "他搭了一套监控大盘", "值班同学现在不用再翻日志了"),
        ("Sam skipped the pre-check on truck 3. Caught by the safety audit, line stopped 40 min.", "en",
         "Sam skipped the pre-check on truck 3", "Caught by the safety audit, line stopped 40 min"),
        ("Omar rewrote the pricing page copy. Sign-ups from that page rose 22% the next month.", "en",
         "Omar rewrote the pricing page copy", "Sign-ups from that page rose 22% the next month"),
        ("客户续费率本季度做到了95%，很大程度上是因为她每月给重点客户做一次复盘。", "zh", "她每月给重点客户做一次复盘",
         "客户续费率本季度做到了95%"),
        # a review passed at once; a figure that doubled in the next sentence; a feared consequence and a
        # circumstance (在…的情况下) are no impact
        ("小王把三个争议点提前做成了两套方案，评审一次就过了。", "zh", "小王把三个争议点提前做成了两套方案", "评审一次就过了"),
        ("小林把发帖时间改到了晚上九点。单篇平均阅读量翻了一倍多。", "zh", "小林把发帖时间改到了晚上九点", "单篇平均阅读量翻了一倍多"),
        ("He merged to main without review twice, which could bite us eventually.", "en",
         "He merged to main without review twice, which could bite us eventually", None),
        ("周凯在没跟我确认的情况下，口头答应了客户免费加两个模块。", "zh", "周凯在没跟我确认的情况下，口头答应了客户免费加两个模块", None),
        # others who took up the work in a relative clause; a consequence one had to bear (只能); the report's
        # next act (并安排…) is none
        ("She turned the model into a template that two other teams have since reused.", "en",
         "She turned the model into a template", "that two other teams have since reused"),
        ("她做的物料清单漏了易拉宝，只能临时找打印店加急。", "zh", "她做的物料清单漏了易拉宝", "只能临时找打印店加急"),
        ("阿芳在群里发了统一话术，并安排两个人专门处理退款咨询。", "zh", "阿芳在群里发了统一话术，并安排两个人专门处理退款咨询", None),
        # a routine kept and a wish are no impact
        ("案卷归档及时，开庭材料每次都提前一天装订好。", "zh", "案卷归档及时，开庭材料每次都提前一天装订好", None),
        ("He fixed the pivot irrigation himself. Would like him to get his licence renewed before spring.", "en",
         "He fixed the pivot irrigation himself", None),
        # a team that now uses the work, zero of something, what did not happen to others, every one of a group
        ("Mei rebuilt the returns dashboard. Finance team now reviews it every Monday.", "en",
         "Mei rebuilt the returns dashboard", "Finance team now reviews it every Monday"),
        ("Tom rewrote the deploy script. We had zero failed deploys in March.", "en", "Tom rewrote the deploy script",
         "We had zero failed deploys in March"),
        ("小李出院前给患者做了一次复查。患者没有再次入院。", "zh", "小李出院前给患者做了一次复查", "患者没有再次入院"),
        ("她重新设计了排班表，各门店都照这个执行。", "zh", "她重新设计了排班表", "各门店都照这个执行"),
        # a thing that holds now, others who acted (了), every one of a group, credit given after the result
        ("Kim rewrote the alerting rules. CI is green most mornings now.", "en", "Kim rewrote the alerting rules",
         "CI is green most mornings now"),
        ("小赵提前把风险同步给了运营。运营那边当天就改了活动方案。", "zh", "小赵提前把风险同步给了运营", "运营那边当天就改了活动方案"),
        ("Raj published the new rota. Every driver confirmed their shifts the same day.", "en",
         "Raj published the new rota", "Every driver confirmed their shifts the same day"),
        ("投诉量这个月少了一半，这要归功于她重写了回复模板。", "zh", "她重写了回复模板", "投诉量这个月少了一半"),
        # a result opened by its connector, a figure several words in, a team in a relative clause, 最后 and 保证了
        ("Mia rebuilt the triage rota. As a result, patients waited 20 minutes less.", "en",
         "Mia rebuilt the triage rota", "As a result, patients waited 20 minutes less"),
        ("Leo rewrote the onboarding emails. Week-1 activation in the spring cohort went up 4 points.", "en",
         "Leo rewrote the onboarding emails", "Week-1 activation in the spring cohort went up 4 points"),
        ("He built the forecast model that the finance team now uses every month.", "en",
         "He built the forecast model", "that the finance team now uses every month"),
        ("小周提前核对了合同条款，最后款项全部追回来了。", "zh", "小周提前核对了合同条款", "最后款项全部追回来了"),
        ("她主动提出砍掉一个功能，保证了版本按时上线。", "zh", "她主动提出砍掉一个功能", "保证了版本按时上线"),
        # what is so since, caused (引起), upset afterwards (后面…被打乱), experts' verdict, not a single one
        ("She joined in May and is now the lead.", "en", "She joined in May and is now the lead", None),
        ("她在群里公开点名批评了供应商，引起对方强烈不满。", "zh", "她在群里公开点名批评了供应商", "对方强烈不满"),
        ("我提醒过他两次周报要按时交，但没有引起他的重视。", "zh", "我提醒过他两次周报要按时交，但没有引起他的重视", None),
        ("她临时顶班，后面两天的日报也是她补交的。", "zh", "她临时顶班，后面两天的日报也是她补交的", None),
        ("老陈没有报备就改了工艺参数，后面整批货的交期被打乱了。", "zh", "老陈没有报备就改了工艺参数", "后面整批货的交期被打乱了"),
        ("她设计了分层练习，听课专家给予较高评价。", "zh", "她设计了分层练习", "听课专家给予较高评价"),
        ("他提前一周把库存逐个核对了一遍，活动当天一单超卖都没有。", "zh", "他提前一周把库存逐个核对了一遍", "活动当天一单超卖都没有"),
    ],
)  # fmt: skip
def test_sbi_impacts_said_by_a_subject_of_their_own(
    notes: str, lang: str, behaviour: str, impact: str | None
) -> None:
    from assistant.coaching.sbi import statements

    [s] = statements(notes, flag_notes(notes), lang)
    assert s.behaviour == behaviour
    assert (s.impact if "impact" not in s.asks else None) == impact


@pytest.mark.parametrize(
    "notes",
    [
        "Ana fixed the flaky build on Monday. Postmortem doc still not written 3 weeks later.",
        "Ana fixed the flaky build on Monday. Missed the release notes deadline twice.",
        "In the March audit she rebuilt the checklist. Maria taught it to 14 new hires.",  # a name's act
    ],
)
def test_sbi_a_next_fragment_about_the_reports_own_work_is_a_statement_of_its_own(notes: str) -> None:
    from assistant.coaching.sbi import statements

    first, second = statements(notes, flag_notes(notes), "en")
    assert "impact" in first.asks and second.behaviour == notes.split(". ")[1].rstrip(".")


def test_sbi_a_judgement_in_traditional_chinese_gives_no_statement_as_in_simplified() -> None:
    from assistant.coaching.sbi import statements

    for notes in ("整體表現不錯，學習能力很強。", "整体表现不错，学习能力很强。"):
        assert flag_notes(notes) and not statements(notes, flag_notes(notes), "zh")


@pytest.mark.parametrize(
    "notes",
    [
        "张总是一位很好的领导，每次都帮新人改方案。",  # 张总 is a title, not 总是
        "他同意以后每次发布前先跑回归测试。",  # a practice agreed for the future
        "She always covers the night shift when someone is off.",
        "He always brings two or three options to the review.",
        "他从不在测试没通过时上线。",  # never, over a second negation: praise
    ],
)
def test_absolutes_that_praise_promise_or_are_no_absolute(notes: str) -> None:
    assert "absolute" not in {f.category for f in flag_notes(notes)}
    assert [f.phrase for f in flag_notes("小王总是迟到。")] == ["总是迟到"]


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("She doesn't have the presence for a director role.", "doesn't have the presence", "biased"),
        (
            "Since his first child was born he has been distracted.",
            "Since his first child was born",
            "biased",
        ),
        ("He's 24, so he can work weekends.", "He's 24", "biased"),
        ("Every report she files is late.", "Every report she files is late", "absolute"),
        ("Overall: decent.", "Overall: decent", "vague"),
        ("能力没问题，就是没有领导相。", "没有领导相", "biased"),
        ("老李马上就要退休了，培训名额给别人吧。", "马上就要退休", "biased"),
        (
            "She never logs call notes in the CRM.",
            "never logs call notes in",
            "absolute",
        ),  # not "not"+"es"
        ("Not sure he's got what it takes to lead the region.", "Not sure he's got what it takes", "biased"),
        ("For someone from Lagos she is remarkably punctual.", "For someone from Lagos", "biased"),
        ("出了问题老往下推。", "老往下推", "absolute"),
        ("跟团队气质不太搭，晋升先缓一缓。", "跟团队气质不太搭", "biased"),
        ("Communication is an area for growth.", "Communication is an area for growth", "vague"),
        ("That is to be expected at her stage of career.", "at her stage of career", "biased"),
        ("I'd hold her promotion until things settle at home.", "until things settle at home", "biased"),
        ("2024年度评价：该员工整体表现平平。", "表现平平", "vague"),  # a year is no evidence
        ("所有排期都要拖。", "所有排期都要拖", "absolute"),
        ("Honestly, with her health I can't see her leading the site.", "with her health", "biased"),
        ("Now that she's expecting, I moved her off the launch.", "Now that she's expecting", "biased"),
        ("He is coasting to retirement.", "coasting to retirement", "biased"),
        ("Like many Eastern Europeans he works weekends.", "Like many Eastern Europeans", "biased"),
        ("她作为女领导太强势了。", "作为女领导太强势了", "biased"),
        ("小吴管理上比较粗放。", "管理上比较粗放", "vague"),
        # a level one is not seen at, a culture, an illness, a skill said to need work with nothing named
        ("The board would not see her as CFO material yet.", "not see her as CFO material", "biased"),
        ("He comes from a very hierarchical culture, so he rarely challenges.", "from a very hierarchical culture",
         "biased"),
        ("Given her chronic pain, I'd keep her off the night rota.", "her chronic pain", "biased"),
        ("Her stakeholder management needs further development.", "stakeholder management needs further development",
         "vague"),
        ("这个岗位还是要找个年轻点的。", "找个年轻点的", "biased"),
        ("他容易被情绪带着走。", "容易被情绪带着走", "personality"),
        ("今年的方法论沉淀不够。", "方法论沉淀不够", "vague"),
        ("他不太像当主管的。", "不太像当主管的", "biased"),
        ("周报篇篇都要我改。", "篇篇都要我改", "absolute"),
        # being a man or a mother, a wedding, age as a yardstick, a nationality with a habit, nothing-named boilerplate
        ("Being a mum, she naturally keeps the team calm.", "Being a mum", "biased"),
        ("He's newly married, so expect some distraction.", "newly married", "biased"),
        ("Very sharp for his age.", "sharp for his age", "biased"),
        ("Filipino drivers tend to avoid the night routes.", "Filipino drivers tend to", "biased"),
        ("Displays strong professionalism.", "Displays strong professionalism", "vague"),
        ("他孩子明年中考，精力会分散。", "孩子明年中考", "biased"),
        ("气场小了点。", "气场小了点", "biased"),
        ("有较强的服务意识。", "有较强的服务意识", "vague"),
        ("四川人爱抱怨。", "四川人", "biased"),  # jieba joins 人爱: the match ends inside that word
        # little ones at home, retirement near, people from a part of the world, a scare, a role one is not
        # ready for, ownership not taken; 年轻是优势, 容易慌, 书生气, 此人 with a trait
        ("She has two little ones at home, so no travel.", "has two little ones", "biased"),
        ("With retirement on the horizon, he should step back.", "With retirement on the horizon", "biased"),
        ("He's quiet, like many nurses from that part of the world.", "nurses from that part of the world", "biased"),
        ("She had a health scare in spring, so no lead role.", "She had a health scare", "biased"),
        ("Not quite partner-ready.", "Not quite partner-ready", "vague"),
        ("He doesn't take ownership.", "doesn't take ownership", "vague"),
        ("年轻是优势，可以多加班。", "年轻是优势", "biased"),
        ("遇到客户投诉容易慌。", "容易慌", "personality"),
        ("书生气太重。", "书生气太重", "personality"),
        ("此人散漫。", "此人散漫", "personality"),
        ("方案写得快，就是毛躁，常漏数据源。", "毛躁", "personality"),  # a clause that is only a trait
        ("开会时胆子很小。", "胆子很小", "personality"),
        ("He tends to be abrupt with suppliers.", "abrupt", "personality"),
        ("She seems fragile after the reorg.", "fragile", "personality"),
        ("Motivation just isn't there.", "Motivation just isn't there", "vague"),
        ("His attitude needs an adjustment.", "His attitude needs an adjustment", "vague"),
        ("她的创新能力不足。", "创新能力不足", "vague"),  # a compound that ends in the judged topic
        ("小周谁的意见都不听。", "谁的意见都不听", "absolute"),
        ("他总爱把报表拖到月底。", "总爱把报表拖到", "absolute"),
        ("He never logs outages in the tracker.", "never logs outages in the", "absolute"),  # left unrecorded
        ("复盘会没有一次不超时。", "没有一次不超时", "absolute"),
        ("她这把年纪了，学不动新系统。", "她这把年纪", "biased"),
        ("心理上出过问题，不适合带团队。", "心理上出过问题", "biased"),
        ("Planning could be improved.", "Planning could be improved", "vague"),
        ("He doesn't show enough ownership.", "doesn't show enough ownership", "vague"),
        ("He closes every incident without a root cause.", "closes every incident without a root cause", "absolute"),
        ("She passes every escalation to her lead.", "passes every escalation to her lead", "absolute"),
        # a condition given as the manager's own reason for a decision stays biased, leave or not
        ("Given her surgery leave in spring, I kept her off the launch team.", "Given her surgery", "biased"),
        # a leave next to a judgement is no stated fact; 认错 is an act; a time off work is no routine kept
        ("Since her maternity leave she is less committed to her shifts.", "Since her maternity leave", "biased"),
        ("她孩子小，已安排她不上夜班。", "孩子小", "biased"),
        ("他从不认错，出了问题就找理由。", "从不认错", "absolute"),
        ("他总是下午四点就下班了。", "总是下午四点就下班", "absolute"),
        ("He is careless, and that is no small problem.", "careless", "personality"),
        ("我的意见是“不够主动”。", "不够主动", "vague"),  # the manager's own view, quoted
        ("这季度每次复盘都要顶几句。", "每次复盘都要顶几句", "absolute"),  # what follows 都 is what recurs
        ("He's 58 and set in his ways.", "set in his ways", "biased"),  # a trait tied to the age given
        ("He is stubborn and set in his ways.", "set in his ways", "personality"),
        ("He's not a people person.", "not a people person", "vague"),
        ("She needs more executive presence before Senior AE.", "executive presence", "biased"),  # coded wins
        ("He goes quiet in every planning meeting.", "goes quiet in every planning meeting", "absolute"),
        ("Snippy with customers every shift.", "Snippy with customers every shift", "absolute"),
        ("Zero initiative.", "Zero initiative", "vague"),  # a number in the judgement is no evidence of it
        ("He's kind of a lightweight.", "lightweight", "personality"),  # "kind of" hedges, names no trait
        ("Work product needs polish.", "needs polish", "vague"),  # "polish", one word, is no nationality
        ("Every invoice she raises is last-minute.", "Every invoice she raises is last-minute", "absolute"),
        ("He declined every mentoring slot we offered.", "declined every mentoring slot", "absolute"),
        ("She hasn't ever closed a ticket on the first reply.", "hasn't ever closed a ticket on", "absolute"),
        ("Careless by nature, I'm afraid.", "Careless by nature", "personality"),
        ("He is quick-tempered with the night crew.", "quick-tempered", "personality"),
        ("Left off the audit: she's pushing 50.", "she's pushing 50", "biased"),
        ("With twins on the way she won't want the travel.", "twins on the way", "biased"),
        ("He cried in the debrief, typical man these days.", "typical man", "biased"),
        ("Too motherly with the juniors to run the desk.", "Too motherly", "biased"),
        ("The late replies are a Brazilian culture thing.", "Brazilian culture", "biased"),
        ("He doesn't look like a site manager.", "doesn't look like a site manager", "biased"),
        ("Her presentation skills are an issue.", "Her presentation skills are an issue", "vague"),
        ("He's not a true partner to sales.", "not a true partner", "vague"),
        ("She doesn't know how to delegate to her team.", "doesn't know how to delegate to her team", "vague"),
        ("小周性格慢吞吞的，交接总要催。", "性格慢吞吞的", "personality"),
        ("老孟脑子不好使，流程讲了几遍都记不住。", "脑子不好使", "personality"),
        ("她年龄都45了，不适合再去一线。", "年龄都45了", "biased"),
        ("五十出头的人了，学新系统太费劲。", "五十出头的人了", "biased"),
        ("他是藏族人，不太适合做对外。", "藏族人", "biased"),
        ("一点也不像做销售的样子。", "不像做销售的样子", "biased"),
        ("外形不过关，不适合带去见客户。", "外形不过关", "biased"),
        ("对产品的理解不够透。", "理解不够透", "vague"),
        ("潜力尚待观察。", "潜力尚待观察", "vague"),
        ("Sam 的 communication 比较弱。", "communication 比较弱", "vague"),
        ("评审会上他一句话也不讲。", "一句话也不讲", "absolute"),
        ("Frankly she's from another generation of nurses.", "from another generation", "biased"),
        ("Her kidney condition rules out the night rota.", "Her kidney condition", "biased"),
        ("Strong client rapport.", "Strong client rapport", "vague"),
        ("Attitude problems since March.", "Attitude problems", "vague"),
        ("He has no filter in stand-ups.", "has no filter", "personality"),
        ("She leaves the bay untidy, and she's a bit chippy about it.", "a bit chippy", "personality"),
        ("His dad's dialysis is taking his focus.", "His dad's dialysis", "biased"),
        ("Her shift logs are illegible every night.", "illegible every night", "absolute"),
        ("He loses track of the spare parts orders on every job.", "loses track of the spare parts orders on every job", "absolute"),
        ("She complains about everything.", "complains about everything", "absolute"),
        ("质量方面没得说。", "质量方面没得说", "vague"),
        ("群众缘一般。", "群众缘一般", "vague"),
        ("干活挺卖力的。", "卖力", "vague"),
        ("进取心不足。", "进取心不足", "vague"),
        ("作风拖拉。", "作风拖拉", "personality"),
        ("就是死要面子。", "死要面子", "personality"),
        ("身为一名男护士，他不太细心。", "身为一名男护士", "biased"),
        ("一遇到投诉就推给别人。", "一遇到投诉就推给别人", "absolute"),
        ("一点点小事都要找我签字。", "一点点小事都要找我签字", "absolute"),
        ("考勤老迟到。", "考勤老迟到", "absolute"),  # 老 with what it is said of (jieba may glue 老 to it)
        ("开会句句顶回去。", "句句顶回去", "absolute"),
        ("佢成日迟交报告。", "成日迟交报告", "absolute"),
        ("他有糖尿病，糖尿病的人熬不了夜班。", "有糖尿病", "biased"),
    ],
)  # fmt: skip
def test_wording_shapes_beyond_the_listed_phrases(notes: str, phrase: str, category: str) -> None:
    assert (phrase, category) in {(f.phrase, f.category) for f in flag_notes(notes)}


@pytest.mark.parametrize(
    "notes",
    [
        "Her medication reconciliation audits were 100% compliant.",  # a ward's audit, not her health
        "She always brings the raw data rather than slides, which the team values.",
        "Attendance was never below 90%.",
        "She always checks the drawings against the current regulations before issue.",
        "For someone from Finance she knows the product well.",  # a department, not a place
        "这门课是她从零开发的，一直迭代到第四版。",  # all the way to the fourth version: no frequency
        "重大故障复盘他总是第一个到场。",  # a lapse word before "always", praise after it
        "交接班记录从不缺项。",
        "小丁公文写得扎实，全年发文差错为零。",  # the result in the same sentence
        'Client feedback was strong ("the sharpest synthesis we have had from an outside team").',
        "She found a race condition in the retry loop and fixed it before release.",  # no one's race
        "He always updates the status page himself, which the on-call team has come to rely on.",
        "有位用户来电时骂“你们从来不回电话”，她耐心解释并办理了退费。",  # a caller's words, quoted
        "他从不跳过隐蔽工程验收。",  # never skips: praise
        "Honestly better with the little ones in the toddler room than most of the team.",  # the children at work
        # ordinary work text near the new shapes (found in review)
        "她的周报次次都按时交。",
        "学员个个都通过了考核。",
        "北京人事部门和四川人民医院都已确认。",
        "Her breakdown of the Q3 costs was clear.",
        "Sales from that region doubled.",
        "We onboarded the recently engaged contractors.",
        "The patient in bed 4 had a seizure and she called the rapid response team.",
        "She moved the team from a blame culture to a learning one.",
        "She logged an asset transfer. Her chart shows the values.",
        "The new site has zero energy costs.",
        "She helped the new hires improve their skills.",
        "新包装不太符合品牌形象。",
        "这份报表不像做过校对的。",
        "客户容易着急，她会先复述问题再给方案。",
        "系统有较强的容错能力。",
        "She always logs defects with clear repro steps.",
        "这套系统能力不足以支撑双十一的流量。",  # a system's capacity, not a person's
        "The pitch was friendly but brief.",  # no trait word after "but"
        "他把报价单改了三版，客户很满意。",
        "周报从没晚于周一中午发出。",  # "never later than": praise
        "每次上线前都按清单核对配置。",  # a routine kept by the checklist
        "He always makes time to pair with new joiners.",
        "Always has the shift handover notes posted by 7am.",  # a routine kept at a set time
        "She processed 30 visa renewals for the relocation team.",  # a work item, not her origin
        "有同事的意见是“不够果断”，但没有给出例子。",  # someone else's words, quoted
        "她母亲住院，请了三天事假，工作由同组同事代理，交付没有延误。",  # a leave stated as a fact
        "He never files late.",
        "他从不写错数据。",  # 写错 is a lapse: never making it is praise
        "Not once did the night team have to call her.",  # what others never had to do
        "She is not careless - every figure had a source.",
        "She checks every invoice without fail.",
        "Held the region at 95-102% of plan.",  # a range of plan, not an age
        "这个年纪的孩子注意力短，她把每节课拆成三段。",
        "她一直负责纠错，表格准确率很高。",
        "She answers every call without putting customers on hold.",
        "He forwards every safeguarding concern to the DSL the same day, as policy requires.",
        "这个方案想法很好，但还不成熟，他主动推迟了上线。",
        "客户评价：踏实。",
        "The venue was cramped but quiet, which suited the workshop.",
        "She reminds the juniors to be thorough with citations.",
        "The org chart doesn't show any leadership changes since March.",
        "该供应商的工程质量较差，她逐项列了整改清单。",
        "现有的排班体系非常脆弱，她重写了交接流程。",
        "告警响了半小时谁都没理，是她第一个去处理的。",
        "学生心理有问题时她会及时上报。",
        "He finished a phased return after knee surgery and is back on full duties.",  # a health fact
        "他胃病复发，医生建议一周不出差，已安排同事代跑客户。",
        "她在哺乳期，按规定每天下午的哺乳时间已在排班中预留。",  # an arrangement made by rule
        "He is reserved in workshops, but that isn't a problem.",
        "她坚持每周一复盘上周工单，全年从未间断。",  # never interrupted: praise
        "他从不只靠邮件跟进，重点客户都当面拜访。",  # never merely by e-mail
        'The auditor\'s note "she never misses a control" sums up the year.',  # someone else's words
        "点评网站上有条“店员总是爱答不理”的差评，是她来之前的事。",  # a review's words, quoted
        "每次线上事故的复盘报告都是他第一个写。",  # the incident names the occasion, not a lapse
        "Always first to write the incident post-mortem.",  # praise before the incident it is about
        "The late spec is holding her back; she has asked for a second analyst.",  # "her back": no health word
        "He asked to move to days from September for childcare; agreed, targets unchanged.",  # a request granted
        "He blocks out Wednesday afternoons for childcare, which the team has worked around.",  # an arrangement
        "Renee works seated with a 10-minute break every two hours.",  # a schedule, not an absolute
        "Aoife was assertive in the March design review: she stopped sign-off on the culvert.",  # praise, shown
        "Ines was assertive in the bid review (told the supplier we would walk unless the SLA held).",  # told: shown
        "Her dressing changes have been error-free on every audit since June.",  # "-free": no lapse
        "He never misses free training sessions.",  # "misses" is the verb: never missing them is praise
        "She has never lost free samples.",  # a verb and its object, not "lapse-free"
        "She follows up: every family that missed a conference got a call within a week.",  # the families' lapse
        # the review's: a condition holding the praise, another's lapse, due diligence, a partner at work
        "She never cuts corners even when the team is behind.",
        "He always re-runs the reconciliation even when the totals match.",
        "We lost two drivers in May. Every route was short-staffed, so she reworked the rota.",
        "她牵头完成了收购项目的尽职调查，报告按期交给了投委会。",
        "The engagement partner's job was at risk after the restatement; she rebuilt the workpapers in 10 days.",
        "She passed the CPA closed book exam on the first attempt.",
        "He never forgot free-form comments in the audit log.",
        "他一直是组里测试脚本维护得最全的人。",  # a superlative of praise
        "每月的盘点一次都没缺过。",  # never missed once
        "他从来不把丢单的责任推给别人。",  # never loses … : praise
        "每次下班前都把当天的异常写进值班本。",  # a record written every time
        "Always logs the caller's consent before the transfer.",
        'Peers describe her reviews as "blunt, never personal".',  # others' words, quoted
        "She wrote the bot that tags about 30 flaky tests a week.",  # flaky tests: a thing
        "She wrote the flaky-test quarantine bot.",
        "Emeka was dependable on the audit and finished two days ahead of schedule.",
        "Restocked the cold room every morning this month, no spoilage write-offs.",  # a routine kept
        "A resident's son phoned to thank her for the night she stayed late.",  # someone else's son
        "年度评级：优秀。",  # a rating's name after a colon
        "他一个错字都没写错。",  # no silence: a count of errors
        "Not once during the stocktake was her count short.",  # an inverted "not once": praise
        "一有客户投诉就第一时间回电。",  # at once, every time: praise
        "She double-checks everything before release.",  # everything, with no lapse
    ],
)
def test_wording_that_is_fact_praise_or_backed_by_what_happened(notes: str) -> None:
    assert flag_notes(notes) == []


def test_sbi_an_incident_told_before_the_report_is_part_of_the_situation() -> None:
    from assistant.coaching.sbi import statements

    def parts(notes: str) -> list[tuple[str | None, str]]:
        return [(None if "situation" in s.asks else s.situation, s.behaviour)
                for s in statements(notes, flag_notes(notes), "zh")]  # fmt: skip

    assert parts("5月3日早班，一台冷柜突然断电，小罗马上把货转到备用库。") == [
        ("5月3日早班，一台冷柜突然断电", "小罗马上把货转到备用库")
    ]
    assert parts("周年庆当天，音响坏了，王经理临时借来了扩音器。")[0][0] == "周年庆当天，音响坏了"
    # an act of the report's, a topic or a report of others is no incident
    assert parts("实习生小叶整理了竞品定价，老板直接用在了董事会材料里。")[0][0] is None
    assert parts("理赔那边反映，小许没拍全现场照片。")[0][0] != "理赔那边反映"
    assert parts("上周五例会，开会迟到二十分钟，小王也没说明原因。")[0][0] == "上周五例会"
    assert parts("连续三周没交周报，他说是因为太忙。")[0][0] is None
    assert parts("整理出一份入职手册，她还带了两个新人。")[0][0] is None  # one act, then another
    assert parts("区域经理来巡店，小林全程陪同讲解。") == [("区域经理来巡店", "小林全程陪同讲解")]
    # a job title before the name, 及时 after it, 了 after a verb of what happened, two clauses of it
    assert parts("5月3日夜班，仓库漏水，保安小周马上把货搬到二楼。")[0][:2] == (
        "5月3日夜班，仓库漏水",
        "保安小周马上把货搬到二楼",
    )
    assert parts("周一晚上，机房停电，小罗及时切到备用线路。")[0][0] == "周一晚上，机房停电"
    assert parts("前台来了个投诉顾客，小林先把人请进了会客室。")[0][0] == "前台来了个投诉顾客"
    assert (
        parts("季度末，系统宕机，客户电话打爆了，小周组织大家手工登记订单。")[0][0]
        == "季度末，系统宕机，客户电话打爆了"
    )
    assert parts("连续三周没交周报，经理提醒了两次，小王还是没交。")[0][0] is None  # the report's own lapse
    # the report's own act with its subject dropped is no incident, 了 or not (the review's)
    for notes in ("写出了一套自动化对账脚本，小赵每周能省半天。", "盘点出了两次错，小李说是系统的问题。",
                  "做坏了两批货，老刘被扣了绩效。", "上周五下午，连夜赶出了方案，小王第二天照常上班。"):  # fmt: skip
        assert parts(notes)[0][0] in (None, "上周五下午"), notes
    # the review's: marks of an act count where the clause opens with them, not inside a subject of its own
    assert parts("晚班人手不够，小何主动留下来加了三个小时班。")[0] == (
        "晚班人手不够",
        "小何主动留下来加了三个小时班",
    )
    assert parts("客户当场发火了，她还是很冷静地把问题讲清楚。")[0][0] == "客户当场发火了"  # 还是: still
    assert parts("关于绩效考核，她的意见比较多。")[0][0] is None  # a topic
    assert parts("工作积极主动，他能独立完成任务。")[0][0] is None  # an appraisal


def test_sbi_a_result_with_its_own_cause_is_a_statement_of_its_own() -> None:
    from assistant.coaching.sbi import statements

    notes = "她整理了评级依据。新人提问少了很多，因为她写了入职手册。"
    found = [
        (s.behaviour, None if "impact" in s.asks else s.impact)
        for s in statements(notes, flag_notes(notes), "zh")
    ]
    assert found == [("她整理了评级依据", None), ("她写了入职手册", "新人提问少了很多")]


@pytest.mark.parametrize(
    "notes",
    [
        "小王整理了需求文档。后来小王又补充了测试用例。",  # the report's next act, not an outcome
        "Tom rewrote the deploy script. Tom briefed leadership on the new process.",
        "She made sure that all invoices were filed before the audit.",
        "她梳理了报销流程，去掉了重复审批。",
    ],
)
def test_sbi_the_reports_next_act_is_no_impact(notes: str) -> None:
    from assistant.coaching.sbi import statements

    assert all("impact" in s.asks for s in statements(notes, flag_notes(notes), detect_lang(notes)))


def test_sbi_occasions_in_labels_holidays_release_names_and_abbreviations() -> None:
    """A label naming a day or a holiday, an occasion named after the act ("during the supplier strike", "in the
    3.1 release"), a lead-in ending in 课上, and a title's full stop that ends no sentence ("Dr. Patel")."""
    from assistant.coaching.sbi import statements

    notes = (
        "- Cyber Monday: moved two agents to chat so the queue stayed under ten minutes.\n"
        "- Kept the depot open during the supplier strike.\n"
        "- Fixed the login crash in the 3.1 release.\n"
        "- At the review with Dr. Patel she presented the audit trail."
    )
    got = [(s.situation, s.behaviour) for s in statements(notes, [], "en")]
    assert [g[0] for g in got] == ["Cyber Monday", "during the supplier strike", "in the 3.1 release",
                                   "At the review with Dr. Patel"]  # fmt: skip
    zh = "春节前，小吴把备货量提前报给了供应商，断货少了一半。小吴提前锁定了春节备货量。数学课上，她让学生互相批改作业。"
    got = [(s.situation, s.behaviour) for s in statements(zh, [], "zh")]
    assert got[0][0] == "春节前"
    assert "situation" in statements(zh, [], "zh")[1].asks  # "春节备货量" is a thing, not an occasion
    assert got[2][0] == "数学课上"


def test_sbi_occasions_after_the_act_through_a_period_or_at_a_named_event() -> None:
    from assistant.coaching.sbi import statements

    notes = "Ran revision clinics through the busy season. Presented the readout at the Denver roadshow."
    got = [s.situation for s in statements(notes, [], "en")]
    assert got == ["through the busy season", "at the Denver roadshow"]


def test_sbi_topics_after_through_things_named_like_occasions_and_company_names() -> None:
    """ "walked the board through the results" names a topic, not an occasion; 新课上架 is no 课上; "Acme Co." ends
    a sentence."""
    from assistant.coaching.sbi import statements

    for notes in (
        "She walked the board through the campaign results.",
        "He reproduced the bug in the mock server.",
    ):
        assert all("situation" in s.asks for s in statements(notes, [], "en"))
    assert "situation" in statements("小李把新课上架到平台，报名人数翻倍。", [], "zh")[0].asks
    assert len(statements("The invoice from Acme Co. She paid it the same day.", [], "en")) == 2


def test_sbi_headers_asides_systems_and_durations_are_no_occasions() -> None:
    """A heading before a dash ("quick one on Marcus for his review —") or a label naming the note ("李娜 本周表现：")
    is no situation, nor an aside ("On a separate note,"), a system ("in the CRM") or a duration ("in an
    afternoon"); the occasion after the heading is read, and Chinese occasions open a sentence with no comma
    ("周二版本发布时没走灰度") or by a day's name ("昨晚那场直播，")."""
    from assistant.coaching.sbi import statements

    notes = (
        "quick one on Marcus for his review — during peak week he moved two pickers onto returns. "
        "On a separate note, he changed the rota without telling inbound. He logs every call in the CRM. "
        "He rewrote the escalation macros in an afternoon."
    )
    got = [s.situation if "situation" not in s.asks else None for s in statements(notes, [], "en")]
    assert got == ["during peak week", None, None, None]
    zh = "李娜 本周表现：牵头修订了分期业务话术。周二版本发布时没走灰度直接全量。昨晚那场直播，她把库存同步错了。她写了20条售后话术模板。"
    got = [s.situation if "situation" not in s.asks else None for s in statements(zh, [], "zh")]
    assert got == [None, "周二版本发布时", "昨晚那场直播", None]


@pytest.mark.parametrize(
    ("notes", "phrase"),
    [
        ("He is very dismissive of junior staff.", "very dismissive"),  # only "kind of" hedges
        ("Zero drive and zero initiative.", "zero initiative"),  # one judgement makes no other concrete
        ("He is demanding – nobody on the team wants to work with him any more.", "demanding"),
        ("He is demanding with juniors: he shouted at two of them.", "demanding"),  # a lapse, not praise shown
        ("Since she became a mother she is less focused and asked for Fridays off again.", "Since she became a mother"),
        ("他总是在截止前最后一刻才交。", "总是在截止前最后一刻"),  # 前 is no praise
        ("他总是按时提交却漏掉附件。", "总是按时提交却漏掉"),  # a lapse after the praise is still one
        ("He is always on time yet forgets to attach the log.", "always on time yet forgets"),
        ("He refuses every new tool we introduce.", "refuses every new tool"),
        ("He is late always", "late always"),  # an absolute closing the notes (it raised IndexError)
        ("他都50岁了，按规定也该让位了。", "都50岁了"),  # a rule named in the sentence clears no judgement
        ("她刚怀孕，按公司规定不安排出差，以后也别指望她带项目。", "怀孕"),
        ("The candidate's wife is expecting, so he may not want to relocate.", "wife"),  # the person's own family
    ],
)  # fmt: skip
def test_wording_the_review_found_unflagged(notes: str, phrase: str) -> None:
    assert phrase in {f.phrase for f in flag_notes(notes)}


@pytest.mark.parametrize(
    "notes",
    [
        "He's set in his ways on lead generation.",  # no generation of people: a trait, not age
        "会议室冷冰冰的，没人发言。",  # a room, not a person
        "他在等退休审批结果。",
        "She resists scope creep in every sprint.",
        "Keeps the ward quiet every night shift.",
        "She always flags incomplete records before month-end.",  # a state is a lapse only beside "every …"
        "She tracked down the missing invoices for everyone on the team.",  # "everyone" right after a lapse only
        "He lost his key fob twice this month.",
        "He is pushing 40 hours of overtime a month.",  # no age: a noun follows
        "他一有时间就整理文档。",  # 一有…就 and a helpful act
        "她一点小细节都要核对。",
        "我们给新人做了性格测试。",
        "团队已经四十好几个人了。",
        "He blocks every Friday afternoon for deep work.",
        "She never",
    ],
)
def test_wording_the_review_found_falsely_flagged(notes: str) -> None:
    assert not [f for f in flag_notes(notes) if f.category in ("biased", "absolute") or "冷" in f.phrase]


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("Her slide decks are a mess; we redo them before every client meeting.", "Her slide decks are a mess", "vague"),
        ("His output was hit and miss this half.", "His output was hit and miss", "vague"),
        ("His attitude in the warehouse needs work.", "His attitude in the warehouse needs work", "vague"),
        ("She is not great with suppliers.", "She is not great with suppliers", "vague"),
        ("Solid numbers guy.", "Solid numbers guy", "vague"),
        ("Trustworthy.", "Trustworthy", "vague"),
        ("Pompous.", "Pompous", "personality"),
        ("Her generation just doesn't stay in one job.", "Her generation", "biased"),
        ("Older technicians are slower with the new scanners.", "Older technicians are slower with the new scanners", "biased"),
        ("Honestly it is about time for him to retire.", "about time for him to retire", "biased"),
        ("You know how Brazilians are about deadlines.", "You know how Brazilians are", "biased"),
        ("He is so Parisian in meetings.", "so Parisian", "biased"),
        ("Quiet like most women on the team.", "like most women on", "biased"),
        ("She has been on antidepressants since spring, which explains the slow replies.", "on antidepressants", "biased"),
        ("每逢月底就请假，报表全靠别人。", "每逢月底就请假", "absolute"),
        ("布置的任务没有一样能按时交。", "没有一样能按时交", "absolute"),
        ("女司机开大货车就是不稳。", "女司机开大货车就是不稳", "biased"),
        ("他家里有三个孩子，晚上很难加班。", "他家里有三个孩子", "biased"),
        ("批评她两句就哭，没法沟通。", "批评她两句就哭", "personality"),
        ("他的年纪摆在那，新系统学不会。", "年纪摆在那", "biased"),
        ("她做了心脏支架，别安排出差。", "心脏支架", "biased"),
        ("这个人阴晴不定。", "这个人阴晴不定", "personality"),
    ],
)  # fmt: skip
def test_wording_shapes_read_from_blind31(notes: str, phrase: str, category: str) -> None:
    assert (phrase, category) in {(f.phrase, f.category) for f in flag_notes(notes)}


@pytest.mark.parametrize(
    "notes",
    [
        "She is out next week for her son's operation; Priya is covering her shifts.",  # leave stated as fact
        'One mother wrote, "My son finally enjoys maths."',  # a relative who speaks, not the report's
        'A tenant complaint read "the caretaker was rude"; the CCTV showed otherwise.',  # quoted after "read"
        "He is blunt in supplier talks - he walked away until the penalty clause was added.",  # praise shown after
        "She is demanding in design reviews (she blocked two PRs that leaked customer data into the logs).",
        "全年处理投诉42件，没有一件升级到仲裁。",  # never an escalation: praise
        "The next generation of the scanner arrives in May.",
        "He prepares the chemotherapy orders for the day unit.",
        "The French market grew 12% under her.",
    ],
)
def test_wording_read_from_blind31_that_stays_unflagged(notes: str) -> None:
    assert not flag_notes(notes)


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("Since the reorg he has totally checked out.", "he has totally checked out", "vague"),
        ("She shows a positive approach to work.", "positive approach to work", "vague"),
        ("He lacks the killer instinct for enterprise deals.", "lacks the killer instinct", "vague"),
        ("She doesn't come across as senior yet.", "She doesn't come across as senior", "vague"),
        ("Not really our kind of person for the Tokyo office.", "Not really our kind of person", "biased"),
        ("He lacks boardroom presence.", "lacks boardroom presence", "biased"),
        ("Honestly she is a gossip.", "gossip", "personality"),
        ("说他几句就闹情绪，第二天请假。", "说他几句就闹情绪", "personality"),
        ("格局还要再打开一些。", "格局还要再打开一些", "vague"),
        ("做销售的过了35就拼不动了。", "过了35就拼不动了", "biased"),
        ("跟我们不太像一路人。", "不太像一路人", "biased"),
        ("操作规程从来记不住。", "从来记不住", "absolute"),
        ("他心态不行，遇到难题就想放弃。", "心态不行", "vague"),
        ("沟通比较简单粗暴。", "比较简单粗暴", "vague"),
        ("审美没问题。", "审美没问题", "vague"),
        ("他上有老下有小，出差不方便。", "上有老下有小", "biased"),
        ("她腿脚不利索，别排外勤。", "腿脚不利索", "biased"),
    ],
)  # fmt: skip
def test_wording_shapes_read_from_blind32(notes: str, phrase: str, category: str) -> None:
    assert (phrase, category) in {(f.phrase, f.category) for f in flag_notes(notes)}


@pytest.mark.parametrize(
    "notes",
    [
        "I don't find her abrasive at all: she just asks for the data.",  # a judgement the manager does not hold
        "She bakes for the interns every Friday, which is sweet but not her job.",  # a trait said of an act
        "He has never had a preventable accident in six years of driving.",
        "She has never left a ticket unanswered over a weekend.",  # un-…-ed is a lapse: never one is praise
        "他能用四川话跟老年用户沟通，满意度升到4.5。",  # a dialect used as a skill
        "需要加强的是数据分析，季度看板还靠别人出。",  # the area named, then what is lacking
        "长期出差没问题，他自己也报了名。",
        "她一直是车间最早到的人之一。",
    ],
)
def test_wording_read_from_blind32_that_stays_unflagged(notes: str) -> None:
    assert not flag_notes(notes)


@pytest.mark.parametrize(
    ("notes", "phrase"),
    [
        (
            "He never follows up on unresolved tickets.",
            "never follows up on unresolved",
        ),  # un-…-ed is no lapse
        (
            "He is out this week because of his depression, which explains why he is so unreliable.",
            "depression",
        ),
        ("With her illness she is off for weeks at a time; Ravi is covering again.", "illness"),
        ("有待改进的是工作态度。", "有待改进"),  # no area named with what is lacking in it
        ("I don't consider her reliable.", "reliable"),  # a denied praise is a criticism
        ("Her manner, which is frankly arrogant, puts clients off.", "arrogant"),
        ("My summary for calibration reads 'arrogant and lazy'.", "lazy"),  # the manager's own words
        ("他总是最早下班。", "总是最早下班"),
        ("整体表现没问题，继续保持。", "整体表现没问题"),
        ("Another new mum said she wants fewer hours, and Priya will be the same.", "new mum"),
        ("He's very Québécois in his style.", "very Québécois"),
        ("男护士心不够细。", "男护士心不够细"),
    ],
)
def test_wording_the_review_of_this_session_found_unflagged(notes: str, phrase: str) -> None:
    assert any(phrase in f.phrase for f in flag_notes(notes))


@pytest.mark.parametrize(
    "notes",
    [
        "It's time to retire the legacy CRM; she led the migration plan.",
        "Younger customers are buying online, so she shifted budget to the app.",
        "She replaced the older generation handheld scanners in May.",
        "She translated the contract so German suppliers could sign it quickly.",
        "She checked out the competitors' pricing and built a comparison sheet.",
        "The new deck comes across as professional and clear.",
        "The vendor documentation was lacking, so she wrote the runbook herself.",
        "The new tool is not great with large files, so she split them.",
        "Uptime: steady.",
        "The team had no leadership presence on the night shift until she volunteered.",
        "Like other fathers on the team, he took two weeks of paternity leave in May.",
        "She cleaned up the post-COVID travel policy.",
        "He always picks up unassigned tickets first thing in the morning.",
        "He is always the first to log accidents and near misses.",
        "什么难题从来都难不住她。",
        "没有一件事能难倒他。",
        "每逢周五就推送周报，从不拖。",
        "客户满意度过了90就有额外奖金。",
        "男护士小张没有迟到过一次。",
        "他有小朋友般的好奇心。",
        "她给大家带了开心果。",
    ],
)
def test_wording_the_review_of_this_session_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes)


def test_sbi_occasions_the_review_found() -> None:
    """An aside opens a sentence ("During the separate vendor call" is an occasion); a label ending in a call is
    one; durations and words ending in 时 or 后 open no Chinese occasion, 之后 does."""
    from assistant.coaching.sbi import statements

    def situation(notes: str, lang: str) -> str | None:
        [s] = statements(notes, [], lang)
        return None if "situation" in s.asks else s.situation

    assert situation("During the separate vendor call, she renegotiated the SLA.", "en") == (
        "During the separate vendor call"
    )
    assert (
        situation("On the calibration call: she defended every rating with data.", "en")
        == "On the calibration call"
    )
    for zh in ("三个小时内定位了根因。", "项目历时三周完成迁移。", "团队先后完成了三次演练。"):
        assert situation(zh, "zh") is None
    assert situation("上线之后跟踪了两周数据。", "zh") == "上线之后"


def test_sbi_an_arrow_chain_opening_on_its_occasion_and_chinese_days_of_a_named_time() -> None:
    """The first link of an arrow chain that names an occasion and no act is the situation ("Audit week (wk 12)
    -> …"), not one that acts ("Skipped the review -> …"); 春节那周 and 开学当天 open the behaviour after a holiday or
    a named time, a name called with a comma before them; 但是 before a month's end opens a lead-in."""
    from assistant.coaching.sbi import statements

    def parts(notes: str, lang: str) -> tuple[str | None, str, str | None]:
        [s] = statements(notes, [], lang)
        return (
            None if "situation" in s.asks else s.situation,
            s.behaviour,
            None if "impact" in s.asks else s.impact,
        )

    assert parts("Audit week (wk 12) -> Maya rebuilt the sampling sheet -> zero findings", "en") == (
        "Audit week (wk 12)",
        "Maya rebuilt the sampling sheet",
        "zero findings",
    )
    assert parts("Skipped the design review -> two screens shipped off-brand", "en")[0] is None
    assert parts("阿伟，春节那周没交接就请了假，值班表空了两天。", "zh")[0] == "春节那周"
    assert parts("但是年底结账，她又漏了两张发票。", "zh")[0] == "年底结账"
    assert parts("小杨坚持下单当天发货。", "zh")[0] is None


def test_sbi_a_report_title_a_scene_before_the_act_a_remark_and_a_figure_in_pounds() -> None:
    """A bracketed report title ("【本周观察-小何】") names no occasion for its bullets; a clause that sets the scene
    before the report's act is its situation ("盘点那周系统宕机，她…"); "which is new" remarks on the act and is no
    impact; a figure that "came down to £60" is one."""
    from assistant.coaching.sbi import statements

    zh = "【本周观察-小何】\n1. 主动给组里写了一份发布检查清单。\n2. 盘点那周系统宕机，她带着两个人手工清点了仓库。"
    got = [(s.situation if "situation" not in s.asks else None) for s in statements(zh, [], "zh")]
    assert got == [None, "盘点那周系统宕机"]
    en = "He books his own site visits now, which is new. He re-sorted the freezer by expiry date, waste came down to £60."
    parts = [(s.impact if "impact" not in s.asks else None) for s in statements(en, [], "en")]
    assert parts == [None, "waste came down to £60"]


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        (
            "He's not quite the right fit for the partner group.",
            "right fit",
            "biased",
        ),  # gatekeeping, negated
        ("Not sure she's got the hunger for a quota role.", "the hunger", "vague"),  # a doubt is no denial
        ("Not partner-track, in my view.", "Not partner-track", "biased"),
        ("He looks about 19, so clients may not take him seriously.", "looks about 19", "biased"),
        (
            "The Shanghai account should ideally go to a native Mandarin speaker.",
            "native Mandarin speaker",
            "biased",
        ),
        ("His stubborn nature slows every design review.", "His stubborn nature", "personality"),
        ("Has sound knowledge of the billing system.", "sound knowledge of", "vague"),
        ("Lacks professionalism with vendors.", "Lacks professionalism", "vague"),
        ("The problems are mostly attitude-related.", "attitude-related", "vague"),
        ("He gets bored quickly on routine work.", "bored quickly", "personality"),
        ("Leadership presence is lacking in client meetings.", "presence is lacking", "vague"),
        (
            "2. 存在问题：周报总是拖到第二天才交，执行力偏弱",
            "执行力偏弱",
            "vague",
        ),  # an item's number is no count
        ("项目纪要总是拖到下周才发。", "总是拖到下周才", "absolute"),  # 纪要 is no requirement
        ("老王年纪也大了，学新系统费劲。", "年纪也大", "biased"),
        ("听说她最近在闹离婚，心思不在这儿。", "闹离婚", "biased"),
        ("他性子太要强，听不进建议。", "太要强", "personality"),
        ("工作能力：良好", "工作能力：良好", "vague"),
        ("影响力不足，推不动别的部门。", "影响力不足", "vague"),
        ("能较好完成上级交办的工作。", "能较好完成", "vague"),
        ("小李文化上融不进来。", "融不进来", "biased"),
        ("她不太像干部苗子。", "干部苗子", "biased"),
        ("他下午总是提前离开。", "总是提前离开", "absolute"),
    ],
)
def test_wording_shapes_read_from_blind36(notes: str, phrase: str, category: str) -> None:
    assert any(phrase in f.phrase and f.category == category for f in flag_notes(notes)), flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "She is always the first to notice a missing signature on the contracts.",  # what she finds
        "He has always been candid with the steering committee about delivery risk.",
        "从来没有违规操作记录，安全检查全部合格。",
        "上线量一直稳定在每周 3 个版本。",
        "他总是在发布前一天把变更说明发到群里。",
        "有人说她内向，我不这么看：她在周会上提出了两个改进建议，都被采纳了。",
        "建议评为年度优秀员工。",
        "The admin account nobody had disabled was the way in; she found it in an hour.",
    ],
)
def test_wording_read_from_blind36_that_stays_unflagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


@pytest.mark.parametrize(
    ("notes", "situation"),
    [
        (
            "Ran the weekly triage while the EM was out on leave; no P1 went unassigned.",
            "while the EM was out on leave",
        ),
        ("618压测那周，他定位到了连接池泄漏，大促当天零故障。", "618压测那周"),
        ("周二系统宕机那两个小时，她把受影响的订单号拉了清单给技术。", "周二系统宕机那两个小时"),
    ],
)
def test_sbi_someone_else_away_and_a_time_said_with_that(notes: str, situation: str) -> None:
    from assistant.coaching.sbi import statements

    made = statements(notes, flag_notes(notes), detect_lang(notes))
    assert any(situation in st.situation for st in made), [(st.situation, st.behaviour) for st in made]


@pytest.mark.parametrize(
    "notes",
    [
        "He always corrects people mid-sentence in meetings.",  # a verb of fixing is no praise by itself
        "He always fixes things by skipping the tests.",
        "他总是发现问题就甩锅给别人。",
        "他太强势，我不太看好他带团队。",  # only "I don't see it that way" denies
        "他总是在截止前一天晚上才开始写。",  # 才: last-minute
        "他的情绪一直不太稳定。",  # a negated word of praise
        "我跟他说过好几次，别那么固执。",  # told not to be what he is
        "She has disabled parents and leaves at 4 most days.",
        "她每天都提前走半小时去接孩子。",
        "会上永远是他一个人讲。",
    ],
)
def test_wording_the_review_of_the_blind36_round_found_unflagged(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "I'm not sure he's lazy, he's just overloaded.",  # a doubt about a fault denies it
        "他总是主动举报违章行为。",
        "他一直负责违纪案件的调查。",
        "记得每次都要备份。",
        "周报摘要每次都是她写的，重点清楚。",
        "The report looks about 20 pages too long.",
        "这台设备年纪也大了。",
        "The audience gets bored quickly if slides are text-heavy.",
        "We need someone with good knowledge of SAP.",
        "We had fewer attitude-related complaints this quarter.",
        "设备状态不太对，已报修。",
        "这款产品在华南的影响力不够。",
        "系统能较好完成并发处理。",
        "She's not on the partner track yet because she joined in January.",
        "她总是提前走一步，把风险想在前面。",
        "她代理的三起离婚案件今年全部调解结案。",
        "今年的残疾人就业保障金已按时缴纳。",
    ],
)
def test_wording_the_review_of_the_blind36_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_the_review_of_the_blind36_round() -> None:
    """A thing done with 那周's report is no occasion; "while … off" ends at the absence, not in the next act."""
    from assistant.coaching.sbi import statements

    notes = "他把那周的报表全部重做了一遍。"
    assert not any("那周" in st.situation for st in statements(notes, flag_notes(notes), "zh"))
    notes = "He kept coding while his manager was away and broke main twice."
    made = statements(notes, flag_notes(notes), "en")
    assert any(st.situation == "while his manager was away" for st in made), [st.situation for st in made]


@pytest.mark.parametrize(
    ("notes", "phrase", "category"),
    [
        ("His attitude is very positive.", "attitude is very positive", "vague"),
        (
            "Since his marriage in May he has been less available for site visits.",
            "Since his marriage",
            "biased",
        ),
        (
            "- Reports are late every single month\n- Lacks gravitas with the board",
            "Lacks gravitas",
            "biased",
        ),
        ("He does not fit our company's culture.", "does not fit our company's culture", "biased"),
        ("She is quite young for a team lead.", "young for a team lead", "biased"),
        (
            "He is older than the rest of the crew, so he struggles with the apps.",
            "older than the rest of the crew",
            "biased",
        ),
        ("Not particularly efficient.", "Not particularly efficient", "vague"),
        ("Needs to sort her attitude out before the next review.", "sort her attitude out", "vague"),
        ("Honestly he lacks common sense on site.", "lacks common sense", "vague"),
        ("She has an attitude with the night shift.", "has an attitude", "personality"),
        ("该同志思想端正，服从安排。", "思想端正", "vague"),
        ("工作热情高。", "工作热情高", "vague"),
        ("他太爱表现了。", "太爱表现", "personality"),
        ("她情商不够。", "情商不够", "personality"),
    ],
)
def test_wording_shapes_read_from_blind37(notes: str, phrase: str, category: str) -> None:
    assert any(phrase in f.phrase and f.category == category for f in flag_notes(notes)), flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "She always flags the risks in her weekly summary before anyone asks.",  # finding a problem: praise
        "He never lets a support ticket slide past its SLA.",
        "She finished the cardiac rehab training in March and now runs the Tuesday clinic.",
        "New hires are always sent to her for questions on the ledger.",
        "她每次交接都把待办事项整理成清单发到群里。",
        "业务能力强，在系统切换中牵头写了操作手册。",
        "这个岗位不敢让他一直做下去，明年要轮岗。",
        "他从来都不迟到。",
    ],
)
def test_wording_read_from_blind37_that_stays_unflagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_an_occasion_said_with_nei_duan_or_nei_zhen_after_the_name() -> None:
    """ "小黄去年铜价涨得最凶那段，提前锁了价": the name and the time of it are the situation, the act comes next."""
    from assistant.coaching.sbi import statements

    notes = "小林今年夏天原料涨价最狠那阵，提前跟三家供应商签了半年的框架价，光这一项省了大概50万。"
    made = statements(notes, flag_notes(notes), "zh")
    assert made[0].situation.endswith("那阵") and made[0].behaviour.startswith("提前"), made
    notes = "他把那段代码重写了。"
    assert not any("那段" in st.situation for st in statements(notes, flag_notes(notes), "zh"))


@pytest.mark.parametrize(
    "notes",
    [
        "QA always catches bugs in his code.",  # someone else finds his faults
        "他总是发现差错后才补救，已经晚了。",
        "Her therapy sessions take her out every Wednesday afternoon.",  # her own care
        "He's the only disabled team member, so he can't cover the stockroom.",
        "他开会让大家一直等他。",
        "He misses deadlines every time even when we extend them.",
        "Her month-end reports are always\nlate and missing the variance notes.",  # a wrapped line, no bullet
        "She never lets her juniors sit in on client calls.",
        "Customers always come to him with complaints about his tone.",
        "- Not very efficient\n- Late on reports",
        "该员工在日常工作中表现积极。",  # work in general names no occasion
        "他从来都没有按时交过周报。",
    ],
)
def test_wording_the_review_of_the_blind37_round_found_unflagged(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "他从来都没有迟到过。",
        "他从来都错不了。",
        "她从来都把客户放在第一位。",
        "The equipment is older than the team.",
        "Team attitude has been positive since the new rota.",
        "The policy has no common sense exemptions.",
        "Since her marriage leave ended she has closed four deals.",
        "She never lets an escalation sit over a weekend.",
    ],
)
def test_wording_the_review_of_the_blind37_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "No doubt he's lazy.",
        "He is, no doubt, arrogant.",
        "The intern is lazy.",  # a role without an agent suffix names a person
        "The new analyst is arrogant with the auditors.",
        "他从来都搞不定客户。",
        "她从来都靠不住。",
        "She's mid-40s, probably topped out.",
        "As a PRC national she may struggle with the clearance.",
        "Her pipeline discipline isn't there.",
        "Work ethic is questionable.",
        "He's kind of checked out lately.",
        "他在吃治焦虑的药，状态不稳定。",
        "沟通方式有待改善。",
        "He always has incidents during releases.",  # a lapse, not a topic
        "He always hides his mistakes.",
        "He has a chip on his shoulder.",
        # found by the review of the round: a person's attributes, a report's age, criticism with diligence words
        "His mood is often quite volatile.",
        "Her work is often just sloppy.",
        "His background doesn't fit our culture.",
        "The customer has noticed she's older than the rest of the team.",
        "The client was expecting someone younger.",
        "He always causes an outage somewhere.",
        "He always nitpicks line by line in code review.",
        "He always explains in detail why it wasn't his fault.",
        "他总是过于注重形式。",
        "She's very pretty for an engineer.",
        "他做事从来都拖拖拉拉。",
    ],
)
def test_wording_flags_of_the_blind38_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "The new logo doesn't fit the company's culture.",  # a thing does not fit
        "Our new office layout is not a culture fit.",
        "The client is a native Spanish speaker, so she sent the summary in Spanish.",  # someone else's origin
        "客户是外地人，他耐心地解释了三遍。",
        "She always writes the incident retro within 48 hours.",  # the incident names the retro's topic
        "He always returns marked books inside the ten-day window.",
        "She always explains the depreciation schedule line by line.",
        "她一贯重视交接班记录，审计抽查的12本全部完整。",
        "她从不在报告里使用未经核实的渠道数据。",  # never, over a second negation
        "他從來不在交接時隱瞞機台異常。",  # never, over a lapse: praise
        "He checked out the repo before the demo and fixed the build.",
        "He made two 'ok boomer' cracks at Dave in standup; I told him to stop.",  # what he said, quoted
        # found by the review of the round: things, numbers and jobs
        "The espresso machine is, no doubt, temperamental.",
        "Q3 targets were, frankly, aggressive.",
        "Priya proposed an aggressive pilot for Q3.",
        "She has never caused an outage since joining.",
        "他从没有过投诉记录。",
        "Salary expectation is mid-50s.",
        "He is a key national account manager.",
        "The payroll file's integrity is questionable.",
        "Her last reference has checked out.",
        "We migrated the warehouse to Snowflake.",
        "這個崗位專業度高，需要持證上崗。",
        "系统稳定性有待改善。",
        "什么难题从来都难不住她。",
    ],
)
def test_wording_not_flagged_in_the_blind38_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_wording_pretty_before_an_adjective_is_a_degree_not_looks() -> None:
    assert [f.phrase for f in flag_notes("she's pretty scatterbrained.")] == ["scatterbrained"]
    assert ("She's pretty", "biased") in {
        (f.phrase, f.category) for f in flag_notes("She's pretty, so clients like her.")
    }


@pytest.mark.parametrize(
    ("notes", "lang", "situation"),
    [
        ("待改进：周日爆仓时没有及时上报，导致次日上午有2000多单延迟出库。", "zh", "周日爆仓时"),
        ("跨部门会议上经常打断其他人发言。", "zh", "跨部门会议上"),
        ("1. 新经理训练营：她把课程改成了案例+演练。", "zh", "新经理训练营"),
        (
            "Key contributions: For the Pune campus hiring drive she called every candidate who hadn't "
            "accepted, and our joining ratio went up from 70% to 88%.",
            "en",
            "For the Pune campus hiring drive",
        ),
        ("Tolu — for the app relaunch campaign she coordinated the influencer posts.", "en", "app relaunch"),
    ],
)
def test_sbi_occasions_after_a_label_a_name_or_inside_the_behaviour(
    notes: str, lang: str, situation: str
) -> None:
    from assistant.coaching.sbi import statements

    first = statements(notes, flag_notes(notes), lang)[0]
    assert situation in first.situation and "situation" not in first.asks


@pytest.mark.parametrize(
    ("notes", "lang", "situation"),
    [
        ("运营 例会：他把上周的转化数据讲清楚了。", "zh", "运营 例会"),
        ("Monday's review: she walked the board through the numbers.", "en", "Monday's review"),
        (
            "Customer concerns call (Oct 3): she calmed the client down.",
            "en",
            "Customer concerns call (Oct 3)",
        ),
        ("这次季度会议上的复盘，小林把问题讲得很清楚。", "zh", "这次季度会议上的复盘"),
    ],
)
def test_sbi_labels_the_review_of_the_round_found_lost(notes: str, lang: str, situation: str) -> None:
    from assistant.coaching.sbi import statements

    assert statements(notes, flag_notes(notes), lang)[0].situation == situation


def test_sbi_a_time_before_a_dash_is_no_name() -> None:
    from assistant.coaching.sbi import statements

    notes = "Mon - Fri she covered the front desk alone, so no shift went unstaffed."
    assert statements(notes, flag_notes(notes), "en")[0].behaviour.startswith("Mon")


def test_sbi_a_role_and_a_name_as_a_label_is_no_occasion() -> None:
    from assistant.coaching.sbi import statements

    notes = "项目经理 黄博：每周主持和客户的进度对齐会，BMS项目按期到了SOP。"
    assert "situation" in statements(notes, flag_notes(notes), "zh")[0].asks


@pytest.mark.parametrize(
    "notes",
    [
        "Needs to think more strategically.",
        "I'm not sure she'd gel with the founders.",
        "His Spanglish won't fly at the regional office.",
        "Honestly he's Russian, so he's blunt.",
        "He is seeing a therapist, so I'd keep him off the launch.",
        "Post marriage her focus has shifted.",
        "He wants a trophy for showing up.",
        "He always leaves case notes until Friday afternoon.",
        "小孩剛出生，想必沒辦法加班。",
        "積極度普通。",
        "和组里的氛围不太搭。",
        "他 55 了，思想跟不上。",
        "心态太脆弱。",
        "他从来都是最后一个交材料。",
        "他每月都出差错。",
        "She's pregnant clients will worry about continuity.",  # her own, though a role noun follows
    ],
)
def test_wording_flags_of_the_blind39_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "She never lets a deviation sit: all 14 she raised were closed inside 30 days.",
        "A passenger praised how she handled a diabetic passenger's hypo on the Doha sector.",
        "6月月结零差错。",
        "她从来都无事故。",
        "She's Russian-speaking, which helps with the Almaty accounts.",
        # found by the review of the round: other people, things, and an absence kept whole
        "Not sure he'd mesh with the release schedule.",
        "He's offshore this week on the rig inspection.",
        "She's American Express's key contact.",
        "I'm seeing a counsellor from Workday tomorrow about the rollout.",
        "She wants a trophy for the sales contest winners.",
        "She built the Singlish glossary for the chatbot.",
        "客户的孩子刚出生，她帮忙改了交付时间。",
        "新系统和我们的审批风格不太契合。",
        "客户心态很崩，他耐心安抚了半小时。",
        "他总是保持无差错记录。",
        "他从来都是最后一个离开办公室。",
    ],
)
def test_wording_not_flagged_in_the_blind39_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_a_line_closed_by_a_colon_heads_the_lines_after_it_up_to_a_blank_one() -> None:
    from assistant.coaching.sbi import statements

    notes = (
        "Store visit, #212, on the 18th:\nKeisha had the back room zoned by 10am, so the team was on the floor.\n"
        "She coached a new cashier through a declined card.\n\nIn March she rebuilt the rota."
    )
    first, second, third = statements(notes, flag_notes(notes), "en")
    assert first.situation == second.situation == "Store visit, #212, on the 18th"
    assert third.situation == "In March"
    notes = "Notes for Sam:\nShe rewrote the onboarding checklist."  # a colon line that names no occasion
    assert "situation" in statements(notes, flag_notes(notes), "en")[0].asks


@pytest.mark.parametrize(
    "notes",
    [
        "Being 61, he'll find the new scanners hard.",  # a characteristic as the reason for a forecast
        "Being from Leeds, she might not connect with the London clients.",
        "He is overbearing in design reviews.",
        "She can be snarky in chat.",
        "There's zero follow-through on his action items.",
        "He lacks business acumen.",
        "I need to see more ownership from him.",
        "Attitude-wise, room to grow.",
        "She always goes above and beyond.",  # generic praise is vague, though it is no absolute complaint
        "报表做得还可以。",
        "希望他要更 confident 一点。",
        "他例会从来没准时到过。",
        "他是离异家庭长大的，抗压差。",
        "悟性差。",
        "不够沉稳。",
        "太爱计较。",
        "跟同事交流太少。",
        "做事缺乏变通。",
        "总的来说是个合格的员工。",
        "他不是我们圈子里的人。",
        "每份报告都是拖到最后一天才交。",
    ],
)
def test_wording_flags_of_the_blind40_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "He has always copied the client on his meeting notes, which made the audit much simpler.",
        "She always answers the on-call pages promptly.",
        "Test suite rebuilt, flaky rate down to 2%.",  # what a measure counts, not a person
        "She is a great coach: three of her juniors passed the CPA exams this year.",
        "Overall assessment: Satisfactory",  # a rating's name
        "他每周五下班前都把周报发出来，这一年没有一次迟过。",
        "她一直坚持每天复盘当天的退货原因。",  # the lapse names what is reviewed
        "他总是在截止前两天把材料交齐。",  # done days ahead
        "她从不私下收供应商的礼品，这点我很放心。",  # the manager's stance after the habit
        "那条“客服态度很差”的留言是机器人发的。",  # a quoted message, named by its classifier
    ],
)
def test_wording_not_flagged_in_the_blind40_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_wording_a_welcomed_habit_stays_a_complaint_when_what_follows_is_no_welcome() -> None:
    assert flag_notes("He always ships late, which made the release a lot later.")
    assert flag_notes("他总是迟到，这一点我很头疼。")


def _sbi(notes: str, lang: str) -> list[Any]:
    from assistant.coaching.sbi import statements

    return statements(notes, flag_notes(notes), lang)


def test_sbi_a_heading_naming_the_person_or_the_document_is_no_occasion() -> None:
    for notes, lang in [
        ("Priya - QA lead, Pune\n- rewrote the smoke tests for the payments app", "en"),
        ("Review notes – Daniel Okafor\n• Rebuilt the billing export for the finance team", "en"),
        ("Tomasz (Frontend, L3): moved the design tokens into one package.", "en"),
        ("客服组长 王敏 | 年中面谈提纲\n· 给新人写了退换货话术手册", "zh"),
    ]:
        assert "situation" in _sbi(notes, lang)[0].asks, notes
    (first,) = _sbi("关于实习生小林：\n- 周一的例会上她演示了新的排班表", "zh")
    assert first.situation == "周一的例会上"


def test_sbi_occasions_and_results_said_with_arrows_leads_and_others_who_tell_of_it() -> None:
    (s,) = _sbi("新版本上线前补齐了回归用例 → 线上故障从5起降到1起", "zh")
    assert (s.situation, s.impact) == ("新版本上线前", "线上故障从5起降到1起")
    (s,) = _sbi("周年庆那场直播 -> 她临时加了一轮抽奖 -> 在线人数涨到三万", "zh")
    assert (s.situation, s.impact) == ("周年庆那场直播", "在线人数涨到三万")
    (s,) = _sbi("台风天他把冷链件先送了。", "zh")
    assert s.situation == "台风天"
    (s,) = _sbi("她把面试反馈改成当天录入，业务部门不用再催着要结果了。", "zh")
    assert s.impact == "业务部门不用再催着要结果了"
    (s,) = _sbi("so during the stocktake he recounted the cage twice.", "en")
    assert s.situation == "during the stocktake"
    (s,) = _sbi("launch week she rewrote the FAQ for the help centre.", "en")
    assert s.situation == "launch week"
    (s,) = _sbi("She trimmed the prep list and cut our waste by about a quarter.", "en")
    assert s.impact == "cut our waste by about a quarter"
    (s,) = _sbi("He shares the shift log with the morning crew, who say handovers are quicker now.", "en")
    assert s.impact == "who say handovers are quicker now"


def test_sbi_numbered_items_inline_or_by_circled_numbers_and_no_result_across_a_judgement() -> None:
    notes = "Ops notes: 1) trimmed the delay codes list 2) mentors the two new dispatchers 3) Presented the fleet plan at the depot all-hands"
    assert [s.behaviour for s in _sbi(notes, "en")][-2:] == [
        "mentors the two new dispatchers",
        "Presented the fleet plan at the depot all-hands",
    ]
    assert _sbi(notes, "en")[-1].situation == "at the depot all-hands"
    (s,) = _sbi("Launch day (wk 12) -> Asha re-ran the smoke tests -> zero rollbacks", "en")
    assert s.situation == "Launch day (wk 12)"  # "(wk 12)" numbers no item
    (s,) = _sbi("② 给客户开户时没有核对身份证件，被风控部通报。", "zh")
    assert s.behaviour.startswith("给客户开户时")
    first, *_ = _sbi(
        "1、在年度预算项目中，负责模板搭建，按期交付。\n2、语气比较冲；上周例会上当众打断了财务的汇报，对方事后找我反映。",
        "zh",
    )
    assert "impact" in first.asks  # the next item's result, after a judgement, is not the first item's


@pytest.mark.parametrize(
    "notes",
    [  # found by the review of the blind40 round: criticism the new rules hid
        "She always misses the deadline, which helps nobody.",
        "He always skips code review, which makes shipping faster but riskier.",
        "他每次都迟到，我很放心不下。",
        "He always gives up quickly.",
        "He always leaves promptly at 5.",
        "Assessment: not a team player.",
        "Great attitude overall: positive, friendly and a pleasure to have around.",
        "总结一句“能力一般，不够主动”。",
    ],
)
def test_wording_the_review_of_the_blind40_round_found_unflagged(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [  # ... and things, customers, departments and policies the new rules flagged
        "Being from Finance, she will own the budget tracker.",
        "The vendor has no follow-through on tickets.",
        "We expect to see more engagement from the new app release.",
        "She calmed down a hostile customer.",
        "他负责原住民社区项目。",
        "每期杂志都是卡着截稿日印刷的。",
        "下周需要再 sync 一点细节。",
        "供应商太爱计较。",
        "预算投入不足。",
        "系统缺乏灵活性，她写了配置开关。",
        "我们部门为单亲家庭员工提供了额外的假期。",
        "She went above and beyond for the Acme launch by working two weekends to rebuild the import.",
    ],
)
def test_wording_the_review_of_the_blind40_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_the_review_of_the_blind40_round() -> None:
    for notes in ["But in fairness, he was new to the desk and rebuilt the rota.", "Once a month she runs the fire drill.",
                  "The day he joined he fixed the build."]:  # fmt: skip
        assert "situation" in _sbi(notes, "en")[0].asks, notes
    for notes, situation in [
        (
            "Q3 QBR - with the Acme finance director:\n- she walked them through the usage data",
            "Q3 QBR - with the Acme finance director",
        ),
        (
            "Friday, senior leadership offsite:\n- she presented the hiring plan",
            "Friday, senior leadership offsite",
        ),
    ]:  # an occasion, not a person's name and role
        assert _sbi(notes, "en")[0].situation == situation
    for notes in ["He rewrote the picking route and raised the price by 5% without asking finance.",
                  "He called the customer, who said the parcel had arrived."]:  # fmt: skip
        assert "impact" in _sbi(notes, "en")[0].asks, notes  # a second act, a neutral report
    (s,) = _sbi("双十一 -> 她盯了三个通宵 -> 零故障", "zh")
    assert (s.situation, s.behaviour, s.impact) == ("双十一", "她盯了三个通宵", "零故障")


@pytest.mark.parametrize(
    "notes",
    [
        "Her status reports are a bit careless.",  # work judged with a hedge
        "The new baby has made her less focused.",  # a life event given as the cause
        "Delegation is his blind spot.",
        "Commercial awareness still lacking.",
        "That's typical of Brazilian engineers.",
        "Given her PTSD, I'd keep her off the night desk.",
        "He comes across as partner material.",
        "Everyone calls her a rising star.",
        "He's a loose cannon in client meetings.",
        "他不是做销售的那块料。",
        "当了爸爸以后心思都不在工作上。",
        "他还没成家，没牵挂，可以多出差。",
        "表达能力有所提升。",
        "服务意识有所欠缺。",
    ],
)
def test_wording_flags_of_the_blind41_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "A student's dad emailed to thank her for the reading plan.",  # someone else's relative
        "She moved to a four-day week from May to care for her father; her target was set at 80% and she hit it.",
        "她的排班一直都很公平，这个季度没有人离职。",
        "他的客户档案一直做得很完整。",
        "先给优秀，明年再看晋升。",  # a rating given
    ],
)
def test_wording_not_flagged_in_the_blind41_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_of_the_sbi29_round_headings_lead_ins_and_results() -> None:
    for notes, situation in [
        ("1on1 记录 5/20\n- 上周盘库的时候她没核对批次号", "上周盘库的时候"),
        ("Sara 本月：\n- 月度复盘会上她分享了定价模型", "月度复盘会上"),
        ("另外年会那天他负责了签到。", "年会那天"),
        ("季度 review 会上她主动讲了延期的原因。", "季度 review 会上"),
        (
            "Night of the warehouse flood he moved the pallets to the mezzanine.",
            "Night of the warehouse flood",
        ),
        (
            "For the Q2 stocktake at the Leeds depot Priya recounted the cage.",
            "For the Q2 stocktake at the Leeds depot",
        ),
    ]:
        assert (
            _sbi(notes, "zh" if re.search(r"[\u4e00-\u9fff]", notes) else "en")[-1].situation == situation
        ), notes
    (s,) = _sbi("周三系统切换后，她提前一小时到岗把流程过了一遍，当天没有一笔差错。", "zh")
    assert s.impact == "当天没有一笔差错"
    (s,) = _sbi("During the typhoon signal no. 8 week she covered the night desk herself.", "en")
    assert s.situation == "During the typhoon signal no. 8 week"


@pytest.mark.parametrize(
    "notes",
    [
        "Too easy-going to run the night shift.",
        "She comes off as cocky with vendors.",
        "He struggles with prioritisation.",
        "She says she is planning to have a baby next year, so I'd wait on the promotion.",
        "Being from the countryside, he doesn't get our clients.",
        "Her writing skills still need work.",
        "他这人心态有点崩，说两句就不行。",
        "整体看不太像能带团队的人。",
        "没有经理的样子。",
        "数据分析能力也一般般。",
        "项目推进创新不足。",
        "她怀了孕，出差肯定不行。",
        "他得了糖尿病，旺季怕扛不住。",
        "下半年明显松懈。",
        "点子很多，就是落不了地。",
        "年轻小伙子就是沉不住气。",
    ],
)
def test_wording_flags_of_the_blind42_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "After her hip surgery she asked for a standing desk; with that adjustment she closed every audit on time.",
        "He always files corrections within the hour.",
        "She always escalates suspicious claims the same day.",
        "He was asked to step up to team lead in March.",
        "Being from Finance, she read the ledger quickly.",
        "选题会每周准时交稿，没有一次拖稿。",
        "这个小伙子上个月签了三个新客户。",
        "客户回访里有一条“你们客服一直催我们续费”，这是续费流程要求的动作。",
        "今年上半年她给42位糖尿病患者做了随访，血糖达标率提高了10%。",
    ],
)
def test_wording_not_flagged_in_the_blind42_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_of_the_sbi30_round_preambles_dictated_notes_and_lead_ins() -> None:
    """Greetings and a name with its role give no observation (nor steal the next line as its impact); a lead-in
    ends at a name or at a past verb; "market days" and "two days after" are no occasions; a dictated line's
    spaces part its clauses; the harm spared is an impact; a record's title is no occasion."""
    parts = [
        (
            s.situation if "situation" not in s.asks else None,
            s.behaviour,
            s.impact if "impact" not in s.asks else None,
        )
        for s in _sbi("Hi Sam,\nTom (ops lead)\nQ3: he rebuilt the rota, so overtime fell 20%.", "en")
    ]
    assert parts == [("Q3", "he rebuilt the rota", "overtime fell 20%")]
    (s,) = _sbi(
        "During the recall Amara briefed every store, and the complaints line had answers for each caller.",
        "en",
    )
    assert (s.situation, s.behaviour) == ("During the recall", "Amara briefed every store")
    assert s.impact == "the complaints line had answers for each caller"
    for notes in [
        "Wanjiru visits the farmer groups on market days.",
        "He files his incident reports two days after the event.",
    ]:
        assert "situation" in _sbi(notes, "en")[0].asks, notes
    for notes, situation in [
        ("on the other hand in the budget steerco he questioned the CFO's numbers.", "in the budget steerco"),
        ("Over the holidays Dr Mensah rewrote the triage protocol.", "Over the holidays"),
        ("In Monday's planning review flagged the dependency on the vendor.", "In Monday's planning review"),
        ("3月5日 供应商评审会：\n他把三家报价做成一页对比，当场定了供应商。", "3月5日 供应商评审会"),
    ]:
        assert (
            _sbi(notes, "zh" if re.search(r"[\u4e00-\u9fff]", notes) else "en")[-1].situation == situation
        ), notes
    (s,) = _sbi("说下小周 台风那天她守了一夜仓库 货一箱都没湿", "zh")
    assert (s.situation, s.impact) == ("台风那天", "货一箱都没湿")
    (s,) = _sbi("【周报】小李\n上周发版那晚他盯到两点，没造成任何事故。", "zh")
    assert s.impact == "没造成任何事故"
    (s,) = _sbi("本周复盘（销售组）：\n她把报价单模板改了。", "zh")
    assert "situation" in s.asks


@pytest.mark.parametrize(
    "notes",
    [
        "He has epilepsy, so with the adjustments he needs he's not promotable this year.",  # a decision by it
        "She has depression and asked for more time on the Q3 report, which she still missed.",
        "面谈时我直接告诉她“你就是太情绪化”。",  # the manager's own words, quoted
        'She has that "my team is always right" mentality.',
        "He always reports sick the same day as a deadline.",
        "She always files complaints about colleagues the same day.",
        "She should step up to lead more.",
        "He must step up to the role or we'll move him.",
    ],
)
def test_wording_the_review_of_the_blind42_round_found_unflagged(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "他有糖尿病，遵医嘱调整了排班，哪怕旺季也一天没缺勤。",
        "Being from Oracle, he knows the stack.",  # an employer, not an origin
        "He struggled with planning the Q3 rollout but asked for help.",  # a named task
        "汇报材料层次不够清晰，她重排了目录。",  # a document's structure
        "数据基础是有的，她搭了看板。",
        "客户心态崩了，她在电话里安抚了四十分钟。",  # the customer's state
        "节后大家有点松懈，她主动组织了复盘。",  # the team's
        "这个小伙子就是上个月新来的那个。",
    ],
)
def test_wording_the_review_of_the_blind42_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_the_review_of_the_sbi30_round() -> None:
    """Result lines under a heading are no preamble; a name with a role that acts is a statement; a result verb
    after a comma is an impact; a second name word ends no lead-in; 但没有造成 is the harm spared."""
    said = _sbi("Q2 review:\nSafety audit – zero findings\nOn-call rota – no gaps since April", "en")
    assert len(said) == 2 and all(s.situation == "Q2 review" for s in said)
    (s,) = _sbi("Kim (night shift) caught the leak before the morning run.", "en")
    assert s.behaviour.startswith("Kim")
    (s,) = _sbi("She redesigned the checkout, increased the conversion rate by 12%.", "en")
    assert s.impact == "increased the conversion rate by 12%"
    (s,) = _sbi("At the Singapore offsite Priya Shah presented the roadmap, and the board approved it.", "en")
    assert (s.situation, s.behaviour) == ("At the Singapore offsite", "Priya Shah presented the roadmap")
    (s,) = _sbi("交接时漏了一份医嘱，但没有造成线上事故。", "zh")
    assert s.impact == "没有造成线上事故"
    (s,) = _sbi("She joined in May and is now the lead.", "en")
    assert "impact" in s.asks


@pytest.mark.parametrize(
    "notes",
    [
        "Overall a decent attitude, nothing more.",
        "He just isn't director material yet.",
        "Honestly not very switched on in client calls.",
        "She is going through a divorce, so I'd keep her off the launch.",
        "A bit of a pessimist in planning meetings.",
        "He drags his feet on every audit.",
        "Typical Yoruba hustle.",
        "为人太实在，不会来事。",
        "她身体不太好，出差就别安排了。",
        "总体表现平平。",
        "格局还是小了点。",
        "工作不够细心。",
        "他上班时间总在摸鱼。",
        "出图一直拖到最后一天。",
        "都四十五六了，学新系统肯定慢。",
    ],
)
def test_wording_flags_of_the_blind43_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "She never let a claim sit past the 30-day window.",
        "她因腰伤按医嘱调离夜班两个月，期间负责电话随访，完成率98%。",
        "建议评为科室优秀。",
        "一直陪客户排查到凌晨两点，问题当晚解决。",
    ],
)
def test_wording_not_flagged_in_the_blind43_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_of_the_sbi31_round_preambles_names_habits_and_fillers() -> None:
    """Notes' framing lines give no statement; a lead-in ends at an accented or two-word name; a habit is no
    occasion; a Chinese filler or the name addressed is no part of the behaviour; counsel and internal audit are
    others whose acts are impacts."""
    notes = (
        "Adding context for Priya's mid-year.\nLena, SRE.\nStrengths:\nShe rebuilt the rota.\nRegards, Anand"
    )
    assert [s.behaviour for s in _sbi(notes, "en")] == ["She rebuilt the rota"]
    (s,) = _sbi("On the night of the flood Siobhán moved six patients upstairs.", "en")
    assert (s.situation, s.behaviour) == ("On the night of the flood", "Siobhán moved six patients upstairs")
    (s,) = _sbi("In the checkout outage retro Wei Ling kept the discussion on the timeline.", "en")
    assert s.situation == "In the checkout outage retro"
    (s,) = _sbi("She now pairs with both new grads on their code reviews.", "en")
    assert "situation" in s.asks
    (s,) = _sbi(
        "For the Kerr arbitration he built the index, and counsel found every exhibit at the hearing.", "en"
    )
    assert s.impact == "counsel found every exhibit at the hearing"
    (s,) = _sbi("说下小宇，上周版本提测前他临时改了贴图格式，包体直接大了80M。", "zh")
    assert (s.situation, s.behaviour) == ("上周版本提测前", "上周版本提测前他临时改了贴图格式")
    (s,) = _sbi("・Q3 改版期間，志明主動補上了單元測試。", "zh")
    assert s.situation == "Q3 改版期間"


@pytest.mark.parametrize(
    "notes",
    [
        "The market wasn't very strong this quarter, yet she closed five deals.",  # said of the market
        "He was dealing with a divorce client all week.",  # legal work
        "他母亲身体不太好，他请了三天假。",  # a relative's health
        "她身体素质比较好，主动承担了外勤。",  # praise
        "这个项目格局有限。",
    ],
)
def test_wording_the_review_of_the_blind43_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_the_review_of_the_sbi31_round() -> None:
    """老板 and 小程序 before 啊/吧 are no name addressed; "Lena, rebuilt the rota." is an observation, not a name
    and a role; a dash and "a …" is an impact only with a figure."""
    (s,) = _sbi("小程序吧，她两周就上线了。", "zh")
    assert s.behaviour.startswith("小程序")
    assert _sbi("老板啊，上周特意表扬了小陈的方案。", "zh")[0].behaviour.startswith("老板")
    (s,) = _sbi("Lena, rebuilt the rota.", "en")
    assert s.behaviour == "Lena, rebuilt the rota"
    (s,) = _sbi("She flagged a duplicate vendor record – a €42k double payment never went out.", "en")
    assert s.impact == "a €42k double payment never went out"
    (s,) = _sbi("He joined in June — a month before launch.", "en")
    assert "impact" in s.asks


@pytest.mark.parametrize(
    "notes",
    [
        "Callers struggle with her English, so I keep her on email.",
        "With her bad knee I doubt she'll manage the site walks.",
        "She's fine technically but coasts.",
        "Not really the type to run the night shift.",
        "Typical Essex girl, loud in every meeting.",
        "His drafting is not at the level expected of a senior.",
        "Her SQL is not where it should be for this grade.",
        "I'd like to see more accountability from him.",
        "A dependable hand on the line.",
        "He never escalates, and every handover runs late.",
        "The Nigerian lads on nights work hard, I'll give them that.",
        "Tomasz is Polish, so he never complains about doubles.",
        "她请过忧郁症的病假，升职先缓缓。",
        "佢太后生，客户未必信得过。",
        "他是越南裔，跟本地客户沟通有困难。",
        "感觉她跟我们团队的调性不太搭。",
        "说实话他不是我们这种人。",
        "他父亲住院以后，心思都不在工作上了。",
        "今年服务热情不高。",
        "报表质量堪忧。",
        "沟通上不够proactive。",
        "做嘢几快，attitude都几好。",
        "每个周报都要催两遍。",
        "他一开会就跟同事抬杠。",
        "每一次评审都临时改需求。",
    ],
)
def test_wording_flags_of_the_blind44_round(notes: str) -> None:
    assert flag_notes(notes)


def test_wording_a_generation_label_is_no_figure_that_makes_a_judgement_concrete() -> None:
    """ "00后" and "35岁" are no count: the judgement beside them is still vague."""
    assert any(f.phrase == "抗压能力差" for f in flag_notes("典型90后，抗压能力差。"))


@pytest.mark.parametrize(
    "notes",
    [
        "Some think she is aloof because she says little in meetings; she is not aloof at all.",
        "She documents every incident the same day.",
        "Every client who missed a payment got a call within a day.",
        "The queue never went past the door.",
        "She answers tickets in Polish and German.",
        "一有空就学习新技术。",
        "每个项目都按时交付。",
        "每一次月度复盘，她都提前两天把数据发给大家。",
        "他腰不好，我们给他配了升降桌，现在没影响。",
        "供应商的三批料都按标准判定不合格，被他退回。",
    ],
)
def test_wording_not_flagged_in_the_blind44_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_of_the_sbi32_round_arrows_results_that_follow_and_meeting_notes() -> None:
    """A time before an arrow is the occasion; a verb's object after a semicolon is the report's next act; a figure
    with no verb, people of a kind and "zero …" tell a result; "…, and new starters now use it" is one; a 1:1's
    date is no occasion; a name like "Wei Ming" is no act; Cantonese is read as Mandarin."""
    notes = "Wei Ming — ops lead, for calibration.\nPeak week: re-slotted the pick faces → pick rate up from 90 to 120."
    (s,) = _sbi(notes, "en")
    assert (s.situation, s.impact) == ("Peak week", "pick rate up from 90 to 120")
    (s,) = _sbi(
        "Year-end close in March -> she noticed that 12 invoices lacked PO numbers and chased the buyers; "
        "all were paid on time.",
        "en",
    )
    assert (s.situation, s.impact) == ("Year-end close in March", "all were paid on time")
    first, second = _sbi(
        "Ran the dry-run checks on schedule; caught the wrong label before it shipped, which saved us a recall.",
        "en",
    )
    assert first.behaviour.startswith("Ran the dry-run checks") and second.behaviour.startswith(
        "caught the wrong label"
    )
    for after in ("Average wait 3 min vs 9 min last year.", "Zero findings in the audit.",
                  "Retail customers saw no downtime.", "Ticket backlog held under 40 all week."):  # fmt: skip
        (s,) = _sbi(f"She split the team into two queues. {after}", "en")
        assert s.impact == after.rstrip("."), after
    (s,) = _sbi("He built a release checklist, and new starters now use it in their first week.", "en")
    assert s.impact == "new starters now use it in their first week" and "situation" in s.asks
    (s,) = _sbi("1:1 w/ Omar, 3 Mar\n- Wrote the release checklist.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("names his test cases 'a1', 'a2' -> nobody can reuse them", "en")
    assert "situation" in s.asks
    (s,) = _sbi("她把监考表一次排好。考试当天没有一个考场缺监考。", "zh")
    assert s.impact == "考试当天没有一个考场缺监考"
    (s,) = _sbi("她安排前台给滞留客人办了续住。事后APP上多了二十几条好评。", "zh")
    assert s.impact == "事后APP上多了二十几条好评"
    (s,) = _sbi("八號風球嗰晚佢留守大廈，逐層巡查後樓梯。", "zh")
    assert s.situation == "八號風球嗰晚"


@pytest.mark.parametrize(
    "notes",
    [
        "每个版本她都没出过线上故障。",
        "Every release she shipped went out without a rollback.",
        "Every late delivery was re-booked by her within the hour.",
        "We expect stronger commitment from suppliers.",
        "Sales were not at the level expected in Q3.",
        "The migration was technically fine.",
        "She helped a customer with a bad knee.",
        "她负责华裔客户的开户。",
        "这版海报和品牌的调性不太搭。",
        "新服务器performance很好。",
        "这个月缺少 budget。",
        "He's not the type to run from a problem.",
        "Typical IT guy.",
        "他总是提前催供应商发货。",
        "她总是主动顶上临时的空班。",
        "Please polish the board deck before Friday.",
    ],
)
def test_wording_the_review_of_the_blind44_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "Tom is arrogant in client meetings. Priya is not arrogant at all.",  # a denial said of someone else
        "他很懒。小王一点也不懒。",
        "She has anxiety, so we gave her a written warning.",  # no accommodation
        "她有抑郁症，我给她调了岗，不再让她带项目组。",
        "每家门店他都迟交报表。",
    ],
)
def test_wording_the_review_of_the_blind44_round_found_unflagged(notes: str) -> None:
    assert flag_notes(notes)


def test_sbi_the_review_of_the_sbi32_round() -> None:
    """A consequence after a semicolon is the impact; a heading with "check-in" is an occasion; a lapse before an
    arrow is no occasion; a habit or the report's own figures after a sentence are no impact of it; 事后 and an act
    are her next act; a heading like "Timekeeping — …" is no name and role."""
    (s,) = _sbi("She skipped the second count; caused a £2k variance.", "en")
    assert s.impact == "caused a £2k variance"
    (s,) = _sbi("Front desk check-in rush, Sat 14 Sep:\n- she opened a second queue.", "en")
    assert s.situation == "Front desk check-in rush, Sat 14 Sep"
    (s,) = _sbi("Three late timesheets in October -> payroll had to rerun.", "en")
    assert s.situation != "Three late timesheets in October"
    for after in (
        "Difficult customers were passed to me every time.",
        "Overtime 46h vs 20h budgeted, all of it hers.",
    ):
        assert len(_sbi(f"She covered the escalations. {after}", "en")) == 2, after
    assert len(_sbi("她把对账流程改了。事后主动找仓库主管复盘了流程。", "zh")) == 2
    (s,) = _sbi("她每周跟进一次。没有一笔逾期超过30天。", "zh")
    assert s.impact == "没有一笔逾期超过30天"
    assert _sbi("Timekeeping — late three times in May", "en")


@pytest.mark.parametrize(
    "notes",
    [
        "Otherwise decent.",
        "Can be more forthcoming in meetings.",
        "She's planning a second child next year, so I'd hold off on the stretch role.",
        "Dave's 61 and a bit past it for the new system.",
        "Her dyslexia makes me nervous about the final proofread.",
        "She's a bit much in client meetings.",
        "Comes from a good family background, and it shows.",
        "Needs to work on soft skills.",
        "供应商关系也处得好。",
        "沟通上偏保守。",
        "最近优先级都在宝宝身上。",
        "见客户时 presence 差点意思。",
        "就是人太作了。",
        "感觉他最近有点躺平。",
        "需求文档质量不稳定。",
        "他有恐慌症在看医生。",
    ],
)
def test_wording_flags_of_the_blind45_round(notes: str) -> None:
    assert flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "Every time the supplier sent a change, she had it checked against the drawing before sign-off.",
        "Average time-to-hire sits at 38 days.",
        "In the April meeting he interrupted the Korean buyers twice.",
        "每周的周报一次都没有晚交。",
        "夜班有异常时，他总是在30分钟内回电确认参数。",
        "她下半年请了三周假照顾住院的父亲，这期间的排班我已经调过，不影响考核。",
        "直播间场均 GMV 八万多，还可以。",
    ],
)
def test_wording_not_flagged_in_the_blind45_round(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


def test_sbi_of_the_sbi33_round_labels_habits_and_results_that_follow() -> None:
    """A colon between digits is no label; "On the downside," is no occasion; a labelled line is a new topic, not the
    last one's impact; a greeting heading is no occasion; a habit has no occasion; plural people and a thing done to
    after a semicolon tell a result; 关键事件1 and a note's title are no occasion; 事故是零 is a result."""
    (s,) = _sbi("Her AHT dropped from 9:40 to 7:15 in two weeks.", "en")
    assert "9:40" in s.behaviour
    (s,) = _sbi("On the downside, he missed the CAPA review deadline.", "en")
    assert "situation" in s.asks
    first, second = _sbi(
        "She coached the new agents.\nAttendance: came in late on four Mondays in a row.", "en"
    )
    assert "impact" in first.asks and second.behaviour.startswith("Attendance")
    (s,) = _sbi("Hi Jo, for Tom's probation review:\n- he raised two near-miss reports.", "en")
    assert "situation" in s.asks
    (s,) = _sbi("Sometimes she replies in Dutch when the thread is in English.", "en")
    assert "situation" in s.asks
    (s,) = _sbi(
        "At the summit she rebuilt the shuttle schedule overnight. Speakers all arrived on time.", "en"
    )
    assert s.impact == "Speakers all arrived on time"
    (s,) = _sbi("He left a site gate unlocked; a battery bank was stolen the same night.", "en")
    assert s.impact == "a battery bank was stolen the same night"
    (s,) = _sbi("关键事件1：在十月的区域学术会上，她独立完成了会场布置。", "zh")
    assert s.situation != "关键事件1"
    (s,) = _sbi("Q2 績效筆記 - 陳怡君 (PM)\n1. 整理了一份競品比較表，業務拿去直接用在提案裡。", "zh")
    assert "situation" in s.asks
    (s,) = _sbi("他在站点群里每天发天气提醒，这周雨天事故是零。", "zh")
    assert s.impact.endswith("事故是零")


@pytest.mark.parametrize(
    "notes",
    [
        "Walked past it twice before he noticed the leak.",
        "She kept good stock levels all quarter.",
        "Ordered a bit much stock for the launch.",
        "The feedback from the client was sincere and specific.",
        "负责宝宝用品区的陈列。",
        "双相不锈钢管的焊接工艺是她写的。",
        "这批货可以躺平放在货架底层。",
        "我们把精力放在家庭宽带业务上。",
        "Tom's 45 and 60 are the two bays he rebuilt.",
        "The new supplier's parts were mostly fine.",
        "Orders can be more easily tracked now.",
        "Drafted the divorce petition for the client.",
    ],
)
def test_wording_the_review_of_the_blind45_round_found_falsely_flagged(notes: str) -> None:
    assert not flag_notes(notes), flag_notes(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "We hired the Polish guy in March and he has been slow.",  # the person named by nationality
        "She always takes the long lunch, even on audit days.",  # "even" makes no praise of it
    ],
)
def test_wording_the_review_of_the_blind45_round_found_unflagged(notes: str) -> None:
    assert flag_notes(notes)


def test_sbi_the_review_of_the_sbi33_round() -> None:
    """A habit's clause has no occasion, but a later one keeps its own; a label that names the result is the
    impact."""
    (s,) = _sbi("She often interrupts, and at the March all-hands she talked over the CFO twice.", "en")
    assert s.situation == "at the March all-hands"
    (s,) = _sbi(
        "On 3 May she missed the client call. Client response: escalated to the VP the same day.", "en"
    )
    assert s.impact == "Client response: escalated to the VP the same day"
