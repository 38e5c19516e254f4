"""``hr-assistant audit``: who read whose private records, when and how (HR admins only; never the content)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from assistant.cli.context import CliContext, out, print_json


def register(app: typer.Typer) -> None:
    @app.command("audit")
    def audit(
        ctx: typer.Context,
        viewer: Annotated[
            str | None, typer.Option("--viewer", help="Only reads by this employee id.")
        ] = None,
        subject: Annotated[
            str | None, typer.Option("--subject", help="Only reads of this employee's records.")
        ] = None,
        days: Annotated[int, typer.Option("--days", min=1, help="How far back.")] = 30,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """The audit log of private reads (newest first)."""
        c: CliContext = ctx.obj
        rows = c.assistant.audit.entries(c.user(), viewer, subject, days)
        if as_json:
            print_json([r.model_dump(mode="json", exclude={"id"}) for r in rows])
            return
        table = Table(
            *(c.t(f"audit.col.{k}") for k in ("at", "viewer", "subject", "record", "count", "entry"))
        )
        for r in rows:
            table.add_row(
                r.at.strftime("%Y-%m-%d %H:%M:%S"), r.viewer_id, r.subject_id, r.record, str(r.count), r.entry
            )
        out.print(table)
