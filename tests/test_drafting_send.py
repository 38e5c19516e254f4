"""Sending drafts through a real SMTP server on 127.0.0.1 (aiosmtpd): dry run, delivery to HRIS addresses
only, never twice, and clear errors for a server that is down or refuses the log-in."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlmodel import select

from assistant.api import Assistant
from assistant.drafting.brief import parse_brief
from assistant.errors import AccessDenied, AssistantError
from assistant.hris.models import Employee, SendLog
from tests.helpers import copy_home


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def home(demo_home: Path, tmp_path: Path) -> Path:
    return copy_home(demo_home, tmp_path / "home")


def _open(home: Path, port: int, **extra: object) -> Assistant:
    return Assistant.open(
        home, smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False, smtp_timeout=5.0, **extra
    )


def _eml(a: Assistant, out: Path) -> Path:
    brief = parse_brief(
        "kind: email\ntopic: 年终评估 / Year-end review\nfacts:\n  Deadline / 截止: 2026-12-17\n"
    )
    return next(p for p in a.drafting.export(a.drafting.draft(brief), out) if p.suffix == ".eml")


def test_a_draft_reaches_the_audience_from_the_hris_once(home: Path, manifest: dict, tmp_path: Path) -> None:
    inbox, port = Inbox(), _free_port()
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        a = _open(home, port)
        acc = {x["role"]: x["id"] for x in manifest["accounts"]}
        eml = _eml(a, tmp_path / "out")
        raw = eml.read_bytes().replace(b"To: undisclosed-recipients:;", b"To: outsider@evil.example")
        eml.write_bytes(raw)  # an address in the file is never used
        hrbp = a.actor(acc["hrbp"])
        with a.core.data(hrbp) as data:
            unit = data.employee(hrbp.employee_id).org_unit_id
            expected = {e.email for e in data.audience(f"unit:{unit}") if e.email}
        dry = a.drafting.send(hrbp, eml, f"unit:{unit}")
        assert dry.dry_run and dry.recipients == len(expected) > 0 and inbox.messages == []
        sent = a.drafting.send(hrbp, eml, f"unit:{unit}", yes=True)
        assert sent.sent == len(expected) and not sent.dry_run
        received = {addr for rcpts, _ in inbox.messages for addr in rcpts}
        assert received == expected and "outsider@evil.example" not in received
        msg = message_from_bytes(inbox.messages[0][1], policy=policy.default)
        assert msg["Subject"] == "年终评估 / Year-end review" and msg["To"] == "undisclosed-recipients:;"
        assert "2026年12月17日" in msg.get_body(("plain",)).get_content()
        again = a.drafting.send(hrbp, eml, f"unit:{unit}", yes=True)  # nothing is sent twice
        assert (
            again.sent == 0
            and again.already_sent == len(expected)
            and len(inbox.messages) == len({id(m) for m in inbox.messages})
        )
        assert sum(len(r) for r, _ in inbox.messages) == len(expected)
        with a.core.db.session() as s:
            logs = s.exec(select(SendLog)).all()
            assert {x.sent_by for x in logs} == {hrbp.employee_id} and len(logs) == len(expected)
            emails = {e.id: e.email for e in s.exec(select(Employee)).all()}
            assert {emails[x.recipient_id] for x in logs} == expected
            assert all("2026" not in x.draft for x in logs)  # the log holds a digest, never the text
        with pytest.raises(AccessDenied):
            a.drafting.send(a.actor(acc["manager"]), eml, f"unit:{unit}", yes=True)
        with a.core.data(hrbp) as data:
            other = next(u.id for u in data.org_units() if not data.audience(f"unit:{u.id}"))
        with pytest.raises(AssistantError) as exc:  # an audience outside the HRBP's units resolves to nobody
            a.drafting.send(hrbp, eml, f"unit:{other}", yes=True)
        assert exc.value.key in ("error.audience_empty",) and "没有发送" in exc.value.message("zh")
    finally:
        server.stop()


def test_a_server_that_is_down_or_refuses_the_log_in_is_a_clear_error(
    home: Path, manifest: dict, tmp_path: Path
) -> None:
    acc = {x["role"]: x["id"] for x in manifest["accounts"]}
    a = _open(home, _free_port())  # nothing listens there
    eml = _eml(a, tmp_path / "out")
    admin = a.actor(acc["hr_admin"])
    with pytest.raises(AssistantError) as exc:
        a.drafting.send(admin, eml, "cycle:2026-H2", yes=True)
    assert exc.value.key == "error.smtp_down" and "127.0.0.1" in exc.value.message("zh")

    def refuse(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        return AuthResult(success=False, handled=False)

    port = _free_port()
    server = Controller(Inbox(), hostname="127.0.0.1", port=port, authenticator=refuse, auth_require_tls=False,
                        auth_required=True)  # fmt: skip
    server.start()
    try:
        a = _open(home, port, smtp_user="hr-bot", smtp_password="wrong")
        with pytest.raises(AssistantError) as exc:
            a.drafting.send(a.actor(acc["hr_admin"]), eml, "cycle:2026-H2", yes=True)
        assert exc.value.key == "error.smtp_login" and "hr-bot" in exc.value.message("en")
        with a.core.db.session() as s:
            assert s.exec(select(SendLog)).all() == []  # nothing was sent, nothing logged
    finally:
        server.stop()
