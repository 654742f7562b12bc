"""The technician queue: which tickets a view of the queue holds (database filters only)."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicedesk.tickets.choices import OPEN_STATUSES, SlaAlert

QUEUES = {
    "mios": _("Mis casos"),
    "mi_grupo": _("De mi grupo"),
    "sin_asignar": _("Sin asignar"),
    "por_vencer": _("Por vencer"),
    "vencidos": _("Vencidos"),
}


def queue(tickets: QuerySet, name: str, user, *, now=None) -> QuerySet:
    """``tickets`` narrowed to the queue ``name`` as seen by ``user`` (unknown names: unchanged)."""
    now = now or timezone.now()
    open_tickets = tickets.filter(status__in=OPEN_STATUSES)
    if name == "mios":
        return open_tickets.filter(technician=user)
    if name == "mi_grupo":
        return open_tickets.filter(group__members=user)
    if name == "sin_asignar":
        return open_tickets.filter(technician__isnull=True)
    if name == "por_vencer":
        # Live from the stored deadlines, so the queue is right between two clock checks.
        return open_tickets.filter(resolve_warn_at__lte=now, resolve_due_at__gt=now).exclude(
            sla_alert=SlaAlert.BREACHED
        )
    if name == "vencidos":
        return open_tickets.filter(
            Q(sla_alert=SlaAlert.BREACHED)
            | Q(resolve_due_at__lte=now)
            | Q(own_due_at__lte=now, taken_at__isnull=True)
        )
    return tickets


def queue_counts(tickets: QuerySet, user, *, now=None) -> dict[str, int]:
    """How many tickets each queue holds (one query per queue)."""
    return {name: queue(tickets, name, user, now=now).count() for name in QUEUES}
