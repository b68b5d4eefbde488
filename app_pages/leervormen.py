from dataclasses import replace

import pandas as pd
import streamlit as st

from les import charts, ui
from les.filters import (PAY_FILTER_VALUES, BadParam, FormFilters, apply_form_filters, on_offer, parse_form_params,
                         to_params)
from les.figures import detail_frame as figures_frame
from les.forms_view import SORTS, display_frame, eqf_text, field_table, page_frame, share_text, sort_forms
from les.i18n import label, lang, t
from les.schema import EDUCATION_LEVELS, STATUSES

lang_ = lang()
st.title(t("nav_forms"))
st.write(t("forms_intro_present" if ui.presenting() else "forms_intro"))  # no filters to point to while presenting

forms = ui.table_frame("learning_forms")
figures = ui.table_frame("form_figures")
if forms is None:
    st.stop()

PARAM_KEYS = ("country", "formality", "level", "eqf", "share", "pay", "status", "q", "form", "view", "sort")
# state keys: the selections hold ids (ui.choice); slider and text box are their own widgets' keys
KEYS = {"countries": "lf_country", "formality": "lf_formality", "levels": "lf_level", "eqf": "lf_eqf",
        "share": "lf_share", "pay": "lf_pay", "status": "lf_status", "q": "lf_q", "form": "lf_form",
        "view": "lf_view", "sort": "lf_sort"}
VIEWS = ["table", "share", "time", "pay"]
ids = list(forms["id"])
name_col = "name_en" if lang_ == "en" else "name_nl"
names = dict(zip(forms["id"], forms[name_col]))

# The URL decides what the page shows when it is opened (a link, Back/Forward); afterwards the widgets do
if ui.url_decides("leervormen", PARAM_KEYS, keys=KEYS.values()):
    params = {k: st.query_params.get(k) for k in PARAM_KEYS if k in st.query_params}
    initial, bad = parse_form_params(params, set(ids))
    raw_view = params.get("view", "table")
    if raw_view not in VIEWS:
        bad.append(BadParam("view", raw_view, "why_not_allowed"))
        raw_view = "table"
    raw_sort = params.get("sort", "")
    if raw_sort not in SORTS:
        bad.append(BadParam("sort", raw_sort, "why_not_allowed"))
        raw_sort = ""
    st.session_state.update({
        "_lf_bad": bad, KEYS["countries"]: list(initial.countries), KEYS["formality"]: list(initial.formality),
        KEYS["levels"]: list(initial.levels), KEYS["eqf"]: initial.eqf or (1, 8), KEYS["share"]: initial.share or (0, 100),
        KEYS["pay"]: list(initial.pay), KEYS["status"]: list(initial.status), KEYS["q"]: initial.q,
        KEYS["form"]: initial.form, KEYS["view"]: raw_view, KEYS["sort"]: raw_sort,
    })


def reset_filters() -> None:
    for key in ("countries", "formality", "levels", "pay", "status"):
        st.session_state[KEYS[key]] = []
    st.session_state[KEYS["eqf"]] = (1, 8)
    st.session_state[KEYS["share"]] = (0, 100)
    st.session_state[KEYS["q"]] = ""


for bad in st.session_state.get("_lf_bad", []):
    ui.notice_bad(bad)

with st.sidebar:
    st.header(t("filters"))
    # pills, not multiselects: a handful of choices each, all in view, one click to add or drop one (and
    # about 250 fewer elements for a new visitor's browser to draw, bench/)
    for key, options, prefix, text in (("countries", ["BE", "NL"], "country", "f_country"),
                                       ("formality", ["formal", "informal"], "formality", "f_formality"),
                                       ("levels", list(EDUCATION_LEVELS), "level", "f_level")):
        ui.choice(st.pills, t(text), options, key=KEYS[key], selection_mode="multi",
                  format_func=lambda c, prefix=prefix, lang_=lang_: label(prefix, c, lang_))
    st.slider(t("f_eqf"), 1, 8, key=KEYS["eqf"], help=t("f_eqf_help"))
    st.slider(t("f_share"), 0, 100, step=5, key=KEYS["share"], help=t("f_share_help"))
    # the kinds of pay some form has ("unknown" for a form without), and any chosen one
    paid = on_offer(PAY_FILTER_VALUES, {p for types in forms["pay_type"] for p in (types or ("unknown",))},
                    st.session_state[KEYS["pay"]])
    for key, options, prefix, text in (("pay", paid, "pay", "f_pay"),
                                       ("status", list(STATUSES), "status", "f_status")):
        ui.choice(st.pills, t(text), options, key=KEYS[key], selection_mode="multi",
                  format_func=lambda c, prefix=prefix, lang_=lang_: label(prefix, c, lang_))
    st.text_input(t("f_q"), key=KEYS["q"], max_chars=100)
    st.button(t("f_reset"), on_click=reset_filters, icon=":material/filter_alt_off:")

