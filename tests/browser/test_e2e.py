"""Every page in both languages in a real browser, and the main flows a person clicks through."""

import csv
import io

import pytest

QUADRANT_IMG = "[data-testid='stImage'] img[src^='data:image/svg+xml']"
MAP_IMG = QUADRANT_IMG
PAGES = {
    "/": ("Werkplekleren over de grens", "Workplace learning across the border", "[data-testid='stMetric']"),
    "/leervormen": ("Leervormen", "Learning forms", "[data-testid='stMarkdownContainer'] table"),
    "/vergelijk?chart=1": ("Vlaanderen ↔ Nederland", "Flanders ↔ Netherlands", "[data-testid='stPlotlyChart']"),
    "/kaart": ("Kaart", "Map", MAP_IMG),
    "/kaart?view=interactive": ("Kaart", "Map", "[data-testid='stDeckGlJsonChart'] canvas"),
    "/hybride-leeromgeving": ("Hybride leeromgeving", "Hybrid learning environment", QUADRANT_IMG),
    "/opleidingen": ("Opleidingen", "Programmes", "[data-testid='stDataFrame']"),
    "/over-de-data": ("Over de data", "About the data", "[data-testid='stMarkdownContainer'] table"),
    "/presentatie?step=6": ("De kaart over de grens", "The map across the border", MAP_IMG),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", list(PAGES))
def test_page_renders(app, path, lang):
    app.open(path + (("&" if "?" in path else "?") + "lang=en" if lang == "en" else ""))
    title_nl, title_en, selector = PAGES[path]
    assert app.page.locator("h1").first.inner_text().strip() == (title_en if lang == "en" else title_nl)
    assert app.exceptions() == 0
    app.page.wait_for_selector(selector, timeout=15000)
    assert app.page.locator(selector).count() >= 1, f"{selector} missing on {path}"
    assert app.app_errors() == []
    if lang == "en":  # an English reader meets no Dutch interface text
        body = app.page.locator("body").inner_text()
        assert [s for s in interface_only_dutch() if s in body] == []


def interface_only_dutch():
    """Dutch interface strings, minus those that are also Dutch names of real things in the data
    (the glossary shows "centrum voor deeltijds onderwijs" on the English page, rightly)."""
    from les.data import load_all_uncached
    from tests.test_bilingual import DUTCH_ONLY
    tables = load_all_uncached()
    names = " | ".join(list(tables["glossary"].frame["term"]) + list(tables["glossary"].frame["counterpart_term"].dropna())
                       + list(tables["learning_forms"].frame["name_nl"]))
    return [s for s in DUTCH_ONLY if s not in names]


def caption_text(app):
    return " ".join(app.page.locator("[data-testid='stCaptionContainer']").all_inner_texts())


def test_search_filter_changes_the_table(app):
    app.open("/leervormen")
    assert "18 van 18 leervormen" in caption_text(app)
    box = app.page.get_by_label("Zoeken in namen en beschrijvingen")
    box.fill("minionderneming")
    box.press("Enter")
    app.settle()
    assert "1 van 18 leervormen" in caption_text(app)
    assert "q=minionderneming" in app.page.url


def test_form_detail_from_link_and_false_friend(app):
    app.open("/leervormen?form=vl-duaal-leren")
    body = app.page.locator("[data-testid='stMain']").inner_text()
    assert "Let op, valse vriend" in body and "Duale studie (hoger onderwijs)" in body


def test_distance_tool_picture_then_interactive_map(app):
    app.open("/kaart?km=40&sector=zorg")
    app.page.locator("[data-testid='stMain'] [data-testid='stButtonGroup'] button", has_text="Terneuzen").click()
    app.settle()
    assert "near=Terneuzen" in app.page.url
    body = app.page.locator("[data-testid='stMain']").inner_text()
    assert "binnen 40 km van Terneuzen" in body
    picture = app.page.locator(MAP_IMG).first
    assert "straal van 40 km rond Terneuzen" in picture.get_attribute("alt")
    # the picture decodes and is drawn at the column's width, not as a broken image
    assert picture.evaluate("img => img.complete && img.naturalWidth") == 700
    assert picture.bounding_box()["width"] > 600
    assert app.page.locator("[data-testid='stDeckGlJsonChart']").count() == 0  # no deck.gl until asked for
    with app.page.expect_download() as info:  # the picture as a file, legend included
        app.page.get_by_role("button", name="Kaart downloaden (SVG)").click()
    svg = info.value.path().read_text(encoding="utf-8")
    assert info.value.suggested_filename == "scholen-kaart.svg" and svg.startswith("<svg") and "zoekstraal" in svg
    app.page.get_by_role("radio", name="Interactief (zoomen, aanwijzen)").click()
    app.page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=15000)
    app.settle()
    assert "view=interactive" in app.page.url and "near=Terneuzen" in app.page.url
    assert app.page.locator(MAP_IMG).count() == 0
    assert app.exceptions() == 0 and app.app_errors() == []


