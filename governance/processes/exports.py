"""The process sheet as an XLSX workbook in the institutional layout."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.documents.models import DocumentKind
from governance.processes.models import CriterionKind
from governance.processes.sheet import COLUMNS
from portal.xlsx import landscape_fit_to_width, new_workbook, wrapped_lines, write_header

WIDTHS = (22, 28, 6, 60, 22, 30, 24)
#: Headings of the documented-information block, one per kind of document.
KIND_HEADINGS = {
    DocumentKind.MANUAL: gettext_lazy("MANUALES INSTITUCIONALES"),
    DocumentKind.PLAN: gettext_lazy("PLANES O PROGRAMAS INSTITUCIONALES"),
    DocumentKind.PROCEDURE: gettext_lazy("PROCEDIMIENTOS"),
    DocumentKind.COMMITTEE: gettext_lazy("COMITÉS INSTITUCIONALES"),
}


def sheet_workbook(data: dict, *, institution: str) -> bytes:
    """Header, the PROVEEDOR…CLIENTE table with merged cells, footnotes, documents and criteria."""
    workbook, output, styles = new_workbook()
    process = data["process"]
    sheet = workbook.add_worksheet(_("Caracterización"))
    last = len(COLUMNS) - 1
    row = write_header(
        sheet,
        styles,
        institution=institution,
        last_col=last,
        title=_("CARACTERIZACIÓN DEL PROCESO — %(name)s") % {"name": process.name.upper()},
    )
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)

    labels = (
        (_("PROCESO %(type)s:") % {"type": process.get_process_type_display().upper()}, process.name, 16),
        (_("OBJETIVO:"), process.objective, 30),
        (_("LÍDER:"), process.leader, 16),
    )
    for label, value, height in labels:
        sheet.merge_range(row, 0, row, 1, label, styles.wrap_bold)
        sheet.merge_range(row, 2, row, last, value, styles.wrap)
        sheet.set_row(row, height)
        row += 1
    row += 1

    header_row = row
    for col, (label, key) in enumerate(COLUMNS):
        sheet.write(row, col, "C" if key == "phase" else str(label), styles.header)
    row += 1
    keys = [key for _label, key in COLUMNS]
    for sheet_row in data["rows"]:
        sheet.set_row(row, _row_height(sheet_row.cells, keys))
        for col, key in enumerate(keys):
            cell = sheet_row.cells[key]
            if cell is None:
                continue
            style = styles.phase if key == "phase" else styles.wrap
            if cell.rowspan > 1:
                sheet.merge_range(row, col, row + cell.rowspan - 1, col, cell.value, style)
            else:
                sheet.write(row, col, cell.value, style)
        row += 1
    sheet.freeze_panes(header_row + 1, 0)

    row += 1
    for note in data["footnotes"]:
        sheet.merge_range(row, 0, row, last, note, styles.text)
        row += 1

    row += 1
    sheet.merge_range(row, 0, row, last, _("INFORMACIÓN DOCUMENTADA DEL PROCESO"), styles.header)
    row += 1
    kinds = list(DocumentKind)
    spans = ((0, 1), (2, 3), (4, 5), (6, 6))
    for (first, end), kind in zip(spans, kinds, strict=True):
        _merge(sheet, row, first, end, str(KIND_HEADINGS[kind]), styles.header)
    row += 1
    for (first, end), kind in zip(spans, kinds, strict=True):
        lines = []
        for document in data["documented"][kind]:
            current = document.current_version
            suffix = f" (v{current.version}, {current.approved_on:%Y-%m-%d})" if current else ""
            lines.append(f"{document.code} {document.title}{suffix}")
        _merge(sheet, row, first, end, "\n".join(lines), styles.wrap)
    sheet.set_row(row, max(15, 13 * max(len(data["documented"][k]) for k in kinds)))
    row += 2

    sheet.merge_range(row, 0, row, last, _("CRITERIOS Y MÉTODOS"), styles.header)
    row += 1
    for (first, end), kind in zip(spans, CriterionKind, strict=True):
        _merge(sheet, row, first, end, str(kind.label).upper(), styles.header)
    row += 1
    for (first, end), kind in zip(spans, CriterionKind, strict=True):
        text = "\n".join(c.text for c in data["criteria"] if c.kind == kind)
        _merge(sheet, row, first, end, text, styles.wrap)
    sheet.set_row(row, 55)

    landscape_fit_to_width(sheet, repeat_rows=(header_row, header_row))
    workbook.close()
    return output.getvalue()


def _row_height(cells, keys) -> int:
    """Tall enough for the longest single-row cell (Excel and LibreOffice do not auto-fit these)."""
    needed = [
        wrapped_lines(cell.value, WIDTHS[col])
        for col, key in enumerate(keys)
        if (cell := cells[key]) is not None and cell.rowspan == 1 and key != "phase"
    ]
    return 13 * max(needed, default=1) + 4


def _merge(sheet, row, first, last, value, style):
    if first == last:
        sheet.write(row, first, value, style)
    else:
        sheet.merge_range(row, first, row, last, value, style)
