"""SLA clocks from the status history: business hours, holidays, pauses, reopenings."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from portal.business_calendar import BOGOTA, Schedule, colombian_holidays
from servicedesk.tickets.sla import (
    StatusChange,
    ownership_clock,
    reopen_count,
    resolution_clock,
    resolution_periods,
)

SCHEDULE = Schedule(holidays=colombian_holidays())
HOUR = 3600


def at(*args):
    return datetime(*args, tzinfo=BOGOTA)


def history(*changes):
    return [StatusChange(at(*moment), status) for moment, status in changes]


def test_friday_before_a_monday_holiday():
    # Opened Friday 13 Nov 2026 at 16:00, 8 h target: 1 h on Friday, Monday 16 is a holiday.
    ticket = history(((2026, 11, 13, 16), "nuevo"))
    clock = resolution_clock(ticket, target=8 * HOUR, schedule=SCHEDULE, now=at(2026, 11, 16, 12))
    assert clock.elapsed == HOUR and clock.running and not clock.warning
    assert clock.due_at == at(2026, 11, 17, 16)  # 7 h more on Tuesday: 8-12 and 13-16


def test_waiting_on_the_requester_pauses_the_clock():
    ticket = history(
        ((2026, 11, 24, 8), "nuevo"),
        ((2026, 11, 24, 9), "en_curso"),
        ((2026, 11, 24, 10), "en_espera"),
        ((2026, 11, 25, 10), "en_curso"),
        ((2026, 11, 25, 11), "resuelto"),
    )
    clock = resolution_clock(ticket, target=4 * HOUR, schedule=SCHEDULE, now=at(2026, 11, 30, 8))
    assert (clock.elapsed, clock.running, clock.due_at, clock.breached) == (3 * HOUR, False, None, False)
    paused = resolution_clock(ticket[:3], target=4 * HOUR, schedule=SCHEDULE, now=at(2026, 11, 26, 8))
    assert paused.elapsed == 2 * HOUR and paused.due_at is None


def test_reopening_runs_the_clock_again_and_counts():
    ticket = history(
        ((2026, 11, 24, 8), "nuevo"),
        ((2026, 11, 24, 10), "resuelto"),
        ((2026, 11, 24, 14), "en_curso"),
        ((2026, 11, 24, 17), "resuelto"),
    )
    clock = resolution_clock(ticket, target=4 * HOUR, schedule=SCHEDULE, now=at(2026, 11, 25, 9))
    assert clock.elapsed == 5 * HOUR and clock.breached
    assert reopen_count(ticket) == 1


def test_warning_before_breach():
    ticket = history(((2026, 11, 24, 8), "nuevo"))
    assert resolution_clock(ticket, target=4 * HOUR, schedule=SCHEDULE, now=at(2026, 11, 24, 11)).warning
    late = resolution_clock(ticket, target=4 * HOUR, schedule=SCHEDULE, now=at(2026, 11, 24, 14))
    assert late.breached and not late.warning and late.remaining == -HOUR


def test_ownership_clock_stops_when_taken():
    ticket = history(((2026, 11, 24, 8), "nuevo"), ((2026, 11, 24, 8, 30), "asignado"))
    clock = ownership_clock(ticket, target=HOUR, schedule=SCHEDULE, now=at(2026, 11, 25, 8))
    assert (clock.elapsed, clock.running, clock.breached) == (HOUR // 2, False, False)
    waiting = ownership_clock(ticket[:1], target=HOUR, schedule=SCHEDULE, now=at(2026, 11, 24, 8, 15))
    assert waiting.running and waiting.due_at == at(2026, 11, 24, 9)


statuses = st.sampled_from(["nuevo", "asignado", "en_curso", "en_espera", "resuelto", "cerrado"])
steps = st.lists(st.tuples(st.integers(min_value=0, max_value=72 * 60), statuses), max_size=12)


@given(
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 6, 1), timezones=st.just(BOGOTA)),
    steps,
)
def test_elapsed_business_time_is_never_negative_nor_above_wall_time(opened, moves):
    changes, moment = [StatusChange(opened, "nuevo")], opened
    for minutes, status in moves:
        moment += timedelta(minutes=minutes)
        changes.append(StatusChange(moment, status))
    now = moment + timedelta(hours=1)
    clock = resolution_clock(changes, target=8 * HOUR, schedule=SCHEDULE, now=now)
    assert 0 <= clock.elapsed <= (now - opened).total_seconds()
    periods = resolution_periods(changes, now=now)
    assert all(start <= end for start, end in periods)
