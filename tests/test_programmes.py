"""programmes.csv as a table (validation with file/row/column), the /opleidingen filters as values, and the
page with every URL parameter."""

import re

import pandas as pd
import pytest

from les import geo, programme_view as pv
from les.data import known_ids, load_all_uncached, read_table
from les.programmes import with_offer
from les.schema import PROGRAMMES
from les.ui import widget_key
from les.upload import read_upload
from tests.conftest import read_rows, to_csv
from tests.test_app_pages import run

TABLES = load_all_uncached()
KNOWN = known_ids(TABLES)
HEADER, ROWS = read_rows("programmes.csv")
FRAME = pv.joined(TABLES["programmes"].frame, TABLES["schools"].frame)
FORMS = set(TABLES["learning_forms"].frame["id"])


def programmes_csv(change):
    rows = [dict(r) for r in ROWS]
    change(rows)
    return to_csv(HEADER, rows)


def setv(i, col, value):
    def change(rows):
        rows[i][col] = value
    return change


@pytest.mark.parametrize("case, raw, code, row, column", [
    ("unknown school", programmes_csv(setv(0, "school_id", "be-bestaat-niet")), "dangling_reference", 2, "school_id"),
    ("unknown learning form", programmes_csv(setv(3, "learning_form_id", "vl-bestaat-niet")), "dangling_reference", 5,
     "learning_form_id"),
    ("unknown pilot", programmes_csv(setv(1, "proeftuin_id", "zeilen")), "dangling_reference", 3, "proeftuin_id"),
    ("croho code that is not five digits", programmes_csv(lambda rows: rows[-1].update(code="34A60")), "bad_code",
     len(ROWS) + 1, "code"),
    ("unknown code system", programmes_csv(setv(2, "code_system", "isbn")), "not_allowed", 4, "code_system"),
    ("duplicate id", programmes_csv(setv(1, "id", ROWS[0]["id"])), "duplicate", 3, "id"),
    ("EQF 9", programmes_csv(setv(0, "eqf", "9")), "out_of_range", 2, "eqf"),
    ("no source record", programmes_csv(setv(0, "source_record", "")), "required", 2, "source_record"),
])
def test_broken_programmes_are_named_by_file_row_and_column(case, raw, code, row, column):
    result = read_table(raw, PROGRAMMES, known_ids=KNOWN)
    assert (code, row, column) in [(p.code, p.row, p.column) for p in result.errors], (case, result.errors[:3])
    assert len(result.frame) == len(ROWS) - 1 - (case == "duplicate id")  # only the bad rows are dropped


def test_hostile_text_in_a_programme_stays_text_and_the_upload_names_the_table():
    raw = programmes_csv(setv(0, "name", '<img src=x onerror="alert(1)"> =HYPERLINK("http://x")'))
    result, table = read_upload("opleidingen.csv", raw, KNOWN)
    assert table.name == "programmes" and result.errors == []
    assert result.frame.iloc[0]["name"].startswith("<img")  # kept as text: every page escapes it


def test_campus_offer_comes_from_the_programmes():
    schools = with_offer(TABLES["schools"].frame.drop(columns=["sectors", "eqf_levels", "learning_forms", "programmes",
                                                               "les_proeftuin", "n_programmes", "offer_known"]),
                         TABLES["programmes"].frame)
    edugo = schools.set_index("id").loc["be-edugo-glorieux-oostakker"]
    theirs = TABLES["programmes"].frame[TABLES["programmes"].frame["school_id"] == "be-edugo-glorieux-oostakker"]
    assert edugo["n_programmes"] == len(theirs) and edugo["offer_known"]
    assert set(edugo["learning_forms"]) == set(theirs["learning_form_id"].dropna())
    scalda = schools.set_index("id").loc["nl-scalda-terneuzen-vlietstraat"]
    assert not scalda["offer_known"] and scalda["programmes"] == () and scalda["sectors"] == ()


def values(**kw):
    base = {p.name: p.empty() for p in pv.spec(FORMS)}
    base.update(kw)
    return base


