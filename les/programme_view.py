"""/opleidingen: one row per programme at a campus, with the campus beside it; its URL parameters, filters
and the count per country × learning form. Pure functions over DataFrames, testable without a browser."""

from __future__ import annotations

import numpy as np
import pandas as pd

from les import geo
from les.schema import PROEFTUIN_IDS, PROGRAMME_SECTORS, PROVINCES
from les.url_params import Param

MAX_KM = 150
NO_FORM = "none"  # the filter value for programmes no rule gives a learning form
ENROLMENT = ("true", "false", "unknown")


def spec(form_ids, school_ids=()) -> tuple[Param, ...]:
    """The page's URL parameters (documented in the README), in the order they are written."""
    return (
        Param("country", "multi", ("BE", "NL"), normalise=str.upper),
        Param("province", "multi", PROVINCES),
        Param("sector", "multi", PROGRAMME_SECTORS),
        Param("form", "multi", (*sorted(form_ids), NO_FORM)),
        Param("eqf", "range", bounds=(1, 8)),
        Param("open", "single", ENROLMENT),
        Param("proeftuin", "single", ("any", *PROEFTUIN_IDS)),
        Param("q", "text", default=""),
        Param("near", "town"),
        Param("km", "number", bounds=(1, MAX_KM), default=30),
        Param("school", "member", school_ids if isinstance(school_ids, frozenset) else frozenset(school_ids)),
    )


def joined(programmes: pd.DataFrame, schools: pd.DataFrame) -> pd.DataFrame:
    """The programmes with their campus (name, town, country, province, position) and a lower-case text to
    search in; built once per change of the tables (callers cache it). Columns that filters compare are
    categorical, so a filter compares small integer codes, not strings."""
    campus = schools[["id", "name", "municipality", "country", "province", "lat", "lon", "institution_type"]].rename(
        columns={"id": "school_id", "name": "school_name"})
    out = programmes.merge(campus, on="school_id", how="inner", validate="many_to_one")
    out["search"] = (out["name"].fillna("") + " " + out["name_own"].fillna("") + " " + out["code"].fillna("") + " "
                     + out["school_name"].fillna("") + " " + out["municipality"].fillna("")).str.casefold()
    for col in ("country", "province", "sector", "learning_form_id", "proeftuin_id", "school_id"):
        out[col] = out[col].astype("category")
    out = out.reset_index(drop=True)
    for col in out.columns:  # one Arrow chunk per text column: taking the rows a page shows is then a gather,
        out[col] = _one_chunk(out[col])  # not a walk over hundreds of chunks (10 × faster at 500,000 rows)
    return out


def _one_chunk(column: pd.Series) -> pd.Series:
    array = getattr(column.array, "_pa_array", None)
    if array is None or array.num_chunks <= 1:
        return column
    import pyarrow as pa
    return pd.Series(type(column.array)(pa.chunked_array([array.combine_chunks()])), index=column.index,
                     name=column.name)


