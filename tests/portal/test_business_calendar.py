"""Business time: weekends, Colombian holidays (moved to Monday), lunch break, DST-free Bogotá."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from portal.business_calendar import (
    BOGOTA,
    Schedule,
    add_business_seconds,
    business_seconds,
    business_seconds_in,
    colombian_holidays,
)

SCHEDULE = Schedule(holidays=colombian_holidays())
HOUR = 3600


def bogota(*args):
    return datetime(*args, tzinfo=BOGOTA)


def test_colombian_holidays_include_moved_mondays():
    holidays = colombian_holidays()
    assert bogota(2026, 1, 12).date() in holidays  # Reyes, moved to Monday
    assert bogota(2026, 11, 16).date() in holidays  # Independencia de Cartagena, moved
    assert bogota(2026, 11, 17).date() not in holidays


def test_a_working_day_has_eight_open_hours_with_lunch_excluded():
    assert business_seconds(bogota(2026, 11, 24, 0), bogota(2026, 11, 25, 0), SCHEDULE) == 8 * HOUR
    assert business_seconds(bogota(2026, 11, 24, 11), bogota(2026, 11, 24, 14), SCHEDULE) == 2 * HOUR


def test_weekends_and_holidays_do_not_count():
    # Friday 13 Nov 2026 16:00 → Tuesday 17 Nov 09:00: Monday 16 is a holiday.
    assert business_seconds(bogota(2026, 11, 13, 16), bogota(2026, 11, 17, 9), SCHEDULE) == 2 * HOUR


def test_deadline_of_a_ticket_opened_the_friday_before_a_monday_holiday():
    # 4 open hours from Friday 16:00: one on Friday, three on Tuesday (Monday is a holiday).
    deadline = add_business_seconds(bogota(2026, 11, 13, 16), 4 * HOUR, SCHEDULE)
    assert deadline == bogota(2026, 11, 17, 11)
    # Opened after hours: the clock starts when the office opens.
    assert add_business_seconds(bogota(2026, 11, 13, 19), HOUR, SCHEDULE) == bogota(2026, 11, 17, 9)
    # Exactly at the end of the morning, the deadline is noon, not after lunch.
    assert add_business_seconds(bogota(2026, 11, 17, 11), HOUR, SCHEDULE) == bogota(2026, 11, 17, 12)


def test_times_in_utc_are_read_in_bogota():
    start = datetime(2026, 11, 24, 13, tzinfo=UTC)  # 08:00 in Bogotá
    assert business_seconds(start, start + timedelta(hours=4), SCHEDULE) == 4 * HOUR


def test_paused_periods_are_left_out():
    running = [
        (bogota(2026, 11, 24, 8), bogota(2026, 11, 24, 10)),
        (bogota(2026, 11, 25, 8), bogota(2026, 11, 25, 9)),
    ]
    assert business_seconds_in(running, SCHEDULE) == 3 * HOUR


moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(BOGOTA)
)


@given(moments, moments)
def test_business_time_is_never_negative_nor_above_wall_time(a, b):
    start, end = min(a, b), max(a, b)
    elapsed = business_seconds(start, end, SCHEDULE)
    assert 0 <= elapsed <= (end - start).total_seconds()


@given(moments, st.integers(min_value=0, max_value=200 * HOUR))
def test_adding_then_measuring_gives_back_the_seconds(start, seconds):
    deadline = add_business_seconds(start, seconds, SCHEDULE)
    assert deadline >= start
    assert abs(business_seconds(start, deadline, SCHEDULE) - seconds) <= 1
