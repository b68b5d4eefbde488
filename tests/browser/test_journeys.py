"""The three users of ../shared/DESIGN.md, walked by clicking as a person does (not URL by URL): a language
round trip on every page with a selection, the coordinator's map → school → learning form → Back, the
presenter's story at 1280 × 720, the researcher's filter → export → open the file → share the link; and
every link on every page goes somewhere."""

import csv
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from les.i18n import t

MAIN = "[data-testid='stMain']"
SIDEBAR = "[data-testid='stSidebar']"


def pill(app, text: str, where: str = SIDEBAR):
    """The pill whose label starts with `text` (not the language switch's "Nederlands" for "Nederland")."""
    return app.page.locator(f"{where} [data-testid='stButtonGroup'] button",
                            has_text=re.compile(rf"^\s*{re.escape(text)}(\s|\(|$)")).first


def click(app, locator):
    locator.click()
    app.settle()
    assert app.exceptions() == 0, app.page.locator("[data-testid='stException']").first.inner_text()


def switch_language(app, name: str):
    click(app, app.page.locator(SIDEBAR).get_by_role("radio", name=name))


def choose(app, select_label: str, option: str):
    """Pick `option` in the select box labelled `select_label`, as a person does: open it, click the option."""
    open_select(app, select_label)
    app.page.locator("[role='option']", has_text=option).first.click()
    app.settle()


def select_box(app, label: str):
    return app.page.locator(f"[data-testid='stSelectbox'] input[aria-label='{label}']").first


def open_select(app, label: str):
    """Open a select box's list as a keyboard user does: focus it, arrow down."""
    box = select_box(app, label)
    box.click()
    box.press("ArrowDown")
    app.page.locator("[role='option']").first.wait_for(timeout=10000)
    return box


def params(app) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(app.page.url).query).items()}


def main_text(app) -> str:
    return app.page.locator(MAIN).inner_text()


# 1. A language round trip on every page with a selection: the page keeps working and keeps what was chosen,
#    and the link holds only documented values (ids), never a label
ROUND_TRIPS = {
    "leervormen": ("/leervormen", [("pill", "Nederland"), ("select", "Sorteer op", "aandeel werkplek"),
                                   ("select", "Toon de details van", "Leertijd (Syntra)")],
                   {"country": "NL", "sort": "share", "form": "vl-leertijd"}),
    "vergelijk": ("/vergelijk", [("select", "Vorm A", "Graduaatsopleiding")],
                  {"a": "vl-graduaat", "b": "nl-mbo-bbl"}),
    "kaart": ("/kaart", [("mainpill", "Terneuzen"), ("pill", "zorg"), ("pill", "Verpleegkunde")],
              {"near": "Terneuzen", "sector": "zorg", "proeftuin": "verpleegkunde"}),
    "hybride": ("/hybride-leeromgeving", [("check", "Bedrijfsbezoek")], {"activities": "bedrijfsbezoek"}),
    "over-de-data": ("/over-de-data", [("tab", "Scholen en campussen")], {}),
}


@pytest.mark.parametrize("name", list(ROUND_TRIPS))
def test_language_round_trip_keeps_the_page_and_its_choices(app, name):
    path, steps, expected = ROUND_TRIPS[name]
    app.open(path)
    for step in steps:
        kind, *args = step
        if kind == "pill":
            click(app, pill(app, args[0]))
        elif kind == "mainpill":
            click(app, pill(app, args[0], MAIN))
        elif kind == "select":
            choose(app, *args)
        elif kind == "check":
            click(app, app.page.locator("[data-testid='stCheckbox']", has_text=args[0]).locator("label"))
        elif kind == "tab":
            click(app, app.page.get_by_role("tab", name=args[0]))
    before = params(app)
    assert {k: before.get(k) for k in expected} == expected
    for lang in ("English", "Nederlands", "English", "Nederlands"):
        switch_language(app, lang)
        assert app.app_errors() == []
        now = params(app)
        assert {k: now.get(k) for k in expected} == expected, (lang, now)
    if name == "over-de-data":  # the open tab outlives the switches
        assert app.page.get_by_role("tab", name="Scholen en campussen").get_attribute("aria-selected") == "true"
    if name == "leervormen":
        assert "Leertijd (Syntra)" in app.page.locator(f"{MAIN} h3").first.inner_text()


