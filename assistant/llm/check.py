"""``hr-assistant llm check``: what the configured endpoint can do, measured."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import openai
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from assistant.llm.backends.base import BackendError
from assistant.llm.backends.openai_compat import OpenAICompatBackend, _reason
from assistant.llm.verify import parse_json
from assistant.settings import Settings


class _Ok(BaseModel):
    ok: bool


@dataclass
class Probe:
    name: str
    ok: bool
    detail: str = ""
    ms: float | None = None


@dataclass
class CheckReport:
    base_url: str
    model: str
    probes: list[Probe] = field(default_factory=list)
    context_window: int | None = None

    @property
    def usable(self) -> bool:
        return any(p.name == "chat" and p.ok for p in self.probes)

    def as_dict(self) -> dict[str, Any]:
        return {"base_url": self.base_url, "model": self.model, "usable": self.usable,
                "context_window": self.context_window,
                "probes": [p.__dict__ for p in self.probes]}  # fmt: skip


def _timed(name: str, fn: Any) -> Probe:
    start = time.perf_counter()
    try:
        detail = fn()
        return Probe(name, True, detail, (time.perf_counter() - start) * 1000)
    except BackendError as exc:
        return Probe(name, False, f"{exc.reason}: {exc.detail[:160]}", (time.perf_counter() - start) * 1000)
    except Exception as exc:
        err = _reason(exc)
        return Probe(name, False, f"{err.reason}: {err.detail[:160]}", (time.perf_counter() - start) * 1000)


def check_endpoint(settings: Settings) -> CheckReport:
    if not settings.llm.base_url:
        raise ValueError("no endpoint configured")
    report = CheckReport(settings.llm.base_url, settings.llm.model)
    key = settings.llm.api_key.get_secret_value() if settings.llm.api_key else "not-needed"
    client = openai.OpenAI(base_url=settings.llm.base_url, api_key=key, timeout=settings.llm.connect_timeout + 5,
                           max_retries=0)  # fmt: skip

    def models() -> str:
        listed = client.models.list()
        ids = [m.id for m in listed.data]
        for m in listed.data:
            extra = m.model_extra or {}
            size = (
                extra.get("max_model_len")
                or extra.get("context_length")
                or (extra.get("meta") or {}).get("n_ctx_train")
            )
            if (m.id == settings.llm.model and size) or (size and report.context_window is None):
                report.context_window = int(size)
        found = settings.llm.model in ids
        return f"{len(ids)} model(s); {settings.llm.model!r} {'listed' if found else 'not listed'}"

    backend = OpenAICompatBackend(
        base_url=settings.llm.base_url, model=settings.llm.model, api_key=key, timeout=settings.llm.timeout,
        connect_timeout=settings.llm.connect_timeout, max_retries=0, max_output_tokens=64, temperature=0.0,
    )  # fmt: skip
    msgs = [SystemMessage("You are a test probe."), HumanMessage("Reply with the single word OK.")]

    def chat() -> str:
        return repr(backend.complete(msgs).text[:40])

    def streaming() -> str:
        start, first, chunks = time.perf_counter(), None, 0
        for _ in backend.stream(msgs):
            chunks += 1
            first = first or (time.perf_counter() - start) * 1000
        return f"{chunks} chunk(s), first after {first or 0:.0f} ms"

    def json_output(mode: str) -> Any:
        probe = OpenAICompatBackend(
            base_url=settings.llm.base_url, model=settings.llm.model, api_key=key, timeout=settings.llm.timeout,
            connect_timeout=settings.llm.connect_timeout, max_retries=0, max_output_tokens=256, structured=mode,
            temperature=0.0,
        )  # fmt: skip
        schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
        ask = [SystemMessage("Reply in JSON."), HumanMessage('Reply with the JSON object {"ok": true}.')]

        def run() -> str:
            text = probe.complete(ask, schema).text
            try:
                json.loads(text)
            except json.JSONDecodeError:
                _, complaints = parse_json(text, _Ok)
                raise BackendError("invalid_output", complaints[0] if complaints else text[:80]) from None
            return "valid JSON"

        return run

    report.probes.append(_timed("models", models))
    report.probes.append(_timed("chat", chat))
    report.probes.append(_timed("streaming", streaming))
    report.probes.append(_timed("json_mode", json_output("json_mode")))
    report.probes.append(_timed("json_schema", json_output("json_schema")))
    return report
