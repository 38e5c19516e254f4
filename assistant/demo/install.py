"""Writes the demo company into a database and its manifest into the home folder."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.knowledge.ingest import Progress

from assistant.api import Assistant
from assistant.demo.bank import KNOWLEDGE_DIR
from assistant.demo.generator import build_demo
from assistant.errors import AssistantError
from assistant.hris.batch import commit_batch

MANIFEST = "demo_manifest.json"
DEMO_PASSWORD = "bridgecart-demo"  # shown on the log-in page of a demo installation
POLICIES = KNOWLEDGE_DIR / "policies"


def install_demo(
    assistant: Assistant, reuse: bool, progress: Progress | None = None
) -> tuple[list[dict[str, str]], dict[str, int]]:
    """(demo accounts, row counts): the company's records and its policies in the knowledge index. With
    ``reuse``, an already installed demo is left as it is."""
    path = assistant.settings.home / MANIFEST
    if reuse:
        if not path.exists():
            raise AssistantError("error.demo_exists", home=str(assistant.settings.home))
        manifest = json.loads(path.read_text(encoding="utf-8"))
        for account in manifest["accounts"]:  # a demo built before log-in existed gets its passwords now
            if not assistant.accounts.has_password(account["id"]):
                assistant.accounts.set_password(account["id"], DEMO_PASSWORD, assistant.actor(account["id"]))
        return manifest["accounts"], manifest["counts"]
    assistant.core.db.reset()
    assistant.core.ensure_schema()
    demo = build_demo()
    with assistant.core.db.data_transaction() as s:
        commit_batch(s, demo.batch)
    for account in demo.accounts:  # the demo accounts can log in to the web app
        assistant.accounts.set_password(account["id"], DEMO_PASSWORD, assistant.actor(account["id"]))
    assistant.core.data_changed()
    admin = assistant.actor(next(a["id"] for a in demo.accounts if a["role"] == "hr_admin"))
    results = assistant.knowledge.ingest([str(POLICIES)], admin, progress=progress)
    failed = [r for r in results if r.status == "error"]
    if failed:
        raise AssistantError(
            "error.demo_documents", details="; ".join(f"{r.path}: {r.message()}" for r in failed)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(demo.manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return demo.accounts, demo.manifest["counts"]


def load_manifest(assistant: Assistant) -> dict[str, Any]:
    path = assistant.settings.home / MANIFEST
    if not path.exists():
        raise AssistantError("error.no_demo", home=str(assistant.settings.home))
    return json.loads(path.read_text(encoding="utf-8"))
