"""``coach``: feedback preparation from notes (flagged wording, SBI statements) and conversation plans."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from assistant.cli.context import CliContext, out, print_json
from assistant.coaching.plans import plan_text

coach_app = typer.Typer(
    help="Coaching: feedback wording and SBI statements, conversation plans.", no_args_is_help=True
)
_STYLE = {"vague": "yellow", "personality": "magenta", "biased": "red", "absolute": "cyan"}


def register(app: typer.Typer) -> None:
    app.add_typer(coach_app, name="coach")


def _read_notes(path: str) -> str:
    if path == "-":
        import sys

        return sys.stdin.read()
    from assistant.hris.files import decode_text, read_bytes

    return decode_text(
        read_bytes(Path(path), 5.0), path
    )  # a missing file, a folder, too big: the problem named


@coach_app.command("feedback")
def feedback(
    ctx: typer.Context,
    notes: Annotated[str, typer.Option("--notes", help="A text file with your notes about the report; - reads stdin.")],
    about: Annotated[str | None, typer.Option("--about", help="The report's employee id: links statements to their records.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """Flag vague, personality-based, biased and absolute wording; turn observations into SBI statements."""
    c: CliContext = ctx.obj
    text = _read_notes(notes)
    actor = c.user() if about else None  # the notes alone: no home data needed
    prep = c.assistant.coaching.feedback(text, actor, about, c.lang)
    if as_json:
        print_json(prep.as_json())
        return
    out.print(f"[bold]{c.t('coach.cli.flags', count=len(prep.flags))}[/bold]")
    for f in prep.flags:
        kind = c.t(f"coach.category.{f.category}") + (
            f" · {c.t('coach.subtype.' + f.subtype)}" if f.subtype else ""
        )
        out.print(
            f"  [{_STYLE[f.category]}]{escape(f.phrase)}[/{_STYLE[f.category]}] ({kind})", highlight=False
        )
        out.print(f"    → {escape(f.suggestion[c.lang])}", style="dim", highlight=False)
    out.print(f"\n[bold]{c.t('coach.cli.statements', count=len(prep.statements))}[/bold]")
    for s in prep.statements:
        for part in ("situation", "behaviour", "impact"):
            out.print(f"  {c.t('coach.sbi.' + part)}: {escape(getattr(s, part))}", highlight=False)
        for e in s.evidence:
            out.print(f"    ↳ {escape(e)}", style="dim", highlight=False)
        out.print("")


@coach_app.command("conversation")
def conversation(
    ctx: typer.Context,
    about: Annotated[str, typer.Option("--about", help="The report's employee id.")],
    kind: Annotated[str, typer.Option("--kind", help="growth | midterm | yearend | underperformance")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    out_file: Annotated[Path | None, typer.Option("--out", help="Also write the plan as a .docx file.")] = None,
) -> None:  # fmt: skip
    """A plan for the conversation, citing the company's policy passages it follows."""
    c: CliContext = ctx.obj
    plan = c.assistant.coaching.conversation(about, kind, c.user(), c.lang)
    if out_file is not None:
        c.assistant.coaching.conversation_docx(plan, out_file)
    if as_json:
        print_json({"kind": plan.kind, "employee": plan.employee, "engine": plan.engine,
                    "sections": [{"title": s.title, "lines": s.lines, "cites": s.cites} for s in plan.sections],
                    "citations": [{"n": p.ref, "title": p.title, "heading": p.heading, "quote": p.text,
                                   "source": p.source} for p in plan.citations]})  # fmt: skip
        return
    out.print(escape(plan_text(plan)), highlight=False)
    if out_file is not None:
        out.print(c.t("coach.cli.written", path=str(out_file)), style="dim")


@coach_app.command("goals")
def goals_cmd(
    ctx: typer.Context,
    idea: Annotated[str | None, typer.Argument(help="Your rough idea, e.g. \"I want my team to onboard merchants faster\".")] = None,
    about: Annotated[str | None, typer.Option("--about", help="Write the goals for this report (default: yourself).")] = None,
    save: Annotated[Path | None, typer.Option("--save", help="Keep the conversation in this file, to resume later.")] = None,
    resume: Annotated[Path | None, typer.Option("--resume", help="Go on with a conversation saved with --save.")] = None,
) -> None:  # fmt: skip
    """A goal-writing coach: from a rough idea to a checked OKR set, one question at a time (an empty answer
    or end of input stops; --save keeps the conversation)."""
    from assistant.coaching.goals import GoalSession

    c: CliContext = ctx.obj
    actor = c.optional_user()
    if resume is not None:
        session = GoalSession.model_validate_json(resume.read_text(encoding="utf-8"))
        turn = c.assistant.coaching.goal_reply(session, None, actor)
    else:
        first = idea or typer.prompt(c.t("coach.goal.prompt_idea"), default="", show_default=False)
        turn = c.assistant.coaching.goal_start(first, actor, c.lang, about)
    while True:
        out.print(escape(turn.reply), highlight=False)
        if turn.done:
            break
        try:
            reply = input("> ")
        except EOFError:
            break
        if not reply.strip():
            break
        turn = c.assistant.coaching.goal_reply(turn.session, reply, actor)
    if save is not None:
        save.write_text(turn.session.model_dump_json(indent=1), encoding="utf-8")
        out.print(c.t("coach.cli.written", path=str(save)), style="dim")
