"""Ask: streaming answers from the company's documents and the user's past cycles, each citation expanding
to the passage it quotes; follow-ups keep the conversation; thumbs up/down are stored for evals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.access.actor import Actor
from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang
from assistant.knowledge.answering import Conversation, cited_passages
from ui.labels import L, actor_of, alert
from ui.tabs import TabSpec, TabUI


def fresh() -> dict[str, Any]:
    return {"conversation": Conversation(), "last": None}


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    with gr.Tab(L("tab.ask", "en"), id="ask", visible=False) as tab:
        conv = gr.State(fresh)
        landing = gr.Markdown(elem_id="landing", elem_classes=["landing"])
        suggestions = gr.Dataset(components=[gr.Textbox(visible=False)], samples=[], label=L("ask.suggested", "en"),
                                 elem_id="suggestions", samples_per_page=6)  # fmt: skip
        chat = gr.Chatbot(label=L("ask.chat", "en"), elem_id="chat", height=460, sanitize_html=True)
        with gr.Row():
            question = gr.Textbox(label=L("ask.question", "en"), placeholder=L("ask.placeholder", "en"),
                                  elem_id="question", scale=5, lines=1)  # fmt: skip
            send = gr.Button(L("ask.send", "en"), variant="primary", elem_id="send", scale=1)
        with gr.Row():
            up = gr.Button(L("ask.up", "en"), elem_id="thumbs-up", size="sm")
            down = gr.Button(L("ask.down", "en"), elem_id="thumbs-down", size="sm")
            new = gr.Button(L("ask.new", "en"), elem_id="new-chat", size="sm")
        note = gr.Markdown(elem_id="feedback-note")
        message = gr.HTML(elem_id="ask-message")

    def respond(message: str, history: list, state: dict, lg: Lang, request: gr.Request) -> Iterator[tuple]:
        user = actor_of(assistant, request, lg)
        history = list(history or [])
        if not (message or "").strip():
            yield history, message, state, alert(L("ask.empty", lg))  # type: ignore[arg-type]
            return
        history += [{"role": "user", "content": message}, {"role": "assistant", "content": ""}]
        yield history, "", state, ""
        result = None
        try:
            for item in assistant.knowledge.ask_stream(message, user, lg, state["conversation"]):
                if isinstance(item, str):
                    history[-1]["content"] += item
                    yield history, "", state, ""
                else:
                    result = item
        except AssistantError as exc:  # the question stays in the box; the message says what to do
            history = history[:-2]
            yield history, message, state, alert(exc.message(lg))  # type: ignore[arg-type]
            return
        assert result is not None
        if result.notice:
            history.append({"role": "assistant", "content": result.notice})
        for n, c in cited_passages(result):
            passage = assistant.knowledge.passage_containing(c.source, c.quote, user) or c.quote
            title = (
                L("ask.source", lg, n=n, source=c.title, heading=c.heading)
                if c.heading  # type: ignore[arg-type]
                else L("ask.source_title", lg, n=n, source=c.title)
            )  # type: ignore[arg-type]
            history.append(
                {"role": "assistant", "content": passage, "metadata": {"title": title, "status": "done"}}
            )
        state = {**state, "last": (message, result)}
        yield history, "", state, ""

    def rate(helpful: bool, state: dict, lg: Lang, request: gr.Request) -> str:
        user = actor_of(assistant, request, lg)
        if not state.get("last"):
            return L("ask.nothing_to_rate", lg)  # type: ignore[arg-type]
        question, result = state["last"]
        try:
            assistant.knowledge.record_feedback(user, question, result, helpful)
        except AssistantError as exc:
            return exc.message(lg)  # type: ignore[arg-type]
        return L("ask.thanks", lg)  # type: ignore[arg-type]

    def rate_up(state: dict, lg: str, request: gr.Request) -> str:
        return rate(True, state, lg, request)

    def rate_down(state: dict, lg: str, request: gr.Request) -> str:
        return rate(False, state, lg, request)

    asked = [chat, question, conv, message]
    send.click(respond, [question, chat, conv, lang], asked, api_name="ask")
    question.submit(respond, [question, chat, conv, lang], asked, api_visibility="private")
    suggestions.click(lambda sample: sample[0], suggestions, question, api_visibility="private").then(
        respond, [question, chat, conv, lang], asked, api_visibility="private")  # fmt: skip
    up.click(rate_up, [conv, lang], note, api_name="thumbs_up")
    down.click(rate_down, [conv, lang], note, api_name="thumbs_down")
    new.click(lambda: ([], fresh(), ""), None, [chat, conv, note], api_visibility="private")

    def landing_text(lg: Lang, who: Actor) -> str:
        return L(f"landing.{who.role}", lg, name=who.name)

    def suggested(lg: Lang, who: Actor) -> Any:
        try:
            questions = assistant.knowledge.suggestions(who, lg)
        except AssistantError:
            questions = []
        return gr.update(
            samples=[[q] for q in questions], label=L("ask.suggested", lg), visible=bool(questions)
        )

    return TabUI(tab, [
        (landing, lambda lg, who: gr.update(value=landing_text(lg, who))),
        (suggestions, suggested),
        (chat, lambda lg, _: gr.update(label=L("ask.chat", lg))),
        (question, lambda lg, _: gr.update(label=L("ask.question", lg), placeholder=L("ask.placeholder", lg))),
        (send, lambda lg, _: gr.update(value=L("ask.send", lg))),
        (up, lambda lg, _: gr.update(value=L("ask.up", lg))),
        (down, lambda lg, _: gr.update(value=L("ask.down", lg))),
        (new, lambda lg, _: gr.update(value=L("ask.new", lg))),
    ])  # fmt: skip


SPEC = TabSpec("ask", frozenset({"employee", "manager", "hrbp", "hr_admin"}), build)
