"""Writes data/learning_forms.csv from the facts below.

Kept as a script so every value sits next to the sentence of the source it comes from; run it
after editing (python scripts/make_learning_forms.py). The CSV is the data; this is its provenance.
"""

import csv
from pathlib import Path

SEED = "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens"
CEDEFOP_DUAL = "https://www.cedefop.europa.eu/en/tools/apprenticeship-schemes/scheme-fiches/dual-learning-upper-secondary-level"
CEDEFOP_DUAL_TIMELINE = "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28004"
NUFFIC_NL = "https://www.nuffic.nl/onderwijssystemen/nederland/overzicht-nederlandse-diplomas"
NUFFIC_VL = "https://www.nuffic.nl/onderwijssystemen/belgie-vlaamstalige-regio/kwalificatieraamwerk"

COLUMNS = [
    "id", "country", "name_nl", "name_en", "formality", "education_level", "eqf_min", "eqf_max",
    "workplace_share_min", "workplace_share_max", "workplace_days_min", "workplace_days_max",
    "school_days_min", "school_days_max", "hours_per_week_min", "duration_years_min",
    "duration_years_max", "pay_type", "pay_condition_nl", "pay_condition_en", "min_age",
    "free_until_age", "contract_required", "legally_regulated", "workplace_learning_required",
    "counterpart_ids", "false_friend_ids", "status", "status_note", "status_note_nl",
    "status_source_url", "description_nl", "description_en", "source_url", "other_source_urls",
    "source_note", "source_note_nl",
]

PHASED_OUT_EN = ("Cedefop's scheme fiche (version 2026): dual learning gradually phased out Leertijd and "
                 "part-time vocational secondary education; since 2024/25 dual learning is the only active "
                 "apprenticeship scheme in Flanders.")
PHASED_OUT_NL = ("Volgens de Cedefop-fiche (versie 2026) heeft duaal leren de leertijd en het deeltijds "
                 "beroepssecundair onderwijs geleidelijk uitgefaseerd; sinds 2024-2025 is duaal leren het "
                 "enige actieve leerlingwezen in Vlaanderen.")

