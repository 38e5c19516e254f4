"""Requests served at the same time (the web app serves several at once): what is shared between them is shared
only between viewers who may see the same records, and a document's scope holds while it is being ingested."""

from __future__ import annotations

import threading
from pathlib import Path

from assistant.api import Assistant
from tests.helpers import copy_home


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


def test_the_okr_history_is_shared_only_between_viewers_who_see_the_same_objectives(
    demo: Assistant, manifest: dict
) -> None:
    private = manifest["private_objectives"][0]
    owner, admin, employee = private["owner"], _acc(manifest)["hr_admin"], _acc(manifest)["employee"]
    views = {}
    for who in (admin, owner, employee, "E0005"):  # E0004 and E0005: two employees outside the HR team
        with demo.core.data(demo.actor(who)) as data:
            views[who] = (data.objectives_digest(), demo.okr._history(data))
    assert views[employee][0] == views["E0005"][0] and views[employee][1] is views["E0005"][1]
    assert views[admin][0] != views[employee][0] and views[owner][0] != views[employee][0]
    with demo.core.data(demo.actor(admin)) as data:
        private_krs = {kr.id for kr in data.objective(private["objective"]).key_results}
    in_history = {who: {p.kr_id for ps in h.by_owner.values() for p in ps} for who, (_, h) in views.items()}
    assert private_krs and private_krs <= in_history[owner] and private_krs <= in_history[admin]
    assert not private_krs & in_history[employee]


def test_searches_during_an_ingest_never_show_a_restricted_document(
    demo_home: Path, manifest: dict, tmp_path: Path
) -> None:
    a = Assistant.open(copy_home(demo_home, tmp_path / "home"))
    admin, employee = a.actor(_acc(manifest)["hr_admin"]), a.actor(_acc(manifest)["employee"])
    secret = tmp_path / "bands.md"
    secret.write_text(
        "# Zebra bands\n\nThe Zebra-7 salary band review for HR admins happens in March.\n", "utf-8"
    )
    seen: list[str] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def search() -> None:
        try:
            while not stop.is_set():
                for hit in a.knowledge.retriever.search("Zebra-7 salary band review", employee, k=10):
                    seen.append(hit.document.path)
        except BaseException as exc:  # reported below: a crash in a thread must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=search) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        a.knowledge.ingest([str(secret)], admin, scope="role:hr_admin")
        a.knowledge.ingest([str(secret)], admin, scope="role:hrbp,hr_admin")  # a re-scope while searching
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors and seen  # the searches ran, and found other documents
    assert str(secret) not in seen
    assert str(secret) in {
        h.document.path for h in a.knowledge.retriever.search("Zebra-7 salary band", admin)
    }
