"""`make screenshots`: PNGs of every page (Dutch, and the English home page) for the README."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import CHROMIUM, CHROMIUM_ARGS, ROOT, settle, streamlit_server  # noqa: E402

SHOTS = [
    ("home", "/"),
    ("home-en", "/?lang=en"),
    ("leervormen", "/leervormen?country=BE,NL&formality=formal&share=50-100"),
    ("leervormen-aandeel", "/leervormen?view=share"),
    ("vergelijk", "/vergelijk"),
    ("kaart", "/kaart?near=Terneuzen&km=40"),
    ("opleidingen", "/opleidingen?sector=techniek&near=Terneuzen&km=30"),
    ("hybride-leeromgeving", "/hybride-leeromgeving?activities=les-op-school,bedrijfsbezoek,werken-in-het-werkproces"),
    ("over-de-data", "/over-de-data"),
    ("presentatie", "/presentatie?step=3&present=1"),
]


def main() -> None:
    if not CHROMIUM:
        sys.exit("No Chromium found: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with streamlit_server() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        for name, path in SHOTS:
            page.goto(url + path)
            page.wait_for_selector("h1", timeout=30000)
            settle(page)
            page.screenshot(path=str(out / f"{name}.png"))
            print("wrote", out / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
