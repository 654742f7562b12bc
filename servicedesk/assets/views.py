"""Admin views of the inventory: add or edit an asset with its kind's fields, move its status, and
record what it depends on."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.admin_views import answer_403
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.assets import assignments, services
from servicedesk.assets.actas import acta_response
from servicedesk.assets.choices import AssetKind
from servicedesk.assets.forms import (
    CheckInForm,
    CheckOutForm,
    DependencyForm,
    ImportForm,
    InformationForm,
    LabelsForm,
    StatusForm,
    asset_form_class,
)
from servicedesk.assets.imports import import_file, template_workbook
from servicedesk.assets.labels import MAX_LABELS, asset_url, qr_svg
from servicedesk.assets.lifecycle import next_statuses
from servicedesk.assets.models import Asset, AssetDependency, Assignment, InformationDetails
from servicedesk.assets.rules import can_manage, manageable_kinds
from website.institution import institution_name


def _managed_asset(request, pk: int) -> Asset:
    """The asset ``pk``, if the user manages its kind (the Técnico equipment, the Profesional TIC all)."""
    asset = get_object_or_404(Asset, pk=pk)
    if not can_manage(request.user, asset.kind):
        raise PermissionDenied
    return asset


def inspect_url(asset: Asset) -> str:
    return reverse("assets_asset_modeladmin_inspect", args=[asset.pk])


@answer_403
def new_view(request):
    kinds = manageable_kinds(request.user)
    if not request.user.has_perm("assets.add_asset") or not kinds:
        raise PermissionDenied
    kind = request.GET.get("tipo", "")
    if kind not in AssetKind.values:
        choices = [(value, label) for value, label in AssetKind.choices if value in kinds]
        return TemplateResponse(request, "assets/choose_kind.html", {"choices": choices})
    if kind not in kinds:
        raise PermissionDenied
    return _form(request, asset_form_class(kind)(request.POST or None), kind)


@answer_403
def edit_view(request, pk: int):
    asset = _managed_asset(request, pk)
    return _form(request, asset_form_class(asset.kind)(request.POST or None, instance=asset), asset.kind)


def _information_form(request, asset: Asset) -> InformationForm:
    details = InformationDetails.objects.filter(asset_id=asset.pk).first() if asset.pk else None
    return InformationForm(request.POST or None, instance=details or InformationDetails())


def _form(request, form, kind: str):
    information = _information_form(request, form.instance) if kind == AssetKind.INFORMATION else None
    valid = form.is_valid() if request.method == "POST" else False
    if information is not None and request.method == "POST":
        valid = information.is_valid() and valid
    if valid:
        asset = services.save_asset(
            form.save(commit=False),
            by=request.user,
            information=information.save(commit=False) if information is not None else None,
        )
        messages.success(request, _("Activo %(number)s guardado.") % {"number": asset.inventory_number})
        return redirect(inspect_url(asset))
    return TemplateResponse(
        request,
        "assets/asset_form.html",
        {"form": form, "information": information, "kind": AssetKind(kind), "asset": form.instance},
    )


@answer_403
@require_POST
def status_view(request, pk: int):
    asset = _managed_asset(request, pk)
    form = StatusForm(request.POST, choices=[(s, s) for s in next_statuses(asset.status)])
    if not form.is_valid():
        messages.error(request, _("Elija un estado al que este activo pueda pasar."))
        return redirect(inspect_url(asset))
    try:
        services.change_status(
            asset, to=form.cleaned_data["status"], by=request.user, note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(inspect_url(asset) + "#estado")


@answer_403
@require_POST
def dependency_view(request, pk: int):
    asset = _managed_asset(request, pk)
    form = DependencyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Elija el activo del que depende."))
        return redirect(inspect_url(asset) + "#dependencias")
    try:
        services.add_dependency(
            dependent=asset, dependency=form.cleaned_data["dependency"], note=form.cleaned_data["note"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(inspect_url(asset) + "#dependencias")


@answer_403
@require_POST
def dependency_delete_view(request, pk: int, dependency_pk: int):
    asset = _managed_asset(request, pk)
    deleted, _rows = AssetDependency.objects.filter(pk=dependency_pk, dependent=asset).delete()
    if not deleted:
        raise Http404
    return redirect(inspect_url(asset) + "#dependencias")


@answer_403
def import_view(request):
    if not request.user.has_perm("assets.add_asset") or not manageable_kinds(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        report = import_file(form.cleaned_data["archivo"], by=request.user)
    return TemplateResponse(request, "assets/import.html", {"form": form, "report": report})


@answer_403
def import_template_view(request):
    if not request.user.has_perm("assets.add_asset"):
        raise PermissionDenied
    response = HttpResponse(template_workbook(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="plantilla-inventario-tic.xlsx"'
    return response


@answer_403
@require_POST
def check_out_view(request, pk: int):
    asset = _managed_asset(request, pk)
    form = CheckOutForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(inspect_url(asset) + "#entregas")
    try:
        assignments.check_out(
            asset,
            holder=form.cleaned_data["holder"],
            by=request.user,
            kind=form.cleaned_data["kind"],
            due_back=form.cleaned_data["due_back"],
            condition=form.cleaned_data["condition_out"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Equipo entregado: el funcionario confirma el recibo en «Mis equipos»."))
    return redirect(inspect_url(asset) + "#entregas")


@answer_403
@require_POST
def check_in_view(request, pk: int, assignment_pk: int):
    asset = _managed_asset(request, pk)
    assignment = get_object_or_404(asset.assignments, pk=assignment_pk)
    form = CheckInForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Describa el estado en que se recibe el equipo."))
        return redirect(inspect_url(asset) + "#entregas")
    try:
        assignments.check_in(assignment, by=request.user, condition=form.cleaned_data["condition_in"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(inspect_url(asset) + "#entregas")


@answer_403
def assignment_acta_view(request, pk: int):
    """The acta of a delivery (and of its return, once given back), for whoever reads the inventory's
    deliveries; the holder has theirs in the intranet's "Mis equipos"."""
    assignment = get_object_or_404(
        Assignment.objects.select_related("asset", "holder", "delivered_by"), pk=pk
    )
    if not request.user.has_perm("assets.view_assignment"):
        raise PermissionDenied
    return acta_response(assignment, institution_name(request))


@answer_403
def labels_view(request):
    """A printable sheet of labels with a QR code: one asset (``?activo=``), or the assets of a kind
    and/or a location."""
    if not request.user.has_perm("assets.view_asset"):
        raise PermissionDenied
    assets = Asset.objects.select_related("location").order_by("inventory_number")
    form = LabelsForm(request.GET or None)
    if request.GET.get("activo", "").isdigit():
        assets = assets.filter(pk=int(request.GET["activo"]))
    elif form.is_valid() and (form.cleaned_data["kind"] or form.cleaned_data["location"]):
        if form.cleaned_data["kind"]:
            assets = assets.filter(kind=form.cleaned_data["kind"])
        if form.cleaned_data["location"]:
            assets = assets.filter(location=form.cleaned_data["location"])
    else:
        assets = assets.none()
    total = assets.count()
    labels = [(asset, qr_svg(asset_url(asset))) for asset in assets[:MAX_LABELS]]
    return TemplateResponse(
        request, "assets/labels.html", {"form": form, "labels": labels, "total": total, "limit": MAX_LABELS}
    )
