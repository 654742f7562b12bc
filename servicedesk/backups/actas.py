"""The "Acta de restauración" of a restoration as an institutional XLSX workbook: what was restored
from which copy, where, how it compared with the copy's manifests, and the signed checklist."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.people import display_name
from portal.xlsx import (
    landscape_fit_to_width,
    new_workbook,
    write_block_heading,
    write_header,
    write_label_value,
    write_signatures,
)
from portal.xlsx_tables import Column, set_widths, write_table
from servicedesk.backups.choices import RestorationStatus, StepStatus
from servicedesk.backups.manifests import compared_text
from servicedesk.backups.models import Restoration

#: The checklist's columns; the other blocks of the acta span them too.
STEP_COLUMNS = (
    Column(gettext_lazy("No."), 5, fmt="text", value=lambda step: step.position),
    Column(gettext_lazy("Paso"), 46, value=lambda step: step.title),
    Column(gettext_lazy("Responsable"), 22, value=lambda step: step.responsible),
    Column(gettext_lazy("Estado"), 12, value=lambda step: step.get_status_display()),
    Column(
        gettext_lazy("Hecho por"), 20, value=lambda step: display_name(step.done_by) if step.done_by else ""
    ),
    Column(gettext_lazy("Fecha"), 16, value=lambda step: _moment(step.done_at)),
    Column(gettext_lazy("Notas"), 40, value=lambda step: step.notes),
)
#: Rows are ``(number, entry)``; the columns line up with the checklist's widths.
ARTIFACT_COLUMNS = (
    Column(gettext_lazy("No."), 5, fmt="text", value=lambda row: row[0]),
    Column(
        gettext_lazy("Archivo y origen"), 46, value=lambda row: f"{row[1]['artifact']}\n{row[1]['label']}"
    ),
    Column(gettext_lazy("Destino"), 22, value=lambda row: row[1].get("target") or _("no se restauró")),
    Column(gettext_lazy("Restaurado"), 12, value=lambda row: _("Sí") if row[1].get("restored") else _("No")),
    Column(gettext_lazy("Comparado"), 20, value=lambda row: compared_text(row[1])),
    Column(gettext_lazy("Resultado"), 16, value=lambda row: _outcome(row[1])),
    Column(gettext_lazy("Diferencias"), 40, value=lambda row: "\n".join(row[1].get("problems") or [])),
)


def _moment(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _outcome(entry: dict) -> str:
    if not entry.get("restored"):
        return "—"
    return _("Con diferencias") if entry.get("problems") else _("Idéntico a la copia")


def _general_data(restoration: Restoration) -> list[tuple[str, str]]:
    run = restoration.run
    closed = (
        f"{display_name(restoration.closed_by)} · {_moment(restoration.finished_at)}"
        if restoration.status == RestorationStatus.CLOSED
        else _("Sin cerrar: el acta no es definitiva.")
    )
    return [
        (_("Procedimiento"), restoration.get_procedure_display()),
        (_("Estado"), restoration.get_status_display()),
        (_("Motivo"), restoration.reason),
        (
            _("Solicitada por"),
            display_name(restoration.requested_by)
            if restoration.requested_by
            else restoration.get_trigger_display(),
        ),
        (_("Abierta"), _moment(restoration.started_at)),
        (_("Restaurada"), _moment(restoration.restored_at) or "—"),
        (_("Cerrada"), closed),
        (
            _("Copia restaurada"),
            _("Ejecución %(pk)s de «%(policy)s», %(when)s")
            % {"pk": run.pk, "policy": run.policy.name, "when": _moment(run.started_at)},
        ),
        (_("Carpeta de la copia"), run.folder or "—"),
        (_("Copia externa (restic)"), run.restic_snapshot or "—"),
        (_("Base restaurada en"), restoration.database_target or "—"),
        (_("Archivos restaurados en"), restoration.media_target or "—"),
        (_("Error"), restoration.error or "—"),
    ]


def acta_workbook(restoration: Restoration, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook()
    sheet = workbook.add_worksheet(_("Acta"))
    last = len(STEP_COLUMNS) - 1
    widths = [column.width for column in STEP_COLUMNS]
    set_widths(sheet, STEP_COLUMNS)
    row = write_header(
        sheet,
        styles,
        institution=institution,
        title=_("ACTA DE RESTAURACIÓN"),
        last_col=last,
        subtitle=_("Restauración %(pk)s — %(procedure)s")
        % {"pk": restoration.pk, "procedure": restoration.get_procedure_display()},
    )
    value_width = sum(widths[2:])

    def table(columns, rows) -> None:
        nonlocal row
        written = write_table(
            sheet,
            styles,
            columns,
            rows,
            start_row=row,
            widths=False,
            fit_rows=True,
            freeze=False,
            autofilter=False,
        )
        row = written.next_row + 1

    row = write_block_heading(sheet, styles, row, _("DATOS GENERALES"), last_col=last)
    for label, value in _general_data(restoration):
        row = write_label_value(sheet, styles, row, label, value, last_col=last, value_width=value_width)
    row = write_block_heading(sheet, styles, row + 1, _("COMPARACIÓN CON LA COPIA"), last_col=last)
    table(ARTIFACT_COLUMNS, list(enumerate(restoration.results, start=1)))
    row = write_block_heading(sheet, styles, row, _("LISTA DE CHEQUEO"), last_col=last)
    steps = list(restoration.steps.select_related("done_by"))
    table(STEP_COLUMNS, steps)
    pending = sum(step.status == StepStatus.PENDING for step in steps)
    summary = (
        _("Pasos pendientes: %(n)s.") % {"n": pending}
        if pending
        else _("Todos los pasos están hechos o no aplican.")
    )
    sheet.merge_range(row, 0, row, last, summary, styles.wrap_bold)
    row += 2

    row = write_block_heading(sheet, styles, row, _("FIRMAS"), last_col=last)
    write_signatures(sheet, styles, row, (_("Elaboró"), _("Revisó"), _("Aprobó")), last_col=last)
    landscape_fit_to_width(sheet)
    workbook.close()
    return output.getvalue()
