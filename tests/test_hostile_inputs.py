"""The catalogue of bad inputs: each one gives a clear message naming what is wrong and where,
never a traceback, and what is valid keeps working."""

import io

import pytest

from les.data import known_ids, load_all_uncached, read_table
from les.schema import LEARNING_FORMS, SCHOOLS
from les.ui import problem_message
from les.upload import cleaned_csv, read_upload
from tests.conftest import DATA, read_rows, to_csv
from tests.hostile_files import EXPANDING_UPLOADS
from tests.test_app_pages import run

HEADER, ROWS = read_rows("learning_forms.csv")
S_HEADER, S_ROWS = read_rows("schools.csv")
KNOWN = known_ids(load_all_uncached(DATA))


def forms_csv(change=None, header=None, delimiter=","):
    rows = [dict(r) for r in ROWS]
    if change:
        change(rows)
    return to_csv(header or HEADER, rows, delimiter)


def schools_csv(change):
    rows = [dict(r) for r in S_ROWS]
    change(rows)
    return to_csv(S_HEADER, rows)


def setv(i, col, value):
    def change(rows):
        rows[i][col] = value
    return change


# (case, table, raw bytes, expected problem code, expected row, expected column)
CSV_CASES = [
    ("missing column", LEARNING_FORMS, forms_csv(header=[h for h in HEADER if h != "source_url"]), "missing_column", 1, "source_url"),
    ("text in a number column", LEARNING_FORMS, forms_csv(setv(0, "hours_per_week_min", "achtentwintig")), "not_a_number", 2, "hours_per_week_min"),
    ("decimal comma", LEARNING_FORMS, forms_csv(setv(3, "workplace_share_min", "33,3")), "decimal_comma", 5, "workplace_share_min"),
    ("semicolon separators", LEARNING_FORMS, forms_csv(delimiter=";"), "semicolon", None, None),
    ("cp1252 encoding", LEARNING_FORMS, forms_csv().decode("utf-8").encode("cp1252"), "cp1252", None, None),
    ("UTF-8 with BOM", LEARNING_FORMS, b"\xef\xbb\xbf" + forms_csv(), "bom", None, None),
    ("empty file", LEARNING_FORMS, b"", "empty_file", None, None),
    ("only blank lines", LEARNING_FORMS, b"\n\n  \n", "empty_file", None, None),
    ("header only", LEARNING_FORMS, (",".join(HEADER) + "\n").encode(), "header_only", 1, None),
    ("duplicate id", LEARNING_FORMS, forms_csv(setv(1, "id", ROWS[0]["id"])), "duplicate", 2, "id"),
    ("dangling reference", LEARNING_FORMS, forms_csv(setv(0, "counterpart_ids", "nl-bestaat-niet")), "dangling_reference", 2, "counterpart_ids"),
    ("min greater than max", LEARNING_FORMS, forms_csv(setv(0, "school_days_min", "4")), "min_gt_max", 2, "school_days_max"),
    ("share above 100", LEARNING_FORMS, forms_csv(setv(1, "workplace_share_max", "120")), "out_of_range", 3, "workplace_share_max"),
    ("negative share", LEARNING_FORMS, forms_csv(setv(2, "workplace_share_min", "-5")), "out_of_range", 4, "workplace_share_min"),
    ("unknown enum value", LEARNING_FORMS, forms_csv(setv(0, "status", "stopped")), "not_allowed", 2, "status"),
    ("not true/false", LEARNING_FORMS, forms_csv(setv(0, "legally_regulated", "misschien")), "not_bool", 2, "legally_regulated"),
    ("EQF not whole", LEARNING_FORMS, forms_csv(setv(2, "eqf_min", "2.5")), "not_whole", 4, "eqf_min"),
    ("required field empty", LEARNING_FORMS, forms_csv(setv(0, "name_nl", "")), "required", 2, "name_nl"),
    ("javascript: URL", LEARNING_FORMS, forms_csv(setv(0, "source_url", "javascript:alert(1)")), "bad_pattern", 2, "source_url"),
    ("huge cell", LEARNING_FORMS, forms_csv(setv(0, "description_nl", "x" * 5000)), "cell_too_long", 2, "description_nl"),
    ("ragged row", LEARNING_FORMS, forms_csv() + b"extra,row\n", "field_count", len(ROWS) + 2, None),
    # a quote left open runs on over the rows after it; the problem is named at the row it starts on
    ("unclosed quote", LEARNING_FORMS, b"\n".join(line + b',"open' if i == 3 else line
                                                   for i, line in enumerate(forms_csv().split(b"\n"))), "csv_quote", 4, None),
    ("text after a closing quote", LEARNING_FORMS, b"\n".join(b'"x"y' + line if i == 6 else line
                                                               for i, line in enumerate(forms_csv().split(b"\n"))), "csv_quote", 7, None),
    ("duplicate header", LEARNING_FORMS, forms_csv().replace(b"name_en,", b"name_nl,", 1), "duplicate_column", 1, "name_nl"),
    ("not text at all", LEARNING_FORMS, b"\x81\x8d\x8f\x90\x9d" * 20, "encoding", None, None),
    ("10 MB file", LEARNING_FORMS, b"a" * (10 * 1024 * 1024), "too_large", None, None),
    ("coordinates outside the region", SCHOOLS, schools_csv(setv(0, "lat", "48.85")), "outside_region", 2, "lat"),
    ("school without a source record", SCHOOLS, schools_csv(setv(0, "source_record", "")), "required", 2, "source_record"),
    ("unknown province", SCHOOLS, schools_csv(setv(0, "province", "Limburg")), "not_allowed", 2, "province"),
]


