"""Measured availability as evidence of a risk control (offered to governance by the
``register_control_evidence_sources`` hook, see docs/architecture.md).

One source per watched service: for the period asked, the uptime of its monitors with maintenance
left out, the checks counted, the outages and their time out of service, and the link to the
monthly availability report where an auditor reads them monitor by monitor.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext

from servicedesk.monitoring.durations import wall_duration
from servicedesk.monitoring.periods import day_start
from servicedesk.monitoring.templatetags.monitoring_tags import percent
from servicedesk.monitoring.uptime import uptime_percent
from servicedesk.monitoring.watched import watched_services
from servicedesk.status.report import availability_between

SERVICE_KEY = "monitoreo_servicio_{pk}"


def describe_availability(start: date, end: date, *, service_id: int) -> tuple[str, str]:
    """What the monitors of ``service_id`` measured from ``start`` to ``end`` (local days, both included)."""
    lines = [
        line
        for service in availability_between(
            day_start(start), day_start(end + timedelta(days=1)), service_id=service_id
        )
        for line in service.lines
    ]
    url = f"{reverse('status_availability_report')}?mes={end:%Y-%m}"
    period = {"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"}
    up = sum(line.counts.up for line in lines)
    down = sum(line.counts.down for line in lines)
    if not up + down:
        return gettext("Sin chequeos del %(start)s al %(end)s.") % period, url
    outages = sum(line.outages for line in lines)
    downtime = sum(line.downtime_seconds for line in lines)
    summary = gettext(
        "%(uptime)s de disponibilidad del %(start)s al %(end)s (%(checks)s chequeos, mantenimiento excluido)."
    ) % {
        **period,
        "uptime": percent(uptime_percent(up=up, down=down)),
        "checks": number_format(up + down, force_grouping=True),
    }
    if outages:
        summary += " " + ngettext(
            "%(n)d caída, %(time)s fuera de servicio.",
            "%(n)d caídas, %(time)s fuera de servicio en total.",
            outages,
        ) % {"n": outages, "time": wall_duration(downtime)}
    else:
        summary += " " + gettext("Ninguna caída.")
    return summary, url


def control_evidence_sources():
    """``(key, label, describe)`` of each watched service."""
    return [
        (
            SERVICE_KEY.format(pk=pk),
            gettext("Disponibilidad medida del servicio «%(service)s» (monitoreo)") % {"service": title},
            partial(describe_availability, service_id=pk),
        )
        for pk, title in watched_services()
    ]
