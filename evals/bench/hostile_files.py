"""Hostile files: the time and the extra memory each refusal takes (targets: ≤ 1 s, ≤ 200 MB), for a 1 GB zip
bomb as .docx and as .xlsx, a billion-laughs entity bomb, a 10,000-entry archive, zip-slip names and JSON
nested a million deep. A measurement, not a test: prints one table for one run.

    .venv/bin/python -m evals.bench.hostile_files
"""

from __future__ import annotations

import io
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

from assistant.api import Assistant
from assistant.errors import AssistantError
from assistant.knowledge.formats import parse
from assistant.knowledge.safety import UnsafeFile
from tests.helpers import load_people


def _zip(parts: dict[str, bytes | int]) -> bytes:
    """An archive; an int part is that many zero bytes, streamed in (so a 1 GB bomb costs 1 MB here)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            if isinstance(data, int):
                with zf.open(name, "w", force_zip64=True) as out:
                    chunk = b"\0" * (1 << 20)
                    for _ in range(data >> 20):
                        out.write(chunk)
            else:
                zf.writestr(name, data)
    return buf.getvalue()


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"".join(b"&lol%s;" % (str(i - 1).encode() if i > 1 else b"")
                                                                for _ in range(10))) for i in range(1, 10))
          + b"]><lolz>&lol9;</lolz>")  # fmt: skip


def measure(name: str, run: Callable[[], object]) -> tuple[str, float, float, str]:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        run()
        verdict = "READ (not refused)"
    except (UnsafeFile, AssistantError) as exc:
        verdict = (exc.message("en") if isinstance(exc, AssistantError) else str(exc))[:70]
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1048576
    tracemalloc.stop()
    return name, seconds, peak, verdict


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        a = Assistant.open(tmp / "home")
        load_people(a)
        admin = a.actor("u_hr")
        mapping = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tables" / "employees.map.yaml"
        bomb = _zip({"word/document.xml": 1 << 30})
        (tmp / "people.xlsx").write_bytes(_zip({"xl/worksheets/sheet1.xml": 1 << 30}))
        (tmp / "deep.json").write_text("[" * 1_000_000 + "]" * 1_000_000, encoding="utf-8")
        laughs, many = (
            _zip({"word/document.xml": LAUGHS}),
            _zip({f"w/{i}.xml": b"<a/>" for i in range(10_000)}),
        )
        slip = _zip({"../../../etc/x.xml": b"<a/>"})
        cases = [  # the files are made before the clock starts
            ("1 GB zip bomb (.docx)", lambda: parse(Path("b.docx"), bomb)),
            ("1 GB zip bomb (.xlsx import)", lambda: a.hris.import_table(tmp / "people.xlsx", mapping, admin)),
            ("billion laughs (.docx)", lambda: parse(Path("l.docx"), laughs)),
            ("10,000-entry archive", lambda: parse(Path("m.docx"), many)),
            ("zip-slip names", lambda: parse(Path("s.docx"), slip)),
            ("JSON nested 10^6 deep (Lark import)", lambda: a.hris.import_lark([tmp / "deep.json"], admin)),
        ]  # fmt: skip
        print(f"{'file':38} {'seconds':>8} {'peak MB':>8}  verdict")
        for name, seconds, peak, verdict in (measure(n, run) for n, run in cases):
            print(f"{name:38} {seconds:8.3f} {peak:8.1f}  {verdict}   (ratios to 1 s / 200 MB: "
                  f"{seconds:.2f}, {peak / 200:.2f})")  # fmt: skip


if __name__ == "__main__":
    main()