@pytest.mark.parametrize("case, table, raw, code, row, column", CSV_CASES, ids=[c[0] for c in CSV_CASES])
def test_broken_csv(case, table, raw, code, row, column):
    result = read_table(raw, table, known_ids=KNOWN)
    match = [p for p in result.problems if p.code == code]
    assert match, (case, [(p.code, p.row, p.column) for p in result.problems][:5])
    problem = match[0]
    assert (problem.row, problem.column) == (row, column)
    for lang in ("nl", "en"):
        message = problem_message(problem, lang)
        assert message and "{" not in message  # a real sentence, every placeholder filled
    # what is valid keeps working: row-level problems drop only their own rows
    if row not in (None, 1) and code not in ("field_count",):
        assert result.frame is not None and 0 < len(result.frame) < result.rows_read


def test_extra_column_is_a_note_and_the_file_still_loads():
    raw = forms_csv().replace(b"source_note_nl\n", b"source_note_nl,mijn_kolom\n", 1)
    raw = b"\n".join(line + (b",x" if i else b"") for i, line in enumerate(raw.split(b"\n")) if line) + b"\n"
    result = read_table(raw, LEARNING_FORMS)
    assert [p.code for p in result.problems] == ["extra_column"]
    assert result.ok and len(result.frame) == len(ROWS)


def excel_style_schools() -> bytes:
    """schools.csv as Excel saves it in Belgian/Dutch settings: ';', decimal commas, Windows-1252."""
    text = to_csv(S_HEADER, [dict(r, lat=r["lat"].replace(".", ","), lon=r["lon"].replace(".", ","))
                             for r in S_ROWS], delimiter=";").decode("utf-8")
    return text.encode("cp1252", errors="replace")


def test_upload_excel_saved_csv_is_accepted_with_notes_and_cleaned():
    result, table = read_upload("scholen.csv", excel_style_schools(), KNOWN)
    assert table.name == "schools" and result.errors == []
    assert {"semicolon", "cp1252", "decimal_comma_converted"} <= {p.code for p in result.problems}
    cleaned = cleaned_csv(result, table)
    back = read_table(cleaned, SCHOOLS, known_ids=KNOWN)
    assert back.problems == [] and len(back.frame) == len(S_ROWS)
    assert back.frame["lat"].round(5).tolist() == [float(r["lat"]) for r in S_ROWS]


def test_upload_xlsx_round_trip_and_formula_text_stays_text():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i, r in enumerate(ROWS):
        values = [r[h] for h in HEADER]
        if i == 0:
            values[HEADER.index("name_nl")] = "'=1+1"
        ws.append(values)
    buf = io.BytesIO()
    wb.save(buf)
    result, table = read_upload("leervormen.xlsx", buf.getvalue(), KNOWN)
    assert table.name == "learning_forms" and result.errors == [], result.problems[:3]
    assert len(result.frame) == len(ROWS)


def test_upload_damaged_xlsx():
    result, table = read_upload("kapot.xlsx", b"PK\x03\x04 not really a zip", KNOWN)
    assert table is None and result.problems[0].code == "xlsx_unreadable"


def test_upload_unknown_table():
    result, table = read_upload("iets.csv", b"foo,bar\n1,2\n", KNOWN)
    assert table is None and result.problems[0].code == "unknown_table"


def test_upload_too_large():
    result, table = read_upload("groot.csv", b"a" * (6 * 1024 * 1024), KNOWN)
    assert table is None and result.problems[0].code == "too_large"


# URL parameters: each gives a notice and a working page
URL_CASES = [
    ("app_pages/leervormen.py", {"country": "XX"}, 1),
    ("app_pages/leervormen.py", {"share": "abc"}, 1),
    ("app_pages/leervormen.py", {"eqf": "9-1"}, 1),
    ("app_pages/leervormen.py", {"form": "<script>alert(1)</script>"}, 1),
    ("app_pages/leervormen.py", {"q": "<img src=x onerror=alert(1)>" * 300}, 1),
    ("app_pages/leervormen.py", {"onbekend": "1", "utm_source": "x"}, 0),
    ("app_pages/kaart.py", {"near": "<img src=x onerror=alert(1)>", "km": "-5", "sector": "zzz"}, 3),
    ("app_pages/kaart.py", {"km": "1e309"}, 1),
    ("app_pages/kaart.py", {"province": "Atlantis", "proeftuin": "maybe"}, 2),
    ("app_pages/kaart.py", {"school": "' OR 1=1 --"}, 1),
    ("app_pages/vergelijk.py", {"a": "x" * 10000, "b": "nl-mbo-bbl"}, 1),
    ("app_pages/hybride.py", {"activities": "nope," * 100}, 1),
]


