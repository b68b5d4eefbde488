"""Offline geography: the border, provinces and towns shipped in data/geo, and distances on the sphere."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km; works on scalars and numpy arrays."""
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


@cache
def border() -> dict:
    # The border traced on Belgium's own (NGI) outline: it meets the province edges and crosses the Scheldt.
    return json.loads((GEO_DIR / "border_ngi.geojson").read_text(encoding="utf-8"))


@cache
def provinces() -> dict:
    return json.loads((GEO_DIR / "provinces.geojson").read_text(encoding="utf-8"))


@cache
def towns() -> pd.DataFrame:
    """Towns with a unique label: the name, plus the province where a name occurs twice (Middelburg)."""
    frame = pd.read_csv(GEO_DIR / "towns.csv", dtype={"name": str, "country": str, "province": str})
    frame = frame.sort_values("population", ascending=False)
    counts = frame["name"].value_counts()
    frame["label"] = [n if counts[n] == 1 else f"{n} ({p})" for n, p in zip(frame["name"], frame["province"])]
    # a duplicated name alone still means its largest namesake
    return frame.reset_index(drop=True)


def find_town(name: str) -> pd.Series | None:
    """By label or by name (case-insensitive); the most populous wins for a bare duplicated name."""
    t = towns()
    key = name.strip().casefold()
    for col in ("label", "name"):
        hit = t[t[col].str.casefold() == key]
        if not hit.empty:
            return hit.iloc[0]
    return None


@cache
def town_labels(names: tuple[str, ...]) -> tuple[str, ...]:
    """The labels of these towns, in this order, leaving out any not in the list (once per process)."""
    return tuple(str(town["label"]) for town in map(find_town, names) if town is not None)


def circle_polygon(lat: float, lon: float, km: float, steps: int = 96) -> list[list[float]]:
    """A ring of [lon, lat] points at `km` from the centre (for drawing the search radius)."""
    d = km / EARTH_RADIUS_KM
    lat1, lon1 = math.radians(lat), math.radians(lon)
    ring = []
    for i in range(steps + 1):
        brg = 2 * math.pi * i / steps
        lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(brg))
        lon2 = lon1 + math.atan2(math.sin(brg) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) * math.sin(lat2))
        ring.append([round(math.degrees(lon2), 5), round(math.degrees(lat2), 5)])
    return ring


def within(schools: pd.DataFrame, lat: float, lon: float, km: float) -> pd.DataFrame:
    """Schools within `km` of a point, nearest first, with their distance."""
    dist = haversine_km(lat, lon, schools["lat"].to_numpy(float), schools["lon"].to_numpy(float))
    out = schools.assign(distance_km=np.round(dist, 1))
    return out[out["distance_km"] <= km].sort_values("distance_km")
