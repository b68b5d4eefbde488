"""The written rules that turn an official programme record into a row: learning form, EQF, sector, pilot."""

import pandas as pd
import pytest

from les.data import load_all_uncached
from les.programme_rules import (
    RULES, ho_enrolment_open, ho_learning_form, mbo_learning_form, proeftuin_for, sector_for, vl_eqf,
    vl_institution_type, vl_learning_form,
)


def vl(naam="X", graad="Derde graad", vorm="TSO", duaal=False):
    return {"naam": naam, "graad": graad, "onderwijsvorm": vorm, "duaal": duaal, "finaliteit": None}


@pytest.mark.parametrize("programme, form, rule", [
    (vl("Elektrische installaties duaal", vorm="BSO", duaal=True), "vl-duaal-leren", "vl-duaal"),
    (vl("7e leerjaar Technicus elektrische voertuigen duaal", vorm="7DE", duaal=True), "vl-duaal-leren", "vl-duaal"),
    (vl("Verpleegkunde HBO", graad="Hoger beroepsonderwijs", vorm="HBO"), None, "vl-hbo5"),
    (vl("Elektromechanische technieken TSO"), None, "vl-school"),
])
def test_flemish_learning_form_follows_the_duaal_flag(programme, form, rule):
    assert vl_learning_form(programme) == (form, rule)


@pytest.mark.parametrize("vorm, niveau, form, rule", [
    ("DUAAL", "HBO-BA", "nl-duale-studie", "nl-vorm-duaal"),
    ("DUAAL", "HBO-AD", "nl-duale-studie", "nl-vorm-duaal"),  # the form decides: an Ad taken dual is a dual study
    ("VOLTIJD", "HBO-AD", "nl-associate-degree", "nl-associate-degree"),
    ("DEELTIJD", "HBO-AD", "nl-associate-degree", "nl-associate-degree"),
    ("VOLTIJD", "HBO-BA", None, "nl-ho-other"),
    ("DEELTIJD", "WO-MA", None, "nl-ho-other"),
])
def test_dutch_higher_education_form_and_level(vorm, niveau, form, rule):
    assert ho_learning_form(vorm, niveau) == (form, rule)


@pytest.mark.parametrize("route, form", [("BOL", "nl-mbo-bol"), ("BOLVT", "nl-mbo-bol"), ("BOLDT", "nl-mbo-bol"),
                                         ("bbl", "nl-mbo-bbl"), (" BBL ", "nl-mbo-bbl")])
def test_mbo_learning_route(route, form):
    assert mbo_learning_form(route) == (form, form)


def test_an_unknown_mbo_route_is_not_guessed():
    with pytest.raises(ValueError):
        mbo_learning_form("EX")


@pytest.mark.parametrize("programme, eqf", [
    (vl("Basisverpleegkunde HBO", graad="Hoger beroepsonderwijs", vorm="HBO"), 5),
    (vl("1e leerjaar in de 3e graad Elektromechanische technieken TSO", vorm="TSO"), 4),
    (vl("2e leerjaar in de 3e graad Latijn-Wiskunde ASO", vorm="ASO"), 4),
    (vl("1e leerjaar in de 3e graad Elektrische installaties BSO", vorm="BSO"), 3),
    (vl("7e leerjaar Technicus elektrische voertuigen duaal", graad="Derde graad", vorm="BSO", duaal=True), 4),
    (vl("1e leerjaar in de 2e graad Elektriciteit BSO", graad="Tweede graad", vorm="BSO"), None),
    (vl("Onthaaljaar voor anderstalige nieuwkomers", graad="Onthaalklas anderstalige nieuwkomers", vorm="OKAN"), None),
])
def test_flemish_eqf_only_where_the_record_says_enough(programme, eqf):
    assert vl_eqf(programme) == eqf


@pytest.mark.parametrize("name, sector", [
    ("Verzorgende/Zorgkundige duaal", "zorg"),
    ("Opleiding tot Verpleegkundige", "zorg"),
    ("1e leerjaar in de 3e graad Basiszorg en ondersteuning BSO", "zorg"),
    ("1e leerjaar in de 2e graad Haar- en schoonheidsverzorging BSO", "overig"),  # no health care
    ("Dierenzorg BSO", "overig"),
    ("1e leerjaar in de 3e graad Elektromechanische technieken TSO", "techniek"),
    ("Ad Engineering", "techniek"),
    ("2e leerjaar in de 3e graad Bouw- en houtkunde TSO", "techniek"),
    ("Landbouw", "overig"),  # "bouw" inside a word does not count
    ("Accountancy", "overig"),
    ("Latijn-Wiskunde ASO", "overig"),
])
def test_sector_from_the_name(name, sector):
    assert sector_for(name) == sector


@pytest.mark.parametrize("name, eqf, level, pilot", [
    ("Verpleegkunde HBO", 5, "HBO", "verpleegkunde"),
    ("Verpleegkundige (mbo 4)", 4, "", "verpleegkunde"),
    ("Opleiding tot Verpleegkundige", 6, "HBO-BA", None),  # the bachelor is not the MBO4/HBO5 pilot
    ("2e leerjaar in de 3e graad Elektromechanische technieken TSO", 4, "TSO", "mechanica"),
    ("1e leerjaar in de 3e graad Onderhoudsmechanica auto duaal BSO", 3, "BSO", None),  # EQF 3, not the pilot's 4
    ("Graduaat Systeem- en netwerkbeheer", 5, "", "systeem-netwerkbeheer"),
    ("Graduaat Internet of Things", 5, "", "iot"),
    ("Computeroperator", 4, "", "computeroperator"),
    ("Biotechnieken", 4, "TSO", None),
])
def test_pilot_matching_rules(name, eqf, level, pilot):
    assert proeftuin_for(name, eqf, level) == pilot


def test_institution_type_of_a_flemish_campus():
    assert vl_institution_type(["HBO", "HBO"], ["Sint-Vincentius HBO5"]) == "hbo5"
    assert vl_institution_type(["BSO", "HBO"], ["VTI"]) == "secundair"
    assert vl_institution_type(["BSO"], ["CDO Brugge"]) == "cdo"


def test_enrolment_is_closed_only_when_the_last_intake_has_passed():
    assert ho_enrolment_open({"LAATSTE_INSTROOMDATUM": "2024-09-01"}, "2026-08-04") is False
    assert ho_enrolment_open({"LAATSTE_INSTROOMDATUM": "2027-09-01"}, "2026-08-04") is None
    assert ho_enrolment_open({"LAATSTE_INSTROOMDATUM": ""}, "2026-08-04") is None


def test_every_row_of_programmes_csv_follows_its_rule():
    """The shipped table agrees with the rules: each row's learning form is the one its rule gives."""
    programmes = load_all_uncached()["programmes"].frame
    for rule, form in programmes[["learning_form_rule", "learning_form_id"]].drop_duplicates().itertuples(index=False):
        expected = RULES[rule][0]
        assert (None if pd.isna(form) else form) == expected, (rule, form)
    duaal = programmes[programmes["source_form"] == "duaal"]
    assert set(duaal["learning_form_id"]) <= {"vl-duaal-leren", "nl-duale-studie"}
