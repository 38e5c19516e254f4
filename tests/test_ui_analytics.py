"""The Analytics tab in Chromium, against the app started as `make run` starts it: an HR admin sees the rater
leniency table with the planted lenient and severe raters flagged, a chart and the exports; an HRBP's
distribution covers only their units; an employee has no Analytics tab and the API gives them only their own
figures. Screenshots go to tests/artifacts/ui/."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from assistant.demo.install import DEMO_PASSWORD as DEMO
from tests.conftest import App
from tests.ui_app import ARTEFACTS, CHROMIUM, login, open_tab, wait_idle

pytest.importorskip("playwright")
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is installed by make test (scripts/system-deps.sh)"
)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_leniency_with_chart_and_exports(
    app: App, browser: Browser, manifest: dict, lang: str, tmp_path: Path
) -> None:
    page = open_tab(browser, app.url, "E0265", lang, "分析" if lang == "zh" else "Analytics", height=1800)
    page.locator("#analytics-report input").click()
    page.get_by_role("option", name="评价人宽严程度（已考虑员工本身水平）" if lang == "zh"
                     else "Rater leniency and severity, net of the employees' own level").click()  # fmt: skip
    page.locator("#analytics-show").click()
    table = page.locator("#analytics-table table")
    expect(table).to_contain_text(manifest["lenient_raters"][0], timeout=60_000)
    expect(table).to_contain_text("偏宽松" if lang == "zh" else "lenient")
    expect(table).to_contain_text("偏严格" if lang == "zh" else "severe")
    expect(page.locator("#analytics-chart img")).to_be_visible()
    expect(
        page.locator("#analytics-plot canvas, #analytics-plot svg").first
    ).to_be_visible()  # the interactive chart
    wait_idle(page, "analytics-files")
    links = page.locator("#analytics-files a")
    expect(links).to_have_count(3)
    for i in range(3):
        with page.expect_download() as info:
            links.nth(i).click()
        if info.value.suggested_filename.endswith(".xlsx"):
            info.value.save_as(tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx").worksheets[0]
    assert any(row[1] == manifest["severe_raters"][0] for row in sheet.iter_rows(values_only=True))
    page.screenshot(path=ARTEFACTS / f"analytics-leniency-{lang}.png", full_page=True)


def test_an_employee_has_no_analytics_tab_and_sees_only_their_own(app: App, browser: Browser) -> None:
    from gradio_client import Client

    page = browser.new_context(locale="en-US").new_page()
    login(page, app.url, "E0004")
    expect(page.get_by_role("tab", name="Coach")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("tab", name="Analytics")).to_have_count(0)
    client = Client(app.url, auth=("E0004", DEMO), verbose=False)
    out = client.predict("leniency", None, None, "department", api_name="/analytics_report")
    assert "E0129" not in str(out[3])  # no rater of anyone else


def test_nine_box_grid_and_drill_down(app: App, browser: Browser, manifest: dict) -> None:
    planted = manifest["high_potential_low_performers"][0]
    page = open_tab(browser, app.url, "E0265", "en", "Analytics", height=1800)
    page.locator("#analytics-report input").click()
    page.get_by_role("option", name="Nine-box (performance × potential)").click()
    page.locator("#analytics-cycle input").click()
    page.get_by_role("option", name=planted["cycle"].replace("-", " "), exact=True).click()  # "2026 H1"
    page.locator("#analytics-show").click()
    cell = page.locator('#ninebox-grid td[data-cell="low/high"]')
    expect(cell).to_contain_text(
        planted["employee"], timeout=60_000
    )  # the planted high-potential low performer
    page.screenshot(path=ARTEFACTS / "analytics-ninebox.png", full_page=True)
    # drill down into one department: the distribution lists that department only
    page.locator("#analytics-report input").click()
    page.get_by_role("option", name="Rating distribution by department against the guideline").click()
    page.locator("#analytics-unit input").click()
    option = page.get_by_role("option").filter(has_text="(D-").first
    chosen = option.inner_text()
    option.click()
    page.locator("#analytics-show").click()
    rows = page.locator("#analytics-table table").first.locator("tr")
    expect(rows).to_have_count(2, timeout=60_000)  # the header and the one department
    expect(rows.nth(1)).to_contain_text(chosen.split(" (")[0])
