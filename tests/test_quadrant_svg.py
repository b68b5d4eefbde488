"""The quadrant model as an SVG picture: what it colours, fills, names and says, and that data stays text."""

import base64
import xml.etree.ElementTree as ET

import pytest

from les.data import load_all_uncached
from les.quadrant import check
from les.quadrant_svg import QUADRANT_FILL, UNCOVERED_FILL, alt_text, quadrant_svg
from tests.conftest import DATA
from tests.test_app_pages import run

NS = {"s": "http://www.w3.org/2000/svg"}
ACTS = load_all_uncached(DATA)["activities"].frame
THREE = ("les-op-school", "bedrijfsbezoek", "werken-in-het-werkproces")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises on anything that is not well-formed XML


def quadrant_fills(root) -> list[tuple[str, str]]:
    """(fill, opacity) of the four quadrant rectangles, in the order q1..q4."""
    rects = [r for r in root.iterfind("s:rect", NS) if r.get("stroke") == "white"]
    return [(r.get("fill"), r.get("fill-opacity")) for r in rects]


def texts(root) -> list[str]:
    return ["".join(el.itertext()) for el in root.iterfind(".//s:text", NS)]


def test_a_check_colours_exactly_the_covered_quadrants():
    result = check(ACTS, THREE)
    root = parse(quadrant_svg(ACTS, "nl", selected=result.selected, covered=result.covered))
    assert quadrant_fills(root) == [(QUADRANT_FILL["q1"], "0.28"), (QUADRANT_FILL["q2"], "0.28"),
                                    (UNCOVERED_FILL, "0.5"), (QUADRANT_FILL["q4"], "0.28")]


def test_the_model_alone_colours_all_four():
    root = parse(quadrant_svg(ACTS, "en"))
    assert [f for f, _ in quadrant_fills(root)] == [QUADRANT_FILL[q] for q in ("q1", "q2", "q3", "q4")]
    assert {"1. Constructed acquisition", "4. Realistic participation"} <= {t.replace("\u00a0", " ") for t in
                                                                             _joined_titles(root)}


def _joined_titles(root):
    # quadrant titles wrap into lines (tspans); join them back with a space
    return [" ".join(ts.text for ts in el.iterfind("s:tspan", NS)) for el in root.iterfind(".//s:text", NS)
            if el.get("font-weight") == "bold"]


def test_ticked_activities_are_filled_and_named_the_others_open_and_unnamed():
    root = parse(quadrant_svg(ACTS, "nl", selected=THREE))
    acts = ACTS[ACTS["kind"] == "activity"].set_index("id")
    circles = {c.find("s:title", NS).text: c.get("fill") for c in root.iterfind("s:circle", NS)
               if c.find("s:title", NS) is not None}
    assert set(circles) == set(acts["name_nl"])  # every activity is a point, with its name on hover
    assert {n for n, fill in circles.items() if fill != "white"} == set(acts.loc[list(THREE), "name_nl"])
    shown = " ".join(texts(root))
    assert "Bedrijfsbezoek" in shown and "Kijkstage" not in shown


def test_text_from_the_data_is_escaped_and_shown_literally():
    hostile = '<script>alert(1)</script> & "Bedrijfsbezoek" <img src=x onerror=alert(2)>'
    acts = ACTS.copy()
    acts.loc[acts["id"] == "bedrijfsbezoek", "name_nl"] = hostile
    svg = quadrant_svg(acts, "nl", selected=("bedrijfsbezoek",), covered=("q2",))
    root = parse(svg)
    assert not root.findall(".//s:script", NS) and not root.findall(".//s:img", NS) and "<script>" not in svg
    # wrapped into lines, but every character is there as text
    label = next(t for t in texts(root) if "alert(1)" in t)
    assert label.replace(" ", "") == hostile.replace(" ", "")
    assert hostile in alt_text(acts, "nl", ("bedrijfsbezoek",), ("q2",))


