"""The school map drawn as a static SVG picture, shown with `st.image`: the map page's first view.

The same projection (web mercator, 512-pixel world at zoom 0), view, colours and layers as the pydeck
map (`les.maps`), so switching between the two shows the same map: provinces, the national border, the
search radius, the campuses (or their groups above `maps.MAX_POINTS`), and the largest towns named for
orientation, since there is no basemap. A picture costs a new visitor nothing to load, where the
interactive map costs Streamlit's 3 MB deck.gl bundle and a WebGL context (docs/PERFORMANCE.md); it
needs no graphics card, stays sharp on a projector, downloads for a report, and, being an <img>, can
never run anything from the data. Every text is XML-escaped; `alt_text` says what the picture shows.
"""

from __future__ import annotations

import math
from functools import lru_cache
from html import escape

import numpy as np
import pandas as pd

from les import geo
from les.i18n import fmt_number, t

WIDTH, HEIGHT = 700, 560  # the size maps.fit_view fits the campuses into
TILE = 512  # deck.gl's world size at zoom 0
BACKGROUND = "#F4F6F8"
INK = "#1F2933"
FONT_FAMILY = "'Source Sans', 'Source Sans Pro', 'Segoe UI', Arial, sans-serif"
TOWN_MIN_POPULATION = 25_000  # Terneuzen (27,930 in GeoNames) is named
MAX_TOWN_LABELS = 20


def _rgb(color) -> str:
    r, g, b = (int(c) for c in list(color)[:3])
    return f"#{r:02X}{g:02X}{b:02X}"


