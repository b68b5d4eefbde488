"""pydeck decks: DataFrame in, pdk.Deck out. Only the columns a layer uses go to the browser."""

from __future__ import annotations

import json
import math
from functools import cache

import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from les import geo
from les.i18n import label, t
from les.style import COUNTRY_COLORS, COUNTRY_RGB, INK, OKABE_ITO

CENTER = {"latitude": 51.2, "longitude": 3.75, "zoom": 8.3}
TYPE_ORDER = ("hogeschool", "universiteit", "mbo", "syntra", "cdo", "secundair", "cvo", "hbo5", "volwassenenonderwijs")
TYPE_RGB = {kind: tuple(int(c[i:i + 2], 16) for i in (1, 3, 5))
            for kind, c in zip(TYPE_ORDER, OKABE_ITO + ["#999999"])}
SCHOOL_LAYER_ID = "schools"
INK_RGB = [int(INK[i:i + 2], 16) for i in (1, 3, 5)]  # Dutch campuses' ring, the selected campus's ring
POINT_COLUMNS = ["id", "lon", "lat", "color", "line", "name", "tip_type", "municipality", "tip_programmes", "tip_forms",
                 "website"]


def zoom_for_radius(lat: float, km: float, height_px: int) -> float:
    """The web-mercator zoom at which a circle of `km` fits the map's height (deck.gl: 512 px tiles)."""
    metres_per_px_at_zoom0 = 78271.517 * math.cos(math.radians(lat))
    return round(math.log2(metres_per_px_at_zoom0 * height_px / (2 * km * 1000 * 1.15)), 2)


def fit_view(lat, lon, width_px: int = 700, height_px: int = 560, margin: float = 1.15) -> dict:
    """Centre and web-mercator zoom at which all these points fit a map of this size (deck.gl: 512 px
    tiles). The map page fits all campuses, not the filtered ones, so filtering does not move the map."""
    import numpy as np

    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)  # vectorised: 100,000 campuses
    if not len(lat):
        return dict(CENTER)

    def merc_y(deg: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(deg) / 2))

    south, north, west, east = float(lat.min()), float(lat.max()), float(lon.min()), float(lon.max())
    span_x = max(east - west, 0.01) / 360 * 512
    span_y = max(merc_y(north) - merc_y(south), 0.0002) / (2 * math.pi) * 512
    zoom = math.log2(min(width_px / (span_x * margin), height_px / (span_y * margin)))
    mid_y = (merc_y(north) + merc_y(south)) / 2
    return {"latitude": round(math.degrees(2 * math.atan(math.exp(mid_y)) - math.pi / 2), 5),
            "longitude": round((west + east) / 2, 5), "zoom": round(min(max(zoom, 5.0), 12.0), 2)}


def point_frame(schools: pd.DataFrame, forms_names: dict[str, str], color_by: str, lang: str) -> pd.DataFrame:
    """The layer's data: plain text fields for the tooltip (rendered as text, never HTML)."""
    if color_by == "type":
        colors = schools["institution_type"].map(lambda k: list(TYPE_RGB.get(k, (153, 153, 153))))
    else:
        colors = schools["country"].map(lambda c: list(COUNTRY_RGB.get(c, (120, 120, 120))))
    # country is not told by colour alone: Dutch campuses get a dark ring, Flemish ones a white ring
    lines = schools["country"].map(lambda c: INK_RGB if c == "NL" else [255, 255, 255])
    # a campus whose offer the public sources do not give is drawn hollow: its colour becomes the ring
    known = schools["offer_known"] if "offer_known" in schools else pd.Series(True, index=schools.index)
    unknown = ~known.astype(bool)
    if unknown.any():
        lines = lines.where(known.astype(bool), colors)
        colors = colors.where(known.astype(bool), pd.Series([[255, 255, 255]] * len(schools), index=schools.index))
    return pd.DataFrame({
        "id": schools["id"].astype(str),
        "lon": schools["lon"].astype(float),
        "lat": schools["lat"].astype(float),
        "color": colors,
        "line": lines,
        "name": schools["name"].astype(str),
        "tip_type": [f"{label('type', k, lang)} · {label('country', c, lang)}"
                     for k, c in zip(schools["institution_type"], schools["country"])],
        "municipality": schools["municipality"].astype(str),
        "tip_programmes": [("; ".join(items[:8]) + (f" (+{len(items) - 8})" if len(items) > 8 else "")) if items
                           else ("—" if ok else t("tip_offer_unknown", lang))
                           for items, ok in zip(schools["programmes"], known.astype(bool))],
        "tip_forms": schools["learning_forms"].map(lambda items: "; ".join(forms_names.get(i, i) for i in items) or "—"),
        "website": schools["website"].fillna("").astype(str),
    }, columns=POINT_COLUMNS)


MAX_POINTS = 3000  # above this many campuses the layer groups them per grid cell
CELL_DEG = 0.025  # about 2.8 km north-south, 1.7 km east-west here


