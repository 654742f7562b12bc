"""Admin actions on a monitor beyond its form."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.admin_views import answer_403
from servicedesk.monitoring.models import Monitor
from servicedesk.monitoring.services import rotate_push_token


@answer_403
@require_POST
def rotate_push_token_view(request, pk: int):
    """Give a push monitor a new secret URL (the old one stops answering at once)."""
    monitor = get_object_or_404(Monitor, pk=pk)
    if not request.user.has_perm("monitoring.change_monitor"):
        raise PermissionDenied
    try:
        rotate_push_token(monitor)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("La URL push cambió: configure la nueva en el trabajo vigilado."))
    return redirect("monitoring_monitor_modeladmin_inspect", monitor.pk)
