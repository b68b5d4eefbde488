"""The floor as a two-page app (st.navigation), for the page-load benchmark: opened at its second page
(/tweede), it shows what Streamlit's multipage machinery costs by itself: the page list in the sidebar, and
the browser's first connection attempt at /tweede/_stcore/health (a 404), retried at the root after
Streamlit's 100 ms back-off. Every dashboard page but Home pays both; reported beside the floor, not a target."""

import streamlit as st


def page() -> None:
    value = st.slider("Waarde", 0, 10, 5)
    st.write(f"De waarde is {value}.")


st.navigation([st.Page(page, title="Eerste", default=True),
               st.Page(page, title="Tweede", url_path="tweede")]).run()
