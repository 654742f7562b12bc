"""The periodic SLA pass and the clocks a ticket stores (computed from its status history)."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from portal.business_calendar import BOGOTA
from servicedesk.models import ServiceDeskSettings, ServiceLevel, Ticket, TicketStatusChange
from servicedesk.tickets import services
from servicedesk.tickets.alerts import check_clocks, close_unanswered_solutions

pytestmark = pytest.mark.django_db


def at(*args):
    return datetime(*args, tzinfo=BOGOTA)


def _rewind(ticket, opened):
    """Pretend ``ticket`` was opened at ``opened`` (its history moves with it)."""
    Ticket.objects.filter(pk=ticket.pk).update(opened_at=opened, sla_alert="", sla_notified="")
    TicketStatusChange.objects.filter(ticket=ticket).update(at=opened)
    ticket.refresh_from_db()
    return ticket


def test_targets_come_from_the_service_level_table(desk, open_ticket):
    ticket = open_ticket(impact="alta", urgency="alta")
    assert ticket.priority == 1
    assert (ticket.own_target, ticket.resolve_target) == (15 * 60, 4 * 3600)
    ServiceLevel.objects.create(service=desk.service, priority=1, time_to_own=5, time_to_resolve=60)
    services.reclassify(ticket=ticket, by=None)
    assert (ticket.own_target, ticket.resolve_target) == (5 * 60, 3600)


def test_edited_priority_matrix_is_used(desk, open_ticket):
    from servicedesk.models import PriorityMatrixCell

    PriorityMatrixCell.objects.filter(impact="baja", urgency="media").update(priority=2)
    assert open_ticket(impact="baja", urgency="media").priority == 2


def test_one_mail_per_alert_state_then_breach(desk, open_ticket, django_capture_on_commit_callbacks):
    ticket = open_ticket(impact="alta", urgency="alta")  # 4 business hours to resolve
    ticket = _rewind(ticket, at(2026, 11, 24, 8))
    TicketStatusChange.objects.create(ticket=ticket, status="en_curso", at=at(2026, 11, 24, 8, 5))
    Ticket.objects.filter(pk=ticket.pk).update(status="en_curso")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        run = check_clocks(now=at(2026, 11, 24, 11, 30))  # 3.5 h of 4: past 75 %
    assert run.alerts_sent == 1
    ticket.refresh_from_db()
    assert ticket.sla_alert == "por_vencer" and ticket.sla_notified == "por_vencer"
    assert "por vencer" in mail.outbox[-1].subject
    assert mail.outbox[-1].to == ["mesa@instituto-demo.example"]
    assert check_clocks(now=at(2026, 11, 24, 11, 40)).alerts_sent == 0
    with django_capture_on_commit_callbacks(execute=True):
        run = check_clocks(now=at(2026, 11, 24, 13, 30))  # lunch does not count: 4.5 h
    assert run.alerts_sent == 1
    ticket.refresh_from_db()
    assert ticket.sla_alert == "vencido" and ticket.resolve_breached
    assert "vencido" in mail.outbox[-1].subject


def test_an_untaken_ticket_breaches_its_time_to_own(desk, open_ticket):
    ticket = _rewind(open_ticket(impact="alta", urgency="alta"), at(2026, 11, 24, 8))
    check_clocks(now=at(2026, 11, 24, 8, 20))
    ticket.refresh_from_db()
    assert ticket.sla_alert == "vencido" and ticket.own_breached and not ticket.resolve_breached


def test_the_clock_pauses_while_waiting(desk, open_ticket):
    ticket = _rewind(open_ticket(impact="alta", urgency="alta"), at(2026, 11, 24, 8))
    TicketStatusChange.objects.create(ticket=ticket, status="en_curso", at=at(2026, 11, 24, 8, 10))
    TicketStatusChange.objects.create(ticket=ticket, status="en_espera", at=at(2026, 11, 24, 9))
    Ticket.objects.filter(pk=ticket.pk).update(status="en_espera")
    check_clocks(now=at(2026, 11, 26, 16))
    ticket.refresh_from_db()
    assert ticket.sla_alert == "" and not ticket.resolve_breached and ticket.resolve_due_at is None
    assert ticket.own_seconds == 600


def test_unanswered_solutions_close_after_the_configured_business_days(desk, open_ticket):
    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    services.change_status(ticket=ticket, target="resuelto", by=desk.technician, solution="Listo.")
    Ticket.objects.filter(pk=ticket.pk).update(solved_at=at(2026, 11, 13, 16))  # Friday, Monday is a holiday
    assert close_unanswered_solutions(now=at(2026, 11, 20, 16)) == 0  # 4 business days
    assert close_unanswered_solutions(now=at(2026, 11, 23, 16)) == 1
    ticket.refresh_from_db()
    assert ticket.status == "cerrado"
    assert ticket.status_changes.last().note == "Cierre automático sin respuesta"


def test_the_huey_task_is_discovered_and_leaves_a_heartbeat(desk, open_ticket):
    from huey.contrib.djhuey import HUEY

    import servicedesk.tasks  # noqa: F401 - what run_huey's autodiscovery imports
    from portal.models import SchedulerHeartbeat

    assert any("check_sla_clocks" in name for name in HUEY._registry._registry)
    open_ticket()
    servicedesk.tasks.check_sla_clocks.call_local()
    beat = SchedulerHeartbeat.objects.get(name="servicedesk-sla-clocks")
    assert "casos revisados: 1" in beat.last_result


def test_schedule_setting_is_validated_in_spanish(db):
    config = ServiceDeskSettings.load()
    config.business_hours = "lunes 8-12"
    with pytest.raises(ValidationError) as error:
        config.full_clean()
    assert "Horario no válido" in str(error.value)
    config.business_hours = "lunes: 08:00-12:00"
    config.closed_days = "2026-12-24\n24/12/2026"
    with pytest.raises(ValidationError) as error:
        config.full_clean()
    assert "AAAA-MM-DD" in str(error.value)


def test_the_institutes_own_closing_days_do_not_count(desk, open_ticket):
    config = ServiceDeskSettings.load()
    config.closed_days = "2026-11-24"
    config.save()
    ticket = _rewind(open_ticket(impact="alta", urgency="alta"), at(2026, 11, 24, 8))
    check_clocks(now=at(2026, 11, 24, 16))
    ticket.refresh_from_db()
    assert ticket.sla_alert == "" and ticket.resolve_due_at == at(2026, 11, 25, 12)


def test_reopened_ticket_counts_and_resumes(desk, open_ticket):
    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    services.change_status(ticket=ticket, target="resuelto", by=desk.technician, solution="Reinicio")
    services.reject_solution(ticket=ticket, by=desk.requester, reason="Sigue igual")
    ticket.refresh_from_db()
    assert ticket.reopen_count == 1 and ticket.status == "en_curso" and ticket.resolve_seconds is None
    assert ticket.resolve_due_at is not None
    assert ticket.opened_at < ticket.resolve_due_at < ticket.opened_at + timedelta(days=30)
