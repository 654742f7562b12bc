"""E-mails to the requester and to whoever works the ticket (plain text, in Spanish).

The services queue them with ``after_commit``: they are written once the transaction commits, and are
not queued at all inside ``muted()`` (the demo seeding replays a year of past events: nobody is told).
They leave through ``portal.mail.send_later``: a mail server that is down never turns the saved
ticket into an error page, and a title typed with line breaks stays one line in the subject.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.mail import send_later
from servicedesk.tickets.choices import SlaAlert, Status

_muted: ContextVar[bool] = ContextVar("servicedesk_notifications_muted", default=False)


@contextmanager
def muted():
    """Inside this block the services queue no notification."""
    token = _muted.set(True)
    try:
        yield
    finally:
        _muted.reset(token)


def after_commit(send: Callable[[], object]) -> None:
    """Send when the current transaction commits, unless notifications are muted.

    ``robust``: should writing the message fail, the error is logged and the saved change stands.
    """
    if not _muted.get():
        transaction.on_commit(send, robust=True)


def _absolute(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def requester_url(ticket) -> str:
    return _absolute(reverse("servicedesk_my_ticket", args=[ticket.pk]))


def admin_url(ticket) -> str:
    return _absolute(reverse("servicedesk_ticket_modeladmin_inspect", args=[ticket.pk]))


def _send(recipients, subject: str, template: str, context: dict) -> int:
    if not any(recipients):
        return 0
    body = render_to_string(f"servicedesk/mail/{template}.txt", context)
    return int(send_later(subject=subject, body=body, recipients=recipients))


def _requester(ticket) -> list[str]:
    return [ticket.requester.email] if ticket.requester_id and ticket.requester.email else []


def workers(ticket) -> list[str]:
    """The technician, else the group's address, else every member of the group."""
    if ticket.technician_id:
        return [ticket.technician.email]
    if ticket.group_id:
        return ticket.group.addresses()
    return []


def _context(ticket, **extra) -> dict:
    return {
        "ticket": ticket,
        "requester_url": requester_url(ticket),
        "admin_url": admin_url(ticket),
        **extra,
    }


def ticket_opened(ticket) -> None:
    subject = _("Solicitud %(number)s registrada: %(title)s") % {
        "number": ticket.number,
        "title": ticket.title,
    }
    _send(_requester(ticket), subject, "opened_requester", _context(ticket))
    subject = _("Nuevo caso %(number)s (prioridad %(priority)s): %(title)s") % {
        "number": ticket.number,
        "priority": ticket.priority,
        "title": ticket.title,
    }
    _send(workers(ticket), subject, "opened_worker", _context(ticket))


def assigned(ticket) -> None:
    subject = _("Caso %(number)s asignado: %(title)s") % {"number": ticket.number, "title": ticket.title}
    _send(workers(ticket), subject, "assigned", _context(ticket))


def status_changed(ticket, change, previous: str) -> None:
    """The requester hears of what they can act on: a question, a solution, a reopening, a closure."""
    if change.by_id and change.by_id == ticket.requester_id:
        if change.status == Status.IN_PROGRESS and previous == Status.SOLVED:
            subject = _("El solicitante rechazó la solución del caso %(number)s") % {"number": ticket.number}
            _send(workers(ticket), subject, "reopened", _context(ticket, change=change))
        return
    templates = {
        Status.ON_HOLD: _("Su solicitud %(number)s espera información suya"),
        Status.SOLVED: _("Su solicitud %(number)s fue resuelta: confírmela"),
        Status.CLOSED: _("Su solicitud %(number)s fue cerrada"),
    }
    if change.status in templates:
        subject = templates[change.status] % {"number": ticket.number}
        _send(_requester(ticket), subject, f"status_{change.status}", _context(ticket, change=change))


def commented(ticket, note) -> None:
    """A public comment reaches the other side of the conversation."""
    if note.author_id and note.author_id == ticket.requester_id:
        subject = _("Nuevo comentario del solicitante en el caso %(number)s") % {"number": ticket.number}
        _send(workers(ticket), subject, "comment", _context(ticket, note=note))
    else:
        subject = _("Respuesta a su solicitud %(number)s") % {"number": ticket.number}
        _send(_requester(ticket), subject, "comment", _context(ticket, note=note))


def sla_alert(ticket) -> int:
    if ticket.sla_alert == SlaAlert.BREACHED:
        subject = _("ANS vencido en el caso %(number)s: %(title)s")
    else:
        subject = _("ANS por vencer en el caso %(number)s: %(title)s")
    subject %= {"number": ticket.number, "title": ticket.title}
    recipients = workers(ticket)
    if ticket.sla_alert == SlaAlert.BREACHED and ticket.group_id and ticket.group.email:
        recipients.append(ticket.group.email)  # escalation: the group hears of every breach
    return _send(recipients, subject, "sla_alert", _context(ticket))
