"""Pages of two checkouts in one run, beside the floor and the floor with one pydeck map: cold loads in
rounds, a fresh browser each (as bench/run.py). For before/after figures on the same machine.

    git worktree add /tmp/before <commit>
    .venv/bin/python bench/before_after.py 7 /tmp/before .                      # the interactive map
    .venv/bin/python bench/before_after.py 7 /tmp/before . /leervormen /kaart   # these pages
"""

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))
sys.path.insert(0, str(HERE))

from measure import median, page_load_ms  # noqa: E402
from serve import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402

PATHS = ["/kaart?view=interactive"]
NO_TILES = {"LES_BASEMAP": "off"}  # as the comparison app: the map without background tiles


def served(checkout: Path) -> Path:
    """What `make run` serves in that checkout: app.py, or dashboard.py in checkouts before app.py."""
    return checkout / "app.py" if (checkout / "app.py").exists() else checkout / "dashboard.py"


def load(p, url: str) -> float:
    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    blank = browser.new_page()  # start the graphics process first, as a visitor's running browser has
    blank.evaluate("() => !!document.createElement('canvas').getContext('webgl2')")
    blank.close()
    time.sleep(0.3)
    ms = page_load_ms(browser, url)
    browser.close()
    return ms


def main() -> None:
    from playwright.sync_api import sync_playwright

    runs, before, after = int(sys.argv[1]), Path(sys.argv[2]).resolve(), Path(sys.argv[3]).resolve()
    paths = sys.argv[4:] or PATHS
    with sync_playwright() as p, streamlit_server(script=HERE / "minimal_app.py") as floor, \
            streamlit_server(script=HERE / "component_app.py") as comp, \
            streamlit_server(script=served(before), env_extra=NO_TILES) as old, \
            streamlit_server(script=served(after), env_extra=NO_TILES) as new:
        urls = {"floor": floor + "/", "floor + one pydeck map (no tiles)": comp + "/?with=pydeck&basemap=off"}
        for path in paths:
            urls[f"before: {path}"] = old + path
            urls[f"after: {path}"] = new + path
        for url in urls.values():
            load(p, url)
        times = {name: [] for name in urls}
        for _ in range(runs):
            for name, url in urls.items():
                times[name].append(load(p, url))
        floor_ms, deck_ms = median(times["floor"]), median(times["floor + one pydeck map (no tiles)"])
        print("| load | median | × floor | × floor + pydeck |\n|---|---|---|---|")
        for name in urls:
            m = median(times[name])
            print(f"| {name} | {m:,.0f} ms | {m / floor_ms:.2f} | {m / deck_ms:.2f} |", flush=True)


if __name__ == "__main__":
    main()
