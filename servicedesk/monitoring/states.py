"""The state of a monitor after a check: UP, PENDING while retries are left, DOWN after."""

from __future__ import annotations

from dataclasses import dataclass

from servicedesk.monitoring.choices import MonitorState


@dataclass(frozen=True)
class Transition:
    state: str
    failures_in_row: int


def next_state(
    *, current: str, failures_in_row: int, retries: int, up: bool, in_maintenance: bool, active: bool
) -> Transition:
    """The state and count of consecutive failures after a check whose result is ``up``.

    A paused monitor stays PAUSED and a monitor under planned maintenance is in MAINTENANCE,
    whatever the check says; neither counts failures. A success is UP. A failure is PENDING
    while ``retries`` failures in a row have not been exceeded, then DOWN; a DOWN monitor that
    fails again stays DOWN.
    """
    if not active:
        return Transition(MonitorState.PAUSED, 0)
    if in_maintenance:
        return Transition(MonitorState.MAINTENANCE, 0)
    if up:
        return Transition(MonitorState.UP, 0)
    failures = failures_in_row + 1
    if current == MonitorState.DOWN or failures > retries:
        return Transition(MonitorState.DOWN, failures)
    return Transition(MonitorState.PENDING, failures)
