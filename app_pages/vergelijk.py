import pandas as pd
import streamlit as st

from les import charts, ui
from les.compare import compare_frame, overview_cells, pairs
from les.figures import detail_frame as figures_frame
from les.i18n import label, lang, t

lang_ = lang()
st.title(t("nav_compare"))
st.write(t("cmp_intro"))

forms = ui.table_frame("learning_forms")
figures = ui.table_frame("form_figures")
if forms is None:
    st.stop()
name_col = "name_en" if lang_ == "en" else "name_nl"
desc_col = "description_en" if lang_ == "en" else "description_nl"
names = dict(zip(forms["id"], forms[name_col]))
by_id = forms.set_index("id")
PARAMS = ("a", "b", "chart", "figures")
from_url = ui.url_decides("vergelijk", PARAMS, keys=("cmp_a", "cmp_b", "cmp_chart", "figures"))  # a link or Back/Forward: the URL says what is shown
if from_url:
    st.session_state["figures"] = st.query_params.get("figures") == "true"

# 1. The schematic overview
st.subheader(t("cmp_overview"))
# the level column wide enough for "volwassenen-" at 1024 px (at [1, 2, 2] it broke inside the word there)
OVERVIEW_WIDTHS = [1.35, 2, 2]
head = st.columns(OVERVIEW_WIDTHS)
head[0].markdown(f"**{t('col_level')}**")
head[1].markdown(f"**{label('country', 'BE')}**")
head[2].markdown(f"**{label('country', 'NL')}**")
for level, cells in overview_cells(forms, lang_):
    row = st.columns(OVERVIEW_WIDTHS, border=True)
    # the narrow first column broke "volwassenenonderwijs" anywhere ("volwassenenond / erwijs" at 1280 px)
    row[0].markdown(f"**{ui.escape_md(ui.soft_hyphens(level))}**")
    for col, items in zip(row[1:], cells.values()):
        col.markdown("\n".join(f"- {ui.escape_md(ui.soft_hyphens(item))}" for item in items) or "—")
st.caption(t("cmp_overview_cap"))
if from_url:
    st.session_state["cmp_chart"] = st.query_params.get("chart") == "1"
show_chart = st.toggle(t("cmp_show_chart"), key="cmp_chart")
if show_chart:
    st.plotly_chart(charts.eqf_chart(forms, lang_, font_size=ui.font_size()),
                    config=charts.chart_config("vlaanderen-nederland-eqf", lang_), width="stretch")
    st.caption(t("cmp_eqf_chart_cap"))


def side_by_side(a: str, b: str) -> None:
    left, right = st.columns(2)
    for col, form_id in ((left, a), (right, b)):
        row = by_id.loc[form_id]
        with col.container(border=True):
            st.markdown(f"**{ui.escape_md(names[form_id])}** — {label('country', row['country'])}")
            st.markdown(ui.escape_md(row[desc_col]))
            st.page_link("app_pages/leervormen.py", label=t("detail_fields"), icon=":material/open_in_new:",
                         query_params={"form": form_id, **ui.keep_params()})


# 2. Counterparts
st.subheader(t("cmp_counterparts"))
for a, b in pairs(forms, "counterpart_ids"):
    side_by_side(a, b)

# 3. False friends, explained from the data
st.subheader(t("cmp_false_friends"))
for a, b in pairs(forms, "false_friend_ids"):
    st.warning(t("cmp_false_friend_lead", a=ui.escape_md(names[a]), b=ui.escape_md(names[b])),
               icon=":material/warning:")
    diff = compare_frame(forms, a, b, lang_, figures)
    diff = diff[diff["differs"]]
    st.markdown(ui.md_table(diff[["field", "a", "b"]].rename(columns={"field": t("cmp_field"), "a": names[a],
                                                                      "b": names[b]}).set_index(t("cmp_field"))))
    side_by_side(a, b)

