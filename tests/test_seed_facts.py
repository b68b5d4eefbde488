"""Every figure the seed page gives, exactly as it gives it (shares derived from days of a five-day week)."""

import pandas as pd
import pytest

from les.data import read_file
from les.schema import LEARNING_FORMS
from tests.conftest import DATA

SEED = "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens"
CEDEFOP = "https://www.cedefop.europa.eu/en/tools/apprenticeship-schemes/scheme-fiches/dual-learning-upper-secondary-level"


@pytest.fixture(scope="module")
def forms():
    res = read_file(DATA / "learning_forms.csv", LEARNING_FORMS)
    assert res.ok, res.problems
    return res.frame.set_index("id")


def value(forms, form_id, column):
    v = forms.at[form_id, column]
    return None if pd.isna(v) else v


def test_required_ids_present(forms):
    required = {"vl-dbso", "vl-leertijd", "vl-duaal-leren", "vl-graduaat", "vl-pact", "vl-volwassenenonderwijs",
                "nl-mbo-bol", "nl-mbo-bbl", "nl-duale-studie", "nl-volwassenenonderwijs"}
    assert required <= set(forms.index)
    informal = forms[forms["formality"] == "informal"]
    assert len(informal) == 7
    assert set(informal["country"]) == {"both"}


@pytest.mark.parametrize("form_id, column, expected", [
    # DBSO: 2 days CDO, 3 days company, at least 28 h/week
    ("vl-dbso", "school_days_min", 2), ("vl-dbso", "workplace_days_min", 3), ("vl-dbso", "hours_per_week_min", 28),
    ("vl-dbso", "workplace_share_min", 60), ("vl-dbso", "workplace_share_max", 60),
    # leertijd: 1 day Syntra, 4 days work, at least 28 h/week, agreement before the start
    ("vl-leertijd", "school_days_min", 1), ("vl-leertijd", "workplace_days_min", 4),
    ("vl-leertijd", "hours_per_week_min", 28), ("vl-leertijd", "workplace_share_min", 80),
    ("vl-leertijd", "contract_required", True),
    # duaal leren: mostly 2-3 days at the workplace (LES page), 4 at Syntra: a typical range, 2-4 days, 40-80 %
    ("vl-duaal-leren", "workplace_days_min", 2), ("vl-duaal-leren", "workplace_days_max", 4),
    ("vl-duaal-leren", "workplace_share_min", 40), ("vl-duaal-leren", "workplace_share_max", 80),
    # graduaat: at least a third of the study load; no upper bound given
    ("vl-graduaat", "workplace_share_min", 33.3), ("vl-graduaat", "workplace_share_max", None),
    ("vl-graduaat", "eqf_min", 5),
    # pact: at least 60 % in a learning company
    ("vl-pact", "workplace_share_min", 60), ("vl-pact", "workplace_share_max", None),
    # BOL: 5 days school, at least 20 % internship, from 16, free under 18
    ("nl-mbo-bol", "school_days_min", 5), ("nl-mbo-bol", "workplace_share_min", 20),
    ("nl-mbo-bol", "min_age", 16), ("nl-mbo-bol", "free_until_age", 18),
    # BBL: on average 4 days work, 1 day school, free under 18
    ("nl-mbo-bbl", "workplace_days_min", 4), ("nl-mbo-bbl", "school_days_min", 1),
    ("nl-mbo-bbl", "workplace_share_min", 80), ("nl-mbo-bbl", "free_until_age", 18),
    ("nl-mbo-bbl", "eqf_min", 1), ("nl-mbo-bbl", "eqf_max", 4),
    # duale studie: paid job required, EQF 5 (Ad) to 7 (master)
    ("nl-duale-studie", "contract_required", True), ("nl-duale-studie", "eqf_min", 5),
    ("nl-duale-studie", "eqf_max", 7),
    # adult education: workplace learning not legally required, on both sides
    ("vl-volwassenenonderwijs", "workplace_learning_required", False),
    ("nl-volwassenenonderwijs", "workplace_learning_required", False),
])
def test_seed_figure(forms, form_id, column, expected):
    got = value(forms, form_id, column)
    if expected is None:
        assert got is None
    elif isinstance(expected, bool):
        assert bool(got) is expected
    else:
        assert got == pytest.approx(expected)


def test_pay(forms):
    assert forms.at["vl-dbso", "pay_type"] == ("wage", "learning_allowance")
    assert forms.at["vl-leertijd", "pay_type"] == ("wage", "learning_allowance")
    # the agreement decides: unpaid under 20 hours a week, an allowance from 20, a wage with an employment contract
    assert forms.at["vl-duaal-leren", "pay_type"] == ("none", "learning_allowance", "wage")
    assert "20 uur" in forms.at["vl-duaal-leren", "pay_condition_nl"]
    assert "20 hours" in forms.at["vl-duaal-leren", "pay_condition_en"]
    assert forms.at["nl-mbo-bol", "pay_type"] == ("internship_allowance",)
    assert forms.at["nl-mbo-bbl", "pay_type"] == ("salary",)
    assert forms.at["nl-duale-studie", "pay_type"] == ("salary",)


