import io

import pandas as pd
import pytest

from les import charts
from les.data import load_all_uncached
from les.export import neutralise, to_csv_bytes, to_excel_bytes
from les.filters import FormFilters, apply_form_filters
from les.forms_view import display_frame
from tests.conftest import DATA


TABLES = load_all_uncached(DATA)
FORM_NAMES = dict(zip(TABLES["learning_forms"].frame["id"], TABLES["learning_forms"].frame["name_nl"]))


@pytest.fixture(scope="module")
def forms():
    return TABLES["learning_forms"].frame


@pytest.fixture(scope="module")
def figures():
    return TABLES["form_figures"].frame


def kinds_drawn(fig) -> dict[str, dict[str, list[float]]]:
    """Per form id, per kind: the x values of the marks the chart draws (read from the traces' meta)."""
    out: dict[str, dict[str, list[float]]] = {}
    for trace in fig.data:
        meta = trace.meta or {}
        if trace.mode != "markers" or "kind" not in meta:
            continue
        for y, x in zip(trace.y, trace.x):
            form_id = next(i for i in meta["forms"] if FORM_NAMES[i] == y)
            out.setdefault(form_id, {}).setdefault(meta["kind"], []).append(x)
    return out


def test_share_chart_draws_every_figure_with_its_kind(forms, figures):
    fig = charts.share_chart(forms, "nl", figures=figures)
    drawn = kinds_drawn(fig)
    # BBL: 80 % computed from the LES page's average days, 72 % computed from the legal minimum hours;
    # neither is a bound, both are marked as computed
    assert drawn["nl-mbo-bbl"] == {"computed": [80, 71.8]} or drawn["nl-mbo-bbl"] == {"computed": [71.8, 80]}
    # duaal leren: 40-60 % from the LES page's typical days and 80 % at Syntra: no 60 % ceiling drawn
    assert sorted(drawn["vl-duaal-leren"]["computed"]) == [40, 60, 80]
    # graduaat: a legal minimum, drawn where a light bar to 100 % starts
    assert drawn["vl-graduaat"] == {"legal_minimum": [33.3]}
    bars = [tr for tr in fig.data if (tr.meta or {}).get("kind") == "legal_minimum" and tr.mode == "lines"]
    assert [list(tr.x)[:2] for tr in bars] == [[33.3, 100]]
    # the LES page's own "at least" figures are typical
    assert drawn["nl-mbo-bol"]["typical"] == [20] and drawn["vl-pact"] == {"typical": [60]}
    # the legend names the three kinds
    assert {tr.meta["legend_kind"] for tr in fig.data if "legend_kind" in (tr.meta or {})} == {
        "typical", "computed", "legal_minimum"}


def test_share_chart_draws_exactly_the_forms_with_known_share(forms):
    shown = apply_form_filters(forms, FormFilters(countries=("NL",)))
    fig = charts.share_chart(shown, "nl")
    drawn = {y for trace in fig.data for y in (trace.y or []) if y}
    expected = set(shown.loc[shown["workplace_share_min"].notna(), "name_nl"])
    assert drawn == expected == {"Mbo – beroepsopleidende leerweg (BOL)", "Mbo – beroepsbegeleidende leerweg (BBL)"}
    drawn = kinds_drawn(fig)  # without the figures table: the headline share with its kind
    assert drawn["nl-mbo-bbl"] == {"computed": [80]}
    assert drawn["nl-mbo-bol"] == {"typical": [20]}


def test_share_chart_open_ended_has_dotted_tail_to_100(forms):
    fig = charts.share_chart(forms[forms["id"] == "vl-pact"], "en")
    tails = [tr for tr in fig.data if tr.mode == "lines" and tr.line.dash == "dot"]
    assert len(tails) == 1 and list(tails[0].x)[:2] == [60, 100]


def test_time_chart_values(forms):
    fig = charts.time_chart(forms[forms["id"].isin(["vl-leertijd", "vl-duaal-leren"])], "nl")
    work = next(tr for tr in fig.data if tr.name == "op de werkplek")
    by_name = dict(zip(work.y, work.x))
    assert by_name["Leertijd (Syntra)"] == 4
    assert by_name["Duaal leren"] == 2
    err = dict(zip(work.y, work.error_x.array))
    assert err["Duaal leren"] == 2  # typically 2 to 4 days (LES page 2-3, Syntra 4)


