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
        Param("school", "single", tuple(school_ids), normalise=str),
    )


def joined(programmes: pd.DataFrame, schools: pd.DataFrame) -> pd.DataFrame:
    """The programmes with their campus (name, town, country, province, position) and a lower-case text to
    search in; built once per change of the tables (callers cache it)."""
    campus = schools[["id", "name", "municipality", "country", "province", "lat", "lon", "institution_type"]].rename(
        columns={"id": "school_id", "name": "school_name"})
    out = programmes.merge(campus, on="school_id", how="inner", validate="many_to_one")
    out["search"] = (out["name"].fillna("") + " " + out["name_own"].fillna("") + " " + out["code"].fillna("") + " "
                     + out["school_name"].fillna("") + " " + out["municipality"].fillna("")).str.casefold()
    for col in ("country", "province", "sector", "learning_form_id", "proeftuin_id"):
        out[col] = out[col].astype("category")
    return out.reset_index(drop=True)


def apply(frame: pd.DataFrame, v: dict) -> pd.DataFrame:
    """The rows that match every filter in `v` (parsed URL values, see `spec`); with a town, only those
    within its radius, nearest first, with `distance_km`."""
    mask = np.ones(len(frame), dtype=bool)
    for col, key in (("country", "country"), ("province", "province"), ("sector", "sector")):
        if v.get(key):
            mask &= frame[col].isin(v[key]).to_numpy(dtype=bool)
    if v.get("form"):
        forms = [f for f in v["form"] if f != NO_FORM]
        hit = frame["learning_form_id"].isin(forms).to_numpy(dtype=bool)
        if NO_FORM in v["form"]:
            hit = hit | frame["learning_form_id"].isna().to_numpy(dtype=bool)
        mask &= hit
    if v.get("eqf") and tuple(v["eqf"]) != (1, 8):
        lo, hi = v["eqf"]
        mask &= frame["eqf"].between(lo, hi).fillna(False).to_numpy(dtype=bool)
    if v.get("open") == "true":
        mask &= frame["enrolment_open"].eq(True).fillna(False).to_numpy(dtype=bool)
    elif v.get("open") == "false":
        mask &= frame["enrolment_open"].eq(False).fillna(False).to_numpy(dtype=bool)
    elif v.get("open") == "unknown":
        mask &= frame["enrolment_open"].isna().to_numpy(dtype=bool)
    if v.get("proeftuin") == "any":
        mask &= frame["proeftuin_id"].notna().to_numpy(dtype=bool)
    elif v.get("proeftuin"):
        mask &= frame["proeftuin_id"].eq(v["proeftuin"]).fillna(False).to_numpy(dtype=bool)
    if v.get("q"):
        mask &= frame["search"].str.contains(v["q"].casefold(), regex=False).to_numpy(dtype=bool)
    if v.get("school"):
        mask &= frame["school_id"].eq(v["school"]).to_numpy(dtype=bool)
    out = frame[mask]
    if v.get("near"):
        town = geo.find_town(v["near"])
        out = geo.within(out, float(town["lat"]), float(town["lon"]), float(v.get("km") or 30))
    return out


def counts(frame: pd.DataFrame, form_names: dict[str, str]) -> pd.DataFrame:
    """Programmes per learning form (rows, "no form" last) and country (columns BE, NL), zeros included."""
    forms = frame["learning_form_id"].astype(object).where(frame["learning_form_id"].notna(), NO_FORM)
    table = pd.crosstab(forms, frame["country"].astype(object)).reindex(columns=["BE", "NL"], fill_value=0)
    order = sorted((f for f in table.index if f != NO_FORM), key=lambda f: form_names.get(f, f).casefold())
    return table.reindex(order + ([NO_FORM] if NO_FORM in table.index else []), fill_value=0)
