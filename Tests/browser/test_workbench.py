"""End-to-end tests of `mailproof serve` in headless Chromium (Debian's chromium and chromium-driver, Selenium),
run by .ci/run.

Each test starts `mailproof serve --port 0` (MAILPROOF_BIN, default .build/debug/mailproof) in an empty folder,
reads the URL from its first line, and drives the page as a success-staff member would. Screenshots of every step
go to .build/browser-screenshots/."""
import json
import os
import pathlib
import signal
import subprocess
import tempfile
import urllib.request

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("MAILPROOF_BIN", str(ROOT / ".build" / "debug" / "mailproof"))
SHOTS = ROOT / ".build" / "browser-screenshots"
TEMPLATE = (ROOT / "Examples" / "welcome-newsletter.html").read_text(encoding="utf-8")
TITLE = "mailproof workbench"

# Every way a template or a file name could try to run script in the app's own page.
HOSTILE = """<!DOCTYPE html><html><head><title>x</title>
<script>window.__sentinel = 'script ran'; document.title = 'pwned by script';</script></head>
<body>
<img src="does-not-exist.png" onerror="window.__sentinel = 'onerror ran'; parent.__sentinel = 'onerror ran in parent'; parent.document.title = 'pwned'">
<a href="javascript:parent.__sentinel='javascript link ran'">Click me</a>
</textarea><script>window.__sentinel = 'textarea escape ran'; document.title = 'pwned';</script>
<svg onload="parent.__sentinel = 'svg onload ran'"></svg>
<iframe src="javascript:parent.__sentinel='iframe ran'"></iframe>
<form action="javascript:parent.__sentinel='form ran'"><button id="go">Go</button></form>
<div style="display:flex" onmouseover="parent.__sentinel='hover ran'">hover</div>
</body></html>
"""
HOSTILE_FILENAME = '"><img src=x onerror="window.__sentinel=\'filename ran\'">.html'


class Server:
    """`mailproof serve --port 0` in an empty folder; stopped with SIGINT, which must end it cleanly."""

    def __init__(self, *arguments, env=None):
        self.folder = tempfile.TemporaryDirectory()
        self.process = subprocess.Popen([BINARY, "serve", "--port", "0", *arguments], cwd=self.folder.name,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, **(env or {})})
        first = self.process.stdout.readline()
        assert first.startswith("mailproof serve: http://127.0.0.1:"), first
        self.url = first.strip().removeprefix("mailproof serve: ")

    def post(self, path, body, token=None):
        request = urllib.request.Request(self.url + path.lstrip("/"), data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json",
                                                  **({"Authorization": "Bearer " + token} if token else {})})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=20)
        log = self.process.stderr.read()
        self.folder.cleanup()
        return code, log


@pytest.fixture
def server():
    running = Server()
    yield running
    code, log = running.stop()
    assert code == 0, log
    # The access log names requests only: no template text ever reaches it.
    assert "Read the story" not in log and "__sentinel" not in log and "onerror" not in log


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000",
                     "--disable-gpu", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")),
                              options=options)
    driver.set_script_timeout(20)
    yield driver
    driver.quit()


