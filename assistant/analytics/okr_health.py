"""OKR health by team: the share of key results with a finding of the OKR checker, and teams flagged for
sandbagging — where more members' sets draw the checker's AMB_SANDBAG finding than the company-wide rate
explains (a one-sided binomial test, Holm-adjusted across teams)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from scipy import stats as sps

from assistant.analytics.reports import MIN_GROUP
from assistant.analytics.stats import holm
from assistant.okr.model import CheckReport, OkrSetIn


def okr_health(
    sets: Iterable[tuple[str, OkrSetIn, CheckReport]], unit_of: dict[str, str | None]
) -> list[dict[str, Any]]:
    teams: dict[str, Counter[str]] = defaultdict(Counter)
    for owner, okr_set, report in sets:
        c = teams[unit_of.get(owner) or "-"]
        c["people"] += 1
        c["krs"] += sum(len(o.key_results) for o in okr_set.objectives)
        kr_ids = {kr.id for o in okr_set.objectives for kr in o.key_results}
        c["krs_with_findings"] += len({f.target for f in report.findings if f.target in kr_ids})
        c["sandbagging"] += any(f.code == "AMB_SANDBAG" for f in report.findings)
    people = sum(c["people"] for c in teams.values())
    rate = sum(c["sandbagging"] for c in teams.values()) / people if people else 0.0
    rows = []
    for unit, c in sorted(teams.items()):
        shown = c["people"] >= MIN_GROUP
        p = float(sps.binom.sf(c["sandbagging"] - 1, c["people"], rate)) if shown and rate > 0 else 1.0
        rows.append({"unit": unit, "people": c["people"] if shown else None,
                     "kr_finding_share": round(c["krs_with_findings"] / c["krs"], 3) if shown and c["krs"] else None,
                     "sandbagging_people": c["sandbagging"] if shown else None, "p_value": p})  # fmt: skip
    for row, p in zip(rows, holm([r["p_value"] for r in rows]), strict=True):
        row["p_adjusted"] = p
        row["sandbagging_flag"] = p < 0.05
    return rows
