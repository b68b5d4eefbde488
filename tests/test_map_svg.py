"""The map as a picture (the map page's first view) and the choice between picture and interactive map."""

import base64
import math
import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from les import geo, map_svg, maps
from les.data import load_all_uncached
from les.school_filters import SchoolFilters, apply_school_filters
from les.style import COUNTRY_COLORS
from tests.conftest import DATA
from tests.test_app_pages import run

SCHOOLS = load_all_uncached(DATA)["schools"].frame
NS = "{http://www.w3.org/2000/svg}"
VIEW = maps.fit_view(SCHOOLS["lat"], SCHOOLS["lon"], height_px=map_svg.HEIGHT)


def deck_pixel(lon, lat, view, width=map_svg.WIDTH, height=map_svg.HEIGHT):
    """deck.gl's web-mercator projection, written out independently of les.map_svg."""
    scale = 512 * 2 ** view["zoom"]

    def world(lo, la):
        y = (1 - math.log(math.tan(math.pi / 4 + math.radians(la) / 2)) / math.pi) / 2
        return (lo + 180) / 360 * scale, y * scale

    x, y = world(lon, lat)
    cx, cy = world(view["longitude"], view["latitude"])
    return x - cx + width / 2, y - cy + height / 2


def campus_circles(svg: str) -> list[ET.Element]:
    """The campus points: circles at the top level (not the legend's) with a 2-unit ring (town dots have no
    ring, the searched town is black, the radius is a path)."""
    root = ET.fromstring(svg)
    return [c for c in root.findall(NS + "circle") if c.get("stroke-width") == "2" and c.get("fill") != "black"
            and c.get("fill-opacity") is None]


def test_every_campus_is_drawn_where_deck_gl_would_draw_it_in_its_colour():
    points = maps.point_frame(SCHOOLS, {}, "country", "nl")
    circles = campus_circles(map_svg.map_svg(points, VIEW))
    assert len(circles) == len(SCHOOLS)
    drawn = sorted((float(c.get("cx")), float(c.get("cy")), c.get("fill") if c.get("fill") != "#FFFFFF" else
                    "hollow " + c.get("stroke")) for c in circles)
    # a campus whose offer is unknown is hollow: white inside, its country's colour as the ring
    expected = sorted((*deck_pixel(lo, la, VIEW), COUNTRY_COLORS[c].upper() if known else "hollow " + COUNTRY_COLORS[c].upper())
                      for lo, la, c, known in zip(SCHOOLS["lon"], SCHOOLS["lat"], SCHOOLS["country"],
                                                  SCHOOLS["offer_known"]))
    for ex, ey, efill in expected:  # each campus has its own circle, at its pixel, in its colour
        match = [d for d in drawn if abs(d[0] - ex) < 0.11 and abs(d[1] - ey) < 0.11 and d[2] == efill]
        assert match, (ex, ey, efill)
        drawn.remove(match[0])
        assert 0 <= ex <= map_svg.WIDTH and 0 <= ey <= map_svg.HEIGHT  # the fitted view holds them all
    assert drawn == []


def test_filtered_picture_holds_exactly_the_filtered_campuses():
    shown = apply_school_filters(SCHOOLS, SchoolFilters(sectors=("zorg",), countries=("NL",)))
    assert 0 < len(shown) < len(SCHOOLS)
    circles = campus_circles(map_svg.map_svg(maps.point_frame(shown, {}, "country", "nl"), VIEW))
    assert len(circles) == len(shown)
    assert {c.get("fill") for c in circles} == {COUNTRY_COLORS["NL"].upper()}
    assert {c.get("stroke") for c in circles} == {"#1F2933"}  # the Dutch ring, as on the interactive map


