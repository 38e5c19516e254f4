"""What the coaching round tests probe: the flags of some notes, and their SBI statements."""

from __future__ import annotations

from assistant.coaching.sbi import Statement, statements
from assistant.coaching.wording import flag_notes


def sbi(notes: str, lang: str = "en") -> list[Statement]:
    return statements(notes, flag_notes(notes), lang)


def flags(notes: str) -> list[tuple[str, str]]:
    """(the phrase flagged, its category) for each flag, in order."""
    return [(notes[f.start : f.end], f.category) for f in flag_notes(notes)]
