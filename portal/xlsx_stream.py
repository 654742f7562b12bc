"""A constant-memory worksheet that takes a whole row of plain values at once, for registers of many rows.

xlsxwriter's ``write_*`` calls cost several microseconds a cell: each checks its arguments, stores a
cell tuple, and writes the cell's XML on its own when the row is done. A register of 100,000 rows by
two dozen columns spends most of its time there. :class:`StreamingWorksheet` (a ``worksheet_class``
for ``Workbook.add_worksheet``, the subclassing xlsxwriter documents) adds :meth:`write_values`: one
call per row that writes the row's XML in one piece, with the same markup xlsxwriter gives those cells
in ``constant_memory`` mode (inline strings, numbers, dates as serial numbers with their format).
Headers, merged ranges, heights and everything else still go through xlsxwriter's own methods.
Dates can come as naive datetimes or, cheaper, as serial numbers (:mod:`portal.excel_dates`).
"""

from __future__ import annotations

import re
from datetime import date
from math import isfinite

from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from portal.excel_dates import serial_of

#: What xlsxwriter escapes in an inline string: XML markup, control characters, its own ``_xHHHH_``
#: escapes, and leading or trailing whitespace (kept with ``xml:space``). Most cells have none.
NEEDS_CARE = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s$")
MAX_STRING = 32767  # characters Excel keeps in a cell


class StreamingWorksheet(Worksheet):
    """A worksheet that also writes rows of plain values in one call (``constant_memory`` only)."""

    def set_value_formats(self, formats: list, *, repeated: set[int] = frozenset()) -> None:
        """The cell format of each column :meth:`write_values` writes (``None`` for none).

        Text in the ``repeated`` columns (a vocabulary, a few names) goes to the workbook's shared
        strings, each distinct value once: a smaller file, and each cell written from a cache. Free text
        stays inline, so memory does not grow with the rows.
        """
        self._value_cells = [
            (
                f'<c r="{xl_col_to_name(col)}',
                f'" s="{fmt._get_xf_index()}"' if fmt is not None else '"',
                col in repeated,
            )
            for col, fmt in enumerate(formats)
        ]
        self._shared_cells: dict[tuple[int, str], str] = {}

    def write_values(self, row: int, values) -> None:
        """Row ``row`` from column A: text, numbers, and naive dates or datetimes; ``None`` and "" are
        left empty. Rows must come in order, after any row written otherwise, and have no row format."""
        if not self.constant_memory:
            raise RuntimeError("write_values needs a workbook in constant_memory mode")
        if row <= self.previous_row and (row or self.dim_rowmax is not None) or row in self.row_info:
            raise ValueError(f"row {row} is not after the rows already written, or has a row format")
        self._write_single_row(row)  # the pending row written by xlsxwriter's own methods, if any
        number = str(row + 1)
        parts = [f'<row r="{number}">']
        needs_care = NEEDS_CARE.search
        shared_cells = self._shared_cells
        last = None
        for col, (value, (start, style, repeated)) in enumerate(zip(values, self._value_cells, strict=True)):
            if value is None or value == "":
                continue
            kind = value.__class__
            if kind is str and repeated:
                rest = shared_cells.get((col, value))
                if rest is None:
                    index = self.str_table._get_shared_string_index(value[:MAX_STRING])
                    rest = shared_cells[col, value] = f'{style} t="s"><v>{index}</v></c>'
                else:
                    self.str_table.count += 1
                parts.append(f"{start}{number}{rest}")
            elif kind is str:
                if len(value) > MAX_STRING or needs_care(value):
                    value = _careful(self, value)
                    parts.append(f'{start}{number}{style} t="inlineStr"><is>{value}</is></c>')
                else:
                    parts.append(f'{start}{number}{style} t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                value = value if kind is int or kind is float and isfinite(value) else _number(value)
                parts.append(f"{start}{number}{style}><v>{value:.16G}</v></c>")
            last = col
        if last is None:
            return
        parts.append("</row>")
        self.fh.write("".join(parts))
        self._check_dimensions(row, 0)
        self._check_dimensions(row, last)


def _careful(sheet: Worksheet, text: str) -> str:
    """The ``<t>`` of a string that needs escaping, truncating or its whitespace kept, as xlsxwriter does."""
    text = sheet._escape_data(sheet._escape_control_characters(text[:MAX_STRING]))
    keep = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f"<t{keep}>{text}</t>"


def _number(value) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float | date):
        raise TypeError(f"write_values takes text, numbers and dates, not {value!r}")
    if isinstance(value, float) and not isfinite(value):
        raise ValueError(f"a cell cannot hold {value!r}")
    return serial_of(value) if isinstance(value, date) else value
