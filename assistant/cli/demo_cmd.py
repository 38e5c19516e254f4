"""``hr-assistant demo``: a short guided tour of the demo company from the command line."""

from __future__ import annotations

import typer
from rich.panel import Panel

from assistant.cli.context import CliContext, out
from assistant.demo.install import DEMO_PASSWORD, load_manifest
from assistant.errors import AssistantError


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(ctx: typer.Context) -> None:
        """Tour the demo company: who is who, and what each role may see."""
        c: CliContext = ctx.obj
        if not c.assistant.core.has_data():
            raise AssistantError("error.no_database", home=str(c.assistant.settings.home))
        manifest = load_manifest(c.assistant)
        acc = {a["role"]: a for a in manifest["accounts"]}
        cycle = manifest["current_cycle"]
        last = manifest["cycles"][-2]
        employee, manager = acc["employee"]["id"], acc["manager"]["id"]
        for a in manifest["accounts"]:
            v = c.assistant.actor(a["id"])
            scope = (
                c.t("label.scope_all") if v.scope is None else c.t("label.scope_count", count=len(v.scope))
            )
            role = c.t("role." + a["role"])
            out.print(f"• {a['name']} ({a['id']}) · {role} · {c.t('label.scope')}: {scope}", highlight=False)
        with c.assistant.core.data(c.assistant.actor(employee)) as data:
            views = data.objectives(of=employee, cycle_id=cycle)
            lines = [
                f"[bold]{v.objective.content}[/bold]\n"
                + "\n".join(f"  - {kr.content}" for kr in v.key_results)
                for v in views
            ]
            out.print(
                Panel("\n".join(lines), title=f"{acc['employee']['name']} · OKR {cycle}"), highlight=False
            )
            own = data.ratings(of=employee, cycle_id=last)
            out.print(
                f"{acc['employee']['name']} {last}: {', '.join(r.post_calibration or '?' for r in own)}"
            )
            try:
                data.ratings(of=manager)
            except AssistantError as exc:
                out.print(f"[yellow]{exc.message(c.lang)}[/yellow]", highlight=False)
        with c.assistant.core.data(c.assistant.actor(manager)) as data:
            team = [r for r in data.ratings(cycle_id=last) if r.employee_id != manager]
            out.print(f"{acc['manager']['name']}: {len(team)} × {c.t('label.post_calibration')} {last}")
        out.print(
            c.t("demo.next", employee=employee, manager=manager, admin=acc["hr_admin"]["id"], cycle=last,
                password=DEMO_PASSWORD, home=str(c.assistant.settings.home)),
            highlight=False,
        )  # fmt: skip
