"""Overdue loans: the holder and the desk are mailed when the return date passes, then weekly."""

from datetime import date, timedelta

import pytest
from django.core import mail

from servicedesk.assets.assignments import check_in, check_out
from servicedesk.assets.loans import remind_overdue_loans, reminder_due
from servicedesk.assets.models import Asset
from servicedesk.assets.services import save_asset
from servicedesk.tickets.models import SupportGroup
from tests.factories import UserFactory


def test_a_loan_is_reminded_the_day_after_its_date_then_every_week():
    due = date(2026, 11, 30)
    assert not reminder_due(due, None, date(2026, 11, 30))
    assert reminder_due(due, None, date(2026, 12, 1))
    assert not reminder_due(due, date(2026, 12, 1), date(2026, 12, 7))
    assert reminder_due(due, date(2026, 12, 1), date(2026, 12, 8))
    assert not reminder_due(None, None, date(2026, 12, 8))  # custody, not a loan


@pytest.mark.django_db
def test_the_holder_and_the_desk_are_mailed_once_a_week_until_it_comes_back(
    client, django_capture_on_commit_callbacks
):
    desk = SupportGroup.objects.create(name="Mesa de ayuda", email="mesa@instituto.gov.co")
    holder = UserFactory(username="ana", first_name="Ana", last_name="Ruiz", email="ana@instituto.gov.co")
    projector = save_asset(
        Asset(
            inventory_number="IDTI-PER-0007",
            kind="periferico",
            name="Video proyector",
            responsible_group=desk,
        ),
        by=None,
    )
    today = date(2026, 12, 3)
    loan = check_out(
        projector,
        holder=holder,
        by=None,
        condition="Con control.",
        kind="prestamo",
        due_back=today - timedelta(1),
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_overdue_loans(today) == 1
        assert remind_overdue_loans(today) == 0  # not twice the same day (a second consumer, a retry)
        assert remind_overdue_loans(today + timedelta(days=6)) == 0
    message = mail.outbox[-1]
    assert message.subject == "Préstamo vencido: devuelva el equipo IDTI-PER-0007"
    assert sorted(message.to) == ["ana@instituto.gov.co", "mesa@instituto.gov.co"]
    assert "venció el 2026-12-02, hace 1 día." in message.body
    assert "/intranet/mis-equipos/" in message.body

    client.force_login(holder)
    assert "préstamo vencido" in client.get("/intranet/mis-equipos/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        assert remind_overdue_loans(today + timedelta(days=7)) == 1
    check_in(loan, by=None, condition="Completo.")
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_overdue_loans(today + timedelta(days=14)) == 0
    assert len(mail.outbox) == 2