class Projection:
    """lon/lat to the picture's pixels, as deck.gl projects a view of this centre and zoom."""

    def __init__(self, view: dict, width: int = WIDTH, height: int = HEIGHT):
        self.scale = TILE * 2 ** float(view["zoom"])
        self.width, self.height = width, height
        self.cx, self.cy = self._world(float(view["longitude"]), float(view["latitude"]))
        self.lat = float(view["latitude"])

    def _world(self, lon, lat):
        """Web-mercator world pixels of numbers or numpy arrays (the one place the formula stands)."""
        lat = np.clip(lat, -85.0, 85.0)
        x = (np.asarray(lon, dtype=float) + 180) / 360 * self.scale
        y = (1 - np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) / np.pi) / 2 * self.scale
        return x, y

    def pixels(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """The picture's pixels (0.1 px) of arrays of positions: thousands of campuses in one go."""
        x, y = self._world(lon, lat)
        return np.round(x - self.cx + self.width / 2, 1), np.round(y - self.cy + self.height / 2, 1)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = self.pixels(lon, lat)
        return float(x), float(y)

    def px_per_km(self) -> float:
        return self.scale / (2 * math.pi * geo.EARTH_RADIUS_KM * math.cos(math.radians(self.lat)))

    def inside(self, x: float, y: float, margin: float = 0) -> bool:
        return -margin <= x <= self.width + margin and -margin <= y <= self.height + margin


def _path(rings, project: Projection, close: bool) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 2:
            continue
        lonlat = np.asarray(ring, dtype=float)
        xs, ys = project.pixels(lonlat[:, 0], lonlat[:, 1])
        parts.append("M" + "L".join(f"{x},{y}" for x, y in zip(xs.tolist(), ys.tolist())) + ("Z" if close else ""))
    return "".join(parts)


def _geometry_path(geometry: dict, project: Projection) -> str:
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "LineString":
        return _path([coords], project, False)
    if kind == "MultiLineString":
        return _path(coords, project, False)
    if kind == "Polygon":
        return _path(coords, project, True)
    if kind == "MultiPolygon":
        return "".join(_path(poly, project, True) for poly in coords)
    return ""


@lru_cache(maxsize=32)
def _static_layers(view_key: tuple[float, float, float], width: int, height: int) -> str:
    """Provinces and border never change for a view: drawn once per view and process."""
    project = Projection(dict(zip(("latitude", "longitude", "zoom"), view_key)), width, height)
    out = []
    for feature in geo.provinces()["features"]:
        d = _geometry_path(feature["geometry"], project)
        out.append(f'<path d="{d}" fill="#0072B2" fill-opacity="0.055" stroke="#505A64" stroke-opacity="0.63" '
                   f'stroke-width="1" fill-rule="evenodd"/>')
    for feature in geo.border()["features"]:
        d = _geometry_path(feature["geometry"], project)
        out.append(f'<path d="{d}" fill="none" stroke="#141414" stroke-opacity="0.9" stroke-width="3" '
                   f'stroke-linejoin="round" stroke-linecap="round"/>')
    return "".join(out)


# Where a town's name may go beside its dot: right and above (the usual place), right and below, left and
# above, left and below. (x offset, baseline offset, anchored at the name's end)
_TOWN_PLACES = ((5, -4, False), (5, 14, False), (-5, -4, True), (-5, 14, True))


def _covered(box, marks) -> float:
    """How much of the campus marks (x, y, r) a label box lies on: the overlapping area of their squares."""
    total = 0.0
    for x, y, r in marks:
        w = min(box[2], x + r) - max(box[0], x - r)
        h = min(box[3], y + r) - max(box[1], y - r)
        if w > 0 and h > 0:
            total += w * h
    return total


def _town_choice(project: Projection, keep_clear: tuple, named: str | None) -> list[tuple[str, float, float]]:
    """Which towns are named: the largest in view, each whose name fits right of its dot without overlapping
    one already placed, the `keep_clear` boxes or the picture's edge (at most MAX_TOWN_LABELS). The same towns
    whatever the campuses: the picture keeps its landmarks while the filters change."""
    towns = geo.towns()
    # Brussels' 19 municipalities are one city on a map of this scale
    towns = towns[(towns["population"] >= TOWN_MIN_POPULATION)
                  & ((towns["province"] != "Brussel") | (towns["name"] == "Brussel"))]
    placed: list[tuple[float, float, float, float]] = list(keep_clear)
    chosen = []
    xs, ys = project.pixels(towns["lon"].to_numpy(float), towns["lat"].to_numpy(float))
    for name, x, y in zip(towns["name"], xs.tolist(), ys.tolist()):
        if named and str(name) == named.split(" (")[0]:
            continue
        if not project.inside(x, y, margin=-12):
            continue
        box = _label_box(x, y, str(name), *_TOWN_PLACES[0])
        if box[2] > project.width - 4 or _overlaps(box, placed):
            continue
        placed.append(box)
        chosen.append((str(name), x, y))
        if len(chosen) >= MAX_TOWN_LABELS:
            break
    return chosen


def _label_box(x: float, y: float, name: str, dx: float, dy: float, at_end: bool) -> tuple[float, float, float, float]:
    """The box a town's dot and name take, with the name at one of _TOWN_PLACES."""
    w = 7.2 * len(name) + 8
    left = x + 3 - w if at_end else x - 3
    return left, y + dy - 12, left + w, y + dy + 8


def _overlaps(box, boxes) -> bool:
    return any(not (box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3]) for b in boxes)


def _town_labels(project: Projection, keep_clear: tuple = (), named: str | None = None,
                 marks: list[tuple[float, float, float]] = ()) -> tuple[str, str]:
    """The towns `_town_choice` names, for orientation (there is no basemap): (their dots, their names). No
    town is named inside the `keep_clear` boxes (the legend and the scale bar), nor the town `named` by the
    caller (the distance tool's town, which gets a label of its own). Each name goes on the side of its dot
    that lies least on the campus `marks` and on the other named towns' dots, and is drawn over the campuses
    with a white edge: drawn under them, "Gent" read "ent" on a projector."""
    chosen = _town_choice(project, keep_clear, named)
    placed: list[tuple[float, float, float, float]] = list(keep_clear)
    dots, names = [], []
    for name, x, y in chosen:
        others = [(ox, oy, 8.0) for other, ox, oy in chosen if other != name]
        options = []
        for i, (dx, dy, at_end) in enumerate(_TOWN_PLACES):
            box = _label_box(x, y, name, dx, dy, at_end)
            if box[0] < 4 or box[2] > project.width - 4 or _overlaps(box, placed):
                continue
            options.append((_covered(box, marks) + 4 * _covered(box, others), i, box))
        if not options:
            continue
        _, i, box = min(options)
        dx, dy, at_end = _TOWN_PLACES[i]
        placed.append(box)
        dots.append(f'<circle cx="{x}" cy="{y}" r="2.5" fill="#505A64"/>')
        anchor = ' text-anchor="end"' if at_end else ""
        names.append(f'<text class="town" x="{round(x + dx, 1)}" y="{round(y + dy, 1)}" font-size="13" fill="#3E4852" '
                     f'stroke="white" stroke-width="3" paint-order="stroke"{anchor}>{escape(name)}</text>')
    return "".join(dots), "".join(names)


