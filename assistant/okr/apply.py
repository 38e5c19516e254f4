"""Accepting a finding's rewrite: the set with that KR's text (or the weights) replaced, ready to re-check."""

from __future__ import annotations

import yaml

from assistant.errors import AssistantError
from assistant.okr.model import Finding, OkrSetIn


def apply_rewrite(okr_set: OkrSetIn, finding: Finding) -> OkrSetIn:
    data = okr_set.model_dump(mode="json", exclude_none=True)
    weights = finding.evidence.get("suggested_weights")
    if finding.code in ("KR_WEIGHTS", "O_WEIGHTS") and weights:
        for obj in data["objectives"]:
            if finding.code == "O_WEIGHTS" and obj["id"] in weights:
                obj["weight"] = weights[obj["id"]]
            for kr in obj["key_results"]:
                if kr["id"] in weights:
                    kr["weight"] = weights[kr["id"]]
        return OkrSetIn.model_validate(data)
    candidates = finding.evidence.get("candidates") or []
    if finding.code in ("ALIGN_SUGGESTED", "ALIGN_WEAK") and candidates:  # align to the best candidate parent
        for obj in data["objectives"]:
            if obj["id"] == finding.target:
                obj["aligned_to"] = [candidates[0]["id"]]
                return OkrSetIn.model_validate(data)
    if finding.rewrite is None:
        raise AssistantError("error.no_rewrite", target=finding.target)
    for obj in data["objectives"]:
        for kr in obj["key_results"]:
            if kr["id"] == finding.target:
                kr["text"] = finding.rewrite.text
                for key in ("metric", "baseline", "target", "unit", "direction", "deadline"):
                    kr.pop(key, None)  # the new text speaks for itself
                return OkrSetIn.model_validate(data)
    raise AssistantError("error.no_rewrite", target=finding.target)


def as_yaml(okr_set: OkrSetIn) -> str:
    return yaml.safe_dump(okr_set.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
                          allow_unicode=True, sort_keys=False, width=120)  # fmt: skip