def test_unknown_stays_empty(forms):
    # the seed gives no pay for graduaat, pact or adult education: never filled in as "none" or 0
    for form_id in ("vl-graduaat", "vl-pact", "vl-volwassenenonderwijs", "nl-volwassenenonderwijs"):
        assert forms.at[form_id, "pay_type"] == ()
    informal = forms[forms["formality"] == "informal"]
    assert informal["workplace_share_min"].isna().all()


def test_counterparts_and_false_friends(forms):
    assert forms.at["vl-graduaat", "counterpart_ids"] == ("nl-associate-degree",)
    assert forms.at["nl-associate-degree", "counterpart_ids"] == ("vl-graduaat",)
    assert forms.at["vl-duaal-leren", "false_friend_ids"] == ("nl-duale-studie",)
    assert forms.at["nl-duale-studie", "false_friend_ids"] == ("vl-duaal-leren",)


def test_phased_out_status_recorded_with_source(forms):
    for form_id in ("vl-dbso", "vl-leertijd"):
        assert forms.at[form_id, "status"] == "phased_out"
        assert forms.at[form_id, "status_source_url"] == CEDEFOP
        assert "2024/25" in forms.at[form_id, "status_note"]
        # the second date, from its own source: Eurydice dates the integration of learning and working 2025-26
        assert "1 September 2025" in forms.at[form_id, "status_note"]
        assert "1 september 2025" in forms.at[form_id, "status_note_nl"]
        assert any("eurydice.eacea.ec.europa.eu" in u for u in forms.at[form_id, "other_source_urls"])
    assert forms.at["vl-duaal-leren", "status"] == "active"


def test_every_row_cites_the_seed_or_a_public_source(forms):
    assert (forms["source_url"] == SEED).all()


# The kinds of figures (data/form_figures.csv): the LES page's words and numbers stay what they are, typical
# figures; each legal minimum is pinned to its source; a computed share shows its computation.
@pytest.fixture(scope="module")
def figures():
    from les.schema import FORM_FIGURES
    res = read_file(DATA / "form_figures.csv", FORM_FIGURES, {"learning_forms": set(pd.read_csv(DATA / "learning_forms.csv")["id"])})
    assert res.ok, res.problems
    return res.frame.set_index("id")


@pytest.mark.parametrize("figure_id, form_id, measure, low, high, words", [
    ("dbso-days-work", "vl-dbso", "workplace_days", 3, 3, "drie dagen per week werken"),
    ("leertijd-days-work", "vl-leertijd", "workplace_days", 4, 4, "4 dagen per week effectief werken"),
    ("duaal-days-work", "vl-duaal-leren", "workplace_days", 2, 3, "Meestal gaat het om twee tot drie dagen"),
    ("bbl-days-work", "nl-mbo-bbl", "workplace_days", 4, 4, "gemiddeld 4 dagen per week"),
    ("bol-share", "nl-mbo-bol", "workplace_share", 20, None, "minstens 20% uit stage"),
    ("pact-share", "vl-pact", "workplace_share", 60, None, "minstens 60% aan de slag"),
    ("leertijd-hours-total", "vl-leertijd", "total_hours", 28, None, "minimum 28 uur per week"),
])
def test_the_les_page_figures_are_typical_in_its_own_words(figures, figure_id, form_id, measure, low, high, words):
    f = figures.loc[figure_id]
    assert (f["form_id"], f["measure"], f["kind"], f["source_url"]) == (form_id, measure, "typical", SEED)
    assert f["value_min"] == low and (pd.isna(f["value_max"]) if high is None else f["value_max"] == high)
    assert words in f["quote"]


WEB = "https://wetten.overheid.nl/BWBR0007625"