@pytest.mark.parametrize("page, params, n_notices", URL_CASES)
def test_hostile_url_parameters(page, params, n_notices):
    at = run(page, **params)
    assert not at.exception
    notices = [c.value for c in at.caption if "De URL-parameter" in c.value]  # ignored, or shortened and used
    assert len(notices) == n_notices
    for notice in notices:
        assert len(notice) < 400  # long values are shortened, not echoed whole
        assert "<img" not in notice.replace("\\<", "") and "<script" not in notice.replace("\\<", "")
    assert at.title  # the page rendered


# Uploads that stand for far more work than their size: refused from what they declare, quickly and
# cheaply (generous bounds here; bench/ reports the figures)
@pytest.mark.parametrize("case, name, make, code", EXPANDING_UPLOADS, ids=[c[0] for c in EXPANDING_UPLOADS])
def test_expanding_upload_is_refused_quickly_and_cheaply(case, name, make, code):
    import time
    import tracemalloc
    raw = make()
    assert len(raw) < 5 * 1024 * 1024  # each fits under the upload's size limit
    t = time.process_time()
    result, table = read_upload(name, raw, KNOWN)
    cpu = time.process_time() - t
    tracemalloc.start()  # measured apart: tracing every allocation slows the reading several times
    read_upload(name, raw, KNOWN)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert table is None and [p.code for p in result.problems] == [code]
    message = problem_message(result.problems[0])
    assert result.problems[0].value in message and result.problems[0].detail in message
    assert cpu < 3.0, f"{case}: {cpu:.2f} s of CPU"
    assert peak < 64 * 1024 * 1024, f"{case}: {peak / 1e6:.0f} MB"


def test_forced_table_that_does_not_fit_says_so_first():
    from les.upload import headline
    raw = excel_style_schools()  # a schools file (cp1252, ';') uploaded as learning_forms.csv
    result, table = read_upload("scholen.csv", raw, KNOWN, "learning_forms")
    first = headline(result.problems)
    assert first.code == "wrong_table" and first.value == "learning_forms.csv"
    assert "cp1252" in {p.code for p in result.problems}  # the remark is still listed, below


@pytest.mark.parametrize("raw", [b"", b"\n\r\n  \n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n"])
def test_an_empty_upload_is_called_empty(raw):
    """It was told its header fits no table, which sends a coordinator looking for the wrong mistake."""
    result, table = read_upload("leeg.csv", raw, KNOWN)
    assert table is None and [p.code for p in result.problems] == ["empty_file"]


def _workbook() -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(HEADER)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("raw, code, kind, words", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not_csv", "PNG", "geen CSV-bestand maar een PNG-bestand"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not_csv", "PDF", "maar een PDF-bestand"),
    (None, "not_csv", "Excel (.xlsx)", "Excel-werkmap (.xlsx) met die extensie"),
    (b"id,name_nl\n\x00\x01\x02\x03", "binary_file", None, "binaire gegevens"),
    (forms_csv().decode("utf-8").encode("utf-16"), "utf16", None, "UTF-16"),
])
def test_an_upload_that_is_not_csv_text_says_what_it_is(raw, code, kind, words):
    """A PNG renamed to .csv was told its header "fits no table", which sends a coordinator looking for a wrong
    column name. A file that is not CSV text says so, and names the format when its first bytes tell it."""
    from les.upload import headline
    from les.ui import problem_headline
    raw = _workbook() if raw is None else raw
    result, table = read_upload("tabel.csv", raw, KNOWN)
    assert table is None and [(p.code, p.value) for p in result.problems] == [(code, kind)]
    text = problem_headline(headline(result.problems), "nl").replace("\\", "")
    assert text.startswith("tabel.csv: ") and words in text
    assert "kopregel" not in text


def test_a_csv_in_windows_1252_is_still_csv():
    """The not-text check reads bytes, not an encoding: a cp1252 file with accents passes it."""
    result, table = read_upload("vormen.csv", forms_csv().decode("utf-8").encode("cp1252", "replace"), KNOWN)
    assert table is not None and table.name == "learning_forms"
    assert not {"not_csv", "binary_file", "utf16"} & {p.code for p in result.problems}


def test_the_headline_of_an_upload_says_file_row_and_column():
    """The red line over the problems said "Kolom ontbreekt." without naming the column (Markdown, escaped:
    the names come from the upload)."""
    from les.data import Problem
    from les.ui import problem_headline

    def shown(problem, lang):  # as Markdown shows it
        return problem_headline(problem, lang).replace("\\", "")
    assert shown(Problem("scholen.csv", "missing_column", None, "coord_source"), "nl") == \
        "scholen.csv, kolom coord_source: Kolom ontbreekt."
    assert shown(Problem("scholen.csv", "outside_region", 7, "lon", "51.2, 7.5", detail="…"), "en").startswith(
        "scholen.csv, row 7, column lon: ")
    assert problem_headline(Problem("*x*.csv", "empty_file"), "nl").startswith("\\*x\\*")  # not emphasis
