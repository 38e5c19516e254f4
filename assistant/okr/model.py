"""The OKR checker's edges: the set it reads (YAML/JSON schema) and the report it returns."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.okr.parse_kr import ParsedKR

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class _In(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    @field_validator("id", mode="before", check_fields=False)
    @classmethod
    def _id_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int | float) else value


Weight = Field(default=None, ge=0, le=100, allow_inf_nan=False)  # 0..1 or a percentage; normalised by the set
Value = Field(default=None, allow_inf_nan=False)


class KeyResultIn(_In):
    id: str = Field(max_length=200)
    text: str = Field(min_length=1, max_length=500)
    weight: float | None = Weight
    metric: str | None = None
    baseline: float | None = Value
    target: float | None = Value
    unit: str | None = None
    direction: Literal["increase", "decrease"] | None = None
    deadline: date | None = None


class ObjectiveIn(_In):
    id: str = Field(max_length=200)
    title: str = Field(min_length=1, max_length=300)
    weight: float | None = Weight
    aligned_to: list[str] = Field(default_factory=list)
    key_results: list[KeyResultIn] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _bare_krs(cls, data: Any) -> Any:
        """``key_results: ["text", …]`` is accepted; ids become O1.KR1, O1.KR2…"""
        if isinstance(data, dict) and isinstance(data.get("key_results"), list):
            oid = data.get("id", "O")
            data = {**data, "key_results": [
                {"id": f"{oid}.KR{i}", "text": kr} if isinstance(kr, str) else kr
                for i, kr in enumerate(data["key_results"], 1)
            ]}  # fmt: skip
        if isinstance(data, dict) and isinstance(data.get("aligned_to"), str | int):
            data = {**data, "aligned_to": [str(data["aligned_to"])]}
        return data


class ParentIn(_In):
    id: str = Field(max_length=200)
    title: str = Field(min_length=1, max_length=300)
    key_results: list[str] = Field(default_factory=list)
    owner: str | None = None
    level: str | None = None  # company | department | manager

    @field_validator("key_results", mode="before")
    @classmethod
    def _kr_texts(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [kr.get("text", "") if isinstance(kr, dict) else str(kr) for kr in value]
        return value


class KpiIn(_In):
    id: str = Field(max_length=200)
    name: str = Field(min_length=1, max_length=300)
    weight: float | None = Weight
    formula: str | None = None
    data_source: str | None = None
    threshold: float | None = Value
    target: float | None = Value
    challenge: float | None = Value
    direction: Literal["increase", "decrease"] = "increase"
    unit: str | None = None


class CombinedModel(_In):
    kpi: float = Field(ge=0, le=100, allow_inf_nan=False)  # share of the combined score, 0..1 or a percentage
    okr: float = Field(ge=0, le=100, allow_inf_nan=False)


class OkrSetIn(_In):
    owner: str | None = None
    cycle: str | None = None
    parents: list[ParentIn] | None = None
    objectives: list[ObjectiveIn]
    kpis: list[KpiIn] = Field(default_factory=list)
    model: CombinedModel | None = None


class Finding(BaseModel):
    code: str
    severity: Severity
    target: str  # objective or KR id as in the input, or "set"
    message: dict[str, str]  # {"zh": …, "en": …}
    suggestion: str | None = None
    evidence: dict[str, Any] = Field(default_factory=dict)
    rewrite: Rewrite | None = None


class Rewrite(BaseModel):
    """A concrete replacement text that the rules re-checked: ``verified`` only when the finding is gone
    and no new error appeared."""

    text: str
    verified: bool
    engine: Literal["offline", "llm"] = "offline"
    remaining: list[str] = Field(default_factory=list)  # codes the rewrite still triggers, REWRITE_* drifts
    needs: list[str] = Field(default_factory=list)  # what the user must supply: metric, baseline, target


class CheckReport(BaseModel):
    score: int
    findings: list[Finding]
    parsed: dict[str, Any]
    notes: list[str] = Field(
        default_factory=list
    )  # catalogue keys already rendered: what was skipped and why
    owner: str | None = None
    cycle: str | None = None
    engine: Literal["offline", "llm"] = "offline"

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out


Finding.model_rebuild()


def parsed_dump(parsed: ParsedKR) -> dict[str, Any]:
    keep = ("metric", "baseline", "target", "change", "change_unit", "unit", "direction", "deadline")
    return {k: v for k, v in parsed.model_dump(mode="json", include=set(keep)).items() if v is not None}
