"""The demo company's private records per closed cycle: ratings before and after calibration, calibration
sessions, potential, KPIs, with the planted rater, distribution and nine-box patterns."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta

from assistant.demo.bank import kpi_templates
from assistant.demo.org import Org
from assistant.hris.lark.performance import rating_id
from assistant.hris.models import RATINGS, CalibrationSession, Cycle, Kpi, PotentialAssessment, Rating
from assistant.hris.scoring import kpi_score

GUIDELINE = {"S": 0.10, "A": 0.20, "B": 0.55, "C": 0.10, "D": 0.05}
INFLATED = {"S": 0.25, "A": 0.35, "B": 0.40, "C": 0.0, "D": 0.0}
KPI_DEPARTMENTS = ("sales", "customer_success", "ecommerce_ops")


@dataclass
class PerformanceOutput:
    ratings: list[Rating] = field(default_factory=list)
    sessions: list[CalibrationSession] = field(default_factory=list)
    potential: list[PotentialAssessment] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    grade: dict[tuple[str, str], str] = field(default_factory=dict)  # (cycle, employee) -> final rating


def _grades(ranked: list[str], shares: dict[str, float]) -> dict[str, str]:
    """Best first: the top share gets S, the next A, and so on."""
    out, start, n = {}, 0.0, len(ranked)
    for grade in RATINGS:
        end = start + shares[grade] * n
        for i in range(round(start), round(end)):
            out[ranked[i]] = grade
        start = end
    for emp in ranked:
        out.setdefault(emp, "B")
    return out


def _shift(grade: str, steps: int) -> str:
    i = min(len(RATINGS) - 1, max(0, RATINGS.index(grade) - steps))
    return RATINGS[i]


class PerformanceGenerator:
    def __init__(
        self,
        rng: random.Random,
        org: Org,
        ability: dict[str, float],
        potential: dict[str, float],
        lenient: str,
        severe: str,
        breach: tuple[str, str],
    ) -> None:
        self.rng, self.org, self.ability, self.pot = rng, org, ability, potential
        self.lenient, self.severe, self.breach = lenient, severe, breach
        self.out = PerformanceOutput()
        self.people = org.by_id()
        self.hrbp_of = {a.org_unit_id: a.hrbp_id for a in org.hrbp}
        self.cycles_done = 0
        self.earlier = self._earlier_raters()

    def _earlier_raters(self) -> dict[str, tuple[int, str]]:
        """Employees who had another manager of their department as rater before cycle k (a transfer, a new
        manager), as any HRIS history has: what lets a rater's leniency be told apart from the level of the
        team they rate. Drawn from a generator of its own, so the other planted data stay as they were."""
        moves = random.Random(len(self.org.people) * 7919)
        managers: dict[str, list[str]] = {}
        for e in self.org.people:
            if e.manager_id:
                managers.setdefault(self.org.dept_of[e.manager_id], [])
                if e.manager_id not in managers[self.org.dept_of[e.manager_id]]:
                    managers[self.org.dept_of[e.manager_id]].append(e.manager_id)
        out = {}
        for e in sorted(self.org.people, key=lambda x: x.id):
            if e.manager_id is None or moves.random() >= 0.3:
                continue
            others = [m for m in managers.get(self.org.dept_of[e.id], []) if m not in (e.manager_id, e.id)]
            if others:
                out[e.id] = (moves.randint(1, 5), moves.choice(sorted(others)))
        return out

    def cycle(self, cycle: Cycle, okr_score: dict[str, float]) -> None:
        rng = self.rng
        rated = [e for e in self.org.people if e.manager_id is not None]
        perf = {
            e.id: self.ability[e.id] + rng.gauss(0, 0.5) + 1.5 * (okr_score.get(e.id, 0.7) - 0.7)
            for e in rated
        }
        for dept in sorted({self.org.dept_of[e.id] for e in rated}):
            members = sorted((e.id for e in rated if self.org.dept_of[e.id] == dept), key=lambda i: -perf[i])
            shares = INFLATED if (dept, cycle.id) == self.breach else GUIDELINE
            grades = _grades(members, shares)
            session = CalibrationSession(
                id=f"CAL-{cycle.id}-{dept}",
                cycle_id=cycle.id,
                org_unit_id=f"D-{dept}",
                facilitator_id=self.hrbp_of.get(f"D-{dept}"),
                held_on=cycle.end + timedelta(days=6),
            )
            self.out.sessions.append(session)
            for emp_id in members:
                final = grades[emp_id]
                rater = self.people[emp_id].manager_id
                if emp_id in self.earlier and self.cycles_done < self.earlier[emp_id][0]:
                    rater = self.earlier[emp_id][1]
                pre = final
                if rater == self.lenient and rng.random() < 0.8:
                    pre = _shift(final, 1 if final != "S" else 0)
                elif rater == self.severe and rng.random() < 0.8:
                    pre = _shift(final, -1 if final != "D" else 0)
                elif rng.random() < 0.08:
                    pre = _shift(final, rng.choice([-1, 1]))
                reason = None
                if pre != final:
                    reason = rng.choice(
                        [
                            "与同级对比后调整",
                            "evidence reviewed against peers",
                            "OKR 与 KPI 结果不支持原等级",
                            "aligned with department calibration",
                        ]
                    )
                self.out.ratings.append(
                    Rating(
                        id=rating_id(cycle.id, emp_id),
                        cycle_id=cycle.id,
                        employee_id=emp_id,
                        rater_id=rater,
                        pre_calibration=pre,
                        post_calibration=final,
                        calibration_session_id=session.id,
                        change_reason=reason,
                    )
                )
                self.out.grade[(cycle.id, emp_id)] = final
                p = self.pot[emp_id] + rng.gauss(0, 0.3)
                level = "high" if p > 0.85 else "low" if p < -0.7 else "medium"
                self.out.potential.append(
                    PotentialAssessment(
                        id=f"{cycle.id}:{emp_id}",
                        cycle_id=cycle.id,
                        employee_id=emp_id,
                        assessor_id=rater,
                        potential=level,
                    )
                )
                if self.org.dept_of[emp_id] in KPI_DEPARTMENTS and self.people[emp_id].role == "employee":
                    self._kpis(cycle, emp_id, perf[emp_id])
        self.cycles_done += 1

    def _kpis(self, cycle: Cycle, emp_id: str, perf: float) -> None:
        rng = self.rng
        pool = kpi_templates(self.org.dept_of[emp_id])
        chosen = rng.sample(pool, min(len(pool), rng.choice([3, 4, 4, 5])))
        raw = [rng.uniform(*t["weight"]) for t in chosen]
        weights = [round(w / sum(raw), 2) for w in raw]
        weights[0] = round(1 - sum(weights[1:]), 2)
        lang = self.people[emp_id].language
        for n, (tpl, weight) in enumerate(zip(chosen, weights, strict=True), 1):
            th, tg, ch = (float(x) for x in tpl["levels"])
            x = rng.gauss(0.45 * perf, 0.6)
            actual = tg + (ch - tg) * x if x >= 0 else tg + (tg - th) * x
            actual = round(actual, 1)
            self.out.kpis.append(
                Kpi(
                    id=f"{cycle.id}:{emp_id}:{n}",
                    cycle_id=cycle.id,
                    employee_id=emp_id,
                    indicator=tpl[f"indicator_{lang}"],
                    weight=weight,
                    formula=tpl[f"formula_{lang}"],
                    data_source=tpl["data_source"],
                    unit=tpl["unit"],
                    direction=tpl["direction"],
                    threshold=th,
                    target=tg,
                    challenge=ch,
                    actual=actual,
                    score=kpi_score(actual, th, tg, ch),
                )
            )

    def plant_high_potential_low_performers(self, cycle: Cycle, count: int = 4) -> list[dict[str, str]]:
        low = [r for r in self.out.ratings if r.cycle_id == cycle.id and r.post_calibration in ("C", "D")]
        picked = self.rng.sample(low, min(count, len(low)))
        planted = []
        for r in picked:
            pa = next(p for p in self.out.potential if p.id == f"{cycle.id}:{r.employee_id}")
            pa.potential = "high"
            pa.note = "学习速度快，新岗位适配中 / learns fast; still settling into a new role"
            planted.append({"employee": r.employee_id, "cycle": cycle.id, "rating": r.post_calibration or ""})
        return planted
