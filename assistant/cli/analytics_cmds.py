"""``analytics REPORT``: rating distribution against the guideline, rater leniency, nine-box, calibration."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.context import CliContext, out, print_json


def register(app: typer.Typer) -> None:
    app.command("analytics")(analytics)


def analytics(
    ctx: typer.Context,
    report: Annotated[str, typer.Argument(help="distribution | leniency | ninebox | calibration | achievement | okr-health")],
    cycle: Annotated[str | None, typer.Option("--cycle", help="The cycle (default: the latest with ratings).")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Only this org unit and its sub-units.")] = None,
    by: Annotated[str, typer.Option("--by", help="achievement: department | level | job_family")] = "department",
    as_json: Annotated[bool, typer.Option("--json")] = False,
    out_file: Annotated[Path | None, typer.Option("--out", help="Also write FILE.xlsx, FILE.docx or FILE.png.")] = None,
) -> None:  # fmt: skip
    """Reports over the ratings you may see, with their verdicts."""
    c: CliContext = ctx.obj
    data = c.assistant.analytics.report(report, c.user(), cycle, c.lang, unit, by)  # type: ignore[arg-type]
    if out_file is not None:
        from assistant.analytics.export import write

        write(report, data, c.lang, out_file)
    if as_json:
        print_json(data)
        return
    if report == "distribution":
        for u in data["units"]:
            counts = " ".join(f"{k}:{v}" for k, v in u["counts"].items())
            size = f" (n={u['n']})" if u["n"] else ""
            out.print(f"[bold]{escape(u['name'])}[/bold]{size} {counts}", highlight=False)
            out.print(f"  {escape(u['verdict'])}", style="red" if u["flag"] else "dim", highlight=False)
    elif report == "leniency":
        for r in data["raters"]:
            style = "red" if r["flag"] == "severe" else "green" if r["flag"] == "lenient" else "dim"
            out.print(f"[bold]{escape(r['name'])}[/bold] ({r['rater_id']})", highlight=False)
            out.print(f"  {escape(r['explanation'])}", style=style, highlight=False)
    elif report == "ninebox":
        for cell, v in data["cells"].items():
            out.print(f"{cell}: {v['count']}", highlight=False)
    elif report == "okr-health":
        for r in data["teams"]:
            flag = " ⚑" if r["sandbagging_flag"] else ""
            out.print(f"{r['unit']}: KR findings {r['kr_finding_share']} sandbagging {r['sandbagging_people']}{flag}",
                      highlight=False)  # fmt: skip
    elif report == "achievement":
        for r in data["rows"]:
            out.print(
                f"{r['group']} {r['cycle']}: OKR {r['okr_score']} KPI {r['kpi_score']}", highlight=False
            )
    else:
        for r in data["rows"]:
            out.print(
                f"{r['department']} {r['rater_id']}: n={r['n']} ↑{r['up']} ↓{r['down']}", highlight=False
            )
