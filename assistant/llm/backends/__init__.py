"""LLM backends behind one small registry. Each declares its capabilities; the offline engine is the
default and the deterministic double the tests use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.llm.backends.base import BackendError, Capabilities
from assistant.llm.backends.offline import OfflineEngine, composer

_REGISTRY: dict[str, Callable[..., Any]] = {}


def register_backend(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def add(factory: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTRY[name] = factory
        return factory

    return add


def backend_names() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def make_backend(name: str, **settings: Any) -> Any:
    _load_builtins()
    return _REGISTRY[name](**settings)


def _load_builtins() -> None:
    import assistant.llm.backends.openai_compat  # noqa: F401  (registers "openai")


register_backend("offline")(lambda **_: OfflineEngine())

__all__ = ["BackendError", "Capabilities", "OfflineEngine", "backend_names", "composer", "make_backend"]
