import pandas as pd
import streamlit as st

from les import ui
from les.export import to_csv_bytes
from les.i18n import label, lang, t
from les.quadrant import QUADRANTS, SOURCE_LAYOUT, SOURCE_OECD, check, parse_selection, typical_activities

lang_ = lang()
st.title(t("nav_hybrid"))
st.write(t("hyb_intro"))

activities = ui.table_frame("activities")
forms = ui.table_frame("learning_forms")
if activities is None:
    st.stop()
name_col = "name_en" if lang_ == "en" else "name_nl"
reason_col = "rationale_en" if lang_ == "en" else "rationale_nl"
acts = activities[activities["kind"] == "activity"]
act_names = dict(zip(acts["id"], acts[name_col]))
form_names = {} if forms is None else dict(zip(forms["id"], forms[name_col]))

# The selection lives in checkbox keys; the URL (?activities=…) decides them when the page is opened (a
# link, Back/Forward), the ticks decide the URL afterwards.
PARAMS = ("activities", "placements", "forms")
if ui.url_decides("hybride", PARAMS, keys=[*(f"act_{a}" for a in act_names), "placements", "hyb_show_forms"]):
    chosen, unknown = parse_selection(st.query_params.get("activities"), set(act_names))
    for a in act_names:
        st.session_state[f"act_{a}"] = a in chosen
    st.session_state["_hyb_bad"] = unknown
    st.session_state["placements"] = st.query_params.get("placements") == "true"
    st.session_state["hyb_show_forms"] = st.query_params.get("forms") == "true"  # the forms on the model
if st.session_state.get("_hyb_bad"):
    ui.notice_bad_param("activities", ",".join(st.session_state["_hyb_bad"]), t("hyb_unknown_activity"))


def tick_typical() -> None:
    form_id = st.session_state.get("hyb_form")
    if form_id:
        typical = set(typical_activities(activities, form_id))
        for a in act_names:
            st.session_state[f"act_{a}"] = a in typical


def untick_all() -> None:
    for a in act_names:
        st.session_state[f"act_{a}"] = False


selected = tuple(a for a in act_names if st.session_state.get(f"act_{a}"))
result = check(activities, selected)

st.subheader(t("hyb_model"))
cols = st.columns(2)
for i, q in enumerate(QUADRANTS):
    cols[i % 2].markdown(f"**{q[1]}. {t('quad_' + q)}** — {t('quad_expl_' + q)}")

st.subheader(t("hyb_check"))
st.caption(t("hyb_check_intro"))
left, right = st.columns([2, 3])
with left:
    with_typical = {f for typical in acts["typical_for"] for f in typical}  # forms that have typical activities
    formal = [] if forms is None else [f for f in forms["id"] if f in with_typical]
    # a shortcut, built when opened: the page then needs no select-box code to open (bench/)
    start = st.expander(t("hyb_start_from"), icon=":material/playlist_add_check:", key="hyb_start",
                        on_change="rerun")
    if start.open:
        ui.choice(start.selectbox, t("hyb_start_from"), formal, key="hyb_form", format_func=lambda f: form_names.get(f, f),
                  label_visibility="collapsed")
        start.button(t("hyb_start_button"), on_click=tick_typical, icon=":material/playlist_add_check:")
    st.button(t("hyb_clear"), on_click=untick_all, icon=":material/clear_all:")
    reasons = acts.set_index("id")[reason_col]
    for q in QUADRANTS:
        st.markdown(f"**{q[1]}. {t('quad_' + q)}**")
        for a, qs in zip(acts["id"], acts["quadrants"]):
            if qs[0] == q:
                st.checkbox(act_names[a], key=f"act_{a}", help=reasons[a])
with right:
    if result.empty:
        st.info(t("hyb_prompt"), icon=":material/touch_app:")
    elif result.hybrid:
        st.success(t("hyb_hybrid"), icon=":material/check_circle:")
    else:
        st.warning(t("hyb_not_hybrid", n=len(result.covered),
                     missing=", ".join(f"{q[1]}. {t('quad_' + q)}" for q in result.missing)), icon=":material/warning:")
        for q in result.missing:
            items = ", ".join(ui.escape_md(act_names[a]) for a in result.suggestions[q]) or t("hyb_no_suggestion")
            st.markdown("- " + t("hyb_suggest", quadrant=f"{q[1]}. {t('quad_' + q)}", items=items))
    show_forms = st.toggle(t("quad_forms"), key="hyb_show_forms")
    ui.quadrant_picture(activities, "hybride-leeromgeving-check", selected=result.selected,
                        covered=None if result.empty else result.covered, show_forms=show_forms)
    # while presenting the picture has no download button, so the words do not point to one
    st.caption(("" if ui.presenting() else t("hyb_picture") + " ") + t("hyb_share"))
    if show_forms:
        # the same placements as a grid: which quadrants each learning form spans
        placed = activities[activities["kind"] == "form"]
        grid = pd.DataFrame({f"{q[1]}. {t('quad_' + q)}": placed["quadrants"].map(lambda qs, q=q: "●" if q in qs else "")
                             for q in QUADRANTS})
        grid.index = pd.Index(placed[name_col].values, name=t("col_name"))
        st.markdown(ui.md_table(grid))
    if not result.empty:
        quads = acts.set_index("id")["quadrants"]
        export = pd.DataFrame({
            t("hyb_col_quadrant"): [f"{q[1]}. {t('quad_' + q)}" for q in QUADRANTS],
            t("hyb_col_covered"): [t("yes" if q in result.covered else "no") for q in QUADRANTS],
            t("hyb_col_by"): ["; ".join(act_names[a] for a in result.selected if q in quads[a]) for q in QUADRANTS],
        })
        st.download_button(t("hyb_export"), to_csv_bytes(export), file_name="hybride-check.csv", mime="text/csv",
                           icon=":material/download:")
