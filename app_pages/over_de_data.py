import pandas as pd
import streamlit as st

from les import ui
from les.data import DATA_DIR, known_ids
from les.dictionary import dictionary_frame, row_sources
from les.i18n import fmt_number, fmt_percent, label, lang, t
from les.schema import TABLES
from les.upload import cleaned_csv, headline, read_upload

lang_ = lang()
st.title(t("nav_about"))
st.write(t("about_intro"))

results = ui.tables()

st.subheader(t("about_status_title"))
valid = []
for name, table in TABLES.items():
    res = results[name]
    n = 0 if res.frame is None else len(res.frame)
    if res.problems and (res.errors or res.frame is None):
        st.error(t("about_status_bad", file=table.file, n=n, p=len(res.errors)))
        ui.show_problems(res.problems)
    else:
        valid.append(t("about_status_ok", file=table.file, n=fmt_number(n)))
if valid:
    st.success(t("about_status_ok_all", k=len(valid), files=" · ".join(valid)))

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
        if name == "programmes":
            # the written rules behind learning_form_rule and proeftuin_id (les/programme_rules.py)
            from les.programme_rules import PILOT_RULES, RULES
            st.markdown(f"**{t('about_rules_title')}**")
            st.markdown(ui.md_table(pd.DataFrame({
                t("about_rule"): list(RULES), t("pg_col_form"): [form or "—" for form, _, _ in RULES.values()],
                t("about_col_description"): [en if lang_ == "en" else nl for _, nl, en in RULES.values()],
            }).set_index(t("about_rule"))))
            st.markdown(ui.md_table(pd.DataFrame({
                t("m_proeftuin"): list(PILOT_RULES),
                t("about_col_description"): [en if lang_ == "en" else nl for nl, en in PILOT_RULES.values()],
            }).set_index(t("m_proeftuin"))))
            st.caption(t("about_rules_caption"))

st.subheader(t("about_coverage_title"))
st.write(t("about_coverage_intro"))
coverage = ui.table_frame("coverage")
if coverage is not None:
    shown_cov = pd.DataFrame({
        t("cov_source"): coverage["source"].map(lambda v: t(f"cov_src_{v}")),
        t("m_province"): coverage["province"].fillna("").map(lambda p: label("province", p) if p else t("cov_all")),
        t("cov_measure"): coverage["measure"].map(lambda v: t(f"cov_m_{v}")),
        t("cov_in_source"): coverage["in_source"].astype(int).map(lambda n: fmt_number(n)),
        t("cov_on_map"): coverage["on_map"].astype(int).map(lambda n: fmt_number(n)),
        t("cov_share"): [fmt_percent(100 * m / n) if n else "—" for m, n in zip(coverage["on_map"], coverage["in_source"])],
        t("cov_note"): coverage["note" if lang_ == "en" else "note_nl"].fillna(""),
    })
    st.markdown(ui.md_table(shown_cov.set_index(t("cov_source"))))
    st.caption(t("about_coverage_caption"))

st.subheader(t("about_extracts_title"))
st.write(t("about_extracts_intro"))
extracts = pd.read_csv(DATA_DIR / "sources" / "SOURCES.csv", dtype=str, keep_default_na=False) \
    if (DATA_DIR / "sources" / "SOURCES.csv").exists() else None
if extracts is not None:
    def nl_or_en(column: str) -> str:
        return column if lang_ == "en" or f"{column}_nl" not in extracts else f"{column}_nl"

    def pinned(r) -> str:
        if not r["repository"]:
            return ""
        return f"https://github.com/{r['repository']}/blob/{r['commit']}/{r['path']}"
    st.markdown(ui.md_table(pd.DataFrame({
        # described in the reader's language (title_nl, publisher_nl, licence_nl: the Dutch page read English)
        t("cov_file_pinned"): extracts["file"], t("cov_what"): extracts[nl_or_en("title")],
        t("cov_publisher"): extracts[nl_or_en("publisher")], t("cov_date"): extracts["commit_date"],
        t("about_col_licence"): extracts[nl_or_en("licence")],
        # the file's name links to its pinned copy: one column, where a column of "file at commit" links made
        # the table wider than the page at 1280 px (its licences out of view)
    }).set_index(t("cov_file_pinned")), link_targets={t("cov_file_pinned"): [pinned(r) for _, r in extracts.iterrows()]}))

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
# one menu, as the exports on the other pages: its buttons are drawn when it opens, not for every visitor
files = [table for table in TABLES.values() if (DATA_DIR / table.file).exists()]
menu = st.popover(t("about_download_menu", n=len(files)), icon=":material/download:", key="about-downloads")
# the file names side by side, wrapping: eight buttons under each other would not fit above the menu on a
# 720 px projector screen
downloads = menu.container(horizontal=True, gap="small")
for table in files:
    downloads.download_button(table.file, help=t("about_download", file=table.file),
                              data=lambda path=DATA_DIR / table.file: path.read_bytes(), file_name=table.file,
                              mime="text/csv", key=f"dl-{table.name}", on_click="ignore", icon=":material/download:")

st.subheader(t("up_title"))
st.markdown(t("up_intro"))
uploaded = st.file_uploader(t("up_file"), type=["csv", "xlsx"], accept_multiple_files=False, key="up_file")
# pills, not a select box: six short choices in view, and the page needs no select-box code (bench/)
st.session_state.setdefault("up_table", "auto")
choice = ui.choice(st.pills, t("up_table"), ["auto", *TABLES], key="up_table",
                   format_func=lambda n, lang_=lang_: t("up_auto", lang_) if n == "auto" else TABLES[n].file)
choice = None if choice in (None, "auto") else choice
if uploaded is not None:
    known = known_ids(results)
    result, table = read_upload(uploaded.name, uploaded.getvalue(), known, choice)
    first = headline(result.problems)
    if table is None or result.frame is None:
        st.error(ui.problem_headline(first) if first else t("p_unreadable"))
        ui.show_problems(result.problems)
    else:
        st.info(t("up_detected", file=table.file, rows=result.rows_read, valid=len(result.frame),
                  errors=len(result.errors), notes=len(result.problems) - len(result.errors)))
        if not result.errors:
            st.success(t("up_ok"))
        else:
            st.warning(ui.problem_headline(first))
        ui.show_problems(result.problems)
        st.markdown(f"**{t('up_preview')}**")
        if table.name == "schools" and len(result.frame):
            from les import maps
            from les.programmes import with_offer
            points = maps.point_frame(with_offer(result.frame, None), {}, "country", lang_)
            st.pydeck_chart(maps.build_deck(points, lang_, view=maps.fit_view(points["lat"], points["lon"], height_px=380),
                                            basemap=ui.basemap_on()),
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