def test_no_campus_still_draws_border_and_provinces():
    svg = map_svg.map_svg(pd.DataFrame(columns=maps.POINT_COLUMNS), VIEW)
    root = ET.fromstring(svg)
    paths = list(root.iter(NS + "path"))
    border = [p for p in paths if p.get("stroke") == "#141414"]
    provinces = [p for p in paths if p.get("fill") == "#0072B2"]
    assert border and all(len(p.get("d")) > 200 for p in border)
    assert len(provinces) == len(geo.provinces()["features"]) == 3
    assert not campus_circles(svg)


def test_search_radius_is_drawn_at_its_distance():
    town = geo.find_town("Terneuzen")
    lat, lon, km = float(town["lat"]), float(town["lon"]), 30.0
    view = {"latitude": lat, "longitude": lon, "zoom": maps.zoom_for_radius(lat, km, map_svg.HEIGHT)}
    root = ET.fromstring(map_svg.map_svg(pd.DataFrame(columns=maps.POINT_COLUMNS), view, near=(lat, lon, km)))
    (ring,) = [p for p in root.iter(NS + "path") if p.get("stroke") == "#E69F00"]
    coords = [tuple(map(float, pt.split(","))) for pt in ring.get("d").strip("MZ").split("L")]
    cx, cy = deck_pixel(lon, lat, view)
    px_per_km = 512 * 2 ** view["zoom"] / (2 * math.pi * geo.EARTH_RADIUS_KM * math.cos(math.radians(lat)))
    radii = [math.hypot(x - cx, y - cy) / px_per_km for x, y in coords]
    assert all(abs(r - km) / km < 0.02 for r in radii)  # web mercator keeps a small circle round
    # the radius fits the picture's height, as on the interactive map
    assert all(0 <= y <= map_svg.HEIGHT for _, y in coords)


def test_selected_campus_gets_a_heavier_ring_and_nothing_else_does():
    points = maps.point_frame(SCHOOLS, {}, "country", "nl")
    chosen = SCHOOLS.iloc[5]
    root = ET.fromstring(map_svg.map_svg(points, VIEW, selected=chosen["id"]))
    rings = [c for c in root.iter(NS + "circle") if c.get("stroke-width") == "3"]
    assert len(rings) == 1
    x, y = deck_pixel(chosen["lon"], chosen["lat"], VIEW)
    assert abs(float(rings[0].get("cx")) - x) < 0.11 and abs(float(rings[0].get("cy")) - y) < 0.11


def test_grouped_points_are_sized_by_count_within_bounds():
    many = pd.concat([SCHOOLS] * 40, ignore_index=True)
    points = maps.aggregate_points(many, "nl")
    circles = campus_circles(map_svg.map_svg(points, VIEW))
    assert len(circles) == len(points)
    radii = [float(c.get("r")) for c in circles]
    assert min(radii) >= 4 and max(radii) <= 30
    # a cell with more campuses is drawn at least as large
    by_size = sorted(zip(points["size"], radii))
    assert by_size[-1][1] >= by_size[0][1]


def test_text_in_the_picture_is_escaped_and_named_towns_do_not_overlap():
    legend = [("<script>alert(1)</script> & co", "point", "#0072B2", "#FFFFFF"),
              ("grens", "line", "#141414", "#141414")]
    svg = map_svg.map_svg(pd.DataFrame(columns=maps.POINT_COLUMNS), VIEW, legend=legend)
    assert "<script>" not in svg
    root = ET.fromstring(svg)  # still a well-formed document
    texts = [el.text for el in root.iter(NS + "text")]
    assert "<script>alert(1)</script> & co" in texts
    towns = [el for el in root.iter(NS + "text") if el.get("stroke") == "white"]
    assert {"Gent", "Brugge", "Antwerpen", "Middelburg", "Vlissingen"} <= {el.text for el in towns}
    boxes = [(float(el.get("x")), float(el.get("y")) - 12, float(el.get("x")) + 7.2 * len(el.text), float(el.get("y")))
             for el in towns]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


