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
    # (value column, system column, {system: regex}): the value's format depends on the row's system
    formats_by: tuple[str, str, dict] | None = None

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
           "Laagste waarde van het aandeel van de leertijd op de werkplek, in procent, van de soort in "
           "workplace_share_kind (een typisch bereik is geen grens). Elk cijfer met zijn soort en bron staat in "
           "form_figures.csv.",
           "Lowest value of the share of learning time at the workplace, in percent, of the kind in "
           "workplace_share_kind (a typical range is no bound). Every figure with its kind and source is in "
           "form_figures.csv.", min=0, max=100, unit="%"),
        _c("workplace_share_max", "float", "Werkplek % max", "Workplace % max",
           "Hoogste waarde van dat aandeel, in procent (leeg: 'minstens', geen hoogste waarde bekend).",
           "Highest value of that share, in percent (empty: 'at least', no highest value known).",
           min=0, max=100, unit="%"),
        _c("workplace_share_kind", "str", "Soort aandeel", "Kind of share",
           "Wat voor cijfer workplace_share_min/max is: typical (zoals de LES-pagina of een school het geeft), "
           "computed (berekend uit typische dagen of uren) of legal_minimum (wettelijk minimum).",
           "What kind of figure workplace_share_min/max is: typical (as the LES page or a school gives it), "
           "computed (from typical days or hours) or legal_minimum (a legal minimum).", allowed=("typical",
           "computed", "legal_minimum")),
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
    desc_nl="Eén rij per campus (een plaats) in en rond de Euregio Scheldemond. Wat er onderwezen wordt, staat in "
            "programmes.csv; de sectoren, EQF-niveaus en leervormen van een campus op de kaart komen daaruit. "
            "Geschreven door scripts/build_data.py uit de officiële records (data/sources/).",
    desc_en="One row per campus (a place) in and around the Euregio Scheldemond. What is taught there is in "
            "programmes.csv; a campus's sectors, EQF levels and learning forms on the map come from it. Written by "
            "scripts/build_data.py from the official records (data/sources/).",
    last_checked="2026-12-01",
    in_region=True,
    sources=(
        "https://data-onderwijs.vlaanderen.be/onderwijsaanbod (Flemish education offer, location records; copy: "
        "https://github.com/stefanbckn/Zoek-je-school/blob/02ed64e5eeb40292ee11d6d0895ed4a2f7e2d5ce/public/data/"
        "vestigingen.json)",
        "https://onderwijsdata.duo.nl (DUO, offered higher-education programmes per location; copy: "
        "https://github.com/NavidMohamadi/Launchino/blob/cae24c3cf6b1de3a26abd3506d0ae7aa73fc1926/data/reference/"
        "duo_ho_opleidingsoverzicht.csv)",
        "https://github.com/onderwijsin/navigator-data-generator/tree/262d7d4db741ac2b90e5807aae46603bac15a4c3/output "
        "(KiesMBO and HOVI locations of Dutch mbo and hbo institutions, with geocodes of their addresses)",
    ),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel.", "Stable key.", required=True, unique=True,
           pattern=ID_PATTERN),
        _c("name", "str", "Naam", "Name", "Instelling(en) en campus.", "Institution(s) and campus.", required=True),
        _c("institution", "str", "Instelling", "Institution", "De instelling(en) op deze plaats, zoals het record ze "
           "noemt; meerdere gescheiden door ';'.", "The institution(s) at this place, as the record names them; "
           "several separated by ';'.", required=True),
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
        _c("website", "url", "Website", "Website", "Website van de instelling of locatie.",
           "Website of the institution or location.", pattern=URL_PATTERN),
        _c("source_url", "url", "Bron", "Source", "Het officiële record (of de pagina) dat deze instelling op dit adres "
           "noemt.", "The official record (or page) that names this institution at this address.", required=True,
           pattern=URL_PATTERN),
        _c("source_record", "str", "Bronrecord", "Source record", "Welk record precies: repository, pad, commit en "
           "sleutel, of URL en datum.", "Which record exactly: repository, path, commit and key, or URL and date.",
           required=True),
        _c("coord_source", "str", "Bron coördinaten", "Coordinate source",
           "Waar de coördinaten vandaan komen: het openbare record (URL en naam) dat ze bij dit adres geeft.",
           "Where the coordinates come from: the public record (URL and name) that gives them for this address.",
           required=True),
    ),
)

