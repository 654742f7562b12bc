"""Ticket services that the views and admin call instead of writing themselves."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

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
