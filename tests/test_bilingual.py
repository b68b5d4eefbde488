"""An English reader never meets Dutch interface text, on any page (AppTest, no browser)."""

import pytest

from les.i18n import STRINGS
from tests.test_app_pages import run

PAGES = ["app_pages/home.py", "app_pages/leervormen.py", "app_pages/vergelijk.py", "app_pages/kaart.py",
         "app_pages/hybride.py", "app_pages/over_de_data.py", "app_pages/presentatie.py",
         "app_pages/opleidingen.py"]

# titles of Dutch sources cited by name on English pages ("Werkplekleren over de grens", the LES page;
# "Hybride leeromgevingen", the ecbo book): names of real things, not interface text
CITED_TITLES = {"Werkplekleren over de grens", "Hybride leeromgeving"}

# Dutch strings that differ from their English version (a quoted Dutch source inside the English text is fine); short ones ("Land", "Type") would match inside
# ordinary words, and names of real Dutch things stay as they are in both languages
# a province's Dutch name is also its official name, which English prose from the data may use
PLACE_NAMES = {e["nl"] for k, e in STRINGS.items() if k.startswith("province_")}
DUTCH_ONLY = sorted({e["nl"] for e in STRINGS.values() if e["nl"] not in e["en"] and len(e["nl"]) >= 12
                     and "{" not in e["nl"]} - CITED_TITLES - PLACE_NAMES)


def all_text(at) -> str:
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "success", "error"):
        for el in getattr(at, kind):
            value = str(el.value)
            # a Markdown table (ui.md_table) holds data; only its header row is interface text
            parts.append(value.split("\n", 1)[0] if value.startswith("| ") else value)
    for kind in ("button", "checkbox", "toggle", "radio", "selectbox", "multiselect", "pills", "slider", "text_input",
                 "download_button"):
        try:
            parts += [str(el.label) for el in at.get(kind)]
        except AttributeError:
            pass
    parts += [str(m.label) for m in at.metric]
    parts += [str(b.proto.popover.label) for b in at.get("popover")]  # the download menu and the like
    parts += [str(tab.label) for tab in at.tabs]
    for df in at.dataframe:
        parts += [str(c) for c in df.value.columns]
    for table in at.table:
        parts += [str(c) for c in table.value.columns] + [str(table.value.index.name)]
    return "\n".join(parts).replace("\\", "")


@pytest.mark.parametrize("page", PAGES)
def test_english_page_has_no_dutch_interface_text(page):
    at = run(page, lang="en", form="vl-duaal-leren", activities="les-op-school", near="Terneuzen")
    assert not at.exception
    text = all_text(at)
    leaks = [s for s in DUTCH_ONLY if s in text]
    assert leaks == [], leaks


@pytest.mark.parametrize("page", PAGES)
def test_dutch_page_uses_dutch(page):
    at = run(page)
    assert not at.exception
    text = all_text(at)
    english_only = [e["en"] for e in STRINGS.values() if e["nl"] != e["en"] and len(e["en"]) >= 12 and "{" not in e["en"]]
    assert [s for s in english_only if s in text] == []


def test_presentation_mode_and_step_in_url():
    at = run("app_pages/presentatie.py", step="3", present="1")
    assert not at.exception and at.title[0].value == "Hoeveel gebeurt op de werkplek?"
    at = run("app_pages/presentatie.py", step="99")
    assert at.title[0].value == "Wat is werkplekleren?"
    assert any("genegeerd" in c.value for c in at.caption)


def test_presentation_next_button_moves_a_step():
    at = run("app_pages/presentatie.py", step="2")
    next(b for b in at.button if b.label == "Volgende").click().run()
    assert at.title[0].value == "Hoeveel gebeurt op de werkplek?"


