"""The app's tabs, one module each. A tab declares the roles that see it and builds its components; the
registry order is the tab order. A later capability (coaching, drafting, analytics) adds a module here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from assistant.access.actor import Actor
from assistant.api import Assistant
from assistant.i18n import Lang


@dataclass
class TabUI:
    """What a built tab hands back: its Tab, and the components to relabel when the language changes."""

    tab: gr.Tab
    # component, and its update for a language and the signed-in user (a label; visibility by role)
    relabel: list[tuple[Any, Callable[[Lang, Actor], Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class TabSpec:
    key: str  # ui.tab.<key>
    roles: frozenset[str]
    build: Callable[[Assistant, gr.State], TabUI]


def registry() -> list[TabSpec]:
    from ui.tabs import admin, analytics, ask, coach, draft, okr

    return [ask.SPEC, okr.SPEC, coach.SPEC, draft.SPEC, analytics.SPEC, admin.SPEC]
