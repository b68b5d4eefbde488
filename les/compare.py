"""The two systems side by side: overview grid, counterpart and false-friend pairs, field comparison."""

from __future__ import annotations

import pandas as pd

from les.forms_view import days_text, eqf_text, share_text
from les.i18n import label, t
from les.schema import EDUCATION_LEVELS

COUNTRY_COLUMNS = ("BE", "NL")


def _name(row, lang):
    return row["name_en"] if lang == "en" else row["name_nl"]


def overview_cells(forms: pd.DataFrame, lang: str) -> list[tuple[str, dict[str, list[str]]]]:
    """[(level label, {country label: [form label, …]}), …]: education levels in rows, the two countries in
    columns, each form with its EQF range (and † when phased out), for the levels that have forms.
    Informal forms (country `both`, level `any`) form their own row and stand in both columns."""
    # one sort and one pass over plain records: filtering the frame per cell cost ~40 ms a page (profiled)
    ordered = forms.sort_values(["eqf_min", "eqf_max"], na_position="last", kind="stable")
    rows = [(r["education_level"], r["country"], f"{_name(r, lang)}{' †' if r['status'] == 'phased_out' else ''}"
             + (f" (EQF {eqf})" if (eqf := eqf_text(r)) else "")) for r in ordered.to_dict("records")]
    out = []
    for level in EDUCATION_LEVELS:
        cells = {}
        for country in COUNTRY_COLUMNS:
            cells[label("country", country, lang)] = [item for lv, c, item in rows
                                                      if lv == level and c in (country, "both")]
        if any(cells.values()):
            out.append((label("level", level, lang), cells))
    return out


def pairs(forms: pd.DataFrame, column: str) -> list[tuple[str, str]]:
    """Unordered pairs from a list column (counterpart_ids, false_friend_ids), Flemish side first."""
    seen: set[frozenset] = set()
    out = []
    ids = set(forms["id"])
    for _, r in forms.iterrows():
        for other in r[column]:
            key = frozenset((r["id"], other))
            if other in ids and key not in seen:
                seen.add(key)
                a, b = sorted((r["id"], other), key=lambda i: (not i.startswith("vl-"), i))
                out.append((a, b))
    return out


COMPARE_FIELDS = [
    ("col_country", lambda r, lang: label("country", r["country"], lang)),
    ("col_formality", lambda r, lang: label("formality", r["formality"], lang)),
    ("col_level", lambda r, lang: label("level", r["education_level"], lang)),
    ("col_eqf", lambda r, lang: eqf_text(r)),
    ("col_share", lambda r, lang: share_text(r, lang)),
    ("col_days_work", lambda r, lang: days_text(r["workplace_days_min"], r["workplace_days_max"], lang)),
    ("col_days_school", lambda r, lang: days_text(r["school_days_min"], r["school_days_max"], lang)),
    ("cmp_hours", lambda r, lang: "" if pd.isna(r["hours_per_week_min"]) else f"≥ {r['hours_per_week_min']:g}"),
    ("col_pay", lambda r, lang: ", ".join(label("pay", p, lang) for p in r["pay_type"])),
    ("cmp_pay_condition", lambda r, lang: _s(r["pay_condition_en" if lang == "en" else "pay_condition_nl"])),
    ("cmp_min_age", lambda r, lang: _s(r["min_age"])),
    ("cmp_free_until", lambda r, lang: _s(r["free_until_age"])),
    ("cmp_contract", lambda r, lang: _bool(r["contract_required"], lang)),
    ("cmp_regulated", lambda r, lang: _bool(r["legally_regulated"], lang)),
    ("cmp_required", lambda r, lang: _bool(r["workplace_learning_required"], lang)),
    ("col_status", lambda r, lang: label("status", r["status"], lang)),
]


def _s(value) -> str:
    return "" if pd.isna(value) else str(value)


def _bool(value, lang) -> str:
    if pd.isna(value):
        return ""
    return t("yes" if value else "no", lang)


# fields that figures (data/form_figures.csv) give with their kind; measures without a field get a row of their own
FIGURE_FIELDS = {"col_share": "workplace_share", "col_days_work": "workplace_days", "col_days_school": "school_days",
                 "cmp_hours": "total_hours", "cmp_min_age": "min_age"}
EXTRA_MEASURES = ("workplace_hours", "school_hours", "duration", "study_load", "max_age")


def compare_frame(forms: pd.DataFrame, a: str, b: str, lang: str, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """Field by field; `differs` is True where both are known and unequal, or one is known and the other not.
    With `figures`, every figure says its kind beside it ('80 % (berekend)')."""
    from les.figures import summaries

    ra = forms.set_index("id").loc[a].copy()
    rb = forms.set_index("id").loc[b].copy()
    ra["id"], rb["id"] = a, b
    rows = []
    texts = summaries(figures, (a, b), lang)

    def add(field: str, va: str, vb: str) -> None:
        rows.append({"field": field, "a": va or "—", "b": vb or "—", "differs": va != vb})

    for key, getter in COMPARE_FIELDS:
        va, vb = getter(ra, lang), getter(rb, lang)
        measure = FIGURE_FIELDS.get(key)
        field = t(key, lang)
        if figures is not None and measure:
            fa, fb = texts.get((a, measure), ""), texts.get((b, measure), "")
            if fa or fb:  # the figures, each with its kind, under the name of what they measure
                va, vb, field = fa or va, fb or vb, label("figmeasure", measure, lang)
        add(field, va, vb)
    if figures is not None:
        for measure in EXTRA_MEASURES:
            va, vb = texts.get((a, measure), ""), texts.get((b, measure), "")
            if va or vb:
                add(label("figmeasure", measure, lang), va, vb)
    return pd.DataFrame(rows)
