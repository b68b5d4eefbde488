"""The quadrant model drawn as a static SVG picture, shown with `st.image`.

A model diagram, not a data chart: four shaded quadrants, the activities as points (filled when ticked,
named when ticked) and, on request, the learning forms as dotted lines joining the quadrants they span.
An SVG shown as an image costs a visitor nothing to load (a plotly chart costs Streamlit's 4.7 MB
plotly bundle, about 0.8 s on a 2-core machine: see docs/PERFORMANCE.md), stays sharp on a projector,
downloads as a picture for a report, and, being an <img>, can never run anything from the data.
Every text from the data is XML-escaped; `alt_text` gives the same content in words.
"""

from __future__ import annotations

import textwrap
from html import escape

import pandas as pd

from les.i18n import t
from les.quadrant import QUADRANT_BOX, QUADRANTS

QUADRANT_FILL = {"q1": "#56B4E9", "q2": "#009E73", "q3": "#E69F00", "q4": "#D55E00"}
UNCOVERED_FILL = "#D9DDE2"
INK = "#1F2933"
FORM_INK = "#4A525C"
FONT_FAMILY = "'Source Sans', 'Source Sans Pro', 'Segoe UI', Arial, sans-serif"

# canvas (SVG user units): the plot square, with room for the legend above and the axis titles
LEFT, TOP, SIDE = 56, 58, 620
WIDTH, HEIGHT = LEFT + SIDE + 24, TOP + SIDE + 52
EXTENT = 1.05  # the model's coordinates run from -1 to 1; a little margin around


def _px(x: float) -> float:
    return round(LEFT + (x + EXTENT) / (2 * EXTENT) * SIDE, 1)


def _py(y: float) -> float:
    return round(TOP + (EXTENT - y) / (2 * EXTENT) * SIDE, 1)


def _name(row, lang: str) -> str:
    return str(row["name_en"] if lang == "en" else row["name_nl"])


