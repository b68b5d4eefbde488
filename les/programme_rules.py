"""How an official programme record becomes a row of programmes.csv: its learning form, EQF level, sector
and LES pilot. Written rules, never a guess: where no rule decides, the field stays empty and the row says
which rule left it so (`learning_form_rule`). tests/test_programme_rules.py holds the rules to examples.

The rule codes and their explanations (RULES) feed the data dictionary on *Over de data* and data/README.md.
"""

from __future__ import annotations

import re

# learning_form_rule: code -> (learning form it gives or None, explanation nl, explanation en)
RULES: dict[str, tuple[str | None, str, str]] = {
    "vl-duaal": ("vl-duaal-leren",
                 "Vlaams aanbod: de richting heeft de vlag duaal in het officiële onderwijsaanbod.",
                 "Flemish offer: the programme carries the duaal flag in the official education offer."),
    "vl-school": (None,
                  "Vlaams secundair aanbod zonder vlag duaal: een schoolse richting (stages kunnen, maar geen regel "
                  "kent er een leervorm uit de tabel aan toe).",
                  "Flemish secondary offer without the duaal flag: a school-based programme (placements are "
                  "possible, but no rule assigns it a form of the table)."),
    "vl-hbo5": (None,
                "HBO5 (hoger beroepsonderwijs) aan een secundaire school: geen graduaat (dat geven hogescholen sinds "
                "2019-2020), en de bron zegt niet hoe het werkplekleren er loopt.",
                "HBO5 (higher vocational education) at a secondary school: not a graduaat (university colleges "
                "give those since 2019-2020), and the source does not say how its workplace learning runs."),
    "nl-vorm-duaal": ("nl-duale-studie",
                      "DUO: het hoger-onderwijsprogramma wordt aangeboden in de vorm DUAAL.",
                      "DUO: the higher-education programme is offered in the form DUAAL."),
    "nl-associate-degree": ("nl-associate-degree",
                            "DUO: een associate degree (niveau HBO-AD), voltijd of deeltijd.",
                            "DUO: an associate degree (level HBO-AD), full or part time."),
    "nl-mbo-bol": ("nl-mbo-bol", "Mbo: de leerweg is BOL (beroepsopleidende leerweg).",
                   "Mbo: the learning route is BOL (school-based pathway)."),
    "nl-mbo-bbl": ("nl-mbo-bbl", "Mbo: de leerweg is BBL (beroepsbegeleidende leerweg).",
                   "Mbo: the learning route is BBL (work-based pathway)."),
    "nl-ho-other": (None,
                    "DUO: een bachelor of master in voltijd of deeltijd; stages horen bij veel opleidingen, maar de "
                    "bron geeft geen leervorm uit de tabel.",
                    "DUO: a full- or part-time bachelor or master; many include internships, but the source gives "
                    "no form of the table."),
    "curated": (None, "Handmatig toegevoegde rij: de leervorm staat er met de eigen bron van de rij.",
                "Hand-curated row: the learning form comes with the row's own source."),
}

# Sector: the dashboard's vocabulary (techniek, zorg) and "overig" for everything else, so that a count of
# all programmes is honest. Decided on the programme's name, words first that would otherwise mislead
# ("haarverzorging" is no health care; "maatschappij en welzijn" is no care programme of its own).
NOT_CARE = ("haarverzorging", "schoonheidsverzorging", "haar- en schoonheid", "dierenzorg", "sportverzorging",
            "lichaamsverzorging", "textielverzorging", "confectie en textielverzorging")
CARE = ("verpleeg", "zorgkundig", "zorg en welzijn", "basiszorg", "gezondheidszorg", "gezondheid", "kinderzorg",
        "ouderenzorg", "jeugd- en gehandicaptenzorg", "thuis- en bejaardenzorg", "verzorgende", "verzorging",
        "zorgtechn", "nursing", "health care", "healthcare", "fysiotherap", "ergotherap", "vroedkunde", "verloskunde",
        "mondzorg", "medisch", "farmac", "apothek", "assistentie in wonen, zorg", "zorg")
TECH = ("techniek", "technieken", "technisch", "technologie", "technology", "engineering", "elektr", "mechani",
        "werktuigbouw", "bouwkunde", "bouw", "hout", "metaal", "lassen", "constructie", "auto", "voertuig",
        "koel", "klimaat", "installatie", "chemi", "informatica", "ict", "stem", "data", "netwerk", "programmeren",
        "applicatie", "industri", "onderhoud", "vliegtuig", "luchtvaart", "maritiem", "scheeps", "energie",
        "built environment", "civiele", "robot", "automatisering", "elektronica", "digital", "logistics engineering",
        "schilderwerk", "dakwerk", "sanitair", "verwarming", "glas", "drukwerk", "grafische", "internet of things",
        "mens en techniek")


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(w)}", text) for w in words)


