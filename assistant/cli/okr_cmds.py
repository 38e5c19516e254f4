"""``okr check``: an OKR set from a file (or the HRIS), or a whole team's cycle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.context import CliContext, err, out, print_json, table
from assistant.i18n import t
from assistant.okr.model import OkrSetIn

okr_app = typer.Typer(help="OKR and KPI checks.", no_args_is_help=True)
_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


def register(app: typer.Typer) -> None:
    app.add_typer(okr_app, name="okr")


@okr_app.command("check")
def check(
    ctx: typer.Context,
    file: Annotated[str | None, typer.Argument(help="YAML/JSON set, Lark OKR JSON, Markdown or text; - reads stdin. "
                                                    "Omit to check your own OKRs in the HRIS.")] = None,
    as_user: Annotated[str | None, typer.Option("--as", help="Acting employee id (also the owner by default).")] = None,
    cycle: Annotated[str | None, typer.Option("--cycle", help="Cycle id (default: the file's, else the current one).")] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="zh or en.")] = None,
    team: Annotated[str | None, typer.Option("--team", help="Check every report of this manager for the cycle.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """Quality, alignment, ambition and KPI findings with suggested rewrites."""
    c: CliContext = ctx.obj
    if lang not in (None, "zh", "en"):
        raise typer.BadParameter("use zh or en", param_hint="--lang")
    c.as_user = as_user or c.as_user
    c.lang_option = lang or c.lang_option  # type: ignore[assignment]
    if team:
        _team(c, team, cycle, as_json)
        return
    if file is None:
        source: Path | str | OkrSetIn = _own(c, cycle)
    elif file == "-":
        source = sys.stdin.read()
    else:
        source = Path(file)
    report = c.assistant.okr.check(source, c.optional_user(), cycle, c.lang)  # type: ignore[arg-type]
    if as_json:
        print_json(report.model_dump(mode="json", include={"score", "findings", "parsed", "notes", "owner", "cycle", "engine"},
                                     exclude_none=False))  # fmt: skip
        return
    for note in report.notes:
        err.print(f"[dim]{escape(note)}[/dim]", highlight=False)
    counts = report.counts()
    out.print(f"{c.t('okr.label.score')}: [bold]{report.score}[/bold]/100  "
              + "  ".join(f"[{_STYLE[s]}]{c.t('okr.severity.' + s)} {n}[/{_STYLE[s]}]" for s, n in counts.items()),
              highlight=False)  # fmt: skip
    for f in report.findings:
        out.print(f"[{_STYLE[f.severity]}]{c.t('okr.severity.' + f.severity):>4}[/{_STYLE[f.severity]}] "
                  f"[bold]{escape(f.target)}[/bold] {f.code}: {escape(f.message[c.lang])}", highlight=False)  # fmt: skip
        if f.rewrite is not None:
            tag = c.t("okr.label.verified" if f.rewrite.verified else "okr.label.unverified")
            out.print(f"      → {escape(f.rewrite.text)}  [dim]({tag})[/dim]", highlight=False)
        elif f.suggestion:
            out.print(f"      → {escape(f.suggestion)}", highlight=False, style="dim")


def _own(c: CliContext, cycle: str | None) -> OkrSetIn:
    """The user's own set of the cycle, from the HRIS."""
    return c.assistant.okr.own(c.user(), cycle=cycle)


def _team(c: CliContext, manager: str, cycle: str | None, as_json: bool) -> None:
    report = c.assistant.okr.team(manager, c.user(), cycle, c.lang)
    if as_json:
        print_json({"manager": report.manager_id, "cycle": report.cycle_id,
                    "rows": [r.__dict__ for r in report.rows], "uncovered": report.uncovered,
                    "reports": {k: v.model_dump(mode="json") for k, v in report.reports.items()}})  # fmt: skip
        return
    if not report.rows:
        out.print(c.t("okr.team.none", cycle=report.cycle_id))
        return
    rows = [[r.employee_id, r.name, r.objectives, r.key_results, r.score, r.errors, r.warnings, "\n".join(r.top_codes)]
            for r in report.rows]  # fmt: skip
    table(c, ["id", "name", "objectives", "key_results", "okr_score", "errors", "warnings", "codes"], rows,
          title=t("okr.team.title", c.lang, cycle=report.cycle_id))  # fmt: skip
    if report.uncovered:
        out.print(escape(c.t("okr.team.coverage", krs="; ".join(f"{u['key_result']} {u['text']}" for u in report.uncovered))),
                  highlight=False)  # fmt: skip
    else:
        out.print(c.t("okr.team.covered"))
