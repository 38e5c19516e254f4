"""The OKR service: read a set, check it (against the HRIS as the acting user may see it), the user's own
set, a manager's team view, a whole cycle, the alignment tree."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from assistant.access.actor import Actor
from assistant.access.repository import HRData
from assistant.caching import Bounded
from assistant.errors import NotFound
from assistant.hris.files import decode_text, read_bytes
from assistant.okr.apply import apply_to_text
from assistant.okr.checker import Context, OkrChecker
from assistant.okr.history import History, load_history
from assistant.okr.hris_context import build_context, current_cycle, own_set
from assistant.okr.model import CheckReport, Finding, OkrSetIn
from assistant.okr.reader import read_okr_file, read_okr_text
from assistant.okr.team import TeamReport, check_each, check_team
from assistant.okr.text_format import as_text
from assistant.okr.tree import TreeNode, alignment_tree

if TYPE_CHECKING:
    from assistant.core import Core

K = TypeVar("K")
V = TypeVar("V")


class _UntilDataChange(Generic[K, V]):
    """Values per key (a bounded number), each kept until the HRIS data change (the core's data version)."""

    def __init__(self, core: Core, size: int = 32) -> None:
        self.core = core
        self._items: Bounded[K, tuple[int, V]] = Bounded(size)

    def get(self, key: K, make: Callable[[], V]) -> V:
        version = self.core.data_version
        cached = self._items.get(key)
        if cached is None or cached[0] != version:
            cached = (version, make())
            self._items.put(key, cached)
        return cached[1]


class OkrService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self._histories: _UntilDataChange[str, History] = _UntilDataChange(core)  # per visible set
        self._trees: _UntilDataChange[tuple[str, str], list[TreeNode]] = _UntilDataChange(core)
        self._teams: _UntilDataChange[tuple[str, str, str | None, str], TeamReport] = _UntilDataChange(core)

    @cached_property
    def checker(self) -> OkrChecker:
        generator = self.core.generator if self.core.settings.llm.base_url else None
        return OkrChecker(embed=self.core.embedder.passages, generator=generator,  # one embedder and cache
                          max_key_results=self.core.settings.okr.max_key_results)  # fmt: skip

    def _history(self, data: HRData) -> History:
        """Past KRs the actor may see, loaded once per set of visible objectives until the data change (the
        history is made of those objectives, their key results and the cycles, nothing else)."""
        return self._histories.get(data.objectives_digest(), lambda: load_history(data))

    def read(self, source: Path | str, name: str = "<text>") -> OkrSetIn:
        """An OKR set from a file (Path) or pasted text (str)."""
        if isinstance(source, Path):
            return read_okr_file(source, self.core.settings.limits.import_mb)
        return read_okr_text(source, name)

    def check(
        self, source: Path | str | OkrSetIn, actor: Actor | None, cycle: str | None = None,
        lang: Literal["zh", "en"] = "en", rewrites: bool = True,
    ) -> CheckReport:  # fmt: skip
        """Check an OKR set; with an actor, against the HRIS (parents, KPIs, history) as they may see it."""
        okr_set = source if isinstance(source, OkrSetIn) else self.read(source)
        if actor is None or not self.core.has_data():
            return self.checker.check(okr_set, Context(notes=[("okr.note.no_hris", {})]), lang, rewrites)
        owner = okr_set.owner or actor.employee_id
        with self.core.data(actor) as data:
            try:
                ctx = build_context(data, owner, cycle or okr_set.cycle, self._history(data),
                                    need_parents=okr_set.parents is None)  # fmt: skip
            except NotFound as exc:
                key = "okr.note.no_owner" if exc.key == "error.no_such_employee" else "okr.note.no_cycle"
                ctx = Context(notes=[(key, {"owner": owner, "cycle": cycle or okr_set.cycle})])
            return self.checker.check(okr_set, ctx, lang, rewrites)

    def file_text(self, path: Path) -> str:
        """An uploaded OKR file's own text, to edit as the user wrote it (refused, with the problems, when it
        is not an OKR set)."""
        text = decode_text(read_bytes(path, self.core.settings.limits.import_mb), str(path))
        read_okr_text(text, str(path), path.suffix.lower())
        return text

    def own_text(self, actor: Actor, cycle: str | None = None) -> str:
        """The actor's own objectives of the cycle, written as people paste OKRs."""
        return as_text(self.own(actor, cycle=cycle))

    def accept(self, text: str, finding: Finding) -> str:
        """``text`` (as the user checked it) with the finding's fix applied in place."""
        return apply_to_text(text, self.read(text), finding)

    def own(self, actor: Actor, owner: str | None = None, cycle: str | None = None) -> OkrSetIn:
        """``owner``'s (default: the actor's own) objectives of the cycle (default: the current one)."""
        with self.core.data(actor) as data:
            cycle_id = cycle or current_cycle(data).id
            return own_set(data, owner or actor.employee_id, cycle_id)

    def team(
        self, manager_id: str, actor: Actor, cycle: str | None = None, lang: Literal["zh", "en"] = "en"
    ) -> TeamReport:
        """A row per report of ``manager_id`` (checked once per viewer, cycle and language until the data
        change) and the manager's KRs no report supports."""
        with self.core.data(actor) as data:
            key = (actor.employee_id, manager_id.upper(), cycle, lang)
            return self._teams.get(key, lambda: check_team(data, self.checker, manager_id, cycle,
                                                           self._history(data), lang))  # fmt: skip

    def cycle(self, actor: Actor, cycle: str | None = None) -> Iterator[tuple[str, OkrSetIn, CheckReport]]:
        """Every OKR set of the cycle whose findings the actor may see (an HR admin: everyone's)."""
        with self.core.data(actor) as data:
            people = [e.id for e in data.people() if actor.can_see(e.id)]
            cycle_id = cycle or current_cycle(data).id
            yield from check_each(data, self.checker, people, cycle_id, self._history(data))

    def each(
        self, actor: Actor, people: list[str], cycle_id: str
    ) -> Iterator[tuple[str, OkrSetIn, CheckReport]]:
        """The sets of ``people`` (each in the actor's scope) in the cycle, checked."""
        with self.core.data(actor) as data:
            yield from check_each(data, self.checker, people, cycle_id, self._history(data))

    def tree(self, actor: Actor, cycle: str | None = None) -> list[TreeNode]:
        """Company objectives down to the actor's (and a manager's team's), alignment findings marked; checked
        once per actor and cycle until the data change."""
        with self.core.data(actor) as data:
            cycle_id = cycle or current_cycle(data).id
            return self._trees.get((actor.employee_id, cycle_id), lambda: alignment_tree(
                data, self.checker, actor.employee_id, cycle_id, self._history(data)))  # fmt: skip
