"""Starts the real web app (``hr-assistant ui``) on a free port of 127.0.0.1 over a copy of the demo home,
and drives Debian's Chromium through Playwright."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from assistant.demo.install import DEMO_PASSWORD as DEMO
from tests.conftest import CLI
from tests.helpers import copy_home

ARTEFACTS = Path(__file__).parent / "artifacts" / "ui"
CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(demo_home: Path, tmp: Path) -> Iterator[str]:
    home = copy_home(demo_home, tmp / "home")
    port = free_port()
    # started as `make run` starts it: the same command, environment and home layout (only the port differs)
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith(("HR_ASSISTANT_", "GRADIO_")) and k != "HR_ASSISTANT_CACHE_DIR")}  # fmt: skip
    env["GRADIO_ANALYTICS_ENABLED"] = "False"  # as the Makefile exports it
    log = (tmp / "app.log").open("wb")
    proc = subprocess.Popen([CLI, "--home", str(home), "ui", "--port", str(port)], env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited: {(tmp / 'app.log').read_text()}")
        try:
            if httpx.get(url + "/auth/login", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        raise RuntimeError("the app did not start in 90 s")
    try:
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def login(page, url: str, user: str, password: str = DEMO) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(url + "/")
    page.locator("#username").fill(user)
    page.locator("#password").fill(password)
    page.locator("#login").click()
    expect(page.locator("#who")).to_contain_text(user.upper(), timeout=30_000)


def open_tab(browser, url: str, user: str, lang: str, tab: str, height: int = 1500):  # type: ignore[no-untyped-def]
    """A new page logged in as ``user`` in a browser of ``lang``, on the tab named ``tab``."""
    page = browser.new_context(locale="zh-CN" if lang == "zh" else "en-US",
                               viewport={"width": 1400, "height": height}).new_page()  # fmt: skip
    login(page, url, user)
    page.get_by_role("tab", name=tab).click()
    return page


def wait_idle(page, elem_id: str, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    """A Gradio output is done when its status tracker is hidden again."""
    page.wait_for_function(
        """id => { const t = document.querySelector('#' + id + ' [data-testid="status-tracker"]');
                   return !t || t.classList.contains('hide'); }""",
        arg=elem_id, timeout=timeout,
    )  # fmt: skip
