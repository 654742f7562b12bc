"""The demo's planned tickets told through the ticket services, each event at its moment of the past.

Every record is made by the service a user goes through (``servicedesk.tickets.services``: open,
assign, take, hold, comment, solve, reject, confirm, close, rate, time spent), with the services'
``at`` keyword: the status history, the dates, the SLA clocks and Wagtail's audit log are the ones
those users would have left.

Mail is off by the services' own switch, ``notifications.muted()``: inside it no notification is even
queued for the commit, so no mail backend is involved and no template is rendered. Wagtail indexes a
ticket's references after each of its saves, and the services recompute the SLA clocks after each
status change: ``quietly()`` defers both (``disable_reference_index_auto_update``,
``services.clocks_deferred``) and ``tell`` does each once per ticket, when its story is told. Both
are functions of the final rows, so the result is the same; seeding is several times faster.

Only what no service sets is written directly, once per ticket: ``created_at``/``updated_at``
(``auto_now`` would give the moment of seeding), the clocks (as of the seeding), and the open
tickets' alerts marked as mailed (the first SLA pass of a fresh demo sends none).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from servicedesk.tickets import notifications
from servicedesk.tickets import services as desk
from servicedesk.tickets.choices import OPEN_STATUSES, Status
from servicedesk.tickets.clocks import CLOCK_FIELDS
from servicedesk.tickets.models import Ticket

#: Appended to the solution of a ticket solved twice (the requester rejected the first one).
SECOND_REVIEW = " En la segunda revisión se verificó el funcionamiento con el solicitante."

Event = tuple[datetime, str, object, str]  # at, status, by, note
Comment = tuple[datetime, object, str, bool]  # at, author, body, internal


@contextmanager
def quietly():
    """No notification queued; clocks and reference index once per ticket, not after each event."""
    with notifications.muted(), desk.clocks_deferred(), disable_reference_index_auto_update():
        yield


def tell(
    planned: Ticket, events: list[Event], comments: list[Comment], *, submission_key, now, levels, config
) -> Ticket:
    """Open ``planned`` (unsaved: the story's outcome) and live its ``events`` and ``comments``."""
    ticket = desk.open_ticket(
        title=planned.title,
        description=planned.description,
        ticket_type=planned.ticket_type,
        requester=planned.requester,
        service=planned.service,
        channel=planned.channel,
        impact=planned.impact,
        urgency=planned.urgency,
        by=planned.created_by,
        form_data=planned.form_data,
        submission_key=submission_key,
        at=events[0][0],
    )
    # The requester's answer and the reason of a rejection come with the status change they cause.
    replies = {at: body for at, author, body, _ in comments if author.pk == planned.requester_id}
    others = [(c[0], 1, c) for c in comments if c[1].pk != planned.requester_id]
    for at, kind, step in sorted([(e[0], 0, e) for e in events[1:]] + others, key=lambda s: s[:2]):
        if kind:
            _at, author, body, internal = step
            desk.comment(ticket=ticket, author=author, body=body, internal=internal, at=at)
        else:
            by = step[2]
            reply = replies.get(at) if by is not None and by.pk == planned.requester_id else None
            ticket = _move(ticket, planned, step, reply, events)
    last = max([events[-1][0], *(c[0] for c in comments)])
    if planned.time_spent:
        desk.ticket_add_time(
            ticket=ticket, minutes=planned.time_spent, by=planned.technician, at=events[-1][0]
        )
    if planned.satisfaction is not None:
        desk.rate(
            ticket=ticket,
            by=planned.requester,
            score=planned.satisfaction,
            remark=planned.satisfaction_comment,
            at=planned.satisfaction_at,
        )
        last = max(last, planned.satisfaction_at)
    ticket.refresh_from_db()
    fields = {"created_at": ticket.opened_at, "updated_at": last}
    desk.recompute(ticket, now=now, levels=levels, config=config)
    fields.update({name: getattr(ticket, name) for name in CLOCK_FIELDS})
    if ticket.status in OPEN_STATUSES:
        fields["sla_notified"] = ticket.sla_alert
    Ticket.objects.filter(pk=ticket.pk).update(**fields)
    ReferenceIndex.create_or_update_for_object(ticket)
    return ticket


def _move(ticket: Ticket, planned: Ticket, event: Event, reply: str | None, events: list[Event]) -> Ticket:
    """One status change of the story, through the service a user would go through."""
    at, status, by, note = event
    if status == Status.ASSIGNED:
        desk.assign(tickets=[ticket], technician=planned.technician, by=by, at=at)
        return Ticket.objects.get(pk=ticket.pk)
    if status == Status.IN_PROGRESS and ticket.status in (Status.NEW, Status.ASSIGNED):
        return desk.take(ticket=ticket, by=by, at=at)
    if status == Status.IN_PROGRESS and reply is not None and ticket.status == Status.SOLVED:
        return desk.reject_solution(ticket=ticket, by=by, reason=reply, at=at)
    if status == Status.IN_PROGRESS and reply is not None:
        # The requester answers the question: the service puts the ticket back to work.
        desk.comment(ticket=ticket, author=by, body=reply, at=at)
        return Ticket.objects.get(pk=ticket.pk)
    if status == Status.CLOSED and by is not None:
        return desk.confirm_solution(ticket=ticket, by=by, at=at)
    solution = ""
    if status == Status.SOLVED:  # the second review is told with the last solution only
        last = event is [e for e in events if e[1] == Status.SOLVED][-1]
        solution = planned.solution if last else planned.solution.removesuffix(SECOND_REVIEW)
    return desk.change_status(ticket=ticket, target=status, by=by, note=note, solution=solution, at=at)
