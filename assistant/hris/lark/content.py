"""Lark rich text (ContentBlock) to plain text and back. v1 uses camelCase keys, v2 snake_case."""

from __future__ import annotations

from typing import Any

from assistant.errors import InvalidValue, type_name


def block_text(block: Any, version: int) -> str:
    """The plain text of a ContentBlock: paragraphs joined by newlines; links by title; mentions as @id.
    Raises InvalidValue (a ValueError) when the block is malformed."""
    if block is None:
        return ""
    if isinstance(block, str):
        return block
    if not isinstance(block, dict) or not isinstance(block.get("blocks", []), list):
        raise InvalidValue("problem.lark.not_a_content_block")
    lines = []
    for b in block.get("blocks", []):
        if not isinstance(b, dict):
            raise InvalidValue("problem.lark.block_not_an_object", got=type_name(b))
        kind = b.get("type") if version == 1 else b.get("block_element_type")
        if kind != "paragraph":
            continue
        parts = []
        paragraph = b.get("paragraph") or {}
        elements = paragraph.get("elements", []) if isinstance(paragraph, dict) else None
        if not isinstance(elements, list) or not all(isinstance(el, dict) for el in elements):
            raise InvalidValue("problem.lark.elements_not_objects")
        for el in elements:
            try:
                parts.append(_element_v1(el) if version == 1 else _element_v2(el))
            except (AttributeError, TypeError) as exc:
                raise InvalidValue("problem.lark.bad_element", element=str(el)[:60]) from exc
        lines.append("".join(parts))
    return "\n".join(lines)


def _element_v1(el: dict[str, Any]) -> str:
    kind = el.get("type")
    if kind == "textRun":
        return str((el.get("textRun") or {}).get("text", ""))
    if kind == "docsLink":
        link = el.get("docsLink") or {}
        return str(link.get("title") or link.get("url", ""))
    if kind == "person":
        return "@" + str((el.get("person") or {}).get("openId", ""))
    return ""


def _element_v2(el: dict[str, Any]) -> str:
    kind = el.get("paragraph_element_type")
    if kind == "textRun":
        return str((el.get("text_run") or {}).get("text", ""))
    if kind == "docsLink":
        link = el.get("docs_link") or {}
        return str(link.get("title") or link.get("url", ""))
    if kind == "mention":
        return "@" + str((el.get("mention") or {}).get("user_id", ""))
    return ""


def text_block(text: str, version: int) -> dict[str, Any]:
    """A ContentBlock holding ``text``, one paragraph per line."""
    blocks = []
    for line in text.split("\n"):
        if version == 1:
            blocks.append(
                {
                    "type": "paragraph",
                    "paragraph": {"elements": [{"type": "textRun", "textRun": {"text": line, "style": {}}}]},
                }
            )
        else:
            blocks.append(
                {
                    "block_element_type": "paragraph",
                    "paragraph": {
                        "elements": [{"paragraph_element_type": "textRun", "text_run": {"text": line}}]
                    },
                }
            )
    return {"blocks": blocks}
