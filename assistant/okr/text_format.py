"""OKRs pasted as Markdown or plain text → an OKR set: "O1: … / KR1.1: …", "目标一：… / 关键结果1：…",
headings with bullets, nested numbered lists (objective, then its KRs), weights such as "(30%)" or
"权重 30%", and "Aligned to: C1" / "对齐：C1" lines."""

from __future__ import annotations

import re
from typing import Any

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPH = re.compile(r"(\*\*|__|\*|`)")
_OBJ = re.compile(
    r"^(?:#{1,6}\s*)?(?:(?:O|Objective|Obj\.?)\s*(?P<n>\d+)(?!\d)|目标\s*(?P<zn>[一二三四五六七八九十\d]+)|(?:Objective|目标|O))"
    r"(?:\s*[:：.、)）\-–—]|(?<=\d)\s+)\s*(?P<title>.+)$",
    re.I,
)
_KR = re.compile(
    r"^(?:[-*•·]\s*)?(?:\d+[.)、]\s*)?(?:(?:CEO\s+)?KR\s*(?P<n>\d+(?:[.\-]\d+)?(?![.\-]?\d))?|"
    r"Key\s*Results?\s*(?P<n2>\d+(?:\.\d+)?(?!\.?\d))?|"
    r"关键结果\s*(?P<zn>[一二三四五六七八九十\d]+(?:\.\d+)?(?!\.?\d))?|CEO\s+KR)"
    r"(?:\s*[:：.、)）\-–—]|(?<=\d)\s+)\s*(?P<text>.+)$",
    re.I,
)
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*•·+]|\d+[.)、]|[（(]\d+[)）]|[a-z][.)])\s+(?P<text>.+)$")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+)$")
_ALIGN = re.compile(
    r"^(?:[-*•]\s*)?(?:aligned?\s*(?:to|with)?|alignment|对齐(?:到|至)?|支撑)\s*[:：]\s*(?P<ids>.+)$", re.I
)
_WEIGHT = re.compile(r"\s*[（(]\s*(?:weight|权重)?\s*[:：]?\s*(?P<w>\d{1,3}(?:\.\d+)?)\s*%\s*[)）]\s*$|"
                     r"\s*[,，;；]?\s*(?:weight|权重)\s*[:：]?\s*(?P<w2>\d{1,3}(?:\.\d+)?)\s*%\s*$", re.I)  # fmt: skip
_ZH_NUM = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _clean(line: str) -> str:
    return _EMPH.sub("", _LINK.sub(r"\1", line)).strip()


def _weight(text: str) -> tuple[str, float | None]:
    m = _WEIGHT.search(text)
    if not m:
        return text, None
    return text[: m.start()].strip(), float(m["w"] or m["w2"]) / 100


def _zh_int(s: str) -> str:
    """ "3" → "3", "三" → "3", "十二" → "12", "二十" → "20"."""
    if s.isdigit():
        return s
    if len(s) == 1:
        return str(_ZH_NUM.get(s, 10 if s == "十" else 0))
    if s[0] == "十":
        return str(10 + _ZH_NUM.get(s[1], 0))
    return str(_ZH_NUM.get(s[0], 0) * 10 + (0 if s[-1] == "十" else _ZH_NUM.get(s[-1], 0)))


