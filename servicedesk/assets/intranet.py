"""The intranet's "Mis equipos": the equipment each member of staff holds, to acknowledge its
receipt or report a problem with it (which opens a ticket about the asset)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from servicedesk.assets import assignments
from servicedesk.assets.actas import acta_response
from servicedesk.assets.forms import AcknowledgeForm, ProblemForm
from servicedesk.assets.models import Assignment
from website.institution import institution_name


def _held(user):
    return Assignment.objects.filter(holder=user, returned_at__isnull=True).select_related(
        "asset", "delivered_by"
    )


@login_required
def my_equipment(request, forms=None):
    forms = forms or {}
    context = {
        "held": _held(request.user),
        "returned": Assignment.objects.filter(holder=request.user, returned_at__isnull=False).select_related(
            "asset"
        )[:20],
        "acknowledge_form": forms.get("acknowledge") or AcknowledgeForm(),
        "problem_form": forms.get("problem") or ProblemForm(),
        "failed": forms.get("pk"),
        "today": timezone.localdate(),
    }
    return TemplateResponse(request, "assets/my_equipment.html", context, status=400 if forms else 200)


def _own(request, pk) -> Assignment:
    return get_object_or_404(_held(request.user), pk=pk)


@login_required
@require_POST
def acknowledge(request, pk: int):
    assignment = _own(request, pk)
    form = AcknowledgeForm(request.POST)
    if not form.is_valid():
        return my_equipment(request, {"acknowledge": form, "pk": pk})
    try:
        assignments.acknowledge(assignment, user=request.user, note=form.cleaned_data["note"])
    except PermissionDenied:
        raise
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("assets_my_equipment")
    messages.success(request, _("Recibo confirmado: queda en el acta de entrega."))
    return redirect("assets_my_equipment")


@login_required
@require_POST
def report(request, pk: int):
    assignment = _own(request, pk)
    form = ProblemForm(request.POST)
    if not form.is_valid():
        return my_equipment(request, {"problem": form, "pk": pk})
    ticket = assignments.report_problem(
        assignment, user=request.user, description=form.cleaned_data["description"]
    )
    messages.success(
        request, _("Se abrió la solicitud %(number)s sobre su equipo.") % {"number": ticket.number}
    )
    return redirect("servicedesk_my_ticket", pk=ticket.pk)


@login_required
def acta(request, pk: int):
    """The acta of one of the holder's own deliveries (held or given back)."""
    assignment = get_object_or_404(
        Assignment.objects.filter(holder=request.user).select_related("asset", "holder", "delivered_by"),
        pk=pk,
    )
    return acta_response(assignment, institution_name(request))
