"""Plotly figures: DataFrame in, figure out. Pure functions, testable by reading the figure's data."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from les.i18n import fmt_number, label, t
from les.style import COUNTRY_COLORS, COUNTRY_SYMBOLS, FONT, GREY, INK


def _txt(value) -> str:
    """Data text for plotly, which reads a subset of HTML in labels and hover text: escape it."""
    return html.escape(str(value), quote=False)


def _name(row, lang: str) -> str:
    return _txt(row["name_en"] if lang == "en" else row["name_nl"])


MODEBAR_BAND_PX = 32  # plotly's tool bar: 26 px high, 2 px from the top


def _legend_lines(fig: go.Figure) -> int:
    """How many lines the legend takes, at most two entries a line (a long kind's name fills half the width)."""
    entries = {tr.legendgroup or tr.name for tr in fig.data if tr.showlegend is not False and tr.name}
    return (len(entries) + 1) // 2 if len(entries) > 1 else 0


def _base_layout(fig: go.Figure, lang: str, height: int, xaxis_title: str, font_size: int = 14,
                 height_override: int | None = None, tool_bar: bool = True, rows: int = 1) -> go.Figure:
    """Shared look. Every text in the ink colour and at `font_size`, axis labels included: Streamlit's
    chart theme otherwise sets tick labels small and light grey, unreadable from the back of a room.

    `height` grows with the rows, but never leaves a row less than its name needs once the tool bar's band, the
    legend and the axis have taken theirs: a filter that left two forms under a two-line legend drew them on top
    of each other in a chart 198 px high."""
    text = dict(family=FONT, size=font_size, color=INK)
    least = ((MODEBAR_BAND_PX if tool_bar else 0) + 30 + _legend_lines(fig) * 2.2 * font_size + 4.5 * font_size
             + max(rows, 1) * 2.2 * font_size)
    height = height_override or max(height, round(least))
    fig.update_layout(
        height=height, margin=dict(l=10, r=20, t=30, b=40), font=text, plot_bgcolor="white",
        # the legend starts below the band where plotly's tool bar appears (top right, under the pointer), so
        # the bar never covers a legend entry; the plot area moves down to make room for it (automargin).
        # A chart without the bar (chart_config(tool_bar=False), a slide) keeps that height for its rows.
        legend=dict(orientation="h", yref="container", yanchor="top",
                    y=1 - (MODEBAR_BAND_PX if tool_bar else 0) / height, x=0, font=text),
        separators=",." if lang == "nl" else ".,", hoverlabel=dict(font_size=font_size),
    )
    fig.update_xaxes(title=dict(text=xaxis_title, font=text), tickfont=text, gridcolor="#E5E8EC", zeroline=False)
    # every row keeps its name: plotly thins out category labels it thinks are crowded (larger type on a
    # projector), which left rows of dots without a form to name them
    fig.update_yaxes(tickfont=text, gridcolor="#F2F4F6", automargin=True, tickmode="linear", tick0=0, dtick=1)
    return fig


def share_figures(forms: pd.DataFrame, figures: pd.DataFrame | None) -> pd.DataFrame:
    """Every workplace-share figure of these forms, one row each, with its kind (data/form_figures.csv). Without
    the figures table, the one share of learning_forms.csv with its workplace_share_kind."""
    if figures is not None:
        rows = figures[(figures["measure"] == "workplace_share") & figures["form_id"].isin(forms["id"])].copy()
        rows = rows.merge(forms[["id", "country", "name_nl", "name_en"]], left_on="form_id", right_on="id",
                          suffixes=("_fig", ""))
    else:
        known = forms[forms["workplace_share_min"].notna()]
        rows = known.assign(form_id=known["id"], value_min=known["workplace_share_min"],
                            value_max=known["workplace_share_max"],
                            kind=known.get("workplace_share_kind", pd.Series("typical", index=known.index)).fillna("typical"),
                            basis_nl="", basis_en="", unit="percent")
    rows["low"] = rows["value_min"].astype(float)
    rows["open_ended"] = rows["value_max"].isna()
    rows["high"] = rows["value_max"].fillna(rows["value_min"]).astype(float)
    return rows.reset_index(drop=True)


# How each kind of figure is drawn: a typical range as a thick band, a computed one as open marks on a thin
# dashed line, a legal minimum as a stroke where a light bar to 100 % starts
_KIND_STYLE = {
    "typical": dict(width=9, dash="solid", marker="filled", size=14),
    "computed": dict(width=3, dash="dash", marker="open", size=13),
    "legal_minimum": dict(width=0, dash="solid", marker="line-ns", size=28),
}


def share_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None,
                figures: pd.DataFrame | None = None, tool_bar: bool = True) -> go.Figure:
    """Workplace share per form, every figure with its kind (legend): typical, computed, legal minimum. The
    figure's data says which is which: each trace's `meta` holds its kind and the form ids it draws."""
    from les.figures import value_text

    data = share_figures(forms, figures)
    fig = go.Figure()
    order = (data.groupby("form_id").agg(low=("low", "min"), high=("high", "max")).sort_values(["low", "high"]))
    names = {r["form_id"]: _name(r, lang) for _, r in data.iterrows()}
    for (country, kind), group in data.groupby(["country", "kind"], sort=False):
        style = _KIND_STYLE.get(kind, _KIND_STYLE["typical"])
        color = COUNTRY_COLORS.get(country, GREY)
        symbol = COUNTRY_SYMBOLS.get(country, "circle")
        xs, ys, tails_x, tails_y, px, py, hover = [], [], [], [], [], [], []
        for _, r in group.iterrows():
            name = names[r["form_id"]]
            basis = _txt(r["basis_en" if lang == "en" else "basis_nl"] or "")
            text = t("hover_figure", lang, name=name, value=_txt(value_text(r, lang)),
                     kind=_txt(label("figkind", kind, lang)), basis=basis)
            if kind == "legal_minimum":
                tails_x += [r["low"], 100, None]
                tails_y += [name, name, None]
                px.append(r["low"]), py.append(name), hover.append(text)
                continue
            if r["high"] > r["low"]:
                xs += [r["low"], r["high"], None]
                ys += [name, name, None]
            if r["open_ended"]:
                tails_x += [r["low"], 100, None]
                tails_y += [name, name, None]
            ends = [r["low"]] if r["open_ended"] or r["high"] == r["low"] else [r["low"], r["high"]]
            for x in ends:
                px.append(x), py.append(name), hover.append(text)
        meta = {"kind": kind, "country": country, "forms": list(group["form_id"])}
        if xs:
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=color, width=style["width"],
                                                                         dash=style["dash"]),
                                     hoverinfo="skip", showlegend=False, legendgroup=country, meta=meta))
        if tails_x:
            light = kind == "legal_minimum"
            fig.add_trace(go.Scatter(x=tails_x, y=tails_y, mode="lines",
                                     line=dict(color=color, width=6 if light else 2, dash="solid" if light else "dot"),
                                     opacity=0.3 if light else 1, hoverinfo="skip", showlegend=False,
                                     legendgroup=country, meta=meta))
        if style["marker"] == "line-ns":
            marker = dict(color=color, size=style["size"], symbol="line-ns", line=dict(color=color, width=4))
        elif style["marker"] == "open":
            marker = dict(color="white", size=style["size"], symbol=symbol, line=dict(color=color, width=2.5))
        else:
            marker = dict(color=color, size=style["size"], symbol=symbol, line=dict(color="white", width=1.5))
        fig.add_trace(go.Scatter(x=px, y=py, mode="markers", marker=marker, showlegend=False, legendgroup=country,
                                 customdata=hover, hovertemplate="%{customdata}<extra></extra>", meta=meta))
    # the legend: the countries by colour and shape, the kinds by how they are drawn (in ink, no data)
    for country in [c for c in ("BE", "NL") if c in set(data["country"])]:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=label("country", country, lang),
                                 legendgroup=country, marker=dict(color=COUNTRY_COLORS[country], size=14,
                                                                  symbol=COUNTRY_SYMBOLS.get(country, "circle"))))
    legend_kinds = [k for k in ("typical", "computed", "legal_minimum") if k in set(data["kind"])]
    for kind in legend_kinds:
        style = _KIND_STYLE[kind]
        if kind == "legal_minimum":
            marker = dict(color=INK, size=20, symbol="line-ns", line=dict(color=INK, width=4))
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", marker=marker,
                                     name=t(f"legend_kind_{kind}", lang), meta={"legend_kind": kind}))
        else:
            marker = (dict(color="white", size=12, symbol="circle", line=dict(color=INK, width=2.5)) if kind == "computed"
                      else dict(color=INK, size=12, symbol="circle"))
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines+markers", marker=marker,
                                     line=dict(color=INK, width=style["width"], dash=style["dash"]),
                                     name=t(f"legend_kind_{kind}", lang), meta={"legend_kind": kind}))
    _base_layout(fig, lang, 110 + 44 * max(len(order), 1), t("axis_share", lang), font_size, height, tool_bar,
                 rows=len(order))
    fig.update_xaxes(range=[0, 102], ticksuffix=" %" if lang == "nl" else "%")
    fig.update_yaxes(categoryorder="array", categoryarray=[names[i] for i in order.index])
    return fig


