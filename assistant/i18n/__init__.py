"""One bilingual catalogue for every user-facing string (messages, labels, templates)."""

from assistant.i18n.catalog import Lang, catalog_keys, detect_lang, t

__all__ = ["Lang", "catalog_keys", "detect_lang", "t"]
