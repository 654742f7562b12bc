"""The monthly availability report as an institutional XLSX: one row per monitor, one per service."""

from __future__ import annotations

from django.utils.translation import gettext as _

from portal.xlsx import new_workbook
from portal.xlsx_tables import Column, table_sheet
from servicedesk.monitoring.durations import wall_duration
from servicedesk.status.report import AvailabilityReport

TITLE = "INFORME MENSUAL DE DISPONIBILIDAD DE LOS SERVICIOS TIC"


def _ratio(value):
    return None if value is None else value / 100


def availability_workbook(report: AvailabilityReport, *, institution: str, subtitle: str) -> bytes:
    workbook, output, styles = new_workbook()
    services = (
        Column(_("Servicio"), 40, value=lambda s: s.name or _("Plataforma (sin servicio del catálogo)")),
        Column(_("Disponibilidad"), 14, fmt="percent", value=lambda s: _ratio(s.uptime)),
        Column(_("Chequeos en línea"), 14, fmt="text", value=lambda s: s.counts.up),
        Column(_("Chequeos caídos"), 14, fmt="text", value=lambda s: s.counts.down),
        Column(_("Chequeos en mantenimiento"), 16, fmt="text", value=lambda s: s.counts.maintenance),
        Column(_("Caídas"), 10, fmt="text", value=lambda s: s.outages),
        Column(_("Tiempo fuera de servicio"), 18, value=lambda s: wall_duration(s.downtime_seconds)),
    )
    table_sheet(
        workbook,
        styles,
        name=_("Por servicio"),
        institution=institution,
        title=TITLE,
        subtitle=subtitle,
        columns=services,
        rows=report.services,
    )
    monitors = (
        Column(_("Monitor"), 34, value=lambda line: line.monitor.name),
        Column(_("Tipo"), 14, value=lambda line: str(line.monitor.get_kind_display())),
        Column(
            _("Servicio"),
            30,
            value=lambda line: line.monitor.service.title if line.monitor.service_id else "—",
        ),
        Column(_("Disponibilidad"), 14, fmt="percent", value=lambda line: _ratio(line.uptime)),
        Column(_("Chequeos caídos"), 12, fmt="text", value=lambda line: line.counts.down),
        Column(_("Caídas"), 10, fmt="text", value=lambda line: line.outages),
        Column(_("Tiempo fuera de servicio"), 18, value=lambda line: wall_duration(line.downtime_seconds)),
        Column(_("Caída más larga"), 16, value=lambda line: wall_duration(line.longest_seconds)),
        Column(_("Latencia media (ms)"), 14, fmt="number", value=lambda line: line.latency_mean_ms),
    )
    table_sheet(
        workbook,
        styles,
        name=_("Por monitor"),
        institution=institution,
        title=TITLE,
        subtitle=subtitle,
        columns=monitors,
        rows=report.lines,
    )
    workbook.close()
    return output.getvalue()
