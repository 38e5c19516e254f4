"""Reading commands: whoami, people, cycles, okrs, ratings, reviews, kpis, potential."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

import typer
from sqlmodel import SQLModel

from assistant.cli.context import CliContext, out, print_json, table
from assistant.hris.models import Kpi, PotentialAssessment, Rating, Review

Json = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Of = Annotated[str, typer.Option("--of", help="Employee id.")]
CycleOpt = Annotated[str | None, typer.Option("--cycle", help="Cycle id.")]


def register(app: typer.Typer) -> None:
    @app.command()
    def whoami(ctx: typer.Context, as_json: Json = False) -> None:
        """The acting user, their role and access scope."""
        c: CliContext = ctx.obj
        v = c.user()
        info = {
            "id": v.employee_id,
            "name": v.name,
            "role": v.role,
            "scope": None if v.scope is None else sorted(v.scope),
        }
        if as_json:
            print_json(info)
            return
        scope = c.t("label.scope_all") if v.scope is None else c.t("label.scope_count", count=len(v.scope))
        out.print(f"{v.name} ({v.employee_id}) · {c.t(f'role.{v.role}')} · {c.t('label.scope')}: {scope}")

    @app.command()
    def people(ctx: typer.Context, as_json: Json = False) -> None:
        """The company directory (not private)."""
        c: CliContext = ctx.obj
        with c.assistant.core.data(c.user()) as data:
            rows = [
                {
                    "id": e.id,
                    "name": e.name,
                    "manager_id": e.manager_id,
                    "org_unit": e.org_unit_id,
                    "office": e.office,
                }
                for e in data.people()
            ]
        if as_json:
            print_json(rows)
            return
        table(c, ["id", "name", "manager", "org_unit", "office"], [list(r.values()) for r in rows])

    @app.command()
    def cycles(ctx: typer.Context, as_json: Json = False) -> None:
        """OKR and review cycles."""
        c: CliContext = ctx.obj
        today = date.today()
        with c.assistant.core.data(c.user()) as data:
            rows = [
                {
                    "id": cy.id,
                    "name": cy.name_zh if c.lang == "zh" else cy.name_en,
                    "start": cy.start.isoformat(),
                    "end": cy.end.isoformat(),
                    "state": cy.state(today),
                }
                for cy in data.cycles()
            ]
        if as_json:
            print_json(rows)
            return
        table(c, ["id", "name", "start", "end", "state"], [list(r.values()) for r in rows])

    @app.command()
    def okrs(ctx: typer.Context, of: Of, cycle: CycleOpt = None, as_json: Json = False) -> None:
        """Someone's objectives and key results."""
        c: CliContext = ctx.obj
        with c.assistant.core.data(c.user()) as data:
            views = data.objectives(of=of, cycle_id=cycle)
        if as_json:
            print_json(
                [
                    {
                        **v.objective.model_dump(mode="json"),
                        "aligned_to": v.aligned_to,
                        "key_results": [kr.model_dump(mode="json") for kr in v.key_results],
                    }
                    for v in views
                ]
            )
            return
        for v in views:
            o = v.objective
            score = "" if o.score is None else f" · {c.t('label.score')} {o.score:.1f}"
            aligned = f" · {c.t('label.aligned_to')} {', '.join(v.aligned_to)}" if v.aligned_to else ""
            out.print(f"[bold]{o.cycle_id} · {o.id}[/bold] {o.content}{score}{aligned}", highlight=False)
            for kr in v.key_results:
                s = "" if kr.score is None else f"  ({kr.score:.1f})"
                out.print(f"   - {kr.content}{s}", highlight=False)

    for model, name, help_text, columns, cells in PRIVATE_COMMANDS:
        app.command(name=name, help=help_text)(_private_command(model, columns, cells))


def _show_reviews(c: CliContext, rows: list[Review]) -> None:
    for r in rows:
        kind = c.t("review." + r.kind)
        by = r.reviewer_id or c.t("review.hidden_reviewer")
        out.print(f"[bold]{r.cycle_id} · {kind} · {by}[/bold]", highlight=False)
        out.print(r.text + "\n", highlight=False)


# (table, command, help, table columns (None: free text), cells of a row)
PRIVATE_COMMANDS: list[tuple[type[SQLModel], str, str, list[str] | None, Callable[[Any], list[Any]]]] = [
    (Rating, "ratings", "Someone's performance ratings (private).",
     ["cycle", "pre_calibration", "post_calibration", "rater"],
     lambda r: [r.cycle_id, r.pre_calibration, r.post_calibration, r.rater_id]),
    (Review, "reviews", "Someone's review texts (private).", None, lambda r: []),
    (Kpi, "kpis", "Someone's KPI results (private).", ["cycle", "indicator", "weight", "score"],
     lambda k: [k.cycle_id, k.indicator, k.weight, k.score]),
    (PotentialAssessment, "potential", "Someone's potential assessments (private).", ["cycle", "potential", "assessor"],
     lambda p: [p.cycle_id, p.potential, p.assessor_id]),
]  # fmt: skip


def _private_command(
    model: type[SQLModel], columns: list[str] | None, cells: Callable[[Any], list[Any]]
) -> Callable[..., None]:
    def command(ctx: typer.Context, of: Of, cycle: CycleOpt = None, as_json: Json = False) -> None:
        c: CliContext = ctx.obj
        with c.assistant.core.data(c.user()) as data:
            rows = data.private(model, of=of, cycle_id=cycle)
        if as_json:
            print_json([r.model_dump(mode="json") for r in rows])
        elif columns is None:
            _show_reviews(c, rows)  # type: ignore[arg-type]
        else:
            table(c, columns, [cells(r) for r in rows])

    return command
