"""The audit log: a read of someone else's private records leaves who, whose, which kind, when and the entry
point (never the content); HR admins read it by CLI, nobody else; entries past the retention go."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from assistant.api import Assistant
from assistant.hris.models import AuditLog, Review
from tests.conftest import run_cli
from tests.helpers import copy_home


def _acc(manifest: dict) -> dict[str, str]:
    return {a["role"]: a["id"] for a in manifest["accounts"]}


def test_private_reads_are_logged_without_content(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    home = copy_home(demo_home, tmp_path / "home")
    acc = _acc(manifest)
    a = Assistant.open(home)
    manager = a.actor(acc["manager"])
    with a.core.data(manager) as data:
        report = data.direct_reports(manager.employee_id)[0].id
    res = run_cli(home, "coach", "conversation", "--about", report, "--kind", "midterm", "--json",
                  as_user=acc["manager"], check=True)  # fmt: skip
    assert res.out
    with a.core.data(manager) as data:  # the Python API
        data.ratings(of=report)
    logged = json.loads(run_cli(home, "audit", "--subject", report, "--json", as_user=acc["hr_admin"],
                                check=True).out)  # fmt: skip
    mine = [e for e in logged if e["viewer_id"] == manager.employee_id]
    assert {e["entry"] for e in mine} == {"cli", "api"}
    assert {"rating", "review"} <= {e["record"] for e in mine} and all(e["count"] >= 1 for e in mine)
    with a.core.db.session() as s:
        texts = [r.text for r in s.exec(select(Review).where(Review.reviewee_id == report))]
    dump = json.dumps(logged, ensure_ascii=False)
    assert texts and not any(t[:20] in dump for t in texts)  # never the content
    refused = run_cli(home, "audit", as_user=acc["manager"])
    assert refused.code != 0 and "Traceback" not in refused.err


def test_entries_past_the_retention_go(demo_home: Path, manifest: dict, tmp_path: Path) -> None:
    home = copy_home(demo_home, tmp_path / "home")
    acc = _acc(manifest)
    a = Assistant.open(home, privacy_audit_retention_days=30)
    old = datetime.now(UTC) - timedelta(days=31)
    with a.core.db.transaction() as s:
        s.add(AuditLog(at=old, viewer_id="E0001", subject_id="E0002", record="rating", entry="api"))
    hrbp = a.actor(acc["hrbp"])
    with a.core.data(hrbp) as data:
        data.ratings()  # everyone in the HRBP's units
    with a.core.db.session() as s:
        rows = list(s.exec(select(AuditLog)))
    assert all(r.at.replace(tzinfo=UTC) > old for r in rows)
    assert any(r.viewer_id == hrbp.employee_id and r.record == "rating" for r in rows)


def test_the_app_shows_the_audit_log_to_hr_admins_only(app, manifest: dict) -> None:  # type: ignore[no-untyped-def]
    from gradio_client import Client

    from assistant.demo.install import DEMO_PASSWORD

    acc = _acc(manifest)
    manager = Client(app.url, auth=(acc["manager"], DEMO_PASSWORD), verbose=False)
    manager.predict(
        "ninebox", None, None, "department", api_name="/analytics_report"
    )  # reads through the web
    admin = Client(app.url, auth=(acc["hr_admin"], DEMO_PASSWORD), verbose=False)
    out = admin.predict(api_name="/admin_audit")
    rows = out["value"]["data"]
    assert any(r[1] == acc["manager"] and r[5] == "web" for r in rows)
    with pytest.raises(Exception) as refused:  # the app refuses, in words
        manager.predict(api_name="/admin_audit")
    assert "Only an HR admin" in str(refused.value)
