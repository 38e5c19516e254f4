"""The web app as HR users meet it (issue 12), in Chromium against the app started as `make run` starts it:
uploads work; mistakes show next to their control and keep the user's text; OKR findings as cards with fixes
applied in place and a manager's team view; a first screen per role whose suggested questions are answered;
tables render; records are named for people; other people's records are refused plainly; log-out revokes the
session; failed log-ins slow down without locking the owner out; one language throughout, Gradio's own labels
included. Screenshots go to tests/artifacts/ui/."""

from __future__ import annotations

import re
import stat
import time
from pathlib import Path

import httpx
import pytest

from assistant.demo.install import DEMO_PASSWORD as DEMO
from tests.conftest import CLI, App
from tests.ui_app import ARTEFACTS, CHROMIUM, login, wait_idle

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is installed by make test (scripts/system-deps.sh)"
)
ACCOUNTS = {"employee": "E0004", "manager": "E0003", "hrbp": "E0268", "hr_admin": "E0265"}
TAB = {
    "zh": {"ask": "问答", "okr": "OKR 检查", "admin": "管理"},
    "en": {"ask": "Ask", "okr": "OKR check", "admin": "Admin"},
}


def _page(browser: Browser, lang: str = "en", height: int = 1000) -> Page:
    locale = "zh-CN" if lang == "zh" else "en-US"
    return browser.new_context(locale=locale, viewport={"width": 1280, "height": height}).new_page()


def _no_error_popups(page: Page) -> None:
    expect(page.locator(".toast-wrap .toast-body.error, .toast-body.error")).to_have_count(0)


def test_uploads_work_when_started_as_make_run_and_the_folder_is_private(app: App, browser: Browser) -> None:
    ok = httpx.post(app.url + "/login", data={"username": "E0004", "password": DEMO})
    sent = httpx.post(app.url + "/gradio_api/upload", cookies={"hr_session": ok.cookies["hr_session"]},
                      files={"files": ("probe.md", b"O1: x\n- KR1: y", "text/markdown")})  # fmt: skip
    assert sent.status_code == 200
    stored = Path(sent.json()[0]).resolve()
    folder = next(p for p in stored.parents if p.name.startswith("hr-assistant-uploads-"))
    assert app.home.resolve() not in stored.parents  # outside every blocked path
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # private to the app
    app.upload_folders.append(folder)  # and gone once the app stops (checked by the fixture)
    page = _page(browser, "en", 1200)
    login(page, app.url, "E0004")
    page.get_by_role("tab", name="OKR check").click()
    okrs = (
        "# Support 2026 H2\n\nO1: Customers get answers fast\n- KR1.1: Cut first response time to 2 hours\n"
    )
    page.locator("#okr-upload input[type=file]").set_input_files(
        files=[{"name": "support.md", "mimeType": "text/markdown", "buffer": okrs.encode()}]
    )
    expect(page.locator("#findings")).to_contain_text("KR_NO_BASELINE", timeout=60_000)
    assert page.locator("#okr-editor textarea").input_value() == okrs  # the file's own text, not YAML
    _no_error_popups(page)
    page.screenshot(path=ARTEFACTS / "okr-upload.png", full_page=True)


def test_an_admin_imports_a_lark_file_through_the_page(app: App, browser: Browser, tmp_path: Path) -> None:
    import subprocess

    exported = tmp_path / "2026-H1.json"
    subprocess.run([CLI, "--home", str(app.home), "--as", "E0265", "export", "lark", "--cycle", "2026-H1",
                    "--out", str(exported)], check=True, capture_output=True)  # fmt: skip
    page = _page(browser, "zh")
    login(page, app.url, "E0265")
    page.get_by_role("tab", name="管理").click()
    page.locator("#admin-lark input[type=file]").set_input_files(str(exported))
    expect(page.locator("#admin-lark")).to_contain_text("2026-H1", timeout=30_000)
    page.locator("#admin-import").click()
    expect(page.locator("#admin-imported")).to_contain_text("已导入", timeout=120_000)
    expect(page.locator("#admin-imported")).to_contain_text("绩效等级")  # table names from the catalogue
    broken = tmp_path / "broken.json"
    broken.write_text('{"objectives": [', encoding="utf-8")
    page.reload()
    page.get_by_role("tab", name="管理").click()
    page.locator("#admin-lark input[type=file]").set_input_files(str(broken))
    expect(page.locator("#admin-lark")).to_contain_text("broken", timeout=30_000)
    page.locator("#admin-import").click()
    expect(page.locator("#admin-imported .inline-error")).to_contain_text("broken.json", timeout=60_000)
    _no_error_popups(page)
    page.screenshot(path=ARTEFACTS / "admin-lark-zh.png", full_page=True)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_mistakes_show_next_to_their_control_and_keep_the_work(app: App, browser: Browser, lang: str) -> None:
    page = _page(browser, lang, 1200)
    login(page, app.url, "E0004")
    page.get_by_role("tab", name=TAB[lang]["okr"]).click()
    page.locator("#okr-check").click()  # an empty box
    message = page.locator("#okr-message .inline-error")
    expect(message).to_contain_text(
        "OKR 内容为空" if lang == "zh" else "the OKR text is empty", timeout=30_000
    )
    expect(message).not_to_contain_text("<text>")
    good = "O1: Make merchant onboarding effortless\n- KR1: Raise activation rate from 40% to 55%\n"
    page.locator("#okr-editor textarea").fill(good)
    page.locator("#okr-check").click()
    expect(page.locator("#findings .finding").first).to_be_visible(timeout=60_000)
    expect(page.locator("#okr-message .inline-error")).to_have_count(0)
    before = page.locator("#findings").inner_text()
    page.locator("#okr-editor textarea").fill("just some words")
    page.locator("#okr-check").click()
    expect(page.locator("#okr-message .inline-error")).to_be_visible(timeout=30_000)
    assert page.locator("#okr-editor textarea").input_value() == "just some words"  # nothing cleared
    assert page.locator("#findings").inner_text() == before  # the last good results stay
    _no_error_popups(page)
    page.screenshot(path=ARTEFACTS / f"okr-mistake-{lang}.png", full_page=True)
    page.get_by_role("tab", name=TAB[lang]["ask"]).click()
    page.locator("#send").click()  # an empty question
    expect(page.locator("#ask-message .inline-error")).to_contain_text(
        "请先输入问题" if lang == "zh" else "Type a question"
    )
    _no_error_popups(page)


