"""Accepting a finding's rewrite: the set with that KR's text (or the weights, or the parent) replaced, ready
to re-check. Pasted text is edited in place, so the user's own wording, order and format stay as they wrote
them; YAML/JSON (or text where the item cannot be found once) is written back in our schema."""

from __future__ import annotations

import json
import re

import yaml

from assistant.errors import AssistantError
from assistant.i18n import Lang, detect_lang, t
from assistant.okr.model import Finding, OkrSetIn
from assistant.okr.text_format import is_alignment_line, with_weight


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
    if parent := _parent(finding):  # align to the best candidate parent
        for obj in data["objectives"]:
            if obj["id"] == finding.target:
                obj["aligned_to"] = [parent]
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


def apply_to_text(text: str, okr_set: OkrSetIn, finding: Finding) -> str:
    """``text`` (what the user checked) with the finding's fix applied. ``okr_set`` is ``text`` as read."""
    if not _structured(text):
        edited = _edit(text, okr_set, finding)
        if edited is not None:
            return edited
    new = apply_rewrite(okr_set, finding)
    if text.lstrip()[:1] in "{[":
        return json.dumps(new.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
                          ensure_ascii=False, indent=2)  # fmt: skip
    return as_yaml(new)


def as_yaml(okr_set: OkrSetIn) -> str:
    return yaml.safe_dump(okr_set.model_dump(mode="json", exclude_none=True, exclude_defaults=True),
                          allow_unicode=True, sort_keys=False, width=120)  # fmt: skip


def _parent(finding: Finding) -> str | None:
    candidates = finding.evidence.get("candidates") or []
    return candidates[0]["id"] if finding.code in ("ALIGN_SUGGESTED", "ALIGN_WEAK") and candidates else None


def _structured(text: str) -> bool:
    if text.lstrip()[:1] in "{[":
        return True
    try:
        loaded = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        return False
    return isinstance(loaded, dict) and "objectives" in loaded  # "O1: …" lines also parse as a YAML mapping


def _line_of(lines: list[str], needle: str) -> int | None:
    """The one line holding ``needle`` (None when none or several do)."""
    found = [i for i, line in enumerate(lines) if needle and needle in line]
    return found[0] if len(found) == 1 else None


def _edit(text: str, okr_set: OkrSetIn, finding: Finding) -> str | None:
    lines = text.splitlines()
    titles = {o.id: o.title for o in okr_set.objectives}
    krs = {k.id: k.text for o in okr_set.objectives for k in o.key_results}
    weights = finding.evidence.get("suggested_weights")
    if finding.code in ("KR_WEIGHTS", "O_WEIGHTS") and weights:
        for item, weight in weights.items():
            i = _line_of(lines, krs.get(item) or titles.get(item) or "")
            if i is None:
                return None
            lines[i] = with_weight(lines[i], weight)
        return "\n".join(lines) + ("\n" if text.endswith("\n") else "")
    if parent := _parent(finding):
        i = _line_of(lines, titles.get(finding.target, ""))
        if i is None:
            return None
        indent = re.match(r"\s*", lines[i])[0] + "  "  # type: ignore[index]
        label = "对齐：" if detect_lang(text) == "zh" else "Aligned to: "
        if i + 1 < len(lines) and is_alignment_line(lines[i + 1]):
            lines[i + 1] = f"{indent}{label}{parent}"
        else:
            lines.insert(i + 1, f"{indent}{label}{parent}")
        return "\n".join(lines) + ("\n" if text.endswith("\n") else "")
    if finding.rewrite is not None and (old := krs.get(finding.target)) and text.count(old) == 1:
        return text.replace(old, finding.rewrite.text)
    return None


def acceptable(finding: Finding) -> bool:
    """Whether the finding carries a fix that can be applied with one click."""
    if finding.code in ("KR_WEIGHTS", "O_WEIGHTS"):
        return bool(finding.evidence.get("suggested_weights"))
    return _parent(finding) is not None or (finding.rewrite is not None and finding.rewrite.verified)


def why_not(finding: Finding, lang: Lang) -> str | None:
    """For a rewrite that cannot be accepted: what the user must supply, or what is still wrong with it."""
    rw = finding.rewrite
    if rw is None or acceptable(finding):
        return None
    if rw.needs:
        sep = "、" if lang == "zh" else ", "
        return t(
            "okr.rewrite.needs", lang, parts=sep.join(t(f"okr.rewrite.part.{p}", lang) for p in rw.needs)
        )
    reasons = [t(f"okr.rewrite.{c}", lang) if c.startswith("REWRITE_") else c for c in rw.remaining]
    return t("okr.rewrite.still", lang, codes="; ".join(reasons))
