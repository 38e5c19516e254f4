"""The analytics capability: reports over the data the viewer may see (an employee: their own; a manager: their
organisation; an HRBP: their units; HR admins: everyone), each with its verdicts in zh and en."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, get_args

from assistant.access.actor import SYSTEM, Actor
from assistant.analytics import okr_health, reports
from assistant.analytics.achievement import By, achievement
from assistant.errors import AssistantError
from assistant.i18n import Lang
from assistant.okr.hris_context import current_cycle

if TYPE_CHECKING:
    from assistant.core import Core
    from assistant.okr.service import OkrService

REPORTS = ("distribution", "leniency", "ninebox", "calibration", "achievement", "okr-health")


class AnalyticsService:
    def __init__(self, core: Core, okr: OkrService) -> None:
        self.core, self.okr = core, okr
        self._checking = threading.Lock()

    def cycles(self, actor: Actor, lang: Lang) -> list[tuple[str, str]]:
        """The cycles, oldest first: (id, name in ``lang``)."""
        with self.core.data(actor) as data:
            return [(c.id, c.name_zh if lang == "zh" else c.name_en) for c in data.cycles()]

    def _cycle(self, actor: Actor, cycle: str | None) -> str:
        """``cycle`` as stored (NotFound if there is none), or the latest cycle with ratings in scope."""
        with self.core.data(actor) as data:
            if cycle:
                return data.cycle(cycle).id
            rated = reports.rated_cycles(data)
        if not rated:
            raise AssistantError("error.analytics_no_ratings")
        return rated[-1]

    def units(self, actor: Actor, lang: Lang) -> list[tuple[str, str]]:
        """The org units the actor can drill into: (id, name in ``lang``), those where someone in their scope
        works and the departments above them."""
        with self.core.data(actor) as data:
            dept_of = reports.departments(data)
            where = {e.org_unit_id for e in data.people() if e.org_unit_id and actor.can_see(e.id)}
            keep = where | {dept_of[u] for u in where if u in dept_of}
            return [
                (u.id, u.name_zh if lang == "zh" else u.name_en) for u in data.org_units() if u.id in keep
            ]

    def _check_unchecked(self, actor: Actor, cycle_id: str) -> None:
        """Check the sets in scope not checked since the data changed, and keep their counts; one run at a
        time, so a request waits for a run already under way instead of repeating it."""
        with self._checking:
            with self.core.data(actor) as data:
                todo = okr_health.unchecked(data, cycle_id)
            if todo:
                found = {
                    owner: okr_health.counts(s, r) for owner, s, r in self.okr.each(actor, todo, cycle_id)
                }
                with self.core.writes(actor) as w:
                    w.okr_checks(cycle_id, found)

    def precheck(self) -> None:
        """The current cycle's sets checked ahead of the first okr-health report, as the app's own job (the web
        app runs it in the background when it starts)."""
        if not self.core.has_data():
            return
        with self.core.data(SYSTEM) as data:
            cycle_id = current_cycle(data).id
        self._check_unchecked(SYSTEM, cycle_id)

    def _okr_health(self, actor: Actor, cycle: str | None) -> dict[str, Any]:
        """The report sums the stored counts of the checker (sets not yet checked are checked first)."""
        with self.core.data(actor) as data:
            cycle_id = cycle or current_cycle(data).id
        self._check_unchecked(actor, cycle_id)
        with self.core.data(actor) as data:
            return {"cycle": cycle_id, "teams": okr_health.okr_health(data, cycle_id)}

    def report(self, name: str, actor: Actor, cycle: str | None = None, lang: Lang = "en",
               unit: str | None = None, by: By = "department") -> dict[str, Any]:  # fmt: skip
        """The report ``name`` as JSON-ready data, with its verdicts in ``lang``; ``unit``: only the people of
        that org unit and its sub-units (within the actor's scope); ``by``: achievement's grouping."""
        if name not in REPORTS:
            raise AssistantError("error.analytics_unknown", name=name, reports=", ".join(REPORTS))
        if by not in get_args(By):
            raise AssistantError("error.analytics_by", by=by, choices=", ".join(get_args(By)))
        if unit:
            with self.core.data(actor) as data:
                actor = actor.narrowed(data.unit_members(unit))
        if cycle:
            with self.core.data(actor) as data:
                cycle = data.cycle(cycle).id  # a mistyped cycle is an error, not an empty report
        if name == "leniency":
            with self.core.data(actor) as data:
                rows, model = reports.leniency(data, [cycle] if cycle else None)
            return {"raters": [{"rater_id": r.rater_id, "name": r.name, "n": r.n, "shared": r.shared,
                                "effect": round(r.effect, 3), "low": round(r.low, 3), "high": round(r.high, 3),
                                "naive": round(r.naive, 3), "flag": r.verdict, "explanation": r.explain(lang)}
                               for r in rows], "model": model}  # fmt: skip
        if name == "okr-health":  # the OKR cycle asked for, else the current one (ratings come later)
            return self._okr_health(actor, cycle)
        if name == "achievement":
            with self.core.data(actor) as data:
                rows = achievement(data, by)
            return {"by": by, "rows": [r for r in rows if cycle is None or r["cycle"] == cycle]}
        cycle_id = self._cycle(actor, cycle)
        with self.core.data(actor) as data:
            if name == "distribution":
                g = reports.guideline()
                return {"cycle": cycle_id, "guideline": g["share"], "tolerance": g["tolerance"], "units": [
                    {"unit": u.unit, "name": u.name[lang], "n": u.n if u.n >= reports.MIN_GROUP else None,
                     "counts": u.counts if u.n >= reports.MIN_GROUP else {},  # a small group is not broken out
                     "shares": {k: round(v, 3) for k, v in u.shares.items()} if u.n >= reports.MIN_GROUP else {},
                     "p_value": u.p_value, "p_adjusted": u.p_adjusted, "method": u.method,
                     "outside_tolerance": u.outside_tolerance, "flag": u.flag, "verdict": u.verdict(lang)}
                    for u in reports.distribution(data, cycle_id)]}  # fmt: skip
            if name == "ninebox":
                return {"cycle": cycle_id, **reports.ninebox(data, cycle_id)}
            return {"cycle": cycle_id, "rows": reports.calibration(data, cycle_id)}
