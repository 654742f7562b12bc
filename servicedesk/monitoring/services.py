"""Writes of monitoring: a check's result, a push token's rotation."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Protocol

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from servicedesk.monitoring.choices import BeatStatus, MonitorKind
from servicedesk.monitoring.models import Beat, MaintenanceWindow, Monitor, StateChange, new_push_token
from servicedesk.monitoring.probes import ProbeResult
from servicedesk.monitoring.schedule import late_by_ms
from servicedesk.monitoring.signals import monitor_state_changed
from servicedesk.monitoring.states import next_state

MESSAGE_LENGTH = 255


class CheckResult(Protocol):
    """What a probe returns (``probes.ProbeResult``): whether the target is up, latency, a message."""

    up: bool
    latency_ms: int | None
    message: str


def record_result(
    monitor: Monitor, result: CheckResult, *, at: datetime, due_at: datetime | None = None
) -> Beat | None:
    """Store the result of a check started at ``at`` and move the monitor to its new state.

    The monitor's row is locked for the whole write, so two consumers recording at once are
    serialised. ``due_at`` is the due time the check was dispatched for: when the monitor was
    already checked at or after it, another run recorded this check, so nothing is written and
    ``None`` is returned. The dispatcher claims a due check by moving ``next_due_at`` past it
    (``claim_due_check``); such a claim is kept, so the schedule does not drift with the checks'
    start times. Lateness (``at`` after the due time) is written on the beat.
    A change of state is kept in the history and announced by ``monitor_state_changed`` after
    the commit.
    """
    with transaction.atomic():
        locked = Monitor.objects.select_for_update().get(pk=monitor.pk)
        if due_at is not None and locked.last_checked_at is not None and locked.last_checked_at >= due_at:
            return None
        in_maintenance = MaintenanceWindow.objects.active_at(at).filter(monitors=locked).exists()
        up = result.up
        message = (getattr(result, "message", "") or "")[:MESSAGE_LENGTH]
        transition = next_state(
            current=locked.state,
            failures_in_row=locked.failures_in_row,
            retries=locked.retries,
            up=up,
            in_maintenance=in_maintenance,
            active=locked.active,
        )
        status = BeatStatus.MAINTENANCE if in_maintenance else (BeatStatus.UP if up else BeatStatus.DOWN)
        beat = Beat.objects.create(
            monitor=locked,
            checked_at=at,
            status=status,
            latency_ms=getattr(result, "latency_ms", None),
            message=message,
            late_by_ms=late_by_ms(locked.next_due_at if due_at is None else due_at, at),
        )
        previous = locked.state
        changed = transition.state != previous
        locked.failures_in_row = transition.failures_in_row
        locked.last_checked_at = at
        # A paused monitor is never due; the others are due one interval later, unless the
        # dispatcher already claimed this check and moved the due time on.
        claimed = due_at is not None and locked.next_due_at is not None and locked.next_due_at > due_at
        if not locked.active:
            locked.next_due_at = None
        elif not claimed:
            locked.next_due_at = locked.due_after(at)
        fields = ["failures_in_row", "last_checked_at", "next_due_at", "updated_at"]
        if changed:
            locked.state = transition.state
            locked.state_since = at
            fields += ["state", "state_since"]
        locked.save(update_fields=fields)
        if changed:
            change = StateChange.objects.create(
                monitor=locked, at=at, from_state=previous, to_state=transition.state, message=message
            )
            transaction.on_commit(
                partial(
                    monitor_state_changed.send,
                    sender=Monitor,
                    monitor=locked,
                    previous=previous,
                    state=transition.state,
                    at=at,
                    message=message,
                    state_change=change,
                )
            )
    for field in fields:
        setattr(monitor, field, getattr(locked, field))
    return beat


def claim_due_check(monitor: Monitor, due_at: datetime, next_due_at: datetime) -> bool:
    """Take the check of ``monitor`` due at ``due_at`` by moving its due time to ``next_due_at``.

    One conditional UPDATE: of several dispatchers (consumers on several hosts) that saw the
    same due check, only the one whose update changed the row gets ``True`` and runs it.
    """
    claimed = Monitor.objects.filter(pk=monitor.pk, active=True, next_due_at=due_at).update(
        next_due_at=next_due_at
    )
    if claimed:
        monitor.next_due_at = next_due_at
    return bool(claimed)


def record_heartbeat(
    monitor: Monitor, *, at: datetime, message: str = "", latency_ms: int | None = None
) -> Beat | None:
    """A push monitor's secret URL was called: an UP result; the next call is due a period later."""
    return record_result(monitor, ProbeResult(True, latency_ms, message or gettext("Latido recibido")), at=at)


def record_missed_heartbeat(monitor: Monitor, *, at: datetime, due_at: datetime) -> Beat | None:
    """No call reached a push monitor within its period and grace: a DOWN result (PENDING while
    retries are left)."""
    message = gettext("No llegó ningún latido en %(seconds)d s") % {
        "seconds": monitor.interval_seconds + monitor.push_grace_seconds
    }
    return record_result(monitor, ProbeResult(False, None, message), at=at, due_at=due_at)


def rotate_push_token(monitor: Monitor) -> str:
    """Give a push monitor a new secret URL; the old one stops working at once."""
    if monitor.kind != MonitorKind.PUSH:
        raise ValidationError(_("Solo los monitores de tipo push tienen URL secreta."), code="not_push")
    monitor.push_token = new_push_token()
    monitor.save(update_fields=["push_token", "updated_at"])
    return monitor.push_token
