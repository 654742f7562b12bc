"""Loans past their return date: the holder and the desk are told, once when the date passes and then
every week until the equipment comes back."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.mail import send_later
from servicedesk.assets.models import Assignment

REMIND_EVERY = timedelta(days=7)


def reminder_due(due_back: date | None, last_notified: date | None, today: date) -> bool:
    """Whether a loan due ``due_back`` and last reminded on ``last_notified`` is reminded ``today``."""
    if due_back is None or due_back >= today:
        return False
    return last_notified is None or today - last_notified >= REMIND_EVERY


def overdue_loans(today: date | None = None):
    today = today or timezone.localdate()
    return Assignment.objects.filter(returned_at__isnull=True, due_back__lt=today).select_related(
        "asset", "asset__responsible_group", "holder"
    )


def remind_overdue_loans(today: date | None = None) -> int:
    """Mail each overdue loan whose reminder is due to its holder and the asset's support group."""
    today = today or timezone.localdate()
    sent = 0
    for assignment in overdue_loans(today):
        if not reminder_due(assignment.due_back, assignment.overdue_notified_on, today):
            continue
        with transaction.atomic():
            claimed = Assignment.objects.filter(
                pk=assignment.pk, overdue_notified_on=assignment.overdue_notified_on
            ).update(overdue_notified_on=today)
            if not claimed:  # another consumer reminded it meanwhile
                continue
            context = {
                "assignment": assignment,
                "days": (today - assignment.due_back).days,
                "url": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('assets_my_equipment')}",
            }
            subject = _("Préstamo vencido: devuelva el equipo %(number)s") % {
                "number": assignment.asset.inventory_number
            }
            body = render_to_string("assets/mail/loan_overdue.txt", context)
            group = assignment.asset.responsible_group
            recipients = [assignment.holder.email, *(group.addresses() if group else [])]
            sent += send_later(subject=subject, body=body, recipients=recipients)
    return sent
