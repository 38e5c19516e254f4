"""Helpers for the real servers the tests start on 127.0.0.1."""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

import httpx


class ServerProcess:
    """A server started for the tests, its stderr kept in a file so that a crash is reported as one: exit
    status and the last lines it wrote, instead of the client's "Connection error"."""

    def __init__(self, cmd: list[str], what: str) -> None:
        self.what = what
        self.log = Path(tempfile.mkstemp(prefix="server-", suffix=".log")[1])
        with self.log.open("wb") as err:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)

    def died(self) -> str | None:
        """Why the server is gone (exit status, last stderr lines), or None while it runs."""
        code = self.proc.poll()
        if code is None:
            return None
        tail = self.log.read_text(errors="replace").strip().splitlines()[-15:]
        return f"{self.what} died (exit status {code}); last lines of its stderr:\n" + "\n".join(tail)

    def wait(self, url: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            reason = self.died()
            if reason is not None:
                raise RuntimeError(reason)
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"{self.what} did not answer within {seconds:.0f} s")
            time.sleep(0.3)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.unlink(missing_ok=True)
