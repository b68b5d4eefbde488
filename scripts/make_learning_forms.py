"""Writes data/learning_forms.csv from the facts below.

Kept as a script so every value sits next to the sentence of the source it comes from; run it
after editing (python scripts/make_learning_forms.py). The CSVs are the data; this is their provenance.
Also writes data/form_figures.csv: every figure with its kind (legal minimum, typical, computed) and source.
"""

import csv
from pathlib import Path

SEED = "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens"
CEDEFOP_DUAL = "https://www.cedefop.europa.eu/en/tools/apprenticeship-schemes/scheme-fiches/dual-learning-upper-secondary-level"
CEDEFOP_DUAL_TIMELINE = "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28004"
NUFFIC_NL = "https://www.nuffic.nl/onderwijssystemen/nederland/overzicht-nederlandse-diplomas"
NUFFIC_VL = "https://www.nuffic.nl/onderwijssystemen/belgie-vlaamstalige-regio/kwalificatieraamwerk"
EURYDICE_2025 = ("https://eurydice.eacea.ec.europa.eu/news/belgium-flemish-community-strengthening-technical-and-"
                 "vocational-education-through")
CEDEFOP_HE_TIMELINE = "https://www.cedefop.europa.eu/en/tools/timeline-vet-policies-europe/search/28006"
# The Dutch WEB (Wet educatie en beroepsonderwijs). Quotes below are from the consolidated text as copied in
# statengeneraal/laws-markdown, wet/wet/educatie/en/beroepsonderwijs/BWBR0007625/README.md at commit
# 23d3c3153d9b5a57264866f96866d3e5017e94e7, checked against the official URL.
WEB = "https://wetten.overheid.nl/BWBR0007625"
EDULEX_DO = "https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=14006"
ONDERWIJSKIEZER_DBSO = "https://www.onderwijskiezer.be/v2/secundair/sec_dbso.php"
VLAANDEREN_DBSO = "https://onderwijs.vlaanderen.be/nl/deeltijds-beroepssecundair-onderwijs"
VLAANDEREN_LEREN_WERKEN = ("https://onderwijs.vlaanderen.be/nl/ouders/starten-op-school/naar-het-secundair-onderwijs/"
                           "naar-een-stelsel-van-deeltijds-leren-en-deeltijds-werken")
SYNTRA_DUAL = ("https://www.tvoost.be/nieuws/recordaantal-inschrijvingen-voor-duaal-leren-bij-syntra-midden-vlaanderen-"
               "193442")
DUAAL_AGREEMENTS = "https://duaalleren.vlaanderen.be/welke-overeenkomst-sluit-ik-af-met-de-leerling"
ABVV_DUAAL_PAY = "https://www.abvv-jongeren.be/verdien-ik-iets-tijdens-duaal-leren"
INRETAIL_BBL = "https://www.inretail.nl/nieuws/5-aandachtspunten-om-op-te-letten-bij-overeenkomsten-met-een-bbl-leerling/"
CBS_AD = "https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/associate-degree-diploma"
KDG_GRADUAAT = "https://www.kdg.be/studeren-het-hoger-onderwijs"

COLUMNS = [
    "id", "country", "name_nl", "name_en", "formality", "education_level", "eqf_min", "eqf_max",
    "workplace_share_min", "workplace_share_max", "workplace_share_kind", "workplace_days_min", "workplace_days_max",
    "school_days_min", "school_days_max", "hours_per_week_min", "duration_years_min",
    "duration_years_max", "pay_type", "pay_condition_nl", "pay_condition_en", "min_age",
    "free_until_age", "contract_required", "legally_regulated", "workplace_learning_required",
    "counterpart_ids", "false_friend_ids", "status", "status_note", "status_note_nl",
    "status_source_url", "description_nl", "description_en", "source_url", "other_source_urls",
    "source_note", "source_note_nl",
]

PHASED_OUT_EN = ("Cedefop's scheme fiche (version 2026): dual learning gradually phased out Leertijd and "
                 "part-time vocational secondary education; since 2024/25 dual learning is the only active "
                 "apprenticeship scheme in Flanders. Eurydice (2025) dates the step differently: from 1 September "
                 "2025 (school year 2025-26) the modernised secondary education integrates learning and working.")
