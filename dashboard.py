"""Entry point: page config, language switch and navigation. Pages live in app_pages/."""

from pathlib import Path

import streamlit as st

from les import ui
from les.i18n import t

ICON = Path(__file__).parent / "assets" / "favicon.png"  # shipped, so the tab icon needs no internet
st.set_page_config(page_title="Werkplekleren over de grens", page_icon=str(ICON), layout="wide",
                   initial_sidebar_state="collapsed" if ui.presenting() else "auto")

ui.init_language()  # before any text: the presentation bar's label is in the visitor's language too
bar = None
if ui.presenting():
    bar = ui.presentation_bar()
    ui.language_switch(bar)
else:
    ui.language_switch()
    ui.presentation_entry()
ui.apply_presentation_mode()

PAGES = [
    st.Page("app_pages/home.py", title=t("nav_home"), icon=":material/home:", default=True),
    st.Page("app_pages/leervormen.py", title=t("nav_forms"), icon=":material/bar_chart:", url_path="leervormen"),
    st.Page("app_pages/vergelijk.py", title=t("nav_compare"), icon=":material/compare_arrows:", url_path="vergelijk"),
    st.Page("app_pages/kaart.py", title=t("nav_map"), icon=":material/map:", url_path="kaart"),
    st.Page("app_pages/opleidingen.py", title=t("nav_programmes"), icon=":material/school:", url_path="opleidingen"),
    st.Page("app_pages/hybride.py", title=t("nav_hybrid"), icon=":material/grid_view:", url_path="hybride-leeromgeving"),
    st.Page("app_pages/over_de_data.py", title=t("nav_about"), icon=":material/menu_book:", url_path="over-de-data"),
    st.Page("app_pages/presentatie.py", title=t("nav_story"), icon=":material/slideshow:", url_path="presentatie"),
]

page = st.navigation(PAGES)
if bar is not None:
    ui.presentation_pages(bar, PAGES, page.url_path)
ui.track_page(page.url_path)
st.sidebar.caption(t("sidebar_caption"))
page.run()
