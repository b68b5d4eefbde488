"""The hybrid model: coverage, verdict, suggestions, URL selection and the page."""

import pytest

from les.data import load_all_uncached
from les.quadrant import check, parse_selection, typical_activities
from tests.conftest import DATA
from tests.test_app_pages import md_rows, run

TABLES = load_all_uncached(DATA)
ACTS = TABLES["activities"].frame


def test_three_quadrants_is_not_hybrid_and_names_the_missing_one():
    result = check(ACTS, ["les-op-school", "bedrijfsbezoek", "werken-in-het-werkproces"])
    assert result.covered == ("q1", "q2", "q4")
    assert result.missing == ("q3",)
    assert not result.hybrid
    assert set(result.suggestions["q3"]) == {"simulatie-minionderneming", "werkveldproject"}


def test_four_quadrants_is_hybrid():
    result = check(ACTS, ["les-op-school", "bedrijfsbezoek", "simulatie-minionderneming", "doe-inleefstage"])
    assert result.hybrid and result.missing == ()


def test_spanning_activity_covers_both_quadrants():
    assert check(ACTS, ["werkveldproject"]).covered == ("q3", "q4")


def test_empty_selection_is_a_prompt_not_a_verdict():
    result = check(ACTS, [])
    assert result.empty and not result.hybrid


def test_forms_cannot_be_ticked_as_activities():
    assert check(ACTS, ["vorm-bbl"]).empty


def test_every_row_has_a_quadrant_and_a_rationale_in_both_languages():
    assert ACTS["quadrants"].map(len).min() >= 1
    assert ACTS["rationale_nl"].str.len().min() > 20 and ACTS["rationale_en"].str.len().min() > 20
    assert ACTS["source_url"].str.startswith("https://").all()


def test_points_lie_in_their_first_quadrant():
    from les.quadrant import QUADRANT_BOX
    for row in ACTS[ACTS["kind"] == "activity"].itertuples():
        (x0, x1), (y0, y1) = QUADRANT_BOX[row.quadrants[0]]
        assert x0 <= row.x <= x1 and y0 <= row.y <= y1, row.id


def test_bbl_spans_school_and_work():
    bbl = ACTS[ACTS["form_id"] == "nl-mbo-bbl"]
    assert bbl.iloc[0]["quadrants"] == ("q1", "q4")
    assert set(typical_activities(ACTS, "nl-mbo-bbl")) == {"les-op-school", "werken-in-het-werkproces"}


def test_parse_selection_round_trip_and_unknown_ids():
    known = set(ACTS["id"])
    good, bad = parse_selection("les-op-school,<script>,bedrijfsbezoek,les-op-school", known)
    assert good == ["les-op-school", "bedrijfsbezoek"] and bad == ["<script>"]
    assert parse_selection(",".join(good), known) == (good, [])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_hybride_page_from_url(lang):
    at = run("app_pages/hybride.py", activities="les-op-school,bedrijfsbezoek,werken-in-het-werkproces", lang=lang)
    assert not at.exception
    assert at.checkbox(key="act_les-op-school").value is True
    assert at.checkbox(key="act_simulatie-minionderneming").value is False
    warning = at.warning[0].value
    assert ("Constructed participation" if lang == "en" else "Geconstrueerd deelnemen") in warning


def test_hybride_ticking_the_fourth_quadrant_makes_it_hybrid():
    at = run("app_pages/hybride.py", activities="les-op-school,bedrijfsbezoek,werken-in-het-werkproces")
    at.checkbox(key="act_simulatie-minionderneming").check().run()
    assert at.success and "Hybride" in at.success[0].value


def test_hybride_empty_and_unknown_ids():
    at = run("app_pages/hybride.py", activities="nope,<img src=x>")
    assert not at.exception
    assert any("genegeerd" in c.value for c in at.caption)
    assert any("Vink minstens één activiteit" in i.value for i in at.info)


def test_hybride_start_from_form():
    at = run("app_pages/hybride.py")
    assert not at.selectbox  # the shortcut is built when its expander opens
    at.session_state["hyb_start"] = True
    at.run()
    at.selectbox(key="hyb_form.nl").set_value("nl-mbo-bbl").run()
    next(b for b in at.button if "Typische" in b.label).click().run()
    assert at.checkbox(key="act_les-op-school").value and at.checkbox(key="act_werken-in-het-werkproces").value
    assert not at.checkbox(key="act_bedrijfsbezoek").value


def test_forms_grid_shows_spanning_forms():
    at = run("app_pages/hybride.py")
    at.toggle(key="hyb_show_forms").set_value(True).run()
    tables = [md_rows(md.value) for md in at.markdown if md.value.startswith("| ")]
    grid = {row[0]: row[1:] for row in tables[0][1:]}  # the grid comes first, the placements table later
    assert grid["BBL"] == ["●", "", "", "●"]
    assert grid["Duaal leren"] == ["●", "●", "", "●"]


def test_placements_table_is_built_only_when_opened_and_gives_every_reason():
    at = run("app_pages/hybride.py", lang="en")
    assert not [m for m in at.markdown if m.value.startswith("| ")]  # closed: nothing built or sent
    at.session_state["placements"] = True
    at.run()
    assert not at.exception
    (table,) = [md_rows(m.value) for m in at.markdown if m.value.startswith("| ")]
    assert len(table) - 1 == len(ACTS)
    rows = {r[0]: r for r in table[1:]}
    expected = ACTS.set_index("name_en").loc["Company visit", "rationale_en"]
    assert rows["Company visit"][3] == expected
    shared = run("app_pages/hybride.py", placements="true")  # a shared link opens it too
    assert len([m for m in shared.markdown if m.value.startswith("| ")]) == 1


def test_the_forms_on_the_model_are_kept_in_the_link():
    """"Toon de leervormen op het model" was lost in a shared link: ?forms=true now opens it, and turning it on
    writes it."""
    at = run("app_pages/hybride.py", activities="les-op-school", forms="true")
    assert not at.exception and at.toggle(key="hyb_show_forms").value is True
    assert any(md.value.startswith("| ") for md in at.markdown)  # the forms' grid is shown
    at = run("app_pages/hybride.py", activities="les-op-school")
    assert at.toggle(key="hyb_show_forms").value is False and "forms" not in at.query_params
    at.toggle(key="hyb_show_forms").set_value(True).run()
    assert at.query_params["forms"] == "true" and at.query_params["activities"] == "les-op-school"
    at.toggle(key="hyb_show_forms").set_value(False).run()
    assert "forms" not in at.query_params


def test_a_pilot_links_to_the_map_only_when_a_campus_carries_it():
    """"Scholen op de kaart" under a pilot no campus in the data carries opened a map that could only say so;
    only the pilots the map can show have the link, and each opens a map that shows that pilot's campuses."""
    at = run("app_pages/hybride.py")
    assert not at.exception
    linked = {el.proto.query_string.partition("proeftuin=")[2].partition("&")[0]
              for el in at.get("page_link") if el.proto.page == "kaart"}
    schools = TABLES["schools"].frame
    carried = {p for pilots in schools["les_proeftuin"] for p in pilots}
    assert linked == carried and carried  # the pilots with a campus, and only those
    assert len(TABLES["proeftuinen"].frame) > len(linked)  # some pilots have none yet
