"""OKR health by team: the share of key results with a finding of the OKR checker, and teams flagged for
sandbagging — where more members' sets draw the checker's AMB_SANDBAG finding than the company-wide rate
explains (a one-sided binomial test, Holm-adjusted across teams). The checker runs once per set until the data
change; its counts are stored (``okr_check``) and summed here in SQL."""

from __future__ import annotations

from typing import Any

from scipy import stats as sps
from sqlalchemy import case, func
from sqlmodel import select

from assistant.access.repository import HRData
from assistant.analytics.reports import MIN_GROUP
from assistant.analytics.stats import holm
from assistant.hris.models import Employee, Objective, OkrCheckSummary
from assistant.okr.model import CheckReport, OkrSetIn


def counts(okr_set: OkrSetIn, report: CheckReport) -> tuple[int, int, bool]:
    """One set's (KRs, KRs with a finding, drew the sandbagging finding)."""
    kr_ids = {kr.id for o in okr_set.objectives for kr in o.key_results}
    flagged = len({f.target for f in report.findings if f.target in kr_ids})
    return len(kr_ids), flagged, any(f.code == "AMB_SANDBAG" for f in report.findings)


def unchecked(data: HRData, cycle_id: str) -> list[str]:
    """The people in scope with objectives in the cycle whose set has no stored check yet."""
    have = select(OkrCheckSummary.owner_id).where(OkrCheckSummary.cycle_id == cycle_id)
    query = (select(Objective.owner_id).distinct()
             .where(Objective.cycle_id == cycle_id, Objective.owner_id.not_in(have)))  # type: ignore[attr-defined]  # fmt: skip
    return sorted(r[0] for r in data.aggregate(query, Objective.owner_id))


def okr_health(data: HRData, cycle_id: str) -> list[dict[str, Any]]:
    c = OkrCheckSummary
    query = (select(Employee.org_unit_id, func.count(), func.sum(c.krs), func.sum(c.krs_with_findings),
                    func.sum(case((c.sandbagging, 1), else_=0)))
             .join(Employee, Employee.id == c.owner_id).where(c.cycle_id == cycle_id)
             .group_by(Employee.org_unit_id))  # fmt: skip
    teams = data.aggregate(query, c.owner_id)
    # the company-wide rate (a rate over the whole company reveals no one), so a viewer's scope does not move it
    everyone = (
        data.session.connection()
        .execute(
            select(func.count(), func.sum(case((c.sandbagging, 1), else_=0))).where(c.cycle_id == cycle_id)
        )
        .one()
    )
    rate = (everyone[1] or 0) / everyone[0] if everyone[0] else 0.0
    rows = []
    for unit, people, krs, flagged, sandbagging in sorted(teams, key=lambda r: r[0] or "-"):
        shown = people >= MIN_GROUP
        p = float(sps.binom.sf(sandbagging - 1, people, rate)) if shown and rate > 0 else 1.0
        rows.append({"unit": unit or "-", "people": people if shown else None,
                     "kr_finding_share": round(flagged / krs, 3) if shown and krs else None,
                     "sandbagging_people": int(sandbagging) if shown else None, "p_value": p})  # fmt: skip
    for row, p in zip(rows, holm([r["p_value"] for r in rows]), strict=True):
        row["p_adjusted"] = p
        row["sandbagging_flag"] = p < 0.05
    return rows
