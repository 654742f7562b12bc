"""The periodic SLA pass: recompute open clocks, mail each new alert once, close stale solutions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.business_calendar import business_seconds
from servicedesk.tickets import notifications
from servicedesk.tickets.choices import Status
from servicedesk.tickets.clocks import CLOCK_FIELDS, service_levels
from servicedesk.tickets.models import Ticket, current_settings
from servicedesk.tickets.services import change_status, recompute
from servicedesk.tickets.workflow import TECHNICIAN

BATCH = 500


@dataclass
class ClockRun:
    checked: int = 0
    alerts_sent: int = 0
    closed: int = 0


def check_clocks(*, now=None) -> ClockRun:
    now = now or timezone.now()
    run, config, levels = ClockRun(), current_settings(), service_levels()
    tickets = (
        Ticket.objects.open()
        .select_related("technician", "group")
        .prefetch_related("status_changes", "group__members")
        .order_by("pk")
    )
    for ticket in tickets.iterator(chunk_size=BATCH):
        recompute(ticket, now=now, levels=levels, config=config)
        fields = list(CLOCK_FIELDS)
        if ticket.sla_alert and ticket.sla_alert != ticket.sla_notified:
            run.alerts_sent += notifications.sla_alert(ticket)
        if ticket.sla_alert != ticket.sla_notified:
            ticket.sla_notified = ticket.sla_alert
            fields.append("sla_notified")
        Ticket.objects.filter(pk=ticket.pk).update(**{name: getattr(ticket, name) for name in fields})
        run.checked += 1
    return run


def close_unanswered_solutions(*, now=None) -> int:
    """Solutions nobody confirmed or rejected within the configured business days get closed."""
    now = now or timezone.now()
    config = current_settings()
    schedule, limit = config.schedule(), config.auto_close_days * 8 * 3600
    closed = 0
    for ticket in Ticket.objects.filter(status=Status.SOLVED, solved_at__isnull=False).order_by("pk"):
        if business_seconds(ticket.solved_at, now, schedule) >= limit:
            with transaction.atomic():
                change_status(
                    ticket=ticket,
                    target=Status.CLOSED,
                    by=None,
                    actor=TECHNICIAN,
                    note=_("Cierre automático sin respuesta"),
                )
            closed += 1
    return closed
