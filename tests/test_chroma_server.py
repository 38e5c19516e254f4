"""The knowledge index on a real Chroma server on 127.0.0.1 (the setting for a shared deployment)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from tests import knowledge_docs as kd
from tests.pg import free_port
from tests.servers import ServerProcess


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    chroma = str(Path(sys.executable).with_name("chroma"))
    server = ServerProcess([chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                           "the Chroma server")  # fmt: skip
    try:
        server.wait(f"http://127.0.0.1:{port}/api/v2/heartbeat", 60)
        yield port
    finally:
        server.stop()


def test_ingest_and_search_on_a_chroma_server(chroma_server: int, tmp_path: Path) -> None:
    doc = tmp_path / "remote.en.md"
    doc.write_text(kd.EN, encoding="utf-8")
    a = Assistant.open(tmp_path / "home", chroma_mode="server", chroma_port=chroma_server)
    a.core.ensure_schema()
    assert a.knowledge.ingest([str(doc)], None)[0].status == "indexed"
    assert not (tmp_path / "home" / "index" / "chroma").exists()  # nothing embedded locally
    assert a.knowledge.store.count() == a.knowledge.status(None)["chunks"] > 0
    r = a.knowledge.ask("远程办公的核心时间是几点到几点？", None)
    assert not r.refused and r.citations[0].source == str(doc) and "10:00" in r.citations[0].quote