def sector_for(name: str) -> str:
    """techniek, zorg or overig, from the programme's (official or own) name."""
    text = name.casefold()
    if _has(text, CARE) and not _has(text, NOT_CARE):
        return "zorg"
    if _has(text, TECH):
        return "techniek"
    return "overig"


def vl_learning_form(programme: dict) -> tuple[str | None, str]:
    if programme.get("duaal"):
        return "vl-duaal-leren", "vl-duaal"
    if programme.get("onderwijsvorm") == "HBO":
        return None, "vl-hbo5"
    return None, "vl-school"


def vl_eqf(programme: dict) -> int | None:
    """The EQF level of the qualification a Flemish programme leads to, where its record says enough: HBO5 is
    level 5; the third grade of ASO, TSO and KSO, and a seventh year, lead to the secondary diploma (4); the
    third grade of BSO to a BSO certificate (3). Earlier grades, reception classes and the like lead to no
    qualification of their own: empty. (Levels of the Flemish qualifications framework, per Nuffic.)"""
    vorm, graad, name = programme.get("onderwijsvorm") or "", programme.get("graad") or "", programme.get("naam") or ""
    if vorm == "HBO":
        return 5
    if re.match(r"\s*7(e|de|ste)?\s+(leer)?jaar", name, flags=re.I) or vorm == "7DE":
        return 4
    if graad == "Derde graad":
        if vorm in ("ASO", "TSO", "KSO"):
            return 4
        if vorm == "BSO":
            return 3
    return None


def vl_institution_type(onderwijsvormen: list[str], names: list[str]) -> str:
    if onderwijsvormen and all(v == "HBO" for v in onderwijsvormen):
        return "hbo5"
    if any(re.search(r"\bCDO\b|deeltijds onderwijs", n, flags=re.I) for n in names):
        return "cdo"
    return "secundair"


def ho_learning_form(vorm: str, niveau: str) -> tuple[str | None, str]:
    if vorm == "DUAAL":
        return "nl-duale-studie", "nl-vorm-duaal"
    if niveau == "HBO-AD":
        return "nl-associate-degree", "nl-associate-degree"
    return None, "nl-ho-other"


def mbo_learning_form(leerweg: str) -> tuple[str | None, str]:
    """An mbo programme's learning route, as DUO and KiesMBO name it (BOL, BOLVT, BOLDT, BBL), decides its form.
    No public source used here gives mbo programmes per location yet; the rule is ready for one that does."""
    route = (leerweg or "").strip().upper()
    if route.startswith("BBL"):
        return "nl-mbo-bbl", "nl-mbo-bbl"
    if route.startswith("BOL"):
        return "nl-mbo-bol", "nl-mbo-bol"
    raise ValueError(f"unknown mbo learning route: {leerweg!r}")


def ho_enrolment_open(row: dict, as_of: str) -> bool | None:
    """False when DUO gives a last intake date before the date of the extract; otherwise unknown (DUO does
    not say whether a programme still takes students)."""
    last = row.get("LAATSTE_INSTROOMDATUM") or ""
    return False if last and last < as_of else None


# LES pilots (proeftuinen.csv), matched on the programme's name and level
PILOT_RULES: dict[str, tuple[str, str]] = {
    "verpleegkunde": ("Naam bevat ‘verpleegkunde’ of ‘verpleegkundige’, op EQF 4 (mbo 4) of als HBO5.",
                      "Name contains ‘verpleegkunde’ or ‘verpleegkundige’, at EQF 4 (mbo 4) or as HBO5."),
    "mechanica": ("Naam bevat ‘mechanica’ of ‘mechanische’, op EQF 4.",
                  "Name contains ‘mechanica’ or ‘mechanische’, at EQF 4."),
    "computeroperator": ("Naam bevat ‘computeroperator’.", "Name contains ‘computeroperator’."),
    "systeem-netwerkbeheer": ("Naam bevat ‘netwerkbeheer’ of ‘systeem- en netwerk’, op EQF 5.",
                              "Name contains ‘netwerkbeheer’ or ‘systeem- en netwerk’, at EQF 5."),
    "iot": ("Naam bevat ‘internet of things’ of ‘IoT’, op EQF 5.", "Name contains ‘internet of things’ or ‘IoT’, at EQF 5."),
}


def proeftuin_for(name: str, eqf: int | None, level: str = "") -> str | None:
    text = name.casefold()
    if re.search(r"verpleegkund", text) and (eqf == 4 or level == "HBO") and "bachelor" not in text:
        return "verpleegkunde"
    if re.search(r"mechanica|mechanische", text) and eqf == 4:
        return "mechanica"
    if "computeroperator" in text:
        return "computeroperator"
    if re.search(r"netwerkbeheer|systeem- en netwerk", text) and eqf == 5:
        return "systeem-netwerkbeheer"
    if re.search(r"internet of things|(?<![a-z])iot(?![a-z])", text) and eqf == 5:
        return "iot"
    return None
