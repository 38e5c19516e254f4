"""Goal achievement: OKR scores and KPI results by department, level or job family and cycle, with the change
from one cycle to the next. Averages in SQL over the viewer's scope; a group under 5 people is not shown."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import func
from sqlmodel import select

from assistant.access.repository import HRData
from assistant.analytics.reports import MIN_GROUP, departments
from assistant.hris.models import Employee, Kpi, Objective

By = Literal["department", "level", "job_family"]


def achievement(data: HRData, by: By = "department") -> list[dict[str, Any]]:
    key = {"department": Employee.org_unit_id, "level": Employee.level, "job_family": Employee.job_family}[by]

    def per_group(subject, cycle, score):  # type: ignore[no-untyped-def]
        """Each person's mean per cycle first (everyone counts once), then the mean per group and cycle."""
        person = data.scoped(select(subject.label("who"), cycle.label("cycle"), func.avg(score).label("s"))
                             .where(score.is_not(None)).group_by(subject, cycle), subject).subquery()  # fmt: skip
        return (select(key, person.c.cycle, func.avg(person.c.s), func.count()).select_from(person)
                .join(Employee, Employee.id == person.c.who).group_by(key, person.c.cycle))  # fmt: skip

    dept_of = departments(data) if by == "department" else {}
    cells: dict[tuple[str, str], dict[str, Any]] = {}

    def add(rows: Any, field: str) -> None:
        for group, cycle, mean, n in rows:
            name = dept_of.get(group, group) if by == "department" else group
            cell = cells.setdefault((name or "-", cycle), {"group": name or "-", "cycle": cycle})
            total, people = cell.get(f"_{field}", (0.0, 0))
            cell[f"_{field}"] = (total + float(mean) * n, people + n)

    add(data.session.exec(per_group(Objective.owner_id, Objective.cycle_id, Objective.score)).all(), "okr")
    add(data.session.exec(per_group(Kpi.employee_id, Kpi.cycle_id, Kpi.score)).all(), "kpi")
    out = []
    for _, cell in sorted(cells.items()):
        okr_total, okr_n = cell.pop("_okr", (0.0, 0))
        kpi_total, kpi_n = cell.pop("_kpi", (0.0, 0))
        people = max(okr_n, kpi_n)
        cell["people"] = (
            people if people >= MIN_GROUP else None
        )  # each measure shown only for 5 people or more
        cell["okr_score"] = round(okr_total / okr_n, 3) if okr_n >= MIN_GROUP else None
        cell["kpi_score"] = round(kpi_total / kpi_n, 1) if kpi_n >= MIN_GROUP else None
        out.append(cell)
    previous: dict[str, dict[str, Any]] = {}
    for cell in out:  # the change from the group's previous cycle
        before = previous.get(cell["group"])
        cell["okr_change"] = (round(cell["okr_score"] - before["okr_score"], 3)
                              if before and cell["okr_score"] is not None and before["okr_score"] is not None else None)  # fmt: skip
        previous[cell["group"]] = cell
    return out
