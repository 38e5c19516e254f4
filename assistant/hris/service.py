"""The HRIS service: imports (HR admins) from Lark/Feishu files and CSV/XLSX tables, Lark exports of a cycle
as the acting user may see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from assistant.access.actor import Actor
from assistant.access.gate import require_admin
from assistant.errors import Problem
from assistant.hris.canonical import import_canonical
from assistant.hris.lark.exporter import export_cycle
from assistant.hris.lark.importer import LarkImporter
from assistant.hris.tabular import import_table
from assistant.i18n import Lang, t

if TYPE_CHECKING:
    from assistant.core import Core


@dataclass
class ImportReport:
    counts: dict[str, int]
    warnings: list[Problem] = field(default_factory=list)

    def imported(self, lang: Lang) -> str:
        """ "Imported: employees 3, objectives 5" in the user's language."""
        sep = "，" if lang == "zh" else ", "
        return t(
            "msg.imported",
            lang,
            counts=sep.join(f"{t('table.' + k, lang)} {v}" for k, v in self.counts.items()),
        )

    def summary(self, lang: Lang) -> str:
        """What was imported, then the warnings."""
        return "\n".join([self.imported(lang), *(w.text(lang) for w in self.warnings)])


class HrisService:
    def __init__(self, core: Core) -> None:
        self.core = core

    def import_lark(self, paths: list[Path], actor: Actor | None) -> ImportReport:
        self.core.ensure_schema()
        with self.core.db.data_transaction() as s:
            require_admin(s, actor)
            importer = LarkImporter(s, self.core.settings.limits.import_mb)
            for path in paths:
                importer.add_file(path)
            counts = importer.commit()
        self.core.data_changed()
        return ImportReport(counts, importer.batch.warnings)

    def import_table(self, path: Path, mapping: Path | None, actor: Actor | None) -> ImportReport:
        """A CSV/XLSX table, read by ``mapping``; without one, the file must have the canonical headers
        (:mod:`assistant.hris.canonical`)."""
        self.core.ensure_schema()
        with self.core.db.data_transaction() as s:
            require_admin(s, actor)
            if mapping is None:
                counts = import_canonical(s, path, self.core.settings.limits.import_mb)
            else:
                counts = import_table(s, path, mapping, self.core.settings.limits.import_mb)
        self.core.data_changed()
        return ImportReport(counts)

    def export_lark(self, cycle_id: str, actor: Actor, fmt: Literal["v1", "v2"] = "v2") -> dict[str, Any]:
        with self.core.data(actor) as data:
            return export_cycle(data, cycle_id, fmt)
