"""Past cycles are knowledge too, through the access layer: what a viewer may not read never reaches
ranking or an answer."""

from __future__ import annotations

from datetime import date

from assistant.access.actor import resolve_actor
from assistant.access.repository import HRData
from assistant.api import Assistant
from assistant.knowledge.records import record_passages


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


def test_a_manager_asks_about_a_report(demo: Assistant, manifest: dict) -> None:
    acc = _acc(manifest)
    employee = demo.actor(acc["employee"])
    r = demo.knowledge.ask(f"{employee.name} 上半年的反馈怎么样？", demo.actor(acc["manager"]))
    assert not r.refused and r.citations
    assert any(c.source.startswith("hris://review/") and acc["employee"] in c.source for c in r.citations)


def test_an_employee_asks_about_their_own_commitments(demo: Assistant, manifest: dict) -> None:
    acc = _acc(manifest)
    last = manifest["cycles"][-2]
    r = demo.knowledge.ask(
        f"What did I commit to in {last.replace('-', ' ')}?", demo.actor(acc["employee"]), "en"
    )
    assert not r.refused
    assert any(c.source.startswith(f"hris://okr/O-{last}-{acc['employee']}") for c in r.citations)


def test_out_of_scope_records_never_reach_ranking(demo: Assistant, manifest: dict) -> None:
    acc = _acc(manifest)
    manager = demo.actor(acc["manager"])
    question = f"What rating and feedback did {manager.name} get?"
    with demo.core.db.session() as s:
        data = HRData(s, resolve_actor(s, acc["employee"]))
        found = record_passages(data, question, demo.core.embedder, date.today())
    assert found.others_private and not found.passages
    answer = demo.knowledge.ask(question, demo.actor(acc["employee"]), "en")
    assert answer.refused and not answer.citations
    assert answer.answer.startswith("Other people's ratings, reviews and KPI results are private")
    assert manager.name not in answer.answer  # says nothing about the person
    unknown = demo.knowledge.ask("What rating did E9999 get?", demo.actor(acc["employee"]), "en")
    assert unknown.answer == demo.knowledge.ask(f"What rating did {acc['manager']} get?",
                                                demo.actor(acc["employee"]), "en").answer  # fmt: skip
    with demo.core.db.session() as s:
        data = HRData(s, resolve_actor(s, acc["hr_admin"]))
        admin_view = record_passages(data, question, demo.core.embedder, date.today())
    assert any(p.source.startswith(("hris://review/", "hris://rating/")) for p in admin_view.passages)


def test_policy_questions_that_say_i_go_to_the_policy(demo: Assistant, manifest: dict) -> None:
    employee = demo.actor(_acc(manifest)["employee"])
    for question in ("How many objectives should I set?", "What do I submit for the mid-year review?",
                     "我应该设几个目标？"):  # fmt: skip
        r = demo.knowledge.ask(question, employee)
        assert not r.refused, question
        assert r.citations and not any(c.source.startswith("hris://") for c in r.citations), question
    mine = demo.knowledge.ask("What rating did I get last cycle?", employee, "en")
    assert any(c.source.startswith("hris://rating/") for c in mine.citations)
    assert any(c.title.startswith("Your ") and c.title.endswith(" rating") for c in mine.citations)


def test_peer_reviewers_are_hidden_from_the_employee_reviewed(demo: Assistant, manifest: dict) -> None:
    acc = _acc(manifest)
    with demo.core.db.session() as s:
        own = HRData(s, resolve_actor(s, acc["employee"])).reviews(of=acc["employee"])
        boss = HRData(s, resolve_actor(s, acc["manager"])).reviews(of=acc["employee"])
    peers = [r for r in own if r.kind == "peer"]
    assert peers and all(r.reviewer_id == "" for r in peers)
    with demo.core.db.session() as s:  # nor does the id, which names the reviewer in the stored row
        reviewers = {
            r.reviewer_id for r in HRData(s, resolve_actor(s, acc["hr_admin"])).reviews(of=acc["employee"])
        }
    assert all(not any(rv in r.id for rv in reviewers if rv != acc["employee"]) for r in peers)
    assert all(r.reviewer_id for r in own if r.kind == "manager")
    assert all(r.reviewer_id for r in boss)  # the manager sees who wrote them
    with demo.core.db.session() as s:  # and the stored rows are untouched
        assert all(
            r.reviewer_id for r in HRData(s, resolve_actor(s, acc["hr_admin"])).reviews(of=acc["employee"])
        )
    r = demo.knowledge.ask("What feedback did my peers give me?", demo.actor(acc["employee"]), "en")
    titles = [c.title for c in r.citations if c.source.startswith("hris://review/")]
    assert titles and all("peer" not in t.lower() or "name not shown" in t for t in titles)