def test_pay_chart_lists_unknown_pay_separately(forms):
    data = charts.pay_frame(forms, "en")
    assert set(data.loc[data["id"] == "vl-dbso", "pay"]) == {"wage", "learning_allowance"}
    assert set(data.loc[data["id"] == "vl-graduaat", "pay"]) == {"unknown"}


def test_pay_chart_names_its_columns_level_two_words_on_two_lines(forms):
    """At the projector's type size plotly slanted the pay types 30°, and they took a third of the chart; whole,
    "leervergoeding" and "stagevergoeding" ran into each other under neighbouring columns at 1280 px."""
    for lang, wrapped in (("en", ["internship<br>allowance", "learning<br>allowance"]),
                          ("nl", ["stage-<br>vergoeding", "leer-<br>vergoeding"])):
        axis = charts.pay_chart(forms, lang, font_size=20).layout.xaxis
        assert axis.tickangle == 0 and set(wrapped) <= set(axis.ticktext)
        assert [t.replace("-<br>", "").replace("<br>", " ") for t in axis.ticktext] == list(axis.tickvals)
        assert list(axis.tickvals) == list(axis.categoryarray)  # every column keeps its name, in its order
    assert charts._two_lines("loon") == "loon" and charts._two_lines("vergoeding") == "vergoeding"


