"""Plain tables in the institutional XLSX reports, described by their columns.

A report says what its table holds; this module writes it the same way everywhere::

    COLUMNS = (
        Column(gettext_lazy("Código"), 10, value=attrgetter("code")),
        Column(gettext_lazy("Inicio"), 11, fmt="date", value=attrgetter("start_date")),
    )
    sheet, table = table_sheet(workbook, styles, name=_("Acciones"), institution=institution,
                               title=_("ACCIONES"), columns=COLUMNS, rows=actions)

Column widths, the header row in the header style, one row per item with each column's format, the
frozen header and the autofilter over the data. Text is always written as text: a title that starts
with ``=`` stays a title, never a formula. Special layouts (merged blocks, the risk map, the process
sheet, charts) write their own cells with the same :class:`portal.xlsx.Styles`, and may still use
:func:`set_widths`, :func:`write_headings` or :func:`write_table` for the plain part of a sheet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from portal.xlsx import Styles, landscape_fit_to_width, row_height, wrapped_lines, write_header

#: What xlsxwriter's own ``write`` takes for a link; anything else in a ``url`` column stays text.
LINK = re.compile(r"(ftp|http)s?://|mailto:|(in|ex)ternal:")


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``fmt`` is the name of a :class:`~portal.xlsx.Styles` format (``"wrap"``, ``"text"``, ``"date"``,
    ``"number"``, ``"percent"``…), a format object, or a callable taking the row's item and returning
    a format (a status colour per row). ``value`` takes the item and returns the cell's value; without
    it the item is a sequence and the column takes its own position. ``url`` writes the text as a link.
    """

    header: str
    width: float
    fmt: str | object | Callable[[Any], object] = "wrap"
    value: Callable[[Any], Any] | None = None
    url: bool = False


@dataclass(frozen=True)
class TableRange:
    """Where a written table sits: header row and data rows (``last_row == header_row`` if empty)."""

    header_row: int
    first_row: int
    last_row: int
    last_col: int

    @property
    def next_row(self) -> int:
        return self.last_row + 1


def set_widths(sheet, columns: Sequence[Column], *, first_col: int = 0) -> None:
    for col, column in enumerate(columns, start=first_col):
        sheet.set_column(col, col, column.width)


def write_headings(sheet, styles: Styles, columns: Sequence[Column], row: int, *, height=None) -> None:
    """The header row, in the institutional header style (``height`` in points, else the default)."""
    if height is not None:
        sheet.set_row(row, height)
    for col, column in enumerate(columns):
        sheet.write_string(row, col, str(column.header), styles.header)


def write_cell(sheet, row: int, col: int, value, cell_format, *, url: bool = False) -> None:
    """One value with its type's ``write_*``: text as text (never a formula), numbers, dates, blanks."""
    if value is None or value == "":
        sheet.write_blank(row, col, None, cell_format)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value, cell_format)
    elif isinstance(value, int | float | Decimal):
        sheet.write_number(row, col, float(value), cell_format)
    elif isinstance(value, date):
        sheet.write_datetime(row, col, value, cell_format)
    elif url and LINK.match(str(value)):
        sheet.write_url(row, col, str(value), cell_format, string=str(value))
    else:
        sheet.write_string(row, col, str(value), cell_format)


def write_table(
    sheet,
    styles: Styles,
    columns: Sequence[Column],
    rows: Iterable,
    *,
    start_row: int,
    widths: bool = True,
    header_height: float | None = None,
    fit_rows: bool = False,
    freeze: bool = True,
    freeze_cols: int = 0,
    autofilter: bool = True,
) -> TableRange:
    """Header at ``start_row``, then one row per item of ``rows`` (written in order, so it suits
    ``constant_memory`` workbooks); returns where the table sits.

    ``fit_rows`` sets each row's height to its longest wrapped text (neither Excel nor LibreOffice
    auto-fits written rows). ``freeze`` freezes the header and ``freeze_cols`` columns; ``autofilter``
    filters the header and the data rows.
    """
    formats = [_format_of(column, styles) for column in columns]
    values = [column.value or _position(index) for index, column in enumerate(columns)]
    if widths:
        set_widths(sheet, columns)
    write_headings(sheet, styles, columns, start_row, height=header_height)
    row = start_row
    for item in rows:
        row += 1
        cells = [value(item) for value in values]
        if fit_rows:
            texts = zip(cells, columns, strict=True)
            lines = [wrapped_lines(v, column.width) for v, column in texts if isinstance(v, str)]
            sheet.set_row(row, row_height(max(lines, default=1)))
        for col, (cell, column, cell_format) in enumerate(zip(cells, columns, formats, strict=True)):
            cell_format = cell_format(item) if callable(cell_format) else cell_format
            write_cell(sheet, row, col, cell, cell_format, url=column.url)
    last_col = len(columns) - 1
    if freeze:
        sheet.freeze_panes(start_row + 1, freeze_cols)
    if autofilter:
        sheet.autofilter(start_row, 0, row, last_col)
    return TableRange(header_row=start_row, first_row=start_row + 1, last_row=row, last_col=last_col)


def table_sheet(
    workbook,
    styles: Styles,
    *,
    name: str,
    institution: str,
    title: str,
    columns: Sequence[Column],
    rows: Iterable,
    subtitle: str = "",
    **table_options,
):
    """A whole sheet: the institutional header, the table, and the print setup repeating its header.

    Returns ``(sheet, TableRange)``; ``table_options`` go to :func:`write_table`.
    """
    sheet = workbook.add_worksheet(name)
    set_widths(sheet, columns)
    start = write_header(
        sheet, styles, institution=institution, title=title, last_col=len(columns) - 1, subtitle=subtitle
    )
    table = write_table(sheet, styles, columns, rows, start_row=start, widths=False, **table_options)
    landscape_fit_to_width(sheet, repeat_rows=(table.header_row, table.header_row))
    return sheet, table


def _format_of(column: Column, styles: Styles):
    return getattr(styles, column.fmt) if isinstance(column.fmt, str) else column.fmt


def _position(index: int) -> Callable[[Sequence], Any]:
    return lambda item: item[index]
