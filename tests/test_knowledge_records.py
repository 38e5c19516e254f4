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
    assert all(acc["manager"] not in p.source for p in found if not p.source.startswith("hris://okr/"))
    answer = demo.knowledge.ask(question, demo.actor(acc["employee"]), "en")
    assert not any(c.source.startswith(("hris://review/", "hris://rating/")) for c in answer.citations)
    with demo.core.db.session() as s:
        data = HRData(s, resolve_actor(s, acc["hr_admin"]))
        admin_view = record_passages(data, question, demo.core.embedder, date.today())
    assert any(p.source.startswith(("hris://review/", "hris://rating/")) for p in admin_view)
