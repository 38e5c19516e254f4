"""The Python API that the CLI and the UI both call. It owns settings and the database, and hands out
:class:`HRData` views bound to an acting user, so every read goes through the access layer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import func
from sqlmodel import Session, select

from assistant.access.repository import HRData
from assistant.access.viewer import Viewer, load_viewer
from assistant.errors import AccessDenied, AssistantError, NotFound, Problem
from assistant.hris.db import Database
from assistant.hris.lark.exporter import export_cycle
from assistant.hris.lark.importer import LarkImporter
from assistant.hris.models import Employee
from assistant.hris.tabular import import_table
from assistant.settings import Settings, load_settings

if TYPE_CHECKING:
    from assistant.knowledge.answering import AskResult, Conversation
    from assistant.knowledge.embedding import Embedder
    from assistant.knowledge.ingest import FileResult, Progress
    from assistant.knowledge.service import KnowledgeBase
    from assistant.okr.checker import OkrChecker
    from assistant.okr.history import History
    from assistant.okr.model import CheckReport, OkrSetIn
    from assistant.okr.team import TeamReport
    from assistant.okr.tree import TreeNode


@dataclass
class ImportReport:
    counts: dict[str, int]
    warnings: list[Problem] = field(default_factory=list)


class Assistant:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._histories: dict[str, History] = {}  # OKR history per viewer, dropped when data are imported
        self.db = Database(settings.database_url or "")

    @classmethod
    def open(cls, home: Path | None = None, **overrides: Any) -> Assistant:
        return cls(load_settings(home, **overrides))

    def has_data(self) -> bool:
        if self.db.is_empty():
            return False
        self.db.schema_version()
        with self.db.session() as s:
            return bool(s.exec(select(func.count()).select_from(Employee)).one())

    def ensure_schema(self) -> int:
        return self.db.create_or_upgrade()

    # --- reading as a user ----------------------------------------------------------------
    def viewer(self, employee_id: str) -> Viewer:
        with self.db.session() as s:
            return load_viewer(s, employee_id)

    @contextmanager
    def data(self, employee_id: str) -> Iterator[HRData]:
        """Scoped access to the HRIS for ``employee_id``."""
        self.ensure_schema()
        with self.db.session() as s:
            yield HRData(s, load_viewer(s, employee_id), self.settings.okr_visibility)

    # --- writing (HR admin) -----------------------------------------------------------------
    def require_admin(self, employee_id: str | None) -> None:
        """AccessDenied unless ``employee_id`` is an HR admin (the web app checks before it writes anything)."""
        with self.db.session() as s:
            self._require_admin(s, employee_id)

    def _require_admin(self, session: Session, employee_id: str | None) -> None:
        """Imports are for HR admins; only an HRIS with nobody in it yet may be bootstrapped by anyone."""
        if session.exec(select(Employee.id)).first() is None:
            return
        if employee_id is None:
            raise AssistantError("error.need_user")
        viewer = load_viewer(session, employee_id)
        if viewer.role != "hr_admin":
            raise AccessDenied("error.need_admin", viewer=viewer.employee_id, role=viewer.role)

    def import_lark(self, paths: list[Path], as_user: str | None) -> ImportReport:
        self.ensure_schema()
        self._histories.clear()  # the OKR history caches read the data being replaced
        with self.db.transaction() as s:
            self._require_admin(s, as_user)
            importer = LarkImporter(s, self.settings.max_import_mb)
            for path in paths:
                importer.add_file(path)
            counts = importer.commit()
        return ImportReport(counts, importer.batch.warnings)

    def import_table(self, path: Path, mapping: Path, as_user: str | None) -> ImportReport:
        self.ensure_schema()
        self._histories.clear()  # the OKR history caches read the data being replaced
        with self.db.transaction() as s:
            self._require_admin(s, as_user)
            counts = import_table(s, path, mapping, self.settings.max_import_mb)
        return ImportReport(counts)

    def export_lark(self, cycle_id: str, as_user: str, fmt: Literal["v1", "v2"] = "v2") -> dict[str, Any]:
        with self.data(as_user) as data:
            return export_cycle(data, cycle_id, fmt)

    # --- knowledge -------------------------------------------------------------------------
    @cached_property
    def knowledge(self) -> KnowledgeBase:
        from assistant.knowledge.service import KnowledgeBase  # chroma and the embedding load only when used

        self.ensure_schema()
        return KnowledgeBase(self.settings, self.db, self.embedder)

    @cached_property
    def embedder(self) -> Embedder:
        """The offline embedding, with its cache by content: shared by the knowledge base and the OKR checker."""
        from assistant.knowledge.embedding import Embedder

        assert self.settings.cache_dir is not None
        return Embedder(self.settings.cache_dir / "embeddings.sqlite")

    def ingest(
        self, paths: list[str], as_user: str | None, scope: str = "all", progress: Progress | None = None
    ) -> list[FileResult]:
        """Add documents to the knowledge base (HR admin)."""
        self.ensure_schema()
        self.require_admin(as_user)
        return self.knowledge.ingestor.ingest(paths, scope, progress)

    def ask(
        self, question: str, as_user: str | None, lang: Literal["zh", "en"] | None = None,
        conversation: Conversation | None = None,
    ) -> AskResult:  # fmt: skip
        """Answer from the documents the user may see, with citations, or refuse."""
        from assistant.errors import InputError, Problem

        if not question.strip():
            raise InputError([Problem("", "", "question", "the question is empty")])
        viewer = self.viewer(as_user) if as_user else None
        return self.knowledge.answerer.ask(question.strip(), viewer, lang, conversation)

    # --- OKR checking ----------------------------------------------------------------------
    @cached_property
    def okr_checker(self) -> OkrChecker:
        from assistant.llm import Generator
        from assistant.okr.checker import OkrChecker

        generator = None
        if self.settings.llm_base_url:  # the LLM's usage is logged in the database
            self.ensure_schema()
            generator = Generator(self.settings, self.db)
        return OkrChecker(embed=self.embedder.passages, generator=generator,  # one embedder and cache
                          max_key_results=self.settings.okr_max_key_results)  # fmt: skip

    def _history(self, data: HRData) -> History:
        """Past KRs the viewer may see, loaded once per viewer and kept while the process runs."""
        from assistant.okr.history import load_history

        cache = self._histories
        if data.viewer.employee_id not in cache:
            if len(cache) >= 32:
                cache.pop(next(iter(cache)))
            cache[data.viewer.employee_id] = load_history(data)
        return cache[data.viewer.employee_id]

    def read_okrs(self, source: Path | str, name: str = "<text>") -> OkrSetIn:
        """An OKR set from a file (Path) or pasted text (str)."""
        from assistant.okr.reader import read_okr_file, read_okr_text

        if isinstance(source, Path):
            return read_okr_file(source, self.settings.max_import_mb)
        return read_okr_text(source, name)

    def check_okrs(
        self, source: Path | str | OkrSetIn, as_user: str | None, cycle: str | None = None,
        lang: Literal["zh", "en"] = "en", rewrites: bool = True,
    ) -> CheckReport:  # fmt: skip
        """Check an OKR set; with a user, against the HRIS (parents, KPIs, history) as that user may see it."""
        from assistant.okr.checker import Context
        from assistant.okr.hris_context import build_context

        okr_set = source if not isinstance(source, Path | str) else self.read_okrs(source)
        checker = self.okr_checker
        if not as_user or not self.has_data():
            return checker.check(okr_set, Context(notes=[("okr.note.no_hris", {})]), lang, rewrites)
        owner = okr_set.owner or as_user
        with self.data(as_user) as data:
            ctx = None
            try:
                ctx = build_context(data, owner, cycle or okr_set.cycle, self._history(data),
                                    need_parents=okr_set.parents is None)  # fmt: skip
            except NotFound as exc:
                key = "okr.note.no_owner" if exc.key == "error.no_such_employee" else "okr.note.no_cycle"
                ctx = Context(notes=[(key, {"owner": owner, "cycle": cycle or okr_set.cycle})])
            return checker.check(okr_set, ctx, lang, rewrites)

    def my_okrs(self, as_user: str, owner: str | None = None, cycle: str | None = None) -> OkrSetIn:
        """``owner``'s (default: the user's own) objectives of the cycle (default: the current one)."""
        from assistant.okr.hris_context import current_cycle, own_set

        with self.data(as_user) as data:
            cycle_id = cycle or current_cycle(data).id
            return own_set(data, owner or as_user, cycle_id)

    def check_team(
        self, manager_id: str, as_user: str, cycle: str | None = None, lang: Literal["zh", "en"] = "en"
    ) -> TeamReport:
        from assistant.okr.team import check_team

        with self.data(as_user) as data:
            return check_team(data, self.okr_checker, manager_id, cycle, self._history(data), lang)

    def check_cycle(
        self, as_user: str, cycle: str | None = None
    ) -> Iterator[tuple[str, OkrSetIn, CheckReport]]:
        """Every OKR set of the cycle the user may see the findings of (an HR admin: everyone's)."""
        from assistant.okr.hris_context import current_cycle
        from assistant.okr.team import check_each

        with self.data(as_user) as data:
            people = [e.id for e in data.people() if data.viewer.can_see(e.id)]
            cycle_id = cycle or current_cycle(data).id
            yield from check_each(data, self.okr_checker, people, cycle_id, self._history(data))

    def alignment_tree(self, as_user: str, cycle: str | None = None) -> list[TreeNode]:
        """Company objectives down to the user's (and a manager's team's), alignment findings marked."""
        from assistant.okr.hris_context import current_cycle
        from assistant.okr.tree import alignment_tree

        with self.data(as_user) as data:
            cycle_id = cycle or current_cycle(data).id
            return alignment_tree(data, self.okr_checker, as_user, cycle_id, self._history(data))

    # --- log-in and the web app ------------------------------------------------------------
    def warm_up(self) -> None:
        """Load the embedding model, the keyword index and the checker once, before the first user waits."""
        from assistant.okr.checker import Context

        self.knowledge.answerer.ask("OKR", None)
        warm = self.read_okrs("O1: Warm up\n- KR1: Raise NPS from 40 to 45")
        self.okr_checker.check(warm, Context(), rewrites=False)

    def authenticate(self, employee_id: str, password: str) -> Viewer:
        """The user, when the password matches the stored hash; AccessDenied otherwise (same for unknown ids)."""
        from assistant.access.passwords import verify_password

        with self.db.session() as s:
            emp = s.get(Employee, employee_id.strip())
            stored = emp.password_hash if emp is not None and emp.active else None
            if not verify_password(password, stored):
                raise AccessDenied("error.login_failed")
            return load_viewer(s, employee_id.strip())

    def has_password(self, employee_id: str) -> bool:
        with self.db.session() as s:
            emp = s.get(Employee, employee_id)
            return bool(emp is not None and emp.password_hash)

    def session_fingerprint(self, employee_id: str) -> str | None:
        """A value that changes with the user's password (so a new password ends old sessions); None when the
        user is unknown, inactive or has no password."""
        import hashlib

        with self.db.session() as s:
            emp = s.get(Employee, employee_id)
            if emp is None or not emp.active or not emp.password_hash:
                return None
            return hashlib.sha256(emp.password_hash.encode()).hexdigest()[:16]

    def set_password(self, employee_id: str, password: str, as_user: str | None) -> None:
        """Users set their own password; an HR admin may set anyone's (or anyone may, in an HRIS with no
        password set yet, to bootstrap)."""
        from assistant.access.passwords import hash_password

        if len(password) < 8:
            raise AssistantError("error.password_short")
        with self.db.transaction() as s:
            nobody = s.exec(select(Employee.id).where(Employee.password_hash.is_not(None))).first() is None  # type: ignore[union-attr]
            if not nobody and as_user != employee_id:
                self._require_admin(s, as_user)
            emp = s.get(Employee, employee_id)
            if emp is None:
                raise NotFound("error.no_such_employee", id=employee_id)
            emp.password_hash = hash_password(password)
            s.add(emp)

    def ask_stream(
        self, question: str, as_user: str | None, lang: Literal["zh", "en"] | None = None,
        conversation: Conversation | None = None,
    ) -> Iterator[str | AskResult]:  # fmt: skip
        """The answer as text pieces (verified text only), then the whole result."""
        from assistant.llm.service import pieces

        result = self.ask(question, as_user, lang, conversation)
        yield from pieces(result.answer)
        yield result

    def record_feedback(self, as_user: str, question: str, result: AskResult, helpful: bool) -> None:
        from datetime import UTC, datetime

        from assistant.hris.models import AnswerFeedback

        self.ensure_schema()
        with self.db.transaction() as s:
            load_viewer(s, as_user)
            s.add(AnswerFeedback(at=datetime.now(UTC), employee_id=as_user, question=question, answer=result.answer,
                                 sources="\n".join(c.source for c in result.citations), engine=result.engine,
                                 helpful=helpful))  # fmt: skip

    def cited_passage(self, source: str, quote: str, as_user: str | None) -> str | None:
        """The indexed passage a citation quotes, if the user may see that document."""
        viewer = self.viewer(as_user) if as_user else None
        return self.knowledge.passage_containing(source, quote, viewer)

    def index_status(self, as_user: str) -> dict[str, Any]:
        self.require_admin(as_user)
        return self.knowledge.status()

    def check_llm(self, as_user: str) -> Any:
        """The endpoint check of `llm check` (HR admins); None when no endpoint is configured."""
        from assistant.llm.check import check_endpoint

        self.require_admin(as_user)
        return check_endpoint(self.settings) if self.settings.llm_base_url else None
