"""Uploads that stand for far more work than their size: built here for the tests and for bench/.

Each is under the upload's 5 MB limit, and each would cost seconds of CPU or hundreds of MB if it were
read as it asks to be."""

import io


def zip_bomb_xlsx(unpacked_mb: int = 60) -> bytes:
    """A workbook whose sheet unpacks to `unpacked_mb` MB of repeated rows, from well under 1 MB."""
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b"<row><c><v>1</v></c></row>" * 40_000
            for _ in range(unpacked_mb * 1_048_576 // len(chunk)):
                sheet.write(chunk)
    return buf.getvalue()


def long_xlsx(rows: int = 25_000) -> bytes:
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["id", "name"])
    for i in range(rows):
        ws.append([f"r{i}", "x"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def wide_xlsx(cells: int = 1_000_000) -> bytes:
    """A workbook whose one row holds a million cells (16 MB of XML, 100 kB zipped)."""
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'))
        archive.writestr("xl/workbook.xml", (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/>'
            '</sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
            + "<c><v>1</v></c>" * cells + "</row></sheetData></worksheet>"))
    return buf.getvalue()


EXPANDING_UPLOADS = [
    ("zip bomb", "bom.xlsx", zip_bomb_xlsx, "xlsx_unpacked"),
    ("workbook of 25,000 rows", "lang.xlsx", long_xlsx, "upload_rows"),
    ("2.5 million lines", "regels.csv", lambda: b"a\n" * 2_500_000, "upload_rows"),
    ("4 million columns", "kolommen.csv", lambda: b"," * 4_000_000 + b"\n1\n", "upload_columns"),
    ("1.5 million cells", "cellen.csv", lambda: (",".join(f"c{i}" for i in range(150)) + "\n" + "," * 149 + "\n").encode()
     + ("," * 149 + "\n").encode() * 10_000, "upload_cells"),
    ("a sheet of one row of a million cells", "breed.xlsx", lambda: wide_xlsx(), "upload_cells"),
]