def test_provinces_read_in_english_and_stay_dutch_codes_in_the_link():
    """English readers saw Henegouwen, Vlaams-Brabant and Zuid-Holland; the data and the URL keep the Dutch
    names, which are the codes."""
    from les.ui import widget_key
    at = run("app_pages/kaart.py", lang="en", province="Oost-Vlaanderen", table="true")
    assert not at.exception
    pills = at.sidebar.pills(key=widget_key("map_province", lang_="en"))
    assert list(pills.options)[:3] == ["Zeeland", "North Brabant", "East Flanders"]  # the provinces with a campus
    assert pills.value == ["Oost-Vlaanderen"] and at.query_params["province"] == "Oost-Vlaanderen"
    assert set(at.dataframe[0].value["Province"]) == {"East Flanders"}
    at = run("app_pages/kaart.py", lang="en", province="Zuid-Holland")  # one without, chosen in a link
    assert "South Holland" in at.sidebar.pills(key=widget_key("map_province", lang_="en")).options
    assert at.query_params["province"] == "Zuid-Holland"
    at = run("app_pages/opleidingen.py", lang="en", province="Henegouwen")
    assert not at.exception and at.query_params["province"] == "Henegouwen"
    labels = list(at.sidebar.pills(key=widget_key("pg_province", lang_="en")).options)
    assert "West Flanders" in labels and "West-Vlaanderen" not in labels
    coverage = " ".join(m.value for m in run("app_pages/over_de_data.py", lang="en").markdown)
    assert "East Flanders" in coverage and "Oost-Vlaanderen" not in coverage


# every page that draws a plotly chart, opened on a view that shows one
CHART_VIEWS = [("app_pages/leervormen.py", {"view": "share"}), ("app_pages/leervormen.py", {"view": "time"}),
               ("app_pages/leervormen.py", {"view": "pay"}), ("app_pages/vergelijk.py", {"chart": "1"}),
               ("app_pages/presentatie.py", {"step": "2"}), ("app_pages/presentatie.py", {"step": "3"}),
               ("app_pages/presentatie.py", {"step": "4"})]


@pytest.mark.parametrize("page, params", CHART_VIEWS)
def test_plotly_speaks_the_visitors_language(page, params):
    """Plotly's tool bar ("Download plot as a png", "Zoom in") was English on the Dutch interface: plotly.js has
    no Dutch for it, so every chart carries ours; the English page keeps plotly's own words."""
    import json

    from les.charts import PLOTLY_NL
    dutch = run(page, **params)
    charts = dutch.get("plotly_chart")
    assert charts and not dutch.exception
    for chart in charts:
        config = json.loads(chart.proto.config)
        assert config["locale"] == "nl"
        words = config["locales"]["nl"]["dictionary"]
        assert words["Download plot as a PNG"] == "Grafiek downloaden als png" and words == PLOTLY_NL
    english = run(page, lang="en", **params)
    assert english.get("plotly_chart") and all("locale" not in json.loads(c.proto.config)
                                               for c in english.get("plotly_chart"))


def test_plotly_words_are_plotlys_own_and_translated():
    """The dictionary's keys must be the words of the plotly.js inside the installed Streamlit, to the letter
    (plotly wrote "Download plot as a png" before "... a PNG"): a key it does not use translates nothing."""
    from pathlib import Path

    import streamlit

    from les.charts import PLOTLY_NL
    bundle = next((Path(streamlit.__file__).parent / "static" / "static" / "js").glob("PlotlyChart.*.js"))
    code = bundle.read_text(encoding="utf-8")
    assert [k for k in PLOTLY_NL if f"`{k}`" not in code and f'"{k}"' not in code] == []
    # every tool bar word a chart of this dashboard shows (bar charts: no lasso, no box select by config)
    shown = {"Download plot as a PNG", "Zoom", "Pan", "Zoom in", "Zoom out", "Autoscale", "Reset axes",
             "Double-click to zoom back out", "Double-click on legend to isolate one trace"}
    assert shown <= set(PLOTLY_NL)
    assert all(PLOTLY_NL[k] and PLOTLY_NL[k] != k for k in shown)


def test_the_pinned_extracts_are_described_in_the_readers_language():
    """The Dutch "Over de data" described its pinned source files in English ("this project", "as above",
    "not stated by the copy or the portal used"): SOURCES.csv carries a Dutch title, publisher and licence."""
    import csv

    from tests.conftest import DATA
    with (DATA / "sources" / "SOURCES.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r[f"{c}_nl"].strip() for r in rows for c in ("title", "publisher", "licence"))
    dutch = " ".join(m.value for m in run("app_pages/over_de_data.py").markdown)
    english = " ".join(m.value for m in run("app_pages/over_de_data.py", lang="en").markdown)
    for phrase_nl, phrase_en in (("dit project", "this project"), ("zoals hierboven", "as above"),
                                 ("niet vermeld voor de gegevens", "not stated for the data")):
        assert phrase_nl in dutch and phrase_en not in dutch
        assert phrase_en in english and phrase_nl not in english

