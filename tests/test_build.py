"""Built, not typed: the committed tables are what `make data` writes from the pinned source extracts, the
extracts keep exactly what their selection rules keep, and the data folder is a valid Data Package."""

import csv
import io
import json
import sys

from tests.conftest import DATA, ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import build_data  # noqa: E402
import extract_sources  # noqa: E402

SOURCES = DATA / "sources"


def test_committed_tables_are_the_build():
    built = build_data.build()
    assert set(built) == {"schools.csv", "programmes.csv", "coverage.csv"}
    for name, text in built.items():
        assert (DATA / name).read_text(encoding="utf-8") == text, f"data/{name} differs from `make data`"


def test_the_build_is_deterministic():
    assert build_data.build() == build_data.build()


def test_every_extract_is_described_in_sources_csv():
    with (SOURCES / "SOURCES.csv").open(encoding="utf-8", newline="") as fh:
        described = {r["file"]: r for r in csv.DictReader(fh)}
    present = {p.name for p in SOURCES.iterdir() if p.name != "SOURCES.csv"}
    assert present == set(described)
    for row in described.values():
        assert row["title"] and row["licence"]
        if row["repository"]:
            assert len(row["commit"]) == 40 and row["path"]


def test_the_higher_education_extract_is_exactly_the_region():
    """Re-running the selection on the extract keeps every row: nothing in it lies outside the region, and
    every row names a place of the region's municipalities."""
    raw = (SOURCES / "duo_ho_opleidingsoverzicht.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert rows and all(extract_sources.place_of(r["ONDERWIJSLOCATIEPLAATS"]) for r in rows)
    # DUO's example rows named in the issue are there, with the form DUO gives them
    key = {(r["ONDERWIJSAANBIEDER_NAAM"], r["ERKENDEOPLEIDINGSCODE"], r["VORM"], r["ONDERWIJSLOCATIEPLAATS"]) for r in rows}
    assert ("HZ University of Applied Sciences", "34560", "DUAAL", "Vlissingen") in key
    assert ("Avans Hogeschool", "34267", "DUAAL", "Breda") in key
    assert ("Avans Hogeschool", "34280", "DUAAL", "Breda") in key
    assert ("Avans Hogeschool", "80091", "DUAAL", "Roosendaal") in key


def test_location_selection_by_the_geocoded_municipality():
    inside = {"city": "GOES", "location_components": {"geometry": {"coordinates": [3.9, 51.5]}, "properties": {
        "raw": [{"longText": "Goes", "types": ["administrative_area_level_2"]},
                {"longText": "Zeeland", "types": ["administrative_area_level_1"]}]}}}
    outside = {"city": "Tilburg", "location_components": {"geometry": {"coordinates": [5.1, 51.6]}, "properties": {
        "raw": [{"longText": "Tilburg", "types": ["administrative_area_level_2"]},
                {"longText": "Noord-Brabant", "types": ["administrative_area_level_1"]}]}}}
    no_geocode = {"city": "Goes", "location_components": {}}
    assert extract_sources._location(inside, ("city",))["municipality"] == "Goes"
    assert extract_sources._location(outside, ("city",)) is None
    assert extract_sources._location(no_geocode, ("city",)) is None  # no coordinates: not placed


def test_flemish_extract_keeps_what_its_rule_keeps_and_agrees_with_the_summary():
    records = json.loads((SOURCES / "vl_onderwijsaanbod.json").read_text(encoding="utf-8"))
    kept = {line.strip() for line in (SOURCES / "vl_kept_campuses.txt").read_text(encoding="utf-8").splitlines()
            if line.strip()}
    with (SOURCES / "vl_campus_summary.csv").open(encoding="utf-8", newline="") as fh:
        summary = {r["id"]: r for r in csv.DictReader(fh)}
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) and kept <= set(ids)
    for r in records:
        assert extract_sources.vl_keep(r, kept)
        programmes = [p for s in r["scholen"] for p in s["richtingen"]]
        line = summary[r["id"]]
        assert (int(line["n_richtingen"]), int(line["n_duaal"]), int(line["n_hbo"])) == (
            len(programmes), sum(p["duaal"] for p in programmes), sum(p["onderwijsvorm"] == "HBO" for p in programmes))
    # every campus of the two provinces that the summary says has a duaal or HBO5 programme is in the extract
    wanted = {i for i, line in summary.items() if int(line["n_duaal"]) or int(line["n_hbo"])}
    assert wanted <= set(ids)


