"""``ui``: the web app on 127.0.0.1 (log-in, Ask, OKR check, Admin)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from assistant.cli.context import CliContext, err


def register(app: typer.Typer) -> None:
    @app.command()
    def ui(
        ctx: typer.Context,
        port: Annotated[int | None, typer.Option("--port", help="Port (default: the [ui] port setting, 7860).")] = None,
        host: Annotated[str | None, typer.Option("--host", help="Interface (default 127.0.0.1: this machine only).")] = None,
    ) -> None:  # fmt: skip
        """Start the web app; stop it with Ctrl+C."""
        c: CliContext = ctx.obj
        settings = c.assistant.settings
        if not c.assistant.core.has_data():
            raise typer.BadParameter(c.t("error.no_database", home=str(settings.home)))
        os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
        from ui.uploads import upload_folder

        with upload_folder(settings.home):
            from ui.app import serve

            host, port = host or settings.ui.host, port or settings.ui.port
            err.print(f"http://{host}:{port}/", highlight=False)
            serve(c.assistant, host, port)
