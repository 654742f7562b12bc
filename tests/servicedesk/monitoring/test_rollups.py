"""Roll-ups against hand-computed cases: hourly from beats, daily from hourly, idempotence, retention."""

from datetime import timedelta

import pytest

from servicedesk.monitoring.models import Beat, Rollup
from servicedesk.monitoring.rollups import delete_old_beats, delete_old_rollups, roll_up_days, roll_up_hours
from tests.servicedesk.monitoring.beats import add_beats, local

pytestmark = pytest.mark.django_db

HOUR = timedelta(hours=1)


def one_hour_of_checks(monitor, start):
    """50 up at 10, 20 … 500 ms; 10 down at 9000 ms; 5 in maintenance at 5 ms."""
    add_beats(
        monitor,
        start,
        ["up"] * 50 + ["down"] * 10 + ["maintenance"] * 5,
        latencies=[10 * i for i in range(1, 51)] + [9000] * 10 + [5] * 5,
    )


def rollup_values(**filters):
    return list(
        Rollup.objects.filter(**filters)
        .order_by("monitor_id", "period", "period_start")
        .values_list(
            "period",
            "period_start",
            "up_count",
            "down_count",
            "maintenance_count",
            "latency_mean_ms",
            "latency_p95_ms",
        )
    )


def test_an_hour_is_counted_with_mean_and_p95_of_the_up_checks(make_monitor):
    monitor = make_monitor()
    start = local(2026, 3, 10, 9)
    one_hour_of_checks(monitor, start)
    add_beats(monitor, start + HOUR, ["down"])  # the current hour: not complete, not rolled

    assert roll_up_hours(until=start + HOUR + timedelta(minutes=5)) == 1

    # Mean of 10…500 is 255; nearest-rank p95 of 50 values is the 48th: 480.
    assert rollup_values() == [("hour", start, 50, 10, 5, 255.0, 480)]


def test_rolling_up_again_changes_nothing_and_counts_a_check_recorded_late(make_monitor):
    monitor = make_monitor()
    start = local(2026, 3, 10, 9)
    one_hour_of_checks(monitor, start)
    until = start + HOUR + timedelta(minutes=5)
    roll_up_hours(until=until)
    first = rollup_values()

    roll_up_hours(until=until)
    assert rollup_values() == first
    assert Rollup.objects.count() == 1

    # A check of 09:59 recorded after the roll-up ran is counted by the next run.
    add_beats(monitor, start + timedelta(minutes=59, seconds=30), ["down"], latencies=[None])
    roll_up_hours(until=until + HOUR)
    assert rollup_values()[0][2:5] == (50, 11, 5)


def test_hours_without_up_checks_have_no_latency(make_monitor):
    monitor = make_monitor(name="Push", kind="push", url="")
    add_beats(monitor, local(2026, 3, 10, 9), ["down", "maintenance"], latencies=[None, None])
    roll_up_hours(until=local(2026, 3, 10, 10))
    assert rollup_values() == [("hour", local(2026, 3, 10, 9), 0, 1, 1, None, None)]


def test_a_day_is_built_from_its_hours(make_monitor):
    monitor = make_monitor()
    one_hour_of_checks(monitor, local(2026, 3, 10, 9))
    add_beats(monitor, local(2026, 3, 10, 15), ["up"] * 10 + ["down"] * 2, latencies=[100] * 12)
    roll_up_hours(until=local(2026, 3, 11, 0, 5))

    assert roll_up_days(until=local(2026, 3, 11, 0, 20)) == 1

    # Mean weighted by the up checks: (255 × 50 + 100 × 10) / 60; p95: the highest hourly p95.
    assert rollup_values(period="day") == [
        ("day", local(2026, 3, 10), 60, 12, 5, pytest.approx((255 * 50 + 100 * 10) / 60), 480)
    ]
    roll_up_days(until=local(2026, 3, 11, 0, 20))
    assert Rollup.objects.filter(period="day").count() == 1


def test_days_are_local_days_split_at_bogota_midnight(make_monitor):
    monitor = make_monitor()
    # 23:30 and 00:30 in Bogotá are 04:30 and 05:30 UTC of the same UTC day.
    add_beats(monitor, local(2026, 3, 9, 23, 30), ["down"])
    add_beats(monitor, local(2026, 3, 10, 0, 30), ["up"] * 3)
    roll_up_hours(until=local(2026, 3, 11, 1))
    roll_up_days(until=local(2026, 3, 11, 1))

    assert [row[1:5] for row in rollup_values(period="day")] == [
        (local(2026, 3, 9), 0, 1, 0),
        (local(2026, 3, 10), 3, 0, 0),
    ]


def test_the_current_day_is_not_rolled_up(make_monitor):
    monitor = make_monitor()
    add_beats(monitor, local(2026, 3, 10, 9), ["up"])
    roll_up_hours(until=local(2026, 3, 10, 12))
    assert roll_up_days(until=local(2026, 3, 10, 12)) == 0


def test_old_beats_are_deleted_only_once_their_hour_is_rolled_up(make_monitor):
    monitor = make_monitor()
    now = local(2026, 3, 10, 12, 35)
    add_beats(monitor, now - timedelta(hours=50), ["up", "down"])
    add_beats(monitor, now - timedelta(hours=47), ["up"])

    assert delete_old_beats(now=now) == 0
    assert Beat.objects.count() == 3

    roll_up_hours(until=now)
    assert delete_old_beats(now=now) == 2
    assert list(Beat.objects.values_list("checked_at", flat=True)) == [now - timedelta(hours=47)]
    # Their counts remain in the roll-ups.
    assert sum(Rollup.objects.values_list("up_count", flat=True)) == 2


def test_hourly_rollups_are_kept_400_days_and_daily_ones_always(make_monitor):
    monitor = make_monitor()
    now = local(2026, 3, 10, 12)
    old = now - timedelta(days=401)
    Rollup.objects.bulk_create(
        [
            Rollup(monitor=monitor, period="hour", period_start=old, up_count=1),
            Rollup(monitor=monitor, period="day", period_start=old, up_count=1),
            Rollup(monitor=monitor, period="hour", period_start=now - timedelta(days=399), up_count=1),
        ]
    )
    assert delete_old_rollups(now=now) == 1
    assert sorted(Rollup.objects.values_list("period", flat=True)) == ["day", "hour"]
