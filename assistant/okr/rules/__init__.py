"""The checker's rules, one module per area. Each rule is a pure function returning :class:`Hit` s."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Hit:
    """A rule firing: the code, what it is about (an id from the input, or "set"), the parameters of its
    catalogue message and the evidence shown with it."""

    code: str
    target: str
    params: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    message: str | None = None  # a catalogue key other than okr.code.<code>, for a variant of the finding
