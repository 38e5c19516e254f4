"""Coach: the goal coach as a chat; feedback preparation with the flagged words highlighted in the notes and
the behaviour-based alternative one click away, and SBI statements; conversation plans with a .docx download.
Every check is the coaching service's, as the logged-in user."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.utils import get_upload_folder

from assistant.access.actor import Actor
from assistant.api import Assistant
from assistant.coaching.plans import KINDS, plan_text
from assistant.coaching.service import FeedbackPrep
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from ui.labels import L, actor_of, alert
from ui.tabs import TabSpec, TabUI

KEEP = gr.update()


def highlighted(prep: FeedbackPrep, lang: Lang) -> str:
    """The notes with each flagged phrase marked, then the alternatives, each one click away."""
    e = html.escape
    parts, at = [], 0
    for f in prep.flags:
        parts += [e(prep.notes[at : f.start]),
                  f'<mark class="flag flag-{f.category}" data-category="{f.category}">{e(f.phrase)}</mark>']  # fmt: skip
        at = f.end
    parts.append(e(prep.notes[at:]))
    text = "".join(parts).replace("\n", "<br>")
    alts = "".join(
        f'<details class="flag-alt" data-category="{f.category}"><summary><mark class="flag flag-{f.category}">'
        f"{e(f.phrase)}</mark> · {e(t('coach.category.' + f.category, lang))}</summary>"
        f"<p>{e(f.suggestion[lang])}</p></details>"
        for f in prep.flags
    )
    none = f"<p>{e(L('coach.no_flags', lang))}</p>" if not prep.flags else ""
    return f'<div class="notes-marked">{text}</div>{alts}{none}'


def sbi_html(prep: FeedbackPrep, lang: Lang) -> str:
    e = html.escape
    cards = []
    for s in prep.statements:
        rows = "".join(f"<div><b>{e(t('coach.sbi.' + part, lang))}</b> {e(getattr(s, part))}</div>"
                       for part in ("situation", "behaviour", "impact"))  # fmt: skip
        evidence = "".join(f"<div class='evidence'>↳ {e(x)}</div>" for x in s.evidence)
        cards.append(f'<div class="finding sbi">{rows}{evidence}</div>')
    return "".join(cards) or f"<p>{e(L('coach.no_statements', lang))}</p>"


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    with gr.Tab(L("tab.coach", "en"), id="coach", visible=False) as tab:
        with gr.Accordion(L("coach.goals", "en"), open=True) as goals_box:
            session = gr.State(None)
            goal_chat = gr.Chatbot(elem_id="goal-chat", height=320, label=L("coach.goals", "en"))
            with gr.Row():
                goal_input = gr.Textbox(label=L("coach.goal_input", "en"), elem_id="goal-input", scale=5)
                goal_send = gr.Button(L("coach.send", "en"), variant="primary", elem_id="goal-send", scale=1)
                goal_new = gr.Button(L("coach.new", "en"), elem_id="goal-new", scale=1)
            goal_message = gr.HTML(elem_id="goal-message")
        with gr.Accordion(L("coach.feedback", "en"), open=False) as feedback_box:
            notes = gr.Textbox(label=L("coach.notes", "en"), lines=6, elem_id="coach-notes")
            with gr.Row():
                about = gr.Dropdown(label=L("coach.about", "en"), choices=[], value=None, elem_id="coach-about",
                                    allow_custom_value=True)  # fmt: skip  # an id typed in: the service checks it
                check = gr.Button(L("coach.check", "en"), variant="primary", elem_id="coach-check")
            feedback_message = gr.HTML(elem_id="coach-message")
            marked = gr.HTML(elem_id="coach-marked")
            sbi = gr.HTML(elem_id="coach-sbi")
        with gr.Accordion(L("coach.plans", "en"), open=False) as plans_box:
            with gr.Row():
                plan_about = gr.Dropdown(label=L("coach.about", "en"), choices=[], value=None, elem_id="plan-about",
                                         allow_custom_value=True)  # fmt: skip
                kind = gr.Radio(
                    [(k, k) for k in KINDS], value="growth", label=L("coach.kind", "en"), elem_id="plan-kind"
                )
                make = gr.Button(L("coach.make_plan", "en"), variant="primary", elem_id="plan-make")
            plan_message = gr.HTML(elem_id="plan-message")
            plan = gr.Markdown(elem_id="plan")
            docx = gr.File(label=L("coach.docx", "en"), elem_id="plan-docx", interactive=False)

    def goal(text: str, history: list, state: str | None, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        if not (text or "").strip():
            return KEEP, text, state, alert(L("coach.empty", lg))
        history = list(history or [])
        try:
            if state is None:
                turn = assistant.coaching.goal_start(text, user, lg)
            else:
                from assistant.coaching.goals import GoalSession

                turn = assistant.coaching.goal_reply(GoalSession.model_validate_json(state), text, user)
        except AssistantError as exc:
            return KEEP, text, state, alert(exc.message(lg))
        history += [{"role": "user", "content": text}, {"role": "assistant", "content": turn.reply}]
        return history, "", turn.session.model_dump_json(), ""

    def feedback(text: str, who: str | None, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        try:
            prep = assistant.coaching.feedback(text or "", user, who or None, lg)
        except AssistantError as exc:  # the notes stay; the message says what to do
            return alert(exc.message(lg)), KEEP, KEEP
        return "", highlighted(prep, lg), sbi_html(prep, lg)

    def make_plan(who: str | None, plan_kind: str, lg: Lang, request: gr.Request) -> tuple[Any, ...]:
        user = actor_of(assistant, request, lg)
        if not who:
            return alert(L("coach.choose_person", lg)), KEEP, KEEP
        try:
            made = assistant.coaching.conversation(who, plan_kind, user, lg)
            folder = Path(tempfile.mkdtemp(dir=get_upload_folder()))
            path = assistant.coaching.conversation_docx(made, folder / f"{plan_kind}-{who}.docx")
        except AssistantError as exc:
            return alert(exc.message(lg)), KEEP, KEEP
        return "", plan_text(made), str(path)

    goal_send.click(goal, [goal_input, goal_chat, session, lang], [goal_chat, goal_input, session, goal_message],
                    api_name="coach_goal")  # fmt: skip
    goal_input.submit(goal, [goal_input, goal_chat, session, lang], [goal_chat, goal_input, session, goal_message],
                      api_visibility="private")  # fmt: skip
    goal_new.click(lambda: ([], None, ""), None, [goal_chat, session, goal_message], api_visibility="private")
    check.click(feedback, [notes, about, lang], [feedback_message, marked, sbi], api_name="coach_feedback")
    make.click(make_plan, [plan_about, kind, lang], [plan_message, plan, docx], api_name="coach_plan")

    def people(lg: Lang, who: Actor) -> Any:
        try:
            choices = [(f"{name} ({pid})", pid) for pid, name in assistant.coaching.coachees(who)]
        except AssistantError:
            choices = []
        return gr.update(choices=choices, value=None, label=L("coach.about", lg))

    return TabUI(tab, [
        (goals_box, lambda lg, _: gr.update(label=L("coach.goals", lg))),
        (goal_chat, lambda lg, _: gr.update(label=L("coach.goals", lg))),
        (goal_input, lambda lg, _: gr.update(label=L("coach.goal_input", lg), placeholder=L("coach.goal_hint", lg))),
        (goal_send, lambda lg, _: gr.update(value=L("coach.send", lg))),
        (goal_new, lambda lg, _: gr.update(value=L("coach.new", lg))),
        (feedback_box, lambda lg, _: gr.update(label=L("coach.feedback", lg))),
        (notes, lambda lg, _: gr.update(label=L("coach.notes", lg), placeholder=L("coach.notes_hint", lg))),
        (about, people),
        (check, lambda lg, _: gr.update(value=L("coach.check", lg))),
        (plans_box, lambda lg, who: gr.update(label=L("coach.plans", lg), visible=who.role != "employee")),
        (plan_about, people),
        (kind, lambda lg, _: gr.update(label=L("coach.kind", lg),
                                       choices=[(t(f"coach.kind.{k}", lg), k) for k in KINDS])),
        (make, lambda lg, _: gr.update(value=L("coach.make_plan", lg))),
        (docx, lambda lg, _: gr.update(label=L("coach.docx", lg))),
    ])  # fmt: skip


SPEC = TabSpec("coach", frozenset({"employee", "manager", "hrbp", "hr_admin"}), build)