st.markdown(t("hyb_source", oecd=SOURCE_OECD, hu=SOURCE_LAYOUT))

# built only when opened: 19 rows of reasons are a third of the page a new visitor would otherwise wait for
placements = ui.url_expander(t("hyb_placements"), key="placements")  # ?placements=true
if placements.open:
    table = pd.DataFrame({
        t("col_name"): activities[name_col],
        t("hyb_col_kind"): activities["kind"].map(lambda k: t(f"hyb_kind_{k}")),
        t("hyb_col_quadrant"): activities["quadrants"].map(lambda qs: ", ".join(f"{q[1]}. {t('quad_' + q)}" for q in qs)),
        t("hyb_col_reason"): activities[reason_col],
        t("col_source"): activities["source_url"],
    })
    placements.markdown(ui.md_table(table.set_index(t("col_name")), link_columns=(t("col_source"),)))
    if forms is not None:
        placed = set(activities["form_id"].dropna())
        unplaced = forms[(forms["formality"] == "informal") & ~forms["id"].isin(placed)]
        if not unplaced.empty:
            placements.caption(t("hyb_not_placed", names=ui.escape_md(", ".join(unplaced[name_col]))))

st.subheader(t("hyb_proeftuinen"))
st.write(t("hyb_proeftuinen_intro"))
proeftuinen = ui.table_frame("proeftuinen")
programmes = ui.table_frame("programmes")
schools = ui.table_frame("schools")
if proeftuinen is not None:
    from les.programme_rules import PILOT_RULES
    country_of = {} if schools is None else dict(zip(schools["id"], schools["country"]))
    # the map can only show a pilot that a campus in the data carries; a link to it for the others would
    # open a map that says so and shows nothing of the pilot
    on_map = set() if schools is None else {p for pilots in schools["les_proeftuin"] for p in pilots}
    for row in proeftuinen.itertuples():
        level = f"{row.eqf_min}" if row.eqf_min == row.eqf_max else f"{row.eqf_min}–{row.eqf_max}"
        with st.container(border=True):
            c1, c2 = st.columns([3, 1])
            c1.markdown(f"**{ui.escape_md(getattr(row, name_col))}** — EQF {level}, {label('sector', row.sector)}")
            # the programmes on both sides that belong to this pilot, by the written rule shown beside them
            matched = pd.DataFrame() if programmes is None else programmes[programmes["proeftuin_id"] == row.id]
            rule = PILOT_RULES.get(row.id, ("", ""))[1 if lang_ == "en" else 0]
            if matched.empty:
                note = getattr(row, "note_en" if lang_ == "en" else "note_nl")
                c1.caption(t("hyb_pilot_none") + ("" if pd.isna(note) else " " + ui.escape_md(note)))
            else:
                by_country = matched["school_id"].map(country_of)
                c1.markdown(t("hyb_pilot_count", n=len(matched), be=int((by_country == "BE").sum()),
                              nl=int((by_country == "NL").sum()), campuses=matched["school_id"].nunique()))
                c1.caption(ui.escape_md(", ".join(sorted(set(matched["name"]))[:6])))
                c2.page_link("app_pages/opleidingen.py", label=t("hyb_pilot_programmes"), icon=":material/school:",
                             query_params={"proeftuin": row.id, **ui.keep_params()})
            c1.caption(t("hyb_pilot_rule") + " " + ui.escape_md(rule))
            if row.id in on_map:
                c2.page_link("app_pages/kaart.py", label=t("hyb_on_map"), icon=":material/map:",
                             query_params={"proeftuin": row.id, **ui.keep_params()})

# keep the URL in step with the ticks
wanted = {"activities": ",".join(result.selected)} if result.selected else {}
if st.session_state.get("hyb_show_forms"):  # a shared link shows the model as it was shared
    wanted["forms"] = "true"
ui.sync_query_params({**wanted, **ui.open_params("placements")}, PARAMS, page="hybride")
