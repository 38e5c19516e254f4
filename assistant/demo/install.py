"""Writes the demo company into a database and its manifest into the home folder."""

from __future__ import annotations

import json
from typing import Any

from assistant.api import Assistant
from assistant.demo.generator import build_demo
from assistant.errors import AssistantError
from assistant.hris.batch import commit_batch

MANIFEST = "demo_manifest.json"


def install_demo(assistant: Assistant, reuse: bool) -> tuple[list[dict[str, str]], dict[str, int]]:
    """(demo accounts, row counts). With ``reuse``, an already installed demo is left as it is."""
    path = assistant.settings.home / MANIFEST
    if reuse:
        if not path.exists():
            raise AssistantError("error.demo_exists", home=str(assistant.settings.home))
        manifest = json.loads(path.read_text(encoding="utf-8"))
        return manifest["accounts"], manifest["counts"]
    assistant.db.reset()
    assistant.ensure_schema()
    demo = build_demo()
    with assistant.db.transaction() as s:
        commit_batch(s, demo.batch)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(demo.manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return demo.accounts, demo.manifest["counts"]


def load_manifest(assistant: Assistant) -> dict[str, Any]:
    path = assistant.settings.home / MANIFEST
    if not path.exists():
        raise AssistantError("error.no_demo", home=str(assistant.settings.home))
    return json.loads(path.read_text(encoding="utf-8"))
