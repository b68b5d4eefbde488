"""Every page runs without an exception, in Dutch and English (Streamlit's AppTest, no browser)."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

PAGES = ["app_pages/home.py", "app_pages/leervormen.py", "app_pages/vergelijk.py", "app_pages/kaart.py", "app_pages/hybride.py",
         "app_pages/over_de_data.py"]


def run(page=None, **params):
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def texts(at):
    parts = [m.value for m in at.markdown] + [h.value for h in at.title] + [h.value for h in at.subheader]
    parts += [c.value for c in at.caption]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_page_runs(page, lang):
    at = run(page, lang=lang)
    assert not at.exception, at.exception
    assert at.title, "every page has a title"


def test_home_is_dutch_by_default_with_computed_figures():
    at = run()
    assert at.title[0].value == "Werkplekleren over de grens"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Leervormen"] == "18"
    assert metrics["Hoogste aandeel werkplek"] == "80 %"
    assert metrics["Uitgefaseerde vormen"] == "2"
    assert "leeractiviteiten die gericht zijn op het verwerven" in texts(at)


def test_home_in_english():
    at = run(lang="en")
    assert at.title[0].value == "Workplace learning across the border"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Highest workplace share"] == "80%"
    assert "Benefits of workplace learning for schools" in texts(at)


def test_language_from_url_survives_page_change():
    at = run(lang="en")
    assert at.title[0].value == "Workplace learning across the border"
    at.switch_page("app_pages/over_de_data.py").run()
    assert at.title[0].value == "About the data"


def test_bad_lang_param_gives_notice_and_dutch_page():
    at = run(lang="<script>alert(1)</script>")
    assert not at.exception
    assert at.title[0].value == "Werkplekleren over de grens"
    assert any("lang" in c.value and "genegeerd" in c.value for c in at.caption)


def md_rows(text: str) -> list[list[str]]:
    """The cells of a Markdown table written by ui.md_table, unescaped; [] for other Markdown."""
    if not text.startswith("| "):
        return []
    rows = []
    for line in text.splitlines():
        if line.startswith("|---"):
            continue
        cells = re.split(r"(?<!\\)\|", line.strip()[1:-1])
        cells = [c.strip() for c in cells]
        cells = [c[2:-2] if len(c) >= 4 and c.startswith("**") and c.endswith("**") else c for c in cells]  # bold
        rows.append([re.sub(r"\\(.)", r"\1", c) for c in cells])
    return rows


def test_about_page_sums_up_the_valid_tables_in_one_box_and_names_a_broken_one(tmp_path, monkeypatch):
    import shutil

    import les.data
    import les.ui
    from les.schema import TABLES
    at = run("app_pages/over_de_data.py")
    # every table valid: one box naming each file with its rows, not one box per file
    assert len(at.success) == 1 and not at.error
    assert at.success[0].value.startswith(f"Geen problemen in {len(TABLES)} tabellen: ")
    assert all(f"{table.file} (" in at.success[0].value for table in TABLES.values())
    assert "programmes.csv (5.545 rijen)" in at.success[0].value  # the reader's notation
    # a table with a broken row: its own red box with the problem, the others still summed up
    for f in (ROOT / "data").glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    lines = (tmp_path / "glossary.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = "," + lines[1].split(",", 1)[1]  # the first term without its id
    (tmp_path / "glossary.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(les.ui, "DATA_DIR", tmp_path)
    monkeypatch.setattr(les.data, "DATA_DIR", tmp_path)
    at = run("app_pages/over_de_data.py")
    assert not at.exception
    assert [e.value for e in at.error][:1] == [f"glossary.csv: {len(lines) - 2} geldige rijen, 1 probleem/problemen."]
    assert len(at.success) == 1 and at.success[0].value.startswith(f"Geen problemen in {len(TABLES) - 1} tabellen: ")
    assert "glossary.csv" not in at.success[0].value
    # its problem as a table of text, whose cells wrap (a grid cut the message off at 1280 px)
    (problem,) = [m.value for m in at.markdown if m.value.startswith("| Bestand | Rij | Kolom | Waarde | Probleem | Ernst |")]
    assert r"| glossary\.csv | 2 | id |  | Verplicht veld is leeg\. | fout |" in problem
    assert not at.dataframe


def test_about_page_shows_dictionary_from_schema():
    at = run("app_pages/over_de_data.py")
    assert not at.exception
    assert any("learning_forms.csv" in s.value for s in at.success)

    def dictionary_columns(at):
        return [{row[0] for row in md_rows(md.value)[1:]} for md in at.markdown if md_rows(md.value)[:1]
                and md_rows(md.value)[0][0] == "Kolom"]

    # only the open tab is drawn: the learning forms first, the schools when their tab is opened
    first = dictionary_columns(at)
    assert len(first) == 1 and {"workplace_share_min", "eqf_min"} <= first[0] and "lat" not in first[0]
    at.session_state["about_tab.nl"] = at.tabs[1].label
    at.run()
    second = dictionary_columns(at)
    assert len(second) == 1 and {"lat", "source_record", "coord_source"} <= second[0]
    # the programmes' tab explains the rules that fill learning form, EQF, sector and pilot
    at.session_state["about_tab.nl"] = at.tabs[2].label
    at.run()
    rules = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert "DUO: het hoger-onderwijsprogramma wordt aangeboden in de vorm DUAAL." in rules
    assert "Naam bevat ‘verpleegkunde’" in rules


def forms_table(at) -> list[list[str]]:
    """The rows (header first) of the learning-forms table on /leervormen (not the detail's field table)."""
    return next(rows for m in at.markdown if (rows := md_rows(m.value)) and rows[0][0] in ("Leervorm", "Learning form"))


def table_ids(at, lang: str = "nl") -> list[str]:
    """The ids of the forms in that table, in the order shown (the table shows names; the export has ids)."""
    from les.data import load_all_uncached
    forms = load_all_uncached()["learning_forms"].frame
    by_name = dict(zip(forms[f"name_{lang}"], forms["id"]))
    return [by_name[row[0]] for row in forms_table(at)[1:]]


def test_leervormen_restores_filters_from_url():
    at = run("app_pages/leervormen.py", country="NL,BE", formality="formal", share="50-100")
    assert not at.exception
    assert set(table_ids(at)) == {"vl-dbso", "vl-leertijd", "vl-pact", "nl-mbo-bbl"}
    assert at.sidebar.pills(key="lf_country.nl").value == ["NL", "BE"]
    assert at.sidebar.slider(key="lf_share").value == (50, 100)


def test_leervormen_filter_change_changes_table():
    at = run("app_pages/leervormen.py")
    assert len(table_ids(at)) == 18
    at.sidebar.pills(key="lf_country.nl").set_value(["NL"]).run()
    assert "vl-dbso" not in table_ids(at) and len(table_ids(at)) == 12
    at.sidebar.text_input(key="lf_q").set_value("minionderneming").run()
    assert table_ids(at) == ["inf-simulatieonderwijs"]


def test_leervormen_table_shows_the_facts_and_links_its_sources():
    at = run("app_pages/leervormen.py", lang="en")
    rows = forms_table(at)
    assert rows[0] == ["Learning form", "Country", "Level", "EQF", "Workplace share", "Days work / school", "Pay",
                       "Status", "Source"]
    by_name = {r[0]: r for r in rows}
    bbl = by_name["Mbo – work-based pathway (BBL)"]
    assert bbl[1:8] == ["Netherlands", "secondary / mbo", "1–4", "80%", "4 / 1", "salary", "active"]
    assert re.fullmatch(r"\[source\]\(https://[^)\s]+\)", bbl[8])
    assert by_name["Dual learning (duaal leren)"][5] == "2–4 / ?"  # LES 2-3, Syntra 4; the sources give no school days
    assert by_name["Pact programme (Syntra)"][5] == ""  # neither: empty, not "? / ?"
    assert not at.get("arrow_data_frame")  # a light Markdown table, not the data grid


def test_leervormen_sort_from_url_and_box_and_kept_across_views():
    at = run("app_pages/leervormen.py", sort="share")
    shares = [r[4] for r in forms_table(at)[1:]]
    ids = table_ids(at)
    assert ids[:2] == ["vl-leertijd", "nl-mbo-bbl"]  # 80 %: the highest share first, ties in the data's order
    assert shares[-1] == ""  # unknown shares last
    at.segmented_control(key="lf_view.nl").set_value("pay").run()
    at.segmented_control(key="lf_view.nl").set_value("table").run()
    assert at.selectbox(key="lf_sort.nl").value == "share" and table_ids(at) == ids
    at.selectbox(key="lf_sort.nl").set_value("name").run()
    names = [r[0] for r in forms_table(at)[1:]]
    assert names == sorted(names, key=str.casefold) and at.query_params["sort"] == "name"
    at.selectbox(key="lf_sort.nl").set_value("").run()
    assert "sort" not in at.query_params


def test_leervormen_marks_the_picked_form_in_the_table():
    at = run("app_pages/leervormen.py", form="nl-mbo-bbl")
    bold = [m.value for m in at.markdown if m.value.startswith("| Leervorm ")][0]
    assert "| **Mbo – beroepsbegeleidende leerweg \\(BBL\\)** |" in bold
    assert bold.count("**") == 2 * 9  # one row in bold, every cell but the empty ones


def test_leervormen_junk_params_give_notice_and_working_page():
    at = run("app_pages/leervormen.py", country="XX", share="abc", eqf="9-1", sort="<b>")
    assert not at.exception
    notices = [c.value for c in at.caption if "genegeerd" in c.value]
    assert len(notices) == 4
    assert len(table_ids(at)) == 18


def test_leervormen_form_detail_from_url_shows_false_friend():
    at = run("app_pages/leervormen.py", form="vl-duaal-leren", lang="en")
    assert not at.exception
    md = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert "Watch out, false friend" in md and "Dual study" in md


def test_leervormen_empty_state_has_reset():
    at = run("app_pages/leervormen.py", q="zzzzzz")
    assert not at.exception
    assert any("Geen leervormen" in i.value for i in at.info)
    assert not at.get("plotly_chart")
    at.button(key="reset-empty").click().run()
    assert len(table_ids(at)) == 18


def test_leervormen_views_stay_while_the_filters_leave_nothing():
    """A search that finds nothing keeps the view switch (one could not change the view until a reset) and
    the chart someone was looking at: loosening the search again shows that chart, not the table."""
    at = run("app_pages/leervormen.py", view="share")
    assert at.get("plotly_chart")
    at.text_input(key="lf_q").set_value("zzzzzz").run()
    assert any("Geen leervormen" in i.value for i in at.info)
    switch = [w for w in at.get("segmented_control") if w.key.startswith("lf_view")]
    assert switch and switch[0].value == "share"
    assert at.query_params.get("view") == "share"
    at.segmented_control(key=switch[0].key).set_value("time").run()
    at.text_input(key="lf_q").set_value("").run()
    assert at.get("plotly_chart") and at.query_params.get("view") == "time"
    assert not at.exception


def test_vergelijk_compare_from_url_highlights_differences():
    at = run("app_pages/vergelijk.py", a="vl-duaal-leren", b="nl-mbo-bbl", lang="en")
    assert not at.exception
    assert at.selectbox(key="cmp_a.en").value == "vl-duaal-leren"
    assert at.selectbox(key="cmp_b.en").value == "nl-mbo-bbl"
    md = "\n".join(m.value for m in at.markdown).replace("\\", "")
    assert "Dual learning (duaal leren)" in md and "Dual study (higher education)" in md
    assert any("share the word" in w.value for w in at.warning)


def test_vergelijk_unknown_form_in_url_gives_notice():
    at = run("app_pages/vergelijk.py", a="<script>x</script>", b="nl-mbo-bbl")
    assert not at.exception
    assert any("genegeerd" in c.value for c in at.caption)
    assert at.selectbox(key="cmp_a.nl").value == "vl-duaal-leren"


def test_changed_file_is_read_again(tmp_path, monkeypatch):
    """The cache is keyed on the files: edit a CSV and the running app shows the change."""
    import shutil

    from les import data as data_mod
    for f in (ROOT / "data").glob("*.csv"):
        shutil.copy(f, tmp_path / f.name)
    monkeypatch.setattr(data_mod, "DATA_DIR", tmp_path)
    import les.ui as ui_mod
    monkeypatch.setattr(ui_mod, "DATA_DIR", tmp_path)
    first = ui_mod.tables()["glossary"]
    again = ui_mod.tables()["glossary"]
    assert again is first  # unchanged files: the same cached object, no re-read
    path = tmp_path / "glossary.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # drop the last term
    changed = ui_mod.tables()["glossary"]
    assert len(changed.frame) == len(first.frame) - 1


def test_about_page_sources_are_built_when_opened():
    at = run("app_pages/over_de_data.py", lang="en")
    assert not [m for m in at.markdown if m.value.startswith("| URL")]
    at.session_state["sources_schools"] = True
    at.run()
    (table,) = [md_rows(m.value) for m in at.markdown if m.value.startswith("| URL")]
    from les.data import load_all_uncached
    schools = load_all_uncached()["schools"].frame
    assert sum(int(r[1]) for r in table[1:]) >= len(schools)  # every school cites at least one page
    assert any("Last checked" in m.value for m in at.markdown)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_coverage_notes_are_in_the_reader_s_language(lang):
    at = run("app_pages/over_de_data.py", lang=lang)
    (table,) = [md_rows(m.value) for m in at.markdown if m.value.startswith("| Bron |" if lang == "nl" else "| Source |")]
    notes = " ".join(row[-1] for row in table[1:])
    assert ("niet gevonden" in notes) == (lang == "nl") and ("was found" in notes) == (lang == "en")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_forms_table_caption_points_where_the_detail_picker_is(lang):
    """The caption under the table names the picker, which stands above the table (it said "below")."""
    at = run("app_pages/leervormen.py", lang=lang)
    picker = at.selectbox[0].label
    kinds = [type(el).__name__ for el in at.main.children.values()]
    assert kinds.index("Selectbox") < next(i for i, el in enumerate(at.main.children.values())
                                           if type(el).__name__ == "Markdown" and str(el.value).startswith("| "))
    assert any(f"“{picker}”" in c.value and ("boven de tabel" in c.value or "above the table" in c.value)
               for c in at.caption)


@pytest.mark.parametrize("view", ["share", "time", "pay"])
def test_a_chart_with_nothing_to_draw_says_so_instead(view):
    """Informal forms have no share, days or pay in the sources: an empty plot with a meaningless axis looked
    broken. The page names the forms it cannot draw instead, and draws no chart."""
    at = run("app_pages/leervormen.py", formality="informal", view=view)
    assert not at.exception
    assert len(at.get("plotly_chart")) == 0
    info = " ".join(i.value for i in at.info)
    assert "niet getekend" in info and "Bedrijfsbezoek" in info
    drawn = run("app_pages/leervormen.py", formality="formal", view=view)
    assert len(drawn.get("plotly_chart")) == 1 and not drawn.exception


def test_an_empty_map_does_not_point_to_schools_or_a_table_that_are_not_there():
    at = run("app_pages/kaart.py", q="geen-school-heet-zo")
    assert not at.exception and any("Geen scholen" in w.value for w in at.warning)
    assert "Wat de kaart toont" not in [h.value for h in at.subheader]
    assert not any("Kies een school" in c.value for c in at.caption)
    assert any("Kies een school" in c.value for c in run("app_pages/kaart.py").caption)


def test_one_campus_is_one_campus_and_its_page_does_not_list_the_whole_area():
    at = run("app_pages/opleidingen.py", school="nl-hz-vlissingen-edisonweg")
    assert not at.exception
    info = " ".join(i.value for i in at.info)
    assert "op 1 campus" in info and "1 campussen" not in info
    assert not any("niet in de openbare bronnen" in c.value for c in at.caption)


def test_row_counts_on_about_the_data_are_written_as_numbers_in_english():
    at = run("app_pages/over_de_data.py", lang="en")
    assert any(re.search(r"programmes\.csv \(\d{1,3}(,\d{3})+ rows\)", s.value) for s in at.success)


@pytest.mark.parametrize("page", ["app_pages/leervormen.py", "app_pages/opleidingen.py"])
def test_while_presenting_the_intro_does_not_point_to_the_hidden_filters(page):
    shown = " ".join(m.value for m in run(page, present="1").markdown)
    assert "Filter links" not in shown and ("werkplekleren" in shown or "opleiding" in shown)
    assert "Filter links" in " ".join(m.value for m in run(page).markdown)


def test_every_pay_filter_on_offer_shows_a_learning_form():
    """"Vergoeding → verschilt" was a pill that matched none of the 18 forms and only emptied the table. A kind
    of pay is offered when some form has it, or when a link chose it."""
    from les.filters import PAY_FILTER_VALUES
    from les.i18n import label
    ids = {label("pay", v, "nl"): v for v in PAY_FILTER_VALUES}
    offered = [ids[o] for o in run("app_pages/leervormen.py").sidebar.pills(key="lf_pay.nl").options]
    assert "varies" not in offered and {"wage", "salary", "unknown"} <= set(offered)
    for value in offered:
        at = run("app_pages/leervormen.py", pay=value)
        assert not at.exception and not any("Geen leervormen" in i.value for i in at.info), value
    at = run("app_pages/leervormen.py", pay="varies")  # from a link: shown, chosen, and the page says so
    assert at.sidebar.pills(key="lf_pay.nl").value == ["varies"]
    assert any("Geen leervormen" in i.value for i in at.info)


def test_one_eqf_level_in_a_link_is_that_level_and_a_bad_one_is_explained_in_levels():
    """"eqf=3" was refused, and "eqf=abc" told "expected a range such as 20-80", the example for a share; a text
    too long for the search was "ignored: too long, shortened" while its first 100 characters were used."""
    at = run("app_pages/leervormen.py", eqf="3")
    assert not at.exception and not [c for c in at.caption if "URL-parameter" in c.value]
    assert at.query_params.get("eqf") == "3"  # left as it came: a corrected address is a step of history more
    assert at.sidebar.slider(key="lf_eqf").value == (3, 3)
    at = run("app_pages/opleidingen.py", eqf="4")
    assert not at.exception and not [c for c in at.caption if "URL-parameter" in c.value]
    assert at.query_params.get("eqf") == "4"
    for page in ("app_pages/leervormen.py", "app_pages/opleidingen.py", "app_pages/kaart.py"):
        notices = [c.value for c in run(page, eqf="abc").caption if "URL-parameter" in c.value]
        assert len(notices) == 1 and "zoals 4 of 3-5" in notices[0] and "20-80" not in notices[0], (page, notices)
    notices = [c.value for c in run("app_pages/leervormen.py", q="werkplek" * 20).caption if "URL-parameter" in c.value]
    assert len(notices) == 1 and "alleen de eerste 100" in notices[0] and "genegeerd" not in notices[0]
