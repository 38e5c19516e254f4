"""Log-in for the web app: a signed, HTTP-only session cookie naming the employee and a fingerprint of their
password hash (a new password ends every older session; a deactivated user is out at once), and a throttle on
failed log-ins. The signing secret lives in the home folder (created on first start, owner-only)."""

from __future__ import annotations

import secrets
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "hr_session"
MAX_AGE = 8 * 3600


class Sessions:
    def __init__(self, home: Path, fingerprint: Callable[[str], str | None]) -> None:
        path = home / "ui_secret"
        if not path.exists():
            home.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32), encoding="utf-8")
            path.chmod(0o600)
        self.signer = URLSafeTimedSerializer(path.read_text(encoding="utf-8").strip(), salt="hr-session")
        self.fingerprint = fingerprint

    def token(self, employee_id: str) -> str:
        return self.signer.dumps([employee_id, self.fingerprint(employee_id)])

    def user(self, request: Request) -> str | None:
        """The employee id of the request's session, or None (this is Gradio's ``auth_dependency``)."""
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        try:
            employee_id, fingerprint = self.signer.loads(token, max_age=MAX_AGE)
        except (BadSignature, ValueError, TypeError):
            return None
        if fingerprint is None or fingerprint != self.fingerprint(employee_id):
            return None
        return str(employee_id)


class LoginThrottle:
    """At most ``limit`` failed log-ins per key (an account, a client address) in ``window`` seconds."""

    def __init__(self, limit: int = 5, window: float = 900.0) -> None:
        self.limit, self.window = limit, window
        self.failures: dict[str, list[float]] = defaultdict(list)

    def _recent(self, key: str) -> list[float]:
        now = time.monotonic()
        self.failures[key] = [t for t in self.failures[key] if now - t < self.window]
        return self.failures[key]

    def allowed(self, key: str) -> bool:
        return len(self._recent(key)) < self.limit

    def failed(self, key: str) -> None:
        self._recent(key).append(time.monotonic())

    def succeeded(self, key: str) -> None:
        self.failures.pop(key, None)
