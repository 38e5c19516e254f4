"""The analytics reports, each one function over access-scoped data (:class:`HRData`): aggregation in SQL (the
same statements on SQLite and PostgreSQL), statistics in :mod:`assistant.analytics.stats`, verdicts in zh and
en from the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import case, func
from sqlmodel import select

from assistant.access.repository import HRData
from assistant.analytics.stats import holm, multinomial_test, pair_effects
from assistant.hris.models import Employee, PotentialAssessment, Rating
from assistant.i18n import Lang, t
from assistant.knowledge.guideline import guideline

MIN_GROUP = 5  # groups smaller than this are not broken out
MIN_EVIDENCE = 5.0  # a rater is judged only on at least this many comparable ratings
_POINTS = {"S": 5, "A": 4, "B": 3, "C": 2, "D": 1}
CALIBRATION = " calibration"  # the calibrated ratings, as one more rater whose effect is zero


def _final():  # type: ignore[no-untyped-def]
    return func.coalesce(Rating.post_calibration, Rating.pre_calibration)


def departments(data: HRData) -> dict[str, str]:
    """Each org unit's department (itself for a department; the company maps to itself)."""
    units = {u.id: u for u in data.org_units()}
    out = {}
    for uid in units:
        node, seen = units[uid], {uid}
        while node.kind != "department" and node.parent_id in units and node.parent_id not in seen:
            seen.add(node.parent_id)
            node = units[node.parent_id]
        out[uid] = node.id if node.kind == "department" else uid
    return out


def rated_cycles(data: HRData) -> list[str]:
    """The cycles with ratings in the viewer's scope, oldest first."""
    query = data.scoped(select(Rating.cycle_id).distinct(), Rating.employee_id)
    rated = set(data.session.exec(query).all())
    return [c.id for c in data.cycles() if c.id in rated]


# --- rating distribution against the guideline -----------------------------------------------------------------
@dataclass
class UnitDistribution:
    unit: str
    name: dict[str, str]
    n: int
    counts: dict[str, int]
    shares: dict[str, float]
    p_value: float | None = None
    p_adjusted: float | None = None
    method: str = ""
    outside_tolerance: list[str] = field(default_factory=list)
    flag: bool = False
    note: str | None = None  # a catalogue key when not tested (too few people)

    def verdict(self, lang: Lang) -> str:
        if self.note:
            return t(self.note, lang, n=self.n, min=guideline()["min_department_size"])
        key = "analytics.dist.off" if self.flag else "analytics.dist.in_line"
        grades = ", ".join(self.outside_tolerance) or "-"
        return t(key, lang, p=f"{self.p_adjusted:.3f}", grades=grades)


def distribution(data: HRData, cycle_id: str) -> list[UnitDistribution]:
    """Each department's final ratings against the guideline: a test of the whole distribution (Holm-adjusted
    across departments) and the grades outside the tolerance."""
    g = guideline()
    cycle = data.cycle(cycle_id)
    query = (select(Employee.org_unit_id, _final(), func.count()).join(Employee, Employee.id == Rating.employee_id)
             .where(Rating.cycle_id == cycle.id, _final().is_not(None)).group_by(Employee.org_unit_id, _final()))  # fmt: skip
    dept_of = departments(data)
    counts: dict[str, dict[str, int]] = {}
    for unit, grade, n in data.aggregate(query, Rating.employee_id):
        if grade in g["scale"]:  # a rating off the scale is not counted (the import refuses them)
            row = counts.setdefault(dept_of.get(unit or "", unit or "-"), dict.fromkeys(g["scale"], 0))
            row[grade] += n
    names = {u.id: {"zh": u.name_zh, "en": u.name_en} for u in data.org_units()}
    probs = np.array([g["share"][x] for x in g["scale"]], dtype=float)
    out = []
    for dept, c in sorted(counts.items()):
        n = sum(c.values())
        shares = {x: c[x] / n for x in g["scale"]} if n else {}
        row = UnitDistribution(dept, names.get(dept, {"zh": dept, "en": dept}), n, c, shares)
        if n < MIN_GROUP:
            row.note = "analytics.dist.too_small"  # its counts are not shown (the service leaves them out)
        elif n < g["min_department_size"]:
            row.note = "analytics.dist.pooled"
        else:
            res = multinomial_test(np.array([c[x] for x in g["scale"]]), probs)
            row.p_value, row.method = res.p_value, res.method
            row.outside_tolerance = [
                x for x in g["scale"] if abs(100 * shares[x] - g["share"][x]) > g["tolerance"]
            ]
        out.append(row)
    tested = [r for r in out if r.p_value is not None]
    for r, p in zip(tested, holm([r.p_value for r in tested]), strict=True):  # type: ignore[misc]
        r.p_adjusted = p
        r.flag = p < 0.05 and bool(r.outside_tolerance)
    return out