def test_okr_cards_say_what_each_rewrite_needs_and_a_manager_sees_the_team(
    app: App, browser: Browser
) -> None:
    page = _page(browser, "en", 1400)
    login(page, app.url, "E0004")
    page.get_by_role("tab", name="OKR check").click()
    expect(page.locator("#team-section")).to_be_hidden()  # not a manager
    page.locator("#okr-editor textarea").fill(
        "O1: Fewer complaints (100%)\n- KR 2.1 Cut complaints by 20% (60%)\n- KR 2.2 Improve customer satisfaction\n"
    )
    page.locator("#okr-check").click()
    cards = page.locator("#findings")
    expect(cards.locator("[data-code='KR_NO_BASELINE']")).to_contain_text("by 20%", timeout=60_000)
    expect(cards.locator("[data-code='KR_NO_BASELINE'] .fix-needs")).to_contain_text("current value")
    expect(cards.locator("[data-code='KR_WEIGHTS']")).to_contain_text("has none")  # not "100%, not 100%"
    expect(cards).not_to_contain_text("1 Cut complaints")  # "KR 2.1" is a label, not part of the KR
    box = cards.locator(".finding").first.bounding_box()
    assert box and box["x"] + box["width"] <= 1280  # cards wrap inside the page
    page.screenshot(path=ARTEFACTS / "okr-cards.png", full_page=True)
    manager = _page(browser, "en", 1400)
    login(manager, app.url, "E0003")
    manager.get_by_role("tab", name="OKR check").click()
    manager.locator("#team-section").click()
    manager.locator("#team-check").click()
    expect(manager.locator("#team table.team tr[data-employee]").first).to_be_visible(timeout=120_000)
    manager.screenshot(path=ARTEFACTS / "okr-team.png", full_page=True)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("role", list(ACCOUNTS))
def test_first_screen_per_role_with_answered_suggestions(
    app: App, browser: Browser, role: str, lang: str
) -> None:
    page = _page(browser, lang, 1100)
    login(page, app.url, ACCOUNTS[role])
    expect(page.locator("#landing")).to_contain_text("你好" if lang == "zh" else "Hello", timeout=30_000)
    expect(page.get_by_role("tab", name=TAB[lang]["admin"])).to_have_count(1 if role == "hr_admin" else 0)
    suggestions = page.locator("#suggestions button")
    expect(suggestions.first).to_be_visible(timeout=60_000)
    page.screenshot(path=ARTEFACTS / f"landing-{role}-{lang}.png", full_page=True)
    if role not in ("employee", "manager"):
        return
    suggestions.first.click()  # asks it: the documents answer it, with a citation
    bot = page.locator("#chat [data-testid='bot']")
    expect(page.locator("#chat")).to_contain_text("[1]", timeout=60_000)
    wait_idle(page, "chat")
    refusal = "没有找到" if lang == "zh" else "do not cover"
    assert refusal not in bot.first.inner_text()