def sent_picture(at) -> tuple[str, str]:
    (image,) = at.get("image")
    url = image.proto.imgs[0].url
    assert url.startswith("data:image/svg+xml;base64,")
    return base64.b64decode(url.split(",", 1)[1]).decode(), image.proto.imgs[0].alt


def test_map_page_opens_with_the_picture_of_what_the_filters_show():
    at = run("app_pages/kaart.py", sector="zorg", country="BE")
    assert not at.exception
    assert not at.get("deck_gl_json_chart")  # no deck.gl until asked for
    svg, alt = sent_picture(at)
    shown = apply_school_filters(SCHOOLS, SchoolFilters(sectors=("zorg",), countries=("BE",)))
    assert len(campus_circles(svg)) == len(shown)
    assert f"{len(shown)} campussen: {len(shown)} in Vlaanderen, 0 in Nederland" in alt
    assert "Vlaanderen" in [el.text for el in ET.fromstring(svg).iter(NS + "text")]  # the legend travels with it
    assert [d.proto.label for d in at.get("download_button")][:1] == ["Kaart downloaden (SVG)"]


def test_switching_to_the_interactive_map_and_back_keeps_the_link_true():
    at = run("app_pages/kaart.py", near="Terneuzen", km="30")
    assert [s.proto.label for s in at.get("button_group")].count("Kaart") == 1
    at.session_state["map_view"] = "interactive"
    at.run()
    assert not at.exception and not at.get("image")
    assert at.get("deck_gl_json_chart")
    assert at.query_params["view"] == "interactive" and at.query_params["near"] == "Terneuzen"
    at.session_state["map_view"] = "picture"
    at.run()
    assert at.get("image") and not at.get("deck_gl_json_chart")
    assert "view" not in at.query_params


@pytest.mark.parametrize("value, notice", [("interactive", False), ("picture", False), ("<b>3d</b>", True)])
def test_view_param(value, notice):
    at = run("app_pages/kaart.py", view=value)
    assert not at.exception
    assert bool(at.get("deck_gl_json_chart")) == (value == "interactive")
    assert bool(at.get("image")) == (value != "interactive")
    assert any("genegeerd" in c.value and "view" in c.value for c in at.caption) == notice


def test_school_list_opens_a_school_and_marks_it_on_the_picture():
    at = run("app_pages/kaart.py")
    assert "map_school.pick.nl" not in [s.key for s in at.selectbox]  # the list is built when its expander opens
    at.session_state["pick"] = True  # the expander, opened
    at.run()
    chosen = SCHOOLS.sort_values("name").iloc[3]
    at.selectbox(key="map_school.pick.nl").set_value(chosen["id"]).run()
    assert not at.exception
    assert any(chosen["name"] in m.value.replace("\\", "") for m in at.markdown if m.value.startswith("###"))
    assert at.query_params["school"] == chosen["id"]
    svg, _ = sent_picture(at)
    rings = [c for c in ET.fromstring(svg).iter(NS + "circle") if c.get("stroke-width") == "3"]
    assert len(rings) == 1
    # closing the list keeps the school
    at.session_state["pick"] = False
    at.run()
    assert at.query_params["school"] == chosen["id"]


def test_main_towns_are_one_click_and_any_other_town_is_in_the_list():
    at = run("app_pages/kaart.py", km="25")
    assert "map_near.other.nl" not in [s.key for s in at.selectbox]  # the list of 1,007 towns waits for its expander
    at.pills(key="map_near.quick.nl").set_value("Goes").run()  # a click on the pill
    assert not at.exception
    assert at.query_params["near"] == "Goes" and at.query_params["km"] == "25"
    assert any("binnen 25 km van Goes" in i.value for i in at.info)
    # a town from a link that has no pill opens the list, with that town chosen
    at = run("app_pages/kaart.py", near="Hulst")
    assert at.session_state["near_more"] is True
    assert at.selectbox(key="map_near.other.nl").value == "Hulst"
    at.selectbox(key="map_near.other.nl").set_value("Axel").run()
    assert at.query_params["near"] == "Axel" and any("van Axel" in i.value for i in at.info)


