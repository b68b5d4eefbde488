"""Measurements used by bench/run.py; each returns plain numbers."""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))] if xs else float("nan")


# 1. cold page load in the browser -------------------------------------------------------------
def page_load_ms(browser, url: str, quiet_ms: int = 1000, timeout_s: float = 60, context=None) -> float:
    """Navigation start to the last change of the page, once the script has finished and the page has
    been quiet for `quiet_ms`. A fresh browser context each time (a new visitor, empty cache), unless a
    `context` is given (a returning visitor: that browser's cache is used and kept)."""
    own = context is None
    context = context or browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    last_change, last_n = time.perf_counter(), -1
    deadline = t0 + timeout_s
    while time.perf_counter() < deadline:
        state = page.evaluate("() => [document.querySelector('[data-testid=\"stApp\"]')"
                              "?.getAttribute('data-test-script-state'), document.getElementsByTagName('*').length]")
        now = time.perf_counter()
        if state[1] != last_n:
            last_n, last_change = state[1], now
        elif state[0] == "notRunning" and (now - last_change) * 1000 >= quiet_ms:
            break
        page.wait_for_timeout(50)
    page.close()
    if own:
        context.close()
    return (last_change - t0) * 1000


# 2. filter response, server side ---------------------------------------------------------------
FILTERS = {
    "leervormen": ("app_pages/leervormen.py", "pills", "lf_country.nl", [["NL"], ["BE"], ["BE", "NL"], []]),
    "vergelijk": ("app_pages/vergelijk.py", "selectbox", "cmp_b.nl", ["nl-duale-studie", "vl-graduaat", "nl-mbo-bol"]),
    "kaart": ("app_pages/kaart.py", "pills", "map_sector.nl", [["zorg"], ["techniek"], []]),
    "hybride-leeromgeving": ("app_pages/hybride.py", "checkbox", "act_bedrijfsbezoek", [True, False]),
    "kaart (interactive map)": ("app_pages/kaart.py", "pills", "map_sector.nl", [["zorg"], ["techniek"], []],
                                {"view": "interactive"}),
    "opleidingen": ("app_pages/opleidingen.py", "pills", "pg_sector.nl", [["techniek"], ["zorg"], []],
                    {"near": "Terneuzen", "km": "40"}),
}


def filter_response_ms(page_name: str, runs: int = 9) -> tuple[float, int]:
    """Median time of the rerun a filter change causes (AppTest runs the script in-process, as the
    server does); and how many files were read and validated during those reruns (should be 0)."""
    from streamlit.testing.v1 import AppTest

    import les.data as data
    path, kind, key, values, *query = FILTERS[page_name]
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for name, value in (query[0] if query else {}).items():
        at.query_params[name] = value
    at.run()
    at.switch_page(path).run()
    reads_before = data.READS
    times = []
    for i in range(runs):
        widget = getattr(at, kind)(key=key)
        value = values[i % len(values)]
        (widget.check() if value else widget.uncheck()) if kind == "checkbox" else widget.set_value(value)
        t = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - t) * 1000)
        assert not at.exception, at.exception
    return median(times), data.READS - reads_before


