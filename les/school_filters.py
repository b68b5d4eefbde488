"""Filter state of the map: URL parameters <-> state, applied to the schools table.

URL names (documented in the README): country, province, type, sector, eqf, form, q, proeftuin, near, km.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from les.filters import MAX_Q, BadParam, _multi, _range, range_param
from les.schema import INSTITUTION_TYPES, PROEFTUIN_IDS, PROVINCES, SECTORS

MAX_KM = 150


@dataclass(frozen=True)
class SchoolFilters:
    countries: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    eqf: tuple[int, int] | None = None
    forms: tuple[str, ...] = ()
    q: str = ""
    proeftuin: str = ""  # "" (no filter), "any" (any LES pilot programme) or a proeftuin id
    near: str | None = None
    km: int = 30


def parse_school_params(params: Mapping[str, str], form_ids: set[str], town_lookup) -> tuple[SchoolFilters, list[BadParam]]:
    bad: list[BadParam] = []
    eqf = _range(params, "eqf", 1, 8, bad)
    q = str(params.get("q") or "").strip()
    if len(q) > MAX_Q:
        bad.append(BadParam("q", q, "why_too_long"))
        q = q[:MAX_Q]
    proeftuin = ""
    raw_pt = params.get("proeftuin")
    if raw_pt is not None:
        value = str(raw_pt).strip().lower()
        if value in ("1", "true", "ja", "yes", "any"):
            proeftuin = "any"
        elif value in PROEFTUIN_IDS:
            proeftuin = value
        elif value not in ("0", "false", "nee", "no", ""):
            bad.append(BadParam("proeftuin", str(raw_pt), "why_not_allowed"))
    near = params.get("near")
    if near is not None:
        if len(near) > MAX_Q or town_lookup(near) is None:
            bad.append(BadParam("near", str(near), "why_unknown_town"))
            near = None
        else:
            near = str(town_lookup(near)["label"])
    km = 30
    raw_km = params.get("km")
    if raw_km is not None:
        try:
            value = float(raw_km)
            if not 1 <= value <= MAX_KM:
                raise ValueError
            km = int(round(value))
        except ValueError:
            bad.append(BadParam("km", str(raw_km), "why_km"))
    provinces_lower = {p.lower(): p for p in PROVINCES}
    filters = SchoolFilters(
        countries=_multi(params, "country", ("BE", "NL"), bad, normalise=str.upper),
        provinces=tuple(provinces_lower[p] for p in _multi(params, "province", tuple(provinces_lower), bad)),
        types=_multi(params, "type", INSTITUTION_TYPES, bad),
        sectors=_multi(params, "sector", SECTORS, bad),
        eqf=(int(eqf[0]), int(eqf[1])) if eqf and all(float(x).is_integer() for x in eqf) else None,
        forms=_multi(params, "form", tuple(sorted(form_ids)), bad),
        q=q, proeftuin=proeftuin, near=near, km=km,
    )
    return filters, bad


def to_school_params(f: SchoolFilters) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (("country", f.countries), ("province", f.provinces), ("type", f.types),
                       ("sector", f.sectors), ("form", f.forms)):
        if value:
            out[key] = ",".join(value)
    if f.eqf and f.eqf != (1, 8):
        out["eqf"] = range_param(*f.eqf)
    if f.q:
        out["q"] = f.q
    if f.proeftuin:
        out["proeftuin"] = "1" if f.proeftuin == "any" else f.proeftuin
    if f.near:
        out["near"] = f.near
        out["km"] = str(f.km)
    return out


def apply_school_filters(schools: pd.DataFrame, f: SchoolFilters) -> pd.DataFrame:
    mask = pd.Series(True, index=schools.index)
    if f.countries:
        mask &= schools["country"].isin(f.countries)
    if f.provinces:
        mask &= schools["province"].isin(f.provinces)
    if f.types:
        mask &= schools["institution_type"].isin(f.types)
    if f.sectors:
        wanted = set(f.sectors)
        mask &= schools["sectors"].map(lambda items: bool(set(items) & wanted))
    if f.eqf and f.eqf != (1, 8):
        levels = {str(i) for i in range(f.eqf[0], f.eqf[1] + 1)}
        mask &= schools["eqf_levels"].map(lambda items: bool(set(items) & levels))
    if f.forms:
        wanted_forms = set(f.forms)
        mask &= schools["learning_forms"].map(lambda items: bool(set(items) & wanted_forms))
    if f.proeftuin == "any":
        mask &= schools["les_proeftuin"].map(bool)
    elif f.proeftuin:
        mask &= schools["les_proeftuin"].map(lambda items: f.proeftuin in items)
    if f.q:
        needle = f.q.casefold()
        text = (schools["name"].fillna("") + " " + schools["municipality"].fillna("") + " "
                + schools["programmes"].map(" ".join))
        mask &= text.str.casefold().str.contains(needle, regex=False)
    return schools[mask.astype(bool)]
