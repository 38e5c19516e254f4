"""``draft``: bilingual drafts from a brief, fact-checked, written as .docx/.eml/.md; ``draft send`` through
SMTP to an audience from the HRIS; ``draft translate`` for an existing document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.context import CliContext, err, out, print_json
from assistant.drafting.brief import read_brief
from assistant.drafting.check import Report

draft_app = typer.Typer(
    help="Drafting: bilingual e-mails, announcements, guidelines, policies, FAQs and handouts from a brief.",
    invoke_without_command=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(draft_app, name="draft")


def print_report(c: CliContext, report: Report) -> None:
    count = len(report.facts)
    if report.ok:
        key = "draft.ok" if len(report.languages) == 2 else "draft.ok_one"
        out.print(f"[green]✓[/green] {escape(c.t(key, count=count))}", highlight=False)
        return
    out.print(f"[red]✗[/red] {escape(c.t('draft.not_ok', count=len(report.issues)))}", highlight=False)
    for issue in report.issues:
        out.print(f"  - {escape(issue.message(c.lang))}", highlight=False)


@draft_app.callback()
def draft(
    ctx: typer.Context,
    brief: Annotated[Path | None, typer.Option("--brief", help="The brief: a YAML or JSON file.")] = None,
    cycle: Annotated[str | None, typer.Option("--cycle", help="Pull this cycle's dates, scope and rating guideline from the HRIS.")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out", help="The folder for the .docx, .eml and .md files.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """Write a draft from a brief in both languages, check that both carry every fact, and save the files."""
    if ctx.invoked_subcommand is not None:
        return
    c: CliContext = ctx.obj
    if brief is None or out_dir is None:
        err.print(c.t("draft.cli.usage"))
        raise typer.Exit(2)
    b = read_brief(brief)
    actor = c.user() if cycle or c.as_user else None
    result = c.assistant.drafting.draft(b, actor, cycle)
    files = c.assistant.drafting.export(result, out_dir)
    if as_json:
        print_json(result.as_json(files))
        return
    for notice in result.notices:
        out.print(escape(notice), style="yellow", highlight=False)
    print_report(c, result.report)
    out.print(c.t("draft.files"), highlight=False)
    for path in files:
        out.print(f"  {escape(str(path))}", highlight=False)


@draft_app.command("send")
def send(
    ctx: typer.Context,
    eml: Annotated[Path, typer.Argument(help="A .eml file written by hr-assistant draft.")],
    to: Annotated[str, typer.Option("--to", help="unit:ORG_UNIT_ID or cycle:CYCLE_ID (people in your scope).")],
    yes: Annotated[bool, typer.Option("--yes", help="Send; without it, only count the recipients.")] = False,
) -> None:  # fmt: skip
    """Send a draft by e-mail to an audience from the HRIS (a dry run unless --yes)."""
    c: CliContext = ctx.obj
    result = c.assistant.drafting.send(c.user(), eml, to, yes)
    if result.dry_run:
        out.print(c.t("draft.send.dry_run", count=result.recipients - result.already_sent,
                      skipped=result.without_address, done=result.already_sent), highlight=False)  # fmt: skip
    else:
        out.print(c.t("draft.send.done", sent=result.sent, subject=result.subject, done=result.already_sent),
                  highlight=False)  # fmt: skip


@draft_app.command("translate")
def translate(
    ctx: typer.Context,
    document: Annotated[Path, typer.Argument(help="A .docx or Markdown file.")],
    to: Annotated[str, typer.Option("--to", help="zh or en")],
    out_file: Annotated[Path | None, typer.Option("--out", help="Write the translation here (.md or .docx).")] = None,
) -> None:  # fmt: skip
    """Translate a document zh→en or en→zh with the glossary enforced and its facts checked."""
    c: CliContext = ctx.obj
    if to not in ("zh", "en"):
        err.print(c.t("draft.cli.bad_lang", value=to))
        raise typer.Exit(2)
    result = c.assistant.drafting.translate(document, to, c.lang)  # type: ignore[arg-type]
    for notice in result.notices:
        err.print(escape(notice), style="yellow", highlight=False)
    for lost in result.problems:
        err.print(escape(c.t("draft.cli.lost", fact=lost)), style="red", highlight=False)
    if out_file is None:
        out.print(escape(result.text), highlight=False)
        return
    c.assistant.drafting.save_translation(result, out_file)
    out.print(c.t("draft.files") + f" {escape(str(out_file))}", highlight=False)
