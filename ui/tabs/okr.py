"""OKR check: paste, upload, edit or load one's own OKRs; findings by severity in the user's language; accept a
rewrite with one click and see the set re-checked; the alignment tree from the company's objectives down."""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from assistant.okr.apply import apply_rewrite, as_yaml
from assistant.okr.model import CheckReport
from assistant.okr.tree import TreeNode
from ui.labels import L, actor_of, friendly, uploaded, user_of
from ui.tabs import TabSpec, TabUI

COLUMNS = ("severity", "code", "target", "message", "rewrite")


def rows(report: CheckReport, lang: Lang) -> list[list[str]]:
    out = []
    for f in report.findings:
        if f.rewrite is not None:
            mark = "✓" if f.rewrite.verified else "…"
            fix = f"{mark} {f.rewrite.text}"
        else:
            fix = f.suggestion or ""
        out.append([t(f"okr.severity.{f.severity}", lang), f.code, f.target, f.message[lang], fix])
    return out


def tree_html(nodes: list[TreeNode], lang: Lang) -> str:
    def item(n: TreeNode) -> str:
        badge = ""
        if n.status:
            cls = "ok" if n.status == "ok" else "bad"
            badge = f' <span class="align-{cls}" data-status="{n.status}">[{html.escape(L("okr.status." + n.status, lang))}]</span>'
        kids = "".join(item(c) for c in n.children)
        return (f'<li data-objective="{html.escape(n.id)}"><b>{html.escape(n.title)}</b> '
                f'<small>{html.escape(n.owner_name)}</small>{badge}{f"<ul>{kids}</ul>" if kids else ""}</li>')  # fmt: skip

    return f"<h4>{html.escape(L('okr.tree', lang))}</h4><ul class='okr-tree'>{''.join(item(n) for n in nodes)}</ul>"


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    with gr.Tab(L("tab.okr", "en"), id="okr", visible=False) as tab:
        report_state = gr.State(None)
        selected = gr.State(None)
        with gr.Row():
            with gr.Column(scale=3):
                editor = gr.Textbox(label=L("okr.editor", "en"), lines=14, max_lines=40, elem_id="okr-editor")
                with gr.Row():
                    mine = gr.Button(L("okr.load_mine", "en"), elem_id="load-mine")
                    check = gr.Button(L("okr.check", "en"), variant="primary", elem_id="okr-check")
                upload = gr.File(label=L("okr.upload", "en"), file_types=[".yaml", ".yml", ".json", ".md", ".txt"],
                                 type="filepath", elem_id="okr-upload")  # fmt: skip
            with gr.Column(scale=2):
                tree = gr.HTML(elem_id="tree")
        score = gr.Markdown(elem_id="okr-score")
        table = gr.Dataframe(headers=[L(f"okr.col.{c}", "en") for c in COLUMNS], interactive=False,
                             wrap=True, elem_id="findings", label=L("okr.findings", "en"))  # fmt: skip
        accept = gr.Button(L("okr.accept", "en"), elem_id="accept")
        hint = gr.Markdown(elem_id="accept-hint")

    def run(text: str, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        try:
            report = assistant.okr.check(text, user, lang=lg)
            nodes = assistant.okr.tree(user)
        except AssistantError as exc:
            raise friendly(exc, lg) from None
        counts = report.counts()
        summary = L("okr.score", lg, score=report.score, **counts)
        notes = "\n".join(f"- {n}" for n in report.notes)
        return text, f"{summary}\n\n{notes}", rows(report, lg), (report, text), None, tree_html(nodes, lg), ""

    def load_mine(lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        try:
            text = as_yaml(assistant.okr.own(user))
        except AssistantError as exc:
            raise friendly(exc, lg) from None
        return run(text, lg, request)

    def load_file(path: str | None, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user_of(request)
        if not path:
            return (gr.update(),) * 7
        file = uploaded(path, lg)
        try:
            text = as_yaml(assistant.okr.read(file))
        except AssistantError as exc:
            raise friendly(exc, lg) from None
        finally:
            file.unlink(missing_ok=True)  # nothing uploaded stays in Gradio's shared cache
        return run(text, lg, request)

    def pick(evt: gr.SelectData) -> int:
        return evt.index[0]

    def accept_rewrite(text: str, checked: tuple[CheckReport, str] | None, row: int | None, lg: Lang,
                       request: gr.Request) -> tuple[Any, ...]:  # fmt: skip
        user_of(request)
        if checked is None or row is None or row >= len(checked[0].findings):
            raise gr.Error(L("okr.select_first", lg), print_exception=False)
        report, checked_text = checked  # the set as it was checked, not whatever the editor holds now
        finding = report.findings[row]
        if finding.rewrite is not None and not finding.rewrite.verified:
            raise gr.Error(L("okr.not_verified", lg), print_exception=False)  # never applied as a fix
        try:
            new = apply_rewrite(assistant.okr.read(checked_text), finding)
        except AssistantError as exc:
            raise friendly(exc, lg) from None
        return run(as_yaml(new), lg, request)

    outputs = [editor, score, table, report_state, selected, tree, hint]
    check.click(run, [editor, lang], outputs, api_name="okr_check", show_progress="full")
    mine.click(load_mine, [lang], outputs, api_name="okr_mine")
    upload.upload(load_file, [upload, lang], outputs, api_name="okr_upload")
    table.select(pick, None, selected, api_visibility="private")
    accept.click(accept_rewrite, [editor, report_state, selected, lang], outputs, api_name="okr_accept")
    return TabUI(tab, [
        (editor, lambda lg: gr.update(label=L("okr.editor", lg))),
        (mine, lambda lg: gr.update(value=L("okr.load_mine", lg))),
        (check, lambda lg: gr.update(value=L("okr.check", lg))),
        (upload, lambda lg: gr.update(label=L("okr.upload", lg))),
        (table, lambda lg: gr.update(label=L("okr.findings", lg), headers=[L(f"okr.col.{c}", lg) for c in COLUMNS])),
        (accept, lambda lg: gr.update(value=L("okr.accept", lg))),
    ])  # fmt: skip


SPEC = TabSpec("okr", frozenset({"employee", "manager", "hrbp", "hr_admin"}), build)
