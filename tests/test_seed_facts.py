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
    # duaal leren: mostly 2-3 days at the workplace
    ("vl-duaal-leren", "workplace_days_min", 2), ("vl-duaal-leren", "workplace_days_max", 3),
    ("vl-duaal-leren", "workplace_share_min", 40), ("vl-duaal-leren", "workplace_share_max", 60),
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
    assert forms.at["vl-duaal-leren", "pay_type"] == ("learning_allowance",)
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
    assert forms.at["vl-duaal-leren", "status"] == "active"


def test_every_row_cites_the_seed_or_a_public_source(forms):
    assert (forms["source_url"] == SEED).all()
