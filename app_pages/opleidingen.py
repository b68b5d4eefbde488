"""Opleidingen: what can be learned where, in which learning form, on both sides of the border."""

import numpy as np
import pandas as pd
import streamlit as st

from les import count_svg, geo, programme_view as pv, ui
from les.i18n import fmt_number, label, lang, t
from les.schema import PROGRAMME_SECTORS, PROVINCES
from les.url_params import parse, serialise

lang_ = lang()
st.title(t("nav_programmes"))
st.write(t("pg_intro_present" if ui.presenting() else "pg_intro"))  # no filters to point to while presenting

programmes = ui.table_frame("programmes")
schools = ui.table_frame("schools")
forms = ui.table_frame("learning_forms")
pilots = ui.table_frame("proeftuinen")
if programmes is None or schools is None:
    st.stop()
form_names = {} if forms is None else dict(zip(forms["id"], forms["name_en" if lang_ == "en" else "name_nl"]))
pilot_names = {} if pilots is None else dict(zip(pilots["id"], pilots["name_en" if lang_ == "en" else "name_nl"]))
frame = ui.programme_frame()
SPEC = pv.spec(form_names, ui.school_ids())
PARAMS = tuple(p.name for p in SPEC)
K = {name: f"pg_{name}" for name in PARAMS}
QUICK_TOWNS = list(geo.town_labels(ui.QUICK_TOWNS))

# The URL decides what the page shows when it is opened (a link, Back/Forward); afterwards the widgets do
if ui.url_decides("opleidingen", PARAMS, keys=K.values()):
    values, bad = parse({k: st.query_params.get(k) for k in PARAMS if k in st.query_params}, SPEC, geo.find_town)
    st.session_state["_pg_bad"] = bad
    st.session_state.update({K[k]: (list(v) if isinstance(v, tuple) and k != "eqf" else v) for k, v in values.items()})
    st.session_state[K["eqf"]] = values["eqf"] or (1, 8)
    st.session_state["pg_near_more"] = bool(values["near"]) and values["near"] not in QUICK_TOWNS


def reset() -> None:
    for name in ("country", "province", "sector", "form"):
        st.session_state[K[name]] = []
    st.session_state.update({K["eqf"]: (1, 8), K["open"]: None, K["proeftuin"]: None, K["q"]: "", K["near"]: None,
                             K["school"]: None})


for bad in st.session_state.get("_pg_bad", []):
    ui.notice_bad(bad)

offered = ui.programme_options()  # what some programme has: a value none has would only empty the table
present_provinces = [p for p in PROVINCES if p in offered["province"]]
present_forms = sorted((set(offered["form"]) | set(st.session_state.get(K["form"]) or ())) - {pv.NO_FORM},
                       key=lambda f: form_names.get(f, f).casefold())
with st.sidebar:
    st.header(t("filters"))
    ui.choice(st.pills, t("f_country"), ["BE", "NL"], key=K["country"], selection_mode="multi",
              format_func=lambda c: label("country", c))
    ui.choice(st.pills, t("m_sector"), list(PROGRAMME_SECTORS), key=K["sector"], selection_mode="multi",
              format_func=lambda c: label("sector", c))
    ui.pick_filter(t("pg_form"), [*present_forms, pv.NO_FORM], key=K["form"], multi=True,
                   format_func=lambda f: t("pg_no_form") if f == pv.NO_FORM else form_names.get(f, f))
    ui.choice(st.pills, t("m_province"), present_provinces, key=K["province"], selection_mode="multi",
              format_func=lambda p: label("province", p))
    st.slider(t("f_eqf"), 1, 8, key=K["eqf"], help=t("pg_eqf_help"))
    ui.choice(st.pills, t("pg_open"), list(pv.ENROLMENT), key=K["open"], format_func=lambda v: t(f"pg_open_{v}"))
    ui.pick_filter(t("m_proeftuin"), ["any", *pilot_names], key=K["proeftuin"], multi=False,
                   placeholder=t("m_proeftuin_none"),
                   format_func=lambda v: t("m_proeftuin_any") if v == "any" else pilot_names.get(v, v))
    st.text_input(t("pg_q"), key=K["q"], max_chars=100)
    st.button(t("f_reset"), on_click=reset, icon=":material/filter_alt_off:", key="pg-reset")

