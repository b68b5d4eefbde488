"""Text from data is shown as text: markup in names and descriptions is displayed literally and never runs."""

import csv
import shutil

import pytest

from tests.browser.conftest import ROOT, AppPage, streamlit_server

IMG = '<img src=x onerror="window.__xss=1">'
SCRIPT = "<script>window.__xss=2</script>"


def _rewrite(path, changes):
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = reader.fieldnames, list(reader)
    for row in rows:
        for (key, value), fields in changes.items():
            if row["id"] == value:
                row.update(fields)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rows


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    for f in (ROOT / "data").glob("*.csv"):
        shutil.copy(f, data / f.name)
    _rewrite(data / "learning_forms.csv", {
        ("id", "nl-mbo-bbl"): {"name_nl": "BBL " + IMG, "name_en": "BBL " + IMG, "description_nl": SCRIPT + " tekst",
                               "pay_condition_nl": IMG},
        ("id", "vl-dbso"): {"description_nl": "[klik](javascript:window.__xss=3) " + SCRIPT},
    })
    programmes = _rewrite(data / "programmes.csv", {})
    first = programmes[0]["school_id"]  # a campus with programmes: its card lists them
    _rewrite(data / "programmes.csv", {("id", programmes[0]["id"]): {"name": SCRIPT, "name_own": IMG}})
    _rewrite(data / "schools.csv", {("id", first): {"name": "School " + IMG}})
    _rewrite(data / "glossary.csv", {("id", "bpv"): {"explanation_nl": IMG}})
    _rewrite(data / "activities.csv", {("id", "gastles"): {"name_nl": "Gastles " + IMG, "rationale_nl": SCRIPT + " reden"}})
    with streamlit_server({"LES_DATA_DIR": str(data)}) as url:
        yield url, first


@pytest.fixture
def hostile_app(browser, hostile_server):
    url, school = hostile_server
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    yield AppPage(page, url), school
    context.close()


def ran(app):
    return app.page.evaluate("() => window.__xss") is not None or app.dialogs


@pytest.mark.parametrize("path", ["/", "/leervormen", "/leervormen?form=nl-mbo-bbl", "/leervormen?form=vl-dbso",
                                  "/leervormen?view=share", "/leervormen?view=time", "/leervormen?view=pay",
                                  "/vergelijk?a=nl-mbo-bbl&b=vl-dbso&chart=1", "/hybride-leeromgeving?activities=gastles",
                                  "/over-de-data"])
def test_markup_in_data_never_runs(hostile_app, path):
    app, _ = hostile_app
    app.open(path)
    for tab in app.page.locator("[role=tab]").all():  # render what sits in tabs too
        tab.click()
        app.settle()
    assert not ran(app)
    assert app.exceptions() == 0


def test_quadrant_picture_with_markup_in_a_name_still_draws(hostile_app):
    from tests.browser.test_e2e import QUADRANT_IMG, drawn
    app, _ = hostile_app
    app.open("/hybride-leeromgeving?activities=gastles")
    assert drawn(app, QUADRANT_IMG)  # the name was escaped: the SVG is still well-formed
    assert "Gastles " + IMG in app.page.locator(QUADRANT_IMG).first.get_attribute("alt")
    assert not ran(app)


def test_markup_is_shown_literally_in_the_detail(hostile_app):
    app, _ = hostile_app
    app.open("/leervormen?form=nl-mbo-bbl")
    main = app.page.locator("[data-testid='stMain']").inner_text()
    assert IMG in main and SCRIPT in main
    assert not ran(app)


def test_school_detail_card_and_map_show_text(hostile_app):
    app, school = hostile_app
    app.open(f"/kaart?school={school}")  # the picture, with the school marked
    app.page.wait_for_selector("[data-testid='stImage'] img", timeout=15000)
    assert "School " + IMG in app.page.locator("[data-testid='stMain']").inner_text()
    assert not ran(app)
    app.open(f"/kaart?school={school}&view=interactive")
    app.page.wait_for_selector("[data-testid='stDeckGlJsonChart'] canvas", timeout=15000)
    main = app.page.locator("[data-testid='stMain']").inner_text()
    assert "School " + IMG in main
    # hover every point of the map so deck.gl renders its tooltip for each
    box = app.page.locator("[data-testid='stDeckGlJsonChart']").bounding_box()
    for dx in range(20, int(box["width"]), 60):
        for dy in range(20, int(box["height"]), 60):
            app.page.mouse.move(box["x"] + dx, box["y"] + dy)
    assert not ran(app)
