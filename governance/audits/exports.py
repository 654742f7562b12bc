"""The internal audit report (ISO 19011) as an institutional XLSX workbook."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.audits.report import AuditReport, FindingRow, audit_report
from portal.xlsx import (
    landscape_fit_to_width,
    new_workbook,
    row_height,
    wrapped_lines,
    write_block_heading,
    write_header,
    write_label_value,
)
from portal.xlsx_tables import Column, set_widths, write_table

#: Columns of the findings table; the label/value block spans them too (label over the first two).
FINDING_COLUMNS = (
    Column(gettext_lazy("Código"), 14, value=lambda finding: finding.code),
    Column(gettext_lazy("Tipo"), 16, value=lambda finding: finding.kind_label),
    Column(gettext_lazy("Requisito"), 14, value=lambda finding: finding.clause),
    Column(gettext_lazy("Descripción"), 44, value=lambda finding: finding.description),
    Column(gettext_lazy("Evidencia"), 40, value=lambda finding: finding.evidence),
    Column(gettext_lazy("Acciones de mejora"), 36, value=lambda finding: _actions_text(finding)),
)
#: Checklist result → the traffic colour of ``portal.xlsx`` its cell takes.
RESULT_TRAFFIC = {"cumple": "verde", "no_cumple": "rojo", "na": "sin_dato"}


def _checklist_columns(styles) -> tuple[Column, ...]:
    """Rows are ``(number, item)``; the result cell takes its traffic colour."""
    return (
        Column(gettext_lazy("No."), 5, fmt="text", value=lambda row: row[0]),
        Column(gettext_lazy("Numeral / requisito"), 16, value=lambda row: row[1].clause),
        Column(gettext_lazy("Pregunta o aspecto a verificar"), 50, value=lambda row: row[1].question),
        Column(
            gettext_lazy("Resultado"),
            13,
            fmt=lambda row: styles.traffic.get(RESULT_TRAFFIC.get(row[1].result, ""), styles.wrap),
            value=lambda row: row[1].result_label or "—",
        ),
        Column(gettext_lazy("Evidencia revisada / notas"), 50, value=lambda row: row[1].notes),
    )


def audit_report_workbook(audit, *, institution: str) -> bytes:
    """``audit`` should come from ``audit_for_report`` (everything the report shows is loaded)."""
    report = audit_report(audit)
    workbook, output, styles = new_workbook()
    sheet = workbook.add_worksheet(_("Informe"))
    last = len(FINDING_COLUMNS) - 1
    widths = [column.width for column in FINDING_COLUMNS]
    set_widths(sheet, FINDING_COLUMNS)
    row = write_header(
        sheet,
        styles,
        institution=institution,
        title=_("INFORME DE AUDITORÍA INTERNA"),
        last_col=last,
        subtitle=f"{report.code} — {report.process}",
    )
    value_width = sum(widths[2:])

    def block_heading(text: str) -> None:
        nonlocal row
        row = write_block_heading(sheet, styles, row, text, last_col=last)

    def label_value(label: str, value: str) -> None:
        nonlocal row
        row = write_label_value(sheet, styles, row, label, value, last_col=last, value_width=value_width)

    block_heading(_("DATOS GENERALES"))
    for label, value in _general_data(report):
        label_value(label, value)
    row += 1

    block_heading(_("RESUMEN DE HALLAZGOS"))
    for col, label in ((0, _("Tipo de hallazgo")), (2, _("Cantidad")), (3, _("Porcentaje"))):
        if col == 0:
            sheet.merge_range(row, 0, row, 1, label, styles.header)
        else:
            sheet.write(row, col, label, styles.header)
    row += 1
    for count in report.counts:
        sheet.merge_range(row, 0, row, 1, count.label, styles.wrap)
        sheet.write_number(row, 2, count.count, styles.text)
        sheet.write_number(row, 3, count.share, styles.percent)
        row += 1
    sheet.merge_range(row, 0, row, 1, _("Total"), styles.wrap_bold)
    sheet.write_number(row, 2, report.total_findings, styles.wrap_bold)
    sheet.write_number(row, 3, 1 if report.total_findings else 0, styles.percent)
    row += 2

    block_heading(_("HALLAZGOS"))
    findings = write_table(
        sheet,
        styles,
        FINDING_COLUMNS,
        report.findings,
        start_row=row,
        widths=False,
        fit_rows=True,
        freeze=False,
        autofilter=False,
    )
    row = findings.next_row
    if not report.findings:
        sheet.merge_range(row, 0, row, last, _("La auditoría no registró hallazgos."), styles.wrap)
        row += 1
    row += 1

    block_heading(_("CONCLUSIONES"))
    conclusions = report.conclusions or _("Sin conclusiones registradas.")
    sheet.merge_range(row, 0, row, last, conclusions, styles.wrap)
    sheet.set_row(row, row_height(wrapped_lines(conclusions, sum(widths))))
    row += 1
    report_date = f"{report.report_date:%Y-%m-%d}" if report.report_date else _("Sin emitir")
    label_value(_("Fecha del informe"), report_date)
    landscape_fit_to_width(sheet)

    _checklist_sheet(workbook, styles, report, institution=institution)
    workbook.close()
    return output.getvalue()


def _general_data(report: AuditReport) -> list[tuple[str, str]]:
    criteria = "; ".join(report.criteria)
    if report.criteria_detail:
        criteria = f"{criteria}\n{report.criteria_detail}" if criteria else report.criteria_detail
    return [
        (_("Código de la auditoría"), report.code),
        (_("Proceso auditado"), report.process),
        (_("Programa de auditoría (vigencia)"), str(report.programme_year)),
        (_("Estado"), report.status_label),
        (_("Objetivo"), report.objective),
        (_("Alcance"), report.scope),
        (_("Criterios"), criteria),
        (
            _("Fechas de ejecución"),
            _("Del %(start)s al %(end)s")
            % {"start": f"{report.start_date:%Y-%m-%d}", "end": f"{report.end_date:%Y-%m-%d}"},
        ),
        (_("Auditor líder"), report.lead_auditor),
        (_("Equipo auditor"), ", ".join(report.team) or "—"),
        (_("Plan de auditoría"), report.plan),
    ]


def _actions_text(finding: FindingRow) -> str:
    if not finding.actions:
        return _("Sin acción registrada") if finding.needs_action else _("No requiere acción")
    return "\n".join(
        _("%(code)s — %(status)s (%(progress)s %%) — %(responsible)s, vence %(end)s")
        % {
            "code": action.code,
            "status": action.status_label,
            "progress": action.progress,
            "responsible": action.responsible,
            "end": f"{action.end_date:%Y-%m-%d}",
        }
        for action in finding.actions
    )


def _checklist_sheet(workbook, styles, report: AuditReport, *, institution: str) -> None:
    sheet = workbook.add_worksheet(_("Lista de verificación"))
    columns = _checklist_columns(styles)
    last = len(columns) - 1
    set_widths(sheet, columns)
    row = write_header(
        sheet,
        styles,
        institution=institution,
        title=_("LISTA DE VERIFICACIÓN DE LA AUDITORÍA"),
        last_col=last,
        subtitle=f"{report.code} — {report.process}",
    )
    rows = enumerate(report.checklist, start=1)
    table = write_table(
        sheet, styles, columns, rows, start_row=row, widths=False, fit_rows=True, autofilter=False
    )
    if not report.checklist:
        sheet.merge_range(
            table.next_row,
            0,
            table.next_row,
            last,
            _("La auditoría no tiene lista de verificación."),
            styles.wrap,
        )
    header = table.header_row
    landscape_fit_to_width(sheet, repeat_rows=(header, header))
