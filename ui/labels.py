"""UI text from the one catalogue, and helpers every tab uses."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.utils import get_upload_folder

from assistant.access.actor import Actor
from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang, t


def L(key: str, lang: Lang, **params: Any) -> str:
    return t(f"ui.{key}", lang, **params)


def user_of(request: gr.Request) -> str:
    """The logged-in employee id (set by the app's auth dependency); the app refuses anonymous requests."""
    if not request or not request.username:
        raise gr.Error("not logged in")
    return request.username


def actor_of(assistant: Assistant, request: gr.Request, lang: Lang) -> Actor:
    """The logged-in user with role and scope, resolved once per request and handed to the services."""
    try:
        return assistant.actor(user_of(request)).through("web")
    except AssistantError as exc:
        raise friendly(exc, lang) from None


def alert(message: str, kind: str = "error") -> str:
    """A message shown next to the control it concerns (an HTML block; never a pop-up over the page)."""
    body = "<br>".join(html.escape(line) for line in message.strip().splitlines())
    role = ' role="alert"' if kind == "error" else ""
    return f'<div class="inline-{kind}"{role}>{body}</div>'


def friendly(exc: AssistantError, lang: Lang) -> gr.Error:
    """A user-facing error in the user's language (never a stack trace)."""
    return gr.Error(exc.message(lang), print_exception=False)


def uploaded(path: str, lang: Lang) -> Path:
    """A file the user uploaded through this app: inside Gradio's upload folder and nowhere else (a client can
    send any path as a file input; this refuses everything but real uploads)."""
    resolved = Path(path).resolve()
    if Path(get_upload_folder()).resolve() not in resolved.parents:
        raise gr.Error(L("upload_refused", lang), print_exception=False)
    return resolved
