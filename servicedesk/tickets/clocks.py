"""A ticket's SLA fields recomputed from its status history (glue between the models and sla.py)."""

from __future__ import annotations

from datetime import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.business_calendar import Schedule
from servicedesk.tickets import sla
from servicedesk.tickets.choices import SlaAlert, Status
from servicedesk.tickets.models import ServiceLevel
from servicedesk.tickets.priority import DEFAULT_TARGETS

CLOCK_FIELDS = (
    "own_target",
    "resolve_target",
    "own_seconds",
    "resolve_seconds",
    "own_due_at",
    "resolve_due_at",
    "resolve_warn_at",
    "own_breached",
    "resolve_breached",
    "sla_alert",
    "reopen_count",
)


def targets_for(ticket, levels: dict[tuple[int | None, int], tuple[int, int]]) -> tuple[int, int]:
    """(own, resolve) business seconds: the service's own level, else the default, else ITIL's."""
    for key in ((ticket.service_id, ticket.priority), (None, ticket.priority)):
        if key in levels:
            return levels[key]
    return DEFAULT_TARGETS[ticket.priority]


def service_levels() -> dict[tuple[int | None, int], tuple[int, int]]:
    return {
        (level.service_id, level.priority): (level.time_to_own * 60, level.time_to_resolve * 60)
        for level in ServiceLevel.objects.all()
    }


def history_of(ticket) -> list[sla.StatusChange]:
    changes = [sla.StatusChange(at=c.at, status=c.status) for c in ticket.status_changes.all()]
    return changes or [sla.StatusChange(at=ticket.opened_at, status=Status.NEW)]


def apply_clocks(
    ticket,
    history: list[sla.StatusChange],
    *,
    targets: tuple[int, int],
    schedule: Schedule,
    warning_ratio: float,
    now: datetime | None = None,
) -> None:
    """Set every SLA field of ``ticket`` (unsaved) from ``history`` as of ``now``."""
    now = now or timezone.now()
    ticket.own_target, ticket.resolve_target = targets
    own = sla.ownership_clock(history, target=ticket.own_target, schedule=schedule, now=now)
    resolve = sla.resolution_clock(history, target=ticket.resolve_target, schedule=schedule, now=now)
    ticket.own_seconds = None if own.running else own.elapsed
    ticket.own_due_at = own.due_at
    ticket.own_breached = own.breached
    ticket.resolve_seconds = None if resolve.running else resolve.elapsed
    ticket.resolve_due_at = resolve.due_at
    ticket.resolve_warn_at = sla.warning_at(resolve, ratio=warning_ratio, schedule=schedule, now=now)
    ticket.resolve_breached = resolve.breached
    alerts = [sla.alert_for(resolve, warning_ratio)]
    if own.running:
        alerts.append(sla.alert_for(own, warning_ratio))
    done = ticket.status in (Status.SOLVED, Status.CLOSED)
    ticket.sla_alert = SlaAlert.NONE if done else max(alerts, key=_ALERT_RANK.index)
    ticket.reopen_count = sla.reopen_count(history)


_ALERT_RANK = ["", "por_vencer", "vencido"]


class ClockOutcome(models.TextChoices):
    """Where an SLA clock stands, as the ticket page shows it."""

    MET = "met", _("Cumplido")
    PAUSED = "paused", _("En pausa")
    RUNNING = "running", _("Corriendo")
    BREACHED = "breached", _("Incumplido")


def clock_outcome(*, breached: bool, elapsed: int | None, paused: bool = False) -> ClockOutcome:
    """A breach is final; else paused, else met once stopped (``elapsed`` known), else running."""
    if breached:
        return ClockOutcome.BREACHED
    if paused:
        return ClockOutcome.PAUSED
    if elapsed is not None:
        return ClockOutcome.MET
    return ClockOutcome.RUNNING


def resolution_paused(ticket) -> bool:
    """The resolution clock stops while the ticket waits on someone else (en espera)."""
    return ticket.status == Status.ON_HOLD


def own_outcome(ticket) -> ClockOutcome:
    """The time-to-own clock never pauses: it stops when a technician takes the ticket."""
    return clock_outcome(breached=ticket.own_breached, elapsed=ticket.own_seconds)


def resolve_outcome(ticket) -> ClockOutcome:
    return clock_outcome(
        breached=ticket.resolve_breached, elapsed=ticket.resolve_seconds, paused=resolution_paused(ticket)
    )
