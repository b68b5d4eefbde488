"""Real-browser tests: the real server (`streamlit run` on a free port) driven by Debian's Chromium.

Playwright cannot download its own browsers here, so the system Chromium is used through
`executable_path`. Without Chromium the suite skips with a clear message, except under CI=true,
where a missing browser is a failure (.ci/run installs it).
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(env_extra: dict | None = None):
    port = _free_port()
    env = {**os.environ, **(env_extra or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("streamlit did not start: " + proc.stdout.read1().decode(errors="replace"))
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


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

    # the network is closed here: failed fetches of map tiles / fonts and Streamlit's own path probing
    # (/<page>/_stcore/health) are not errors of the app
    IGNORED = ("ERR_NAME_NOT_RESOLVED", "ERR_INTERNET_DISCONNECTED", "status of 404", "ERR_CONNECTION_REFUSED",
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
        """Script finished (Streamlit's own script-state flag), then the page stopped changing."""
        p = self.page
        p.wait_for_selector("h1", timeout=timeout)
        p.wait_for_function(
            "() => document.querySelector('[data-testid=\"stApp\"]')"
            "?.getAttribute('data-test-script-state') === 'notRunning'", timeout=timeout)
        stable, last, waited = 0, -1, 0
        while stable < 2 and waited < 15000:
            n = p.evaluate("() => document.getElementsByTagName('*').length")
            stable = stable + 1 if n == last else 0
            last = n
            p.wait_for_timeout(350)
            waited += 350

    def app_errors(self):
        return [e for e in self.console_errors if not any(s in e for s in self.IGNORED)]

    def exceptions(self):
        return self.page.locator("[data-testid='stException']").count()


@pytest.fixture
def app(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield AppPage(page, server)
    context.close()
