"""Outages become incidents: DOWN files one, recovery writes the downtime and resolves it."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from servicedesk.monitoring.durations import wall_duration
from servicedesk.monitoring.models import MaintenanceWindow, Monitor
from servicedesk.monitoring.services import record_result
from servicedesk.outages import services as outages
from servicedesk.outages.models import Outage
from servicedesk.outages.receivers import on_monitor_state_changed
from servicedesk.outages.rules import incident_levels
from servicedesk.tickets import services as desk_services
from servicedesk.tickets.choices import Channel, Level, Priority, Status, TicketType
from servicedesk.tickets.models import Ticket
from tests.servicedesk.monitoring.conftest import probe_result

pytestmark = pytest.mark.django_db


@pytest.fixture
def watched(desk):
    """The desk's service, critical, watched by an HTTP monitor that goes DOWN on its second failure."""
    desk.service.criticality = Level.HIGH
    desk.service.save()
    monitor = Monitor(
        name="Portal web",
        kind="http",
        url="https://portal.instituto-demo.example/",
        retries=1,
        service=desk.service,
    )
    monitor.full_clean()
    monitor.save()
    return monitor


@pytest.fixture
def check(watched, django_capture_on_commit_callbacks):
    """``check("down", at)``: one result of the watched monitor, committed (receivers and mail run)."""

    def run(status, at, monitor=None):
        with django_capture_on_commit_callbacks(execute=True):
            record_result(monitor or watched, probe_result(status, message=f"HTTP {status}"), at=at)

    return run


def test_an_outage_files_one_incident_and_the_recovery_resolves_it_with_the_downtime(watched, check, desk):
    start = timezone.now() - timedelta(minutes=10)
    check("down", start)
    assert not Ticket.objects.exists(), "PENDING while a retry is left: no incident yet"
    check("down", start + timedelta(minutes=1))
    check("down", start + timedelta(minutes=2))

    ticket = Ticket.objects.get()
    assert ticket.ticket_type == TicketType.INCIDENT
    assert ticket.channel == Channel.MONITORING
    assert ticket.service == desk.service and ticket.group == desk.group
    assert (ticket.impact, ticket.urgency, ticket.priority) == (Level.HIGH, Level.HIGH, Priority.VERY_HIGH)
    assert ticket.status == Status.NEW
    assert ticket.resolve_due_at is not None, "the SLA clocks run"
    assert ticket.title == "Caída: Portal web"
    assert "HTTP down" in ticket.description
    assert [message.to for message in mail.outbox] == [["mesa@instituto-demo.example"]]
    outage = Outage.objects.get()
    assert outage.ticket == ticket and outage.ended_at is None

    check("up", start + timedelta(minutes=5, seconds=20))
    ticket.refresh_from_db()
    outage.refresh_from_db()
    assert ticket.status == Status.SOLVED
    assert "Tiempo fuera de servicio: 4 min" in ticket.solution
    assert outage.seconds == 4 * 60 + 20
    assert len(mail.outbox) == 1, "the group was mailed once; nobody requested the incident"
    assert ticket.status_changes.filter(status=Status.SOLVED).get().at == start + timedelta(
        minutes=5, seconds=20
    )


def test_flapping_reopens_the_same_incident_instead_of_filing_one_per_flap(watched, check):
    start = timezone.now() - timedelta(hours=1)
    for minute, status in enumerate(["down", "down", "up", "down", "down", "up", "down", "down"]):
        check(status, start + timedelta(minutes=minute))

    ticket = Ticket.objects.get()
    assert Outage.objects.filter(ticket=ticket).count() == 3
    assert ticket.status == Status.IN_PROGRESS, "resolved by the recovery, back to work by the next fall"
    assert ticket.status_changes.filter(status=Status.SOLVED).count() == 2
    assert len(mail.outbox) == 1


def test_after_the_incident_is_closed_a_new_outage_files_a_new_one(watched, check):
    start = timezone.now() - timedelta(hours=1)
    check("down", start)
    check("down", start + timedelta(minutes=1))
    check("up", start + timedelta(minutes=2))
    first = Ticket.objects.get()
    desk_services.change_status(ticket=first, target=Status.CLOSED, by=None)

    check("down", start + timedelta(minutes=3))
    check("down", start + timedelta(minutes=4))
    assert Ticket.objects.count() == 2
    assert Ticket.objects.exclude(pk=first.pk).get().status == Status.NEW


