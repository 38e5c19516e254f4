"""The LLM layer, measured: fallback latency with the endpoint down, token-counting speed, and the
scripted-failure matrix (failure -> what the user sees). A measurement, not a test.

    .venv/bin/python -m evals.bench.llm_layer
"""

from __future__ import annotations

import socket
import statistics
import tempfile
import time
from pathlib import Path

from assistant.llm import Generator
from assistant.llm.answer import answer_question
from assistant.llm.tokens import count_tokens
from assistant.settings import load_settings
from tests.fake_openai import FakeOpenAI
from tests.test_llm import GOOD, MATRIX, PASSAGES, QUESTION

POLICIES = Path(__file__).resolve().parents[2] / "knowledge" / "policies"


def generator(base_url: str, home: Path) -> Generator:
    settings = load_settings(home, llm_base_url=base_url, llm_model="scripted-model", llm_timeout=1.5,
                             llm_connect_timeout=1.0, llm_max_retry_wait=1.0)  # fmt: skip
    return Generator(settings)


def fallback_latency(home: Path) -> list[float]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gen = generator(f"http://127.0.0.1:{port}/v1", home)
    answer_question(gen, QUESTION, PASSAGES, "en", "hr", None)  # warm-up
    times = []
    for _ in range(20):
        start = time.perf_counter()
        r = answer_question(gen, QUESTION, PASSAGES, "en", "hr", None)
        times.append((time.perf_counter() - start) * 1000)
        assert r.fallback_reason == "llm.fallback.unreachable"
    return times


def token_speed() -> tuple[int, float, dict[str, int]]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(POLICIES.glob("*.md"))}
    count_tokens("warm up")
    start = time.perf_counter()
    total = 0
    for _ in range(5):
        total = sum(count_tokens(t) for t in texts.values())
    secs = (time.perf_counter() - start) / 5
    per_lang = {
        lang: sum(count_tokens(t) for n, t in texts.items() if n.endswith(f".{lang}.md"))
        for lang in ("zh", "en")
    }
    return total, secs, per_lang


def main() -> None:
    home = Path(tempfile.mkdtemp())
    times = fallback_latency(home / "a")
    print(f"endpoint down (connection refused), connect timeout 1.0 s: fallback in median {statistics.median(times):.1f} ms, "
          f"max {max(times):.1f} ms over {len(times)} requests")  # fmt: skip
    total, secs, per_lang = token_speed()
    print(f"token counting (o200k_base, offline): {total:,} tokens of policy text in {secs * 1000:.1f} ms "
          f"= {total / secs:,.0f} tokens/s (zh files {per_lang['zh']:,}, en files {per_lang['en']:,})")  # fmt: skip
    print("\nscripted failure -> what the user sees")
    server = FakeOpenAI()
    try:
        for case, script, _ in MATRIX:
            server.script = [*script, ("text", GOOD)]
            gen = generator(server.base_url, home / case.replace(" ", "_"))
            start = time.perf_counter()
            r = answer_question(gen, QUESTION, PASSAGES, "en", "hr", None)
            ms = (time.perf_counter() - start) * 1000
            print(f"  {case:<42} {r.engine:<8} {ms:7.0f} ms  {r.notice('en')}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
