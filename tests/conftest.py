from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assistant.api import Assistant
from tests.pg import PostgresServer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
CLI = str(Path(sys.executable).with_name("hr-assistant"))


@pytest.fixture(scope="session", autouse=True)
def shared_embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One embedding cache for the whole run, so each test home does not re-embed the same documents."""
    folder = tmp_path_factory.mktemp("cache")
    os.environ["HR_ASSISTANT_CACHE_DIR"] = str(folder)
    yield folder
    os.environ.pop("HR_ASSISTANT_CACHE_DIR", None)


@pytest.fixture(scope="session")
def pg() -> Iterator[PostgresServer]:
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on SQLite and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hr.db'}"
    return request.getfixturevalue("pg").new_database()


@pytest.fixture
def assistant(db_url: str, tmp_path: Path) -> Assistant:
    a = Assistant.open(tmp_path / "home", database_url=db_url)
    a.core.ensure_schema()
    return a


@pytest.fixture(scope="session")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the demo company installed through the real CLI, shared by read-only tests."""
    home = tmp_path_factory.mktemp("demo-home")
    run_cli(home, "init", "--demo", check=True)
    Assistant.open(home).analytics.precheck()  # as the app does when it starts: every app copy starts checked
    return home


@pytest.fixture(scope="session")
def demo(demo_home: Path) -> Assistant:
    return Assistant.open(demo_home)


@pytest.fixture(scope="session")
def manifest(demo: Assistant) -> dict:
    from assistant.demo.install import load_manifest

    return load_manifest(demo)


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(
    home: Path, *args: str, as_user: str | None = None, check: bool = False, env: dict | None = None
) -> Result:
    cmd = [CLI, "--home", str(home)]
    if as_user:
        cmd += ["--as", as_user]
    full_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("HR_ASSISTANT_") or k == "HR_ASSISTANT_CACHE_DIR"
    }
    full_env.update(env or {})
    proc = subprocess.run([*cmd, *args], capture_output=True, text=True, env=full_env, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return Result(proc.returncode, proc.stdout, proc.stderr)


@dataclass
class App:
    """The web app as `make run` starts it, over a copy of the demo home."""

    url: str
    home: Path
    upload_folders: list[Path]  # Gradio upload folders seen by the tests: checked gone once the app stops


@pytest.fixture(scope="session")
def app(demo_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    from tests.ui_app import start_app

    tmp = tmp_path_factory.mktemp("ui")
    seen: list[Path] = []
    for url in start_app(demo_home, tmp):
        yield App(url, tmp / "home", seen)
    assert all(not folder.exists() for folder in seen), "the upload folder outlived the app"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    from tests.ui_app import ARTEFACTS, CHROMIUM

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()
