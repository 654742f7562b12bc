"""Admin views answer a refused action with a real 403 page, in Spanish."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse


def forbidden(request):
    return TemplateResponse(request, "portal/admin_forbidden.html", status=403)


def answer_403(view):
    """Turn ``PermissionDenied`` into a 403 page (Wagtail would redirect to the dashboard)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return forbidden(request)

    return wrapped
