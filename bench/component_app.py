"""The floor plus one element of a kind the dashboard uses, for the page-load benchmark: how much a
single plotly chart, data grid or pydeck map costs a new visitor before any of our own code runs.
Which element: ?with=plotly, ?with=dataframe or ?with=pydeck (and ?basemap=off: the map without tiles)."""

import streamlit as st

value = st.slider("Waarde", 0, 10, 5)
st.write(f"De waarde is {value}.")
kind = st.query_params.get("with")
if kind == "plotly":
    import plotly.graph_objects as go
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])))
elif kind == "dataframe":
    import pandas as pd
    st.dataframe(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}))
elif kind == "pydeck":  # with CARTO's tiles (?basemap=on, the default) or without any map provider
    import pydeck as pdk
    tiles = {"map_style": None} if st.query_params.get("basemap", "on") == "on" else {"map_provider": None}
    st.pydeck_chart(pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", [{"p": [3.7, 51.2]}], get_position="p",
                                               get_radius=500)], **tiles))
