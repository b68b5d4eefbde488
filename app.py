"""The dashboard as it is served: `streamlit run app.py` (what `make run` does).

Streamlit's own server runs dashboard.py; one middleware (les/serving.py) adds two hints to the page shell
so a page's first view arrives sooner: where the app's root is, and which element files the page needs.
`streamlit run dashboard.py` serves the same dashboard without them."""

import streamlit as st
from starlette.middleware import Middleware

from les.serving import FirstView

app = st.App("dashboard.py", middleware=[Middleware(FirstView)])
