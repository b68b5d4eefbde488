"""The data dictionary, generated from the schema declarations."""

from __future__ import annotations

import pandas as pd

from les.i18n import t
from les.schema import Table

KIND_LABELS = {
    "str": {"nl": "tekst", "en": "text"},
    "url": {"nl": "webadres", "en": "web address"},
    "int": {"nl": "geheel getal", "en": "whole number"},
    "float": {"nl": "getal", "en": "number"},
    "bool": {"nl": "true/false", "en": "true/false"},
    "list": {"nl": "lijst (;)", "en": "list (;)"},
}


def dictionary_frame(table: Table, lang: str) -> pd.DataFrame:
    rows = []
    for col in table.columns:
        rows.append({
            t("about_col_column", lang): col.name,
            t("about_col_label", lang): col.label(lang),
            t("about_col_type", lang): KIND_LABELS[col.kind][lang],
            t("about_col_required", lang): t("yes" if col.required else "no", lang),
            t("about_col_allowed", lang): col.allowed_text(),
            t("about_col_unit", lang): col.unit_text(lang),
            t("about_col_refers", lang): col.references or "",
            t("about_col_description", lang): col.description(lang),
        })
    return pd.DataFrame(rows)


def row_sources(frame: pd.DataFrame) -> pd.Series:
    """How many rows cite each source URL (main source column)."""
    return frame["source_url"].value_counts().sort_index()
