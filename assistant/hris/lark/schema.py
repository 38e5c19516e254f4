"""Validation of Lark payloads with pydantic: every problem names file, record and field; unknown fields
are reported as warnings (Lark adds fields over time) and never stop an import."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, PlainValidator, ValidationError

from assistant.errors import type_name, validation_reason
from assistant.hris.batch import RowBatch
from assistant.hris.lark.timestamps import parse_ms

M = TypeVar("M", bound=BaseModel)


def _ms_or_none(value: object) -> datetime | None:
    if value is None or value == "0":
        return None
    return parse_ms(value)


Ms = Annotated[datetime, PlainValidator(parse_ms)]
OptMs = Annotated[datetime | None, PlainValidator(_ms_or_none)]


class LarkModel(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


def loc_text(loc: tuple[int | str, ...]) -> tuple[str, str]:
    """('okr_list', 0, 'objective_list', 2, 'score') -> ('okr_list[0].objective_list[2]', 'score')."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1]}[{item}]" if parts else f"[{item}]"]
        else:
            parts.append(item)
    if len(parts) <= 1:
        return "", parts[0] if parts else ""
    return ".".join(parts[:-1]), parts[-1]


def validate(model: type[M], data: Any, batch: RowBatch, file: str, record: str) -> M | None:
    """``model`` from ``data``; on failure the problems go into ``batch`` and None is returned."""
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            rec, fld = loc_text(tuple(err["loc"]))
            where = ".".join(x for x in (record, rec) if x)
            reason = validation_reason(err)
            batch.problem(file, where, fld, reason.key, **reason.params)
        return None
    for path, name in _unknown_fields(obj, record):
        batch.warn(file, path, name, "problem.lark.unknown_field_ignored")
    return obj


def _unknown_fields(obj: BaseModel, path: str) -> list[tuple[str, str]]:
    found = [(path, k) for k in (obj.model_extra or {})]
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, BaseModel):
                sub = f"{path}.{name}" if path else name
                if isinstance(value, list):
                    sub += f"[{i}]"
                found += _unknown_fields(item, sub)
    return found


def items(data: dict[str, Any], key: str, batch: RowBatch, file: str) -> list[Any]:
    """The list under ``key`` (absent: empty); anything else is a problem, not a crash."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        batch.problem(file, "", key, "problem.type.list", got=type_name(value))
        return []
    return value
