"""Institutional XLSX reports: one place for the header and the styles every report shares."""

from __future__ import annotations

import io
from dataclasses import dataclass

import xlsxwriter
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.palette import GOVCO_DARK, SOFT, TRAFFIC_LIGHT, WHITE

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Styles:
    title: object
    subtitle: object
    header: object
    text: object
    wrap: object
    wrap_bold: object
    phase: object
    number: object
    percent: object
    date: object
    traffic: dict


def new_workbook(*, constant_memory: bool = False) -> tuple[xlsxwriter.Workbook, io.BytesIO, Styles]:
    """A workbook writing to memory, with the institutional styles."""
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        output,
        {
            "constant_memory": constant_memory,
            "in_memory": not constant_memory,
            "default_date_format": "yyyy-mm-dd",
            "remove_timezone": True,
            # Text that starts with "=" (a reason, a name someone typed) stays text, never a formula.
            "strings_to_formulas": False,
        },
    )
    base = {"font_name": "Arial", "font_size": 10, "valign": "top", "border": 1}
    styles = Styles(
        title=workbook.add_format(
            {
                "font_name": "Arial",
                "bold": True,
                "font_size": 14,
                "font_color": GOVCO_DARK,
                "align": "center",
                "valign": "vcenter",
            }
        ),
        subtitle=workbook.add_format(
            {"font_name": "Arial", "font_size": 10, "align": "center", "valign": "vcenter", "italic": True}
        ),
        header=workbook.add_format(
            {
                **base,
                "bold": True,
                "bg_color": GOVCO_DARK,
                "font_color": WHITE,
                "align": "center",
                "valign": "vcenter",
                "text_wrap": True,
            }
        ),
        text=workbook.add_format(base),
        wrap=workbook.add_format({**base, "text_wrap": True}),
        wrap_bold=workbook.add_format({**base, "text_wrap": True, "bold": True}),
        phase=workbook.add_format(
            {**base, "bold": True, "bg_color": SOFT, "align": "center", "valign": "vcenter", "rotation": 90}
        ),
        number=workbook.add_format({**base, "num_format": "#,##0.00"}),
        percent=workbook.add_format({**base, "num_format": "0.0%"}),
        date=workbook.add_format({**base, "num_format": "yyyy-mm-dd"}),
        traffic={
            name: workbook.add_format(
                {**base, "bold": True, "bg_color": light.fill, "font_color": WHITE, "align": "center"}
            )
            for name, light in TRAFFIC_LIGHT.items()
        },
    )
    return workbook, output, styles


#: Points per wrapped line of 10-pt Arial, and the tallest row a report writes.
LINE_HEIGHT = 13
MAX_ROW_HEIGHT = 409  # the largest row height Excel and LibreOffice accept


def wrapped_lines(text, width: int) -> int:
    """Lines a wrapped cell needs at roughly one character per width unit."""
    text = "" if text is None else str(text)
    return sum(max(1, -(-len(line) // max(width - 2, 1))) for line in text.splitlines() or [""])


def row_height(lines: int) -> int:
    """Row height for ``lines`` wrapped lines (neither Excel nor LibreOffice auto-fits written rows)."""
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * max(lines, 1) + 4)


def write_header(
    sheet, styles: Styles, *, institution: str, title: str, last_col: int, subtitle: str = ""
) -> int:
    """Institution, report title and generation date across the sheet; returns the next free row."""
    # Heights first: in constant-memory mode a row is final once a later row is written.
    sheet.set_row(0, 22)
    sheet.set_row(1, 20)
    sheet.merge_range(0, 0, 0, last_col, institution, styles.title)
    sheet.merge_range(1, 0, 1, last_col, title, styles.title)
    generated = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    line = _("Generado el %(moment)s") % {"moment": generated}
    if subtitle:
        line = f"{subtitle} · {line}"
    sheet.merge_range(2, 0, 2, last_col, line, styles.subtitle)
    return 4


def write_block_heading(sheet, styles: Styles, row: int, text: str, *, last_col: int) -> int:
    """A block's heading across the sheet, in the header style; returns the next row."""
    sheet.merge_range(row, 0, row, last_col, text, styles.header)
    return row + 1


def write_label_value(
    sheet, styles: Styles, row: int, label: str, value: str, *, last_col: int, value_width: int
) -> int:
    """A label over the first two columns and its value across the rest, the row as tall as the
    wrapped value needs (``value_width``: the width of those columns); returns the next row."""
    sheet.merge_range(row, 0, row, 1, label, styles.wrap_bold)
    sheet.merge_range(row, 2, row, last_col, value, styles.wrap)
    sheet.set_row(row, row_height(wrapped_lines(value, value_width)))
    return row + 1


def write_signatures(sheet, styles: Styles, row: int, labels, *, last_col: int) -> int:
    """A signature block: each label over the first two columns, a tall empty cell to sign across
    the rest; returns the next row."""
    for label in labels:
        sheet.merge_range(row, 0, row, 1, label, styles.wrap_bold)
        sheet.merge_range(row, 2, row, last_col, "", styles.wrap)
        sheet.set_row(row, 36)
        row += 1
    return row


def landscape_fit_to_width(sheet, *, repeat_rows: tuple[int, int] | None = None) -> None:
    """Print setup every institutional report uses: landscape, letter, one page wide."""
    sheet.set_landscape()
    sheet.set_paper(1)  # Letter
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    if repeat_rows:
        sheet.repeat_rows(*repeat_rows)
