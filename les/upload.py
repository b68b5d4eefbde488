"""A coordinator's upload: a CSV (as Excel saves it in Dutch or Belgian settings) or an .xlsx file,
validated with the same schema as the shipped data. Everything stays in memory; nothing is written.
"""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd

from les.data import MAX_FILE_BYTES, LoadResult, Problem, read_table
from les.schema import TABLES, Table


def detect_table(header: list[str]) -> Table | None:
    """The table whose columns the header matches best (at least half of them)."""
    cols = {h.strip().lstrip("\ufeff") for h in header}
    best, score = None, 0.0
    for table in TABLES.values():
        overlap = len(cols & set(table.column_names)) / len(table.column_names)
        if overlap > score:
            best, score = table, overlap
    return best if score >= 0.5 else None


def _xlsx_to_csv(raw: bytes) -> bytes:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    ws = wb.worksheets[0]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in ws.iter_rows(values_only=True):
        cells = []
        for v in row:
            if v is None:
                cells.append("")
            elif isinstance(v, bool):
                cells.append("true" if v else "false")
            elif isinstance(v, float) and v.is_integer():
                cells.append(str(int(v)))
            else:
                cells.append(str(v))
        writer.writerow(cells)
    wb.close()
    return buf.getvalue().encode("utf-8")


def _header_of(raw: bytes) -> list[str]:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            first = raw.decode(enc).splitlines()[0] if raw.strip() else ""
            break
        except (UnicodeDecodeError, IndexError):
            first = ""
    sep = ";" if first.count(";") > first.count(",") else ","
    return next(csv.reader([first], delimiter=sep), [])


def read_upload(name: str, raw: bytes, known_ids: dict[str, set[str]],
                table_name: str | None = None) -> tuple[LoadResult | None, Table | None]:
    """Validate an uploaded file. Returns (result, table); table is None when the kind cannot be told."""
    if len(raw) > MAX_FILE_BYTES:
        return LoadResult("?", name, None, [Problem(name, "too_large", value=f"{len(raw) / 1_048_576:.1f} MB",
                                                    detail=f"{MAX_FILE_BYTES // 1_048_576} MB")]), None
    if name.lower().endswith(".xlsx"):
        try:
            raw = _xlsx_to_csv(raw)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError):
            return LoadResult("?", name, None, [Problem(name, "xlsx_unreadable")]), None
    table = TABLES.get(table_name) if table_name else detect_table(_header_of(raw))
    if table is None:
        return LoadResult("?", name, None, [Problem(name, "unknown_table")]), None
    return read_table(raw, table, name, strict=False, known_ids=known_ids), table


def cleaned_csv(result: LoadResult, table: Table) -> bytes:
    """The valid rows in the project's own format: UTF-8, comma, dot decimals, lists joined with ';'."""
    frame = result.frame if result.frame is not None else pd.DataFrame(columns=table.column_names)
    out = pd.DataFrame()
    for col in table.columns:
        values = frame[col.name] if col.name in frame else pd.Series(dtype=object)
        if col.kind == "list":
            out[col.name] = values.map(lambda items: ";".join(items) if isinstance(items, tuple) else "")
        elif col.kind == "bool":
            out[col.name] = values.map(lambda v: "" if pd.isna(v) else ("true" if v else "false"))
        elif col.kind == "float":
            out[col.name] = values.map(lambda v: "" if pd.isna(v) else f"{float(v):.6f}".rstrip("0").rstrip("."))
        else:
            out[col.name] = values.map(lambda v: "" if pd.isna(v) else str(v))
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8")