def test_pilot_and_form_filters_offer_what_the_campuses_have():
    at = run("app_pages/kaart.py", proeftuin="iot")
    assert not at.exception
    forms = at.sidebar.pills(key="map_form.nl").options
    offered = {f for items in SCHOOLS["learning_forms"] for f in items}
    assert len(forms) == len(offered) >= 3  # a form no campus offers would only empty the map
    pilots = at.sidebar.pills(key="map_proeftuin.nl")
    assert pilots.value == "iot"
    assert pilots.options[0] == "eender welke proeftuin" and "Internet of Things" in pilots.options
    n_iot = int(SCHOOLS["les_proeftuin"].map(lambda p: "iot" in p).sum())
    assert any(c.value.startswith(f"{n_iot} van {len(SCHOOLS)} campussen") for c in at.caption)
    # a form from a link that no campus offers is still there, chosen, and the map says it is empty
    at = run("app_pages/kaart.py", form="nl-mbo-bol")
    assert "Mbo – beroepsopleidende leerweg (BOL)" in at.sidebar.pills(key="map_form.nl").options
    assert at.sidebar.pills(key="map_form.nl").value == ["nl-mbo-bol"]
    assert any("Geen scholen voldoen" in w.value for w in at.warning)


def test_a_filter_with_many_values_becomes_a_drop_down():
    from streamlit.testing.v1 import AppTest

    def app(n):
        import streamlit as st

        from les import ui
        st.session_state.setdefault("f", [])
        ui.pick_filter("F", [f"v{i}" for i in range(n)], key="f", multi=True, format_func=str, placeholder="…")

    few = AppTest.from_function(app, args=(12,)).run()
    assert few.pills and not few.multiselect
    many = AppTest.from_function(app, args=(13,)).run()
    assert many.multiselect and not many.pills
    assert len(many.multiselect[0].options) == 13


@pytest.mark.parametrize("color_by", ["country", "type"])
def test_every_mark_of_the_interactive_legend_can_be_seen(color_by):
    """Under the interactive map the hollow campus ("offer not in the sources") and the ring entry were white
    text symbols on a white page. Each mark is drawn as the map draws it: something in it is not white."""
    entries = maps.legend_entries(color_by, True, "nl", unknown_offer=True)
    page = map_svg.legend_html(entries)
    marks = re.findall(r'class="mark" style="([^"]*)"', page)
    assert len(marks) == len(entries) >= 4
    for (name, *_), mark in zip(entries, marks):
        colours = {c.upper() for c in re.findall(r"(?:background|border):[^;#]*(#[0-9A-Fa-f]{6})(?![0-9A-Fa-f])", mark)}
        assert colours - {"#FFFFFF"}, (name, mark)
        assert name in page


def test_the_interactive_legend_escapes_its_labels():
    page = map_svg.legend_html([("<img src=x onerror=alert(1)>", "point", "#0072B2", "#FFFFFF")])
    assert "<img" not in page and "&lt;img" in page


def legend_hides(svg: str) -> list[ET.Element]:
    """The campuses under the picture's legend box."""
    rect = ET.fromstring(svg).find(f"{NS}g[@class='legend']/{NS}rect")
    x0, y0 = float(rect.get("x")), float(rect.get("y"))
    x1, y1 = x0 + float(rect.get("width")), y0 + float(rect.get("height"))
    return [c for c in campus_circles(svg) if x0 - float(c.get("r")) < float(c.get("cx")) < x1 + float(c.get("r"))
            and y0 - float(c.get("r")) < float(c.get("cy")) < y1 + float(c.get("r"))]


