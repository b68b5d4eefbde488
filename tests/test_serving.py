"""app.py's middleware (les/serving.py): the page shell tells the frontend where the app's root is and which
element files a page needs. The browser side (no 404, nothing fetched late) is in tests/browser/test_e2e.py."""

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from les import serving

ROOT = Path(__file__).resolve().parent.parent
SHELL_HTML = (serving.STATIC / "index.html").read_bytes()


def test_the_installed_streamlit_bundle_is_read():
    table = serving.element_files()
    # every bundle the pages name exists in this Streamlit, and its first file is its own
    named = {n for names in (serving.SHELL, *serving.FIRST_VIEW.values()) for n in names}
    named |= {n for added, _ in serving.URL_VIEWS.values() for n in added}
    assert named <= set(table), named - set(table)
    for name in named:
        assert table[name][0].startswith(name + "."), (name, table[name][:2])
        assert all((serving.STATIC / "static" / "js" / f).is_file() for f in table[name])


def test_the_pages_are_the_dashboards_pages():
    url_paths = set(re.findall(r'url_path="([^"]+)"', (ROOT / "dashboard.py").read_text()))
    assert url_paths == set(serving.FIRST_VIEW) - {""}


@pytest.mark.parametrize("path, page", [("/", ""), ("/kaart", "kaart"), ("/kaart/", "kaart"),
                                        ("/les/opleidingen", "opleidingen"), ("/nergens", None),
                                        ("/static/js/index.js", None)])
def test_page_of(path, page):
    assert serving.page_of(path) == page


def test_a_url_that_opens_another_view_preloads_that_view():
    assert "DeckGlJsonChart" in serving.elements("kaart", "view=interactive")
    assert "ImageList" not in serving.elements("kaart", "view=interactive&country=NL")
    assert "DeckGlJsonChart" not in serving.elements("kaart", "")
    assert "PlotlyChart" in serving.elements("presentatie", "present=1&step=3")
    assert "PlotlyChart" not in serving.elements("presentatie", "step=5")
    assert "PlotlyChart" in serving.elements("leervormen", "view=pay")
    assert "PlotlyChart" not in serving.elements("leervormen", "view=%3Cscript%3E")


def test_the_shell_gets_both_hints_once():
    out = serving.with_hints(SHELL_HTML, "leervormen", "")
    text = out.decode()
    # the root is set before Streamlit's own script reads it
    assert text.index("window.__streamlit=") < text.index('<script type="module"')
    links = re.findall(r'rel="modulepreload" crossorigin href="\./static/js/([^"]+)"', text)
    assert len(links) == len(set(links))  # no file twice, and none the shell loads already
    assert any(f.startswith("Selectbox.") for f in links) and any(f.startswith("TextInput.") for f in links)
    assert not any(f.startswith("PlotlyChart.") for f in links)
    assert serving.with_hints(b"not a shell", "kaart", "") == b"not a shell"


def test_the_root_script_finds_the_root_from_the_pages_address():
    script = serving.root_script()
    pattern = re.search(r"match\(/(.*)/\)", script).group(1).replace("\\/", "/")
    for path, root in (("/kaart", "/"), ("/les/kaart/", "/les/"), ("/over-de-data", "/")):
        assert re.match(pattern, path).group(1) == root
    assert re.match(pattern, "/") is None  # Home: Streamlit finds its root itself


def _serve(path, body=SHELL_HTML, content_type=b"text/html", method="GET", encoding=True):
    """One request through the middleware, in front of an app that answers with `body`; returns
    (what the inner app saw, the response start, the body sent)."""
    seen, sent = {}, []

    async def inner(scope, receive, send):
        seen.update(scope)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body[:100], "more_body": True})
        await send({"type": "http.response.body", "body": body[100:]})

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "query_string": b"view=interactive",
             "headers": [(b"accept-encoding", b"gzip")] if encoding else []}
    # a thread of its own: the browser tests' Playwright keeps an event loop running in this one
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, serving.FirstView(inner)(scope, None, send)).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    return seen, start, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_the_middleware_edits_a_pages_shell_and_fixes_its_length():
    seen, start, body = _serve("/kaart")
    assert (b"accept-encoding", b"gzip") not in seen["headers"]  # asked uncompressed, to be edited
    assert b"window.__streamlit=" in body and b"DeckGlJsonChart." in body
    assert dict(start["headers"])[b"content-length"] == str(len(body)).encode()


@pytest.mark.parametrize("path, method, content_type", [("/static/js/index.js", "GET", b"text/javascript"),
                                                        ("/_stcore/health", "GET", b"text/plain"),
                                                        ("/kaart", "POST", b"text/html"),
                                                        ("/kaart", "GET", b"application/json")])
def test_everything_else_passes_untouched(path, method, content_type):
    seen, start, body = _serve(path, method=method, content_type=content_type)
    assert body == SHELL_HTML
    assert dict(start["headers"])[b"content-length"] == str(len(SHELL_HTML)).encode()
