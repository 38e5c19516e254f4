"""Any OpenAI-compatible chat endpoint (OpenAI, Azure, DeepSeek, Qwen, vLLM, Ollama, llama.cpp) through
langchain-openai. Retries 429 (honouring Retry-After) and 5xx with backoff; never retries a refused
connection or a timeout, so a down endpoint costs one connect timeout at most."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import openai
from langchain_core.messages import AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from assistant.llm.backends import register_backend
from assistant.llm.backends.base import BackendError, Capabilities
from assistant.llm.types import Usage


def _sdk_http() -> ModuleType:
    """The HTTP library the installed openai SDK is built on (httpx before 3.0, httpx2 from 3.0, same API):
    its timeouts and errors are the ones to pass and to catch."""
    client = next(c for c in openai.DefaultHttpxClient.__mro__ if c.__name__ == "Client")
    return importlib.import_module(client.__module__.partition(".")[0])


httpx = _sdk_http()


@dataclass
class Reply:
    text: str
    usage: Usage
    finish_reason: str | None


def _reason(exc: BaseException) -> BackendError:
    if isinstance(exc, openai.APITimeoutError):
        return BackendError("timeout", str(exc))
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        if isinstance(cause, httpx.TimeoutException):
            return BackendError("timeout", str(cause))
        if isinstance(cause, httpx.RemoteProtocolError | httpx.ReadError):
            return BackendError("truncated", str(cause))
        return BackendError("unreachable", str(exc))
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return BackendError("auth", str(exc))
    if isinstance(exc, openai.NotFoundError):
        return BackendError("model_not_found", str(exc))
    if isinstance(exc, openai.RateLimitError):
        return BackendError("rate_limited", str(exc))
    if isinstance(exc, openai.APIStatusError):
        return BackendError("server_error" if exc.status_code >= 500 else "bad_request", str(exc))
    if isinstance(exc, httpx.TimeoutException):
        return BackendError("timeout", str(exc))
    if isinstance(exc, httpx.TransportError):
        return BackendError("truncated", str(exc))
    return BackendError("server_error", f"{type(exc).__name__}: {exc}")


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class OpenAICompatBackend:
    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 3.0,
        max_retries: int = 2,
        max_retry_wait: float = 10.0,
        temperature: float = 0.2,
        max_output_tokens: int = 1024,
        structured: str = "json_mode",
    ) -> None:
        self.model = model
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self.structured = structured
        self.capabilities = Capabilities(
            streaming=True,
            json_schema=structured == "json_schema",
            json_mode=structured in ("json_mode", "json_schema"),
        )
        # ``max_tokens``, which every compatible server knows (langchain would send max_completion_tokens,
        # which llama.cpp and others ignore).
        self.extra_body: dict[str, Any] = {"max_tokens": max_output_tokens}
        self.chat = ChatOpenAI(
            model=model,
            base_url=base_url,
            api_key=api_key or "not-needed",
            timeout=httpx.Timeout(timeout, connect=connect_timeout),
            max_retries=0,  # retries are ours: see _with_retries
            temperature=temperature,
            stream_usage=True,
        )

    @staticmethod
    def messages(system: str, user: str, history: list[tuple[str, str]] = ()) -> list[BaseMessage]:  # type: ignore[assignment]
        return [SystemMessage(system), HumanMessage(user)]

    def _bound(self, schema: dict[str, Any] | None) -> Any:
        """The chat model with our request options. response_format goes in the body directly, so that
        langchain's structured-output path (which drops streamed usage) is not taken."""
        body = dict(self.extra_body)
        if schema is not None and self.structured == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": schema},
            }
        elif schema is not None and self.structured == "json_mode":
            body["response_format"] = {"type": "json_object"}
        return self.chat.bind(extra_body=body)

    def _with_retries(self, call: Any) -> Any:
        attempt = 0
        while True:
            try:
                return call()
            except (openai.RateLimitError, openai.InternalServerError) as exc:
                attempt += 1
                if attempt > self.max_retries:
                    raise _reason(exc) from exc
                wait = _retry_after(exc) or 0.5 * 2 ** (attempt - 1)
                if wait > self.max_retry_wait:
                    raise _reason(exc) from exc
                time.sleep(wait)
            except BackendError:
                raise
            except Exception as exc:
                raise _reason(exc) from exc

    def complete(self, messages: list[BaseMessage], schema: dict[str, Any] | None = None) -> Reply:
        """One reply, read as a stream so that a cut-off reply is noticed."""
        return self._with_retries(lambda: self._collect(self._bound(schema).stream(messages)))

    def stream(self, messages: list[BaseMessage]) -> Iterator[str]:
        """Text chunks as they arrive (used by ``llm check`` to time the first token)."""
        try:
            for chunk in self._bound(None).stream(messages):
                if chunk.content:
                    yield str(chunk.content)
        except Exception as exc:
            raise _reason(exc) from exc

    @staticmethod
    def _collect(chunks: Iterator[AIMessageChunk]) -> Reply:
        parts: list[str] = []
        finish = None
        usage = Usage()
        for chunk in chunks:
            if chunk.content:
                parts.append(str(chunk.content))
            finish = chunk.response_metadata.get("finish_reason") or finish
            if chunk.usage_metadata:
                usage = Usage(
                    prompt_tokens=chunk.usage_metadata.get("input_tokens", 0),
                    completion_tokens=chunk.usage_metadata.get("output_tokens", 0),
                )
        if finish is None:
            raise BackendError("truncated", "the stream ended without a finish reason")
        return Reply("".join(parts), usage, finish)


@register_backend("openai")
def _factory(**settings: Any) -> OpenAICompatBackend:
    return OpenAICompatBackend(**settings)
