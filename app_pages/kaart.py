import dataclasses

import pandas as pd
import streamlit as st

from les import geo, map_svg, maps, ui
from les.filters import BadParam, on_offer
from les.i18n import fmt_number, label, lang, t
from les.school_filters import MAX_KM, SchoolFilters, apply_school_filters, parse_school_params, to_school_params
from les.schema import INSTITUTION_TYPES, PROVINCES, SECTORS

lang_ = lang()
st.title(t("nav_map"))
st.write(t("map_intro"))

schools = ui.table_frame("schools")
forms = ui.table_frame("learning_forms")
if schools is None:
    schools = pd.DataFrame(columns=["id", "lat", "lon"])
form_names = {} if forms is None else dict(zip(forms["id"], forms["name_en" if lang_ == "en" else "name_nl"]))
towns = geo.towns()
proeftuinen = ui.table_frame("proeftuinen")
programmes = ui.table_frame("programmes")
CARD_ROWS = 12  # per learning form on the card; /opleidingen?school= lists them all
proeftuin_names = {} if proeftuinen is None else dict(zip(proeftuinen["id"],
                                                          proeftuinen["name_en" if lang_ == "en" else "name_nl"]))

PARAMS = ("country", "province", "type", "sector", "eqf", "form", "q", "proeftuin", "near", "km", "school", "view",
          "table", "pick")
K = {k: f"map_{k}" for k in ("country", "province", "type", "sector", "eqf", "form", "q", "proeftuin", "near", "km",
                             "color", "school", "view")}
VIEWS = ("picture", "interactive")
OPEN = ("table", "pick")  # expanders whose content is built when opened; open in the link as ?table=true
# one click for the towns of the Euregio Scheldemond and just over the border; any other town from the list
quick_towns = list(geo.town_labels(ui.QUICK_TOWNS))

# The URL decides what the map shows when it is opened (a link, Back/Forward); afterwards the widgets do
if ui.url_decides("kaart", PARAMS, keys=[*K.values(), "table", "pick"]):
    params = {k: st.query_params.get(k) for k in PARAMS if k in st.query_params}
    initial, bad = parse_school_params(params, set(form_names), geo.find_town)
    school = params.get("school")
    if school is not None and school not in set(schools["id"]):
        bad.append(BadParam("school", school, "why_not_allowed"))
        school = None
    view_param = params.get("view", "picture")
    if view_param not in VIEWS:
        bad.append(BadParam("view", view_param, "why_view"))
        view_param = "picture"
    st.session_state["_map_bad"] = bad
    st.session_state.update({
        K["country"]: list(initial.countries), K["province"]: list(initial.provinces), K["type"]: list(initial.types),
        K["sector"]: list(initial.sectors), K["eqf"]: initial.eqf or (1, 8), K["form"]: list(initial.forms),
        K["q"]: initial.q, K["proeftuin"]: initial.proeftuin or None, K["near"]: initial.near, K["km"]: initial.km,
        K["school"]: school, K["view"]: view_param,
        **{key: params.get(key) == "true" for key in OPEN},
    })
    st.session_state.setdefault(K["color"], "country")
    st.session_state["near_more"] = bool(initial.near) and initial.near not in quick_towns


def reset() -> None:
    st.session_state.update({K["country"]: [], K["province"]: [], K["type"]: [], K["sector"]: [], K["eqf"]: (1, 8),
                             K["form"]: [], K["q"]: "", K["proeftuin"]: None, K["near"]: None, K["school"]: None})


for bad in st.session_state.get("_map_bad", []):
    ui.notice_bad(bad)

