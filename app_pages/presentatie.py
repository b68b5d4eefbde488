"""A guided story for a projector: one live chart or map per step, the step in the URL (?step=3).

In presentation mode every step fits a 1280 × 720 screen without scrolling: the picture or chart beside
its words, the step buttons below, and a new step opens at its top."""

from pathlib import Path

import streamlit as st

from les import charts, geo, map_svg, maps, ui
from les.compare import compare_frame
from les.i18n import lang, t
from les.quadrant import check, typical_activities

STEPS = 7
STORY_JS = (Path(__file__).resolve().parent.parent / "assets" / "story.js").read_text(encoding="utf-8")
story = st.components.v2.component("les_story", js=STORY_JS)

lang_ = lang()
presenting = ui.presenting()
forms = ui.table_frame("learning_forms")
schools = ui.table_frame("schools")
activities = ui.table_frame("activities")
figures = ui.table_frame("form_figures")

raw = st.query_params.get("step", "1")
try:
    step = int(raw)
    if not 1 <= step <= STEPS:
        raise ValueError
except ValueError:
    ui.notice_bad_param("step", str(raw), t("why_step", total=STEPS))
    step = 1

st.title(t(f"s{step}_title"))
if not presenting:
    # what this page is for, in view when it opens: below the slide it was under the fold on a 1280 × 720 screen
    # at five of the seven steps
    start, tip = st.columns([1, 3], vertical_alignment="center")
    start.button(t("present_story"), key="present-story", icon=":material/slideshow:", type="primary",
                 on_click=ui.start_presenting, width="stretch")
    tip.caption(t("story_tip"))
fs = ui.font_size()
# what a chart may take on a 1280 × 720 projector, with the title and the words above and the buttons below:
# each step the most its caption leaves (step 2 names the forms without a level; step 3 explains its marks in
# three lines), so the rows get room at the projector's type size (tests/browser: every step fits)
chart_height = {2: 320, 3: 355, 4: 370}.get(step) if presenting else None
# no tool bar on a slide: it appeared wherever the presenter's pointer crossed a chart, and its band took
# rows' room from a chart already fitted to the screen (the figure is still a click away on its own page)
tool_bar = not presenting
name_col = "name_en" if lang_ == "en" else "name_nl"

