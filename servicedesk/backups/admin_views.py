"""Admin actions on the backups: run a policy now, drill a run now (POST, queued to Huey)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.admin_views import answer_403
from servicedesk.backups.choices import RunStatus, Trigger
from servicedesk.backups.models import BackupPolicy, BackupRun
from servicedesk.backups.tasks import restore_drill_of_run_task, run_backup_task


def _check(request):
    if not request.user.has_perm("backups.run_backuppolicy"):
        raise PermissionDenied


@answer_403
@require_POST
def run_now_view(request, pk: int):
    policy = get_object_or_404(BackupPolicy, pk=pk)
    _check(request)
    if policy.runs.filter(status=RunStatus.RUNNING).exists():
        messages.warning(request, _("Ya hay una copia en curso de esta política."))
    else:
        run_backup_task(policy.pk, Trigger.MANUAL, request.user.pk)
        messages.success(request, _("Copia encolada: su avance aparece en «Ejecuciones de copias»."))
    return redirect("backups_backuppolicy_modeladmin_inspect", policy.pk)


@answer_403
@require_POST
def drill_now_view(request, pk: int):
    run = get_object_or_404(BackupRun, pk=pk)
    _check(request)
    if run.status != RunStatus.SUCCEEDED:
        messages.error(request, _("Solo se prueba una copia exitosa."))
    else:
        restore_drill_of_run_task(run.pk, Trigger.MANUAL, request.user.pk)
        messages.success(
            request, _("Simulacro encolado: su resultado aparece en «Simulacros de restauración».")
        )
    return redirect("backups_backuprun_modeladmin_inspect", run.pk)
