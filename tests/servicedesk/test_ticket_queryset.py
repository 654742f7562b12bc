"""The domain names of ticket reads: open, not closed, for a requester, breaching, due soon."""

from datetime import timedelta

import pytest
from django.utils import timezone

from servicedesk.tickets.choices import Status
from servicedesk.tickets.models import Ticket
from tests.factories import TicketFactory, UserFactory

pytestmark = pytest.mark.django_db


def _numbers(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


@pytest.fixture
def statuses():
    return {status: TicketFactory(status=status) for status in Status.values}


def test_open_tickets_are_new_assigned_in_progress_or_on_hold(statuses):
    expected = {statuses[s].pk for s in ("nuevo", "asignado", "en_curso", "en_espera")}
    assert _numbers(Ticket.objects.open()) == expected


def test_not_closed_adds_the_solved_tickets_awaiting_confirmation(statuses):
    expected = {statuses[s].pk for s in ("nuevo", "asignado", "en_curso", "en_espera", "resuelto")}
    assert _numbers(Ticket.objects.not_closed()) == expected


def test_a_requester_sees_only_their_own_tickets():
    requester = UserFactory(roles=["funcionario"])
    mine = TicketFactory(requester=requester)
    TicketFactory()
    assert _numbers(Ticket.objects.for_requester(requester)) == {mine.pk}


def test_breaching_tickets_are_open_and_breached_or_past_a_deadline():
    now = timezone.now()
    flagged = TicketFactory(status="en_curso", sla_alert="vencido")
    past_resolution = TicketFactory(status="en_curso", resolve_due_at=now - timedelta(minutes=1))
    never_taken = TicketFactory(status="nuevo", own_due_at=now - timedelta(minutes=1))
    TicketFactory(status="en_curso", resolve_due_at=now + timedelta(hours=2))
    TicketFactory(status="en_curso", own_due_at=now - timedelta(hours=1), taken_at=now - timedelta(hours=2))
    TicketFactory(status="resuelto", sla_alert="vencido", resolve_due_at=now - timedelta(hours=1))
    assert _numbers(Ticket.objects.breaching(now=now)) == {flagged.pk, past_resolution.pk, never_taken.pk}


def test_due_soon_tickets_passed_their_warning_point_but_not_their_deadline():
    now = timezone.now()
    warned = TicketFactory(
        status="en_curso", resolve_warn_at=now - timedelta(minutes=5), resolve_due_at=now + timedelta(hours=1)
    )
    TicketFactory(
        status="en_curso", resolve_warn_at=now + timedelta(minutes=5), resolve_due_at=now + timedelta(hours=1)
    )
    TicketFactory(
        status="en_curso",
        sla_alert="vencido",
        resolve_warn_at=now - timedelta(minutes=5),
        resolve_due_at=now + timedelta(hours=1),
    )
    TicketFactory(
        status="resuelto", resolve_warn_at=now - timedelta(minutes=5), resolve_due_at=now + timedelta(hours=1)
    )
    assert _numbers(Ticket.objects.due_soon(now=now)) == {warned.pk}
