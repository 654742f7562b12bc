"""Pure rules of the service desk: life cycle, office-hours text, durations, alerts."""

from datetime import time

import pytest

from portal.business_calendar import OFFICE_HOURS, format_hours, parse_hours
from servicedesk.templatetags.servicedesk_tags import duration
from servicedesk.tickets.sla import ClockState, alert_for
from servicedesk.tickets.workflow import REQUESTER, TECHNICIAN, allowed_transitions, can_move, is_reopening


def test_technician_life_cycle():
    assert can_move("nuevo", "en_curso")
    assert can_move("en_curso", "en_espera") and can_move("en_espera", "en_curso")
    assert can_move("en_curso", "resuelto")
    assert not can_move("nuevo", "cerrado")
    assert allowed_transitions("cerrado") == ()


def test_requester_confirms_rejects_or_answers_only():
    assert set(allowed_transitions("resuelto", REQUESTER)) == {"cerrado", "en_curso"}
    assert allowed_transitions("en_espera", REQUESTER) == ("en_curso",)
    for status in ("nuevo", "asignado", "en_curso", "cerrado"):
        assert allowed_transitions(status, REQUESTER) == ()
    assert can_move("resuelto", "cerrado", TECHNICIAN)


def test_reopening():
    assert is_reopening("resuelto", "en_curso")
    assert not is_reopening("en_espera", "en_curso")
    assert not is_reopening("resuelto", "cerrado")


def test_office_hours_round_trip_and_accents():
    assert parse_hours(format_hours(OFFICE_HOURS)) == OFFICE_HOURS
    hours = parse_hours("Miercoles: 7:30-12:00\nsábado: 08:00-11:00")
    assert hours == {2: ((time(7, 30), time(12)),), 5: ((time(8), time(11)),)}


@pytest.mark.parametrize(
    "text",
    [
        "lunes 08:00-12:00",
        "funday: 08:00-12:00",
        "lunes: 12:00-08:00",
        "lunes: 8-12, 11-14",
        "lunes: 25:00-26:00",
    ],
)
def test_bad_office_hours_are_refused(text):
    with pytest.raises(ValueError):
        parse_hours(text)


def test_duration_in_business_days_hours_minutes():
    assert duration(None) == "—"
    assert duration(0) == "0 min"
    assert duration(15 * 60) == "15 min"
    assert duration(4 * 3600) == "4 h"
    assert duration(2 * 8 * 3600 + 3600 + 300) == "2 d 1 h 5 min"


def test_alerts_warn_at_the_ratio_and_breach_past_the_target():
    def state(elapsed, running=True):
        return ClockState(target=100, elapsed=elapsed, running=running, due_at=None)

    assert alert_for(state(74), 0.75) == ""
    assert alert_for(state(75), 0.75) == "por_vencer"
    assert alert_for(state(75, running=False), 0.75) == ""
    assert alert_for(state(101), 0.75) == "vencido"
    assert alert_for(state(60), 0.5) == "por_vencer"
