"""The one generation interface every feature uses.

``Generator.generate(request, checker)`` returns a verified result: from the LLM when one is configured and
its output passes every check (after at most one repair request), otherwise from the offline engine, with the
reason it fell back. ``Generator.stream`` yields the same result as text chunks; LLM text is released only
after it has been verified."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assistant.hris.db import Database
from assistant.llm.backends import OfflineEngine, make_backend
from assistant.llm.backends.base import BackendError
from assistant.llm.cache import ResponseCache
from assistant.llm.prompts import render, system_prompt
from assistant.llm.tokens import count_tokens, fit_by_relevance
from assistant.llm.types import Checker, GenerationRequest, GenerationResult, Usage
from assistant.llm.usage import UsageLedger
from assistant.llm.verify import active_content_complaints, forbidden_complaints, parse_json
from assistant.settings import Settings


@dataclass
class Delta:
    text: str


@dataclass
class Done:
    result: GenerationResult


_CHUNK = re.compile(r"[^。！？.!?\n]*[。！？.!?\n]+|[^。！？.!?\n]+$")


def pieces(text: str) -> list[str]:
    """``text`` cut after each sentence or line end: the pieces a stream releases."""
    return _CHUNK.findall(text)


class Generator:
    def __init__(self, settings: Settings, db: Database | None = None) -> None:
        self.settings = settings
        self.offline = OfflineEngine()
        self.backend = None
        if settings.llm.base_url:
            self.backend = make_backend(
                "openai", base_url=settings.llm.base_url, model=settings.llm.model,
                api_key=settings.llm.api_key.get_secret_value() if settings.llm.api_key else None,
                timeout=settings.llm.timeout, connect_timeout=settings.llm.connect_timeout,
                max_retries=settings.llm.max_retries, max_retry_wait=settings.llm.max_retry_wait,
                temperature=settings.llm.temperature, max_output_tokens=settings.llm.max_output_tokens,
                structured=settings.llm.structured,
            )  # fmt: skip
        self.cache = ResponseCache(settings.cache_dir / "llm" if settings.llm.cache else None)
        self.ledger = UsageLedger(db, settings.llm.daily_token_budget)

    # --- the interface ------------------------------------------------------------------------
    def generate(self, request: GenerationRequest, checker: Checker | None = None) -> GenerationResult:
        start = time.perf_counter()
        if self.backend is None:
            result = self.offline.run(request)
        else:
            try:
                result = self._llm(request, checker)
            except BackendError as exc:
                result = self.offline.run(request).model_copy(
                    update={"fallback_reason": f"llm.fallback.{exc.reason}"}
                )
        result = result.model_copy(update={"latency_ms": (time.perf_counter() - start) * 1000})
        self.ledger.record(request.task, result)
        return result

    def stream(self, request: GenerationRequest, checker: Checker | None = None) -> Iterator[Delta | Done]:
        result = self.generate(request, checker)
        for piece in pieces(result.text):
            yield Delta(piece)
        yield Done(result)

    # --- the LLM path ---------------------------------------------------------------------------
    def _messages(self, request: GenerationRequest) -> tuple[str, str, int]:
        """System and user prompt, with passages dropped (least relevant first) to fit the window."""
        s = self.settings
        system = system_prompt(request.lang)
        window = min(s.llm.context_window, s.llm.request_token_budget) - s.llm.max_output_tokens
        fixed = count_tokens(
            system + render(request.task, request.lang, **{**request.inputs, "passages": []}), s.llm.model
        )
        sizes = [(p.score, count_tokens(p.text, s.llm.model) + 12) for p in request.passages]
        keep = fit_by_relevance(fixed, sizes, window)
        passages = [request.passages[i] for i in keep]
        user = render(request.task, request.lang, **{**request.inputs, "passages": passages})
        if request.passages and not passages:
            raise BackendError("budget_request", "no passage fits the context window")
        return system, user, fixed + sum(sizes[i][1] for i in keep)

    def _llm(self, request: GenerationRequest, checker: Checker | None) -> GenerationResult:
        assert self.backend is not None
        system, user, prompt_tokens = self._messages(request)
        if prompt_tokens + self.settings.llm.max_output_tokens > self.settings.llm.request_token_budget:
            raise BackendError("budget_request")
        if not self.ledger.allows(prompt_tokens + self.settings.llm.max_output_tokens):
            raise BackendError("budget_daily")
        schema = request.output.model_json_schema() if request.output else None
        reply, usage, cached = self._ask(system, user, schema, [])
        candidate, complaints = self._check(reply, request, checker, usage, cached, user)
        if complaints:
            repair = render("repair", request.lang, complaints=complaints, previous=reply)
            reply, more, cached = self._ask(system, user, schema, [(reply, repair)])
            usage = Usage(prompt_tokens=usage.prompt_tokens + more.prompt_tokens,
                          completion_tokens=usage.completion_tokens + more.completion_tokens)  # fmt: skip
            candidate, complaints = self._check(reply, request, checker, usage, cached, user)
        if complaints:
            parsed = request.output is None or candidate is not None
            raise BackendError("failed_verification" if parsed else "invalid_output", "; ".join(complaints))
        assert candidate is not None
        return candidate

    def _ask(
        self, system: str, user: str, schema: dict[str, Any] | None, turns: list[tuple[str, str]]
    ) -> tuple[str, Usage, bool]:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        assert self.backend is not None
        key = self.cache.key(self.backend.model, [("system", system), ("user", user), *turns], schema)
        hit = self.cache.get(key)
        if hit is not None:
            return hit["text"], Usage(**hit["usage"]), True
        msgs: list[Any] = [SystemMessage(system), HumanMessage(user)]
        for previous, repair in turns:
            msgs += [AIMessage(previous), HumanMessage(repair)]
        reply = self.backend.complete(msgs, schema)
        usage = reply.usage
        if usage.total == 0:  # some servers (llama-cpp-python) report no usage when streaming: estimate it
            model = self.settings.llm.model
            usage = Usage(prompt_tokens=sum(count_tokens(m.content, model) for m in msgs),  # type: ignore[arg-type]
                          completion_tokens=count_tokens(reply.text, model))  # fmt: skip
        self.cache.put(key, {"text": reply.text, "usage": usage.model_dump()})
        return reply.text, usage, False

    def _check(
        self, reply: str, request: GenerationRequest, checker: Checker | None, usage: Usage, cached: bool,
        prompt: str,
    ) -> tuple[GenerationResult | None, list[str]]:  # fmt: skip
        data = None
        if request.output is not None:
            data, complaints = parse_json(reply, request.output)
            if data is None:
                return None, complaints
        text = getattr(data, "answer", None) or getattr(data, "text", None) or reply
        assert self.backend is not None
        candidate = GenerationResult(text=str(text), data=data, engine="llm", model=self.backend.model,
                                     usage=usage, cached=cached)  # fmt: skip
        complaints = forbidden_complaints(reply, request.forbidden) + active_content_complaints(reply, prompt)
        if checker is not None:
            complaints += checker(candidate, request)
        return candidate, complaints
