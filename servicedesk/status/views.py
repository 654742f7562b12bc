"""The status pages: public ``/estado/`` and the staff's ``/intranet/estado/``, cached a minute."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from servicedesk.status.selectors import status_page

#: A status page is built at most once a minute per audience: a crowd checking it during an
#: outage costs the database nothing more.
CACHE_SECONDS = 60


def _cached(public: bool):
    key = f"monitoring-status-page:{'public' if public else 'intranet'}"
    return cache.get_or_set(key, lambda: status_page(public=public), CACHE_SECONDS)


def _render(request, public: bool):
    page = _cached(public)
    return TemplateResponse(
        request,
        "servicedesk/status.html",
        {"status": page, "chart": page.chart(), "public": public, "cache_seconds": CACHE_SECONDS},
    )


@require_GET
def public_status(request):
    return _render(request, public=True)


@require_GET
@login_required
def intranet_status(request):
    return _render(request, public=False)
