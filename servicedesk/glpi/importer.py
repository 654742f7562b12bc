"""Upsert GLPI tickets into the service desk, one transaction per ticket, and record the run.

A ticket is found by its GLPI ID. A new one is created with a status history rebuilt from
GLPI's dates and its SLA clocks computed from that history. An existing one is compared field
by field with what GLPI says now: when nothing differs, nothing is written (so importing the
same file twice changes nothing); when something does, the ticket is updated and its history
and clocks are rebuilt.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from servicedesk.glpi.mapping import status_history
from servicedesk.glpi.models import GlpiImportRun, ImportSource, RunStatus
from servicedesk.glpi.records import GlpiError, GlpiTicket, Person, RowProblem
from servicedesk.tickets.clocks import CLOCK_FIELDS, service_levels
from servicedesk.tickets.models import (
    SupportGroup,
    Ticket,
    TicketCategory,
    TicketStatusChange,
    current_settings,
)
from servicedesk.tickets.services import recompute

logger = logging.getLogger(__name__)

CREATED, UPDATED, SKIPPED = "created", "updated", "skipped"
#: Errors kept on a run; the count of failures is always complete.
MAX_STORED_ERRORS = 200
#: The fields GLPI decides, checked by ``full_clean`` (relations are looked up, not typed in).
VALIDATED_FIELDS = frozenset(
    {
        "ticket_type",
        "channel",
        "title",
        "description",
        "impact",
        "urgency",
        "priority",
        "status",
        "requester_name",
        "time_spent",
    }
)
#: Overlap of a sync with the previous one, for clocks that disagree a little.
SYNC_OVERLAP = timedelta(hours=1)


class TicketImporter:
    """Turns :class:`GlpiTicket` records into tickets; caches lookups for one run."""

    def __init__(self, *, user=None, levels=None, config=None):
        self.user = user
        self.levels = service_levels() if levels is None else levels
        self.config = config or current_settings()
        self.forget()

    def forget(self) -> None:
        """Drop the caches (after a failed ticket, whose categories were rolled back)."""
        self._categories: dict[tuple, int] = {}
        self._users: dict[Person, int | None] = {}
        self._groups: dict[str, int | None] = {}
        self._members: dict[tuple[int, int], bool] = {}

    def import_record(self, record: GlpiTicket) -> str:
        """Create, update or leave the ticket of ``record``; returns what happened."""
        with transaction.atomic():
            values = self.values_for(record)
            ticket = Ticket.objects.select_for_update().filter(glpi_id=record.glpi_id).first()
            if ticket is None:
                ticket = Ticket(glpi_id=record.glpi_id, created_by=self.user, **values)
                self._validate(ticket)
                ticket.save()
                self._rebuild(ticket, record)
                ticket.save(update_fields=[*CLOCK_FIELDS, "sla_notified", "updated_at"])
                log(instance=ticket, action="wagtail.create", user=self.user)
                return CREATED
            changed = sorted(name for name, value in values.items() if getattr(ticket, name) != value)
            if not changed:
                return SKIPPED
            for name in changed:
                setattr(ticket, name, values[name])
            self._validate(ticket)
            ticket.status_changes.all().delete()
            self._rebuild(ticket, record)
            ticket.save(update_fields=[*changed, *CLOCK_FIELDS, "sla_notified", "updated_at"])
            log(instance=ticket, action="wagtail.edit", user=self.user, data={"glpi": changed})
            return UPDATED

    def values_for(self, record: GlpiTicket) -> dict:
        """The ticket's fields as GLPI says they are (attribute names, relations by ID)."""
        requester_id = self._user_id(record.requester)
        values = {
            "ticket_type": record.ticket_type,
            "channel": record.channel,
            "title": (record.title or _("Caso %(id)s de GLPI") % {"id": record.glpi_id})[:255],
            "description": record.description or record.title or "-",
            "impact": record.impact,
            "urgency": record.urgency,
            "priority": record.priority,
            "status": record.status,
            "opened_at": record.opened_at,
            "taken_at": record.taken_at,
            "solved_at": record.solved_at,
            "closed_at": record.closed_at,
            "category_id": self._category_id(record.category_path, record.category_glpi_id),
            "requester_id": requester_id,
            "requester_name": "" if requester_id else _requester_name(record.requester),
            "time_spent": record.time_spent,
        }
        # Assignment is only overwritten with someone the portal knows: a technician or group
        # missing here keeps the ticket's current one rather than blanking it.
        group_id = self._group_id(record.group_name)
        technician_id = self._user_id(record.technician)
        if group_id:
            values["group_id"] = group_id
        if technician_id and (not group_id or self._is_member(group_id, technician_id)):
            values["technician_id"] = technician_id
        return values

    def _validate(self, ticket: Ticket) -> None:
        exclude = [field.name for field in Ticket._meta.fields if field.name not in VALIDATED_FIELDS]
        ticket.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)

    def _rebuild(self, ticket: Ticket, record: GlpiTicket) -> None:
        """Write the status history GLPI implies and recompute the SLA clocks from it (not saved)."""
        imported, estimated = _("Importado de GLPI"), _("Importado de GLPI (fecha estimada)")
        TicketStatusChange.objects.bulk_create(
            TicketStatusChange(ticket=ticket, status=status, at=at, note=estimated if guess else imported)
            for status, at, guess in status_history(record)
        )
        recompute(ticket, levels=self.levels, config=self.config)
        # GLPI already dealt with its tickets' deadlines: the portal mails only the alerts that
        # change after the import, not every breach of the imported history at once.
        ticket.sla_notified = ticket.sla_alert

    def _category_id(self, path: tuple[str, ...], glpi_id: int | None) -> int | None:
        if not path and glpi_id is None:
            return None
        key = (path, glpi_id)
        if key not in self._categories:
            category = TicketCategory.objects.filter(glpi_id=glpi_id).first() if glpi_id else None
            if category is None and path:
                for name in path:
                    category, _created = TicketCategory.objects.get_or_create(parent=category, name=name)
                if glpi_id and category.glpi_id is None:
                    category.glpi_id = glpi_id
                    category.save(update_fields=["glpi_id", "updated_at"])
            self._categories[key] = category.pk if category else None
        return self._categories[key]

    def _user_id(self, person: Person | None) -> int | None:
        """The portal user GLPI names: by e-mail, else login, else an unambiguous full name."""
        if not person:
            return None
        if person not in self._users:
            users = get_user_model().objects
            found = None
            for condition in _user_conditions(person):
                matches = list(users.filter(condition).values_list("pk", flat=True)[:2])
                if len(matches) == 1:
                    found = matches[0]
                    break
            self._users[person] = found
        return self._users[person]

    def _group_id(self, name: str) -> int | None:
        if not name:
            return None
        if name not in self._groups:
            self._groups[name] = (
                SupportGroup.objects.filter(name__iexact=name).values_list("pk", flat=True).first()
            )
        return self._groups[name]

    def _is_member(self, group_id: int, user_id: int) -> bool:
        key = (group_id, user_id)
        if key not in self._members:
            self._members[key] = SupportGroup.objects.filter(pk=group_id, members__pk=user_id).exists()
        return self._members[key]


