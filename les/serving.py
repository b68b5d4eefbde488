"""How the dashboard is served: Streamlit's own server (`st.App`, in app.py) with one ASGI middleware that
lets a page's first view arrive sooner. It adds two hints to the page shell (Streamlit's index.html) that
Streamlit cannot give itself, because the shell is the same file for every page:

1. Where the app's root is. Opened at /kaart, Streamlit's frontend first looks for its server at
   /kaart/_stcore/health (a 404 in the console), waits 100 ms and tries again at the root. The shell now
   says where the root is (`window.__streamlit`, the frontend's host configuration), so it connects at once.
2. Which element kinds the page's first view draws. Streamlit fetches the JavaScript of an element kind (a
   select box, a slider, a chart) only when the first such element arrives, after the script has run. The
   shell now lists those files (`<link rel="modulepreload">`), so the browser fetches them while the server
   runs the script.

Both are hints. Read from the installed Streamlit's own bundle at start; if that bundle changes shape and
the table of element files cannot be read, pages are served exactly as Streamlit serves them.
"""

from __future__ import annotations

import html
import logging
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs

import streamlit

STATIC = Path(streamlit.__file__).parent / "static"
LOG = logging.getLogger(__name__)

# What each page's first view draws, by the name of Streamlit's element bundle. Every page has the shell:
# the language switch (ButtonGroup), the presentation button (Button) and the styles (Html).
SHELL = ("Button", "ButtonGroup", "Html")
FIRST_VIEW = {
    "": ("Metric", "PageLink"),
    "leervormen": ("Selectbox", "Slider", "TextInput"),
    "vergelijk": ("Checkbox", "PageLink", "Selectbox"),
    "kaart": ("DownloadButton", "ImageList", "Slider", "TextInput"),
    "opleidingen": ("DataFrame", "ImageList", "PageLink", "Slider", "TextInput"),
    "hybride-leeromgeving": ("Checkbox", "DownloadButton", "ImageList", "PageLink"),
    "over-de-data": ("FileUploader",),
    "presentatie": ("BidiComponent", "DownloadButton", "ImageList", "Progress"),
}
# Views a URL opens with that draw something else: (page, parameter, values) -> (added, dropped)
URL_VIEWS = {
    ("leervormen", "view", ("share", "time", "pay")): (("PlotlyChart",), ()),
    ("vergelijk", "chart", ("1",)): (("PlotlyChart",), ()),
    ("kaart", "view", ("interactive",)): (("DeckGlJsonChart",), ("ImageList", "DownloadButton")),
    ("presentatie", "step", ("2", "3", "4")): (("PlotlyChart",), ("ImageList",)),
}


@lru_cache(maxsize=1)
def element_files() -> dict[str, tuple[str, ...]]:
    """Streamlit's element bundles and the files each needs, from its own entry bundle, where every element
    is `lazy(() => import("./Name.hash.js"), __vite__mapDeps([...]))` over one list of file names. Empty
    when the bundle does not read that way."""
    try:
        entry = next((STATIC / "static" / "js").glob("index.*.js")).read_text(encoding="utf-8")
        names = re.search(r"m\.f=\[(.*?)\]", entry).group(1)
        files = [name.strip('"` ').removeprefix("./") for name in names.split(",")]
        table = {}
        for m in re.finditer(r"import\(`\./([A-Za-z]+)\.[\w-]+\.js`\)(?:\.then\([^)]*\))?,"
                             r"__vite__mapDeps\(\[([\d,]*)\]\)", entry):
            table.setdefault(m.group(1), tuple(files[int(i)] for i in m.group(2).split(",") if i))
        return table
    except (StopIteration, AttributeError, IndexError, ValueError, OSError) as err:
        LOG.warning("Streamlit's element bundles could not be read (%s); pages are served without preloads", err)
        return {}


@lru_cache(maxsize=1)
def shell_files() -> frozenset[str]:
    """The files Streamlit's page shell already preloads."""
    return frozenset(re.findall(r'href="\./static/js/([^"]+)"', (STATIC / "index.html").read_text(encoding="utf-8")))


def page_of(path: str) -> str | None:
    """The page a request path opens ('' for Home), or None for anything else. The last part of the path
    names it, so the app may sit under a prefix (server.baseUrlPath, or a proxy's)."""
    page = path.rstrip("/").rpartition("/")[2]
    return page if page in FIRST_VIEW else None


def elements(page: str, query: str = "") -> tuple[str, ...]:
    """The element bundles the first view of `page` opened with `query` draws."""
    params = parse_qs(query)
    names = [*SHELL, *FIRST_VIEW[page]]
    for (where, name, values), (added, dropped) in URL_VIEWS.items():
        if where == page and params.get(name, [""])[-1] in values:
            names = [n for n in names if n not in dropped] + list(added)
    return tuple(names)


@lru_cache(maxsize=64)
def preload_links(names: tuple[str, ...]) -> str:
    """<link rel="modulepreload"> for every file of these element bundles the shell does not load already (and
    a plain preload for a bundle's style sheet)."""
    table, have, out = element_files(), shell_files(), []
    for name in names:
        for file in table.get(name, ()):
            if file not in have and file not in out:
                out.append(file)
    return "".join(f'<link rel="preload" as="style" crossorigin href="./static/js/{html.escape(f)}">'
                   if f.endswith(".css") else  # a bundle's styles (../css/...): fetched, applied by Streamlit
                   f'<link rel="modulepreload" crossorigin href="./static/js/{html.escape(f)}">' for f in out)


@lru_cache(maxsize=1)
def root_script() -> str:
    """Sets the frontend's host configuration to the app's root, found from the page's own address (so it
    holds behind a proxy that adds a path prefix): /prefix/kaart -> /prefix/. Home needs none."""
    pages = "|".join(re.escape(p) for p in FIRST_VIEW if p)
    return ("<script>(()=>{const m=location.pathname.match(/^(.*\\/)(?:" + pages + ")\\/?$/);"
            "if(m){const b=location.origin+m[1];window.__streamlit={BACKEND_BASE_URL:b,MAIN_PAGE_BASE_URL:b}}})()"
            "</script>")


def with_hints(shell: bytes, page: str, query: str) -> bytes:
    """The page shell with both hints; unchanged if it is not the shell."""
    if b"<head>" not in shell or b"</head>" not in shell:
        return shell
    shell = shell.replace(b"<head>", b"<head>" + root_script().encode(), 1)
    return shell.replace(b"</head>", preload_links(elements(page, query)).encode() + b"</head>", 1)


class FirstView:
    """ASGI middleware: a GET for a page gets the page shell with the hints (see the module's docstring);
    every other request passes through untouched."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "")
        # only a page's own path names a page: Streamlit's routes and files (/_stcore/..., /static/...) do not
        page = page_of(path) if scope["type"] == "http" and scope.get("method") == "GET" else None
        if page is None:
            await self.app(scope, receive, send)
            return
        # the shell is small: ask for it uncompressed, so it can be edited as text
        scope = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"]}
        query = scope.get("query_string", b"").decode("latin-1")
        start, body = {}, []

        async def edit(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            data = b"".join(body)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            if start.get("status") == 200 and dict(headers).get(b"content-type", b"").startswith(b"text/html"):
                data = with_hints(data, page, query)
            await send({**start, "headers": [*headers, (b"content-length", str(len(data)).encode())]})
            await send({"type": "http.response.body", "body": data})

        await self.app(scope, receive, edit)