ROWS = [
    dict(
        id="vl-dbso", country="BE", name_nl="Deeltijds beroepssecundair onderwijs (DBSO)",
        name_en="Part-time vocational secondary education (DBSO)", formality="formal",
        education_level="secondary", workplace_share_min=60, workplace_share_max=60,
        workplace_days_min=3, workplace_days_max=3, school_days_min=2, school_days_max=2,
        hours_per_week_min=28, pay_type="wage;learning_allowance",
        pay_condition_nl="Loon of leervergoeding, afhankelijk van het soort overeenkomst.",
        pay_condition_en="A wage or a learning allowance, depending on the kind of agreement.",
        legally_regulated="true", workplace_learning_required="true",
        status="phased_out", status_note=PHASED_OUT_EN, status_note_nl=PHASED_OUT_NL,
        status_source_url=CEDEFOP_DUAL,
        description_nl=("Voor jongeren die niet langer voltijds op de schoolbanken willen zitten. Aangeboden door "
                        "een centrum voor deeltijds onderwijs (CDO). Een voltijdse opleiding van minimum 28 uur "
                        "per week: twee dagen per week les in het CDO en drie dagen per week werken in een onderneming."),
        description_en=("For young people who no longer want to attend school full time. Offered by a centre for "
                        "part-time education (CDO). A full-time programme of at least 28 hours a week: two days a "
                        "week of classes at the CDO and three days a week of work in a company."),
        source_url=SEED, other_source_urls=CEDEFOP_DUAL,
        source_note=("Days, hours and pay: LES page. Workplace share 60 % = 3 of the 5 days a week (computed from the LES "
                     "page's days). Status: Cedefop scheme fiche (version 2026)."),
        source_note_nl=("Dagen, uren en vergoeding: LES-pagina. Aandeel werkplek 60 % = 3 van de 5 dagen per week "
                        "(berekend uit de dagen op de LES-pagina). Status: Cedefop-fiche (versie 2026)."),
    ),
    dict(
        id="vl-leertijd", country="BE", name_nl="Leertijd (Syntra)", name_en="Apprenticeship 'leertijd' (Syntra)",
        formality="formal", education_level="secondary", workplace_share_min=80, workplace_share_max=80,
        workplace_days_min=4, workplace_days_max=4, school_days_min=1, school_days_max=1,
        hours_per_week_min=28, pay_type="wage;learning_allowance",
        pay_condition_nl="Loon of leervergoeding, afhankelijk van het soort overeenkomst.",
        pay_condition_en="A wage or a learning allowance, depending on the kind of agreement.",
        contract_required="true", legally_regulated="true", workplace_learning_required="true",
        status="phased_out", status_note=PHASED_OUT_EN, status_note_nl=PHASED_OUT_NL,
        status_source_url=CEDEFOP_DUAL,
        description_nl=("Georganiseerd door een SYNTRA-opleidingscentrum. Jongeren kunnen pas starten nadat ze een "
                        "overeenkomst met een onderneming hebben afgesloten. Een voltijdse opleiding van minimum 28 "
                        "uur per week: 1 dag per week les op een SYNTRA-lesplaats en 4 dagen per week werken in een onderneming."),
        description_en=("Organised by a SYNTRA training centre. Young people can only start after signing an "
                        "agreement with a company. A full-time programme of at least 28 hours a week: 1 day a week "
                        "of classes at a SYNTRA site and 4 days a week of work in a company."),
        source_url=SEED, other_source_urls=CEDEFOP_DUAL,
        source_note=("Days, hours, agreement and pay: LES page. Workplace share 80 % = 4 of the 5 days a week (computed "
                     "from the LES page's days). Status: Cedefop scheme fiche (version 2026)."),
        source_note_nl=("Dagen, uren, overeenkomst en vergoeding: LES-pagina. Aandeel werkplek 80 % = 4 van de 5 dagen "
                        "per week (berekend uit de dagen op de LES-pagina). Status: Cedefop-fiche (versie 2026)."),
    ),
    dict(
        id="vl-duaal-leren", country="BE", name_nl="Duaal leren", name_en="Dual learning (duaal leren)",
        formality="formal", education_level="secondary", eqf_min=3, eqf_max=4,
        workplace_share_min=40, workplace_share_max=60, workplace_days_min=2, workplace_days_max=3,
        pay_type="learning_allowance",
        pay_condition_nl="Een leervergoeding voor jongeren die meer dan 20 uur per week op de werkplek leren.",
        pay_condition_en="A learning allowance for young people who learn more than 20 hours a week at the workplace.",
        contract_required="true", legally_regulated="true", workplace_learning_required="true",
        false_friend_ids="nl-duale-studie", status="active",
        status_note="Since 2024/25 the only active apprenticeship scheme in Flanders (Cedefop scheme fiche, version 2026).",
        status_note_nl="Sinds 2024-2025 het enige actieve leerlingwezen in Vlaanderen (Cedefop-fiche, versie 2026).",
        status_source_url=CEDEFOP_DUAL,
        description_nl=("Een relatief nieuwe vorm van werkplekleren, geïntegreerd in het TSO, BSO en het buitengewoon "
                        "onderwijs, en te volgen in een Centrum voor Deeltijds Onderwijs of bij een Syntra-lesplaats. "
                        "Leerlingen verwerven vaardigheden op de werkvloer én op school: een mix van leren in een "
                        "onderneming en op school. Hoeveel dagen per week op de werkplek hangt af van de studierichting, "
                        "meestal twee tot drie dagen."),
        description_en=("A relatively new form of workplace learning, integrated in technical (TSO), vocational (BSO) "
                        "and special-needs secondary education, and available at a centre for part-time education or a "
                        "Syntra site. Learners acquire skills on the shop floor and at school: a mix of learning in a "
                        "company and at school. How many days a week at the workplace depends on the field of study, "
                        "mostly two to three days."),
        source_url=SEED, other_source_urls=";".join([CEDEFOP_DUAL, CEDEFOP_DUAL_TIMELINE, NUFFIC_VL]),
        source_note=("Days and allowance: LES page. Workplace share 40-60 % = 2 to 3 of the 5 days a week (computed "
                     "from the LES page's days). Contract: Cedefop VET policy timeline. EQF 3-4: Flemish "
                     "qualifications framework levels of the secondary qualifications it leads to (3: BSO certificate, "
                     "4: secondary diploma), per Nuffic. Status: Cedefop fiche 2026."),
        source_note_nl=("Dagen en vergoeding: LES-pagina. Aandeel werkplek 40-60 % = 2 tot 3 van de 5 dagen per week "
                        "(berekend uit de dagen op de LES-pagina). Overeenkomst: Cedefop-tijdlijn van het "
                        "beroepsonderwijsbeleid. EQF 3-4: niveaus in de Vlaamse kwalificatiestructuur van de "
                        "secundaire kwalificaties waartoe het leidt (3: getuigschrift BSO, 4: diploma secundair "
                        "onderwijs), volgens Nuffic. Status: Cedefop-fiche 2026."),
    ),
    dict(
        id="vl-graduaat", country="BE", name_nl="Graduaatsopleiding", name_en="Graduate programme (graduaat)",
        formality="formal", education_level="higher", eqf_min=5, eqf_max=5, workplace_share_min=33.3,
        legally_regulated="true", workplace_learning_required="true",
        counterpart_ids="nl-associate-degree", status="active",
        description_nl=("Sinds academiejaar 2019-2020 verzorgen hogescholen de graduaatsopleidingen (vroeger HBO5). "
                        "Ze bereiden voor op een beroep en situeren zich net onder de professionele bachelor. "
                        "Werkplekleren omvat minimaal een derde van de totale studieomvang. Tegenhanger van de "
                        "associate degree in Nederland."),
        description_en=("Since academic year 2019-2020 university colleges run the graduate programmes (formerly HBO5). "
                        "They prepare for a profession and sit just below the professional bachelor. Workplace "
                        "learning makes up at least a third of the total study load. Counterpart of the Dutch "
                        "associate degree."),
        source_url=SEED, other_source_urls=NUFFIC_VL,
        source_note=("Workplace share (at least a third of the study load) and counterpart: LES page. EQF 5: Flemish "
                     "qualifications framework level 5 (Nuffic)."),
        source_note_nl=("Aandeel werkplek (minimaal een derde van de studieomvang) en tegenhanger: LES-pagina. EQF 5: "
                        "niveau 5 van de Vlaamse kwalificatiestructuur (Nuffic)."),
    ),
    dict(
        id="vl-pact", country="BE", name_nl="Pact-opleiding (Syntra)", name_en="Pact programme (Syntra)",
        formality="formal", education_level="adult", workplace_share_min=60,
        legally_regulated="true", workplace_learning_required="true", status="active",
        description_nl=("Via pact-opleidingen kunnen verschillende beroepen aangeleerd worden. Cursisten zijn tijdens "
                        "de opleiding voor minstens 60% aan de slag in een leerbedrijf."),
        description_en=("Pact programmes teach a range of occupations. During the programme learners spend at least "
                        "60% of the time working in a learning company."),
        source_url=SEED, source_note="Workplace share (at least 60 % in a learning company): LES page.",
        source_note_nl="Aandeel werkplek (minstens 60 % in een leerbedrijf): LES-pagina.",
    ),
    dict(
        id="vl-volwassenenonderwijs", country="BE", name_nl="Volwassenenonderwijs (Vlaanderen)",
        name_en="Adult education (Flanders)", formality="formal", education_level="adult",
        legally_regulated="true", workplace_learning_required="false",
        counterpart_ids="nl-volwassenenonderwijs", status="active",
        description_nl=("Binnen het volwassenenonderwijs is werkplekleren niet wettelijk verplicht. Wel zetten "
                        "verschillende centra voor volwassenenonderwijs in op (informele vormen van) werkplekleren."),
        description_en=("In adult education workplace learning is not required by law. Several adult education "
                        "centres do use (informal forms of) workplace learning."),
        source_url=SEED, source_note="LES page.", source_note_nl="LES-pagina.",
    ),
    dict(
        id="nl-mbo-bol", country="NL", name_nl="Mbo – beroepsopleidende leerweg (BOL)",
        name_en="Mbo – school-based pathway (BOL)", formality="formal", education_level="secondary",
        eqf_min=1, eqf_max=4, workplace_share_min=20, school_days_min=5, school_days_max=5,
        pay_type="internship_allowance",
        pay_condition_nl="Het verschilt per bedrijf of een leerling een stagevergoeding ontvangt en hoe hoog die is.",
        pay_condition_en="Whether a learner receives an internship allowance, and how much, differs from company to company.",
        min_age=16, free_until_age=18, legally_regulated="true", workplace_learning_required="true",
        status="active",
        description_nl=("Een dagopleiding in het middelbaar beroepsonderwijs (vanaf 16 jaar, 4 niveaus): 5 dagen per "
                        "week naar school, met (meerdere) stages bij een erkend leerbedrijf, de beroepspraktijkvorming "
                        "(BPV). BOL-opleidingen bestaan voor minstens 20% uit stage. Kosteloos onder 18 jaar; vanaf "
                        "18 jaar betaald. Leidt tot hetzelfde diploma als de BBL."),
        description_en=("A day programme in secondary vocational education (mbo; from age 16, 4 levels): 5 days a "
                        "week at school, with (several) internships at a recognised learning company, the "
                        "beroepspraktijkvorming (BPV). At least 20% of a BOL programme is internship. Free under 18; "
                        "paid from 18. Leads to the same diploma as BBL."),
        source_url=SEED, other_source_urls=NUFFIC_NL,
        source_note=("Days, age, fees and pay: LES page. Workplace share (at least 20 % internship): LES page. EQF 1-4: "
                     "mbo levels 1-4 = NLQF/EQF 1-4 (Nuffic)."),
        source_note_nl=("Dagen, leeftijd, kosten en vergoeding: LES-pagina. Aandeel werkplek (minstens 20 % stage): "
                        "LES-pagina. EQF 1-4: mbo-niveaus 1-4 = NLQF/EQF 1-4 (Nuffic)."),
    ),
    dict(
        id="nl-mbo-bbl", country="NL", name_nl="Mbo – beroepsbegeleidende leerweg (BBL)",
        name_en="Mbo – work-based pathway (BBL)", formality="formal", education_level="secondary",
        eqf_min=1, eqf_max=4, workplace_share_min=80, workplace_share_max=80,
        workplace_days_min=4, workplace_days_max=4, school_days_min=1, school_days_max=1,
        pay_type="salary",
        pay_condition_nl="Leerlingen verdienen vaak een salaris bij het leerbedrijf.",
        pay_condition_en="Learners often earn a salary at the learning company.",
        min_age=16, free_until_age=18, legally_regulated="true", workplace_learning_required="true",
        status="active",
        description_nl=("Een combinatie van werken en leren: gemiddeld 4 dagen per week werken bij een leerbedrijf "
                        "en 1 dag naar school. Bij sommige opleidingen eerst een paar weken les en dan een paar "
                        "maanden werken. Kosteloos onder 18 jaar; vanaf 18 jaar betaald, vaak door het leerbedrijf. "
                        "Leidt tot hetzelfde diploma als de BOL."),
        description_en=("A combination of working and learning: on average 4 days a week of work at a learning "
                        "company and 1 day at school. Some programmes alternate a few weeks of classes with a few "
                        "months of work. Free under 18; paid from 18, often by the learning company. Leads to the "
                        "same diploma as BOL."),
        source_url=SEED, other_source_urls=NUFFIC_NL,
        source_note=("Days (on average), age, fees and pay: LES page. Workplace share 80 % = 4 of the 5 days a week "
                     "(computed from the LES page's average). EQF 1-4: Nuffic."),
        source_note_nl=("Dagen (gemiddeld), leeftijd, kosten en vergoeding: LES-pagina. Aandeel werkplek 80 % = 4 van de "
                        "5 dagen per week (berekend uit het gemiddelde op de LES-pagina). EQF 1-4: Nuffic."),
    ),
    dict(
        id="nl-associate-degree", country="NL", name_nl="Associate degree (hbo)", name_en="Associate degree (hbo)",
        formality="formal", education_level="higher", eqf_min=5, eqf_max=5,
        legally_regulated="true", counterpart_ids="vl-graduaat", status="active",
        description_nl=("Een associate degree bereidt studenten voor op een beroep en situeert zich net onder de "
                        "professionele bachelor. Tegenhanger van een graduaatsopleiding in Vlaanderen; ook als duale "
                        "studie te volgen."),
        description_en=("An associate degree prepares students for a profession and sits just below the professional "
                        "bachelor. Counterpart of a Flemish graduate programme (graduaat); can also be taken as a "
                        "dual study."),
        source_url=SEED, other_source_urls=NUFFIC_NL,
        source_note="LES page. EQF 5: Nuffic. The LES page gives no workplace share for the associate degree.",
        source_note_nl="LES-pagina. EQF 5: Nuffic. De LES-pagina geeft geen aandeel werkplek voor de associate degree.",
    ),
    dict(
        id="nl-duale-studie", country="NL", name_nl="Duale studie (hoger onderwijs)",
        name_en="Dual study (higher education)", formality="formal", education_level="higher",
        eqf_min=5, eqf_max=7, pay_type="salary",
        pay_condition_nl="In de periode waarin de student werkt, is hij werknemer en ontvangt hij een salaris; voor de studietijd recht op studiefinanciering.",
        pay_condition_en="While working the student is an employee and earns a salary; for the study time the student is entitled to student finance.",
        contract_required="true", legally_regulated="true", workplace_learning_required="true",
        false_friend_ids="vl-duaal-leren", status="active",
        description_nl=("Mogelijk in het hoger beroepsonderwijs (associate degree, bachelor en master) en in het "
                        "wetenschappelijk onderwijs (master). Studeren en een betaalde baan worden afgewisseld of "
                        "gecombineerd; werk en studie vullen elkaar aan. Zonder passend werk geen duale opleiding; "
                        "stage lopen is niet nodig."),
        description_en=("Possible in higher professional education (associate degree, bachelor and master) and in "
                        "university education (master). Study and a paid job alternate or are combined; work and "
                        "study complement each other. No dual programme without suitable work; no internship needed."),
        source_url=SEED, other_source_urls=NUFFIC_NL,
        source_note=("LES page. EQF 5-7: associate degree 5, bachelor 6, master 7 (Nuffic). The LES page gives no "
                     "workplace share."),
        source_note_nl=("LES-pagina. EQF 5-7: associate degree 5, bachelor 6, master 7 (Nuffic). De LES-pagina geeft "
                        "geen aandeel werkplek."),
    ),
    dict(
        id="nl-volwassenenonderwijs", country="NL", name_nl="Volwassenenonderwijs (Nederland)",
        name_en="Adult education (Netherlands)", formality="formal", education_level="adult",
        legally_regulated="true", workplace_learning_required="false",
        counterpart_ids="vl-volwassenenonderwijs", status="active",
        description_nl=("Binnen het volwassenenonderwijs is werkplekleren niet wettelijk verplicht. Wel zetten de "
                        "meeste ROC's in op (informele vormen van) werkplekleren."),
        description_en=("In adult education workplace learning is not required by law. Most regional training "
                        "centres (ROCs) do use (informal forms of) workplace learning."),
        source_url=SEED, source_note="LES page.", source_note_nl="LES-pagina.",
    ),
]

