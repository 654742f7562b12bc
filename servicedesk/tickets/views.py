"""The technician's actions on a ticket (admin): take, move, comment, files, bulk assign."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from portal.admin_views import answer_403
from portal.limits import MAX_FREE_TEXT
from portal.permissions import user_can
from portal.uploads import serve_file
from servicedesk.tickets import services
from servicedesk.tickets.forms import (
    BulkAssignForm,
    MoveForm,
    WorkCommentForm,
    comment_draft_key,
    selected_ticket_ids,
)
from servicedesk.tickets.models import Ticket, TicketAttachment


def inspect_url(ticket) -> str:
    return reverse("servicedesk_ticket_modeladmin_inspect", args=[ticket.pk])


def _ticket_to_change(request, pk) -> Ticket:
    ticket = get_object_or_404(Ticket, pk=pk)
    if not user_can(request.user, "change", ticket):
        raise PermissionDenied
    return ticket


def _form_errors(form) -> ValidationError:
    """A refused form's errors, each prefixed by its field's label ("Comentario: Asegúrese…")."""
    texts = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        texts += [f"{label}: {error}" if label else error for error in errors]
    return ValidationError(texts)


def _refuse(request, ticket, error: ValidationError):
    for text in error.messages:
        messages.error(request, text)
    return redirect(inspect_url(ticket))


@answer_403
@require_POST
def take(request, pk):
    ticket = _ticket_to_change(request, pk)
    if not ticket.is_open:
        messages.error(request, _("El caso ya está resuelto o cerrado."))
        return redirect(inspect_url(ticket))
    services.take(ticket=ticket, by=request.user)
    messages.success(request, _("Tomó el caso %(number)s.") % {"number": ticket.number})
    return redirect(inspect_url(ticket))


@answer_403
@require_POST
def move(request, pk):
    ticket = _ticket_to_change(request, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        return _refuse(request, ticket, _form_errors(form))
    data = form.cleaned_data
    try:
        ticket = services.change_status(
            ticket=ticket,
            target=data["target"],
            by=request.user,
            note=data["note"],
            solution=data["solution"],
        )
    except ValidationError as error:
        return _refuse(request, ticket, error)
    if data.get("time_spent"):
        services.ticket_add_time(ticket=ticket, minutes=data["time_spent"], by=request.user)
    messages.success(
        request,
        _("El caso %(number)s pasó a «%(status)s».")
        % {"number": ticket.number, "status": ticket.get_status_display()},
    )
    return redirect(inspect_url(ticket))


def _refuse_comment(request, ticket, form, error: ValidationError):
    # The ticket page shows what was typed again after the redirect.
    request.session[comment_draft_key(ticket)] = {
        "body": (form["body"].value() or "")[:MAX_FREE_TEXT],
        "internal": bool(form["internal"].value()),
    }
    return _refuse(request, ticket, error)


@answer_403
@require_POST
def add_comment(request, pk):
    ticket = _ticket_to_change(request, pk)
    form = WorkCommentForm(request.POST, request.FILES)
    if not form.is_valid():
        return _refuse_comment(request, ticket, form, _form_errors(form))
    files = [form.cleaned_data["file"]] if form.cleaned_data.get("file") else []
    try:
        services.comment(
            ticket=ticket,
            author=request.user,
            body=form.cleaned_data["body"],
            internal=form.cleaned_data["internal"],
            files=files,
        )
    except ValidationError as error:
        return _refuse_comment(request, ticket, form, error)
    messages.success(request, _("Comentario registrado."))
    return redirect(inspect_url(ticket))


@answer_403
def attachment(request, pk):
    item = get_object_or_404(TicketAttachment.objects.select_related("ticket"), pk=pk)
    if not user_can(request.user, "view", item.ticket) and not user_can(request.user, "change", item.ticket):
        raise PermissionDenied
    return serve_file(item.file)


@answer_403
@require_POST
def bulk_assign(request):
    if not request.user.has_perm("servicedesk.change_ticket"):
        raise PermissionDenied
    back = request.POST.get("next", "")
    if not back.startswith(reverse("servicedesk_ticket_modeladmin_index")):
        back = reverse("servicedesk_ticket_modeladmin_index")
    form = BulkAssignForm(request.POST)
    selected = selected_ticket_ids(request.POST.getlist("ticket"))
    if not selected:
        messages.error(request, _("Seleccione al menos un caso."))
        return redirect(back)
    if not form.is_valid():
        for errors in form.errors.values():
            for text in errors:
                messages.error(request, text)
        return redirect(back)
    tickets = list(Ticket.objects.filter(pk__in=selected))
    try:
        changed = services.assign(
            tickets=tickets,
            group=form.cleaned_data["group"],
            technician=form.cleaned_data["technician"],
            by=request.user,
        )
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect(back)
    messages.success(
        request,
        ngettext("%(count)d caso asignado.", "%(count)d casos asignados.", changed) % {"count": changed},
    )
    return redirect(back)
