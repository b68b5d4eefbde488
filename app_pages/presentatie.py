"""A guided story for a projector: one live chart or map per step, the step in the URL (?step=3)."""

import streamlit as st

from les import charts, geo, maps, ui
from les.compare import compare_frame
from les.i18n import lang, t
from les.quadrant import check, typical_activities

STEPS = 7
lang_ = lang()
forms = ui.table_frame("learning_forms")
schools = ui.table_frame("schools")
activities = ui.table_frame("activities")

raw = st.query_params.get("step", "1")
try:
    step = int(raw)
    if not 1 <= step <= STEPS:
        raise ValueError
except ValueError:
    ui.notice_bad_param("step", str(raw), t("why_step", total=STEPS))
    step = 1

st.title(t(f"s{step}_title"))
st.caption(t("story_title") + " · " + t("story_step", n=step, total=STEPS))
st.markdown(f"#### {t(f's{step}_text')}")
fs = ui.font_size()
name_col = "name_en" if lang_ == "en" else "name_nl"

if forms is not None:
    formal = forms[forms["formality"] == "formal"]
    if step == 1 and activities is not None:
        st.markdown("> " + t("home_definition"))
        ui.quadrant_picture(activities, "stap-1-model", width=560)
    elif step == 2:
        st.plotly_chart(charts.eqf_chart(formal, lang_, font_size=fs), config=charts.chart_config("stap-2-vormen"),
                        width="stretch")
        st.caption(t("cmp_eqf_chart_cap"))
    elif step == 3:
        st.plotly_chart(charts.share_chart(formal, lang_, font_size=fs), config=charts.chart_config("stap-3-werkplek"),
                        width="stretch")
        st.caption(t("cap_share"))
    elif step == 4:
        st.plotly_chart(charts.pay_chart(formal, lang_, font_size=fs), config=charts.chart_config("stap-4-vergoeding"),
                        width="stretch")
        st.caption(t("cap_pay"))
    elif step == 5:
        names = dict(zip(forms["id"], forms[name_col]))
        diff = compare_frame(forms, "vl-duaal-leren", "nl-duale-studie", lang_)
        diff = diff[diff["differs"]]
        st.markdown(ui.md_table(diff[["field", "a", "b"]].rename(columns={
            "field": t("cmp_field"), "a": names["vl-duaal-leren"], "b": names["nl-duale-studie"]}).set_index(t("cmp_field"))))
    elif step == 6 and schools is not None:
        town = geo.find_town("Terneuzen")
        near = geo.within(schools, town["lat"], town["lon"], 40)
        form_names = dict(zip(forms["id"], forms[name_col]))
        deck = maps.build_deck(maps.point_frame(near, form_names, "country", lang_), lang_,
                               near=(float(town["lat"]), float(town["lon"]), 40.0),
                               view={"latitude": float(town["lat"]), "longitude": float(town["lon"]),
                                     "zoom": maps.zoom_for_radius(float(town["lat"]), 40, 600)},
                               point_scale=1.6 if ui.presenting() else 1.0)
        st.pydeck_chart(deck, height=600)
        st.info(t("m_near_result", n=len(near), km=40, town="Terneuzen", be=int((near["country"] == "BE").sum()),
                  nl=int((near["country"] == "NL").sum())))
    elif step == 7 and activities is not None:
        chosen = typical_activities(activities, "nl-mbo-bbl")
        result = check(activities, chosen)
        ui.quadrant_picture(activities, "stap-7-hybride-bbl", selected=result.selected, covered=result.covered,
                            width=560)
        st.warning(t("hyb_not_hybrid", n=len(result.covered),
                     missing=", ".join(f"{q[1]}. {t('quad_' + q)}" for q in result.missing)))


def go(n: int) -> None:
    st.query_params["step"] = str(n)


prev_col, mid, next_col = st.columns([1, 4, 1])
prev_col.button(t("story_prev"), on_click=go, args=(step - 1,), disabled=step == 1, icon=":material/arrow_back:",
                width="stretch")
next_col.button(t("story_next"), on_click=go, args=(step + 1,), disabled=step == STEPS,
                icon=":material/arrow_forward:", width="stretch", type="primary")
mid.progress(step / STEPS)
if not ui.presenting() and forms is not None and step in (2, 3, 4):
    from les.forms_view import display_frame
    with st.expander(t("chart_data")):
        table = display_frame(forms[forms["formality"] == "formal"], lang_)
        columns = {2: ["col_country", "col_level", "col_eqf"], 3: ["col_country", "col_share"],
                   4: ["col_country", "col_pay"]}[step]
        st.markdown(ui.md_table(table.set_index(t("col_name"))[[t(c) for c in columns]]))
if not ui.presenting():
    st.caption(t("story_tip"))
if st.query_params.get("step") != str(step):
    st.query_params["step"] = str(step)
