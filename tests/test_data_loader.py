"""The loader reports every problem with file, row (as a spreadsheet counts) and column."""

import pandas as pd
import pytest

from les.data import load_all_uncached, read_table
from les.schema import LEARNING_FORMS, PROEFTUINEN, SCHOOLS
from tests.conftest import DATA, read_rows, to_csv

FORM_IDS = {"learning_forms": {r["id"] for r in read_rows("learning_forms.csv")[1]},
            "proeftuinen": {r["id"] for r in read_rows("proeftuinen.csv")[1]}}


def codes(result):
    return [(p.code, p.row, p.column) for p in result.problems]


def test_shipped_tables_are_valid():
    results = load_all_uncached(DATA)
    for name, res in results.items():
        assert res.problems == [], (name, res.problems[:5])
        assert res.frame is not None and len(res.frame) == res.rows_read


def test_missing_column_names_the_column(forms_rows):
    header, rows = forms_rows
    header = [h for h in header if h != "status"]
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert res.frame is None
    assert ("missing_column", 1, "status") in codes(res)


def test_bad_number_names_row_and_column(forms_rows):
    header, rows = forms_rows
    rows[2]["workplace_share_min"] = "veel"
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("not_a_number", 4, "workplace_share_min") in codes(res)
    assert res.frame is not None and len(res.frame) == len(rows) - 1
    assert rows[2]["id"] not in set(res.frame["id"])


def test_decimal_comma_is_an_error_in_core_data_and_converted_in_uploads(forms_rows):
    header, rows = forms_rows
    idx = next(i for i, r in enumerate(rows) if r["id"] == "vl-graduaat")
    rows[idx]["workplace_share_min"] = "33,3"
    strict = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("decimal_comma", idx + 2, "workplace_share_min") in codes(strict)
    assert strict.errors
    lenient = read_table(to_csv(header, rows), LEARNING_FORMS, strict=False)
    assert not lenient.errors
    value = lenient.frame.loc[lenient.frame["id"] == "vl-graduaat", "workplace_share_min"].iloc[0]
    assert value == pytest.approx(33.3)


def test_bad_enum_lists_allowed_values(forms_rows):
    header, rows = forms_rows
    rows[0]["country"] = "FR"
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    problem = next(p for p in res.problems if p.code == "not_allowed")
    assert (problem.row, problem.column, problem.value) == (2, "country", "FR")
    assert "BE" in problem.detail and "NL" in problem.detail


def test_bad_list_item(forms_rows):
    header, rows = forms_rows
    rows[0]["pay_type"] = "wage;pocket_money"
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("not_allowed", 2, "pay_type") in codes(res)


def test_duplicate_id_reports_both_rows(forms_rows):
    header, rows = forms_rows
    rows[1]["id"] = rows[0]["id"]
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    dup_rows = sorted(p.row for p in res.problems if p.code == "duplicate")
    assert dup_rows == [2, 3]


def test_dangling_reference(forms_rows):
    header, rows = forms_rows
    idx = next(i for i, r in enumerate(rows) if r["id"] == "vl-graduaat")
    rows[idx]["counterpart_ids"] = "nl-bestaat-niet"
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    problem = next(p for p in res.problems if p.code == "dangling_reference")
    assert (problem.row, problem.column, problem.value) == (idx + 2, "counterpart_ids", "nl-bestaat-niet")


def test_min_greater_than_max(forms_rows):
    header, rows = forms_rows
    idx = next(i for i, r in enumerate(rows) if r["id"] == "vl-dbso")
    rows[idx]["workplace_share_min"] = "90"
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("min_gt_max", idx + 2, "workplace_share_max") in codes(res)


def test_share_out_of_range(forms_rows):
    header, rows = forms_rows
    rows[0]["workplace_share_max"] = "140"
    rows[0]["workplace_share_min"] = ""
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("out_of_range", 2, "workplace_share_max") in codes(res)


def test_required_field_empty(forms_rows):
    header, rows = forms_rows
    rows[3]["source_url"] = ""
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("required", 5, "source_url") in codes(res)


def test_not_a_url(forms_rows):
    header, rows = forms_rows
    rows[0]["source_url"] = "javascript:alert(1)"
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert ("bad_pattern", 2, "source_url") in codes(res)


def _school_row(**overrides):
    row = {"id": "nl-test-campus", "name": "Test", "institution": "Test", "country": "NL", "province": "Zeeland",
           "municipality": "Vlissingen", "address": "", "lat": "51.45", "lon": "3.58", "institution_type": "mbo",
           "website": "https://example.org", "source_url": "https://example.org/campus",
           "source_record": "Test record 1 in https://example.org/campuses.csv",
           "coord_source": "Point 'Test' (51.45, 3.58) in https://example.org/campuses.csv"}
    row.update(overrides)
    return row


def test_coordinates_outside_region():
    header = SCHOOLS.column_names
    res = read_table(to_csv(header, [_school_row(lat="52.37", lon="4.89")]), SCHOOLS, known_ids=FORM_IDS)
    assert ("outside_region", 2, "lat") in codes(res)
    assert len(res.frame) == 0


@pytest.mark.parametrize("lat, lon, column", [("51.2", "7.5", "lon"), ("49.0", "3.7", "lat"), ("49.0", "7.5", "lat, lon")])
def test_a_coordinate_outside_the_region_is_named_by_its_own_column(lat, lon, column):
    """A longitude outside the region was reported under "lat"."""
    res = read_table(to_csv(SCHOOLS.column_names, [_school_row(lat=lat, lon=lon)]), SCHOOLS, known_ids=FORM_IDS)
    assert ("outside_region", 2, column) in codes(res)