def _scale_bar(project: Projection) -> str:
    px = project.px_per_km()
    km = next((k for k in (1, 2, 5, 10, 20, 50, 100, 200) if k * px >= 60), 500)
    length = round(km * px, 1)
    x0, y0 = 16, project.height - 18
    return (f'<g><rect x="{x0 - 6}" y="{y0 - 20}" width="{length + 12 + 40}" height="30" fill="white" '
            f'fill-opacity="0.8" rx="3"/><path d="M{x0},{y0 - 5}V{y0}H{x0 + length}V{y0 - 5}" fill="none" '
            f'stroke="{INK}" stroke-width="2"/><text x="{x0 + length + 6}" y="{y0}" font-size="13" '
            f'fill="{INK}">{fmt_number(km)} km</text></g>')


LEGEND_ROW = 20


def _legend_columns(entries, columns: int) -> tuple[int, list[float]]:
    """Rows, and each column's width, for the entries laid out down `columns` columns."""
    rows = -(-len(entries) // columns) if entries else 0
    return rows, [max(7.0 * len(name) for name, *_ in entries[c * rows:(c + 1) * rows]) + 44
                  for c in range(columns) if entries[c * rows:(c + 1) * rows]]


def _legend_box(entries, x: float = 10, y: float = 10, columns: int = 1) -> tuple[float, float, float, float]:
    rows, widths = _legend_columns(entries, columns)
    return x, y, round(x + sum(widths), 1), y + rows * LEGEND_ROW + 10


def legend_place(entries, marks: list[tuple[float, float, float]], width: int = WIDTH,
                 height: int = HEIGHT) -> tuple[float, float, int]:
    """Where the legend box goes, and in how many columns: where it hides the fewest `marks` (x, y, radius:
    the campuses, the town the radius is drawn around). Zoomed in on Terneuzen, a tall box in the top-left
    corner held Walcheren's campuses; a low box of two columns along an edge, in the emptiest corner, hides
    none. Ties: two columns before one, then top-left (the North Sea in the default view), top-right,
    bottom-right, bottom-left above the scale bar."""
    places = []
    for columns in ((2, 1) if len(entries) > 3 else (1,)):
        x0, y0, x1, y1 = _legend_box(entries, 0, 0, columns)
        w, h = x1 - x0, y1 - y0
        if w > width - 20:
            continue
        places += [(10, 10, columns, w, h), (width - w - 10, 10, columns, w, h),
                   (width - w - 10, height - h - 10, columns, w, h), (10, height - 50 - h - 4, columns, w, h)]

    def hidden(place):
        cx, cy, _, w, h = place
        return sum(1 for x, y, r in marks if cx - r < x < cx + w + r and cy - r < y < cy + h + r)
    x, y, columns, *_ = min(places, key=hidden) if places else (10, 10, 1)
    return x, y, columns


def legend_svg(entries: list[tuple[str, str, str, str]], x: float = 10, y: float = 10, columns: int = 1) -> str:
    """A legend box, by default in the picture's top-left corner (`legend_place` finds the best), so a
    downloaded map explains itself. Entries: (label, kind, fill, stroke), kind "point", "line" or "circle"."""
    if not entries:
        return ""
    row, size = LEGEND_ROW, 13
    x0, y0, x1, y1 = _legend_box(entries, x, y, columns)
    out = [f'<g class="legend"><rect x="{x0}" y="{y0}" width="{round(x1 - x0, 1)}" height="{y1 - y0}" fill="white" '
           f'fill-opacity="0.88" stroke="#C9CED4" rx="4"/>']
    rows, widths = _legend_columns(entries, columns)
    for i, (name, kind, fill, stroke) in enumerate(entries):  # down the first column, then the second
        cy = y + 15 + (i % rows) * row
        cx = round(x + 16 + sum(widths[:i // rows]), 1)
        out.append(_legend_mark(kind, fill, stroke, cx, cy))
        out.append(f'<text x="{cx + 14}" y="{cy + 4.5}" font-size="{size}" fill="{INK}">{escape(name)}</text>')
    return "".join(out) + "</g>"


def _legend_mark(kind: str, fill: str, stroke: str, cx: float, cy: float) -> str:
    """How a legend entry is drawn: as the map draws it, a hollow campus as a ring, a line as a line."""
    if kind == "line":
        return f'<path d="M{cx - 9},{cy}H{cx + 9}" stroke="{fill}" stroke-width="3"/>'
    if kind == "circle":
        return (f'<circle cx="{cx}" cy="{cy}" r="7" fill="{fill}" fill-opacity="0.15" stroke="{stroke}" '
                f'stroke-width="2"/>')
    return f'<circle cx="{cx}" cy="{cy}" r="5" fill="{fill}" stroke="{stroke}" stroke-width="2"/>'


def legend_html(entries: list[tuple[str, str, str, str]]) -> str:
    """The legend under the interactive map, its marks drawn as on the picture: a white dot keeps its dark
    ring (a white text symbol on the white page could not be seen). CSS shapes, not SVG: st.html removes
    SVG. Interface strings and our own colours only; labels escaped."""
    shapes = {
        "point": "width:10px;height:10px;border-radius:50%;background:{fill};border:2px solid {stroke}",
        "circle": "width:12px;height:12px;border-radius:50%;background:{fill}26;border:2px solid {stroke}",
        "line": "width:18px;height:3px;background:{fill}",
    }
    items = "".join(
        f'<span style="display:inline-flex;align-items:center;gap:6px"><span class="mark" style="display:inline-block;'
        f'{shapes[kind].format(fill=fill, stroke=stroke)}"></span>{escape(name)}</span>'
        for name, kind, fill, stroke in entries)
    return f'<div style="display:flex;flex-wrap:wrap;gap:14px;font-size:0.95rem">{items}</div>'



# Where the distance tool's town is named beside its dot: right and above (the usual place), right and below,
# left and above, left and below. (x offset, baseline offset, anchored at the name's end)
_NEAR_PLACES = ((10, -8, False), (10, 22, False), (-10, -8, True), (-10, 22, True))


def _near_label_place(x: float, y: float, name: str, marks, width: int) -> tuple[tuple[float, float, bool], tuple]:
    """The side of the distance tool's town where its (bold, 17-unit) name lies least on the campus `marks`,
    within the picture: (its place in _NEAR_PLACES, the box the name takes there)."""
    w = 9.5 * len(name)
    options = []
    for i, (dx, dy, at_end) in enumerate(_NEAR_PLACES):
        left = x + dx - w if at_end else x + dx
        box = (left, y + dy - 14, left + w, y + dy + 4)
        if left >= 2 and left + w <= width - 2:
            options.append((_covered(box, marks), i, box))
    if not options:
        return _NEAR_PLACES[0], (x + 10, y - 22, x + 10 + w, y - 4)
    _, i, box = min(options)
    return _NEAR_PLACES[i], box


def map_svg(points: pd.DataFrame, view: dict, near: tuple[float, float, float] | None = None,
            selected: str | None = None, legend: list[tuple[str, str, str, str]] | None = None,
            width: int = WIDTH, height: int = HEIGHT, near_label: str | None = None) -> str:
    """The map as an SVG document. `points` is `maps.point_frame` or `maps.aggregate_points` output (the
    same frame the interactive layer gets); `selected` is a campus id drawn with a heavier ring; `legend`
    as for `legend_svg`; `near_label` names the town the radius is drawn around, beside its dot."""
    project = Projection(view, width, height)
    view_key = (float(view["latitude"]), float(view["longitude"]), float(view["zoom"]))
    grouped = "size" in points.columns
    sizes = points["size"].to_numpy(float) if grouped else None
    xs, ys = project.pixels(points["lon"].to_numpy(float), points["lat"].to_numpy(float))
    px_km = project.px_per_km()
    # the interactive layer's radius (350 m, grouped: size × 350 m) within its pixel bounds
    radii = [min(max((sizes[i] if grouped else 1) * 0.35 * px_km, 4 if grouped else 5), 30 if grouped else 14)
             for i in range(len(points))]
    marks = list(zip(xs.tolist(), ys.tolist(), radii))
    near_at = None
    if near is not None:  # the town's dot and its name count as much as the campuses around it
        nx, ny = project(near[1], near[0])
        near_at = _near_label_place(nx, ny, near_label or "", [m for m in marks if project.inside(m[0], m[1], 30)],
                                    width)
        box = near_at[1]
        marks += [(nx, ny, 6)] * 5 + [(box[0] + 9.5 * i, box[1] + 8, 8) for i in range(len(near_label or ""))]
    legend_at = legend_place(legend, marks, width, height) if legend else (10, 10, 1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="{escape(FONT_FAMILY)}">',
           f'<rect width="{width}" height="{height}" fill="{BACKGROUND}"/>',
           _static_layers(view_key, width, height)]
    town_dots, town_names = _town_labels(
        project, ((0, height - 50, 200, height),) + ((_legend_box(legend, *legend_at),) if legend else ()),
        near_label if near is not None else None, [m for m in marks if project.inside(m[0], m[1], margin=30)])
    out.append(town_dots)
    if near is not None:
        lat, lon, km = near
        d = _path([geo.circle_polygon(lat, lon, km)], project, True)
        out.append(f'<path d="{d}" fill="#E69F00" fill-opacity="0.12" stroke="#E69F00" stroke-width="2"/>')
    chosen = None
    rows = zip(xs.tolist(), ys.tolist(), points["color"], points["line"], points["id"], radii)
    for x, y, fill, line, pid, r in rows:
        if not project.inside(x, y, margin=30):
            continue
        circle = (f'<circle cx="{x}" cy="{y}" r="{round(r, 1)}" fill="{_rgb(fill)}" stroke="{_rgb(line)}" '
                  f'stroke-width="2"/>')
        if selected and pid == selected:
            chosen = (x, y, r)
        out.append(circle)
    if chosen:  # under the names: a ring over the distance tool's town covered the V of Vlissingen
        x, y, r = chosen
        out.append(f'<circle cx="{x}" cy="{y}" r="{round(r + 5, 1)}" fill="none" stroke="{INK}" stroke-width="3"/>')
    out.append(town_names)
    if near is not None:
        x, y = project(near[1], near[0])
        out.append(f'<circle cx="{x}" cy="{y}" r="6" fill="black" stroke="white" stroke-width="2"/>')
        if near_label:
            (dx, dy, at_end), _ = near_at
            anchor = ' text-anchor="end"' if at_end else ""
            out.append(f'<text class="near-label" x="{round(x + dx, 1)}" y="{round(y + dy, 1)}" font-size="17" '
                       f'font-weight="700" fill="{INK}" stroke="white" stroke-width="4" paint-order="stroke"{anchor}>'
                       f'{escape(near_label)}</text>')
    out.append(_scale_bar(project))
    out.append(legend_svg(legend or [], *legend_at))
    out.append("</svg>")
    return "".join(out)


def alt_text(points: pd.DataFrame, shown: pd.DataFrame, lang: str, near_label: str | None = None,
             km: int | None = None) -> str:
    """What the picture shows, in words (for screen readers and for anyone the image fails to load for)."""
    be = int((shown["country"] == "BE").sum()) if len(shown) else 0
    nl = int((shown["country"] == "NL").sum()) if len(shown) else 0
    text = t("msvg_alt", lang, n=fmt_number(len(shown)), be=fmt_number(be), nl=fmt_number(nl))
    if "size" in points.columns:
        text += " " + t("msvg_alt_grouped", lang, n=fmt_number(len(points)))
    if near_label:
        text += " " + t("msvg_alt_near", lang, km=km, town=near_label)
    return text