def _requester_name(person: Person | None) -> str:
    return (person.display if person else _("Sin solicitante en GLPI"))[:200]


def _user_conditions(person: Person) -> list[Q]:
    conditions = []
    if person.email:
        conditions.append(Q(email__iexact=person.email))
    if person.login:
        conditions.append(Q(username__iexact=person.login))
    words = person.name.split()
    if len(words) > 1 and "@" not in person.name:
        by_name = Q()
        for cut in range(1, len(words)):
            first, last = " ".join(words[:cut]), " ".join(words[cut:])
            # GLPI shows "Last First" by default, the portal's users are "First" + "Last".
            by_name |= Q(first_name__iexact=first, last_name__iexact=last)
            by_name |= Q(first_name__iexact=last, last_name__iexact=first)
        conditions.append(by_name)
    return conditions


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    if isinstance(error, DatabaseError):
        return _("Error de base de datos: %(error)s") % {"error": error}
    return str(error)


def _note(run: GlpiImportRun, reference, message: str) -> None:
    run.failed += 1
    if len(run.errors) < MAX_STORED_ERRORS:
        run.errors.append({"glpi_id": str(reference), "message": message})


def run_import(source, *, triggered_by=None) -> GlpiImportRun:
    """Import every ticket of ``source`` (a CSV or API source) and return the recorded run.

    A ticket that cannot be imported is counted and described in the run, and the others go
    on. A source that fails as a whole (file unreadable, GLPI refusing) marks the run
    failed and raises :class:`GlpiError` after recording it.
    """
    run = GlpiImportRun.objects.create(
        source=source.kind, source_name=source.name[:300], triggered_by=triggered_by
    )
    try:
        importer = TicketImporter(user=triggered_by)
        for record in source.records():
            if isinstance(record, RowProblem):
                _note(run, record.reference, record.message)
                continue
            try:
                outcome = importer.import_record(record)
            except (ValidationError, ValueError, DatabaseError) as error:
                importer.forget()
                _note(run, record.glpi_id, _message(error))
                continue
            setattr(run, outcome, getattr(run, outcome) + 1)
    except BaseException as error:  # recorded, then raised again: even an interrupted run is "fallida"
        run.status = RunStatus.FAILED
        detail = (
            str(error)
            if isinstance(error, GlpiError)
            else _("Error inesperado: %(error)r") % {"error": error}
        )
        run.errors = [*run.errors[: MAX_STORED_ERRORS - 1], {"glpi_id": "", "message": detail}]
        if not isinstance(error, GlpiError):
            logger.exception("GLPI import run %s stopped by an unexpected error", run.pk)
        raise
    finally:
        if run.status == RunStatus.RUNNING:
            run.status = RunStatus.WITH_ERRORS if run.failed else RunStatus.OK
        run.finished_at = timezone.now()
        run.save()
    return run


def last_api_sync_start() -> datetime | None:
    """Where the next API sync starts: the last good one's start, less an overlap."""
    started = (
        GlpiImportRun.objects.filter(
            source=ImportSource.API, status__in=[RunStatus.OK, RunStatus.WITH_ERRORS]
        )
        .order_by("-started_at")
        .values_list("started_at", flat=True)
        .first()
    )
    return started - SYNC_OVERLAP if started else None
