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


# An upload is a door any visitor can use, and a small file can stand for far more work than its size: a
# workbook is a zip that may unpack to gigabytes, a CSV of a few MB may hold millions of lines or columns.
# Such a file is refused, with a message saying which limit and by how much, before it costs more than a
# fraction of a second and a few MB: the sizes a file declares are read before its content (bench/ measures
# the hostile cases). Generous for coordinators: the largest table is a few thousand rows.
MAX_UPLOAD_ROWS = 20_000
MAX_UPLOAD_COLUMNS = 200
MAX_UPLOAD_CELLS = 400_000  # 20,000 rows of 20 columns
MAX_XLSX_UNPACKED = 25 * 1024 * 1024
MAX_XLSX_ENTRIES = 500


class UploadRefused(Exception):
    def __init__(self, code: str, value: str, detail: str):
        super().__init__(code)
        self.code, self.value, self.detail = code, value, detail


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


def check_csv_shape(raw: bytes) -> None:
    """Refuse a CSV with more lines, columns or cells than an upload may have, by counting bytes (no parsing)."""
    lines = raw.count(b"\n") + (0 if raw.endswith(b"\n") else 1)
    first = raw.split(b"\n", 1)[0]
    columns = max(first.count(b","), first.count(b";")) + 1
    if columns > MAX_UPLOAD_COLUMNS:
        raise UploadRefused("upload_columns", _n(columns), _n(MAX_UPLOAD_COLUMNS))
    if lines > MAX_UPLOAD_ROWS + 1:
        raise UploadRefused("upload_rows", _n(lines), _n(MAX_UPLOAD_ROWS + 1))
    if lines * columns > MAX_UPLOAD_CELLS:
        raise UploadRefused("upload_cells", _n(lines * columns), _n(MAX_UPLOAD_CELLS))


def check_xlsx_declared(raw: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than an upload may, from the sizes its zip directory
    declares (zipfile then never unpacks more than declared: a part that lies fails its CRC check)."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = archive.infolist()
        if len(parts) > MAX_XLSX_ENTRIES:
            raise UploadRefused("xlsx_entries", _n(len(parts)), _n(MAX_XLSX_ENTRIES))
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_XLSX_UNPACKED:
            raise UploadRefused("xlsx_unpacked", _mb(unpacked), _mb(MAX_XLSX_UNPACKED))


_ROW_TAGS = (b"<row ", b"<row>", b":row ", b":row>")  # <row …>, and <x:row …> with a namespace prefix
_CELL_TAGS = (b"<c ", b"<c>", b":c ", b":c>")


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _first_sheet_part(archive: zipfile.ZipFile) -> str:
    """The zip part of the workbook's first sheet (the one that is read), from workbook.xml and its rels."""
    import posixpath
    from xml.etree import ElementTree

    sheet = ElementTree.fromstring(archive.read("xl/workbook.xml")).find(f"{_MAIN}sheets/{_MAIN}sheet")
    rid = sheet.get(f"{_REL}id")
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target") for r in rels.iter(f"{_PKG}Relationship") if r.get("Id") == rid)
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def _count_sheet(archive: zipfile.ZipFile, part_name: str) -> tuple[int, int]:
    """The rows and cells a sheet holds, counted in its XML without parsing it: openpyxl, even read-only,
    parses a whole sheet to learn its size when the sheet does not declare it, seconds for what this scan
    does in a fraction of one. The sheet's unpacked size is bounded by check_xlsx_declared."""
    rows = cells = 0
    tail = b""
    with archive.open(part_name) as part:
        while chunk := part.read(1 << 20):
            block = tail + chunk
            tail = block[-4:]
            # a tag across the chunk boundary is found in `block`; one wholly inside the kept tail is found
            # with the next chunk, so it is taken off here
            rows += sum(block.count(tag) - tail.count(tag) for tag in _ROW_TAGS)
            cells += sum(block.count(tag) - tail.count(tag) for tag in _CELL_TAGS)
    rows += sum(tail.count(tag) for tag in _ROW_TAGS)
    cells += sum(tail.count(tag) for tag in _CELL_TAGS)
    return rows, cells


def _xlsx_to_csv(raw: bytes) -> bytes:
    from openpyxl import load_workbook

    check_xlsx_declared(raw)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        try:
            parts = [_first_sheet_part(archive)]
        except (KeyError, StopIteration, AttributeError, SyntaxError):  # an unusual layout: count every sheet
            parts = [n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        for part_name in parts:
            rows_held, cells_held = _count_sheet(archive, part_name)
            if rows_held > MAX_UPLOAD_ROWS + 1:
                raise UploadRefused("upload_rows", _n(rows_held), _n(MAX_UPLOAD_ROWS + 1))
            if cells_held > MAX_UPLOAD_CELLS:
                raise UploadRefused("upload_cells", _n(cells_held), _n(MAX_UPLOAD_CELLS))
    wb = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    ws = wb.worksheets[0]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    rows = n_cells = 0
    # one column past the limit is read, so a wider sheet is told apart from one exactly at it
    for row in ws.iter_rows(values_only=True, max_col=MAX_UPLOAD_COLUMNS + 1):
        rows += 1
        if rows > MAX_UPLOAD_ROWS + 1:
            wb.close()
            raise UploadRefused("upload_rows", f"> {_n(MAX_UPLOAD_ROWS + 1)}", _n(MAX_UPLOAD_ROWS + 1))
        while row and row[-1] is None:
            row = row[:-1]
        if len(row) > MAX_UPLOAD_COLUMNS:
            wb.close()
            raise UploadRefused("upload_columns", f"> {_n(MAX_UPLOAD_COLUMNS)}", _n(MAX_UPLOAD_COLUMNS))
        n_cells += len(row)
        if n_cells > MAX_UPLOAD_CELLS:
            wb.close()
            raise UploadRefused("upload_cells", f"> {_n(MAX_UPLOAD_CELLS)}", _n(MAX_UPLOAD_CELLS))
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


# What a file that is not text most often turns out to be, by its first bytes: a picture or a PDF picked by
# mistake, a workbook saved under a .csv name. Named in the message, so the coordinator knows what they sent.
_SIGNATURES = ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"%PDF", "PDF"),
               (b"\xd0\xcf\x11\xe0", "Excel 97-2003 (.xls)"), (b"PK\x03\x04", "ZIP"))


