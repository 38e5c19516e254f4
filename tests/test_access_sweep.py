"""Every (viewer, private record) pair of the demo company: no read outside scope succeeds, every read
inside scope does. The expected scopes are computed here from the raw tables, independently of the
access layer."""

from __future__ import annotations

import json
import random
from collections import defaultdict

import pytest
from sqlmodel import Session, select

from assistant.access.actor import resolve_actor
from assistant.access.repository import PRIVATE_SUBJECT, HRData
from assistant.api import Assistant
from assistant.errors import AccessDenied
from assistant.hris.models import Employee, HrbpAssignment, Objective, OrgUnit, Rating


def expected_scopes(s: Session) -> dict[str, set[str] | None]:
    people = list(s.exec(select(Employee)))
    reports = defaultdict(list)
    for e in people:
        if e.manager_id:
            reports[e.manager_id].append(e.id)
    sub_units = defaultdict(list)
    for u in s.exec(select(OrgUnit)):
        if u.parent_id:
            sub_units[u.parent_id].append(u.id)
    assigned = defaultdict(list)
    for a in s.exec(select(HrbpAssignment)):
        assigned[a.hrbp_id].append(a.org_unit_id)

    def below(tree: dict[str, list[str]], node: str) -> set[str]:
        return {node}.union(*(below(tree, child) for child in tree[node]))

    out: dict[str, set[str] | None] = {}
    for e in people:
        if e.role == "hr_admin":
            out[e.id] = None
            continue
        scope = below(reports, e.id)
        if e.role == "hrbp":
            units = set().union(*(below(sub_units, u) for u in assigned[e.id]))
            scope |= {p.id for p in people if p.org_unit_id in units}
        out[e.id] = scope
    return out


def test_private_records_sweep(demo: Assistant) -> None:
    rng = random.Random(3)
    with demo.core.db.session() as s:
        scopes = expected_scopes(s)
        everyone = set(scopes)
        assert sum(v is None for v in scopes.values()) == 2 and any(
            v and len(v) > 100 for v in scopes.values()
        )
        subjects = {
            model: {getattr(r, col) for r in s.exec(select(model))} for model, col in PRIVATE_SUBJECT.items()
        }
        for viewer_id, expected in scopes.items():
            data = HRData(s, resolve_actor(s, viewer_id))
            allowed = everyone if expected is None else expected
            # bulk reads return exactly the records about people in scope
            for model, col in PRIVATE_SUBJECT.items():
                got = {getattr(r, col) for r in data.private(model)}
                assert got == subjects[model] & allowed, (viewer_id, model.__name__)
            # every (viewer, subject) pair through the one gate that targeted reads use
            for subject in everyone:
                if subject in allowed:
                    data.require(subject)
                else:
                    with pytest.raises(AccessDenied):
                        data.require(subject)
            # targeted reads, a sample of subjects in and out of scope, every kind of record
            inside = rng.sample(sorted(allowed), min(3, len(allowed)))
            outside = rng.sample(sorted(everyone - allowed), min(3, len(everyone - allowed)))
            for subject in inside:
                for model, col in PRIVATE_SUBJECT.items():
                    assert all(getattr(r, col) == subject for r in data.private(model, of=subject))
                if subject in subjects[Rating]:
                    assert data.ratings(of=subject)
            for subject in outside:
                for model in PRIVATE_SUBJECT:
                    with pytest.raises(AccessDenied):
                        data.private(model, of=subject)


@pytest.mark.parametrize("visibility", ["company", "private"])
def test_okr_visibility(demo: Assistant, manifest: dict, visibility: str) -> None:
    with demo.core.db.session() as s:
        scopes = expected_scopes(s)
        owner = {o.id: (o.owner_id, o.private) for o in s.exec(select(Objective))}
        for viewer_id in [a["id"] for a in manifest["accounts"]] + sorted(scopes)[::25]:
            data = HRData(s, resolve_actor(s, viewer_id), visibility)
            seen = {v.objective.id for v in data.objectives()}
            expected = scopes[viewer_id]
            for oid, (who, private) in owner.items():
                in_scope = expected is None or who in expected
                visible = in_scope if (private or visibility == "private") else True
                assert (oid in seen) == visible, (viewer_id, oid)


def test_alignments_and_exports_reveal_nothing_private(demo: Assistant, manifest: dict) -> None:
    """Links to a private objective are not shown to those who may not see it, and an export holds only
    what its maker may read."""
    from assistant.hris.lark.exporter import export_cycle

    cycle = manifest["current_cycle"]
    with demo.core.db.session() as s:
        scopes = expected_scopes(s)
        private = {o.id: o.owner_id for o in s.exec(select(Objective).where(Objective.private))}
        assert private
        for viewer_id in [a["id"] for a in manifest["accounts"]] + sorted(scopes)[::40]:
            data = HRData(s, resolve_actor(s, viewer_id))
            allowed = scopes[viewer_id]
            hidden = {oid for oid, owner in private.items() if allowed is not None and owner not in allowed}
            seen = {v.objective.id for v in data.objectives()}
            for view in data.objectives():
                assert not set(view.aligned_to) & hidden, viewer_id
            assert not {a.from_objective_id for a in data.children(list(private))} - seen
            bundle = export_cycle(data, cycle, "v1")
            text = json.dumps(bundle)
            assert not any(oid in text for oid in hidden), viewer_id
            people = {d["user_id"]["user_id"] for d in bundle["performance"]["datas"]}
            assert allowed is None or people <= allowed