if st.session_state.get(K["school"]):
    # one campus's programmes (from its card on the map): said in words, and one click undoes it
    campus = schools.set_index("id")["name"].get(st.session_state[K["school"]], "")
    st.info(t("pg_one_campus", name=ui.escape_md(campus)), icon=":material/location_on:")
    st.button(t("pg_all_campuses"), key="pg-all-campuses", on_click=st.session_state.update, args=({K["school"]: None},))

# "Over de grens": the same towns as the map, one click each; any other town from the list
st.subheader(t("m_near_title"))
c1, c2 = st.columns([2, 1])
with c1:
    ui.choice(st.pills, t("m_near"), QUICK_TOWNS, key=K["near"], part="quick", wrap=True)
    more = ui.kept_expander(t("m_near_more", n=fmt_number(len(geo.towns()))), key="pg_near_more")
    if more.open:
        ui.choice(more.selectbox, t("m_near_other"), [None, *geo.towns()["label"]], key=K["near"], part="other",
                  format_func=lambda v: t("m_near_none") if v is None else v)
c2.slider(t("m_km"), 1, pv.MAX_KM, key=K["km"])

state = {name: st.session_state.get(K[name]) for name in PARAMS}
state.update({name: tuple(state[name] or ()) for name in ("country", "province", "sector", "form")})
state["eqf"] = tuple(state["eqf"])
state["q"] = (state["q"] or "").strip()
# positions of the matching rows, nearest first: only the rows the table shows are copied (and the export's
# when a download is clicked), so a filter answers quickly at hundreds of thousands of programmes
rows, dist = pv.select(frame, state)
wanted = serialise(state, SPEC)
if state["near"]:
    wanted["km"] = str(state["km"])  # with a town the radius is always said, as on the map
else:
    wanted.pop("km", None)

countries = frame["country"].cat.codes.to_numpy()[rows]
be = int((countries == list(frame["country"].cat.categories).index("BE")).sum()) if "BE" in frame["country"].cat.categories else 0
nl = len(rows) - be
campuses = len(np.unique(frame["school_id"].cat.codes.to_numpy()[rows]))
# one programme is at one campus: its singular (pg_result_one) says both
summary = t("pg_result_one_campus" if campuses == 1 and len(rows) > 1 else "pg_result", n=fmt_number(len(rows)), be=fmt_number(be), nl=fmt_number(nl), campuses=fmt_number(campuses))
if state["near"]:
    summary += " " + t("pg_result_near", km=state["km"], town=ui.escape_md(state["near"]))
st.info(summary, icon=":material/school:")

# campuses in the same area whose offer the public sources do not give: said, not hidden, not guessed
area = schools[~schools["offer_known"]]
for col in ("country", "province"):
    if state[col]:
        area = area[area[col].isin(state[col])]
if state["near"]:
    town = geo.find_town(state["near"])
    area = geo.within(area, float(town["lat"]), float(town["lon"]), float(state["km"]))
if len(area) and not state["school"]:  # one campus's programmes: the rest of the area is not the question
    # "in dit gebied" only when an area is chosen (a country, a province, a town)
    chosen_area = state["country"] or state["province"] or state["near"]
    st.caption(":material/help: " + t("pg_unknown_offer" if chosen_area else "pg_unknown_offer_map", n=len(area),
                                      institutions=ui.escape_md(", ".join(sorted(set(area["institution"]))))))
    st.page_link("app_pages/kaart.py", label=t("pg_unknown_on_map"), icon=":material/map:",
                 query_params={**{k: v for k, v in {"near": state["near"], "km": str(state["km"]) if state["near"] else None,
                                                    "country": ",".join(state["country"]) or None,
                                                    "province": ",".join(state["province"]) or None}.items() if v},
                               **ui.keep_params()})

if not len(rows):
    st.warning(t("pg_empty"), icon=":material/search_off:")
    st.button(t("f_reset"), on_click=reset, key="pg-reset-empty", type="primary")