# 2. The coordinator in Terneuzen: map → school → learning form → Back
def test_coordinator_map_school_form_and_back(app):
    app.open("/kaart")
    click(app, pill(app, "Terneuzen", MAIN))
    click(app, pill(app, "techniek"))
    click(app, app.page.locator("[data-testid='stExpander'] summary").filter(has_text="Een school kiezen"))
    assert "option" not in (select_box(app, "Details van school").get_attribute("placeholder") or "").lower()
    open_select(app, "Details van school")  # the placeholder is ours, not Streamlit's English default
    app.page.locator("[role='option']", has_text="Richtpunt campus Eeklo").first.click()  # offers duaal leren
    app.settle()
    on_map = params(app)
    assert on_map["near"] == "Terneuzen" and on_map["sector"] == "techniek" and on_map["pick"] == "true"
    school = on_map["school"]
    school_name = app.page.locator(f"{MAIN} h3").last.inner_text().strip()  # the school card comes last
    form_links = app.page.locator(f"{MAIN} [data-testid='stPageLink'] a")
    assert form_links.count() >= 1 and school_name.startswith("Richtpunt campus Eeklo")
    form_name = re.sub(r"\s*\(\d+\)$", "", form_links.first.inner_text().strip())  # "Duaal leren (57)"
    click(app, form_links.first)
    assert urlsplit(app.page.url).path == "/leervormen"
    heading = app.page.locator(f"{MAIN} h3").first
    assert form_name.split("\n")[-1].strip() in heading.inner_text()
    top = heading.bounding_box()["y"]
    assert 0 <= top < app.page.viewport_size["height"]  # the detail is where the eye lands, not below the fold
    app.page.go_back()
    app.settle()
    back = params(app)
    assert urlsplit(app.page.url).path == "/kaart"
    assert back["near"] == "Terneuzen" and back["sector"] == "techniek" and back["school"] == school
    assert "form" not in back
    assert "binnen 30 km van Terneuzen" in main_text(app)
    assert school_name in main_text(app)  # the school's card is open again


def test_map_table_has_the_distance_beside_the_name(app):
    app.open("/kaart?near=Terneuzen&km=40&table=true")
    app.page.wait_for_selector("[data-testid='stDataFrame']", timeout=15000)
    headers = app.page.locator("[data-testid='stDataFrame'] [role='columnheader']").all_inner_texts()
    headers = [h.strip() for h in headers if h.strip()]
    assert headers[:2] == ["School", "Afstand (km)"]


def test_pilot_without_sourced_campus_says_so(app):
    app.open("/kaart")
    click(app, pill(app, "Internet of Things"))
    text = main_text(app)
    assert "nog geen campus met bron" in text and "Howest" in text
    assert params(app)["proeftuin"] == "iot"


def test_school_card_names_its_pilot(app):
    app.open("/kaart?proeftuin=verpleegkunde&pick=true")
    open_select(app, "Details van school")
    app.page.locator("[role='option']").nth(1).click()
    app.settle()
    assert "Biedt een LES-proeftuinopleiding aan: Verpleegkunde (MBO4 en HBO5)" in main_text(app)


# 3. The presenter: every step at 1280 × 720, by clicking Volgende; language switched and back while presenting
def test_presenter_walks_the_story_at_1280_by_720(app):
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/")
    click(app, app.page.locator("[data-testid='stSidebarNav'] a", has_text="Presentatie"))
    start = app.page.get_by_role("button", name="Het verhaal presenteren")
    box = start.bounding_box()  # in view as the page opens, not under the slide
    assert box["y"] + box["height"] <= 400, f"the way to present ends at {box['y'] + box['height']:.0f} px"
    click(app, start)
    assert params(app).get("present") == "1" and not app.page.locator(SIDEBAR).is_visible()
    for step in range(1, 8):
        assert params(app).get("step", "1") == str(step)  # the first step needs no parameter
        title = app.page.locator("h1").first.bounding_box()
        assert title["y"] >= 0, f"step {step} does not open at its top"
        buttons = app.page.locator(f"{MAIN} [data-testid='stButton'] button").filter(has_text="Volgende")
        bottom = max(b.bounding_box()["y"] + b.bounding_box()["height"]
                     for b in app.page.locator(f"{MAIN} button").all() if b.is_visible())
        assert bottom <= 720, f"step {step}: the buttons end at {bottom:.0f} px"
        scroll = app.page.evaluate("() => document.querySelector(\"[data-testid='stMain']\").scrollHeight"
                                   " - document.querySelector(\"[data-testid='stMain']\").clientHeight")
        assert scroll <= 2, f"step {step} scrolls by {scroll} px"
        if step in (2, 3, 4):  # a slide's chart: no tool bar under the pointer, every row's name legible
            chart = app.page.locator(f"{MAIN} [data-testid='stPlotlyChart']").first
            chart.hover(position={"x": 60, "y": 120})
            assert chart.locator(".modebar-btn").count() == 0, f"step {step} shows plotly's tool bar"
            rows = sorted(b["y"] for b in (e.bounding_box() for e in chart.locator(".ytick text").all()) if b)
            height = chart.locator(".ytick text").first.bounding_box()["height"]
            gaps = [b - a for a, b in zip(rows, rows[1:])]
            assert len(rows) >= 5 and min(gaps) >= height, f"step {step}: rows {gaps} px apart, names {height} px high"
        if step in (1, 6, 7):  # a slide's picture takes the height the title and the buttons leave it
            picture = app.page.locator(".st-key-slide [data-testid='stImage'] img").first.bounding_box()
            assert picture["height"] >= 500, f"step {step}: the picture is {picture['height']:.0f} px high"
        if step == 6:
            alt = app.page.locator("[data-testid='stImage'] img").first.get_attribute("alt")
            assert "40 km" in alt and "Terneuzen" in alt
        if step < 7:
            app.page.evaluate("() => document.querySelector(\"[data-testid='stMain']\").scrollTo(0, 400)")
            click(app, buttons.first)
    # the language switch while presenting, and back
    bar = app.page.locator(".st-key-present-bar")
    click(app, bar.get_by_role("radio", name="English"))
    assert app.page.locator("h1").first.inner_text() == "The hybrid model"
    click(app, bar.get_by_role("radio", name="Nederlands"))
    assert app.page.locator("h1").first.inner_text() == "Het hybride model"
    click(app, bar.get_by_role("button", name="Stoppen"))
    assert "present" not in params(app)
    assert app.page.locator(SIDEBAR).is_visible()


