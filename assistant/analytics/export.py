"""Analytics reports as files: .xlsx (one sheet per table, a chart where useful), a static .png chart
(matplotlib with a CJK font, so Chinese labels render) and a .docx report with the chart and the verdicts.
Every label comes from the catalogue in the user's language."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

from assistant.caching import Bounded
from assistant.drafting.export import write_all
from assistant.errors import AssistantError
from assistant.i18n import Lang, t


def tables(report: str, data: dict[str, Any], lang: Lang) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The report as (sheet title, headers, rows) tables."""
    h = lambda key: t(f"analytics.col.{key}", lang)  # noqa: E731
    if report == "distribution":
        grades = list(data["guideline"])
        rows = [[u["name"], u["n"], *(u["counts"].get(g) for g in grades), u["p_adjusted"], u["verdict"]]
                for u in data["units"]]  # fmt: skip
        guide = [[g, data["guideline"][g]] for g in grades]
        return [(h("distribution"), [h("unit"), h("n"), *grades, h("p"), h("verdict")], rows),
                (h("guideline"), [h("grade"), h("share")], guide)]  # fmt: skip
    if report == "leniency":
        rows = [[r["name"], r["rater_id"], r["n"], r["shared"], r["effect"], r["low"], r["high"], r["naive"],
                 t(f"analytics.flag.{r['flag'] or 'none'}", lang), r["explanation"]] for r in data["raters"]]  # fmt: skip
        return [(h("leniency"), [h("rater"), h("id"), h("n"), h("shared"), h("effect"), h("low"), h("high"),
                                 h("naive"), h("flag"), h("verdict")], rows)]  # fmt: skip
    if report == "ninebox":
        rows = [[cell, v["count"]] for cell, v in data["cells"].items()]
        people = [[cell, p["id"], p["name"]] for cell, v in data["cells"].items() for p in v["people"]]
        return [(h("ninebox"), [h("cell"), h("n")], rows),
                (h("people"), [h("cell"), h("id"), h("name")], people)]  # fmt: skip
    if report == "achievement":
        rows = [[r["group"], r["cycle"], r["people"], r["okr_score"], r["okr_change"], r["kpi_score"]]
                for r in data["rows"]]  # fmt: skip
        return [(h("achievement"), [h("group"), h("cycle"), h("n"), h("okr"), h("change"), h("kpi")], rows)]
    if report == "okr-health":
        rows = [[r["unit"], r["people"], r["kr_finding_share"], r["sandbagging_people"], r["p_adjusted"],
                 t("analytics.flag.sandbagging" if r["sandbagging_flag"] else "analytics.flag.none", lang)]
                for r in data["teams"]]  # fmt: skip
        return [
            (
                h("okr_health"),
                [h("unit"), h("n"), h("kr_findings"), h("sandbagging"), h("p"), h("flag")],
                rows,
            )
        ]
    rows = [[r["department"], r["rater_id"], r["n"], r["up"], r["down"]] for r in data["rows"]]
    return [(h("calibration"), [h("unit"), h("rater"), h("n"), h("up"), h("down")], rows)]


def plot_frame(report: str, data: dict[str, Any], lang: Lang) -> tuple[Any, str, str, str | None]:
    """The report as a long table for an interactive bar chart: (DataFrame, x, y, colour column or None)."""
    import pandas as pd

    h = lambda key: t(f"analytics.col.{key}", lang)  # noqa: E731
    if report == "distribution":
        rows = [
            (u["name"], g, round(100 * u["shares"][g], 1))
            for u in data["units"]
            if u["shares"]
            for g in u["shares"]
        ]
        return (
            pd.DataFrame(rows, columns=[h("unit"), h("grade"), h("share")]),
            h("unit"),
            h("share"),
            h("grade"),
        )
    if report == "leniency":
        rows = [(f"{r['name']} ({r['rater_id']})", r["effect"]) for r in data["raters"]]
        return pd.DataFrame(rows, columns=[h("rater"), h("effect")]), h("rater"), h("effect"), None
    if report == "achievement":  # a bar per group and cycle, side by side
        rows = [(r["group"], r["cycle"], r["okr_score"]) for r in data["rows"] if r["okr_score"] is not None]
        return (
            pd.DataFrame(rows, columns=[h("group"), h("cycle"), h("okr")]),
            h("group"),
            h("okr"),
            h("cycle"),
        )
    _, headers, table = tables(report, data, lang)[0]
    col = {"ninebox": 1, "calibration": 2, "okr-health": 2}[report]
    frame = pd.DataFrame([(str(r[0]), float(r[col] or 0)) for r in table], columns=[headers[0], headers[col]])
    return frame, headers[0], headers[col], None


