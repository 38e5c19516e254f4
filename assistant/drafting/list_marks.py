"""The numbers of list items ("2. Employees …", "3、", "(4)", "## 2．审批", "**2.**", "十二、其他"): they count
nothing, so a fact check must not read them as a number, a date or a time. Pure functions."""

from __future__ import annotations

import re

_LIST_MARK = re.compile(
    r"^[ \t\u00a0\u3000]*(?:#{1,6}[ \t]+|\*\*)?(?:[(（]\d{1,2}[)）]|\d{1,2}[.．、)）]"
    r"|[一二三四五六七八九十]{2,3}、(?![一二三四五六七八九十\d]+月))(?=[ \t\u00a0\u3000*]|[^\d\s])",
    re.M,
)
_OPEN_END = re.compile(r"[A-Za-z\u4e00-\u9fff,，]$")  # a line that stops mid-sentence


def list_marks(text: str) -> set[int]:
    """The positions of ``text`` that list items' numbers cover (a few characters each: a set, so that testing
    a mention against them costs its length, not the number of items). A number that opens a line only because
    a long sentence was wrapped before it ("… the most you may carry is\n5. Any days above that lapse") is none."""
    out: set[int] = set()
    for m in _LIST_MARK.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] == "\n":  # the last line written before it (blank lines skipped)
            end -= 1
        before = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
        if not (len(before) >= 50 and _OPEN_END.search(before) and not _LIST_MARK.match(before)):
            out.update(range(m.start(), m.end()))
    return out