def aggregate_points(schools: pd.DataFrame, lang: str, cell: float = CELL_DEG) -> pd.DataFrame:
    """Group campuses per grid cell: one point per cell at the cell's mean position, sized by its count.
    Same columns as point_frame, so the layer and its (text) tooltip stay the same."""
    import numpy as np

    lat = schools["lat"].to_numpy(float)
    lon = schools["lon"].to_numpy(float)
    key = pd.DataFrame({"i": np.floor(lat / cell).astype(int), "j": np.floor(lon / cell).astype(int),
                        "lat": lat, "lon": lon, "nl": (schools["country"] == "NL").to_numpy()})
    g = key.groupby(["i", "j"], sort=False).agg(lat=("lat", "mean"), lon=("lon", "mean"), n=("lat", "size"),
                                                nl=("nl", "mean"))
    be_rgb, nl_rgb = list(COUNTRY_RGB["BE"]), list(COUNTRY_RGB["NL"])
    grouped = t("map_grouped", lang)
    return pd.DataFrame({
        "id": "", "lon": g["lon"].round(5).to_numpy(), "lat": g["lat"].round(5).to_numpy(),
        "color": [nl_rgb if share >= 0.5 else be_rgb for share in g["nl"]],
        "line": [INK_RGB if share >= 0.5 else [255, 255, 255] for share in g["nl"]],
        "name": [t("map_cell_count", lang, n=int(n)) for n in g["n"]],
        "tip_type": grouped, "municipality": "", "tip_programmes": "—", "tip_forms": "—", "website": "",
        "size": np.sqrt(g["n"].to_numpy()).round(2),
    })


def tooltip(lang: str) -> dict:
    # "text" (not "html"): deck.gl shows the interpolated values as text, so data cannot inject markup.
    return {"text": "{name}\n{tip_type}\n{municipality}\n" + t("tip_programmes", lang) + ": {tip_programmes}\n"
                    + t("tip_forms", lang) + ": {tip_forms}\n{website}",
            "style": {"backgroundColor": "#1F2933", "color": "white", "fontSize": "13px", "maxWidth": "360px",
                      "whiteSpace": "pre-wrap"}}


def _compact_json(obj) -> str:
    # pydeck's own serialiser (camelCase keys, ignored attributes), without its indent=2 padding
    return json.dumps(obj, sort_keys=True, default=default_serialize, separators=(",", ":"))


def _rings(geometry: dict) -> list[list]:
    """The rings (or lines) of a GeoJSON geometry, each a list of [lon, lat]."""
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "LineString":
        return [coords]
    if kind in ("MultiLineString", "Polygon"):
        return list(coords)
    if kind == "MultiPolygon":
        return [ring for polygon in coords for ring in polygon]
    raise ValueError(f"unexpected geometry type {kind}")


def _polygons(collection: dict) -> list[list]:
    """Each polygon of a FeatureCollection as [outer ring, holes...], as SolidPolygonLayer takes them."""
    out = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "Polygon":
            out.append(geometry["coordinates"])
        elif geometry["type"] == "MultiPolygon":
            out.extend(geometry["coordinates"])
    return out


def _segments(rings: list[list]) -> list[dict]:
    return [{"s": ring[i], "t": ring[i + 1]} for ring in rings for i in range(len(ring) - 1)]


def _outline_layer(layer_id: str, rings: list[list], color: list[int], width: float) -> pdk.Layer:
    # A LineLayer of straight segments, not GeoJsonLayer or PathLayer: deck.gl draws the same lines with a
    # much smaller shader, which a new visitor's browser compiles in a fraction of the time (bench/: the
    # provinces and the border as GeoJSON cost about as much main-thread time as the rest of the map)
    return pdk.Layer("LineLayer", _segments(rings), id=layer_id, get_source_position="s", get_target_position="t",
                     get_color=color, get_width=width, pickable=False)  # width in pixels (the default;
    # pydeck's width_units="pixels" made deck.gl draw wedges across the map)


@cache
def _static_layers() -> tuple[tuple[pdk.Layer, ...], str]:
    """The provinces and the border never change: built and serialised once per process, not on every
    rerun (they are most of the map's JSON). Two layer types only: filled polygons and straight segments."""
    provinces, border = geo.provinces(), geo.border()
    layers = (
        pdk.Layer("SolidPolygonLayer", [{"polygon": p} for p in _polygons(provinces)], id="provinces",
                  get_polygon="polygon", get_fill_color=[0, 114, 178, 14], pickable=False),
        _outline_layer("province-lines", [r for f in provinces["features"] for r in _rings(f["geometry"])],
                       [80, 90, 100, 160], 1),
        _outline_layer("border", [r for f in border["features"] for r in _rings(f["geometry"])],
                       [20, 20, 20, 230], 3),
    )
    return layers, ",".join(_compact_json(layer) for layer in layers)


class Deck(pdk.Deck):
    """A pdk.Deck whose JSON is compact and carries the static layers as text serialised once."""

    def to_json(self) -> str:
        static, static_json = _static_layers()
        everything = self.layers
        self.layers = [layer for layer in everything if not any(layer is s for s in static)]
        try:
            text = _compact_json(self)
        finally:
            self.layers = everything
        marker = '"layers":['
        i = text.index(marker) + len(marker)  # the top-level key: keys inside data strings are escaped
        return text[:i] + static_json + ("" if text[i] == "]" else ",") + text[i:]