def test_ticking_activities_updates_verdict_and_url(app):
    app.open("/hybride-leeromgeving")
    for label in ("Les en instructie op school", "Bedrijfsbezoek", "Werken in het echte werkproces (stage, werkdagen)"):
        app.page.locator("[data-testid='stCheckbox']", has_text=label).locator("label").click()
        app.settle()
    body = app.page.locator("[data-testid='stMain']").inner_text()
    assert "Nog niet hybride: 3 van de 4 kwadranten" in body
    assert "activities=les-op-school%2Cbedrijfsbezoek%2Cwerken-in-het-werkproces" in app.page.url \
        or "activities=les-op-school,bedrijfsbezoek,werken-in-het-werkproces" in app.page.url
    app.page.locator("[data-testid='stCheckbox']", has_text="Simulatieonderwijs").locator("label").click()
    app.settle()
    assert "Hybride: alle vier de kwadranten" in app.page.locator("[data-testid='stMain']").inner_text()


def test_csv_download_parses_back_to_what_is_shown(app):
    app.open("/leervormen?country=NL")
    assert "12 van 18 leervormen" in caption_text(app)
    download = app.export("CSV (standaard)")
    assert download.suggested_filename == "leervormen_country-NL-standaard.csv"
    data = download.path().read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert len(rows) == 12
    assert "Mbo – beroepsbegeleidende leerweg (BBL)" in {r["Leervorm"] for r in rows}
    assert "vl-dbso" not in {r["ID"] for r in rows}
    # the file Dutch and Belgian Excel opens as columns: ';' and decimal commas
    with app.page.expect_download() as info:
        app.page.get_by_role("button", name="CSV voor Excel (;)").click()  # the menu is still open
    assert info.value.suggested_filename == "leervormen_country-NL.csv"
    rows = list(csv.DictReader(io.StringIO(info.value.path().read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 12 and len(rows[0]) > 5
    bbl = next(r for r in rows if r["ID"] == "nl-mbo-bbl")
    assert bbl["Werkplek (min. %)"] == "80"  # a whole number written whole; 33.3 would read "33,3"


def test_download_buttons_are_drawn_when_their_menu_opens(app):
    """A new visitor's browser draws no download button (nor loads its code) until the menu is opened."""
    app.open("/leervormen")
    buttons = app.page.locator("[data-testid='stDownloadButton']")
    assert buttons.count() == 0
    app.page.get_by_role("button", name="Downloaden (Excel, CSV)").click()
    buttons.first.wait_for()
    # each text is the icon's name, then the label
    assert [text.split("\n")[-1] for text in buttons.all_inner_texts()] == ["Excel downloaden", "CSV voor Excel (;)",
                                                                           "CSV (standaard)"]


def test_language_switch_survives_navigation(app):
    app.open("/")
    app.page.locator("[data-testid='stSidebar']").get_by_role("radio", name="English").click()
    app.settle()
    assert app.page.locator("h1").first.inner_text() == "Workplace learning across the border"
    app.page.locator("[data-testid='stSidebarNav'] a", has_text="Map").click()
    app.settle()
    assert app.page.locator("h1").first.inner_text() == "Map"
    assert "lang=en" in app.page.url


def test_coordinator_checks_an_excel_saved_file(app, tmp_path):
    """schools.csv as Excel saves it in Belgium: ';', decimal commas, Windows-1252; one row broken."""
    from tests.conftest import DATA
    with (DATA / "schools.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    lat, lon = rows[0].index("lat"), rows[0].index("lon")
    rows[2][lat] = "abc"  # a broken latitude on spreadsheet row 3
    for r in rows[1:]:
        r[lat], r[lon] = r[lat].replace(".", ","), r[lon].replace(".", ",")
    buf = io.StringIO()
    csv.writer(buf, delimiter=";").writerows(rows)
    path = tmp_path / "scholen.csv"
    path.write_bytes(buf.getvalue().encode("cp1252", errors="replace"))
    app.open("/over-de-data")
    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    app.page.wait_for_selector("text=Herkend als schools.csv", timeout=20000)
    app.settle()
    body = app.page.locator("[data-testid='stMain']").inner_text()
    assert f"{len(rows) - 1} rijen gelezen, {len(rows) - 2} geldig, 1 fout(en)" in body
    assert app.exceptions() == 0
    with app.page.expect_download() as info:
        app.page.get_by_role("button", name="Opgeschoond bestand downloaden").click()
    cleaned = list(csv.DictReader(io.StringIO(info.value.path().read_text(encoding="utf-8"))))
    assert len(cleaned) == len(rows) - 2
    assert all("," not in r["lat"] for r in cleaned)


@pytest.mark.parametrize("view", ["share", "time", "pay"])
def test_each_chart_view_draws_a_chart(app, view):
    app.open(f"/leervormen?view={view}&lang=en")
    app.page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=15000)
    assert app.page.locator("[data-testid='stPlotlyChart'] .scatterlayer .point, "
                            "[data-testid='stPlotlyChart'] .barlayer .point").count() > 0
    assert app.exceptions() == 0 and app.app_errors() == []


def drawn(app, selector: str) -> bool:
    """The picture has loaded and decoded: a broken SVG is an <img> with no natural size."""
    app.page.wait_for_selector(selector, timeout=15000)
    return app.page.locator(selector).first.evaluate("img => img.complete && img.naturalWidth > 0")


def test_quadrant_picture_draws_the_check_and_describes_it(app):
    app.open("/hybride-leeromgeving?activities=les-op-school,bedrijfsbezoek,werken-in-het-werkproces&lang=en")
    assert drawn(app, QUADRANT_IMG)
    alt = app.page.locator(QUADRANT_IMG).first.get_attribute("alt")
    assert "Quadrants covered: 1, 2, 4." in alt and "Company visit" in alt
    with app.page.expect_download() as info:
        app.page.get_by_role("button", name="Download the model (SVG)").click()
    svg = info.value.path().read_text(encoding="utf-8")
    assert info.value.suggested_filename == "hybride-leeromgeving-check.svg" and svg.startswith("<svg")
    # tick the missing quadrant
    app.page.locator("[data-testid='stCheckbox']").filter(has_text="Simulation-based education").locator("label").click()
    app.settle()
    assert "Quadrants covered: 1, 2, 3, 4." in app.page.locator(QUADRANT_IMG).first.get_attribute("alt")
    app.page.locator("[data-testid='stExpander'] summary").filter(has_text="All placements").click()  # built on opening
    app.page.wait_for_selector("[data-testid='stExpander'] table", timeout=15000)
    assert "Company visit" in app.page.locator("[data-testid='stExpander'] table").inner_text()
    assert app.exceptions() == 0 and app.app_errors() == []


def test_map_table_opens_on_request_and_a_row_opens_the_school(app):
    app.open("/kaart?near=Terneuzen&km=40&sector=zorg")
    assert app.page.locator("[data-testid='stDataFrame']").count() == 0  # not built until asked for
    app.page.locator("[data-testid='stExpander'] summary").filter(has_text="Tabel van de").click()
    app.settle()
    app.page.wait_for_selector("[data-testid='stDataFrame'] canvas", timeout=15000)
    assert "table=true" in app.page.url  # a shared link opens it too
    # the first row's selection box sits at the left edge of the grid, one header height down
    box = app.page.locator("[data-testid='stDataFrame']").bounding_box()
    app.page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)
    app.settle()
    cards = app.page.locator("[data-testid='stMain'] h3")
    assert cards.count() >= 1 and cards.last.inner_text().strip()
    assert "school=" in app.page.url
    assert app.exceptions() == 0 and app.app_errors() == []


def test_forms_table_fits_beside_the_sidebar_and_scrolls_when_narrow(app):
    """At 1280 px every column, the source links included, is in view; narrower, the table scrolls
    sideways inside its own box instead of being cut off at the page's edge."""
    box = "[data-testid='stMarkdownContainer'] > table"
    sizes = "el => [el.scrollWidth, el.clientWidth, getComputedStyle(el).overflowX]"
    app.page.set_viewport_size({"width": 1280, "height": 900})
    app.open("/leervormen")
    scroll, client, _ = app.page.locator(box).first.evaluate(sizes)
    assert scroll <= client
    app.page.set_viewport_size({"width": 900, "height": 900})
    app.settle()
    scroll, client, overflow = app.page.locator(box).first.evaluate(sizes)
    assert scroll > client and overflow == "auto"
    assert app.page.locator(box).first.get_by_role("link", name="bron").count() == 18


def _campus_pixels(app) -> dict[str, int]:
    """How many pixels of the drawn map have each country's campus colour (the deck's canvas, as shown)."""
    from PIL import Image

    from les.style import COUNTRY_RGB
    deck = app.page.locator("[data-testid='stDeckGlJsonChart']")
    image = Image.open(io.BytesIO(deck.screenshot())).convert("RGB")
    counts = {"BE": 0, "NL": 0}
    for pixel in image.getdata():
        for country, rgb in ((c, COUNTRY_RGB[c]) for c in counts):
            if all(abs(a - b) <= 12 for a, b in zip(pixel, rgb)):
                counts[country] += 1
    return counts


@pytest.mark.parametrize("link", ["/kaart?view=interactive&basemap=off", "/kaart?view=interactive"])
def test_interactive_map_with_the_network_closed(browser, server, link):
    # a venue without internet: every request that does not go to the dashboard itself fails
    from tests.browser.conftest import AppPage
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside = []

    def closed(route):
        outside.append(route.request.url)
        route.abort("internetdisconnected")

    context.route(lambda url: not url.startswith(server), closed)
    app = AppPage(context.new_page(), server)
    try:
        app.open(link)
        app.page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=15000)
        app.page.wait_for_timeout(1500)  # deck.gl draws on the next animation frames
        counts = _campus_pixels(app)
        assert min(counts.values()) > 20, counts  # campuses of both countries drawn
        assert app.exceptions() == 0 and app.app_errors() == []
        body = app.page.locator("[data-testid='stMain']").inner_text()
        if "basemap=off" in link:  # turned off: not one request leaves, and nothing fails
            assert outside == [] and app.console_errors == []
            assert "Zonder achtergrondkaart" in body
    finally:
        context.close()


def test_raw_tables_download_from_their_menu_byte_for_byte(app):
    """Over de data: every table is one menu away, and the file is the committed CSV itself."""
    from les.schema import TABLES
    from tests.conftest import DATA
    app.open("/over-de-data")
    assert app.page.locator("[data-testid='stDownloadButton']").count() == 0
    download = app.export("schools.csv", menu=f"De {len(TABLES)} tabellen (CSV)")
    assert download.suggested_filename == "schools.csv"
    assert download.path().read_bytes() == (DATA / "schools.csv").read_bytes()
    assert app.page.locator("[data-testid='stDownloadButton']").count() == len(TABLES)


FIRST_VIEWS = ["/", "/leervormen", "/leervormen?view=share", "/vergelijk", "/vergelijk?chart=1", "/kaart",
               "/kaart?view=interactive&basemap=off", "/opleidingen", "/hybride-leeromgeving", "/over-de-data",
               "/presentatie", "/presentatie?step=3", "/kaart?present=1"]


@pytest.mark.parametrize("path", FIRST_VIEWS)
def test_a_page_connects_at_once_and_its_element_files_come_early(app, path):
    # app.py's middleware (les/serving.py): the page shell says where the root is, so the frontend does
    # not first look for its server under the page's own path (a 404, then a 100 ms wait); and it lists
    # the element files of the page's first view, so none is fetched only once its element arrives
    from les.serving import element_files
    requests = []
    app.page.on("request", lambda r: requests.append(r.url))
    app.open(path)
    page = path.split("?")[0].strip("/")
    assert not [u for u in requests if page and f"/{page}/_stcore/" in u]
    assert not [e for e in app.console_errors if "status of 404" in e]
    entries = {files[0]: name for name, files in element_files().items()}
    late = app.page.evaluate("performance.getEntriesByType('resource')"
                             ".filter(e => e.initiatorType === 'script').map(e => e.name.split('/').pop())")
    assert [entries[f] for f in late if f in entries] == []
    assert app.exceptions() == 0 and app.app_errors() == []