else:
    # the count per learning form and country: a picture, light for a new visitor (no chart library)
    table_counts = pv.counts(frame, form_names, rows)
    st.markdown(f"**{t('pg_counts_title')}**")
    st.image(count_svg.counts_svg(table_counts, form_names, lang_), width="stretch",
             alt=count_svg.alt_text(table_counts, form_names, lang_))

    TABLE_ROWS = 1000

    def export_frame(part: pd.DataFrame) -> pd.DataFrame:
        """Every column a researcher needs to cite a row: the names, codes, rule and source record."""
        rows = part.reset_index(drop=True)
        return pd.DataFrame({
            t("pg_col_programme"): rows["name"], t("pg_col_own_name"): rows["name_own"].fillna(""),
            t("pg_col_code"): rows["code"], t("pg_col_code_system"): rows["code_system"],
            t("pg_col_form"): rows["learning_form_id"].astype(object).map(lambda f: form_names.get(f, "") if pd.notna(f) else ""),
            t("pg_col_form_rule"): rows["learning_form_rule"], t("col_eqf"): rows["eqf"],
            t("m_sector"): rows["sector"].astype(str).map(lambda s: label("sector", s)),
            t("pg_col_open"): rows["enrolment_open"].map(lambda v: "" if pd.isna(v) else t("yes" if v else "no")),
            t("m_col_name"): rows["school_name"], t("m_col_town"): rows["municipality"],
            t("col_country"): rows["country"].astype(str).map(lambda c: label("country", c)),
            t("m_province"): rows["province"].astype(str).map(lambda p: label("province", p)),
            **({t("m_distance"): rows["distance_km"]} if "distance_km" in rows else {}),
            t("proeftuin_label"): rows["proeftuin_id"].astype(object).map(lambda p: pilot_names.get(p, "") if pd.notna(p) else ""),
            t("m_source"): rows["source_url"], t("pg_col_record"): rows["source_record"],
            t("pg_col_id"): rows["id"], t("pg_col_school_id"): rows["school_id"],
        })

    head = pv.take(frame, rows, dist, TABLE_ROWS)
    grid = pd.DataFrame({
        t("pg_col_programme"): head["name"] + head["name_own"].map(lambda o: f" ({o})" if isinstance(o, str) and o else ""),
        **({t("m_distance"): head["distance_km"].map(lambda d: fmt_number(d, 1))} if "distance_km" in head else {}),
        t("pg_col_form"): head["learning_form_id"].astype(object).map(lambda f: form_names.get(f, "—") if pd.notna(f) else "—"),
        t("col_eqf"): head["eqf"].map(lambda v: "" if pd.isna(v) else str(int(v))),
        t("pg_col_code"): head["code"],
        t("m_col_name"): head["school_name"], t("m_col_town"): head["municipality"],
        t("col_country"): head["country"].astype(str).map(lambda c: label("country", c)),
        t("pg_col_open"): head["enrolment_open"].map(lambda v: "?" if pd.isna(v) else t("yes" if v else "no")),
        t("m_source"): head["source_url"],
    })
    if len(rows) > TABLE_ROWS:
        st.caption(t("m_table_capped", shown=fmt_number(TABLE_ROWS), n=fmt_number(len(rows))))
    # keyed by its rows: a ticked row is a position, which after a filter would be another programme
    event = st.dataframe(grid, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                         key=f"pg_grid-{ui.rows_digest(head['id'])}", column_config={t("m_source"): st.column_config.LinkColumn(
                             t("m_source"), display_text=t("source_link"))})
    st.caption(t("pg_table_caption_capped", shown=fmt_number(TABLE_ROWS), n=fmt_number(len(rows)))
               if len(rows) > TABLE_ROWS else t("pg_table_caption"))
    chosen = event.selection.rows if event and event.selection else []
    if chosen:
        picked = head.iloc[chosen[0]]
        with st.container(border=True):
            st.markdown(f"**{ui.escape_md(picked['name'])}** · {ui.escape_md(picked['school_name'])}")
            st.caption(f"{t('pg_col_record')}: {ui.escape_md(picked['source_record'])}")
            st.page_link("app_pages/kaart.py", label=t("pg_to_map"), icon=":material/map:",
                         query_params={"school": picked["school_id"], **ui.keep_params()})
    ui.export_buttons(lambda: export_frame(pv.take(frame, rows, dist)), "opleidingen", [t("pg_export_note"),
                                                                   "https://creativecommons.org/licenses/by/4.0/"],
                      params=wanted, key="pg")

ui.sync_query_params(wanted, PARAMS, page="opleidingen")