# The state is complete before any widget is drawn (the URL or the widgets' callbacks have set it), so the
# map goes out first: the browser starts on deck.gl's code and WebGL while the filters around it arrive.
# The filters, the distance tool and the view switch are drawn afterwards into their places.
state = SchoolFilters(
    countries=tuple(st.session_state[K["country"]]), provinces=tuple(st.session_state[K["province"]]),
    types=tuple(st.session_state[K["type"]]), sectors=tuple(st.session_state[K["sector"]]),
    eqf=tuple(st.session_state[K["eqf"]]), forms=tuple(st.session_state[K["form"]]),
    q=st.session_state[K["q"]].strip(), proeftuin=st.session_state[K["proeftuin"]] or "",
    near=st.session_state[K["near"]], km=st.session_state[K["km"]],
)
shown = apply_school_filters(schools, state) if len(schools) else schools
near = None
if state.near:
    town = geo.find_town(state.near)
    near = (float(town["lat"]), float(town["lon"]), float(state.km))
    shown = geo.within(shown, town["lat"], town["lon"], state.km)

near_box, view_box = st.container(), st.container()

# The map: always drawn, with the border, even when no school is left
if len(shown) > maps.MAX_POINTS:
    points = maps.aggregate_points(shown, lang_)
    view_box.caption(t("m_grouped_note", max=fmt_number(maps.MAX_POINTS)))
elif len(shown):
    points = maps.point_frame(shown, form_names, st.session_state[K["color"]], lang_)
else:
    points = pd.DataFrame(columns=maps.POINT_COLUMNS)
view = ({"latitude": near[0], "longitude": near[1], "zoom": maps.zoom_for_radius(near[0], near[2], 560)} if near
        else maps.fit_view(schools["lat"], schools["lon"], height_px=560))
# A picture first (the facade pattern for embedded maps): it is ready at once, needs no WebGL, and is
# what a projector shows best; the interactive pydeck map, with its 3 MB of deck.gl, is one click away
# and the choice is kept in the link (?view=interactive). Both draw the same frame in the same view.
interactive = st.session_state.get(K["view"]) == "interactive"
if interactive:
    tiles = ui.basemap_on()
    deck = maps.build_deck(points, lang_, near=near, view=view, basemap=tiles,
                           selected=st.session_state.get(K["school"]))
    # a click on a campus opens its card; a click beside the campuses leaves the card as it is
    deck_key, deck_picked = ui.pick_widget("map_deck", K["school"], lambda selection: (
        ((selection or {}).get("objects") or {}).get(maps.SCHOOL_LAYER_ID) or [{}])[0].get("id"))
    st.pydeck_chart(deck, on_select=deck_picked, selection_mode="single-object", key=deck_key, height=560)
else:
    picture_slot = st.container()  # drawn at the end, once a pick from the table or the list is known

with st.sidebar:
    st.header(t("filters"))
    # pills for the filters with a handful of values: every choice in view, one click each
    ui.choice(st.pills, t("f_country"), ["BE", "NL"], key=K["country"], selection_mode="multi",
              format_func=lambda c: label("country", c))
    ui.choice(st.pills, t("m_sector"), list(SECTORS), key=K["sector"], selection_mode="multi",
              format_func=lambda c: label("sector", c))
    # the provinces and kinds of provider some campus has, and any chosen one
    ui.choice(st.pills, t("m_province"), on_offer(PROVINCES, schools.get("province", ()),
                                                  st.session_state[K["province"]]),
              key=K["province"], selection_mode="multi", format_func=lambda p: label("province", p))
    ui.choice(st.pills, t("m_type"), on_offer(INSTITUTION_TYPES, schools.get("institution_type", ()),
                                              st.session_state[K["type"]]),
              key=K["type"], selection_mode="multi", format_func=lambda c: label("type", c))
    st.slider(t("f_eqf"), 1, 8, key=K["eqf"])
    # the forms some campus offers (a form no campus offers would only empty the map), and any chosen one
    offered = {f for items in schools.get("learning_forms", []) for f in items} | set(st.session_state[K["form"]])
    ui.pick_filter(t("m_form"), sorted(offered & set(form_names), key=lambda i: form_names[i].casefold()),
                   key=K["form"], multi=True, placeholder=t("choose"), format_func=lambda i: form_names.get(i, i))
    st.text_input(t("m_q"), key=K["q"], max_chars=100)
    ui.pick_filter(t("m_proeftuin"), ["any", *proeftuin_names], key=K["proeftuin"], multi=False,
                   placeholder=t("m_proeftuin_none"),
                   format_func=lambda v: t("m_proeftuin_any") if v == "any" else proeftuin_names.get(v, v))
    ui.choice(st.segmented_control, t("m_color"), ["country", "type"], key=K["color"], required=True,
              format_func=lambda c, lang_=lang_: t(f"m_color_{c}", lang_))
    st.button(t("f_reset"), on_click=reset, icon=":material/filter_alt_off:", key="map-reset")

