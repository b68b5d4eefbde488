import streamlit as st

from les import ui
from les.i18n import fmt_percent, lang, t
from les.stats import form_name, key_figures

SEED_URL = "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens"

lang_ = lang()
st.title(t("app_title"))
st.write(t("home_intro"))

forms = ui.table_frame("learning_forms")
schools = ui.table_frame("schools")
proeftuinen = ui.table_frame("proeftuinen")

if forms is not None:
    st.subheader(t("home_figures_title"))
    kf = key_figures(forms, schools)
    cols = st.columns(4)
    cols[0].metric(t("fig_forms"), kf.forms_total,
                   help=t("fig_forms_help", formal=kf.forms_formal, informal=kf.forms_informal))
    cols[0].caption(t("fig_forms_help", formal=kf.forms_formal, informal=kf.forms_informal))
    if kf.schools_total is not None:
        cols[1].metric(t("fig_schools"), kf.schools_total)
        cols[1].caption(t("fig_schools_help", be=kf.schools_be, nl=kf.schools_nl))
    if kf.max_share is not None:
        names = ", ".join(form_name(forms, i, lang_) for i in kf.max_share_ids)
        cols[2].metric(t("fig_max_share"), fmt_percent(kf.max_share))
        cols[2].caption(names)
    names = ", ".join(form_name(forms, i, lang_) for i in kf.phased_out_ids)
    cols[3].metric(t("fig_phased_out"), len(kf.phased_out_ids))
    cols[3].caption(names)

left, right = st.columns(2)
with left:
    st.subheader(t("home_what_title"))
    st.write(t("home_definition_lead"))
    st.markdown("> " + t("home_definition"))
    st.write(t("home_definition_note"))
with right:
    st.subheader(t("home_hybrid_title"))
    st.write(t("home_hybrid"))
    st.page_link("app_pages/hybride.py", label=t("nav_hybrid"), icon=":material/grid_view:")

st.subheader(t("home_benefits_title"))
st.markdown("\n".join(f"- {t(f'benefit_{i}')}" for i in range(1, 7)))
st.caption(t("home_benefits_note"))

st.subheader(t("home_les_title"))
st.write(t("home_les"))
if proeftuinen is not None:
    name_col = "name_en" if lang_ == "en" else "name_nl"
    lines = []
    for row in proeftuinen.itertuples():
        level = f"{row.eqf_min}" if row.eqf_min == row.eqf_max else f"{row.eqf_min}–{row.eqf_max}"
        lines.append(f"- {ui.escape_md(getattr(row, name_col))} ({t('eqf')} {level}, {t('sector_' + row.sector)})")
    st.markdown("\n".join(lines))

st.subheader(t("home_explore"))
# a row that wraps, not five fixed columns: a name is never cut ("Vlaanderen ↔ Nederlan")
links = st.container(horizontal=True, gap="medium")
for path, key, icon in [
    ("app_pages/leervormen.py", "nav_forms", ":material/bar_chart:"), ("app_pages/vergelijk.py", "nav_compare", ":material/compare_arrows:"),
    ("app_pages/kaart.py", "nav_map", ":material/map:"), ("app_pages/opleidingen.py", "nav_programmes", ":material/school:"),
    ("app_pages/hybride.py", "nav_hybrid", ":material/grid_view:"),
    ("app_pages/over_de_data.py", "nav_about", ":material/menu_book:"), ("app_pages/presentatie.py", "nav_story", ":material/slideshow:"),
]:
    links.page_link(path, label=t(key), icon=icon, query_params=ui.keep_params(), width="content")

st.caption(t("home_source", url=SEED_URL))