def parse_text(text: str) -> dict[str, Any]:
    """A dict in the OKR set schema (validated by the caller); objectives without KRs are kept."""
    objectives: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    obj_indent = -1

    def new_objective(title: str, number: str | None = None) -> dict[str, Any]:
        title, weight = _weight(title)
        oid = f"O{number or len(objectives) + 1}"
        if any(o["id"] == oid for o in objectives):
            oid = f"O{len(objectives) + 1}"
        obj = {"id": oid, "title": title, "key_results": [], "aligned_to": [], "weight": weight}
        objectives.append(obj)
        return obj

    def add_kr(obj: dict[str, Any], body: str, number: str | None = None) -> None:
        body, weight = _weight(body)
        n = len(obj["key_results"]) + 1
        kid = f"KR{number}" if number and "." in number else f"{obj['id']}.KR{number or n}"
        if any(k["id"] == kid for o in objectives for k in o["key_results"]):
            kid = f"{obj['id']}.KR{n}"
        obj["key_results"].append({"id": kid, "text": body, "weight": weight})

    for raw in text.splitlines():
        if not raw.strip() or raw.strip().startswith(("|", "---", "<!--", "```")):
            continue
        line = _clean(raw)
        stripped = re.sub(r"^(?:[-*•·+]|\d+[.)、])\s+", "", line)
        if (m := _ALIGN.match(stripped)) and current is not None:
            current["aligned_to"] += [i for i in re.split(r"[\s,，、;；]+", m["ids"]) if i]
            continue
        if m := _KR.match(stripped):
            if current is None:
                current = new_objective("(untitled objective)")
            number = m["n"] or m["n2"] or (_zh_int(m["zn"].split(".")[0]) if m["zn"] else None)
            add_kr(current, m["text"].strip(), number.replace("-", ".") if number else None)
            continue
        if m := _OBJ.match(stripped):
            number = m["n"] or (_zh_int(m["zn"]) if m["zn"] else None)
            current, obj_indent = new_objective(m["title"].strip(), number), _indent(raw)
            continue
        if m := _HEADING.match(line):
            current, obj_indent = new_objective(m["text"].strip()), -1
            current["heading"] = True
            continue
        if m := _BULLET.match(raw):
            indent, body = len(m["indent"].expandtabs(4)), _clean(m["text"])
            if current is not None and (obj_indent < 0 or indent > obj_indent):
                add_kr(current, body)
            else:
                current, obj_indent = new_objective(body), indent
            continue
    if any(o["key_results"] for o in objectives):  # a title heading ("# 2026 H1 OKR") is not an objective
        objectives = [o for o in objectives if o["key_results"] or not o.get("heading")]
    for obj in objectives:
        obj.pop("heading", None)
        for kr in obj["key_results"]:
            if kr["weight"] is None:
                kr.pop("weight")
        if obj["weight"] is None:
            obj.pop("weight")
    return {"objectives": objectives}


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


def with_weight(line: str, weight: float) -> str:
    """``line`` with its weight annotation set to ``weight`` (a fraction), added as "(30%)" when it has none."""
    pct = f"{weight * 100:.0f}"
    if m := _WEIGHT.search(line):
        group = "w" if m["w"] is not None else "w2"
        return line[: m.start(group)] + pct + line[m.end(group) :]
    return f"{line.rstrip()} ({pct}%)"


def is_alignment_line(line: str) -> bool:
    return bool(_ALIGN.match(re.sub(r"^(?:[-*•·+]|\d+[.)、])\s+", "", _clean(line))))


def as_text(okr_set: Any) -> str:
    """An OKR set (:class:`~assistant.okr.model.OkrSetIn`) written the way people paste it, and as
    :func:`parse_text` reads it back: "O1: … (40%)", "Aligned to: …", "- KR1.1: … (50%)"."""
    from assistant.i18n import detect_lang

    def pct(values: list[float | None]) -> list[str]:
        scale = 1 if any(v is not None and v > 1 for v in values) else 100
        return [f" ({v * scale:.0f}%)" if v is not None else "" for v in values]

    titles = " ".join(o.title for o in okr_set.objectives)
    label = "对齐：" if detect_lang(titles) == "zh" else "Aligned to: "
    lines: list[str] = []
    for i, (obj, ow) in enumerate(
        zip(okr_set.objectives, pct([o.weight for o in okr_set.objectives]), strict=True), 1
    ):
        lines.append(f"O{i}: {obj.title}{ow}")
        if obj.aligned_to:
            lines.append(f"  {label}{', '.join(obj.aligned_to)}")
        krs = obj.key_results
        lines += [f"- KR{i}.{j}: {kr.text}{kw}"
                  for j, (kr, kw) in enumerate(zip(krs, pct([k.weight for k in krs]), strict=True), 1)]  # fmt: skip
        lines.append("")
    return "\n".join(lines)
