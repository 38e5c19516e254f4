"""Draft (HR admins and HRBPs): the brief as a form, facts as editable rows or pulled from a cycle; both language
versions side by side with the fact check above them (missing or conflicting facts marked); .docx/.eml/.md
downloads; sending with a confirmation that shows the recipient count. Every step is the drafting service's,
as the logged-in user."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.utils import get_upload_folder

from assistant.access.actor import Actor
from assistant.access.gate import HR_ROLES
from assistant.api import Assistant
from assistant.drafting.brief import KINDS, brief_from
from assistant.drafting.service import Draft
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from ui.labels import L, actor_of, alert
from ui.tabs import TabSpec, TabUI

KEEP = gr.update()
HR = frozenset(str(r) for r in HR_ROLES)  # the tab is shown to the roles the service lets draft


def report_html(draft: Draft, lang: Lang) -> str:
    """The fact check: a row per fact with ✓/✗ per language, then every problem, each in its version."""
    e = html.escape
    langs = list(draft.versions)
    head = "".join(f"<th>{e(t(f'draft.lang.{x}', lang))}</th>" for x in langs)
    rows = "".join(
        f"<tr><td>{e(f.label)}</td>"
        + "".join(
            f'<td class="{"ok" if found[x] else "missing"}">{"✓" if found[x] else "✗"}</td>' for x in langs
        )
        + "</tr>"
        for f, found in draft.report.facts
    )
    if draft.report.ok:
        key = "draft.ok" if len(langs) == 2 else "draft.ok_one"
        verdict = f'<p class="inline-ok">{e(t(key, lang, count=len(draft.report.facts)))}</p>'
    else:
        items = "".join(
            f'<li class="issue issue-{i.kind}" data-lang="{i.lang}">{e(i.message(lang))}</li>'
            for i in draft.report.issues
        )
        verdict = f'<div class="inline-error" role="alert">{e(t("draft.not_ok", lang, count=len(draft.report.issues)))}<ul>{items}</ul></div>'
    notices = "".join(f'<p class="inline-warning">{e(n)}</p>' for n in draft.notices)
    return f'{notices}{verdict}<table class="fact-check"><tr><th></th>{head}</tr>{rows}</table>'


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    with gr.Tab(L("tab.draft", "en"), id="draft", visible=False) as tab:
        with gr.Row():
            kind = gr.Dropdown(
                [(k, k) for k in KINDS], value="email", label=L("draft.kind", "en"), elem_id="draft-kind"
            )
            tone = gr.Radio(["formal", "friendly", "neutral"], value="formal", label=L("draft.tone", "en"),
                            elem_id="draft-tone")  # fmt: skip
            length = gr.Radio(["short", "medium", "long"], value="medium", label=L("draft.length", "en"),
                              elem_id="draft-length")  # fmt: skip
            languages = gr.CheckboxGroup([("中文", "zh"), ("English", "en")], value=["zh", "en"],
                                         label=L("draft.languages", "en"), elem_id="draft-languages")  # fmt: skip
            layout = gr.Radio(["sequential", "side_by_side"], value="side_by_side", label=L("draft.layout", "en"),
                              elem_id="draft-layout")  # fmt: skip
        topic = gr.Textbox(label=L("draft.topic", "en"), elem_id="draft-topic")
        audience = gr.Textbox(label=L("draft.audience", "en"), elem_id="draft-audience")
        with gr.Row():
            cycle = gr.Dropdown(label=L("draft.cycle", "en"), choices=[], value=None, elem_id="draft-cycle",
                                allow_custom_value=True)  # fmt: skip
            pull = gr.Button(L("draft.pull", "en"), elem_id="draft-pull")
        facts = gr.Dataframe(headers=["label", "value"], value=[["", ""]], column_count=(2, "fixed"), row_count=(1, "dynamic"),
                             interactive=True, label=L("draft.facts", "en"), elem_id="draft-facts")  # fmt: skip
        make = gr.Button(L("draft.make", "en"), variant="primary", elem_id="draft-make")
        message = gr.HTML(elem_id="draft-message")
        report = gr.HTML(elem_id="draft-report")
        with gr.Row():
            zh = gr.Markdown(elem_id="draft-zh")
            en = gr.Markdown(elem_id="draft-en")
        files = gr.File(
            label=L("draft.files", "en"), file_count="multiple", interactive=False, elem_id="draft-files"
        )
        eml = gr.State(None)
        counted = gr.State(None)  # the (file, audience) whose recipients were counted: what "Send" sends
        with gr.Accordion(L("draft.send", "en"), open=False) as send_box:
            with gr.Row():
                target = gr.Textbox(
                    label=L("draft.to", "en"), placeholder="unit:… / cycle:…", elem_id="draft-to"
                )
                count = gr.Button(L("draft.count", "en"), elem_id="draft-count")
                confirm = gr.Button(
                    L("draft.confirm", "en"), variant="stop", visible=False, elem_id="draft-confirm"
                )
            send_message = gr.HTML(elem_id="draft-send-message")

    def pull_facts(cycle_id: str | None, rows: Any, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        if not cycle_id:
            return alert(L("draft.choose_cycle", lg)), KEEP
        try:
            pulled = assistant.drafting.cycle_facts(user, cycle_id)
        except AssistantError as exc:
            return alert(exc.message(lg)), KEEP
        kept = [list(r) for r in _rows(rows) if r[0] not in pulled]
        new = [
            [label, f"{v['zh']} / {v['en']}" if isinstance(v, dict) else str(v)]
            for label, v in pulled.items()
        ]
        return "", new + kept

    def make_draft(k: str, tn: str, ln: str, langs: list[str], lay: str, tp: str, aud: str, rows: Any, lg: Lang,
                   request: gr.Request) -> tuple[Any, ...]:  # fmt: skip
        user = actor_of(assistant, request, lg)
        data = {"kind": k, "topic": tp or "", "audience": aud or "", "tone": tn, "length": ln,
                "languages": langs or [], "layout": lay, "facts": dict(_rows(rows))}  # fmt: skip
        try:
            draft = assistant.drafting.draft(brief_from(data, L("draft.form", lg)), user)
            folder = Path(tempfile.mkdtemp(dir=get_upload_folder()))
            written = assistant.drafting.export(draft, folder)
        except AssistantError as exc:  # the form keeps everything; the message says what to fix
            return alert(exc.message(lg)), KEEP, KEEP, KEEP, KEEP, KEEP
        mail = next(str(p) for p in written if p.suffix == ".eml")
        return ("", report_html(draft, lg), draft.versions.get("zh", ""), draft.versions.get("en", ""),
                [str(p) for p in written], mail)  # fmt: skip

    def count_recipients(path: str | None, to: str, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        if not path:
            return alert(L("draft.make_first", lg)), gr.update(visible=False), None
        try:
            res = assistant.drafting.send(user, Path(path), to or "", yes=False)
        except AssistantError as exc:
            return alert(exc.message(lg)), gr.update(visible=False), None
        todo = res.recipients - res.already_sent
        text = t("draft.send.dry_run_ui", lg, count=todo, skipped=res.without_address, done=res.already_sent)
        confirm_button = gr.update(visible=todo > 0, value=L("draft.confirm_n", lg, count=todo))
        return alert(text, "warning"), confirm_button, [path, to or ""]

    def send_now(chosen: list[str] | None, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        if not chosen:  # nothing counted (or the audience or the draft changed since): count first
            return alert(L("draft.count_first", lg)), gr.update(visible=False), None
        try:
            res = assistant.drafting.send(user, Path(chosen[0]), chosen[1], yes=True)
        except AssistantError as exc:
            return alert(exc.message(lg)), gr.update(visible=False), None
        done = t("draft.send.done", lg, sent=res.sent, subject=res.subject, done=res.already_sent)
        return alert(done, "ok"), gr.update(visible=False), None

    pull.click(pull_facts, [cycle, facts, lang], [message, facts], api_name="draft_pull")
    make.click(make_draft, [kind, tone, length, languages, layout, topic, audience, facts, lang],
               [message, report, zh, en, files, eml], api_name="draft_make")  # fmt: skip
    count.click(
        count_recipients, [eml, target, lang], [send_message, confirm, counted], api_visibility="private"
    )
    confirm.click(send_now, [counted, lang], [send_message, confirm, counted], api_visibility="private")
    forget = (
        lambda: (gr.update(visible=False), None),
        None,
        [confirm, counted],
    )  # a new audience or draft: count again
    target.change(*forget, api_visibility="private")
    eml.change(*forget, api_visibility="private")

    def cycles(lg: Lang, who: Actor) -> Any:
        try:
            choices = [(name, cid) for cid, name in assistant.drafting.cycles(who, lg)]
        except AssistantError:
            choices = []
        return gr.update(
            choices=choices, value=choices[-1][1] if choices else None, label=L("draft.cycle", lg)
        )

    return TabUI(tab, [
        (kind, lambda lg, _: gr.update(label=L("draft.kind", lg), choices=[(t(f"draft.kind.{k}", lg), k) for k in KINDS])),
        (tone, lambda lg, _: gr.update(label=L("draft.tone", lg), choices=[(L(f"draft.tone.{x}", lg), x)
                                                                          for x in ("formal", "friendly", "neutral")])),
        (length, lambda lg, _: gr.update(label=L("draft.length", lg), choices=[(L(f"draft.length.{x}", lg), x)
                                                                              for x in ("short", "medium", "long")])),
        (languages, lambda lg, _: gr.update(label=L("draft.languages", lg))),
        (layout, lambda lg, _: gr.update(label=L("draft.layout", lg), choices=[(L(f"draft.layout.{x}", lg), x)
                                                                              for x in ("sequential", "side_by_side")])),
        (topic, lambda lg, _: gr.update(label=L("draft.topic", lg), placeholder=L("draft.topic_hint", lg))),
        (audience, lambda lg, _: gr.update(label=L("draft.audience", lg))),
        (cycle, cycles),
        (pull, lambda lg, _: gr.update(value=L("draft.pull", lg))),
        (facts, lambda lg, _: gr.update(label=L("draft.facts", lg), headers=[L("draft.label", lg), L("draft.value", lg)])),
        (make, lambda lg, _: gr.update(value=L("draft.make", lg))),
        (files, lambda lg, _: gr.update(label=L("draft.files", lg))),
        (send_box, lambda lg, _: gr.update(label=L("draft.send", lg))),
        (target, lambda lg, _: gr.update(label=L("draft.to", lg))),
        (count, lambda lg, _: gr.update(value=L("draft.count", lg))),
    ])  # fmt: skip


def _rows(rows: Any) -> list[tuple[str, str]]:
    """The facts table's filled rows (a DataFrame or a list of lists), as (label, value)."""
    values = rows.values.tolist() if hasattr(rows, "values") else list(rows or [])
    return [(str(r[0]).strip(), str(r[1]).strip()) for r in values if len(r) >= 2 and str(r[0]).strip()]


SPEC = TabSpec("draft", HR, build)
