"""The demo company: its size and shape, determinism, and the planted patterns the manifest promises."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter, defaultdict
from statistics import mean

from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import (
    Alignment,
    Cycle,
    Employee,
    KeyResult,
    Kpi,
    Objective,
    OrgUnit,
    PotentialAssessment,
    Rating,
    Review,
)

ORDER = "SABCD"


def _all(a: Assistant, model: type) -> list:
    with a.core.db.session() as s:
        return list(s.exec(select(model)))


def test_shape(demo: Assistant, manifest: dict) -> None:
    people = _all(demo, Employee)
    assert 280 <= len(people) <= 320
    assert {e.office for e in people} == {"Shenzhen", "Shanghai", "Singapore", "Toronto"}
    depts = {u.name_en for u in _all(demo, OrgUnit) if u.kind == "department"}
    assert depts == {
        "Engineering",
        "Product",
        "Sales",
        "Customer Success",
        "Marketing",
        "E-commerce Operations",
        "HR",
        "Finance",
    }
    assert {a["role"] for a in manifest["accounts"]} == {"employee", "manager", "hrbp", "hr_admin"}
    closed = [c for c in manifest["cycles"] if c != manifest["current_cycle"]]
    assert len(closed) >= 6
    rated_cycles = {r.cycle_id for r in _all(demo, Rating)}
    assert rated_cycles == set(closed)
    assert {r.cycle_id for r in _all(demo, PotentialAssessment)} == set(closed)
    assert {k.cycle_id for k in _all(demo, Kpi)} == set(closed)
    assert len({o.cycle_id for o in _all(demo, Objective)}) == len(manifest["cycles"])


DIGEST = """
import hashlib, json
from assistant.demo.generator import build_demo
rows = [json.dumps(r.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        for table in build_demo().batch.rows.values() for r in table.values()]
print(hashlib.sha256("\\n".join(sorted(rows)).encode()).hexdigest())
"""


def test_same_seed_same_company_in_any_process() -> None:
    def digest(hash_seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        return subprocess.run(
            [sys.executable, "-c", DIGEST], env=env, capture_output=True, text=True, check=True
        ).stdout

    first = digest("1")
    assert len(first.strip()) == 64 and digest("2") == first


def test_reviews_read_like_real_reviews_in_both_languages(demo: Assistant) -> None:
    reviews = _all(demo, Review)
    langs = Counter(r.lang for r in reviews)
    assert langs["zh"] > 1000 and langs["en"] > 1000
    assert Counter(r.kind for r in reviews).keys() == {"self", "manager", "peer"}
    texts = [r.text for r in reviews]
    assert len(set(texts)) / len(texts) > 0.99  # not one template repeated
    manager = [r for r in reviews if r.kind == "manager"]
    openings = Counter(r.text[:12] for r in manager)
    assert len(openings) > 50 and openings.most_common(1)[0][1] < len(manager) * 0.05
    # specific: a manager review quotes one of the person's actual key results
    krs = _all(demo, KeyResult)
    objectives = {o.id: o for o in _all(demo, Objective)}
    contents = defaultdict(set)
    for kr in krs:
        contents[objectives[kr.objective_id].owner_id].add(kr.content)
    quoted = sum(any(c in r.text for c in contents[r.reviewee_id]) for r in manager)
    assert quoted > 0.4 * len(manager)


def test_lenient_and_severe_raters(demo: Assistant, manifest: dict) -> None:
    by_rater = defaultdict(list)
    for r in _all(demo, Rating):
        by_rater[r.rater_id].append(ORDER.index(r.pre_calibration) - ORDER.index(r.post_calibration))
    shift = {rater: mean(v) for rater, v in by_rater.items() if len(v) >= 10}
    [lenient], [severe] = manifest["lenient_raters"], manifest["severe_raters"]
    assert shift[lenient] == min(shift.values()) and shift[lenient] < -0.5  # pre better than post
    assert shift[severe] == max(shift.values()) and shift[severe] > 0.5


def test_sandbagging_team(demo: Assistant, manifest: dict) -> None:
    team = manifest["sandbagging_team"]
    sandbag = {k["key_result"]: k["last_achieved"] for k in manifest["sandbagging_key_results"]}
    objectives = {o.id: o for o in _all(demo, Objective)}
    krs = [k for k in _all(demo, KeyResult) if k.id in sandbag]
    assert len(krs) > 50
    assert {objectives[k.objective_id].owner_id for k in krs} <= set(team["members"])
    for kr in krs:
        better = 1 if kr.direction == "increase" else -1
        assert (kr.target - sandbag[kr.id]) * better <= 0  # target at or below what they already reached
        if objectives[kr.objective_id].cycle_id != manifest["current_cycle"]:
            assert kr.score == 1.0
    closed = [k for k in krs if objectives[k.objective_id].cycle_id in team["cycles"][:-1]]
    others = [k.score for k in _all(demo, KeyResult) if k.id not in sandbag and k.score is not None]
    assert mean(k.score for k in closed) == 1.0 and mean(others) < 0.8


def test_misaligned_unaligned_and_private_objectives(demo: Assistant, manifest: dict) -> None:
    links = defaultdict(list)
    for a in _all(demo, Alignment):
        links[a.from_objective_id].append(a.to_objective_id)
    objectives = {o.id: o for o in _all(demo, Objective)}
    people = {e.id: e for e in _all(demo, Employee)}
    dept = {
        e.id: e.org_unit_id.split("-")[1] if e.org_unit_id.count("-") else e.org_unit_id
        for e in people.values()
    }
    assert len(manifest["misaligned_objectives"]) >= 8
    for m in manifest["misaligned_objectives"]:
        assert links[m["objective"]] == [m["declared_parent"]]
        child, parent = objectives[m["objective"]], objectives[m["declared_parent"]]
        assert dept[child.owner_id] != dept[parent.owner_id]  # aligned across to an unrelated department
    assert len(manifest["unaligned_objectives"]) >= 5
    assert all(not links[u["objective"]] for u in manifest["unaligned_objectives"])
    # everyone else's objectives are aligned (the CEO's are the top)
    ceo = next(e.id for e in people.values() if e.manager_id is None)
    unaligned = {u["objective"] for u in manifest["unaligned_objectives"]}
    assert all(links[o.id] for o in objectives.values() if o.owner_id != ceo and o.id not in unaligned)
    assert all(objectives[p["objective"]].private for p in manifest["private_objectives"])


def test_department_breaking_the_guideline_distribution(demo: Assistant, manifest: dict) -> None:
    breach = manifest["distribution_breach"]
    people = {e.id: e for e in _all(demo, Employee)}
    units = {u.id: u for u in _all(demo, OrgUnit)}

    def department(emp: Employee) -> str:
        unit = units[emp.org_unit_id]
        return unit.id if unit.kind == "department" else unit.parent_id

    shares: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for r in _all(demo, Rating):
        shares[(department(people[r.employee_id]), r.cycle_id)][r.post_calibration] += 1

    def top(c: Counter) -> float:
        return (c["S"] + c["A"]) / sum(c.values())

    assert top(shares[(breach["department"], breach["cycle"])]) > 0.45  # guideline: S+A at most 35%
    assert all(top(c) <= 0.35 for key, c in shares.items() if key != (breach["department"], breach["cycle"]))


def test_high_potential_low_performers(demo: Assistant, manifest: dict) -> None:
    planted = manifest["high_potential_low_performers"]
    assert len(planted) >= 3
    pot = {(p.cycle_id, p.employee_id): p.potential for p in _all(demo, PotentialAssessment)}
    rating = {(r.cycle_id, r.employee_id): r.post_calibration for r in _all(demo, Rating)}
    for p in planted:
        assert pot[(p["cycle"], p["employee"])] == "high" and rating[(p["cycle"], p["employee"])] in (
            "C",
            "D",
        )


def test_current_cycle_is_in_progress(demo: Assistant, manifest: dict) -> None:
    with demo.core.db.session() as s:
        cycle = s.get(Cycle, manifest["current_cycle"])
        objectives = s.exec(select(Objective).where(Objective.cycle_id == cycle.id)).all()
    assert all(o.score is None and o.progress_percent is not None for o in objectives)
