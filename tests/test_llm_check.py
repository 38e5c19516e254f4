"""``hr-assistant llm check`` against the scripted server: it reports what works and never crashes."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.fake_openai import FakeOpenAI


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    yield server
    server.stop()


def env(url: str) -> dict[str, str]:
    return {"HR_ASSISTANT_LLM_BASE_URL": url, "HR_ASSISTANT_LLM_MODEL": "scripted-model",
            "HR_ASSISTANT_LLM_CONNECT_TIMEOUT": "1", "HR_ASSISTANT_LLM_TIMEOUT": "3"}  # fmt: skip


def test_check_reports_each_capability(tmp_path: Path, fake: FakeOpenAI) -> None:
    fake.script = [("text", "OK"), ("text", "OK"), ("text", '{"ok": true}'), ("status", 500)]
    res = run_cli(tmp_path, "llm", "check", "--json", env=env(fake.base_url), check=True)
    report = json.loads(res.out)
    probes = {p["name"]: p for p in report["probes"]}
    assert report["usable"] and report["context_window"] == 8192
    assert probes["chat"]["ok"] and probes["streaming"]["ok"] and probes["json_mode"]["ok"]
    assert not probes["json_schema"]["ok"] and probes["json_schema"]["detail"].startswith("server_error")
    assert all(p["ms"] is not None for p in probes.values())


def test_check_against_a_down_endpoint(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    res = run_cli(tmp_path, "--lang", "en", "llm", "check", env=env(f"http://127.0.0.1:{port}/v1"))
    assert res.code != 0 and "not usable" in res.err and "Traceback" not in res.err
    assert "unreachable" in res.out


def test_check_without_an_endpoint(tmp_path: Path) -> None:
    res = run_cli(tmp_path, "--lang", "zh", "llm", "check")
    assert res.code != 0 and "HR_ASSISTANT_LLM_BASE_URL" in res.err and "离线引擎" in res.err
