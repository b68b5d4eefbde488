"""Exports of exactly what is shown, safe to open in a spreadsheet.

Cells a spreadsheet would run as a formula (leading =, +, -, @, tab or carriage return) get a leading
apostrophe, following OWASP's CSV-injection advice: the text is kept, the formula is not run.
"""

from __future__ import annotations

import hashlib
import io
import re

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def to_csv_bytes(frame: pd.DataFrame, dialect: str = "standard") -> bytes:
    """The frame as CSV, with a UTF-8 byte order mark so Excel reads the accents.

    standard: comma separated, dot decimals (RFC 4180, what data tools read).
    excel: what Excel with Dutch or Belgian settings opens as columns: semicolon separated, decimal commas
    (Excel splits a double-clicked CSV on the list separator of the computer's region, which there is ";")."""
    # whole numbers written whole, others as they are (12 significant digits: a coordinate keeps all of its):
    # the Dutch CSV read "EQF (min.)" as "1,0", as a column of numbers with gaps is a float column
    if dialect == "excel":
        return safe_frame(frame).to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n",
                                        float_format="%.12g").encode("utf-8-sig")
    return safe_frame(frame).to_csv(index=False, float_format="%.12g").encode("utf-8-sig")


MAX_NAME = 100  # characters, before the extension


def export_name(base: str, params: dict[str, str] | None = None) -> str:
    """A file name that says what the file holds: the table and the filters of the view, as in its link
    (leervormen_country-BE-NL_share-50-100)."""
    parts = [base]
    for key, value in (params or {}).items():
        slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{key}-{value}").strip("-")
        if slug:
            parts.append(slug)
    name = "_".join(parts)
    if len(name) <= MAX_NAME:
        return name
    # too long for some file systems and mail clients: the filters that fit, whole, then a short digest of
    # the full name, so two different views never share a file name
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=4).hexdigest()
    kept = [parts[0]]
    for part in parts[1:]:
        if len("_".join([*kept, part])) + len(digest) + 1 > MAX_NAME:
            break
        kept.append(part)
    return "_".join([*kept, digest])


def to_excel_bytes(frame: pd.DataFrame, note_lines: list[str], sheet: str = "data") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        safe_frame(frame).to_excel(writer, index=False, sheet_name=sheet)
        pd.DataFrame({"info": [neutralise(line) for line in note_lines]}).to_excel(
            writer, index=False, header=False, sheet_name="bron-source")
    return buf.getvalue()
