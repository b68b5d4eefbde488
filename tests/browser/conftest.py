"""Real-browser tests: the real server (`streamlit run` on a free port) driven by Debian's Chromium.

Playwright cannot download its own browsers here, so the system Chromium is used through
`executable_path`. Without Chromium the suite skips with a clear message, except under CI=true,
where a missing browser is a failure (.ci/run installs it).
"""

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from serve import CHROMIUM, CHROMIUM_ARGS, ROOT, settle, streamlit_server  # noqa: E402,F401


@pytest.fixture(scope="session")
def chromium_path():
    if not CHROMIUM:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI=true but no Chromium found: .ci/run must `apt-get install -y chromium`.")
        pytest.skip("No Chromium on this machine (apt-get install -y chromium); browser tests skipped.")
    return CHROMIUM


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def server():
    with streamlit_server() as url:
        yield url


class AppPage:
    """A page plus what it logged; `open` waits until the script has finished and the page settled."""

    # the network is closed here: failed fetches of map tiles / fonts are not errors of the app (a 404 is:
    # app.py tells the frontend where its root is, so it no longer probes /<page>/_stcore/health)
    IGNORED = ("ERR_NAME_NOT_RESOLVED", "ERR_INTERNET_DISCONNECTED", "ERR_CONNECTION_REFUSED",
               "ERR_NETWORK_CHANGED", "cartocdn", "mapbox", "Failed to fetch")

    def __init__(self, page, base):
        self.page, self.base = page, base
        self.console_errors, self.dialogs = [], []
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, path: str):
        self.page.goto(self.base + path)
        self.settle()
        return self

    def settle(self, timeout=30000):
        self.page.wait_for_selector("h1", timeout=timeout)
        settle(self.page, timeout)

    def app_errors(self):
        return [e for e in self.console_errors if not any(s in e for s in self.IGNORED)]

    def exceptions(self):
        return self.page.locator("[data-testid='stException']").count()

    def export(self, button: str, menu: str = "Downloaden (Excel, CSV)"):
        """Download a file as a person does: open the page's download menu, click `button`. Returns the download."""
        self.page.get_by_role("button", name=menu).first.click()
        with self.page.expect_download() as info:
            self.page.get_by_role("button", name=button).click()
        return info.value


@pytest.fixture
def app(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield AppPage(page, server)
    context.close()
