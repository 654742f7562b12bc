"""The streaming worksheet writes the same cells as xlsxwriter's own calls, a row at a time."""

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest
import xlsxwriter
from django.utils import timezone

from portal.xlsx_stream import StreamingWorksheet

ROWS = [
    [1, "Incidente", "Impresora <HP> & escáner", 2.5, datetime(2025, 3, 1, 9, 30), date(2025, 3, 2), "Sí"],
    [2, "Requerimiento", "  con espacios  ", 0, None, None, "No"],
    [3, "Incidente", "control \x01 y _x0041_ literal", -7, datetime(1999, 12, 31, 23, 59), None, ""],
    [4, "Incidente", "x" * 40_000, 1e20, datetime(2026, 1, 1), date(2026, 1, 1), "Sí"],
    [None, None, None, None, None, None, None],  # an empty row writes nothing
    [6, "Requerimiento", "Último", 10, datetime(2025, 3, 1, 9, 30), date(2025, 3, 2), "No"],
]
REPEATED = {1, 6}  # type and flag: shared strings


def _formats(workbook):
    text = workbook.add_format({"border": 1})
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    return [None, text, text, None, moment, day, text]


def _streamed() -> bytes:
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"constant_memory": True})
    sheet = workbook.add_worksheet("Casos", worksheet_class=StreamingWorksheet)
    sheet.set_row(0, 30)
    sheet.write_row(0, 0, ["Número", "Tipo", "Título", "Valor", "Momento", "Día", "Marca"])
    sheet.set_value_formats(_formats(workbook), repeated=REPEATED)
    for row, values in enumerate(ROWS, start=1):
        sheet.write_values(row, values)
    workbook.close()
    return output.getvalue()


def _reference() -> bytes:
    """The same sheet through xlsxwriter's ``write`` (what the streaming sheet must match)."""
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"constant_memory": True})
    sheet = workbook.add_worksheet("Casos")
    sheet.set_row(0, 30)
    sheet.write_row(0, 0, ["Número", "Tipo", "Título", "Valor", "Momento", "Día", "Marca"])
    formats = _formats(workbook)
    for row, values in enumerate(ROWS, start=1):
        for col, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                sheet.write_string(row, col, value, formats[col])
            elif isinstance(value, date):
                sheet.write_datetime(row, col, value, formats[col])
            else:
                sheet.write_number(row, col, value, formats[col])
    workbook.close()
    return output.getvalue()


def _cells(content: bytes):
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [[(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]


def test_cells_read_back_as_xlsxwriter_writes_them():
    streamed, reference = _cells(_streamed()), _cells(_reference())
    assert streamed == reference
    assert streamed[1][2][0] == "Impresora <HP> & escáner"
    assert streamed[2][2][0] == "  con espacios  "
    assert len(streamed[4][2][0]) == 32_767  # Excel's limit, as xlsxwriter truncates
    assert streamed[1][4] == (datetime(2025, 3, 1, 9, 30), "yyyy-mm-dd hh:mm")
    assert all(value is None for value, _format in streamed[5])


def test_repeated_text_is_shared_and_free_text_inline():
    with zipfile.ZipFile(io.BytesIO(_streamed())) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert strings.count("<si>") == 4  # Incidente, Requerimiento, Sí, No: each once
    assert 'count="9"' in strings and 'uniqueCount="4"' in strings
    assert '<c r="B2" s="1" t="s"><v>0</v></c>' in sheet
    assert "control _x0001_ y _x005F_x0041_ literal" in sheet  # Excel's escapes, as xlsxwriter writes them
    assert "Impresora &lt;HP&gt; &amp; escáner" in sheet and 'xml:space="preserve">  con espacios  <' in sheet
    assert '<dimension ref="A1:G7"/>' in sheet and '<row r="6"' not in sheet


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ([1, "a", "b", True, None, None, None], TypeError),
        ([1, "a", "b", 1, timezone.now(), None, None], ValueError),
        ([1, "a", "b", 1, None, None, object()], TypeError),
        ([1, "a", "b", float("nan"), None, None, None], ValueError),
        ([1, "a", "b", float("-inf"), None, None, None], ValueError),
        ([1, "a"], ValueError),
    ],
)
def test_what_is_not_a_plain_value_is_refused(values, error):
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True})
    sheet = workbook.add_worksheet(worksheet_class=StreamingWorksheet)
    sheet.set_value_formats([None] * 7)
    with pytest.raises(error):
        sheet.write_values(1, values)
    workbook.close()


def test_rows_come_in_order_and_only_in_constant_memory():
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True})
    sheet = workbook.add_worksheet(worksheet_class=StreamingWorksheet)
    sheet.set_value_formats([None])
    sheet.write_values(3, [1])
    with pytest.raises(ValueError):
        sheet.write_values(3, [2])
    sheet.set_row(5, 20)
    with pytest.raises(ValueError):
        sheet.write_values(5, [3])  # a row with a format goes through xlsxwriter's own calls
    workbook.close()

    in_memory = xlsxwriter.Workbook(io.BytesIO())
    sheet = in_memory.add_worksheet(worksheet_class=StreamingWorksheet)
    sheet.set_value_formats([None])
    with pytest.raises(RuntimeError):
        sheet.write_values(0, [1])
    in_memory.close()

