"""Dates as spreadsheet serial numbers: UTC from the database, wall-clock time through WallClock."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import NotSupportedError
from hypothesis import given
from hypothesis import strategies as st

from portal.excel_dates import UtcSerial, WallClock, serial_of
from servicedesk.tickets.models import Ticket

BOGOTA = ZoneInfo("America/Bogota")
MADRID = ZoneInfo("Europe/Madrid")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # half an hour of daylight saving, from 15:30 UTC in October


def serial(moment: datetime) -> float:
    """What xlsxwriter writes for the naive local datetime shown in the cell."""
    return (moment.replace(tzinfo=None) - datetime(1899, 12, 30)) / timedelta(days=1)


@pytest.mark.django_db
def test_the_database_gives_utc_serial_days():
    opened = datetime(2025, 3, 1, 9, 30, 15, 250000, tzinfo=BOGOTA)
    Ticket.objects.create(title="Caso", description="Caso", requester_name="Persona", opened_at=opened)
    Ticket.objects.create(title="Sin tomar", description="Caso", requester_name="Persona", opened_at=opened)
    values = Ticket.objects.annotate(cell=UtcSerial("taken_at"), opened=UtcSerial("opened_at"))
    rows = list(values.values_list("opened", "cell"))
    assert rows[0][0] == pytest.approx(serial(opened.astimezone(UTC)), abs=1e-8)  # under a millisecond
    assert rows[0][1] is None


def test_bogota_is_five_hours_behind_all_year():
    clock = WallClock(BOGOTA)
    for moment in (datetime(2025, 1, 1, 3, tzinfo=UTC), datetime(2025, 7, 1, 23, 59, tzinfo=UTC)):
        assert clock(serial(moment)) == pytest.approx(serial(moment.astimezone(BOGOTA)), abs=1e-9)
    assert clock(None) is None


@pytest.mark.parametrize("zone", [MADRID, LORD_HOWE])
def test_daylight_saving_switches_are_followed(zone):
    clock = WallClock(zone)  # one clock for all the moments, so its cached hours are used
    start = datetime(2025, 3, 29, tzinfo=UTC) if zone is MADRID else datetime(2025, 10, 3, tzinfo=UTC)
    for minutes in range(0, 3 * 24 * 60, 7):
        moment = start + timedelta(minutes=minutes)
        assert clock(serial(moment)) == pytest.approx(serial(moment.astimezone(zone)), abs=1e-9), moment


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(UTC)))
def test_wall_clock_matches_the_zone_conversion(moment):
    for zone in (BOGOTA, MADRID):
        expected = serial(moment.astimezone(zone))
        assert WallClock(zone)(serial(moment)) == pytest.approx(expected, abs=1e-8)


def test_other_databases_are_refused_rather_than_given_wrong_dates():
    with pytest.raises(NotSupportedError):
        UtcSerial("opened_at").as_sql(compiler=None, connection=None)


def test_naive_local_moments_and_dates():
    assert serial_of(datetime(2025, 3, 1, 12)) == pytest.approx(45717.5)
    assert serial_of(datetime(2025, 3, 1).date()) == 45717
    with pytest.raises(ValueError):
        serial_of(datetime(2025, 3, 1, tzinfo=UTC))
