"""Admin views of physical inventory campaigns: open one, tick its checklist, close it, and download
its discrepancy report."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.admin_views import answer_403
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.assets import audits
from servicedesk.assets.audit_exports import discrepancy_workbook
from servicedesk.assets.audit_forms import CampaignForm, CheckRowForm
from servicedesk.assets.models import AuditCampaign, Location
from website.institution import institution_name


def inspect_url(campaign: AuditCampaign) -> str:
    return reverse("assets_auditcampaign_modeladmin_inspect", args=[campaign.pk])


@answer_403
def new_view(request):
    if not request.user.has_perm("assets.add_auditcampaign"):
        raise PermissionDenied
    form = CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            campaign = audits.open_campaign(**form.cleaned_data, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Campaña «%(name)s» abierta.") % {"name": campaign.name})
            return redirect(inspect_url(campaign))
    return TemplateResponse(
        request,
        "assets/campaign_form.html",
        {"form": form, "schedule": audits.audit_schedule()},
        status=400 if form.is_bound and form.errors else 200,
    )


@answer_403
@require_POST
def checks_view(request, pk: int):
    """Save the rows of the checklist that changed (all or nothing), while the campaign is open."""
    if not request.user.has_perm("assets.change_auditcheck"):
        raise PermissionDenied
    campaign = get_object_or_404(AuditCampaign, pk=pk)
    by_id = Location.objects.in_bulk()
    locations = [(pk, str(location)) for pk, location in by_id.items()]
    errors = []
    with transaction.atomic():
        # Locked as closing locks it: a checklist saved while the campaign closes waits, then sees it closed.
        campaign = AuditCampaign.objects.select_for_update().get(pk=campaign.pk)
        checks = {str(check.pk): check for check in campaign.checks.select_related("asset", "campaign")}
        for key in request.POST.getlist("verificacion"):
            check = checks.get(key)
            row = CheckRowForm(request.POST, prefix=f"v{key}", locations=locations)
            if check is None or not row.is_valid():
                errors.append(
                    _("Revise la fila %(row)s.") % {"row": check.asset.inventory_number if check else key}
                )
                continue
            data = row.cleaned_data
            if (data["result"], data["found_location"], data["note"]) == (
                check.result,
                check.found_location_id,
                check.note,
            ):
                continue
            try:
                audits.record_check(
                    check,
                    result=data["result"],
                    found_location=by_id.get(data["found_location"]),
                    note=data["note"],
                    by=request.user,
                )
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            transaction.set_rollback(True)
    if errors:
        messages.error(request, _("No se guardó nada: %(errors)s") % {"errors": " ".join(errors)})
    else:
        messages.success(request, _("Verificaciones guardadas."))
    return redirect(inspect_url(campaign) + (f"?{request.GET.urlencode()}" if request.GET else ""))


@answer_403
@require_POST
def close_view(request, pk: int):
    if not request.user.has_perm("assets.change_auditcampaign"):
        raise PermissionDenied
    campaign = get_object_or_404(AuditCampaign, pk=pk)
    try:
        moved = audits.close_campaign(campaign, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Campaña cerrada; %(moved)s activos quedaron en la ubicación donde se encontraron.")
            % {"moved": moved},
        )
    return redirect(inspect_url(campaign))


@answer_403
def discrepancies_view(request, pk: int):
    if not request.user.has_perm("assets.view_auditcampaign"):
        raise PermissionDenied
    campaign = get_object_or_404(AuditCampaign, pk=pk)
    content = discrepancy_workbook(
        campaign, audits.discrepancies(campaign), institution=institution_name(request)
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="discrepancias-campana-{campaign.pk}.xlsx"'
    return response
