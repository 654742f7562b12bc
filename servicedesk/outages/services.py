"""Writes of outages: an incident when a monitor goes DOWN, the downtime and resolution on recovery.

Flapping opens no ticket per flap: while the monitor's last incident is not closed, a new outage
reopens it (a resolved one goes back to work) instead of filing another, and the support group,
mailed when the incident was filed, is not mailed again. The texts written on tickets are in the
portal's language (``LANGUAGE_CODE``), whoever's request or task caused them.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from servicedesk.monitoring.durations import wall_duration
from servicedesk.outages.models import Outage
from servicedesk.outages.rules import incident_levels
from servicedesk.tickets import services as desk
from servicedesk.tickets.choices import OPEN_STATUSES, Channel, Status, TicketType

SYSTEM_NAME = "Monitoreo de la plataforma"


def _when(at: datetime) -> str:
    return formats.date_format(timezone.localtime(at), "DATETIME_FORMAT")


def _target(monitor) -> str:
    return monitor.url or (f"{monitor.host}:{monitor.port}" if monitor.port else monitor.host) or monitor.name


def open_outage(monitor, *, at: datetime, message: str = "") -> Outage | None:
    """``monitor`` went DOWN at ``at``: an outage and its incident (``None`` if one is open already)."""
    with translation.override(settings.LANGUAGE_CODE):
        try:
            with transaction.atomic():
                if Outage.objects.filter(monitor=monitor, ended_at__isnull=True).exists():
                    return None
                outage = Outage.objects.create(monitor=monitor, started_at=at, message=message[:255])
                outage.ticket = _reopen(monitor, at=at, message=message) or _file(
                    monitor, at=at, message=message
                )
                outage.save(update_fields=["ticket"])
                return outage
        except IntegrityError:
            # Another consumer recorded the same outage first (one open outage per monitor).
            return None


def _file(monitor, *, at: datetime, message: str):
    service = monitor.service
    impact, urgency = incident_levels(getattr(service, "criticality", None))
    description = _(
        "El monitor «%(monitor)s» (%(target)s) está caído desde %(at)s.\n"
        "Último resultado: %(message)s\n"
        "Este caso lo abrió el monitoreo de la plataforma; se resolverá solo cuando el monitor "
        "vuelva a estar en línea, con el tiempo fuera de servicio."
    ) % {"monitor": monitor.name, "target": _target(monitor), "at": _when(at), "message": message or "—"}
    return desk.open_ticket(
        title=_("Caída: %(monitor)s") % {"monitor": monitor.name},
        description=description,
        ticket_type=TicketType.INCIDENT,
        requester_name=SYSTEM_NAME,
        service=service,
        channel=Channel.MONITORING,
        impact=impact,
        urgency=urgency,
        at=at,
    )


def _reopen(monitor, *, at: datetime, message: str):
    """The monitor's last incident, if not closed, takes the new outage (reopened if resolved)."""
    last = Outage.objects.filter(monitor=monitor, ticket__isnull=False).exclude(ended_at__isnull=True).first()
    if last is None or last.ticket.status == Status.CLOSED:
        return None
    ticket = last.ticket
    note = _("El monitor «%(monitor)s» volvió a caer el %(at)s: %(message)s") % {
        "monitor": monitor.name,
        "at": _when(at),
        "message": message or "—",
    }
    if ticket.status in OPEN_STATUSES:
        desk.comment(ticket=ticket, author=None, body=note, internal=True, at=at)
        return ticket
    return desk.change_status(ticket=ticket, target=Status.IN_PROGRESS, by=None, note=note, at=at)


def end_outage(monitor, *, at: datetime) -> Outage | None:
    """``monitor`` is UP again at ``at``: the downtime written on the incident, which is resolved."""
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        outage = (
            Outage.objects.select_for_update(of=("self",))
            .select_related("ticket")
            .filter(monitor=monitor, ended_at__isnull=True)
            .first()
        )
        if outage is None:
            return None
        outage.ended_at = max(at, outage.started_at)
        outage.save(update_fields=["ended_at"])
        ticket = outage.ticket
        if ticket is None:
            return outage
        text = _(
            "El monitor «%(monitor)s» volvió a estar en línea el %(end)s. "
            "Tiempo fuera de servicio: %(downtime)s (desde %(start)s)."
        ) % {
            "monitor": monitor.name,
            "end": _when(outage.ended_at),
            "downtime": wall_duration(outage.seconds),
            "start": _when(outage.started_at),
        }
        if ticket.status in OPEN_STATUSES:
            desk.change_status(ticket=ticket, target=Status.SOLVED, by=None, solution=text, note=text, at=at)
        else:
            desk.comment(ticket=ticket, author=None, body=text, internal=True, at=at)
        return outage