CODE_SYSTEMS = ("vl-ag", "croho", "crebo")
CODE_PATTERNS = {"vl-ag": r"^\d{1,6}$", "croho": r"^\d{5}$", "crebo": r"^\d{5}$"}
PROGRAMME_SECTORS = SECTORS + ("overig",)

PROGRAMMES = Table(
    name="programmes",
    file="programmes.csv",
    title_nl="Opleidingen",
    title_en="Programmes",
    desc_nl="Eén rij per opleiding op een campus, aan beide kanten van de grens, uit het officiële aanbod "
            "(Vlaams onderwijsaanbod, DUO). Leervorm, EQF-niveau, sector en proeftuin volgen geschreven regels "
            "(les/programme_rules.py). Geschreven door scripts/build_data.py.",
    desc_en="One row per programme at a campus, on both sides of the border, from the official offer (Flemish "
            "education offer, DUO). Learning form, EQF level, sector and pilot follow written rules "
            "(les/programme_rules.py). Written by scripts/build_data.py.",
    last_checked="2026-12-01",
    sources=SCHOOLS.sources[:2],
    formats_by=("code", "code_system", CODE_PATTERNS),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel (uit de sleutel van het bronrecord).",
           "Stable key (from the source record's key).", required=True, unique=True, pattern=ID_PATTERN),
        _c("school_id", "str", "Campus", "Campus", "De campus (schools.csv).", "The campus (schools.csv).",
           required=True, references="schools.id"),
        _c("name", "str", "Opleiding", "Programme", "Officiële naam.", "Official name.", required=True),
        _c("name_own", "str", "Eigen naam", "Own name", "De naam die de instelling zelf gebruikt, waar die afwijkt.",
           "The name the institution itself uses, where it differs."),
        _c("code", "str", "Code", "Code", "Officiële code in het codesysteem van de volgende kolom.",
           "Official code, in the code system of the next column.", required=True),
        _c("code_system", "str", "Codesysteem", "Code system",
           "vl-ag: code van de administratieve groep in het Vlaamse onderwijsaanbod; croho: ISAT-code van het "
           "Centraal Register Opleidingen Hoger Onderwijs; crebo: kwalificatiecode van het mbo.",
           "vl-ag: administrative-group code of the Flemish education offer; croho: ISAT code of the Dutch "
           "register of higher-education programmes; crebo: mbo qualification code.", required=True,
           allowed=CODE_SYSTEMS),
        _c("source_level", "str", "Niveau (bron)", "Level (source)", "Het niveau zoals de bron het geeft (graad, "
           "onderwijsvorm, finaliteit; of DUO's niveau).", "The level as the source gives it (grade, kind of "
           "education, aim; or DUO's level)."),
        _c("source_form", "str", "Vorm (bron)", "Form (source)", "De vorm zoals de bron ze geeft (duaal; voltijd, "
           "deeltijd, duaal).", "The form as the source gives it (duaal; full-time, part-time, dual)."),
        _c("learning_form_id", "str", "Leervorm", "Learning form", "Leervorm (learning_forms.csv) volgens de regel "
           "van de volgende kolom; leeg als geen regel beslist.", "Learning form (learning_forms.csv) by the rule "
           "in the next column; empty where no rule decides.", references="learning_forms.id"),
        _c("learning_form_rule", "str", "Regel leervorm", "Learning-form rule", "Welke regel de leervorm gaf of "
           "leeg liet (uitleg in de woordenlijst hieronder).", "Which rule gave the learning form or left it "
           "empty (explained below).", required=True, allowed=("vl-duaal", "vl-school", "vl-hbo5", "nl-vorm-duaal",
                                                                 "nl-associate-degree", "nl-mbo-bol", "nl-mbo-bbl",
                                                                 "nl-ho-other", "curated")),
        _c("eqf", "int", "EQF", "EQF", "EQF-niveau van de kwalificatie waartoe de opleiding leidt; leeg als de bron "
           "het niet zegt.", "EQF level of the qualification the programme leads to; empty where the source does "
           "not say.", min=1, max=8),
        _c("sector", "str", "Sector", "Sector", "techniek, zorg, of overig (al het andere), volgens de naam.",
           "techniek, zorg, or overig (everything else), by the name.", required=True, allowed=PROGRAMME_SECTORS),
        _c("enrolment_open", "bool", "Inschrijving open", "Enrolment open", "Volgens de bron; leeg: onbekend.",
           "According to the source; empty: unknown."),
        _c("proeftuin_id", "str", "LES-proeftuin", "LES pilot", "De proeftuin (proeftuinen.csv) waartoe de opleiding "
           "hoort, volgens de regels in les/programme_rules.py.", "The pilot (proeftuinen.csv) the programme belongs "
           "to, by the rules in les/programme_rules.py.", references="proeftuinen.id"),
        _c("source_url", "url", "Bron", "Source", "Het officiële record of de pagina.", "The official record or page.",
           required=True, pattern=URL_PATTERN),
        _c("source_record", "str", "Bronrecord", "Source record", "Welk record precies: repository, pad, commit en "
           "sleutel.", "Which record exactly: repository, path, commit and key.", required=True),
    ),
)