# 3. scale (run in a subprocess per size, for a clean peak RSS) ---------------------------------
def scale_worker(data_dir: str) -> dict:
    import gc
    import resource

    os.environ["LES_DATA_DIR"] = data_dir
    from les import map_svg, maps
    from les.data import load_all_uncached
    t = time.perf_counter()
    tables = load_all_uncached(Path(data_dir))
    load_s = time.perf_counter() - t
    schools = tables["schools"].frame
    lang = "nl"
    points = maps.aggregate_points(schools, lang) if len(schools) > maps.MAX_POINTS else \
        maps.point_frame(schools, {}, "country", lang)
    view = maps.fit_view(schools["lat"], schools["lon"], height_px=map_svg.HEIGHT)
    deck_bytes = len(maps.build_deck(points, lang, view=view).to_json().encode("utf-8"))
    svg_bytes = len(map_svg.map_svg(points, view).encode("utf-8"))
    counts = {"schools": len(schools), "forms": len(tables["learning_forms"].frame),
              "problems": sum(len(r.errors) for r in tables.values())}
    # a server holds one copy of the tables (the cached one the reruns below load): drop this one first
    del tables, schools, points
    gc.collect()
    rerun_ms, reads = filter_response_ms("kaart", runs=5)
    rerun_interactive_ms, reads_interactive = filter_response_ms("kaart (interactive map)", runs=5)
    return {**counts, "load_s": load_s, "rerun_ms": rerun_ms, "deck_bytes": deck_bytes, "svg_bytes": svg_bytes,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "reads_during_reruns": reads + reads_interactive,
            "rerun_interactive_ms": rerun_interactive_ms}


# 4. concurrent users over Streamlit's own websocket protocol ----------------------------------
ACTIONS = [("", ""), ("leervormen", "country=NL"), ("leervormen", "country=BE&share=50-100"),
           ("kaart", "near=Terneuzen&km=40"), ("kaart", "sector=zorg"), ("kaart", "view=interactive&country=NL"),
           ("vergelijk", "a=vl-duaal-leren&b=nl-mbo-bbl"), ("opleidingen", "near=Terneuzen&km=40&sector=techniek"),
           ("opleidingen", "form=vl-duaal-leren,nl-duale-studie"),
           ("hybride-leeromgeving", "activities=les-op-school,bedrijfsbezoek")]


def _ws(base_url: str) -> str:
    return base_url.replace("http://", "ws://") + "/_stcore/stream"


async def _action(ws_url: str, page: str, query: str) -> tuple[float, bool, int]:
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ClientState_pb2 import ClientState
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    t = time.perf_counter()
    failed, received = False, 0
    async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30) as ws:
        await ws.send(BackMsg(rerun_script=ClientState(query_string=query, page_name=page)).SerializeToString())
        while True:
            data = await asyncio.wait_for(ws.recv(), timeout=60)
            received += len(data)
            msg = ForwardMsg()
            msg.ParseFromString(data)
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element" \
                    and msg.delta.new_element.WhichOneof("type") == "exception":
                failed = True
            if kind == "script_finished":
                break
    return (time.perf_counter() - t) * 1000, failed, received


async def _user(ws_url: str, rng: random.Random, actions: int, think: tuple[float, float], out: list):
    # visitors arrive spread over one think time, not at the same millisecond
    await asyncio.sleep(rng.uniform(0, think[1]))
    for _ in range(actions):
        page, query = rng.choice(ACTIONS)
        try:
            out.append(await _action(ws_url, page, query))
        except Exception:  # a refused or broken connection counts as an error
            out.append((float("nan"), True, 0))
        await asyncio.sleep(rng.uniform(*think))


def _run(coro_factory):
    """asyncio.run in its own thread: callers (pytest with Playwright, the benchmark) may already be
    inside an event loop on this thread."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(coro_factory())).result()


def users(base_url: str, n_users: int, actions: int = 4, think=(2.0, 6.0), seed: int = 1) -> list:
    ws_url = _ws(base_url)
    out: list = []

    async def main():
        await asyncio.gather(*(_user(ws_url, random.Random(seed + i), actions, think, out) for i in range(n_users)))

    _run(main)
    return out


def server_action(base_url: str, page: str, query: str) -> float:
    """One new session opening `page` with `query`, until the script finished (ms); raises if it failed."""
    ms, failed, _ = _run(lambda: _action(_ws(base_url), page, query))
    if failed:
        raise RuntimeError(f"/{page}?{query} raised an exception")
    return ms


def page_bytes(base_url: str, page: str, query: str) -> int:
    return _run(lambda: _action(_ws(base_url), page, query))[2]