INFORMAL_NL = "Een minder intensieve, informele vorm van werkplekleren die veel scholen inrichten naast de formele systemen."
INFORMAL_EN = "A less intensive, informal form of workplace learning that many schools organise alongside the formal systems."
INFORMAL = [
    ("inf-kijk-doe-inleefstage", "Kijk-, doe- en inleefstages", "Observation, hands-on and immersion placements", ""),
    ("inf-bedrijfsbezoek", "Bedrijfsbezoeken", "Company visits", ""),
    ("inf-simulatieonderwijs", "Simulatieonderwijs", "Simulation-based education",
     ("Bijvoorbeeld via een minionderneming.", "For example through a mini-company.")),
    ("inf-contextlab", "Contextlab", "Context lab", ""),
    ("inf-gastles", "Gastlessen door een werkveldpartner", "Guest lessons by a partner from the field", ""),
    ("inf-werkveldproject", "Projecten aangeleverd, begeleid of mee beoordeeld door het werkveld",
     "Projects supplied, coached or co-assessed by the field", ""),
    ("inf-speedsolving", "Speedsolving", "Speedsolving", ""),
]
for form_id, name_nl, name_en, example in INFORMAL:
    ROWS.append(dict(
        id=form_id, country="both", name_nl=name_nl, name_en=name_en, formality="informal",
        education_level="any", legally_regulated="false", status="active",
        description_nl=INFORMAL_NL + (" " + example[0] if example else ""),
        description_en=INFORMAL_EN + (" " + example[1] if example else ""),
        source_url=SEED, source_note="Named as an example of an informal form on the LES page.",
        source_note_nl="Genoemd als voorbeeld van een informele vorm op de LES-pagina.",
    ))


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "data" / "learning_forms.csv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in ROWS:
            unknown = set(row) - set(COLUMNS)
            assert not unknown, unknown
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    print(f"wrote {len(ROWS)} rows to {out}")


if __name__ == "__main__":
    main()
