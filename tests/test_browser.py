"""The web app in headless Chromium (Playwright): ask and open a citation, search with a filter, filter the
task register, upload a file, and check that a notice holding HTML stays inert. Screenshots go to
test-artifacts/screenshots/ (the path is printed at the end of the run)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ui_fixtures import BAC_GIANG, BINH_DINH, NEW_NOTICE, ROOT, UNANSWERABLE, ui_server  # noqa: F401

from assistant.assistant import Assistant

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
        "--disable-extensions", "--disable-sync", "--no-first-run", "--mute-audio"]
TIMEOUT = 30_000

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason=f"Chromium is not installed at {CHROMIUM}: run scripts/setup-browser")]


@pytest.fixture(scope="module")
def browser(pytestconfig):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nscreenshots: {SHOTS}")


class Tab:
    """One page of the app, with the dialogs and script errors it raised."""

    def __init__(self, page):
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def shot(self, name: str) -> Path:
        path = SHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        print(f"screenshot: {path}")
        return path

    def tab(self, name: str) -> None:
        self.page.get_by_role("tab", name=name).click()

    def ask(self, question: str) -> None:
        turns = self.page.locator("#conversation section.turn").count()
        self.page.fill("#question textarea", question)
        self.page.press("#question textarea", "Enter")
        done = self.page.locator("#conversation section.turn").nth(turns).locator(".a:not(.a-pending)")
        done.wait_for(timeout=TIMEOUT)


@pytest.fixture()
def app(browser, ui_server):  # noqa: F811
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="vi-VN",
                                  accept_downloads=True, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    tab = Tab(page)
    page.goto(ui_server.url)
    page.wait_for_selector("#conversation .welcome")
    yield tab
    context.close()
    assert not tab.dialogs, f"a dialog fired: {tab.dialogs}"
    assert not tab.errors, f"script errors: {tab.errors}"


def test_ask_see_the_answer_and_open_its_citation(app):
    page = app.page
    app.ask("Kho bạc Nhà nước Nghệ An phải thanh toán cho chủ đầu tư trong thời hạn bao lâu?")
    answer = page.locator("#conversation section.turn").nth(0)
    assert "Kho bạc Nhà nước Nghệ An" in answer.locator(".a-body").inner_text()
    assert "245/TB-UBND" in answer.locator(".sources").inner_text()
    answer.locator(".a-body button.cite").first.click()
    mark = page.locator("#source-panel mark.cited").first
    mark.wait_for()
    panel = page.locator("#source-panel").inner_text()
    assert "245/TB-UBND" in panel and "Cơ quan ban hành" in panel and "Mục" in panel
    body = page.locator("#source-panel .doc-body").bounding_box()
    box = mark.bounding_box()
    assert body["y"] <= box["y"] <= body["y"] + body["height"], "the highlighted passage is scrolled into view"
    app.shot("chat-citation")

    app.ask("còn Sở Tài chính Nghệ An thì sao?")
    follow = page.locator("#conversation section.turn").nth(1)
    assert "Sở Tài chính Nghệ An" in follow.locator(".resolved").inner_text()

    answer.locator("button.copy").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Nguồn trích dẫn:" in copied and "245/TB-UBND" in copied and "[1]" in copied


def test_not_in_the_archive_shows_the_closest_passages(app):
    page = app.page
    app.ask(UNANSWERABLE)
    turn = page.locator("#conversation section.turn").last
    assert "Không có trong kho văn bản" in turn.locator(".abstain-banner").inner_text()
    assert turn.locator(".closest li").count() >= 1
    turn.locator(".closest button.link").first.click()
    page.locator("#source-panel mark.cited").first.wait_for()
    assert "Đoạn gần nhất" in page.locator("#source-panel .doc-kicker").text_content()
    app.shot("chat-not-in-archive")

    page.get_by_role("button", name=re.compile("^What deadlines were given to")).click()  # the English sample
    page.locator('#conversation .a[data-lang="en"]').wait_for()


def test_html_in_a_notice_stays_inert(app):
    page = app.page
    app.ask("Trung tâm IOC phát hiện bao nhiêu lượt tấn công?")
    conversation = page.locator("#conversation").inner_text()
    assert "<script>alert(1)</script>" in conversation and "<img src=x onerror=alert(1)>" in conversation
    page.locator("#conversation .a-body button.cite").first.click()
    page.locator("#source-panel mark.cited").first.wait_for()
    assert "<script>alert(1)</script>" in page.locator("#source-panel mark.cited").first.inner_text() or \
        "<script>alert(1)</script>" in page.locator("#source-panel .doc-body").inner_text()
    app.shot("inert-html-chat")

    app.tab("Kho văn bản")
    page.locator("#archive-list tr.open", has_text=BINH_DINH).click()
    page.locator("#archive-panel .doc-body").wait_for()
    assert "<img src=x onerror=alert(1)>" in page.locator("#archive-panel .doc-body").inner_text()
    # Nothing was turned into markup: no such image, no script inside the app's rendered HTML.
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("#conversation script, #source-panel script, #archive-panel script").count() == 0
    page.wait_for_timeout(300)  # an onerror handler would have fired by now
    assert not app.dialogs


def test_search_with_a_filter(app):
    page = app.page
    app.tab("Tra cứu")
    page.fill("#search-query textarea", "cụm công nghiệp")
    page.click("#filter-issuer input")
    page.fill("#filter-issuer input", "Bắc Giang")
    page.get_by_role("option", name=re.compile("Bắc Giang", re.IGNORECASE)).first.click()
    page.fill("#filter-from textarea, #filter-from input", "01/01/2024")
    page.click("#search-go")
    results = page.locator("#search-results li.result")
    results.first.wait_for()
    labels = results.locator(".result-label").all_inner_texts()
    assert labels and all("88/TB-SCT" in label for label in labels)
    assert page.locator("#search-results mark.term").count() > 0
    results.first.locator("button.open").click()
    page.locator("#search-panel mark.cited").first.wait_for()
    assert BAC_GIANG in page.locator("#search-panel .doc-meta").inner_text()
    app.shot("search-filter")


@pytest.mark.skipif(not hasattr(Assistant, "tasks"), reason="the task register (assistant/tasks.py) is not built yet")
def test_filter_the_task_register_and_export_it(app):
    page = app.page
    app.tab("Sổ nhiệm vụ")
    rows = page.locator("#tasks-table tbody tr")
    rows.first.wait_for()
    everything = rows.count()
    assert page.locator("#tasks-asof textarea, #tasks-asof input").input_value()  # today by default
    page.fill("#tasks-unit textarea, #tasks-unit input", "Sở Công Thương")
    page.click("#tasks-go")
    page.wait_for_function(f"document.querySelectorAll('#tasks-table tbody tr').length < {everything}")
    who = rows.locator("td.who").all_inner_texts()
    assert who and all("Công Thương" in w for w in who)
    dues = [d for d in rows.locator(".due-date").all_inner_texts() if d != "—"]
    iso = ["-".join(reversed(d.split("/"))) for d in dues]
    assert iso == sorted(iso), "soonest due first"
    page.click("#tasks-table th.sortable")
    page.wait_for_function("document.querySelector('#tasks-table th.sortable').textContent.includes('↓')")
    again = ["-".join(reversed(d.split("/"))) for d in rows.locator(".due-date").all_inner_texts() if d != "—"]
    assert again == sorted(iso, reverse=True)
    rows.first.click()
    page.locator("#tasks-panel mark.cited").first.wait_for()
    app.shot("tasks-filter")
    with page.expect_download() as download:
        page.click("#tasks-csv")
    csv_text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert csv_text.startswith("due,") and "Công Thương" in csv_text
    with page.expect_download() as download:
        page.click("#tasks-ics")
    ics = Path(download.value.path()).read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR") and ics.count("BEGIN:VEVENT") == len(dues)


def test_upload_a_file_see_it_listed_then_remove_it(app, tmp_path):
    page = app.page
    good = tmp_path / "TB-77-UBND-MinhHoa-2026-ve-sinh-cho.txt"
    good.write_text(NEW_NOTICE, encoding="utf-8")
    bad = tmp_path / "bien-ban-cu.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 legacy word file")
    app.tab("Kho văn bản")
    page.locator("#archive-list tr.open").first.wait_for()
    before = page.locator("#archive-list tr.open").count()
    page.set_input_files("#upload-files input[type=file]", [str(good), str(bad)])
    page.locator("#upload-files", has_text=bad.stem).wait_for()
    page.click("#upload-go")
    report = page.locator("#upload-status ul.file-report")
    report.wait_for(timeout=60_000)
    assert "Đã thêm vào kho" in report.locator("li", has_text=good.name).inner_text()
    assert "không được hỗ trợ" in report.locator("li", has_text=bad.name).inner_text()
    row = page.locator("#archive-list tr.open", has_text=good.name)
    row.wait_for()
    assert page.locator("#archive-list tr.open").count() == before + 1
    assert str(before + 1) in page.locator("#index-stats .stat").first.inner_text()
    row.click()
    page.locator("#archive-panel .doc-body", has_text="chợ Minh Hòa").wait_for()
    app.shot("archive-upload")

    page.click("#remove-go")
    page.click("#remove-yes")
    page.locator("#remove-status", has_text="Đã xóa").wait_for()
    page.wait_for_function(f"document.querySelectorAll('#archive-list tr.open').length === {before}")
    assert page.locator("#archive-list tr.open", has_text=good.name).count() == 0
