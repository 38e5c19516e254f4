"""The Coach tab in Chromium, against the app started as `make run` starts it: the goal coach as a chat ending
with a checked set; feedback notes with the flagged words marked and the alternative one click away; a
conversation plan citing policy with a .docx download; an employee sees no plans and cannot reach them
through the API. Screenshots go to tests/artifacts/ui/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from assistant.demo.install import DEMO_PASSWORD as DEMO
from tests.conftest import App
from tests.ui_app import ARTEFACTS, CHROMIUM, open_tab, wait_idle

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is installed by make test (scripts/system-deps.sh)"
)
GOAL = {
    "en": ["I want my team to onboard merchants faster", "average days from sign-up to first order", "9 days",
           "5 days", "cycle end", "Raise 7-day merchant activation rate from 40% to 55% by 2026-12-31"],
    "zh": ["想让新商家更快上手", "新商家从入驻到首单的平均天数", "9 天", "5 天", "周期末",
           "新商家 7 日激活率从 40% 提升到 55%，截至 2026-12-31"],
}  # fmt: skip


def _coach(browser: Browser, app: App, user: str, lang: str) -> Page:
    return open_tab(browser, app.url, user, lang, "辅导" if lang == "zh" else "Coach")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_goal_coach_chats_to_a_clean_set(app: App, browser: Browser, lang: str) -> None:
    page = _coach(browser, app, "E0003", lang)
    bot = page.locator("#goal-chat [data-testid='bot']")
    for n, text in enumerate(GOAL[lang], 1):
        page.locator("#goal-input textarea").fill(text)
        page.locator("#goal-send").click()
        expect(bot).to_have_count(n, timeout=60_000)
    expect(bot.last).to_contain_text("已通过检查" if lang == "zh" else "passes the check")
    expect(bot.last).to_contain_text("KR1.2")
    page.screenshot(path=ARTEFACTS / f"coach-goals-{lang}.png", full_page=True)


def test_feedback_notes_marked_with_alternatives_and_sbi(app: App, browser: Browser) -> None:
    page = _coach(browser, app, "E0003", "en")
    page.get_by_role("button", name=re.compile("^Feedback preparation")).click()
    notes = ("Good attitude, but she is abrasive. In the May release review she caught a pricing bug before launch, "
             "so we avoided refunds. Honestly she is too old to learn the new stack.")  # fmt: skip
    page.locator("#coach-notes textarea").fill(notes)
    page.locator("#coach-check").click()
    marked = page.locator("#coach-marked")
    expect(marked.locator("mark[data-category='personality']").first).to_have_text("abrasive", timeout=60_000)
    expect(marked.locator(".notes-marked mark[data-category='biased']")).to_have_text("too old")
    alternative = marked.locator("details[data-category='biased']")
    expect(alternative.locator("p")).to_be_hidden()
    alternative.locator("summary").click()  # one click away
    expect(alternative.locator("p")).to_contain_text("Leave out personal characteristics")
    sbi = page.locator("#coach-sbi")
    expect(sbi).to_contain_text("In the May release review")
    expect(sbi).to_contain_text("we avoided refunds")
    expect(sbi).not_to_contain_text("too old")  # a biased sentence gives no statement
    assert page.locator("#coach-notes textarea").input_value() == notes
    page.screenshot(path=ARTEFACTS / "coach-feedback.png", full_page=True)
    page.locator("#coach-notes textarea").fill("")
    page.locator("#coach-check").click()
    expect(page.locator("#coach-message .inline-error")).to_contain_text(
        "the notes are empty", timeout=30_000
    )
    expect(marked.locator("mark").first).to_be_visible()  # the last results stay


def test_a_plan_with_citations_and_a_docx_download(app: App, browser: Browser, tmp_path: Path) -> None:
    page = _coach(browser, app, "E0003", "zh")
    page.get_by_role("button", name=re.compile("^面谈计划")).click()
    page.locator("#plan-about input").click()
    page.get_by_role("option", name=re.compile("E0004")).click()
    page.locator("#plan-kind").get_by_label("绩效改进（PIP）面谈").check()
    page.locator("#plan-make").click()
    plan = page.locator("#plan")
    expect(plan).to_contain_text("书面记录清单", timeout=60_000)
    expect(plan).to_contain_text("[1]")
    wait_idle(page, "plan-docx")
    with page.expect_download() as info:
        page.locator("#plan-docx a").first.click()
    path = tmp_path / "plan.docx"
    info.value.save_as(path)
    headings = [p.text for p in Document(str(path)).paragraphs if p.style.name.startswith("Heading")]
    assert headings[0].startswith("绩效改进") and any(h.startswith("书面记录清单") for h in headings)
    page.screenshot(path=ARTEFACTS / "coach-plan-zh.png", full_page=True)


def test_an_employee_gets_no_plans_and_the_api_refuses_them(app: App, browser: Browser) -> None:
    from gradio_client import Client

    page = _coach(browser, app, "E0004", "en")
    expect(page.locator("#goal-input")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Conversation plans"))).to_have_count(0)
    client = Client(app.url, auth=("E0004", DEMO), verbose=False)
    refused = client.predict("E0003", "growth", api_name="/coach_plan")
    assert "only about your own direct reports" in refused[0]
    assert not any(isinstance(x, str) and x.strip() for x in refused[1:])  # no plan, no file
