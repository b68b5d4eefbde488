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
READS = 0  # how often a file was read and validated: the benchmark checks filters never add to it
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
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
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


def _arrow_columns(text: str, delimiter: str, utf8: bytes | None = None):
    """Fast path for large, well-formed files: pyarrow's CSV reader, every cell as text.
    `utf8`: the same content as UTF-8 bytes when the caller has them (saves encoding the text again).
    Returns None (use the careful path) as soon as a row has the wrong number of fields."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    header = next(csv.reader([text.split("\n", 1)[0].rstrip("\r")], delimiter=delimiter), [])
    header = [h.strip() for h in header]
    if len(text) < 200_000 or not header:
        return None  # small files: the careful path is fast enough and numbers blank lines exactly
    invalid = []
    names = [f"c{i}" for i in range(len(header))]
    try:
        table = pacsv.read_csv(
            io.BytesIO(utf8 if utf8 is not None else text.encode("utf-8")),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                             invalid_row_handler=lambda row: invalid.append(row) or "skip"),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, ValueError):
        return None
    if invalid:
        return None
    frame = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow")}.get)
    return header, [frame[n] for n in names], table.num_rows


def _python_columns(text: str, delimiter: str, file: str, result: LoadResult):
    """The careful path: Python's csv module, reporting rows with the wrong number of fields."""
    rows, broken = [], 0
    try:
        for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            rows.append(cells)
    except csv.Error as exc:
        # named at the row the broken record starts on (as a spreadsheet counts, the header being row 1): an
        # unclosed quote runs on over the lines after it, and Python only notices where the run ends. The rows
        # before it are read as usual; the broken one counts as read and dropped.
        message = str(exc)
        quote = '"' in message or "end of data" in message or "EOF" in message
        result.problems.append(Problem(file, "csv_quote" if quote else "csv_syntax", row=len(rows) + 1,
                                       detail="" if quote else message))
        if not rows:
            return None
        broken = 1
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        return [], [], -1
    header = [h.strip() for h in rows[0]]
    body = rows[1:]
    width = len(header)
    for i, cells in enumerate(body):
        if len(cells) != width:
            result.problems.append(Problem(file, "field_count", row=i + 2, value=str(len(cells)), detail=str(width)))
            body[i] = (cells + [""] * width)[:width]
    columns = list(zip(*body)) if body else [()] * width
    return header, columns, len(body) + broken


def read_table(raw: bytes, table: Table, file: str | None = None, *, strict: bool = True,
               known_ids: dict[str, set[str]] | None = None, max_bytes: int | None = MAX_FILE_BYTES) -> LoadResult:
    """Parse and validate one table from bytes.

    strict: the core data rules (UTF-8, comma, dot decimals) are errors; otherwise (uploads saved by
    Excel) they are converted and reported as notes.
    known_ids: ids of other tables, for the references ("learning_forms" -> {ids}).
    """
    file = file or table.file
    result = LoadResult(table.name, file, None)
    if max_bytes is not None and len(raw) > max_bytes:
        result.problems.append(Problem(file, "too_large", value=f"{len(raw) / 1_048_576:.1f} MB",
                                       detail=f"{max_bytes // 1_048_576} MB"))
        return result
    if not raw.strip():
        result.problems.append(Problem(file, "empty_file"))
        return result
    text, encoding, problems = _decode(raw, file, strict)
    result.problems += problems
    result.encoding = encoding
    if text is None:
        return result
    first_line = text.split("\n", 1)[0].rstrip("\r")
    delimiter = _sniff_delimiter(first_line)
    result.delimiter = delimiter
    if delimiter == ";":
        result.problems.append(Problem(file, "semicolon", severity="error" if strict else "note"))
    parsed = (_arrow_columns(text, delimiter, raw if encoding == "utf-8" else None)
              or _python_columns(text, delimiter, file, result))
    # the file's bytes and text are no longer needed: at 100,000 schools they are ~200 MB (see bench/)
    del raw, text
    if parsed is None:
        return result
    header, columns, n_rows = parsed
    if n_rows < 0:
        result.problems.append(Problem(file, "empty_file"))
        return result
    result.rows_read = n_rows
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
    if not n_rows:
        result.problems.append(Problem(file, "header_only", row=1))
        return result
    bad_rows: set[int] = {p.row - 2 for p in result.problems if p.code == "field_count"}
    position = {name: i for i, name in enumerate(header)}
    # Arrow-backed strings: the per-cell checks below run in C rather than Python
    raw_frame = pd.DataFrame({name: pd.Series(columns[position[name]], dtype="string[pyarrow]").str.strip()
                              for name in table.column_names})
    del columns

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
    result.frame = typed.drop(index=sorted(bad_rows)).reset_index(drop=True) if bad_rows else typed
    return result


_TRUE = {"true", "waar", "ja", "yes", "1"}
_FALSE = {"false", "onwaar", "nee", "no", "0"}


