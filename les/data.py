"""Load and validate the tables, reporting every problem at once with file, row and column.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2.
A table with problems still yields its valid rows, so pages can keep working with what is sound;
a table that cannot be read at all yields no frame and the problems say why.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from les.schema import REGION_BBOX, TABLES, Column, Table, _pattern_text, pandera_schema

# LES_DATA_DIR points the app at another copy of the tables (the browser tests use it for hostile data).
DATA_DIR = Path(os.environ.get("LES_DATA_DIR") or Path(__file__).resolve().parent.parent / "data")
MAX_CELL_CHARS = 2000
MAX_FILE_BYTES = 5 * 1024 * 1024

_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file. `code` picks the message; `row` is the spreadsheet row (None: whole file)."""

    file: str
    code: str
    row: int | None = None
    column: str | None = None
    value: str | None = None
    detail: str = ""  # what was expected, in the schema's own words (allowed values, range…)
    severity: str = "error"  # "error" drops the row (or the file); "note" is informational


@dataclass
class LoadResult:
    table: str
    file: str
    frame: pd.DataFrame | None
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    encoding: str = "utf-8"
    delimiter: str = ","

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return self.frame is not None and not self.errors


def _decode(raw: bytes, file: str, strict: bool) -> tuple[str | None, str, list[Problem]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", errors="strict") if _is_utf8(raw[3:]) else None
        if text is not None:
            sev = "error" if strict else "note"
            return text, "utf-8-sig", [Problem(file, "bom", severity=sev)]
    if _is_utf8(raw):
        return raw.decode("utf-8"), "utf-8", []
    # Excel on Dutch/Belgian Windows saves "CSV" as cp1252; accept it for uploads, refuse it for the core data.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None, "", [Problem(file, "encoding")]
    sev = "error" if strict else "note"
    return text, "cp1252", [Problem(file, "cp1252", severity=sev)]


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff_delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_table(raw: bytes, table: Table, file: str | None = None, *, strict: bool = True,
               known_ids: dict[str, set[str]] | None = None) -> LoadResult:
    """Parse and validate one table from bytes.

    strict: the core data rules (UTF-8, comma, dot decimals) are errors; otherwise (uploads saved by
    Excel) they are converted and reported as notes.
    known_ids: ids of other tables, for the references ("learning_forms" -> {ids}).
    """
    file = file or table.file
    result = LoadResult(table.name, file, None)
    if len(raw) > MAX_FILE_BYTES:
        result.problems.append(Problem(file, "too_large", value=f"{len(raw) / 1_048_576:.1f} MB",
                                       detail=f"{MAX_FILE_BYTES // 1_048_576} MB"))
        return result
    if not raw.strip():
        result.problems.append(Problem(file, "empty_file"))
        return result
    text, encoding, problems = _decode(raw, file, strict)
    result.problems += problems
    result.encoding = encoding
    if text is None:
        return result
    first_line = text.splitlines()[0] if text.splitlines() else ""
    delimiter = _sniff_delimiter(first_line)
    result.delimiter = delimiter
    if delimiter == ";":
        result.problems.append(Problem(file, "semicolon", severity="error" if strict else "note"))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        result.problems.append(Problem(file, "csv_syntax", detail=str(exc)))
        return result
    rows = [r for r in rows if any(cell.strip() for cell in r)] if rows else rows
    if not rows:
        result.problems.append(Problem(file, "empty_file"))
        return result
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    result.rows_read = len(body)
    missing = [c for c in table.column_names if c not in header]
    for name in missing:
        result.problems.append(Problem(file, "missing_column", row=1, column=name))
    for name in header:
        if name not in table.column_names:
            result.problems.append(Problem(file, "extra_column", row=1, column=name or "(leeg)", severity="note"))
    dupes = sorted({h for h in header if header.count(h) > 1 and h})
    for name in dupes:
        result.problems.append(Problem(file, "duplicate_column", row=1, column=name))
    if missing or dupes:
        return result
    if not body:
        result.problems.append(Problem(file, "header_only", row=1))
        return result

    bad_rows: set[int] = set()
    width = len(header)
    records = []
    for i, cells in enumerate(body):
        row_no = i + 2
        if len(cells) != width:
            result.problems.append(Problem(file, "field_count", row=row_no, value=str(len(cells)),
                                           detail=str(width)))
            bad_rows.add(i)
            cells = (cells + [""] * width)[:width]
        records.append(dict(zip(header, (c.strip() for c in cells))))
    raw_frame = pd.DataFrame.from_records(records, columns=header)[table.column_names]

    typed = pd.DataFrame(index=raw_frame.index)
    for col in table.columns:
        typed[col.name], col_problems, col_bad = _parse_column(raw_frame[col.name], col, file, strict)
        result.problems += col_problems
        bad_rows |= col_bad

    schema_problems, schema_bad = _run_pandera(typed, table, file)
    # a cell that could not be parsed is already reported; do not report it again as empty
    seen = {(p.row, p.column) for p in result.problems if p.severity == "error"}
    result.problems += [p for p in schema_problems if (p.row, p.column) not in seen]
    bad_rows |= schema_bad

    cross_problems, cross_bad = _cross_checks(typed, table, file, known_ids or {})
    result.problems += cross_problems
    bad_rows |= cross_bad

    result.problems.sort(key=lambda p: (p.row or 0, table.column_names.index(p.column)
                                        if p.column in table.column_names else -1))
    result.frame = typed.drop(index=sorted(bad_rows)).reset_index(drop=True)
    return result


def _parse_column(values: pd.Series, col: Column, file: str, strict: bool):
    problems: list[Problem] = []
    bad: set[int] = set()
    out = []
    comma_rows: list[tuple[int, str]] = []
    for idx, text in values.items():
        row_no = idx + 2
        if len(text) > MAX_CELL_CHARS:
            problems.append(Problem(file, "cell_too_long", row_no, col.name, text[:40] + "…",
                                    detail=str(MAX_CELL_CHARS)))
            bad.add(idx)
            out.append(pd.NA)
            continue
        if text == "":
            out.append(pd.NA if col.kind != "list" else ())
            continue
        if col.kind in ("int", "float"):
            candidate = text
            if _DECIMAL_COMMA.match(text):
                comma_rows.append((row_no, text))
                if strict:
                    problems.append(Problem(file, "decimal_comma", row_no, col.name, text))
                    bad.add(idx)
                    out.append(pd.NA)
                    continue
                candidate = text.replace(",", ".")
            try:
                number = float(candidate)
            except ValueError:
                problems.append(Problem(file, "not_a_number", row_no, col.name, text))
                bad.add(idx)
                out.append(pd.NA)
                continue
            if col.kind == "int" and not number.is_integer():
                problems.append(Problem(file, "not_whole", row_no, col.name, text))
                bad.add(idx)
                out.append(pd.NA)
                continue
            out.append(int(number) if col.kind == "int" else number)
        elif col.kind == "bool":
            lowered = text.lower()
            if lowered in ("true", "waar", "ja", "yes", "1"):
                out.append(True)
            elif lowered in ("false", "onwaar", "nee", "no", "0"):
                out.append(False)
            else:
                problems.append(Problem(file, "not_bool", row_no, col.name, text))
                bad.add(idx)
                out.append(pd.NA)
        elif col.kind == "list":
            items = tuple(item.strip() for item in text.split(";") if item.strip())
            wrong = [item for item in items if col.allowed and item not in col.allowed]
            for item in wrong:
                problems.append(Problem(file, "not_allowed", row_no, col.name, item, detail=", ".join(col.allowed)))
                bad.add(idx)
            out.append(items)
        else:
            out.append(text)
    if comma_rows and not strict:
        # converted, and said once per column rather than once per cell
        first_row, first_value = comma_rows[0]
        more = f" (+{len(comma_rows) - 1})" if len(comma_rows) > 1 else ""
        problems.append(Problem(file, "decimal_comma_converted", first_row, col.name, first_value + more,
                                severity="note"))
    dtype = {"int": "Int64", "float": "Float64", "bool": "boolean", "list": object}.get(col.kind, "string")
    return pd.Series(out, index=values.index, dtype=dtype), problems, bad


_CHECK_CODES = {"isin": "not_allowed", "str_matches": "bad_pattern", "in_range": "out_of_range",
                "field_uniqueness": "duplicate", "not_nullable": "required"}


def _run_pandera(typed: pd.DataFrame, table: Table, file: str):
    problems: list[Problem] = []
    bad: set[int] = set()
    try:
        pandera_schema(table.name).validate(typed, lazy=True)
    except pa.errors.SchemaErrors as exc:
        for case in exc.failure_cases.itertuples(index=False):
            check = str(case.check)
            code = next((v for k, v in _CHECK_CODES.items() if check.startswith(k)), "invalid")
            col = table.column(case.column) if case.column in table.column_names else None
            index = case.index
            row_no = None if index is None or pd.isna(index) else int(index) + 2
            value = None if case.failure_case is None or _isna(case.failure_case) else str(case.failure_case)
            detail = col.allowed_text() if col is not None else ""
            if code == "bad_pattern" and col is not None and col.pattern:
                detail = _pattern_text(col.pattern)
            problems.append(Problem(file, code, row_no, case.column, value, detail))
            if row_no is not None:
                bad.add(row_no - 2)
    return problems, bad


def _isna(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cross_checks(typed: pd.DataFrame, table: Table, file: str, known_ids: dict[str, set[str]]):
    problems: list[Problem] = []
    bad: set[int] = set()
    for lo, hi in table.ordered_pairs:
        both = typed[lo].notna() & typed[hi].notna()
        for idx in typed.index[both & (typed[lo] > typed[hi])]:
            problems.append(Problem(file, "min_gt_max", idx + 2, hi, f"{typed.at[idx, lo]} > {typed.at[idx, hi]}",
                                    detail=lo))
            bad.add(idx)
    if table.in_region:
        box = REGION_BBOX
        inside = (typed["lat"].between(box["lat_min"], box["lat_max"])
                  & typed["lon"].between(box["lon_min"], box["lon_max"]))
        for idx in typed.index[typed["lat"].notna() & typed["lon"].notna() & ~inside.fillna(False)]:
            problems.append(Problem(file, "outside_region", idx + 2, "lat",
                                    f"{typed.at[idx, 'lat']}, {typed.at[idx, 'lon']}",
                                    detail=f"{box['lat_min']}–{box['lat_max']} N, {box['lon_min']}–{box['lon_max']} E"))
            bad.add(idx)
    for col in table.columns:
        if not col.references:
            continue
        ref_table, _ = col.references.split(".")
        ids = typed["id"].dropna().tolist() if ref_table == table.name else None
        valid = set(ids) if ids is not None else known_ids.get(ref_table)
        if valid is None:
            continue
        for idx, items in typed[col.name].items():
            if col.kind != "list":
                items = () if pd.isna(items) else (items,)
            for item in items:
                if item not in valid:
                    problems.append(Problem(file, "dangling_reference", idx + 2, col.name, item, detail=ref_table))
                    bad.add(idx)
    return problems, bad


def read_file(path: Path, table: Table, known_ids: dict[str, set[str]] | None = None) -> LoadResult:
    try:
        raw = path.read_bytes()
    except OSError:
        return LoadResult(table.name, path.name, None, [Problem(path.name, "unreadable")])
    return read_table(raw, table, path.name, strict=True, known_ids=known_ids)


def file_key(path: Path) -> tuple[str, int, int]:
    """Changes whenever the file does: the cache key for loading."""
    try:
        st_ = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st_.st_mtime_ns, st_.st_size)


def load_all_uncached(data_dir: Path = DATA_DIR) -> dict[str, LoadResult]:
    """Loads the tables in dependency order, so references can be checked."""
    results: dict[str, LoadResult] = {}
    known: dict[str, set[str]] = {}
    for name in ("learning_forms", "proeftuinen", "schools", "glossary", "activities"):
        table = TABLES[name]
        res = read_file(data_dir / table.file, table, known)
        results[name] = res
        if res.frame is not None:
            known[name] = set(res.frame["id"].dropna())
    return results
