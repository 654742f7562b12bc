"""Availability as live indicator sources of governance (through the Wagtail hook)."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from governance.planning.sources import get_source, source_choices
from servicedesk.monitoring.indicators import ALL_SERVICES, SERVICE_KEY
from servicedesk.monitoring.models import Beat

pytestmark = pytest.mark.django_db


def _beats(monitor, day, statuses):
    start = timezone.make_aware(datetime.combine(day, datetime.min.time())) + timedelta(hours=9)
    Beat.objects.bulk_create(
        Beat(monitor=monitor, checked_at=start + timedelta(minutes=n), status=status)
        for n, status in enumerate(statuses)
    )


def test_each_watched_service_and_all_of_them_are_sources(make_monitor, desk):
    make_monitor(service=desk.service)
    choices = dict(source_choices())
    assert ALL_SERVICES in choices
    assert "Soporte a equipos de cómputo" in str(choices[SERVICE_KEY.format(pk=desk.service.pk)])


def test_availability_counts_up_checks_over_counted_ones_in_the_period(make_monitor, desk):
    today = timezone.localdate()
    watched = make_monitor(service=desk.service)
    other = make_monitor(name="Correo", service=None)
    _beats(watched, today, ["up", "up", "up", "down", "maintenance"])
    _beats(watched, today - timedelta(days=40), ["down"] * 5)  # before the period
    _beats(other, today, ["down"] * 3)  # watches no service

    service = get_source(SERVICE_KEY.format(pk=desk.service.pk))
    assert service.compute(today - timedelta(days=30), today) == (Decimal(3), Decimal(4))
    assert get_source(ALL_SERVICES).compute(today - timedelta(days=30), today) == (Decimal(3), Decimal(4))
    assert service.compute(today - timedelta(days=60), today) == (Decimal(3), Decimal(9))
