"""The technician queue: which tickets a view of the queue holds (database filters only)."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
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


def _conditions(user, now) -> dict[str, Q]:
    return {
        "mios": Q(technician=user),
        "mi_grupo": Q(group__in=user.support_groups.values("pk")),
        "sin_asignar": Q(technician__isnull=True),
        # Live from the stored deadlines, so the queue is right between two clock checks.
        "por_vencer": Q(resolve_warn_at__lte=now, resolve_due_at__gt=now) & ~Q(sla_alert=SlaAlert.BREACHED),
        "vencidos": Q(sla_alert=SlaAlert.BREACHED)
        | Q(resolve_due_at__lte=now)
        | Q(own_due_at__lte=now, taken_at__isnull=True),
    }


def queue(tickets: QuerySet, name: str, user, *, now=None) -> QuerySet:
    """``tickets`` narrowed to the open ones of queue ``name`` as seen by ``user`` (unknown: all)."""
    condition = _conditions(user, now or timezone.now()).get(name)
    if condition is None:
        return tickets
    return tickets.filter(condition, status__in=OPEN_STATUSES)


def queue_counts(tickets: QuerySet, user, *, now=None) -> dict[str, int]:
    """How many tickets each queue holds, in one query."""
    counts = {
        name: Count("pk", filter=condition)
        for name, condition in _conditions(user, now or timezone.now()).items()
    }
    return tickets.filter(status__in=OPEN_STATUSES).aggregate(**counts)