PHASED_OUT_NL = ("Volgens de Cedefop-fiche (versie 2026) heeft duaal leren de leertijd en het deeltijds "
                 "beroepssecundair onderwijs geleidelijk uitgefaseerd; sinds 2024-2025 is duaal leren het "
                 "enige actieve leerlingwezen in Vlaanderen. Eurydice (2025) dateert de stap anders: vanaf 1 "
                 "september 2025 (schooljaar 2025-2026) integreert het gemoderniseerde secundair onderwijs leren en "
                 "werken.")

ROWS = [
    dict(
        id="vl-dbso", country="BE", name_nl="Deeltijds beroepssecundair onderwijs (DBSO)",
        name_en="Part-time vocational secondary education (DBSO)", formality="formal",
        education_level="secondary", workplace_share_min=60, workplace_share_max=60,
        workplace_days_min=3, workplace_days_max=3, school_days_min=2, school_days_max=2,
        workplace_share_kind="computed",
        hours_per_week_min=28, duration_years_min=1, duration_years_max=3, pay_type="wage;learning_allowance",
        pay_condition_nl="Loon of leervergoeding, afhankelijk van het soort overeenkomst.",
        pay_condition_en="A wage or a learning allowance, depending on the kind of agreement.",
        min_age=15, legally_regulated="true", workplace_learning_required="true",
        status="phased_out", status_note=PHASED_OUT_EN, status_note_nl=PHASED_OUT_NL,
        status_source_url=CEDEFOP_DUAL,
        description_nl=("Voor jongeren die niet langer voltijds op de schoolbanken willen zitten. Aangeboden door "
                        "een centrum voor deeltijds onderwijs (CDO). Een voltijdse opleiding van minimum 28 uur "
                        "per week: twee dagen per week les in het CDO en drie dagen per week werken in een onderneming."),
        description_en=("For young people who no longer want to attend school full time. Offered by a centre for "
                        "part-time education (CDO). A full-time programme of at least 28 hours a week: two days a "
                        "week of classes at the CDO and three days a week of work in a company."),
        source_url=SEED, other_source_urls=";".join([CEDEFOP_DUAL, EURYDICE_2025, EDULEX_DO, ONDERWIJSKIEZER_DBSO,
                                                     VLAANDEREN_DBSO, VLAANDEREN_LEREN_WERKEN]),
        source_note=("Days and pay: LES page. Workplace share 60 % = 3 of the 5 days a week (computed from the LES "
                     "page's days); in hours 13 of 28 (46 %, Onderwijskiezer's minimums). 28 hours: the circular on "
                     "part-time education. Age 15/16 to 25 and duration 1-3 years: onderwijs.vlaanderen.be. "
                     "Status: Cedefop scheme fiche (version 2026). Every figure with its kind: form_figures.csv."),
        source_note_nl=("Dagen en vergoeding: LES-pagina. Aandeel werkplek 60 % = 3 van de 5 dagen per week "
                        "(berekend uit de dagen op de LES-pagina); in uren 13 van 28 (46 %, de minima van "
                        "Onderwijskiezer). 28 uur: de omzendbrief over het deeltijds onderwijs. Leeftijd 15/16 tot 25 "
                        "en duur 1-3 jaar: onderwijs.vlaanderen.be. Status: Cedefop-fiche (versie 2026). Elk cijfer "
                        "met zijn soort: form_figures.csv."),
    ),
    dict(
        id="vl-leertijd", country="BE", name_nl="Leertijd (Syntra)", name_en="Apprenticeship 'leertijd' (Syntra)",
        formality="formal", education_level="secondary", workplace_share_min=80, workplace_share_max=80,
        workplace_share_kind="computed",
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
        source_url=SEED, other_source_urls=";".join([CEDEFOP_DUAL, EURYDICE_2025]),
        source_note=("Days, hours, agreement and pay: LES page. Workplace share 80 % = 4 of the 5 days a week (computed "
                     "from the LES page's days). Status: Cedefop scheme fiche (version 2026)."),
        source_note_nl=("Dagen, uren, overeenkomst en vergoeding: LES-pagina. Aandeel werkplek 80 % = 4 van de 5 dagen "
                        "per week (berekend uit de dagen op de LES-pagina). Status: Cedefop-fiche (versie 2026)."),
    ),
    dict(
        id="vl-duaal-leren", country="BE", name_nl="Duaal leren", name_en="Dual learning (duaal leren)",
        formality="formal", education_level="secondary", eqf_min=3, eqf_max=4,
        workplace_share_min=40, workplace_share_max=80, workplace_share_kind="computed",
        workplace_days_min=2, workplace_days_max=4,
        pay_type="none;learning_allowance;wage",
        pay_condition_nl=("Per opleiding ligt de overeenkomst vast: een stageovereenkomst (gemiddeld minder dan 20 uur per "
                          "week op de werkplek) is onbezoldigd; een overeenkomst alternerende opleiding (20 uur of meer) "
                          "geeft een leervergoeding; een deeltijdse arbeidsovereenkomst geeft loon."),
        pay_condition_en=("The agreement is fixed per programme: an internship agreement (on average under 20 hours a week "
                          "at the workplace) is unpaid; an alternating-training agreement (20 hours or more) pays a "
                          "learning allowance; a part-time employment contract pays a wage."),
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
        source_url=SEED, other_source_urls=";".join([CEDEFOP_DUAL, CEDEFOP_DUAL_TIMELINE, NUFFIC_VL, SYNTRA_DUAL,
                                                     DUAAL_AGREEMENTS, ABVV_DUAAL_PAY]),
        source_note=("Days: LES page (mostly 2 to 3) and Syntra's dual programmes (4, TV Oost 2024). Workplace share "
                     "40-80 % = 2 to 4 of the 5 days a week (computed from those days; typical, not bounds). Pay: the "
                     "three agreements (duaalleren.vlaanderen.be; 20 hours: ABVV-Jongeren; the LES page names the "
                     "allowance). Contract: Cedefop VET policy timeline. EQF 3-4: Flemish "
                     "qualifications framework levels of the secondary qualifications it leads to (3: BSO certificate, "
                     "4: secondary diploma), per Nuffic. Status: Cedefop fiche 2026."),
        source_note_nl=("Dagen: LES-pagina (meestal 2 tot 3) en de duale opleidingen van Syntra (4, TV Oost 2024). "
                        "Aandeel werkplek 40-80 % = 2 tot 4 van de 5 dagen per week (berekend uit die dagen; typisch, "
                        "geen grenzen). Vergoeding: de drie overeenkomsten (duaalleren.vlaanderen.be; 20 uur: "
                        "ABVV-Jongeren; de LES-pagina noemt de leervergoeding). Overeenkomst: Cedefop-tijdlijn van het "
                        "beroepsonderwijsbeleid. EQF 3-4: niveaus in de Vlaamse kwalificatiestructuur van de "
                        "secundaire kwalificaties waartoe het leidt (3: getuigschrift BSO, 4: diploma secundair "
                        "onderwijs), volgens Nuffic. Status: Cedefop-fiche 2026."),
    ),
    dict(
        id="vl-graduaat", country="BE", name_nl="Graduaatsopleiding", name_en="Graduate programme (graduaat)",
        formality="formal", education_level="higher", eqf_min=5, eqf_max=5, workplace_share_min=33.3,
        workplace_share_kind="legal_minimum", duration_years_min=1.5, duration_years_max=2,
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
        source_url=SEED, other_source_urls=";".join([NUFFIC_VL, CEDEFOP_HE_TIMELINE, KDG_GRADUAAT]),
        source_note=("Workplace share (at least a third of the study load) and counterpart: LES page; the third is the "
                     "legal minimum (Cedefop VET policy timeline). Duration 1.5-2 years, 90-120 study points: KdG. "
                     "EQF 5: Flemish qualifications framework level 5 (Nuffic)."),
        source_note_nl=("Aandeel werkplek (minimaal een derde van de studieomvang) en tegenhanger: LES-pagina; dat derde "
                        "is het wettelijke minimum (Cedefop-tijdlijn). Duur 1,5-2 jaar, 90-120 studiepunten: KdG. "
                        "EQF 5: niveau 5 van de Vlaamse kwalificatiestructuur (Nuffic)."),
    ),
    dict(
        id="vl-pact", country="BE", name_nl="Pact-opleiding (Syntra)", name_en="Pact programme (Syntra)",
        formality="formal", education_level="adult", workplace_share_min=60, workplace_share_kind="typical",
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
        eqf_min=1, eqf_max=4, workplace_share_min=20, workplace_share_kind="typical", school_days_min=5,
        school_days_max=5, duration_years_min=1, duration_years_max=3, contract_required="true",
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
        source_url=SEED, other_source_urls=";".join([NUFFIC_NL, WEB]),
        source_note=("Days, age, fees and pay: LES page. Workplace share (at least 20 % internship): LES page; in the "
                     "legal minimum programme 22.5-30 % (WEB art. 7.2.7). Duration 1-3 years and the three-party "
                     "praktijkovereenkomst: WEB art. 7.2.4a, 7.2.8-7.2.9. EQF 1-4: mbo levels 1-4 = NLQF/EQF 1-4 (Nuffic)."),
        source_note_nl=("Dagen, leeftijd, kosten en vergoeding: LES-pagina. Aandeel werkplek (minstens 20 % stage): "
                        "LES-pagina; in het wettelijke minimumprogramma 22,5-30 % (WEB art. 7.2.7). Duur 1-3 jaar en de "
                        "praktijkovereenkomst tussen school, student en bedrijf: WEB art. 7.2.4a, 7.2.8-7.2.9. EQF 1-4: "
                        "mbo-niveaus 1-4 = NLQF/EQF 1-4 (Nuffic)."),
    ),
    dict(
        id="nl-mbo-bbl", country="NL", name_nl="Mbo – beroepsbegeleidende leerweg (BBL)",
        name_en="Mbo – work-based pathway (BBL)", formality="formal", education_level="secondary",
        eqf_min=1, eqf_max=4, workplace_share_min=80, workplace_share_max=80, workplace_share_kind="computed",
        workplace_days_min=4, workplace_days_max=4, school_days_min=1, school_days_max=1,
        duration_years_min=1, duration_years_max=3, contract_required="true",
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
                     "(computed from the LES page's average, not a bound). The law: at least 850 hours a year, of which "
                     "at least 610 at the workplace and 200 at school (WEB art. 7.2.7 lid 4; 72 % of that minimum). "
                     "Duration 1-3 years and the praktijkovereenkomst: WEB art. 7.2.4a, 7.2.8-7.2.9; the employment "
                     "contract beside it: InRetail. EQF 1-4: Nuffic."),
        source_note_nl=("Dagen (gemiddeld), leeftijd, kosten en vergoeding: LES-pagina. Aandeel werkplek 80 % = 4 van de "
                        "5 dagen per week (berekend uit het gemiddelde op de LES-pagina, geen grens). De wet: minstens "
                        "850 uur per jaar, waarvan minstens 610 op de werkplek en 200 op school (WEB art. 7.2.7 lid 4; "
                        "72 % van dat minimum). Duur 1-3 jaar en de praktijkovereenkomst: WEB art. 7.2.4a, 7.2.8-7.2.9; "
                        "de arbeidsovereenkomst ernaast: InRetail. EQF 1-4: Nuffic."),
    ),
    dict(
        id="nl-associate-degree", country="NL", name_nl="Associate degree (hbo)", name_en="Associate degree (hbo)",
        formality="formal", education_level="higher", eqf_min=5, eqf_max=5, duration_years_min=2,
        duration_years_max=2, legally_regulated="true", counterpart_ids="vl-graduaat", status="active",
        description_nl=("Een associate degree bereidt studenten voor op een beroep en situeert zich net onder de "
                        "professionele bachelor. Tegenhanger van een graduaatsopleiding in Vlaanderen; ook als duale "
                        "studie te volgen."),
        description_en=("An associate degree prepares students for a profession and sits just below the professional "
                        "bachelor. Counterpart of a Flemish graduate programme (graduaat); can also be taken as a "
                        "dual study."),
        source_url=SEED, other_source_urls=";".join([NUFFIC_NL, CBS_AD]),
        source_note=("LES page. EQF 5: Nuffic. Two-year programme with a legal degree: CBS. The LES page gives no "
                     "workplace share for the associate degree."),
        source_note_nl=("LES-pagina. EQF 5: Nuffic. Tweejarig programma met een wettelijke graad: CBS. De LES-pagina "
                        "geeft geen aandeel werkplek voor de associate degree."),
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


# Every figure about time at the workplace, hours, duration and age, with the kind of figure it is:
#   legal_minimum  a minimum set by law, decree or the official rules ("at least")
#   legal          a value or range set by law or the official rules
#   typical        a typical value or range, as the LES page, a school or a guide describes it
#   computed       computed from other figures (days of a five-day week, hours); `basis` shows the computation
# `quote` is the source's own words; `les_quote` the LES page's words about the same figure, where it has them.
FIGURE_COLUMNS = ["id", "form_id", "measure", "kind", "value_min", "value_max", "unit", "computed_from", "basis_nl",
                  "basis_en", "quote", "les_quote", "source_url"]
SEED_DBSO_LEERTIJD = ("In het DBSO volgen leerlingen twee dagen per week les in het CDO en gaan drie dagen per week "
                      "werken in een onderneming. Bij de leertijd volgt een leerling 1 dag per week les op een SYNTRA- "
                      "lesplaats en gaat 4 dagen per week effectief werken in een onderneming.")
SEED_28 = ("Anders dan de naam doet vermoeden zijn beide systemen ook voltijdse opleidingen van minimum 28 uur per "
           "week.")
SEED_DUAAL_DAYS = ("Hoeveel dagen een leerling per week op de werkplek leert, hangt af van de studierichting. Meestal "
                   "gaat het om twee tot drie dagen.")
SEED_BBL = ("Gedurende de opleiding werken leerlingen gemiddeld 4 dagen per week bij een leerbedrijf en gaan ze 1 dag "
            "naar school.")
WEB_BBL = ("Het onderwijsprogramma voor een opleiding in de beroepsbegeleidende leerweg voldoet aan de eisen [...] indien "
           "het bevoegd gezag voor de deelnemer een onderwijsprogramma verzorgt dat elk studiejaar ten minste 850 "
           "klokuren omvat, waarvan ten minste 200 begeleide onderwijsuren en ten minste 610 klokuren "
           "beroepspraktijkvorming.")
WEB_BOL = ("[...] voor een eenjarige basisberoepsopleiding en voor de specialistenopleiding ten minste 1000 klokuren "
           "omvat, waarvan ten minste 700 begeleide onderwijsuren en ten minste 250 klokuren beroepspraktijkvorming; "
           "voor een tweejarige basisberoepsopleiding en voor een tweejarige vakopleiding ten minste 2000 klokuren "
           "omvat, waarvan ten minste 1250 begeleide onderwijsuren en ten minste 450 klokuren beroepspraktijkvorming "
           "[...]; voor een driejarige vakopleiding en de middenkaderopleiding ten minste 3000 klokuren omvat, waarvan "
           "ten minste 1800 begeleide onderwijsuren en ten minste 900 klokuren beroepspraktijkvorming [...]")
WEB_DURATION = ("De studieduur bedraagt: a. één volledig studiejaar voor de entreeopleiding; b. ten minste één en ten "
                "hoogste twee volledige studiejaren voor de basisberoepsopleiding; c. ten minste twee en ten hoogste "
                "drie volledige studiejaren voor de vakopleiding; d. drie volledige studiejaren voor de "
                "middenkaderopleiding; e. één volledig studiejaar voor de specialistenopleiding.")
ONDERWIJSKIEZER_HOURS = "2 dagen les (minimum 15 u per week) in een CDO + 3 dagen werkplekleren (minimum 13 u per week)."
DURATION_NL = ("Entreeopleiding 1 jaar, basisberoepsopleiding 1-2, vakopleiding 2-3, middenkaderopleiding 3 (langer "
               "als een ministeriële regeling dat toelaat), specialistenopleiding 1 (WEB art. 7.2.4a).")
DURATION_EN = ("Entry programme 1 year, basic vocational 1-2, professional 2-3, middle-management 3 (longer where a "
               "ministerial regulation allows it), specialist 1 (WEB art. 7.2.4a).")


def _figure(id, form_id, measure, kind, value_min, value_max, unit, basis_nl, basis_en, quote, source_url,
            computed_from="", les_quote=""):
    return dict(id=id, form_id=form_id, measure=measure, kind=kind, value_min=value_min, value_max=value_max,
                unit=unit, computed_from=computed_from, basis_nl=basis_nl, basis_en=basis_en, quote=quote,
                les_quote=les_quote, source_url=source_url)


FIGURES = [
    # DBSO
    _figure("dbso-days-work", "vl-dbso", "workplace_days", "typical", 3, 3, "days_per_week",
            "De week zoals de LES-pagina ze beschrijft.", "The week as the LES page describes it.",
            SEED_DBSO_LEERTIJD, SEED),
    _figure("dbso-days-school", "vl-dbso", "school_days", "typical", 2, 2, "days_per_week",
            "De week zoals de LES-pagina ze beschrijft.", "The week as the LES page describes it.",
            SEED_DBSO_LEERTIJD, SEED),
    _figure("dbso-hours-total", "vl-dbso", "total_hours", "legal_minimum", 28, "", "hours_per_week",
            "Voltijds engagement: les en werkplekleren samen minstens 28 uren (van 50 minuten) per week.",
            "Full-time commitment: classes and workplace learning together at least 28 periods (of 50 minutes) a week.",
            "Voltijds engagement staat gelijk met een weekinvulling van minimaal 28 uren van 50 minuten",
            EDULEX_DO, les_quote=SEED_28),
    _figure("dbso-hours-school", "vl-dbso", "school_hours", "legal_minimum", 15, "", "hours_per_week",
            "Minstens 15 uur les per week in het CDO.", "At least 15 hours of classes a week at the CDO.",
            ONDERWIJSKIEZER_HOURS, ONDERWIJSKIEZER_DBSO),
    _figure("dbso-hours-work", "vl-dbso", "workplace_hours", "legal_minimum", 13, "", "hours_per_week",
            "Minstens 13 uur werkplekleren per week.", "At least 13 hours of workplace learning a week.",
            ONDERWIJSKIEZER_HOURS, ONDERWIJSKIEZER_DBSO),
    _figure("dbso-share-days", "vl-dbso", "workplace_share", "computed", 60, 60, "percent",
            "3 van de 5 dagen = 60 %: een telling in dagen, uit de week van de LES-pagina.",
            "3 of the 5 days = 60 %: a count of days, from the LES page's week.",
            SEED_DBSO_LEERTIJD, SEED, computed_from="dbso-days-work"),
    _figure("dbso-share-hours", "vl-dbso", "workplace_share", "computed", 46.4, 46.4, "percent",
            "13 van 28 uur = 46 %: een telling in uren, met beide delen op hun minimum.",
            "13 of 28 hours = 46 %: a count of hours, with both parts at their minimum.",
            ONDERWIJSKIEZER_HOURS, ONDERWIJSKIEZER_DBSO, computed_from="dbso-hours-work;dbso-hours-school"),
    _figure("dbso-age-min", "vl-dbso", "min_age", "legal_minimum", 15, "", "age",
            "Vanaf 16 jaar; vanaf 15 wie de eerste twee leerjaren van het voltijds secundair heeft doorlopen.",
            "From 16; from 15 for those who completed the first two years of full-time secondary education.",
            "Jongeren kunnen van het voltijds secundair onderwijs overstappen naar het deeltijds beroepssecundair "
            "onderwijs (dbso) vanaf 16 jaar. Dat kan zelfs vanaf 15 als ze de eerste 2 leerjaren van het voltijds "
            "secundair onderwijs volledig hebben doorlopen (geslaagd of niet).", VLAANDEREN_LEREN_WERKEN),
    _figure("dbso-age-max", "vl-dbso", "max_age", "legal", 25, 25, "age",
            "Tot het einde van het schooljaar waarin de jongere 25 wordt.",
            "Until the end of the school year in which the learner turns 25.",
            "Jongeren kunnen het dbso volgen tot het einde van het schooljaar waarin ze 25 jaar worden.",
            VLAANDEREN_LEREN_WERKEN),
    _figure("dbso-duration", "vl-dbso", "duration", "typical", 1, 3, "years",
            "Een opleiding duurt 1, meestal 2, of 3 schooljaren.", "A programme takes 1, mostly 2, or 3 school years.",
            "Een opleiding, lineair of modulair, heeft een duur van 1, (meestal) 2 of 3 schooljaren.", VLAANDEREN_DBSO),
    # Leertijd
    _figure("leertijd-days-work", "vl-leertijd", "workplace_days", "typical", 4, 4, "days_per_week",
            "De week zoals de LES-pagina ze beschrijft.", "The week as the LES page describes it.",
            SEED_DBSO_LEERTIJD, SEED),
    _figure("leertijd-days-school", "vl-leertijd", "school_days", "typical", 1, 1, "days_per_week",
            "De week zoals de LES-pagina ze beschrijft.", "The week as the LES page describes it.",
            SEED_DBSO_LEERTIJD, SEED),
    _figure("leertijd-hours-total", "vl-leertijd", "total_hours", "typical", 28, "", "hours_per_week",
            "Voltijds: minstens 28 uur per week, zoals de LES-pagina het zegt.",
            "Full time: at least 28 hours a week, as the LES page says.", SEED_28, SEED),
    _figure("leertijd-share-days", "vl-leertijd", "workplace_share", "computed", 80, 80, "percent",
            "4 van de 5 dagen = 80 %: een telling in dagen, uit de week van de LES-pagina.",
            "4 of the 5 days = 80 %: a count of days, from the LES page's week.",
            SEED_DBSO_LEERTIJD, SEED, computed_from="leertijd-days-work"),
    # Duaal leren
    _figure("duaal-days-work", "vl-duaal-leren", "workplace_days", "typical", 2, 3, "days_per_week",
            "Meestal twee tot drie dagen; het hangt af van de studierichting.",
            "Mostly two to three days; it depends on the programme.", SEED_DUAAL_DAYS, SEED),
    _figure("duaal-days-work-syntra", "vl-duaal-leren", "workplace_days", "typical", 4, 4, "days_per_week",
            "De duale opleidingen van Syntra: vier dagen in de onderneming, één dag les op de campus.",
            "Syntra's dual programmes: four days in the company, one day of classes on campus.",
            "De leerlingen volgen één dag per week lessen op de campus en leren de resterende vier dagen al doende "
            "bij een onderneming.", SYNTRA_DUAL),
    _figure("duaal-share-days", "vl-duaal-leren", "workplace_share", "computed", 40, 60, "percent",
            "2 tot 3 van de 5 dagen = 40-60 %: een telling in dagen, uit de typische week van de LES-pagina.",
            "2 to 3 of the 5 days = 40-60 %: a count of days, from the LES page's typical week.",
            SEED_DUAAL_DAYS, SEED, computed_from="duaal-days-work"),
    _figure("duaal-share-syntra", "vl-duaal-leren", "workplace_share", "computed", 80, 80, "percent",
            "4 van de 5 dagen = 80 %, bij Syntra: 60 % is dus geen maximum.",
            "4 of the 5 days = 80 %, at Syntra: so 60 % is no maximum.",
            "De leerlingen volgen één dag per week lessen op de campus en leren de resterende vier dagen al doende "
            "bij een onderneming.", SYNTRA_DUAL, computed_from="duaal-days-work-syntra"),
    # Graduaat
    _figure("graduaat-share", "vl-graduaat", "workplace_share", "legal_minimum", 33.3, "", "percent",
            "Minstens een derde van de studieomvang is werkplekleren.",
            "At least a third of the study load is workplace learning.",
            "At least one third of the learning period in this type of programme has to be work-based",
            CEDEFOP_HE_TIMELINE,
            les_quote=("Werkplekleren vormt een belangrijk onderdeel van een graduaatsopleiding en omvat minimaal een "
                       "derde van de totale studieomvang.")),
    _figure("graduaat-study-load", "vl-graduaat", "study_load", "typical", 90, 120, "study_points",
            "90 tot 120 studiepunten, 1,5 tot 2 jaar.", "90 to 120 study points, 1.5 to 2 years.",
            "Een korte opleiding van 1,5 tot 2 jaar (90 tot 120 studiepunten)", KDG_GRADUAAT),
    _figure("graduaat-duration", "vl-graduaat", "duration", "typical", 1.5, 2, "years",
            "1,5 tot 2 jaar.", "1.5 to 2 years.",
            "Een korte opleiding van 1,5 tot 2 jaar (90 tot 120 studiepunten)", KDG_GRADUAAT),
    # Pact
    _figure("pact-share", "vl-pact", "workplace_share", "typical", 60, "", "percent",
            "Minstens 60 % in een leerbedrijf, zoals de LES-pagina het zegt.",
            "At least 60 % in a learning company, as the LES page says.",
            "Tijdens de opleiding zijn cursisten voor minstens 60% aan de slag in een leerbedrijf.", SEED),
    # BOL
    _figure("bol-days-school", "nl-mbo-bol", "school_days", "typical", 5, 5, "days_per_week",
            "Een dagopleiding, vijf dagen per week, met (meerdere) stages.",
            "A day programme, five days a week, with (several) placements.",
            "De beroepsopleidende leerweg (BOL) is een dagopleiding, waarbij leerlingen 5 dagen per week naar school "
            "gaan.", SEED),
    _figure("bol-share", "nl-mbo-bol", "workplace_share", "typical", 20, "", "percent",
            "Minstens 20 % stage, zoals de LES-pagina het zegt (de wet telt in uren, zie hieronder).",
            "At least 20 % internship, as the LES page says (the law counts hours, see below).",
            "BOL-opleidingen bestaan voor minstens 20% uit stage.", SEED),
    _figure("bol-share-law", "nl-mbo-bol", "workplace_share", "computed", 22.5, 30, "percent",
            "Beroepspraktijkvorming in het wettelijke minimumprogramma: 250 van 1000 uur (1 jaar, 25 %), 450 van "
            "2000 (2 jaar, 22,5 %), 900 van 3000 (3 jaar, 30 %). Een programma met meer uren kan anders uitkomen.",
            "Work placement in the legal minimum programme: 250 of 1000 hours (1 year, 25 %), 450 of 2000 (2 years, "
            "22.5 %), 900 of 3000 (3 years, 30 %). A programme with more hours can come out differently.",
            WEB_BOL, WEB, computed_from="WEB art. 7.2.7 lid 3"),
    _figure("bol-duration", "nl-mbo-bol", "duration", "legal", 1, 3, "years", DURATION_NL, DURATION_EN,
            WEB_DURATION, WEB),
    # BBL
    _figure("bbl-days-work", "nl-mbo-bbl", "workplace_days", "typical", 4, 4, "days_per_week",
            "Gemiddeld 4 dagen werken en 1 dag school: een gemiddelde, geen grens; sommige opleidingen wisselen "
            "weken les en maanden werk af.",
            "On average 4 days of work and 1 day of school: an average, not a bound; some programmes alternate weeks "
            "of classes and months of work.", SEED_BBL, SEED),
    _figure("bbl-days-school", "nl-mbo-bbl", "school_days", "typical", 1, 1, "days_per_week",
            "Gemiddeld 1 dag school.", "On average 1 day of school.", SEED_BBL, SEED),
    _figure("bbl-hours-total", "nl-mbo-bbl", "total_hours", "legal_minimum", 850, "", "hours_per_year",
            "Minstens 850 uur per studiejaar (WEB art. 7.2.7 lid 4).", "At least 850 hours a study year (WEB art. 7.2.7(4)).",
            WEB_BBL, WEB),
    _figure("bbl-hours-work", "nl-mbo-bbl", "workplace_hours", "legal_minimum", 610, "", "hours_per_year",
            "Minstens 610 uur beroepspraktijkvorming per studiejaar (WEB art. 7.2.7 lid 4).",
            "At least 610 hours of work placement a study year (WEB art. 7.2.7(4)).", WEB_BBL, WEB),
    _figure("bbl-hours-school", "nl-mbo-bbl", "school_hours", "legal_minimum", 200, "", "hours_per_year",
            "Minstens 200 begeleide onderwijsuren per studiejaar (WEB art. 7.2.7 lid 4).",
            "At least 200 guided teaching hours a study year (WEB art. 7.2.7(4)).", WEB_BBL, WEB),
    _figure("bbl-share-days", "nl-mbo-bbl", "workplace_share", "computed", 80, 80, "percent",
            "4 van de 5 dagen = 80 %: uit het gemiddelde van de LES-pagina, geen grens.",
            "4 of the 5 days = 80 %: from the LES page's average, not a bound.",
            SEED_BBL, SEED, computed_from="bbl-days-work"),
    _figure("bbl-share-law", "nl-mbo-bbl", "workplace_share", "computed", 71.8, 71.8, "percent",
            "610 van de 850 uur van het wettelijke minimumprogramma = 72 %; een programma met meer schooluren heeft "
            "een kleiner aandeel.",
            "610 of the 850 hours of the legal minimum programme = 72 %; a programme with more school hours has a "
            "smaller share.", WEB_BBL, WEB, computed_from="bbl-hours-work;bbl-hours-total"),
    _figure("bbl-duration", "nl-mbo-bbl", "duration", "legal", 1, 3, "years", DURATION_NL, DURATION_EN,
            WEB_DURATION, WEB),
    # Associate degree
    _figure("ad-duration", "nl-associate-degree", "duration", "legal", 2, 2, "years",
            "Een tweejarig programma met een wettelijke graad.", "A two-year programme with a legal degree.",
            "Dat zijn tweejarige programma's die worden afgesloten met een wettelijke graad.", CBS_AD),
]


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
    figures_out = out.with_name("form_figures.csv")
    with figures_out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIGURE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in FIGURES:
            assert set(row) == set(FIGURE_COLUMNS), row["id"]
            writer.writerow(row)
    print(f"wrote {len(FIGURES)} rows to {figures_out}")


if __name__ == "__main__":
    main()