# --- rater leniency ----------------------------------------------------------------------------------------
@dataclass
class RaterRow:
    rater_id: str
    name: str
    n: int
    shared: int
    effect: float
    low: float
    high: float
    naive: float
    flag: str | None  # lenient | severe | few (too little evidence) | None

    @property
    def verdict(self) -> str | None:
        """The flag the contract prints: lenient, severe or nothing."""
        return self.flag if self.flag in ("lenient", "severe") else None

    def explain(self, lang: Lang) -> str:
        key = f"analytics.rater.{self.flag or 'none'}"
        if self.flag == "few":
            return t(key, lang, n=self.n, shared=self.shared)
        return t(key, lang, effect=f"{self.effect:+.2f}", low=f"{self.low:+.2f}", high=f"{self.high:+.2f}",
                 n=self.n, shared=self.shared)  # fmt: skip


def _points(column):  # type: ignore[no-untyped-def]
    """A grade's points in SQL (NULL for no grade or one off the scale), as a simple CASE: the column is read
    once per row, not once per grade (the rater model sums 10⁶ ratings)."""
    return case(_POINTS, value=column, else_=None)


def leniency(data: HRData, cycles: list[str] | None = None) -> tuple[list[RaterRow], dict[str, float]]:
    """Each rater's effect on the ratings they proposed, net of the employees' own level. The calibrated
    ratings enter as the ratings of one more rater whose effect is zero (the department's consensus rates
    everyone), so a rater is compared with calibration on the same people, and with other raters where the
    employees changed raters. SQL sums the ratings per employee and rater; the model works on those sums."""
    where = [] if not cycles else [Rating.cycle_id.in_(cycles)]  # type: ignore[attr-defined]
    pre, post = _points(Rating.pre_calibration), _points(Rating.post_calibration)
    sums = (select(Rating.employee_id, Rating.rater_id, func.count(pre), func.sum(pre), func.sum(pre * pre),
                   func.count(post), func.sum(post), func.sum(post * post))
            .where(*where).group_by(Rating.employee_id, Rating.rater_id))  # fmt: skip
    rows = data.aggregate(sums, Rating.employee_id)  # one pass: each pair's proposed and calibrated sums
    if not rows:
        return [], {}
    pair_emp, emp = np.unique(np.array([r[0] for r in rows]), return_inverse=True)
    stats = np.nan_to_num(np.array([r[2:] for r in rows], dtype=float))  # a sum over no rating is NULL
    raters = np.array([r[1] or "" for r in rows])
    proposed = (raters != "") & (stats[:, 0] > 0)
    if not proposed.any():
        return [], {}
    ids, rat = np.unique(raters[proposed], return_inverse=True)
    ref = len(ids)
    calibrated = np.stack(
        [np.bincount(emp, weights=stats[:, k], minlength=len(pair_emp)) for k in (3, 4, 5)], 1
    )
    has_calibrated = calibrated[:, 0] > 0
    fit_emp = np.concatenate([emp[proposed], np.flatnonzero(has_calibrated)])
    fit_rat = np.concatenate([rat, np.full(int(has_calibrated.sum()), ref)])
    fit_stats = np.concatenate([stats[proposed, :3], calibrated[has_calibrated]])
    fit = pair_effects(fit_emp, fit_rat, fit_stats[:, 0], fit_stats[:, 1], fit_stats[:, 2],
                       [*map(str, ids), CALIBRATION], reference=ref)  # fmt: skip
    emp_ids = np.unique(fit_emp)
    names = dict(
        data.session.exec(
            select(Employee.id, Employee.name).where(data.among(Employee.id, map(str, ids)))
        ).all()
    )
    out = []
    for j, rid in enumerate(map(str, ids)):
        flag = "lenient" if fit.low[j] > 0 else "severe" if fit.high[j] < 0 else None
        if fit.evidence[j] < MIN_EVIDENCE:
            flag = "few"  # too little to compare: never flagged, and the explanation says so
        out.append(RaterRow(rid, names.get(rid, rid), int(fit.n[j]), int(fit.shared[j]), float(fit.effect[j]),
                            float(fit.low[j]), float(fit.high[j]), float(fit.naive[j]), flag))  # fmt: skip
    model = {"sigma": fit.sigma, "tau_rater": fit.tau_rater, "tau_employee": fit.tau_employee,
             "ratings": int(fit.n[:ref].sum()), "employees": len(emp_ids), "raters": len(out)}  # fmt: skip
    return sorted(out, key=lambda r: -r.effect), model


