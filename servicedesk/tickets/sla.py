"""SLA clocks computed from a ticket's status history (pure, so they can be recomputed and audited).

The resolution clock runs from the ticket's creation while it is open, stops while it waits on
the requester ("en espera"), stops at "resuelto"/"cerrado", and runs again if the ticket is
reopened. The ownership clock runs from creation until someone first takes the ticket. Only
the institute's open hours count (``portal.business_calendar``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from portal.business_calendar import Schedule, add_business_seconds, business_seconds_in

NEW = "nuevo"
PAUSED = frozenset({"en_espera"})
STOPPED = frozenset({"resuelto", "cerrado"})
OWNED = frozenset({"asignado", "en_curso"})

#: Share of the target after which the clock warns (escalation before breach).
WARNING_RATIO = 0.75


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    status: str


@dataclass(frozen=True)
class ClockState:
    target: int  # business seconds
    elapsed: int
    running: bool
    due_at: datetime | None  # when it breaches if it keeps running; None while paused or stopped

    @property
    def remaining(self) -> int:
        return self.target - self.elapsed

    @property
    def breached(self) -> bool:
        return self.elapsed > self.target

    @property
    def warning(self) -> bool:
        return not self.breached and self.elapsed >= self.target * WARNING_RATIO


def _ordered(history: Sequence[StatusChange]) -> list[StatusChange]:
    if not history:
        raise ValueError("a ticket's history starts with its creation")
    return sorted(history, key=lambda change: change.at)


def resolution_periods(history: Sequence[StatusChange], *, now: datetime) -> list[tuple[datetime, datetime]]:
    """The periods during which the resolution clock ran, the last one open until ``now``."""
    periods, started = [], None
    for change in _ordered(history):
        counts = change.status not in PAUSED | STOPPED
        if counts and started is None:
            started = change.at
        elif not counts and started is not None:
            periods.append((started, change.at))
            started = None
    if started is not None and now > started:
        periods.append((started, now))
    return periods


def ownership_period(history: Sequence[StatusChange], *, now: datetime) -> tuple[datetime, datetime, bool]:
    """(creation, first take or ``now``, whether it was taken)."""
    ordered = _ordered(history)
    created = ordered[0].at
    for change in ordered:
        if change.status in OWNED | STOPPED:
            return created, change.at, True
    return created, max(now, created), False


def resolution_clock(history, *, target: int, schedule: Schedule, now: datetime) -> ClockState:
    periods = resolution_periods(history, now=now)
    elapsed = business_seconds_in(periods, schedule)
    running = _ordered(history)[-1].status not in PAUSED | STOPPED
    due_at = None
    if running:
        due_at = add_business_seconds(now, max(target - elapsed, 0), schedule)
    return ClockState(target=target, elapsed=elapsed, running=running, due_at=due_at)


def ownership_clock(history, *, target: int, schedule: Schedule, now: datetime) -> ClockState:
    created, until, taken = ownership_period(history, now=now)
    elapsed = business_seconds_in([(created, until)], schedule)
    due_at = None if taken else add_business_seconds(now, max(target - elapsed, 0), schedule)
    return ClockState(target=target, elapsed=elapsed, running=not taken, due_at=due_at)


def reopen_count(history: Sequence[StatusChange]) -> int:
    """How many times a solved ticket went back to work (for the reopen rate)."""
    count, solved = 0, False
    for change in _ordered(history):
        if change.status in STOPPED:
            solved = True
        elif solved:
            count += 1
            solved = False
    return count


def alert_for(state: ClockState, ratio: float = WARNING_RATIO) -> str:
    """``"vencido"`` past the target, ``"por_vencer"`` past ``ratio`` of it while running, else ``""``."""
    if state.breached:
        return "vencido"
    if state.running and state.elapsed >= state.target * ratio:
        return "por_vencer"
    return ""


def warning_at(state: ClockState, *, ratio: float, schedule: Schedule, now: datetime) -> datetime | None:
    """When a running clock reaches ``ratio`` of its target (``now`` if it already has)."""
    if not state.running:
        return None
    return add_business_seconds(now, max(int(state.target * ratio) - state.elapsed, 0), schedule)
