"""The discrepancy report of a physical inventory campaign, as an institutional XLSX."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.xlsx import new_workbook
from portal.xlsx_tables import Column, table_sheet


def _columns() -> list[Column]:
    return [
        Column(_("Número de inventario"), 18, value=lambda check: check.asset.inventory_number),
        Column(_("Activo"), 36, value=lambda check: check.asset.name),
        Column(_("Tipo"), 20, value=lambda check: check.asset.get_kind_display()),
        Column(_("Resultado"), 18, value=lambda check: check.get_result_display()),
        Column(_("Ubicación registrada"), 32, value=lambda check: str(check.expected_location or "")),
        Column(_("Ubicación encontrada"), 32, value=lambda check: str(check.found_location or "")),
        Column(_("Observación"), 40, value=lambda check: check.note),
        Column(
            _("Revisado por"),
            24,
            value=lambda check: (
                (check.checked_by.get_full_name() or check.checked_by.get_username())
                if check.checked_by
                else ""
            ),
        ),
        Column(
            _("Revisado el"),
            16,
            value=lambda check: (
                f"{timezone.localtime(check.checked_at):%Y-%m-%d %H:%M}" if check.checked_at else ""
            ),
        ),
    ]


def discrepancy_workbook(campaign, checks, *, institution: str) -> bytes:
    workbook, output, styles = new_workbook()
    table_sheet(
        workbook,
        styles,
        name=_("Discrepancias"),
        institution=institution,
        title=_("Discrepancias del inventario físico"),
        subtitle=f"{campaign.name} · {campaign.get_status_display()}",
        columns=_columns(),
        rows=checks,
    )
    workbook.close()
    return output.getvalue()
