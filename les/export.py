"""Exports of exactly what is shown, safe to open in a spreadsheet.

Cells a spreadsheet would run as a formula (leading =, +, -, @, tab or carriage return) get a leading
apostrophe, following OWASP's CSV-injection advice: the text is kept, the formula is not run.
"""

from __future__ import annotations

import io

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


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    # UTF-8 with BOM so Excel opens accents correctly; comma separated, dot decimals.
    return safe_frame(frame).to_csv(index=False).encode("utf-8-sig")


def to_excel_bytes(frame: pd.DataFrame, note_lines: list[str], sheet: str = "data") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        safe_frame(frame).to_excel(writer, index=False, sheet_name=sheet)
        pd.DataFrame({"info": [neutralise(line) for line in note_lines]}).to_excel(
            writer, index=False, header=False, sheet_name="bron-source")
    return buf.getvalue()