# "Over de grens": the distance tool. The main towns are one click; the list of every town is built when
# its expander opens (opened for a town from the link that is not among them). Both set K["near"].
with near_box:
    st.subheader(t("m_near_title"))
    c1, c2 = st.columns([2, 1])
    with c1:
        ui.choice(st.pills, t("m_near"), quick_towns, key=K["near"], part="quick", wrap=True)  # wrap: in a column
        # pills would otherwise scroll sideways, hiding the towns to the east
        more_towns = ui.kept_expander(t("m_near_more", n=fmt_number(len(towns))), key="near_more")
        if more_towns.open:
            ui.choice(more_towns.selectbox, t("m_near_other"), [None, *towns["label"]], key=K["near"], part="other",
                      format_func=lambda v: t("m_near_none") if v is None else v)
    c2.slider(t("m_km"), 1, MAX_KM, key=K["km"])
    if state.near:
        st.info(t("m_near_result", n=len(shown), km=state.km, town=ui.escape_md(state.near),
                  be=int((shown["country"] == "BE").sum()), nl=int((shown["country"] == "NL").sum())),
                icon=":material/near_me:")
ui.choice(view_box.segmented_control, t("m_view"), VIEWS, key=K["view"], required=True,
          format_func=lambda v, lang_=lang_: t(f"m_view_{v}", lang_))

pilot = state.proeftuin if state.proeftuin not in ("", "any") else None
if pilot and not schools["les_proeftuin"].map(lambda items: pilot in items).any():
    # say so rather than show an empty map without a word: the pilot is real, its campuses are not yet sourced
    note = None if proeftuinen is None else proeftuinen.set_index("id")["note_en" if lang_ == "en" else "note_nl"].get(pilot)
    st.info(t("m_proeftuin_unknown", name=ui.escape_md(proeftuin_names.get(pilot, pilot)))
            + ("" if note is None or pd.isna(note) else " " + ui.escape_md(note)), icon=":material/info:")
elif shown.empty:
    st.warning(t("m_empty"), icon=":material/search_off:")
    st.button(t("f_reset"), on_click=reset, key="map-reset-empty", type="primary")
# how to open a school, only while there is one to open
how = "" if shown.empty else " " + (t("m_click") if interactive else t("m_click_picture"))
st.caption(t("m_n_schools", n=len(shown), total=len(schools)) + how + " "
           + (t("m_basemap_on" if tiles else "m_basemap_off") if interactive else t("m_view_help")))
# sector, EQF and learning form come from a campus's programmes: a campus whose offer the public sources do
# not give has none of them, so those filters leave it out. Said, with the institutions, not left silent
# (NL + Zeeland + EQF 4-8 showed no school at all, Scalda's campuses included, without a reason)
if (state.sectors or state.forms or (state.eqf and tuple(state.eqf) != (1, 8))) and len(schools):
    wider = apply_school_filters(schools, dataclasses.replace(state, sectors=(), eqf=None, forms=()))
    if near:
        wider = geo.within(wider, near[0], near[1], near[2])
    unsourced = wider[~wider["offer_known"] & ~wider["id"].isin(shown["id"])]
    if len(unsourced):
        st.caption(":material/help: " + t("m_unsourced_left_out", n=len(unsourced), institutions=ui.escape_md(
            ", ".join(sorted(set(unsourced["institution"].astype(str)))))))

# Legend (interface strings and our own colours only; nothing from the data): (label, kind, fill, ring).
# The picture carries it inside, so a downloaded map explains itself; the interactive map gets it below.
legend = maps.legend_entries(st.session_state[K["color"]], bool(near), lang_,
                             unknown_offer=bool(len(shown)) and not shown["offer_known"].all(),
                             types=set(shown["institution_type"]) if len(shown) else set())