def _parse_column(values: pd.Series, col: Column, file: str, strict: bool):
    """Text cells -> typed column, vectorised; every cell that cannot be read becomes a Problem."""
    problems: list[Problem] = []
    bad: set[int] = set()
    text = values
    too_long = (text.str.len() > MAX_CELL_CHARS).to_numpy(dtype=bool)
    for idx in values.index[too_long]:
        problems.append(Problem(file, "cell_too_long", idx + 2, col.name, text[idx][:40] + "…",
                                detail=str(MAX_CELL_CHARS)))
        bad.add(idx)
    filled = (text != "").to_numpy(dtype=bool) & ~too_long
    dtype = {"int": "Int64", "float": "Float64", "bool": "boolean", "list": object}.get(col.kind, "string")

    def report(mask, code):
        for idx in values.index[mask]:
            problems.append(Problem(file, code, idx + 2, col.name, text[idx]))
            bad.add(idx)

    if col.kind in ("int", "float"):
        comma = filled & text.str.match(_DECIMAL_COMMA.pattern).to_numpy(dtype=bool)
        candidate = text.str.replace(",", ".", regex=False) if comma.any() else text
        if comma.any():
            if strict:
                report(comma, "decimal_comma")
            else:
                # converted, and said once per column rather than once per cell
                first = values.index[comma][0]
                more = f" (+{int(comma.sum()) - 1})" if comma.sum() > 1 else ""
                problems.append(Problem(file, "decimal_comma_converted", first + 2, col.name, text[first] + more,
                                        severity="note"))
        usable = filled & ~(comma & strict)
        numbers = pd.to_numeric(candidate.where(usable).astype(object), errors="coerce").astype("Float64")
        not_number = usable & numbers.isna().to_numpy(dtype=bool)
        report(not_number, "not_a_number")
        numbers = numbers.where(~not_number)
        if col.kind == "int":
            not_whole = (numbers.notna() & (numbers % 1 != 0)).fillna(False).to_numpy(dtype=bool)
            report(not_whole, "not_whole")
            numbers = numbers.where(~not_whole)
        return numbers.astype(dtype), problems, bad
    if col.kind == "bool":
        lowered = text.str.lower()
        yes = lowered.isin(_TRUE).to_numpy(dtype=bool) & filled
        no = lowered.isin(_FALSE).to_numpy(dtype=bool) & filled
        out = pd.Series(pd.NA, index=values.index, dtype="boolean")
        out[yes] = True
        out[no] = False
        report(filled & ~yes & ~no, "not_bool")
        return out, problems, bad
    if col.kind == "list":
        items = [tuple(i.strip() for i in t.split(";") if i.strip()) if f else () for t, f in zip(text, filled)]
        out = pd.Series(items, index=values.index, dtype=object)
        if col.allowed:
            allowed = set(col.allowed)
            for idx, row_items in zip(values.index, items):
                for item in row_items:
                    if item not in allowed:
                        problems.append(Problem(file, "not_allowed", idx + 2, col.name, item,
                                                detail=", ".join(col.allowed)))
                        bad.add(idx)
        return out, problems, bad
    return text.where(filled, pd.NA).astype(dtype), problems, bad


_CHECK_CODES = {"isin": "not_allowed", "str_matches": "bad_pattern", "in_range": "out_of_range",
                "field_uniqueness": "duplicate", "not_nullable": "required"}


def _run_pandera(typed: pd.DataFrame, table: Table, file: str):
    problems: list[Problem] = []
    bad: set[int] = set()
    try:
        pandera_schema(table.name).validate(typed, lazy=True, inplace=True)  # checks only: no copy
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
        lat_in = typed["lat"].between(box["lat_min"], box["lat_max"]).fillna(False)
        lon_in = typed["lon"].between(box["lon_min"], box["lon_max"]).fillna(False)
        for idx in typed.index[typed["lat"].notna() & typed["lon"].notna() & ~(lat_in & lon_in)]:
            # the column that is out: a longitude outside the region was reported under "lat"
            column = "lon" if lat_in[idx] else "lat" if lon_in[idx] else "lat, lon"
            problems.append(Problem(file, "outside_region", idx + 2, column,
                                    f"{typed.at[idx, 'lat']}, {typed.at[idx, 'lon']}",
                                    detail=f"{box['lat_min']}–{box['lat_max']} N, {box['lon_min']}–{box['lon_max']} E"))
            bad.add(idx)
    if table.formats_by:
        value_col, system_col, patterns = table.formats_by
        for system, pattern in patterns.items():
            rows = typed[system_col].eq(system).fillna(False) & typed[value_col].notna()
            wrong = rows & ~typed[value_col].astype("string").str.match(pattern).fillna(False)
            for idx in typed.index[wrong.to_numpy(dtype=bool)]:
                problems.append(Problem(file, "bad_code", idx + 2, value_col, str(typed.at[idx, value_col]),
                                        detail=system))
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
    global READS
    READS += 1
    try:
        raw = [path.read_bytes()]
    except OSError:
        return LoadResult(table.name, path.name, None, [Problem(path.name, "unreadable")])
    # the project's own files may grow large (see bench/); the size limit is for uploads. The bytes are
    # handed over, not kept here, so read_table can free them once parsed.
    return read_table(raw.pop(), table, path.name, strict=True, known_ids=known_ids, max_bytes=None)


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
    for name in LOAD_ORDER:
        table = TABLES[name]
        res = read_file(data_dir / table.file, table, known)
        results[name] = res
        if res.frame is not None and "id" in res.frame:
            known[name] = set(res.frame["id"].dropna())
    if results["schools"].frame is not None:
        from les.programmes import with_offer
        results["schools"].frame = with_offer(results["schools"].frame, results["programmes"].frame)
    _release_arrow_memory()
    return results


def known_ids(results: dict[str, LoadResult]) -> dict[str, set[str]]:
    """The ids of every loaded table that has them: what an uploaded file's references are checked against."""
    return {name: set(res.frame["id"].dropna()) for name, res in results.items()
            if res.frame is not None and "id" in res.frame}


# dependency order: a table's references are checked against the tables read before it
LOAD_ORDER = ("learning_forms", "form_figures", "proeftuinen", "schools", "programmes", "glossary", "activities",
              "coverage")


def _release_arrow_memory() -> None:
    """Give the parse buffers back to the system: pyarrow's allocator keeps freed memory otherwise, which
    at 100,000 schools is a few hundred MB of resident memory the server never uses again (bench/)."""
    import sys
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
