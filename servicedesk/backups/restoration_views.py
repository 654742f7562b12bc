"""Admin views of the restorations: open one from a run, run its restore (queued to Huey), sign its
checklist's steps, close it, and download its acta."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.admin_views import answer_403
from portal.permissions import user_can
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.backups import restores
from servicedesk.backups.actas import acta_workbook
from servicedesk.backups.forms import RestorationForm, StepForm, step_prefix
from servicedesk.backups.models import BackupRun, Restoration
from servicedesk.backups.tasks import restore_task
from website.institution import institution_name


def _inspect(restoration: Restoration, anchor: str = ""):
    url = reverse("backups_restoration_modeladmin_inspect", args=[restoration.pk])
    return redirect(f"{url}#{anchor}" if anchor else url)


def _changeable(request, pk: int) -> Restoration:
    restoration = get_object_or_404(Restoration.objects.select_related("run__policy"), pk=pk)
    if not user_can(request.user, "change", restoration):
        raise PermissionDenied
    return restoration


@answer_403
def new_view(request, run_pk: int):
    run = get_object_or_404(BackupRun.objects.select_related("policy"), pk=run_pk)
    if not request.user.has_perm("backups.add_restoration"):
        raise PermissionDenied
    if not restores.restorable(run):
        messages.error(request, _("Solo se restaura una copia exitosa que la retención no haya eliminado."))
        return redirect("backups_backuprun_modeladmin_inspect", run.pk)
    form = RestorationForm(request.POST or None, run=run)
    if request.method == "POST" and form.is_valid():
        try:
            restoration = restores.open_restoration(run=run, user=request.user, **form.cleaned_data)
        except restores.RestoreRefused as refused:
            messages.error(request, str(refused))
            return redirect("backups_backuprun_modeladmin_inspect", run.pk)
        messages.success(
            request, _("Restauración abierta: siga la lista de chequeo y ejecute la restauración.")
        )
        return _inspect(restoration)
    return TemplateResponse(request, "backups/restoration_new.html", {"run": run, "form": form})


@answer_403
@require_POST
def execute_view(request, pk: int):
    restoration = _changeable(request, pk)
    if restoration.status not in restores.EXECUTABLE:
        messages.error(request, _("Esta restauración ya se está ejecutando o ya terminó."))
    else:
        restore_task(restoration.pk, request.user.pk)
        messages.success(request, _("Restauración encolada: su resultado aparece en esta página."))
    return _inspect(restoration, "resultado")


@answer_403
@require_POST
def step_view(request, pk: int, position: int):
    restoration = _changeable(request, pk)
    step = get_object_or_404(restoration.steps, position=position)
    form = StepForm(request.POST, prefix=step_prefix(position))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, _("Paso %(n)s: %(error)s") % {"n": position, "error": error})
        return _inspect(restoration, f"paso-{position}")
    try:
        restores.record_step(step, user=request.user, **form.cleaned_data)
    except restores.RestoreRefused as refused:
        messages.error(request, str(refused))
    return _inspect(restoration, f"paso-{position}")


@answer_403
@require_POST
def close_view(request, pk: int):
    restoration = _changeable(request, pk)
    try:
        restores.close(restoration, user=request.user)
    except restores.RestoreRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Restauración cerrada: el acta es definitiva."))
    return _inspect(restoration)


@answer_403
def acta_view(request, pk: int):
    restoration = get_object_or_404(
        Restoration.objects.select_related("run__policy", "requested_by", "closed_by"), pk=pk
    )
    if not (user_can(request.user, "view", restoration) or user_can(request.user, "change", restoration)):
        raise PermissionDenied
    content = acta_workbook(restoration, institution=institution_name(request))
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="acta-restauracion-{restoration.pk}.xlsx"'
    return response
