"""A catalog service's request form becomes a ticket."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from portal.uploads import StoredUploads
from servicedesk.catalog.form_builder import (
    KEY_FIELD,
    SUMMARY_FIELD,
    URGENCY_FIELD,
    answers,
    asset_of,
    file_field_names,
)
from servicedesk.tickets.models import Ticket
from servicedesk.tickets.services import attach, open_ticket


def open_from_service_form(*, page, form) -> Ticket:
    """The ticket a staff member files from a service page (one per submitted form).

    The ticket and its files are saved together or not at all (``UploadNotStored``).
    """
    user = form.user
    key = form.cleaned_data.get(KEY_FIELD)
    if key and (existing := Ticket.objects.for_requester(user).filter(submission_key=key).first()):
        return existing
    labels = {field.clean_name: field.label for field in page.get_form_fields()}
    rows = answers(form, labels)
    description = (
        "\n".join(f"{row['label']}: {row['value']}" for row in rows) or form.cleaned_data[SUMMARY_FIELD]
    )
    try:
        with StoredUploads() as stored, transaction.atomic():
            ticket = open_ticket(
                title=form.cleaned_data[SUMMARY_FIELD],
                description=description,
                ticket_type=page.ticket_type,
                requester=user,
                service=page,
                urgency=form.cleaned_data[URGENCY_FIELD],
                by=user,
                form_data=rows,
                submission_key=key,
                asset=asset_of(form),
            )
            for name in file_field_names(form):
                if upload := form.cleaned_data.get(name):
                    attach(ticket=ticket, upload=upload, by=user, stored=stored)
    except IntegrityError:
        # The same form arrived twice at once: the other request filed it.
        return Ticket.objects.for_requester(user).get(submission_key=key)
    return ticket
