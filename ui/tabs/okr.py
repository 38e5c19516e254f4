"""OKR check: paste, upload, edit or load one's own OKRs; findings as cards by severity in the user's language;
accept a fix with one click (applied in place, so the text stays as the user wrote it) and see the set
re-checked; the alignment tree from the company's objectives down; a manager's team view. Mistakes are shown
next to the control they concern and never clear the text or the last results."""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from assistant.access.actor import Role
from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from assistant.okr.apply import acceptable, why_not
from assistant.okr.model import CheckReport, Finding
from assistant.okr.team import TeamReport
from assistant.okr.tree import TreeNode
from ui.labels import L, actor_of, alert, uploaded
from ui.tabs import TabSpec, TabUI

KEEP = gr.update()


def card(n: int, f: Finding, lang: Lang) -> str:
    e = html.escape
    if f.rewrite is not None:
        blocker = why_not(f, lang)
        status = (f'<div class="fix-ok">✓ {e(L("okr.can_accept", lang))}</div>' if blocker is None
                  else f'<div class="fix-needs">{e(blocker)}</div>')  # fmt: skip
        fix = f'<div class="fix"><span>{e(L("okr.rewrite", lang))}</span> {e(f.rewrite.text)}</div>{status}'
    elif f.suggestion:
        ok = f'<div class="fix-ok">✓ {e(L("okr.can_accept", lang))}</div>' if acceptable(f) else ""
        fix = f'<div class="fix"><span>{e(L("okr.suggestion", lang))}</span> {e(f.suggestion)}</div>{ok}'
    else:
        fix = ""
    return (f'<div class="finding sev-{f.severity}" data-code="{e(f.code)}" data-n="{n}">'
            f'<div class="head"><b>{n}.</b> <span class="sev">{e(t("okr.severity." + f.severity, lang))}</span> '
            f'<span class="target">{e(f.target)}</span> <code>{e(f.code)}</code></div>'
            f'<div class="msg">{e(f.message[lang])}</div>{fix}</div>')  # fmt: skip


def cards(report: CheckReport, lang: Lang) -> str:
    if not report.findings:
        return f'<div class="finding sev-ok">{html.escape(L("okr.clean", lang))}</div>'
    return "".join(card(n, f, lang) for n, f in enumerate(report.findings, 1))


def choices(report: CheckReport) -> list[tuple[str, int]]:
    return [(f"{n}. {f.code} · {f.target}", n - 1) for n, f in enumerate(report.findings, 1) if acceptable(f)]


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


