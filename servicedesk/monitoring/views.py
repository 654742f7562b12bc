"""The push (heartbeat) URL of a push monitor: public by design, known only to the job that calls it.

The token in the path is the secret, so this view never logs the path: its 4xx answers are
marked as already logged, which keeps Django's ``django.request`` logger from writing
"Not Found: /monitoreo/push/<token>/". Web-server access logs are outside Django; the
deployment keeps them off for this path or masks it.
"""

from __future__ import annotations

import secrets

from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from servicedesk.monitoring.choices import MonitorKind
from servicedesk.monitoring.models import Monitor
from servicedesk.monitoring.services import MESSAGE_LENGTH, record_heartbeat

TOKEN_MAX_LENGTH = Monitor._meta.get_field("push_token").max_length
#: The latency a job may report with ``?ping=`` (milliseconds), as Uptime Kuma accepts it.
MAX_PING_MS = 24 * 60 * 60 * 1000


def _unlogged(response: HttpResponse) -> HttpResponse:
    response._has_been_logged = True  # Django's request logger would write the path (the token)
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def push(request, token: str):
    """Record a heartbeat of the push monitor whose token is ``token``: ``{"ok": true}``.

    ``?msg=`` (at most 255 characters kept) and ``?ping=`` (latency in ms) are optional. An
    unknown token is a plain 404; a paused monitor answers 409 and records nothing.
    """
    monitor = None
    if len(token) <= TOKEN_MAX_LENGTH:
        monitor = Monitor.objects.filter(kind=MonitorKind.PUSH, push_token=token).first()
    if monitor is None or not secrets.compare_digest(monitor.push_token, token):
        not_found = HttpResponse(_("No encontrado"), status=404, content_type="text/plain; charset=utf-8")
        return _unlogged(not_found)
    if not monitor.active:
        return _unlogged(JsonResponse({"ok": False, "msg": _("El monitor está pausado.")}, status=409))
    params = request.POST if request.method == "POST" else request.GET
    latency = None
    ping = params.get("ping", "").strip()
    if ping:
        try:
            latency = round(float(ping.replace(",", ".")))
        except (ValueError, OverflowError):  # not a number, nan, inf
            latency = -1
        if not 0 <= latency <= MAX_PING_MS:
            message = _("«ping» debe ser una latencia en milisegundos entre 0 y %(max)d.") % {
                "max": MAX_PING_MS
            }
            return _unlogged(JsonResponse({"ok": False, "msg": message}, status=400))
    record_heartbeat(
        monitor, at=timezone.now(), message=params.get("msg", "")[:MESSAGE_LENGTH], latency_ms=latency
    )
    return JsonResponse({"ok": True})