def test_school_without_coordinate_source_is_refused():
    header = SCHOOLS.column_names
    res = read_table(to_csv(header, [_school_row(coord_source="")]), SCHOOLS, known_ids=FORM_IDS)
    assert [(p.code, p.row, p.column) for p in res.errors] == [("required", 2, "coord_source")]


def test_valid_school_passes():
    header = SCHOOLS.column_names
    res = read_table(to_csv(header, [_school_row()]), SCHOOLS, known_ids=FORM_IDS)
    assert res.problems == []
    assert res.frame.iloc[0]["institution"] == "Test"
    assert res.frame.iloc[0]["lat"] == pytest.approx(51.45)


def test_every_problem_reported_at_once(forms_rows):
    header, rows = forms_rows
    rows[0]["country"] = "XX"
    rows[1]["eqf_min"] = "drie"
    rows[2]["status"] = ""
    res = read_table(to_csv(header, rows), LEARNING_FORMS)
    assert {("not_allowed", 2, "country"), ("not_a_number", 3, "eqf_min"), ("required", 4, "status")} <= set(codes(res))
    assert len(res.frame) == len(rows) - 3


def test_empty_and_header_only_files(forms_rows):
    header, _ = forms_rows
    assert [p.code for p in read_table(b"", LEARNING_FORMS).problems] == ["empty_file"]
    res = read_table(to_csv(header, []), LEARNING_FORMS)
    assert [p.code for p in res.problems] == ["header_only"]
    assert res.frame is None


def test_semicolons_and_cp1252_are_errors_in_core_and_notes_in_uploads():
    header = PROEFTUINEN.column_names
    _, rows = read_rows("proeftuinen.csv")
    raw = to_csv(header, rows, delimiter=";").decode("utf-8").encode("cp1252")
    strict = read_table(raw, PROEFTUINEN)
    assert {"semicolon", "cp1252"} <= {p.code for p in strict.errors}
    lenient = read_table(raw, PROEFTUINEN, strict=False)
    assert lenient.errors == []
    assert {"semicolon", "cp1252"} <= {p.code for p in lenient.problems}
    assert list(lenient.frame["id"]) == [r["id"] for r in rows]


def test_data_readme_is_generated_from_the_schema():
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_data_readme", DATA.parent / "scripts" / "make_data_readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DATA / "README.md").read_text(encoding="utf-8") == module.render(), \
        "data/README.md is out of date: run python scripts/make_data_readme.py"


def test_learning_forms_csv_matches_its_provenance_script(tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("mlf", DATA.parent / "scripts" / "make_learning_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [{c: str(r.get(c, "")) for c in module.COLUMNS} for r in module.ROWS]
    header, shipped = read_rows("learning_forms.csv")
    assert header == module.COLUMNS
    assert shipped == rows


def test_unparseable_required_cell_is_reported_once():
    header = SCHOOLS.column_names
    res = read_table(to_csv(header, [_school_row(lat="abc")]), SCHOOLS, known_ids=FORM_IDS)
    assert [(p.code, p.row, p.column) for p in res.errors] == [("not_a_number", 2, "lat")]


def _big_schools(n, tmp_path):
    import sys
    sys.path.insert(0, str(DATA.parent / "bench"))
    from generate import generate
    out = generate(tmp_path / f"gen{n}", n)
    return (out / "schools.csv").read_bytes()


def test_fast_and_careful_paths_agree_on_a_large_file(tmp_path):
    from les.data import _arrow_columns
    raw = _big_schools(1500, tmp_path)
    assert _arrow_columns(raw.decode("utf-8"), ",") is not None  # the fast path is taken
    fast = read_table(raw, SCHOOLS, known_ids=FORM_IDS, max_bytes=None)
    small = read_table(raw[: raw.index(b"\n", 150_000)] + b"\n", SCHOOLS, known_ids=FORM_IDS, max_bytes=None)
    assert fast.problems == [] and len(fast.frame) == 1500
    n = len(small.frame)
    pd.testing.assert_frame_equal(fast.frame.head(n), small.frame)


def test_large_file_with_a_ragged_row_falls_back_and_names_the_row(tmp_path):
    raw = _big_schools(1500, tmp_path)
    lines = raw.split(b"\n")
    lines[700] = lines[700] + b",extra"
    res = read_table(b"\n".join(lines), SCHOOLS, known_ids=FORM_IDS, max_bytes=None)
    assert [(p.code, p.row) for p in res.errors] == [("field_count", 701)]
    assert len(res.frame) == 1499


def test_readme_counts_match_the_data():
    """The README's figures about the campuses and programmes are the data's, not numbers typed once."""
    tables = load_all_uncached()
    schools, programmes = tables["schools"].frame, tables["programmes"].frame
    readme = " ".join((DATA.parent / "README.md").read_text(encoding="utf-8").split())
    be, nl = int((schools["country"] == "BE").sum()), int((schools["country"] == "NL").sum())
    flemish = schools[schools["country"] == "BE"]
    duaal = int(flemish["learning_forms"].map(lambda forms: "vl-duaal-leren" in forms).sum())
    mbo = int((schools["institution_type"] == "mbo").sum())
    assert f"{len(schools)} campuses today, {be} in Flanders and Antwerp, {nl} in Zeeland and West-Brabant; " \
           f"{len(programmes):,} programmes" in readme
    assert f"({duaal} with duaal leren)" in readme
    assert f"the {mbo} mbo locations of the region are on the map" in readme
