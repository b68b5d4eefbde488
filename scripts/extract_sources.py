"""Cut the pinned source extracts in data/sources/ out of the full official records.

The full records are large (DUO's higher-education offer is 6,827 rows for the whole country; the Flemish
education offer is 12.8 MB) and most of them lie outside the region, so the project keeps only the records
it uses, and this script says exactly which: rerun it on the full files and the extracts come out the same.
`scripts/build_data.py` (`make data`) then writes data/schools.csv and data/programmes.csv from the extracts.

Each subcommand reads one full record, from a file or from a git snapshot of the public repository that
holds a copy (`--git DIR --commit SHA --path PATH`, as the search tool's `fetch` brings them), and writes
its extract:

    python scripts/extract_sources.py ho      --git /work/.mirror/NavidMohamadi+Launchino/repo \\
        --commit cae24c3cf6b1de3a26abd3506d0ae7aa73fc1926 --path data/reference/duo_ho_opleidingsoverzicht.csv
    python scripts/extract_sources.py hovi    --git /work/.mirror/onderwijsin+navigator-data-generator/repo \\
        --commit 262d7d4db741ac2b90e5807aae46603bac15a4c3 --path output/hovi/locations/locations_with_geodata.json
    python scripts/extract_sources.py kiesmbo --git /work/.mirror/onderwijsin+navigator-data-generator/repo \\
        --commit 262d7d4db741ac2b90e5807aae46603bac15a4c3 --path output/kiesmbo/locations/locations_with_geodata.json
    python scripts/extract_sources.py vl      --file vestigingen.json

With internet, the same records come straight from the official services (and the extracts then move on
to a newer date; update data/sources/SOURCES.csv with what was used):
- DUO, higher education: https://onderwijsdata.duo.nl (dataset "Overzicht erkenningen ho", file
  ho_opleidingsoverzicht.csv) -> `ho --file`.
- Dutch mbo and hbo locations: the KiesMBO and HOVI APIs, as onderwijsin/navigator-data-generator collects
  them -> `kiesmbo --file`, `hovi --file`.
- Flanders: https://onderwijs.api.vlaanderen.be/instellingsgegevens (instellingslocatie,
  onderwijsaanbod_so), as stefanbckn/Zoek-je-school assembles them into vestigingen.json -> `vl --file`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"

# The Dutch side of the map: Zeeland and the West-Brabant municipalities along the border and on the way to
# Breda ("nét over de grens"): the municipalities, and the places in them that the records name.
NL_MUNICIPALITIES = {
    "Zeeland": ("Borsele", "Goes", "Hulst", "Kapelle", "Middelburg", "Noord-Beveland", "Reimerswaal",
                "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen"),
    "Noord-Brabant": ("Bergen op Zoom", "Breda", "Etten-Leur", "Halderberge", "Moerdijk", "Roosendaal", "Rucphen",
                      "Steenbergen", "Woensdrecht", "Zundert"),
}
NL_PLACES = {  # place -> (municipality, province), for records that give a place and no municipality
    **{m: (m, p) for p, ms in NL_MUNICIPALITIES.items() for m in ms},
    "Bavel": ("Breda", "Noord-Brabant"), "Teteringen": ("Breda", "Noord-Brabant"),
    "Hoogerheide": ("Woensdrecht", "Noord-Brabant"), "Oudenbosch": ("Halderberge", "Noord-Brabant"),
    "Zierikzee": ("Schouwen-Duiveland", "Zeeland"), "Bruinisse": ("Schouwen-Duiveland", "Zeeland"),
    "Oostburg": ("Sluis", "Zeeland"), "Langeweg": ("Moerdijk", "Noord-Brabant"),
}

# Flanders: the two provinces of the Euregio Scheldemond; a campus there is kept when its record lists a
# duaal programme, and any other campus when the map already had it (data/sources/vl_kept_campuses.txt)
VL_PROVINCES = ("Oost-Vlaanderen", "West-Vlaanderen")


def read_source(args) -> bytes:
    if args.file:
        return Path(args.file).read_bytes()
    if not (args.git and args.commit and args.path):
        sys.exit("give --file, or --git DIR --commit SHA --path PATH")
    return subprocess.run(["git", "--git-dir", args.git, "show", f"{args.commit}:{args.path}"], check=True,
                          capture_output=True).stdout


def place_of(name: str | None) -> tuple[str, str] | None:
    if not name:
        return None
    key = name.strip().title() if name.isupper() else name.strip()
    return NL_PLACES.get(key)


def extract_ho(raw: bytes) -> None:
    """DUO's ho_opleidingsoverzicht: every offered programme at a location in the region, all columns."""
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    rows = [r for r in reader if place_of(r["ONDERWIJSLOCATIEPLAATS"])]
    out = SOURCES / "duo_ho_opleidingsoverzicht.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=reader.fieldnames, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{out.relative_to(ROOT)}: {len(rows)} offered programmes")


def _municipality(record: dict) -> tuple[str, str] | None:
    """The municipality and province of a navigator-data-generator location, from the address geocode's
    components (administrative_area_level_2/1), else from the place the record names."""
    props = (record.get("location_components") or {}).get("properties") or {}
    parts = {t: c.get("longText") for c in props.get("raw") or [] for t in c.get("types", [])}
    municipality, province = parts.get("administrative_area_level_2"), parts.get("administrative_area_level_1")
    if province in NL_MUNICIPALITIES and municipality in NL_MUNICIPALITIES[province]:
        return municipality, province
    return place_of(record.get("city"))


