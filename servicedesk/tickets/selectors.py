"""The technician queue: which tickets a view of the queue holds (database filters only)."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from servicedesk.tickets.models import breaching_condition, due_soon_condition

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
        "por_vencer": due_soon_condition(now),
        "vencidos": breaching_condition(now),
    }


def queue(tickets: QuerySet, name: str, user, *, now=None) -> QuerySet:
    """``tickets`` narrowed to the open ones of queue ``name`` as seen by ``user`` (unknown: all)."""
    condition = _conditions(user, now or timezone.now()).get(name)
    if condition is None:
        return tickets
    return tickets.open().filter(condition)


def queue_counts(tickets: QuerySet, user, *, now=None) -> dict[str, int]:
    """How many tickets each queue holds, in one query."""
    counts = {
        name: Count("pk", filter=condition)
        for name, condition in _conditions(user, now or timezone.now()).items()
    }
    return tickets.open().aggregate(**counts)
