"""The figures per learning form (data/form_figures.csv) as text and tables: every figure says what kind of
figure it is (a legal minimum, a legal value, a typical value or range, or a value computed from others)."""

from __future__ import annotations

import pandas as pd

from les.i18n import fmt_number, label, t

KINDS = ("legal_minimum", "legal", "typical", "computed")
MEASURE_ORDER = ("workplace_share", "workplace_days", "school_days", "workplace_hours", "school_hours", "total_hours",
                 "duration", "study_load", "min_age", "max_age")


def _number(value: float, lang: str) -> str:
    return fmt_number(value, 1 if value % 1 else 0, lang)


def value_text(row, lang: str) -> str:
    """'≥ 850 uur per jaar', '40–60 %', '3 dagen per week': the value with its unit; a minimum is '≥'."""
    lo, hi = float(row["value_min"]), row["value_max"]
    one = float(hi) == lo == 1 if pd.notna(hi) else False
    unit = t(f"figunit_{row['unit']}" + ("_one" if one and row["unit"] in ("days_per_week", "years") else ""), lang)
    if pd.isna(hi):
        number = f"≥ {_number(lo, lang)}"
    elif float(hi) == lo:
        number = _number(lo, lang)
    else:
        number = f"{_number(lo, lang)}–{_number(float(hi), lang)}"
    if row["unit"] == "percent":
        return f"{number} %" if lang == "nl" else f"{number}%"
    return f"{number} {unit}"


def kind_text(kind: str, lang: str) -> str:
    return label("figkind", kind, lang)


def of_form(figures: pd.DataFrame | None, form_id: str, measure: str | None = None) -> pd.DataFrame:
    """A form's figures (of one measure), in a stable order: measure, then legal before typical before computed."""
    if figures is None or figures.empty:
        return pd.DataFrame(columns=["id", "form_id", "measure", "kind"])
    rows = figures[figures["form_id"] == form_id]
    if measure:
        rows = rows[rows["measure"] == measure]
    order = rows["measure"].map({m: i for i, m in enumerate(MEASURE_ORDER)}) * 10 + rows["kind"].map(
        {k: i for i, k in enumerate(KINDS)})
    return rows.assign(_o=order).sort_values(["_o", "id"], kind="stable").drop(columns="_o")


def summary(figures: pd.DataFrame | None, form_id: str, measure: str, lang: str) -> str:
    """One line per measure for the comparison: '80 % (berekend) · 72 % (berekend)'."""
    rows = of_form(figures, form_id, measure)
    return " · ".join(f"{value_text(r, lang)} ({kind_text(r['kind'], lang)})" for _, r in rows.iterrows())


def detail_frame(figures: pd.DataFrame | None, form_id: str, lang: str) -> pd.DataFrame:
    """The figures of one form as a table for reading and citing: what, value, kind, basis, words, source."""
    rows = of_form(figures, form_id)
    en = lang == "en"
    return pd.DataFrame({
        t("fig_col_measure", lang): [label("figmeasure", m, lang) for m in rows["measure"]],
        t("fig_col_value", lang): [value_text(r, lang) for _, r in rows.iterrows()],
        t("fig_col_kind", lang): [kind_text(k, lang) for k in rows["kind"]],
        t("fig_col_basis", lang): list(rows["basis_en" if en else "basis_nl"]),
        t("fig_col_quote", lang): [f"“{q}”" for q in rows["quote"]],
        t("fig_col_les_quote", lang): ["" if pd.isna(q) else f"“{q}”" for q in rows["les_quote"]],
        t("fig_col_source", lang): list(rows["source_url"]),
    })
