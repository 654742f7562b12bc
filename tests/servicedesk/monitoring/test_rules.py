"""The pure rules of monitoring: states, status codes, uptime, schedule (no database)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError

from servicedesk.monitoring.choices import MonitorState
from servicedesk.monitoring.schedule import (
    interval_in_bounds,
    late_by_ms,
    next_due,
    next_due_after_claim,
    timeout_fits,
)
from servicedesk.monitoring.states import next_state
from servicedesk.monitoring.status_codes import format_status_codes, parse_status_codes, status_matches
from servicedesk.monitoring.uptime import mean, p95, uptime_of_rollups, uptime_percent
from servicedesk.monitoring.validators import validate_host


def step(current, failures, *, retries=2, up=False, in_maintenance=False, active=True):
    transition = next_state(
        current=current,
        failures_in_row=failures,
        retries=retries,
        up=up,
        in_maintenance=in_maintenance,
        active=active,
    )
    return transition.state, transition.failures_in_row


def test_a_failure_is_pending_while_retries_are_left_then_down():
    assert step(MonitorState.UP, 0) == (MonitorState.PENDING, 1)
    assert step(MonitorState.PENDING, 1) == (MonitorState.PENDING, 2)
    assert step(MonitorState.PENDING, 2) == (MonitorState.DOWN, 3)


def test_without_retries_the_first_failure_is_down():
    assert step(MonitorState.UP, 0, retries=0) == (MonitorState.DOWN, 1)


def test_a_down_monitor_that_fails_again_stays_down():
    assert step(MonitorState.DOWN, 3, retries=5) == (MonitorState.DOWN, 4)


@pytest.mark.parametrize("current", [MonitorState.DOWN, MonitorState.PENDING, MonitorState.UP])
def test_a_success_is_up_and_clears_the_failures(current):
    assert step(current, 3, up=True) == (MonitorState.UP, 0)


def test_maintenance_wins_over_the_result_and_counts_no_failure():
    assert step(MonitorState.UP, 1, in_maintenance=True) == (MonitorState.MAINTENANCE, 0)
    assert step(MonitorState.MAINTENANCE, 0, up=True) == (MonitorState.UP, 0)


def test_a_paused_monitor_stays_paused_even_in_maintenance():
    assert step(MonitorState.DOWN, 4, in_maintenance=True, active=False) == (MonitorState.PAUSED, 0)


def test_status_codes_accept_codes_and_ranges_with_spaces():
    assert parse_status_codes("200-299, 301") == ((200, 299), (301, 301))
    ranges = parse_status_codes("200-299,301")
    assert status_matches(204, ranges)
    assert status_matches(301, ranges)
    assert not status_matches(302, ranges)
    assert not status_matches(500, ranges)
    assert format_status_codes(parse_status_codes(" 200 - 204 , 418 ")) == "200-204,418"


@pytest.mark.parametrize("text", ["", " , ", "abc", "200-", "-200", "299-200", "99", "600", "200;301", "2OO"])
def test_bad_status_codes_get_a_spanish_message(text):
    with pytest.raises(ValidationError) as error:
        parse_status_codes(text)
    assert "Códigos de estado no válidos" in error.value.messages[0]


def test_uptime_leaves_maintenance_out_and_is_none_without_checks():
    assert uptime_percent(up=99, down=1) == 99.0
    assert uptime_percent(up=0, down=0) is None

    class Counts:
        def __init__(self, up, down, maintenance):
            self.up_count, self.down_count, self.maintenance_count = up, down, maintenance

    assert uptime_of_rollups([Counts(58, 2, 0), Counts(0, 0, 60), Counts(60, 0, 0)]) == pytest.approx(
        100 * 118 / 120
    )
    assert uptime_of_rollups([Counts(0, 0, 60)]) is None


def test_p95_is_the_nearest_rank_and_ignores_missing_latencies():
    assert p95(range(1, 101)) == 95
    assert p95([10, None, 30, 20]) == 30
    assert p95([7]) == 7
    assert p95([]) is None
    assert p95([None]) is None
    assert mean([10, None, 20]) == 15
    assert mean([]) is None


def test_interval_bounds_and_timeout():
    assert interval_in_bounds(30)
    assert interval_in_bounds(86400)
    assert not interval_in_bounds(29)
    assert not interval_in_bounds(86401)
    assert timeout_fits(10, 60)
    assert not timeout_fits(60, 60)
    assert not timeout_fits(0, 60)


def test_next_due_and_lateness():
    at = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert next_due(at, 60) == at + timedelta(seconds=60)
    assert next_due(at, 300, 60) == at + timedelta(seconds=360)
    assert late_by_ms(at, at + timedelta(seconds=2.5)) == 2500
    assert late_by_ms(at, at - timedelta(seconds=1)) == 0
    assert late_by_ms(None, at) == 0


@pytest.mark.parametrize("host", ["localhost", "portal.instituto.gov.co", "10.0.0.5", "::1", "db-1.local."])
def test_valid_hosts(host):
    validate_host(host)


@pytest.mark.parametrize(
    "host", ["", "-bad.example", "a..b", "exa mple.com", "http://x.example", "300.1.1.1"]
)
def test_invalid_hosts(host):
    with pytest.raises(ValidationError):
        validate_host(host)


def test_a_claimed_check_keeps_the_cadence_and_missed_intervals_are_not_replayed():
    due = datetime(2026, 3, 2, 8, 0, 30, tzinfo=UTC)
    assert next_due_after_claim(due, due - timedelta(seconds=20), 60) == due + timedelta(seconds=60)
    assert next_due_after_claim(due, due + timedelta(seconds=5), 60) == due + timedelta(seconds=60)
    now = due + timedelta(hours=2)
    assert next_due_after_claim(due, now, 60) == now + timedelta(seconds=60)