COVERAGE = Table(
    name="coverage",
    file="coverage.csv",
    title_nl="Dekking per bron",
    title_en="Coverage per source",
    desc_nl="Hoeveel van wat een bron bevat op de kaart staat, per provincie: geteld door scripts/build_data.py.",
    desc_en="How much of what a source holds is on the map, per province: counted by scripts/build_data.py.",
    last_checked="2026-12-01",
    sources=SCHOOLS.sources,
    columns=(
        _c("source", "str", "Bron", "Source", "De bron (data/sources/SOURCES.csv).", "The source (data/sources/SOURCES.csv).",
           required=True, allowed=("vl_onderwijsaanbod", "duo_ho", "hovi", "kiesmbo")),
        _c("country", "str", "Land", "Country", "BE of NL.", "BE or NL.", required=True, allowed=COUNTRIES),
        _c("province", "str", "Provincie", "Province", "Provincie; leeg: alle.", "Province; empty: all.",
           allowed=PROVINCES),
        _c("measure", "str", "Wat", "What", "Wat geteld wordt.", "What is counted.", required=True,
           allowed=("campus_records", "campuses_with_duaal", "campuses_with_hbo5", "duaal_programmes",
                    "offered_programmes", "hbo_locations", "mbo_locations")),
        _c("in_source", "int", "In de bron", "In the source", "Aantal in de bron (in de regio).",
           "Number in the source (in the region).", required=True, min=0),
        _c("on_map", "int", "Op de kaart", "On the map", "Aantal daarvan op de kaart.", "How many of them are on the map.",
           required=True, min=0),
        _c("note", "str", "Toelichting (EN)", "Note (EN)", "Wat ontbreekt en waarom, in het Engels.",
           "What is missing and why, in English."),
        _c("note_nl", "str", "Toelichting (NL)", "Note (NL)", "Wat ontbreekt en waarom, in het Nederlands.",
           "What is missing and why, in Dutch."),
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

FIGURE_KINDS = ("legal_minimum", "legal", "typical", "computed")
FIGURE_MEASURES = ("workplace_share", "workplace_days", "school_days", "workplace_hours", "school_hours",
                   "total_hours", "duration", "study_load", "min_age", "max_age")
FIGURE_UNITS = ("percent", "days_per_week", "hours_per_week", "hours_per_year", "years", "study_points", "age")

FORM_FIGURES = Table(
    name="form_figures",
    file="form_figures.csv",
    title_nl="Cijfers per leervorm",
    title_en="Figures per learning form",
    desc_nl=("Elk cijfer over tijd op de werkplek, uren, duur en leeftijd, met de soort cijfer die het is: "
             "legal_minimum (een minimum uit wet, decreet of de officiële regels: 'minstens'), legal (een waarde of "
             "bereik uit wet of regels), typical (typisch, zoals de LES-pagina, een school of een gids het beschrijft: "
             "geen grens) of computed (berekend uit andere cijfers; de berekening staat in basis). Met de woorden "
             "van de bron en, waar de LES-pagina over hetzelfde cijfer spreekt, haar woorden."),
    desc_en=("Every figure about time at the workplace, hours, duration and age, with the kind of figure it is: "
             "legal_minimum (a minimum set by law, decree or the official rules: 'at least'), legal (a value or "
             "range set by law or the rules), typical (as the LES page, a school or a guide describes it: no bound) "
             "or computed (from other figures; the computation is in basis). With the source's own words and, where "
             "the LES page speaks of the same figure, its words."),
    last_checked="2026-12-01",
    sources=(
        "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens",
        "https://wetten.overheid.nl/BWBR0007625",
        "https://www.onderwijskiezer.be/v2/secundair/sec_dbso.php",
        "https://onderwijs.vlaanderen.be/nl/deeltijds-beroepssecundair-onderwijs",
    ),
    ordered_pairs=(("value_min", "value_max"),),
    columns=(
        _c("id", "str", "ID", "ID", "Stabiele sleutel.", "Stable key.", required=True, unique=True,
           pattern=ID_PATTERN),
        _c("form_id", "str", "Leervorm", "Learning form", "De leervorm (learning_forms.csv).",
           "The learning form (learning_forms.csv).", required=True, references="learning_forms.id"),
        _c("measure", "str", "Grootheid", "Measure", "Wat het cijfer meet.", "What the figure measures.",
           required=True, allowed=FIGURE_MEASURES),
        _c("kind", "str", "Soort", "Kind", "legal_minimum, legal, typical of computed.",
           "legal_minimum, legal, typical or computed.", required=True, allowed=FIGURE_KINDS),
        _c("value_min", "float", "Waarde (laag)", "Value (low)", "De (laagste) waarde.", "The (lowest) value.",
           required=True, min=0, max=10000),
        _c("value_max", "float", "Waarde (hoog)", "Value (high)",
           "De hoogste waarde; leeg bij een minimum ('minstens').", "The highest value; empty for a minimum "
           "('at least').", min=0, max=10000),
        _c("unit", "str", "Eenheid", "Unit", "Eenheid van de waarde.", "Unit of the value.", required=True,
           allowed=FIGURE_UNITS),
        _c("computed_from", "list", "Berekend uit", "Computed from",
           "Bij computed: de cijfers (ID's) of het artikel waaruit het berekend is.",
           "For computed: the figures (IDs) or the article it is computed from."),
        _c("basis_nl", "str", "Toelichting (NL)", "Basis (NL)", "Wat het cijfer zegt en hoe het berekend is.",
           "What the figure says and how it is computed, in Dutch.", required=True),
        _c("basis_en", "str", "Toelichting (EN)", "Basis (EN)", "Hetzelfde in het Engels.", "The same in English.",
           required=True),
        _c("quote", "str", "Woorden van de bron", "Source's words", "De woorden van de bron (source_url).",
           "The words of the source (source_url).", required=True),
        _c("les_quote", "str", "Woorden van de LES-pagina", "LES page's words",
           "De woorden van de LES-pagina over hetzelfde cijfer, als de bron een andere is.",
           "The LES page's words about the same figure, where the source is another."),
        _c("source_url", "url", "Bron", "Source", "Bron van het cijfer.", "Source of the figure.", required=True,
           pattern=URL_PATTERN),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (LEARNING_FORMS, SCHOOLS, PROGRAMMES, PROEFTUINEN, GLOSSARY,
                                                  ACTIVITIES, COVERAGE, FORM_FIGURES)}


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
        if col.kind in ("int", "float") and col.min is not None and col.max is not None:
            checks.append(pa.Check.in_range(col.min, col.max))
        elif col.kind in ("int", "float") and col.min is not None:
            checks.append(pa.Check.in_range(col.min, float("inf")))
        elif col.kind in ("int", "float") and col.max is not None:
            checks.append(pa.Check.in_range(float("-inf"), col.max))
        columns[col.name] = pa.Column(dtype, checks=checks, nullable=not col.required, unique=col.unique,
                                      required=True)
    return pa.DataFrameSchema(columns, strict=False, ordered=False)


def _pattern_text(pattern: str) -> str:
    if pattern == ID_PATTERN:
        return "lowercase letters, digits and hyphens (e.g. vl-duaal-leren)"
    if pattern == URL_PATTERN:
        return "a web address starting with http:// or https://"
    return f"text matching {pattern}"
