"""The offline engine: deterministic, no model. Each task has a composer that builds the result from the
request's passages, rule findings and bilingual templates only; it never states a fact not in its inputs.
Features register their composers with :func:`composer`."""

from __future__ import annotations

from collections.abc import Callable

from assistant.llm.backends.base import Capabilities
from assistant.llm.types import GenerationRequest, GenerationResult, TextOut

Composer = Callable[[GenerationRequest], GenerationResult]
_COMPOSERS: dict[str, Composer] = {}


def composer(task: str) -> Callable[[Composer], Composer]:
    def register(fn: Composer) -> Composer:
        _COMPOSERS[task] = fn
        return fn

    return register


def passthrough(task: str) -> None:
    """Register, for ``task``, a composer that returns the request's ``offline`` input as the result: for tasks
    whose offline answer is computed before the request (rewrites, drafts), which an LLM may only reword."""

    def compose(request: GenerationRequest) -> GenerationResult:
        text = str(request.inputs["offline"])
        return GenerationResult(text=text, data=TextOut(text=text))

    _COMPOSERS[task] = compose


class OfflineEngine:
    name = "offline"
    capabilities = Capabilities(streaming=True, json_schema=True, json_mode=True)

    def run(self, request: GenerationRequest) -> GenerationResult:
        try:
            compose = _COMPOSERS[request.task]
        except KeyError:
            raise KeyError(f"no offline composer for task {request.task!r}") from None
        result = compose(request)
        return result.model_copy(update={"engine": "offline", "model": "offline"})
