"""The drafting capability: briefs in, bilingual drafts out (fact-checked in both languages), exported to Word,
e-mail and Markdown, sent through SMTP to an audience from the HRIS, and documents translated."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import select

from assistant.access.actor import Actor
from assistant.access.gate import require_hr
from assistant.drafting import terms
from assistant.drafting.brief import Brief, FactValue
from assistant.drafting.check import Report, check
from assistant.drafting.compose import PolicyQuote, offline_draft, write_checker, write_request
from assistant.drafting.export import docx_bytes, eml_bytes, subject_of, write_all
from assistant.drafting.facts import Fact
from assistant.drafting.send import Recipient, SendResult, deliver, read_eml
from assistant.drafting.translate import Translation, read_document, translate
from assistant.errors import AssistantError
from assistant.hris.models import SendLog
from assistant.i18n import Lang, t
from assistant.i18n.names import english_name
from assistant.knowledge.answering import below_title
from assistant.knowledge.guideline import guideline
from assistant.knowledge.keyword import tokenize
from assistant.llm.answer import sentences
from assistant.llm.types import text_of

if TYPE_CHECKING:
    from assistant.core import Core
    from assistant.knowledge.service import KnowledgeService

_EMPLOYEE = re.compile(r"^\s*employee:\s*(\S+)\s*$", re.I)
_QUERY = {"announcement": "", "email": "", "guideline": "process rules", "policy": "policy rules",
          "faq": "", "handout": ""}  # fmt: skip


@dataclass
class Draft:
    brief: Brief
    facts: list[Fact]
    versions: dict[str, str]  # language -> Markdown
    titles: dict[str, str]
    policy: list[PolicyQuote]
    report: Report
    engines: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    made: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def digest(self) -> str:
        text = "\x00".join([self.brief.version, *self.versions.values()])
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    @property
    def stem(self) -> str:
        slug = re.sub(r"[^a-z0-9]+", "-", self.titles.get("en", "").lower()).strip("-")[:60]
        return slug or f"{self.brief.kind}-{self.digest[:8]}"

    def as_json(self, files: list[Path] | None = None) -> dict[str, Any]:
        data = self.report.as_json()
        return {"files": [str(p) for p in files or []], "facts": data["facts"], "issues": data["issues"],
                "ok": data["ok"], "engines": self.engines, "notices": self.notices}  # fmt: skip


class DraftingService:
    def __init__(self, core: Core, knowledge: KnowledgeService) -> None:
        self.core, self.knowledge = core, knowledge

    def cycles(self, actor: Actor, lang: Lang) -> list[tuple[str, str]]:
        """The cycles a brief may pull facts from: (id, name in ``lang``), oldest first."""
        require_hr(actor)
        with self.core.data(actor) as data:
            return [(c.id, c.name_zh if lang == "zh" else c.name_en) for c in data.cycles()]

    # --- facts from the HRIS ---------------------------------------------------------------------------
    def cycle_facts(self, actor: Actor, cycle_id: str) -> dict[str, FactValue]:
        """The cycle's facts, so that HR need not retype them: its name, each stage's dates, how many people
        (in the actor's scope) it covers, and the rating guideline."""
        require_hr(actor)
        with self.core.data(actor) as data:
            cycle = data.cycle(cycle_id.strip())
            stages = data.stages(cycle.id)
            people = len(data.audience(f"cycle:{cycle.id}"))
        facts: dict[str, FactValue] = {"Cycle / 周期": {"zh": cycle.name_zh, "en": cycle.name_en}}
        for st in stages:
            en, zh = t(f"draft.stage.{st.stage}", "en"), t(f"draft.stage.{st.stage}", "zh")
            facts[f"{en} / {zh}"] = f"{st.start.isoformat()} to {st.end.isoformat()}"
        facts["Employees in scope / 覆盖人数"] = people
        g = guideline()
        for grade in g["scale"]:
            facts[f"Guideline share of {grade} / {grade} 档指引比例"] = f"{g['share'][grade]}%"
        return facts

    # --- drafting ----------------------------------------------------------------------------------------
    def draft(self, brief: Brief, actor: Actor | None = None, cycle: str | None = None) -> Draft:
        if cycle:
            if actor is None:
                raise AssistantError("error.need_user")
            pulled = self.cycle_facts(actor, cycle)
            brief = brief.model_copy(update={"facts": {**pulled, **brief.facts}})
        elif actor is not None:
            require_hr(actor)
        if any(_EMPLOYEE.match(str(v)) for v in brief.facts.values()):
            if actor is None:
                raise AssistantError("error.need_user")  # a person from the HRIS: who is asking?
            brief = brief.model_copy(update={"facts": self._people(actor, brief.facts)})
        facts = brief.typed_facts()
        policy = self._policy(brief, actor)
        contact = self.core.settings.hr_contact
        versions = {lang: offline_draft(brief, facts, policy, contact, lang) for lang in brief.languages}
        engines = dict.fromkeys(versions, "offline")
        notices: list[str] = []
        if self.core.settings.llm.base_url:
            first: tuple[str, str] | None = None
            for lang in brief.languages:
                request = write_request(brief, facts, policy, versions[lang], lang)
                result = self.core.generator.generate(request, write_checker(facts, policy, first))
                if result.engine == "llm":
                    versions[lang] = text_of(result)
                    engines[lang] = "llm"
                elif notice := result.notice(lang):  # type: ignore[arg-type]
                    notices.append(notice)
                first = (lang, versions[lang])
        titles = {lang: _title(versions[lang], brief.topic) for lang in versions}
        return Draft(brief, facts, versions, titles, policy, check(facts, versions), engines, notices)

    def _people(self, actor: Actor, facts: dict[str, FactValue]) -> dict[str, FactValue]:
        """Facts given as "employee:ID" with the person's name in both forms from the HRIS (the directory is
        not private; an unknown id is an error that names it)."""
        out = dict(facts)
        with self.core.data(actor) as data:
            for label, value in facts.items():
                if m := _EMPLOYEE.match(str(value)):
                    emp = data.employee(m[1])
                    out[label] = {"zh": emp.name, "en": english_name(emp.name, emp.name_en)}
        return out

    def _policy(self, brief: Brief, actor: Actor | None) -> list[PolicyQuote]:
        """Sentences quoted word for word from the policies the actor may see, in each draft language."""
        if brief.length == "short" or not self.core.has_data():
            return []
        out: list[PolicyQuote] = []
        for lang in brief.languages:
            query = terms.translate(f"{brief.topic} {_QUERY[brief.kind]}", lang)[0]
            words = set(tokenize(query))
            for hit in self.knowledge.retriever.search(query, actor, k=8):
                if hit.document.lang != lang:
                    continue
                best = max((x for x in sentences(hit.chunk.text) if _quotable(x)),
                           key=lambda x: len(words & set(tokenize(x))), default="")  # fmt: skip
                if not best or best not in hit.chunk.text or any(p.text == best for p in out):
                    continue
                n = sum(p.lang == lang for p in out) + 1
                heading = below_title(hit.chunk.heading, hit.document.title)
                out.append(PolicyQuote(n, lang, hit.document.title, heading, best))
                if n >= 5:
                    break
        return out

    # --- files ---------------------------------------------------------------------------------------
    def files(self, draft: Draft) -> dict[str, bytes]:
        title = subject_of(draft.titles)
        versions = draft.versions
        md = "\n\n---\n\n".join(versions.values())
        return {
            f"{draft.stem}.docx": docx_bytes(versions, draft.brief.layout, title, draft.brief.version, draft.made),
            f"{draft.stem}.eml": eml_bytes(versions, draft.brief.layout, title, self.core.settings.smtp.sender,
                                           draft.digest, draft.made),
            f"{draft.stem}.md": md.encode("utf-8"),
        }  # fmt: skip

    def export(self, draft: Draft, out_dir: Path) -> list[Path]:
        return write_all(out_dir, self.files(draft))

    # --- translating ---------------------------------------------------------------------------------------
    def translate(self, path: Path, to: Lang, lang: Lang = "en") -> Translation:
        source = read_document(path)
        return translate(source, to, self.core.generator, bool(self.core.settings.llm.base_url), lang)

    def save_translation(self, result: Translation, path: Path) -> Path:
        if path.suffix.lower() == ".docx":
            data = docx_bytes(
                {result.target_lang: result.text}, "sequential", path.stem, "1", datetime.now(UTC)
            )
        else:
            data = result.text.encode("utf-8")
        return write_all(path.parent, {path.name: data})[0]

    # --- sending -----------------------------------------------------------------------------------------
    def send(self, actor: Actor, eml: Path, target: str, yes: bool = False) -> SendResult:
        """Dry run unless ``yes``: how many would receive it. Sends only to HRIS addresses, never twice."""
        require_hr(actor)
        msg, digest = read_eml(eml)
        with self.core.data(actor) as data:
            people = data.audience(target.strip())
            done = set(data.session.exec(select(SendLog.recipient_id).where(SendLog.draft == digest)).all())
        with_address = [Recipient(p.id, p.email) for p in people if p.email]
        todo = [r for r in with_address if r.employee_id not in done]
        result = SendResult(str(msg["Subject"]), digest, len(with_address), len(people) - len(with_address),
                            len(with_address) - len(todo))  # fmt: skip
        if not people:
            raise AssistantError("error.audience_empty", target=target)
        if not yes or not todo:
            return result
        smtp = self.core.settings.smtp
        password = smtp.password.get_secret_value() if smtp.password else None

        def log(batch: list[Recipient]) -> None:
            with self.core.writes(actor) as w:
                w.sent(digest, [r.employee_id for r in batch], result.subject)

        result.sent = deliver(msg, todo, smtp, password, log)
        result.dry_run = False
        return result


def _quotable(sentence: str) -> bool:
    """A whole sentence of prose: not a table row, not a fragment, not a bare heading."""
    return len(sentence) >= 12 and "|" not in sentence and sentence.rstrip()[-1:] in ".!?。！？"


def _title(markdown: str, fallback: str) -> str:
    m = re.search(r"^#\s+(.+)$", markdown, re.M)
    return m[1].strip() if m else fallback
