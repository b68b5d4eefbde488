"""Key figures computed from the tables (never typed in)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class KeyFigures:
    forms_total: int
    forms_formal: int
    forms_informal: int
    schools_total: int | None
    schools_be: int | None
    schools_nl: int | None
    provinces: int | None
    max_share: float | None
    max_share_ids: tuple[str, ...]
    phased_out_ids: tuple[str, ...]


def key_figures(forms: pd.DataFrame, schools: pd.DataFrame | None) -> KeyFigures:
    # The highest share a form can reach: its max where known, else its (open-ended) min.
    reach = forms["workplace_share_max"].fillna(forms["workplace_share_min"])
    max_share = reach.max(skipna=True)
    max_share = None if pd.isna(max_share) else float(max_share)
    max_ids = tuple(forms.loc[reach == max_share, "id"]) if max_share is not None else ()
    phased = tuple(forms.loc[forms["status"] == "phased_out", "id"])
    if schools is None:
        s_total = s_be = s_nl = provinces = None
    else:
        s_total = len(schools)
        s_be = int((schools["country"] == "BE").sum())
        s_nl = int((schools["country"] == "NL").sum())
        provinces = int(schools["province"].nunique())
    return KeyFigures(
        forms_total=len(forms),
        forms_formal=int((forms["formality"] == "formal").sum()),
        forms_informal=int((forms["formality"] == "informal").sum()),
        schools_total=s_total, schools_be=s_be, schools_nl=s_nl, provinces=provinces,
        max_share=max_share, max_share_ids=max_ids, phased_out_ids=phased,
    )


def form_name(forms: pd.DataFrame, form_id: str, lang: str) -> str:
    match = forms.loc[forms["id"] == form_id]
    if match.empty:
        return form_id
    return str(match.iloc[0]["name_en" if lang == "en" else "name_nl"])
