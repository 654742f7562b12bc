"""The shared XLSX table writer, read back with openpyxl."""

import io
from datetime import date
from decimal import Decimal

import openpyxl

from portal.xlsx import new_workbook
from portal.xlsx_tables import Column, table_sheet, write_table

COLUMNS = (
    Column("Código", 12, fmt="text", value=lambda item: item["code"]),
    Column("Título", 30, value=lambda item: item["title"]),
    Column("Inicio", 11, fmt="date", value=lambda item: item["start"]),
    Column("Avance", 9, fmt="percent", value=lambda item: item["progress"]),
    Column("Costo", 14, fmt="number", value=lambda item: item["cost"]),
    Column("Enlace", 20, value=lambda item: item["url"], url=True),
)
ITEMS = [
    {
        "code": "A-1",
        "title": '=HYPERLINK("http://x")',
        "start": date(2025, 3, 1),
        "progress": 0.25,
        "cost": Decimal("1500.50"),
        "url": "https://www.gov.co",
    },
    {"code": "A-2", "title": "Plain\nline", "start": None, "progress": 1, "cost": 0, "url": "no link"},
]


def _read(**options):
    workbook, output, styles = new_workbook(constant_memory=options.pop("constant_memory", False))
    sheet, table = table_sheet(
        workbook,
        styles,
        name="Hoja",
        institution="Entidad",
        title="TÍTULO",
        columns=COLUMNS,
        rows=ITEMS,
        **options,
    )
    workbook.close()
    return openpyxl.load_workbook(io.BytesIO(output.getvalue()))["Hoja"], table


def test_the_header_row_follows_the_institutional_header_with_every_column_heading():
    sheet, table = _read()
    assert table.header_row == 4
    assert [cell.value for cell in sheet[table.header_row + 1]] == [str(c.header) for c in COLUMNS]
    assert sheet.cell(table.header_row + 1, 1).font.b


def test_columns_take_their_widths():
    sheet, _table = _read()
    # xlsxwriter stores a width plus the cell padding Excel adds (0.71 characters at the default font).
    widths = [round(sheet.column_dimensions[letter].width - 0.71, 1) for letter in "ABCDEF"]
    assert widths == [column.width for column in COLUMNS]


def test_the_header_is_frozen_and_filtered_over_the_data_rows():
    sheet, _table = _read(freeze_cols=1)
    assert sheet.freeze_panes == "B6"
    assert sheet.auto_filter.ref == "A5:F7"


def test_freeze_and_autofilter_can_be_left_off():
    sheet, _table = _read(freeze=False, autofilter=False)
    assert sheet.freeze_panes is None
    assert sheet.auto_filter.ref is None


def test_dates_numbers_and_percentages_keep_their_types_and_formats():
    sheet, _table = _read()
    start, progress, cost = sheet["C6"], sheet["D6"], sheet["E6"]
    assert start.value.date() == date(2025, 3, 1) and start.number_format == "yyyy-mm-dd"
    assert progress.value == 0.25 and progress.number_format == "0.0%"
    assert cost.value == 1500.5 and cost.number_format == "#,##0.00"
    assert sheet["C7"].value is None


def test_text_that_looks_like_a_formula_is_written_as_text():
    sheet, _table = _read()
    assert sheet["B6"].data_type == "s"
    assert sheet["B6"].value == '=HYPERLINK("http://x")'


def test_url_columns_link_only_real_links():
    sheet, _table = _read()
    assert sheet["F6"].hyperlink.target == "https://www.gov.co"
    assert sheet["F7"].hyperlink is None and sheet["F7"].value == "no link"


def test_fit_rows_sets_each_row_to_its_longest_wrapped_text():
    sheet, _table = _read(fit_rows=True)
    assert sheet.row_dimensions[7].height == 30  # two lines of 13 points, plus 4


def test_an_empty_table_has_a_header_only_and_a_format_callable_gets_each_item():
    workbook, output, styles = new_workbook(constant_memory=True)
    sheet = workbook.add_worksheet("Vacía")
    columns = (Column("Estado", 10, fmt=lambda item: styles.traffic[item], value=str),)
    empty = write_table(sheet, styles, columns, [], start_row=0)
    assert (empty.first_row, empty.last_row) == (1, 0)
    coloured = workbook.add_worksheet("Colores")
    write_table(coloured, styles, columns, ["rojo"], start_row=0)
    workbook.close()
    book = openpyxl.load_workbook(io.BytesIO(output.getvalue()))
    assert book["Vacía"].max_row == 1
    assert book["Colores"]["A2"].fill.fgColor.rgb.endswith("C62828")
