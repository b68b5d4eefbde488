import streamlit as st

from les import ui
from les.data import DATA_DIR
from les.dictionary import dictionary_frame, row_sources
from les.i18n import lang, t
from les.schema import TABLES
from les.upload import cleaned_csv, headline, read_upload

lang_ = lang()
st.title(t("nav_about"))
st.write(t("about_intro"))

results = ui.tables()

st.subheader(t("about_status_title"))
for name, table in TABLES.items():
    res = results[name]
    n = 0 if res.frame is None else len(res.frame)
    if res.problems and (res.errors or res.frame is None):
        st.error(t("about_status_bad", file=table.file, n=n, p=len(res.errors)))
        ui.show_problems(res.problems)
    else:
        st.success(t("about_status_ok", file=table.file, n=n))

st.subheader(t("about_dictionary_title"))
# Only the open tab is drawn (on_change="rerun"): one table in the page instead of five
# The open tab is kept as a table name; the tabs themselves are keyed per language, because Streamlit keeps
# the open tab as its label (see ui.choice)
tab_labels = {name: f"{table.title(lang_)} ({table.file})" for name, table in TABLES.items()}
tab_key = ui.widget_key("about_tab")
by_label = {text: name for name, text in tab_labels.items()}
if st.session_state.get(tab_key) in by_label:
    st.session_state["about_tab"] = by_label[st.session_state[tab_key]]
open_tab = st.session_state.get("about_tab")
open_tab = open_tab if open_tab in tab_labels else next(iter(tab_labels))
tabs = st.tabs(list(tab_labels.values()), key=tab_key, default=tab_labels[open_tab], on_change="rerun")
for tab, (name, table) in zip(tabs, TABLES.items()):
    if not tab.open:
        continue
    with tab:
        st.write(table.desc_en if lang_ == "en" else table.desc_nl)
        # a Markdown table: static and light (st.dataframe's grid, and even st.table, cost a new visitor
        # 0.3-0.5 s of JavaScript to load: measured with bench/)
        st.markdown(ui.md_table(dictionary_frame(table, lang_)))

st.subheader(t("about_sources_title"))
for name, table in TABLES.items():
    res = results[name]
    # built when opened: the schools alone cite a hundred pages
    box = st.expander(f"{table.title(lang_)} — {table.file}", key=f"sources_{name}", on_change="rerun")
    if box.open:
        box.write(t("about_last_checked", date=table.last_checked))
        box.write(t("about_licence", licence=table.licence))
        if res.frame is not None and "source_url" in res.frame:
            box.write(t("about_row_sources"))
            counts = row_sources(res.frame)
            box.markdown(ui.md_table(counts.rename_axis("URL").to_frame("#"), link_columns=("URL",)))

st.subheader(t("about_downloads_title"))
downloads = st.container(horizontal=True, gap="small")  # wraps on a narrow screen: no label is cut
for table in TABLES.values():
    path = DATA_DIR / table.file
    if path.exists():
        downloads.download_button(t("about_download", file=table.file), data=lambda path=path: path.read_bytes(),
                                  file_name=table.file, mime="text/csv", key=f"dl-{table.name}", on_click="ignore",
                                  icon=":material/download:")

st.subheader(t("up_title"))
st.markdown(t("up_intro"))
uploaded = st.file_uploader(t("up_file"), type=["csv", "xlsx"], accept_multiple_files=False, key="up_file")
# pills, not a select box: six short choices in view, and the page needs no select-box code (bench/)
st.session_state.setdefault("up_table", "auto")
choice = ui.choice(st.pills, t("up_table"), ["auto", *TABLES], key="up_table",
                   format_func=lambda n, lang_=lang_: t("up_auto", lang_) if n == "auto" else TABLES[n].file)
choice = None if choice in (None, "auto") else choice
if uploaded is not None:
    known = {name: set(res.frame["id"]) for name, res in results.items() if res.frame is not None}
    result, table = read_upload(uploaded.name, uploaded.getvalue(), known, choice)
    first = headline(result.problems)
    if table is None or result.frame is None:
        st.error(ui.problem_message(first) if first else t("p_unreadable"))
        ui.show_problems(result.problems)
    else:
        st.info(t("up_detected", file=table.file, rows=result.rows_read, valid=len(result.frame),
                  errors=len(result.errors), notes=len(result.problems) - len(result.errors)))
        if not result.errors:
            st.success(t("up_ok"))
        else:
            st.warning(ui.problem_message(first))
        ui.show_problems(result.problems)
        st.markdown(f"**{t('up_preview')}**")
        if table.name == "schools" and len(result.frame):
            from les import maps
            points = maps.point_frame(result.frame, {}, "country", lang_)
            st.pydeck_chart(maps.build_deck(points, lang_, view=maps.fit_view(points["lat"], points["lon"], height_px=380)),
                            height=380, key="up_map")
        preview = result.frame.copy()
        for col in table.columns:
            if col.kind == "list":
                preview[col.name] = preview[col.name].map("; ".join)
        st.dataframe(preview, hide_index=True, width="stretch")
        st.download_button(t("up_download"), cleaned_csv(result, table), file_name=f"{table.name}-gecontroleerd.csv",
                           mime="text/csv", icon=":material/download:")

st.subheader(t("about_update_title"))
st.markdown(t("about_update"))

st.subheader(t("about_geo_title"))
st.write(t("about_geo"))
