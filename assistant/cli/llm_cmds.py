"""``hr-assistant llm check``."""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.context import CliContext, out, print_json
from assistant.errors import AssistantError

llm_app = typer.Typer(help="The LLM endpoint.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(llm_app, name="llm")

    @llm_app.command("check")
    def check(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Probe the configured endpoint: chat, streaming, JSON output, latency, context size."""
        from assistant.llm.check import check_endpoint  # imports langchain: only when asked

        c: CliContext = ctx.obj
        settings = c.assistant.settings
        if not settings.llm.base_url:
            raise AssistantError("llm.not_configured")
        report = check_endpoint(settings)
        if as_json:
            print_json(report.as_dict())
        else:
            out.print(f"{report.base_url} · {report.model}", highlight=False)
            for p in report.probes:
                mark = "[green]✓[/green]" if p.ok else "[red]✗[/red]"
                ms = f" ({p.ms:.0f} ms)" if p.ms is not None else ""
                out.print(f"  {mark} {p.name}{ms}: {p.detail}", highlight=False)
            window = report.context_window
            out.print(
                c.t("llm.context_window", tokens=window) if window else c.t("llm.context_unknown"),
                highlight=False,
            )
        if not report.usable:
            raise AssistantError("llm.unusable", url=report.base_url)
