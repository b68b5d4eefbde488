"""Plotly figures: DataFrame in, figure out. Pure functions, testable by reading the figure's data."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from les.i18n import fmt_number, fmt_percent, label, t
from les.style import COUNTRY_COLORS, COUNTRY_SYMBOLS, FONT, GREY, INK


def _txt(value) -> str:
    """Data text for plotly, which reads a subset of HTML in labels and hover text: escape it."""
    return html.escape(str(value), quote=False)


def _name(row, lang: str) -> str:
    return _txt(row["name_en"] if lang == "en" else row["name_nl"])


def _base_layout(fig: go.Figure, lang: str, height: int, xaxis_title: str, font_size: int = 14,
                 height_override: int | None = None) -> go.Figure:
    """Shared look. Every text in the ink colour and at `font_size`, axis labels included: Streamlit's
    chart theme otherwise sets tick labels small and light grey, unreadable from the back of a room."""
    text = dict(family=FONT, size=font_size, color=INK)
    fig.update_layout(
        height=height_override or height, margin=dict(l=10, r=20, t=30, b=40), font=text,
        plot_bgcolor="white", legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, font=text),
        separators=",." if lang == "nl" else ".,", hoverlabel=dict(font_size=font_size),
    )
    fig.update_xaxes(title=dict(text=xaxis_title, font=text), tickfont=text, gridcolor="#E5E8EC", zeroline=False)
    fig.update_yaxes(tickfont=text, gridcolor="#F2F4F6", automargin=True)
    return fig


def share_ranges(forms: pd.DataFrame) -> pd.DataFrame:
    """One row per form with a known share: low, high, and whether the high end is open ("at least")."""
    known = forms[forms["workplace_share_min"].notna()].copy()
    known["low"] = known["workplace_share_min"].astype(float)
    known["open_ended"] = known["workplace_share_max"].isna()
    known["high"] = known["workplace_share_max"].fillna(known["workplace_share_min"]).astype(float)
    return known.sort_values(["low", "high"])


def share_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None) -> go.Figure:
    """Workplace share per form as a min–max range; an open-ended minimum is drawn as a dotted tail."""
    data = share_ranges(forms)
    fig = go.Figure()
    for country, group in data.groupby("country", sort=False):
        names = [_name(r, lang) for _, r in group.iterrows()]
        color = COUNTRY_COLORS.get(country, GREY)
        xs, ys, tails_x, tails_y, hover = [], [], [], [], []
        for (_, r), name in zip(group.iterrows(), names):
            xs += [r["low"], r["high"], None]
            ys += [name, name, None]
            if r["open_ended"]:
                tails_x += [r["low"], 100, None]
                tails_y += [name, name, None]
            if r["open_ended"]:
                hover.append(t("hover_share_open", lang, name=name, low=fmt_percent(r["low"], 1 if r["low"] % 1 else 0, lang)))
            elif r["low"] == r["high"]:
                hover.append(t("hover_share_exact", lang, name=name, low=fmt_percent(r["low"], 0, lang)))
            else:
                hover.append(t("hover_share_range", lang, name=name, low=fmt_percent(r["low"], 0, lang),
                               high=fmt_percent(r["high"], 0, lang)))
        legend = label("country", country, lang)
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=color, width=8),
                                 hoverinfo="skip", showlegend=False, legendgroup=country))
        if tails_x:
            fig.add_trace(go.Scatter(x=tails_x, y=tails_y, mode="lines", line=dict(color=color, width=2, dash="dot"),
                                     hoverinfo="skip", showlegend=False, legendgroup=country))
        fig.add_trace(go.Scatter(
            x=list(group["low"]), y=names, mode="markers", name=legend, legendgroup=country,
            marker=dict(color=color, size=14, symbol=COUNTRY_SYMBOLS.get(country, "circle"),
                        line=dict(color="white", width=1.5)),
            customdata=hover, hovertemplate="%{customdata}<extra></extra>",
        ))
        closed = group[~group["open_ended"] & (group["high"] > group["low"])]
        if not closed.empty:
            fig.add_trace(go.Scatter(
                x=list(closed["high"]), y=[_name(r, lang) for _, r in closed.iterrows()], mode="markers",
                showlegend=False, legendgroup=country,
                marker=dict(color=color, size=14, symbol=COUNTRY_SYMBOLS.get(country, "circle"),
                            line=dict(color="white", width=1.5)),
                customdata=[h for h, (_, r) in zip(hover, group.iterrows())
                            if not r["open_ended"] and r["high"] > r["low"]],
                hovertemplate="%{customdata}<extra></extra>",
            ))
    _base_layout(fig, lang, 80 + 44 * max(len(data), 1), t("axis_share", lang), font_size, height)
    fig.update_xaxes(range=[0, 102], ticksuffix=" %" if lang == "nl" else "%")
    fig.update_yaxes(categoryorder="array", categoryarray=[_name(r, lang) for _, r in data.iterrows()])
    return fig


def time_frame(forms: pd.DataFrame) -> pd.DataFrame:
    known = forms[forms["workplace_days_min"].notna() | forms["school_days_min"].notna()].copy()
    return known


def time_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None) -> go.Figure:
    """Days per week at the workplace and at school; a range (2–3 days) shows as a bar with an error bar."""
    data = time_frame(forms)
    names = [_name(r, lang) for _, r in data.iterrows()]
    fig = go.Figure()
    series = [("workplace", "workplace_days_min", "workplace_days_max", "#0072B2", ""),
              ("school", "school_days_min", "school_days_max", "#E69F00", "/")]
    for key, lo_col, hi_col, color, pattern in series:
        lo = data[lo_col].astype("Float64")
        hi = data[hi_col].fillna(data[lo_col]).astype("Float64")
        hover = []
        for (_, r), name, a, b in zip(data.iterrows(), names, lo, hi):
            if pd.isna(a):
                hover.append(t("hover_days_unknown", lang, name=name, what=t(f"days_{key}", lang)))
            elif a == b:
                hover.append(t("hover_days", lang, name=name, what=t(f"days_{key}", lang), days=fmt_number(a, 0, lang)))
            else:
                hover.append(t("hover_days_range", lang, name=name, what=t(f"days_{key}", lang),
                               low=fmt_number(a, 0, lang), high=fmt_number(b, 0, lang)))
            if pd.notna(r["hours_per_week_min"]):
                hover[-1] += "<br>" + t("hover_hours", lang, hours=fmt_number(r["hours_per_week_min"], 0, lang))
        fig.add_trace(go.Bar(
            y=names, x=[None if pd.isna(v) else float(v) for v in lo], orientation="h",
            name=t(f"days_{key}", lang), marker=dict(color=color, pattern_shape=pattern),
            error_x=dict(type="data", symmetric=False, array=[0 if pd.isna(b) or pd.isna(a) else float(b - a)
                                                              for a, b in zip(lo, hi)],
                         arrayminus=[0] * len(lo), color="#333", thickness=2, width=6),
            customdata=hover, hovertemplate="%{customdata}<extra></extra>",
        ))
    _base_layout(fig, lang, 100 + 60 * max(len(data), 1), t("axis_days", lang), font_size, height)
    fig.update_layout(barmode="group")
    fig.update_xaxes(range=[0, 5.5], dtick=1)
    return fig


def pay_frame(forms: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Long table: one row per (form, pay type) including 'unknown' for forms the sources say nothing about."""
    rows = []
    for _, r in forms.iterrows():
        types = r["pay_type"] or ("unknown",)
        condition = r["pay_condition_en" if lang == "en" else "pay_condition_nl"]
        for pay in types:
            rows.append({"id": r["id"], "name": _name(r, lang), "country": r["country"], "pay": pay,
                         "condition": "" if pd.isna(condition) else _txt(condition)})
    return pd.DataFrame(rows, columns=["id", "name", "country", "pay", "condition"])


