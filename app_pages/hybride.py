import streamlit as st

from les.i18n import t

st.title(t("nav_hybrid"))
st.info(t("in_preparation"))
