"""The Draft tab in Chromium, against the app started as `make run` starts it: an HR admin pulls a cycle's facts,
drafts in both languages side by side with the fact check, downloads the .docx/.eml/.md, and counts the
recipients before a send; a bad fact is reported next to the form, which keeps its input; an employee has no
Draft tab and the API refuses them. Screenshots go to tests/artifacts/ui/."""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from assistant.demo.install import DEMO_PASSWORD as DEMO
from tests.conftest import App
from tests.ui_app import ARTEFACTS, CHROMIUM, login, open_tab, wait_idle

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is installed by make test (scripts/system-deps.sh)"
)


def _draft(browser: Browser, app: App, user: str, lang: str) -> Page:
    return open_tab(browser, app.url, user, lang, "起草" if lang == "zh" else "Draft", height=1800)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_cycle_email_drafted_checked_downloaded_and_counted(
    app: App, browser: Browser, lang: str, tmp_path: Path
) -> None:
    page = _draft(browser, app, "E0265", lang)
    page.locator("#draft-topic textarea, #draft-topic input").first.fill(
        "2026 H2 year-end review / 2026 下半年年终评估"
    )
    page.locator("#draft-pull").click()
    facts = page.locator("#draft-facts")
    expect(facts).to_contain_text("2026-12-10 to 2026-12-24", timeout=30_000)
    page.locator("#draft-make").click()
    report = page.locator("#draft-report")
    expect(report).to_contain_text(
        "两个语言版本都包含" if lang == "zh" else "Both versions carry all", timeout=60_000
    )
    expect(page.locator("#draft-zh")).to_contain_text("2026年12月10日至2026年12月24日")
    expect(page.locator("#draft-en")).to_contain_text("10 December 2026 – 24 December 2026")
    wait_idle(page, "draft-files")
    links = page.locator("#draft-files a")
    expect(links).to_have_count(3)
    names = {}
    for i in range(3):
        with page.expect_download() as info:
            links.nth(i).click()
        names[Path(info.value.suggested_filename).suffix] = info.value
    assert set(names) == {".docx", ".eml", ".md"}
    path = tmp_path / "draft.eml"
    names[".eml"].save_as(path)
    msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert msg["Subject"] == "2026 下半年年终评估 / 2026 H2 year-end review"
    page.get_by_role("button", name=re.compile("^(通过邮件发送|Send by e-mail)")).click()
    page.locator("#draft-to input, #draft-to textarea").first.fill("cycle:2026-H2")
    page.locator("#draft-count").click()
    expect(page.locator("#draft-send-message")).to_contain_text(
        "确认后才会发送" if lang == "zh" else "Nothing is sent"
    )
    expect(page.locator("#draft-confirm")).to_contain_text(re.compile(r"\d+"))
    page.screenshot(path=ARTEFACTS / f"draft-{lang}.png", full_page=True)


def test_a_bad_fact_is_named_and_an_employee_cannot_draft(app: App, browser: Browser) -> None:
    from gradio_client import Client

    admin = Client(app.url, auth=("E0265", DEMO), verbose=False)
    facts = {"headers": ["label", "value"], "data": [["截止", "2026-02-30"]]}
    out = admin.predict(
        "email", "formal", "medium", ["zh", "en"], "sequential", "x", "", facts, api_name="/draft_make"
    )
    assert "2026-02-30" in out[0] and "not a date that exists" in out[0]
    employee = Client(app.url, auth=("E0004", DEMO), verbose=False)
    facts = {"headers": ["label", "value"], "data": [["Deadline", "2026-12-17"]]}
    refused = employee.predict(
        "email", "formal", "medium", ["en"], "sequential", "x", "", facts, api_name="/draft_make"
    )
    assert "Only HR admins and HRBPs" in refused[0]
    assert not any(isinstance(x, str) and x.strip() for x in refused[1:4])  # no report, no draft
    page = _draft_tab_absent(browser, app)
    expect(page.get_by_role("tab", name="Draft")).to_have_count(0)


def _draft_tab_absent(browser: Browser, app: App) -> Page:
    page = browser.new_context(locale="en-US").new_page()
    login(page, app.url, "E0004")
    expect(page.get_by_role("tab", name="Coach")).to_be_visible(timeout=30_000)
    return page