def _location(record: dict, keys: tuple[str, ...]) -> dict | None:
    where = _municipality(record)
    geometry = ((record.get("location_components") or {}).get("geometry") or {}).get("coordinates")
    if not where or not geometry:
        return None
    return {**{k: record.get(k) for k in keys}, "municipality": where[0], "province": where[1],
            "lon": round(float(geometry[0]), 6), "lat": round(float(geometry[1]), 6)}


def extract_hovi(raw: bytes) -> None:
    """HOVI's hbo locations with the geocode of their address: those in the region."""
    records = json.loads(raw)
    keys = ("hovi_id", "name", "street", "zip", "city", "url")
    kept = sorted((loc for r in records if (loc := _location(r, keys))), key=lambda r: int(r["hovi_id"]))
    write_json(SOURCES / "hovi_locations.json", kept)


def extract_kiesmbo(raw: bytes, organisation) -> None:
    """KiesMBO's mbo locations with the geocode of their address: those in the region, each with its
    institution (KiesMBO's organisation record of the BRIN the location code starts with)."""
    records = json.loads(raw)
    keys = ("brinvest", "name", "street", "zip", "city", "url")
    kept = sorted((loc for r in records if (loc := _location(r, keys))), key=lambda r: r["brinvest"])
    for loc in kept:
        org = organisation(loc["brinvest"][:4])
        loc["institution"] = org["title"]
        loc["institution_website"] = next((w["url"] for w in org.get("website") or [] if w.get("url")), None)
    write_json(SOURCES / "kiesmbo_locations.json", kept)


VL_RECORD_KEYS = ("id", "straat", "huisnummer", "postcode", "gemeente", "niscode", "provincie", "lat", "lon")
VL_SCHOOL_KEYS = ("id", "schoolnummer", "internVplnummer", "naam", "website", "linkFiche")
VL_PROGRAMME_KEYS = ("code", "naam", "graad", "finaliteit", "onderwijsvorm", "duaal", "inschrijvingenOpen")


def vl_trim(record: dict) -> dict:
    """A location record of the Flemish offer with what the project uses (no pupil figures or phone numbers)."""
    return {**{k: record[k] for k in VL_RECORD_KEYS},
            "scholen": [{**{k: s.get(k) for k in VL_SCHOOL_KEYS},
                         "richtingen": [{k: p.get(k) for k in VL_PROGRAMME_KEYS} for p in s.get("richtingen") or []]}
                        for s in record["scholen"]]}


def vl_keep(record: dict, kept_ids: set[str]) -> bool:
    """A campus of Oost- or West-Vlaanderen with a duaal or an HBO5 programme (the LES nursing pilot is HBO5),
    or one that was on the map before."""
    programmes = [p for s in record["scholen"] for p in s.get("richtingen") or []]
    wanted = any(p.get("duaal") or p.get("onderwijsvorm") == "HBO" for p in programmes)
    return record["id"] in kept_ids or (record["provincie"] in VL_PROVINCES and wanted)


def extract_vl(raw: bytes) -> None:
    """The Flemish offer's location records: every campus of Oost- and West-Vlaanderen with a duaal or HBO5
    programme, and the campuses in vl_kept_campuses.txt (on the map before, whatever they offer); and
    vl_campus_summary.csv, a line per location record of the two provinces (the totals coverage is measured
    against)."""
    kept_ids = {line.strip() for line in (SOURCES / "vl_kept_campuses.txt").read_text(encoding="utf-8").splitlines() if line.strip()}
    records = json.loads(raw)
    kept = [vl_trim(r) for r in records if vl_keep(r, kept_ids)]
    write_json(SOURCES / "vl_onderwijsaanbod.json", sorted(kept, key=lambda r: r["id"]))
    with (SOURCES / "vl_campus_summary.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "gemeente", "provincie", "n_scholen", "n_richtingen", "n_duaal", "n_hbo"])
        for r in sorted((r for r in records if r["provincie"] in VL_PROVINCES), key=lambda r: r["id"]):
            programmes = [p for s in r["scholen"] for p in s.get("richtingen") or []]
            writer.writerow([r["id"], r["gemeente"], r["provincie"], len(r["scholen"]), len(programmes),
                             sum(bool(p.get("duaal")) for p in programmes),
                             sum(p.get("onderwijsvorm") == "HBO" for p in programmes)])


def write_json(path: Path, records: list) -> None:
    """A JSON list with a record per line: compact, and a change shows as the lines of the records it touches."""
    body = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
    path.write_text(f"[\n{body}\n]\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(records)} records")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", choices=("ho", "hovi", "kiesmbo", "vl"))
    ap.add_argument("--file", help="the full record, downloaded")
    ap.add_argument("--git", help="a git directory holding a copy (bare or not)")
    ap.add_argument("--commit")
    ap.add_argument("--path")
    ap.add_argument("--orgs", help="kiesmbo with --file: the folder of KiesMBO's organisation records")
    args = ap.parse_args()
    SOURCES.mkdir(parents=True, exist_ok=True)
    raw = read_source(args)
    if args.source == "kiesmbo":
        # the organisation records lie beside the locations: output/kiesmbo/organizations/organization_<BRIN>.json
        def organisation(brin: str) -> dict:
            if args.orgs:
                return json.loads((Path(args.orgs) / f"organization_{brin}.json").read_text(encoding="utf-8"))
            path = str(Path(args.path).parent.parent / "organizations" / f"organization_{brin}.json")
            return json.loads(read_source(argparse.Namespace(file=None, git=args.git, commit=args.commit, path=path)))
        extract_kiesmbo(raw, organisation)
    else:
        {"ho": extract_ho, "hovi": extract_hovi, "vl": extract_vl}[args.source](raw)


if __name__ == "__main__":
    main()
