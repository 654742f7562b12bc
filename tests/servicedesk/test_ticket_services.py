"""Ticket services that the views and admin call instead of writing themselves."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from servicedesk.tickets import notifications, services
from servicedesk.tickets.clocks import CLOCK_FIELDS
from servicedesk.tickets.models import Ticket
from servicedesk.tickets.services import ticket_add_time
from tests.factories import TicketFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_time_is_added_to_what_was_already_recorded():
    technician = UserFactory(roles=["tecnico"])
    ticket = TicketFactory(time_spent=30)
    returned = ticket_add_time(ticket=ticket, minutes=15, by=technician)
    assert returned.time_spent == 45
    assert Ticket.objects.get(pk=ticket.pk).time_spent == 45


def test_time_added_through_a_stale_copy_does_not_lose_the_other_technicians_minutes():
    ticket = TicketFactory(time_spent=0)
    stale = Ticket.objects.get(pk=ticket.pk)
    ticket_add_time(ticket=ticket, minutes=20, by=UserFactory(roles=["tecnico"]))
    ticket_add_time(ticket=stale, minutes=10, by=UserFactory(roles=["tecnico"]))
    assert Ticket.objects.get(pk=ticket.pk).time_spent == 30


def test_adding_time_is_logged_with_its_minutes_and_author():
    technician = UserFactory(roles=["tecnico"])
    ticket = TicketFactory()
    ticket_add_time(ticket=ticket, minutes=25, by=technician)
    entry = ModelLogEntry.objects.get(object_id=str(ticket.pk), action="servicedesk.ticket.time")
    assert entry.user == technician and entry.data == {"minutes": 25}


@pytest.mark.parametrize("minutes", [0, -5])
def test_no_time_or_negative_time_is_refused(minutes):
    ticket = TicketFactory(time_spent=10)
    with pytest.raises(ValidationError):
        ticket_add_time(ticket=ticket, minutes=minutes, by=UserFactory(roles=["tecnico"]))
    assert Ticket.objects.get(pk=ticket.pk).time_spent == 10


def test_ticket_add_time_takes_keyword_arguments_only():
    with pytest.raises(TypeError):
        ticket_add_time(TicketFactory(), 5, None)


def test_a_story_of_the_past_is_recorded_at_its_moments(desk, open_ticket):
    """The keyword ``at`` (the demo's replay): history, dates, comments and audit log take it."""
    opened = timezone.now() - timedelta(days=30)
    ticket = open_ticket(at=opened)
    ticket = services.take(ticket=ticket, by=desk.technician, at=opened + timedelta(hours=1))
    note = services.comment(
        ticket=ticket, author=desk.technician, body="Revisando", at=opened + timedelta(hours=2)
    )
    ticket = services.change_status(
        ticket=ticket,
        target="resuelto",
        by=desk.technician,
        solution="Listo.",
        at=opened + timedelta(hours=3),
    )
    ticket = services.confirm_solution(ticket=ticket, by=desk.requester, at=opened + timedelta(hours=4))
    assert ticket.opened_at == opened and ticket.taken_at == opened + timedelta(hours=1)
    assert ticket.solved_at == opened + timedelta(hours=3) and ticket.closed_at == opened + timedelta(hours=4)
    assert note.created_at == opened + timedelta(hours=2)
    assert [change.at - opened for change in ticket.status_changes.all()] == [
        timedelta(hours=hours) for hours in (0, 1, 3, 4)
    ]
    stamps = ModelLogEntry.objects.filter(object_id=str(ticket.pk)).values_list("timestamp", flat=True)
    assert stamps.count() == 5 and max(stamps) == opened + timedelta(hours=4)


def test_muted_notifications_are_not_even_queued(desk, open_ticket, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, notifications.muted():
        ticket = open_ticket()
        services.take(ticket=ticket, by=desk.technician)
    assert callbacks == []
    with django_capture_on_commit_callbacks() as callbacks:
        services.change_status(ticket=ticket, target="resuelto", by=desk.technician, solution="Listo.")
    assert len(callbacks) == 1


def test_deferred_clocks_end_as_if_recomputed_after_every_change(desk, open_ticket):
    def story():
        opened = timezone.now() - timedelta(days=10)
        ticket = services.take(
            ticket=open_ticket(at=opened), by=desk.technician, at=opened + timedelta(hours=9)
        )
        return services.change_status(
            ticket=ticket,
            target="resuelto",
            by=desk.technician,
            solution="Listo.",
            at=opened + timedelta(days=3),
        )

    each_time = story()
    with services.clocks_deferred():
        deferred = story()
        assert deferred.resolve_target == 0 and deferred.resolve_seconds is None
    services.recompute(deferred)
    assert {name: getattr(deferred, name) for name in CLOCK_FIELDS} == {
        name: getattr(each_time, name) for name in CLOCK_FIELDS
    }