@pytest.mark.parametrize("color_by", ["country", "type"])
def test_the_legend_keeps_clear_of_the_campuses_and_names_only_what_the_map_shows(color_by):
    """Around Terneuzen (40 km, coloured by type) the legend listed all nine types, five of them nowhere on the
    map, in a tall box over Walcheren's campuses: it hid 13 of 31. It now names the types shown, in two low
    columns when that fits, in the corner where it hides the fewest campuses."""
    from les import ui
    hidden = {}
    for town_name in ui.QUICK_TOWNS:
        for km in (20, 40):
            town = geo.find_town(town_name)
            lat, lon = float(town["lat"]), float(town["lon"])
            shown = geo.within(SCHOOLS, lat, lon, km)
            view = {"latitude": lat, "longitude": lon, "zoom": maps.zoom_for_radius(lat, km, map_svg.HEIGHT)}
            legend = maps.legend_entries(color_by, True, "nl", unknown_offer=not shown["offer_known"].all(),
                                         types=set(shown["institution_type"]))
            svg = map_svg.map_svg(maps.point_frame(shown, {}, color_by, "nl"), view, near=(lat, lon, km),
                                  legend=legend, near_label=town_name)
            hidden[(town_name, km)] = len(legend_hides(svg))
            names = {el.text for el in ET.fromstring(svg).iter(NS + "text")}
            types = {maps.label("type", k, "nl") for k in maps.TYPE_ORDER}
            assert names & types == ({maps.label("type", k, "nl") for k in set(shown["institution_type"])}
                                     if color_by == "type" else set())
    assert hidden[("Terneuzen", 40)] == 0
    assert max(hidden.values()) <= 1, hidden


@pytest.mark.parametrize("key, param, values", [
    ("map_province.nl", "province", "PROVINCES"), ("map_type.nl", "type", "INSTITUTION_TYPES"),
    ("map_sector.nl", "sector", "SECTORS")])
def test_every_map_filter_value_on_offer_shows_a_campus(key, param, values):
    """Henegouwen, Vlaams-Brabant, Zuid-Holland, Syntra, cdo, cvo and volwassenenonderwijs were pills that
    always emptied the map ("0 van 161 campussen"). A pill is offered when some campus has it, or when a
    link chose it (so it can be seen and undone)."""
    from les import schema
    from les.i18n import label
    prefix = {"province": "province", "type": "type", "sector": "sector"}[param]
    ids = {label(prefix, v, "nl"): v for v in getattr(schema, values)}
    offered = [ids[o] for o in run("app_pages/kaart.py").sidebar.pills(key=key).options]
    column = {"province": "province", "type": "institution_type", "sector": "sectors"}[param]
    present = set(SCHOOLS[column].explode()) if param == "sector" else set(SCHOOLS[column])
    assert offered and set(offered) == present & set(getattr(schema, values))
    for value in offered:
        at = run("app_pages/kaart.py", **{param: value})
        assert not at.warning and not any(c.value.startswith("0 van") for c in at.caption), value
    missing = [v for v in getattr(schema, values) if v not in present]
    if missing:  # a value from a link stays, chosen, and the page says the map is empty
        at = run("app_pages/kaart.py", **{param: missing[0]})
        pills = at.sidebar.pills(key=key)
        assert label(prefix, missing[0], "nl") in pills.options and pills.value == [missing[0]]
        assert any("Geen scholen voldoen" in w.value for w in at.warning)


