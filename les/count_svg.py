"""The count of programmes per learning form and country as an SVG picture (shown with st.image): a chart
that needs no plotly bundle for a new visitor, stays sharp on a projector, downloads for a report and,
being an <img>, runs nothing from the data. Every text is XML-escaped; `alt_text` says it in words."""

from __future__ import annotations

from html import escape

import pandas as pd

from les.i18n import fmt_number, label, t
from les.style import COUNTRY_COLORS, FONT, INK

WIDTH, ROW, TOP, LABEL_W = 760, 46, 44, 300


def counts_svg(table: pd.DataFrame, names: dict[str, str], lang: str) -> str:
    """`table`: programme_view.counts (rows: learning form ids or "none"; columns BE, NL)."""
    rows = list(table.index)
    height = TOP + ROW * max(len(rows), 1) + 16
    top = max(int(table.to_numpy().max()) if len(table) else 0, 1)
    bar_w = WIDTH - LABEL_W - 70
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
           f'font-family="{escape(FONT)}">', f'<rect width="{WIDTH}" height="{height}" fill="white"/>']
    for i, country in enumerate(("BE", "NL")):  # legend
        x = LABEL_W + i * 170
        out.append(f'<rect x="{x}" y="10" width="14" height="14" fill="{COUNTRY_COLORS[country]}"/>'
                   f'<text x="{x + 20}" y="22" font-size="14" fill="{INK}">{escape(label("country", country, lang))}</text>')
    for r, form in enumerate(rows):
        y = TOP + r * ROW
        name = t("pg_no_form", lang) if form == "none" else names.get(form, form)
        out.append(f'<text x="{LABEL_W - 10}" y="{y + ROW / 2 + 4}" font-size="14" fill="{INK}" text-anchor="end">'
                   f'{escape(_short(name))}</text>')
        for i, country in enumerate(("BE", "NL")):
            n = int(table.at[form, country]) if country in table.columns else 0
            w = round(bar_w * n / top, 1)
            by = y + 6 + i * 17
            out.append(f'<rect x="{LABEL_W}" y="{by}" width="{max(w, 1 if n else 0)}" height="15" '
                       f'fill="{COUNTRY_COLORS[country]}"/>'
                       f'<text x="{LABEL_W + w + 6}" y="{by + 12}" font-size="13" fill="{INK}">{fmt_number(n, 0, lang)}</text>')
    out.append("</svg>")
    return "".join(out)


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def alt_text(table: pd.DataFrame, names: dict[str, str], lang: str) -> str:
    parts = []
    for form in table.index:
        name = t("pg_no_form", lang) if form == "none" else names.get(form, form)
        parts.append(f"{name}: {label('country', 'BE', lang)} {int(table.at[form, 'BE'])}, "
                     f"{label('country', 'NL', lang)} {int(table.at[form, 'NL'])}")
    return t("pg_counts_alt", lang) + " " + "; ".join(parts) + "."