def test_flemish_records_are_internally_consistent():
    """The copy of the records is checked against itself: a programme code has one name everywhere it
    occurs, the duaal flag agrees with the name, each school id is its number and location number."""
    records = json.loads((SOURCES / "vl_onderwijsaanbod.json").read_text(encoding="utf-8"))
    names: dict[int, set[str]] = {}
    for r in records:
        for s in r["scholen"]:
            assert s["id"] == f"{s['schoolnummer']}-{s['internVplnummer']}"
            assert s["linkFiche"].endswith(f"sn={s['schoolnummer']}")
            for p in s["richtingen"]:
                names.setdefault(p["code"], set()).add(p["naam"])
                says_duaal = "duaal" in p["naam"] or " DL" in f" {p['naam']} ".replace("(", " ")
                assert says_duaal == p["duaal"], (r["id"], p)
    assert all(len(n) == 1 for n in names.values())


def test_coverage_is_counted_not_claimed():
    with (DATA / "coverage.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        assert 0 <= int(r["on_map"]) <= int(r["in_source"])
    by = {(r["source"], r["province"], r["measure"]): r for r in rows}
    for province in ("Oost-Vlaanderen", "West-Vlaanderen"):  # every duaal campus of both provinces is on the map
        duaal = by[("vl_onderwijsaanbod", province, "campuses_with_duaal")]
        assert int(duaal["in_source"]) > 0 and duaal["on_map"] == duaal["in_source"]
    with (SOURCES / "duo_ho_opleidingsoverzicht.csv").open(encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == sum(int(by[("duo_ho", p, "offered_programmes")]["in_source"])
                                                        for p in ("Zeeland", "Noord-Brabant"))
    for r in rows:  # what is missing is said in both interface languages, or in neither
        assert bool(r["note"]) == bool(r["note_nl"]), (r["source"], r["province"], r["measure"])
    mbo = by[("kiesmbo", "Zeeland", "mbo_locations")]
    assert "crebo" in mbo["note"] and "niet gevonden" in mbo["note_nl"]


def test_data_package_is_generated_and_valid():
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_data_readme
    assert json.loads((DATA / "datapackage.json").read_text(encoding="utf-8")) == make_data_readme.datapackage()
    import frictionless
    report = frictionless.validate(str(DATA / "datapackage.json"))
    assert report.valid, [e.message for task in report.tasks for e in task.errors][:5]
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    programmes = next(r for r in package["resources"] if r["name"] == "programmes")
    assert {"fields": ["school_id"], "reference": {"resource": "schools", "fields": ["id"]}} in programmes["schema"]["foreignKeys"]
    assert programmes["schema"]["primaryKey"] == ["id"]


def _rows(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO((DATA / name).read_text(encoding="utf-8"))))


def test_every_campus_has_a_name_of_its_own():
    """Curio's two KiesMBO locations at Knipplein 11 (25LX02, "Roosendaal, Johan Cruijff College", and 25LX30)
    both read "Curio – Roosendaal (Knipplein 11)": the build dropped the name because it began with the town.
    Two markers, one name, and the school list could not tell them apart."""
    names = [r["name"] for r in _rows("schools.csv")]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    assert "Curio – Roosendaal (Johan Cruijff College, Knipplein 11)" in names


def test_a_dutch_campus_is_a_university_or_a_hogeschool_as_its_programmes_are():
    """DUO's level says which: WO-BA/WO-MA at a university, HBO-AD/BA/MA at a hogeschool. Wageningen
    University's Breda location was typed a hogeschool, as every Dutch higher-education row was."""
    levels: dict[str, set] = {}
    for p in _rows("programmes.csv"):
        if p["code_system"] == "croho":
            levels.setdefault(p["school_id"], set()).add(p["source_level"].split("-")[0])
    types = {s["id"]: s["institution_type"] for s in _rows("schools.csv")}
    assert levels and {types[school] for school in levels} == {"hogeschool", "universiteit"}
    for school, kinds in levels.items():
        assert types[school] == ("universiteit" if kinds == {"WO"} else "hogeschool"), (school, kinds)
    assert types["nl-wur-breda-mgr-hopmansstraat"] == "universiteit"