def test_chart_text_from_data_is_escaped(forms):
    evil = forms[forms["id"] == "nl-mbo-bbl"].copy()
    evil["name_nl"] = "<img src=x onerror=alert(1)>"
    for fig in (charts.share_chart(evil, "nl"), charts.time_chart(evil, "nl"), charts.pay_chart(evil, "nl")):
        blob = fig.to_json()
        assert "<img" not in blob and "&lt;img" in blob


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+31 6", "'+31 6"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Duaal leren", "Duaal leren"), (60.0, 60.0),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_export_round_trip_equals_table(forms):
    table = display_frame(forms, "nl")
    back = pd.read_csv(io.BytesIO(to_csv_bytes(table)), encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == list(table.columns)
    assert back["Leervorm"].tolist() == table["Leervorm"].tolist()
    assert back["ID"].tolist() == table["ID"].tolist()


def test_export_neutralises_formula_names(forms):
    evil = forms.head(2).copy()
    evil.loc[evil.index[0], "name_nl"] = "=HYPERLINK(\"http://x\")"
    table = display_frame(evil, "nl")
    back = pd.read_csv(io.BytesIO(to_csv_bytes(table)), encoding="utf-8-sig", keep_default_na=False)
    assert back["Leervorm"].iloc[0] == "'=HYPERLINK(\"http://x\")"
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(to_excel_bytes(table, ["note"])))
    cell = wb["data"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("'=")


@pytest.mark.parametrize("dialect", ["standard", "excel"])
def test_export_neutralises_formulas_in_category_columns(dialect):
    """The programmes' export holds category columns (the campus id is one): their text is neutralised as any
    text is, also where two categories differ only by the apostrophe that neutralising adds."""
    frame = pd.DataFrame({"Campus-ID": pd.Categorical(["=1+2", "@SUM(A1)", "gent-campus", "'=1+2"]),
                          "n": [1, 2, 3, 4]})
    back = pd.read_csv(io.BytesIO(to_csv_bytes(frame, dialect)), encoding="utf-8-sig", keep_default_na=False,
                       sep=";" if dialect == "excel" else ",")
    assert back["Campus-ID"].tolist() == ["'=1+2", "'@SUM(A1)", "gent-campus", "'=1+2"]
    from openpyxl import load_workbook
    ws = load_workbook(io.BytesIO(to_excel_bytes(frame, ["note"])))["data"]
    assert [ws.cell(row=r, column=1).value for r in range(2, 6)] == ["'=1+2", "'@SUM(A1)", "gent-campus", "'=1+2"]
    assert all(ws.cell(row=r, column=1).data_type == "s" for r in range(2, 6))


def test_english_headers(forms):
    table = display_frame(forms, "en")
    assert table.columns[0] == "Learning form" and "Workplace share" in table.columns


def test_a_long_file_name_keeps_whole_filters_and_never_repeats_another_views_name():
    """Names were cut at 100 characters mid-word ("pay-wage-salary-intern"), so the Gent 20 km and 30 km
    exports of /opleidingen got the same name. Past the limit: whole filters, then a digest of the full name."""
    from les.export import MAX_NAME, export_name
    base = {"country": "BE,NL", "formality": "formal", "level": "secondary", "eqf": "3-5", "share": "15-90",
            "pay": "wage,salary,internship_allowance", "status": "active", "q": "duaal"}
    name = export_name("leervormen", base)
    assert len(name) <= MAX_NAME
    assert "pay-wage-salary-internship-allowance" in name or "pay-" not in name  # a filter is whole or absent
    near20 = export_name("opleidingen", {**base, "near": "Gent", "km": "20"})
    near30 = export_name("opleidingen", {**base, "near": "Gent", "km": "30"})
    assert near20 != near30 and len(near20) <= MAX_NAME and len(near30) <= MAX_NAME
    assert export_name("leervormen", {"country": "NL"}) == "leervormen_country-NL"  # short names unchanged


def test_the_export_carries_ranges_as_numbers_beside_their_text(forms):
    """Days and EQF were only text in the export ("3–4", "2"): a spreadsheet could not sort or sum them. The
    text stays to read, and each bound is also a number; an open range ("at least 33.3 %") has no maximum."""
    from openpyxl import load_workbook
    table = display_frame(forms, "nl")
    sheet = load_workbook(io.BytesIO(to_excel_bytes(table, ["note"])))["data"]
    header = [c.value for c in sheet[1]]
    rows = {r[header.index("ID")].value: {h: c for h, c in zip(header, r)} for r in sheet.iter_rows(min_row=2)}
    checked = 0
    for _, form in forms.iterrows():
        cells = rows[form["id"]]
        for text, lo_col, hi_col, lo, hi, single in (
                ("EQF", "EQF (min.)", "EQF (max.)", "eqf_min", "eqf_max", True),
                ("Dagen werkplek", "Dagen werkplek (min.)", "Dagen werkplek (max.)", "workplace_days_min",
                 "workplace_days_max", True),
                ("Dagen school", "Dagen school (min.)", "Dagen school (max.)", "school_days_min", "school_days_max", True),
                ("Aandeel werkplek", "Werkplek (min. %)", "Werkplek (max. %)", "workplace_share_min",
                 "workplace_share_max", False)):
            if pd.isna(form[lo]):
                assert cells[lo_col].value is None and cells[hi_col].value is None
                continue
            assert cells[lo_col].data_type == "n" and cells[lo_col].value == float(form[lo])
            want_hi = form[hi] if pd.notna(form[hi]) else (form[lo] if single else None)
            assert cells[hi_col].value == (None if want_hi is None else float(want_hi)), (form["id"], hi_col)
            assert isinstance(cells[text].value, str) and cells[text].value  # the text to read stays
            checked += 1
    assert checked >= 20
    at_least = forms[forms["workplace_share_min"].notna() & forms["workplace_share_max"].isna()]
    assert len(at_least) and all(rows[i]["Werkplek (max. %)"].value is None for i in at_least["id"])


@pytest.mark.parametrize("step", ["2", "3", "4"])
def test_a_slide_draws_its_chart_without_the_tool_bar_and_gives_its_rows_the_room(step):
    """On a slide plotly's tool bar appeared wherever the presenter's pointer crossed the chart, and its band
    above the legend took the rows' room; on the pages the bar stays, with the legend below its band."""
    import json

    from tests.test_app_pages import run

    def chart(**params):
        at = run("app_pages/presentatie.py", **params)
        assert not at.exception
        element = at.get("plotly_chart")[0].proto
        return json.loads(element.config), json.loads(element.spec)["layout"]

    config, layout = chart(step=step, present="1")
    assert config["displayModeBar"] is False
    assert layout["legend"]["yref"] == "container" and layout["legend"]["y"] == 1
    config, layout = chart(step=step)
    assert config["displayModeBar"] == "hover"
    assert layout["legend"]["y"] == pytest.approx(1 - charts.MODEBAR_BAND_PX / layout["height"])


def test_whole_numbers_are_written_whole_in_the_csv(forms):
    """The Dutch CSV read "EQF (min.)" as "1,0": a column of numbers with gaps is a float column. Whole
    numbers are now written whole; a share of 33.3 % keeps its decimal, in each CSV's own notation."""
    import csv as csvlib
    table = display_frame(forms, "nl")
    for dialect, sep, third in (("excel", ";", "33,3"), ("standard", ",", "33.3")):
        text = to_csv_bytes(table, dialect).decode("utf-8-sig")
        rows = list(csvlib.DictReader(io.StringIO(text), delimiter=sep))
        eqf = {r["EQF (min.)"] for r in rows} - {""}
        assert eqf and all(v.isdigit() for v in eqf), eqf
        assert third in {r["Werkplek (min. %)"] for r in rows}
        assert not any(v.endswith((",0", ".0")) for r in rows for v in r.values())
