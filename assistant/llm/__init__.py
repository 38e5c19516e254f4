"""The LLM layer: one generation interface, an offline engine by default, any OpenAI-compatible endpoint by
configuration, and deterministic verification of everything a model proposes."""

from assistant.llm.service import Delta, Done, Generator
from assistant.llm.types import Checker, Citation, GenerationRequest, GenerationResult, Passage, Usage

__all__ = [
    "Checker",
    "Citation",
    "Delta",
    "Done",
    "GenerationRequest",
    "GenerationResult",
    "Generator",
    "Passage",
    "Usage",
]
