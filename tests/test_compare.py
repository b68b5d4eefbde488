import re

from les.compare import compare_frame, overview_cells, pairs
from les.data import load_all_uncached
from tests.conftest import DATA

FORMS = load_all_uncached(DATA)["learning_forms"].frame


def test_pairs_flemish_side_first_and_unique():
    assert pairs(FORMS, "counterpart_ids") == [("vl-graduaat", "nl-associate-degree"),
                                               ("vl-volwassenenonderwijs", "nl-volwassenenonderwijs")]
    assert pairs(FORMS, "false_friend_ids") == [("vl-duaal-leren", "nl-duale-studie")]


def test_false_friend_differences_come_from_the_data():
    diff = compare_frame(FORMS, "vl-duaal-leren", "nl-duale-studie", "en").set_index("field")
    assert diff.loc["Level", "a"] == "secondary / mbo" and diff.loc["Level", "b"] == "higher education"
    assert diff.loc["EQF", "b"] == "5–7"
    assert diff.loc["Pay", "a"] == "none, learning allowance, wage" and diff.loc["Pay", "b"] == "salary"
    assert diff.loc["Level", "differs"] and not diff.loc["Formal/informal", "differs"]


def test_each_figure_shows_its_kind_beside_it():
    figures = load_all_uncached(DATA)["form_figures"].frame
    diff = compare_frame(FORMS, "nl-mbo-bbl", "vl-duaal-leren", "nl", figures).set_index("field")
    assert diff.loc["Aandeel werkplek", "a"] == "80 % (berekend) · 71,8 % (berekend)"
    assert diff.loc["Aandeel werkplek", "b"] == "40–60 % (berekend) · 80 % (berekend)"
    assert diff.loc["Dagen op de werkplek", "a"] == "4 dagen per week (typisch)"
    assert diff.loc["Uren op de werkplek", "a"] == "≥ 610 uur per jaar (wettelijk minimum)"
    assert diff.loc["Duur", "a"] == "1–3 jaar (wettelijk)" and diff.loc["Duur", "b"] == "—"
    # without the figures table the comparison still works, without kinds
    plain = compare_frame(FORMS, "nl-mbo-bbl", "vl-duaal-leren", "nl").set_index("field")
    assert plain.loc["Aandeel werkplek", "a"] == "80 %"


def test_overview_places_forms_by_level_and_country():
    cells = dict(overview_cells(FORMS, "nl"))
    assert "Graduaatsopleiding (EQF 5)" in cells["hoger onderwijs"]["Vlaanderen"]
    assert "Associate degree (hbo) (EQF 5)" in cells["hoger onderwijs"]["Nederland"]
    assert "Leertijd (Syntra) †" in cells["secundair / mbo"]["Vlaanderen"]
    assert "Speedsolving" in cells["alle niveaus"]["Nederland"]


def test_figures_of_both_forms_are_built_when_their_expander_opens_and_a_link_keeps_it_open():
    from tests.test_app_pages import run
    at = run("app_pages/vergelijk.py", a="nl-mbo-bbl", b="vl-duaal-leren")
    box = next(e for e in at.expander if e.label == "Cijfers met hun soort en bron")
    assert not box.children and "figures" not in at.query_params  # closed: nothing built, nothing in the link
    at.session_state["figures"] = True  # what opening it does
    at.run()
    box = next(e for e in at.expander if e.label == "Cijfers met hun soort en bron")
    texts = [m.value.replace("\\", "") for m in box.markdown]
    assert "**Mbo – beroepsbegeleidende leerweg (BBL)**" in texts and "**Duaal leren**" in texts
    assert any(v.startswith("| ") for v in texts)
    assert at.query_params["figures"] == "true"
    # a shared link opens it
    at = run("app_pages/vergelijk.py", a="nl-mbo-bbl", b="vl-duaal-leren", figures="true")
    box = next(e for e in at.expander if e.label == "Cijfers met hun soort en bron")
    assert any(m.value.startswith("| ") for m in box.markdown)


def test_swap_exchanges_the_two_forms_and_the_same_form_twice_is_said():
    """Swapping by hand went through A = B, which showed a table of two identical columns without a word."""
    from tests.test_app_pages import md_rows, run
    at = run("app_pages/vergelijk.py", a="nl-mbo-bbl", b="nl-mbo-bol")
    at.button(key="cmp-swap").click().run()
    assert not at.exception
    assert (at.query_params["a"], at.query_params["b"]) == ("nl-mbo-bol", "nl-mbo-bbl")
    heads = [md_rows(m.value)[0] for m in at.markdown if md_rows(m.value)[:1] and md_rows(m.value)[0][1].startswith("A: ")]
    assert heads == [["Kenmerk", "A: Mbo – beroepsopleidende leerweg (BOL)", "B: Mbo – beroepsbegeleidende leerweg (BBL)"]]
    at = run("app_pages/vergelijk.py", a="vl-duaal-leren", b="vl-duaal-leren")
    assert not at.exception
    assert any(i.value.startswith("A en B zijn allebei Duaal leren") for i in at.info)
    assert not [m for m in at.markdown if md_rows(m.value)[:1] and md_rows(m.value)[0][1:2] == ["A: Duaal leren"]]


def test_the_glossary_names_its_sources_as_links_not_addresses():
    """Its source column showed each whole address, wrapped over six lines, where every other table says "bron"."""
    from tests.test_app_pages import run
    at = run("app_pages/vergelijk.py")
    glossary = next(m.value for m in at.markdown if m.value.startswith("| ") and "Uitleg" in m.value.split("\n")[0])
    rows = glossary.split("\n")[2:]
    assert rows and all("[bron](https://" in row for row in rows)
    assert not re.search(r"(?<!\]\()https://", glossary)  # every address is a link's target, none is its text
    # its long compounds may break at their joint (at 1024 px the table was 7 px wider than the page); not its links
    assert "beroeps\u00adpraktijkvorming" in glossary
    assert all("\u00ad" not in url for url in re.findall(r"\]\((https://[^)]*)\)", glossary))


def test_the_overview_lets_long_compounds_break_at_their_joint():
    """The overview's narrow level column broke "volwassenenonderwijs" anywhere ("volwassenenond / erwijs" at
    1280 px). A soft hyphen at the joint lets it break as "volwassenen- / onderwijs"; exports keep the plain word."""
    from les.export import to_csv_bytes
    from les.forms_view import display_frame
    from tests.test_app_pages import run
    at = run("app_pages/vergelijk.py")
    assert "**volwassenen\u00adonderwijs**" in [m.value for m in at.markdown]
    assert any("beroeps\u00adbegeleidende leerweg" in m.value for m in at.markdown)
    table = display_frame(FORMS, "nl")
    assert "\u00ad" not in to_csv_bytes(table).decode("utf-8-sig")