def shot(driver, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def open_page(driver, server):
    # Clipboard permission for this origin, so "Copy reply" can be read back through the real clipboard API.
    driver.execute_cdp_cmd("Browser.grantPermissions", {
        "origin": server.url.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    driver.get(server.url)
    WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#esp option")) > 1)
    assert driver.title == TITLE


def paste(driver, text):
    """Puts text on the clipboard and presses Ctrl+V in the editor: the browser's own paste, with its input event."""
    driver.execute_async_script(
        "const [text, done] = arguments; navigator.clipboard.writeText(text).then(() => done(true), () => done(false));",
        text)
    editor = driver.find_element(By.ID, "code")
    editor.click()
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.CONTROL, "v")
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.getElementById('code').value") == text)


def clipboard(driver):
    return driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, (e) => done('unreadable: ' + e));")


def findings(driver, timeout=15):
    WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.finding"))
    return driver.find_elements(By.CSS_SELECTOR, "button.finding")


def test_paste_check_highlight_fix_and_reply(server, browser):
    driver = browser
    open_page(driver, server)
    shot(driver, "01-empty")

    paste(driver, TEMPLATE)
    found = findings(driver)
    expected = server.post("/api/check", {"html": TEMPLATE, "filename": "template.html"})["files"][0]["findings"]
    assert len(found) == len(expected)
    assert "Checked:" in driver.find_element(By.ID, "status").text
    groups = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#findings h3")]
    assert groups and all("(" in g for g in groups)
    shot(driver, "02-findings")

    # Click a finding in the middle of the file: its exact bytes are marked and selected in the code view.
    index = max(range(len(expected)), key=lambda k: expected[k]["line"] if expected[k]["length"] > 0 else -1)
    target = expected[index]
    driver.find_element(By.CSS_SELECTOR, f'button.finding[data-index="{index}"]').click()
    marked = driver.find_element(By.CSS_SELECTOR, "#backdrop mark").get_attribute("textContent")
    source = TEMPLATE.encode("utf-8")
    assert marked == source[target["offset"]:target["offset"] + target["length"]].decode("utf-8")
    selected = driver.execute_script(
        "const e = document.getElementById('code'); return e.value.slice(e.selectionStart, e.selectionEnd);")
    assert selected == marked
    location = driver.find_element(By.ID, "location").text
    assert f"Line {target['line']}, column {target['column']}" in location
    assert "selected" in driver.find_element(By.CSS_SELECTOR, f'button.finding[data-index="{index}"]').get_attribute("class")
    shot(driver, "03-highlighted")

    driver.find_element(By.ID, "fix-button").click()
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "fixed-code").get_attribute("value"))
    fixed = driver.find_element(By.ID, "fixed-code").get_attribute("value")
    assert fixed == server.post("/api/fix", {"html": TEMPLATE})["code"]
    assert fixed != TEMPLATE
    assert driver.find_elements(By.CSS_SELECTOR, "#diff td.added")
    shot(driver, "04-fix")
    driver.find_element(By.ID, "copy-fixed").click()
    WebDriverWait(driver, 15).until(lambda d: "Corrected code copied" in d.find_element(By.ID, "status").text)
    assert clipboard(driver) == fixed

    driver.find_element(By.ID, "copy-reply").click()
    WebDriverWait(driver, 15).until(lambda d: "Reply copied" in d.find_element(By.ID, "status").text)
    reply = server.post("/api/reply", {"html": TEMPLATE})["text"]
    assert clipboard(driver) == reply
    assert len(reply) <= 1_201
    driver.find_elements(By.CSS_SELECTOR, ".tabs button")[2].click()
    assert driver.find_element(By.ID, "reply-text").get_attribute("value") == reply
    shot(driver, "05-reply")

    driver.find_element(By.ID, "copy-handoff").click()
    WebDriverWait(driver, 15).until(lambda d: "hand-off copied" in d.find_element(By.ID, "status").text)
    assert clipboard(driver).startswith("# ")
    assert_no_policy_violations(driver)


def assert_no_policy_violations(driver):
    """The page works within its own Content-Security-Policy: the console has no refusal from it."""
    refused = [entry["message"] for entry in driver.get_log("browser")
               if "Content Security Policy" in entry["message"] or "Refused to" in entry["message"]]
    assert not refused, refused