@pytest.mark.parametrize("town_name, km", [("Terneuzen", 40), ("Vlissingen", 20), ("Gent", 20)])
def test_town_names_are_drawn_over_the_campuses_on_their_freest_side(town_name, km):
    """Drawn under the campuses, the names lost letters: "Gent" read "ent" at the story's step 6, the ring of
    a picked campus covered the "V" of Vlissingen. A name is now drawn over the campuses (white edge), on the
    side of its dot where it lies least on them, and the same towns are named as with no campus at all."""
    town = geo.find_town(town_name)
    lat, lon = float(town["lat"]), float(town["lon"])
    shown = geo.within(SCHOOLS, lat, lon, km)
    view = {"latitude": lat, "longitude": lon, "zoom": maps.zoom_for_radius(lat, km, map_svg.HEIGHT)}
    legend = maps.legend_entries("country", True, "nl")
    points = maps.point_frame(shown, {}, "country", "nl")
    svg = map_svg.map_svg(points, view, near=(lat, lon, km), legend=legend, near_label=town_name)
    empty = map_svg.map_svg(points.iloc[:0], view, near=(lat, lon, km), legend=legend, near_label=town_name)
    root = ET.fromstring(svg)
    order = list(root)
    names = [el for el in order if el.get("class") == "town"]
    circles = [c for c in order if c.tag == NS + "circle" and c.get("stroke-width") == "2" and c.get("fill") != "black"]
    assert names and len(circles) == len(campus_circles(svg))
    assert min(order.index(el) for el in names) > max(order.index(c) for c in circles)  # over every campus
    assert {el.text for el in names} == {el.text for el in ET.fromstring(empty) if el.get("class") == "town"}
    marks = [(float(c.get("cx")), float(c.get("cy")), float(c.get("r"))) for c in circles]
    dots = [c for c in order if c.tag == NS + "circle" and c.get("r") == "2.5"]  # a dot per name, in its order
    assert len(dots) == len(names)
    for el, dot in zip(names, dots):
        cx, cy = float(dot.get("cx")), float(dot.get("cy"))
        end = el.get("text-anchor") == "end"
        chosen = map_svg._label_box(cx, cy, el.text, float(el.get("x")) - cx, float(el.get("y")) - cy, end)
        usual = map_svg._label_box(cx, cy, el.text, 5, -4, False)
        assert map_svg._covered(chosen, marks) <= map_svg._covered(usual, marks), el.text


@pytest.mark.parametrize("town_name, km, selected", [("Vlissingen", 30, "nl-hz-vlissingen-edisonweg"),
                                                     ("Antwerpen", 10, None), ("Gent", 10, None)])
def test_the_distance_tools_town_is_named_on_its_freest_side_over_a_picked_campus_ring(town_name, km, selected):
    """The ring of a campus picked near Vlissingen sat on the V of the bold "Vlissingen", and the bold "Antwerpen"
    hid half a campus: the town's name always went right and above its dot. It now goes to the side where it
    lies least on the campuses, and is drawn over the ring."""
    town = geo.find_town(town_name)
    lat, lon = float(town["lat"]), float(town["lon"])
    shown = geo.within(SCHOOLS, lat, lon, km)
    view = {"latitude": lat, "longitude": lon, "zoom": maps.zoom_for_radius(lat, km, map_svg.HEIGHT)}
    svg = map_svg.map_svg(maps.point_frame(shown, {}, "country", "nl"), view, near=(lat, lon, km),
                          selected=selected, legend=maps.legend_entries("country", True, "nl"), near_label=town_name)
    order = list(ET.fromstring(svg))
    (label,) = [el for el in order if el.get("class") == "near-label"]
    rings = [el for el in order if el.tag == NS + "circle" and el.get("fill") == "none"]
    assert len(rings) == (1 if selected else 0)
    assert all(order.index(ring) < order.index(label) for ring in rings)
    x, y = map_svg.Projection(view)(lon, lat)
    marks = [(float(c.get("cx")), float(c.get("cy")), float(c.get("r"))) for c in campus_circles(svg)]
    place, box = map_svg._near_label_place(x, y, town_name, marks, map_svg.WIDTH)
    assert (float(label.get("x")), float(label.get("y"))) == (round(x + place[0], 1), round(y + place[1], 1))
    usual = map_svg._near_label_place(x, y, town_name, marks[:0], map_svg.WIDTH)[0]
    assert usual == map_svg._NEAR_PLACES[0]  # with nothing around, where it always was
    w = 9.5 * len(town_name)
    assert map_svg._covered(box, marks) <= map_svg._covered((x + 10, y - 22, x + 10 + w, y - 4), marks)
