"""What happens to a ticket: opened, assigned, taken, moved, commented, solved, confirmed, rated.

Every status change writes a line of the status history (the SLA clocks are recomputed from it)
and an entry of Wagtail's audit log; mails leave after the transaction commits (none is queued
inside ``notifications.muted()``).

The services act at ``timezone.now()``; their keyword ``at`` records an event of the past instead
(the demo replays a year of tickets through them): history, dates, clocks and audit log all take it.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.uploads import StoredUploads
from servicedesk.tickets import notifications
from servicedesk.tickets.choices import Channel, Level, Status
from servicedesk.tickets.clocks import CLOCK_FIELDS, apply_clocks, history_of, service_levels, targets_for
from servicedesk.tickets.models import (
    PriorityMatrixCell,
    Ticket,
    TicketAttachment,
    TicketComment,
    TicketStatusChange,
    current_settings,
)
from servicedesk.tickets.priority import ITIL_MATRIX, priority_for
from servicedesk.tickets.workflow import REQUESTER, TECHNICIAN, can_move, is_reopening


def priority_matrix() -> dict[tuple[str, str], int]:
    cells = {(c.impact, c.urgency): c.priority for c in PriorityMatrixCell.objects.all()}
    return cells or dict(ITIL_MATRIX)


def recompute(ticket: Ticket, *, now=None, levels=None, config=None) -> None:
    """Refresh priority targets and every clock field of ``ticket`` (not saved)."""
    config = config or current_settings()
    apply_clocks(
        ticket,
        history_of(ticket),
        targets=targets_for(ticket, service_levels() if levels is None else levels),
        schedule=config.schedule(),
        warning_ratio=config.warning_percent / 100,
        now=now,
    )


_clocks_deferred: ContextVar[bool] = ContextVar("servicedesk_clocks_deferred", default=False)


@contextmanager
def clocks_deferred():
    """Status changes inside this block leave the SLA clocks alone: the caller ``recompute``s each ticket
    once its events are recorded (the demo tells a ticket's whole story at once). The clocks are a
    function of the status history, so the result is the same as recomputing after every change."""
    token = _clocks_deferred.set(True)
    try:
        yield
    finally:
        _clocks_deferred.reset(token)


def _refresh_clocks(ticket: Ticket, *, now=None) -> None:
    if not _clocks_deferred.get():
        recompute(ticket, now=now)


def _log(instance, action: str, *, at=None, **kwargs) -> None:
    """Wagtail's audit log, stamped ``at`` when the event is of the past."""
    if at is not None:
        kwargs["timestamp"] = at
    log(instance=instance, action=action, **kwargs)


def _record(ticket: Ticket, status: str, *, by, at=None, note: str = "") -> TicketStatusChange:
    return TicketStatusChange.objects.create(
        ticket=ticket, status=status, by=by, at=at or timezone.now(), note=note
    )


@transaction.atomic
def open_ticket(
    *,
    title: str,
    description: str,
    ticket_type: str,
    requester=None,
    requester_name: str = "",
    service=None,
    category=None,
    channel: str = Channel.INTRANET,
    impact: str = Level.LOW,
    urgency: str = Level.MEDIUM,
    group=None,
    technician=None,
    by=None,
    form_data=(),
    submission_key=None,
    asset=None,
    at=None,
) -> Ticket:
    category = category or (service.category if service else None)
    group = group or (service.owner_group if service else None) or (category.group if category else None)
    ticket = Ticket.objects.create(
        title=title,
        description=description,
        ticket_type=ticket_type,
        requester=requester,
        requester_name=requester_name,
        service=service,
        category=category,
        channel=channel,
        impact=impact,
        urgency=urgency,
        priority=priority_for(impact, urgency, priority_matrix()),
        group=group,
        technician=technician,
        form_data=list(form_data),
        submission_key=submission_key,
        asset=asset,
        created_by=by,
        opened_at=at or timezone.now(),
    )
    _record(ticket, Status.NEW, by=by, at=ticket.opened_at)
    if technician is not None:
        ticket.status = Status.ASSIGNED
        ticket.taken_at = at or timezone.now()
        _record(ticket, Status.ASSIGNED, by=by, at=at)
    _refresh_clocks(ticket, now=at)
    ticket.save()
    _log(ticket, "wagtail.create", user=by, at=at)
    notifications.after_commit(lambda: notifications.ticket_opened(ticket))
    return ticket


def _lock(ticket: Ticket) -> Ticket:
    return Ticket.objects.select_for_update().get(pk=ticket.pk)


@transaction.atomic
def change_status(
    *,
    ticket: Ticket,
    target: str,
    by,
    actor: str = TECHNICIAN,
    note: str = "",
    solution: str = "",
    at=None,
):
    """Move ``ticket`` to ``target`` if the life cycle allows it; ``ValidationError`` otherwise."""
    ticket = _lock(ticket)
    if not can_move(ticket.status, target, actor):
        raise ValidationError(
            _("Un caso en estado «%(status)s» no puede pasar a «%(target)s».")
            % {"status": ticket.get_status_display(), "target": Status(target).label}
        )
    now = at or timezone.now()
    if target == Status.SOLVED:
        if not solution.strip():
            raise ValidationError(_("Escriba la solución: el solicitante la leerá para confirmarla."))
        ticket.solution = solution.strip()
        ticket.solved_at = now
    if target == Status.CLOSED:
        ticket.closed_at = now
    if is_reopening(ticket.status, target):
        ticket.solved_at = ticket.closed_at = None
    if target in (Status.ASSIGNED, Status.IN_PROGRESS) and ticket.taken_at is None:
        ticket.taken_at = now
    if target == Status.IN_PROGRESS and actor == TECHNICIAN and ticket.technician_id is None:
        ticket.technician = by
    previous = ticket.status
    ticket.status = target
    change = _record(ticket, target, by=by, at=now, note=note[:500])
    _refresh_clocks(ticket, now=now)
    ticket.save()
    _log(
        ticket,
        "servicedesk.ticket.status",
        user=by,
        data={"from": previous, "to": target, "note": note[:500]},
        at=at,
    )
    notifications.after_commit(lambda: notifications.status_changed(ticket, change, previous))
    return ticket


@transaction.atomic
def take(*, ticket: Ticket, by, at=None) -> Ticket:
    """A technician takes the ticket: it is theirs and in progress."""
    ticket = _lock(ticket)
    ticket.technician = by
    if ticket.group_id is None:
        ticket.group = by.support_groups.first()
    ticket.save(update_fields=["technician", "group", "updated_at"])
    if ticket.status in (Status.NEW, Status.ASSIGNED):
        return change_status(
            ticket=ticket, target=Status.IN_PROGRESS, by=by, note=_("Tomado por el técnico"), at=at
        )
    return ticket


@transaction.atomic
def ticket_add_time(*, ticket: Ticket, minutes: int, by, at=None) -> Ticket:
    """Add ``minutes`` of work to the time spent on ``ticket``.

    The sum is done by the database (``F``), so two technicians recording time at once both count.
    """
    if minutes < 1:
        raise ValidationError(_("El tiempo invertido debe ser de al menos un minuto."))
    Ticket.objects.filter(pk=ticket.pk).update(time_spent=F("time_spent") + minutes)
    ticket.refresh_from_db(fields=["time_spent"])
    _log(ticket, "servicedesk.ticket.time", user=by, data={"minutes": minutes}, at=at)
    return ticket


@transaction.atomic
def assign(*, tickets, group=None, technician=None, by, at=None) -> int:
    """Assign several tickets at once (bulk assign from the queue); returns how many changed."""
    if technician is not None and group is not None and not group.members.filter(pk=technician.pk).exists():
        raise ValidationError(_("El técnico no pertenece al grupo elegido."))
    changed = 0
    for ticket in Ticket.objects.select_for_update().filter(pk__in=[t.pk for t in tickets]).order_by("pk"):
        if not ticket.is_open:
            continue
        if group is not None:
            ticket.group = group
        if technician is not None:
            ticket.technician = technician
        ticket.save(update_fields=["group", "technician", "updated_at"])
        _log(
            ticket,
            "servicedesk.ticket.assign",
            user=by,
            data={"group": str(ticket.group or ""), "technician": str(ticket.technician or "")},
            at=at,
        )
        if technician is not None and ticket.status == Status.NEW:
            change_status(ticket=ticket, target=Status.ASSIGNED, by=by, at=at)
        if technician is not None:
            notifications.after_commit(lambda t=ticket: notifications.assigned(t))
        changed += 1
    return changed


@transaction.atomic
def reclassify(*, ticket: Ticket, by) -> Ticket:
    """After an edit in the admin: priority from the matrix, targets and clocks again."""
    ticket.priority = priority_for(ticket.impact, ticket.urgency, priority_matrix())
    recompute(ticket)
    ticket.save(update_fields=["priority", *CLOCK_FIELDS, "updated_at"])
    return ticket


def comment(*, ticket: Ticket, author, body: str, internal: bool = False, files=(), at=None) -> TicketComment:
    """A comment and its files, saved together or not at all (``UploadNotStored`` if a file is not)."""
    body = body.strip()
    if not body:
        raise ValidationError(_("Escriba el comentario."))
    if ticket.status == Status.CLOSED:
        raise ValidationError(_("El caso está cerrado; si el problema sigue, registre una nueva solicitud."))
    with StoredUploads() as stored, transaction.atomic():
        note = TicketComment.objects.create(
            ticket=ticket, author=author, body=body, internal=internal, created_at=at or timezone.now()
        )
        for upload in files:
            attach(ticket=ticket, upload=upload, by=author, internal=internal, stored=stored)
        is_requester = author is not None and author.pk == ticket.requester_id
        if is_requester and ticket.status == Status.ON_HOLD:
            # The requester answered: the ticket goes back to work and its clock runs again.
            change_status(
                ticket=ticket,
                target=Status.IN_PROGRESS,
                by=author,
                actor=REQUESTER,
                note=_("Respuesta del solicitante"),
                at=at,
            )
        Ticket.objects.filter(pk=ticket.pk).update(updated_at=at or timezone.now())
        _log(ticket, "servicedesk.ticket.comment", user=author, data={"internal": internal}, at=at)
        if not internal:
            notifications.after_commit(lambda: notifications.commented(ticket, note))
    return note


def attach(
    *, ticket: Ticket, upload, by, internal: bool = False, stored: StoredUploads | None = None
) -> TicketAttachment:
    """Store a checked upload on ``ticket`` (the caller ran ``portal.uploads.check_upload``).

    Inside a bigger write, pass its ``stored`` so the file is removed if that write fails; alone,
    the file and its record are saved together or not at all. ``UploadNotStored`` when the
    storage cannot write the file.
    """
    if stored is None:
        with StoredUploads() as own, transaction.atomic():
            return attach(ticket=ticket, upload=upload, by=by, internal=internal, stored=own)
    attachment = TicketAttachment(
        ticket=ticket, name=upload.name[:255], size=upload.size, internal=internal, uploaded_by=by
    )
    stored.save(attachment.file, upload)
    attachment.save()
    return attachment


def _require_requester(ticket: Ticket, user) -> None:
    if user is None or ticket.requester_id != user.pk:
        raise PermissionDenied


def confirm_solution(*, ticket: Ticket, by, at=None) -> Ticket:
    _require_requester(ticket, by)
    return change_status(
        ticket=ticket, target=Status.CLOSED, by=by, actor=REQUESTER, note=_("Solución confirmada"), at=at
    )


def reject_solution(*, ticket: Ticket, by, reason: str, at=None) -> Ticket:
    _require_requester(ticket, by)
    if not reason.strip():
        raise ValidationError(_("Cuéntenos por qué la solución no resolvió su solicitud."))
    with transaction.atomic():
        ticket = change_status(
            ticket=ticket,
            target=Status.IN_PROGRESS,
            by=by,
            actor=REQUESTER,
            note=_("Solución rechazada"),
            at=at,
        )
        TicketComment.objects.create(
            ticket=ticket, author=by, body=reason.strip(), created_at=at or timezone.now()
        )
    return ticket


@transaction.atomic
def rate(*, ticket: Ticket, by, score: int, remark: str = "", at=None) -> Ticket:
    """The satisfaction survey, answered once by the requester of a closed ticket."""
    _require_requester(ticket, by)
    ticket = _lock(ticket)
    if ticket.status != Status.CLOSED:
        raise ValidationError(_("La encuesta se responde cuando el caso está cerrado."))
    if ticket.satisfaction is not None:
        raise ValidationError(_("Ya respondió la encuesta de este caso. ¡Gracias!"))
    if score not in range(1, 6):
        raise ValidationError(_("Elija una calificación de 1 a 5."))
    ticket.satisfaction, ticket.satisfaction_comment = score, remark.strip()
    ticket.satisfaction_at = at or timezone.now()
    ticket.save(update_fields=["satisfaction", "satisfaction_comment", "satisfaction_at", "updated_at"])
    _log(ticket, "servicedesk.ticket.rate", user=by, data={"score": score}, at=at)
    return ticket
