"""Log-in for the web app: a signed, HTTP-only session cookie naming the employee; the secret lives in the
home folder (created on first start, readable by the owner only)."""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "hr_session"
MAX_AGE = 8 * 3600


class Sessions:
    def __init__(self, home: Path) -> None:
        path = home / "ui_secret"
        if not path.exists():
            home.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32), encoding="utf-8")
            path.chmod(0o600)
        self.signer = URLSafeTimedSerializer(path.read_text(encoding="utf-8").strip(), salt="hr-session")

    def token(self, employee_id: str) -> str:
        return self.signer.dumps(employee_id)

    def user(self, request: Request) -> str | None:
        """The employee id of the request's session, or None (this is Gradio's ``auth_dependency``)."""
        token = request.cookies.get(COOKIE)
        if not token:
            return None
        try:
            return str(self.signer.loads(token, max_age=MAX_AGE))
        except BadSignature:
            return None
