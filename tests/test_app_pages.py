"""Every page runs without an exception, in Dutch and English (Streamlit's AppTest, no browser)."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

PAGES = ["pages/home.py", "pages/leervormen.py", "pages/vergelijk.py", "pages/kaart.py", "pages/hybride.py",
         "pages/over_de_data.py"]


def run(page=None, **params):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def texts(at):
    parts = [m.value for m in at.markdown] + [h.value for h in at.title] + [h.value for h in at.subheader]
    parts += [c.value for c in at.caption]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_page_runs(page, lang):
    at = run(page, lang=lang)
    assert not at.exception, at.exception
    assert at.title, "every page has a title"


def test_home_is_dutch_by_default_with_computed_figures():
    at = run()
    assert at.title[0].value == "Werkplekleren over de grens"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Leervormen"] == "18"
    assert metrics["Hoogste aandeel werkplek"] == "80 %"
    assert metrics["Uitgefaseerde vormen"] == "2"
    assert "leeractiviteiten die gericht zijn op het verwerven" in texts(at)


def test_home_in_english():
    at = run(lang="en")
    assert at.title[0].value == "Workplace learning across the border"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Highest workplace share"] == "80%"
    assert "Benefits of workplace learning for schools" in texts(at)


def test_language_from_url_survives_page_change():
    at = run(lang="en")
    assert at.title[0].value == "Workplace learning across the border"
    at.switch_page("pages/over_de_data.py").run()
    assert at.title[0].value == "About the data"


def test_bad_lang_param_gives_notice_and_dutch_page():
    at = run(lang="<script>alert(1)</script>")
    assert not at.exception
    assert at.title[0].value == "Werkplekleren over de grens"
    assert any("lang" in c.value and "genegeerd" in c.value for c in at.caption)


def test_about_page_shows_dictionary_from_schema():
    at = run("pages/over_de_data.py")
    assert not at.exception
    columns = set()
    for df in at.dataframe:
        if "Kolom" in df.value.columns:
            columns |= set(df.value["Kolom"])
    assert {"workplace_share_min", "lat", "les_proeftuin", "eqf_min"} <= columns
    assert any("learning_forms.csv" in s.value for s in at.success)
