"""Analytics (managers, HRBPs, HR admins): a report chosen from a list, its interactive chart (and the static one
that goes into documents), its table with the verdicts
(the rating distribution against the guideline, rater leniency with intervals, the nine-box, calibration
changes, goal achievement), and exports to .xlsx, .docx and .png. Every figure is the analytics service's, over
the logged-in user's scope."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, get_args

import gradio as gr
from gradio.utils import get_upload_folder

from assistant.access.actor import Actor
from assistant.analytics.achievement import By
from assistant.analytics.export import plot_frame, report_files, tables
from assistant.analytics.service import REPORTS
from assistant.api import Assistant
from assistant.drafting.export import write_all
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from ui.labels import L, actor_of, alert
from ui.tabs import TabSpec, TabUI

KEEP = gr.update()


def _table_html(report: str, data: dict[str, Any], lang: Lang) -> str:
    import html

    e = html.escape
    out = []
    for title, headers, rows in tables(report, data, lang):
        head = "".join(f"<th>{e(str(h))}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{e('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                       for row in rows)  # fmt: skip
        out.append(
            f'<h3>{e(title)}</h3><table class="analytics-table" data-report="{report}"><tr>{head}</tr>{body}</table>'
        )
    return "".join(out)


def _ninebox_html(data: dict[str, Any], lang: Lang, shown: int = 12) -> str:
    """The nine-box as a 3 × 3 grid: potential upwards, performance to the right; counts and names per cell."""
    import html

    e = html.escape
    level = lambda x: t(f"analytics.level.{x}", lang)  # noqa: E731
    rows = []
    for pot in ("high", "medium", "low"):
        cells = []
        for perf in ("low", "medium", "high"):
            cell = data["cells"].get(f"{perf}/{pot}", {"count": 0, "people": []})
            names = ", ".join(e(f"{p['name']} ({p['id']})") for p in cell["people"][:shown])
            more = cell["count"] - min(shown, len(cell["people"]))
            extra = f" {e(L('analytics.more', lang, n=more))}" if more > 0 else ""
            cells.append(f'<td class="ninebox-cell" data-cell="{perf}/{pot}"><b>{cell["count"]}</b>'
                         f"<div>{names}{extra}</div></td>")  # fmt: skip
        rows.append(f"<tr><th>{e(level(pot))}</th>{''.join(cells)}</tr>")
    head = "".join(f"<th>{e(level(x))}</th>" for x in ("low", "medium", "high"))
    return (f'<table class="ninebox-grid" id="ninebox-grid"><tr><th>{e(L("analytics.potential", lang))}</th>'
            f'<th colspan="3">{e(L("analytics.performance", lang))}</th></tr>{"".join(rows)}'
            f"<tr><th></th>{head}</tr></table>")  # fmt: skip


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    with gr.Tab(L("tab.analytics", "en"), id="analytics", visible=False) as tab:
        with gr.Row():
            report = gr.Dropdown([(r, r) for r in REPORTS], value="distribution", label=L("analytics.report", "en"),
                                 elem_id="analytics-report")  # fmt: skip
            cycle = gr.Dropdown(label=L("draft.cycle", "en"), choices=[], value=None, elem_id="analytics-cycle",
                                allow_custom_value=True)  # fmt: skip
            unit = gr.Dropdown(
                label=L("analytics.unit", "en"), choices=[], value=None, elem_id="analytics-unit"
            )
            by = gr.Dropdown([(b, b) for b in get_args(By)], value="department", label=L("analytics.by", "en"),
                             elem_id="analytics-by")  # fmt: skip
            show = gr.Button(L("analytics.show", "en"), variant="primary", elem_id="analytics-show")
        message = gr.HTML(elem_id="analytics-message")
        plot = gr.BarPlot(label=L("analytics.chart", "en"), elem_id="analytics-plot", x_label_angle=-30)
        chart = gr.Image(
            label=L("analytics.chart", "en"), elem_id="analytics-chart", interactive=False, type="filepath"
        )
        table = gr.HTML(elem_id="analytics-table")
        files = gr.File(label=L("analytics.files", "en"), file_count="multiple", interactive=False,
                        elem_id="analytics-files")  # fmt: skip

    def run(name: str, cycle_id: str | None, unit_id: str | None, group: By, lg: Lang,
            request: gr.Request) -> tuple[Any, ...]:  # fmt: skip
        user = actor_of(assistant, request, lg)
        try:
            data = assistant.analytics.report(
                name, user, cycle_id or None, lg, unit_id or None, group or "department"
            )
            folder = Path(tempfile.mkdtemp(dir=get_upload_folder()))
            made = write_all(
                folder, {f"{name}{ext}": body for ext, body in report_files(name, data, lg).items()}
            )
        except AssistantError as exc:
            return alert(exc.message(lg)), KEEP, KEEP, KEEP, KEEP
        frame, x, y, colour = plot_frame(name, data, lg)
        interactive = gr.update(value=frame, x=x, y=y, color=colour, title=t(f"analytics.title.{name}", lg))
        grid = _ninebox_html(data, lg) if name == "ninebox" else ""
        return "", interactive, str(made[0]), grid + _table_html(name, data, lg), [str(p) for p in made]

    show.click(run, [report, cycle, unit, by, lang], [message, plot, chart, table, files],
               api_name="analytics_report")  # fmt: skip

    def cycles(lg: Lang, who: Actor) -> Any:
        try:
            choices = [(name, cid) for cid, name in assistant.analytics.cycles(who, lg)]
        except AssistantError:
            choices = []
        return gr.update(choices=choices, value=None, label=L("draft.cycle", lg))

    def units(lg: Lang, who: Actor) -> Any:
        choices = [(f"{name} ({uid})", uid) for uid, name in assistant.analytics.units(who, lg)]
        return gr.update(choices=choices, value=None, label=L("analytics.unit", lg))

    return TabUI(tab, [
        (report, lambda lg, _: gr.update(label=L("analytics.report", lg),
                                         choices=[(t(f"analytics.title.{r}", lg), r) for r in REPORTS])),
        (cycle, cycles),
        (unit, units),
        (by, lambda lg, _: gr.update(label=L("analytics.by", lg),
                                     choices=[(t(f"analytics.by.{b}", lg), b) for b in get_args(By)])),
        (show, lambda lg, _: gr.update(value=L("analytics.show", lg))),
        (chart, lambda lg, _: gr.update(label=L("analytics.chart", lg))),
        (files, lambda lg, _: gr.update(label=L("analytics.files", lg))),
    ])  # fmt: skip


SPEC = TabSpec("analytics", frozenset({"manager", "hrbp", "hr_admin"}), build)
