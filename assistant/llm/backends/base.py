"""What a backend is: a name, declared capabilities, and the errors it reports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Capabilities:
    streaming: bool
    json_schema: bool  # structured output validated against a JSON schema by the server
    json_mode: bool  # the server guarantees a JSON object, not its shape


class BackendError(Exception):
    """A backend could not produce output. ``reason`` is the fallback catalogue key's last part."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
