"""The tables, declared once.

Each `Table` lists its columns with type, allowed values, range and a bilingual description. The same
declaration builds the pandera schema used to validate a file, the data dictionary on /over-de-data,
and the column labels shown in tables and exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pandera.pandas as pa

# Euregio Scheldemond plus what lies "just across" (West-Brabant, Antwerpen): the map's valid area.
REGION_BBOX = {"lat_min": 50.6, "lat_max": 51.8, "lon_min": 2.5, "lon_max": 4.9}

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
UNITS_EN = {"dagen/week": "days/week", "uur": "hours", "jaar": "years"}
URL_PATTERN = r"^https?://[^\s<>\"']+$"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "str" | "int" | "float" | "bool" | "list" | "url"
    label_nl: str
    label_en: str
    desc_nl: str
    desc_en: str
    required: bool = False
    unique: bool = False
    allowed: tuple[str, ...] = ()  # for "str" and (per item) "list"
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    unit: str = ""
    references: str | None = None  # "table.column" that every value (or list item) must exist in

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_nl

    def unit_text(self, lang: str) -> str:
        return UNITS_EN.get(self.unit, self.unit) if lang == "en" else self.unit

    def description(self, lang: str) -> str:
        return self.desc_en if lang == "en" else self.desc_nl

    def allowed_text(self) -> str:
        if self.allowed:
            return ", ".join(self.allowed)
        if self.kind == "bool":
            return "true, false"
        if self.pattern == URL_PATTERN or self.kind == "url":
            return "http(s) URL"
        if self.min is not None or self.max is not None:
            lo = "" if self.min is None else f"{self.min:g}"
            hi = "" if self.max is None else f"{self.max:g}"
            return f"{lo} – {hi}"
        return ""


@dataclass(frozen=True)
class Table:
    name: str
    file: str
    title_nl: str
    title_en: str
    desc_nl: str
    desc_en: str
    columns: tuple[Column, ...]
    ordered_pairs: tuple[tuple[str, str], ...] = ()  # (min column, max column): min <= max
    in_region: bool = False  # lat/lon must fall inside REGION_BBOX
    licence: str = "CC BY 4.0"
    last_checked: str = ""
    sources: tuple[str, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_nl


def _c(name, kind, label_nl, label_en, desc_nl, desc_en, **kw) -> Column:
    return Column(name, kind, label_nl, label_en, desc_nl, desc_en, **kw)


COUNTRIES = ("BE", "NL")
PAY_TYPES = ("wage", "learning_allowance", "internship_allowance", "salary", "none", "varies")
EDUCATION_LEVELS = ("secondary", "higher", "adult", "any")
STATUSES = ("active", "phased_out")
SECTORS = ("techniek", "zorg")
INSTITUTION_TYPES = ("hogeschool", "universiteit", "mbo", "syntra", "cdo", "secundair", "cvo", "hbo5",
                     "volwassenenonderwijs")
PROEFTUIN_IDS = ("verpleegkunde", "mechanica", "computeroperator", "systeem-netwerkbeheer", "iot")
PROVINCES = ("Zeeland", "Noord-Brabant", "Zuid-Holland", "Oost-Vlaanderen", "West-Vlaanderen", "Antwerpen",
             "Vlaams-Brabant", "Henegouwen")

LEARNING_FORMS = Table(
    name="learning_forms",
    file="learning_forms.csv",
    title_nl="Leervormen",
    title_en="Learning forms",
    desc_nl="Eén rij per vorm van werkplekleren in Vlaanderen en Nederland, formeel en informeel.",
    desc_en="One row per form of workplace learning in Flanders and the Netherlands, formal and informal.",
    last_checked="2026-11-29",
    sources=(
        "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens",
        "https://www.cedefop.europa.eu/en/tools/apprenticeship-schemes/scheme-fiches/dual-learning-upper-secondary-level",
        "https://www.nuffic.nl/onderwijssystemen/nederland/overzicht-nederlandse-diplomas",
        "https://www.nuffic.nl/onderwijssystemen/belgie-vlaamstalige-regio/kwalificatieraamwerk",
    ),
    ordered_pairs=(
        ("eqf_min", "eqf_max"),
        ("workplace_share_min", "workplace_share_max"),
        ("workplace_days_min", "workplace_days_max"),
        ("school_days_min", "school_days_max"),
        ("duration_years_min", "duration_years_max"),
    ),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel, ook gebruikt in URL's.", "Stable key, also used in URLs.",
           required=True, unique=True, pattern=ID_PATTERN),
        _c("country", "str", "Land", "Country", "BE (Vlaanderen), NL, of both (informele vormen aan beide kanten).",
           "BE (Flanders), NL, or both (informal forms on both sides).", required=True,
           allowed=("BE", "NL", "both")),
        _c("name_nl", "str", "Naam (NL)", "Name (NL)", "Naam in het Nederlands.", "Name in Dutch.", required=True),
        _c("name_en", "str", "Naam (EN)", "Name (EN)", "Naam in het Engels.", "Name in English.", required=True),
        _c("formality", "str", "Formeel/informeel", "Formal/informal",
           "formal: wettelijk geregeld systeem; informal: minder intensieve vorm die scholen zelf inrichten.",
           "formal: legally regulated system; informal: less intensive form that schools organise themselves.",
           required=True, allowed=("formal", "informal")),
        _c("education_level", "str", "Onderwijsniveau", "Education level",
           "secondary (secundair / mbo), higher (hoger onderwijs), adult (volwassenen), any (alle niveaus).",
           "secondary (secondary / mbo), higher (higher education), adult (adults), any (all levels).",
           required=True, allowed=EDUCATION_LEVELS),
        _c("eqf_min", "int", "EQF min", "EQF min", "Laagste EQF-niveau waarop de vorm leidt.",
           "Lowest EQF level the form leads to.", min=1, max=8),
        _c("eqf_max", "int", "EQF max", "EQF max", "Hoogste EQF-niveau.", "Highest EQF level.", min=1, max=8),
        _c("workplace_share_min", "float", "Werkplek % min", "Workplace % min",
           "Minimaal aandeel van de leertijd op de werkplek, in procent.",
           "Minimum share of learning time at the workplace, in percent.", min=0, max=100, unit="%"),
        _c("workplace_share_max", "float", "Werkplek % max", "Workplace % max",
           "Maximaal aandeel van de leertijd op de werkplek, in procent (leeg: geen bovengrens bekend).",
           "Maximum share of learning time at the workplace, in percent (empty: no upper bound known).",
           min=0, max=100, unit="%"),
        _c("workplace_days_min", "float", "Werkplekdagen min", "Workplace days min",
           "Dagen per week op de werkplek (minimum).", "Days a week at the workplace (minimum).",
           min=0, max=7, unit="dagen/week"),
        _c("workplace_days_max", "float", "Werkplekdagen max", "Workplace days max",
           "Dagen per week op de werkplek (maximum).", "Days a week at the workplace (maximum).",
           min=0, max=7, unit="dagen/week"),
        _c("school_days_min", "float", "Schooldagen min", "School days min", "Dagen per week op school (minimum).",
           "Days a week at school (minimum).", min=0, max=7, unit="dagen/week"),
        _c("school_days_max", "float", "Schooldagen max", "School days max", "Dagen per week op school (maximum).",
           "Days a week at school (maximum).", min=0, max=7, unit="dagen/week"),
        _c("hours_per_week_min", "float", "Uren/week min", "Hours/week min", "Minimaal aantal uren per week.",
           "Minimum hours a week.", min=0, max=60, unit="uur"),
        _c("duration_years_min", "float", "Duur min (jaar)", "Duration min (years)", "Kortste duur in jaren.",
           "Shortest duration in years.", min=0, max=10, unit="jaar"),
        _c("duration_years_max", "float", "Duur max (jaar)", "Duration max (years)", "Langste duur in jaren.",
           "Longest duration in years.", min=0, max=10, unit="jaar"),
        _c("pay_type", "list", "Vergoeding", "Pay",
           "Wat de lerende ontvangt; meerdere gescheiden door ';'.",
           "What the learner receives; several separated by ';'.", allowed=PAY_TYPES),
        _c("pay_condition_nl", "str", "Voorwaarde vergoeding (NL)", "Pay condition (NL)",
           "Onder welke voorwaarde, in het Nederlands.", "Under which condition, in Dutch."),
        _c("pay_condition_en", "str", "Voorwaarde vergoeding (EN)", "Pay condition (EN)",
           "Onder welke voorwaarde, in het Engels.", "Under which condition, in English."),
        _c("min_age", "int", "Minimumleeftijd", "Minimum age", "Leeftijd vanaf wanneer men kan starten.",
           "Age from which one can start.", min=0, max=99, unit="jaar"),
        _c("free_until_age", "int", "Kosteloos onder", "Free under age",
           "Kosteloos voor lerenden jonger dan deze leeftijd.", "Free for learners younger than this age.",
           min=0, max=99, unit="jaar"),
        _c("contract_required", "bool", "Overeenkomst vereist", "Contract required",
           "Is een overeenkomst met een werkgever vereist?", "Is an agreement with an employer required?"),
        _c("legally_regulated", "bool", "Wettelijk geregeld", "Legally regulated",
           "Is de vorm wettelijk geregeld?", "Is the form regulated by law?"),
        _c("workplace_learning_required", "bool", "Werkplekleren verplicht", "Workplace learning required",
           "Is werkplekleren in deze vorm verplicht?", "Is workplace learning required in this form?"),
        _c("counterpart_ids", "list", "Tegenhanger", "Counterpart",
           "ID's van de tegenhanger aan de andere kant van de grens.",
           "IDs of the counterpart on the other side of the border.", references="learning_forms.id"),
        _c("false_friend_ids", "list", "Valse vriend", "False friend",
           "ID's van vormen met een gelijkaardige naam maar een andere betekenis.",
           "IDs of forms with a similar name but a different meaning.", references="learning_forms.id"),
        _c("status", "str", "Status", "Status", "active of phased_out (uitgefaseerd).",
           "active or phased_out.", required=True, allowed=STATUSES),
        _c("status_note", "str", "Statusnoot (EN)", "Status note (EN)", "Toelichting bij de status, Engels.",
           "Note on the status, English."),
        _c("status_note_nl", "str", "Statusnoot (NL)", "Status note (NL)", "Toelichting bij de status, Nederlands.",
           "Note on the status, Dutch."),
        _c("status_source_url", "url", "Bron status", "Status source", "Bron van de status.",
           "Source of the status.", pattern=URL_PATTERN),
        _c("description_nl", "str", "Beschrijving (NL)", "Description (NL)", "Beschrijving in het Nederlands.",
           "Description in Dutch.", required=True),
        _c("description_en", "str", "Beschrijving (EN)", "Description (EN)", "Beschrijving in het Engels.",
           "Description in English.", required=True),
        _c("source_url", "url", "Bron", "Source", "Hoofdbron van de rij.", "Main source of the row.",
           required=True, pattern=URL_PATTERN),
        _c("other_source_urls", "list", "Andere bronnen", "Other sources",
           "Andere bronnen, gescheiden door ';'.", "Other sources, separated by ';'."),
        _c("source_note", "str", "Bronnoot (EN)", "Source note (EN)", "Welk feit uit welke bron komt, Engels.",
           "Which fact comes from which source, English."),
        _c("source_note_nl", "str", "Bronnoot (NL)", "Source note (NL)", "Welk feit uit welke bron komt, Nederlands.",
           "Which fact comes from which source, Dutch."),
    ),
)

SCHOOLS = Table(
    name="schools",
    file="schools.csv",
    title_nl="Scholen en campussen",
    title_en="Schools and campuses",
    desc_nl="Eén rij per campus met techniek- of zorgopleidingen in en rond de Euregio Scheldemond.",
    desc_en="One row per campus with technical or care programmes in and around the Euregio Scheldemond.",
    last_checked="2026-11-29",
    in_region=True,
    # where the coordinates and, for Flemish secondary schools, the programmes come from (each row names its own)
    sources=(
        "https://data-onderwijs.vlaanderen.be/onderwijsaanbod (Flemish education offer, per school location; "
        "dump used: https://github.com/stefanbckn/Zoek-je-school/blob/02ed64e5eeb40292ee11d6d0895ed4a2f7e2d5ce/"
        "public/data/vestigingen.json)",
        "https://github.com/onderwijsin/navigator-data-generator (KiesMBO and HOVI locations of Dutch mbo and hbo "
        "institutions, with geocodes of their addresses)",
        "https://github.com/EvaNote/PPDB-team3/blob/c77227ae3ee9d97ad5b0c81a2449cafa20b334d0/sql/campussen.sql "
        "(Belgian higher-education campuses with coordinates)",
    ),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel.", "Stable key.", required=True, unique=True,
           pattern=ID_PATTERN),
        _c("name", "str", "Naam", "Name", "Instelling en campus.", "Institution and campus.", required=True),
        _c("country", "str", "Land", "Country", "BE of NL.", "BE or NL.", required=True, allowed=COUNTRIES),
        _c("province", "str", "Provincie", "Province", "Provincie, Nederlandse naam.", "Province, Dutch name.",
           required=True, allowed=PROVINCES),
        _c("municipality", "str", "Gemeente", "Municipality", "Gemeente van de campus.",
           "Municipality of the campus.", required=True),
        _c("address", "str", "Adres", "Address", "Adres van de campus.", "Address of the campus."),
        _c("lat", "float", "Breedtegraad", "Latitude", "WGS84-breedtegraad van de campus.",
           "WGS84 latitude of the campus.", required=True, min=-90, max=90, unit="°"),
        _c("lon", "float", "Lengtegraad", "Longitude", "WGS84-lengtegraad van de campus.",
           "WGS84 longitude of the campus.", required=True, min=-180, max=180, unit="°"),
        _c("institution_type", "str", "Type instelling", "Institution type", "Soort aanbieder.",
           "Kind of provider.", required=True, allowed=INSTITUTION_TYPES),
        _c("sectors", "list", "Sectoren", "Sectors", "techniek en/of zorg, gescheiden door ';'.",
           "techniek and/or zorg, separated by ';'.", required=True, allowed=SECTORS),
        _c("eqf_levels", "list", "EQF-niveaus", "EQF levels", "EQF-niveaus van het aanbod, gescheiden door ';'.",
           "EQF levels offered, separated by ';'.", allowed=tuple(str(i) for i in range(1, 9))),
        _c("learning_forms", "list", "Leervormen", "Learning forms",
           "ID's uit learning_forms.csv, gescheiden door ';'.", "IDs from learning_forms.csv, separated by ';'.",
           references="learning_forms.id"),
        _c("programmes", "list", "Opleidingen", "Programmes", "Enkele techniek- en zorgopleidingen, gescheiden door ';'.",
           "Some technical and care programmes, separated by ';'."),
        _c("website", "url", "Website", "Website", "Website van de instelling.", "Institution website.",
           pattern=URL_PATTERN),
        _c("les_proeftuin", "list", "Proeftuinopleiding aangeboden", "Offers a pilot programme",
           "Soorten opleidingen waarin het LES-project proeftuinen opzet (proeftuinen.csv) die deze campus aanbiedt; "
           "zegt niet dat de campus zelf LES-partner is.",
           "Kinds of programmes in which the LES project runs pilots (proeftuinen.csv) that this campus offers; "
           "does not say the campus itself is an LES partner.", references="proeftuinen.id"),
        _c("source_url", "url", "Bron", "Source", "Pagina die campus en adres staaft.",
           "Page that supports the campus and address.", required=True, pattern=URL_PATTERN),
        _c("coord_source", "str", "Bron coördinaten", "Coordinate source",
           "Waar de coördinaten vandaan komen: het openbare record (URL en naam) dat ze bij dit adres geeft.",
           "Where the coordinates come from: the public record (URL and name) that gives them for this address.",
           required=True),
    ),
)

PROEFTUINEN = Table(
    name="proeftuinen",
    file="proeftuinen.csv",
    title_nl="LES-proeftuinen",
    title_en="LES pilot programmes",
    desc_nl="De opleidingen waarin het LES-project proeftuinen opzet.",
    desc_en="The programmes in which the LES project runs pilots.",
    last_checked="2026-11-29",
    sources=("https://www.lerendeeuregioscheldemond.eu/les-project/projectactiviteiten",),
    ordered_pairs=(("eqf_min", "eqf_max"),),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel.", "Stable key.", required=True, unique=True,
           pattern=ID_PATTERN),
        _c("name_nl", "str", "Naam (NL)", "Name (NL)", "Naam in het Nederlands.", "Name in Dutch.", required=True),
        _c("name_en", "str", "Naam (EN)", "Name (EN)", "Naam in het Engels.", "Name in English.", required=True),
        _c("sector", "str", "Sector", "Sector", "techniek of zorg.", "techniek or zorg.", required=True,
           allowed=SECTORS),
        _c("eqf_min", "int", "EQF min", "EQF min", "Laagste EQF-niveau.", "Lowest EQF level.", required=True,
           min=1, max=8),
        _c("eqf_max", "int", "EQF max", "EQF max", "Hoogste EQF-niveau.", "Highest EQF level.", required=True,
           min=1, max=8),
        _c("note_nl", "str", "Toelichting (NL)", "Note (NL)", "Toelichting in het Nederlands.", "Note in Dutch."),
        _c("note_en", "str", "Toelichting (EN)", "Note (EN)", "Toelichting in het Engels.", "Note in English."),
        _c("source_url", "url", "Bron", "Source", "Bron.", "Source.", required=True, pattern=URL_PATTERN),
    ),
)

GLOSSARY = Table(
    name="glossary",
    file="glossary.csv",
    title_nl="Woordenlijst",
    title_en="Glossary",
    desc_nl="Termen die over de grens anders zijn of iets anders betekenen.",
    desc_en="Terms that differ, or mean something else, across the border.",
    last_checked="2026-11-29",
    sources=("https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens",),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel.", "Stable key.", required=True, unique=True,
           pattern=ID_PATTERN),
        _c("term", "str", "Term", "Term", "De term zoals hij gebruikt wordt.", "The term as used.", required=True),
        _c("country", "str", "Gebruikt in", "Used in", "BE, NL of both.", "BE, NL or both.", required=True,
           allowed=("BE", "NL", "both")),
        _c("counterpart_term", "str", "Over de grens", "Across the border",
           "De term aan de andere kant van de grens, of de valse vriend.",
           "The term on the other side of the border, or the false friend."),
        _c("explanation_nl", "str", "Uitleg (NL)", "Explanation (NL)", "Uitleg in het Nederlands.",
           "Explanation in Dutch.", required=True),
        _c("explanation_en", "str", "Uitleg (EN)", "Explanation (EN)", "Uitleg in het Engels.",
           "Explanation in English.", required=True),
        _c("related_form_ids", "list", "Leervormen", "Learning forms", "Verwante leervormen (ID's).",
           "Related learning forms (IDs).", references="learning_forms.id"),
        _c("source_url", "url", "Bron", "Source", "Bron.", "Source.", required=True, pattern=URL_PATTERN),
    ),
)

QUADRANT_IDS = ("q1", "q2", "q3", "q4")

ACTIVITIES = Table(
    name="activities",
    file="activities.csv",
    title_nl="Activiteiten op het kwadrantenmodel",
    title_en="Activities on the quadrant model",
    desc_nl="Leeractiviteiten en leervormen geplaatst op het model van hybride leeromgevingen, met de reden.",
    desc_en="Learning activities and learning forms placed on the hybrid learning environment model, with the reason.",
    last_checked="2026-11-29",
    sources=("https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens",
             "https://husite.nl/ruimtevoorwendbaarvakmanschap/hybride-leeromgevingen/",
             "https://doi.org/10.1787/5k97785xwdvf-en"),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel, ook in URL's.", "Stable key, also in URLs.", required=True,
           unique=True, pattern=ID_PATTERN),
        _c("kind", "str", "Soort", "Kind", "activity (aan te vinken) of form (een leervorm als geheel).",
           "activity (can be ticked) or form (a learning form as a whole).", required=True,
           allowed=("activity", "form")),
        _c("name_nl", "str", "Naam (NL)", "Name (NL)", "Naam in het Nederlands.", "Name in Dutch.", required=True),
        _c("name_en", "str", "Naam (EN)", "Name (EN)", "Naam in het Engels.", "Name in English.", required=True),
        _c("quadrants", "list", "Kwadranten", "Quadrants",
           "q1 geconstrueerd verwerven, q2 realistisch verwerven, q3 geconstrueerd deelnemen, q4 realistisch deelnemen.",
           "q1 constructed acquisition, q2 realistic acquisition, q3 constructed participation, q4 realistic participation.",
           required=True, allowed=QUADRANT_IDS),
        _c("x", "float", "x", "x", "-1 geconstrueerd … +1 realistisch.", "-1 constructed … +1 realistic.",
           required=True, min=-1, max=1),
        _c("y", "float", "y", "y", "-1 deelnemen … +1 verwerven.", "-1 participation … +1 acquisition.",
           required=True, min=-1, max=1),
        _c("rationale_nl", "str", "Reden (NL)", "Rationale (NL)", "Waarom hier geplaatst.", "Why placed here.",
           required=True),
        _c("rationale_en", "str", "Reden (EN)", "Rationale (EN)", "Waarom hier geplaatst (Engels).",
           "Why placed here (English).", required=True),
        _c("form_id", "str", "Leervorm", "Learning form", "Verwante leervorm (ID).", "Related learning form (ID).",
           references="learning_forms.id"),
        _c("typical_for", "list", "Typisch voor", "Typical of", "Leervormen waarin deze activiteit typisch is.",
           "Learning forms in which this activity is typical.", references="learning_forms.id"),
        _c("source_url", "url", "Bron", "Source", "Bron.", "Source.", required=True, pattern=URL_PATTERN),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (LEARNING_FORMS, SCHOOLS, PROEFTUINEN, GLOSSARY, ACTIVITIES)}


@cache
def pandera_schema(table_name: str) -> pa.DataFrameSchema:
    """Column-level checks for a table whose values have already been parsed to their types."""
    table = TABLES[table_name]
    columns = {}
    for col in table.columns:
        checks = []
        if col.kind in ("str", "url"):
            dtype = "string"
            if col.allowed:
                checks.append(pa.Check.isin(list(col.allowed)))
            if col.pattern:
                checks.append(pa.Check.str_matches(col.pattern))
        elif col.kind == "int":
            dtype = "Int64"
        elif col.kind == "float":
            dtype = "Float64"
        elif col.kind == "bool":
            dtype = "boolean"
        else:  # list: a tuple of strings per cell, checked item by item in data.py
            dtype = None
        if col.kind in ("int", "float") and (col.min is not None or col.max is not None):
            checks.append(pa.Check.in_range(col.min, col.max))
        columns[col.name] = pa.Column(dtype, checks=checks, nullable=not col.required, unique=col.unique,
                                      required=True)
    return pa.DataFrameSchema(columns, strict=False, ordered=False)


def _pattern_text(pattern: str) -> str:
    if pattern == ID_PATTERN:
        return "lowercase letters, digits and hyphens (e.g. vl-duaal-leren)"
    if pattern == URL_PATTERN:
        return "a web address starting with http:// or https://"
    return f"text matching {pattern}"
