"""An OKR set from a file or pasted text: YAML/JSON in our schema, Lark OKR JSON (v1 or v2), or Markdown and
plain text as people paste it. Problems name the file, the record and the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from assistant.errors import InputError, Msg, OkrInputError, Problem, Where, type_name, validation_reason
from assistant.hris.batch import RowBatch
from assistant.hris.files import decode_text, json_problem, read_bytes, yaml_problem
from assistant.hris.lark.importer import V1_KEYS
from assistant.hris.lark.okr_v1 import read_v1
from assistant.hris.lark.okr_v2 import read_v2
from assistant.hris.models import Alignment, KeyResult, Objective
from assistant.okr.model import OkrSetIn
from assistant.okr.text_format import parse_text

_LARK_ONLY = V1_KEYS | {"cycles", "key_results", "indicators", "alignments", "categories"}
PASTED = "<text>"  # the name of pasted text, shown in problems as the catalogue's "pasted text"


def read_okr_file(path: Path, max_mb: float) -> OkrSetIn:
    name = str(path)
    try:
        text = decode_text(read_bytes(path, max_mb), name)
    except InputError as exc:
        raise OkrInputError(exc.problems) from None
    return read_okr_text(text, name, path.suffix.lower())


def read_okr_text(text: str, name: str = PASTED, suffix: str = "") -> OkrSetIn:
    """Parse ``text``; ``suffix`` (".yaml", ".json", ".md"…) is a hint, the content decides."""
    return _read(text, Msg("problem.at.pasted_text") if name in (PASTED, "") else name, suffix)


def _read(text: str, name: Where, suffix: str) -> OkrSetIn:
    if not text.strip():
        raise OkrInputError([Problem(name, "", "", "problem.okr.empty")])
    data: Any = None
    if suffix in (".json", ".yaml", ".yml") or text.lstrip()[:1] in "{[":
        data = _structured(text, name, suffix)
    else:  # pasted YAML is recognised by its content; anything else is read as Markdown/plain text
        try:
            loaded = yaml.safe_load(text)
        except (yaml.YAMLError, ValueError):  # ValueError: a date YAML cannot build (2026-02-30)
            loaded = None
        if isinstance(loaded, dict) and ("objectives" in loaded or _is_lark(loaded)):
            data = loaded
    if isinstance(data, dict):
        if "code" in data and isinstance(data.get("data"), dict):
            data = data["data"]
        if _is_lark(data):
            return _from_lark(data, name)
        return _validate(data, name)
    if data is not None:
        raise OkrInputError([Problem(name, "", "", "problem.okr.not_a_set", {"got": type_name(data)})])
    parsed = parse_text(text)
    if not parsed["objectives"]:
        raise OkrInputError([Problem(name, "", "", "problem.okr.nothing_found")])
    return _validate(parsed, name)


def _structured(text: str, name: Where, suffix: str) -> Any:
    try:
        return json.loads(text) if suffix == ".json" or text.lstrip()[:1] in "{[" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise OkrInputError([json_problem(name, exc)]) from exc
    except (ValueError, yaml.YAMLError) as exc:  # ValueError: a value YAML cannot build (2026-02-30)
        raise OkrInputError([yaml_problem(name, exc)]) from exc


def _validate(data: dict[str, Any], name: Where) -> OkrSetIn:
    if not data.get("objectives"):
        raise OkrInputError([Problem(name, "", "objectives", "problem.okr.no_objectives")])
    try:
        okr_set = OkrSetIn.model_validate(data)
    except ValidationError as exc:
        problems = []
        for e in exc.errors()[:50]:
            reason = validation_reason(e)
            record = ".".join(str(p) for p in e["loc"][:-1])
            problems.append(
                Problem(name, record, str(e["loc"][-1]) if e["loc"] else "", reason.key, reason.params)
            )
        raise OkrInputError(problems) from exc
    _unique_ids(okr_set, name)
    return okr_set


def _unique_ids(okr_set: OkrSetIn, name: Where) -> None:
    seen: set[str] = set()
    problems = []
    for o in okr_set.objectives:
        for item_id in [o.id, *(k.id for k in o.key_results)]:
            if item_id in seen:
                problems.append(Problem(name, item_id, "id", "problem.okr.duplicate_id"))
            seen.add(item_id)
    if problems:
        raise OkrInputError(problems)


def _is_lark(data: dict[str, Any]) -> bool:
    if set(data) & _LARK_ONLY or "okr_list" in data:
        return True
    objs = data.get("objectives")
    return (
        isinstance(objs, list)
        and bool(objs)
        and isinstance(objs[0], dict)
        and "content" in objs[0]
        and "title" not in objs[0]
    )


def _from_lark(data: dict[str, Any], name: Where) -> OkrSetIn:
    if "okr_list" in data and "user_id" in data:
        data = {"user_okrs": [data]}
    batch = RowBatch()
    if set(data) & V1_KEYS:
        read_v1(data, batch, name, [])  # type: ignore[arg-type]  # a Msg for pasted text: shown as such
    else:
        read_v2(data, batch, name)  # type: ignore[arg-type]
    if batch.problems:
        raise OkrInputError(batch.problems)
    objectives = sorted(batch.rows.get(Objective, {}).values(), key=lambda o: (o.owner_id, o.position, o.id))
    krs = sorted(batch.rows.get(KeyResult, {}).values(), key=lambda k: (k.position, k.id))
    links = list(batch.rows.get(Alignment, {}).values())
    owners = {o.owner_id for o in objectives}
    cycles = {o.cycle_id for o in objectives}
    out = {
        "owner": owners.pop() if len(owners) == 1 else None,
        "cycle": cycles.pop() if len(cycles) == 1 else None,
        "objectives": [
            {"id": o.id, "title": o.content, "weight": o.weight,
             "aligned_to": [a.to_objective_id for a in links if a.from_objective_id == o.id],
             "key_results": [{"id": k.id, "text": k.content, "weight": k.weight, "baseline": k.baseline,
                              "target": k.target, "unit": k.unit, "direction": k.direction}
                             for k in krs if k.objective_id == o.id]}
            for o in objectives
        ],
    }  # fmt: skip
    return _validate(out, name)
