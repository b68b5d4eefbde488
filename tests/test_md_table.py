"""Static tables are Markdown text (ui.md_table): every cell shows literally, links only for http(s)."""

import re

import pandas as pd

from les.ui import md_link, md_table
from tests.test_app_pages import md_rows


def test_cells_are_escaped_and_round_trip():
    frame = pd.DataFrame({"Waarde": ['<img src=x onerror="alert(1)">', "a | b", "*vet* [x](javascript:alert(1))",
                                     "twee\nregels", None]},
                         index=pd.Index(["r1", "r2", "r3", "r4", "r5"], name="Veld"))
    text = md_table(frame)
    lines = text.splitlines()
    assert len(lines) == 2 + len(frame)  # a newline inside a cell does not break the table
    assert not re.search(r"(?<!\\)<", text) and "\\<img" in text  # escaped: Markdown shows it as text
    assert "](javascript" not in text  # no link is formed from data
    rows = md_rows(text)
    assert rows[0] == ["Veld", "Waarde"]
    assert [r[1] for r in rows[1:]] == ['<img src=x onerror="alert(1)">', "a | b", "*vet* [x](javascript:alert(1))",
                                        "twee regels", ""]


def test_marked_rows_are_bold_and_others_not():
    frame = pd.DataFrame({"A": ["1", "2"]}, index=pd.Index(["x", "y"], name="k"))
    lines = md_table(frame, marked_rows={"y"}).splitlines()
    assert lines[2] == "| x | 1 |"
    assert lines[3] == "| **y** | **2** |"


def test_only_http_urls_become_links():
    # the shown text is escaped (":" too, so it never forms a second, automatic link); the target is the URL
    assert md_link("https://www.hz.nl/opleidingen") == "[https\\://www\\.hz\\.nl/opleidingen](https://www.hz.nl/opleidingen)"
    assert md_link("https://x.be/a(b)") .endswith("(https://x.be/a%28b%29)")
    for bad in ("javascript:alert(1)", "data:text/html,<b>x</b>", "www.hz.nl", "https://x.be/a b", "", None):
        assert "](" not in md_link(bad)
    frame = pd.DataFrame({"Bron": ["https://a.be", "javascript:alert(1)"]}, index=pd.Index(["1", "2"], name="n"))
    text = md_table(frame, link_columns=("Bron",))
    assert "(https://a.be)" in text and "](javascript" not in text


def test_link_text_replaces_the_url_but_not_the_rules():
    frame = pd.DataFrame({"Bron": ["https://example.org/a_(b)", "javascript:alert(1)", None]},
                         index=pd.Index(["x", "y", "z"], name="Naam"))
    rows = md_table(frame, link_columns=("Bron",), link_text="bron").splitlines()[2:]
    assert rows[0] == "| x | [bron](https://example.org/a_%28b%29) |"
    assert rows[1] == "| y | javascript\\:alert\\(1\\) |"  # not a link, and shown as it is, not as "bron"
    assert rows[2] == "| z |  |"
    assert md_link("https://example.org", "[klik](javascript:x)") == "[\\[klik\\]\\(javascript\\:x\\)](https://example.org)"


def test_a_cell_links_to_its_own_target_and_keeps_its_text():
    """link_targets: a file's name links to its pinned copy (one column instead of a name and a link)."""
    frame = pd.DataFrame({"Wat": ["een", "twee", "drie"]},
                         index=pd.Index(["a_b.json", "c*d.csv", "e.csv"], name="Bestand"))
    text = md_table(frame, link_targets={"Bestand": ["https://github.com/o/r/blob/abc/a_b.json",
                                                      "javascript:alert(1)", ""]})
    lines = text.splitlines()
    assert lines[2] == "| [a\\_b\\.json](https://github.com/o/r/blob/abc/a_b.json) | een |"
    assert "](javascript" not in text and lines[3] == "| c\\*d\\.csv | twee |"  # no http(s) target: text alone
    assert [r[0] for r in md_rows(text)[1:]] == ["[a_b.json](https://github.com/o/r/blob/abc/a_b.json)", "c*d.csv",
                                                 "e.csv"]
