"""People's names in both languages: the English form the HRIS holds, or, for a name in Chinese characters
without one, its pinyin in the usual order (surname first: 王芳 -> Wang Fang, 欧阳明宣 -> Ouyang Mingxuan)."""

from __future__ import annotations

import re

_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙", "长孙",
                      "宇文", "司徒", "轩辕", "端木", "南宫", "澹台", "申屠", "呼延")  # fmt: skip


def english_name(name: str, name_en: str | None = None) -> str:
    """``name_en`` when the HRIS has one; the pinyin of a Chinese name; otherwise the name as it is."""
    if name_en and name_en.strip():
        return name_en.strip()
    if not _HAN.match(name):
        return name
    from pypinyin import lazy_pinyin

    cut = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = "".join(lazy_pinyin(name[:cut])), "".join(lazy_pinyin(name[cut:]))
    return f"{surname.capitalize()} {given.capitalize()}"