if forms is not None:
    formal = forms[forms["formality"] == "formal"]
    # a picture beside its words, so a slide is one screen high; a chart (its names are long) and the
    # table of step 5 take the full width, their words above them
    slide = st.container(key="slide")  # a picture on a slide is capped to what the screen leaves it (ui.py)
    if step in (1, 6, 7):
        visual, words = slide.columns([3, 2], gap="large")
    else:
        words = slide.container()
        visual = slide.container()
    words.markdown(f"#### {t(f's{step}_text')}")
    with visual:
        if step == 1 and activities is not None:
            ui.quadrant_picture(activities, "stap-1-model", width="stretch")
            words.markdown("> " + t("home_definition"))
        elif step == 2:
            st.plotly_chart(charts.eqf_chart(formal, lang_, font_size=fs, height=chart_height, tool_bar=tool_bar),
                            config=charts.chart_config("stap-2-vormen", lang_, tool_bar), width="stretch")
            missing = formal[formal["eqf_min"].isna()][name_col]
            st.caption(t("s2_caption", names=ui.escape_md(", ".join(missing)) or "—"))
        elif step == 3:
            st.plotly_chart(charts.share_chart(formal, lang_, font_size=fs, height=chart_height, figures=figures,
                                               tool_bar=tool_bar),
                            config=charts.chart_config("stap-3-werkplek", lang_, tool_bar), width="stretch")
            st.caption(t("cap_share"))
        elif step == 4:
            st.plotly_chart(charts.pay_chart(formal, lang_, font_size=fs, height=chart_height, tool_bar=tool_bar),
                            config=charts.chart_config("stap-4-vergoeding", lang_, tool_bar), width="stretch")
            st.caption(t("cap_pay"))
        elif step == 5:
            names = dict(zip(forms["id"], forms[name_col]))
            diff = compare_frame(forms, "vl-duaal-leren", "nl-duale-studie", lang_)
            diff = diff[diff["differs"]]
            st.markdown(ui.md_table(diff[["field", "a", "b"]].rename(columns={
                "field": t("cmp_field"), "a": names["vl-duaal-leren"], "b": names["nl-duale-studie"]})
                .set_index(t("cmp_field"))))
        elif step == 6 and schools is not None:
            # the map as a picture: its legend and the town's name inside, no WebGL needed on a projector laptop
            town = geo.find_town("Terneuzen")
            near = geo.within(schools, town["lat"], town["lon"], 40)
            form_names = dict(zip(forms["id"], forms[name_col]))
            points = maps.point_frame(near, form_names, "country", lang_)
            # drawn smaller than the map page's picture and shown larger: names, legend and dots grow with it
            width, height = 480, 384
            view = {"latitude": float(town["lat"]), "longitude": float(town["lon"]),
                    "zoom": maps.zoom_for_radius(float(town["lat"]), 40, height)}
            picture = map_svg.map_svg(points, view, near=(float(town["lat"]), float(town["lon"]), 40.0),
                                      legend=maps.legend_entries("country", True, lang_), near_label="Terneuzen",
                                      width=width, height=height)
            st.image(picture, width="stretch", alt=map_svg.alt_text(points, near, lang_, "Terneuzen", 40))
            words.info(t("m_near_result", n=len(near), km=40, town="Terneuzen", be=int((near["country"] == "BE").sum()),
                         nl=int((near["country"] == "NL").sum())))
        elif step == 7 and activities is not None:
            chosen = typical_activities(activities, "nl-mbo-bbl")
            result = check(activities, chosen)
            ui.quadrant_picture(activities, "stap-7-hybride-bbl", selected=result.selected, covered=result.covered,
                                width="stretch")
            words.warning(t("hyb_not_hybrid", n=len(result.covered),
                            missing=", ".join(f"{q[1]}. {t('quad_' + q)}" for q in result.missing)))


def go(n: int) -> None:
    st.query_params["step"] = str(n)


def on_key() -> None:
    """A clicker or the keyboard (PageDown/PageUp, arrows, space) asks for a step; the story goes there."""
    asked = (st.session_state.get("story") or {}).get("step")
    if isinstance(asked, int) and 1 <= asked <= STEPS:
        go(asked)


prev_col, mid, next_col = st.columns([1, 4, 1], vertical_alignment="center")
prev_col.button(t("story_prev"), on_click=go, args=(step - 1,), disabled=step == 1, icon=":material/arrow_back:",
                width="stretch")
next_col.button(t("story_next"), on_click=go, args=(step + 1,), disabled=step == STEPS,
                icon=":material/arrow_forward:", width="stretch", type="primary")
mid.progress(step / STEPS, text=t("story_title") + " · " + t("story_step", n=step, total=STEPS))
with mid:
    story(key="story", data={"step": step, "steps": STEPS}, height=0, on_step_change=on_key)
if not presenting and forms is not None and step in (2, 3, 4):
    from les.forms_view import display_frame
    with st.expander(t("chart_data")):
        table = display_frame(forms[forms["formality"] == "formal"], lang_)
        columns = {2: ["col_country", "col_level", "col_eqf"], 3: ["col_country", "col_share"],
                   4: ["col_country", "col_pay"]}[step]
        st.markdown(ui.md_table(table.set_index(t("col_name"))[[t(c) for c in columns]]))
# the first step needs no parameter: opening the story does not write one (a history entry, so Back would
# stop on the story once more); a step the URL got wrong is put right
if "step" in st.query_params and st.query_params.get("step") != str(step):
    st.query_params["step"] = str(step)
