"""Programmes as data: what a campus offers comes from programmes.csv, and the map's view of a campus
(its sectors, EQF levels, learning forms, programme names and LES pilots) is derived from it here."""

from __future__ import annotations

import pandas as pd

OFFER_COLUMNS = ("sectors", "eqf_levels", "learning_forms", "programmes", "les_proeftuin", "n_programmes",
                 "offer_known")


def with_offer(schools: pd.DataFrame, programmes: pd.DataFrame | None) -> pd.DataFrame:
    """The campuses with what their programmes say about them, as tuples (sorted, no repeats), so the map's
    filters and cards need not know where it comes from. A campus without programmes has `offer_known`
    False: the public sources used do not say what is taught there (it is not a campus that teaches nothing)."""
    out = schools.copy()
    empty = pd.Series([()] * len(out), index=out.index, dtype=object)
    if programmes is None or programmes.empty:
        for col in OFFER_COLUMNS[:5]:
            out[col] = empty
        out["n_programmes"] = 0
        out["offer_known"] = False
        return out
    by_school = programmes.groupby("school_id", sort=False)

    def collect(column: str, keep=lambda v: pd.notna(v) and v != "") -> dict:
        return {sid: tuple(sorted({str(v) for v in values if keep(v)}, key=_order))
                for sid, values in by_school[column]}

    sectors = collect("sector", lambda v: v in ("techniek", "zorg"))
    eqf = collect("eqf")
    forms = collect("learning_form_id")
    names = {sid: tuple(dict.fromkeys(values)) for sid, values in by_school["name"]}
    pilots = collect("proeftuin_id")
    counts = by_school.size()
    ids = out["id"].tolist()
    for col, values in (("sectors", sectors), ("eqf_levels", eqf), ("learning_forms", forms), ("programmes", names),
                        ("les_proeftuin", pilots)):
        # a plain object column of tuples (Series.map on Arrow strings would turn tuples into arrays)
        out[col] = pd.Series([values.get(sid, ()) for sid in ids], index=out.index, dtype=object)
    out["n_programmes"] = out["id"].map(counts).fillna(0).astype(int)
    out["offer_known"] = out["n_programmes"] > 0
    return out


def _order(value: str):
    return (0, int(value)) if value.isdigit() else (1, value)
