import streamlit as st

from les.i18n import t

st.title(t("nav_compare"))
st.info(t("in_preparation"))