def team_html(report: TeamReport, lang: Lang) -> str:
    e = html.escape
    if not report.rows:
        return f"<p>{e(t('okr.team.none', lang, cycle=report.cycle_id))}</p>"
    cols = ("name", "objectives", "key_results", "okr_score", "errors", "warnings", "codes")
    head = "".join(f"<th>{e(t('label.' + c, lang))}</th>" for c in cols)
    body = "".join(f"<tr data-employee='{e(r.employee_id)}'><td>{e(r.name)} <small>{e(r.employee_id)}</small></td>"
                   f"<td>{r.objectives}</td><td>{r.key_results}</td><td>{r.score}</td><td>{r.errors}</td>"
                   f"<td>{r.warnings}</td><td>{e(', '.join(r.top_codes))}</td></tr>" for r in report.rows)  # fmt: skip
    if report.uncovered:
        krs = "; ".join(f"{u['key_result']} {u['text']}" for u in report.uncovered)
        foot = f"<p>{e(t('okr.team.coverage', lang, krs=krs))}</p>"
    else:
        foot = f"<p>{e(t('okr.team.covered', lang))}</p>"
    title = e(t("okr.team.title", lang, cycle=report.cycle_id))
    return f"<h4>{title}</h4><table class='team'><tr>{head}</tr>{body}</table>{foot}"


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    with gr.Tab(L("tab.okr", "en"), id="okr", visible=False) as tab:
        checked = gr.State(None)  # (report, the text as it was checked)
        with gr.Row():
            with gr.Column(scale=3):
                editor = gr.Textbox(label=L("okr.editor", "en"), lines=14, max_lines=40, elem_id="okr-editor")
                with gr.Row():
                    mine = gr.Button(L("okr.load_mine", "en"), elem_id="load-mine")
                    check = gr.Button(L("okr.check", "en"), variant="primary", elem_id="okr-check")
                message = gr.HTML(elem_id="okr-message")
                upload = gr.File(label=L("okr.upload", "en"), file_types=[".yaml", ".yml", ".json", ".md", ".txt"],
                                 type="filepath", elem_id="okr-upload")  # fmt: skip
            with gr.Column(scale=2):
                tree = gr.HTML(elem_id="tree")
        score = gr.Markdown(elem_id="okr-score")
        findings = gr.HTML(elem_id="findings")
        with gr.Row():
            choice = gr.Dropdown(
                label=L("okr.choose", "en"), choices=[], value=None, elem_id="accept-choice", scale=3
            )
            accept = gr.Button(L("okr.accept", "en"), elem_id="accept", scale=1)
        hint = gr.HTML(elem_id="accept-hint")
        with gr.Accordion(L("okr.team", "en"), open=False, visible=False, elem_id="team-section") as team_box:
            team_button = gr.Button(L("okr.team_check", "en"), elem_id="team-check")
            team = gr.HTML(elem_id="team")

    results = [editor, score, findings, checked, choice, tree, message, hint]

    def run(text: str, lg: Lang, request: gr.Request) -> list[Any]:
        user = actor_of(assistant, request, lg)
        try:
            report = assistant.okr.check(text or "", user, lang=lg)
            nodes = assistant.okr.tree(user)
        except AssistantError as exc:  # the text and the last results stay; the message says what to do
            return [KEEP, KEEP, KEEP, KEEP, KEEP, KEEP, alert(exc.message(lg)), ""]
        summary = L("okr.score", lg, score=report.score, **report.counts())
        notes = "\n".join(f"- {n}" for n in report.notes)
        options = choices(report)
        return [text, f"{summary}\n\n{notes}", cards(report, lg), (report, text),
                gr.update(choices=options, value=options[0][1] if options else None),
                tree_html(nodes, lg), "", ""]  # fmt: skip

    def load_mine(lg: Lang, request: gr.Request) -> list[Any]:
        user = actor_of(assistant, request, lg)
        try:
            text = assistant.okr.own_text(user)
        except AssistantError as exc:
            return [KEEP] * 6 + [alert(exc.message(lg)), ""]
        return run(text, lg, request)

    def load_file(path: str | None, lg: Lang, request: gr.Request) -> list[Any]:
        actor_of(assistant, request, lg)
        if not path:
            return [KEEP] * 8
        file = uploaded(path, lg)
        try:
            text = assistant.okr.file_text(file)
        except AssistantError as exc:
            return [KEEP] * 6 + [alert(exc.message(lg)), ""]
        finally:
            file.unlink(missing_ok=True)  # nothing uploaded stays on the server
        return run(text, lg, request)

    def accept_fix(state: tuple[CheckReport, str] | None, index: int | None, lg: Lang,
                   request: gr.Request) -> list[Any]:  # fmt: skip
        actor_of(assistant, request, lg)
        if state is None or index is None or not 0 <= index < len(state[0].findings):
            return [KEEP] * 7 + [alert(L("okr.select_first", lg))]
        report, text = state  # the set as it was checked, not whatever the editor holds now
        try:
            new = assistant.okr.accept(text, report.findings[index])
        except AssistantError as exc:
            return [KEEP] * 7 + [alert(exc.message(lg))]
        return run(new, lg, request)

    def check_team(lg: Lang, request: gr.Request) -> str:
        user = actor_of(assistant, request, lg)
        try:
            return team_html(assistant.okr.team(user.employee_id, user, lang=lg), lg)
        except AssistantError as exc:
            return alert(exc.message(lg))

    check.click(run, [editor, lang], results, api_name="okr_check")
    mine.click(load_mine, [lang], results, api_name="okr_mine")
    upload.upload(load_file, [upload, lang], results, api_name="okr_upload")
    accept.click(accept_fix, [checked, choice, lang], results, api_name="okr_accept")
    team_button.click(check_team, [lang], team, api_name="okr_team")
    return TabUI(tab, [
        (editor, lambda lg, _: gr.update(label=L("okr.editor", lg), placeholder=L("okr.editor_hint", lg))),
        (mine, lambda lg, _: gr.update(value=L("okr.load_mine", lg))),
        (check, lambda lg, _: gr.update(value=L("okr.check", lg))),
        (upload, lambda lg, _: gr.update(label=L("okr.upload", lg))),
        (choice, lambda lg, _: gr.update(label=L("okr.choose", lg))),
        (accept, lambda lg, _: gr.update(value=L("okr.accept", lg))),
        (team_box, lambda lg, who: gr.update(label=L("okr.team", lg), visible=who.role == Role.MANAGER)),
        (team_button, lambda lg, _: gr.update(value=L("okr.team_check", lg))),
    ])  # fmt: skip


SPEC = TabSpec("okr", frozenset({"employee", "manager", "hrbp", "hr_admin"}), build)
