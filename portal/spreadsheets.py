"""CSV exports that a spreadsheet opens as data, never as formulas.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel
and LibreOffice as a formula (``=HYPERLINK(…)``, ``=cmd|…``). Any Funcionario writes ticket titles
and anyone fills the contact form, so every CSV export prefixes such text with an apostrophe, the
mark spreadsheets use for "this is text" (OWASP's advice for CSV injection).
"""

from __future__ import annotations

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """``value`` as a spreadsheet must show it: text that could start a formula gets a leading ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvExportMixin:
    """For Wagtail's spreadsheet exports: CSV cells are neutralised (XLSX cells are already typed as
    text by Wagtail, so a formula there is never evaluated)."""

    def write_csv_row(self, writer, row_dict):
        csv_format = SpreadsheetExportMixin.FORMAT_CSV
        return writer.writerow(
            {
                field: neutralised(self.preprocess_field_value(field, value, csv_format))
                for field, value in row_dict.items()
            }
        )