def press(app, key: str):
    app.page.keyboard.press(key)
    app.settle()


def story_title(step: int) -> str:
    return t(f"s{step}_title", "nl")


def test_a_clicker_or_the_keyboard_moves_through_the_story(app):
    """PageDown/PageUp (what a clicker sends), the arrows and space; never what is typed into a field."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/presentatie?present=1")
    for key, step in [("PageDown", 2), ("ArrowRight", 3), ("Space", 4), ("ArrowDown", 5), ("PageUp", 4),
                      ("ArrowLeft", 3), ("ArrowUp", 2), ("PageUp", 1), ("PageUp", 1)]:
        press(app, key)
        assert params(app)["step"] == str(step), key
        assert app.page.locator("h1").first.inner_text() == story_title(step)
    # a burst of presses is not lost: three quick PageDowns are three steps
    for _ in range(3):
        app.page.keyboard.press("PageDown")
    app.page.wait_for_function("() => new URL(location.href).searchParams.get('step') === '4'", timeout=15000)
    app.settle()
    assert app.page.locator("h1").first.inner_text() == story_title(4)
    # space on a focused button presses that button only: one step, not two
    app.page.locator(MAIN).get_by_role("button", name="Volgende").focus()
    press(app, "Space")
    assert params(app)["step"] == "5"
    # the last step stays the last
    press(app, "PageDown"), press(app, "PageDown"), press(app, "PageDown")
    assert params(app)["step"] == "7"
    # typing into a text field is typing, not a step
    app.page.evaluate("() => { const i = document.createElement('input'); i.id = 'typed';"
                      " document.querySelector(\"[data-testid='stMain']\").prepend(i); i.focus(); }")
    for key in ("ArrowLeft", "Space", "PageUp"):
        app.page.keyboard.press(key)
    app.settle()
    assert params(app)["step"] == "7" and app.page.input_value("#typed") == " "
    # a clicker pressed right after the language switch was clicked (the switch keeps the focus) still turns
    # the page; the arrows stay the switch's own
    bar = app.page.locator(".st-key-present-bar")
    click(app, bar.get_by_role("radio", name="English"))
    press(app, "PageUp")
    assert params(app)["step"] == "6" and app.page.locator("h1").first.inner_text() == t("s6_title", "en")
    press(app, "PageDown")
    assert params(app)["step"] == "7"
    click(app, bar.get_by_role("radio", name="Nederlands"))
    # leaving the story takes its keys with it: on another page PageUp does not change the URL
    click(app, app.page.locator(".st-key-present-bar").get_by_role("button", name="Stoppen"))
    click(app, app.page.locator("[data-testid='stSidebarNav'] a", has_text="Kaart"))
    before = app.page.url
    press(app, "PageUp")
    assert app.page.url == before and app.exceptions() == 0


def test_presentation_mode_is_a_visible_button_on_every_page(app):
    app.open("/kaart?near=Terneuzen&km=40")
    click(app, app.page.locator(SIDEBAR).get_by_role("button", name="Presentatiemodus"))
    assert params(app)["present"] == "1" and params(app)["near"] == "Terneuzen"
    assert not app.page.locator(SIDEBAR).is_visible()
    assert app.page.locator(".st-key-present-bar").get_by_role("radio", name="English").is_visible()


def test_story_chart_labels_are_large_and_dark_on_a_projector(app):
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/presentatie?present=1&step=3")
    app.page.wait_for_selector("[data-testid='stPlotlyChart'] .ytick text", timeout=15000)
    styles = app.page.locator("[data-testid='stPlotlyChart'] .ytick text").first.evaluate(
        "el => [getComputedStyle(el).fontSize, el.style.fill || getComputedStyle(el).fill]")
    size, fill = float(styles[0].rstrip("px")), styles[1].replace(" ", "")
    assert size >= 18, size
    assert fill in ("rgb(31,41,51)", "#1f2933"), fill


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_row_of_a_story_chart_keeps_its_name_on_a_projector(app, lang):
    """At the projector's larger type plotly used to thin out the form names (4 of 7 at step 3): dots
    without a name. Every row drawn must be named, whatever the chart's height."""
    from les import charts
    import html
    from les.data import load_all_uncached
    tables = {k: r.frame for k, r in load_all_uncached().items()}
    formal = tables["learning_forms"][tables["learning_forms"]["formality"] == "formal"]
    rows = {2: charts.eqf_chart(formal, lang), 3: charts.share_chart(formal, lang, figures=tables["form_figures"]),
            4: charts.pay_chart(formal, lang)}
    app.page.set_viewport_size({"width": 1280, "height": 720})
    for step, fig in rows.items():
        expected = {html.unescape(y) for trace in fig.data for y in (trace.y or ()) if y is not None}
        app.open(f"/presentatie?present=1&step={step}&lang={lang}")
        app.page.wait_for_selector("[data-testid='stPlotlyChart'] .ytick text", timeout=15000)
        shown = app.page.locator("[data-testid='stPlotlyChart'] .ytick text").all_text_contents()
        assert len(expected) >= 5 and sorted(shown) == sorted(expected), (step, shown)


