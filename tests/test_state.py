"""Page state as people meet it: selections hold ids through a language round trip, the URL only ever holds
the documented values, and a URL that changed under the page (a link, Back/Forward) decides what it shows."""

import pytest

from les.ui import escape_md, widget_key
from tests.test_app_pages import forms_table, run, table_ids


def switch_language(at, lang: str):
    at.sidebar.segmented_control(key="lang_choice").set_value(lang).run()
    assert not at.exception, at.exception
    return at


def test_compare_survives_a_language_round_trip_with_ids_in_the_url():
    at = run("app_pages/vergelijk.py")
    at.selectbox(key=widget_key("cmp_a", lang_="nl")).set_value("vl-graduaat").run()
    for lang in ("en", "nl", "en", "nl"):
        switch_language(at, lang)
        assert at.selectbox(key=widget_key("cmp_a", lang_=lang)).value == "vl-graduaat"
        assert at.query_params["a"] == "vl-graduaat" and at.query_params["b"] == "nl-mbo-bbl"
    header = next(m.value for m in at.markdown if "| A\\:" in m.value)
    assert "A: Graduaatsopleiding" in header.replace("\\", "")


def test_learning_forms_keep_detail_sort_filters_and_view_through_a_round_trip():
    at = run("app_pages/leervormen.py", form="vl-dbso", sort="share", country="BE")
    before = table_ids(at)
    for lang in ("en", "nl"):
        switch_language(at, lang)
        assert at.selectbox(key=widget_key("lf_form", lang_=lang)).value == "vl-dbso"
        assert at.selectbox(key=widget_key("lf_sort", lang_=lang)).value == "share"
        assert at.sidebar.pills(key=widget_key("lf_country", lang_=lang)).value == ["BE"]
        assert table_ids(at, lang) == before
    assert dict(at.query_params) == {"form": "vl-dbso", "sort": "share", "country": "BE"}
    # the view survives too, and the URL says it with its documented value
    at.segmented_control(key=widget_key("lf_view", lang_="nl")).set_value("pay").run()
    switch_language(at, "en")
    assert at.query_params["view"] == "pay" and at.query_params["lang"] == "en"


@pytest.mark.parametrize("page, widget, key, value", [
    ("app_pages/kaart.py", "pills", "map_sector", ["zorg"]),
    ("app_pages/kaart.py", "pills", "map_proeftuin", "verpleegkunde"),
    ("app_pages/hybride.py", None, None, None),
    ("app_pages/over_de_data.py", "pills", "up_table", "schools"),
])
def test_every_selection_survives_a_language_round_trip(page, widget, key, value):
    at = run(page)
    if widget:
        where = at.sidebar if page.endswith("kaart.py") else at
        getattr(where, widget)(key=widget_key(key, lang_="nl")).set_value(value).run()
    for lang in ("en", "nl"):
        switch_language(at, lang)
        if widget:
            where = at.sidebar if page.endswith("kaart.py") else at
            assert getattr(where, widget)(key=widget_key(key, lang_=lang)).value == value
            assert at.session_state[key] == value


def test_map_school_from_the_list_survives_a_round_trip():
    at = run("app_pages/kaart.py", near="Terneuzen", km="40", pick="true")
    box = at.selectbox(key=widget_key("map_school", "pick", "nl"))
    box.select_index(3).run()
    school = at.query_params["school"]
    assert school.startswith(("be-", "nl-"))  # the state is an id; the list shows names
    switch_language(at, "en")
    assert at.query_params["school"] == school and at.query_params["pick"] == "true"
    assert at.selectbox(key=widget_key("map_school", "pick", "en")).value == school


def test_a_url_that_changed_under_the_page_decides_what_it_shows():
    """Back/Forward (or an edited address) gives the page other parameters than it wrote: they win."""
    at = run("app_pages/leervormen.py", country="NL")
    assert len(table_ids(at)) == 12
    at.sidebar.pills(key=widget_key("lf_country", lang_="nl")).set_value(["BE"]).run()
    assert at.query_params["country"] == "BE"
    at.query_params["country"] = "NL"  # the browser went back
    at.run()
    assert at.sidebar.pills(key=widget_key("lf_country", lang_="nl")).value == ["NL"]
    assert len(table_ids(at)) == 12


def test_the_detail_of_a_linked_form_comes_before_the_table():
    at = run("app_pages/leervormen.py", form="nl-mbo-bbl")
    headings = [m.value for m in at.markdown]
    detail = next(i for i, v in enumerate(headings) if v.startswith("### "))
    table = next(i for i, v in enumerate(headings) if v.startswith("| Leervorm "))
    assert detail < table and "BBL" in headings[detail]
    at.button(key="detail-close").click().run()
    assert "form" not in at.query_params and not [m for m in at.markdown if m.value.startswith("### ")]
    assert forms_table(at)


def test_all_fields_show_labels_not_codes():
    at = run("app_pages/leervormen.py", form="vl-dbso")
    fields = next(m.value for m in at.markdown if m.value.startswith("| Label"))
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[1].strip(" |") for line in fields.splitlines()[2:]}
    assert rows["Land"] == "Vlaanderen"
    assert rows["Status"] == "uitgefaseerd"
    assert rows["Wettelijk geregeld"] == "ja"
    assert rows["Werkplek % min"] == "60 %"
    assert rows["Vergoeding"] == "loon, leervergoeding"
    assert "phased\\_out" not in fields and "True" not in fields and "60.0" not in fields


def test_urls_in_data_text_become_links_to_the_url_itself():
    text = escape_md("Point (51.2, 4.4) in https://github.com/EvaNote/PPDB-team3/blob/c77/sql/campussen.sql; "
                     "see also www.cedefop.europa.eu.")
    assert "](https://github.com/EvaNote/PPDB-team3/blob/c77/sql/campussen.sql)" in text
    assert "%5C" not in text and "github\\.com/" not in text.split("](")[1]
    # no other link is formed: escaped text cannot become an automatic link
    assert text.count("](") == 1 and "https\\://" in text and "www\\.cedefop" in text
    assert escape_md("javascript:alert(1)") == "javascript\\:alert\\(1\\)"


def test_a_quick_second_change_is_not_undone_by_the_url_the_browser_had_not_updated_yet():
    """An arrow key held on a slider: the browser asks for the next run with the URL it still had (the page's
    last write had not reached it), and that stale URL set the slider back (it showed 95 while the table
    said 75). A run that answers a widget lets the widgets decide; a URL that changed on its own (Back) still
    decides."""
    at = run("app_pages/leervormen.py")
    at.sidebar.slider(key="lf_share").set_value((0, 90)).run()
    assert at.query_params["share"] == "0-90"
    # the next press arrives with the URL of two runs ago
    at.sidebar.slider(key="lf_share").set_value((0, 85))
    at.query_params.pop("share")
    at.run()
    assert not at.exception
    assert at.sidebar.slider(key="lf_share").value == (0, 85) and at.query_params["share"] == "0-85"
    # Back: only the URL changed, and it decides
    at.query_params["share"] = "0-90"
    at.run()
    assert at.sidebar.slider(key="lf_share").value == (0, 90)