def _point_radius(grouped: bool, point_scale: float) -> dict:
    """A campus's radius on the map: 350 m (a group: 350 m per campus in it), within pixel bounds."""
    return {"get_radius": "size * 350" if grouped else 350, "radius_min_pixels": (4 if grouped else 5) * point_scale,
            "radius_max_pixels": (30 if grouped else 14) * point_scale}


def selection_layers(points: pd.DataFrame, selected: str | None, point_scale: float = 1.0) -> list[pdk.Layer]:
    """The ring around the selected campus, as the picture draws it (les/map_svg.py): a white gap, then a dark
    ring. Two outlines under the campus, each with the campus's own radius: deck.gl centres an outline on that
    radius, so half of each width lies outside the campus, at any zoom. None when the campus is not drawn."""
    if not selected or "id" not in points or "size" in points:  # grouped points have no campus ids
        return []
    row = points.loc[points["id"] == selected, ["lon", "lat"]]
    if row.empty:
        return []
    where = [{"lon": float(row["lon"].iloc[0]), "lat": float(row["lat"].iloc[0])}]
    return [pdk.Layer("ScatterplotLayer", where, id=layer_id, get_position=["lon", "lat"],
                      **_point_radius(False, point_scale), filled=False, stroked=True, get_line_color=color,
                      line_width_units=pdk.types.String("pixels"), get_line_width=width, pickable=False)
            for layer_id, color, width in (("selected-ring", INK_RGB, 14), ("selected-gap", [255, 255, 255], 7))]


def build_deck(points: pd.DataFrame, lang: str, near: tuple[float, float, float] | None = None,
               view: dict | None = None, point_scale: float = 1.0, basemap: bool = True,
               selected: str | None = None) -> pdk.Deck:
    """The interactive map. Without `basemap` the deck has no map provider: no tile or style request, and
    the border, provinces and campuses are drawn as always (les/basemap.py decides). `selected` is a campus
    id, ringed as in the picture."""
    layers = list(_static_layers()[0])
    if near is not None:
        lat, lon, km = near
        ring = geo.circle_polygon(lat, lon, km)
        layers.append(pdk.Layer("SolidPolygonLayer", [{"polygon": ring}], id="radius", get_polygon="polygon",
                                get_fill_color=[230, 159, 0, 30], pickable=False))
        layers.append(_outline_layer("radius-line", [ring], [230, 159, 0, 255], 2))
        layers.append(pdk.Layer("ScatterplotLayer", [{"lon": lon, "lat": lat}], id="town", get_position=["lon", "lat"],
                                get_radius=400, radius_min_pixels=6, get_fill_color=[0, 0, 0, 255],
                                stroked=True, get_line_color=[255, 255, 255], line_width_min_pixels=2))
    grouped = "size" in points.columns
    layers += selection_layers(points, selected, point_scale)
    layers.append(pdk.Layer(
        "ScatterplotLayer", points, id=SCHOOL_LAYER_ID, get_position=["lon", "lat"], get_fill_color="color",
        **_point_radius(grouped, point_scale), stroked=True,
        get_line_color="line", line_width_min_pixels=2, pickable=True, auto_highlight=True,
    ))
    view_state = pdk.ViewState(**(view or CENTER))
    if basemap:  # map_style None: Streamlit picks CARTO's light or dark style to match its theme
        return Deck(layers=layers, initial_view_state=view_state, tooltip=tooltip(lang), map_style=None)
    return Deck(layers=layers, initial_view_state=view_state, tooltip=tooltip(lang), map_provider=None)


def legend_entries(color_by: str, near: bool, lang: str, unknown_offer: bool = False,
                   types: set | None = None) -> list[tuple[str, str, str, str]]:
    """The map's legend, the same for the picture, the interactive map and the story's map: (label, kind,
    fill, ring), kind "point", "line" or "circle". Interface strings and our own colours only. Coloured by
    type, it names the `types` on the map (all nine without it): a key to colours the map does not show
    only made the box larger, over the campuses."""
    if color_by == "type":
        entries = [(label("type", k, lang), "point", "#%02X%02X%02X" % TYPE_RGB[k], "#1F2933") for k in TYPE_ORDER
                   if types is None or k in types]
        entries += [(t("m_legend_ring", lang), "point", "#FFFFFF", "#1F2933")]
    else:
        entries = [(label("country", "BE", lang), "point", COUNTRY_COLORS["BE"], "#FFFFFF"),
                   (label("country", "NL", lang), "point", COUNTRY_COLORS["NL"], "#1F2933")]
    if unknown_offer:
        entries += [(t("m_legend_unknown", lang), "point", "#FFFFFF", "#505A64")]
    entries += [(t("m_legend_border", lang), "line", "#141414", "#141414")]
    if near:
        entries += [(t("m_legend_radius", lang), "circle", "#E69F00", "#E69F00")]
    return entries