state = FormFilters(
    countries=tuple(st.session_state[KEYS["countries"]]),
    formality=tuple(st.session_state[KEYS["formality"]]),
    levels=tuple(st.session_state[KEYS["levels"]]),
    eqf=tuple(st.session_state[KEYS["eqf"]]),
    share=tuple(float(x) for x in st.session_state[KEYS["share"]]),
    pay=tuple(st.session_state[KEYS["pay"]]),
    status=tuple(st.session_state[KEYS["status"]]),
    q=st.session_state[KEYS["q"]].strip(),
    form=st.session_state[KEYS["form"]],
)
shown = apply_form_filters(forms, state)

# One form in detail, where the eye lands: a link to ?form=… (from the map, the comparison or a shared
# link) opens on its detail, and picking a form here shows it at once. Any form can be shown, also one the
# filters leave out, so a shared ?form= link always shows it.
form_id = ui.choice(st.selectbox, t("detail_pick"), [None, *ids], key=KEYS["form"],
                    format_func=lambda i: t("detail_none") if i is None else names.get(i, i))
state = replace(state, form=form_id)
if form_id:
    row = forms.set_index("id").loc[form_id]
    with st.container(border=True):
        head, close = st.columns([6, 1], vertical_alignment="center")
        head.markdown(f"### {ui.escape_md(row[name_col])}")
        close.button(t("detail_close"), key="detail-close", icon=":material/close:", width="stretch",
                     on_click=st.session_state.update, args=({KEYS["form"]: None},))
        st.markdown(ui.escape_md(row["description_en" if lang_ == "en" else "description_nl"]))
        m1, m2, m3, m4 = st.columns(4)
        m1.metric(t("col_country"), label("country", row["country"]))
        share_kind = row.get("workplace_share_kind")
        m2.metric(t("col_share") + ("" if pd.isna(share_kind) else f" ({label('figkind', share_kind)})"),
                  share_text(row, lang_) or t("unknown"))
        m3.metric(t("col_eqf"), eqf_text(row) or t("unknown"))
        m4.metric(t("col_status"), label("status", row["status"]))
        note = row["status_note" if lang_ == "en" else "status_note_nl"]
        if pd.notna(note):
            st.warning(f"{t('detail_status_note')}: {ui.escape_md(note)}", icon=":material/info:")
        for key, col in (("detail_counterpart", "counterpart_ids"), ("detail_false_friend", "false_friend_ids")):
            for other in row[col]:
                if other in names:
                    st.markdown(f"**{t(key)}:** {ui.escape_md(names[other])}")
                    st.button(names[other], key=f"goto-{col}-{other}", icon=":material/arrow_forward:",
                              on_click=st.session_state.update, args=({KEYS["form"]: other},))
        form_figures = figures_frame(figures, form_id, lang_)
        if not form_figures.empty:
            # what the law requires, what is typical and where each number comes from, in the sources' own words
            st.markdown(f"**{t('detail_figures')}**")
            st.markdown(ui.md_table(form_figures.set_index(t("fig_col_measure")), link_columns=(t("fig_col_source"),),
                                    link_text=t("source_link")))
        with st.expander(t("detail_fields")):
            st.markdown(ui.md_table(field_table(row, form_id, names, lang_)))
        st.markdown(f"**{t('detail_sources')}:**")
        urls = [row["source_url"], *row["other_source_urls"]]
        st.markdown("\n".join(f"- {ui.md_link(u)}" for u in urls))
        source_note = row["source_note" if lang_ == "en" else "source_note_nl"]
        if pd.notna(source_note):
            st.caption(ui.escape_md(source_note))

st.caption(t("n_forms", n=len(shown), total=len(forms)))

# one view at a time: a chart is only built (and plotly only loaded) when someone asks for it
# a row that wraps: on a narrow screen the sort box goes below the views instead of cutting them off
# The views stay when the filters leave nothing: a widget left out of a run loses its state, so the chart
# someone was looking at would turn back into the table once the filters let forms through again.
controls = st.container(horizontal=True, vertical_alignment="bottom", gap="medium")
view = ui.choice(controls.segmented_control, t("view"), VIEWS, key=KEYS["view"], format_func=lambda v: t(f"tab_{v}"),
                 label_visibility="collapsed", required=True)
