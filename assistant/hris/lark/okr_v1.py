"""Lark OKR v1 (``/open-apis/okr/v1``): scores and weights 0-100, plain-text content, objective→objective
alignment lists. A v1 file holds ``periods``, ``user_okrs`` ([{user_id, okr_list}], the data of
``GET /users/:user_id/okrs`` per user) and ``progress_records`` (``GET /progress_records/:id`` data)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import Field

from assistant.errors import reason_of
from assistant.hris.batch import RowBatch
from assistant.hris.lark.content import block_text, text_block
from assistant.hris.lark.schema import LarkModel, Ms, OptMs, items, validate
from assistant.hris.lark.timestamps import date_from_ms, day_end_ms, day_start_ms, to_ms
from assistant.hris.models import Alignment, Cycle, KeyResult, Objective, ProgressRecord

STATUS_IN = {"0": "normal", "1": "at_risk", "2": "delayed"}  # "-1" (none): None
STATUS_OUT = {v: k for k, v in STATUS_IN.items()}
# What v1 cannot carry, kept as stored when a row exists already.
KEEP_CYCLE = frozenset({"lark_semester_id"})
KEEP_OBJECTIVE = frozenset({"private", "category_id"})
KEEP_KEY_RESULT = frozenset({"indicator_id", "baseline", "target", "current", "unit", "direction"})


class UserRef(LarkModel):
    open_id: str | None = None
    user_id: str | None = None


class ProgressRate(LarkModel):
    percent: int | None = None
    status: str | None = None


class Ref(LarkModel):
    id: str


class AlignRef(LarkModel):
    id: str
    okr_id: str | None = None
    owner: UserRef | None = None


class _Timestamps(LarkModel):
    progress_rate_percent_last_updated_time: str | None = None
    progress_rate_status_last_updated_time: str | None = None
    progress_record_last_updated_time: str | None = None
    progress_report_last_updated_time: str | None = None
    score_last_updated_time: str | None = None
    mentioned_user_list: list[UserRef] = Field(default_factory=list)
    progress_record_list: list[Ref] = Field(default_factory=list)


class KrV1(_Timestamps):
    id: str
    content: str = ""
    score: int | None = Field(default=None, ge=0, le=100)
    weight: int | None = None
    kr_weight: float | None = Field(default=None, ge=0, le=100)
    progress_rate: ProgressRate | None = None
    deadline: OptMs = None


class ObjectiveV1(_Timestamps):
    id: str
    permission: int = 1
    content: str = ""
    progress_report: str = ""
    score: int | None = Field(default=None, ge=0, le=100)
    weight: float | None = Field(default=None, ge=0, le=100)
    progress_rate: ProgressRate | None = None
    deadline: OptMs = None
    aligned_objective_list: list[AlignRef] = Field(default_factory=list)
    aligning_objective_list: list[AlignRef] = Field(default_factory=list)
    kr_list: list[KrV1] = Field(default_factory=list)


class OkrBatch(LarkModel):
    id: str
    permission: int = 1
    period_id: str
    name: str | None = None
    confirm_status: int | None = None
    objective_list: list[ObjectiveV1] = Field(default_factory=list)


class UserOkrs(LarkModel):
    user_id: str
    total: int | None = None
    okr_list: list[OkrBatch]


class Period(LarkModel):
    id: str
    zh_name: str
    en_name: str
    status: int = 0
    period_start_time: Ms
    period_end_time: Ms


class ProgressRecordV1(LarkModel):
    progress_id: str
    modify_time: Ms
    content: dict[str, Any] | None = None


def okr_batch_id(owner_id: str, cycle_id: str) -> str:
    """The OKR (batch) id we write when the HRIS gave none: one per user per period."""
    return f"okr-{owner_id}-{cycle_id}"


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value / 100, 6)


def _out(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 4)


def read_v1(
    data: dict[str, Any], batch: RowBatch, file: str, pending_children: list[tuple[str, str, str]]
) -> None:
    """Validate a v1 file and add its rows to ``batch``."""
    for i, raw in enumerate(items(data, "periods", batch, file)):
        p = validate(Period, raw, batch, file, f"periods[{i}]")
        if p is None:
            continue
        start, end = date_from_ms(raw["period_start_time"]), date_from_ms(raw["period_end_time"])
        if end < start:
            batch.problem(
                file,
                f"periods[{i}]",
                "period_end_time",
                "problem.lark.ends_before_start",
                start=start,
                end=end,
            )
            continue
        cycle = Cycle(
            id=p.id, name_zh=p.zh_name, name_en=p.en_name, start=start, end=end, lark_status=p.status
        )
        batch.add(cycle, file, f"periods[{i}]", KEEP_CYCLE)
    progress_target: dict[str, tuple[str, str]] = {}
    for i, raw in enumerate(items(data, "user_okrs", batch, file)):
        rec = f"user_okrs[{i}]"
        user = validate(UserOkrs, raw, batch, file, rec)
        if user is None:
            continue
        for j, okr in enumerate(user.okr_list):
            if okr.permission == 0:
                batch.warn(file, f"{rec}.okr_list[{j}]", "permission", "problem.lark.no_permission_okr")
                continue
            okr_id = None if okr.id == okr_batch_id(user.user_id, okr.period_id) else okr.id
            for k, o in enumerate(okr.objective_list):
                orec = f"{rec}.okr_list[{j}].objective_list[{k}]"
                if o.permission == 0:
                    batch.warn(file, orec, "permission", "problem.lark.no_permission_objective")
                    continue
                rate = o.progress_rate or ProgressRate()
                batch.add(
                    Objective(
                        id=o.id,
                        cycle_id=okr.period_id,
                        owner_id=user.user_id,
                        okr_id=okr_id,
                        position=k + 1,
                        content=o.content,
                        notes=o.progress_report,
                        score=_pct(o.score),
                        weight=_pct(o.weight),
                        progress_percent=rate.percent,
                        progress_status=STATUS_IN.get(rate.status or ""),
                        deadline=o.deadline,
                    ),
                    file,
                    orec,
                    KEEP_OBJECTIVE,
                )
                for ref in o.progress_record_list:
                    progress_target[ref.id] = ("objective", o.id)
                for parent in o.aligning_objective_list:
                    batch.add(
                        Alignment(
                            id=f"{o.id}>{parent.id}", from_objective_id=o.id, to_objective_id=parent.id
                        ),
                        file,
                        orec,
                    )
                for child in o.aligned_objective_list:
                    pending_children.append((child.id, o.id, f"{file} › {orec}"))
                for n, kr in enumerate(o.kr_list):
                    krate = kr.progress_rate or ProgressRate()
                    weight = kr.kr_weight if kr.kr_weight is not None else kr.weight
                    batch.add(
                        KeyResult(
                            id=kr.id,
                            objective_id=o.id,
                            position=n + 1,
                            content=kr.content,
                            score=_pct(kr.score),
                            weight=_pct(weight),
                            progress_percent=krate.percent,
                            progress_status=STATUS_IN.get(krate.status or ""),
                            deadline=kr.deadline,
                        ),
                        file,
                        f"{orec}.kr_list[{n}]",
                        KEEP_KEY_RESULT,
                    )
                    for ref in kr.progress_record_list:
                        progress_target[ref.id] = ("key_result", kr.id)
    for i, raw in enumerate(items(data, "progress_records", batch, file)):
        rec = f"progress_records[{i}]"
        pr = validate(ProgressRecordV1, raw, batch, file, rec)
        if pr is None:
            continue
        if pr.progress_id not in progress_target:
            batch.warn(file, rec, "progress_id", "problem.lark.progress_unlinked")
            continue
        try:
            text = block_text(pr.content, 1)
        except ValueError as exc:
            reason = reason_of(exc)
            batch.problem(file, rec, "content", reason.key, **reason.params)
            continue
        kind, target = progress_target[pr.progress_id]
        batch.add(
            ProgressRecord(
                id=pr.progress_id, target_type=kind, target_id=target, modified_at=pr.modify_time, text=text
            ),
            file,
            rec,
        )


def write_v1(
    cycle: Cycle,
    objectives: Iterable[tuple[Objective, list[KeyResult], list[Alignment], list[Alignment]]],
    owners_of: dict[str, tuple[str, str | None]],
    progress: Iterable[ProgressRecord],
) -> dict[str, Any]:
    """A v1 file for one cycle. ``objectives``: (objective, its KRs, alignments up, alignments down);
    ``owners_of``: objective id -> (owner id, okr id) for every objective named in an alignment."""
    by_user: dict[str, list[dict[str, Any]]] = {}
    records = {}
    for pr in progress:
        records.setdefault(pr.target_id, []).append({"id": pr.id})
    for o, krs, ups, downs in objectives:

        def ref(objective_id: str) -> dict[str, Any]:
            owner, okr = owners_of[objective_id]
            return {
                "id": objective_id,
                "okr_id": okr or okr_batch_id(owner, cycle.id),
                "owner": {"user_id": owner},
            }

        by_user.setdefault(o.owner_id, []).append(
            {
                "id": o.id,
                "permission": 1,
                "content": o.content,
                "progress_report": o.notes,
                "score": None if o.score is None else round(o.score * 100),
                "weight": _out(o.weight),
                "progress_rate": {
                    "percent": o.progress_percent,
                    "status": STATUS_OUT.get(o.progress_status or "", "-1"),
                },
                "deadline": to_ms(o.deadline) if o.deadline else None,
                "aligning_objective_list": [ref(a.to_objective_id) for a in ups],
                "aligned_objective_list": [ref(a.from_objective_id) for a in downs],
                "progress_record_list": records.get(o.id, []),
                "kr_list": [
                    {
                        "id": kr.id,
                        "content": kr.content,
                        "score": None if kr.score is None else round(kr.score * 100),
                        "weight": None if kr.weight is None else round(kr.weight * 100),
                        "kr_weight": _out(kr.weight),
                        "progress_rate": {
                            "percent": kr.progress_percent,
                            "status": STATUS_OUT.get(kr.progress_status or "", "-1"),
                        },
                        "deadline": to_ms(kr.deadline) if kr.deadline else None,
                        "progress_record_list": records.get(kr.id, []),
                    }
                    for kr in krs
                ],
            }
        )
    okr_ids = {oid: okr for oid, (_, okr) in owners_of.items()}
    user_okrs = []
    for user, objs in by_user.items():
        okr = okr_ids.get(objs[0]["id"]) or okr_batch_id(user, cycle.id)
        user_okrs.append(
            {
                "user_id": user,
                "total": 1,
                "okr_list": [
                    {
                        "id": okr,
                        "permission": 1,
                        "period_id": cycle.id,
                        "name": cycle.name_zh,
                        "objective_list": objs,
                    }
                ],
            }
        )
    return {
        "periods": [
            {
                "id": cycle.id,
                "zh_name": cycle.name_zh,
                "en_name": cycle.name_en,
                "status": cycle.lark_status,
                "period_start_time": day_start_ms(cycle.start),
                "period_end_time": day_end_ms(cycle.end),
            }
        ],
        "user_okrs": user_okrs,
        "progress_records": [
            {"progress_id": pr.id, "modify_time": to_ms(pr.modified_at), "content": text_block(pr.text, 1)}
            for pr in progress
        ],
    }
