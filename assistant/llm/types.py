"""What features hand to the generation interface and what they get back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Engine = Literal["offline", "llm"]


class Passage(BaseModel):
    """A piece of supplied evidence. ``id`` is what citations point at (1-based in prompts)."""

    id: int
    source: str
    heading: str = ""
    text: str
    lang: str = "en"
    score: float = 0.0
    focus: list[str] = Field(default_factory=list)  # the sentences that best answer, chosen by retrieval


class Citation(BaseModel):
    passage: int  # Passage.id
    source: str
    heading: str = ""
    quote: str
    score: float = 0.0


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class GenerationRequest(BaseModel):
    """One task for the generation interface. ``inputs`` are the task's template variables;
    ``passages`` the evidence the answer may use; ``output`` the pydantic model a structured
    result must validate against (None: free text)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    task: str
    lang: Literal["zh", "en"] = "en"
    inputs: dict[str, Any] = Field(default_factory=dict)
    passages: list[Passage] = Field(default_factory=list)
    output: type[BaseModel] | None = None
    forbidden: list[str] = Field(default_factory=list)  # text that must never appear (out-of-scope names…)


class TextOut(BaseModel):
    """A structured reply that is one text (a rewrite, a draft, a translation)."""

    text: str


class GenerationResult(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    text: str
    data: BaseModel | None = None
    citations: list[Citation] = Field(default_factory=list)
    engine: Engine = "offline"
    model: str = "offline"
    usage: Usage = Field(default_factory=Usage)
    latency_ms: float = 0.0
    fallback_reason: str | None = None  # a catalogue key, when the LLM was tried and not used
    cached: bool = False

    def notice(self, lang: Literal["zh", "en"]) -> str | None:
        """The user-facing sentence saying why the offline engine answered, if it had to."""
        from assistant.i18n import t

        return t(self.fallback_reason, lang) if self.fallback_reason else None


# A feature's checker: the complaints about a candidate result (empty: it passes).
Checker = Callable[[GenerationResult, GenerationRequest], list[str]]


def text_of(result: GenerationResult) -> str:
    """The text of a result whose output is :class:`TextOut` (its plain text otherwise)."""
    return result.data.text if isinstance(result.data, TextOut) else result.text
