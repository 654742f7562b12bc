"""The "Acta de entrega y devolución de equipo" of an assignment as an institutional XLSX: the
equipment, who delivered it to whom and in what condition, the holder's acknowledgement in the
intranet, the return, and the signatures."""

from __future__ import annotations

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.people import display_name
from portal.xlsx import (
    XLSX_CONTENT_TYPE,
    landscape_fit_to_width,
    new_workbook,
    write_block_heading,
    write_header,
    write_label_value,
    write_signatures,
)
from servicedesk.assets.models import Assignment

WIDTHS = (18, 18, 30, 30)


def _moment(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else "—"


def assignment_workbook(assignment: Assignment, *, institution: str) -> bytes:
    asset = assignment.asset
    workbook, output, styles = new_workbook()
    sheet = workbook.add_worksheet(_("Acta"))
    last = len(WIDTHS) - 1
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    value_width = sum(WIDTHS[2:])
    row = write_header(
        sheet,
        styles,
        institution=institution,
        title=_("ACTA DE ENTREGA Y DEVOLUCIÓN DE EQUIPO"),
        last_col=last,
        subtitle=f"{asset.inventory_number} — {display_name(assignment.holder)}",
    )

    def block(title: str, rows: list[tuple[str, str]]) -> None:
        nonlocal row
        row = write_block_heading(sheet, styles, row, title, last_col=last)
        for label, value in rows:
            row = write_label_value(sheet, styles, row, label, value, last_col=last, value_width=value_width)
        row += 1

    block(
        _("EQUIPO"),
        [
            (_("Número de inventario"), asset.inventory_number),
            (_("Equipo"), f"{asset.get_kind_display()}: {asset.name}"),
            (_("Marca y modelo"), f"{asset.brand} {asset.model_name}".strip() or "—"),
            (_("Serial"), asset.serial or "—"),
        ],
    )
    block(
        _("ENTREGA"),
        [
            (_("Tipo"), assignment.get_kind_display()),
            (_("Funcionario"), display_name(assignment.holder)),
            (_("Entregado por"), display_name(assignment.delivered_by) if assignment.delivered_by else "—"),
            (_("Fecha de entrega"), _moment(assignment.delivered_at)),
            (_("Devolver a más tardar"), f"{assignment.due_back:%Y-%m-%d}" if assignment.due_back else "—"),
            (_("Estado al entregar"), assignment.condition_out),
            (
                _("Recibo confirmado por el funcionario"),
                _("Sí, en la intranet, el %(at)s") % {"at": _moment(assignment.acknowledged_at)}
                if assignment.acknowledged_at
                else _("Pendiente"),
            ),
            (_("Observación del funcionario"), assignment.acknowledgement_note or "—"),
        ],
    )
    block(
        _("DEVOLUCIÓN"),
        [
            (_("Fecha de devolución"), _moment(assignment.returned_at)),
            (_("Recibido por"), display_name(assignment.returned_to) if assignment.returned_to else "—"),
            (_("Estado al devolver"), assignment.condition_in or "—"),
        ],
    )
    row = write_block_heading(sheet, styles, row, _("FIRMAS"), last_col=last)
    write_signatures(sheet, styles, row, (_("Entrega"), _("Recibe")), last_col=last)
    landscape_fit_to_width(sheet)
    workbook.close()
    return output.getvalue()


def acta_response(assignment: Assignment, institution: str) -> HttpResponse:
    """The acta as a download."""
    response = HttpResponse(
        assignment_workbook(assignment, institution=institution), content_type=XLSX_CONTENT_TYPE
    )
    number = assignment.asset.inventory_number
    response["Content-Disposition"] = f'attachment; filename="acta-entrega-{number}-{assignment.pk}.xlsx"'
    return response
