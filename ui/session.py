"""Log-in for the web app: a signed, HTTP-only session cookie naming the employee, a fingerprint of their
password hash (a new password ends every older session; a deactivated user is out at once) and a session id
that log-out revokes on the server; and a throttle on failed log-ins. The signing secret and the revoked
sessions live in the home folder (owner-only)."""

from __future__ import annotations

import json
import math
import secrets
import threading
import time
from collections.abc import Callable
from pathlib import Path

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "hr_session"
LANG_COOKIE = "hr_lang"
MAX_AGE = 8 * 3600


def _private(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)


class Sessions:
    def __init__(self, home: Path, fingerprint: Callable[[str], str | None]) -> None:
        home.mkdir(parents=True, exist_ok=True)
        secret = home / "ui_secret"
        if not secret.exists():
            _private(secret, secrets.token_hex(32))
        self.signer = URLSafeTimedSerializer(secret.read_text(encoding="utf-8").strip(), salt="hr-session")
        self.fingerprint = fingerprint
        self.revoked_file = home / "ui_revoked.json"
        self.revoked: dict[str, float] = {}  # session id -> when it was revoked (kept for MAX_AGE)
        if self.revoked_file.exists():
            self.revoked = json.loads(self.revoked_file.read_text(encoding="utf-8"))

    def token(self, employee_id: str) -> str:
        return self.signer.dumps([employee_id, self.fingerprint(employee_id), secrets.token_hex(16)])

    def _load(self, request: Request) -> tuple[str, str] | None:
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        try:
            employee_id, fingerprint, sid = self.signer.loads(token, max_age=MAX_AGE)
        except (BadSignature, ValueError, TypeError):
            return None
        if sid in self.revoked or fingerprint is None or fingerprint != self.fingerprint(employee_id):
            return None
        return str(employee_id), str(sid)

    def user(self, request: Request) -> str | None:
        """The employee id of the request's session, or None (this is Gradio's ``auth_dependency``)."""
        found = self._load(request)
        return found[0] if found else None

    def revoke(self, request: Request) -> None:
        """End the request's session on the server: its cookie opens nothing any more, even if kept."""
        found = self._load(request)
        if found is None:
            return
        now = time.time()
        self.revoked = {s: at for s, at in self.revoked.items() if now - at < MAX_AGE} | {found[1]: now}
        _private(self.revoked_file, json.dumps(self.revoked))


class LoginThrottle:
    """Failed log-ins slow down per key: after ``free`` failures each further attempt waits twice as long as
    the last (``base`` seconds first, at most ``cap``); a success clears the key, and a key with no failure for
    ``cap`` seconds starts afresh, so nothing stays locked. Keyed by (account, client address), a stranger
    elsewhere cannot lock the owner out; keyed by address alone (with more ``free`` tries), one address cannot
    try many accounts fast. ``attempt`` checks and counts in one step under a lock, so a burst of parallel
    requests cannot all slip through; a success then clears the count."""

    def __init__(self, free: int, base: float = 2.0, cap: float = 900.0, clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.free, self.base, self.cap, self.clock = free, base, cap, clock
        self.failures: dict[str, tuple[int, float]] = {}  # key -> (count, time of the last failure)
        self.lock = threading.Lock()

    def _count(self, key: str) -> tuple[int, float]:
        count, last = self.failures.get(key, (0, 0.0))
        if count and self.clock() - last > self.cap:  # quiet for longer than the longest wait: forgotten
            self.failures.pop(key, None)
            return 0, 0.0
        return count, last

    def wait(self, key: str) -> int:
        """Whole seconds until ``key`` may try again (0: now)."""
        count, last = self._count(key)
        if count < self.free:
            return 0
        delay = min(self.base * 2 ** (count - self.free), self.cap)
        return max(0, math.ceil(last + delay - self.clock()))

    def failed(self, key: str) -> None:
        count, _ = self._count(key)
        self.failures[key] = (count + 1, self.clock())
        if len(self.failures) > 100_000:  # bounded memory under a flood of made-up names
            self.failures.pop(next(iter(self.failures)))

    def attempt(self, *keys: str) -> int:
        """0 and every key counted as failed (until a success clears it), or the seconds to wait."""
        with self.lock:
            wait = max(self.wait(k) for k in keys)
            if not wait:
                for k in keys:
                    self.failed(k)
            return wait

    def succeeded(self, *keys: str) -> None:
        with self.lock:
            for key in keys:
                self.failures.pop(key, None)
