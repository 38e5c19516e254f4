"""Commands that create or move data: init, import lark|csv, export lark, demo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.context import CliContext, err, out, print_json, table
from assistant.errors import AssistantError
from assistant.hris.service import ImportReport

import_app = typer.Typer(help="Import HRIS data (HR admin).", no_args_is_help=True)
export_app = typer.Typer(help="Export HRIS data.", no_args_is_help=True)


def _report(c: CliContext, report: ImportReport, as_json: bool) -> None:
    if as_json:
        print_json({"imported": report.counts, "warnings": [w.render(c.lang) for w in report.warnings]})
        return
    out.print(report.imported(c.lang), highlight=False)
    if report.warnings:
        err.print(c.t("msg.warnings", count=len(report.warnings)), highlight=False)
        for w in report.warnings[:20]:
            err.print(f"  - {w.render(c.lang)}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(import_app, name="import")
    app.add_typer(export_app, name="export")

    @app.command()
    def init(
        ctx: typer.Context,
        demo: Annotated[bool, typer.Option("--demo", help="Load the bilingual demo company.")] = False,
        force: Annotated[bool, typer.Option("--force", help="Replace existing data.")] = False,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Create the database (and, with --demo, the demo company)."""
        from assistant.demo.install import install_demo

        c: CliContext = ctx.obj
        home = c.assistant.settings.home
        home.mkdir(parents=True, exist_ok=True)
        if c.assistant.core.has_data() and not force:
            if not demo:
                raise AssistantError("error.demo_exists", home=str(home))
            accounts, counts = install_demo(c.assistant, reuse=True)
        elif demo:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
            with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
                task = bar.add_task("demo", total=None)

                def progress(path: str, done: int, total: int) -> None:
                    bar.update(task, total=total, completed=done, description=path.rsplit("/", 1)[-1])

                accounts, counts = install_demo(c.assistant, reuse=False, progress=progress)
        else:
            if force:
                c.assistant.core.db.reset()
            c.assistant.core.ensure_schema()
            if not as_json:
                out.print(c.t("msg.initialised", home=str(home)), highlight=False)
            return
        if as_json:
            print_json({"accounts": accounts})
            return
        out.print(c.t("msg.demo_ready", people=counts["employee"], cycles=counts["cycle"]), highlight=False)
        table(c, ["id", "name", "role"], [[a["id"], a["name"], c.t(f"role.{a['role']}")] for a in accounts])

    @import_app.command("lark")
    def import_lark(
        ctx: typer.Context,
        files: Annotated[list[Path], typer.Argument(help="Lark OKR v1/v2 or Performance JSON files.")],
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Import Lark/Feishu OKR (v1, v2) and Performance files, all in one transaction."""
        c: CliContext = ctx.obj
        _report(c, c.assistant.hris.import_lark(files, c.importing_user()), as_json)

    @import_app.command("csv")
    def import_csv(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(help="CSV or XLSX file (UTF-8, UTF-8 with BOM, or GBK).")],
        mapping: Annotated[
            Path | None,
            typer.Option("--mapping", help="YAML column mapping (not needed with the canonical headers)."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Import ratings, KPI results, potential or people from a table: with a column mapping, or with the
        canonical headers (people: id,name,manager_id,org_unit,office,role; ratings: employee_id,cycle,rater_id,
        rating,calibrated_rating,potential)."""
        c: CliContext = ctx.obj
        _report(c, c.assistant.hris.import_table(file, mapping, c.importing_user()), as_json)

    @export_app.command("lark")
    def export_lark(
        ctx: typer.Context,
        cycle: Annotated[str, typer.Option("--cycle", help="Cycle id.")],
        fmt: Annotated[str, typer.Option("--format", help="OKR API version: v1 or v2.")] = "v2",
        dest: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
    ) -> None:
        """Export one cycle (OKRs and the performance records you may see) as Lark JSON."""
        c: CliContext = ctx.obj
        if fmt not in ("v1", "v2"):
            raise typer.BadParameter("use v1 or v2", param_hint="--format")
        bundle = c.assistant.hris.export_lark(cycle, c.user(), fmt)  # type: ignore[arg-type]
        if dest is None:
            print_json(bundle)
            return
        try:
            dest.write_text(json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as exc:
            raise AssistantError(
                "error.cannot_write", path=str(dest), reason=exc.strerror or str(exc)
            ) from exc
        err.print(c.t("msg.exported", cycle=cycle, path=str(dest)), highlight=False)
