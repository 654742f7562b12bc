"""The SLA outcome a ticket page shows for each clock, as a pure function of the clock."""

from types import SimpleNamespace

import pytest

from servicedesk.tickets.choices import Status
from servicedesk.tickets.clocks import ClockOutcome, clock_outcome, own_outcome, resolve_outcome


@pytest.mark.parametrize(
    ("breached", "elapsed", "paused", "expected"),
    [
        (False, None, False, ClockOutcome.RUNNING),
        (False, 3600, False, ClockOutcome.MET),
        (False, 3600, True, ClockOutcome.PAUSED),
        (True, 3600, True, ClockOutcome.BREACHED),
        (True, None, False, ClockOutcome.BREACHED),
    ],
)
def test_a_breach_wins_then_a_pause_then_a_stopped_clock_is_met(breached, elapsed, paused, expected):
    assert clock_outcome(breached=breached, elapsed=elapsed, paused=paused) is expected


def _ticket(**fields):
    base = {
        "status": Status.IN_PROGRESS,
        "own_breached": False,
        "own_seconds": None,
        "resolve_breached": False,
        "resolve_seconds": None,
    }
    return SimpleNamespace(**{**base, **fields})


def test_a_ticket_on_hold_has_its_resolution_clock_paused_but_not_its_ownership_clock():
    ticket = _ticket(status=Status.ON_HOLD, own_seconds=600, resolve_seconds=7200)
    assert own_outcome(ticket) is ClockOutcome.MET
    assert resolve_outcome(ticket) is ClockOutcome.PAUSED


def test_a_breached_ticket_on_hold_shows_the_breach():
    assert resolve_outcome(_ticket(status=Status.ON_HOLD, resolve_breached=True)) is ClockOutcome.BREACHED


def test_a_new_ticket_has_both_clocks_running_and_the_outcomes_read_in_spanish():
    ticket = _ticket(status=Status.NEW)
    assert own_outcome(ticket) is resolve_outcome(ticket) is ClockOutcome.RUNNING
    assert str(ClockOutcome.RUNNING.label) == "Corriendo"