def time_frame(forms: pd.DataFrame) -> pd.DataFrame:
    known = forms[forms["workplace_days_min"].notna() | forms["school_days_min"].notna()].copy()
    return known


def time_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None,
               tool_bar: bool = True) -> go.Figure:
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
    _base_layout(fig, lang, 100 + 60 * max(len(data), 1), t("axis_days", lang), font_size, height, tool_bar,
                 rows=2 * len(data))  # two bars a row
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


def _two_lines(name: str) -> str:
    """A pay type's name on two lines under its column: two words one above the other, and a Dutch compound on
    "-vergoeding" split there ("leer-", "vergoeding"): whole, "leervergoeding" and "stagevergoeding" ran into
    each other under neighbouring columns at 1280 px."""
    if " " in name:
        return name.replace(" ", "<br>")
    stem = name.removesuffix("vergoeding")
    return f"{stem}-<br>vergoeding" if stem and stem != name else name


def pay_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None,
              tool_bar: bool = True) -> go.Figure:
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
    _base_layout(fig, lang, 100 + 40 * max(data["name"].nunique(), 1), t("axis_pay", lang), font_size, height,
                 tool_bar, rows=data["name"].nunique())
    # names of two words on two lines, level: at a projector's type size plotly turned them 30°, and the
    # slanted "internship allowance" took a third of the chart's height from its rows
    fig.update_xaxes(categoryorder="array", categoryarray=order, type="category", tickangle=0,
                     tickvals=order, ticktext=[_two_lines(name) for name in order])
    return fig


