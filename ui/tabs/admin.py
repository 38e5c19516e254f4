"""Admin (HR admins): upload documents into the knowledge base with progress and a result per file, import
Lark files, see the index status, check the LLM endpoint, read the audit log of private reads. The API refuses anyone else, whatever the UI shows."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.i18n import Lang, t
from ui.labels import L, actor_of, alert, uploaded
from ui.tabs import TabSpec, TabUI

AUDIT_COLUMNS = ("at", "viewer", "subject", "record", "count", "entry")
DOC_TYPES = [".md", ".markdown", ".txt", ".docx", ".pdf", ".html", ".htm"]


def build(assistant: Assistant, lang: gr.State) -> TabUI:
    uploads = assistant.settings.home / "uploads"
    with gr.Tab(L("tab.admin", "en"), id="admin", visible=False) as tab:
        docs = gr.File(label=L("admin.docs", "en"), file_count="multiple", file_types=DOC_TYPES, type="filepath",
                       elem_id="admin-docs")  # fmt: skip
        scope = gr.Textbox(label=L("admin.scope", "en"), value="all", elem_id="admin-scope")
        ingest = gr.Button(L("admin.ingest", "en"), variant="primary", elem_id="admin-ingest")
        docs_message = gr.HTML(elem_id="admin-docs-message")
        results = gr.Dataframe(headers=[L(f"admin.col.{c}", "en") for c in ("file", "status", "chunks", "message")],
                               interactive=False, wrap=True, elem_id="admin-results", label=L("admin.results", "en"))  # fmt: skip
        lark = gr.File(
            label=L("admin.lark", "en"), file_types=[".json"], type="filepath", elem_id="admin-lark"
        )
        do_import = gr.Button(L("admin.import", "en"), elem_id="admin-import")
        imported = gr.HTML(elem_id="admin-imported")
        with gr.Row():
            refresh = gr.Button(L("admin.refresh", "en"), elem_id="admin-refresh")
            llm = gr.Button(L("admin.llm", "en"), elem_id="admin-llm")
        status = gr.Markdown(elem_id="admin-status")
        audit = gr.Button(L("admin.audit", "en"), elem_id="admin-audit")
        audit_rows = gr.Dataframe(headers=[t(f"audit.col.{c}", "en") for c in AUDIT_COLUMNS], interactive=False,
                                  elem_id="admin-audit-rows", label=L("admin.audit_log", "en"))  # fmt: skip

    def add_documents(
        paths: list[str] | None,
        scope_text: str,
        lg: Lang,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),
    ) -> tuple[Any, str]:
        user = actor_of(assistant, request, lg)
        if not paths:
            return gr.update(), alert(L("admin.no_files", lg))
        files_in = [uploaded(p, lg) for p in paths]
        try:
            assistant.knowledge.require_admin(user)  # refused before anything is written
        except AssistantError as exc:
            return gr.update(), alert(exc.message(lg))
        uploads.mkdir(parents=True, exist_ok=True)
        kept = []
        for p in files_in:  # a stable path per document name, so re-uploading replaces it in the index
            target = uploads / p.name
            shutil.copyfile(p, target)
            p.unlink(missing_ok=True)
            kept.append(str(target))
        progress(0, desc=L("progress.ingest", lg))

        def report(path: str, done: int, total: int) -> None:
            progress((done, total), desc=f"{L('progress.ingest', lg)}: {Path(path).name}")

        try:
            files = assistant.knowledge.ingest(kept, user, scope_text.strip() or "all", report)
        except AssistantError as exc:
            return gr.update(), alert(exc.message(lg))
        return [[Path(r.path).name, t(f"ingest.{r.status}", lg), r.chunks, r.message(lg)] for r in files], ""

    def import_lark(path: str | None, lg: Lang, request: gr.Request) -> str:
        user = actor_of(assistant, request, lg)
        if not path:
            return alert(L("admin.no_files", lg))
        file = uploaded(path, lg)
        try:
            report = assistant.hris.import_lark([file], user)
        except AssistantError as exc:
            return alert(exc.message(lg))
        finally:
            file.unlink(missing_ok=True)
        return alert(report.summary(lg), "info")

    def index_status(lg: Lang, request: gr.Request) -> str:
        try:
            info = assistant.knowledge.status(actor_of(assistant, request, lg))
        except AssistantError as exc:
            return alert(exc.message(lg))
        languages = ", ".join(f"{k} {v}" for k, v in info["languages"].items()) or "-"
        return t("index.status", lg, documents=info["documents"], chunks=info["chunks"], pending=info["pending"], stale=info["stale"],
                 languages=languages, last=info["last_build"] or "-")  # fmt: skip

    def check_llm(lg: Lang, request: gr.Request) -> str:
        try:
            report = assistant.llm.check(actor_of(assistant, request, lg))
        except AssistantError as exc:
            return alert(exc.message(lg))
        if report is None:
            return L("admin.no_llm", lg)
        return "\n".join(f"- {p.name}: {'✓' if p.ok else '✗'} {p.detail}" for p in report.probes)

    def audit_log(lg: Lang, request: gr.Request) -> Any:
        try:
            rows = assistant.audit.entries(actor_of(assistant, request, lg))
        except AssistantError as exc:
            raise gr.Error(exc.message(lg)) from None
        return gr.update(value=[[r.at.strftime("%Y-%m-%d %H:%M"), r.viewer_id, r.subject_id, r.record, r.count, r.entry]
                                for r in rows], headers=[t(f"audit.col.{c}", lg) for c in AUDIT_COLUMNS])  # fmt: skip

    ingest.click(add_documents, [docs, scope, lang], [results, docs_message], api_name="admin_ingest")
    do_import.click(import_lark, [lark, lang], imported, api_name="admin_import")
    refresh.click(index_status, [lang], status, api_name="admin_status")
    llm.click(check_llm, [lang], status, api_name="admin_llm")
    audit.click(audit_log, [lang], audit_rows, api_name="admin_audit")
    return TabUI(tab, [
        (docs, lambda lg, _: gr.update(label=L("admin.docs", lg))),
        (scope, lambda lg, _: gr.update(label=L("admin.scope", lg))),
        (ingest, lambda lg, _: gr.update(value=L("admin.ingest", lg))),
        (results, lambda lg, _: gr.update(label=L("admin.results", lg),
                                       headers=[L(f"admin.col.{c}", lg) for c in ("file", "status", "chunks", "message")])),
        (lark, lambda lg, _: gr.update(label=L("admin.lark", lg))),
        (do_import, lambda lg, _: gr.update(value=L("admin.import", lg))),
        (refresh, lambda lg, _: gr.update(value=L("admin.refresh", lg))),
        (llm, lambda lg, _: gr.update(value=L("admin.llm", lg))),
        (audit, lambda lg, _: gr.update(value=L("admin.audit", lg))),
        (audit_rows, lambda lg, _: gr.update(label=L("admin.audit_log", lg),
                                          headers=[t(f"audit.col.{c}", lg) for c in AUDIT_COLUMNS])),
    ])  # fmt: skip


SPEC = TabSpec("admin", frozenset({"hr_admin"}), build)
