"""Uptime read from roll-ups plus live beats, maintenance excluded, without a query per monitor."""

from datetime import timedelta

import pytest

from servicedesk.monitoring.models import Rollup
from servicedesk.monitoring.rollups import roll_up_days, roll_up_hours
from servicedesk.monitoring.selectors import (
    daily_bars,
    daily_bars_for_monitors,
    service_uptime,
    uptime,
    uptime_by_period,
    uptime_for_monitors,
)
from tests.servicedesk.monitoring.beats import add_beats, local

pytestmark = pytest.mark.django_db

NOW = local(2026, 3, 10, 12, 30)


def test_uptime_24h_counts_rolled_hours_and_live_beats_without_maintenance(make_monitor):
    monitor = make_monitor()
    add_beats(monitor, NOW - timedelta(hours=25), ["down"] * 10)  # before the window
    add_beats(monitor, local(2026, 3, 9, 12, 10), ["down"])  # rolled hour, before the window starts
    add_beats(monitor, local(2026, 3, 9, 12, 45), ["up"])  # same hour, inside the window
    add_beats(monitor, local(2026, 3, 10, 9), ["up"] * 45 + ["down"] * 5 + ["maintenance"] * 10)
    roll_up_hours(until=NOW)
    add_beats(monitor, local(2026, 3, 10, 12), ["up"] * 8 + ["down"] * 2)  # live: not rolled yet

    # up 1 + 45 + 8, down 5 + 2; the 10 maintenance checks do not count.
    expected = 100 * 54 / 61
    assert uptime(monitor, since=NOW - timedelta(hours=24), until=NOW) == pytest.approx(expected)
    assert uptime_by_period(monitor, now=NOW)["24h"] == pytest.approx(expected)


def test_uptime_is_the_same_before_and_after_the_roll_up(make_monitor):
    monitor = make_monitor()
    add_beats(monitor, local(2026, 3, 10, 10), ["up"] * 3 + ["down"])
    add_beats(monitor, local(2026, 3, 10, 11, 58), ["up", "maintenance", "down", "up"])
    window = {"since": NOW - timedelta(days=7), "until": NOW}
    live = uptime(monitor, **window)
    roll_up_hours(until=NOW)
    assert live == uptime(monitor, **window) == pytest.approx(100 * 5 / 7)


def test_uptime_periods_of_a_monitor_without_checks_are_none(make_monitor):
    monitor = make_monitor()
    assert uptime_by_period(monitor, now=NOW) == {"24h": None, "7d": None, "30d": None, "365d": None}


def test_uptime_periods_reach_back_a_year(make_monitor, django_assert_max_num_queries):
    monitor = make_monitor()
    add_beats(monitor, NOW - timedelta(days=300), ["down"])
    add_beats(monitor, NOW - timedelta(days=20), ["down"])
    add_beats(monitor, NOW - timedelta(days=3), ["up"] * 2)
    roll_up_hours(until=NOW)
    add_beats(monitor, NOW - timedelta(minutes=10), ["up"])

    with django_assert_max_num_queries(9):
        figures = uptime_by_period(monitor, now=NOW)
    assert figures == {"24h": 100.0, "7d": 100.0, "30d": 75.0, "365d": 60.0}


def test_whole_days_are_read_from_the_daily_rollups_and_partial_days_from_the_hourly_ones(make_monitor):
    monitor = make_monitor()
    add_beats(monitor, local(2026, 3, 8, 9), ["up"] * 3 + ["down"])
    roll_up_hours(until=NOW)
    roll_up_days(until=NOW)
    # Spoil the hourly rows: a window holding the whole day must not read them.
    Rollup.objects.filter(period="hour").update(up_count=0)

    assert uptime(monitor, since=local(2026, 3, 8), until=NOW) == 75.0
    assert uptime(monitor, since=local(2026, 3, 8, 8, 30), until=NOW) == 0.0


def test_uptime_of_many_monitors_in_three_queries(make_monitor, django_assert_max_num_queries):
    always, half, silent = (make_monitor(name=name) for name in ("A", "B", "C"))
    add_beats(always, local(2026, 3, 10, 8), ["up"] * 4)
    add_beats(half, local(2026, 3, 10, 8), ["up", "down"])
    roll_up_hours(until=NOW)
    add_beats(half, local(2026, 3, 10, 12, 10), ["up", "down", "maintenance"])

    with django_assert_max_num_queries(3):
        figures = uptime_for_monitors(
            [always.pk, half.pk, silent.pk], since=NOW - timedelta(days=30), until=NOW
        )
    assert figures == {always.pk: 100.0, half.pk: 50.0, silent.pk: None}


def test_daily_bars_join_daily_hourly_and_live_data_in_four_queries(
    make_monitor, django_assert_max_num_queries
):
    first, second = make_monitor(name="A"), make_monitor(name="B")
    add_beats(first, local(2026, 3, 7, 9), ["up"] * 3 + ["down"])  # 7 March: a daily roll-up
    roll_up_hours(until=local(2026, 3, 9, 0, 5))
    roll_up_days(until=local(2026, 3, 9, 0, 20))
    add_beats(first, local(2026, 3, 9, 23, 30), ["down"])  # 9 March: hourly roll-ups only
    add_beats(first, local(2026, 3, 9, 8), ["up"] * 9)
    roll_up_hours(until=local(2026, 3, 10, 0, 5))
    add_beats(first, local(2026, 3, 10, 11), ["up", "maintenance"])  # today: live beats
    add_beats(second, local(2026, 3, 10, 0, 10), ["down"])

    with django_assert_max_num_queries(4):
        bars = daily_bars_for_monitors([first.pk, second.pk], days=4, now=NOW)

    assert [(bar.day.day, bar.uptime) for bar in bars[first.pk]] == [
        (7, 75.0),
        (8, None),
        (9, 90.0),
        (10, 100.0),
    ]
    assert bars[first.pk][-1].maintenance == 1
    assert [bar.uptime for bar in bars[second.pk]] == [None, None, None, 0.0]
    assert len(daily_bars(first, now=NOW)) == 90


def test_service_uptime_counts_its_monitors_together(make_monitor, desk):
    web = make_monitor(name="Web", service=desk.service)
    database = make_monitor(name="Base de datos", service=desk.service)
    other = make_monitor(name="Otro")
    add_beats(web, local(2026, 3, 10, 9), ["up"] * 3)
    add_beats(database, local(2026, 3, 10, 12, 5), ["down"])
    add_beats(other, local(2026, 3, 10, 9), ["down"] * 5)
    roll_up_hours(until=NOW)

    assert service_uptime(desk.service.pk, since=NOW - timedelta(hours=24), until=NOW) == 75.0
