"""Unlocking a sign-in from the admin: a confirmation page, then the unlock on POST."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from portal.admin_views import answer_403
from portal.models import SignInAttempt
from portal.permissions import perm_name
from portal.signin import lockouts

INDEX_URL_NAME = "portal_signinattempt_modeladmin_index"


def can_unlock(user) -> bool:
    """Unlocking clears axes' rows: whoever may delete them (the Administrador)."""
    return user.is_active and user.has_perm(perm_name(SignInAttempt, "delete"))


@answer_403
def unlock(request, pk):
    if not can_unlock(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(lockouts.with_recent_failures(SignInAttempt.objects.all()), pk=pk)
    if request.method == "POST":
        cleared = lockouts.unlock(attempt=attempt, by=request.user)
        messages.success(
            request,
            ngettext(
                "Ingreso desbloqueado: se borró %(count)d registro de intentos fallidos.",
                "Ingreso desbloqueado: se borraron %(count)d registros de intentos fallidos.",
                cleared,
            )
            % {"count": cleared},
        )
        return redirect(INDEX_URL_NAME)
    return TemplateResponse(
        request,
        "portal/signin_unlock.html",
        {"attempt": attempt, "state": lockouts.state_of(attempt), "index_url_name": INDEX_URL_NAME},
    )
