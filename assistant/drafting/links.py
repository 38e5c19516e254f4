"""Links in a draft: URLs and e-mail addresses found and normalised, and a text with them blanked so that
nothing inside a link is read as a term or a number. Pure functions."""

from __future__ import annotations

import re

from assistant.drafting.mention import Mention

_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+", re.I)
# a host written without its scheme, with any path: "perf.example.cn/mid2026" (not "e.g.", "U.S.", "2.5x")
_BARE_LINK = re.compile(
    r"(?<![\w.@/-])(?!\d+\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,}(?:/[^\s，。；、）)\]」]*)?(?=[\s，。；、）)\]」,;:!?]|$)"
)
_EMAIL = re.compile(r"(?<![A-Za-z0-9.+_-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def normalise_link(text: str) -> str:
    text = text.strip().rstrip(".,;:!?").removeprefix("mailto:")
    text = re.sub(r"^https?://", "", text, flags=re.I).removeprefix("www.").rstrip("/")
    host, sep, rest = text.partition("/")
    return host.lower() + sep + rest


def without_links(text: str) -> str:
    """``text`` with its links and e-mail addresses blanked (same length): "360" in a host name is no term, nor
    "pip" in a link written without its scheme ("hr.example.tech/pip-template")."""
    for pattern in (_URL, _EMAIL, _BARE_LINK):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text


def link_mentions(text: str) -> list[Mention]:
    """Every URL and e-mail address in ``text``, normalised (scheme, \"www.\" and a trailing slash dropped)."""
    out = []
    for m in _URL.finditer(text):
        raw = m.group().rstrip(".,;:!?")
        out.append(Mention("link", m.start(), m.start() + len(raw), normalise_link(raw), raw))
    for m in _EMAIL.finditer(text):
        if not any(x.start <= m.start() < x.end for x in out):
            out.append(Mention("link", m.start(), m.end(), m.group().lower(), m.group()))
    return out
