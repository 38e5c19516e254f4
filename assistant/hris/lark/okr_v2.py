"""Lark OKR v2 (``/open-apis/okr/v2``): scores and weights 0-1 (weights sum to 1), ContentBlock text,
explicit Alignment and Indicator entities. A v2 file holds ``cycles`` (user cycles), ``objectives``,
``key_results``, ``indicators``, ``alignments`` and optionally ``categories``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import Field

from assistant.errors import reason_of, shown
from assistant.hris.batch import RowBatch
from assistant.hris.lark.content import block_text, text_block
from assistant.hris.lark.schema import LarkModel, Ms, OptMs, items, validate
from assistant.hris.lark.timestamps import date_from_ms, day_end_ms, day_start_ms, to_ms
from assistant.hris.models import Alignment, Cycle, KeyResult, Objective

STATUS_IN = {0: "normal", 1: "at_risk", 2: "delayed"}  # -1 (undefined): None
STATUS_OUT = {v: k for k, v in STATUS_IN.items()}
UNIT_IN = {"PERCENT": "%", "NONE": "", "YUAN": "元", "DOLLAR": "$"}
UNIT_OUT = {v: k for k, v in UNIT_IN.items()}
# v2 cycle_status (0 default, 1 normal, 2 invalid, 3 hidden) <-> the stored v1 code (0 normal, 1 paused, 2, 3).
CYCLE_STATUS_IN = {0: 0, 1: 0, 2: 2, 3: 3}
CYCLE_STATUS_OUT = {0: 1, 1: 1, 2: 2, 3: 3}
INDICATOR_FIELDS = frozenset(
    {"indicator_id", "baseline", "target", "current", "unit", "direction", "progress_status"}
)
# What v2 cannot carry, kept as stored when a row exists already.
KEEP_CYCLE = frozenset({"name_zh", "name_en", "lark_semester_id"})
KEEP_OBJECTIVE = frozenset({"okr_id", "private", "progress_percent", "progress_status"})
KEEP_KEY_RESULT = (
    frozenset({"progress_percent"}) | INDICATOR_FIELDS
)  # indicator fields: until an indicator comes


class Owner(LarkModel):
    owner_type: str = "user"
    user_id: str | None = None


class _Entity(LarkModel):
    id: str
    create_time: OptMs = None
    update_time: OptMs = None
    owner: Owner


class CycleV2(_Entity):
    tenant_cycle_id: str
    start_time: Ms
    end_time: Ms
    cycle_status: int | None = None
    score: float | None = Field(default=None, ge=0, le=1)


class ObjectiveV2(_Entity):
    cycle_id: str
    position: int = Field(ge=1, le=100)
    content: dict[str, Any] | None = None
    notes: dict[str, Any] | None = None
    score: float | None = Field(default=None, ge=0, le=1)
    weight: float | None = Field(default=None, ge=0, le=1)
    deadline: OptMs = None
    category_id: str | None = None


class KeyResultV2(_Entity):
    objective_id: str
    position: int = Field(ge=1, le=100)
    content: dict[str, Any] | None = None
    score: float | None = Field(default=None, ge=0, le=1)
    weight: float | None = Field(default=None, ge=0, le=1)
    deadline: OptMs = None


class Unit(LarkModel):
    unit_type: int
    unit_value: str


class IndicatorV2(_Entity):
    entity_type: int
    entity_id: str
    indicator_status: int = -1
    status_calculate_type: int = 0
    start_value: float | None = None
    target_value: float | None = None
    current_value: float | None = None
    current_value_calculate_type: int | None = None
    unit: Unit | None = None


class AlignmentV2(_Entity):
    owner: Owner | None = None  # type: ignore[assignment]
    from_owner: Owner
    to_owner: Owner
    from_entity_type: int = 2
    from_entity_id: str
    to_entity_type: int = 2
    to_entity_id: str


def indicator_id(kr_id: str) -> str:
    return f"ind-{kr_id}"


def user_cycle_id(cycle_id: str, owner_id: str) -> str:
    return f"{cycle_id}:{owner_id}"


def cycle_names(start: date, end: date) -> tuple[str, str]:
    """Names for a cycle known only by its dates (v2 cycles carry none)."""
    if start.month == 1 and end.month == 6:
        return f"{start.year} 年上半年", f"{start.year} H1"
    if start.month == 7 and end.month == 12:
        return f"{start.year} 年下半年", f"{start.year} H2"
    return f"{start:%Y-%m} 至 {end:%Y-%m}", f"{start:%Y-%m} to {end:%Y-%m}"


def _text(raw: dict[str, Any] | None, batch: RowBatch, file: str, rec: str, fld: str) -> str:
    try:
        return block_text(raw, 2)
    except ValueError as exc:
        reason = reason_of(exc)
        batch.problem(file, rec, fld, reason.key, **reason.params)
        return ""


def read_v2(data: dict[str, Any], batch: RowBatch, file: str) -> None:
    user_cycles: dict[str, str] = {}
    for i, raw in enumerate(items(data, "cycles", batch, file)):
        rec = f"cycles[{i}]"
        c = validate(CycleV2, raw, batch, file, rec)
        if c is None:
            continue
        user_cycles[c.id] = c.tenant_cycle_id
        start, end = date_from_ms(raw["start_time"]), date_from_ms(raw["end_time"])
        if end < start:
            batch.problem(file, rec, "end_time", "problem.lark.ends_before_start", start=start, end=end)
        elif batch.get(Cycle, c.tenant_cycle_id) is None:
            zh, en = cycle_names(start, end)
            status = CYCLE_STATUS_IN.get(c.cycle_status) if c.cycle_status is not None else None
            keep = KEEP_CYCLE if status is not None else KEEP_CYCLE | {"lark_status"}
            cycle = Cycle(
                id=c.tenant_cycle_id, name_zh=zh, name_en=en, start=start, end=end, lark_status=status or 0
            )
            batch.add(cycle, file, rec, keep)
    for i, raw in enumerate(items(data, "objectives", batch, file)):
        rec = f"objectives[{i}]"
        o = validate(ObjectiveV2, raw, batch, file, rec)
        if o is None:
            continue
        if o.owner.owner_type != "user":
            batch.warn(file, rec, "owner.owner_type", "problem.lark.team_okr", owner_type=o.owner.owner_type)
            continue
        if o.cycle_id not in user_cycles:
            batch.problem(file, rec, "cycle_id", "problem.lark.cycle_not_in_file", cycle=shown(o.cycle_id))
            continue
        if not o.owner.user_id:
            batch.problem(file, rec, "owner.user_id", "problem.required_missing")
            continue
        batch.add(
            Objective(
                id=o.id,
                cycle_id=user_cycles[o.cycle_id],
                owner_id=o.owner.user_id,
                position=o.position,
                content=_text(o.content, batch, file, rec, "content"),
                notes=_text(o.notes, batch, file, rec, "notes"),
                score=o.score,
                weight=o.weight,
                deadline=o.deadline,
                category_id=o.category_id,
            ),
            file,
            rec,
            KEEP_OBJECTIVE,
        )
    for i, raw in enumerate(items(data, "key_results", batch, file)):
        rec = f"key_results[{i}]"
        k = validate(KeyResultV2, raw, batch, file, rec)
        if k is None:
            continue
        batch.add(
            KeyResult(
                id=k.id,
                objective_id=k.objective_id,
                position=k.position,
                content=_text(k.content, batch, file, rec, "content"),
                score=k.score,
                weight=k.weight,
                deadline=k.deadline,
            ),
            file,
            rec,
            KEEP_KEY_RESULT,
        )
    for i, raw in enumerate(items(data, "indicators", batch, file)):
        rec = f"indicators[{i}]"
        ind = validate(IndicatorV2, raw, batch, file, rec)
        if ind is None:
            continue
        if ind.entity_type != 3:
            batch.warn(file, rec, "entity_type", "problem.lark.objective_indicator")
            continue
        kr = batch.get(KeyResult, ind.entity_id)
        if not isinstance(kr, KeyResult):
            batch.problem(
                file, rec, "entity_id", "problem.lark.key_result_not_in_file", key_result=shown(ind.entity_id)
            )
            continue
        batch.keep[(KeyResult, (kr.id,))] -= INDICATOR_FIELDS
        kr.indicator_id = None if ind.id == indicator_id(kr.id) else ind.id
        kr.baseline, kr.target, kr.current = ind.start_value, ind.target_value, ind.current_value
        kr.progress_status = STATUS_IN.get(ind.indicator_status)
        if ind.unit is not None:
            unit = ind.unit.unit_value
            kr.unit = (UNIT_IN.get(unit, unit) if ind.unit.unit_type == 0 else unit) or None
        if kr.baseline is not None and kr.target is not None and kr.baseline != kr.target:
            kr.direction = "increase" if kr.target > kr.baseline else "decrease"
    for i, raw in enumerate(items(data, "alignments", batch, file)):
        rec = f"alignments[{i}]"
        a = validate(AlignmentV2, raw, batch, file, rec)
        if a is None:
            continue
        if a.from_entity_type != 2 or a.to_entity_type != 2:
            batch.problem(file, rec, "to_entity_type", "problem.lark.alignment_kind")
            continue
        batch.add(
            Alignment(id=a.id, from_objective_id=a.from_entity_id, to_objective_id=a.to_entity_id), file, rec
        )


def write_v2(
    cycle: Cycle,
    objectives: Iterable[tuple[Objective, list[KeyResult], list[Alignment]]],
    owners_of: dict[str, str],
) -> dict[str, Any]:
    """A v2 file for one cycle; ``owners_of`` maps every objective named in an alignment to its owner."""
    stamp = day_start_ms(cycle.start)
    user = lambda uid: {"owner_type": "user", "user_id": uid}  # noqa: E731
    out: dict[str, list[dict[str, Any]]] = {
        "cycles": [],
        "objectives": [],
        "key_results": [],
        "indicators": [],
        "alignments": [],
    }
    owners: list[str] = []
    for o, krs, ups in objectives:
        if o.owner_id not in owners:
            owners.append(o.owner_id)
        out["objectives"].append(
            {
                "id": o.id,
                "create_time": stamp,
                "update_time": stamp,
                "owner": user(o.owner_id),
                "cycle_id": user_cycle_id(cycle.id, o.owner_id),
                "position": o.position,
                "content": text_block(o.content, 2),
                "notes": text_block(o.notes, 2),
                "score": o.score,
                "weight": o.weight,
                "deadline": to_ms(o.deadline) if o.deadline else None,
                "category_id": o.category_id,
            }
        )
        for kr in krs:
            out["key_results"].append(
                {
                    "id": kr.id,
                    "create_time": stamp,
                    "update_time": stamp,
                    "owner": user(o.owner_id),
                    "objective_id": o.id,
                    "position": kr.position,
                    "content": text_block(kr.content, 2),
                    "score": kr.score,
                    "weight": kr.weight,
                    "deadline": to_ms(kr.deadline) if kr.deadline else None,
                }
            )
            if kr.baseline is not None or kr.target is not None or kr.current is not None:
                unit = kr.unit or ""
                out["indicators"].append(
                    {
                        "id": kr.indicator_id or indicator_id(kr.id),
                        "create_time": stamp,
                        "update_time": stamp,
                        "owner": user(o.owner_id),
                        "entity_type": 3,
                        "entity_id": kr.id,
                        "indicator_status": STATUS_OUT.get(kr.progress_status or "", -1),
                        "status_calculate_type": 0,
                        "start_value": kr.baseline,
                        "target_value": kr.target,
                        "current_value": kr.current,
                        "current_value_calculate_type": 0,
                        "unit": {"unit_type": 0, "unit_value": UNIT_OUT[unit]}
                        if unit in UNIT_OUT
                        else {"unit_type": 1, "unit_value": unit},
                    }
                )
        for a in ups:
            out["alignments"].append(
                {
                    "id": a.id,
                    "create_time": stamp,
                    "update_time": stamp,
                    "from_owner": user(o.owner_id),
                    "to_owner": user(owners_of[a.to_objective_id]),
                    "from_entity_type": 2,
                    "from_entity_id": o.id,
                    "to_entity_type": 2,
                    "to_entity_id": a.to_objective_id,
                }
            )
    out["cycles"] = [
        {
            "id": user_cycle_id(cycle.id, uid),
            "create_time": stamp,
            "update_time": stamp,
            "tenant_cycle_id": cycle.id,
            "owner": user(uid),
            "start_time": day_start_ms(cycle.start),
            "end_time": day_end_ms(cycle.end),
            "cycle_status": CYCLE_STATUS_OUT.get(cycle.lark_status, 1),
        }
        for uid in owners
    ]
    return out