def xlsx_bytes(report: str, data: dict[str, Any], lang: Lang) -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    wb = Workbook()
    wb.remove(wb.active)
    for title, headers, rows in tables(report, data, lang):
        ws = wb.create_sheet(title[:31])
        ws.append(headers)
        for row in rows:
            ws.append(row)
        if (
            report in ("distribution", "leniency")
            and rows
            and ws.title == tables(report, data, lang)[0][0][:31]
        ):
            chart = BarChart()
            chart.title = title
            col = 5 if report == "leniency" else 3
            span = 1 if report == "leniency" else len(data["guideline"])
            chart.add_data(Reference(ws, min_col=col, max_col=col + span - 1, min_row=1, max_row=len(rows) + 1),
                           titles_from_data=True)  # fmt: skip
            chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
            ws.add_chart(chart, f"A{len(rows) + 4}")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def png_bytes(report: str, data: dict[str, Any], lang: Lang) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["font.family"] = ["Noto Sans CJK SC", "Noto Serif CJK SC", "DejaVu Sans"]
    fig, ax = plt.subplots(figsize=(9, 5), dpi=110)
    h = lambda key: t(f"analytics.col.{key}", lang)  # noqa: E731
    if report == "leniency":
        raters = data["raters"]
        ys = range(len(raters))
        ax.errorbar([r["effect"] for r in raters], list(ys),
                    xerr=[[r["effect"] - r["low"] for r in raters], [r["high"] - r["effect"] for r in raters]],
                    fmt="o", color="#333")  # fmt: skip
        ax.set_yticks(list(ys), [f"{r['name']} ({r['rater_id']})" for r in raters], fontsize=6)
        ax.axvline(0, color="#999", lw=1)
        ax.set_xlabel(h("effect"))
    elif report == "distribution":
        units = [u for u in data["units"] if u["counts"]]
        grades = list(data["guideline"])
        bottom = [0.0] * len(units)
        for g in grades:
            values = [u["shares"].get(g, 0) * 100 for u in units]
            ax.bar([u["name"] for u in units], values, bottom=bottom, label=g)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_ylabel(h("share"))
        ax.legend()
        ax.tick_params(axis="x", labelrotation=30)
    else:
        frame, x, y, colour = plot_frame(report, data, lang)
        if colour and len(frame):  # grouped bars, one per colour value
            frame.pivot_table(index=x, columns=colour, values=y).plot.bar(ax=ax, rot=30)
        else:
            ax.bar(frame[x], frame[y])
            ax.tick_params(axis="x", labelrotation=30)
    ax.set_title(t(f"analytics.title.{report}", lang))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def docx_bytes(report: str, data: dict[str, Any], lang: Lang, png: bytes | None = None) -> bytes:
    from docx import Document
    from docx.shared import Inches

    doc = Document()
    doc.add_heading(t(f"analytics.title.{report}", lang), level=0)
    doc.add_picture(io.BytesIO(png or png_bytes(report, data, lang)), width=Inches(6))
    for title, headers, rows in tables(report, data, lang):
        doc.add_heading(title, level=2)
        table = doc.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            cell.text = str(text)
        for row in rows:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = "" if value is None else str(value)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


_MADE: Bounded[str, dict[str, bytes]] = Bounded(32)  # the last reports' files, by their content


def report_files(report: str, data: dict[str, Any], lang: Lang) -> dict[str, bytes]:
    """The report's chart (.png), workbook (.xlsx) and document (.docx), the chart drawn once. Remembered by
    the report's content and language, so viewers shown the same figures do not draw them again."""
    key = hashlib.sha1(json.dumps([report, data, lang], sort_keys=True, default=str).encode()).hexdigest()
    made = _MADE.get(key)
    if made is None:
        png = png_bytes(report, data, lang)
        made = {
            ".png": png,
            ".xlsx": xlsx_bytes(report, data, lang),
            ".docx": docx_bytes(report, data, lang, png),
        }
        _MADE.put(key, made)
    return made


def write(report: str, data: dict[str, Any], lang: Lang, path: Path) -> Path:
    makers = {".xlsx": xlsx_bytes, ".png": png_bytes, ".docx": docx_bytes}
    maker = makers.get(path.suffix.lower())
    if maker is None:
        raise AssistantError("error.analytics_format", name=path.name)
    return write_all(path.parent, {path.name: maker(report, data, lang)})[0]
