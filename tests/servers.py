"""Helpers for the real servers the tests start on 127.0.0.1."""

from __future__ import annotations

import subprocess
import time

import httpx


def wait_http(url: str, proc: subprocess.Popen, seconds: float, what: str) -> None:  # type: ignore[type-arg]
    """Wait until ``url`` answers 200, or fail if ``proc`` dies or time runs out."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.3)
