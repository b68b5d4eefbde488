"""Interface strings in Dutch (default) and English, and the language state.

Every piece of interface text lives in STRINGS with both languages; `t(key)` picks the current one.
Data (names of real things, descriptions) carries its own _nl/_en columns and is not translated here.
"""

from __future__ import annotations

import streamlit as st

LANGS = ("nl", "en")
DEFAULT_LANG = "nl"

STRINGS: dict[str, dict[str, str]] = {
    # shell
    "app_title": {"nl": "Werkplekleren over de grens", "en": "Workplace learning across the border"},
    "lang_label": {"nl": "Taal", "en": "Language"},
    "lang_nl": {"nl": "Nederlands", "en": "Nederlands"},
    "lang_en": {"nl": "English", "en": "English"},
    "nav_home": {"nl": "Home", "en": "Home"},
    "nav_forms": {"nl": "Leervormen", "en": "Learning forms"},
    "nav_compare": {"nl": "Vlaanderen ↔ Nederland", "en": "Flanders ↔ Netherlands"},
    "nav_map": {"nl": "Kaart", "en": "Map"},
    "nav_hybrid": {"nl": "Hybride leeromgeving", "en": "Hybrid learning environment"},
    "nav_about": {"nl": "Over de data", "en": "About the data"},
    "nav_story": {"nl": "Presentatie", "en": "Presentation"},
    "bad_param": {"nl": "De URL-parameter `{name}` met waarde “{value}” is genegeerd: {why}.",
                  "en": "The URL parameter `{name}` with value “{value}” was ignored: {why}."},
    "why_lang": {"nl": "kies nl of en", "en": "choose nl or en"},
    "sidebar_caption": {
        "nl": "Een dashboard van het LES-project (Lerende Euregio Scheldemond, Interreg Vlaanderen-Nederland).",
        "en": "A dashboard of the LES project (Lerende Euregio Scheldemond, Interreg Flanders-Netherlands)."},
    "table_unavailable": {
        "nl": "De tabel {file} kan niet geladen worden; zie de meldingen hieronder en de pagina Over de data.",
        "en": "The table {file} cannot be loaded; see the messages below and the About the data page."},
    "table_has_problems": {
        "nl": "{file}: {n} probleem/problemen gevonden; rijen met fouten worden niet getoond. Details op Over de data.",
        "en": "{file}: {n} problem(s) found; rows with errors are not shown. Details on About the data."},
    # home
    "home_intro": {
        "nl": "Binnen het LES-project experimenteren techniek- en zorgopleidingen in Vlaanderen en Nederland met "
              "verschillende vormen van werkplekleren. Dit dashboard zet ze naast elkaar.",
        "en": "In the LES project, technical and care programmes in Flanders and the Netherlands experiment with "
              "different forms of workplace learning. This dashboard puts them side by side."},
    "home_what_title": {"nl": "Wat is werkplekleren?", "en": "What is workplace learning?"},
    "home_definition_lead": {"nl": "Het LES-project hanteert een ruime definitie:",
                             "en": "The LES project uses a broad definition (quoted in Dutch, with a translation):"},
    "home_definition": {
        "nl": "“leeractiviteiten die gericht zijn op het verwerven van algemene of beroepsgerichte competenties, "
              "waarbij de arbeidssituatie de leeromgeving is”",
        "en": "“leeractiviteiten die gericht zijn op het verwerven van algemene of beroepsgerichte competenties, "
              "waarbij de arbeidssituatie de leeromgeving is” — learning activities aimed at acquiring general or "
              "vocational competences, in which the work situation is the learning environment."},
    "home_definition_note": {
        "nl": "De arbeidssituatie kan breed geïnterpreteerd worden: de beroepspraktijk zelf, maar evengoed een "
              "gesimuleerde omgeving op school. Belangrijk is dat de context waar je leert in meer of mindere mate "
              "bij het werkveld ligt.",
        "en": "The work situation can be read broadly: the professional practice itself, but just as well a "
              "simulated environment at school. What matters is that the context in which you learn lies, to a "
              "greater or lesser degree, with the world of work."},
    "home_hybrid_title": {"nl": "Hybride leeromgeving", "en": "Hybrid learning environment"},
    "home_hybrid": {
        "nl": "Het Nederlandse Expertisecentrum Beroepsonderwijs (ecbo) ontwikkelde een model van ‘hybride "
              "leeromgevingen’ waarin de samenwerking tussen beroepsonderwijs en beroepspraktijk centraal staat. "
              "Leersituaties van een opleiding worden gesitueerd op een kwadrantenmodel. Een leeromgeving is pas "
              "echt hybride wanneer elk van de vier kwadranten is vormgegeven en alle onderdelen op elkaar zijn "
              "afgestemd.",
        "en": "The Dutch Expertise Centre for Vocational Education (ecbo) developed a model of ‘hybrid learning "
              "environments’ centred on the cooperation between vocational education and professional practice. "
              "The learning situations of a programme are placed on a quadrant model. A learning environment is "
              "only truly hybrid when each of the four quadrants is designed and all parts are aligned."},
    "home_figures_title": {"nl": "Kerncijfers uit de data", "en": "Key figures from the data"},
    "fig_forms": {"nl": "Leervormen", "en": "Learning forms"},
    "fig_forms_help": {"nl": "{formal} formeel, {informal} informeel", "en": "{formal} formal, {informal} informal"},
    "fig_schools": {"nl": "Campussen op de kaart", "en": "Campuses on the map"},
    "fig_schools_help": {"nl": "{be} in Vlaanderen, {nl} in Nederland", "en": "{be} in Flanders, {nl} in the Netherlands"},
    "fig_max_share": {"nl": "Hoogste aandeel werkplek", "en": "Highest workplace share"},
    "fig_phased_out": {"nl": "Uitgefaseerde vormen", "en": "Phased-out forms"},
    "home_benefits_title": {"nl": "Voordelen van werkplekleren voor scholen", "en": "Benefits of workplace learning for schools"},
    "home_benefits_note": {"nl": "De voordelen hangen samen met de specifieke vorm van werkplekleren.",
                           "en": "The benefits depend on the specific form of workplace learning."},
    "benefit_1": {"nl": "Een kwalitatieve en bredere leeromgeving aanbieden.",
                  "en": "Offering a high-quality and broader learning environment."},
    "benefit_2": {"nl": "Leerlingen gaan aan de slag met het materiaal dat in het werkveld aanwezig is — voor scholen is de "
                        "meest up-to-date infrastructuur geen evidentie.",
                  "en": "Learners work with the equipment used in the field — having the most up-to-date "
                        "infrastructure is not a given for schools."},
    "benefit_3": {"nl": "Een win-win-win: leerlingen, bedrijven en scholen leren voortdurend bij; de kloof tussen theorie "
                        "en praktijk verkleint; leerkrachten krijgen na- en bijscholingskansen.",
                  "en": "A win-win-win: learners, companies and schools keep learning; the gap between theory and "
                        "practice narrows; teachers get training opportunities."},
    "benefit_4": {"nl": "Kansen om geïntegreerd of vakoverstijgend te werken.",
                  "en": "Opportunities for integrated or cross-curricular work."},
    "benefit_5": {"nl": "Het netwerk uitbreiden: de banden tussen bedrijfs- en onderwijswereld worden versterkt.",
                  "en": "Growing the network: ties between business and education get stronger."},
    "benefit_6": {"nl": "Betere binding met de klasgroep: je leert leerlingen kennen in een andere context.",
                  "en": "A better bond with the class: you get to know learners in another context."},
    "home_les_title": {"nl": "Werkplekleren binnen het LES-project", "en": "Workplace learning in the LES project"},
    "home_les": {
        "nl": "Het LES-project (Lerende Euregio Scheldemond) is een Interreg Vlaanderen-Nederland-project van de "
              "provincies Oost-Vlaanderen, West-Vlaanderen en Zeeland. Er wordt vooral geëxperimenteerd met meer "
              "informele vormen van werkplekleren; de samenwerking tussen onderwijs en bedrijfswereld staat "
              "centraal, en ook de samenwerking over de grens heen: de horizon verruimen, van elkaar leren en elkaar "
              "inspireren. De proeftuinen situeren zich op EQF-niveau 4 of 5:",
        "en": "The LES project (Lerende Euregio Scheldemond) is an Interreg Flanders-Netherlands project of the "
              "provinces of East Flanders, West Flanders and Zeeland. It mainly experiments with more informal "
              "forms of workplace learning; cooperation between education and business is central, and so is "
              "cooperation across the border: broadening horizons, learning from and inspiring each other. The "
              "pilots are at European qualification level 4 or 5:"},
    "home_explore": {"nl": "Verder verkennen", "en": "Explore further"},
    "home_source": {"nl": "Bron van de teksten op deze pagina: [Werkplekleren over de grens]({url}), LES-project.",
                    "en": "Source of the texts on this page: [Werkplekleren over de grens]({url}), LES project "
                          "(translated)."},
    "eqf": {"nl": "EQF", "en": "EQF"},
    # learning forms page
    "forms_intro": {
        "nl": "Alle vormen van werkplekleren in Vlaanderen en Nederland, formeel en informeel. Filter links; de "
              "link in de adresbalk bewaart de filters, zodat je precies deze weergave kunt delen.",
        "en": "All forms of workplace learning in Flanders and the Netherlands, formal and informal. Filter on the "
              "left; the link in the address bar keeps the filters, so you can share exactly this view."},
    "filters": {"nl": "Filters", "en": "Filters"},
    "choose": {"nl": "Kies…", "en": "Choose…"},
    "f_country": {"nl": "Land", "en": "Country"},
    "f_formality": {"nl": "Formeel / informeel", "en": "Formal / informal"},
    "f_level": {"nl": "Onderwijsniveau", "en": "Education level"},
    "f_eqf": {"nl": "EQF-niveau", "en": "EQF level"},
    "f_eqf_help": {"nl": "Toont vormen waarvan het EQF-bereik overlapt met deze keuze; vormen zonder bekend EQF-niveau vallen weg zodra je dit aanpast.",
                   "en": "Shows forms whose EQF range overlaps this choice; forms without a known EQF level drop out once you change it."},
    "f_share": {"nl": "Aandeel werkplek (%)", "en": "Workplace share (%)"},
    "f_share_help": {"nl": "Toont vormen waarvan het hele bekende bereik binnen deze keuze valt (‘minstens x %’ telt als x); vormen zonder bekend aandeel vallen weg zodra je dit aanpast.",
                     "en": "Shows forms whose whole known range lies within this choice (‘at least x%’ counts as x); forms without a known share drop out once you change it."},
    "f_pay": {"nl": "Vergoeding", "en": "Pay"},
    "f_status": {"nl": "Status", "en": "Status"},
    "f_q": {"nl": "Zoeken in namen en beschrijvingen", "en": "Search names and descriptions"},
    "f_reset": {"nl": "Filters wissen", "en": "Clear filters"},
    "n_forms": {"nl": "{n} van {total} leervormen", "en": "{n} of {total} learning forms"},
    "empty_title": {"nl": "Geen leervormen voldoen aan deze filters.", "en": "No learning forms match these filters."},
    "empty_hint": {"nl": "Verruim een filter of wis ze allemaal.", "en": "Widen a filter or clear them all."},
    "why_not_allowed": {"nl": "onbekende waarde", "en": "unknown value"},
    "why_range_form": {"nl": "verwacht een bereik zoals 20-80", "en": "expected a range such as 20-80"},
    "why_range_bounds": {"nl": "bereik buiten de grenzen of omgekeerd", "en": "range out of bounds or reversed"},
    "why_too_long": {"nl": "te lang, ingekort", "en": "too long, shortened"},
    "why_unknown_form": {"nl": "geen bekende leervorm", "en": "not a known learning form"},
    "view": {"nl": "Weergave", "en": "View"},
    "tab_table": {"nl": "Tabel", "en": "Table"},
    "tab_share": {"nl": "Aandeel werkplek", "en": "Workplace share"},
    "tab_time": {"nl": "Tijd", "en": "Time"},
    "tab_pay": {"nl": "Vergoeding", "en": "Pay"},
    "col_name": {"nl": "Leervorm", "en": "Learning form"},
    "col_country": {"nl": "Land", "en": "Country"},
    "col_formality": {"nl": "Formeel/informeel", "en": "Formal/informal"},
    "col_level": {"nl": "Niveau", "en": "Level"},
    "col_eqf": {"nl": "EQF", "en": "EQF"},
    "col_share_bar": {"nl": "Werkplek (min. %)", "en": "Workplace (min. %)"},
    "col_share": {"nl": "Aandeel werkplek", "en": "Workplace share"},
    "col_days_work": {"nl": "Dagen werkplek", "en": "Days at work"},
    "col_days_school": {"nl": "Dagen school", "en": "Days at school"},
    "col_pay": {"nl": "Vergoeding", "en": "Pay"},
    "col_status": {"nl": "Status", "en": "Status"},
    "col_source": {"nl": "Bron", "en": "Source"},
    "col_id": {"nl": "ID", "en": "ID"},
    "share_at_least": {"nl": "minstens {low}", "en": "at least {low}"},
    "table_caption": {"nl": "Klik op een rij om de details te openen. De balk toont het minimale aandeel van de leertijd op de werkplek.",
                      "en": "Click a row to open its details. The bar shows the minimum share of learning time at the workplace."},
    "axis_share": {"nl": "Aandeel van de leertijd op de werkplek", "en": "Share of learning time at the workplace"},
    "axis_days": {"nl": "Dagen per week", "en": "Days per week"},
    "axis_pay": {"nl": "Wat de lerende ontvangt", "en": "What the learner receives"},
    "days_workplace": {"nl": "op de werkplek", "en": "at the workplace"},
    "days_school": {"nl": "op school", "en": "at school"},
    "hover_share_open": {"nl": "<b>{name}</b><br>minstens {low} op de werkplek", "en": "<b>{name}</b><br>at least {low} at the workplace"},
    "hover_share_exact": {"nl": "<b>{name}</b><br>{low} op de werkplek", "en": "<b>{name}</b><br>{low} at the workplace"},
    "hover_share_range": {"nl": "<b>{name}</b><br>{low} tot {high} op de werkplek", "en": "<b>{name}</b><br>{low} to {high} at the workplace"},
    "hover_days": {"nl": "<b>{name}</b><br>{days} dagen per week {what}", "en": "<b>{name}</b><br>{days} days a week {what}"},
    "hover_days_range": {"nl": "<b>{name}</b><br>{low} tot {high} dagen per week {what}", "en": "<b>{name}</b><br>{low} to {high} days a week {what}"},
    "hover_days_unknown": {"nl": "<b>{name}</b><br>dagen {what}: onbekend", "en": "<b>{name}</b><br>days {what}: unknown"},
    "hover_hours": {"nl": "minstens {hours} uur per week", "en": "at least {hours} hours a week"},
    "hover_no_condition": {"nl": "geen voorwaarde in de bron", "en": "no condition in the source"},
    "cap_share": {"nl": "Elke lijn loopt van het minimale tot het maximale aandeel van de leertijd op de werkplek. Een stippellijn betekent ‘minstens’: de bron geeft geen bovengrens. Kleur én vorm tonen het land.",
                  "en": "Each line runs from the minimum to the maximum share of learning time at the workplace. A dotted line means ‘at least’: the source gives no upper bound. Colour and shape show the country."},
    "cap_share_unknown": {"nl": "Zonder bekend aandeel (niet getekend): {names}", "en": "Without a known share (not drawn): {names}"},
    "cap_time": {"nl": "Dagen per week op de werkplek en op school. Een foutbalk toont een bereik (bv. meestal 2 tot 3 dagen). Uren per week staan in de tooltip.",
                 "en": "Days per week at the workplace and at school. An error bar shows a range (e.g. mostly 2 to 3 days). Hours per week are in the tooltip."},
    "cap_time_unknown": {"nl": "Zonder dagverdeling in de bron (niet getekend): {names}", "en": "No split into days in the source (not drawn): {names}"},
    "cap_pay": {"nl": "Elke vorm staat in de kolom van wat de lerende ontvangt; de voorwaarde staat in de tooltip.",
                "en": "Each form stands in the column of what the learner receives; the condition is in the tooltip."},
    "cap_pay_unknown": {"nl": "De bronnen zeggen niets over de vergoeding bij (niet getekend): {names}",
                        "en": "The sources say nothing about pay for (not drawn): {names}"},
    "chart_data": {"nl": "Cijfers van deze grafiek", "en": "Numbers behind this chart"},
    "export_csv": {"nl": "CSV downloaden", "en": "Download CSV"},
    "export_xlsx": {"nl": "Excel downloaden", "en": "Download Excel"},
    "export_note": {"nl": "De download bevat precies de rijen en kolommen van de tabel. Bron: LES-project en de bronnen per rij; licentie CC BY 4.0.",
                    "en": "The download holds exactly the rows and columns of the table. Source: LES project and the sources per row; licence CC BY 4.0."},
    "detail_title": {"nl": "Detail", "en": "Details"},
    "detail_pick": {"nl": "Toon de details van", "en": "Show details of"},
    "detail_none": {"nl": "(geen)", "en": "(none)"},
    "detail_counterpart": {"nl": "Tegenhanger over de grens", "en": "Counterpart across the border"},
    "detail_false_friend": {"nl": "Let op, valse vriend", "en": "Watch out, false friend"},
    "detail_fields": {"nl": "Alle velden", "en": "All fields"},
    "detail_status_note": {"nl": "Status", "en": "Status"},
    "detail_sources": {"nl": "Bronnen", "en": "Sources"},
    "unknown": {"nl": "onbekend", "en": "unknown"},
    # compare page
    "cmp_intro": {"nl": "De twee systemen naast elkaar: waar staat elke vorm, wat zijn tegenhangers, welke woorden misleiden?",
                  "en": "The two systems side by side: where each form stands, which are counterparts, which words mislead?"},
    "cmp_overview": {"nl": "Schematisch overzicht", "en": "Schematic overview"},
    "cmp_overview_cap": {"nl": "Onderwijsniveaus in rijen, de twee landen in kolommen; tussen haakjes het EQF-niveau waar het bekend is. † = uitgefaseerd. Informele vormen bestaan aan beide kanten.",
                         "en": "Education levels in rows, the two countries in columns; the EQF level in brackets where known. † = phased out. Informal forms exist on both sides."},
    "cmp_eqf_chart_cap": {"nl": "Elke balk loopt over de EQF-niveaus waartoe de vorm leidt; effen = Vlaanderen, gearceerd = Nederland. Vormen zonder bekend EQF-niveau staan niet in de grafiek, wel in het overzicht hierboven.",
                          "en": "Each bar spans the EQF levels the form leads to; solid = Flanders, hatched = Netherlands. Forms without a known EQF level are not in the chart but are in the overview above."},
    "source_link": {"nl": "bron", "en": "source"},
    "cmp_show_chart": {"nl": "Toon ook als grafiek per EQF-niveau", "en": "Also show as a chart by EQF level"},
    "cmp_counterparts": {"nl": "Tegenhangers over de grens", "en": "Counterparts across the border"},
    "cmp_false_friends": {"nl": "Valse vrienden", "en": "False friends"},
    "cmp_false_friend_lead": {"nl": "**{a}** en **{b}** delen het woord ‘duaal’, maar betekenen iets heel anders. Het verschil volgens de data:",
                              "en": "**{a}** and **{b}** share the word ‘dual’, but mean something quite different. The difference according to the data:"},
    "cmp_any_two": {"nl": "Vergelijk twee vormen", "en": "Compare two forms"},
    "cmp_pick_a": {"nl": "Vorm A", "en": "Form A"},
    "cmp_pick_b": {"nl": "Vorm B", "en": "Form B"},
    "cmp_field": {"nl": "Kenmerk", "en": "Field"},
    "cmp_diff_cap": {"nl": "Gemarkeerde rijen verschillen. ‘—’ betekent onbekend in de bron.",
                     "en": "Highlighted rows differ. ‘—’ means unknown in the source."},
    "cmp_hours": {"nl": "Uren per week", "en": "Hours per week"},
    "cmp_pay_condition": {"nl": "Voorwaarde vergoeding", "en": "Pay condition"},
    "cmp_min_age": {"nl": "Vanaf leeftijd", "en": "From age"},
    "cmp_free_until": {"nl": "Kosteloos onder leeftijd", "en": "Free under age"},
    "cmp_contract": {"nl": "Overeenkomst vereist", "en": "Contract required"},
    "cmp_regulated": {"nl": "Wettelijk geregeld", "en": "Legally regulated"},
    "cmp_required": {"nl": "Werkplekleren verplicht", "en": "Workplace learning required"},
    "cmp_glossary": {"nl": "Woordenlijst", "en": "Glossary"},
    "cmp_glossary_cap": {"nl": "Termen die over de grens anders zijn. Bron per term in de tabel.",
                         "en": "Terms that differ across the border. Source per term in the table."},
    "gl_term": {"nl": "Term", "en": "Term"},
    "gl_used": {"nl": "Gebruikt in", "en": "Used in"},
    "gl_counter": {"nl": "Over de grens", "en": "Across the border"},
    "gl_expl": {"nl": "Uitleg", "en": "Explanation"},
    "eqf_level": {"nl": "EQF-niveau", "en": "EQF level"},
    # map page
    "map_intro": {"nl": "Waar kun je techniek en zorg leren in de grensregio, aan beide kanten? De zwarte lijn is de landsgrens; de vlakken zijn de drie provincies van de Euregio Scheldemond.",
                  "en": "Where can you learn technical and care professions in the border region, on both sides? The black line is the national border; the shaded areas are the three provinces of the Euregio Scheldemond."},
    "tip_programmes": {"nl": "Opleidingen", "en": "Programmes"},
    "tip_forms": {"nl": "Leervormen", "en": "Learning forms"},
    "m_province": {"nl": "Provincie", "en": "Province"},
    "m_type": {"nl": "Type instelling", "en": "Institution type"},
    "m_sector": {"nl": "Sector", "en": "Sector"},
    "m_form": {"nl": "Leervorm (waar kan ik … volgen?)", "en": "Learning form (where can I do …?)"},
    "m_q": {"nl": "Zoek school, gemeente of opleiding", "en": "Search school, town or programme"},
    "m_proeftuin": {"nl": "Biedt een LES-proeftuinopleiding aan", "en": "Offers a LES pilot programme"},
    "m_proeftuin_none": {"nl": "(alle scholen)", "en": "(all schools)"},
    "m_proeftuin_any": {"nl": "eender welke proeftuin", "en": "any pilot"},
    "m_color": {"nl": "Kleur volgens", "en": "Colour by"},
    "m_color_country": {"nl": "land", "en": "country"},
    "m_color_type": {"nl": "type instelling", "en": "institution type"},
    "m_near_title": {"nl": "Over de grens: scholen in de buurt", "en": "Across the border: schools nearby"},
    "m_near": {"nl": "Vanuit gemeente", "en": "From town"},
    "m_km": {"nl": "Straal (km)", "en": "Radius (km)"},
    "m_near_none": {"nl": "(geen)", "en": "(none)"},
    "m_near_result": {"nl": "{n} scholen binnen {km} km van {town}: {be} in Vlaanderen, {nl} in Nederland.",
                      "en": "{n} schools within {km} km of {town}: {be} in Flanders, {nl} in the Netherlands."},
    "m_n_schools": {"nl": "{n} van {total} campussen op de kaart.", "en": "{n} of {total} campuses on the map."},
    "m_empty": {"nl": "Geen scholen voldoen aan deze filters. De kaart toont nog de grens en de provincies.",
                "en": "No schools match these filters. The map still shows the border and the provinces."},
    "map_grouped": {"nl": "gegroepeerd per vak van ca. 2,5 km", "en": "grouped per cell of about 2.5 km"},
    "map_cell_count": {"nl": "{n} campussen", "en": "{n} campuses"},
    "m_grouped_note": {"nl": "Meer dan {max} campussen: de kaart groepeert ze per vak van ca. 2,5 km (grootte = aantal). Verfijn de filters of gebruik de afstandstool om elke campus te zien.",
                       "en": "More than {max} campuses: the map groups them per cell of about 2.5 km (size = count). Narrow the filters or use the distance tool to see each campus."},
    "m_table_capped": {"nl": "De tabel toont de eerste {shown} van {n} rijen; de CSV bevat ze allemaal.",
                       "en": "The table shows the first {shown} of {n} rows; the CSV holds them all."},
    "m_legend_ring": {"nl": "donkere rand = Nederland, witte rand = Vlaanderen", "en": "dark ring = Netherlands, white ring = Flanders"},
    "m_legend_border": {"nl": "landsgrens", "en": "national border"},
    "m_legend_radius": {"nl": "zoekstraal", "en": "search radius"},
    "m_click": {"nl": "Klik op een punt of een rij in de tabel voor de details van een school.",
                "en": "Click a point or a table row for a school's details."},
    "m_table": {"nl": "Wat de kaart toont", "en": "What the map shows"},
    "m_distance": {"nl": "Afstand (km)", "en": "Distance (km)"},
    "m_address": {"nl": "Adres", "en": "Address"},
    "m_website": {"nl": "Website", "en": "Website"},
    "m_source": {"nl": "Bron", "en": "Source"},
    "m_coord_source": {"nl": "Bron coördinaten", "en": "Coordinate source"},
    "m_forms_link": {"nl": "Leervormen van deze school", "en": "Learning forms at this school"},
    "m_offline": {"nl": "Zonder internet ontbreekt de achtergrondkaart; grens, provincies en scholen worden altijd getekend.",
                  "en": "Without internet the background map is missing; border, provinces and schools are always drawn."},
    "why_unknown_town": {"nl": "geen bekende gemeente in de lijst", "en": "not a known town in the list"},
    "why_km": {"nl": "verwacht een getal van 1 tot 150", "en": "expected a number from 1 to 150"},
    "m_col_name": {"nl": "School", "en": "School"},
    "m_col_town": {"nl": "Gemeente", "en": "Town"},
    "m_col_programmes": {"nl": "Opleidingen", "en": "Programmes"},
    "m_col_forms": {"nl": "Leervormen", "en": "Learning forms"},
    "m_col_sectors": {"nl": "Sectoren", "en": "Sectors"},
    "m_col_eqf": {"nl": "EQF", "en": "EQF"},
    "proeftuin_label": {"nl": "Proeftuinopleiding aangeboden", "en": "Offers a pilot programme"},
    # hybrid page
    "quad_q1": {"nl": "Geconstrueerd verwerven", "en": "Constructed acquisition"},
    "quad_q2": {"nl": "Realistisch verwerven", "en": "Realistic acquisition"},
    "quad_q3": {"nl": "Geconstrueerd deelnemen", "en": "Constructed participation"},
    "quad_q4": {"nl": "Realistisch deelnemen", "en": "Realistic participation"},
    "quad_expl_q1": {"nl": "Kennis en vaardigheden verwerven zoals gebruikelijk in het onderwijs, los van het beroepsproces. Voorbeeld: een gastles van een werkveldpartner op school.",
                     "en": "Acquiring knowledge and skills as usual in education, apart from the work process. Example: a guest lesson at school by a partner from the field."},
    "quad_expl_q2": {"nl": "Praktijkkennis verwerven in de echte werkomgeving, bv. door het werk even stil te zetten en samen te reflecteren. Voorbeeld: een bedrijfsbezoek of kijkstage.",
                     "en": "Acquiring practical knowledge in the real work setting, e.g. by pausing the work to reflect together. Example: a company visit or observation placement."},
    "quad_expl_q3": {"nl": "Deelnemen aan een nagebootst werkproces: oefensituaties, trainingsruimtes of simulaties. Voorbeeld: simulatieonderwijs met een minionderneming.",
                     "en": "Taking part in a simulated work process: practice situations, training rooms or simulations. Example: simulation-based education with a mini-company."},
    "quad_expl_q4": {"nl": "Leren door mee te doen in het echte werkproces. Voorbeeld: de werkdagen in BBL of duaal leren, of de stage (BPV) in de BOL.",
                     "en": "Learning by taking part in the real work process. Example: the work days in BBL or dual learning, or the BOL internship (BPV)."},
    "quad_x_axis": {"nl": "geconstrueerd  ←  context  →  realistisch (echt werkproces)",
                    "en": "constructed  ←  context  →  realistic (real work process)"},
    "quad_y_axis": {"nl": "deelnemen  ←  leren als  →  verwerven", "en": "participation  ←  learning as  →  acquisition"},
    "quad_ticked": {"nl": "aangevinkt", "en": "ticked"},
    "quad_not_ticked": {"nl": "activiteit", "en": "activity"},
    "quad_forms": {"nl": "Toon de leervormen op het model", "en": "Show the learning forms on the model"},
    "quad_legend_form": {"nl": "leervorm", "en": "learning form"},
    "quad_alt": {"nl": "Kwadrantmodel van de hybride leeromgeving: {quadrants}.",
                 "en": "Quadrant model of the hybrid learning environment: {quadrants}."},
    "quad_alt_covered": {"nl": "Gedekte kwadranten: {covered}.", "en": "Quadrants covered: {covered}."},
    "quad_alt_ticked": {"nl": "Aangevinkt: {names}.", "en": "Ticked: {names}."},
    "quad_download": {"nl": "Download het model (SVG)", "en": "Download the model (SVG)"},
    "hyb_intro": {"nl": "Het model van hybride leeromgevingen van het Expertisecentrum Beroepsonderwijs (ecbo) zet leersituaties op twee dimensies: leren als verwerven of als deelnemen, in een geconstrueerde of een realistische context. Een leeromgeving is pas echt hybride wanneer elk van de vier kwadranten is vormgegeven en alle onderdelen op elkaar zijn afgestemd.",
                  "en": "The hybrid learning environment model of the Dutch Expertise Centre for Vocational Education (ecbo) places learning situations on two dimensions: learning as acquisition or as participation, in a constructed or a realistic context. A learning environment is only truly hybrid when each of the four quadrants is designed and all parts are aligned."},
    "hyb_source": {"nl": "Bron: Zitter, I. & Hoeve, A. (2012). *Hybride leeromgevingen: het verweven van leer- en werkprocessen.* ecbo; en *Hybrid Learning Environments*, OECD Education Working Paper No. 81 ({oecd}). Nummering en schikking van de kwadranten zoals de [Hogeschool Utrecht]({hu}) ze beschrijft. De plaatsing van de activiteiten is een analyse van dit dashboard op basis van die definities; de reden staat bij elke activiteit (het vraagteken naast het vinkje) en onder ‘Alle plaatsingen en hun reden’.",
                   "en": "Source: Zitter, I. & Hoeve, A. (2012). *Hybride leeromgevingen: het verweven van leer- en werkprocessen.* ecbo; and *Hybrid Learning Environments*, OECD Education Working Paper No. 81 ({oecd}). Quadrant numbering and layout as [Hogeschool Utrecht]({hu}) describes them. Placing the activities is this dashboard's analysis against those definitions; the reason is given with each activity (the question mark beside its tick box) and under ‘All placements and their reasons’."},
    "hyb_model": {"nl": "Het model", "en": "The model"},
    "hyb_check": {"nl": "Zelfcheck van een opleiding", "en": "Programme self-check"},
    "hyb_check_intro": {"nl": "Vink aan wat jouw opleiding doet, of begin bij de typische activiteiten van een leervorm. De kwadranten die je dekt, kleuren; de andere worden grijs.",
                        "en": "Tick what your programme does, or start from a learning form's typical activities. The quadrants you cover take colour; the others turn grey."},
    "hyb_start_from": {"nl": "Begin bij een leervorm", "en": "Start from a learning form"},
    "hyb_start_button": {"nl": "Typische activiteiten aanvinken", "en": "Tick typical activities"},
    "hyb_clear": {"nl": "Alles uitvinken", "en": "Untick all"},
    "hyb_prompt": {"nl": "Vink minstens één activiteit aan om de check te starten.", "en": "Tick at least one activity to start the check."},
    "hyb_hybrid": {"nl": "Hybride: alle vier de kwadranten zijn gedekt. Let op: of alle onderdelen ook op elkaar zijn afgestemd, kan een vinkje niet zeggen.",
                   "en": "Hybrid: all four quadrants are covered. Note: whether all parts are also aligned is something a tick-box cannot tell."},
    "hyb_not_hybrid": {"nl": "Nog niet hybride: {n} van de 4 kwadranten gedekt. Ontbreekt: {missing}.",
                       "en": "Not hybrid yet: {n} of 4 quadrants covered. Missing: {missing}."},
    "hyb_suggest": {"nl": "Wat {quadrant} zou vullen: {items}", "en": "What would fill {quadrant}: {items}"},
    "hyb_no_suggestion": {"nl": "geen activiteit in de data", "en": "no activity in the data"},
    "hyb_unknown_activity": {"nl": "onbekende activiteit", "en": "unknown activity"},
    "hyb_export": {"nl": "Check als CSV downloaden", "en": "Download the check as CSV"},
    "hyb_picture": {"nl": "De knop onder het model bewaart de check als afbeelding (SVG, scherp in elk formaat).",
                    "en": "The button below the model saves the check as a picture (SVG, sharp at any size)."},
    "hyb_share": {"nl": "De link in de adresbalk bewaart je selectie (?activities=…): deel hem om je check te tonen.",
                  "en": "The link in the address bar keeps your selection (?activities=…): share it to show your check."},
    "hyb_col_quadrant": {"nl": "Kwadrant", "en": "Quadrant"},
    "hyb_col_covered": {"nl": "Gedekt", "en": "Covered"},
    "hyb_col_by": {"nl": "Door", "en": "By"},
    "hyb_placements": {"nl": "Alle plaatsingen en hun reden", "en": "All placements and their reasons"},
    "hyb_col_kind": {"nl": "Soort", "en": "Kind"},
    "hyb_kind_activity": {"nl": "activiteit", "en": "activity"},
    "hyb_kind_form": {"nl": "leervorm", "en": "learning form"},
    "hyb_col_reason": {"nl": "Reden", "en": "Reason"},
    "hyb_not_placed": {"nl": "Niet geplaatst omdat de bronnen ze niet beschrijven: {names}.",
                       "en": "Not placed because the sources do not describe them: {names}."},
    "hyb_proeftuinen": {"nl": "De LES-proeftuinen", "en": "The LES pilots"},
    "hyb_proeftuinen_intro": {"nl": "De opleidingen waarin het LES-project met werkplekleren experimenteert. Welke activiteiten elke proeftuin gebruikt, staat niet in de bronnen en wordt hier dus niet ingevuld.",
                              "en": "The programmes in which the LES project experiments with workplace learning. Which activities each pilot uses is not in the sources, so it is not filled in here."},
    "hyb_on_map": {"nl": "Scholen op de kaart", "en": "Schools on the map"},
    # presentation
    "story_title": {"nl": "Werkplekleren over de grens — het verhaal", "en": "Workplace learning across the border — the story"},
    "story_step": {"nl": "Stap {n} van {total}", "en": "Step {n} of {total}"},
    "story_prev": {"nl": "Vorige", "en": "Previous"},
    "story_next": {"nl": "Volgende", "en": "Next"},
    "story_tip": {"nl": "Tip: voeg ?present=1 toe aan de link voor een scherm zonder zijbalk en met grotere letters; ?step=3 opent stap 3.",
                  "en": "Tip: add ?present=1 to the link for a screen without sidebar and with larger type; ?step=3 opens step 3."},
    "why_step": {"nl": "verwacht een stap van 1 tot {total}", "en": "expected a step from 1 to {total}"},
    "s1_title": {"nl": "Wat is werkplekleren?", "en": "What is workplace learning?"},
    "s1_text": {"nl": "Leren waarbij de arbeidssituatie de leeromgeving is: in het bedrijf zelf, maar ook in een gesimuleerde omgeving op school.",
                "en": "Learning in which the work situation is the learning environment: in the company itself, but also in a simulated environment at school."},
    "s2_title": {"nl": "Formele vormen naast elkaar", "en": "Formal forms side by side"},
    "s2_text": {"nl": "Vlaanderen en Nederland kennen elk hun eigen wettelijk geregelde vormen, van secundair/mbo tot hoger onderwijs.",
                "en": "Flanders and the Netherlands each have their own legally regulated forms, from secondary/mbo to higher education."},
    "s3_title": {"nl": "Hoeveel gebeurt op de werkplek?", "en": "How much happens at the workplace?"},
    "s3_text": {"nl": "Van minstens 20 % stage in de BOL tot 4 dagen op 5 in de leertijd en de BBL.",
                "en": "From at least 20% internship in BOL to 4 days out of 5 in leertijd and BBL."},
    "s4_title": {"nl": "Wie krijgt wat?", "en": "Who is paid what?"},
    "s4_text": {"nl": "Loon of leervergoeding in Vlaanderen, salaris of stagevergoeding in Nederland — onder verschillende voorwaarden.",
                "en": "A wage or learning allowance in Flanders, a salary or internship allowance in the Netherlands — under different conditions."},
    "s5_title": {"nl": "Valse vrienden over de grens", "en": "False friends across the border"},
    "s5_text": {"nl": "Duaal leren in Vlaanderen is niet de duale studie in Nederland: een ander niveau, een andere vergoeding.",
                "en": "Duaal leren in Flanders is not the duale studie in the Netherlands: another level, another kind of pay."},
    "s6_title": {"nl": "De kaart over de grens", "en": "The map across the border"},
    "s6_text": {"nl": "Vanuit Terneuzen liggen scholen in Gent en in Zeeland binnen 40 km: de grens is dichtbij.",
                "en": "From Terneuzen, schools in Ghent and in Zeeland lie within 40 km: the border is close."},
    "s7_title": {"nl": "Het hybride model", "en": "The hybrid model"},
    "s7_text": {"nl": "Een leeromgeving is pas echt hybride wanneer alle vier de kwadranten zijn vormgegeven en op elkaar afgestemd. Hier: de typische activiteiten van de BBL.",
                "en": "A learning environment is only truly hybrid when all four quadrants are designed and aligned. Here: the typical activities of BBL."},
    # about the data
    "about_intro": {
        "nl": "Alle cijfers in dit dashboard komen uit de tabellen hieronder. Elke rij heeft een bron; wat niet "
              "bekend is, blijft leeg (leeg betekent onbekend of niet van toepassing, nooit nul).",
        "en": "Every figure in this dashboard comes from the tables below. Every row has a source; what is not "
              "known stays empty (empty means unknown or not applicable, never zero)."},
    "about_status_title": {"nl": "Validatiestatus", "en": "Validation status"},
    "about_status_ok": {"nl": "{file}: {n} rijen, geen problemen.", "en": "{file}: {n} rows, no problems."},
    "about_status_bad": {"nl": "{file}: {n} geldige rijen, {p} probleem/problemen.",
                         "en": "{file}: {n} valid rows, {p} problem(s)."},
    "about_dictionary_title": {"nl": "Datawoordenboek", "en": "Data dictionary"},
    "about_col_column": {"nl": "Kolom", "en": "Column"},
    "about_col_label": {"nl": "Label", "en": "Label"},
    "about_col_type": {"nl": "Type", "en": "Type"},
    "about_col_required": {"nl": "Verplicht", "en": "Required"},
    "about_col_allowed": {"nl": "Toegelaten waarden", "en": "Allowed values"},
    "about_col_description": {"nl": "Betekenis", "en": "Meaning"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "about_sources_title": {"nl": "Bronnen, licentie en controle", "en": "Sources, licence and checks"},
    "about_last_checked": {"nl": "Laatst gecontroleerd: {date}", "en": "Last checked: {date}"},
    "about_licence": {"nl": "Licentie van de data: {licence}", "en": "Data licence: {licence}"},
    "about_row_sources": {"nl": "Bronnen per rij (aantal rijen)", "en": "Sources per row (number of rows)"},
    "about_downloads_title": {"nl": "Ruwe data downloaden", "en": "Download the raw data"},
    "about_download": {"nl": "{file} downloaden", "en": "Download {file}"},
    "about_update_title": {"nl": "De data bijwerken", "en": "Updating the data"},
    "about_update": {
        "nl": "1. Bewerk het CSV-bestand in `data/` (UTF-8, komma als scheidingsteken, punt als decimaalteken, één "
              "kopregel).\n2. Geef elke nieuwe rij een bron (`source_url`); laat onbekende feiten leeg.\n"
              "3. Controleer het bestand met `make test` of laad het op deze pagina (zodra de upload beschikbaar "
              "is).\n4. Het dashboard leest het gewijzigde bestand automatisch opnieuw in.",
        "en": "1. Edit the CSV file in `data/` (UTF-8, comma separator, dot decimals, one header row).\n"
              "2. Give every new row a source (`source_url`); leave unknown facts empty.\n"
              "3. Check the file with `make test` or upload it on this page (once upload is available).\n"
              "4. The dashboard re-reads a changed file automatically."},
    "about_geo_title": {"nl": "Geografie", "en": "Geography"},
    "about_geo": {
        "nl": "Grens, provincies en plaatsen komen uit open bronnen en worden lokaal geleverd (geen online "
              "geocoder of kaartserver nodig); zie `data/geo/SOURCES.md`.",
        "en": "Border, provinces and towns come from open sources and are shipped locally (no online geocoder or "
              "tile server needed); see `data/geo/SOURCES.md`."},
    "problem_col_file": {"nl": "Bestand", "en": "File"},
    "problem_col_row": {"nl": "Rij", "en": "Row"},
    "problem_col_column": {"nl": "Kolom", "en": "Column"},
    "problem_col_value": {"nl": "Waarde", "en": "Value"},
    "problem_col_message": {"nl": "Probleem", "en": "Problem"},
    "problem_col_severity": {"nl": "Ernst", "en": "Severity"},
    "severity_error": {"nl": "fout", "en": "error"},
    "severity_note": {"nl": "opmerking", "en": "note"},
    # problem messages (Problem.code)
    "p_too_large": {"nl": "Het bestand is te groot ({value}); maximaal {detail}.",
                    "en": "The file is too large ({value}); at most {detail}."},
    "p_empty_file": {"nl": "Het bestand is leeg.", "en": "The file is empty."},
    "p_encoding": {"nl": "Het bestand is geen leesbare tekst (UTF-8 of Windows-1252).",
                   "en": "The file is not readable text (UTF-8 or Windows-1252)."},
    "p_cp1252": {"nl": "Het bestand is in Windows-1252 (ANSI) opgeslagen in plaats van UTF-8.",
                 "en": "The file is saved as Windows-1252 (ANSI) instead of UTF-8."},
    "p_bom": {"nl": "Het bestand begint met een UTF-8-BOM (zoals Excel opslaat).",
              "en": "The file starts with a UTF-8 BOM (as Excel saves it)."},
    "p_semicolon": {"nl": "Puntkomma als scheidingsteken in plaats van komma.",
                    "en": "Semicolons separate the fields instead of commas."},
    "p_csv_syntax": {"nl": "Het bestand is geen geldige CSV: {detail}.", "en": "The file is not valid CSV: {detail}."},
    "p_missing_column": {"nl": "Kolom ontbreekt.", "en": "Column is missing."},
    "p_extra_column": {"nl": "Onbekende kolom; wordt genegeerd.", "en": "Unknown column; it is ignored."},
    "p_duplicate_column": {"nl": "Kolom komt meer dan eens voor in de kopregel.",
                           "en": "Column appears more than once in the header."},
    "p_header_only": {"nl": "Het bestand heeft alleen een kopregel, geen rijen.",
                      "en": "The file has only a header row, no rows."},
    "p_field_count": {"nl": "Rij heeft {value} velden, de kopregel {detail}.",
                      "en": "Row has {value} fields, the header {detail}."},
    "p_cell_too_long": {"nl": "Cel is langer dan {detail} tekens.", "en": "Cell is longer than {detail} characters."},
    "p_decimal_comma": {"nl": "Decimale komma; gebruik een punt (bv. 33.3).",
                        "en": "Decimal comma; use a dot (e.g. 33.3)."},
    "p_decimal_comma_converted": {"nl": "Decimale komma's in deze kolom zijn omgezet naar punten (vanaf deze rij).",
                                  "en": "Decimal commas in this column were converted to dots (from this row on)."},
    "p_not_a_number": {"nl": "Geen getal.", "en": "Not a number."},
    "p_not_whole": {"nl": "Geen geheel getal.", "en": "Not a whole number."},
    "p_not_bool": {"nl": "Verwacht true of false.", "en": "Expected true or false."},
    "p_not_allowed": {"nl": "Waarde niet toegelaten; verwacht: {detail}.", "en": "Value not allowed; expected: {detail}."},
    "p_bad_pattern": {"nl": "Ongeldige vorm; verwacht: {detail}.", "en": "Invalid form; expected: {detail}."},
    "p_out_of_range": {"nl": "Buiten het bereik {detail}.", "en": "Outside the range {detail}."},
    "p_duplicate": {"nl": "Dubbele waarde; moet uniek zijn.", "en": "Duplicate value; must be unique."},
    "p_required": {"nl": "Verplicht veld is leeg.", "en": "Required field is empty."},
    "p_min_gt_max": {"nl": "Minimum ({detail}) is groter dan maximum.", "en": "Minimum ({detail}) is larger than maximum."},
    "p_outside_region": {"nl": "Coördinaten liggen buiten de regio ({detail}).",
                         "en": "Coordinates lie outside the region ({detail})."},
    "p_dangling_reference": {"nl": "Verwijst naar een onbekende ID in {detail}.",
                             "en": "Refers to an unknown ID in {detail}."},
    "p_unreadable": {"nl": "Het bestand kan niet gelezen worden.", "en": "The file cannot be read."},
    "p_invalid": {"nl": "Ongeldige waarde.", "en": "Invalid value."},
    "p_xlsx_unreadable": {"nl": "Het Excel-bestand kan niet gelezen worden (beschadigd of geen .xlsx).",
                          "en": "The Excel file cannot be read (damaged or not .xlsx)."},
    "p_unknown_table": {"nl": "De kopregel past bij geen enkele tabel; verwacht de kolommen van een van de tabellen in het datawoordenboek.",
                        "en": "The header matches none of the tables; expected the columns of one of the tables in the data dictionary."},
    "up_title": {"nl": "Een bestand controleren (upload)", "en": "Check a file (upload)"},
    "up_intro": {"nl": "Laad een bijgewerkte `schools.csv`, `learning_forms.csv` of een andere tabel, ook zoals Excel die opslaat (puntkomma's, decimale komma's, Windows-1252 of UTF-8 met BOM) of als .xlsx. Het bestand wordt alleen in deze sessie gecontroleerd en getoond; er wordt niets op de server bewaard.",
                 "en": "Upload an updated `schools.csv`, `learning_forms.csv` or another table, also as Excel saves it (semicolons, decimal commas, Windows-1252 or UTF-8 with BOM) or as .xlsx. The file is only checked and shown in this session; nothing is stored on the server."},
    "up_file": {"nl": "Bestand (CSV of XLSX, max. 5 MB)", "en": "File (CSV or XLSX, max. 5 MB)"},
    "up_table": {"nl": "Tabel", "en": "Table"},
    "up_auto": {"nl": "automatisch herkennen", "en": "detect automatically"},
    "up_detected": {"nl": "Herkend als {file}: {rows} rijen gelezen, {valid} geldig, {errors} fout(en), {notes} opmerking(en).",
                    "en": "Recognised as {file}: {rows} rows read, {valid} valid, {errors} error(s), {notes} note(s)."},
    "up_ok": {"nl": "Geen fouten: het bestand kan zo ingestuurd worden.", "en": "No errors: the file can be sent in as it is."},
    "up_preview": {"nl": "Voorbeeld van de geldige rijen", "en": "Preview of the valid rows"},
    "up_download": {"nl": "Opgeschoond bestand downloaden (geldige rijen, UTF-8, komma's)",
                    "en": "Download the cleaned file (valid rows, UTF-8, commas)"},
    # values shown from data codes
    "country_BE": {"nl": "Vlaanderen", "en": "Flanders"},
    "country_NL": {"nl": "Nederland", "en": "Netherlands"},
    "country_both": {"nl": "Beide", "en": "Both"},
    "formality_formal": {"nl": "formeel", "en": "formal"},
    "formality_informal": {"nl": "informeel", "en": "informal"},
    "level_secondary": {"nl": "secundair / mbo", "en": "secondary / mbo"},
    "level_higher": {"nl": "hoger onderwijs", "en": "higher education"},
    "level_adult": {"nl": "volwassenenonderwijs", "en": "adult education"},
    "level_any": {"nl": "alle niveaus", "en": "all levels"},
    "status_active": {"nl": "actief", "en": "active"},
    "status_phased_out": {"nl": "uitgefaseerd", "en": "phased out"},
    "pay_wage": {"nl": "loon", "en": "wage"},
    "pay_learning_allowance": {"nl": "leervergoeding", "en": "learning allowance"},
    "pay_internship_allowance": {"nl": "stagevergoeding", "en": "internship allowance"},
    "pay_salary": {"nl": "salaris", "en": "salary"},
    "pay_none": {"nl": "geen", "en": "none"},
    "pay_varies": {"nl": "verschilt", "en": "varies"},
    "pay_unknown": {"nl": "onbekend", "en": "unknown"},
    "type_hogeschool": {"nl": "hogeschool", "en": "university college"},
    "type_universiteit": {"nl": "universiteit", "en": "university"},
    "type_mbo": {"nl": "mbo-instelling", "en": "mbo college"},
    "type_syntra": {"nl": "Syntra", "en": "Syntra"},
    "type_cdo": {"nl": "centrum voor deeltijds onderwijs", "en": "centre for part-time education"},
    "type_secundair": {"nl": "secundaire school", "en": "secondary school"},
    "type_cvo": {"nl": "centrum voor volwassenenonderwijs", "en": "adult education centre"},
    "type_hbo5": {"nl": "HBO5-school verpleegkunde", "en": "HBO5 nursing school"},
    "type_volwassenenonderwijs": {"nl": "volwassenenonderwijs", "en": "adult education"},
    "sector_techniek": {"nl": "techniek", "en": "technology"},
    "sector_zorg": {"nl": "zorg", "en": "care"},
}


def lang() -> str:
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def t(key: str, lang_: str | None = None, **params) -> str:
    entry = STRINGS[key]
    text = entry[lang_ or lang()]
    return text.format(**params) if params else text


def label(prefix: str, code: str, lang_: str | None = None) -> str:
    """Readable label for a data code (country, pay type, …); the code itself when none is known."""
    entry = STRINGS.get(f"{prefix}_{code}")
    return entry[lang_ or lang()] if entry else str(code)


def fmt_number(value: float, decimals: int = 0, lang_: str | None = None) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en)."""
    text = f"{value:,.{decimals}f}"
    if (lang_ or lang()) == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_percent(value: float, decimals: int = 0, lang_: str | None = None) -> str:
    """60 -> '60 %' (nl) or '60%' (en)."""
    lang_ = lang_ or lang()
    number = fmt_number(value, decimals, lang_)
    return f"{number} %" if lang_ == "nl" else f"{number}%"
