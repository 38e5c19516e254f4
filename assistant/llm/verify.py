"""Deterministic checks on what a model proposes. Each returns complaints (empty: it passes), written to be
sent back to the model in a repair request."""

from __future__ import annotations

import json
import re
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from assistant.llm.guard import active_content
from assistant.llm.types import Passage

M = TypeVar("M", bound=BaseModel)
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.S)
_MARKER = re.compile(r"\[(\d+)\]")
_SPACE = re.compile(r"\s+")


def parse_json(text: str, model: type[M]) -> tuple[M | None, list[str]]:
    """The first JSON object in ``text`` validated as ``model``, or the complaints."""
    body = _FENCE.sub("", text.strip())
    start = body.find("{")
    if start < 0:
        return None, ["the reply is not a JSON object"]
    try:
        raw, _ = json.JSONDecoder().raw_decode(body[start:])
    except json.JSONDecodeError as exc:
        return None, [f"the reply is not valid JSON ({exc.msg} at character {exc.pos})"]
    try:
        return model.model_validate(raw), []
    except ValidationError as exc:
        return None, [f"field {'.'.join(map(str, e['loc'])) or '(root)'}: {e['msg']}" for e in exc.errors()]


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def citation_complaints(
    answer: str, quotes: list[tuple[int, str]], passages: list[Passage], refused: bool
) -> list[str]:
    """Citations point at supplied passages and quote them exactly; every [n] in the answer is cited."""
    by_id = {p.id: p for p in passages}
    complaints = []
    for n, quote in quotes:
        if n not in by_id:
            complaints.append(f"citation {n} points at a passage that was not supplied")
        elif not quote.strip() or normalise(quote) not in normalise(by_id[n].text):
            complaints.append(
                f"the quote for passage {n} is not copied exactly from passage {n}: {quote[:80]!r}"
            )
    cited = {n for n, _ in quotes}
    for n in sorted({int(m) for m in _MARKER.findall(answer)}):
        if n not in by_id:
            complaints.append(f"the answer cites [{n}], which is not a supplied passage")
        elif n not in cited:
            complaints.append(f"the answer cites [{n}] but gives no quote from passage {n}")
    if not refused and not quotes:
        complaints.append("the answer gives no citation; cite the passages it uses, or refuse")
    return complaints


def forbidden_complaints(text: str, forbidden: list[str]) -> list[str]:
    """Text the user may not see (e.g. names of people outside their scope) must not appear."""
    return [
        f"the reply mentions {term!r}, which the user may not see"
        for term in forbidden
        if term and term in text
    ]


def active_content_complaints(reply: str, trusted: str) -> list[str]:
    """No image, no HTML, no link the supplied material does not hold (a planted instruction's way out)."""
    return [f"the reply contains {item[:80]!r}, which is not in the supplied material; remove it"
            for item in active_content(reply, trusted)]  # fmt: skip
