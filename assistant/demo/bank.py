"""The demo company's text banks (YAML in ``knowledge/demo/``) and how their templates are filled in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"
DEMO_DIR = KNOWLEDGE_DIR / "demo"


@cache
def okr_bank() -> dict[str, Any]:
    return yaml.safe_load((DEMO_DIR / "okr_bank.yaml").read_text(encoding="utf-8"))


@cache
def review_bank() -> dict[str, Any]:
    return yaml.safe_load((DEMO_DIR / "review_bank.yaml").read_text(encoding="utf-8"))


def fmt_number(value: float, decimals: int, lang: str) -> str:
    text = f"{value:,.{decimals}f}" if lang == "en" else f"{value:.{decimals}f}"
    return text


def fmt_deadline(day: date, lang: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh" else day.isoformat()


@dataclass(frozen=True)
class KrTemplate:
    key: str
    spec: dict[str, Any]

    @property
    def direction(self) -> str:
        return str(self.spec["direction"])

    @property
    def decimals(self) -> int:
        return int(self.spec.get("decimals", 0))

    def render(self, lang: str, baseline: float, target: float, deadline: date) -> str:
        return self.spec[lang].format(
            metric=self.spec[f"metric_{lang}"],
            baseline=fmt_number(baseline, self.decimals, lang),
            target=fmt_number(target, self.decimals, lang),
            unit=self.spec["unit"],
            deadline=fmt_deadline(deadline, lang),
        )


@dataclass(frozen=True)
class ObjectiveTemplate:
    key: str
    zh: str
    en: str
    supports: tuple[str, ...]
    key_results: tuple[KrTemplate, ...]


@cache
def department_objectives(dept: str) -> tuple[ObjectiveTemplate, ...]:
    out = []
    for i, o in enumerate(okr_bank()["departments"][dept]["objectives"]):
        krs = tuple(KrTemplate(f"{dept}.{i}.{j}", kr) for j, kr in enumerate(o["key_results"]))
        out.append(ObjectiveTemplate(f"{dept}.{i}", o["zh"], o["en"], tuple(o.get("supports", [])), krs))
    return tuple(out)


def vague_key_results(dept: str) -> list[dict[str, str]]:
    return list(okr_bank()["departments"][dept].get("vague_key_results", []))


def company_objectives() -> list[dict[str, Any]]:
    return list(okr_bank()["company_objectives"])


def kpi_templates(dept: str) -> list[dict[str, Any]]:
    return list(okr_bank().get("kpis", {}).get(dept, []))