if interactive:
    st.html(map_svg.legend_html(legend))

# The table of what the map shows, and its export
if not shown.empty:  # a heading with nothing under it only looked broken
    st.subheader(t("m_table"))
TABLE_ROWS = 1000  # a browser table of 100,000 rows helps nobody; the CSV has them all


def map_table(frame: pd.DataFrame) -> pd.DataFrame:
    """What the map shows, a row per campus; with the distance tool on, the distance stands beside the name."""
    return pd.DataFrame({
        t("m_col_name"): frame["name"],
        **({t("m_distance"): frame["distance_km"]} if "distance_km" in frame else {}),
        t("m_col_town"): frame["municipality"],
        t("col_country"): frame["country"].map(lambda c: label("country", c)),
        t("m_province"): frame["province"].map(lambda p: label("province", p)),
        t("m_type"): frame["institution_type"].map(lambda k: label("type", k)),
        t("m_col_sectors"): frame["sectors"].map(lambda s: ", ".join(label("sector", x) for x in s)),
        t("m_col_eqf"): frame["eqf_levels"].map(", ".join),
        t("m_col_forms"): frame["learning_forms"].map(lambda s: ", ".join(form_names.get(x, x) for x in s)),
        t("m_col_programmes"): frame["programmes"].map("; ".join),
        t("proeftuin_label"): frame["les_proeftuin"].map(lambda s: ", ".join(proeftuin_names.get(x, x) for x in s)),
        t("m_source"): frame["source_url"],
        "ID": frame["id"],
    })


if not shown.empty:
    # the grid is built when its expander opens (?table=true keeps it open in a shared link): its 1.2 MB of
    # JavaScript would otherwise double what a new visitor waits for on top of the map (bench/)
    grid = ui.url_expander(t("m_table_open", n=fmt_number(min(len(shown), TABLE_ROWS))), icon=":material/table:",
                           key="table")
    if grid.open:
        table = map_table(shown.head(TABLE_ROWS))
        if len(shown) > TABLE_ROWS:
            grid.caption(t("m_table_capped", shown=fmt_number(TABLE_ROWS), n=fmt_number(len(shown))))
        shown_table = table.copy()
        if t("m_distance") in shown_table:  # numbers in the reader's notation; the export keeps plain numbers
            shown_table[t("m_distance")] = shown_table[t("m_distance")].map(lambda d: fmt_number(d, 1))
        ids = list(table["ID"])
        table_key, table_picked = ui.pick_widget("map_table", K["school"], lambda selection: (
            ids[selection.rows[0]] if selection.rows else None), rows=ids)
        grid.dataframe(shown_table, hide_index=True, width="stretch", on_select=table_picked,
                       selection_mode="single-row", key=table_key,
                       column_config={t("m_source"): st.column_config.LinkColumn(
                           t("m_source"), display_text=t("source_link"))})
    # built only when clicked: at 100,000 rows the files are not made on every rerun
    ui.export_buttons(lambda: map_table(shown), "scholen", [t("m_export_note"),
                                                            "https://creativecommons.org/licenses/by/4.0/"],
                      params=to_school_params(state), key="map")

# The school list: a keyboard-friendly way to a school's details, and the picture's own. Built when its
# expander opens (?pick=true keeps it open); it sets the same state as a click on the map or the table.
if not shown.empty:
    chooser = ui.url_expander(t("m_pick_open"), icon=":material/school:", key="pick")
    if chooser.open and len(shown) > maps.MAX_POINTS:
        chooser.caption(t("m_pick_too_many", max=fmt_number(maps.MAX_POINTS)))
    elif chooser.open:
        current = st.session_state.get(K["school"])
        options = list(shown["id"])
        if current and current not in set(options):
            options.append(current)
        pickable = schools[schools["id"].isin(options)]
        pick_labels = dict(zip(pickable["id"], pickable["name"].astype(str) + " · "
                               + pickable["municipality"].astype(str)))
        ui.choice(chooser.selectbox, t("m_pick"), [None, *sorted(options, key=lambda i: pick_labels.get(i, i).casefold())],
                  key=K["school"], part="pick", placeholder=t("m_pick_none"),
                  format_func=lambda i: t("m_pick_none") if i is None else pick_labels.get(i, i))

