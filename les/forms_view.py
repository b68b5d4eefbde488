"""The learning-forms table as shown (and exported): readable columns in the current language."""

from __future__ import annotations

import pandas as pd

from les.i18n import fmt_number, fmt_percent, label, t


def _range_text(lo, hi, lang: str, fmt) -> str:
    if pd.isna(lo):
        return ""
    if pd.isna(hi):
        return t("share_at_least", lang, low=fmt(lo))
    if lo == hi:
        return fmt(lo)
    return f"{fmt(lo)}–{fmt(hi)}"


def share_text(row, lang: str) -> str:
    lo, hi = row["workplace_share_min"], row["workplace_share_max"]
    if pd.notna(lo) and pd.notna(hi) and lo != hi:
        return fmt_percent(lo, 0, lang).replace("%", "").strip() + "–" + fmt_percent(hi, 0, lang)
    return _range_text(lo, hi, lang, lambda v: fmt_percent(v, 1 if v % 1 else 0, lang))


def days_text(lo, hi, lang: str) -> str:
    if pd.isna(lo):
        return ""
    hi = lo if pd.isna(hi) else hi
    return fmt_number(lo, 0, lang) if lo == hi else f"{fmt_number(lo, 0, lang)}–{fmt_number(hi, 0, lang)}"


def eqf_text(row) -> str:
    lo, hi = row["eqf_min"], row["eqf_max"]
    if pd.isna(lo):
        return ""
    return str(lo) if pd.isna(hi) or lo == hi else f"{lo}–{hi}"


def _number(value, fallback=None) -> float | None:
    """A bound as a number for the export (a spreadsheet sorts it as one). `fallback` stands in for a missing
    value where the text reads it so (days and EQF: no upper bound is one value); a missing value stays empty."""
    value = fallback if pd.isna(value) else value
    return None if value is None or pd.isna(value) else float(value)


def display_frame(forms: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One row per form, columns labelled in `lang`; the frame that is shown is the frame that is exported.
    Ranges appear twice: as text to read ("3–4") and, for a spreadsheet, as numbers (min., max.)."""
    name_col = "name_en" if lang == "en" else "name_nl"
    rows = []
    for _, r in forms.iterrows():
        rows.append({
            t("col_name", lang): r[name_col],
            t("col_country", lang): label("country", r["country"], lang),
            t("col_formality", lang): label("formality", r["formality"], lang),
            t("col_level", lang): label("level", r["education_level"], lang),
            t("col_eqf", lang): eqf_text(r),
            t("col_eqf_min", lang): _number(r["eqf_min"]),
            t("col_eqf_max", lang): _number(r["eqf_max"], r["eqf_min"]),
            t("col_share_bar", lang): _number(r["workplace_share_min"]),
            t("col_share_max", lang): _number(r["workplace_share_max"]),  # none: "at least", open above
            t("col_share", lang): share_text(r, lang),
            t("col_days_work", lang): days_text(r["workplace_days_min"], r["workplace_days_max"], lang),
            t("col_days_work_min", lang): _number(r["workplace_days_min"]),
            t("col_days_work_max", lang): _number(r["workplace_days_max"], r["workplace_days_min"]),
            t("col_days_school", lang): days_text(r["school_days_min"], r["school_days_max"], lang),
            t("col_days_school_min", lang): _number(r["school_days_min"]),
            t("col_days_school_max", lang): _number(r["school_days_max"], r["school_days_min"]),
            t("col_pay", lang): ", ".join(label("pay", p, lang) for p in r["pay_type"]),
            t("col_status", lang): label("status", r["status"], lang),
            t("col_source", lang): r["source_url"],
            t("col_id", lang): r["id"],
        })
    return pd.DataFrame(rows, columns=[t(k, lang) for k in (
        "col_name", "col_country", "col_formality", "col_level", "col_eqf", "col_eqf_min", "col_eqf_max",
        "col_share_bar", "col_share_max", "col_share", "col_days_work", "col_days_work_min", "col_days_work_max",
        "col_days_school", "col_days_school_min", "col_days_school_max", "col_pay", "col_status", "col_source",
        "col_id")])


def page_frame(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the page's table shows of display_frame's columns (the export has them all): the days at work
    and at school share one column ("3 / 2"; "?" for the half the sources do not give), so the table fits
    beside the sidebar. Indexed by name."""
    work, school = table[t("col_days_work", lang)], table[t("col_days_school", lang)]
    days = [f"{w or '?'} / {s or '?'}" if (w or s) else "" for w, s in zip(work, school)]
    shown = ("col_country", "col_level", "col_eqf", "col_share", "col_days_work", "col_pay", "col_status", "col_source")
    out = table.set_index(t("col_name", lang))[[t(c, lang) for c in shown]]
    out = out.rename(columns={t("col_days_work", lang): t("col_days", lang)})
    out[t("col_days", lang)] = days
    return out


# How the table can be ordered (?sort=…); "" keeps the order of the data: Flanders, then the Netherlands,
# each from school-based to work-based, as the source lists them.
SORTS = ("", "name", "eqf", "share")


def sort_forms(forms: pd.DataFrame, key: str, lang: str) -> pd.DataFrame:
    """The forms in the order `key` asks for; unknown values always last, ties in the data's order."""
    if key == "name":
        names = forms["name_en" if lang == "en" else "name_nl"].str.casefold()
        return forms.iloc[names.argsort(kind="stable")]
    if key == "eqf":
        return forms.sort_values(["eqf_min", "eqf_max"], kind="stable", na_position="last")
    if key == "share":  # most workplace learning first
        return forms.sort_values(["workplace_share_min", "workplace_share_max"], ascending=False, kind="stable",
                                 na_position="last")
    return forms


def _field_text(column, value, names: dict[str, str], lang: str) -> str:
    """One field of a learning form as the rest of the page words it: labels, not codes."""
    from les.i18n import fmt_number

    if isinstance(value, tuple):
        if column.references == "learning_forms.id":
            return ", ".join(names.get(v, v) for v in value)
        if column.name == "pay_type":
            return ", ".join(label("pay", v, lang) for v in value)
        return "; ".join(value)
    if value is None or pd.isna(value):
        return ""
    if column.kind == "bool":
        return t("yes" if value else "no", lang)
    if column.kind in ("int", "float"):
        number = fmt_number(float(value), 0 if float(value).is_integer() else 1, lang)
        return f"{number} {column.unit_text(lang)}".strip()
    prefix = {"country": "country", "formality": "formality", "education_level": "level", "status": "status"}
    if column.name in prefix:
        return label(prefix[column.name], value, lang)
    return str(value)


def field_table(row, form_id: str, names: dict[str, str], lang: str) -> pd.DataFrame:
    """Every field of one learning form (the "All fields" view): the column's label and its value in
    words, the units and yes/no in the reader's language; links stay URLs (md_table makes them links)."""
    from les.schema import LEARNING_FORMS

    values = [_field_text(c, form_id if c.name == "id" else row[c.name], names, lang) for c in LEARNING_FORMS.columns]
    frame = pd.DataFrame({t("about_col_label", lang): [c.label(lang) for c in LEARNING_FORMS.columns],
                          t("problem_col_value", lang): values})
    return frame.set_index(frame.columns[0])