# 4. The researcher: filter → export → open the file → share the link
@pytest.mark.parametrize("path, header", [("/opleidingen?sector=zorg&country=NL", "Programme"),
                                          ("/kaart?country=NL", "School")])
def test_an_english_export_is_in_english(app, path, header):
    """The files are built when a button is clicked, after the script has run: they were in Dutch (headers,
    country and sector labels) for a visitor reading the page in English."""
    app.open(path)
    switch_language(app, "English")
    download = app.export("CSV (standard)", menu="Download (Excel, CSV)")
    assert download.suggested_filename.endswith("-standard.csv")
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8-sig").read())))
    assert rows and header in rows[0] and "Country" in rows[0], list(rows[0])
    assert {r["Country"] for r in rows} == {"Netherlands"}
    assert not {"Land", "Provincie", "Opleiding", "Gemeente"} & set(rows[0])
    if "sector" in path:
        assert {r["Sector"] for r in rows} == {"care"}


def test_researcher_filters_exports_opens_and_shares(app, browser, tmp_path):
    app.open("/leervormen")
    click(app, pill(app, "Nederland"))
    click(app, pill(app, "formeel"))
    choose(app, "Sorteer op", "aandeel werkplek")
    shown = [r.split("\t")[0] for r in app.page.locator(f"{MAIN} table").last.locator("tbody tr").all_inner_texts()]
    assert shown and "12" not in app.page.locator("[data-testid='stCaptionContainer']").first.inner_text()
    download = app.export("Excel downloaden")
    assert download.suggested_filename == "leervormen_country-NL_formality-formal.xlsx"
    from openpyxl import load_workbook
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    sheet = load_workbook(saved, read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == shown  # exactly the rows on screen, in their order
    link = app.page.url
    assert params(app) == {"country": "NL", "formality": "formal", "sort": "share"}
    other = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = other.new_page()
        page.goto(link)
        from tests.browser.conftest import settle
        page.wait_for_selector("h1")
        settle(page)
        again = [r.split("\t")[0] for r in page.locator(f"{MAIN} table").last.locator("tbody tr").all_inner_texts()]
        assert again == shown
    finally:
        other.close()


# 5. Every link on every page goes somewhere: an http(s) URL as it is, or a path of the app
LINK_PAGES = ["/", "/opleidingen?near=Terneuzen&km=40", "/leervormen?form=vl-duaal-leren", "/vergelijk", "/kaart?school=be-ap-spoor-noord-ellermanstraat",
              "/hybride-leeromgeving?placements=true", "/over-de-data", "/presentatie?step=5"]


@pytest.mark.parametrize("path", LINK_PAGES)
def test_every_link_is_a_real_url_or_an_app_path(app, path):
    app.open(path)
    for summary in app.page.locator(f"{MAIN} [data-testid='stExpander'] summary").all():
        summary.click()  # open every expander: "Alle velden", the source lists
        app.settle()
    hrefs = app.page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    assert hrefs
    base = urlsplit(app.base)
    for href in hrefs:
        parts = urlsplit(href)
        if parts.scheme in ("http", "https"):
            assert parts.netloc and "%5C" not in href.upper() and "\\" not in href, href
            assert parts.netloc != base.netloc or parts.path.startswith("/"), href
        else:
            assert not parts.scheme and (href.startswith("/") or not href.startswith(("javascript", "data"))), href
            assert "\\" not in href, href


# 6. An upload that would unpack to far more than it weighs is refused; the page keeps working
def test_zip_bomb_upload_is_refused_with_a_message(app, tmp_path):
    from tests.hostile_files import zip_bomb_xlsx
    path = tmp_path / "scholen.xlsx"
    path.write_bytes(zip_bomb_xlsx(60))
    app.open("/over-de-data")
    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    app.page.wait_for_selector("text=pakt uit tot", timeout=20000)
    app.settle()
    assert "25.0 MB" in main_text(app)
    assert app.exceptions() == 0
    click(app, app.page.get_by_role("tab", name="Scholen en campussen"))  # the rest of the page works


# 7. The question the dashboard exists for, asked by clicking: programmes across the border, exported, and one
#    followed to its school on the map
def test_researcher_finds_programmes_across_the_border_and_follows_one_to_the_map(app, tmp_path):
    app.open("/opleidingen")
    click(app, pill(app, "techniek"))
    click(app, pill(app, "Duaal leren"))
    click(app, pill(app, "Terneuzen", MAIN))
    assert params(app) == {"sector": "techniek", "form": "vl-duaal-leren", "near": "Terneuzen", "km": "30"}
    summary = app.page.locator(f"{MAIN} [data-testid='stAlert']").first.inner_text()
    n = int(re.search(r"(\d+) opleidingen", summary).group(1))
    assert n > 0 and "binnen 30 km van Terneuzen" in summary
    download = app.export("CSV voor Excel (;)")
    assert download.suggested_filename == "opleidingen_sector-techniek_form-vl-duaal-leren_near-Terneuzen_km-30.csv"
    rows = list(csv.DictReader(io.StringIO(download.path().read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == n and {r["Leervorm"] for r in rows} == {"Duaal leren"}
    assert all(r["Bronrecord"].startswith("stefanbckn/Zoek-je-school") for r in rows)
    assert all(float(r["Afstand (km)"].replace(",", ".")) <= 30 for r in rows)
    # pick the first row of the grid: its school opens on the map
    app.page.wait_for_selector("[data-testid='stDataFrame'] canvas", timeout=15000)
    box = app.page.locator("[data-testid='stDataFrame']").bounding_box()
    app.page.mouse.click(box["x"] + 18, box["y"] + 35 + 18)
    app.settle()
    link = app.page.locator(f"{MAIN} [data-testid='stPageLink'] a", has_text="Deze school op de kaart")
    school = parse_qs(urlsplit(link.get_attribute("href")).query)["school"][0]
    click(app, link)
    assert urlsplit(app.page.url).path == "/kaart" and params(app)["school"] == school
    card = app.page.locator(f"{MAIN} h3").last.inner_text()
    assert card and "Opleidingen (" in main_text(app)


# 5. A pick is an item, not a row position: filters, another list and Back never leave a stale pick behind
def grid_row(app, n: int, where: str = MAIN):
    """Tick row `n` (1-based) of the grid in `where`: its selection box sits at the grid's left edge."""
    grid = app.page.locator(f"{where} [data-testid='stDataFrame']").first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    app.page.mouse.click(box["x"] + 18, box["y"] + 35 * n + 18)
    app.settle()


def card_title(app) -> str:
    return app.page.locator(f"{MAIN} h3").last.inner_text().strip()  # the detail card's title


def test_a_school_ticked_in_the_map_table_stays_that_school(app):
    app.open("/kaart?country=BE&table=true")
    app.page.wait_for_selector(f"{MAIN} [data-testid='stDataFrame'] canvas", timeout=15000)
    grid_row(app, 3)
    school, name = params(app)["school"], card_title(app)
    # a filter changes which school is in row 3: the card stays on the school that was ticked
    click(app, pill(app, "zorg"))
    click(app, pill(app, "West-Vlaanderen"))
    assert params(app)["school"] == school and card_title(app) == name
    # another school chosen from the list, then the first ticked again: the card follows the last choice
    click(app, pill(app, "zorg")), click(app, pill(app, "West-Vlaanderen"))
    app.page.locator(f"{MAIN} [data-testid='stExpander'] summary").filter(has_text="Een school kiezen").click()
    app.settle()
    open_select(app, "Details van school")
    app.page.locator("[role='option']").nth(5).click()
    app.settle()
    assert params(app)["school"] != school
    grid_row(app, 3)
    assert params(app)["school"] == school and card_title(app) == name


def test_a_programme_ticked_in_the_table_is_let_go_when_the_rows_change(app):
    app.open("/opleidingen?sector=zorg")
    app.page.wait_for_selector(f"{MAIN} [data-testid='stDataFrame'] canvas", timeout=15000)
    grid_row(app, 4)
    to_map = app.page.locator(f"{MAIN} [data-testid='stPageLink'] a", has_text="Deze school op de kaart")
    assert to_map.count() == 1
    click(app, pill(app, "Nederland"))
    assert to_map.count() == 0  # no programme the visitor never picked


def test_a_campus_clicked_on_the_interactive_map_opens_again_after_back(app):
    """Back closed the card but the map kept the point selected, so clicking it again did nothing."""
    import math
    from les import geo, maps
    town = geo.find_town("Middelburg")
    lat, lon, zoom = float(town["lat"]), float(town["lon"]), maps.zoom_for_radius(float(town["lat"]), 5, 560)
    from tests.conftest import DATA
    row = next(r for r in csv.DictReader((DATA / "schools.csv").open(encoding="utf-8"))
               if r["id"] == "nl-hz-middelburg-het-groene-woud")
    campus = (float(row["lat"]), float(row["lon"]))
    world = 512 * 2 ** zoom  # deck.gl's web-mercator pixels at this zoom

    def mercator(la, lo):
        return (lo + 180) / 360 * world, (1 - math.log(math.tan(math.pi / 4 + math.radians(la) / 2)) / math.pi) / 2 * world

    (cx, cy), (px, py) = mercator(lat, lon), mercator(*campus)
    app.open("/kaart?view=interactive&near=Middelburg&km=5&q=HZ")
    app.page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=15000)
    app.page.wait_for_timeout(1500)
    # the legend under it keeps a mark per entry (st.html removes SVG: the marks are CSS shapes)
    assert app.page.locator("[data-testid='stHtml'] .mark").count() >= 4
    box = app.page.locator("[data-testid='stDeckGlJsonChart'] canvas").first.bounding_box()
    x, y = box["x"] + box["width"] / 2 + (px - cx), box["y"] + box["height"] / 2 + (py - cy)
    app.page.mouse.click(x, y)
    app.settle()
    assert params(app).get("school") == "nl-hz-middelburg-het-groene-woud"
    app.page.go_back()
    app.settle()
    assert "school" not in params(app)
    app.page.wait_for_timeout(1500)
    app.page.mouse.click(x, y)
    app.settle()
    assert params(app).get("school") == "nl-hz-middelburg-het-groene-woud"
    assert app.exceptions() == 0


@pytest.mark.parametrize("nav, forward", [("Vlaanderen ↔ Nederland", None), ("Presentatie", "Volgende")])
def test_back_leaves_a_page_opened_from_the_menu_in_as_many_steps_as_were_taken(app, nav, forward):
    """Opening the comparison or the story wrote its default parameters: an extra history entry, so one Back
    stopped on the same page again (and a quick second Back carried ?step=1 onto Home)."""
    app.open("/")
    click(app, app.page.locator("[data-testid='stSidebarNav'] a", has_text=nav))
    assert urlsplit(app.page.url).query == ""
    steps = 1
    if forward:
        click(app, app.page.locator(MAIN).get_by_role("button", name=forward))
        assert params(app)["step"] == "2"
        steps = 2
    for _ in range(steps):
        app.page.go_back()
        app.settle()
    assert urlsplit(app.page.url).path == "/" and urlsplit(app.page.url).query == ""
    assert app.page.locator("h1").first.inner_text() == t("app_title", "nl")


def test_a_presenter_reaches_every_page_without_leaving_presentation_mode(app):
    """With the sidebar hidden the story had no way to another page but Back or Stoppen."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/presentatie?present=1&step=3")
    bar = app.page.locator(".st-key-present-bar")
    click(app, bar.get_by_role("button", name="Pagina's"))
    click(app, app.page.locator("[data-testid='stPopoverBody'] a", has_text="Kaart"))
    assert urlsplit(app.page.url).path == "/kaart" and params(app).get("present") == "1"
    assert not app.page.locator(SIDEBAR).is_visible() and app.page.locator("h1").first.inner_text() == "Kaart"
    # the key figures on Home stay larger than their words on a projector
    click(app, bar.get_by_role("button", name="Pagina's"))
    click(app, app.page.locator("[data-testid='stPopoverBody'] a", has_text="Home"))
    value = app.page.locator("[data-testid='stMetricValue'] p").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    words = app.page.locator(f"{MAIN} p").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert value >= 1.5 * words, (value, words)


def test_a_check_box_label_is_read_whole(app):
    """With a help icon Streamlit cut the label off ("Project aangeleverd, begeleid of mee beoor…")."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/hybride-leeromgeving")
    label = app.page.locator("[data-testid='stCheckbox'] [data-testid='stMarkdownContainer']",
                             has_text="Project aangeleverd").first
    assert label.evaluate("e => e.scrollWidth <= e.clientWidth + 1")


def test_an_arrow_key_held_on_a_slider_keeps_every_press(app):
    """Five quick presses on the share slider's upper thumb: 100 → 75, on the slider, in the URL and in the
    table (the slider used to jump back to 90 or 95 while the URL said 75)."""
    app.open("/leervormen")
    thumb = app.page.locator(f"{SIDEBAR} [data-testid='stSlider'] input[type='range']").nth(3)
    for _ in range(2):
        app.open("/leervormen")
        thumb.focus()
        for _ in range(5):
            app.page.keyboard.press("ArrowLeft")
            app.page.wait_for_timeout(40)
        app.page.wait_for_timeout(800)
        app.settle()
        assert thumb.get_attribute("aria-valuetext") == "75" and params(app)["share"] == "0-75"


def test_a_charts_tool_bar_speaks_the_page_language(app):
    """Plotly's tool bar read "Download plot as a PNG", "Zoom in" on the Dutch page; now it follows the switch."""
    app.open("/leervormen")
    click(app, pill(app, "Aandeel werkplek", MAIN))
    titles = lambda: app.page.eval_on_selector_all(  # noqa: E731
        f"{MAIN} .modebar-btn", "els => els.map(e => e.getAttribute('data-title'))")
    assert {"Grafiek downloaden als png", "Inzoomen", "Assen herstellen"} <= set(titles())
    switch_language(app, "English")
    assert {"Download plot as a PNG", "Zoom in", "Reset axes"} <= set(titles())
    switch_language(app, "Nederlands")
    assert "Grafiek downloaden als png" in titles() and app.app_errors() == []


def test_a_charts_tool_bar_never_covers_its_legend(app):
    """At 1280 × 720 plotly's tool bar, shown under the pointer, covered "typisch (LES-pagina, school)" in the
    legend of the share chart: the presenter's pointer hid the key to the chart. The legend now starts below
    the bar's band, on every chart of /leervormen and /vergelijk."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    overlap = """chart => {
        const bar = chart.querySelector('.modebar').getBoundingClientRect();
        const hit = (r) => r.left < bar.right && r.right > bar.left && r.top < bar.bottom && r.bottom > bar.top;
        const entries = [...chart.querySelectorAll('.legend .traces')];
        return [entries.length, bar.height, entries.filter(e => hit(e.getBoundingClientRect())).map(e => e.textContent)];
    }"""
    for path, view in (("/leervormen", "Aandeel werkplek"), ("/leervormen", "Tijd"), ("/leervormen", "Vergoeding"),
                       ("/vergelijk?chart=1", None)):
        app.open(path)
        if view:
            click(app, pill(app, view, MAIN))
        chart = app.page.locator(f"{MAIN} [data-testid='stPlotlyChart']").first
        chart.scroll_into_view_if_needed()
        chart.hover(position={"x": 60, "y": 160})  # the tool bar shows while the pointer is over the chart
        app.page.wait_for_timeout(300)
        entries, bar_height, covered = chart.evaluate(overlap)
        assert entries >= 2 and bar_height > 10, (path, view, entries, bar_height)  # both were there to compare
        assert covered == [], (path, view, covered)
    assert app.app_errors() == []


def test_the_map_on_a_projector_is_as_large_as_the_screen(app):
    """In presentation mode the map page's picture was capped as a slide's is (the screen less a title and the
    step buttons): 580 px wide at 1280 × 720, smaller than without presentation mode. A slide keeps its cap
    (the presenter's walk checks each step fits); a page's picture may fill the screen."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/kaart?present=1")
    img = app.page.locator(f"{MAIN} [data-testid='stImage'] img").first
    img.scroll_into_view_if_needed()
    width, height = app.page.evaluate("() => { const r = document.querySelector(\"[data-testid='stMain'] "
                                      "[data-testid='stImage'] img\").getBoundingClientRect(); return [r.width, r.height] }")
    drawn = min(width, height * 700 / 560)  # the picture is drawn whole inside its box (object-fit: contain)
    assert drawn >= 800 and height <= 720, (width, height)
    assert app.app_errors() == []


@pytest.mark.parametrize("path", ["/kaart", "/opleidingen"])
def test_a_town_picked_from_the_list_stays_in_view_across_the_language_switch(app, path):
    """"Andere gemeente" folded on "English": the filter on Hulst was kept, but no widget showed it any more."""
    app.open(path)
    click(app, app.page.locator(MAIN).get_by_text(re.compile(r"^Andere gemeente \(alle")))
    open_select(app, "Gemeente").type("Hulst")  # a thousand towns: typed, as a person would, then clicked
    click(app, app.page.locator("[role='option']", has_text="Hulst").first)
    assert params(app)["near"] == "Hulst"
    for language, chosen, town in (("English", "Another town", "Town"), ("Nederlands", "Andere gemeente", "Gemeente")):
        switch_language(app, language)
        box = app.page.locator(f"{MAIN} [data-testid='stExpander'] details", has_text=chosen).first
        assert box.get_attribute("open") is not None, language  # still open, showing the town
        assert select_box(app, town).input_value() == "Hulst" and params(app)["near"] == "Hulst"
    assert app.app_errors() == []


@pytest.mark.parametrize("path", ["/leervormen?eqf=4", "/opleidingen?eqf=4", "/kaart?eqf=4"])
def test_a_link_with_one_eqf_level_is_one_step_of_history(app, path):
    """"eqf=4" was rewritten to "eqf=4-4" on opening, and a rewritten address is a step of history of its own:
    Back reloaded the same page before it left. A one-level range is now written as one level."""
    app.open("/")
    app.open(path)
    assert app.page.url.endswith(path)
    app.page.go_back()
    app.page.wait_for_url(lambda url: urlsplit(url).path == "/", timeout=10000)


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_swap_button_is_read_whole(app, width):
    """In a column of its own between the two select boxes, "Wissel" was cut to "Wis…" at 1280 px and to its icon
    at 1024; it now takes the width of its label, and the boxes share the rest."""
    app.page.set_viewport_size({"width": width, "height": 720})
    app.open("/vergelijk")
    button = app.page.locator(".st-key-cmp-swap button")
    label = button.locator("[data-testid='stMarkdownContainer']")  # where Streamlit cuts a label with "…"
    assert label.inner_text() == "Wissel" and label.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    box, a, b = (loc.bounding_box() for loc in (button, app.page.locator(".st-key-cmp_a-nl"),
                                                app.page.locator(".st-key-cmp_b-nl")))
    assert a["x"] + a["width"] <= box["x"] and box["x"] + box["width"] <= b["x"]  # between the boxes, on their row
    assert abs(a["width"] - b["width"]) <= 2 and a["width"] > 2 * box["width"]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("show_forms", [False, True])
def test_the_hybrid_models_names_do_not_lie_on_each_other(browser, lang, show_forms):
    """With every activity ticked, "Project aangeleverd…" lay 34 px deep over "Simulatieonderwijs…" and
    "Bedrijfsbezoek" over "Samen reflecteren…"; the forms' dotted lines struck through the names. Each name now
    goes where it covers least (under, over or beside its dot), over the lines, with a white edge. Measured
    as the browser draws the text: two names, or a name and a quadrant's title, at most touch."""
    from les import quadrant_svg
    from les.data import load_all_uncached
    from tests.conftest import DATA
    acts = load_all_uncached(DATA)["activities"].frame
    ticked = tuple(acts[acts["kind"] == "activity"]["id"])
    svg = quadrant_svg.quadrant_svg(acts, lang, selected=ticked, show_forms=show_forms)
    page = browser.new_page(viewport={"width": 700, "height": 730})
    page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
    texts = page.evaluate("""() => [...document.querySelectorAll('svg text')].map(e => { const b = e.getBBox();
        return [e.textContent, e.getAttribute('stroke') === 'white' && e.getAttribute('font-weight') === 'normal',
                e.getAttribute('font-weight') === 'bold' && !e.getAttribute('stroke'), b.x, b.y, b.x + b.width,
                b.y + b.height] })""")
    page.close()
    names = [t_ for t_ in texts if t_[1]]
    titles = [t_ for t_ in texts if t_[2] and t_[0][:2] in ("1.", "2.", "3.", "4.")]
    assert len(names) == len(ticked) and len(titles) == 4
    for i, a in enumerate(names):
        assert quadrant_svg.LEFT <= a[3] and a[5] <= quadrant_svg.LEFT + quadrant_svg.SIDE, a[0]  # in the square
        for b in names[i + 1:] + titles:
            depth = min(min(a[5], b[5]) - max(a[3], b[3]), min(a[6], b[6]) - max(a[4], b[4]))
            assert depth <= 12, (a[0], b[0], depth)


def test_the_pinned_source_files_fit_the_page_and_link_their_copies(app):
    """At 1280 px the table of pinned source files was wider than the page: a column of "bestand bij commit" links
    and a licence's unbroken DUO address pushed the licences out of view. The file's name links to its copy now,
    and a URL in a cell may break."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/over-de-data")
    heading = app.page.locator(f"{MAIN} h3", has_text="De vastgepinde bronbestanden")
    table = heading.locator("xpath=following::table[1]")
    width, box = table.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert width <= box + 1, f"the table is {width} px wide in {box} px"
    first = table.locator("tbody tr td:first-child a", has_text="duo_ho_opleidingsoverzicht.csv")
    assert re.fullmatch(r"https://github\.com/[\w.-]+/[\w.-]+/blob/[0-9a-f]{40}/.+", first.get_attribute("href"))
    assert "Licentie" in table.locator("thead").inner_text()


@pytest.mark.parametrize("view", ["Aandeel werkplek", "Tijd"])
@pytest.mark.parametrize("present", [False, True])
def test_a_chart_of_two_forms_keeps_its_rows_apart(app, view, present):
    """Filtered to the Netherlands, two formal forms remain under a legend of two lines: the share chart was
    198 px high and drew BBL's and BOL's rows on top of each other (worse at a projector's type size)."""
    app.page.set_viewport_size({"width": 1280, "height": 720})
    app.open("/leervormen" + ("?present=1" if present else ""))
    if present:  # no sidebar while presenting: the filter comes with the link, the view by a click
        app.open("/leervormen?present=1&country=NL")
    else:
        click(app, pill(app, "Nederland"))
    click(app, app.page.locator(MAIN).get_by_role("radio", name=view))
    chart = app.page.locator(f"{MAIN} [data-testid='stPlotlyChart']").first
    chart.locator(".ytick text").first.wait_for()
    boxes = sorted((b for b in (e.bounding_box() for e in chart.locator(".ytick text").all()) if b), key=lambda b: b["y"])
    assert len(boxes) == 2, [b["y"] for b in boxes]
    gap, height = boxes[1]["y"] - boxes[0]["y"], boxes[0]["height"]
    assert gap >= 1.5 * height, f"{view}: rows {gap:.0f} px apart, names {height:.0f} px high"


def test_back_and_forward_across_a_language_switch_show_each_view_in_its_language(app):
    """Dutch, the default, has no ?lang=: Back to a view from before the switch to English showed it in English
    (and wrote &lang=en into it); Forward to a view switched back to Dutch showed English too."""
    app.open("/kaart")
    click(app, pill(app, "Terneuzen", MAIN))
    switch_language(app, "English")
    click(app, pill(app, "Goes", MAIN))
    assert params(app)["near"] == "Goes" and params(app)["lang"] == "en"
    switch_language(app, "Nederlands")
    assert "lang" not in params(app) and app.page.locator("h1").first.inner_text() == "Kaart"
    steps = [("back", "Goes", "en"), ("back", "Terneuzen", "en"), ("back", "Terneuzen", None),
             ("forward", "Terneuzen", "en"), ("forward", "Goes", "en"), ("forward", "Goes", None)]
    for way, town, lang in steps:
        (app.page.go_back if way == "back" else app.page.go_forward)()
        app.settle()
        shown = params(app)
        assert (shown.get("near"), shown.get("lang")) == (town, lang), (way, town, lang, shown)
        assert app.page.locator("h1").first.inner_text() == ("Map" if lang == "en" else "Kaart"), (way, town, lang)
        assert app.exceptions() == 0
