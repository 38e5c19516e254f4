"""The folder Gradio keeps uploads in while a request runs. It must be outside the home folder (the app blocks
every path in there, so an upload inside it is refused as soon as a handler reads it), private to this process
(mode 0700) and gone when the app stops. Gradio reads ``GRADIO_TEMP_DIR`` when it is imported, so this runs
before ``ui.app`` is."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VAR = "GRADIO_TEMP_DIR"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _exit(signum: int, frame: object) -> None:
    sys.exit(128 + signum)


@contextmanager
def upload_folder(home: Path) -> Iterator[Path]:
    """Set ``GRADIO_TEMP_DIR`` for the app's lifetime: the operator's own choice when it is outside the home
    folder (kept afterwards), otherwise a fresh private folder in the system's temp folder (removed after)."""
    chosen = os.environ.get(VAR)
    if chosen and not _inside(Path(chosen).resolve(), home.resolve()):
        Path(chosen).mkdir(parents=True, exist_ok=True)
        yield Path(chosen)
        return
    folder = Path(tempfile.mkdtemp(prefix="hr-assistant-uploads-"))  # mode 0700
    os.environ[VAR] = str(folder)
    previous = signal.signal(signal.SIGTERM, _exit)  # a stop by SIGTERM unwinds too, so the folder goes
    try:
        yield folder
    finally:
        signal.signal(signal.SIGTERM, previous)
        shutil.rmtree(folder, ignore_errors=True)
        if chosen is None:
            os.environ.pop(VAR, None)
        else:
            os.environ[VAR] = chosen
