"""`make data`: write data/schools.csv, data/programmes.csv and data/coverage.csv from the pinned source
extracts in data/sources/ (see data/sources/SOURCES.csv; scripts/extract_sources.py cuts them from the full
official records) and the hand-curated rows beside them, each with its own source.

Nothing here is typed: every campus and programme comes from a record, and the rules that turn a record
into a row (learning form, EQF level, sector, LES pilot) live in les/programme_rules.py, written down and
tested. The output is deterministic (sorted, fixed formats), and tests/test_build.py fails when the
committed CSVs differ from what this script writes.

    python scripts/build_data.py          # write the tables
    python scripts/build_data.py --check  # exit 1 if the committed tables differ from the build
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from les.programme_rules import (  # noqa: E402
    ho_enrolment_open, ho_learning_form, proeftuin_for, sector_for, vl_eqf, vl_institution_type, vl_learning_form,
)

DATA = ROOT / "data"
SOURCES = DATA / "sources"
SCHOOL_COLUMNS = ["id", "name", "institution", "country", "province", "municipality", "address", "lat", "lon",
                  "institution_type", "website", "source_url", "source_record", "coord_source"]
PROGRAMME_COLUMNS = ["id", "school_id", "name", "name_own", "code", "code_system", "source_level", "source_form",
                     "learning_form_id", "learning_form_rule", "eqf", "sector", "enrolment_open", "proeftuin_id",
                     "source_url", "source_record"]
COVERAGE_COLUMNS = ["source", "country", "province", "measure", "in_source", "on_map", "note", "note_nl"]

VL_REPO, VL_PATH, VL_COMMIT = "stefanbckn/Zoek-je-school", "public/data/vestigingen.json", \
    "02ed64e5eeb40292ee11d6d0895ed4a2f7e2d5ce"
VL_FILE_URL = f"https://github.com/{VL_REPO}/blob/{VL_COMMIT}/{VL_PATH}"
NDG_REPO, NDG_COMMIT = "onderwijsin/navigator-data-generator", "262d7d4db741ac2b90e5807aae46603bac15a4c3"
KIESMBO_PATH = "output/kiesmbo/locations/locations_with_geodata.json"
HOVI_PATH = "output/hovi/locations/locations_with_geodata.json"
DUO_REPO, DUO_PATH, DUO_COMMIT = "NavidMohamadi/Launchino", "data/reference/duo_ho_opleidingsoverzicht.csv", \
    "cae24c3cf6b1de3a26abd3506d0ae7aa73fc1926"
DUO_URL = ("https://onderwijsdata.duo.nl/dataset/7c0686f4-b5c2-418e-8e44-7be0057d8084/resource/"
           "ffffa7ad-e6a2-4ba7-9fc2-a09df4128555/download/ho_opleidingsoverzicht.csv")
DUO_DATE = "2026-08-04"  # the copy's commit: DUO's file states no date of its own


def github_file(repo: str, commit: str, path: str) -> str:
    return f"https://github.com/{repo}/blob/{commit}/{path}"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def number(value: float) -> str:
    return f"{float(value):.5f}"


class Ids:
    """Stable ids: a campus that had an id keeps it (data/sources/school_ids.csv); a new one gets one made of
    its institution, town and street, unique within the table."""

    def __init__(self):
        with (SOURCES / "school_ids.csv").open(encoding="utf-8", newline="") as fh:
            self.known = {(r["source"], r["key"]): r["id"] for r in csv.DictReader(fh)}
        self.used: set[str] = set()

    def get(self, source: str, key: str, *parts: str) -> str:
        made = self.known.get((source, key))
        if not made:
            kept: list[str] = []
            for part in (slug(x) for x in parts):  # "go-atheneum-dendermonde", not "...-dendermonde-dendermonde"
                if part and part not in "-".join(kept):
                    kept.append(part)
            made = "-".join(kept)
        out, n = made, 2
        while out in self.used:
            out, n = f"{made}-{n}", n + 1
        self.used.add(out)
        return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- Flanders: the official education offer's location records --------------------------------------------
def flanders(ids: Ids, schools: list, programmes: list, coverage: list) -> None:
    path = SOURCES / "vl_onderwijsaanbod.json"
    if not path.exists():
        return
    records = json.loads(path.read_text(encoding="utf-8"))
    placed = [r for r in records if r["lat"] is not None and r["lon"] is not None]
    unplaced = sorted(r["id"] for r in records if r not in placed)
    for rec in placed:
        with_offer = [s for s in rec["scholen"] if s["richtingen"]]
        names = list(dict.fromkeys(s["naam"] for s in (with_offer or rec["scholen"])))
        first = (with_offer or rec["scholen"])[0]
        street = f"{rec['straat']} {rec['huisnummer']}".strip()
        school_id = ids.get("vl", rec["id"], "be", names[0], rec["gemeente"], rec["straat"])
        record_ref = f"{VL_REPO} {VL_PATH} @{VL_COMMIT[:7]}: location record '{rec['id']}'"
        onderwijsvormen = [p["onderwijsvorm"] for s in rec["scholen"] for p in s["richtingen"]]
        schools.append({
            "id": school_id, "name": f"{' · '.join(names)} – {street}", "institution": "; ".join(names),
            "country": "BE", "province": rec["provincie"], "municipality": rec["gemeente"],
            "address": f"{street}, {rec['postcode']} {rec['gemeente']}", "lat": number(rec["lat"]), "lon": number(rec["lon"]),
            "institution_type": vl_institution_type(onderwijsvormen, names), "website": first.get("website") or "",
            "source_url": first["linkFiche"], "source_record": record_ref,
            "coord_source": (f"Flemish education API (instellingslocatie) location record '{rec['id']}' "
                             f"({rec['lat']}, {rec['lon']}) in {VL_FILE_URL}"),
        })
        for school in rec["scholen"]:
            for p in school["richtingen"]:
                form, rule = vl_learning_form(p)
                eqf = vl_eqf(p)
                programmes.append({
                    "id": f"vl-{slug(school['id'])}-{p['code']}", "school_id": school_id, "name": p["naam"],
                    "name_own": "", "code": str(p["code"]), "code_system": "vl-ag",
                    "source_level": " · ".join(x for x in (p["graad"], p["onderwijsvorm"], p["finaliteit"]) if x),
                    "source_form": "duaal" if p["duaal"] else "", "learning_form_id": form or "",
                    "learning_form_rule": rule, "eqf": "" if eqf is None else str(eqf),
                    "sector": sector_for(p["naam"]), "enrolment_open": "true" if p["inschrijvingenOpen"] else "false",
                    "proeftuin_id": proeftuin_for(p["naam"], eqf, p["onderwijsvorm"]) or "",
                    "source_url": school["linkFiche"],
                    "source_record": f"{record_ref}, school {school['id']}, richting {p['code']}",
                })
    # coverage: the whole of both provinces was read (vl_campus_summary.csv lists every campus record)
    summary = read_csv(SOURCES / "vl_campus_summary.csv")
    kept = {r["id"] for r in placed}
    for province in ("Oost-Vlaanderen", "West-Vlaanderen"):
        rows = [r for r in summary if r["provincie"] == province]
        duaal = [r for r in rows if int(r["n_duaal"])]
        hbo = [r for r in rows if int(r["n_hbo"])]
        unplaced_here = [u for u in unplaced if any(r["id"] == u and r["provincie"] == province for r in records)]
        coverage += [
            {"source": "vl_onderwijsaanbod", "country": "BE", "province": province, "measure": "campus_records",
             "in_source": str(len(rows)), "on_map": str(sum(r["id"] in kept for r in rows)),
             "note": "every location record of the province in the Flemish offer; on the map: those with a duaal "
                     "or HBO5 programme, and those on the map before" + "".join(
                         f"; not placed, the record has no coordinates: {u}" for u in unplaced_here),
             "note_nl": "elk locatierecord van de provincie in het Vlaamse onderwijsaanbod; op de kaart: die met een "
                        "duaal- of HBO5-opleiding, en die er al eerder op stonden" + "".join(
                            f"; niet geplaatst, het record heeft geen coördinaten: {u}" for u in unplaced_here)},
            {"source": "vl_onderwijsaanbod", "country": "BE", "province": province, "measure": "campuses_with_duaal",
             "in_source": str(len(duaal)), "on_map": str(sum(r["id"] in kept for r in duaal)), "note": "", "note_nl": ""},
            {"source": "vl_onderwijsaanbod", "country": "BE", "province": province, "measure": "campuses_with_hbo5",
             "in_source": str(len(hbo)), "on_map": str(sum(r["id"] in kept for r in hbo)), "note": "", "note_nl": ""},
            {"source": "vl_onderwijsaanbod", "country": "BE", "province": province, "measure": "duaal_programmes",
             "in_source": str(sum(int(r["n_duaal"]) for r in rows)),
             "on_map": str(sum(int(r["n_duaal"]) for r in rows if r["id"] in kept)), "note": "", "note_nl": ""},
        ]


# --- the Netherlands: DUO's higher-education offer, HOVI and KiesMBO locations ----------------------------
def netherlands_ho(ids: Ids, schools: list, programmes: list, coverage: list) -> None:
    hovi = {r["hovi_id"]: r for r in json.loads((SOURCES / "hovi_locations.json").read_text(encoding="utf-8"))}
    matches = {(r["onderwijsaanbieder_id"], r["onderwijslocatiecode"]): r for r in read_csv(SOURCES / "ho_locations.csv")}
    rows = read_csv(SOURCES / "duo_ho_opleidingsoverzicht.csv")
    by_campus: dict[tuple[str, str], list[dict]] = defaultdict(list)
    left_out: Counter = Counter()
    for r in rows:
        key = (r["ONDERWIJSAANBIEDERID"], r["ONDERWIJSLOCATIECODE"])
        if key in matches:
            by_campus[key].append(r)
        else:
            left_out[(r["ONDERWIJSAANBIEDER_NAAM"], r["ONDERWIJSLOCATIEPLAATS"], r["ONDERWIJSLOCATIESTRAAT"])] += 1
    duo_file = github_file(DUO_REPO, DUO_COMMIT, DUO_PATH)
    counted: Counter = Counter()
    for key, offered in sorted(by_campus.items()):
        match = matches[key]
        loc = hovi[match["hovi_id"]]
        school_id = ids.get("ho", ":".join(key), "nl", offered[0]["ONDERWIJSAANBIEDER_NAAM"], loc["city"], loc["street"])
        institution = offered[0]["ONDERWIJSAANBIEDER_NAAM"]
        schools.append({
            "id": school_id, "name": match["campus_name"], "institution": institution, "country": "NL",
            "province": loc["province"], "municipality": loc["municipality"],
            "address": f"{loc['street']}, {loc['zip']} {loc['city'].title() if loc['city'].isupper() else loc['city']}",
            "lat": number(loc["lat"]), "lon": number(loc["lon"]),
            # a university's location offers university programmes (WO-BA, WO-MA): Wageningen University in Breda
            "institution_type": "universiteit" if all(r["NIVEAU"].startswith("WO") for r in offered) else "hogeschool",
            "website": loc.get("url") or "", "source_url": DUO_URL,
            "source_record": (f"DUO location {key[1]} ({offered[0]['ONDERWIJSLOCATIESTRAAT']}, "
                              f"{offered[0]['ONDERWIJSLOCATIEPLAATS']}) of {institution} ({key[0]}) in {DUO_REPO} "
                              f"{DUO_PATH} @{DUO_COMMIT[:7]}; HOVI location {loc['hovi_id']} in {NDG_REPO} "
                              f"{HOVI_PATH} @{NDG_COMMIT[:7]}"),
            "coord_source": (f"HOVI location record {loc['hovi_id']} ('{loc['name']}', {loc['street']}, {loc['zip']} "
                             f"{loc['city']}): the geocode of that address (location_components.geometry) in "
                             f"{github_file(NDG_REPO, NDG_COMMIT, HOVI_PATH)}"),
        })
        # an offered programme per (programme, form, own name): DUO lists some twice (other start dates)
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for r in offered:
            groups[(r["ERKENDEOPLEIDINGSCODE"], r["VORM"], r["NAAM_LANG"], r["EIGENNAAM"])].append(r)
        for (code, vorm, name, own), same in sorted(groups.items()):
            r = min(same, key=lambda x: x["AANGEBODEN_OPLEIDINGCODE"])
            form, rule = ho_learning_form(r["VORM"], r["NIVEAU"])
            eqf = int(r["EQF"]) if r["EQF"] else None
            keys = ", ".join(sorted(x["AANGEBODEN_OPLEIDINGCODE"] for x in same))
            programmes.append({
                "id": f"nl-ho-{r['AANGEBODEN_OPLEIDINGCODE'].lower()}", "school_id": school_id, "name": name,
                "name_own": own if own and own != name else "", "code": code, "code_system": "croho",
                "source_level": r["NIVEAU"], "source_form": vorm.lower(), "learning_form_id": form or "",
                "learning_form_rule": rule, "eqf": "" if eqf is None else str(eqf),
                "sector": sector_for(" ".join((name, own, r["INTERNATIONALE_NAAM"]))),
                "enrolment_open": {True: "true", False: "false", None: ""}[ho_enrolment_open(r, DUO_DATE)],
                "proeftuin_id": proeftuin_for(name, eqf, r["NIVEAU"]) or "",
                "source_url": DUO_URL,
                "source_record": f"{DUO_REPO} {DUO_PATH} @{DUO_COMMIT[:7]}: AANGEBODEN_OPLEIDINGCODE {keys}",
            })
            counted[loc["province"]] += len(same)
    for province in ("Zeeland", "Noord-Brabant"):
        in_source = sum(1 for r in rows if _duo_province(r) == province)
        missing = [(inst, town, street, n) for (inst, town, street), n in sorted(left_out.items())
                   if _duo_province_of(town) == province]
        note = "; ".join(f"{n} at {inst}, {town} {street or '(no street in DUO)'}: no location record with coordinates"
                         for inst, town, street, n in missing)
        note_nl = "; ".join(f"{n} bij {inst}, {town} {street or '(geen straat in DUO)'}: geen locatierecord met "
                            "coördinaten" for inst, town, street, n in missing)
        coverage.append({"source": "duo_ho", "country": "NL", "province": province, "measure": "offered_programmes",
                         "in_source": str(in_source), "on_map": str(counted[province]), "note": note,
                         "note_nl": note_nl})
    used = {m["hovi_id"] for m in matches.values()}
    unused = sorted(loc["name"] for hid, loc in hovi.items() if hid not in used)
    coverage.append({"source": "hovi", "country": "NL", "province": "", "measure": "hbo_locations",
                     "in_source": str(len(hovi)), "on_map": str(len(used)),
                     "note": "the others have no DUO programme at them: " + "; ".join(unused),
                     "note_nl": "bij de andere staat geen DUO-opleiding: " + "; ".join(unused)})


def _duo_province_of(town: str) -> str:
    sys.path.insert(0, str(ROOT / "scripts"))
    from extract_sources import place_of
    found = place_of(town)
    return found[1] if found else ""


def _duo_province(row: dict) -> str:
    return _duo_province_of(row["ONDERWIJSLOCATIEPLAATS"])


def netherlands_mbo(ids: Ids, schools: list, coverage: list) -> None:
    locations = json.loads((SOURCES / "kiesmbo_locations.json").read_text(encoding="utf-8"))
    file_url = github_file(NDG_REPO, NDG_COMMIT, KIESMBO_PATH)
    for loc in locations:
        city, street = loc["city"].strip(), re.sub(r"\s+", " ", loc["street"]).strip()
        own = loc["name"].strip()
        if own.lower().startswith(city.lower() + ","):  # "Roosendaal, Johan Cruijff College": the town, then the name
            own = own[len(city) + 1:].strip()
        # KiesMBO's location names are often just the town and street again, or "Hoofdlocatie"; a name of its own
        # is kept, or two locations in one building read alike (Curio's Johan Cruijff College and Knipplein 11)
        named = own and own != "Hoofdlocatie" and city.lower() not in own.lower() and street.split()[0].lower() not in own.lower()
        schools.append({
            "id": ids.get("kiesmbo", loc["brinvest"], "nl", loc["institution"], city, street),
            "name": f"{loc['institution']} – {city} ({own + ', ' if named else ''}{street})",
            "institution": loc["institution"], "country": "NL", "province": loc["province"],
            "municipality": loc["municipality"], "address": f"{street}, {loc['zip']} {city}",
            "lat": number(loc["lat"]), "lon": number(loc["lon"]), "institution_type": "mbo",
            "website": loc.get("url") or loc.get("institution_website") or "", "source_url": file_url,
            "source_record": f"KiesMBO location {loc['brinvest']} in {NDG_REPO} {KIESMBO_PATH} @{NDG_COMMIT[:7]}",
            "coord_source": (f"KiesMBO location record {loc['brinvest']} ({street}, {loc['zip']} {city}): the geocode "
                             f"of that address (location_components.geometry) in {file_url}"),
        })
    for province in ("Zeeland", "Noord-Brabant"):
        n = sum(1 for loc in locations if loc["province"] == province)
        coverage.append({"source": "kiesmbo", "country": "NL", "province": province, "measure": "mbo_locations",
                         "in_source": str(n), "on_map": str(n),
                         "note": "the programmes taught at each location (crebo, BOL/BBL) are not in the public "
                                 "sources used: KiesMBO's organisation records list no products, and no public copy "
                                 "of DUO's mbo offer per location was found",
                         "note_nl": "welke opleidingen (crebo, BOL/BBL) op elke locatie gegeven worden, staat niet in "
                                    "de gebruikte openbare bronnen: de organisatierecords van KiesMBO noemen geen "
                                    "opleidingen, en een openbare kopie van het mbo-aanbod per locatie van DUO is "
                                    "niet gevonden"})


def curated(schools: list, programmes: list) -> None:
    """Hand-curated rows, each with its own source (data/sources/curated_*.csv)."""
    for name, out, columns in (("curated_schools.csv", schools, SCHOOL_COLUMNS),
                               ("curated_programmes.csv", programmes, PROGRAMME_COLUMNS)):
        path = SOURCES / name
        if path.exists():
            for r in read_csv(path):
                out.append({c: r.get(c, "") for c in columns})


def build() -> dict[str, str]:
    ids = Ids()
    schools: list[dict] = []
    programmes: list[dict] = []
    coverage: list[dict] = []
    flanders(ids, schools, programmes, coverage)
    netherlands_ho(ids, schools, programmes, coverage)
    netherlands_mbo(ids, schools, coverage)
    curated(schools, programmes)
    return {"schools.csv": to_csv(SCHOOL_COLUMNS, sorted(schools, key=lambda r: r["id"])),
            "programmes.csv": to_csv(PROGRAMME_COLUMNS, sorted(programmes, key=lambda r: (r["school_id"], r["id"]))),
            "coverage.csv": to_csv(COVERAGE_COLUMNS, coverage)}


def to_csv(columns: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed tables")
    args = ap.parse_args()
    built = build()
    differs = [name for name, text in built.items() if (DATA / name).read_text(encoding="utf-8") != text] \
        if args.check else []
    if args.check:
        print("up to date" if not differs else "differs from the build: " + ", ".join(differs))
        sys.exit(1 if differs else 0)
    for name, text in built.items():
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"wrote data/{name}: {text.count(chr(10)) - 1} rows")


if __name__ == "__main__":
    main()