def test_a_recovery_after_a_technician_solved_it_only_writes_the_downtime(watched, check, desk):
    start = timezone.now() - timedelta(hours=1)
    check("down", start)
    check("down", start + timedelta(minutes=1))
    ticket = Ticket.objects.get()
    desk_services.change_status(
        ticket=ticket, target=Status.SOLVED, by=desk.technician, solution="Se reinició el servidor web."
    )
    check("up", start + timedelta(hours=2, minutes=1))
    ticket.refresh_from_db()
    assert ticket.solution == "Se reinició el servidor web."
    note = ticket.comments.get()
    assert note.internal and "Tiempo fuera de servicio: 2 h" in note.body


def test_maintenance_mutes_the_monitor_no_incident_and_no_mail(watched, check):
    now = timezone.now()
    window = MaintenanceWindow.objects.create(
        title="Actualización del servidor",
        starts_at=now - timedelta(hours=1),
        ends_at=now + timedelta(hours=1),
    )
    window.monitors.add(watched)
    for minute in range(4):
        check("down", now - timedelta(minutes=30 - minute))
    watched.refresh_from_db()
    assert watched.state == "maintenance"
    assert not Ticket.objects.exists() and not Outage.objects.exists()
    assert mail.outbox == []


def test_one_open_outage_per_monitor(watched):
    at = timezone.now()
    assert outages.open_outage(watched, at=at, message="caído") is not None
    assert outages.open_outage(watched, at=at + timedelta(minutes=1), message="caído otra vez") is None
    assert Outage.objects.count() == Ticket.objects.count() == 1


def test_a_monitor_without_a_service_files_a_medium_incident(make_monitor, desk, check):
    monitor = make_monitor(name="Servidor DNS", kind="dns", url="", host="dns.instituto-demo.example")
    at = timezone.now() - timedelta(minutes=5)
    check("down", at, monitor=monitor)
    ticket = Ticket.objects.get()
    assert (ticket.impact, ticket.urgency) == (Level.MEDIUM, Level.MEDIUM)
    assert ticket.service is None and "dns.instituto-demo.example" in ticket.description


def test_a_failure_of_the_incident_is_logged_not_raised_into_the_check(watched, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("sin base de datos")

    monkeypatch.setattr(outages, "open_outage", broken)
    with caplog.at_level(logging.ERROR, logger="servicedesk.outages.receivers"):
        on_monitor_state_changed(
            Monitor, monitor=watched, previous="pending", state="down", at=timezone.now()
        )
    assert "not recorded" in caplog.text


@pytest.mark.parametrize(
    ("criticality", "levels"),
    [
        (Level.HIGH, (Level.HIGH, Level.HIGH)),
        (Level.MEDIUM, (Level.MEDIUM, Level.HIGH)),
        (Level.LOW, (Level.LOW, Level.MEDIUM)),
        (None, (Level.MEDIUM, Level.MEDIUM)),
    ],
)
def test_incident_levels_follow_the_services_criticality(criticality, levels):
    assert incident_levels(criticality) == levels


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(None, "—"), (0, "0 s"), (59, "59 s"), (60, "1 min"), (3640, "1 h"), (90061, "1 d 1 h 1 min")],
)
def test_wall_durations_read_in_whole_units(seconds, text):
    assert wall_duration(seconds) == text


def test_a_stopped_server_opens_an_incident_and_its_restart_resolves_it(
    desk, django_capture_on_commit_callbacks
):
    """The acceptance case with a real local server: stopped → DOWN after the retries, with an
    incident; started again → UP, and the incident resolved with the downtime written."""
    from servicedesk.monitoring.runner import run_check
    from tests.servicedesk.monitoring.servers import http_server

    def check(monitor):
        with django_capture_on_commit_callbacks(execute=True):
            run_check(monitor.pk)
        monitor.refresh_from_db()
        return monitor.state

    with http_server() as (server, base_url):
        port = server.server_address[1]
        monitor = Monitor.objects.create(
            name="Intranet",
            kind="http",
            url=f"{base_url}/",
            retries=1,
            timeout_seconds=2,
            service=desk.service,
        )
        assert check(monitor) == "up"
    assert check(monitor) == "pending" and not Ticket.objects.exists()
    assert check(monitor) == "down"
    ticket = Ticket.objects.get()
    assert ticket.status == Status.NEW and ticket.channel == Channel.MONITORING
    with http_server(port=port):
        assert check(monitor) == "up"
    ticket.refresh_from_db()
    assert ticket.status == Status.SOLVED and "Tiempo fuera de servicio" in ticket.solution