def test_filters_by_value():
    assert len(pv.apply(FRAME, values())) == len(FRAME)
    nl = pv.apply(FRAME, values(country=("NL",)))
    assert len(nl) and set(nl["country"]) == {"NL"}
    duaal = pv.apply(FRAME, values(form=("vl-duaal-leren", "nl-duale-studie")))
    assert set(duaal["learning_form_id"]) == {"vl-duaal-leren", "nl-duale-studie"}
    none = pv.apply(FRAME, values(form=(pv.NO_FORM,)))
    assert len(none) and none["learning_form_id"].isna().all()
    eqf5 = pv.apply(FRAME, values(eqf=(5, 5)))
    assert len(eqf5) and (eqf5["eqf"] == 5).all()
    closed = pv.apply(FRAME, values(open="false"))
    assert len(closed) and (closed["enrolment_open"] == False).all()  # noqa: E712
    unknown = pv.apply(FRAME, values(open="unknown"))
    assert len(unknown) and unknown["enrolment_open"].isna().all() and set(unknown["country"]) == {"NL"}
    zorg = pv.apply(FRAME, values(sector=("zorg",), province=("Zeeland",)))
    assert len(zorg) and set(zorg["sector"]) == {"zorg"} and set(zorg["province"]) == {"Zeeland"}
    pilots = pv.apply(FRAME, values(proeftuin="any"))
    assert len(pilots) and pilots["proeftuin_id"].notna().all()
    q = pv.apply(FRAME, values(q="verpleeg"))
    assert len(q) and q["search"].str.contains("verpleeg").all()
    school = pv.apply(FRAME, values(school="nl-hz-vlissingen-edisonweg"))
    assert len(school) and set(school["school_id"]) == {"nl-hz-vlissingen-edisonweg"}


def test_the_cross_border_question():
    """Which technical programme can a young person from Terneuzen follow as duaal leren or a Dutch dual
    study within 40 km, on either side of the border? Nearest first, each with its distance."""
    found = pv.apply(FRAME, values(sector=("techniek",), form=("vl-duaal-leren", "nl-mbo-bbl", "nl-duale-studie"),
                                   near="Terneuzen", km=40))
    assert len(found) > 10 and list(found["distance_km"]) == sorted(found["distance_km"])
    assert (found["distance_km"] <= 40).all() and set(found["sector"]) == {"techniek"}
    town = geo.find_town("Terneuzen")
    d = geo.haversine_km(town["lat"], town["lon"], found["lat"].to_numpy(float), found["lon"].to_numpy(float))
    assert abs(found["distance_km"].to_numpy() - d).max() < 0.06


def test_counts_per_form_and_country():
    table = pv.counts(FRAME, {})
    assert list(table.columns) == ["BE", "NL"] and table.index[-1] == pv.NO_FORM
    assert int(table.to_numpy().sum()) == len(FRAME)
    assert table.at["vl-duaal-leren", "NL"] == 0 and table.at["nl-duale-studie", "BE"] == 0


def test_url_values_round_trip():
    from les.url_params import parse, serialise
    spec = pv.spec(FORMS, ["nl-hz-vlissingen-edisonweg"])
    params = {"country": "BE,NL", "sector": "techniek", "form": "vl-duaal-leren,none", "eqf": "3-5", "open": "true",
              "proeftuin": "mechanica", "q": "elektr", "near": "Terneuzen", "km": "40",
              "school": "nl-hz-vlissingen-edisonweg", "province": "Zeeland"}
    parsed, bad = parse(params, spec, geo.find_town)
    assert bad == []
    assert serialise(parsed, spec) == {k: params[k] for k in [p.name for p in spec] if k in params}


def page_table(at):
    return at.dataframe[0].value


def test_opleidingen_page_answers_the_question_from_its_link():
    at = run("app_pages/opleidingen.py", sector="techniek", form="vl-duaal-leren,nl-mbo-bbl", near="Terneuzen", km="40")
    assert not at.exception
    table = page_table(at)
    assert len(table) > 10 and set(table["Leervorm"]) == {"Duaal leren"}
    km = table["Afstand (km)"].str.replace(",", ".").astype(float)
    assert (km <= 40).all() and list(km) == sorted(km)
    info = " ".join(i.value for i in at.info)
    assert "binnen 40 km van Terneuzen" in info
    # the Dutch mbo side is said, not hidden: its locations are known, their offer is not in the sources
    notice = " ".join(c.value for c in at.caption)
    assert "Scalda" in notice and "niet in de openbare bronnen" in notice
    assert dict(at.query_params) == {"sector": "techniek", "form": "vl-duaal-leren,nl-mbo-bbl", "near": "Terneuzen",
                                     "km": "40"}


@pytest.mark.parametrize("param, value", [
    ("country", "NL"), ("province", "West-Vlaanderen"), ("sector", "zorg"), ("form", "nl-associate-degree"),
    ("eqf", "5"), ("eqf", "4-5"), ("open", "false"), ("proeftuin", "verpleegkunde"), ("q", "elektr"), ("near", "Goes"),
    ("school", "nl-hz-vlissingen-edisonweg"),
])
def test_opleidingen_every_parameter(param, value):
    at = run("app_pages/opleidingen.py", **{param: value})
    assert not at.exception
    assert not any("genegeerd" in c.value for c in at.caption)
    assert at.query_params[param] == value
    assert len(page_table(at)) > 0


