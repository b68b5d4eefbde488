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


def _by_form(figures: pd.DataFrame) -> dict[str, list[dict]]:
    """{form id: its figure rows as dicts, in display order}, made once per loaded table (kept in the frame's
    attrs: the table is loaded once per file version and shared, so every rerun after the first is a lookup)."""
    cached = figures.attrs.get("_by_form")
    if cached is None:
        rank_m = {m: i for i, m in enumerate(MEASURE_ORDER)}
        rank_k = {k: i for i, k in enumerate(KINDS)}
        cached = {}
        for r in sorted(figures.to_dict("records"),
                        key=lambda r: (rank_m.get(r["measure"], 99), rank_k.get(r["kind"], 9), r["id"])):
            cached.setdefault(r["form_id"], []).append(r)
        figures.attrs["_by_form"] = cached
    return cached


def records_of(figures: pd.DataFrame | None, form_id: str, measure: str | None = None) -> list[dict]:
    if figures is None or figures.empty:
        return []
    rows = _by_form(figures).get(form_id, [])
    return [r for r in rows if r["measure"] == measure] if measure else rows


def of_form(figures: pd.DataFrame | None, form_id: str, measure: str | None = None) -> pd.DataFrame:
    """A form's figures (of one measure), in a stable order: measure, then legal before typical before computed."""
    rows = records_of(figures, form_id, measure)
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=["id", "form_id", "measure", "kind"])


def summaries(figures: pd.DataFrame | None, form_ids, lang: str) -> dict[tuple[str, str], str]:
    """{(form id, measure): '80 % (berekend) · 72 % (berekend)'} for these forms."""
    out: dict[tuple[str, str], list[str]] = {}
    for form_id in form_ids:
        for r in records_of(figures, form_id):
            out.setdefault((form_id, r["measure"]), []).append(f"{value_text(r, lang)} ({kind_text(r['kind'], lang)})")
    return {key: " · ".join(parts) for key, parts in out.items()}


def summary(figures: pd.DataFrame | None, form_id: str, measure: str, lang: str) -> str:
    """One line per measure for the comparison: '80 % (berekend) · 72 % (berekend)'."""
    return summaries(figures, [form_id], lang).get((form_id, measure), "")


def detail_frame(figures: pd.DataFrame | None, form_id: str, lang: str) -> pd.DataFrame:
    """The figures of one form as a table for reading and citing: what, value, kind, basis, words, source."""
    records = records_of(figures, form_id)
    basis = "basis_en" if lang == "en" else "basis_nl"
    return pd.DataFrame({
        t("fig_col_measure", lang): [label("figmeasure", r["measure"], lang) for r in records],
        t("fig_col_value", lang): [value_text(r, lang) for r in records],
        t("fig_col_kind", lang): [kind_text(r["kind"], lang) for r in records],
        t("fig_col_basis", lang): [r[basis] for r in records],
        t("fig_col_quote", lang): [f"“{r['quote']}”" for r in records],
        t("fig_col_les_quote", lang): ["" if pd.isna(r["les_quote"]) else f"“{r['les_quote']}”" for r in records],
        t("fig_col_source", lang): [r["source_url"] for r in records],
    }, columns=[t(k, lang) for k in ("fig_col_measure", "fig_col_value", "fig_col_kind", "fig_col_basis",
                                      "fig_col_quote", "fig_col_les_quote", "fig_col_source")])
