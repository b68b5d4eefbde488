"""Writes data/activities.csv: learning activities and learning forms placed on the hybrid model.

The placement is an analysis against the model's definitions (Zitter & Hoeve 2012; quadrant numbering
and layout as Hogeschool Utrecht describes it), applied to what the seed page says about each form.
Each row carries its rationale; edit here and run `python scripts/make_activities.py`.
Coordinates: x from -1 (constructed) to +1 (realistic); y from -1 (participation) to +1 (acquisition).
Q1 = constructed acquisition (top left), Q2 = realistic acquisition (top right),
Q3 = constructed participation (bottom left), Q4 = realistic participation (bottom right).
"""

import csv
from pathlib import Path

SEED = "https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens"
HU = "https://husite.nl/ruimtevoorwendbaarvakmanschap/hybride-leeromgevingen/"

COLUMNS = ["id", "kind", "name_nl", "name_en", "quadrants", "x", "y", "rationale_nl", "rationale_en", "form_id",
           "typical_for", "source_url"]

SCHOOL_DAYS = "vl-dbso;vl-leertijd;vl-duaal-leren;vl-graduaat;nl-mbo-bol;nl-mbo-bbl;nl-duale-studie"
WORK = "vl-dbso;vl-leertijd;vl-duaal-leren;vl-graduaat;vl-pact;nl-mbo-bol;nl-mbo-bbl;nl-duale-studie"

