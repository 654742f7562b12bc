"""'Mis solicitudes': a staff member's own tickets, never anybody else's."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.uploads import UploadNotStored, serve_file
from servicedesk.catalog.models import ServiceCatalogPage
from servicedesk.mytickets.forms import CommentForm, RejectForm, SurveyForm
from servicedesk.tickets import services
from servicedesk.tickets.choices import Status
from servicedesk.tickets.models import Ticket, TicketAttachment

PAGE_SIZE = 20


def own_tickets(user):
    return Ticket.objects.for_requester(user)


@login_required
def my_tickets(request):
    show = request.GET.get("ver", "abiertas")
    tickets = own_tickets(request.user).select_related("service", "category")
    if show == "abiertas":
        tickets = tickets.not_closed()
    page = Paginator(tickets, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return TemplateResponse(
        request, "servicedesk/my_tickets.html", {"page_obj": page, "show": show, "catalog": _catalog()}
    )


def _catalog():
    return ServiceCatalogPage.objects.live().first()


def _ticket_for(request, pk) -> Ticket:
    return get_object_or_404(own_tickets(request.user).select_related("service", "technician"), pk=pk)


@login_required
def my_ticket(request, pk, forms=None):
    ticket = _ticket_for(request, pk)
    forms = forms or {}
    context = {
        "ticket": ticket,
        "history": ticket.status_changes.select_related("by"),
        "comments": ticket.comments.filter(internal=False).select_related("author"),
        "attachments": ticket.attachments.filter(internal=False),
        "comment_form": forms.get("comment") or CommentForm(),
        "reject_form": forms.get("reject") or RejectForm(),
        "survey_form": forms.get("survey") or SurveyForm(),
        "can_comment": ticket.status != Status.CLOSED,
        "awaiting_confirmation": ticket.status == Status.SOLVED,
        "survey_open": ticket.status == Status.CLOSED and ticket.satisfaction is None,
    }
    status = 400 if forms else 200
    return TemplateResponse(request, "servicedesk/my_ticket.html", context, status=status)


def _done(request, ticket, message):
    messages.success(request, message)
    return redirect("servicedesk_my_ticket", pk=ticket.pk)


def _refused(request, ticket, error: ValidationError):
    for text in error.messages:
        messages.error(request, text)
    return redirect("servicedesk_my_ticket", pk=ticket.pk)


@login_required
@require_POST
def add_comment(request, pk):
    ticket = _ticket_for(request, pk)
    form = CommentForm(request.POST, request.FILES)
    if not form.is_valid():
        return my_ticket(request, pk, forms={"comment": form})
    files = [form.cleaned_data["file"]] if form.cleaned_data.get("file") else []
    try:
        services.comment(ticket=ticket, author=request.user, body=form.cleaned_data["body"], files=files)
    except UploadNotStored as error:
        form.add_error("file", error)
        return my_ticket(request, pk, forms={"comment": form})
    except ValidationError as error:
        return _refused(request, ticket, error)
    return _done(request, ticket, _("Su comentario quedó registrado."))


@login_required
@require_POST
def confirm(request, pk):
    ticket = _ticket_for(request, pk)
    try:
        services.confirm_solution(ticket=ticket, by=request.user)
    except ValidationError as error:
        return _refused(request, ticket, error)
    return _done(request, ticket, _("Gracias. Su solicitud quedó cerrada."))


@login_required
@require_POST
def reject(request, pk):
    ticket = _ticket_for(request, pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return my_ticket(request, pk, forms={"reject": form})
    try:
        services.reject_solution(ticket=ticket, by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        return _refused(request, ticket, error)
    return _done(request, ticket, _("Su solicitud volvió a la mesa de servicios."))


@login_required
@require_POST
def survey(request, pk):
    ticket = _ticket_for(request, pk)
    form = SurveyForm(request.POST)
    if not form.is_valid():
        return my_ticket(request, pk, forms={"survey": form})
    try:
        services.rate(
            ticket=ticket,
            by=request.user,
            score=form.cleaned_data["score"],
            remark=form.cleaned_data["remark"],
        )
    except ValidationError as error:
        return _refused(request, ticket, error)
    return _done(request, ticket, _("Gracias por responder la encuesta."))


@login_required
def attachment(request, pk, attachment_pk):
    ticket = _ticket_for(request, pk)
    item = get_object_or_404(TicketAttachment, pk=attachment_pk, ticket=ticket, internal=False)
    return serve_file(item.file)