if view == "table":
    # the sort is a state of its own (KEYS["sort"]), kept while the chart views hide its box
    ui.choice(controls.selectbox, t("sort_by"), SORTS, key=KEYS["sort"], format_func=lambda k: t(f"sort_{k}", lang_),
              width=300)
if shown.empty:
    st.info(t("empty_title") + " " + t("empty_hint"), icon=":material/search_off:")
    st.button(t("f_reset"), on_click=reset_filters, key="reset-empty", type="primary")
else:
    ordered = sort_forms(shown, st.session_state.get(KEYS["sort"]) or "", lang_)
    table = display_frame(ordered, lang_)
    if view == "table":
        # a Markdown table, not st.dataframe: the grid's 1.2 MB of JavaScript made this the slowest page to open
        # (bench/), and 18 rows read better as text that wraps, links and copies
        picked = names.get(state.form)
        st.markdown(ui.md_table(page_frame(table, lang_), marked_rows={picked} if picked else None,
                                link_columns=(t("col_source"),), link_text=t("source_link")))
        st.caption(t("table_caption"))
        # the files are made when clicked, not on every rerun: the workbook alone was the largest part of
        # this page's server time (profiled under 30 users, bench/)
        ui.export_buttons(table, "leervormen", [t("export_note"), "https://creativecommons.org/licenses/by/4.0/"],
                          params={k: v for k, v in to_params(state).items() if k != "form"})
        st.caption(t("export_note"))
    elif view == "share":
        unknown = shown[shown["workplace_share_min"].isna()]
        if charts.share_figures(shown, figures).empty:  # a chart with nothing on it would only look broken
            st.info(t("cap_share_unknown", names=ui.escape_md(", ".join(unknown[name_col]))))
        else:
            st.plotly_chart(charts.share_chart(shown, lang_, font_size=ui.font_size(), figures=figures),
                            config=charts.chart_config("werkplek-aandeel", lang_), width="stretch")
            st.caption(t("cap_share"))
            if not unknown.empty:
                st.caption(t("cap_share_unknown", names=ui.escape_md(", ".join(unknown[name_col]))))
        with st.expander(t("chart_data")):
            st.markdown(ui.md_table(table[[t("col_name"), t("col_country"), t("col_share")]].set_index(t("col_name"))))
    elif view == "time":
        if charts.time_frame(shown).empty:
            st.info(t("cap_time_unknown", names=ui.escape_md(", ".join(shown[name_col]))))
        else:
            st.plotly_chart(charts.time_chart(shown, lang_, font_size=ui.font_size()),
                            config=charts.chart_config("werkplek-tijd", lang_), width="stretch")
            st.caption(t("cap_time"))
            no_days = shown[shown["workplace_days_min"].isna() & shown["school_days_min"].isna()]
            if not no_days.empty:
                st.caption(t("cap_time_unknown", names=ui.escape_md(", ".join(no_days[name_col]))))
        with st.expander(t("chart_data")):
            st.markdown(ui.md_table(table[[t("col_name"), t("col_days_work"), t("col_days_school")]]
                                    .set_index(t("col_name"))))
    elif view == "pay":
        drawn = charts.pay_frame(shown, lang_).query("pay != 'unknown'")
        no_pay = shown[~shown["id"].isin(drawn["id"])]
        if drawn.empty:  # a chart with nothing on it would only look broken
            st.info(t("cap_pay_unknown", names=ui.escape_md(", ".join(no_pay[name_col]))))
        else:
            st.plotly_chart(charts.pay_chart(shown, lang_, font_size=ui.font_size()),
                            config=charts.chart_config("werkplek-vergoeding", lang_), width="stretch")
            st.caption(t("cap_pay"))
            if not no_pay.empty:
                st.caption(t("cap_pay_unknown", names=ui.escape_md(", ".join(no_pay[name_col]))))
        with st.expander(t("chart_data")):
            st.markdown(ui.md_table(pd.DataFrame({
                t("col_pay"): table[t("col_pay")].values,
                t("cmp_pay_condition"): ordered["pay_condition_en" if lang_ == "en" else "pay_condition_nl"].fillna("").values,
            }, index=pd.Index(ordered[name_col].values, name=t("col_name")))))

# keep the URL in step with what is shown
wanted = to_params(state)
if st.session_state.get(KEYS["view"]) not in (None, "table"):
    wanted["view"] = st.session_state[KEYS["view"]]
if st.session_state.get(KEYS["sort"]):
    wanted["sort"] = st.session_state[KEYS["sort"]]
ui.sync_query_params(wanted, PARAM_KEYS, page="leervormen")