# --- nine-box ------------------------------------------------------------------------------------------------
_PERF = case((_final().in_(["S", "A"]), "high"), (_final() == "B", "medium"), else_="low")


def ninebox(data: HRData, cycle_id: str) -> dict[str, Any]:
    """Counts per (performance, potential) cell, with the people in each cell (all in the viewer's scope)."""
    cycle = data.cycle(cycle_id)
    query = (select(_PERF, PotentialAssessment.potential, Rating.employee_id, Employee.name)
             .join(PotentialAssessment, (PotentialAssessment.employee_id == Rating.employee_id)
                   & (PotentialAssessment.cycle_id == Rating.cycle_id))
             .join(Employee, Employee.id == Rating.employee_id)
             .where(Rating.cycle_id == cycle.id, _final().is_not(None)))  # fmt: skip
    cells: dict[str, list[dict[str, str]]] = {}
    for perf, pot, emp, name in data.aggregate(query, Rating.employee_id):
        cells.setdefault(f"{perf}/{pot}", []).append({"id": emp, "name": name})
    missing = data.aggregate(select(func.count()).select_from(Rating).where(
        Rating.cycle_id == cycle.id, ~Rating.employee_id.in_(select(PotentialAssessment.employee_id).where(  # type: ignore[attr-defined]
            PotentialAssessment.cycle_id == cycle.id))), Rating.employee_id)[0][0]  # fmt: skip
    return {"cells": {k: {"count": len(v), "people": sorted(v, key=lambda p: p["id"])}
                      for k, v in sorted(cells.items())}, "without_potential": int(missing)}  # fmt: skip


# --- calibration -----------------------------------------------------------------------------------------------
def calibration(data: HRData, cycle_id: str) -> list[dict[str, Any]]:
    """Per department and rater: ratings calibrated, moved up, moved down."""
    cycle = data.cycle(cycle_id)
    pre, post = _points(Rating.pre_calibration), _points(Rating.post_calibration)
    query = (select(Employee.org_unit_id, Rating.rater_id, func.count(),
                    func.sum(case((post > pre, 1), else_=0)), func.sum(case((post < pre, 1), else_=0)))
             .join(Employee, Employee.id == Rating.employee_id)
             .where(Rating.cycle_id == cycle.id, Rating.pre_calibration.is_not(None),  # type: ignore[union-attr]
                    Rating.post_calibration.is_not(None))  # type: ignore[union-attr]
             .group_by(Employee.org_unit_id, Rating.rater_id))  # fmt: skip
    dept_of = departments(data)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for unit, rater, n, up, down in data.aggregate(query, Rating.employee_id):
        key = (dept_of.get(unit or "", unit or "-"), rater or "-")
        row = out.setdefault(key, {"department": key[0], "rater_id": key[1], "n": 0, "up": 0, "down": 0})
        row["n"] += int(n)
        row["up"] += int(up or 0)
        row["down"] += int(down or 0)
    return sorted(out.values(), key=lambda r: (r["department"], r["rater_id"]))
