"""A published register's snapshot as an institutional XLSX: the same columns and rows as the page."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.xlsx import new_workbook
from portal.xlsx_tables import Column, table_sheet

MIN_WIDTH, MAX_WIDTH = 10, 50


def _width(header: str, rows: list[dict], key: str) -> int:
    longest = max([len(header) // 2, *(len(row.get(key, "")) for row in rows[:200])], default=MIN_WIDTH)
    return max(MIN_WIDTH, min(MAX_WIDTH, longest + 2))


def register_workbook(snapshot: dict, *, institution: str, title: str) -> bytes:
    rows = snapshot.get("rows", [])
    columns = [
        Column(
            header,
            _width(header, rows, key),
            value=lambda row, key=key: row.get(key, ""),
            url=True,  # a cell holding an address is written as a link, any other as text
        )
        for key, header in snapshot.get("columns", [])
    ]
    taken_at = snapshot.get("taken_at")
    subtitle = ""
    if taken_at:
        moment = timezone.localtime(datetime.fromisoformat(taken_at)).strftime("%Y-%m-%d %H:%M")
        subtitle = _("Registro con corte al %(moment)s") % {"moment": moment}
    workbook, output, styles = new_workbook()
    table_sheet(
        workbook,
        styles,
        name=_("Registro"),
        institution=institution,
        title=title,
        columns=columns,
        rows=rows,
        subtitle=subtitle,
    )
    workbook.close()
    return output.getvalue()
