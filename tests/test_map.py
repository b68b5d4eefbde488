"""The map: distances, filters, the deck's layers, and the page with URL parameters."""

import json
import math

import pytest

from les import geo, maps
from les.data import load_all_uncached
from les.school_filters import SchoolFilters, apply_school_filters, parse_school_params, to_school_params
from tests.conftest import DATA
from tests.test_app_pages import run

TABLES = load_all_uncached(DATA)
SCHOOLS = TABLES["schools"].frame
FORM_IDS = set(TABLES["learning_forms"].frame["id"])


def law_of_cosines_km(lat1, lon1, lat2, lon2):
    """An independent great-circle formula to check the haversine against."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    return geo.EARTH_RADIUS_KM * math.acos(math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl))


@pytest.mark.parametrize("a, b, approx_km", [("Terneuzen", "Gent", 32.6), ("Vlissingen", "Brugge", 35.6),
                                             ("Middelburg", "Antwerpen", 62.8)])
def test_distance_between_towns(a, b, approx_km):
    ta, tb = geo.find_town(a), geo.find_town(b)
    got = float(geo.haversine_km(ta["lat"], ta["lon"], tb["lat"], tb["lon"]))
    assert got == pytest.approx(law_of_cosines_km(ta["lat"], ta["lon"], tb["lat"], tb["lon"]), abs=0.01)
    assert got == pytest.approx(approx_km, abs=1.0)


def test_find_town_prefers_the_larger_namesake():
    assert geo.find_town("Middelburg")["province"] == "Zeeland"
    assert geo.find_town("middelburg (oost-vlaanderen)")["country"] == "BE"
    assert geo.find_town("Atlantis") is None


def test_within_is_sorted_and_bounded():
    town = geo.find_town("Terneuzen")
    near = geo.within(SCHOOLS, town["lat"], town["lon"], 40)
    assert list(near["distance_km"]) == sorted(near["distance_km"])
    assert (near["distance_km"] <= 40).all()
    assert {"BE", "NL"} <= set(near["country"])  # both sides of the border
    far = SCHOOLS[~SCHOOLS["id"].isin(near["id"])]
    assert (geo.haversine_km(town["lat"], town["lon"], far["lat"].astype(float), far["lon"].astype(float)) > 40).all()


def test_circle_polygon_radius():
    ring = geo.circle_polygon(51.3, 3.8, 30)
    dists = [float(geo.haversine_km(51.3, 3.8, lat, lon)) for lon, lat in ring]
    assert max(dists) == pytest.approx(30, abs=0.05) and min(dists) == pytest.approx(30, abs=0.05)


def test_school_filters():
    zorg = apply_school_filters(SCHOOLS, SchoolFilters(sectors=("zorg",)))
    assert len(zorg) > 0 and zorg["sectors"].map(lambda s: "zorg" in s).all()
    nl = apply_school_filters(SCHOOLS, SchoolFilters(countries=("NL",)))
    assert set(nl["country"]) == {"NL"}
    zl = apply_school_filters(SCHOOLS, SchoolFilters(provinces=("Zeeland",)))
    assert set(zl["province"]) == {"Zeeland"}
    both = apply_school_filters(SCHOOLS, SchoolFilters(countries=("NL",), sectors=("zorg",)))
    assert set(both["id"]) == set(nl["id"]) & set(zorg["id"])


def test_school_params_round_trip_and_junk():
    f, bad = parse_school_params({"near": "terneuzen", "km": "40", "sector": "zorg", "country": "NL,BE",
                                  "province": "Zeeland"}, FORM_IDS, geo.find_town)
    assert bad == [] and f.near == "Terneuzen" and f.km == 40 and f.provinces == ("Zeeland",)
    back, _ = parse_school_params(to_school_params(f), FORM_IDS, geo.find_town)
    assert back == f
    f, bad = parse_school_params({"near": "<img src=x onerror=alert(1)>", "km": "-5", "sector": "zzz"},
                                 FORM_IDS, geo.find_town)
    assert {b.name for b in bad} == {"near", "km", "sector"}
    assert f == SchoolFilters()


def test_deck_carries_exactly_the_filtered_rows_as_text():
    shown = apply_school_filters(SCHOOLS, SchoolFilters(sectors=("zorg",)))
    evil = shown.copy()
    evil.loc[evil.index[0], "name"] = "<img src=x onerror=alert(1)>"
    points = maps.point_frame(evil, {}, "country", "nl")
    deck = maps.build_deck(points, "nl", near=(51.33, 3.83, 30))
    spec = json.loads(deck.to_json())
    layer = next(layer for layer in spec["layers"] if layer["id"] == maps.SCHOOL_LAYER_ID)
    ids = [row["id"] for row in layer["data"]]
    assert sorted(ids) == sorted(shown["id"])
    assert set(layer["data"][0]) == set(maps.POINT_COLUMNS)  # only what the layer and tooltip use
    assert "text" in deck._tooltip and "html" not in deck._tooltip
    assert {layer["id"] for layer in spec["layers"]} >= {"border", "provinces", "radius", "town", "schools"}


def test_deck_without_schools_still_draws_border():
    import pandas as pd
    deck = maps.build_deck(pd.DataFrame(columns=maps.POINT_COLUMNS), "en")
    spec = json.loads(deck.to_json())
    border = next(layer for layer in spec["layers"] if layer["id"] == "border")
    # the border as segments: every point of the shipped line is an end of one, and they join up
    drawn = {tuple(row[end]) for row in border["data"] for end in ("s", "t")}
    line = geo.border()["features"][0]["geometry"]
    points = line["coordinates"] if line["type"] == "LineString" else [p for part in line["coordinates"] for p in part]
    assert drawn == {tuple(p) for p in points}
    assert all(a["t"] == b["s"] for a, b in zip(border["data"], border["data"][1:])) or line["type"] != "LineString"
    provinces = next(layer for layer in spec["layers"] if layer["id"] == "provinces")
    assert len(provinces["data"]) >= len(geo.provinces()["features"])


def test_deck_uses_only_light_layer_types():
    # GeoJsonLayer and PathLayer cost a new visitor's browser about as much as the rest of the map (bench/)
    deck = maps.build_deck(maps.point_frame(SCHOOLS, {}, "country", "nl"), "nl", near=(51.33, 3.83, 30))
    spec = json.loads(deck.to_json())
    assert {layer["@@type"] for layer in spec["layers"]} == {"SolidPolygonLayer", "LineLayer", "ScatterplotLayer"}
    radius = next(layer for layer in spec["layers"] if layer["id"] == "radius-line")
    ends = [row["s"] for row in radius["data"]]
    km = geo.haversine_km(51.33, 3.83, [p[1] for p in ends], [p[0] for p in ends])
    assert abs(km - 30).max() < 0.1


def test_deck_rings_the_selected_campus_under_it_as_the_picture_does():
    points = maps.point_frame(SCHOOLS, {}, "country", "nl")
    chosen = points.iloc[7]
    spec = json.loads(maps.build_deck(points, "nl", selected=chosen["id"]).to_json())
    order = [layer["id"] for layer in spec["layers"]]
    # a dark ring, then a white gap, both drawn before (under) the campuses, so the campus stays on top
    assert order.index("selected-ring") < order.index("selected-gap") < order.index(maps.SCHOOL_LAYER_ID)
    ring, gap = (next(layer for layer in spec["layers"] if layer["id"] == i) for i in ("selected-ring", "selected-gap"))
    school = next(layer for layer in spec["layers"] if layer["id"] == maps.SCHOOL_LAYER_ID)
    for layer in (ring, gap):
        assert layer["data"] == [{"lon": chosen["lon"], "lat": chosen["lat"]}]
        assert layer["filled"] is False and layer["stroked"] is True and not layer.get("pickable")
        # the campus's own radius: the outline is centred on it, half of its width outside the campus
        assert (layer["getRadius"], layer["radiusMinPixels"], layer["radiusMaxPixels"]) == \
            (school["getRadius"], school["radiusMinPixels"], school["radiusMaxPixels"])
        assert layer["lineWidthUnits"] == "pixels"
    assert ring["getLineColor"] == maps.INK_RGB and gap["getLineColor"] == [255, 255, 255]
    # the picture's ring: a gap to r + 3.5 px, ink to r + 6.5 (les/map_svg.py); here to r + 3.5 and r + 7
    assert ring["getLineWidth"] / 2 > gap["getLineWidth"] / 2 >= 3.5


@pytest.mark.parametrize("selected", [None, "", "no-such-campus"])
def test_deck_has_no_ring_without_a_drawn_selection(selected):
    spec = json.loads(maps.build_deck(maps.point_frame(SCHOOLS, {}, "country", "nl"), "nl", selected=selected).to_json())
    assert not {"selected-ring", "selected-gap"} & {layer["id"] for layer in spec["layers"]}


def test_grouped_points_get_no_ring():
    grouped = maps.aggregate_points(SCHOOLS, "nl")
    spec = json.loads(maps.build_deck(grouped, "nl", selected=str(grouped["id"].iloc[0])).to_json())
    assert "selected-ring" not in {layer["id"] for layer in spec["layers"]}


def test_kaart_interactive_rings_the_school_of_the_link():
    school = SCHOOLS.iloc[3]
    at = run("app_pages/kaart.py", view="interactive", school=school["id"], basemap="off")
    assert not at.exception
    ring = next(layer for layer in _deck_spec(at)["layers"] if layer["id"] == "selected-ring")
    assert ring["data"] == [{"lon": school["lon"], "lat": school["lat"]}]
    plain = run("app_pages/kaart.py", view="interactive", basemap="off")
    assert "selected-ring" not in {layer["id"] for layer in _deck_spec(plain)["layers"]}


def test_deck_without_basemap_asks_for_no_tiles():
    spec = json.loads(maps.build_deck(maps.point_frame(SCHOOLS, {}, "country", "nl"), "nl", basemap=False).to_json())
    # no map provider: Streamlit's deck.gl element then loads no style and no tile (checked in the browser,
    # tests/browser: the map with the network closed)
    assert "mapProvider" not in spec
    with_tiles = json.loads(maps.build_deck(maps.point_frame(SCHOOLS, {}, "country", "nl"), "nl").to_json())
    assert with_tiles["mapProvider"] == "carto"


def test_kaart_table_is_built_only_when_opened_and_the_export_is_always_there():
    town = geo.find_town("Terneuzen")
    n = len(geo.within(SCHOOLS, town["lat"], town["lon"], 40))
    assert 0 < n < len(SCHOOLS)
    at = run("app_pages/kaart.py", near="Terneuzen", km="40")
    assert not at.exception and not at.dataframe
    assert [e.label for e in at.expander][1:] == [f"Tabel van de {n} scholen op de kaart (sorteren, een rij kiezen)",
                                                  "Een school kiezen voor haar details"]
    assert [d.proto.label for d in at.get("download_button")] == ["Kaart downloaden (SVG)", "Excel downloaden",
                                                                  "CSV voor Excel (;)", "CSV (standaard)"]
    # the three files in one menu, drawn when it opens
    assert [b.proto.popover.label for b in at.get("popover")] == ["Downloaden (Excel, CSV)"]
    at.session_state["table"] = True
    at.run()
    assert len(at.dataframe[0].value) == n


def test_kaart_page_coordinator_in_terneuzen():
    at = run("app_pages/kaart.py", near="Terneuzen", km="40", sector="zorg", table="true")
    assert not at.exception
    table = at.dataframe[0].value
    km = table["Afstand (km)"].str.replace(",", ".").astype(float)  # shown in Dutch notation
    assert (km <= 40).all() and list(km) == sorted(km)
    assert table["Afstand (km)"].str.contains(",").any()
    assert set(table["Sectoren"].map(lambda s: "zorg" in s)) == {True}
    assert any("binnen 40 km van Terneuzen" in i.value for i in at.info)


@pytest.mark.parametrize("param", ["country", "province", "type", "sector", "eqf", "form", "q", "proeftuin"])
def test_kaart_each_param(param):
    values = {"country": "BE", "province": "Zeeland", "type": "hogeschool", "sector": "techniek", "eqf": "6-6",
              "form": "nl-mbo-bbl", "q": "Gent", "proeftuin": "1"}
    at = run("app_pages/kaart.py", **{param: values[param]})
    assert not at.exception
    assert not any("genegeerd" in c.value for c in at.caption)


def test_kaart_junk_params_notice_and_working_map():
    at = run("app_pages/kaart.py", near="<img src=x onerror=alert(1)>", km="-5", sector="zzz")
    assert not at.exception
    notices = [c.value for c in at.caption if "genegeerd" in c.value]
    assert len(notices) == 3
    assert "<img" not in "".join(notices).replace("\\<img", "")
    assert at.get("image")  # the map is still drawn


def test_fit_view_shows_every_campus_and_no_more_than_needed():
    import math

    def pixel(lat, lon, view):
        scale = 512 * 2 ** view["zoom"]
        x = (lon + 180) / 360 * scale
        y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * scale
        return x, y

    width, height = 700, 560
    view = maps.fit_view(SCHOOLS["lat"], SCHOOLS["lon"], width_px=width, height_px=height)
    cx, cy = pixel(view["latitude"], view["longitude"], view)
    offsets = [pixel(la, lo, view) for la, lo in zip(SCHOOLS["lat"], SCHOOLS["lon"])]
    assert max(abs(x - cx) for x, _ in offsets) <= width / 2
    assert max(abs(y - cy) for _, y in offsets) <= height / 2
    # snug: half a zoom level closer, some campus falls outside the map
    closer = {**view, "zoom": view["zoom"] + 0.5}
    cx, cy = pixel(closer["latitude"], closer["longitude"], closer)
    offsets = [pixel(la, lo, closer) for la, lo in zip(SCHOOLS["lat"], SCHOOLS["lon"])]
    assert max(abs(x - cx) for x, _ in offsets) > width / 2 or max(abs(y - cy) for _, y in offsets) > height / 2
    assert maps.fit_view([], []) == maps.CENTER


def test_town_labels_resolve_names_in_order_and_skip_unknown_ones():
    assert geo.town_labels(("Goes", "Atlantis", "Middelburg")) == ("Goes", "Middelburg (Zeeland)")


def _deck_spec(at) -> dict:
    return json.loads(at.get("deck_gl_json_chart")[0].proto.json)


@pytest.mark.parametrize("setting, url, reachable, expected", [
    ("off", None, True, False), ("on", None, False, True),  # the deployment decides over the check
    ("auto", None, True, True), ("auto", None, False, False), ("auto", None, None, False),  # unknown yet: none
    ("off", "on", None, True), ("on", "off", True, False),  # the visitor's link decides over both
    ("bogus", None, True, True), ("auto", "maybe", False, False),  # unknown values count as auto / no choice
])
def test_basemap_setting(monkeypatch, setting, url, reachable, expected):
    from les import basemap
    monkeypatch.setenv("LES_BASEMAP", setting)
    monkeypatch.setattr(basemap, "reachable", lambda *a, **k: reachable)
    assert basemap.enabled(url) is expected


def test_basemap_check_never_waits(monkeypatch):
    import time

    from les import basemap
    monkeypatch.setattr(basemap, "_known", {"reachable": None, "checked": 0.0})
    monkeypatch.setattr(basemap, "_checking", __import__("threading").Event())
    started = time.perf_counter()
    assert basemap.reachable("192.0.2.1", 443, timeout=2.0) is None  # TEST-NET-1: never answers
    assert time.perf_counter() - started < 0.5  # the page went on; the check runs in the background


@pytest.mark.parametrize("value, provider", [("off", None), ("on", "carto")])
def test_kaart_basemap_param(value, provider):
    at = run("app_pages/kaart.py", view="interactive", basemap=value)
    assert not at.exception
    assert _deck_spec(at).get("mapProvider") == provider
    assert not any("genegeerd" in c.value for c in at.caption)
    assert any(("?basemap=on" if value == "off" else "?basemap=off") in c.value for c in at.caption)


def test_kaart_junk_basemap_param_is_named_and_the_map_still_drawn():
    at = run("app_pages/kaart.py", view="interactive", basemap="<b>tiles</b>")
    assert not at.exception
    notices = [c.value for c in at.caption if "genegeerd" in c.value]
    assert len(notices) == 1 and "basemap" in notices[0] and "on of off" in notices[0]
    spec = _deck_spec(at)
    assert next(layer for layer in spec["layers"] if layer["id"] == maps.SCHOOL_LAYER_ID)["data"]


def test_campuses_left_out_for_an_unknown_offer_are_said_with_their_institutions():
    """NL + Zeeland + EQF 4-8 emptied the map without a reason: the mbo campuses' offer is not in the
    sources, so the EQF filter cannot keep them. The page says how many and whose, and they come back
    (hollow) without that filter."""
    at = run("app_pages/kaart.py", country="NL", province="Zeeland", eqf="4-8")
    assert not at.exception
    note = next(c.value for c in at.caption if "Niet op de kaart door de filters" in c.value)
    schools = load_all_uncached()["schools"].frame
    from les.programmes import with_offer
    area = with_offer(schools[(schools["country"] == "NL") & (schools["province"] == "Zeeland")],
                      load_all_uncached()["programmes"].frame)
    unknown = area[~area["offer_known"]]
    assert f"{len(unknown)} campussen" in note and "Scalda" in note
    plain = run("app_pages/kaart.py", country="NL", province="Zeeland")
    assert not any("Niet op de kaart door de filters" in c.value for c in plain.caption)


def test_one_school_near_a_town_is_one_school():
    """"1 schools within 4 km of Terneuzen": a count of one reads in the singular, in both languages."""
    for lang, words in (("nl", "1 school binnen 4 km van Terneuzen"), ("en", "1 school within 4 km of Terneuzen")):
        at = run("app_pages/kaart.py", near="Terneuzen", km="4", lang=lang)
        assert not at.exception
        assert any(words in i.value for i in at.info), [i.value for i in at.info]
