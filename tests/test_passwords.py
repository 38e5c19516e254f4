"""Log-in for the web app: passwords are stored as salted PBKDF2 hashes, checked in constant time, and only
the user or an HR admin may set one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from assistant.accounts.passwords import hash_password, verify_password
from assistant.api import Assistant
from assistant.demo.install import DEMO_PASSWORD as DEMO
from assistant.errors import AccessDenied
from assistant.hris.models import Employee


def test_hash_and_verify() -> None:
    stored = hash_password("s3cret", iterations=1000)
    assert stored.startswith("pbkdf2_sha256$1000$") and "s3cret" not in stored
    assert verify_password("s3cret", stored) and not verify_password("S3cret", stored)
    assert hash_password("s3cret", iterations=1000) != stored  # salted
    assert not verify_password("anything", None) and not verify_password("x", "garbage")


def test_demo_accounts_log_in_and_others_cannot_set_passwords(demo: Assistant, tmp_path: Path) -> None:
    assert demo.accounts.authenticate("E0004", DEMO).role == "employee"
    with pytest.raises(AccessDenied):
        demo.accounts.authenticate("E0004", "wrong")
    with pytest.raises(AccessDenied):
        demo.accounts.authenticate("E9999", DEMO)
    with demo.core.db.session() as s:
        hashes = [
            e.password_hash for e in s.exec(select(Employee).where(Employee.password_hash.is_not(None)))
        ]  # type: ignore[union-attr]
    assert len(hashes) == 4 and all(h.startswith("pbkdf2_sha256$") for h in hashes)
    with pytest.raises(AccessDenied):
        demo.accounts.set_password(
            "E0003", "takeover", demo.actor("E0004")
        )  # an employee may not set a manager's password


def test_a_new_password_ends_old_sessions_and_failures_are_throttled(tmp_path: Path) -> None:
    from starlette.requests import Request

    from ui.session import COOKIE, Sessions

    prints = {"E1": "a"}
    sessions = Sessions(tmp_path, prints.get)
    token = sessions.token("E1")

    def request(value: str) -> Request:
        return Request({"type": "http", "headers": [(b"cookie", f"{COOKIE}={value}".encode())]})

    assert sessions.user(request(token)) == "E1"
    assert sessions.user(request(token[:-2] + "xx")) is None  # tampered
    prints["E1"] = "b"  # the password changed
    assert sessions.user(request(token)) is None
    fresh = sessions.token("E1")
    assert sessions.user(request(fresh)) == "E1"
    sessions.revoke(request(fresh))  # log-out: revoked on the server, also for a new process on the same home
    assert sessions.user(request(fresh)) is None
    assert Sessions(tmp_path, prints.get).user(request(fresh)) is None
    assert sessions.user(request(sessions.token("E1"))) == "E1"  # a new log-in works


def test_failed_log_ins_slow_down_per_key_and_never_lock_the_owner_out() -> None:
    from ui.session import LoginThrottle

    now = [1000.0]
    throttle = LoginThrottle(free=3, base=2.0, cap=60.0, clock=lambda: now[0])
    for _ in range(3):
        assert throttle.wait("E1@evil") == 0
        throttle.failed("E1@evil")
    assert throttle.wait("E1@evil") == 2  # the 4th try waits 2 s, then 4, 8 … up to the cap
    throttle.failed("E1@evil")
    assert throttle.wait("E1@evil") == 4
    for _ in range(10):
        throttle.failed("E1@evil")
    assert throttle.wait("E1@evil") == 60
    now[0] += 61
    assert throttle.wait("E1@evil") == 0  # it slows down, it does not lock
    assert throttle.wait("E1@home") == 0  # the owner, from their own address, is not slowed at all
    throttle.succeeded("E1@evil")
    throttle.failed("E1@evil")
    assert throttle.wait("E1@evil") == 0
    address = LoginThrottle(free=2, base=2.0, cap=60.0, clock=lambda: now[0])
    assert [address.attempt("10.0.0.9") for _ in range(4)] == [0, 0, 2, 2]  # counted as it is tried
    now[0] += 61  # typos spread over time never add up to a lock
    assert address.attempt("10.0.0.9") == 0
    address.succeeded("10.0.0.9")
    assert address.failures == {}
