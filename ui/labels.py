"""UI text from the one catalogue, and helpers every tab uses."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.errors import AssistantError
from assistant.i18n import Lang, t


def L(key: str, lang: Lang, **params: Any) -> str:
    return t(f"ui.{key}", lang, **params)


def user_of(request: gr.Request) -> str:
    """The logged-in employee id (set by the app's auth dependency); the app refuses anonymous requests."""
    if not request or not request.username:
        raise gr.Error("not logged in")
    return request.username


def friendly(exc: AssistantError, lang: Lang) -> gr.Error:
    """A user-facing error in the user's language (never a stack trace)."""
    return gr.Error(exc.message(lang), print_exception=False)