def test_forms_overlay_joins_the_quadrants_each_form_spans():
    root = parse(quadrant_svg(ACTS, "nl", show_forms=True))
    forms = ACTS[ACTS["kind"] == "form"]
    lines = root.findall("s:polyline", NS)
    assert len(lines) == sum(len(q) > 1 for q in forms["quadrants"])
    markers = [r for r in root.iterfind("s:rect", NS) if r.get("width") == "10"]
    assert len(markers) == sum(len(q) for q in forms["quadrants"])
    assert "Duaal leren" in texts(root) and "leervorm" in texts(root)
    assert not parse(quadrant_svg(ACTS, "nl")).findall("s:polyline", NS)


def test_alt_text_says_what_the_picture_shows():
    result = check(ACTS, THREE)
    text = alt_text(ACTS, "en", result.selected, result.covered)
    assert "Quadrants covered: 1, 2, 4." in text
    assert "Company visit" in text and "Observation placement" not in text
    assert "Gedekte kwadranten" not in alt_text(ACTS, "nl")  # the model alone: no check to report


def test_hybride_page_shows_the_picture_of_its_check_and_offers_it_as_svg():
    at = run("app_pages/hybride.py", activities=",".join(THREE), lang="en")
    assert not at.exception
    assert not at.get("plotly_chart")
    (image,) = at.get("image")
    url = image.proto.imgs[0].url
    assert url.startswith("data:image/svg+xml;base64,")
    result = check(ACTS, THREE)
    assert base64.b64decode(url.split(",", 1)[1]).decode() == quadrant_svg(ACTS, "en", result.selected, result.covered)
    assert "Quadrants covered: 1, 2, 4." in image.proto.imgs[0].alt
    assert any(d.proto.label == "Download the model (SVG)" for d in at.get("download_button"))


def test_the_legend_explains_a_ticked_dot_only_where_there_is_one():
    """The story's first step, the model with nothing ticked, had "aangevinkt" in its legend."""
    assert "aangevinkt" not in texts(parse(quadrant_svg(ACTS, "nl")))
    assert "activiteit" in texts(parse(quadrant_svg(ACTS, "nl")))
    assert "aangevinkt" in texts(parse(quadrant_svg(ACTS, "nl", selected=THREE)))


def _names_and_dots(root):
    """Each activity's name as drawn (its estimated box) with its dot's centre."""
    from les import quadrant_svg as q
    dots = {c.find("s:title", NS).text: (float(c.get("cx")), float(c.get("cy")))
            for c in root.iterfind("s:circle", NS) if c.find("s:title", NS) is not None}
    out = []
    for el in root.iterfind("s:text", NS):
        lines = [span.text for span in el.iterfind("s:tspan", NS)]
        name = " ".join(lines)
        if el.get("stroke") == "white" and el.get("font-weight") == "normal" and name in dots:
            box = q._text_box(float(el.get("x")), float(el.get("y")), lines, float(el.get("font-size")),
                              el.get("text-anchor"))
            out.append((name, box, dots[name]))
    return out



@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("ticked", [("les-op-school", "bedrijfsbezoek", "reflectie-op-praktijk", "kennisintermezzo",
                                     "doe-inleefstage"), None])
def test_an_activitys_name_stays_in_its_quadrant(lang, ticked):
    """A name across an axis reads as belonging to two quadrants: "Les en instructie op school" ran from the
    first into the second, over the axis, "Company visit" over the second's title, "Knowledge intermezzo during
    work" and "Project supplied, coached or co-assessed by the field" across the middle (by 97-107 units as
    estimated here). A name may touch an axis, not cross it: the boxes are the layout's own estimates (0.55 em
    a letter, wider than the browser draws most names), so up to 35 units is a touch."""
    from les import quadrant_svg as q
    ticked = ticked or tuple(ACTS[ACTS["kind"] == "activity"]["id"])
    root = parse(quadrant_svg(ACTS, lang, selected=ticked, show_forms=True))
    names = _names_and_dots(root)
    assert len(names) == len(ticked)
    mid_x, mid_y = q._px(0), q._py(0)
    for name, (x0, y0, x1, y1), (cx, cy) in names:
        beyond_x = (x1 - mid_x) if cx < mid_x else (mid_x - x0)
        beyond_y = (y1 - mid_y) if cy < mid_y else (mid_y - y0)
        assert beyond_x <= 35 and beyond_y <= 35, (name, beyond_x, beyond_y)
