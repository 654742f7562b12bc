"""The process sheet as an XLSX workbook in the institutional layout."""

from __future__ import annotations

from governance.documents.models import DocumentKind
from governance.processes.models import CriterionKind
from governance.processes.sheet import COLUMNS
from portal.xlsx import landscape_fit_to_width, new_workbook, wrapped_lines, write_header

WIDTHS = (22, 28, 6, 60, 22, 30, 24)


def sheet_workbook(data: dict, *, institution: str) -> bytes:
    """Header, the PROVEEDOR…CLIENTE table with merged cells, footnotes, documents and criteria."""
    workbook, output, styles = new_workbook()
    process = data["process"]
    sheet = workbook.add_worksheet("Caracterización")
    last = len(COLUMNS) - 1
    row = write_header(
        sheet,
        styles,
        institution=institution,
        last_col=last,
        title=f"CARACTERIZACIÓN DEL PROCESO — {process.name.upper()}",
    )
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)

    labels = (
        (f"PROCESO {process.get_process_type_display().upper()}:", process.name),
        ("OBJETIVO:", process.objective),
        ("LÍDER:", process.leader),
    )
    for label, value in labels:
        sheet.merge_range(row, 0, row, 1, label, styles.wrap_bold)
        sheet.merge_range(row, 2, row, last, value, styles.wrap)
        sheet.set_row(row, 30 if label == "OBJETIVO:" else 16)
        row += 1
    row += 1

    header_row = row
    for col, (label, _) in enumerate(COLUMNS):
        sheet.write(row, col, "C" if label == "CICLO" else label, styles.header)
    row += 1
    keys = [key for _, key in COLUMNS]
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
    sheet.merge_range(row, 0, row, last, "INFORMACIÓN DOCUMENTADA DEL PROCESO", styles.header)
    row += 1
    kinds = list(DocumentKind)
    spans = ((0, 1), (2, 3), (4, 5), (6, 6))
    for (first, end), kind in zip(spans, kinds, strict=True):
        _merge(sheet, row, first, end, str(kind.label).upper() + "S", styles.header)
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

    sheet.merge_range(row, 0, row, last, "CRITERIOS Y MÉTODOS", styles.header)
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
