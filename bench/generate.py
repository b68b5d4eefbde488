"""Synthetic but valid data at a multiple of the shipped tables, for the scale benchmark.

Schools are jittered copies of the shipped campuses (kept inside the map's region, ids and names
marked `synth`); learning forms are copies with new ids; programmes are copies of the shipped campus's
programmes, attached to its synthetic copies until there are `programmes` × the shipped number (so 100 ×
the schools with --programmes 100 gives every copy its programmes). Never shipped, never mixed with real
data: written to a directory given on the command line (default: a temporary one).

    python bench/generate.py --schools 10000 --forms 10 --out /tmp/les-10k
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
BOX = {"lat": (50.75, 51.7), "lon": (2.6, 4.8)}


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def _write(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def generate(out: Path, n_schools: int, form_factor: int = 1, seed: int = 7, programme_factor: int = 1) -> Path:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for f in DATA.glob("*.csv"):
        shutil.copy(f, out / f.name)
    header, forms = _read("learning_forms.csv")
    extra = []
    for k in range(1, form_factor):
        for r in forms:
            copy = dict(r, id=f"{r['id']}-synth{k}", name_nl=f"{r['name_nl']} (synth {k})",
                        name_en=f"{r['name_en']} (synth {k})", counterpart_ids="", false_friend_ids="")
            extra.append(copy)
    _write(out / "learning_forms.csv", header, forms + extra)
    s_header, schools = _read("schools.csv")
    rows = []
    for i in range(n_schools):
        base = schools[i % len(schools)]
        lat = min(max(float(base["lat"]) + rng.uniform(-0.15, 0.15), BOX["lat"][0]), BOX["lat"][1])
        lon = min(max(float(base["lon"]) + rng.uniform(-0.2, 0.2), BOX["lon"][0]), BOX["lon"][1])
        rows.append(dict(base, id=f"synth-{i:06d}", name=f"{base['name']} (synth {i})", lat=f"{lat:.5f}",
                         lon=f"{lon:.5f}"))
    _write(out / "schools.csv", s_header, rows)
    p_header, programmes = _read("programmes.csv")
    by_school: dict[str, list[dict[str, str]]] = {}
    for r in programmes:
        by_school.setdefault(r["school_id"], []).append(r)
    target, made = programme_factor * len(programmes), []
    for i, row in enumerate(rows):
        if len(made) >= target:
            break
        for r in by_school.get(schools[i % len(schools)]["id"], ()):
            made.append(dict(r, id=f"{r['id']}-s{i}", school_id=row["id"]))
    _write(out / "programmes.csv", p_header, made[:target])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schools", type=int, required=True)
    ap.add_argument("--forms", type=int, default=1, help="multiple of the shipped learning forms")
    ap.add_argument("--programmes", type=int, default=1, help="multiple of the shipped programmes")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    print(generate(args.out, args.schools, args.forms, programme_factor=args.programmes))


if __name__ == "__main__":
    main()
