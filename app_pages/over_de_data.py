import streamlit as st

from les import ui
from les.data import DATA_DIR
from les.dictionary import dictionary_frame, row_sources
from les.i18n import lang, t
from les.schema import TABLES

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
tabs = st.tabs([f"{table.title(lang_)} ({table.file})" for table in TABLES.values()])
for tab, (name, table) in zip(tabs, TABLES.items()):
    with tab:
        st.write(table.desc_en if lang_ == "en" else table.desc_nl)
        st.dataframe(dictionary_frame(table, lang_), hide_index=True, width="stretch")

st.subheader(t("about_sources_title"))
for name, table in TABLES.items():
    res = results[name]
    with st.expander(f"{table.title(lang_)} — {table.file}"):
        st.write(t("about_last_checked", date=table.last_checked))
        st.write(t("about_licence", licence=table.licence))
        if res.frame is not None and "source_url" in res.frame:
            st.write(t("about_row_sources"))
            counts = row_sources(res.frame)
            st.dataframe(counts.rename_axis("URL").reset_index(name="#"), hide_index=True, width="stretch",
                         column_config={"URL": st.column_config.LinkColumn("URL")})

st.subheader(t("about_downloads_title"))
cols = st.columns(len(TABLES))
for col, table in zip(cols, TABLES.values()):
    path = DATA_DIR / table.file
    if path.exists():
        col.download_button(t("about_download", file=table.file), data=path.read_bytes(), file_name=table.file,
                            mime="text/csv", key=f"dl-{table.name}")

st.subheader(t("about_update_title"))
st.markdown(t("about_update"))

st.subheader(t("about_geo_title"))
st.write(t("about_geo"))