def _text(x: float, y: float, value: str, size: float, anchor: str = "start", weight: str = "normal",
          fill: str = INK, width: int = 0, halo: bool = False) -> str:
    """A text element; `width` > 0 wraps it into lines of at most that many characters. `halo`: a white edge
    around the letters, so a dotted form line or a neighbour's dot passing under a name leaves it legible."""
    lines = _wrap(value, width)
    spans = "".join(f'<tspan x="{x}" dy="{0 if i == 0 else round(size * 1.15, 1)}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    edge = ' stroke="white" stroke-width="5" stroke-linejoin="round" paint-order="stroke"' if halo else ""
    return (f'<text x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" font-weight="{weight}" '
            f'fill="{fill}"{edge}>{spans}</text>')


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in user units


def _text_box(x: float, y: float, lines: list[str], size: float, anchor: str) -> Box:
    """Where a `_text` of these lines lands, estimated (an average letter, with the spaces, is about 0.55 of
    the type size wide)."""
    w = max(len(line) for line in lines) * size * 0.55
    x0 = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
    return x0, y - size * 0.8, x0 + w, y + (len(lines) - 1) * size * 1.15 + size * 0.25


def _wrap(value: str, width: int = 0) -> list[str]:
    return textwrap.wrap(value, width, break_long_words=False) if width else [value]


def _overlap(a: Box, b: Box) -> float:
    """The area two boxes share (called some thousand times a picture: plain comparisons, not min/max)."""
    w = (a[2] if a[2] < b[2] else b[2]) - (a[0] if a[0] > b[0] else b[0])
    if w <= 0:
        return 0.0
    h = (a[3] if a[3] < b[3] else b[3]) - (a[1] if a[1] > b[1] else b[1])
    return w * h if h > 0 else 0.0


def _places(x: float, y: float, value: str, size: float, preferred: str) -> list[tuple]:
    """The places an activity's name may take beside its dot at (x, y), most wanted first: under it (as
    before), over it, right or left of it, on lines of 30, 20 or 14 letters, in the anchor of its side of the
    model first. Each: (cost of leaving the model's square or the dot's quadrant, x, baseline, anchor, wrap
    width, box). A name across an axis reads as belonging to two quadrants ("Bedrijfsbezoek" ran from the second
    into the first, over the axis and the title): what lies beyond an axis counts as what lies outside."""
    plot = (LEFT, TOP, LEFT + SIDE, TOP + SIDE)
    cx0, cy0 = _px(0), _py(0)
    own = (LEFT if x < cx0 else cx0, TOP if y < cy0 else cy0, cx0 if x < cx0 else LEFT + SIDE,
           cy0 if y < cy0 else TOP + SIDE)  # the dot's quadrant
    shift = {"start": -8, "end": 8, "middle": 0}
    places = []
    for width in (30, 20, 14):
        lines = _wrap(value, width)
        below = y + 14 + size
        above = y - 14 - (len(lines) - 1) * size * 1.15 - size * 0.25
        beside = y + size * 0.3 - (len(lines) - 1) * size * 1.15 / 2
        spots = [(x + shift[anchor], baseline, anchor) for baseline in (below, above)
                 for anchor in dict.fromkeys((preferred, "middle", "start", "end"))]
        for cx, baseline, anchor in spots + [(x + 14, beside, "start"), (x - 14, beside, "end")]:
            box = _text_box(cx, baseline, lines, size, anchor)
            area = (box[2] - box[0]) * (box[3] - box[1])
            outside, beyond = area - _overlap(box, plot), area - _overlap(box, own)
            places.append((2 * outside + beyond, cx, baseline, anchor, width, box))
    return places


def _least_covering(places: list[tuple], taken: list[Box], heavy: list[tuple[Box, float]] = ()) -> tuple:
    """The first of the places that covers least of `taken` ("Project aangeleverd…" lay over
    "Simulatieonderwijs…" with every activity ticked, "Les en instructie op school" over "Bedrijfsbezoek"), and
    of each `heavy` box its weight times as much (the quadrants' titles and the activities' dots: a name over
    a dot hides an activity, not only a name)."""
    best, best_cost = None, float("inf")
    for place in places:
        cost = place[0]
        for other in taken:
            cost += _overlap(place[5], other)
            if cost >= best_cost:
                break
        for box, weight in heavy:
            if cost >= best_cost:
                break
            cost += weight * _overlap(place[5], box)
        if cost < best_cost:
            best, best_cost = place, cost
            if cost == 0:  # nothing covered: the most wanted free place
                break
    return best


def quadrant_svg(activities: pd.DataFrame, lang: str, selected: tuple[str, ...] = (),
                 covered: tuple[str, ...] | None = None, show_forms: bool = False) -> str:
    """The model as an SVG document. `covered` None: every quadrant in colour (the model itself); a tuple:
    the quadrants a check covers in colour, the others grey."""
    # text in user units: a 700-unit wide picture is shown at about 450 px in a column (14 px type) and at
    # 640 px on a projector (20 px type), so one size serves both
    size = 22
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
             f'height="{HEIGHT}" font-family="{escape(FONT_FAMILY)}" role="img">',
             f"<title>{escape(t('nav_hybrid', lang))}</title>",
             f"<desc>{escape(alt_text(activities, lang, selected, covered))}</desc>",
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    for q in QUADRANTS:
        (x0, x1), (y0, y1) = QUADRANT_BOX[q]
        active = covered is None or q in covered
        parts.append(f'<rect x="{_px(x0)}" y="{_py(y1)}" width="{_px(x1) - _px(x0)}" height="{_py(y0) - _py(y1)}" '
                     f'fill="{QUADRANT_FILL[q] if active else UNCOVERED_FILL}" '
                     f'fill-opacity="{0.28 if active else 0.5}" stroke="white" stroke-width="3"/>')
        parts.append(_text(_px(x0 + 0.03), _py(y1 - 0.04) + min(size, 24), f"{q[1]}. {t('quad_' + q, lang)}",
                           min(size, 24), weight="bold", width=22))
    # the two dimensions
    parts.append(f'<line x1="{_px(-EXTENT)}" y1="{_py(0)}" x2="{_px(EXTENT)}" y2="{_py(0)}" stroke="{INK}" stroke-width="2"/>')
    parts.append(f'<line x1="{_px(0)}" y1="{_py(EXTENT)}" x2="{_px(0)}" y2="{_py(-EXTENT)}" stroke="{INK}" stroke-width="2"/>')
    parts.append(_text(_px(0), TOP + SIDE + 38, t("quad_x_axis", lang), size * 0.9, anchor="middle", fill=FORM_INK))
    parts.append(f'<g transform="translate({LEFT - 22} {_py(0)}) rotate(-90)">'
                 + _text(0, 0, t("quad_y_axis", lang), size * 0.9, anchor="middle", fill=FORM_INK) + "</g>")

    # what a name must keep clear of: the quadrants' titles and every activity's dot (most of all), the forms'
    # names and the other activities' names
    title_size = min(size, 24)
    taken: list[Box] = []
    titles: list[Box] = []
    for q in QUADRANTS:
        (x0, x1), (y0, y1) = QUADRANT_BOX[q]
        title = f"{q[1]}. {t('quad_' + q, lang)}"
        titles.append(_text_box(_px(x0 + 0.03), _py(y1 - 0.04) + title_size, _wrap(title, 22), title_size, "start"))
    acts = activities[activities["kind"] == "activity"].to_dict("records")  # rows as dicts: iterrows cost half
    every_dot = [(_px(float(r["x"])) - 10, _py(float(r["y"])) - 10, _px(float(r["x"])) + 10, _py(float(r["y"])) + 10)
                 for r in acts]
    # the forms first, under the activities: their dotted lines pass beneath the dots and the names
    if show_forms:
        forms = activities[activities["kind"] == "form"].reset_index(drop=True)
        centres = {q: ((b[0][0] + b[0][1]) / 2, (b[1][0] + b[1][1]) / 2) for q, b in QUADRANT_BOX.items()}
        for i, row in forms.iterrows():
            # one lane per form, the same height in every quadrant, so the spans run parallel
            lane = 0.26 - 0.68 * i / max(len(forms) - 1, 1)
            pts = [(_px(centres[q][0] - 0.3), _py(centres[q][1] + lane)) for q in row["quadrants"]]
            if len(pts) > 1:
                parts.append(f'<polyline points="{" ".join(f"{a},{b}" for a, b in pts)}" fill="none" '
                             f'stroke="#6B7480" stroke-width="2" stroke-dasharray="4 4"/>')
            parts += [f'<rect x="{a - 5}" y="{b - 5}" width="10" height="10" fill="#6B7480"/>' for a, b in pts]
            parts.append(_text(pts[0][0] + 10, pts[0][1] + size * 0.25, _name(row, lang), size * 0.75, fill=FORM_INK,
                               weight="bold", halo=True))
            taken.append(_text_box(pts[0][0] + 10, pts[0][1] + size * 0.25, [_name(row, lang)], size * 0.75, "start"))
    for row in acts:
        x, y, ticked = float(row["x"]), float(row["y"]), row["id"] in selected
        parts.append(f'<circle cx="{_px(x)}" cy="{_py(y)}" r="8" stroke="{INK}" stroke-width="2.5" '
                     f'fill="{INK if ticked else "white"}"><title>{escape(_name(row, lang))}</title></circle>')
    # the names over every dot, each where it covers least: placed in turn, then each placed again knowing
    # where all the others went (a name placed first took the place a later one needed), three rounds
    named = [(r, float(r["x"]), float(r["y"])) for r in acts if r["id"] in selected]
    places = [_places(_px(x), _py(y), _name(row, lang), size * 0.85, "start" if x < -0.4 else "end" if x > 0.4
                      else "middle") for row, x, y in named]
    dots = [(_px(x) - 10, _py(y) - 10, _px(x) + 10, _py(y) + 10) for _, x, y in named]
    placed: list = [None] * len(named)
    for _ in range(3):
        before = list(placed)
        for i in range(len(named)):
            others = taken + [p[5] for j, p in enumerate(placed) if p and j != i]
            placed[i] = _least_covering(places[i], others,
                                        [(b, 5) for b in titles] + [(b, 3) for b in every_dot if b != dots[i]])
        if placed == before:  # settled
            break
    for (row, _, _), (_, tx, baseline, anchor, width, _) in zip(named, placed):
        parts.append(_text(round(tx, 1), round(baseline, 1), _name(row, lang), size * 0.85, anchor=anchor,
                           width=width, halo=True))
    # legend, from interface strings only; each entry placed after the estimated width of the one before
    ly, lx, ls = 24, LEFT, size * 0.85
    # "ticked" only where a dot is: the model alone (the story's first step) has none to explain
    entries = [("open", t("quad_not_ticked", lang))] + ([("filled", t("quad_ticked", lang))] if selected else [])
    entries += [("form", t("quad_legend_form", lang))] if show_forms else []
    for kind, text in entries:
        if kind == "form":
            parts.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 24}" y2="{ly}" stroke="#6B7480" stroke-width="2" '
                         f'stroke-dasharray="4 4"/>')
        else:
            parts.append(f'<circle cx="{lx + 8}" cy="{ly}" r="7" stroke="{INK}" stroke-width="2.5" '
                         f'fill="{INK if kind == "filled" else "white"}"/>')
        parts.append(_text(lx + 30, round(ly + ls * 0.32, 1), text, ls))
        lx += 30 + round(len(text) * ls * 0.55) + 36
    parts.append("</svg>")
    return "".join(parts)


def alt_text(activities: pd.DataFrame, lang: str, selected: tuple[str, ...] = (),
             covered: tuple[str, ...] | None = None) -> str:
    """What the picture shows, in words, for screen readers and for anyone who cannot see it."""
    acts = activities[activities["kind"] == "activity"]
    names = [_name(row, lang) for row in acts.to_dict("records") if row["id"] in selected]
    text = t("quad_alt", lang, quadrants="; ".join(f"{q[1]}. {t('quad_' + q, lang)}" for q in QUADRANTS))
    if covered is not None:
        text += " " + t("quad_alt_covered", lang, covered=", ".join(q[1] for q in covered) or "–")
    if names:
        text += " " + t("quad_alt_ticked", lang, names="; ".join(names))
    return text