ROWS = [
    # activities a programme can tick
    dict(id="les-op-school", kind="activity", name_nl="Les en instructie op school", name_en="Classes and instruction at school",
         quadrants="q1", x=-0.55, y=0.6,
         rationale_nl="Kennis en vaardigheden verwerven zoals gebruikelijk in het onderwijs, los van het beroepsproces: geconstrueerde acquisitie.",
         rationale_en="Acquiring knowledge and skills as is usual in education, apart from the work process: constructed acquisition.",
         typical_for=SCHOOL_DAYS, source_url=HU),
    dict(id="kennisintermezzo", kind="activity", name_nl="Kennisintermezzo tijdens het werk", name_en="Knowledge intermezzo during work",
         quadrants="q1", x=-0.2, y=0.35,
         rationale_nl="Een korte kennisoverdracht die in het echte werkproces wordt ingelast; de bron noemt het als voorbeeld van geconstrueerde acquisitie.",
         rationale_en="A short knowledge transfer slotted into the real work process; the source gives it as an example of constructed acquisition.",
         source_url=HU),
    dict(id="gastles", kind="activity", name_nl="Gastles door een werkveldpartner", name_en="Guest lesson by a partner from the field",
         quadrants="q1", x=-0.35, y=0.8,
         rationale_nl="Kennis uit de praktijk, maar verworven in een les op school: geconstrueerde context, verwerven.",
         rationale_en="Knowledge from practice, but acquired in a lesson at school: constructed context, acquisition.",
         form_id="inf-gastles", source_url=SEED),
    dict(id="bedrijfsbezoek", kind="activity", name_nl="Bedrijfsbezoek", name_en="Company visit",
         quadrants="q2", x=0.45, y=0.75,
         rationale_nl="Leerlingen zien het echte werk in een bedrijf, maar nemen er niet aan deel: realistische context, verwerven.",
         rationale_en="Learners see real work in a company but do not take part in it: realistic context, acquisition.",
         form_id="inf-bedrijfsbezoek", source_url=SEED),
    dict(id="kijkstage", kind="activity", name_nl="Kijkstage", name_en="Observation placement",
         quadrants="q2", x=0.7, y=0.45,
         rationale_nl="Meekijken in het echte werkproces, vooral om te leren hoe het werk gaat: realistische acquisitie.",
         rationale_en="Observing the real work process, mainly to learn how the work is done: realistic acquisition.",
         form_id="inf-kijk-doe-inleefstage", source_url=SEED),
    dict(id="verwerven-op-de-werkvloer", kind="activity", name_nl="Vaardigheden verwerven op de werkvloer",
         name_en="Acquiring skills on the shop floor", quadrants="q2", x=0.4, y=0.25,
         rationale_nl="In duaal leren worden vaardigheden óók op de werkvloer verworven, niet alleen op school aangeleerd en op de werkplek uitgetest: verwerven in de echte context.",
         rationale_en="In dual learning skills are also acquired on the shop floor, not only taught at school and tried out at work: acquisition in the real context.",
         form_id="vl-duaal-leren", typical_for="vl-duaal-leren", source_url=SEED),
    dict(id="reflectie-op-praktijk", kind="activity", name_nl="Samen reflecteren op praktijksituaties",
         name_en="Reflecting together on practice situations", quadrants="q2", x=0.8, y=0.8,
         rationale_nl="Het werkproces wordt even stilgezet om gezamenlijk en systematisch een praktijkprobleem te doordenken: realistische acquisitie.",
         rationale_en="The work process is paused to think through a practice problem together and systematically: realistic acquisition.",
         source_url=HU),
    dict(id="simulatie-minionderneming", kind="activity", name_nl="Simulatieonderwijs (bv. minionderneming)",
         name_en="Simulation-based education (e.g. mini-company)", quadrants="q3", x=-0.6, y=-0.55,
         rationale_nl="Leerlingen nemen deel aan een nagebootst werkproces op school: geconstrueerde context, deelnemen.",
         rationale_en="Learners take part in a simulated work process at school: constructed context, participation.",
         form_id="inf-simulatieonderwijs", source_url=SEED),
    dict(id="werkveldproject", kind="activity", name_nl="Project aangeleverd, begeleid of mee beoordeeld door het werkveld",
         name_en="Project supplied, coached or co-assessed by the field", quadrants="q3;q4", x=-0.05, y=-0.45,
         rationale_nl="Een echte opdracht uit het werkveld, maar uitgevoerd in de opleiding: deelnemen, op de grens van geconstrueerd en realistisch.",
         rationale_en="A real assignment from the field, but carried out within the programme: participation, on the border of constructed and realistic.",
         form_id="inf-werkveldproject", source_url=SEED),
    dict(id="doe-inleefstage", kind="activity", name_nl="Doe- of inleefstage", name_en="Hands-on or immersion placement",
         quadrants="q4", x=0.5, y=-0.3,
         rationale_nl="Meedoen in het echte werkproces voor een korte tijd: realistische participatie.",
         rationale_en="Taking part in the real work process for a short time: realistic participation.",
         form_id="inf-kijk-doe-inleefstage", source_url=SEED),
    dict(id="werken-in-het-werkproces", kind="activity", name_nl="Werken in het echte werkproces (stage, werkdagen)",
         name_en="Working in the real work process (internship, work days)", quadrants="q4", x=0.7, y=-0.7,
         rationale_nl="Leren door te doen in het echte beroepsproces, zoals de werkdagen in DBSO, leertijd, duaal leren en BBL of de stage (BPV) in de BOL: realistische participatie.",
         rationale_en="Learning by doing in the real work process, like the work days in DBSO, leertijd, dual learning and BBL or the BOL internship (BPV): realistic participation.",
         typical_for=WORK, source_url=SEED),
    # learning forms, placed as a whole (spanning where they combine school and work)
    dict(id="vorm-dbso", kind="form", name_nl="DBSO", name_en="DBSO", quadrants="q1;q4", x=0, y=0,
         rationale_nl="Twee dagen les in het CDO (geconstrueerd verwerven) en drie dagen werken in een onderneming (realistisch deelnemen).",
         rationale_en="Two days of classes at the CDO (constructed acquisition) and three days of work in a company (realistic participation).",
         form_id="vl-dbso", source_url=SEED),
    dict(id="vorm-leertijd", kind="form", name_nl="Leertijd", name_en="Leertijd", quadrants="q1;q4", x=0, y=0,
         rationale_nl="Eén dag les op een Syntra-lesplaats en vier dagen werken in een onderneming.",
         rationale_en="One day of classes at a Syntra site and four days of work in a company.",
         form_id="vl-leertijd", source_url=SEED),
    dict(id="vorm-duaal-leren", kind="form", name_nl="Duaal leren", name_en="Duaal leren", quadrants="q1;q2;q4", x=0, y=0,
         rationale_nl="Leren op school én op de werkvloer, waarbij ook op de werkvloer vaardigheden worden verworven (niet alleen uitgetest): drie kwadranten.",
         rationale_en="Learning at school and on the shop floor, where skills are also acquired at work (not only tried out): three quadrants.",
         form_id="vl-duaal-leren", source_url=SEED),
    dict(id="vorm-graduaat", kind="form", name_nl="Graduaat", name_en="Graduaat", quadrants="q1;q4", x=0, y=0,
         rationale_nl="Een opleiding aan de hogeschool waarvan minstens een derde werkplekleren is.",
         rationale_en="A university-college programme of which at least a third is workplace learning.",
         form_id="vl-graduaat", source_url=SEED),
    dict(id="vorm-pact", kind="form", name_nl="Pact-opleiding", name_en="Pact programme", quadrants="q4", x=0, y=0,
         rationale_nl="Minstens 60% aan de slag in een leerbedrijf; de bron beschrijft de rest van de opleiding niet, dus alleen dat deel is geplaatst.",
         rationale_en="At least 60% working in a learning company; the source does not describe the rest of the programme, so only that part is placed.",
         form_id="vl-pact", source_url=SEED),
    dict(id="vorm-bol", kind="form", name_nl="BOL", name_en="BOL", quadrants="q1;q4", x=0, y=0,
         rationale_nl="Vijf dagen per week naar school, met stages (BPV) bij een erkend leerbedrijf van minstens 20% van de opleiding.",
         rationale_en="Five days a week at school, with internships (BPV) at a recognised learning company of at least 20% of the programme.",
         form_id="nl-mbo-bol", source_url=SEED),
    dict(id="vorm-bbl", kind="form", name_nl="BBL", name_en="BBL", quadrants="q1;q4", x=0, y=0,
         rationale_nl="Gemiddeld vier dagen werken bij een leerbedrijf en één dag naar school.",
         rationale_en="On average four days of work at a learning company and one day at school.",
         form_id="nl-mbo-bbl", source_url=SEED),
    dict(id="vorm-duale-studie", kind="form", name_nl="Duale studie", name_en="Dual study", quadrants="q1;q4", x=0, y=0,
         rationale_nl="Studeren en een betaalde baan worden afgewisseld of gecombineerd.",
         rationale_en="Study and a paid job alternate or are combined.",
         form_id="nl-duale-studie", source_url=SEED),
]


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "data" / "activities.csv"
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in ROWS:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    print(f"wrote {len(ROWS)} rows to {out}")


if __name__ == "__main__":
    main()
