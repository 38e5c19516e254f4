"""LLM-proposed rewrites through the scripted OpenAI-compatible server: a proposal is shown only when the
same rules pass it; otherwise the offline rewrite is shown, marked as needing the owner's input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from tests.fake_openai import FakeOpenAI

SET = "objectives:\n  - id: O1\n    title: Grow paid usage\n    key_results:\n      - {id: K1, text: 'Reach 3,400 paying teams'}\n      - {id: K2, text: 'Increase paying teams from 2,000 to 2,600'}\n"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    yield server
    server.stop()


def assistant(tmp_path: Path, fake: FakeOpenAI) -> Assistant:
    return Assistant.open(tmp_path / "home", llm_base_url=fake.base_url, llm_model="scripted-model",
                          llm_timeout=2.0, llm_connect_timeout=1.0, llm_max_retry_wait=1.0)  # fmt: skip


def test_a_passing_proposal_is_shown_as_the_llms(tmp_path: Path, fake: FakeOpenAI) -> None:
    fake.script = [("text", json.dumps({"text": "Increase paying teams from 2,750 to 3,400 by 2026-06-30"}))]
    report = assistant(tmp_path, fake).okr.check(SET, None)
    finding = next(f for f in report.findings if f.target == "K1" and f.code == "KR_NO_BASELINE")
    assert finding.rewrite.engine == "llm" and finding.rewrite.verified
    assert finding.rewrite.text.startswith("Increase paying teams from 2,750")
    assert report.engine == "llm"
    prompt = fake.requests[0]["messages"][-1]["content"]
    assert "Reach 3,400 paying teams" in prompt and '<data kind="key result">' in prompt


def test_a_proposal_that_still_fails_is_never_shown_as_fixed(tmp_path: Path, fake: FakeOpenAI) -> None:
    fake.script = [("text", json.dumps({"text": "Reach 3,400 paying teams, truly"}))]  # still no baseline
    report = assistant(tmp_path, fake).okr.check(SET, None)
    finding = next(f for f in report.findings if f.target == "K1" and f.code == "KR_NO_BASELINE")
    assert finding.rewrite.engine == "offline" and not finding.rewrite.verified
    assert "[current value?]" in finding.rewrite.text
    assert len(fake.requests) == 2  # the proposal and one repair request, then the offline rewrite
    assert "KR_NO_BASELINE" in fake.requests[1]["messages"][-1]["content"]


def test_endpoint_down_falls_back_to_offline_rewrites(tmp_path: Path) -> None:
    a = Assistant.open(tmp_path / "home", llm_base_url="http://127.0.0.1:9/v1", llm_connect_timeout=0.5,
                       llm_max_retries=0)  # fmt: skip
    report = a.okr.check(SET, None)
    finding = next(f for f in report.findings if f.code == "KR_NO_BASELINE")
    assert finding.rewrite.engine == "offline" and report.engine == "offline"