@pytest.mark.parametrize("figure_id, form_id, measure, low, unit, source, words", [
    # WEB art. 7.2.7 lid 4: BBL at least 850 hours a year, 610 at the workplace, 200 at school
    ("bbl-hours-total", "nl-mbo-bbl", "total_hours", 850, "hours_per_year", WEB, "ten minste 850 klokuren"),
    ("bbl-hours-work", "nl-mbo-bbl", "workplace_hours", 610, "hours_per_year", WEB, "ten minste 610 klokuren"),
    ("bbl-hours-school", "nl-mbo-bbl", "school_hours", 200, "hours_per_year", WEB, "ten minste 200 begeleide"),
    # DBSO: the full-time commitment of 28 periods (the circular), 15 hours of classes and 13 at work
    ("dbso-hours-total", "vl-dbso", "total_hours", 28, "hours_per_week",
     "https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14006", "minimaal 28 uren van 50 minuten"),
    ("dbso-hours-school", "vl-dbso", "school_hours", 15, "hours_per_week",
     "https://www.onderwijskiezer.be/v2/secundair/sec_dbso.php", "minimum 15 u per week"),
    ("dbso-hours-work", "vl-dbso", "workplace_hours", 13, "hours_per_week",
     "https://www.onderwijskiezer.be/v2/secundair/sec_dbso.php", "minimum 13 u per week"),
    ("dbso-age-min", "vl-dbso", "min_age", 15, "age",
     "https://onderwijs.vlaanderen.be/nl/ouders/starten-op-school/naar-het-secundair-onderwijs/"
     "naar-een-stelsel-van-deeltijds-leren-en-deeltijds-werken", "vanaf 15"),
    # graduaat: at least a third of the study load (Cedefop on the decree; the LES page says it too)
    ("graduaat-share", "vl-graduaat", "workplace_share", 33.3, "percent",
     "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28006", "At least one third"),
])
def test_each_legal_minimum_is_pinned_to_its_source(figures, figure_id, form_id, measure, low, unit, source, words):
    f = figures.loc[figure_id]
    assert (f["form_id"], f["measure"], f["kind"], f["unit"], f["source_url"]) == (
        form_id, measure, "legal_minimum", unit, source)
    assert f["value_min"] == low and pd.isna(f["value_max"])  # a minimum: "at least", no upper value
    assert words in f["quote"]


def test_graduaat_keeps_the_les_page_words_beside_the_legal_figure(figures):
    assert "minimaal een derde van de totale studieomvang" in figures.at["graduaat-share", "les_quote"]


def test_mbo_durations_are_the_legal_ones(figures):
    for figure_id in ("bol-duration", "bbl-duration"):
        f = figures.loc[figure_id]
        assert (f["kind"], f["value_min"], f["value_max"], f["source_url"]) == ("legal", 1, 3, WEB)
        assert "ten hoogste drie volledige studiejaren voor de vakopleiding" in f["quote"]


@pytest.mark.parametrize("figure_id, value, sources", [
    ("dbso-share-days", 60, ["dbso-days-work"]), ("leertijd-share-days", 80, ["leertijd-days-work"]),
    ("bbl-share-days", 80, ["bbl-days-work"]), ("duaal-share-syntra", 80, ["duaal-days-work-syntra"]),
    ("bbl-share-law", 71.8, ["bbl-hours-work", "bbl-hours-total"]),
    ("dbso-share-hours", 46.4, ["dbso-hours-work", "dbso-hours-school"]),
])
def test_computed_shares_follow_from_the_figures_they_name(figures, figure_id, value, sources):
    f = figures.loc[figure_id]
    assert f["kind"] == "computed" and list(f["computed_from"]) == sources
    parts = figures.loc[sources]
    if parts["measure"].iloc[0] == "workplace_days":  # a count of days of a five-day week
        assert value == parts["value_max"].iloc[0] / 5 * 100
    elif "total_hours" in set(parts["measure"]):  # part of the total
        work, total = parts["value_min"].iloc[0], parts["value_min"].iloc[1]
        assert value == round(work / total * 100, 1)
    else:  # work hours of work + school hours
        work, school = parts["value_min"].iloc[0], parts["value_min"].iloc[1]
        assert value == round(work / (work + school) * 100, 1)
    assert f["value_min"] == f["value_max"] == value


def test_no_average_is_stored_as_a_bound(figures, forms):
    # the LES page's averages and "mostly" ranges are typical figures; the headline share of each form says
    # its kind, and only the graduaat's (where nothing else is known) is a legal minimum
    assert figures.at["bbl-days-work", "kind"] == "typical" and "gemiddeld" in figures.at["bbl-days-work", "quote"]
    assert dict(forms["workplace_share_kind"].dropna()) == {
        "vl-dbso": "computed", "vl-leertijd": "computed", "vl-duaal-leren": "computed", "vl-graduaat": "legal_minimum",
        "vl-pact": "typical", "nl-mbo-bol": "typical", "nl-mbo-bbl": "computed"}
    # and the headline range of each form is exactly its typical figures (given or computed from typical days)
    for form_id, row in forms[forms["workplace_share_kind"].isin(["typical", "computed"])].iterrows():
        typical_ids = set(figures[(figures["form_id"] == form_id) & (figures["kind"] == "typical")].index)
        from_typical = figures["computed_from"].map(lambda ids: bool(ids) and set(ids) <= typical_ids)
        own = figures[(figures["form_id"] == form_id) & (figures["measure"] == "workplace_share")
                      & ((figures["kind"] == "typical") | from_typical)]
        assert row["workplace_share_min"] == own["value_min"].min(), form_id
        top = own["value_max"].max()
        assert (pd.isna(row["workplace_share_max"]) and pd.isna(top)) or row["workplace_share_max"] == top, form_id