def not_csv(raw: bytes, name: str) -> Problem | None:
    """Why a file offered as CSV is not CSV text at all, or None when it may be: Excel's "Unicode text" (UTF-16),
    a known binary format, or bytes no text has (NUL). Told before the header is looked at, which in such a
    file "fits no table" and would send the coordinator looking for a wrong column name."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(name, "utf16")
    for signature, kind in _SIGNATURES:
        if raw.startswith(signature):
            if kind == "ZIP" and b"xl/" in raw[:4096]:
                kind = "Excel (.xlsx)"
            return Problem(name, "not_csv", value=kind)
    if b"\x00" in raw[:4096]:
        return Problem(name, "binary_file")
    return None


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
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():  # nothing in it but perhaps a BOM and blank lines
        return LoadResult("?", name, None, [Problem(name, "empty_file")]), None
    try:
        if name.lower().endswith(".xlsx"):
            try:
                raw = _xlsx_to_csv(raw)
            except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError, EOFError):
                return LoadResult("?", name, None, [Problem(name, "xlsx_unreadable")]), None
        else:
            wrong = not_csv(raw, name)
            if wrong is not None:
                return LoadResult("?", name, None, [wrong]), None
            check_csv_shape(raw)
    except UploadRefused as refused:
        return LoadResult("?", name, None, [Problem(name, refused.code, value=refused.value,
                                                    detail=refused.detail)]), None
    header = _header_of(raw)
    table = TABLES.get(table_name) if table_name else detect_table(header)
    if table is None:
        return LoadResult("?", name, None, [Problem(name, "unknown_table")]), None
    result = read_table(raw, table, name, strict=False, known_ids=known_ids)
    missing = [p for p in result.problems if p.code == "missing_column"]
    if table_name and len(missing) * 2 > len(table.column_names):
        # a table chosen by hand that the file does not fit: say that first, not the file's encoding
        result.problems.insert(0, Problem(name, "wrong_table", value=table.file, detail=str(len(missing))))
    return result, table


def headline(problems: list[Problem]) -> Problem | None:
    """The problem to name first: the most serious one (an error before a note; of the errors, one about the
    whole file before one about a row)."""
    if not problems:
        return None
    return min(problems, key=lambda p: (p.severity != "error", p.row not in (None, 1)))


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
