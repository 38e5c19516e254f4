"""``hr-assistant``: the command line. Thin: each command calls :mod:`assistant.api` and prints."""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import DBAPIError

from assistant.api import Assistant
from assistant.cli import (
    analytics_cmds,
    audit_cmd,
    coach_cmds,
    data_cmds,
    demo_cmd,
    draft_cmds,
    eval_cmd,
    hris_cmds,
    knowledge_cmds,
    llm_cmds,
    okr_cmds,
    ui_cmds,
)
from assistant.cli.context import CliContext, err
from assistant.errors import AssistantError
from assistant.hris.db import safe_url
from assistant.i18n import Lang, t

app = typer.Typer(
    name="hr-assistant",
    help="Bilingual HR performance-management assistant (OKRs, KPIs, reviews, calibration).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    home: Annotated[
        Path | None,
        typer.Option("--home", envvar="HR_ASSISTANT_HOME", help="Folder for database, index, caches."),
    ] = None,
    as_user: Annotated[
        str | None, typer.Option("--as", envvar="HR_ASSISTANT_AS", help="Acting employee id (local CLI use).")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Message language: zh or en.")] = None,
) -> None:
    if lang not in (None, "zh", "en"):
        raise typer.BadParameter("use zh or en", param_hint="--lang")
    global _current, _lang_option
    _lang_option = lang  # type: ignore[assignment]
    ctx.obj = _current = CliContext(Assistant.open(home), as_user, lang)  # type: ignore[arg-type]


_current: CliContext | None = None
_lang_option: Lang | None = None  # --lang, known even when the settings fail to load


hris_cmds.register(app)
data_cmds.register(app)
demo_cmd.register(app)
llm_cmds.register(app)
knowledge_cmds.register(app)
okr_cmds.register(app)
coach_cmds.register(app)
draft_cmds.register(app)
analytics_cmds.register(app)
eval_cmd.register(app)
audit_cmd.register(app)
ui_cmds.register(app)


def run() -> None:
    """Entry point: user-facing errors become a clear message and an exit code, never a stack trace."""
    lang: Lang = "zh" if os.environ.get("LANG", "").startswith("zh") else "en"
    try:
        app()  # usage errors are handled (and exit) inside
    except AssistantError as exc:
        err.print(f"[red]{exc.message(_lang(lang))}[/red]", highlight=False)
        raise SystemExit(exc.exit_code) from None
    except DBAPIError as exc:  # the database server is down, refuses us, or the file is unreadable
        url = _current.assistant.settings.database_url if _current else ""
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        message = t("error.database_unavailable", _lang(lang), url=safe_url(url or ""), reason=reason)
        err.print(f"[red]{message}[/red]", highlight=False)
        raise SystemExit(6) from None
    except Exception as exc:  # the unexpected: a short message, the trace only on request
        if os.environ.get("HR_ASSISTANT_DEBUG"):
            traceback.print_exc()
        err.print(t("error.internal", _lang(lang), kind=type(exc).__name__), highlight=False)
        raise SystemExit(1) from None


def _lang(default: Lang) -> Lang:
    if _current is None:
        return _lang_option or default
    try:
        return _current.lang
    except Exception:
        return default
