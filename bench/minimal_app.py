"""The framework's floor for the page-load benchmark: one slider and one line of text."""

import streamlit as st

value = st.slider("Waarde", 0, 10, 5)
st.write(f"De waarde is {value}.")