# 4. Any two forms, field by field (?a=…&b=…); the boxes hold ids (ui.choice), the URL decides on arrival
st.subheader(t("cmp_any_two"))
ids = list(forms["id"])
# the pair a visitor first sees; a link to it needs no parameters (nor does opening the page write them,
# which would add a history entry and make Back stop on this page once more)
DEFAULT_PAIR = {key: form if form in names else ids[0] for key, form in (("a", "vl-duaal-leren"), ("b", "nl-mbo-bbl"))}
if from_url:
    st.session_state["_cmp_bad"] = []
    for key, default in DEFAULT_PAIR.items():
        raw = st.query_params.get(key)
        if raw is not None and raw not in names:
            st.session_state["_cmp_bad"].append((key, raw))
            raw = None
        st.session_state[f"cmp_{key}"] = raw or default
for key, raw in st.session_state.get("_cmp_bad", []):
    ui.notice_bad_param(key, raw, t("why_unknown_form"))


def swap() -> None:
    st.session_state["cmp_a"], st.session_state["cmp_b"] = st.session_state["cmp_b"], st.session_state["cmp_a"]


# the two forms, with a swap between them: swapping by hand passed through A = B, a step of history too
# One row whose button takes the width of its label and the boxes share the rest: in a column of its own the
# button was cut to "Wis…" at 1280 px, and to its icon at 1024
pick = st.container(horizontal=True, vertical_alignment="bottom")
a = ui.choice(pick.selectbox, t("cmp_pick_a"), ids, key="cmp_a", format_func=lambda i: names.get(i, i), required=True,
              width="stretch")
pick.button(t("cmp_swap"), on_click=swap, icon=":material/swap_horiz:", key="cmp-swap", width="content")
b = ui.choice(pick.selectbox, t("cmp_pick_b"), ids, key="cmp_b", format_func=lambda i: names.get(i, i), required=True,
              width="stretch")
if a == b:  # a table of two identical columns, without a word, looked like a broken comparison
    st.info(t("cmp_same", name=ui.escape_md(names[a])), icon=":material/info:")
else:
    cmp = compare_frame(forms, a, b, lang_, figures)
    shown = cmp[["field", "a", "b"]].rename(columns={"field": t("cmp_field"), "a": "A: " + names[a],
                                                     "b": "B: " + names[b]})
    shown = shown.set_index(t("cmp_field"))
    st.markdown(ui.md_table(shown, marked_rows=set(shown.index[cmp["differs"].to_numpy()])))
    st.caption(t("cmp_diff_cap"))
if figures is not None:  # every figure of both, with its kind, the basis and the source's own words
    # built when opened (?figures=true keeps it open in a shared link): two tables fewer for every visitor
    box = ui.url_expander(t("cmp_figures"), key="figures")
    if box.open:
        for form_id in dict.fromkeys((a, b)):
            box.markdown(f"**{ui.escape_md(names[form_id])}**")
            detail = figures_frame(figures, form_id, lang_)
            if detail.empty:
                box.caption(t("unknown"))
            else:
                box.markdown(ui.md_table(detail.set_index(t("fig_col_measure")), link_columns=(t("fig_col_source"),),
                                         link_text=t("source_link")))

# 5. Glossary
st.subheader(t("cmp_glossary"))
glossary = ui.table_frame("glossary")
if glossary is not None:
    # long compounds ("beroepspraktijkvorming") may break at their joint: at 1024 px the table was wider than the page
    table = pd.DataFrame({
        t("gl_term"): glossary["term"].map(ui.soft_hyphens),
        t("gl_used"): glossary["country"].map(lambda c: label("country", c)),
        t("gl_counter"): glossary["counterpart_term"].fillna("").map(ui.soft_hyphens),
        t("gl_expl"): glossary["explanation_en" if lang_ == "en" else "explanation_nl"].map(ui.soft_hyphens),
        t("col_source"): glossary["source_url"],
    })
    # a link named "bron", as in every other table: a whole address wrapped over six lines doubled its height
    st.markdown(ui.md_table(table.set_index(t("gl_term")), link_columns=(t("col_source"),), link_text=t("source_link")))
    st.caption(t("cmp_glossary_cap"))

pair = {} if {"a": a, "b": b} == DEFAULT_PAIR else {"a": a, "b": b}  # both, once either is chosen
ui.sync_query_params({**pair, **({"chart": "1"} if show_chart else {}), **ui.open_params("figures")}, PARAMS,
                     page="vergelijk")