def options(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The values a filter can offer (what some programme has): provinces and learning forms."""
    return {"province": [str(p) for p in frame["province"].cat.categories if (frame["province"] == p).any()],
            "form": [str(f) for f in frame["learning_form_id"].cat.categories]}


def _isin(frame: pd.DataFrame, col: str, values) -> np.ndarray:
    """Membership on a categorical column by its integer codes (fast at hundreds of thousands of rows)."""
    cats = frame[col].cat.categories
    wanted = [i for i, c in enumerate(cats) if c in set(values)]
    return np.isin(frame[col].cat.codes.to_numpy(), wanted)


def select(frame: pd.DataFrame, v: dict) -> tuple[np.ndarray, np.ndarray | None]:
    """The positions of the rows that match every filter in `v` (parsed URL values, see `spec`), and with a
    town their distances: nearest first. Nothing is copied: callers take what they show."""
    mask = np.ones(len(frame), dtype=bool)
    for col in ("country", "province", "sector"):
        if v.get(col):
            mask &= _isin(frame, col, v[col])
    if v.get("form"):
        hit = _isin(frame, "learning_form_id", [f for f in v["form"] if f != NO_FORM])
        if NO_FORM in v["form"]:
            hit = hit | (frame["learning_form_id"].cat.codes.to_numpy() == -1)
        mask &= hit
    if v.get("eqf") and tuple(v["eqf"]) != (1, 8):
        lo, hi = v["eqf"]
        mask &= frame["eqf"].between(lo, hi).fillna(False).to_numpy(dtype=bool)
    if v.get("open") in ENROLMENT:
        is_open = frame["enrolment_open"]
        mask &= {"true": is_open.eq(True).fillna(False), "false": is_open.eq(False).fillna(False),
                 "unknown": is_open.isna()}[v["open"]].to_numpy(dtype=bool)
    if v.get("proeftuin") == "any":
        mask &= frame["proeftuin_id"].cat.codes.to_numpy() != -1
    elif v.get("proeftuin"):
        mask &= _isin(frame, "proeftuin_id", [v["proeftuin"]])
    if v.get("school"):
        mask &= _isin(frame, "school_id", [v["school"]])
    if v.get("q"):  # last: the text search is the costly one, so it runs on the rows still in
        rows = np.flatnonzero(mask)
        hit = frame["search"].take(rows).str.contains(v["q"].casefold(), regex=False).to_numpy(dtype=bool)
        mask[:] = False
        mask[rows[hit]] = True
    rows = np.flatnonzero(mask)
    if not v.get("near"):
        return rows, None
    town = geo.find_town(v["near"])
    dist = np.round(geo.haversine_km(float(town["lat"]), float(town["lon"]), frame["lat"].to_numpy(float)[rows],
                                     frame["lon"].to_numpy(float)[rows]), 1)
    keep = dist <= float(v.get("km") or 30)
    rows, dist = rows[keep], dist[keep]
    order = np.argsort(dist, kind="stable")
    return rows[order], dist[order]


def take(frame: pd.DataFrame, rows: np.ndarray, dist: np.ndarray | None, limit: int | None = None) -> pd.DataFrame:
    """The selected rows as a frame (the first `limit`), with `distance_km` when a town was given."""
    if limit is not None:
        rows, dist = rows[:limit], (None if dist is None else dist[:limit])
    out = frame.take(rows)
    if dist is not None:
        out = out.assign(distance_km=dist)
    return out


def apply(frame: pd.DataFrame, v: dict) -> pd.DataFrame:
    """The rows that match every filter in `v`; with a town, only those within its radius, nearest first,
    with `distance_km`."""
    return take(frame, *select(frame, v))


def counts(frame: pd.DataFrame, form_names: dict[str, str], rows: np.ndarray | None = None) -> pd.DataFrame:
    """Programmes per learning form (rows, "no form" last) and country (columns BE, NL), zeros included; of
    the rows at `rows` (all when None), counted on the categorical codes."""
    forms_cat, country_cat = frame["learning_form_id"], frame["country"]
    f_codes = forms_cat.cat.codes.to_numpy() if rows is None else forms_cat.cat.codes.to_numpy()[rows]
    c_codes = country_cat.cat.codes.to_numpy() if rows is None else country_cat.cat.codes.to_numpy()[rows]
    n_forms = len(forms_cat.cat.categories)
    keys = (f_codes.astype(np.int64) + 1) * len(country_cat.cat.categories) + c_codes
    tally = np.bincount(keys, minlength=(n_forms + 1) * len(country_cat.cat.categories))
    table = pd.DataFrame(0, index=[NO_FORM, *map(str, forms_cat.cat.categories)], columns=["BE", "NL"])
    for i, form in enumerate([NO_FORM, *map(str, forms_cat.cat.categories)]):
        for j, country in enumerate(map(str, country_cat.cat.categories)):
            if country in table.columns:
                table.at[form, country] = int(tally[i * len(country_cat.cat.categories) + j])
    table = table[table.sum(axis=1) > 0]
    order = sorted((f for f in table.index if f != NO_FORM), key=lambda f: form_names.get(f, f).casefold())
    return table.reindex(order + ([NO_FORM] if NO_FORM in table.index else []))
