"""``ingest``, ``ask``, ``index status`` and ``index rebuild``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from assistant.cli.context import CliContext, err, out, print_json
from assistant.knowledge.answering import cited_passages
from assistant.knowledge.ingest import FileResult

index_app = typer.Typer(help="The knowledge index.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(index_app, name="index")

    @app.command()
    def ingest(
        ctx: typer.Context,
        paths: Annotated[
            list[str], typer.Argument(help="Files or folders (Markdown, text, .docx, PDF, HTML).")
        ],
        scope: Annotated[str, typer.Option("--scope", help="all | role:hrbp,hr_admin | unit:D-hr")] = "all",
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Add documents to the knowledge base; unchanged files are skipped, changed ones replaced."""
        c: CliContext = ctx.obj
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True, disable=as_json) as bar:
            task = bar.add_task("ingest", total=None)

            def progress(path: str, done: int, total: int) -> None:
                bar.update(task, total=total, completed=done, description=path[-40:])

            results = c.assistant.knowledge.ingest(paths, c.optional_user(), scope, progress)
        _report(c, results, as_json)

    @app.command()
    def ask(
        ctx: typer.Context,
        question: Annotated[str, typer.Argument(help="A question, in Chinese or English.")],
        lang: Annotated[str | None, typer.Option("--lang", help="Answer language: zh or en.")] = None,
        as_json: Annotated[bool, typer.Option("--json")] = False,
    ) -> None:
        """Answer from the company's documents, with citations; or say it is not covered."""
        c: CliContext = ctx.obj
        if lang not in (None, "zh", "en"):
            raise typer.BadParameter("use zh or en", param_hint="--lang")
        result = c.assistant.knowledge.ask(question, c.optional_user(), lang)  # type: ignore[arg-type]
        if as_json:
            fields = {"source", "title", "heading", "quote", "score"}
            print_json(result.model_dump(include={"answer": True, "refused": True, "engine": True, "lang": True,
                                                  "citations": {"__all__": fields}}))  # fmt: skip
            if result.notice:
                err.print(result.notice, highlight=False)
            return
        if result.notice:
            err.print(f"[yellow]{result.notice}[/yellow]", highlight=False)
        out.print(escape(result.answer), highlight=False)
        for n, cit in cited_passages(result):
            where = f"{cit.title} › {cit.heading}" if cit.heading else cit.title
            out.print(f"  [{n}] {escape(where)}", highlight=False, style="dim")

    @index_app.command("status")
    def status(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Documents, chunks, languages and the last build."""
        c: CliContext = ctx.obj
        info = c.assistant.knowledge.status(c.optional_user())
        if as_json:
            print_json(info)
        else:
            out.print(c.t("index.status", **{k: info[k] for k in ("documents", "chunks", "pending", "stale")},
                          languages=", ".join(f"{k} {v}" for k, v in info["languages"].items()) or "-",
                          last=info["last_build"] or "-"), highlight=False)  # fmt: skip
            if info["stale"]:
                err.print(f"[yellow]{c.t('index.stale_hint', stale=info['stale'])}[/yellow]", highlight=False)

    @index_app.command("rebuild")
    def rebuild(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
        """Index again the documents an earlier parser or chunker indexed, from their files."""
        c: CliContext = ctx.obj
        _report(c, c.assistant.knowledge.rebuild(c.optional_user()), as_json)


def _report(c: CliContext, results: list[FileResult], as_json: bool) -> None:
    """Each file's outcome, one line each (or JSON); exit status 1 when any failed."""
    if as_json:
        print_json([r.__dict__ for r in results])
    else:
        for r in results:
            colour = {"indexed": "green", "unchanged": "dim", "removed": "yellow", "error": "red"}[r.status]
            detail = f" ({r.chunks})" if r.chunks else ""
            note = f": {r.message(c.lang)}" if r.problems else ""
            out.print(
                f"[{colour}]{c.t('ingest.' + r.status)}[/{colour}] {r.path}{detail}{note}", highlight=False
            )
    if any(r.status == "error" for r in results):
        raise typer.Exit(1)