# Detail card of the selected school
school_id = st.session_state.get(K["school"])
if school_id and (schools["id"] == school_id).any():  # no set of all ids on every rerun
    row = schools.set_index("id").loc[school_id]
    with st.container(border=True):
        st.markdown(f"### {ui.escape_md(row['name'])}")
        st.markdown(f"{label('type', row['institution_type'])} · {label('country', row['country'])} · "
                    f"{ui.escape_md(row['municipality'])} ({ui.escape_md(label('province', row['province']))})")
        if pd.notna(row["address"]):
            st.markdown(f"**{t('m_address')}:** {ui.escape_md(row['address'])}")
        if row["eqf_levels"]:
            st.markdown(f"**EQF:** {', '.join(row['eqf_levels'])}")
        if row["les_proeftuin"]:
            st.markdown(f"**{t('m_card_proeftuin')}:** "
                        + ", ".join(ui.escape_md(proeftuin_names.get(p, p)) for p in row["les_proeftuin"]))
        if not row["offer_known"]:
            st.info(t("m_card_offer_unknown"), icon=":material/help:")
        elif programmes is not None:
            # what is taught here, grouped by learning form, each with its code and source
            offered = programmes[programmes["school_id"] == school_id]
            st.markdown(f"**{t('m_card_programmes', n=len(offered))}**")
            groups = offered.groupby(offered["learning_form_id"].astype(object).fillna(""), sort=False)
            for form_id, group in sorted(groups, key=lambda g: (g[0] == "", form_names.get(g[0], g[0]).casefold())):
                listing = pd.DataFrame({t("pg_col_programme"): group["name"], t("pg_col_code"): group["code"],
                                        t("col_eqf"): group["eqf"].map(lambda v: "" if pd.isna(v) else str(int(v))),
                                        t("m_source"): group["source_url"]}).head(CARD_ROWS)
                table = ui.md_table(listing.set_index(t("pg_col_programme")), link_columns=(t("m_source"),),
                                    link_text=t("source_link"))
                if form_id:
                    st.page_link("app_pages/leervormen.py", label=f"{form_names.get(form_id, form_id)} ({len(group)})",
                                 icon=":material/arrow_forward:", query_params={"form": form_id, **ui.keep_params()})
                    st.markdown(table)
                else:  # the rest of the offer (general secondary years and the like): folded, the card stays short
                    with st.expander(f"{t('m_card_no_form')} ({len(group)})"):
                        st.markdown(table)
            st.page_link("app_pages/opleidingen.py", label=t("m_card_all_programmes"), icon=":material/school:",
                         query_params={"school": school_id, **ui.keep_params()})
        links = [(t("m_website"), row["website"]), (t("m_source"), row["source_url"])]
        for name, url in links:
            if pd.notna(url) and str(url).startswith(("https://", "http://")):
                st.link_button(name, str(url), icon=":material/open_in_new:")
        st.caption(f"{t('pg_col_record')}: {ui.escape_md(row['source_record'])}")
        if pd.notna(row.get("coord_source")):
            st.caption(f"{t('m_coord_source')}: {ui.escape_md(row['coord_source'])}")

if not interactive:
    picture = map_svg.map_svg(points, view, near=near, selected=school_id, legend=legend, near_label=state.near)
    picture_slot.image(picture, width="stretch", alt=map_svg.alt_text(points, shown, lang_, state.near, state.km))
    if not ui.presenting():
        # made when clicked, like the CSV: no copy of the picture stored for every rerun
        picture_slot.download_button(t("m_map_download"), lambda: picture.encode("utf-8"),
                                     file_name="scholen-kaart.svg", mime="image/svg+xml",
                                     icon=":material/download:", on_click="ignore", key="map-svg")

wanted = to_school_params(state)
if school_id:
    wanted["school"] = school_id
if interactive:
    wanted["view"] = "interactive"
wanted.update(ui.open_params(*OPEN))
ui.sync_query_params(wanted, PARAMS, page="kaart")