# Plotly's own words on a chart (its tool bar, the hints after a zoom or a legend click) in Dutch. Plotly.js
# ships no Dutch for them (its locale "nl" has an empty dictionary), so these are ours, as every interface
# string is; numbers are already written the Dutch way by the layout's `separators`. The keys are plotly's
# words as the plotly.js inside the installed Streamlit spells them (tests/test_bilingual.py checks).
# Streamlit's own full-screen button is not plotly's and stays English.
PLOTLY_NL = {
    "Autoscale": "Automatisch schalen",
    "Box Select": "Rechthoek selecteren",
    "Compare data on hover": "Gegevens vergelijken bij aanwijzen",
    "Double-click on legend to isolate one trace": "Dubbelklik in de legenda om één reeks apart te tonen",
    "Double-click to zoom back out": "Dubbelklik om weer uit te zoomen",
    "Download plot as a PNG": "Grafiek downloaden als png",
    "Download plot": "Grafiek downloaden",
    "Image download succeeded": "Afbeelding gedownload",
    "Lasso Select": "Lasso-selectie",
    "Pan": "Verschuiven",
    "Preparing image - this may take a few seconds": "Afbeelding maken, dit kan enkele seconden duren",
    "Reset axes": "Assen herstellen",
    "Reset": "Herstellen",
    "Show closest data on hover": "Dichtstbijzijnde gegevens tonen bij aanwijzen",
    "Sorry, there was a problem downloading your image!": "Het downloaden van de afbeelding is mislukt.",
    "Toggle show closest data on hover": "Dichtstbijzijnde gegevens tonen aan/uit",
    "Toggle Spike Lines": "Hulplijnen aan/uit",
    "trace": "reeks",
    "Zoom in": "Inzoomen",
    "Zoom out": "Uitzoomen",
    "Zoom": "Zoomen",
}


def chart_config(filename: str, lang: str = "nl", tool_bar: bool = True) -> dict:
    """Plotly's camera button exports a PNG at twice the size, with a meaningful file name; plotly's own
    words (its tool bar) in the visitor's language. Without `tool_bar` (a slide on a projector) no bar
    appears under the pointer; its figure is drawn with `tool_bar=False` too, so its rows get that room."""
    config = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
              "modeBarButtonsToRemove": ["lasso2d", "select2d"], "displayModeBar": "hover" if tool_bar else False}
    if lang == "nl":
        config.update(locale="nl", locales={"nl": {"dictionary": PLOTLY_NL}})
    return config


def eqf_chart(forms: pd.DataFrame, lang: str, font_size: int = 14, height: int | None = None,
              tool_bar: bool = True) -> go.Figure:
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
    _base_layout(fig, lang, 120 + 46 * max(len(data), 1), t("eqf_level", lang), font_size, height, tool_bar,
                 rows=len(data))
    fig.update_xaxes(range=[0.5, 8.5], dtick=1)
    fig.update_yaxes(categoryorder="array", categoryarray=[_name(r, lang) for _, r in data.iterrows()][::-1])
    return fig
