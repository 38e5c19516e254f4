"""Lark Performance API (``/open-apis/performance/v1`` ``review_datas/query``): semesters, rating
indicators with options, and per-reviewee stages holding reviewer texts and rating options.

Mapping: a text in any stage is a review (self when the reviewer is the reviewee, manager when the
reviewer is the reviewee's manager, else peer); a rating option in ``leader_review`` is the manager's
pre-calibration rating; one in ``communication_and_open_result`` or ``view_result`` is the final
(post-calibration) rating. Semesters are matched to cycles by their dates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from pydantic import Field

from assistant.errors import shown
from assistant.hris.batch import RowBatch
from assistant.hris.lark.schema import LarkModel, Ms, OptMs, items, validate
from assistant.hris.lark.timestamps import date_from_ms, day_end_ms, day_start_ms, to_ms
from assistant.hris.models import RATINGS, Cycle, Rating, Review
from assistant.i18n import detect_lang

FINAL_STAGES = ("communication_and_open_result", "view_result")
RATING_INDICATOR = "overall_rating"
RATING_NAMES = {
    "S": ("卓越", "Outstanding"),
    "A": ("超出期望", "Exceeds expectations"),
    "B": ("符合期望", "Meets expectations"),
    "C": ("部分符合", "Partially meets"),
    "D": ("不符合", "Does not meet"),
}


class I18nName(LarkModel):
    zh_cn: str | None = Field(default=None, alias="zh-CN")
    en_us: str | None = Field(default=None, alias="en-US")


class Semester(LarkModel):
    id: str
    year: int | None = None
    type_group: str | None = None
    type: str | None = None
    name: I18nName | None = None
    progress: str | None = None
    start_time: Ms
    end_time: Ms


class Option(LarkModel):
    id: str
    name: I18nName | None = None
    label: str | None = None


class Indicator(LarkModel):
    id: str
    name: I18nName | None = None
    options: list[Option] = Field(default_factory=list)


class UserId(LarkModel):
    open_id: str | None = None
    user_id: str | None = None


class ReviewDetail(LarkModel):
    template_id: str | None = None
    unit_id: str | None = None
    field_id: str
    reviewer_user_id: UserId
    submit_time: OptMs = None
    indicator_id: str | None = None
    option_id: str | None = None
    score: str | None = None
    text: str | None = None
    richtext: str | None = None
    perf_coefficient_result: str | None = None


class Stage(LarkModel):
    stage_type: str
    progress: int | None = None
    data: list[ReviewDetail] = Field(default_factory=list)


class ReviewProfile(LarkModel):
    user_id: UserId
    semester_id: str
    activity_id: str | None = None
    stages: list[Stage] = Field(default_factory=list)


def review_id(cycle_id: str, reviewee: str, reviewer: str, stage: str, field_id: str) -> str:
    return f"{cycle_id}:{reviewee}:{reviewer}:{stage}:{field_id}"


def review_stage_and_field(review: Review) -> tuple[str, str]:
    _, stage, field_id = review.id.rsplit(":", 2)
    return stage, field_id


def rating_id(cycle_id: str, employee: str) -> str:
    return f"{cycle_id}:{employee}"


def read_performance(
    data: dict[str, Any],
    batch: RowBatch,
    file: str,
    cycle_by_dates: Callable[[date, date], Cycle | None],
    manager_of: Callable[[str], str | None],
    resolve_user: Callable[[UserId], str | None],
) -> None:
    semester_cycle: dict[str, str] = {}
    for i, raw in enumerate(items(data, "semesters", batch, file)):
        rec = f"semesters[{i}]"
        s = validate(Semester, raw, batch, file, rec)
        if s is None:
            continue
        start, end = date_from_ms(raw["start_time"]), date_from_ms(raw["end_time"])
        cycle = cycle_by_dates(start, end)
        if cycle is None:
            name = s.name or I18nName()
            cycle = Cycle(
                id=s.id, name_zh=name.zh_cn or s.id, name_en=name.en_us or s.id, start=start, end=end
            )
            batch.add(cycle, file, rec)
        elif batch.get(Cycle, cycle.id) is None:
            batch.add(cycle.model_copy(), file, rec)
        stored = batch.get(Cycle, cycle.id)
        stored.lark_semester_id = None if s.id == cycle.id else s.id  # type: ignore[union-attr]
        batch.keep.get((Cycle, (cycle.id,)), set()).discard("lark_semester_id")
        semester_cycle[s.id] = cycle.id
    # The rating indicator: one whose options are the grades S..D. Other indicators are not ratings.
    labels: dict[str, str] = {}
    rating_indicators: set[str] = set()
    for i, raw in enumerate(items(data, "indicators", batch, file)):
        ind = validate(Indicator, raw, batch, file, f"indicators[{i}]")
        grades = {(o.label or "").strip().upper() for o in ind.options} if ind else set()
        if ind and grades and grades <= set(RATINGS):
            rating_indicators.add(ind.id)
            labels.update({o.id: (o.label or "").strip().upper() for o in ind.options})
    for i, raw in enumerate(items(data, "datas", batch, file)):
        rec = f"datas[{i}]"
        p = validate(ReviewProfile, raw, batch, file, rec)
        if p is None:
            continue
        reviewee = resolve_user(p.user_id)
        if reviewee is None:
            batch.problem(
                file,
                rec,
                "user_id",
                "problem.unknown.employee",
                value=shown(p.user_id.user_id or p.user_id.open_id),
            )
            continue
        cycle_id = semester_cycle.get(p.semester_id)
        if cycle_id is None:
            batch.problem(
                file, rec, "semester_id", "problem.lark.semester_not_in_file", semester=shown(p.semester_id)
            )
            continue
        rating = Rating(id=rating_id(cycle_id, reviewee), cycle_id=cycle_id, employee_id=reviewee)
        for j, stage in enumerate(p.stages):
            for k, d in enumerate(stage.data):
                drec = f"{rec}.stages[{j}].data[{k}]"
                reviewer = resolve_user(d.reviewer_user_id)
                if reviewer is None:
                    ref = d.reviewer_user_id.user_id or d.reviewer_user_id.open_id
                    batch.problem(
                        file, drec, "reviewer_user_id", "problem.unknown.employee", value=shown(ref)
                    )
                    continue
                if d.option_id is not None and (
                    d.indicator_id is None or d.indicator_id in rating_indicators
                ):
                    label = labels.get(d.option_id)
                    if label is None:
                        batch.warn(
                            file,
                            drec,
                            "option_id",
                            "problem.lark.not_a_rating_option",
                            option=shown(d.option_id),
                        )
                    elif stage.stage_type == "leader_review":
                        if rating.pre_calibration not in (None, label):
                            batch.warn(file, drec, "option_id", "problem.lark.second_rating", label=label,
                                       previous=rating.pre_calibration)  # fmt: skip
                        rating.pre_calibration, rating.rater_id = label, reviewer
                    elif stage.stage_type in FINAL_STAGES:
                        rating.post_calibration = label
                if d.text:
                    kind = (
                        "self"
                        if reviewer == reviewee
                        else "manager"
                        if manager_of(reviewee) == reviewer
                        else "peer"
                    )
                    batch.add(
                        Review(
                            id=review_id(cycle_id, reviewee, reviewer, stage.stage_type, d.field_id),
                            cycle_id=cycle_id,
                            reviewee_id=reviewee,
                            reviewer_id=reviewer,
                            kind=kind,
                            text=d.text,
                            lang=detect_lang(d.text),
                            submitted_at=d.submit_time,
                        ),
                        file,
                        drec,
                    )
        if rating.pre_calibration or rating.post_calibration:
            keep = {"calibration_session_id", "change_reason"}  # not in Lark
            if rating.pre_calibration is None:  # this file has no manager rating: keep the stored one
                keep |= {"pre_calibration", "rater_id"}
            if rating.post_calibration is None:
                keep.add("post_calibration")
            batch.add(rating, file, rec, keep)


def write_performance(cycle: Cycle, reviews: Iterable[Review], ratings: Iterable[Rating]) -> dict[str, Any]:
    sem = cycle.lark_semester_id or cycle.id
    half = (
        "H1"
        if cycle.start.month == 1 and cycle.end.month == 6
        else "H2"
        if cycle.start.month == 7
        else "Custom"
    )
    by_user: dict[str, dict[str, list[dict[str, Any]]]] = {}

    def stage(user: str, kind: str) -> list[dict[str, Any]]:
        return by_user.setdefault(user, {}).setdefault(kind, [])

    for r in reviews:
        stage_type, field_id = review_stage_and_field(r)
        stage(r.reviewee_id, stage_type).append(
            {
                "template_id": "review",
                "unit_id": "main",
                "field_id": field_id,
                "reviewer_user_id": {"user_id": r.reviewer_id},
                "submit_time": to_ms(r.submitted_at) if r.submitted_at else None,
                "text": r.text,
            }
        )
    for rt in ratings:
        if rt.pre_calibration:
            stage(rt.employee_id, "leader_review").append(
                {
                    "template_id": "review",
                    "unit_id": "main",
                    "field_id": RATING_INDICATOR,
                    "reviewer_user_id": {"user_id": rt.rater_id or rt.employee_id},
                    "indicator_id": RATING_INDICATOR,
                    "option_id": rt.pre_calibration,
                }
            )
        if rt.post_calibration:
            stage(rt.employee_id, "view_result").append(
                {
                    "template_id": "review",
                    "unit_id": "main",
                    "field_id": RATING_INDICATOR,
                    "reviewer_user_id": {"user_id": rt.rater_id or rt.employee_id},
                    "indicator_id": RATING_INDICATOR,
                    "option_id": rt.post_calibration,
                }
            )
    return {
        "semesters": [
            {
                "id": sem,
                "year": cycle.start.year,
                "type_group": "Semi-annual" if half != "Custom" else "Non-standard",
                "type": half,
                "name": {"zh-CN": cycle.name_zh, "en-US": cycle.name_en},
                "progress": "enabled",
                "start_time": day_start_ms(cycle.start),
                "end_time": day_end_ms(cycle.end),
            }
        ],
        "indicators": [
            {
                "id": RATING_INDICATOR,
                "name": {"zh-CN": "绩效等级", "en-US": "Performance rating"},
                "options": [
                    {"id": k, "name": {"zh-CN": zh, "en-US": en}, "label": k}
                    for k, (zh, en) in RATING_NAMES.items()
                ],
            }
        ],
        "datas": [
            {
                "user_id": {"user_id": user},
                "semester_id": sem,
                "stages": [
                    {"stage_type": kind, "progress": 3, "data": data} for kind, data in stages.items()
                ],
            }
            for user, stages in by_user.items()
        ],
    }
