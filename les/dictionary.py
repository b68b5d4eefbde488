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


def row_sources(frame: pd.DataFrame) -> pd.Series:
    """How many rows cite each source URL (main source column)."""
    return frame["source_url"].value_counts().sort_index()


def dictionary_frame(table: Table, lang: str) -> pd.DataFrame:
    """The dictionary of a table, in four columns narrow enough to read as a Markdown table on a laptop or a
    projector: name; type, unit and whether required; allowed values and references; label and meaning."""
    required = t("about_col_required", lang).lower()
    rows = []
    for col in table.columns:
        kind = KIND_LABELS[col.kind][lang] + (f" ({col.unit_text(lang)})" if col.unit_text(lang) else "")
        allowed = col.allowed_text() + (f" → {col.references}" if col.references else "")
        rows.append({
            t("about_col_column", lang): col.name,
            t("about_col_type", lang): kind + (f", {required}" if col.required else ""),
            t("about_col_allowed", lang): allowed.strip(),
            t("about_col_description", lang): f"{col.label(lang)}: {col.description(lang)}",
        })
    return pd.DataFrame(rows).set_index(t("about_col_column", lang))
