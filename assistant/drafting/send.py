"""Sending a draft's .eml through SMTP to an audience resolved from the HRIS. The addresses come from the HRIS
only (any To/Cc/Bcc in the file is dropped); each recipient is logged with the draft's digest, so a send that
is repeated, or resumed after a failure, never reaches anyone twice. The text is never logged."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from hashlib import sha256
from pathlib import Path

from assistant.errors import AssistantError, InputError, Problem
from assistant.hris.files import read_input
from assistant.settings import SmtpSettings

BATCH = 50  # recipients per SMTP transaction


@dataclass(frozen=True)
class Recipient:
    employee_id: str
    address: str


@dataclass
class SendResult:
    subject: str
    draft: str
    recipients: int  # the audience with an address in the HRIS
    without_address: int
    already_sent: int
    sent: int = 0
    dry_run: bool = True


def read_eml(path: Path) -> tuple[EmailMessage, str]:
    """The message and its draft digest (the header the exporter wrote, else a digest of the file)."""
    raw = read_input(path, 25.0)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    if not isinstance(msg, EmailMessage) or not msg["Subject"] or msg.get_body(("plain", "html")) is None:
        raise InputError([Problem(path.name, "", "", "problem.draft.not_an_email")])
    digest = str(msg.get("X-HR-Assistant-Draft") or sha256(raw).hexdigest()[:16])
    for header in ("To", "Cc", "Bcc"):
        del msg[header]
    msg["To"] = "undisclosed-recipients:;"
    return msg, digest


def deliver(msg: EmailMessage, recipients: list[Recipient], smtp: SmtpSettings, password: str | None,
            sent: Callable[[list[Recipient]], None]) -> int:  # fmt: skip
    """Send ``msg`` to ``recipients`` in batches; ``sent`` is called after each batch the server accepted
    (so the log holds exactly who received it even if a later batch fails)."""
    del msg["From"]
    msg["From"] = smtp.sender
    count = 0
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as server:
            server.ehlo()
            if smtp.starttls:
                server.starttls(context=ssl.create_default_context())
                server.ehlo()
            if smtp.user:
                server.login(smtp.user, password or "")
            for i in range(0, len(recipients), BATCH):
                batch = recipients[i : i + BATCH]
                refused = server.send_message(msg, from_addr=_address(smtp.sender),
                                              to_addrs=[r.address for r in batch])  # fmt: skip
                accepted = [r for r in batch if r.address not in refused]
                sent(accepted)
                count += len(accepted)
    except smtplib.SMTPAuthenticationError:
        raise AssistantError("error.smtp_login", host=smtp.host, user=smtp.user or "", sent=count) from None
    except smtplib.SMTPNotSupportedError:
        raise AssistantError("error.smtp_no_tls", host=smtp.host, port=smtp.port, sent=count) from None
    except (OSError, smtplib.SMTPException) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        if isinstance(exc, socket.timeout):
            reason = "timeout"
        raise AssistantError(
            "error.smtp_down", host=smtp.host, port=smtp.port, reason=reason, sent=count
        ) from None
    return count


def _address(sender: str) -> str:
    from email.utils import parseaddr

    return parseaddr(sender)[1] or sender
