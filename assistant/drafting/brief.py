"""A drafting brief (YAML or JSON, or the app's form): what to write, for whom, and the facts it must carry.

kind: email            # announcement | email | guideline | policy | faq | handout
topic: 2026 H2 year-end review kickoff
audience: All employees in the 2026 H2 cycle
facts:                 # label -> value; labels in either language ("Deadline / 截止" gives both)
  Self-review deadline: 2026-12-17
  HRBP: {zh: 王芳, en: Wang Fang}
tone: formal           # formal | friendly | neutral
length: medium         # short | medium | long
languages: [zh, en]
layout: sequential     # sequential | side_by_side
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.drafting.facts import Fact, make_fact
from assistant.errors import InputError, InvalidValue, Msg, Problem, Where, validation_reason
from assistant.hris.files import decode_text, json_problem, read_input, yaml_problem

KINDS = ("announcement", "email", "guideline", "policy", "faq", "handout")
MAX_BRIEF_MB = 1.0
MAX_FACTS = 60
FactValue = str | int | float | date | dict[str, str]


class Brief(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: Literal["announcement", "email", "guideline", "policy", "faq", "handout"]
    topic: str = Field(min_length=1, max_length=300)
    audience: str = Field(default="", max_length=300)
    facts: dict[str, FactValue] = Field(default_factory=dict, max_length=MAX_FACTS)
    tone: Literal["formal", "friendly", "neutral"] = "formal"
    length: Literal["short", "medium", "long"] = "medium"
    languages: list[Literal["zh", "en"]] = Field(
        default_factory=lambda: ["zh", "en"], min_length=1, max_length=2
    )
    layout: Literal["sequential", "side_by_side"] = "sequential"
    version: str = Field(default="1", max_length=20)

    @field_validator("facts")
    @classmethod
    def _facts(cls, facts: dict[str, FactValue]) -> dict[str, FactValue]:
        for label, value in facts.items():
            if not str(label).strip():
                raise InvalidValue("problem.draft.empty_label")
            if isinstance(value, dict) and (
                set(value) != {"zh", "en"} or not all(str(v).strip() for v in value.values())
            ):
                raise InvalidValue("problem.draft.two_forms", label=label)
            if isinstance(value, str) and not value.strip():
                raise InvalidValue("problem.draft.empty_value", label=label)
        return facts

    @field_validator("languages")
    @classmethod
    def _languages(cls, langs: list[str]) -> list[str]:
        return list(dict.fromkeys(langs))

    def typed_facts(self, name: Where = "") -> list[Fact]:
        """The facts, typed (dates, numbers…). Problems: an impossible date, a range that ends before it
        starts, the same label twice with different values."""
        year = next((v.year for v in self.facts.values() if isinstance(v, date)), date.today().year)
        out, problems, seen = [], [], {}
        for label, value in self.facts.items():
            try:
                fact = make_fact(label, value, year)
            except InvalidValue as exc:
                problems.append(Problem(name, "facts", label, exc.key, exc.params))
                continue
            key = " ".join(label.casefold().split())
            if key in seen and seen[key] != fact.value:
                problems.append(
                    Problem(name, "facts", label, "problem.draft.contradiction", {"other": label})
                )
            seen[key] = fact.value
            out.append(fact)
        if not out and not problems:
            problems.append(Problem(name, "facts", "", "problem.draft.no_facts"))
        if problems:
            raise InputError(problems)
        return out


class _UniqueKeys(yaml.SafeLoader):
    """YAML that refuses a key given twice: two values for one fact are a contradiction, not a choice."""


def _mapping(loader: _UniqueKeys, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        value = loader.construct_object(value_node, deep=deep)
        if key in out and out[key] != value:
            raise InvalidValue("problem.draft.contradiction", other=str(key))
        out[key] = value
    return out


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def parse_brief(text: str, name: Where = "") -> Brief:
    """A brief from YAML or JSON text (JSON is YAML too, but its own errors read better)."""
    try:
        data = json.loads(text) if text.lstrip().startswith("{") else yaml.load(text, Loader=_UniqueKeys)
    except json.JSONDecodeError as exc:
        raise InputError([json_problem(name, exc)]) from None
    except InvalidValue as exc:
        raise InputError([Problem(name, "facts", "", exc.key, exc.params)]) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise InputError([yaml_problem(name, exc)]) from None
    if not isinstance(data, dict):
        raise InputError([Problem(name, "", "", "problem.draft.not_a_brief")])
    return brief_from(data, name)


def brief_from(data: dict[str, Any], name: Where = "") -> Brief:
    try:
        brief = Brief.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = [str(x) for x in err["loc"]]
            reason: Msg = validation_reason(err)
            problems.append(
                Problem(name, loc[0] if loc else "", ".".join(loc[1:2]), reason.key, reason.params)
            )
        raise InputError(problems) from None
    brief.typed_facts(name)  # typed once here so that a bad fact is reported before anything is written
    return brief


def read_brief(path: Path) -> Brief:
    name = path.name
    return parse_brief(decode_text(read_input(path, MAX_BRIEF_MB), name), name)