PAY_ORDER = ["wage", "salary", "learning_allowance", "internship_allowance", "varies", "none", "unknown"]


def pay_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None) -> go.Figure:
    """Who is paid what: each form on the row of its pay type(s), by country; the condition on hover."""
    data = pay_frame(forms, lang)
    data = data[data["pay"] != "unknown"]  # forms the sources say nothing about are listed under the chart
    fig = go.Figure()
    for country, group in data.groupby("country", sort=False):
        fig.add_trace(go.Scatter(
            x=[label("pay", p, lang) for p in group["pay"]], y=list(group["name"]), mode="markers",
            name=label("country", country, lang),
            marker=dict(color=COUNTRY_COLORS.get(country, GREY), size=16, symbol=COUNTRY_SYMBOLS.get(country),
                        line=dict(color="white", width=1.5)),
            customdata=[[n, label("pay", p, lang), c or t("hover_no_condition", lang)]
                        for n, p, c in zip(group["name"], group["pay"], group["condition"])],
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
        ))
    order = [label("pay", p, lang) for p in PAY_ORDER if p in set(data["pay"])]
    _base_layout(fig, lang, 100 + 40 * max(data["name"].nunique(), 1), t("axis_pay", lang), font_size, height)
    fig.update_xaxes(categoryorder="array", categoryarray=order, type="category")
    return fig


def chart_config(filename: str) -> dict:
    """Plotly's camera button exports a PNG at twice the size, with a meaningful file name."""
    return {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}


def eqf_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None) -> go.Figure:
    """Forms placed by EQF level: each bar spans the form's EQF range; Flanders and the Netherlands grouped."""
    data = forms[forms["eqf_min"].notna() & forms["country"].isin(["BE", "NL"])].copy()
    data["hi"] = data["eqf_max"].fillna(data["eqf_min"]).astype(float)
    data["lo"] = data["eqf_min"].astype(float)
    data = data.sort_values(["country", "lo", "hi"], ascending=[False, True, True])
    fig = go.Figure()
    for country, group in data.groupby("country", sort=False):
        names = [_name(r, lang) for _, r in group.iterrows()]
        fig.add_trace(go.Bar(
            y=names, x=list(group["hi"] - group["lo"] + 0.8), base=list(group["lo"] - 0.4), orientation="h",
            name=label("country", country, lang),
            marker=dict(color=COUNTRY_COLORS[country], pattern_shape="" if country == "BE" else "/",
                        line=dict(color="white", width=1)),
            customdata=[[n, f"{int(a)}" if a == b else f"{int(a)}–{int(b)}"]
                        for n, a, b in zip(names, group["lo"], group["hi"])],
            hovertemplate="<b>%{customdata[0]}</b><br>EQF %{customdata[1]}<extra></extra>",
        ))
    _base_layout(fig, lang, 120 + 46 * max(len(data), 1), t("eqf_level", lang), font_size, height)
    fig.update_xaxes(range=[0.5, 8.5], dtick=1)
    fig.update_yaxes(categoryorder="array", categoryarray=[_name(r, lang) for _, r in data.iterrows()][::-1])
    return fig