def test_opleidingen_radius_goes_with_a_town():
    at = run("app_pages/opleidingen.py", near="Goes", km="20")
    assert at.query_params["km"] == "20"
    assert (page_table(at)["Afstand (km)"].str.replace(",", ".").astype(float) <= 20).all()
    at = run("app_pages/opleidingen.py", km="20")  # without a town a radius means nothing: not kept in the link
    assert not at.exception and "km" not in at.query_params


@pytest.mark.parametrize("params, n_notices", [
    ({"country": "XX"}, 1), ({"eqf": "9-1"}, 1), ({"open": "misschien"}, 1), ({"form": "<script>x</script>"}, 1),
    ({"near": "Atlantis", "km": "-3"}, 2), ({"school": "' OR 1=1 --"}, 1), ({"q": "x" * 500}, 1),
    ({"onbekend": "1"}, 0),
])
def test_opleidingen_junk_parameters_give_notices_and_a_working_page(params, n_notices):
    at = run("app_pages/opleidingen.py", **params)
    assert not at.exception
    notices = [c.value for c in at.caption if "De URL-parameter" in c.value]  # ignored, or shortened and used
    assert len(notices) == n_notices
    assert at.title[0].value == "Opleidingen"


def test_opleidingen_filter_change_and_language_round_trip():
    at = run("app_pages/opleidingen.py")
    at.sidebar.pills(key=widget_key("pg_country", lang_="nl")).set_value(["NL"]).run()
    assert at.query_params["country"] == "NL"
    assert set(page_table(at)["Land"]) == {"Nederland"}
    at.sidebar.segmented_control(key="lang_choice").set_value("en").run()
    assert not at.exception and at.query_params["country"] == "NL"
    assert set(page_table(at)["Country"]) == {"Netherlands"}


def test_the_unsourced_campuses_link_opens_the_map_on_the_same_area():
    """"Nog 12 campussen in dit gebied … Die campussen op de kaart": the link lost the province and opened
    the whole map. It carries the area's filters, and the map it opens shows those campuses."""
    at = run("app_pages/opleidingen.py", province="Zeeland", country="NL")
    link = next(el for el in at.get("page_link") if el.proto.page == "kaart")
    query = dict(part.split("=") for part in link.proto.query_string.split("&"))
    assert query == {"province": "Zeeland", "country": "NL"}
    notice = next(c.value for c in at.caption if "niet in de openbare bronnen" in c.value)
    n = int(re.search(r"Nog (\d+) campus", notice).group(1))
    shown = run("app_pages/kaart.py", **query)
    schools = load_all_uncached()["schools"].frame
    area = schools[(schools["province"] == "Zeeland") & (schools["country"] == "NL")]
    assert not shown.exception and f"{len(area)} van" in " ".join(c.value for c in shown.caption)
    assert n == int((~with_offer(area, load_all_uncached()["programmes"].frame)["offer_known"]).sum())


def test_the_grid_says_what_a_sort_reaches_when_it_holds_the_first_thousand_rows():
    """Unfiltered, the grid holds 1,000 of 5,545 programmes: its caption said a header click sorts and the
    download holds exactly these rows, while a click sorts the 1,000 and the download holds all of them."""
    at = run("app_pages/opleidingen.py")
    captions = " ".join(c.value for c in at.caption)
    assert len(page_table(at)) == 1000
    assert "sorteert de 1.000 getoonde rijen, niet alle 5.545" in captions
    assert "De download bevat alle 5.545 rijen" in captions and "precies deze rijen" not in captions
    at = run("app_pages/opleidingen.py", sector="techniek", form="vl-duaal-leren", near="Terneuzen", km="40")
    captions = " ".join(c.value for c in at.caption)
    assert len(page_table(at)) < 1000 and "De download bevat precies deze rijen" in captions


def test_one_programme_found_is_one_programme():
    """A search that finds one programme said "1 opleidingen … op 1 campus"."""
    at = run("app_pages/opleidingen.py", q="Flexodrukker")
    assert not at.exception
    summary = next(i.value for i in at.info if "in Vlaanderen" in i.value)
    assert summary.startswith("1 opleiding (1 in Vlaanderen, 0 in Nederland) op 1 campus")


def test_the_unsourced_campuses_are_in_this_area_only_when_an_area_is_chosen():
    """A search without a country, province or town said "Nog 43 campussen in dit gebied", where no area was
    chosen: it is the whole map then."""
    notice = next(c.value for c in run("app_pages/opleidingen.py", q="Flexodrukker").caption
                  if "niet in de openbare bronnen" in c.value)
    assert notice.startswith(":material/help: Nog ") and "staan op de kaart" in notice and "gebied" not in notice
    notice = next(c.value for c in run("app_pages/opleidingen.py", province="Zeeland").caption
                  if "niet in de openbare bronnen" in c.value)
    assert "in dit gebied" in notice
