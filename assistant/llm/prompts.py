"""Prompt templates: files in ``prompts/``, one per task and language (``answer.zh.md``) or one for both
(``probe.md``), rendered with Jinja2. Untrusted text goes through the ``data`` filter, which fences it, labels it
as data and takes out what speaks to a model (:mod:`assistant.llm.guard`): only the user's own question is
passed as written."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2
from jinja2 import meta

from assistant.llm.guard import neutralise

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"


def fence(text: object, label: str = "data") -> str:
    """``<data kind="label">text</data>``, with anything in ``text`` that could close the fence defused, and
    instruction-like paragraphs replaced by "[…]" (except in the user's own question)."""
    body = str(text) if label == "question" else neutralise(str(text))[0]
    body = body.replace("<data", "<\u200bdata").replace("</data", "<\u200b/data")
    return f'<data kind="{label}">\n{body}\n</data>'


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PROMPTS_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )
    env.filters["data"] = fence
    return env


def template_name(task: str, lang: str) -> str:
    specific = f"{task}.{lang}.md"
    return specific if (PROMPTS_DIR / specific).exists() else f"{task}.md"


def render(task: str, lang: str, **variables: object) -> str:
    return _env().get_template(template_name(task, lang)).render(**variables).strip()


def variables(name: str) -> set[str]:
    """The variables a template file uses."""
    source = (PROMPTS_DIR / name).read_text(encoding="utf-8")
    return meta.find_undeclared_variables(_env().parse(source))


def system_prompt(lang: str) -> str:
    return render("system", lang)