def test_snippet_from_a_finding_and_preview(server, browser):
    driver = browser
    open_page(driver, server)
    button = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sale</title></head><body>'
              '<table role="presentation"><tr><td style="background:#c2410c;border-radius:6px;padding:12px 20px">'
              '<a href="https://example.com/sale" style="color:#ffffff;text-decoration:none">Shop the sale</a>'
              '</td></tr></table></body></html>')
    paste(driver, button)
    findings(driver)
    links = driver.find_elements(By.CSS_SELECTOR, ".finding .snippet-link")
    assert links, "the rounded button should suggest the button snippet"
    links[0].click()
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "snippet-code").get_attribute("value"))
    assert driver.find_element(By.ID, "snippet-url").get_attribute("value") == "https://example.com/sale"
    assert driver.find_element(By.ID, "snippet-label").get_attribute("value") == "Shop the sale"
    code = driver.find_element(By.ID, "snippet-code").get_attribute("value")
    assert "v:roundrect" in code and "https://example.com/sale" in code
    shot(driver, "06-snippet")

    driver.find_elements(By.CSS_SELECTOR, ".tabs button")[4].click()
    for frame_id in ["preview-desktop", "preview-phone"]:
        frame = driver.find_element(By.ID, frame_id)
        assert frame.get_attribute("sandbox") == ""
        # An opaque origin: the page cannot reach into the frame, nor the frame into the page.
        assert driver.execute_script(f"return document.getElementById('{frame_id}').contentDocument") is None
    driver.switch_to.frame(driver.find_element(By.ID, "preview-desktop"))
    assert driver.find_element(By.LINK_TEXT, "Shop the sale")
    driver.switch_to.default_content()
    # One email app's preview (mailproof preview): Outlook on Windows draws no rounded corners.
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element(By.ID, "preview-client")).select_by_value("outlook.windows")
    WebDriverWait(driver, 15).until(lambda d: "Outlook" in d.find_element(By.ID, "client-caption").text)
    frame = driver.find_element(By.ID, "preview-client-frame")
    assert frame.get_attribute("sandbox") == ""
    expected = server.post("/api/preview", {"html": button, "client": "outlook.windows"})
    assert driver.execute_script("return arguments[0].srcdoc", frame) == expected["html"]
    assert "border-radius" in driver.find_element(By.ID, "preview-client-note").text
    shot(driver, "07-preview")
    assert_no_policy_violations(driver)


def test_hostile_template_runs_no_script_in_the_app(server, browser):
    driver = browser
    open_page(driver, server)
    driver.execute_script("window.__sentinel = 'untouched';")
    filename = driver.find_element(By.ID, "filename")
    filename.clear()
    filename.send_keys(HOSTILE_FILENAME)
    paste(driver, HOSTILE)
    found = findings(driver)
    for k in range(len(found)):
        driver.find_elements(By.CSS_SELECTOR, "button.finding")[k].click()
    driver.find_element(By.ID, "fix-button").click()
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "fixed-code").get_attribute("value"))
    driver.find_element(By.ID, "copy-reply").click()
    WebDriverWait(driver, 15).until(lambda d: "Reply copied" in d.find_element(By.ID, "status").text)
    driver.find_elements(By.CSS_SELECTOR, ".tabs button")[4].click()
    # Click the javascript: link and the form's button inside the sandboxed preview.
    driver.switch_to.frame(driver.find_element(By.ID, "preview-desktop"))
    driver.find_element(By.LINK_TEXT, "Click me").click()
    driver.find_element(By.ID, "go").click()
    driver.switch_to.default_content()
    shot(driver, "08-hostile")

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text
    assert driver.execute_script("return window.__sentinel") == "untouched"
    assert driver.title == TITLE
    # The app's own document holds its one script and no element from the template.
    assert driver.execute_script("return document.scripts.length") == 1
    assert driver.execute_script("return document.querySelectorAll('[onerror], [onload], [onmouseover], svg').length") == 0
    assert driver.find_element(By.ID, "filename").get_attribute("value") == HOSTILE_FILENAME
    assert driver.find_element(By.ID, "code").get_attribute("value") == HOSTILE


def test_token_is_asked_once_and_kept_for_the_tab(browser):
    running = Server(env={"MAILPROOF_TOKEN": "team-token-123"})
    try:
        driver = browser
        driver.execute_cdp_cmd("Browser.grantPermissions", {
            "origin": running.url.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        driver.get(running.url)
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "token-form").is_displayed())
        shot(driver, "09-token")
        driver.find_element(By.ID, "token-input").send_keys("team-token-123", Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#esp option")) > 1)
        assert driver.execute_script("return sessionStorage.getItem('mailproof-token')") == "team-token-123"
        paste(driver, TEMPLATE)
        assert findings(driver)
        # A reload in the same tab does not ask again.
        driver.refresh()
        WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#esp option")) > 1)
        assert not driver.find_element(By.ID, "token-form").is_displayed()
    finally:
        code, log = running.stop()
        assert code == 0, log
        assert "team-token-123" not in log