def test_tables_records_and_other_peoples_records_in_ask(app: App, browser: Browser) -> None:
    page = _page(browser, "en", 1400)
    login(page, app.url, "E0004")
    question = page.get_by_label("Your question")
    question.fill("When are calibration meetings held for the H2 cycle?")
    page.locator("#send").click()
    expect(page.locator("#chat table").first).to_be_visible(timeout=60_000)  # a table, not "| … |" text
    expect(page.locator("#chat [data-testid='bot']").first).not_to_contain_text("| Calibration meetings |")
    wait_idle(page, "chat")
    page.screenshot(path=ARTEFACTS / "ask-table.png", full_page=True)
    page.locator("#new-chat").click()
    question.fill("What rating did I get last cycle?")
    page.locator("#send").click()
    expect(page.locator("#chat")).to_contain_text(re.compile(r"\[1\] Your \d{4} H\d rating"), timeout=60_000)
    wait_idle(page, "chat")
    page.locator("#new-chat").click()
    question.fill("What rating did 叶琪 get last cycle?")  # the demo's manager of E0004's team
    page.locator("#send").click()
    expect(page.locator("#chat")).to_contain_text("private", timeout=60_000)
    expect(page.locator("#chat")).not_to_contain_text("叶琪 2026")  # nothing about the person
    page.screenshot(path=ARTEFACTS / "ask-private.png", full_page=True)


def test_log_out_revokes_the_session_on_the_server(app: App, browser: Browser) -> None:
    page = _page(browser, "en")
    login(page, app.url, "E0004")
    cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "hr_session")
    assert httpx.get(app.url + "/config", cookies={"hr_session": cookie}).status_code == 200
    page.locator("#logout").click()
    expect(page.locator("#username")).to_be_visible(timeout=30_000)
    kept = {"hr_session": cookie}  # a copy kept by someone: it opens nothing any more
    assert httpx.get(app.url + "/config", cookies=kept).status_code == 401
    assert httpx.get(app.url + "/", cookies=kept, follow_redirects=False).status_code == 303


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_failed_log_ins_slow_down_and_say_how_long(app: App, browser: Browser, lang: str) -> None:
    account = {"zh": "E0268", "en": "e0265"}[lang]  # ids are case-insensitive
    page = _page(browser, lang)
    for _ in range(4):
        page.goto(app.url + f"/auth/login?lang={lang}")
        page.locator("#username").fill(account)
        page.locator("#password").fill("wrong password")
        page.locator("#login").click()
        expect(page.locator("#login-error")).to_be_visible()
    # The first wait is 2 s after the last failure, doubling with each failure after it: on a slow machine the
    # next try may come after it has passed (and count as one more failure), so try until a wait is shown.
    error, slowed = (
        page.locator("#login-error"),
        re.compile(r"\d+ 秒后再试" if lang == "zh" else r"try again in \d+ s"),
    )
    for _ in range(4):
        page.locator("#username").fill(account)
        page.locator("#password").fill("wrong again")
        with page.expect_navigation():  # the form posts and the page with the answer loads
            page.locator("#login").click()
        expect(error).to_be_visible()
        if slowed.search(error.inner_text()):
            break
    expect(error).to_contain_text(slowed)
    page.screenshot(path=ARTEFACTS / f"login-wait-{lang}.png")
    wait = int(re.search(r"(\d+)", error.inner_text())[1])  # type: ignore[index]
    time.sleep(wait + 0.5)  # it slows down; it does not lock: the owner gets in with the right password
    login(page, app.url, account)
    expect(page.locator("#who")).to_contain_text(account.upper())


def test_one_language_from_the_log_in_page_through_reloads(app: App, browser: Browser) -> None:
    page = _page(browser, "en", 1100)  # an English browser, and a user whose profile says Chinese
    page.goto(app.url + "/auth/login?lang=en")
    page.locator("#switch-lang").click()  # 中文, chosen on the log-in page
    expect(page.locator("h1")).to_contain_text("HR 助手")
    page.screenshot(path=ARTEFACTS / "login-zh.png", full_page=True)
    page.locator("#username").fill("E0004")
    page.locator("#password").fill(DEMO)
    page.locator("#login").click()
    expect(page.get_by_role("tab", name="问答")).to_be_visible(timeout=30_000)
    page.goto(app.url + "/auth/login")  # the log-in page remembers the choice too
    expect(page.locator("#login")).to_have_text("登录")
    page.goto(app.url + "/")
    expect(page.get_by_role("tab", name="问答")).to_be_visible(timeout=30_000)
    page.get_by_role("tab", name="OKR 检查").click()
    expect(page.locator("#okr-upload")).to_contain_text("拖放")  # Gradio's own "Drop File Here", translated
    expect(page.locator("footer")).to_contain_text("设置")  # and its "Settings"
    page.reload()
    expect(page.get_by_role("tab", name="问答")).to_be_visible(timeout=30_000)  # survives a reload
    page.locator("#language").get_by_label("English").check()  # switched in the app: kept, Gradio's too
    expect(page.get_by_role("tab", name="Ask")).to_be_visible(timeout=30_000)
    page.get_by_role("tab", name="OKR check").click()
    expect(page.locator("#okr-upload")).to_contain_text("Drop File Here")
    page.reload()
    expect(page.get_by_role("tab", name="Ask")).to_be_visible(timeout=30_000)
    page.screenshot(path=ARTEFACTS / "language-en.png", full_page=True)
